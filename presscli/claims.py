"""Key claims: the sentences that carry an article's message, ranked, no two saying the same, each with its claimant.

A sentence scores for its centrality in the article (TextRank: a sentence that shares stemmed content
words with many others that do the same states what the article is about), a little for standing early
and for saying what the title says, and for being someone's assertion. Repeats are left out: a
sentence too close to one already chosen (maximal marginal relevance) does not follow it. The claimant
is whoever is quoted or reported in that sentence; the report's own assertions have none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache, lru_cache
from operator import mul

from presscli.lexicon import LANGUAGES, NLTK_NAMES, stopwords
from presscli.model import BlockKind, Claim, Paragraph, Quote, QuoteKind

_WORD = re.compile(r"[^\W\d_]{2,}")
_CLAIM_BLOCKS = {BlockKind.BODY, BlockKind.DECK}
_MOST_CLAIMS = 10  # a reader looks at the first few; the JSON keeps ten for scripts that re-rank
_FEWEST_WORDS = 6  # shorter sentences are captions, datelines and fragments, not claims
_MOST_WORDS = 90  # longer 'sentences' are paragraphs Punkt could not split: lists, run-on wire copy
_GRAPH_SENTENCES = 200  # centrality is computed among the first 200 candidates: news states its claims early,
# and the graph's cost grows with the square of its size
_ITERATIONS = 30  # PageRank converges in far fewer on a few hundred sentences
_DAMPING = 0.85  # TextRank's (Mihalcea & Tarau, 2004)
# How a sentence scores (tuned on the 150 BBC articles of corpus-summaries: centrality alone gives ROUGE-2
# 0.571, lead-3 0.367; these weights 0.549, and keep the lead in view where an article's own abstract sums up its
# first paragraph, as the French articles' do)
_CENTRALITY_WEIGHT = 5.0
_POSITION_WEIGHT = 1.0  # news puts its point first
_POSITION_DECAY = 0.25  # the k-th candidate sentence counts 1 / (1 + 0.25 k) of the first
_TITLE_WEIGHT = 0.5  # a sentence that says what the title says
_ATTRIBUTED_BONUS = 0.25  # someone's assertion (a quotation or a reporting verb) over the report's narration
_STEMS_KEPT = 50_000  # per language: an article's words, and a batch's, recur
_MOST_SIMILAR = 0.5  # content-word Jaccard at which two claims say the same thing


def rank_claims(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    sentences: list[list[tuple[int, int]]],
    quotes: tuple[Quote, ...],
    title: str | None,
    language: str,
    reporters: dict[int, str],
    limit: int = _MOST_CLAIMS,
) -> list[Claim]:
    """The best `limit` claims, best first. `reporters` maps a sentence start to who it reports."""
    candidates = [
        (s, e)
        for p_index, paragraph in enumerate(paragraphs)
        if paragraph.kind in _CLAIM_BLOCKS
        for s, e in (_untagged(text, s, e) for s, e in sentences[p_index])
        if _FEWEST_WORDS <= len(text[s:e].split()) <= _MOST_WORDS
    ]
    if not candidates:
        return []
    bags = [set(_content_words(text[s:e], language)) for s, e in candidates]
    centrality = _centrality(bags[:_GRAPH_SENTENCES])
    title_words = set(_content_words(title or "", language))
    scored: list[Claim] = []
    ordered = sorted(quotes, key=lambda q: q.start)  # each sentence looks up its own quotations, never all
    starts = [q.start for q in ordered]
    for order, ((s, e), bag) in enumerate(zip(candidates, bags, strict=True)):
        if not bag:
            continue
        inside = ordered[bisect_left(starts, s) : bisect_left(starts, e)]
        asserting = _speaker_in(inside, _ASSERTIONS) or reporters.get(s)
        # a label's author is the claimant of a sentence that asserts nothing of its own, without the bonus
        speaker = asserting or _speaker_in(inside, (QuoteKind.TERM,))
        score = (
            _CENTRALITY_WEIGHT * (centrality[order] if order < len(centrality) else 0.0)
            + _POSITION_WEIGHT / (1.0 + _POSITION_DECAY * order)
            + _TITLE_WEIGHT * len(bag & title_words) / (len(title_words) or 1)
            + (_ATTRIBUTED_BONUS if asserting else 0.0)
        )
        supporting = tuple(q.id for q in inside)
        scored.append(Claim(_clean(text[s:e]), s, e, speaker, round(score, 4), supporting))
    scored.sort(key=lambda c: (-c.score, c.start))
    return _without_repeats(scored, {c: set(_content_words(c.text, language)) for c in scored}, limit)


def _centrality(bags: list[set[str]]) -> list[float]:
    """TextRank over the sentences' word-overlap graph, scaled so the most central scores 1."""
    n = len(bags)
    weights: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    index: dict[str, list[int]] = {}
    for i, bag in enumerate(bags):
        for word in bag:
            index.setdefault(word, []).append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                shared[members[a], members[b]] += 1
    for (i, j), overlap in shared.items():
        weight = overlap / (_log_size(bags[i]) + _log_size(bags[j]))
        weights[i].append((j, weight))
        weights[j].append((i, weight))
    out = [sum(w for _, w in edges) or 1.0 for edges in weights]
    # each edge's share of its source's weight, once; each iteration then sums in C, in the same order
    neighbours = [[j for j, _ in edges] for edges in weights]
    shares = [[w / out[j] for j, w in edges] for edges in weights]
    score = [1.0] * n
    for _ in range(_ITERATIONS):
        score = [
            (1 - _DAMPING) + _DAMPING * sum(map(mul, shares[i], map(score.__getitem__, neighbours[i])))
            for i in range(n)
        ]
    top = max(score, default=1.0) or 1.0
    return [s / top for s in score]


