"""A folder of articles, analyzed in parallel, streamed in order, resumable.

`analyze_path` is the unit of work: one path in, one JSON-ready record out, never an exception, so a
bad file becomes a `{"path", "error"}` record and the rest go on. Any engine can run it: the local
process pool here, or Dask (`dask.bag.from_sequence(paths).map(analyze_path)`) past one machine.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from presscli.errors import PresscliError
from presscli.output import serialize
from presscli.pipeline import analyze_source
from presscli.read.files import load

_INLINE_BELOW = 4  # fewer files than this are not worth starting processes for


def analyze_path(path: str) -> dict[str, Any]:
    """The `analyze` record for one file, or `{"path", "error"}` when it cannot be analyzed."""
    try:
        return serialize.document(analyze_source(load(path)), path)
    except PresscliError as exc:
        return {"path": path, "error": str(exc)}
    except Exception as exc:  # one broken article must not stop a batch of thousands
        return {"path": path, "error": f"internal error: {type(exc).__name__}: {exc}"}


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run(paths: Iterable[str], jobs: int | None = None) -> Iterator[dict[str, Any]]:
    """Records for `paths`, in their order, as soon as each is ready."""
    pending = list(paths)
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(pending) < _INLINE_BELOW:
        yield from (analyze_path(p) for p in pending)
        return
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for record in pool.map(analyze_path, pending, chunksize=2):
                done += 1
                yield record
    except BrokenProcessPool:
        # a worker died (out of memory, killed): finish the rest here, one by one
        yield from (analyze_path(p) for p in pending[done:])


def finished_paths(output: Path) -> set[str]:
    """Paths an earlier run already wrote successfully to the JSON-lines file `output`."""
    done: set[str] = set()
    if not output.exists():
        return done
    with output.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short when the earlier run was interrupted
            if isinstance(record, dict) and "path" in record and "error" not in record:
                done.add(str(record["path"]))
    return done


def summary_row(record: dict[str, Any]) -> dict[str, Any]:
    """One line per file for the batch table and CSV."""
    meta = record.get("meta") or {}
    return {
        "path": record.get("path"),
        "status": "error" if "error" in record else "ok",
        "language": record.get("language"),
        "title": meta.get("title"),
        "date": meta.get("date"),
        "quotes": len(record.get("quotes") or []),
        "speakers": len(record.get("speakers") or []),
        "claims": len(record.get("claims") or []),
        "error": record.get("error"),
    }
