"""An article's paragraphs, with offsets (their roles are set by `roles`).

Newsroom text comes as one paragraph a line, as blank-line separated blocks, hard-wrapped, or with
a sentence broken across a blank line by a careless copy ('... President Pedro' / 'Castillo—»in full
adherence...'). Paragraph spans always index the original text; repairing a broken sentence only
widens a span, it never moves text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presscli.layout.labels import is_label_line, source_label
from presscli.layout.posts import SIGNATURE as _POST_SIGNATURE
from presscli.lexicon import in_every_language
from presscli.model import BlockKind

_TERMINAL = tuple(".!?:;…\"'”»’)]›“‘")  # “ and ‘ close German quotations
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


_WRAP_WIDTH = 55  # characters: a line this long that stops mid-sentence was wrapped, not ended
_WRAP_MAX = 100  # and no line of wrapped text is longer
_TITLE_CASE_SHARE = 0.6  # in a title-case line most words are capitalized; in prose, even German, far fewer
_LETTERS = re.compile(r"[^\W\d_]+")
_WRAPPED_LINE_WORDS = 6  # a hard-wrapped line is a full line of prose; shorter ones are headings or list items
_BROKEN_LINE_WORDS = 15  # a sentence cut by a stray blank line leaves a long line that stops mid-phrase...
_BROKEN_TAIL_WORDS = 8  # ...and a body line after it (a heading after a paragraph is short and stands alone)
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


def ends_open(text: str) -> bool:
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
            blank = None if blank_between and len(blocks) == 1 else blank_between
            if _continues(prev_text, this_text, blank) or (len(blocks) > 1 and _wrapped(prev_text, this_text, gap)):
                prev.end = end
                continue
        blocks.append(Block(start, end))
    return blocks


def _continues(prev_text: str, this_text: str, blank_between: bool | None) -> bool:
    """Does `this_text` carry on the paragraph `prev_text`? `blank_between` is None when a blank line
    separates them but `prev_text` is the first paragraph (a title, which is never repaired)."""
    if (
        blank_between is None
        or not ends_open(prev_text)
        or _POST_SIGNATURE.match(this_text)
        or source_label().match(this_text)
    ):
        return False
    if is_label_line(prev_text):
        return False
    first = this_text.lstrip("«»\"“„'‘—–- ")[:1]
    if not blank_between:
        # hard-wrapped text: the next line carries on in lower case
        return bool(first) and (first.islower() or first.isdigit()) and word_count(prev_text) >= _WRAPPED_LINE_WORDS
    # a sentence broken by a stray blank line: a long body line that stops mid-phrase,
    # followed by a body line (a heading after a paragraph is short and stands alone)
    return (
        word_count(prev_text) >= _BROKEN_LINE_WORDS
        and prev_text.rstrip()[-1:].isalnum()
        and word_count(this_text) >= _BROKEN_TAIL_WORDS
        and (first.islower() or _ends_with_particle(prev_text) or _name_carries_on(prev_text, this_text))
    )


def title_case(text: str) -> bool:
    """Are most of the line's words capitalized, as in a heading ('Black Girls Rock! Is The Celebration')?"""
    words = _LETTERS.findall(text)
    return sum(word[0].isupper() for word in words) > _TITLE_CASE_SHARE * len(words)


def _wrapped(prev_text: str, this_text: str, gap: str) -> bool:
    """Text hard-wrapped at a fixed width ('… said council president Omar' / 'Haddad, who proposed …'):
    a long line that stops mid-sentence goes on in the next line, whatever that line's first letter."""
    if gap.count("\n") != 1 or not ends_open(prev_text):
        return False
    # (both lines within a wrapping width: text written one paragraph a line has long lines, and a title
    # or a subtitle over its body stops open without being wrapped)
    last_line, next_line = prev_text.rsplit("\n", 1)[-1], this_text.split("\n", 1)[0]
    wrapped = _WRAP_WIDTH <= len(last_line) <= _WRAP_MAX and len(next_line) <= _WRAP_MAX
    return wrapped and not title_case(last_line) and word_count(this_text) >= _WRAPPED_LINE_WORDS // 2


def _ends_with_particle(text: str) -> bool:
    """'... del' / 'Castillo ...': a line cut inside a name (read before the language is known)."""
    return text.rstrip().split()[-1].lower() in in_every_language("name_particles")


_NAME_THEN_PUNCTUATION = re.compile(r"^[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?[—–,»«\"“”)]")


def _name_carries_on(prev_text: str, this_text: str) -> bool:
    """'... ousted President Pedro' / 'Castillo—»in full adherence ...': a name split by the break."""
    last = prev_text.rstrip().split()[-1]
    return last[:1].isupper() and bool(_NAME_THEN_PUNCTUATION.match(this_text.lstrip()))
