"""Commands on one article: parse, lang, quotes, claims, analyze."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from presscli.cli.common import (
    FileArg,
    FormatOpt,
    KindOpt,
    SpeakerOpt,
    app,
    document,
    fail,
    guarded,
    show,
    speaker_pattern,
)
from presscli.output import views
from presscli.output.render import Format


@app.command(short_help="Metadata, paragraphs, sentences, posts and links.")
def parse(file: FileArg, fmt: FormatOpt = Format.table) -> None:
    """Metadata, paragraphs (with their roles and languages), sentences, posts and links."""
    show(views.parse_view(document(file)), fmt)


@app.command(short_help="The document's language, each paragraph's or each line's.")
def lang(
    file: FileArg,
    fmt: FormatOpt = Format.table,
    per_line: Annotated[bool, typer.Option("--per-line", help="One result per non-blank input line.")] = False,
    languages: Annotated[
        Optional[str], typer.Option("--languages", metavar="CODES", help="Only these ISO codes, e.g. en,es,fr.")
    ] = None,
) -> None:
    """The document's language and each paragraph's; with the option below, each input line's.

    Deterministic, with a confidence; a line too short to tell is 'und'."""
    allowed = _language_list(languages)
    if per_line or allowed:
        from presscli.language.document import line_languages
        from presscli.read import decode, read_bytes

        def detect_lines() -> list:
            text, _ = decode(read_bytes(file), "stdin" if file == "-" else file)
            return list(line_languages(text, allowed, per_line))

        show(views.lines_view(guarded(detect_lines)), fmt)
    else:
        show(views.lang_view(document(file)), fmt)


def _language_list(languages: str | None) -> list[str] | None:
    from presscli.language import all_languages

    if not languages:
        return None
    wanted = [code.strip().lower() for code in languages.split(",") if code.strip()]
    unknown = sorted(set(wanted) - set(all_languages()))
    if unknown:
        raise fail(f"unknown language code(s): {', '.join(unknown)} (known: {', '.join(all_languages())})", 2)
    return wanted


@app.command(short_help="Every quotation with its speaker, cue, kind and language.")
def quotes(
    file: FileArg,
    fmt: FormatOpt = Format.table,
    kind: KindOpt = None,
    speaker: SpeakerOpt = None,
    official: Annotated[
        Optional[bool],
        typer.Option(
            "--official/--unofficial",
            help="Only quotations whose speaker speaks officially (a state body or an office), or only the others.",
        ),
    ] = None,
    min_confidence: Annotated[
        Optional[float],
        typer.Option(
            "--min-confidence",
            metavar="X",
            min=0.0,
            max=1.0,
            help="Only quotations whose speaker is given with at least this confidence (0 to 1).",
        ),
    ] = None,
) -> None:
    """Every quotation: speaker (with '?' when uncertain), official or not, cue verb, kind and language.

    The table leaves offsets out; --format json, jsonl or csv give each quotation's start and end."""
    pattern = speaker_pattern(speaker)
    show(views.quotes_view(document(file), kind, pattern, min_confidence, official), fmt)


@app.command(short_help="The key claims, ranked, with their claimants.")
def claims(
    file: FileArg,
    fmt: FormatOpt = Format.table,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="How many claims, best first.")] = 10,
) -> None:
    """The key claims of the text, ranked, each with its claimant and offsets."""
    show(views.claims_view(document(file), limit), fmt)


@app.command(short_help="Everything at once (--format json: the documented contract).")
def analyze(file: FileArg, fmt: FormatOpt = Format.table) -> None:
    """Everything at once. `--format json` prints the documented contract."""
    view = views.analyze_view(document(file))
    show(views.View(view.payload, [view.payload], view.columns) if fmt is Format.jsonl else view, fmt)
