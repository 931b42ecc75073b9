"""Language identification on langdetect's profiles (plus word lists): deterministic, lazy, right on short text.

langdetect's own `detect` samples n-grams at random (so it needs a seed to be repeatable) and loads all
55 profiles before the first answer. presscli keeps langdetect's profiles and its character
normalisation but scores every n-gram of the text under a naive-Bayes model (the quantity langdetect
approximates by sampling), which is exact, deterministic and faster. Profiles are loaded lazily, only
for the writing systems the text uses, so an English line never pays for Thai or Korean. Frequency
lists of each language's common words (data/words, from wordfreq) add the evidence n-grams lack on
two or three words. This is the only module that imports langdetect.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import add, mul, truediv

from langdetect.utils.ngram import NGram

from presscli.lexicon import LANGUAGES, frequency_list
from presscli.model import LanguageGuess

# Each character sits in three n-grams (1-, 2- and 3-grams), so their log-likelihoods count the same
# evidence about three times over; a third keeps them from drowning the word lists and the priors.
NGRAM_WEIGHT = 0.33
MAX_CHARS = 2000  # a longer prefix changes no answer in our measurements and costs time
SMOOTHING = 0.5 / 10000  # langdetect's ALPHA_DEFAULT / BASE_FREQ
UNKNOWN = LanguageGuess("und", 0.0)
PRESS_LANGUAGES = LANGUAGES  # favoured by the prior: the languages presscli ships lexicons for

# Writing systems and the langdetect profiles written in them.
_SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "latin": (
        "af",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "hr",
        "hu",
        "id",
        "it",
        "lt",
        "lv",
        "nl",
        "no",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "so",
        "sq",
        "sv",
        "sw",
        "tl",
        "tr",
        "vi",
    ),
    "cyrillic": ("bg", "mk", "ru", "uk"),
    "arabic": ("ar", "fa", "ur"),
    "greek": ("el",),
    "hebrew": ("he",),
    "devanagari": ("hi", "mr", "ne"),
    "bengali": ("bn",),
    "gurmukhi": ("pa",),
    "gujarati": ("gu",),
    "tamil": ("ta",),
    "telugu": ("te",),
    "kannada": ("kn",),
    "malayalam": ("ml",),
    "thai": ("th",),
    "han": ("zh-cn", "zh-tw", "ja"),
    "kana": ("ja",),
    "hangul": ("ko",),
}
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0E00, 0x0E7F, "thai"),
    (0x3040, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0x4E00, 0x9FFF, "han"),
    (0x3400, 0x4DBF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"),
)
_URL_OR_MAIL = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+|#\w+")
_ALL_CAPS_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")


def iso_code(profile_name: str) -> str:
    """ISO 639-1 code for a langdetect profile name ('zh-cn' -> 'zh')."""
    return profile_name.split("-")[0]


def all_languages() -> tuple[str, ...]:
    """Every ISO code presscli can answer."""
    return tuple(sorted({iso_code(name) for names in _SCRIPT_LANGUAGES.values() for name in names}))


def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if code < 0x41:
        return None
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script if ch.isalpha() else None
    return None


def scripts(text: str) -> dict[str, int]:
    """How many letters of `text` each writing system holds."""
    counts: dict[str, int] = {}
    for ch in text:
        script = _script_of(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


@lru_cache(maxsize=4096)
def _normalize_char(ch: str) -> str:
    return NGram.normalize(ch)


def ngrams(text: str) -> list[str]:
    """langdetect's 1-, 2- and 3-grams of `text`; words in capitals (acronyms) are skipped as it does."""
    text = _URL_OR_MAIL.sub(" ", text[:MAX_CHARS])
    normalized = "".join(_normalize_char(ch) for ch in text)
    grams: list[str] = []
    for word in normalized.split():
        if _ALL_CAPS_RUN.search(word):
            continue
        padded = f" {word} "
        grams.extend(word)
        grams.extend(padded[i : i + 2] for i in range(len(padded) - 1))
        grams.extend(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


@cache
def _profile(name: str) -> dict[str, float]:
    """log P(n-gram | language) for one langdetect profile, read on first use."""
    raw = resources.files("langdetect").joinpath("profiles", name).read_text("utf-8")
    data = json.loads(raw)
    totals = data["n_words"]
    grams = list(data["freq"])
    shares = map(truediv, data["freq"].values(), [totals[len(g) - 1] for g in grams])
    return dict(zip(grams, map(math.log, map(add, shares, repeat(SMOOTHING))), strict=True))


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


def _word_scores(names: Sequence[str], text: str) -> list[float]:
    """Word-list evidence for each profile: the words of the text under each language's word frequencies."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:MAX_CHARS])][:MAX_WORDS]
    if not words:
        return [0.0] * len(names)
    tables = [_word_table(iso_code(name)) for name in names]
    scores = [sum(map(t.get, words, repeat(_UNLISTED_WORD))) if t is not None else None for t in tables]
    listed = sorted(s for s in scores if s is not None)
    # a language without a list is neither helped nor hurt: it gets the median listed language's score
    unlisted = listed[len(listed) // 2] if listed else 0.0
    return [unlisted if s is None else s for s in scores]


@cache
def _vocabulary(names: tuple[str, ...]) -> frozenset[str]:
    """Every n-gram at least one of these profiles knows (the others say nothing about a text)."""
    return frozenset().union(*(_profile(name) for name in names))


_LOG_SMOOTHING = math.log(SMOOTHING)
_SHORTLIST_GRAMS = 80  # a first pass on this many n-grams picks the few languages worth a full pass
_SHORTLIST_SIZE = 4


def _candidates(text: str, allowed: Iterable[str] | None) -> tuple[str, ...]:
    counts = scripts(text[:MAX_CHARS])
    if not counts:
        return ()
    total = sum(counts.values())
    names: list[str] = []
    for script, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        if count * 5 >= total or not names:  # a few stray foreign letters do not open a script
            names.extend(n for n in _SCRIPT_LANGUAGES[script] if n not in names)
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
    grams: int  # informative n-grams seen


def _score(names: tuple[str, ...], keys: list[str], counts: list[int]) -> list[float]:
    """Each language's log-likelihood of the n-grams, summed in C by map(). Against many languages, one
    cached row per n-gram (its log-probability in each) makes a short line a few row additions."""
    if len(names) <= _SHORTLIST_SIZE:
        return [sum(map(mul, map(_profile(name).get, keys, repeat(_LOG_SMOOTHING)), counts)) for name in names]
    rows = _rows_for(names)
    totals = [0.0] * len(names)
    for key, count in zip(keys, counts, strict=True):
        row = rows.get(key)
        if row is None:
            row = rows[key] = tuple(_profile(name).get(key, _LOG_SMOOTHING) for name in names)
        totals = list(map(add, totals, row if count == 1 else map(mul, row, repeat(count))))
    return totals


_ROW_CACHE_LIMIT = 40_000  # n-grams kept per candidate set (at most ~15 MB), then started afresh
_row_cache: dict[tuple[str, ...], dict[str, tuple[float, ...]]] = {}


def _rows_for(names: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    rows = _row_cache.get(names)
    if rows is None or len(rows) > _ROW_CACHE_LIMIT:
        rows = _row_cache[names] = {}
    return rows


def evidence(text: str, allowed: Sequence[str] | None = None) -> Evidence | None:
    """The n-gram evidence of `text` for every language its scripts allow; None when it has no letters."""
    names = _candidates(text, allowed)
    if not names:
        return None
    known = _vocabulary(names)
    counted = Counter(g for g in ngrams(text) if g in known)
    if not counted:
        return Evidence(names, tuple(0.0 for _ in names), 0)
    items = counted.most_common()
    keys, counts = [g for g, _ in items], [c for _, c in items]
    lexical = dict(zip(names, _word_scores(names, text), strict=True))
    if len(names) > _SHORTLIST_SIZE and len(keys) > _SHORTLIST_GRAMS:
        rough = _score(names, keys[:_SHORTLIST_GRAMS], counts[:_SHORTLIST_GRAMS])
        rough = [NGRAM_WEIGHT * r + lexical[n] for r, n in zip(rough, names, strict=True)]
        ranked = sorted(range(len(names)), key=lambda i: -rough[i])[:_SHORTLIST_SIZE]
        names = tuple(names[i] for i in sorted(ranked))
    scores = [NGRAM_WEIGHT * s + lexical[n] for s, n in zip(_score(names, keys, counts), names, strict=True)]
    return Evidence(names, tuple(scores), sum(counts))


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
    return decide(evidence(text, allowed), prior)


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
