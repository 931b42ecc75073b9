"""Output formats: rich tables for people; JSON, JSON lines and CSV for scripts.

Article text is data. Table cells are `rich.text.Text` (never parsed as markup) and every format
escapes control characters, so a quotation cannot restyle or hijack the user's terminal.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, TextIO

from rich.table import Table
from rich.text import Text


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    max_width: int | None = None
    justify: str = "left"


# C0 controls but tab/newline, DEL, C1 controls, and the bidirectional overrides that reorder text
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe(value: Any) -> str:
    """A cell's text: None as empty, control characters shown escaped."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return _UNSAFE.sub(_escape, str(value))


def json_text(payload: Any, indent: int | None = 2) -> str:
    """JSON with non-ASCII kept readable but every control character escaped."""
    text = json.dumps(payload, ensure_ascii=False, indent=indent)
    return _UNSAFE.sub(_escape, text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write_json(payload: Any, stream: TextIO) -> None:
    stream.write(json_text(payload) + "\n")


def write_json_array(items: Iterable[Any], stream: TextIO) -> int:
    """A JSON array written item by item as they come (a long batch streams); returns the item count."""
    count = 0
    stream.write("[\n")
    for count, item in enumerate(items, 1):
        stream.write((",\n" if count > 1 else "") + json_text(item))
        stream.flush()
    stream.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], stream: TextIO) -> None:
    for row in rows:
        stream.write(json_text(row, indent=None) + "\n")
        stream.flush()


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[Column], stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    for row in rows:
        writer.writerow([safe(row.get(c.key)) for c in columns])


def build_table(rows: Iterable[dict[str, Any]], columns: Sequence[Column], title: str | None = None) -> Table:
    table = Table(title=Text(safe(title)) if title else None, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column.header, max_width=column.max_width, overflow="fold", justify=column.justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*(Text(safe(row.get(c.key))) for c in columns))
    return table
