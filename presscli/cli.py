"""The `presscli` command line: read input, call one core function, render. Nothing else lives here.

Data goes to stdout; errors, warnings and progress to stderr. Exit codes: 0 success, 1 an input or
runtime error (or any failed file in a batch), 2 a usage error.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from presscli import __version__
from presscli.errors import PresscliError
from presscli.model import Document, QuoteKind
from presscli.output import render, views
from presscli.output.render import Format
from presscli.read.files import decode, load, read_bytes, walk

app = typer.Typer(
    name="presscli",
    help="Who said what in press statements: quotations, speakers, claims, languages and metadata.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FileArg = Annotated[str, typer.Argument(metavar="FILE", help="An article (.txt, .md, .html) or - for stdin.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core, at most 8).")]


def _stdout() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def _fail(message: str, code: int = 1) -> typer.Exit:
    Console(file=sys.stderr, highlight=False).print(f"error: {message}", markup=False, soft_wrap=True)
    return typer.Exit(code)


def _guarded(action: Callable[[], Any]) -> Any:
    """The one error boundary: a known problem is one line on stderr, anything else too, never a traceback."""
    try:
        return action()
    except PresscliError as exc:
        raise _fail(str(exc)) from None
    except (BrokenPipeError, KeyboardInterrupt):
        raise typer.Exit(130 if sys.exc_info()[0] is KeyboardInterrupt else 0) from None
    except typer.Exit:
        raise
    except Exception as exc:
        raise _fail(f"internal error: {type(exc).__name__}: {exc}") from None


def _document(path: str) -> Document:
    from presscli.pipeline import analyze_source

    return _guarded(lambda: analyze_source(load(path)))


def _show(view: views.View, fmt: Format, table_columns: list[render.Column] | None = None) -> None:
    out = sys.stdout
    if fmt is Format.json:
        render.write_json(view.payload, out)
    elif fmt is Format.jsonl:
        render.write_jsonl(view.records if view.records is not None else view.rows, out)
    elif fmt is Format.csv:
        render.write_csv(view.rows, view.columns, out)
    else:
        shown = views.View(
            view.payload, view.rows, table_columns or views.visible(view.columns), view.title, view.extra
        )
        _stdout().print(shown.table())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"presscli {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Who said what in press statements."""


@app.command()
def parse(file: FileArg, fmt: FormatOpt = Format.table) -> None:
    """Metadata, paragraphs (with their roles and languages), sentences, posts and links."""
    _show(views.parse_view(_document(file)), fmt)


@app.command()
def lang(
    file: FileArg,
    fmt: FormatOpt = Format.table,
    per_line: Annotated[bool, typer.Option("--per-line", help="One result per non-blank input line.")] = False,
    languages: Annotated[
        Optional[str], typer.Option("--languages", help="Only these ISO codes, e.g. en,es,fr.")
    ] = None,
) -> None:
    """The document's language and each paragraph's (or each line's, with --per-line)."""
    allowed = _language_list(languages)
    if per_line or allowed:
        _show(views.lines_view(list(_guarded(lambda: list(_lines(file, allowed, per_line))))), fmt)
    else:
        _show(views.lang_view(_document(file)), fmt)


def _language_list(languages: str | None) -> list[str] | None:
    from presscli.language.detect import all_languages

    if not languages:
        return None
    wanted = [code.strip().lower() for code in languages.split(",") if code.strip()]
    unknown = sorted(set(wanted) - set(all_languages()))
    if unknown:
        raise _fail(f"unknown language code(s): {', '.join(unknown)} (known: {', '.join(all_languages())})", 2)
    return wanted


def _lines(file: str, allowed: list[str] | None, per_line: bool) -> Iterator[dict[str, Any]]:
    from presscli.language.detect import detect

    text, _ = decode(read_bytes(file), "stdin" if file == "-" else file)
    chunks = text.split("\n") if per_line else [text]
    for number, line in enumerate(chunks, 1):
        if line.strip():
            guess = detect(line, allowed)
            yield {"line": number, "language": guess.code, "confidence": guess.confidence, "text": line.strip()}


@app.command()
def quotes(
    file: FileArg,
    fmt: FormatOpt = Format.table,
    kind: Annotated[
        Optional[list[QuoteKind]], typer.Option("--kind", "-k", help="Only these kinds (repeatable).")
    ] = None,
    speaker: Annotated[
        Optional[str],
        typer.Option("--speaker", "-s", help="Only speakers matching this pattern (regular expression, any case)."),
    ] = None,
) -> None:
    """Every quotation: speaker, cue verb, kind, language and offsets."""
    pattern = _pattern(speaker)
    _show(views.quotes_view(_document(file), kind, pattern), fmt)


def _pattern(speaker: str | None) -> re.Pattern[str] | None:
    if speaker is None:
        return None
    try:
        return re.compile(speaker, re.IGNORECASE)
    except re.error as exc:
        raise _fail(f"--speaker: not a valid pattern: {exc}", 2) from None


@app.command()
def claims(file: FileArg, fmt: FormatOpt = Format.table) -> None:
    """The key claims of the text, ranked, each with its claimant and offsets."""
    _show(views.claims_view(_document(file)), fmt)


@app.command()
def analyze(file: FileArg, fmt: FormatOpt = Format.table) -> None:
    """Everything at once. `--format json` prints the documented contract."""
    view = views.analyze_view(_document(file), None if file == "-" else file)
    _show(views.View(view.payload, [view.payload], view.columns) if fmt is Format.jsonl else view, fmt)


@app.command()
def speakers(
    target: Annotated[str, typer.Argument(metavar="FILE|DIR", help="An article, - for stdin, or a folder.")],
    fmt: FormatOpt = Format.table,
    jobs: JobsOpt = 0,
) -> None:
    """Who is quoted, how often, in one article or across a folder."""
    from presscli import batch

    paths = _guarded(lambda: [str(p) for p in walk(target)]) if target != "-" and Path(target).is_dir() else [target]
    records = batch.run(paths, jobs or None) if len(paths) > 1 else [_guarded(lambda: _single_record(target))]
    table, failed = views.speakers_view(records)
    _show(table, fmt)
    if failed:
        raise _fail(f"{failed} file(s) could not be analyzed")


def _single_record(path: str) -> dict[str, Any]:
    from presscli.output import serialize
    from presscli.pipeline import analyze_source

    return serialize.document(analyze_source(load(path)), path)


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

    if resume and output is None:
        raise _fail("--resume needs --output FILE", 2)
    if output is not None and fmt is not Format.jsonl:
        raise _fail("--output writes JSON lines; use it with --format jsonl", 2)
    paths = _guarded(lambda: [str(p) for p in walk(folder, pattern)])
    done = batch.finished_paths(output) if resume and output else set()
    todo = [p for p in paths if p not in done]
    failed = _guarded(lambda: _emit_batch(batch.run(todo, jobs or None), fmt, output))
    Console(file=sys.stderr, highlight=False).print(
        f"batch: {len(todo)} analyzed, {len(done)} already done, {failed} failed", markup=False
    )
    if failed:
        raise typer.Exit(1)


def _emit_batch(records: Iterator[dict[str, Any]], fmt: Format, output: Path | None) -> int:
    """Write records as they come (nothing done is lost on interruption); return how many failed."""
    from presscli import batch

    failed = 0
    if fmt in (Format.jsonl, Format.json):
        sink = output.open("a", encoding="utf-8") if output else sys.stdout
        try:
            if fmt is Format.json:
                sink.write("[\n")
            for count, record in enumerate(records):
                failed += "error" in record
                if fmt is Format.json:
                    sink.write((",\n" if count else "") + render.json_text(record))
                else:
                    sink.write(render.json_text(record, indent=None) + "\n")
                sink.flush()
            if fmt is Format.json:
                sink.write("\n]\n")
        finally:
            if output:
                sink.close()
        return failed
    rows = []
    for record in records:
        failed += "error" in record
        rows.append(batch.summary_row(record))
    _show(views.View(rows, rows, views.BATCH_COLUMNS, f"{len(rows)} files"), fmt)
    return failed
