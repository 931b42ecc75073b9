"""Commands on one article or a folder: speakers (who is quoted) and statements (the official ones)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from presscli.cli.common import FormatOpt, JobsOpt, app, fail, guarded, show
from presscli.output import views
from presscli.output.render import Format

TargetArg = Annotated[str, typer.Argument(metavar="FILE|DIR", help="An article, - for stdin, or a folder.")]


@app.command(short_help="Who is quoted, how often, in one article or a folder.")
def speakers(
    target: TargetArg,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = 0,
) -> None:
    """Who is quoted, how often, in one article or across a folder."""
    from presscli.attribution.across import tally_speakers

    tallies, failures = tally_speakers(documents_of(target, jobs))
    show(views.speakers_view(tallies), fmt)
    if failures:
        raise fail(f"{len(failures)} file(s) could not be analyzed")


@app.command(short_help="Official statements, grouped by institution.")
def statements(
    target: TargetArg,
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = 0,
) -> None:
    """The official statements, grouped by the institution that made them, with cue, date and outlet."""
    from presscli.attribution.across import official_statements

    found, failures = official_statements(documents_of(target, jobs))
    show(views.statements_view(found), fmt)
    if failures:
        raise fail(f"{len(failures)} file(s) could not be analyzed")


def documents_of(target: str, jobs: int) -> list:
    """The analyses of one article or of every article in a folder (failures included, for a folder)."""
    from presscli import batch
    from presscli.cli.common import document
    from presscli.read import walk

    if target != "-" and Path(target).is_dir():
        paths = guarded(lambda: [str(p) for p in walk(target)])
        return list(batch.run(paths, jobs or None))
    return [document(target)]
