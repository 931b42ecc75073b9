"""`presscli show`: the article on a terminal, every quotation highlighted in its speaker's colour and
followed by a label, with a legend of the speakers. Article text is only ever appended as plain
`Text`, never parsed as markup; control characters are shown escaped. Without colour (NO_COLOR, a
pipe) the labels alone tell the speakers apart."""

from __future__ import annotations

from collections import Counter

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from presscli.model import BlockKind, Document, Quote
from presscli.output.highlight import colour_slots, label, paragraph_pieces
from presscli.output.render import safe

# background colours that keep black text readable, one per colour slot
_COLOURS = ("yellow", "cyan", "green", "magenta", "bright_blue", "bright_red", "bright_green", "orange1")
_NO_SPEAKER = "grey70"
_HEADING_BLOCKS = {BlockKind.TITLE, BlockKind.HEADING}


def article(doc: Document, quotes: list[Quote]) -> RenderableType:
    """The article with `quotes` highlighted, its header first and the speakers' legend last."""
    slots = colour_slots(doc)
    parts: list[RenderableType] = [_header(doc)]
    for paragraph in doc.paragraphs:
        if paragraph.kind is BlockKind.TITLE:
            continue  # already in the header
        line = Text(style="bold" if paragraph.kind in _HEADING_BLOCKS else "")
        for piece in paragraph_pieces(doc.text, paragraph, quotes):
            words = safe(" ".join(piece.text.split()) if "\n" in piece.text else piece.text)
            if piece.quote is None:
                line.append(words)
                continue
            colour = _colour(piece.quote, slots)
            line.append(words, style=f"black on {colour}")
            line.append(f" [{safe(label(piece.quote))}]", style=f"italic {colour}")
        parts.extend([line, Text()])
    parts.append(_legend(doc, quotes, slots))
    return Group(*parts)


def _colour(quote: Quote, slots: dict[str, int]) -> str:
    return _COLOURS[slots[quote.speaker_id]] if quote.speaker_id in slots else _NO_SPEAKER


def _header(doc: Document) -> RenderableType:
    meta = doc.meta
    header = Text(safe(meta.title or "(untitled)"), style="bold underline")
    facts = [safe(value) for value in (meta.outlet, meta.date, meta.author) if value]
    if facts:
        header.append("\n" + " · ".join(facts), style="dim")
    header.append("\n")
    return header


def _legend(doc: Document, quotes: list[Quote], slots: dict[str, int]) -> RenderableType:
    counts = Counter(q.speaker_id for q in quotes if q.speaker_id)
    title = f"{_count(len(quotes), 'quotation')}, {_count(len(counts), 'speaker')}"
    table = Table(title=title, title_justify="left")
    for header in ("", "Id", "Speaker", "Quotes", "Official"):
        table.add_column(header)
    for speaker in doc.speakers:
        if speaker.id not in counts:
            continue
        colour = _COLOURS[slots[speaker.id]]
        official = "official" + (f" ({safe(speaker.role)})" if speaker.role else "") if speaker.official else ""
        table.add_row(
            Text("  ", style=f"on {colour}"), speaker.id, Text(safe(speaker.name)), str(counts[speaker.id]), official
        )
    unattributed = sum(1 for q in quotes if not q.speaker_id)
    if unattributed:
        table.add_row(Text("  ", style=f"on {_NO_SPEAKER}"), "", "no speaker", str(unattributed), "")
    return table


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
