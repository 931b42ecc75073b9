"""`presscli query`: a read-only SQL query on a database written by `batch --db`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from presscli.cli.common import FormatOpt, app, guarded, show
from presscli.output import views
from presscli.output.render import Column, Format


@app.command(short_help="A read-only SQL query on a database written by batch --db.")
def query(
    database: Annotated[Path, typer.Argument(metavar="DB", help="A database written by presscli batch --db.")],
    sql: Annotated[str, typer.Argument(metavar="SQL", help="One SQL statement; the file is opened read-only.")],
    fmt: FormatOpt = Format.table,
) -> None:
    """Run one SQL statement on the database, read-only, and print its rows (see the README for the tables,
    the full-text index and examples)."""
    from presscli.database import as_json
    from presscli.database import query as run_query

    names, rows = guarded(lambda: run_query(database, sql))
    columns = _unique(names)
    records = [{column: as_json(value) for column, value in zip(columns, row, strict=True)} for row in rows]
    view = views.View(records, records, [Column(c, c) for c in columns], f"{len(records)} rows")
    show(view, fmt)


def _unique(names: list[str]) -> list[str]:
    """Column names as keys: a repeated one ('id' of two tables) gets a suffix."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique
