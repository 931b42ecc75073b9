"""Past one machine: the same records, computed on a Dask cluster (`pip install 'presscli[dask]'`).

Each file is one task running `batch.analyze_path`, so the records are the local executor's, byte for
byte; they come back in input order, each as soon as it and those before it are done. With no
scheduler address a local cluster is started (one worker process per core); with
`tcp://HOST:PORT` the files must be readable at the same paths on every worker (shared storage).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from presscli.errors import PresscliError

_WINDOW = 256  # tasks in flight at once: the cluster stays busy, the client's memory stays flat


def run_records(
    paths: list[str], scheduler: str | None = None, timeout: float | None = None
) -> Iterator[dict[str, Any]]:
    """Each file's record, in the order of `paths`, computed on a Dask cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise PresscliError("--executor dask needs Dask: pip install 'presscli[dask]'") from None
    from presscli.batch import analyze_path

    cluster = None if scheduler else LocalCluster(processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        pending = list(paths)
        futures = [client.submit(analyze_path, p, timeout, pure=False) for p in pending[:_WINDOW]]
        for index in range(len(pending)):
            if index + _WINDOW < len(pending):
                futures.append(client.submit(analyze_path, pending[index + _WINDOW], timeout, pure=False))
            yield futures[index].result()
            futures[index] = None  # type: ignore[call-overload]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
