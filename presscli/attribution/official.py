"""Official statements: does a speaker speak for a state or public institution, or from a public office?

Decided from what the article calls the speaker, across every name and description it gives them,
and from the titles the article writes before their name anywhere ('Sen. Bernie Sanders' makes a later
'Sanders said' official): an office ('interim President José Jerí', 'la ministra de Medio Ambiente',
'Bürgermeisterin'), a state or intergovernmental body or one of its acts ('the Mexican Foreign
Ministry', 'la préfecture', 'OMS', 'l'arrêté municipal'), or a spokesperson. An office of a party,
a company or a campaign is not official ('président de l'UDI', 'company president'), and a former
office holder is not ('former President', 'ehemalige Minister'). The word lists are per-language data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from presscli.attribution.anonymity import unnamed_on_purpose
from presscli.attribution.given_names import is_given_name, same_given_name
from presscli.attribution.office_appositions import apposition_after, apposition_before
from presscli.attribution.office_words import (
    ELISION,
    WORD,
    body_name,
    compound_roles,
    head_of_a_compound_body,
    head_of_a_state_compound,
    head_of_something_else,
    matches,
    named_for_another,
    of_a_state_body,
    of_something_else,
    out_of_office,
)
from presscli.attribution.possessed import owned_head, owning_state_body
from presscli.attribution.spelled_out import spelled_out
from presscli.lexicon import Lexicon, in_every_language

_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "portavoz", "vocero", "vocera", "porta-voz"}
_SPOKESPEOPLE |= {"porte-parole", "sprecher", "sprecherin", "portavoce"}
_TITLE_WINDOW = 4  # words before a name where the article gives its title: 'Ohio Gov. John Kasich'
_TITLE_CHARS = 80  # characters that hold those words
_MOST_MENTIONS = 50  # a speaker's first fifty mentions show any title the article gives them
_PARTY_AND_STATE = re.compile(r"\s*[(,]\s*[DRI]-[A-Z][A-Za-z.]{1,6}[,)]")  # the US press's mark of a member of Congress
_CAPITALIZED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*")  # 'Sanders' in "Sanders’s"


@dataclass(frozen=True, slots=True)
class Standing:
    """Whether a speaker is official, and the role or body the text gives them."""

    official: bool
    role: str | None
    institution: str | None = None  # the body they speak for, when the text names it: 'Mexican Foreign Ministry'


@dataclass(slots=True)
class _Reading:
    role: str | None = None
    institution: str | None = None
    official: bool = False
    former: bool = False
    spokesperson: bool = False
    unofficial: bool = False
    anonymous: bool = False
    unknown_acronym: bool = False


def standing(
    names: Iterable[str], descriptions: Iterable[str], lex: Lexicon, text: str, positions: dict[str, list[int]]
) -> Standing:
    """The standing of a speaker known by these names and descriptions in the article `text` (whose
    capitalized words stand at `positions`, see `name_positions`)."""
    names = list(names)
    descriptions = list(descriptions)
    reading = _Reading()
    # ('A senior U.S. military official, who spoke on condition of anonymity, told reporters'): unnamed on purpose
    personal = any(is_given_name(word) for name in names for word in name.split())
    reading.anonymous = not personal and any(unnamed_on_purpose(d, text, lex) for d in [*names, *descriptions])
    titles, owned = _titles_before(names, text, lex, positions)
    # ('La CEOE … Su presidente, Antonio Garamendi'): the bare 'presidente' the possessive was taken from is
    # the head of what was named before, no office of its own
    phrases = [*names, *(d for d in descriptions if d.lower() not in owned), *titles]
    for phrase in phrases + spelled_out(phrases, text):
        _read(phrase, lex, reading)
    # ('The Cuyahoga County GOP': a body whose own name is a party's or a firm's, whatever place it serves)
    unofficial_body = any(word.lower() in lex.unofficial_words for name in names for word in name.split()[-1:])
    if reading.former or reading.anonymous or unofficial_body:
        return Standing(False, reading.role)  # ('fuentes del Ministerio': anonymous sources are nobody's voice)
    if reading.spokesperson and not reading.official:
        # a spokesperson, unless of a party or a firm, or of something named only by an acronym no list
        # knows ('DFA spokesman Neil Sroka')
        # ('La fédération patronale … Son porte-parole, X'): the spokesperson of what was named before, no state body
        owned_voice = any(word in _SPOKESPEOPLE for head in owned for word in head.split())
        official = not reading.unofficial and not reading.unknown_acronym and not owned_voice
        return Standing(official, reading.role, reading.institution if official else None)
    return Standing(reading.official, reading.role, reading.institution if reading.official else None)


def _read(phrase: str, lex: Lexicon, reading: _Reading) -> None:
    words = compound_roles(WORD.findall(phrase), lex)
    lows = [ELISION.sub("", w.lower()).strip(".,()'’") for w in words]  # "l'État" -> 'état'
    unnamed = [low for low in lows if low not in lex.determiners]
    acronyms = in_every_language("org_acronyms")
    reading.unknown_acronym |= any(
        w.isupper() and len(w) >= 2 and not _known_acronym(w, acronyms, lex.official_bodies) for w in words
    )
    reading.anonymous = reading.anonymous or (bool(unnamed) and unnamed[0] in lex.anonymous_nouns)
    # ('a former housing lawyer' held no office: 'former' counts before an office or a state body only)
    # (nor has a nominee yet: 'propuesto por X como secretario de Hacienda', 'president-elect')
    at = next((k for k, low in enumerate(lows) if out_of_office(low, lex)), None)
    offices = (lex.official_roles, lex.official_bodies)  # (each list tested in turn: no set joined per phrase)
    if at is not None and any(matches(low, words, lex) for low in lows[at:] for words in offices):
        reading.former = True
    # an office and a party or firm word count together only within one conjunct: 'ministre de la Culture et
    # candidate' holds an office; 'The company and France's secretary of state' names the office's holder too
    cuts = [k for k, low in enumerate(lows) if low in lex.coordinators]
    conjunct = [sum(1 for c in cuts if c < k) for k in range(len(lows))]
    unofficial_in = {conjunct[k] for k, low in enumerate(lows) if low in lex.unofficial_words}
    reading.unofficial = reading.unofficial or (conjunct[-1] if conjunct else -1) in unofficial_in
    elsewhere = -2  # where the last head of something other than a state body stood
    for k, (word, low) in enumerate(zip(words, lows, strict=True)):
        unofficial = conjunct[k] in unofficial_in
        if head_of_something_else(lows, k, lex):
            reading.role = reading.role or word.strip(".,()")  # 'presidente del PRI': a party's, not the state's
            elsewhere = k
        elif k == elsewhere + 1 and low not in lex.prepositions:
            continue  # 'director general de Spin': the head's adjective is no office of its own
        elif of_a_state_body(word, low, lex, acronyms):  # 'UN-Generalsekretär', 'EU-Ratspräsident'
            reading.official = reading.official or not unofficial
            reading.role = reading.role or word.strip(".,()")
        elif matches(low, lex.official_bodies, lex) or word.strip("()@") in acronyms:
            reading.official = reading.official or not unofficial
            named = body_name(words, word)
            reading.role, reading.institution = reading.role or named, reading.institution or named
        elif head_of_a_state_compound(low, lex):
            reading.official = reading.official or not unofficial
            reading.role = reading.role or word.strip(".,()")
        elif matches(low, lex.official_roles, lex):
            if low in _SPOKESPEOPLE:
                reading.spokesperson = True
                # ('el portavoz de Vox', 'Amnesty International spokesman'): a party's or anyone's, no state body's
                reading.unofficial |= of_something_else(lows, k, lex) or named_for_another(words, k, lex)
            elif not head_of_a_compound_body(low, lex):  # 'Verbandspräsident', 'ADAC-Präsident': an association's
                reading.official = reading.official or not unofficial  # 'président de l'UDI' is a party's
            reading.role = reading.role or word.strip(".,()")


def _a_title_word(word: str, titles: frozenset[str], lex: Lexicon) -> bool:
    """'ministre', 'director', 'de': an office or a post, or a word that joins one to its body ('presidente de')."""
    low = word.lower().strip(".")
    joining = low in lex.title_prepositions or low in lex.determiners or low in lex.titles
    return joining or matches(low, titles, lex) or low in lex.head_roles or low in lex.person_nouns


def _known_acronym(word: str, acronyms: frozenset[str], bodies: frozenset[str]) -> bool:
    return any(form in known for form in (word, word.lower()) for known in (acronyms, bodies))


def name_positions(text: str) -> dict[str, list[int]]:
    """Where each capitalized word of an article stands, read once for every speaker's titles."""
    positions: dict[str, list[int]] = {}
    for match in _CAPITALIZED.finditer(text):
        positions.setdefault(match.group(), []).append(match.start())
    return positions


