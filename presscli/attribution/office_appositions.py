"""The office set off by commas around a name: 'Reinhold Gall, Parlamentarischer Geschäftsführer der
SPD-Landtagsfraktion,' after it, 'la ministra de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio'
before it. What the comma sets off may instead be the sentence going on, or the next item of a list."""

from __future__ import annotations

import re

from presscli.attribution.given_names import is_given_name
from presscli.attribution.office_words import ELISION, an_office, head_of_something_else, matches
from presscli.lexicon import Lexicon

_APPOSITION_WORDS = 10  # 'la ministra de Trabajo, Migraciones y Seguridad Social,': an office before a name
_REST_OF_NAME = re.compile(r"^(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}(?=,)")  # the words of a name after its first


def apposition_after(following: str, lex: Lexicon) -> str:
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
    ahead = following[1:].split()[1 : len(stretch) + 1]  # the word after each of the stretch's
    if any(an_office(low, lex) and is_given_name(word.strip(".,")) for low, word in zip(lows, ahead, strict=False)):
        return ""  # ('Donald Trump, Sen. Ted Cruz of Texas and …'): a list, the next item another titled person
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


def apposition_before(words: list[str], lex: Lexicon) -> str:
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
