"""Word lists presscli ships: stopwords per language (joined with nltk's when nltk_data has them) and
the lists under data/ that are data, not code."""

from __future__ import annotations

from functools import cache
from importlib import resources

_NLTK_NAMES = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese", "de": "german", "it": "italian"}


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Function words of `lang` (English's when presscli ships none for it), lower case."""
    code = lang if lang in _NLTK_NAMES else "en"
    shipped = resources.files("presscli").joinpath("data", "stopwords", f"{code}.txt").read_text("utf-8")
    words = set(shipped.split())
    try:
        from nltk.corpus import stopwords as nltk_stopwords

        words |= set(nltk_stopwords.words(_NLTK_NAMES[code]))
    except (LookupError, OSError):
        pass  # nltk_data is not installed: the shipped list is enough
    return frozenset(words)


@cache
def packaged_words(folder: str, name: str) -> frozenset[str]:
    """A word list shipped in data/<folder>/<name>.txt: one entry per line, '#' lines are comments."""
    raw = resources.files("presscli").joinpath("data", folder, f"{name}.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in raw.splitlines() if line.strip() and not line.startswith("#"))
