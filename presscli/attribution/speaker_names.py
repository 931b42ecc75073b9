"""How `identity` reads a speaker's name: the phrase without its determiners ('the ministry' -> 'ministry'),
its capitalized words without titles, whether it names a body, and the acronyms the text defines that it
uses or spells out ('Secretariat of Foreign Relations (SRE)', 'SRE', '@SRE_mx')."""

from __future__ import annotations

import re
from functools import lru_cache

from presscli.attribution.given_names import is_given_name
from presscli.lexicon import Lexicon, in_every_language, lexicon

# (a long form may wrap onto the next line, but not past a sentence's end: 'de X.' closing a paragraph is no
# part of the next one's body)
_WORD_GAP = r"(?:[ \t\u00a0]+|(?<![.!?])[ \t]*\n[ \t]*)"
_ACRONYM_DEFINITION = re.compile(
    r"(?P<long>[A-ZÀ-Þ][\w'’.-]*(?:" + _WORD_GAP + r"(?:[A-ZÀ-Þ][\w'’.-]*|of|de|del|des|du|da|do|dos|das|for|für|"
    r"y|e|et|and|la|le|los|las|der|die|des))*)\s*\((?P<short>[A-ZÀ-Þ][A-Z0-9À-Þ&.-]{1,9})\)"
)
_PARTY_AFTER = re.compile(r"\s*\([^)@]*\)$")  # '(SPD)', '(R-Tex.)' after a person's name; not a handle


@lru_cache(maxsize=8192)
def capitals(name: str, titles: frozenset[str]) -> tuple[str, ...]:
    """The capitalized words of a name, titles left out: 'Sen. Ted Cruz (R-Texas)' -> Ted, Cruz, R-Texas."""
    words = re.findall(r"[\w'’.-]+", name)
    return tuple(w.strip(".") for w in words if w[:1].isupper() and w.lower() not in titles)


def all_capitalized(name: str) -> bool:
    """Every word capitalized: a name ('Tim Vogt'), not a description ('Slovenia-born former')."""
    return all(word[:1].isupper() for word in name.split())


def bare_phrase(text: str, lex: Lexicon) -> str:
    """The phrase without its determiners and a possessive ending: 'the ministry' -> 'ministry'."""
    words = text.split()
    determiners = _elided(lex.determiners)
    while words and words[0].lower().rstrip("'’") in determiners:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in lex.intensifiers and words[1][:1].isupper():
        words = words[1:]  # 'El propio Ábalos' is Ábalos
    if words and (
        words[0].lower().startswith(("l'", "l’")) or (words[0][:2] in ("d'", "d’") and words[0][2:3].isupper())
    ):
        words[0] = words[0][2:]  # "l'OMS"; "selon l'étude d'Actineo": the body is 'Actineo'
    # 'Katrin Albers (SPD)', 'Mark Ellis (R-Tex.)': a person's party is no part of the name (a body's acronym
    # is, and so is an account's handle: 'Relaciones Exteriores (@SRE_mx)')
    # ('Umweltminister Christian Meyer (Grüne)': a party word in the bracket does not make the person a body)
    person = any(w[:1].isupper() and is_given_name(w) for w in words[-_NAME_WORDS:-1])
    person = person and not looks_like_org(" ".join(words[:-1]))
    if len(words) > 1 and bracketed(words[-1]) and "@" not in words[-1] and (person or not looks_like_org(text)):
        while len(words) > 1 and bracketed(words[-1]):
            words = words[:-1]
    if words and words[-1].endswith(("'s", "’s")) and words[-1][:1].isupper():
        words[-1] = words[-1][:-2]  # 'Rubio’s poor showings …, He’s endured': the person is Rubio
    # ('Fuentes municipales consultadas por EFE', 'sources contactées par l'AFP'): who asked them is no part
    agent = next((k for k in range(1, len(words) - 1) if _asked_by(words[k], words[k + 1], lex)), None)
    return " ".join(words[:agent])


def _asked_by(word: str, following: str, lex: Lexicon) -> bool:
    """A participle and its agent after a noun: 'consultadas por', 'contacted by', 'ouvidas pela'."""
    low = word.lower()
    return bool(lex.participle_endings) and low.endswith(lex.participle_endings) and following in lex.agent_prepositions


