"""Commands on many articles: speakers (who is quoted, across a folder) and batch (everything, streamed)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from presscli.cli.common import FormatOpt, JobsOpt, app, fail, guarded, show, stderr_line
from presscli.output import render, views
from presscli.output.render import Format


@app.command()
def speakers(
    target: Annotated[str, typer.Argument(metavar="FILE|DIR", help="An article, - for stdin, or a folder.")],
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = 0,
) -> None:
    """Who is quoted, how often, in one article or across a folder."""
    from presscli.attribution.across import tally_speakers

    tallies, failures = tally_speakers(_documents(target, jobs))
    show(views.speakers_view(tallies), fmt)
    if failures:
        raise fail(f"{len(failures)} file(s) could not be analyzed")


@app.command()
def statements(
    target: Annotated[str, typer.Argument(metavar="FILE|DIR", help="An article, - for stdin, or a folder.")],
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = 0,
) -> None:
    """The official statements, grouped by the institution that made them, with cue, date and outlet."""
    from presscli.attribution.across import official_statements

    found, failures = official_statements(_documents(target, jobs))
    show(views.statements_view(found), fmt)
    if failures:
        raise fail(f"{len(failures)} file(s) could not be analyzed")


def _documents(target: str, jobs: int) -> list:
    """The analyses of one article or of every article in a folder."""
    from presscli import batch
    from presscli.cli.common import document
    from presscli.read import walk

    if target != "-" and Path(target).is_dir():
        paths = guarded(lambda: [str(p) for p in walk(target)])
        return list(batch.run(paths, jobs or None))
    return [document(target)]


@app.command(name="batch")
def batch_command(
    folder: Annotated[str, typer.Argument(metavar="DIR", help="A folder of articles (searched recursively).")],
    fmt: FormatOpt = Format.jsonl,
    jobs: JobsOpt = 0,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Append JSON lines to this file instead of stdout.")
    ] = None,
    resume: Annotated[bool, typer.Option("--resume", help="With --output: skip files the file already holds.")] = False,
    pattern: Annotated[str, typer.Option("--glob", help="Only files matching this pattern, e.g. '*.txt'.")] = "*",
) -> None:
    """Analyze every article in a folder, in parallel, one JSON object per file (streamed)."""
    from presscli import batch
    from presscli.read import walk

    if resume and output is None:
        raise fail("--resume needs --output FILE", 2)
    if output is not None and fmt is not Format.jsonl:
        raise fail("--output writes JSON lines; use it with --format jsonl", 2)
    paths = guarded(lambda: [str(p) for p in walk(folder, pattern)])
    done = batch.finished_paths(output) if resume and output else set()
    todo = [p for p in paths if p not in done]
    failed = guarded(lambda: _emit(batch.run_records(todo, jobs or None), fmt, output))
    stderr_line(f"batch: {len(todo)} analyzed, {len(done)} already done, {failed} failed")
    if failed:
        raise typer.Exit(1)


def _emit(records: Iterator[dict[str, Any]], fmt: Format, output: Path | None) -> int:
    """Write records as they come (nothing done is lost on interruption); return how many failed."""
    failed = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal failed
        for record in records:
            failed += "error" in record
            yield record

    if fmt is Format.json:
        render.write_json_array(counted(), sys.stdout)
    elif fmt is Format.jsonl:
        sink = output.open("a", encoding="utf-8") if output else sys.stdout
        try:
            render.write_jsonl(counted(), sink)
        finally:
            if output:
                sink.close()
    else:
        show(views.batch_view([views.batch_row(r) for r in counted()]), fmt)
    return failed
