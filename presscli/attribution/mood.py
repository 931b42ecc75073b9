"""German reported speech by its verb mood: a Konjunktiv I form ('drohe', 'fordere', 'arbeite') tells
that a sentence reports someone's words, though no cue stands in it.

The mood is read off the shipped word list (data/common/de.txt, from wordfreq) rather than a list of
verbs: a lower-case word ending in -e whose infinitive (-en, -n) and third person (-t, -et) are words
too is a verb form, unless it is an adjective's (it also takes -em) or a weak past ('sagte': sagen).
Capitalized words are nouns and never reach here. First-person forms read the same, but outside
quotation marks a news report rarely says 'ich'.
"""

from __future__ import annotations

from functools import cache

from presscli.tables import common_list

# what the rule reads as Konjunktiv I and is not: a strong past, adverbs and a preposition
_NOT_SUBJUNCTIVE = frozenset({"wurde", "wusste", "danke", "nahe", "schade", "anstelle", "gerne", "bitte"})
_SHORTEST = 4  # 'sei' is listed; shorter forms are too ambiguous to read


@cache
def subjunctive(word: str) -> bool:
    """Is this lower-case German word a Konjunktiv I (or first-person) verb form?"""
    if not word.endswith("e") or len(word) < _SHORTEST or word in _NOT_SUBJUNCTIVE:
        return False
    common = common_list("de")
    if word not in common or word + "m" in common:
        return False
    stem = word[:-1]
    third_person = stem + "t" in common or (word.endswith("te") and stem + "et" in common)
    infinitive = word + "n" in common or stem + "n" in common
    weak_past = word.endswith("te") and (word[:-2] + "en" in common or word[:-3] + "en" in common)
    return third_person and infinitive and not weak_past
