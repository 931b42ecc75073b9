"""What each command shows: a JSON payload for `--format json`, and rows for tables, CSV and JSON lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from presscli.attribution.across import SpeakerTally, Statement
from presscli.language.document import LineLanguage
from presscli.model import Document, Quote, QuoteKind
from presscli.output import serialize
from presscli.output.render import Column, build_table, safe
from presscli.output.serialize import plain


@dataclass(frozen=True, slots=True)
class View:
    payload: Any
    rows: list[dict[str, Any]]
    columns: list[Column]
    title: str | None = None
    extra: list[RenderableType] = field(default_factory=list)  # shown above the table on a terminal
    records: list[dict[str, Any]] | None = None  # JSON lines, when they differ from the table's rows
    table_rows: list[dict[str, Any]] | None = None  # rows as a person reads them, when they differ

    def table(self) -> RenderableType:
        table = build_table(self.table_rows if self.table_rows is not None else self.rows, self.columns, self.title)
        return Group(*self.extra, table) if self.extra else table


QUOTE_COLUMNS = [
    Column("id", "#", 4),
    Column("speaker", "Speaker", 28),
    Column("speaker_confidence", "Conf", 4, "right"),
    Column("official", "Official", 8),
    Column("cue", "Cue", 16),
    Column("kind", "Kind", 9),
    Column("lang", "Lang", 4),
    Column("text", "Quote"),
    Column("start", "Start", justify="right"),
    Column("end", "End", justify="right"),
]
_TABLE_HIDDEN = {"start", "end", "speaker_confidence", "path"}
UNCERTAIN_BELOW = 0.5  # a speaker found this way is right less than half the time: shown as a guess, never as fact


def visible(columns: list[Column]) -> list[Column]:
    return [c for c in columns if c.key not in _TABLE_HIDDEN]


def selected_quotes(
    doc: Document,
    kinds: list[QuoteKind] | None = None,
    speaker: re.Pattern[str] | None = None,
    min_confidence: float | None = None,
    official: bool | None = None,
) -> list[Quote]:
    """The quotations a reader asked for: of these kinds, by a speaker matching the pattern, given with
    at least this confidence, official or not."""
    return [
        q
        for q in doc.quotes
        if (not kinds or q.kind in kinds)
        and (speaker is None or (q.speaker and speaker.search(q.speaker)))
        and (min_confidence is None or (q.speaker_confidence or 0.0) >= min_confidence)
        and (official is None or q.official == official)
    ]


def quotes_view(
    doc: Document,
    kinds: list[QuoteKind] | None = None,
    speaker: re.Pattern[str] | None = None,
    min_confidence: float | None = None,
    official: bool | None = None,
) -> View:
    selected = selected_quotes(doc, kinds, speaker, min_confidence, official)
    rows = [serialize.quote(q) for q in selected]
    ids = {q.speaker_id for q in selected}
    payload = {
        "language": doc.language.code,
        "quotes": rows,
        "speakers": [serialize.speaker(s) for s in doc.speakers if s.id in ids],
    }
    return View(payload, rows, QUOTE_COLUMNS, f"{len(rows)} quotations", table_rows=[_marked(r) for r in rows])


def _marked(row: dict[str, Any]) -> dict[str, Any]:
    """A table row as a person reads it: an uncertain speaker as a guess ('Ana Lima ?'), an official one marked."""
    confidence = row.get("speaker_confidence")
    marked = {**row, "official": "official" if row.get("official") else ""}
    if row.get("speaker") and confidence is not None and confidence < UNCERTAIN_BELOW:
        marked["speaker"] = f"{row['speaker']} ?"
    return marked


PARAGRAPH_COLUMNS = [
    Column("index", "#", justify="right"),
    Column("kind", "Kind", 8),
    Column("lang", "Lang", 4),
    Column("confidence", "Conf", 5, "right"),
    Column("text", "Paragraph"),
    Column("start", "Start", justify="right"),
    Column("end", "End", justify="right"),
]


def parse_view(doc: Document) -> View:
    payload = serialize.parsed(doc)
    rows = [{"index": i, **p} for i, p in enumerate(payload["segments"])]
    return View(payload, rows, PARAGRAPH_COLUMNS, "Paragraphs", [meta_table(doc)])


def lang_view(doc: Document) -> View:
    segments = [{"index": p.index, **serialize.segment(p), "text": p.text} for p in doc.paragraphs]
    payload = {
        "language": doc.language.code,
        "confidence": doc.language.confidence,
        "segments": [serialize.segment(p) for p in doc.paragraphs],
    }
    title = f"Document language: {doc.language.code} ({doc.language.confidence:.2f})"
    return View(payload, segments, PARAGRAPH_COLUMNS, title)


LINE_COLUMNS = [
    Column("line", "Line", justify="right"),
    Column("language", "Lang", 4),
    Column("confidence", "Conf", 5, "right"),
    Column("text", "Text"),
]


def lines_view(lines: list[LineLanguage]) -> View:
    """One language per input line (`lang --per-line`); the JSON leaves the text out."""
    rows = [{"line": x.line, "language": x.guess.code, "confidence": x.guess.confidence, "text": x.text} for x in lines]
    records = [{k: v for k, v in r.items() if k != "text"} for r in rows]
    return View(records, rows, LINE_COLUMNS, f"{len(rows)} lines", records=records)


CLAIM_COLUMNS = [
    Column("rank", "#", justify="right"),
    Column("claimant", "Claimant", 26),
    Column("score", "Score", 6, "right"),
    Column("text", "Claim"),
    Column("quotes", "Quotes", 12),
    Column("start", "Start", justify="right"),
    Column("end", "End", justify="right"),
]


def claims_view(doc: Document, limit: int | None = None) -> View:
    rows = [serialize.claim(c, rank) for rank, c in enumerate(doc.claims[:limit], 1)]
    flat = [{**row, "quotes": " ".join(row["quotes"])} for row in rows]  # 'Q1 Q3' in a cell
    return View({"language": doc.language.code, "claims": rows}, rows, CLAIM_COLUMNS, "Key claims", table_rows=flat)


def analyze_view(doc: Document) -> View:
    record = serialize.document(doc)
    claims = build_table(
        [serialize.claim(c, r) for r, c in enumerate(doc.claims[:5], 1)], visible(CLAIM_COLUMNS), "Key claims"
    )
    quote_rows = [serialize.quote(q) for q in doc.quotes]
    return View(record, quote_rows, QUOTE_COLUMNS, f"{len(quote_rows)} quotations", [meta_table(doc), claims])


def meta_table(doc: Document) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    meta = doc.meta
    fields = [
        ("Title", meta.title),
        ("Deck", meta.deck),
        ("Outlet", meta.outlet),
        ("Date", meta.date),
        ("Author", meta.author),
        ("Dateline", meta.dateline),
        ("Original title", meta.original_title),
        ("Source", meta.source),
        ("Language", f"{doc.language.code} ({doc.language.confidence:.2f})"),
        ("Encoding", meta.encoding),
        ("Format", meta.format),
    ]
    for label, value in fields:
        if value:
            grid.add_row(label, Text(safe(value)))
    for post in meta.embedded_posts:
        who = " ".join(x for x in (post.author, post.handle) if x)
        grid.add_row(
            "Embedded post", Text(safe(f"{who}, {post.date or 'undated'}, {post.url or ''}: {_shortened(post.text)}"))
        )
    if meta.links:
        grid.add_row("Links", Text(safe(", ".join(link.url for link in meta.links[:8]))))
    return grid


SPEAKER_COLUMNS = [
    Column("name", "Speaker", 40),
    Column("role", "Role", 24),
    Column("official", "Official", 8),
    Column("quotes", "Quotes", justify="right"),
    Column("documents", "Documents", justify="right"),
    Column("aliases", "Also called"),
]


def speakers_view(tallies: list[SpeakerTally]) -> View:
    """Speakers across one or many articles (see `attribution.across`)."""
    rows = [plain(t) for t in tallies]
    shown = [{**row, "official": "official" if row["official"] else ""} for row in rows]
    return View({"speakers": rows}, rows, SPEAKER_COLUMNS, f"{len(rows)} speakers", table_rows=shown)


STATEMENT_COLUMNS = [
    Column("institution", "Institution", 28),
    Column("speaker", "Speaker", 24),
    Column("cue", "Cue", 14),
    Column("text", "Statement"),
    Column("date", "Date", 10),
    Column("outlet", "Outlet", 16),
    Column("path", "File"),
    Column("start", "Start", justify="right"),
    Column("end", "End", justify="right"),
]


def statements_view(statements: list[Statement]) -> View:
    """Official statements grouped by institution: the communiqué as the press relayed it."""
    rows = [plain(s) for s in statements]
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["institution"], []).append({k: v for k, v in row.items() if k != "institution"})
    payload = {"institutions": [{"institution": name, "statements": items} for name, items in groups.items()]}
    shown = [
        {**row, "institution": row["institution"] if i == 0 or rows[i - 1]["institution"] != row["institution"] else ""}
        for i, row in enumerate(rows)
    ]
    return View(payload, rows, STATEMENT_COLUMNS, f"{len(rows)} official statements", table_rows=shown)


BATCH_COLUMNS = [
    Column("path", "File", 40),
    Column("status", "Status", 6),
    Column("language", "Lang", 4),
    Column("date", "Date", 10),
    Column("quotes", "Quotes", justify="right"),
    Column("speakers", "Speakers", justify="right"),
    Column("claims", "Claims", justify="right"),
    Column("title", "Title or error"),
]


def batch_row(record: dict[str, Any]) -> dict[str, Any]:
    """One line per file for the batch table and CSV."""
    meta = record.get("meta") or {}
    return {
        "path": record.get("path"),
        "status": "error" if "error" in record else "ok",
        "language": record.get("language"),
        "title": record.get("error") or meta.get("title"),
        "date": meta.get("date"),
        "quotes": len(record.get("quotes") or []),
        "speakers": len(record.get("speakers") or []),
        "claims": len(record.get("claims") or []),
    }


def batch_view(rows: list[dict[str, Any]]) -> View:
    return View(rows, rows, BATCH_COLUMNS, f"{len(rows)} files")


_POST_CHARS = 120  # an embedded post in the metadata table: its opening, the rest in JSON


def _shortened(text: str) -> str:
    """The opening of a text, cut at a word and marked '…' when it goes on."""
    text = " ".join(text.split())
    if len(text) <= _POST_CHARS:
        return text
    return text[:_POST_CHARS].rsplit(" ", 1)[0] + " …"
