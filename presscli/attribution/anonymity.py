"""Speakers who asked not to be named: 'A senior U.S. military official, who spoke on condition of anonymity,'.
The rule the corpus gold follows: an anonymous source is nobody's official voice, whatever their office."""

from __future__ import annotations

from functools import lru_cache

from presscli.lexicon import Lexicon


def unnamed_on_purpose(description: str, text: str, lex: Lexicon) -> bool:
    """Does a sentence that describes the speaker say they asked not to be named?"""
    for stretch in _before_anonymity(text, lex.anonymity_words):
        at = stretch.rfind(description)
        between = stretch[at + len(description) :] if at >= 0 else ""
        # the clause of anonymity hangs on the description itself: ', who spoke on condition of', ' speaking'
        if at >= 0 and len(between) <= _CLAUSE_CHARS and not any(w[:1].isupper() for w in between.split()):
            return True
    return False


@lru_cache(maxsize=2)
def _before_anonymity(text: str, words: frozenset[str]) -> tuple[str, ...]:
    """What stands before each word of anonymity in the article, within its paragraph and a window: read once
    per article, whatever the number of speakers."""
    low = text.lower()
    stretches: list[str] = []
    for word in words:
        at = low.find(word)
        while at >= 0 and len(stretches) < _MOST_ANONYMOUS:
            start = low.rfind("\n", max(0, at - _SENTENCE_CHARS), at)  # (not at a full stop: 'U.S. official')
            stretches.append(text[start + 1 : at])
            at = low.find(word, at + len(word))
    return tuple(stretches)


_SENTENCE_CHARS = 200  # from the speaker's description to 'who spoke on condition of anonymity'
_MOST_ANONYMOUS = 50  # anonymous voices one article may hold
_CLAUSE_CHARS = 40  # ', who spoke on condition of': from the description to the word of anonymity
