"""Word shapes the phrase readers stop at: relative pronouns that are a clause's subject, finite verbs
and auxiliaries, and a given name spelled like a modal ('Will', 'May')."""

from __future__ import annotations

from presscli.attribution.given_names import is_given_name
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def subject_relative(token: Token, lex: Lexicon) -> bool:
    """A relative pronoun that can be the subject of the verb after it: 'who', 'which', 'quien', 'qui',
    'que'; not an object or a genitive ('whom', 'whose', 'dont': 'X, whose spokesman said')."""
    return token.lower in lex.relative_pronouns and token.lower not in _NOT_SUBJECT_RELATIVES


_NOT_SUBJECT_RELATIVES = frozenset({"whom", "whose", "dont"})


def clause_break(token: Token) -> bool:
    return token.lower in ("who", "whom") or token.text in ",;:" or token.quote is not None


def finite_verb(token: Token, lex: Lexicon) -> bool:
    return auxiliary(token, lex) and token.lower not in lex.adverbs  # 'foi', 'was'; not 'also', 'ainda'


def auxiliary(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.auxiliaries and not token.is_capitalized


def name_as_modal(tokens: list[Token], k: int, floor: int, lex: Lexicon) -> bool:
    """A capitalized auxiliary opening its clause that is also a given name ('Will', 'May'; 'While Will
    acknowledges')."""
    token = tokens[k]
    opens = k == floor or not tokens[k - 1].is_word or tokens[k - 1].lower in lex.subordinators
    return token.is_capitalized and is_given_name(token.lower) and opens
