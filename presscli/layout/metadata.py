"""What an article says about itself: title, deck, outlet, date, byline, dateline, source lines."""

from __future__ import annotations

import re

from presscli.layout.dates import find_dates, parse_date
from presscli.layout.labels import byline_prefix, original_label, published, source_label, strip_label
from presscli.layout.links import find_links, strip_markup
from presscli.layout.paragraphs import Block
from presscli.model import BlockKind, Meta, Post, Source

_OUTLET_WORDS = 6  # 'The New York Times', 'Folha de S.Paulo'; a longer part of a byline is a phrase
_SEPARATORS = re.compile(r"\s*(?:[·|•]|\s[—–]\s|,\s)\s*")
_DATELINE = re.compile(
    # 'WASHINGTON —', 'BERLIN (dpa) -', 'Madrid, 5 nov 2025 (EFE). –', 'Paris, le 12 mars 2025 –': a place in
    # capitals, or up to three capitalized words ('Santiago de Chile', 'Frankfurt am Main') followed by a date or an
    # agency, then a dash
    r"^(?:(?P<caps>[A-ZÀ-Þ][A-ZÀ-Þ' .-]{2,40})"
    r"|(?P<place>[A-ZÀ-Þ][\wÀ-ÿ'-]+(?: (?:(?:de|del|da|do|am|an|sur) )?[A-ZÀ-Þ][\wÀ-ÿ'-]+){0,2})"
    r"(?=,\s*[^—–\n]{1,30}?\d|\s*\())"
    r"(?:,\s*[^—–\n(]{1,30}?)?\s*(?:\((?P<agency>[^)\n]{2,20})\))?\s*\.?\s*[—–-]{1,2}\s+(?=\S)"
)


def _content(text: str, block: Block) -> str:
    return text[block.start : block.end]


def _first(text: str, blocks: list[Block], kind: BlockKind) -> str | None:
    for block in blocks:
        if block.kind is kind:
            return strip_markup(_content(text, block))
    return None


def _read_byline(line: str, lang: str) -> tuple[str | None, str | None, str | None]:
    """(outlet, author, iso date) from a line such as 'El Ciudadano · 4 de noviembre de 2025'."""
    dates = find_dates(line, lang)
    iso = dates[0].iso if dates else None
    for found in reversed(dates):
        line = line[: found.start] + " " + line[found.end :]
    line = published().sub(" ", line)
    outlet = author = None
    for part in _SEPARATORS.split(strip_markup(line)):
        part = part.strip(" ,;-–—")
        if not part or not any(ch.isalpha() for ch in part):
            continue
        prefix = byline_prefix().match(part)
        if prefix:
            author = author or part[prefix.end() :]
        elif outlet is None and len(part.split()) <= _OUTLET_WORDS:
            outlet = part
    return outlet, author, iso


def _labelled(text: str, blocks: list[Block], label: re.Pattern[str]) -> str | None:
    for block in blocks:
        content = _content(text, block)
        if block.kind is BlockKind.SOURCE and label.match(content):
            return strip_markup(strip_label(content)) or None
    return None


def dateline_length(opening: str) -> int:
    """How many characters of a paragraph's `opening` its dateline takes ('Madrid, 12 nov (EFE).- '), or 0."""
    match = _DATELINE.match(opening)
    return match.end() if match else 0


def dateline(text: str, blocks: list[Block]) -> str | None:
    """The place of 'WASHINGTON (AP) —' or 'Madrid, 4 nov. (EFE) -' opening the first body paragraph, or a
    short dated line the layout took for a byline ('Paris, le 12 mars 2025 – ...')."""
    for block in blocks:
        if block.kind in (BlockKind.BODY, BlockKind.BYLINE):
            match = _DATELINE.match(_content(text, block))
            if match:
                # (a place in capitals is written as a name; one written so already keeps 'de': 'Santiago de Chile')
                return match["caps"].strip().title() if match["caps"] else match["place"].strip()
            if block.kind is BlockKind.BODY:
                return None
    return None


def build_meta(text: str, blocks: list[Block], lang: str, source: Source, posts: tuple[Post, ...]) -> Meta:
    html = source.html_meta
    outlet = author = date = None
    for block in blocks:
        if block.kind is BlockKind.BYLINE:
            found_outlet, found_author, found_date = _read_byline(_content(text, block), lang)
            outlet, author, date = outlet or found_outlet, author or found_author, date or found_date
    source_line = _labelled(text, blocks, source_label())
    decks = [strip_markup(_content(text, b)) for b in blocks if b.kind is BlockKind.DECK]
    return Meta(
        title=html.get("title") or _first(text, blocks, BlockKind.TITLE),
        deck=html.get("description") or (" ".join(decks) if decks else None),
        outlet=html.get("sitename") or outlet or source_line,
        date=(parse_date(html["date"]) if html.get("date") else None) or date,
        author=html.get("author") or author,
        dateline=dateline(text, blocks),
        original_title=_labelled(text, blocks, original_label()),
        source=source_line,
        encoding=source.encoding,
        format=source.format,
        links=tuple(find_links(text)),
        embedded_posts=posts,
    )
