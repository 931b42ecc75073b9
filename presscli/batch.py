"""A folder of articles, analyzed in parallel, in input order, as each is ready, never twice, never lost.

`analyze_file` is the unit of work: one path in, a `Document` or a `Failure` out, never an exception, so
one bad file becomes a failure and the rest go on. `run` yields those objects; `run_records` yields the
JSON-ready records of the contract, serialized in the workers so that only small messages cross
between processes. Each record carries `sha256` (of the file's bytes) and `resolved_path`, so that a
resumed run recognises a file however its folder was typed and notices when it changed.

Executors: a local process pool (workers die with their parent; a file taking longer than `timeout`
becomes a failure), or a Dask cluster (`presscli.dask_executor`) past one machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from presscli.errors import PresscliError
from presscli.model import Document, Failure
from presscli.output import serialize
from presscli.pipeline import analyze_source
from presscli.read.files import from_bytes, read_bytes

_INLINE_BELOW = 4  # fewer files than this are not worth starting processes for
_CHUNK = 4  # files handed to a worker at once: fewer round trips, still fair at the end of a run

T = TypeVar("T")


class _TimedOut(Exception):
    pass


def analyze_file(path: str, timeout: float | None = None) -> Document | Failure:
    """The analysis of one file, or why it could not be analyzed."""
    return _analyzed(path, _read(path), timeout)[0]


def analyze_path(path: str, timeout: float | None = None) -> dict[str, Any]:
    """The contract's record for one file: `analyze`'s JSON with `path`, `sha256` and `resolved_path`, or
    `{"path", "error", ...}`. Never raises: what an external engine maps over a list of paths."""
    data = _read(path)
    outcome, digest = _analyzed(path, data, timeout)
    record = serialize.outcome(outcome, path)
    record["sha256"] = digest
    record["resolved_path"] = resolved(path)
    return record


def resolved(path: str) -> str:
    """The absolute, symlink-free spelling of a path: 'in/a.txt' and '/data/in/a.txt' are one file."""
    return str(Path(path).resolve())


def _read(path: str) -> bytes | Failure:
    try:
        return read_bytes(path)
    except PresscliError as exc:
        return Failure(path, str(exc))


def _analyzed(path: str, data: bytes | Failure, timeout: float | None) -> tuple[Document | Failure, str | None]:
    if isinstance(data, Failure):
        return data, None
    digest = hashlib.sha256(data).hexdigest()
    previous = _arm(timeout)
    try:
        return analyze_source(from_bytes(data, path)), digest
    except _TimedOut:
        return Failure(path, f"timed out after {timeout:g} s"), digest
    except PresscliError as exc:
        return Failure(path, str(exc)), digest
    except Exception as exc:  # one broken article must not stop a batch of thousands
        return Failure(path, f"internal error: {type(exc).__name__}: {exc}"), digest
    finally:
        _disarm(previous)


def _arm(timeout: float | None) -> Any:
    """A per-file alarm (Unix, main thread): a pathological file becomes a failure instead of a stuck worker."""
    if not timeout or not hasattr(signal, "setitimer"):
        return None

    def expire(signum: int, frame: Any) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    return previous


def _disarm(previous: Any) -> None:
    if previous is not None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def run(paths: Iterable[str], jobs: int | None = None, timeout: float | None = None) -> Iterator[Document | Failure]:
    """Each file's Document or Failure, in the order of `paths`, as soon as it is ready."""
    return _ordered_map(partial(analyze_file, timeout=timeout), paths, jobs)


def run_records(
    paths: Iterable[str], jobs: int | None = None, timeout: float | None = None
) -> Iterator[dict[str, Any]]:
    """Each file's record (see `analyze_path`), in the order of `paths`, as soon as it is ready."""
    return _ordered_map(partial(analyze_path, timeout=timeout), paths, jobs)


def _ordered_map(work: Callable[[str], T], paths: Iterable[str], jobs: int | None) -> Iterator[T]:
    pending = list(paths)
    jobs = jobs or default_jobs()
    if jobs <= 1 or len(pending) < _INLINE_BELOW:
        yield from (work(p) for p in pending)
        return
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent) as pool:
            for result in pool.map(work, pending, chunksize=_CHUNK):
                done += 1
                yield result
    except BrokenProcessPool:
        # a worker died (out of memory, killed): finish the rest here, one by one
        yield from (work(p) for p in pending[done:])


def _die_with_parent() -> None:
    """Make a pool worker end when the process that started it ends, even by kill -9 (Linux)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


@dataclass(frozen=True, slots=True)
class Done:
    """What an earlier run wrote for one file."""

    sha256: str | None
    failed: bool


def finished(output: Path) -> dict[str, Done]:
    """What an earlier run already wrote to the JSON-lines file `output`, by resolved path."""
    done: dict[str, Done] = {}
    if not output.exists():
        return done
    with output.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short when the earlier run was interrupted
            if isinstance(record, dict) and "path" in record:
                key = record.get("resolved_path") or resolved(str(record["path"]))
                done[key] = Done(record.get("sha256"), "error" in record)
    return done


def to_do(paths: list[str], done: dict[str, Done], retry_failed: bool) -> tuple[list[str], int]:
    """The paths still to analyze, and how many were already done: a file is done when its resolved path is
    in the output with the same content (a changed file is analyzed again), unless it failed and
    `retry_failed` asks to try it again."""
    todo = []
    for path in paths:
        earlier = done.get(resolved(path))
        if (
            earlier is None
            or (earlier.failed and retry_failed)
            or (earlier.sha256 is not None and earlier.sha256 != _digest(path))
        ):
            todo.append(path)
    return todo, len(paths) - len(todo)


def _digest(path: str) -> str | None:
    data = _read(path)
    return None if isinstance(data, Failure) else hashlib.sha256(data).hexdigest()


def repair_tail(output: Path) -> int:
    """Cut a last line left half-written by an interrupted run (no newline at its end); return the bytes cut."""
    if not output.exists() or output.stat().st_size == 0:
        return 0
    with output.open("rb+") as stream:
        stream.seek(0, os.SEEK_END)
        size = stream.tell()
        stream.seek(max(0, size - 1))
        if stream.read(1) == b"\n":
            return 0
        keep = size
        step = 65536
        while keep > 0:  # find the last newline, reading backwards a block at a time
            start = max(0, keep - step)
            stream.seek(start)
            block = stream.read(keep - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            keep = start
        stream.truncate(keep)
        return size - keep


def drop_records(output: Path, resolved_paths: set[str]) -> None:
    """Remove the records of these files from `output`, through a temporary file and an atomic rename."""
    if not resolved_paths or not output.exists():
        return
    temporary = output.with_name(output.name + ".tmp")
    with output.open(encoding="utf-8") as source, temporary.open("w", encoding="utf-8") as target:
        for line in source:
            try:
                record = json.loads(line)
                key = record.get("resolved_path") or resolved(str(record["path"]))
            except (json.JSONDecodeError, KeyError, AttributeError):
                key = None
            if key not in resolved_paths:
                target.write(line)
    os.replace(temporary, output)
