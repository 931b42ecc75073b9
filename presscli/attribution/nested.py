"""Quotations inside quotations: whom a quoted speaker quotes.

'"Manny Ellis n'a pas seulement dit +je ne peux pas respirer+ ...", a déclaré l'avocat': the inner
quotation is Ellis's, found by reading the outer quotation's words the way narration is read.
"""

from __future__ import annotations

import bisect

from presscli.attribution.before import before_quote
from presscli.attribution.decide import Context, Found
from presscli.attribution.identity import Cluster, SpeakerBook
from presscli.attribution.mentions import speaks
from presscli.attribution.patterns import Attribution, after_quote
from presscli.lexicon import Lexicon
from presscli.model import QuoteKind
from presscli.quotes.marks import MarkedSpan
from presscli.text.tokens import tokenize

SENTENCE_END = {".", "!", "?"}


def enclosing(spans: list[MarkedSpan], span: MarkedSpan) -> MarkedSpan | None:
    """The quotation that holds `span` directly."""
    return _innermost_holder(spans, span)


def inner_attribution(text: str, outer: MarkedSpan, span: MarkedSpan, lang: str, lex: Lexicon) -> Attribution | None:
    """The attribution the outer quotation gives its inner one ('X a dit +…+', '+…+, disse'), or None."""
    lo, hi = outer.inner
    lo, hi = max(lo, span.open_at - _AROUND), min(hi, span.close_at + _AROUND)  # the words near it suffice
    tokens = tokenize(text, lo, hi, lang, [(span.open_at, span.close_at)])
    open_index = next((i for i, t in enumerate(tokens) if t.start >= span.open_at), None)
    close_index = next((i for i, t in enumerate(tokens) if t.start >= span.close_at), len(tokens))
    if open_index is None:
        return None
    s_lo = next((i + 1 for i in range(open_index - 1, -1, -1) if tokens[i].text in SENTENCE_END), 0)
    c_hi = next((i for i in range(close_index + 1, len(tokens)) if tokens[i].text in SENTENCE_END), len(tokens))
    after = after_quote(text, tokens, close_index + 1, c_hi, lex) if close_index < len(tokens) else None
    before = before_quote(text, tokens, s_lo, open_index, lex) if open_index > s_lo else None
    if after is not None and after.strong:
        return after
    return before or after


_AROUND = 600  # characters around an inner quotation where the outer one names its speaker
_LOOK_BACK = 64  # spans opened before a quotation that may hold it: more than any real nesting


def _innermost_holder(spans: list[MarkedSpan], span: MarkedSpan) -> MarkedSpan | None:
    """Among the few spans opened just before `span` (spans are sorted by opening), the last that holds it."""
    at = bisect.bisect_left(spans, span.open_at, key=lambda s: s.open_at)
    for candidate in reversed(spans[max(0, at - _LOOK_BACK) : at]):
        if candidate.open_at < span.open_at and span.close_at <= candidate.close_at and candidate is not span:
            return candidate
    return None


_CUE_CHARS = 80  # how far before an inner quotation its cue may stand: 'a dit +…+'


def quoted_by_the_speaker(
    text: str,
    spans: list[MarkedSpan],
    span: MarkedSpan,
    item: Found,
    context: Context,
    book: SpeakerBook,
    inner_voices: dict[int, Cluster],
) -> bool:
    """An inner quotation belongs to whom its outer quotation names ('X a dit +…+'); a pronoun there
    means the person the outer quotation named last (`inner_voices`: outer opening -> that person)."""
    outer = enclosing(spans, span)
    if outer is None:
        return False
    inner = inner_attribution(text, outer, span, context.paragraph.lang, context.lex)
    if inner is None or inner.speaker is None or not speaks(inner.speaker, context.lex):
        return False
    just_before = text[max(0, span.open_at - _CUE_CHARS) : span.open_at].rstrip()
    if item.kind is QuoteKind.TERM and not just_before.endswith(inner.cue or "\0"):
        return False  # a term keeps being a term unless a speech verb stands right before it: 'a dit +…+'
    if inner.speaker.kind == "pronoun" and outer.open_at in inner_voices:
        item.cluster = inner_voices[outer.open_at]
    else:
        item.cluster = book.resolve(inner.speaker)
    item.route = "inner"
    if inner.speaker.kind == "name" and item.cluster is not None:
        inner_voices[outer.open_at] = item.cluster
    item.cue = inner.cue
    if item.kind is QuoteKind.TERM and inner.cue:
        item.kind = QuoteKind.FRAGMENT  # 'X a dit +…+': words someone said, not a term
    return True
