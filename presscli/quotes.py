"""Quotations of a parsed article: marks paired, each attributed, classified and given a language.

Reads the article sentence by sentence, in order, so that a pronoun or an elided subject ('it
stated', 'Agregó que', 'a-t-il ajouté') resolves to whoever is speaking at that point, and a
quotation standing alone after an attributed one continues its speaker's words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from . import attribution as attr
from .kinds import Placement, classify, opens_sentence
from .language import detect, press_prior
from .lexicon import merged
from .model import BlockKind, LanguageGuess, Paragraph, Post, Quote, QuoteKind, Speaker
from .quotemarks import MarkedSpan
from .speakers import Cluster, SpeakerBook
from .tokens import Token, tokenize

_TRIM = " \t\n\r\u00a0\u202f\u2009\ufeff"


@dataclass(frozen=True, slots=True)
class QuoteResult:
    quotes: list[Quote]
    speakers: list[Speaker]
    reporters: dict[int, str]  # sentence start -> who that sentence reports, for claims


@dataclass(slots=True)
class _Found:
    """A quotation being built: its marks, where it stands and who said it."""

    span: MarkedSpan
    start: int
    end: int
    paragraph: int
    cluster: Cluster | None = None
    cue: str | None = None
    kind: QuoteKind = QuoteKind.STATEMENT


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _sentence_ranges(tokens: list[Token], sentence_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token index ranges of each sentence of a paragraph."""
    starts = [t.start for t in tokens]
    ranges = []
    for s, e in sentence_spans:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if hi > lo:
            ranges.append((lo, hi))
    return ranges


def _containing(ranges: list[tuple[int, int]], index: int) -> tuple[int, int]:
    for lo, hi in ranges:
        if lo <= index < hi:
            return lo, hi
    return 0, 0


def extract_quotes(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    sentences: list[list[tuple[int, int]]],
    language: str,
    posts: tuple[Post, ...],
    spans: list[MarkedSpan],
) -> QuoteResult:
    """Every quotation with its speaker, cue, kind and language; the speakers they belong to.

    `sentences` holds each paragraph's sentence spans; `spans` the paired quotation marks."""
    book = SpeakerBook(text, merged((language,)))
    found: list[_Found] = []
    last_speaker_paragraph = -10
    starts = [p.start for p in paragraphs]
    by_paragraph: dict[int, list[MarkedSpan]] = {}
    for span in spans:
        index = max(0, bisect.bisect_right(starts, span.open_at) - 1)
        by_paragraph.setdefault(index, []).append(span)
    previous_tail: tuple[list[Token], tuple[int, int]] | None = None
    reporters: dict[int, Cluster] = {}
    for p_index, paragraph in enumerate(paragraphs):
        lex = merged((paragraph.lang, language))
        local = by_paragraph.get(p_index, [])
        marks = [(s.open_at, s.close_at) for s in spans if s.open_at < paragraph.end and s.close_at >= paragraph.start]
        tokens = tokenize(text, paragraph.start, paragraph.end, paragraph.lang, marks)
        ranges = _sentence_ranges(tokens, sentences[p_index])
        post = next((p for p in posts if p.start <= paragraph.start < p.end), None)
        quote_sentences = set()
        pending = list(local)
        for lo, hi in ranges:
            in_sentence = [s for s in pending if lo <= _token_index(tokens, s.open_at) < hi]
            for span in in_sentence:
                pending.remove(span)
                item = _attribute(text, tokens, ranges, span, p_index, paragraph, lex, book, post, previous_tail, found)
                if item.cluster is not None:
                    last_speaker_paragraph = p_index
                elif _continues_previous(text, paragraph, span, found, p_index, last_speaker_paragraph):
                    item.cluster = book.recent[-1] if book.recent else None
                found.append(item)
                quote_sentences.add((lo, hi))
            if (lo, hi) not in quote_sentences:
                event = attr.main_clause_subject(text, tokens, lo, hi, lex)
                if event:  # someone speaks without quotation marks: later pronouns point to them
                    cluster = book.resolve(event.speaker)
                    book.speaking(cluster)
                    if cluster:
                        last_speaker_paragraph = p_index
                        reporters[tokens[lo].start] = cluster
        for span in pending:  # marks in a paragraph whose sentences were not found
            found.append(
                _attribute(text, tokens, ranges, span, p_index, paragraph, lex, book, post, previous_tail, found)
            )
        previous_tail = (tokens, ranges[-1]) if ranges else None
    quotes, speakers = _finish(text, found, paragraphs, book)
    return QuoteResult(quotes, speakers, {start: c.canonical for start, c in reporters.items()})


def _token_index(tokens: list[Token], position: int) -> int:
    starts = [t.start for t in tokens]
    return max(0, bisect.bisect_right(starts, position) - 1)


