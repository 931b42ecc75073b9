"""Noun phrases around a cue verb: who is doing the saying.

Without a parser, a subject is read from the tokens next to the cue: leftwards for 'X said', rightwards
for inverted 'said X', '« … », a déclaré lors d'une conférence de presse l'avocat de la famille'.
A determiner preceded by a preposition belongs to an adverbial phrase ('lors d'une conférence') and
is skipped; appositions between commas ('the minister, Paulo Guedes,') keep the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .tokens import Token

MAX_PHRASE = 12
_ENGLISH_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_CLAUSE_PUNCT = set('.;:!?"«»“”„‘’‹›—–')


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase naming who speaks, as it stands in the text."""

    text: str
    start: int
    end: int
    kind: str  # "name", "description" or "pronoun"
    alias: str | None = None  # another phrase for the same speaker given beside it (apposition)


def _is_pronoun(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.pronouns or token.lower in _ENGLISH_PRONOUNS


def _mention(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, alias: str | None = None
) -> Mention | None:
    """A Mention for tokens[lo:hi], trimmed of dangling links and punctuation, or None."""
    while lo < hi and (not tokens[lo].is_word or tokens[lo].lower in lex.np_links) and tokens[lo].text != "(":
        lo += 1
    while hi > lo and (tokens[hi - 1].lower in lex.np_links or tokens[hi - 1].text in ",(-"):
        hi -= 1
    if hi <= lo:
        return None
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words:
        return None
    if len(words) == 1 and _is_pronoun(words[0], lex):
        kind = "pronoun"
    elif any(t.is_capitalized for t in words[1:]) or (
        words[0].is_capitalized and words[0].lower not in lex.determiners
    ):
        kind = "name"
    else:
        kind = "description"
    if words[0].lower in lex.prepositions and words[0].lower not in lex.determiners:
        return None  # an adverbial ('on Monday'), not a subject
    span_text = " ".join(text[tokens[lo].start : tokens[hi - 1].end].split())
    return Mention(span_text, tokens[lo].start, tokens[hi - 1].end, kind, alias)


def _phrase_start_before(tokens: list[Token], end: int, floor: int, lex: Lexicon) -> int:
    """Leftmost index of the phrase that ends just before `end`."""
    j = end - 1
    taken = 0
    while j >= floor and taken < MAX_PHRASE:
        token = tokens[j]
        if token.text == ")":
            opening = next((k for k in range(j - 1, max(floor, j - 8) - 1, -1) if tokens[k].text == "("), None)
            if opening is None:
                break
            j = opening - 1
            continue
        if not token.is_word or token.quote is not None:
            break
        low = token.lower
        if low in lex.np_stops or (low in lex.prepositions and low not in lex.np_links and low not in lex.determiners):
            break
        if _is_pronoun(token, lex) and j < end - 1:
            break
        taken += 1
        j -= 1
        if low in lex.determiners and not (j >= floor and tokens[j].lower in lex.np_links):
            break  # a determiner opens the phrase
        if _is_pronoun(token, lex):
            break
    return j + 1


def noun_phrase_before(text: str, tokens: list[Token], cue: int, floor: int, lex: Lexicon) -> Mention | None:
    """The subject standing before the cue at index `cue` (not reaching before `floor`)."""
    j = cue
    while j > floor and (tokens[j - 1].lower in lex.adverbs or tokens[j - 1].lower in lex.auxiliaries):
        if tokens[j - 1].is_capitalized and j - 1 > floor:
            break  # a capitalized word here is a name ('Jeff Weaver'), not an adverb
        j -= 1
    if j > floor and tokens[j - 1].text == ",":
        return _apposition_before(text, tokens, j - 1, floor, lex)
    start = _phrase_start_before(tokens, j, floor, lex)
    return _mention(text, tokens, start, j, lex)


def _apposition_before(text: str, tokens: list[Token], comma: int, floor: int, lex: Lexicon) -> Mention | None:
    """'X, the Y of Z, said' / 'the Y, X, said' / 'X, who ..., said': prefer the name."""
    inner_start = _phrase_start_before(tokens, comma, floor, lex)
    inner = _mention(text, tokens, inner_start, comma, lex)
    before_comma = inner_start - 1
    outer = None
    if before_comma > floor and tokens[before_comma].text == ",":
        outer = _mention(text, tokens, _phrase_start_before(tokens, before_comma, floor, lex), before_comma, lex)
    elif inner_start > floor and tokens[inner_start - 1].lower in lex.np_stops:
        # a relative clause: 'Sanders, who is running, said' -> the phrase before it
        k = next((k for k in range(inner_start - 1, floor - 1, -1) if tokens[k].text == ","), None)
        if k is not None:
            outer = _mention(text, tokens, _phrase_start_before(tokens, k, floor, lex), k, lex)
            return outer
    if inner and outer:
        name, other = (inner, outer) if inner.kind == "name" or outer.kind != "name" else (outer, inner)
        return Mention(name.text, name.start, name.end, name.kind, other.text)
    return inner or outer


def noun_phrase_after(text: str, tokens: list[Token], begin: int, ceiling: int, lex: Lexicon) -> Mention | None:
    """The subject standing after a cue, from index `begin` (exclusive `ceiling`), skipping adverbials."""
    i = begin
    after_preposition = False
    limit = min(ceiling, begin + 2 * MAX_PHRASE)
    while i < limit:
        token = tokens[i]
        if token.quote is not None or token.text in _CLAUSE_PUNCT or token.text == ",":
            return None
        low = token.lower
        if _is_pronoun(token, lex):
            return _mention(text, tokens, i, i + 1, lex)
        starts_phrase = (low in lex.determiners or token.is_capitalized) and not after_preposition
        if starts_phrase and low not in lex.adverbs and low not in lex.prepositions:
            return _extend_after(text, tokens, i, limit, lex)
        if low in lex.determiners and after_preposition:
            after_preposition = False  # 'lors d'une conférence': the determiner of the adverbial
        else:
            after_preposition = low in lex.prepositions or low in lex.np_links or low.endswith(("'",))
        i += 1
    return None


def _extend_after(text: str, tokens: list[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    i = start + 1
    while i < limit:
        token = tokens[i]
        low = token.lower
        if token.text == "(":
            closing = next((k for k in range(i + 1, min(limit, i + 8)) if tokens[k].text == ")"), None)
            if closing is None:
                break
            i = closing + 1
            continue
        if token.text == "," and _apposition_name_follows(tokens, i, limit):
            i = _apposition_end(tokens, i + 1, limit)
            continue
        if not token.is_word or token.quote is not None:
            break
        if low in lex.np_stops or low in lex.adverbs or low.endswith("mente") or low.endswith("ment"):
            break
        if low in lex.prepositions and low not in lex.np_links:
            break
        if low in lex.determiners and tokens[i - 1].lower not in lex.np_links:
            break
        if token.is_inverted_pronoun:
            break
        i += 1
        if i - start >= MAX_PHRASE:
            break
    return _mention(text, tokens, start, i, lex)


def _apposition_name_follows(tokens: list[Token], comma: int, limit: int) -> bool:
    """', Paulo Guedes,' after a description: a name between commas (or before the clause's end)."""
    j = comma + 1
    names = 0
    while j < limit and tokens[j].is_word and tokens[j].is_capitalized:
        names += 1
        j += 1
    return names >= 1 and (j >= limit or tokens[j].text in ",.;:")


def _apposition_end(tokens: list[Token], j: int, limit: int) -> int:
    while j < limit and tokens[j].is_word and tokens[j].is_capitalized:
        j += 1
    return j
