"""The apposition between commas before a cue: 'X, the Y of Z, said', 'the Y, X, said', with what may
stand there that is no part of the speaker's phrase (an age, a seat in Congress, a hometown, a
relative clause)."""

from __future__ import annotations

from itertools import pairwise

from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import (
    MAX_PHRASE,
    Mention,
    is_preposition,
    is_pronoun,
    mention_of,
    name_score,
    party_and_state,
)
from presscli.attribution.plausible import is_role
from presscli.attribution.speaker_names import bracketed
from presscli.layout.metadata import dateline_length
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def apposition_before(text: str, tokens: list[Token], comma: int, floor: int, lex: Lexicon) -> Mention | None:
    """The subject before 'X, the Y of Z, said' / 'the Y, X, said' / 'X, who ..., said' (the name is
    preferred). A comma closing a subordinate clause ('Asked about it, replied') means no subject here."""
    found: list[Mention] = []
    end = comma
    if floor == 0:  # a dateline opens its paragraph only: 'Madrid, 12 nov (EFE).- La ministra, X,'
        floor = past_dateline(text, tokens, floor, comma)
    while end > floor and len(found) < 2:
        start = end
        while start > floor and tokens[start - 1].text != ",":
            start -= 1
        clause = _subordinate_opening(tokens, start, end, lex)
        if clause is not None and not _is_relative_clause(tokens, start, end, floor, lex):
            # 'The mayor called it a "tragedy" while the governor, who …, said': the subject opens the
            # subordinate clause; the main clause before it is no apposition
            start = floor = max(floor, clause)
        opener = tokens[start]
        if len(found) == 1 and opener.lower in lex.inclusions:
            found.clear()  # 'Critics, including the mayor, Jim Hall, say': one of them, not who speaks
            end = start - 1
            continue
        aged = end - start == 2 and tokens[start].text.isdigit() and tokens[end - 1].lower in lex.age_units
        if (
            aged
            or all(t.text.isdigit() or not t.is_word for t in tokens[start:end])
            or party_and_state(tokens[start:end])
        ):
            end = start - 1  # 'Ki Hong, 33, said', 'Claire, 34 ans,', 'Mitch McConnell, R-Ky., said': age or seat
            continue
        # ('the head of the union, economist Mark Dean, said': a role before a name is no modifier clause)
        # ('The bill's author, state Sen. Marie Ortiz, said': a title after a lower-case modifier, too)
        titled = False
        if start + 1 < end:
            following = tokens[start + 1]
            titled = following.is_capitalized and (is_role(opener.lower, lex) or is_role(following.lower, lex))
        modifier = _is_modifier_clause(opener, lex) and not titled
        if not found and (_is_relative_clause(tokens, start, end, floor, lex) or modifier):
            end = start - 1  # 'Sanders, who is running, said', 'Urzúa, propuesto por ..., sostuvo': skip it
            continue
        if not found and (_opens_with_preposition(opener, lex) or _ends_a_place(tokens, start, end, floor, lex)):
            end = start - 1  # 'Cory James, 22, of Flint, Mich., said': where someone is from, skip it
            continue
        if len(found) == 1 and start == floor and holder_of_the_adverbial_role(tokens, start, end, comma + 1, lex):
            return None  # 'Sobre su relación con el entrenador, Lionel Scaloni, dijo': the role's holder, no subject
        mention = mention_of(text, tokens, start, end, lex) if noun_like(tokens, start, end, lex) else None
        if mention is None or opening_participle(tokens, start, end, floor, lex):
            break  # 'Irritada, a loira …': a participle opening the sentence, no apposition
        found.append(mention)
        end = start - 1
    if not found:
        return None
    if len(found) == 2:
        inner, outer = found
        name, other = (inner, outer) if _as_a_name(inner) >= _as_a_name(outer) else (outer, inner)
        return Mention(name.text, name.start, name.end, name.kind, other.text)
    return found[0]


def _as_a_name(mention: Mention) -> tuple[bool, float]:
    """A person's name first ('Tim Saalfeld (SPD)'; German capitalizes 'Der Landrat des Kreises' as well),
    then the share of capitalized words."""
    words = [w for w in mention.text.split() if not bracketed(w)]
    person = any(w[:1].isupper() and is_given_name(w) and n[:1].isupper() for w, n in pairwise(words))
    return (person, name_score(mention))


