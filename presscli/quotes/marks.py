"""Pairing quotation marks into quoted spans, in every style newsrooms use.

Handles “…” ‘…’ «…» ‹…› „…“ „…” ‚…‘ "…" '…' 「…」 『…』, French inner spaces, German reversed »…«,
broken pairs (»…», “…", "…”), nesting, apostrophes (don't, O'Brien, d'água, '90s; wiki markup's ''…''
is no quotation), quotes running over
several paragraphs (a reopening mark at each paragraph start, or a passage set out over a few lines
with one closing mark at its end) and the AFP convention of +…+ for a
quote inside a quote. A mark that finds no partner is dropped at the end of its paragraph, so an
unclosed mark never swallows the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_CHARS = "\"'«»‹›“”„‟‘’‚‛「」『』"
_DOUBLE = set('"“”„‟')
_GUILLEMET = set("«»")
_SINGLE_GUILLEMET = set("‹›")
_SINGLE = set("'‘’‚‛")
_CJK = set("「」『』")
# closing marks each opening mark accepts (broken mixes included)
_CLOSERS = {
    "“": '”“"',
    "„": '“”"',
    "‟": '”"',
    '"': '"”“',
    "”": '”"',
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹›",
    "‘": "’'",
    "‚": "‘’",
    "'": "'’",
    "’": "’",
    "‛": "’",
    "「": "」",
    "『": "』",
}
_OPEN_PUNCT = set("([{—–-/:;,.!?¿¡…") | set(QUOTE_CHARS)
_CLOSE_PUNCT = set(")]}—–-/:;,.!?…") | set(QUOTE_CHARS)
_AFP_INNER = re.compile(r"(?<=[\s\"'«“])\+(?=[^\W\d_])([^+\n]{1,300}?)(?<=\S)\+(?=[\s,.;:!?\"'»”]|$)")
_SPACE = " \t\n\r\u00a0\u202f\u2009\u2007\ufeff"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quotation found by its marks: `open_at`/`close_at` index the marks themselves."""

    open_at: int
    close_at: int
    open_mark: str
    close_mark: str
    depth: int = 0
    closed: bool = True  # False when it runs to the end of its paragraph without a closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open_at + len(self.open_mark), self.close_at


@dataclass(slots=True)
class _Open:
    at: int
    mark: str
    paragraph_start: bool  # the mark opens its paragraph or a sentence (multi-paragraph quotes reopen after it)


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _GUILLEMET:
        return "guillemet"
    if mark in _SINGLE_GUILLEMET:
        return "single-guillemet"
    if mark in _CJK:
        return "cjk"
    return "single"


def _is_space(ch: str) -> bool:
    return ch == "" or ch in _SPACE


def _flanks(text: str, i: int, start: int, end: int) -> tuple[bool, bool, str, str]:
    """(can open, can close, previous char, next char) for the mark at i, within [start, end)."""
    prev = text[i - 1] if i > start else ""
    nxt = text[i + 1] if i + 1 < end else ""
    if text[i] in _CJK:  # corner brackets open or close by their shape, with no spaces around them
        return text[i] in "「『", text[i] in "」』", prev, nxt
    can_open = not _is_space(nxt) and (_is_space(prev) or prev in _OPEN_PUNCT)
    can_close = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_PUNCT)
    return can_open, can_close, prev, nxt


def _is_apostrophe(mark: str, prev: str, nxt: str) -> bool:
    if mark not in "'’‘‛":
        return False
    if prev.isalnum() and nxt.isalpha():
        return True  # don't, O'Brien, d'água, l'avocat
    return _is_space(prev) and nxt.isdigit()  # '90s


