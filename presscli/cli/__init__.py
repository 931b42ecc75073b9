"""The `presscli` command line: read input, call one core function, render. Nothing else lives here.

Data goes to stdout; errors, warnings and progress to stderr. Exit codes: 0 success, 1 an input or
runtime error (or any failed file in a batch), 2 a usage error. One module per group of commands:
`article` (one article: parse, lang, quotes, claims, analyze), `folder` (many: speakers, statements),
`batch`, `display` (quotations seen in place: show, report) and `query` (SQL on a batch's database).
"""

from __future__ import annotations

import signal

from presscli.cli import article, batch, display, folder, query
from presscli.cli.common import app

__all__ = ["app", "article", "batch", "display", "folder", "main", "query"]


def main(prog_name: str | None = None) -> None:
    """The installed `presscli` command. A reader that closes the pipe early (`| head -1`) ends every
    command the same quiet way, as it ends other Unix tools: by SIGPIPE, exit status 141."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app(prog_name=prog_name)
