"""Which state body a name denotes, as a function and a place: 'Mexican Foreign Ministry', 'Secretariat of
Foreign Relations of Mexico' and 'Relaciones Exteriores de México' are all ('foreign', 'mexic'), one
speaker under several names. The functions' phrases are data (`data/bodies.json`); the place is the
name's other capitalized words, compared by their stem, so that 'Mexican' meets 'Mexico' and 'Peruvian'
'Peru'. A name without a place ('the Foreign Ministry') has no key: which country's it is, the text
around it says, and `identity` reads that from the speaker in context."""

from __future__ import annotations

import re
import unicodedata

from presscli.lexicon import in_every_language, phrase_tokens
from presscli.tables import body_functions

_STEM = 4  # 'Peru' and 'Peruvian', 'Mexico' and 'Mexican' share their first four letters
_WORD = re.compile(r"[^\W\d_]+")

BodyKey = tuple[str, frozenset[str]]


def body_key(name: str) -> BodyKey | None:
    """(function, place stems) of a body's name, or None when it names no known function or no place."""
    tokens = phrase_tokens(name)
    for function, phrases in body_functions().items():
        for phrase in phrases:
            if not _holds(tokens, phrase):
                continue
            inside = {w.lower() for w in phrase} | in_every_language("org_words")  # 'Secretariat' is no place
            places = {
                _stem(word)
                for word in _WORD.findall(name)
                if word[:1].isupper() and word.lower() not in inside and len(word) >= _STEM and not word.isupper()
            }
            return (function, frozenset(places)) if places else None
    return None


def same_body(a: BodyKey | None, b: BodyKey | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and bool(a[1] & b[1])


def _holds(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tokens[i : i + n] == phrase for i in range(len(tokens) - n + 1))


def _stem(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))[:_STEM]
