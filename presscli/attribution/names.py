"""Which capitalized words of an article are names (Velma, Urzúa) rather than sentence openers."""

from __future__ import annotations

import re

from presscli.attribution.given_names import is_given_name
from presscli.lexicon import Lexicon, stopwords

# a capitalized word after a lower-case word or a comma is a name, not a sentence start
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-zà-öø-ÿ,] )([A-ZÀ-ÖØ-Þ][\w'’-]+)")
_NAME_PAIR = re.compile(r"(?=\b([A-ZÀ-ÖØ-Þ][\w'’-]+) ([A-ZÀ-ÖØ-Þ][\w'’-]+))")  # overlapping: 'Ana Maria Cruz'
_NAME_AT_START = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+)(?=,\s\d|\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[\s,])")


def name_pairs(text: str) -> list[tuple[str, str]]:
    """Every two capitalized words in a row ('Rodrigo Maia'), read once per document for names and speakers."""
    return _NAME_PAIR.findall(text)


def proper_names(text: str, function_words: Lexicon, pairs: list[tuple[str, str]]) -> frozenset[str]:
    """Words the text treats as names: capitalized mid-sentence, or at a sentence start but followed by
    another name or by an apposition ('Daria, 25 ans, ...')."""
    stop = function_words.determiners | function_words.pronouns | function_words.connectors
    stop |= function_words.prepositions | function_words.adverbs | function_words.np_stops | function_words.auxiliaries
    names = set(_MID_SENTENCE_CAPITAL.findall(text)) | set(_NAME_AT_START.findall(text))
    # the surname after a name: 'Rodrigo Maia' makes 'Maia' a name where a sentence opens with it
    names |= {last for first, last in pairs if first in names}
    return frozenset(w for w in names if w.lower() not in stop)


def surnames_in(pairs: list[tuple[str, str]], lang: str) -> set[str]:
    """The words the text writes after a given name ('Herbert Maier'), not after a function word spelled
    like one ('In Kiel')."""
    function_words = stopwords(lang)
    return {last for first, last in pairs if is_given_name(first) and first.lower() not in function_words}