_NAME_WORDS = 4  # a given name this close before the bracket makes the phrase a person's name


def bracketed(word: str) -> bool:
    """'(SPD)', '(R-Tex.)': a word in brackets, a party's mark after a name."""
    return word[:1] == "(" and word[-1:] == ")"


@lru_cache(maxsize=1)
def _state_bodies() -> frozenset[str]:
    """State bodies are bodies too ('Cancillería colombiana'); acronyms among them are matched as such."""
    return frozenset(w for w in in_every_language("official_bodies") if not w.isupper() and len(w) > 3)


@lru_cache(maxsize=8192)
def looks_like_org(text: str) -> bool:
    """Does a name denote a body? Every shipped language's words count ('Public Health England' in Portuguese),
    and a German compound ending in a state body's ('Umweltministerium', 'Landesregierung')."""
    words = {w.strip(".,()") for w in text.split()}
    lows = {w.lower() for w in words}
    org = lows & in_every_language("org_words") or lows & _state_bodies() or words & in_every_language("org_acronyms")
    compound = any(low.endswith(_compound_heads()) for low in lows if len(low) > _SHORTEST_COMPOUND)
    return bool(org) or compound or bool(re.fullmatch(r"[A-Z]{2,6}", text.strip()))


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    """German state bodies that end compounds ('Umweltministerium', 'Bundespolizei'): the lexicon's own list."""
    return tuple(w for w in lexicon("de").official_bodies if len(w) >= _SHORTEST_HEAD)


_SHORTEST_HEAD = 7  # 'behörde', 'gericht'; not 'amt' or 'rat', which end too many words
_SHORTEST_COMPOUND = 12  # 'Umweltministerium'; not 'Gericht' alone (listed) nor a surname


class Acronyms:
    """The acronyms one text defines ('Secretariat of Foreign Relations (SRE)'), and which of them a name uses."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.lex = lex
        self.defined = {
            m["short"].rstrip("."): bare_phrase(m["long"], lex)
            for m in _ACRONYM_DEFINITION.finditer(text)
            if _spells(m["short"], m["long"])
        }
        self._cache: dict[str, set[str]] = {}

    def used_by(self, name: str) -> set[str]:
        """Acronyms the text defines that this name uses or spells out: '@SRE_mx', 'SRE', 'Secretariat ... (SRE)'."""
        if name not in self._cache:
            self._cache[name] = self._find(name)
        return self._cache[name]

    def _find(self, name: str) -> set[str]:
        # whole words and handle parts only: a 'WWF-Sprecher' speaks for the WWF but is not the WWF; a
        # person's party is not theirs alone ('Willi Lemke (SPD)' and 'Henning Scherf (SPD)' are two)
        if any(is_given_name(word) for word in name.split()[:-1]):
            name = _PARTY_AFTER.sub("", name)
        pieces = set(re.split(r"[\s()@_,;:]+", name))
        found = {piece for piece in pieces if piece in self.defined}
        caps = set(capitals(name, self.lex.titles))
        for short, long in self.defined.items():
            long_caps = set(capitals(long, self.lex.titles))
            if long_caps and long_caps <= caps:
                found.add(short)
        return found


def _spells(short: str, long: str) -> bool:
    """Could `short` abbreviate `long`: its first letter begins one of long's words ('Mexican Secretariat of
    Foreign Relations (SRE)'); not a dateline's agency ('AUSTIN, Texas (AP)', 'PARIS (AFP)')."""
    return any(word[:1].upper() == short[:1] for word in long.split())


@lru_cache(maxsize=64)
def _elided(determiners: frozenset[str]) -> frozenset[str]:
    """The determiners without their apostrophe ("l'" -> 'l'), built once per lexicon, not per mention."""
    return frozenset(d.rstrip("'") for d in determiners)


def other_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names (their capitalized words) with one surname and different given names: 'Dena
    Grayson', 'Lolita Grayson'."""
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and not (set(a) <= set(b) or set(b) <= set(a))


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's capitalized words all in the other's, the surname the same: 'Trump', 'Donald Trump'."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and small[-1] == large[-1] and set(small) <= set(large)
