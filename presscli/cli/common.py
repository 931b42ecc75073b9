"""What every command shares: the app, its options, the one error boundary, and showing a view."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any, Optional, TypeVar

import typer
from rich.console import Console
from typer.core import TyperArgument, TyperCommand

from presscli import __version__
from presscli.errors import PresscliError
from presscli.model import Document, QuoteKind
from presscli.output import render, views
from presscli.output.render import Format


class _PlainArgument(TyperArgument):
    """An argument shown as the README writes it ('FILE'): typer 0.29 adds its Python type to the help
    ('FILE <str>') and braces to the usage line ('{FILE}')."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        return self.display_name_raw if self.nargs == 1 else f"{self.display_name_raw}..."


class _PlainCommand(TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _PlainArgument


class _App(typer.Typer):
    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", _PlainCommand)
        return super().command(*args, **kwargs)


app = _App(
    name="presscli",
    help="Who said what in press statements: quotations, speakers, claims, languages and metadata.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FileArg = Annotated[str, typer.Argument(metavar="FILE", help="An article (.txt, .md, .html) or - for stdin.")]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format", "-f", metavar="FORMAT", help="table, json, jsonl or csv (see the README).", case_sensitive=False
    ),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes (0: one per core).")]
KindOpt = Annotated[
    Optional[list[QuoteKind]],
    typer.Option("--kind", "-k", metavar="KIND", help="statement, fragment, term or headline (repeatable)."),
]
SpeakerOpt = Annotated[
    Optional[str],
    typer.Option(
        "--speaker", "-s", metavar="PATTERN", help="Only speakers matching this regular expression (any case)."
    ),
]


def speaker_pattern(speaker: str | None) -> re.Pattern[str] | None:
    """The --speaker pattern, compiled; a usage error (exit 2) when it is not a valid expression."""
    if speaker is None:
        return None
    try:
        return re.compile(speaker, re.IGNORECASE)
    except re.error as exc:
        raise fail(f"--speaker: not a valid pattern: {exc}", 2) from None


T = TypeVar("T")


def stdout() -> Console:
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def stderr_line(message: str) -> None:
    Console(file=sys.stderr, highlight=False).print(message, markup=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    stderr_line(f"error: {message}")
    return typer.Exit(code)


def guarded(action: Callable[[], T]) -> T:
    """The one error boundary: a known problem is one line on stderr, anything else too, never a traceback."""
    try:
        return action()
    except PresscliError as exc:
        raise fail(str(exc)) from None
    except (BrokenPipeError, KeyboardInterrupt):
        raise typer.Exit(130 if sys.exc_info()[0] is KeyboardInterrupt else 0) from None
    except typer.Exit:
        raise
    except Exception as exc:
        raise fail(f"internal error: {type(exc).__name__}: {exc}") from None


def document(path: str) -> Document:
    """The analysis of one input ("-" for stdin), or a one-line error and exit 1."""
    from presscli.pipeline import analyze_source
    from presscli.read import load

    source = guarded(lambda: load(path))
    for warning in source.warnings:
        stderr_line(f"warning: {warning}")
    return guarded(lambda: analyze_source(source))


def show(view: views.View, fmt: Format, table_columns: list[render.Column] | None = None) -> None:
    out = sys.stdout
    if fmt is Format.json:
        render.write_json(view.payload, out)
    elif fmt is Format.jsonl:
        render.write_jsonl(view.records if view.records is not None else view.rows, out)
    elif fmt is Format.csv:
        render.write_csv(view.rows, view.columns, out)
    else:
        shown = replace(view, columns=table_columns or views.visible(view.columns))
        stdout().print(shown.table())


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
