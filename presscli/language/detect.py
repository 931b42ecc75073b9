"""Language identification on langdetect's profiles (plus word lists): deterministic, lazy, right on short text.

langdetect's own `detect` samples n-grams at random (so it needs a seed to be repeatable) and loads all
55 profiles before the first answer. presscli keeps langdetect's profiles and its character
normalisation but scores every n-gram of the text under a naive-Bayes model (the quantity langdetect
approximates by sampling), which is exact, deterministic and faster. Profiles are loaded lazily, only
for the writing systems the text uses, so an English line never pays for Thai or Korean. Frequency
lists of each language's common words (data/words, from wordfreq) add the evidence n-grams lack on
two or three words.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import mul

from presscli.language.features import MAX_CHARS, RowCache, ngrams, strip_addresses, vocabulary, word_scores
from presscli.language.profiles import SMOOTHING, profile
from presscli.language.scripts import SCRIPT_LANGUAGES, iso_code, scripts
from presscli.lexicon import LANGUAGES
from presscli.model import LanguageGuess

# Each character sits in three n-grams (1-, 2- and 3-grams), so their log-likelihoods count the same
# evidence about three times over; a third keeps them from drowning the word lists and the priors.
NGRAM_WEIGHT = 0.33
UNKNOWN = LanguageGuess("und", 0.0)
PRESS_LANGUAGES = LANGUAGES  # favoured by the prior: the languages presscli ships lexicons for


_LOG_SMOOTHING = math.log(SMOOTHING)
_FEWEST_LETTERS = 3  # 'ok' says nothing about its language
_RESTRICTED_LEAST = 0.5  # asked to choose among a few languages, an answer needs at least an even chance
_SHORTLIST_GRAMS = 80  # a first pass on this many n-grams picks the few languages worth a full pass
_SHORTLIST_SIZE = 4
# log-odds by which the first pass's best language must lead to stop there: on 5,788 paragraphs of the three
# corpora, 5,698 stop, and the full pass never changes the answer nor brings the lead under 14 (a posterior of
# 1.0 to four decimals either way, priors included)
_DECISIVE = 15.0


def candidates(text: str, allowed: Iterable[str] | None) -> tuple[str, ...]:
    counts = scripts(text[:MAX_CHARS])
    if not counts:
        return ()
    total = sum(counts.values())
    names: list[str] = []
    for script, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        if count * 5 >= total or not names:  # a few stray foreign letters do not open a script
            names.extend(n for n in SCRIPT_LANGUAGES[script] if n not in names)
    if counts.get("kana"):
        names = [n for n in names if not n.startswith("zh")] or names
    if allowed is not None:
        wanted = set(allowed)
        names = [n for n in names if iso_code(n) in wanted]
    return tuple(names)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Log-likelihoods of a text under each candidate profile, before any prior."""

    names: tuple[str, ...]
    scores: tuple[float, ...]


def _score(names: tuple[str, ...], keys: list[str], counts: list[int]) -> list[float]:
    """Each language's log-likelihood of the n-grams, summed in C by map(). Against many languages, one
    cached row per n-gram (its log-probability in each) makes a short line a few row additions."""
    if len(names) <= _SHORTLIST_SIZE:
        return [sum(map(mul, map(profile(name).get, keys, repeat(_LOG_SMOOTHING)), counts)) for name in names]
    rows = _NGRAM_ROWS.rows(names)
    weighted: list[tuple[float, ...]] = []
    for key, count in zip(keys, counts, strict=True):
        row = rows.get(key)
        if row is None:
            row = rows[key] = tuple(profile(name).get(key, _LOG_SMOOTHING) for name in names)
        weighted.append(row if count == 1 else tuple(map(mul, row, repeat(count))))
    # each language's column summed in C, in the n-grams' order (the order a running total would add them)
    return [float(sum(column)) for column in zip(*weighted, strict=True)]


_NGRAM_ROWS = RowCache(40_000)  # n-grams kept per candidate set (at most ~15 MB)