def _titles_before(
    names: list[str], text: str, lex: Lexicon, positions: dict[str, list[int]]
) -> tuple[list[str], set[str]]:
    """The title the article writes right before a speaker's name, wherever it names them: 'Vermont Sen.
    [Bernie] Sanders', 'Bundeskanzler [Gerhard] Schröder', 'le ministre [Gérald] Darmanin'; and the heads
    given with a possessive ('Su presidente, X') of something other than a state body."""
    found: list[str] = []
    owned: set[str] = set()
    titles = lex.official_roles | lex.official_bodies
    plain = [[w for w in name.split() if not w.startswith("(")] for name in names]  # 'Mark Ellis (R-Tex.)'
    own_given = {word for words in plain for word in words[:-1] if is_given_name(word)}
    for surname in {words[-1] for words in plain if words and words[-1][:1].isupper()}:
        for at in positions.get(surname, [])[:_MOST_MENTIONS]:
            words = text[max(0, at - _TITLE_CHARS) : at].rsplit("\n", 1)[-1].split()  # within its paragraph
            if not text[at - 1 : at].isspace():
                continue  # inside a word: 'McSanders', '@Sanders'
            other_given = (
                words and is_given_name(words[-1]) and not any(same_given_name(words[-1], g) for g in own_given)
            )
            if own_given and other_given:
                continue  # ('Rep. Alan Grayson' is not 'Lolita Grayson'): another person of the same surname
            run = len(words)
            while run > 0 and len(words) - run < _TITLE_WINDOW and WORD.fullmatch(words[run - 1]):
                run -= 1  # only plain words right before the name: no parenthesis, quote or comma between
            before = words[run:]
            while before and before[-1][:1].isupper() and not matches(before[-1].lower().strip("."), titles, lex):
                before.pop()  # the given names: 'Bernie', 'Gerhard', 'José'
            ends = [i for i, w in enumerate(before) if w[-1] in ".!?;:," and w.lower() not in lex.titles]
            before = before[ends[-1] + 1 if ends else 0 :][-2:]  # not past a sentence's end
            # ('the State Department told CREW'): a verb between ends the title; a title's own words remain
            if before and before[-1][:1].islower() and not _a_title_word(before[-1], titles, lex):
                before = []
            found.append(" ".join(before))
            apposition = apposition_before(words[:run], lex)
            # (only right before the name: 'Su presidente, Antonio Garamendi', not 'his White House bid, Trump')
            head = owned_head(words[:run], lex) if all(w[:1].isupper() for w in words[run:]) else ""
            body = owning_state_body(text, at, head, lex) if head else None
            if head and body:
                apposition = body  # ('El Ministerio de Sanidad … Su titular, X'): the state body's head speaks for it
            elif head:
                owned.add(head)
            found.append(apposition)
            following = text[at + len(surname) : at + len(surname) + _TITLE_CHARS]
            found.append(apposition_after(following, lex))
            if _PARTY_AND_STATE.match(following):
                found.append("legislator")  # 'Mitch McConnell, R-Ky.,', 'Elijah Cummings (D-Md.)': in Congress
    return found, owned
