"""Per-language word lists for attribution, read from data/cues/xx.json (data, not code).

A language without its own file borrows English's lists; cue verbs of every shipped language are
also tried, because articles quote across languages ("«…», a déclaré" inside an English report).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

SHIPPED = ("en", "es", "fr", "pt", "de", "it")


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    verbs: frozenset[tuple[str, ...]]
    auxiliaries: frozenset[str]
    passive: frozenset[tuple[str, ...]]
    according_to: frozenset[tuple[str, ...]]
    according_after: frozenset[tuple[str, ...]]  # only right after a quotation: '„…“, so der Minister'

    opinion_prefix: frozenset[tuple[str, ...]]
    naming: frozenset[tuple[str, ...]]
    pronouns: frozenset[str]
    clitics: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    np_links: frozenset[str]
    np_stops: frozenset[str]
    adverbs: frozenset[str]
    connectors: frozenset[str]
    reported_speech: frozenset[str]  # verb forms that mark indirect speech (German Konjunktiv I)
    speaker_nouns: frozenset[str]  # people and bodies who speak: minister, spokesman, ministry, report
    according_postpositions: frozenset[str]  # 'Nacke zufolge': the speaker stands before the cue
    source_prepositions: frozenset[str]  # 'heißt es in der Erklärung': the document is the speaker
    agent_prepositions: frozenset[str]  # '„…“ von der Opposition', 'considerada "infeliz" por oficiais'
    longest_phrase: int


# split the way tokens.tokenize does: "s'est dit" -> ("s'", "est", "dit")
_PHRASE_TOKEN = re.compile(
    r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall)'(?=\w)|\w+(?:[-'.]\w+)*\.?|[^\w\s]"
)


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_PHRASE_TOKEN.findall(phrase.lower().replace("’", "'")))


def _phrases(words: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_tokens(word) for word in words)


_WORD_LISTS = (
    "auxiliaries",
    "pronouns",
    "clitics",
    "determiners",
    "prepositions",
    "np_links",
    "np_stops",
    "adverbs",
    "connectors",
    "reported_speech",
    "speaker_nouns",
    "according_postpositions",
    "source_prepositions",
    "agent_prepositions",
)


@cache
def lexicon(lang: str) -> Lexicon:
    """The lists for `lang` (English's when presscli ships none for it)."""
    code = lang if lang in SHIPPED else "en"
    raw = json.loads(resources.files("presscli").joinpath("data", "cues", f"{code}.json").read_text("utf-8"))
    phrase_lists = {
        key: _phrases(raw.get(key, []))
        for key in ("verbs", "passive", "according_to", "according_after", "opinion_prefix", "naming")
    }
    word_lists = {key: frozenset(word.lower() for word in raw.get(key, [])) for key in _WORD_LISTS}
    longest = max(len(p) for phrases in phrase_lists.values() for p in phrases)
    return Lexicon(code, **phrase_lists, **word_lists, longest_phrase=longest)


@cache
def by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first, for matching at a token in one lookup."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in index.items()}


@cache
def merged(langs: tuple[str, ...]) -> Lexicon:
    """One Lexicon holding the lists of several languages (a paragraph's and its document's)."""
    parts = [lexicon(code) for code in dict.fromkeys(langs)]
    if len(parts) == 1:
        return parts[0]
    fields = {
        name: frozenset().union(*(getattr(part, name) for part in parts))
        for name in Lexicon.__dataclass_fields__
        if name not in ("lang", "longest_phrase")
    }
    return Lexicon(parts[0].lang, **fields, longest_phrase=max(part.longest_phrase for part in parts))
