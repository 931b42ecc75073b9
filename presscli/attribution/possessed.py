"""Heads and spokespeople given with a possessive ('La CEOE … Su presidente, X', 'Le ministère … Son
porte-parole, X'): whose they are decides whether they hold an office, as presscli.attribution.official
reads it."""

from __future__ import annotations

from presscli.attribution.given_names import is_given_name
from presscli.attribution.office_words import ELISION, WORD, an_office, body_name, matches
from presscli.lexicon import Lexicon


def owned_head(words: list[str], lex: Lexicon) -> str:
    """['…', 'Su', 'presidente,'] -> 'presidente': the words a possessive opens in the clause set off by a
    comma before a name ('Su titular, X', 'son secrétaire général, X'); '' for any other title."""
    if not words or not words[-1].endswith(","):
        return ""
    clause = [words[-1].rstrip(",")]
    for word in reversed(words[:-1]):
        if word[-1] in ".,;:!?" or len(clause) > _OWNED_WORDS:
            break
        clause.insert(0, word)
    if len(clause) < 2 or clause[0].lower() not in lex.possessive_determiners:
        return ""
    head = [w.lower() for w in clause[1:]]
    post = any(w in lex.head_roles or w in lex.official_roles or an_office(w, lex) for w in head)  # not 'Son avocat'
    return " ".join(head) if post else ""


_OWNED_WORDS = 3  # 'su secretario general', 'sa directrice générale adjointe'


_OWNER_CHARS = 300  # how far back a possessive's owner is looked for: its sentence and the one before


def owning_state_body(text: str, name_at: int, head: str, lex: Lexicon) -> str | None:
    """The state body whose `head` the name at `name_at` is ('El Ministerio de Sanidad … Su titular, X'), read
    back from before the possessive ('años. Su titular, X' reads back from 'años'); None when the owner is
    something else, or not named within reach."""
    head_at = text.rfind(head.split()[0], 0, name_at)
    return _state_body_before(text, text.rfind(" ", 0, head_at - 1), lex)


def _state_body_before(text: str, at: int, lex: Lexicon) -> str | None:
    """The state body named last before `at`, in its paragraph and within reach ('Ministerio de Sanidad'),
    unless something else was named after it."""
    window = text[max(0, at - _OWNER_CHARS) : at].rsplit("\n", 1)[-1]
    words = WORD.findall(window)
    for word in reversed(words):
        low = ELISION.sub("", word.lower()).strip(".,()'’")
        if matches(low, lex.official_bodies, lex):  # ('le ministère des Transports': French writes it lower case)
            name = body_name(words, word).split()
            while name and name[0].lower() in lex.determiners:
                name.pop(0)  # 'El Ministerio de Sanidad' opening a sentence
            return " ".join(name)
        if (word.isupper() and len(word) >= 2) or (word[:1].isupper() and low in lex.unofficial_words):
            return None  # an acronym or a party's, a firm's name ('Partido', 'Group') is the nearer owner
        if word[:1].isupper() and is_given_name(word.strip(".,")):
            return None  # a person named later: 'son frère Mohamed. Son avocat, X' is his
    return None