def _closable(stack: list[_Open], mark: str) -> int | None:
    """Index in the stack of the opener this mark closes, skipping weaker unclosed marks above it (within
    the few innermost: quotations nest two or three deep, and a flood of marks must not cost n²)."""
    for index in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEEPEST), -1):
        opener = stack[index]
        if mark in _CLOSERS.get(opener.mark, ""):
            return index
        if _family(opener.mark) in ("double", "guillemet") and _family(mark) == "single":
            return None  # a single mark never closes across an open double quote
    return None


def _paragraph_marks(text: str, start: int, end: int) -> list[int]:
    # (two or three apostrophes together are wiki markup for italics and bold, ''Titel'', no quotation)
    return [i for i in range(start, end) if text[i] in QUOTE_CHARS and not _doubled_apostrophe(text, i, start, end)]


def _doubled_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    return text[i] == "'" and ((i + 1 < end and text[i + 1] == "'") or (i > start and text[i - 1] == "'"))


def find_quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkedSpan]:
    """Every quotation in `text`, paragraph by paragraph, ordered by opening position."""
    spans: list[MarkedSpan] = []
    carried: list[_Open] = []  # a multi-paragraph quote still open at a paragraph's end
    for p_index, (start, end) in enumerate(paragraphs):
        first_char = _first_visible(text, start, end)
        # a quotation carried over from the previous paragraph reopens at this one's first mark
        stack, reopen_at = (carried, first_char) if carried else ([], None)
        carried = []
        for i in _paragraph_marks(text, start, end):
            if i == reopen_at:
                continue
            _feed(text, i, start, end, first_char, stack, spans)
        next_start = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
        if stack and next_start is not None and _reopens(text, stack, next_start, paragraphs[p_index + 1][1]):
            carried = [stack[0]]
            carried[0].paragraph_start = True
        elif stack and _closes_further_on(text, stack, paragraphs[p_index + 1 : p_index + 1 + _RUN_ON_PARAGRAPHS]):
            carried = [stack[0]]  # a quoted passage set out over lines: „…:\n[…]\n11. …“
        else:
            _close_at_paragraph_end(text, stack, spans, end)
    spans.extend(_afp_inner_quotes(text, spans))
    return sorted(spans, key=lambda s: (s.open_at, -s.close_at))


_DEEPEST = 8  # open marks looked at when a mark comes: no real quotation nests deeper
_RUN_ON_PARAGRAPHS = 4
_RUN_ON_CHARS = 2000


def _closes_further_on(text: str, stack: list[_Open], following: list[tuple[int, int]]) -> bool:
    """Does the quotation that opened its paragraph close in one of the next few, with no new
    quotation of its kind opening first? (Otherwise an unclosed mark must not run on.)"""
    outer = stack[0]
    if len(stack) != 1 or not outer.paragraph_start or _family(outer.mark) == "single":
        return False
    for start, end in following:
        if end - outer.at > _RUN_ON_CHARS:
            return False
        for i in _paragraph_marks(text, start, end):
            can_open, can_close, prev, nxt = _flanks(text, i, start, end)
            if _is_apostrophe(text[i], prev, nxt) or _family(text[i]) != _family(outer.mark):
                continue
            if text[i] in _CLOSERS.get(outer.mark, "") and can_close and text[i] not in "„‚":
                return True
            if can_open:
                return False
    return False