def _log_size(bag: set[str]) -> float:
    import math

    return math.log(len(bag) + 1)


def _without_repeats(ranked: list[Claim], words: dict[Claim, set[str]], limit: int) -> list[Claim]:
    """The best claims, skipping any too close to one already kept (maximal marginal relevance)."""
    kept: list[Claim] = []
    for claim in ranked:
        if all(_jaccard(words[claim], words[other]) < _MOST_SIMILAR for other in kept):
            kept.append(claim)
            if len(kept) == limit:
                break
    return kept


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _content_words(text: str, language: str) -> list[str]:
    stop = stopwords(language)
    stem = _stemmer(language)
    return [stem(w) for w in (m.lower() for m in _WORD.findall(text)) if w not in stop]


@cache
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    """nltk's Snowball stemmer for the language (offline); words as they are for a language it lacks."""
    if language not in LANGUAGES:
        return lambda word: word
    from nltk.stem.snowball import SnowballStemmer

    return lru_cache(maxsize=_STEMS_KEPT)(SnowballStemmer(NLTK_NAMES[language]).stem)  # words recur: stem once


def _untagged(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence without markup at its edges ('<tweet id=… author=…>Even for …</tweet>'): a claim is
    what someone wrote, not the tag around it. Offsets still index the text."""
    opening = _OPENING_TAG.match(text, start, end)
    if opening:
        start = opening.end()
    closing = _CLOSING_TAG.search(text, start, end)
    if closing and closing.end() == end:
        end = closing.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_OPENING_TAG = re.compile(r"\s*<[a-zA-Z][^<>]{0,300}>\s*")
_CLOSING_TAG = re.compile(r"\s*</[a-zA-Z]+>[.\s]*")


def _clean(sentence: str) -> str:
    """The claim as a reader wants it: a sentence broken across lines set back on one."""
    return " ".join(sentence.split())


def _speaker_in(inside: list[Quote], kinds: tuple[QuoteKind, ...]) -> str | None:
    """The speaker of the first of a sentence's quotations of these kinds. A statement's or a fragment's
    asserts the sentence; a term's ('as a «usurper»') is a label someone gave."""
    return next((quote.speaker for quote in inside if quote.speaker and quote.kind in kinds), None)


_ASSERTIONS = (QuoteKind.STATEMENT, QuoteKind.FRAGMENT)
