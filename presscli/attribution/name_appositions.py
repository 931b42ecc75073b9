"""A person's name set off by commas after what they are ('la ministra de Medio Ambiente, Lucía Ferrer,',
'die Generalsekretärin von Amnesty in Deutschland, Julia Duchrow'): where it starts and ends."""

from __future__ import annotations

from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import party_and_state
from presscli.attribution.plausible import is_role
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

# particles inside a name: 'Hugo de Zela', 'Ursula von der Leyen'
NAME_PARTICLES = frozenset({"de", "del", "la", "da", "do", "dos", "du", "di", "van", "von", "der", "den", "zu"})


def apposition_name_follows(tokens: list[Token], comma: int, limit: int, lex: Lexicon) -> bool:
    """', Paulo Guedes,' after a description: a name between commas (or before the clause's end). A role
    there is the description ('Karla Wendt, Kommissarin:'): German capitalizes it like a name."""
    j = past_lowercase_roles(tokens, comma + 1, limit, lex)  # ', deputado Altineu Côrtes,'
    names = 0
    while j < limit and tokens[j].is_word and (tokens[j].is_capitalized or inside_a_name(tokens, j, limit, lex)):
        if is_role(tokens[j].lower, lex) and not (names and tokens[j].lower in lex.person_nouns):
            return False  # (after a name, a word for a relative is part of it: 'Jader Filho', 'Neto')
        names += tokens[j].is_capitalized
        j += 1
    if _a_portfolio(tokens[comma + 1 : j], lex):
        return False  # 'la ministra de Trabajo, Migraciones y Seguridad Social': her portfolio goes on
    if party_and_state(tokens[comma + 1 : j]):
        return False  # 'Sen. Lindsey Graham, R-S.C.': a member of Congress's party and state, no second name
    j = _past_party(tokens, j, limit)  # ', Christian Wulff (CDU),'
    return names >= 1 and (j >= limit or tokens[j].text in ",.;:—–")  # '—señaló la portavoz, Ana Ruiz—.'


def portfolio_end(tokens: list[Token], comma: int, limit: int, lex: Lexicon) -> int | None:
    """The comma closing a coordinated run of capitalized words with no given name in it, the rest of an
    office's portfolio ('ministra de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio'), or None."""
    j = comma + 1
    while j < limit and tokens[j].is_word and (tokens[j].is_capitalized or tokens[j].lower in lex.coordinators):
        j += 1
    return j if _a_portfolio(tokens[comma + 1 : j], lex) and j < limit and tokens[j].text == "," else None


def _a_portfolio(run: list[Token], lex: Lexicon) -> bool:
    """Capitalized words joined by a coordinator, no given name among them: 'Migraciones y Seguridad Social'."""
    return any(t.lower in lex.coordinators for t in run) and not any(is_given_name(t.text) for t in run)


def comma_before_a_name(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> int | None:
    """The comma closing a short place or body phrase ('in Deutschland', 'de la Cruz Roja') that the
    described person's name follows, or None."""
    for j in range(i + 1, min(limit, i + _PLACE_TOKENS)):
        if tokens[j].text == ",":
            return j if j > i + 1 and apposition_name_follows(tokens, j, limit, lex) else None
        if not tokens[j].is_word or tokens[j].quote is not None:
            return None
    return None


_PLACE_TOKENS = 5  # 'in der Bundesrepublik Deutschland,'


def _past_party(tokens: list[Token], j: int, limit: int) -> int:
    """Past a bracket after a name ('Christian Wulff (CDU)'), when one stands at `j`."""
    if j < limit and tokens[j].text == "(":
        closing = next((k for k in range(j + 1, min(limit, j + _PARTY_TOKENS)) if tokens[k].text == ")"), None)
        return closing + 1 if closing is not None else j
    return j


_PARTY_TOKENS = 6  # '(CDU)', '(R-Tex.)': a party and state in brackets after a name


def inside_a_name(tokens: list[Token], j: int, limit: int, lex: Lexicon) -> bool:
    """A particle between two capitalized words of a name: 'Hugo de Zela', 'Ursula von der Leyen'."""
    particles = lex.name_particles | NAME_PARTICLES
    if tokens[j].lower not in particles or j == 0 or not tokens[j - 1].is_capitalized:
        return False
    k = j + 1
    while k < limit and tokens[k].lower in particles:
        k += 1
    return k < limit and tokens[k].is_capitalized


def past_lowercase_roles(tokens: list[Token], j: int, limit: int, lex: Lexicon) -> int:
    """Where the name starts in an apposition that opens with its role ('deputado Altineu Côrtes'); German
    writes roles capitalized, and there the role ends such an apposition, not a name."""
    while j + 1 < limit and tokens[j].is_word and not tokens[j].is_capitalized and is_role(tokens[j].lower, lex):
        j += 1
    return j


def apposition_end(tokens: list[Token], j: int, limit: int, lex: Lexicon) -> int:
    while j < limit and tokens[j].is_word and (tokens[j].is_capitalized or inside_a_name(tokens, j, limit, lex)):
        j += 1
    return _past_party(tokens, j, limit)


def ampersand(tokens: list[Token], j: int, lo: int, hi: int) -> bool:
    """An '&' between two capitalized words joins them into one name."""
    around = lo <= j - 1 and j + 1 < hi and tokens[j - 1].is_capitalized and tokens[j + 1].is_capitalized
    return tokens[j].text == "&" and around