def _subordinate_opening(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int | None:
    """Where a subordinate clause opens inside tokens[start:end], after its conjunction ('while', 'tandis
    que', 'mientras'), when the conjunction stands within the stretch, not at its head."""
    k = next((k for k in range(end - 1, start, -1) if tokens[k].lower in lex.subordinators), None)
    if k is None:
        return None
    opening = clause_after(tokens, k, end, lex)
    return opening if opening < end else None


def clause_after(tokens: list[Token], conjunction: int, end: int, lex: Lexicon) -> int:
    """Where the clause a conjunction opens starts: right after it, or after 'que' ('tandis que')."""
    k = conjunction + 1
    return k + 1 if k < end and tokens[k].lower in lex.complementizers else k


def _is_relative_clause(tokens: list[Token], start: int, end: int, floor: int, lex: Lexicon) -> bool:
    """'Sanders, who is running, said', 'Küng, der als Kritiker gilt, hofft': a stretch opened by a
    relative pronoun after its noun. Where that pronoun is also an article (German 'der', 'die'), the
    clause closes on its verb: 'X, der Parteivorsitzende, sagte' is an apposition, and the stretch that
    opens the sentence ('Die das Unglück überlebende Alice Kakamara, 30, beschrieb') is its subject."""
    opener = tokens[start]
    if start <= floor or opener.lower not in lex.relative_pronouns:
        return False
    if opener.lower not in lex.determiners:
        return True
    last = next((t for t in reversed(tokens[start:end]) if t.is_word), opener)
    return not last.is_capitalized


def opening_participle(tokens: list[Token], start: int, end: int, floor: int, lex: Lexicon) -> bool:
    """'Irritada, a loira respondeu', 'Preguntado por los plazos, dijo que …': a participle opening the
    sentence, alone or with what it governs, describes the subject left unsaid; it is none itself."""
    word = tokens[start]
    if start != floor or not word.lower.endswith(lex.participle_endings or ("\0",)):
        return False
    if end - start == 1:
        return True
    # (not 'Machado de Assis, …': a name's particle is no preposition the participle governs)
    governed = tokens[start + 1]
    return is_preposition(governed, lex) and governed.lower not in lex.name_particles


def _is_modifier_clause(token: Token, lex: Lexicon) -> bool:
    """A lower-case participle or adjective opening a stretch between commas: 'propuesto por ...'."""
    low = token.lower
    return (
        token.is_word
        and not token.is_capitalized
        and low not in lex.determiners
        and low not in lex.pronouns
        and not low.isdigit()
        and low not in lex.np_stops
        and low not in lex.connectors
    )


def noun_like(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """Can tokens[lo:hi] (a stretch between commas) be a subject or an apposition?"""
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words or hi - lo > MAX_PHRASE or any(t.quote is not None for t in tokens[lo:hi]):
        return False
    first = words[0]
    if first.lower in lex.np_stops or first.lower in lex.connectors or is_preposition(first, lex):
        return False
    if len(words) == 1 and is_pronoun(first, lex):
        return True
    if len(words) == 1 and (first.lower in lex.adverbs or first.lower.endswith(("mente", "ment", "ly"))):
        return False  # 'Finalmente, dijo que'
    if any(t.is_capitalized for t in words[1:]):
        return True
    return (first.lower in lex.determiners or first.is_capitalized) and len(words) <= 6


def _ends_a_place(tokens: list[Token], start: int, end: int, floor: int, lex: Lexicon) -> bool:
    """One capitalized word between commas after a stretch that opens with a preposition: the state or
    country closing a place ('of Flint, Mich.,', 'de Lyon, France,')."""
    words = [t for t in tokens[start:end] if t.is_word]
    if len(words) != 1 or not words[0].is_capitalized or start - 2 < floor or tokens[start - 1].text != ",":
        return False
    k = start - 2
    while k > floor and tokens[k - 1].text != ",":
        k -= 1
    return _opens_with_preposition(tokens[k], lex)


def holder_of_the_adverbial_role(tokens: list[Token], lo: int, comma: int, hi: int, lex: Lexicon) -> bool:
    """'Sobre su relación con el entrenador, Lionel Scaloni, dijo': a phrase opening the sentence with a
    preposition ends on a role at `comma`, and the name set off after it is that role's holder, not the
    sentence's subject (which is left unsaid)."""
    if comma - 1 <= lo or not _opens_with_preposition(tokens[lo], lex) or not is_role(tokens[comma - 1].lower, lex):
        return False
    ahead = next((k for k in range(comma + 1, min(hi, comma + 2 + _HOLDER_WORDS)) if not tokens[k].is_capitalized), hi)
    return comma + 1 < ahead < hi and tokens[ahead].text == ","


_HOLDER_WORDS = 5  # 'José Antonio Kast Rist' and a particle


def _opens_with_preposition(token: Token, lex: Lexicon) -> bool:
    # 'of', 'de' link a name's parts ('Bank of America') but open a stretch of their own only as prepositions
    link = token.lower in lex.np_links and token.lower not in lex.determiners and not token.is_capitalized
    return is_preposition(token, lex) or link


def past_dateline(text: str, tokens: list[Token], lo: int, hi: int) -> int:
    """The first token after a dateline opening tokens[lo:hi] ('Madrid, 12 nov (EFE).-'), or lo: a place
    and an agency are no one's subject."""
    if hi - lo <= 2:
        return lo
    reach = tokens[min(hi, lo + _DATELINE_TOKENS) - 1].end
    skipped = dateline_length(text[tokens[lo].start : reach])
    i = lo
    while skipped and i < hi and tokens[i].start < tokens[lo].start + skipped:
        i += 1
    return i


_DATELINE_TOKENS = 14  # 'Brasília, 10 de novembro de 2025 -': a place, a date, an agency and the dash
