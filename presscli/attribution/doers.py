"""Nouns of someone who does something ('Vertreter', 'manifestante', 'porte-parole', 'speaker'), told
by their endings; in English, where '-er' also ends 'number', 'power' and 'water', only when the word
without its ending is one of the language's frequent words ('speak', 'vote', 'make' in 'lawmaker')."""

from __future__ import annotations

from functools import cache

from presscli.lexicon import Lexicon, frequency_list

_ENGLISH_DOER = ("er", "ers", "or", "ors")
_SHORTEST_VERB = 3  # 'act' in 'actor', 'law' in 'lawyer'


def is_doer(low: str, lex: Lexicon) -> bool:
    """Does the lower-case noun `low` name someone by what they do?"""
    if not low.endswith(lex.agent_suffixes):
        return False
    if lex.lang != "en" or not low.endswith(_ENGLISH_DOER):
        return True
    stem = low.removesuffix("s")[:-2]
    frequent = _frequent("en")
    # 'voter' (vote), 'planner' (plan), 'lawmaker' (make): the verb may close a compound
    for start in range(len(stem) - _SHORTEST_VERB + 1):
        verb = stem[start:]
        doubled = start == 0 and len(verb) > _SHORTEST_VERB and verb[-1] == verb[-2]  # 'plann-er'
        if verb in frequent or verb + "e" in frequent or (doubled and verb[:-1] in frequent):
            return True
    return False


@cache
def _frequent(code: str) -> frozenset[str]:
    """The language's few thousand most frequent words, among them the verbs its doers are named by."""
    return frozenset(frequency_list(code))
