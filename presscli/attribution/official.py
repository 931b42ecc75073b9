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
from presscli.attribution.given_names import is_given_name
from presscli.attribution.office_words import (
    ELISION,
    WORD,
    an_office,
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
_APPOSITION_WORDS = 10  # 'la ministra de Trabajo, Migraciones y Seguridad Social,': an office before a name
_MOST_MENTIONS = 50  # a speaker's first fifty mentions show any title the article gives them
_PARTY_AND_STATE = re.compile(r"\s*[(,]\s*[DRI]-[A-Z][A-Za-z.]{1,6}[,)]")  # the US press's mark of a member of Congress
_REST_OF_NAME = re.compile(r"^(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}(?=,)")  # the words of a name after its first
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
    for surname in {words[-1] for words in plain if words and words[-1][:1].isupper()}:
        for at in positions.get(surname, [])[:_MOST_MENTIONS]:
            words = text[max(0, at - _TITLE_CHARS) : at].rsplit("\n", 1)[-1].split()  # within its paragraph
            if not text[at - 1 : at].isspace():
                continue  # inside a word: 'McSanders', '@Sanders'
            run = len(words)
            while run > 0 and len(words) - run < _TITLE_WINDOW and WORD.fullmatch(words[run - 1]):
                run -= 1  # only plain words right before the name: no parenthesis, quote or comma between
            before = words[run:]
            while before and before[-1][:1].isupper() and not matches(before[-1].lower().strip("."), titles, lex):
                before.pop()  # the given names: 'Bernie', 'Gerhard', 'José'
            ends = [i for i, w in enumerate(before) if w[-1] in ".!?;:," and w.lower() not in lex.titles]
            found.append(" ".join(before[ends[-1] + 1 if ends else 0 :][-2:]))  # not past a sentence's end
            apposition = _apposition_before(words[:run], lex)
            # (only right before the name: 'Su presidente, Antonio Garamendi', not 'his White House bid, Trump')
            head = owned_head(words[:run], lex) if all(w[:1].isupper() for w in words[run:]) else ""
            body = owning_state_body(text, at, head, lex) if head else None
            if head and body:
                apposition = body  # ('El Ministerio de Sanidad … Su titular, X'): the state body's head speaks for it
            elif head:
                owned.add(head)
            found.append(apposition)
            following = text[at + len(surname) : at + len(surname) + _TITLE_CHARS]
            found.append(_apposition_after(following, lex))
            if _PARTY_AND_STATE.match(following):
                found.append("legislator")  # 'Mitch McConnell, R-Ky.,', 'Elijah Cummings (D-Md.)': in Congress
    return found, owned


def _apposition_after(following: str, lex: Lexicon) -> str:
    """The office set off by a comma after a name: 'Reinhold Gall, Parlamentarischer Geschäftsführer der
    SPD-Landtagsfraktion,', 'Patrick Conjard, de l'Agence nationale pour l'amélioration …': a role, or a
    body the person is of ('de l'Agence', 'of the Justice Department') or holds a post in."""
    following = re.sub(r"^\s*\([^()]{1,20}\)", "", following)  # 'Reinhold Gall (SPD), …'
    following = _REST_OF_NAME.sub("", following)  # 'Ban [Ki-moon], the secretary general of the United Nations,'
    if not following.startswith(","):
        return ""
    stretch: list[str] = []
    for word in following[1:].split():
        if word[:1] in '"“«„(' or len(stretch) >= _APPOSITION_WORDS:
            break
        stretch.append(word)
        if word[-1] in ",.!?;:":
            break
    lows = [ELISION.sub("", w.lower()).strip(".,()'’") for w in stretch]
    opens_a_clause = bool(lows) and ((lows[0],) in lex.verbs or lows[0] in lex.auxiliaries)
    if opens_a_clause or (lex.lang == "de" and _a_reported_clause(stretch, lex)):
        # ('…, Rafael Torres, considera que el Ayuntamiento …', 'Saddam Hussein, das Gericht sei nicht legitim,'):
        # the comma closed the apposition and what follows is the sentence, no office of the name's
        return ""
    # a body by its proper name ('Justice Department', 'Agence nationale'), not 'the political science department'
    body = next(
        (
            k
            for k, low in enumerate(lows)
            if matches(low, lex.official_bodies, lex) and ELISION.sub("", stretch[k])[:1].isupper()
        ),
        None,
    )
    # 'presidente del PRI', 'secrétaire nationale de la CFDT', 'director general de Spin': an office of
    # what follows, official only when that is a state body
    head = next((k for k, low in enumerate(lows) if matches(low, lex.head_roles, lex)), None)
    if head is not None and head_of_something_else(lows, head, lex):
        return ""
    if any(an_office(low, lex) for low in lows):
        return " ".join(stretch)
    if body is None:
        return ""
    of_it = bool(lows) and stretch[0].lower().startswith(("de", "d'", "d’", "of", "from", "vom", "von", "da", "do"))
    holder = any(_holds_a_post(low, lex) for low in lows[:body])
    return " ".join(stretch) if of_it or holder else ""


def _a_reported_clause(words: list[str], lex: Lexicon) -> bool:
    """German words after a comma with a finite auxiliary before any relative pronoun: a clause of its own
    ('das Gericht sei nicht legitim'; not 'der seit 2005 Minister ist', whose 'der' opens a relative clause)."""
    for k, word in enumerate(words):
        low = word.lower().strip(".,")
        article = k + 1 < len(words) and words[k + 1][:1].isupper()  # 'das Gericht': an article, no pronoun
        if low in lex.relative_pronouns and not article:
            return False
        if low in lex.auxiliaries and low not in lex.determiners:
            return True
    return False


def _apposition_before(words: list[str], lex: Lexicon) -> str:
    """The office set off by a comma before a name: 'la ministra de Trabajo, Migraciones y Seguridad
    Social, Magdalena Valerio', 'Fraktionschefin der Grünen im Bundestag, Renate Künast'. A role counts
    here, within the sentence, or a body inside a description; a body alone before a comma may be
    anything the sentence is about."""
    if not words or not words[-1].endswith(",") or words[-1][-2:-1] in _CLOSING_MARKS:
        return ""  # ('"…que por lo general, tiene buenos planteles", expone X': a quotation's end, no office)
    stretch: list[str] = []
    for word in reversed(words):
        party = _PARTY.fullmatch(word) is not None  # 'Maire (LR) depuis 25 ans, M. Gaudin': a party's mark
        if word[-1] in ".!?;:" or (word[:1] in '"“«„(' and not party) or len(stretch) >= _APPOSITION_WORDS:
            break
        stretch.append(word)
    stretch.reverse()
    if any(an_office(w.lower().strip(".,()"), lex) for w in stretch):
        return " ".join(stretch)
    # 'Die Vorsitzende der Fraktion im Landtag, Greta Ohm', 'Dies teilte der parlamentarische Geschäftsführer
    # der Fraktion, Jens Nacke': a description of the person, opened by an article, may name the body
    # they hold office in
    opening = next((k for k, word in enumerate(stretch) if word.lower() in lex.determiners), None)
    description = [w.lower().strip(".,()") for w in stretch[opening:]] if opening is not None else []
    body = next((k for k, w in enumerate(description) if matches(w, lex.official_bodies, lex)), None)
    # someone holding a post in it, not anyone the body dealt with ('la police de Tacoma, Manny Ellis')
    holder = body is not None and any(_holds_a_post(w, lex) for w in description[:body])
    return " ".join(stretch[opening:]) if holder and opening is not None else ""


_PARTY = re.compile(r"\([\w/-]{1,12}\)")  # '(LR)', '(CDU)', '(PS)'
_CLOSING_MARKS = "\"”»’'"  # a comma after one of these ends a quotation


def _holds_a_post(word: str, lex: Lexicon) -> bool:
    """'Vorsitzende', 'Geschäftsführer', 'director', 'portavoz': a word for someone with a post."""
    return (
        word in lex.official_roles
        or word in lex.speaker_nouns
        or word in lex.person_nouns
        or (len(word) > _AGENT_STEM and word.endswith(lex.agent_suffixes))
    )


_AGENT_STEM = 4  # 'Geschäftsführer', 'dirigeant': an agent noun is longer than its suffix
