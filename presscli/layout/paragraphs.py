"""An article's layout: paragraphs with offsets, and the role of each (title, byline, heading, body...).

Newsroom text comes as one paragraph a line, as blank-line separated blocks, hard-wrapped, or with
a sentence broken across a blank line by a careless copy ('... President Pedro' / 'Castillo—»in full
adherence...'). Paragraph spans always index the original text; repairing a broken sentence only
widens a span, it never moves text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presscli.model import BlockKind

from .posts import SIGNATURE as _POST_SIGNATURE

_TERMINAL = tuple(".!?:;…\"'”»’)]›")
_SOURCE_LINE = re.compile(
    r"^\s*(?:fuentes?|sources?|quelle|quellen|fontes?|fonti|bron|origen|via|vía|crédito|credit)\s*:\s*\S",
    re.IGNORECASE,
)
_ORIGINAL_LINE = re.compile(
    r"^\s*(?:original article|original|artículo original|article original|originalartikel|"
    r"artigo original|articolo originale|nota original|read the original|leer el original)\s*:\s*\S",
    re.IGNORECASE,
)
_BYLINE_START = re.compile(r"^\s*(?:by|por|par|von|di|door|av)\s+[A-ZÀ-Þ]")
_BYLINE_SEPARATORS = re.compile(r"\s[·|•]\s|\s[—–]\s")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Block:
    """A paragraph under construction: its span and role."""

    start: int
    end: int
    kind: BlockKind = BlockKind.BODY
    marked_heading: bool = False  # a Markdown heading ('## Safety first'); the span leaves out the marks


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


_NOT_BLANK = re.compile(r"[^\s\ufeff]")
_MARKDOWN_HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_MARKDOWN_CLOSING = re.compile(r"[ \t]+#+$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding white space and byte-order marks."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        first = _NOT_BLANK.search(line)
        if first:
            last = len(line.rstrip(" \t\r\f\v\ufeff\u00a0"))
            spans.append((pos + first.start(), pos + last))
        pos += len(line) + 1
    return spans


def _ends_open(text: str) -> bool:
    """Does this line stop mid-sentence (no sentence-final punctuation)?"""
    return not text.rstrip().endswith(_TERMINAL)


def split_paragraphs(text: str) -> list[Block]:
    """Paragraph spans: one per line, except wrapped lines and sentences broken across a blank line."""
    lines = _lines(text)
    blocks: list[Block] = []
    for start, end in lines:
        heading = _MARKDOWN_HEADING.match(text, start, end)
        if heading:  # '## Title': the paragraph is the title itself, without its marks
            closing = _MARKDOWN_CLOSING.search(text, heading.end(), end)
            blocks.append(Block(heading.end(), closing.start() if closing else end, marked_heading=True))
            continue
        if blocks and not blocks[-1].marked_heading:
            prev = blocks[-1]
            gap = text[prev.end : start]
            prev_text = text[prev.start : prev.end]
            this_text = text[start:end]
            blank_between = gap.count("\n") >= 2
            if _continues(prev_text, this_text, None if blank_between and len(blocks) == 1 else blank_between):
                prev.end = end
                continue
        blocks.append(Block(start, end))
    return blocks


def _continues(prev_text: str, this_text: str, blank_between: bool | None) -> bool:
    """Does `this_text` carry on the paragraph `prev_text`? `blank_between` is None when a blank line
    separates them but `prev_text` is the first paragraph (a title, which is never repaired)."""
    if (
        blank_between is None
        or not _ends_open(prev_text)
        or _POST_SIGNATURE.match(this_text)
        or _SOURCE_LINE.match(this_text)
    ):
        return False
    if _SOURCE_LINE.match(prev_text) or _ORIGINAL_LINE.match(prev_text):
        return False
    first = this_text.lstrip("«»\"“„'‘—–- ")[:1]
    if not blank_between:
        # hard-wrapped text: the next line carries on in lower case
        return bool(first) and (first.islower() or first.isdigit()) and word_count(prev_text) >= 6
    # a sentence broken by a stray blank line: a long body line that stops mid-phrase,
    # followed by a body line (a heading after a paragraph is short and stands alone)
    return (
        word_count(prev_text) >= 15
        and prev_text.rstrip()[-1:].isalnum()
        and word_count(this_text) >= 8
        and (first.islower() or _ends_with_particle(prev_text) or _name_carries_on(prev_text, this_text))
    )


def _ends_with_particle(text: str) -> bool:
    last = text.rstrip().split()[-1].lower()
    return last in {"de", "del", "da", "do", "dos", "das", "von", "van", "la", "le", "the", "of", "and", "y", "et", "e"}


_NAME_THEN_PUNCTUATION = re.compile(r"^[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?[—–,»«\"“”)]")


def _name_carries_on(prev_text: str, this_text: str) -> bool:
    """'... ousted President Pedro' / 'Castillo—»in full adherence ...': a name split by the break."""
    last = prev_text.rstrip().split()[-1]
    return last[:1].isupper() and bool(_NAME_THEN_PUNCTUATION.match(this_text.lstrip()))


def _is_byline(text: str, has_date: bool) -> bool:
    words = word_count(text)
    if words > 20:
        return False
    return has_date or bool(_BYLINE_START.match(text)) or (bool(_BYLINE_SEPARATORS.search(text)) and words <= 10)


def _is_heading(text: str) -> bool:
    """A short line that names a section rather than saying something."""
    bare = text.strip()
    if word_count(bare) > 12 or len(bare) > 110 or bare.endswith((".", ":", ";", ",", "…")):
        return False
    inner = bare.rstrip("\"'”»’›“ ")
    if inner.endswith((".", "!", ",", ":", ";")):
        return False  # a quoted sentence standing alone is speech, not a heading
    first = bare.lstrip("«»\"“„'‘‹›¿¡ ")[:1]
    return first.isupper() or first.isdigit()


def assign_roles(text: str, blocks: list[Block], dated: set[int]) -> None:
    """Set each block's kind in place. `dated` holds the indexes of blocks that contain a date."""
    if not blocks:
        return
    body_indexes = _mark_head(text, blocks, dated)
    for i in body_indexes:
        block = blocks[i]
        content = text[block.start : block.end]
        if _SOURCE_LINE.match(content) or _ORIGINAL_LINE.match(content):
            block.kind = BlockKind.SOURCE
        elif _POST_SIGNATURE.match(content):
            block.kind = BlockKind.POST
            _mark_post_body(text, blocks, i)
    for i in body_indexes:  # after posts, so that a post's short first line is not taken for a heading
        block = blocks[i]
        content = text[block.start : block.end]
        if block.marked_heading and block.kind is BlockKind.BODY:
            block.kind = BlockKind.HEADING
            continue
        heading_like = _is_heading(content) and 0 < i < len(blocks) - 1
        if block.kind is BlockKind.BODY and heading_like and _next_starts_sentence(text, blocks[i + 1]):
            block.kind = BlockKind.HEADING