def _attribute(
    text: str,
    tokens: list[Token],
    ranges: list[tuple[int, int]],
    span: MarkedSpan,
    p_index: int,
    paragraph: Paragraph,
    lex,
    book: SpeakerBook,
    post: Post | None,
    previous_tail: tuple[list[Token], tuple[int, int]] | None,
    found: list[_Found],
) -> _Found:
    start, end = _trimmed(text, *span.inner)
    item = _Found(span, start, end, p_index)
    open_index = _token_index(tokens, span.open_at)
    close_index = (
        _token_index(tokens, span.close_at) if span.closed and span.close_at < paragraph.end else len(tokens) - 1
    )
    s_lo, _ = _containing(ranges, open_index)
    _, c_hi = _containing(ranges, close_index)
    c_hi = c_hi or len(tokens)
    before_text = text[paragraph.start : span.open_at]
    at_start = opens_sentence(before_text)
    after = attr.after_quote(text, tokens, close_index + 1, c_hi, lex) if span.closed else None
    before = attr.before_quote(text, tokens, s_lo, open_index, lex) if open_index > s_lo else None
    if before is None and at_start and open_index == 0 and previous_tail and _ends_with_colon(text, previous_tail):
        tail_tokens, (t_lo, t_hi) = previous_tail
        before = attr.before_quote(text, tail_tokens, t_lo, t_hi, lex)
    choice = (after or before) if at_start else (before or after)
    if post is not None and post.author:
        item.cluster = book.resolve(
            attr.Mention(post.author + (f" ({post.handle})" if post.handle else ""), post.start, post.end, "name")
        )
        item.cue = "posted"
    elif choice is not None:
        item.cluster = book.resolve(choice.speaker)
        item.cue = choice.cue
    elif span.depth > 0:
        item.cluster = None
    book.speaking(item.cluster)
    placement = Placement(
        block=paragraph.kind,
        before=before_text,
        after=text[span.close_at + len(span.close_mark) : paragraph.end] if span.closed else "",
        attributed=item.cluster is not None or item.cue is not None,
        named=_named(tokens, open_index, lex),
        after_cue_verb=open_index > 0 and attr.cue_at(tokens, open_index - 1, lex) is not None,
    )
    item.kind = classify(text[start:end], placement)
    return item


def _ends_with_colon(text: str, tail: tuple[list[Token], tuple[int, int]]) -> bool:
    tokens, (lo, hi) = tail
    return hi > lo and tokens[hi - 1].text == ":"


def _named(tokens: list[Token], open_index: int, lex) -> bool:
    """A naming cue right before the opening mark: so-called "X", llamado "X", dit "X"."""
    for n in range(1, 4):
        lo = open_index - n
        if lo < 0:
            break
        if tuple(t.lower for t in tokens[lo:open_index]) in lex.naming:
            return True
    return False


def _continues_previous(
    text: str, paragraph: Paragraph, span: MarkedSpan, found: list[_Found], p_index: int, last: int
) -> bool:
    """An unattributed quotation opening its paragraph, right after someone spoke: the same voice."""
    if paragraph.kind is not BlockKind.BODY or not opens_sentence(text[paragraph.start : span.open_at]):
        return False
    same_paragraph = [f for f in found if f.paragraph == p_index and f.cluster is not None]
    return bool(same_paragraph) or p_index - last <= 1


def _quote_language(body: str, paragraph: Paragraph) -> LanguageGuess:
    """A quotation's own language; a few words are too little to overrule their paragraph's."""
    if len(body.split()) < 4:
        return LanguageGuess(paragraph.lang, paragraph.lang_confidence)
    guess = detect(body, prior=press_prior(paragraph.lang, 3.0))
    return guess if guess.code != "und" else LanguageGuess(paragraph.lang, paragraph.lang_confidence)


def _finish(
    text: str, found: list[_Found], paragraphs: tuple[Paragraph, ...], book: SpeakerBook
) -> tuple[list[Quote], list[Speaker]]:
    quotes: list[Quote] = []
    counts: dict[str, int] = {}
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.end <= item.start:
            continue
        paragraph = paragraphs[item.paragraph]
        body = text[item.start : item.end]
        guess = _quote_language(body, paragraph)
        cluster = item.cluster
        if cluster is not None:
            counts[cluster.id] = counts.get(cluster.id, 0) + 1
        quotes.append(
            Quote(
                text=body,
                start=item.start,
                end=item.end,
                kind=item.kind,
                speaker=cluster.canonical if cluster else None,
                speaker_id=cluster.id if cluster else None,
                cue=item.cue,
                lang=guess.code,
                lang_confidence=guess.confidence,
                open_mark=item.span.open_mark,
                close_mark=item.span.close_mark,
            )
        )
    speakers = [Speaker(c.id, c.canonical, c.aliases, counts[c.id]) for c in book.clusters if c.id in counts]
    return quotes, speakers
