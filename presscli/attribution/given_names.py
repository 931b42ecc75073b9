"""Given names: whether a word is one, and the sex it is given to, from the lists lexicon reads."""

from __future__ import annotations

import unicodedata
from functools import cache

from presscli.tables import given_name_sex_at_home, given_name_table

_ACRONYM_LETTERS = 4  # 'UN', 'EU', 'NATO' in capitals are acronyms, though the census lists 'Un'


@cache
def given_names() -> frozenset[str]:
    return frozenset(given_name_table())


def is_given_name(word: str) -> bool:
    """Is `word` a given name, accents aside ('Gérard' is 'Gerard' in the list), or two joined by a
    hyphen ('Hans-Peter', 'Jean-Luc')?"""
    if not word.strip("-") or (word.isupper() and len(word) <= _ACRONYM_LETTERS):
        return False
    names = given_names()
    return all(_unaccented(part) in names for part in word.lower().split("-"))


def given_name_gender(name: str, lang: str | None = None) -> str | None:
    """'f' or 'm' when the given name is given to one sex only ('Patrick' m, 'Emma' f), else None; in an
    article in `lang`, as that language's countries give it ('Kai' m in German, 'Andrea' m in Italian)."""
    key = _unaccented(name.lower())
    at_home = given_name_sex_at_home().get((key, lang)) if lang else None
    return at_home or given_name_table().get(key)


def same_given_name(one: str, other: str) -> bool:
    """'François' and 'Francois': one given name, accents and case aside."""
    return _unaccented(one.lower()) == _unaccented(other.lower())


def _unaccented(word: str) -> str:
    """'gérard' -> 'gerard': the lists of given names are written without accents."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