def _mark_post_body(text: str, blocks: list[Block], signature: int) -> None:
    """The post above a signature line: the group of lines just above it, up to a blank line."""
    j = signature - 1
    while j >= 0 and blocks[j].kind is BlockKind.BODY:
        blocks[j].kind = BlockKind.POST
        if j == 0 or text.count("\n", blocks[j - 1].end, blocks[j].start) >= 2:
            break
        j -= 1


def _next_starts_sentence(text: str, block: Block) -> bool:
    first = text[block.start : block.end].lstrip("«»\"“„'‘‹›¿¡—–- ")[:1]
    return not first.islower()


def _mark_head(text: str, blocks: list[Block], dated: set[int]) -> list[int]:
    """Mark title, bylines and deck at the top; return the indexes of the remaining blocks."""

    def content(i: int) -> str:
        return text[blocks[i].start : blocks[i].end]

    i = 0
    if len(blocks) < 2:
        return [0]  # a lone paragraph is text, not a title
    if word_count(content(0)) <= 40 and not (0 in dated and _is_byline(content(0), True)):
        blocks[0].kind = BlockKind.TITLE
        i = 1
        while i < len(blocks) and content(i) == content(0):
            blocks[i].kind = BlockKind.TITLE  # some feeds repeat the title
            i += 1
    while i < len(blocks) and _is_byline(content(i), i in dated):
        blocks[i].kind = BlockKind.BYLINE
        i += 1
    next_is_signature = i + 1 < len(blocks) and _POST_SIGNATURE.match(content(i + 1))
    if blocks[0].kind is BlockKind.TITLE and i < len(blocks) - 1 and not next_is_signature:
        i = _mark_deck(text, blocks, i)
    return list(range(i, len(blocks)))


def _mark_deck(text: str, blocks: list[Block], i: int) -> int:
    """The subtitle under a title: a short title-like line (and the line glued to it), or a short
    block set apart from the body by a wider gap than the body uses."""
    first = text[blocks[i].start : blocks[i].end]
    if word_count(first) > 45:
        return i
    gap_after = text[blocks[i].end : blocks[i + 1].start].count("\n")
    title_like = _ends_open(first) and word_count(first) <= 20
    after_repeat = i >= 2 and blocks[i - 1].kind is BlockKind.TITLE and blocks[i - 2].kind is BlockKind.TITLE
    glued_to_repeat = after_repeat and text[blocks[i - 1].end : blocks[i].start].count("\n") == 1
    if gap_after >= 3 or title_like or glued_to_repeat:
        blocks[i].kind = BlockKind.DECK
        i += 1
        glued = i < len(blocks) - 1 and text[blocks[i - 1].end : blocks[i].start].count("\n") == 1
        if title_like and glued and word_count(text[blocks[i].start : blocks[i].end]) <= 45:
            blocks[i].kind = BlockKind.DECK
            i += 1
    return i
