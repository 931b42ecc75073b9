"""Quotations seen in place: `show` (the article on a terminal) and `report` (one self-contained HTML file
for an article or a folder)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from presscli import __version__
from presscli.cli.common import (
    FileArg,
    JobsOpt,
    KindOpt,
    SpeakerOpt,
    app,
    document,
    fail,
    guarded,
    speaker_pattern,
    stderr_line,
    stdout,
)
from presscli.output import terminal, views


@app.command(short_help="The article with every quotation highlighted in its speaker's colour.")
def show(file: FileArg, kind: KindOpt = None, speaker: SpeakerOpt = None) -> None:
    """The article on the terminal: title, outlet and date, then the text with each quotation highlighted
    in its speaker's colour and labelled (speaker, cue, kind), then a legend of the speakers.

    Colour follows the terminal: NO_COLOR or a pipe give plain text, where the labels tell the speakers apart."""
    pattern = speaker_pattern(speaker)
    doc = document(file)
    stdout().print(terminal.article(doc, views.selected_quotes(doc, kind, pattern)))


@app.command(short_help="One self-contained HTML file: an article or a folder, quotations in place.")
def report(
    target: Annotated[str, typer.Argument(metavar="FILE|DIR", help="An article, - for stdin, or a folder.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help="Where to write the HTML (- for stdout).")
    ] = Path("report.html"),
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="The report's title.")] = None,
    jobs: JobsOpt = 0,
) -> None:
    """One HTML file, self-contained (inline CSS and JS, works offline from disk): for an article, its
    text with every quotation highlighted per speaker (hover or focus for speaker, confidence, cue, kind,
    language), its metadata, paragraph languages, key claims and speakers; for a folder, also an overview
    (who is quoted how often and in how many articles, quotations per outlet and language), one sortable,
    filterable table of every quotation, and the files that failed. Exit 1 when any file failed."""
    from presscli.cli.folder import documents_of
    from presscli.output.report import render_report

    outcomes = documents_of(target, jobs)
    built = guarded(lambda: render_report(outcomes, title or _default_title(target), __version__))
    if str(output) == "-":
        sys.stdout.write(built.html)
    else:
        guarded(lambda: output.write_text(built.html, encoding="utf-8"))
        stderr_line(f"{output}: {built.articles} article(s), {built.quotations} quotation(s), {built.failures} failed")
    if built.failures:
        raise fail(f"{built.failures} file(s) could not be analyzed")


def _default_title(target: str) -> str:
    if target == "-":
        return "Article from standard input"
    path = Path(target)
    return f"Quotations in {path.name or target}" if path.is_dir() else f"Quotations in {path.name}"