def evidence(text: str, allowed: Sequence[str] | None = None) -> Evidence | None:
    """The n-gram evidence of `text` for every language its scripts allow; None when it has too few letters
    to tell ('ok', a paragraph that is only a link)."""
    if sum(scripts(strip_addresses(text[:MAX_CHARS])).values()) < _FEWEST_LETTERS:
        return None
    names = candidates(text, allowed)
    if not names:
        return None
    known = vocabulary(names)
    counted = Counter(filter(known.__contains__, ngrams(text)))
    if not counted:
        return Evidence(names, tuple(0.0 for _ in names))
    items = counted.most_common()
    keys, counts = [g for g, _ in items], [c for _, c in items]
    lexical = dict(zip(names, word_scores(names, text), strict=True))
    if len(names) > _SHORTLIST_SIZE and len(keys) > _SHORTLIST_GRAMS:
        rough = _score(names, keys[:_SHORTLIST_GRAMS], counts[:_SHORTLIST_GRAMS])
        rough = [NGRAM_WEIGHT * r + lexical[n] for r, n in zip(rough, names, strict=True)]
        ranked = sorted(range(len(names)), key=lambda i: -rough[i])[:_SHORTLIST_SIZE]
        if rough[ranked[0]] - rough[ranked[1]] >= _DECISIVE:  # the rest of the n-grams would not change the answer
            return Evidence(tuple(names[i] for i in sorted(ranked)), tuple(rough[i] for i in sorted(ranked)))
        names = tuple(names[i] for i in sorted(ranked))
    scores = [NGRAM_WEIGHT * s + lexical[n] for s, n in zip(_score(names, keys, counts), names, strict=True)]
    return Evidence(names, tuple(scores))


def decide(found: Evidence | None, prior: dict[str, float] | None = None) -> LanguageGuess:
    """The most likely language given the evidence and a prior (log-odds per ISO code)."""
    if found is None:
        return UNKNOWN
    scores = [s + (prior or {}).get(iso_code(n), 0.0) for n, s in zip(found.names, found.scores, strict=True)]
    return _best(list(found.names), scores)


def detect(
    text: str,
    allowed: Sequence[str] | None = None,
    prior: dict[str, float] | None = None,
) -> LanguageGuess:
    """The language of `text` with a confidence in [0, 1]; 'und' with 0.0 when nothing can be told.

    `allowed` restricts the answer to these ISO codes; `prior` adds log-odds per ISO code (the document's
    main language, say), which decides short, ambiguous lines and leaves clear ones alone.
    """
    if allowed is None:
        return decide(evidence(text), prior)
    found = evidence(text)  # against every language, so that the confidence says how sure the answer is
    if found is None:
        return UNKNOWN
    scores = [s + (prior or {}).get(iso_code(n), 0.0) for n, s in zip(found.names, found.scores, strict=True)]
    shares = _shares(list(found.names), scores)
    wanted = {code: share for code, share in shares.items() if code in set(allowed)}
    if not wanted:
        return UNKNOWN
    code, share = max(wanted.items(), key=lambda kv: kv[1])
    # a Spanish line asked to be English or French is neither: below an even chance, say so
    return LanguageGuess(code, round(share, 4)) if share >= _RESTRICTED_LEAST else UNKNOWN


def _shares(names: list[str], scores: list[float]) -> dict[str, float]:
    """Each language's share of the posterior."""
    top = max(scores)
    merged: dict[str, float] = {}
    for name, score in zip(names, scores, strict=True):
        merged[iso_code(name)] = merged.get(iso_code(name), 0.0) + math.exp(score - top)
    total = sum(merged.values())
    return {code: weight / total for code, weight in merged.items()}


def _best(names: list[str], scores: list[float]) -> LanguageGuess:
    merged: dict[str, float] = {}
    top = max(scores)
    for name, score in zip(names, scores, strict=True):
        code = iso_code(name)
        merged[code] = merged.get(code, 0.0) + math.exp(score - top)
    total = sum(merged.values())
    code, weight = max(merged.items(), key=lambda kv: kv[1])
    return LanguageGuess(code, round(weight / total, 4))


def press_prior(main_language: str | None, strength: float = 2.0) -> dict[str, float]:
    """Log-odds favouring the press languages and, more, the document's main language."""
    prior = {code: 1.0 for code in PRESS_LANGUAGES}
    if main_language and main_language != UNKNOWN.code:
        prior[main_language] = prior.get(main_language, 0.0) + strength
    return prior