def _first_visible(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not _is_space(text[i]):
            return i
    return None


def _reopens(text: str, stack: list[_Open], next_start: int, next_end: int) -> bool:
    """Multi-paragraph quotation: the outermost open mark began its paragraph, and the next paragraph
    begins with the same kind of mark."""
    outer = stack[0]
    first = _first_visible(text, next_start, next_end)
    # (or a lone mark opened mid-sentence and left open: 'The mayor said "We will rebuild. [¶] "It will …')
    mid_sentence = len(stack) == 1 and outer.at > 0 and text[outer.at - 1] in _BEFORE_AN_OPENER
    # (not when marks of its kind stand after it in the paragraph: then it was left open by mistake)
    mid_sentence = mid_sentence and not any(
        _family(ch) == _family(outer.mark) for ch in text[outer.at + 1 : next_start]
    )
    if not (outer.paragraph_start or mid_sentence) or first is None:
        return False
    if _family(outer.mark) == "single":
        # the British press quotes with single marks: only a curly opener, never an apostrophe, reopens
        return outer.mark == text[first] == _SINGLE_OPENER
    return text[first] == outer.mark or (text[first] in _DOUBLE and outer.mark in _DOUBLE)


_SINGLE_OPENER = "‘"
_BEFORE_AN_OPENER = " \t\n(:"  # a mark after these opens a quotation; after a letter it may be an apostrophe


def _close_at_paragraph_end(text: str, stack: list[_Open], spans: list[MarkedSpan], end: int | None = None) -> None:
    """An unclosed mark that opened its paragraph quotes to the paragraph's end; others are dropped."""
    if end is None or not stack:
        return
    outer = stack[0]
    if outer.paragraph_start and _family(outer.mark) != "single" and len(stack) == 1:
        last = end
        while last > outer.at + 1 and _is_space(text[last - 1]):
            last -= 1
        if last - outer.at > 2:
            spans.append(MarkedSpan(outer.at, last, outer.mark, "", 0, closed=False))


def _feed(
    text: str, i: int, start: int, end: int, first_char: int | None, stack: list[_Open], spans: list[MarkedSpan]
) -> None:
    """Take the mark at i: close an open quotation, open a new one, or ignore it."""
    mark = text[i]
    can_open, can_close, prev, nxt = _flanks(text, i, start, end)
    if _is_apostrophe(mark, prev, nxt):
        return
    closes = _closable(stack, mark)
    if closes is not None and mark in "«‹" and not can_close:
        closes = None  # « only closes a reversed »…« pair
    if closes is not None and mark in "„‚":
        closes = None  # low marks only open
    if closes is not None and (can_close or not can_open or mark in "”’»›」』"):
        opener = stack[closes]
        del stack[closes:]
        if i - opener.at > 1:
            spans.append(MarkedSpan(opener.at, i, opener.mark, mark, depth=len(stack)))
        return
    if mark in "”’»›" and not can_open:
        return  # a closing mark with nothing to close
    if mark in "'’" and prev == "s" and not can_open:
        return  # plural possessive: the players' union
    if mark in "」』":
        return
    # a mark set apart by spaces opens (French: « erreur »), and so after an elided word: d’« erreur »
    elided = prev in "'’" and i - 2 >= start and text[i - 2].isalpha()
    if can_open or ((_is_space(prev) or elided) and _is_space(nxt) and mark not in _SINGLE):
        stack.append(_Open(i, mark, first_char == i or _after_colon(text, i, start)))
        if len(stack) > _DEEPEST:
            del stack[1]  # keep the outermost (a paragraph's opening mark) and the innermost few


_SENTENCE_CLOSERS = '”»"’'  # a quotation closing the sentence before: '“…,” said X. “…'


def _after_colon(text: str, i: int, start: int) -> bool:
    """The mark opens speech set out on its own: after a colon, or after a sentence's end (a quotation
    that runs on into the next paragraph may open mid-paragraph: 'said Hill. “It protects ...¶“It also')."""
    j = i - 1
    while j >= start and _is_space(text[j]):
        j -= 1
    if j < start:
        return False
    if text[j] == ":":
        return True
    return j < i - 1 and (text[j] in ".!?" or (text[j] in _SENTENCE_CLOSERS and j > start and text[j - 1] in ".!?,"))


def _afp_inner_quotes(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """+je ne peux pas respirer+ inside a quotation: AFP's mark for a quote within a quote."""
    inner: list[MarkedSpan] = []
    for span in spans:
        start, end = span.inner
        for match in _AFP_INNER.finditer(text, start, end):
            inner.append(MarkedSpan(match.start(), match.end() - 1, "+", "+", span.depth + 1))
    return inner
