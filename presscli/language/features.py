"""The evidence a text gives about its language: langdetect's character n-grams, under its profiles, and
the shipped lists of each language's most frequent words, weighted by Zipf's law. This is the only
module that imports langdetect."""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Sequence
from functools import cache

from langdetect.utils.ngram import NGram

from presscli.language.profiles import profile
from presscli.language.scripts import iso_code
from presscli.lexicon import frequency_list
from presscli.memo import Memo

# web and mail addresses, handles, hashtags and bare host paths ('pic.twitter.com/x'): no language's words
_URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+|#\w+|\b[\w-]+(?:\.[\w-]+)+/\S*")


def strip_addresses(text: str) -> str:
    return _URL_OR_MAIL.sub(" ", text)


_ALL_CAPS_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")


# langdetect's normalisation of each character, as the table `str.translate` reads (a text is normalised in
# one C loop, and each character computed once per process)
_NORMALIZED: Memo[int, str] = Memo(lambda code: NGram.normalize(chr(code)))


def ngrams(text: str) -> list[str]:
    """langdetect's 1-, 2- and 3-grams of `text`; words in capitals (acronyms) are skipped as it does."""
    text = _URL_OR_MAIL.sub(" ", text[:MAX_CHARS])
    normalized = text.translate(_NORMALIZED)
    grams: list[str] = []
    for word in normalized.split():
        grams.extend(_WORD_GRAMS[word])
    return grams


def _word_grams(word: str) -> tuple[str, ...]:
    if _ALL_CAPS_RUN.search(word):
        return ()
    padded = f" {word} "
    grams = (
        *word,
        *(padded[i : i + 2] for i in range(len(padded) - 1)),
        *(padded[i : i + 3] for i in range(len(padded) - 2)),
    )
    return tuple(map(sys.intern, grams))  # one string per n-gram, however many words share it


# a word's n-grams, kept for the first words met: an article's words recur, and a batch's (Zipf: the
# commonest come first), at about 350 bytes a word (7 MB)
_WORD_GRAMS: Memo[str, tuple[str, ...]] = Memo(_word_grams, 20_000)


@cache
def _word_table(code: str) -> dict[str, float] | None:
    """log P(word | language) from the shipped frequency-ordered word list (Zipf by rank), if any."""
    words = frequency_list(code)
    return dict(zip(words, _ZIPF_LOG_PROBABILITY, strict=False)) if words else None


_LISTED_WORDS = 5000


_HARMONIC = sum(1.0 / rank for rank in range(1, _LISTED_WORDS + 1))


# the n-th most frequent word has probability 1 / (n * H) (Zipf); one list serves every language
_ZIPF_LOG_PROBABILITY = [-math.log(rank * _HARMONIC) for rank in range(1, _LISTED_WORDS + 1)]


# an unlisted word is rarer than the rarest listed one; a language without a list scores every word so
_UNLISTED_WORD = _ZIPF_LOG_PROBABILITY[-1] - 1.0


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


MAX_WORDS = 300


def word_scores(names: Sequence[str], text: str) -> list[float]:
    """Word-list evidence for each profile: the words of the text under each language's word frequencies."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:MAX_CHARS])][:MAX_WORDS]
    if not words:
        return [0.0] * len(names)
    listed_names = tuple(name for name in names if _word_table(iso_code(name)) is not None)
    sums = dict(zip(listed_names, _column_sums(listed_names, words), strict=True))
    scores = [sums.get(name) for name in names]
    listed = sorted(s for s in scores if s is not None)
    # a language without a list is neither helped nor hurt: it gets the median listed language's score
    unlisted = listed[len(listed) // 2] if listed else 0.0
    return [unlisted if s is None else s for s in scores]


def _column_sums(names: tuple[str, ...], words: list[str]) -> list[float]:
    """Each language's sum of the words' log-probabilities, in the words' order: one cached row per word
    (its log-probability in each language) instead of one dictionary lookup per word and language."""
    if not names:
        return []
    rows = _WORD_ROWS.rows(names)
    tables = [table for table in (_word_table(iso_code(n)) for n in names) if table is not None]
    weighted = []
    for word in words:
        row = rows.get(word)
        if row is None:
            row = rows[word] = tuple(table.get(word, _UNLISTED_WORD) for table in tables)
        weighted.append(row)
    return [sum(column) for column in zip(*weighted, strict=True)]


class RowCache:
    """Rows of log-probabilities (one per n-gram or word, a value per candidate language) for each set
    of candidates, started afresh past `limit` keys: an article's words recur, and a batch's."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._by_candidates: dict[tuple[str, ...], dict[str, tuple[float, ...]]] = {}

    def rows(self, names: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
        rows = self._by_candidates.get(names)
        if rows is None or len(rows) > self.limit:
            rows = self._by_candidates[names] = {}
        return rows


_WORD_ROWS = RowCache(50_000)  # words kept per candidate set


@cache
def vocabulary(names: tuple[str, ...]) -> frozenset[str]:
    """Every n-gram at least one of these profiles knows (the others say nothing about a text)."""
    return frozenset().union(*(profile(name) for name in names))


MAX_CHARS = 2000  # a longer prefix changes no answer in our measurements and costs time
