"""The role each paragraph plays: title, byline, deck, section heading, source line, embedded post or body."""

from __future__ import annotations

import re

from presscli.layout.dates import find_dates
from presscli.layout.labels import byline_prefix, is_label_line
from presscli.layout.paragraphs import Block, ends_open, title_case, word_count
from presscli.layout.posts import SIGNATURE as _POST_SIGNATURE
from presscli.lexicon import abbreviations
from presscli.model import BlockKind

_HEAD_BLOCKS = 8  # bylines and decks sit in the first few lines
_BYLINE_WORDS = 20  # 'By Ana Lima, Reuters · 4 Nov 2025, 10:32 GMT, updated 11:05' fits; a sentence of news rarely does
_SEPARATED_BYLINE_WORDS = 10  # without a date or 'By', only a short line of separated parts: 'El Ciudadano · Opinión'
_HEADING_WORDS = 12  # a section heading names a topic in a few words
_HEADING_CHARS = 110
_TITLE_WORDS = 40  # a longer first line is the article's opening paragraph, not its title
_DECK_WORDS = 45  # a standfirst is a sentence or two
_TITLE_LIKE_DECK_WORDS = 20  # a subtitle written like a title (no full stop) is short
_DECK_GAP_LINES = 3  # a block set apart by two blank lines or more, where the body uses one
_SET_APART_DECK_WORDS = 70  # and set apart so, a standfirst of two sentences
_BYLINE_SEPARATORS = re.compile(r"\s[·|•]\s|\s[—–]\s")
# a full stop after a word (not an initial, not 'U.S.'), then a new sentence's capital
_INNER_SENTENCE_END = re.compile(r"([^\W\d_]{2,})[.!?…][\"'”»’]?\s+[\"'“«„‘]?[^\W\d_]")
_SIGNED_QUOTATION = re.compile(r"[.,!?…][\"'”»’“]\s*(?:[—–]|-(?=\s?[^\W\d_]))")
_PROSE_ENDING = re.compile(r"[.!?…][\"'”»’]?\s*$")


def _is_byline(text: str, has_date: bool) -> bool:
    words = word_count(text)
    if words > _BYLINE_WORDS:
        return False
    if text.lstrip()[:1] in "—–" and not has_date:
        return False  # '— Não recebemos nada — disse a porta-voz': a turn of speech, its dash no separator
    return (
        has_date
        or _starts_with_byline_prefix(text)
        or (bool(_BYLINE_SEPARATORS.search(text)) and words <= _SEPARATED_BYLINE_WORDS)
    )


def _is_heading(text: str) -> bool:
    """A short line that names a section rather than saying something."""
    bare = text.strip()
    if word_count(bare) > _HEADING_WORDS or len(bare) > _HEADING_CHARS or bare.endswith((".", ":", ";", ",", "…")):
        return False
    if _SIGNED_QUOTATION.search(bare):
        return False  # '“A great day for the state,” — Governor Ana Ruiz': speech signed by its speaker
    inner = bare.rstrip("\"'”»’›“ ")
    if inner.endswith((".", "!", ",", ":", ";")) or (inner != bare and inner.endswith("?")):
        return False  # a quoted sentence standing alone is speech, not a heading ('Wallace asked, “Why?”')
    first = bare.lstrip("«»\"“„'‘‹›¿¡ ")[:1]
    return first.isupper() or first.isdigit()


def assign_roles(text: str, blocks: list[Block], lang: str) -> None:
    """Set each block's kind in place; `lang` is the document's language (for reading dates)."""
    if not blocks:
        return
    dated = {i for i, b in enumerate(blocks[:_HEAD_BLOCKS]) if find_dates(text, lang, b.start, b.end)}
    body_indexes = _mark_head(text, blocks, dated, abbreviations(lang))
    for i in body_indexes:
        block = blocks[i]
        content = text[block.start : block.end]
        if is_label_line(content):
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
        # what a line ending in a colon announces is its content ('Chairwoman Linda Harlow:' then '“…”')
        heading_like = heading_like and not text[blocks[i - 1].start : blocks[i - 1].end].rstrip().endswith(":")
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


def _mark_head(text: str, blocks: list[Block], dated: set[int], abbreviated: frozenset[str]) -> list[int]:
    """Mark title, bylines and deck at the top; return the indexes of the remaining blocks."""

    def content(i: int) -> str:
        return text[blocks[i].start : blocks[i].end]

    i = 0
    if len(blocks) < 2:
        return [0]  # a lone paragraph is text, not a title
    first = content(0)
    if (
        word_count(first) <= _TITLE_WORDS
        and not (0 in dated and _is_byline(first, True))
        and not _reads_as_prose(first, abbreviated)
        and not _quotation_runs_on(first, content(1))
    ):
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


def _reads_as_prose(text: str, abbreviated: frozenset[str]) -> bool:
    """Two sentences or more, each ended by its full stop, not in title case: the opening paragraph of an
    article that has no title line (wire copy, a pasted excerpt), not a title."""
    if not _PROSE_ENDING.search(text):
        return False
    ends = (match for match in _INNER_SENTENCE_END.finditer(text) if match[1].lower() not in abbreviated)
    if next(ends, None) is None:
        return False
    return not title_case(text)


def _quotation_runs_on(text: str, next_text: str) -> bool:
    """The block opens a quotation it does not close, and the next block opens with a mark: the convention
    for speech running over several paragraphs. A title never does that."""
    if next_text.lstrip()[:1] not in "\"“«„»‘'":
        return False
    if text.count('"') % 2 or text.count("«") != text.count("»"):
        return True
    if "„" in text:
        return text.count("„") != text.count("“")
    return text.count("“") > text.count("”")


def _mark_deck(text: str, blocks: list[Block], i: int) -> int:
    """The subtitle under a title: a short title-like line (and the line glued to it), or a short
    block set apart from the body by a wider gap than the body uses."""
    first = text[blocks[i].start : blocks[i].end]
    gap_after = text[blocks[i].end : blocks[i + 1].start].count("\n")
    # a standfirst set apart by a wide gap may run to two full sentences
    longest = _SET_APART_DECK_WORDS if gap_after >= _DECK_GAP_LINES else _DECK_WORDS
    if word_count(first) > longest:
        return i
    title_like = ends_open(first) and word_count(first) <= _TITLE_LIKE_DECK_WORDS
    after_repeat = i >= 2 and blocks[i - 1].kind is BlockKind.TITLE and blocks[i - 2].kind is BlockKind.TITLE
    glued_to_repeat = after_repeat and text[blocks[i - 1].end : blocks[i].start].count("\n") == 1
    if gap_after >= _DECK_GAP_LINES or title_like or glued_to_repeat:
        blocks[i].kind = BlockKind.DECK
        i += 1
        glued = i < len(blocks) - 1 and text[blocks[i - 1].end : blocks[i].start].count("\n") == 1
        if title_like and glued and word_count(text[blocks[i].start : blocks[i].end]) <= _DECK_WORDS:
            blocks[i].kind = BlockKind.DECK
            i += 1
    return i


def _starts_with_byline_prefix(text: str) -> bool:
    """'By Ana Lima', 'por Ana Lima': a byline prefix followed by a name."""
    match = byline_prefix().match(text)
    return match is not None and text[match.end() : match.end() + 1].isupper()
