"""A folder of articles, analyzed in parallel, in input order, as each is ready.

`analyze_file` is the unit of work: one path in, a `Document` or a `Failure` out, never an exception,
so one bad file becomes a failure and the rest go on. `run` yields those objects; `run_records` yields
the JSON-ready records of the contract, serialized in the workers so that only small messages cross
between processes. `analyze_path` (path -> record) is what an external engine maps, e.g. Dask:
`dask.bag.from_sequence(paths).map(analyze_path)`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

from presscli.errors import PresscliError
from presscli.model import Document, Failure
from presscli.output import serialize
from presscli.pipeline import analyze_source
from presscli.read.files import load

_INLINE_BELOW = 4  # fewer files than this are not worth starting processes for
_MOST_JOBS = 8  # past this many processes a batch is bound by the disk, not the cores
_CHUNK = 2  # files handed to a worker at once: fewer round trips, still fair at the end of a run

T = TypeVar("T")


def analyze_file(path: str) -> Document | Failure:
    """The analysis of one file, or why it could not be analyzed."""
    try:
        return analyze_source(load(path))
    except PresscliError as exc:
        return Failure(path, str(exc))
    except Exception as exc:  # one broken article must not stop a batch of thousands
        return Failure(path, f"internal error: {type(exc).__name__}: {exc}")


def analyze_path(path: str) -> dict[str, Any]:
    """The contract's record for one file: `analyze`'s JSON with `path`, or `{"path", "error"}`."""
    return serialize.outcome(analyze_file(path), path)


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, _MOST_JOBS))


def run(paths: Iterable[str], jobs: int | None = None) -> Iterator[Document | Failure]:
    """Each file's Document or Failure, in the order of `paths`, as soon as it is ready."""
    return _ordered_map(analyze_file, paths, jobs)


def run_records(paths: Iterable[str], jobs: int | None = None) -> Iterator[dict[str, Any]]:
    """Each file's record (see `analyze_path`), in the order of `paths`, as soon as it is ready."""
    return _ordered_map(analyze_path, paths, jobs)


def _ordered_map(work: Callable[[str], T], paths: Iterable[str], jobs: int | None) -> Iterator[T]:
    pending = list(paths)
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(pending) < _INLINE_BELOW:
        yield from (work(p) for p in pending)
        return
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(work, pending, chunksize=_CHUNK):
                done += 1
                yield result
    except BrokenProcessPool:
        # a worker died (out of memory, killed): finish the rest here, one by one
        yield from (work(p) for p in pending[done:])


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
