"""`presscli batch`: a folder, analyzed in parallel, streamed, resumable, on this machine or a Dask cluster."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from presscli.cli.common import JobsOpt, app, fail, guarded, show, stderr_line
from presscli.output import render, views
from presscli.output.render import Format

if TYPE_CHECKING:
    from presscli.database import Database


class Executor(str, Enum):
    local = "local"
    dask = "dask"


@app.command(name="batch", short_help="A folder: every article, in parallel, streamed, resumable.")
def batch_command(
    folder: Annotated[str, typer.Argument(metavar="DIR", help="A folder of articles (searched recursively).")],
    fmt: Annotated[
        Optional[Format],
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            case_sensitive=False,
            help="jsonl (the default), json, table or csv; with --db, records go to stdout only when asked for.",
        ),
    ] = None,
    jobs: JobsOpt = 0,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", metavar="FILE", help="Append JSON lines to this file instead of stdout."),
    ] = None,
    db: Annotated[
        Optional[Path],
        typer.Option("--db", metavar="FILE", help="Write every document into this SQLite database (see README)."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume", help="With --output or --db: skip files each already holds, unchanged, by resolved path."
        ),
    ] = False,
    retry_failed: Annotated[
        bool,
        typer.Option("--retry-failed", help="With --resume: analyze files that failed again, replacing their records."),
    ] = False,
    pattern: Annotated[
        str, typer.Option("--glob", metavar="PATTERN", help="Only files matching this pattern, e.g. '*.txt'.")
    ] = "*",
    timeout: Annotated[
        Optional[float],
        typer.Option(
            "--timeout", min=0.1, metavar="SECONDS", help="Seconds one file may take before it becomes a failure."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on stderr.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List on stderr every file left out, and why.")
    ] = False,
    executor: Annotated[
        Executor, typer.Option("--executor", metavar="local|dask", help="Where to run: this machine, or Dask.")
    ] = Executor.local,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler", metavar="ADDRESS", help="With --executor dask: a cluster's address, tcp://HOST:PORT."
        ),
    ] = None,
) -> None:
    """Analyze every article in a folder, in parallel, one JSON object per file (streamed)."""
    from presscli import batch
    from presscli.read import survey

    if resume and output is None and db is None:
        raise fail("--resume needs --output FILE or --db FILE", 2)
    if retry_failed and not resume:
        raise fail("--retry-failed goes with --resume", 2)
    if output is not None and fmt not in (None, Format.jsonl):
        raise fail("--output writes JSON lines; use it with --format jsonl", 2)
    to_stdout = output is None and (db is None or fmt is not None)  # --db alone writes the database only
    found, skipped = guarded(lambda: survey(folder, pattern))
    paths = [str(p) for p in found]
    if verbose:
        for path, reason in skipped:
            stderr_line(f"batch: skipped {path}: {reason}")
    if not paths and skipped:
        raise fail(f"{folder}: no article files among the {len(skipped)} the pattern matched (--verbose lists them)")
    from presscli.database import Database  # sqlite3 is loaded only for a run that writes a database

    database = guarded(lambda: Database(db)) if db is not None else None
    if output is not None:
        cut = guarded(lambda: batch.repair_tail(output))
        if cut:
            stderr_line(f"batch: removed a cut-off last line ({cut} bytes) from {output}; that file is analyzed again")
    # each sink keeps its own record of what is done: a file goes to the sinks that lack it
    wanted_out = wanted_db = set(paths)
    if resume and output is not None:
        done = guarded(lambda: batch.finished(output))
        todo, _ = batch.to_do(paths, done, retry_failed)
        guarded(lambda: batch.drop_records(output, {batch.resolved(p) for p in todo} & set(done)))
        wanted_out = set(todo)
    if resume and database is not None:
        todo, _ = batch.to_do(paths, guarded(database.stored), retry_failed)
        wanted_db = set(todo)
    if resume:
        wanted = (wanted_out if output is not None else set()) | (wanted_db if database is not None else set())
        already = len(paths) - len(wanted)
        paths = [p for p in paths if p in wanted]
    else:
        already = 0
    records = _records(paths, executor, jobs, timeout, scheduler)
    if database is not None:
        records = _into(database, records, wanted_db)
    if output is not None and database is not None:
        records = (r for r in records if r["path"] in wanted_out)
    tally = _Tally(len(paths))
    try:
        counted = _progress(tally.counted(records), len(paths), quiet)
        if to_stdout or output is not None:
            guarded(lambda: _emit(counted, fmt or Format.jsonl, output))
        else:
            guarded(lambda: _drain(counted))
    except typer.Exit as stop:
        if stop.exit_code == 130:
            sinks = (f"--output {output} " if output else "") + (f"--db {db} " if db else "")
            where = f"{sinks}--resume" if sinks else "--output FILE --resume"
            stderr_line(f"batch: interrupted after {tally.files} of {len(paths)} files; run it again with {where}")
        raise
    if not quiet:
        stderr_line(tally.summary(already, len(skipped)))
    if tally.failed:
        raise typer.Exit(1)


def _into(database: Database, records: Iterator[dict[str, Any]], wanted: set[str]) -> Iterator[dict[str, Any]]:
    """Write each record the database lacks into it, one transaction each, and pass every record on."""
    for record in records:
        if record["path"] in wanted:
            database.write(record)
        yield record


def _drain(records: Iterator[dict[str, Any]]) -> None:
    for _ in records:
        pass


def _records(
    paths: list[str], executor: Executor, jobs: int, timeout: float | None, scheduler: str | None
) -> Iterator[dict[str, Any]]:
    from presscli import batch

    if executor is Executor.dask:
        from presscli import dask_executor

        return dask_executor.run_records(paths, scheduler, timeout)
    if scheduler:
        raise fail("--scheduler goes with --executor dask", 2)
    return batch.run_records(paths, jobs or None, timeout)


class _Tally:
    """What a run did, for its summary."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.files = self.failed = self.quotes = 0
        self.languages: Counter[str] = Counter()
        self.started = time.perf_counter()

    def counted(self, records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            self.files += 1
            self.failed += "error" in record
            self.quotes += len(record.get("quotes") or [])
            if record.get("language"):
                self.languages[record["language"]] += 1
            yield record

    def summary(self, already: int, skipped: int) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        languages = ", ".join(f"{code} {n}" for code, n in self.languages.most_common())
        left_out = f", {skipped} skipped (not articles; --verbose lists them)" if skipped else ""
        done = f"batch: {self.files} analyzed, {already} already done, {self.failed} failed{left_out}"
        by_language = f"; {languages}" if languages else ""
        return f"{done}, {self.quotes} quotes{by_language}; {self.files / seconds:.1f} files/s"


def _progress(records: Iterator[dict[str, Any]], total: int, quiet: bool) -> Iterator[dict[str, Any]]:
    """A progress bar with files/s and time left, on stderr when it is a terminal."""
    if quiet or not sys.stderr.isatty() or total == 0:
        yield from records
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("batch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} files/s"))
    with Progress(*columns, TimeRemainingColumn(), console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("batch", total=total)
        for record in records:
            bar.advance(task)
            yield record


def _emit(records: Iterator[dict[str, Any]], fmt: Format, output: Path | None) -> None:
    """Write records as they come, each flushed whole, so an interruption loses nothing done."""
    if fmt is Format.json:
        render.write_json_array(records, sys.stdout)
    elif fmt is Format.jsonl:
        sink = output.open("a", encoding="utf-8") if output else sys.stdout
        try:
            render.write_jsonl(records, sink)
        finally:
            if output:
                sink.close()
    else:
        show(views.batch_view([views.batch_row(r) for r in records]), fmt)
