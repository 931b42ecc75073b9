"""An article cut into the pieces a reader sees: plain text and quotations, paragraph by paragraph, with
each quotation's label and each speaker's colour slot. Shared by `show` (terminal) and `report` (HTML);
no rendering here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from presscli.model import Document, Paragraph, Quote, QuoteKind

PALETTE_SIZE = 8  # speakers beyond the eighth reuse colours; their labels still tell them apart


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a paragraph: plain text, or a quotation with its marks."""

    text: str
    quote: Quote | None = None


def paragraph_pieces(text: str, paragraph: Paragraph, quotes: Iterable[Quote]) -> list[Piece]:
    """The paragraph as plain stretches and quotations, in order. A quotation inside another is shown
    as part of the outer one; quotations are taken from `quotes`, which may be a filtered set."""
    pieces: list[Piece] = []
    at = paragraph.start
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.start < at or not paragraph.start <= quote.start < paragraph.end:
            continue  # inside the previous quotation, or in another paragraph
        start, end = _with_marks(text, quote, at, paragraph.end)
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], quote))
        at = end
    if at < paragraph.end:
        pieces.append(Piece(text[at : paragraph.end]))
    return pieces


def _with_marks(text: str, quote: Quote, floor: int, ceiling: int) -> tuple[int, int]:
    """The quotation's span with its own marks, where they stand next to it ('“…”', '« … »')."""
    start, end = quote.start, min(quote.end, ceiling)
    before = start
    while before > floor and text[before - 1] in _SPACES:
        before -= 1
    if quote.open_mark and text[max(floor, before - len(quote.open_mark)) : before] == quote.open_mark:
        start = before - len(quote.open_mark)
    after = end
    while after < ceiling and text[after] in _SPACES:
        after += 1
    if quote.close_mark and text[after : after + len(quote.close_mark)] == quote.close_mark:
        end = min(ceiling, after + len(quote.close_mark))
    return start, end


_SPACES = " \t\u00a0\u202f\u2009"


def colour_slots(doc: Document) -> dict[str, int]:
    """Each speaker's colour slot, in the order the article introduces them (S1 first)."""
    return {speaker.id: index % PALETTE_SIZE for index, speaker in enumerate(doc.speakers)}


def label(quote: Quote) -> str:
    """What a quotation's label says: speaker and cue, the kind when it is not a statement, and '?'
    for a speaker given with less than an even chance."""
    parts = []
    if quote.speaker:
        sure = quote.speaker_confidence is None or quote.speaker_confidence >= UNCERTAIN_BELOW
        parts.append(f"{quote.speaker_id} {quote.speaker}" + ("" if sure else " ?"))
    else:
        parts.append("no speaker")
    if quote.cue:
        parts.append(quote.cue)
    if quote.kind is not QuoteKind.STATEMENT:
        parts.append(quote.kind.value)
    return " · ".join(parts)


UNCERTAIN_BELOW = 0.5  # as the quotes table: a speaker right less than half the time is a guess
