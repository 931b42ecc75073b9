"""Noun phrases around a cue verb: who is doing the saying.

Without a parser, a subject is read from the tokens next to the cue: leftwards for 'X said', rightwards
for inverted 'said X', '« … », a déclaré lors d'une conférence de presse l'avocat de la famille'.
A determiner preceded by a preposition belongs to an adverbial phrase ('lors d'une conférence') and
is skipped; appositions between commas ('the minister, Paulo Guedes,') keep the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

MAX_PHRASE = 12
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
    return token.lower in lex.pronouns


def mention_of(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, alias: str | None = None
) -> Mention | None:
    """A Mention for tokens[lo:hi], trimmed of dangling links and punctuation, or None."""
    while (
        lo < hi
        and tokens[lo].text != "("
        and tokens[lo].lower not in lex.determiners
        and (not tokens[lo].is_word or tokens[lo].lower in lex.np_links or tokens[lo].lower in lex.connectors)
    ):
        lo += 1
    while hi > lo and (tokens[hi - 1].lower in lex.np_links or tokens[hi - 1].text in ",(-"):
        hi -= 1
    if hi <= lo:
        return None
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words or all(t.lower in lex.determiners for t in words):
        return None  # 'the' alone, cut off by a quotation mark
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
    """Leftmost index of the phrase that ends just before `end`. A phrase may hold a prepositional
    modifier ('El experto en política económica') when a determiner or a name opens it further left."""
    j = end - 1
    taken = 0
    fallback: int | None = None  # where the phrase starts if the crossing of a preposition fails
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
        if low in lex.np_stops or (_is_pronoun(token, lex) and j < end - 1):
            break
        if low in lex.prepositions and low not in lex.np_links and low not in lex.determiners:
            if fallback is not None or taken == 0:
                break
            fallback = j + 1
            taken += 1
            j -= 1
            continue
        taken += 1
        j -= 1
        if low in lex.determiners and not (j >= floor and tokens[j].lower in lex.np_links):
            if fallback is not None and j >= floor and is_preposition(tokens[j], lex):
                return fallback  # 'Sobre la construcción': the determiner belongs to an adverbial
            return j + 1  # a determiner opens the phrase
        if _is_pronoun(token, lex):
            if j - 1 >= floor and tokens[j].lower in lex.partitives and tokens[j - 1].is_word:
                return j - 1  # 'one of them', 'uno de ellos': a member of a group, not the last speaker
            return j + 1
    start = j + 1
    opener = tokens[start] if start < end else None
    opens_phrase = opener is not None and (
        opener.lower in lex.determiners or (opener.is_capitalized and not is_preposition(opener, lex))
    )
    if fallback is not None and not opens_phrase:
        return fallback  # the crossing found no determiner or name to open the phrase
    return start


def noun_phrase_before(text: str, tokens: list[Token], cue: int, floor: int, lex: Lexicon) -> Mention | None:
    """The subject standing before the cue at index `cue` (not reaching before `floor`)."""
    j = cue
    for k in range(cue - 2, max(floor, cue - 8), -1):
        if tokens[k].lower in lex.adverbs and is_preposition(tokens[k + 1], lex):
            j = k  # 'Otto Schily noch im Mai 2005 forderte': the subject ends before its adverbial
            break
    while j > floor and (tokens[j - 1].lower in lex.adverbs or tokens[j - 1].lower in lex.auxiliaries):
        j -= 1  # 'Trump on Friday described', 'Trump has also said'

    while j > floor + 1 and tokens[j - 1].lower in lex.clitics and not tokens[j - 1].is_capitalized:
        j -= 1  # object pronouns before the verb: 'Alain d'Iribarne les a qualifiés', 'lo dijo'
    if j > floor and tokens[j - 1].lower in lex.coordinators:
        return None  # '... defendeu a desoneração e disse que': the subject is the first verb's
    if j - 3 >= floor and tokens[j - 1].text == tokens[j - 3].text == "," and tokens[j - 2].lower in lex.adverbs:
        j -= 3  # 'The two lawmakers, however, argue'
    if j > floor and tokens[j - 1].text == ",":
        return _apposition_before(text, tokens, j - 1, floor, lex)
    return _subject_ending_at(text, tokens, j, floor, lex)


def _subject_ending_at(text: str, tokens: list[Token], end: int, floor: int, lex: Lexicon) -> Mention | None:
    """The phrase ending at `end`, unless it is the object of a preposition ('Sobre la construcción ...')."""
    start = _phrase_start_before(tokens, end, floor, lex)
    if start > floor and is_preposition(tokens[start - 1], lex) and tokens[start - 1].lower not in lex.subordinators:
        return None
    mention = mention_of(text, tokens, start, end, lex)
    described = mention is not None and tokens[start].lower in lex.determiners
    if described and start - 1 > floor and tokens[start - 1].text == ",":
        name = _unclosed_apposition(text, tokens, start - 1, floor, lex)
        if name is not None:
            return Mention(name.text, name.start, name.end, "name", mention.text)
    return mention


def _unclosed_apposition(text: str, tokens: list[Token], comma: int, floor: int, lex: Lexicon) -> Mention | None:
    """'Stephen Singer, ein Klimaexperte vom WWF erklärte': the name that opens the sentence, when the
    description after it lacks its closing comma."""
    if any(t.text == "," for t in tokens[floor:comma]) or not _noun_like(tokens, floor, comma, lex):
        return None
    name = mention_of(text, tokens, floor, comma, lex)
    return name if name is not None and name.kind == "name" and _name_score(name) == 1.0 else None


def is_preposition(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.prepositions and token.lower not in lex.determiners


def _apposition_before(text: str, tokens: list[Token], comma: int, floor: int, lex: Lexicon) -> Mention | None:
    """The subject before 'X, the Y of Z, said' / 'the Y, X, said' / 'X, who ..., said' (the name is
    preferred). A comma closing a subordinate clause ('Asked about it, replied') means no subject here."""
    found: list[Mention] = []
    end = comma
    while end > floor and len(found) < 2:
        start = end
        while start > floor and tokens[start - 1].text != ",":
            start -= 1
        opener = tokens[start]
        if all(t.text.isdigit() or not t.is_word for t in tokens[start:end]):
            end = start - 1  # 'Ki Hong, 33, said': an age between commas
            continue
        if not found and (opener.lower in lex.relative_pronouns or _is_modifier_clause(opener, lex)):
            end = start - 1  # 'Sanders, who is running, said', 'Urzúa, propuesto por ..., sostuvo': skip it
            continue
        mention = mention_of(text, tokens, start, end, lex) if _noun_like(tokens, start, end, lex) else None
        if mention is None:
            break
        found.append(mention)
        end = start - 1
    if not found:
        return None
    if len(found) == 2:
        inner, outer = found
        name, other = (inner, outer) if _name_score(inner) >= _name_score(outer) else (outer, inner)
        return Mention(name.text, name.start, name.end, name.kind, other.text)
    return found[0]


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


def _noun_like(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """Can tokens[lo:hi] (a stretch between commas) be a subject or an apposition?"""
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words or hi - lo > MAX_PHRASE or any(t.quote is not None for t in tokens[lo:hi]):
        return False
    first = words[0]
    if first.lower in lex.np_stops or first.lower in lex.connectors or is_preposition(first, lex):
        return False
    if len(words) == 1 and _is_pronoun(first, lex):
        return True
    if len(words) == 1 and (first.lower in lex.adverbs or first.lower.endswith(("mente", "ment", "ly"))):
        return False  # 'Finalmente, dijo que'
    if any(t.is_capitalized for t in words[1:]):
        return True
    return (first.lower in lex.determiners or first.is_capitalized) and len(words) <= 6


def _name_score(mention: Mention) -> float:
    """How much a phrase looks like a proper name: the share of its words that are capitalized."""
    words = mention.text.split()
    return sum(w[:1].isupper() for w in words) / len(words) if words else 0.0


def noun_phrase_after(text: str, tokens: list[Token], begin: int, ceiling: int, lex: Lexicon) -> Mention | None:
    """The subject standing after a cue, from index `begin` (exclusive `ceiling`), skipping adverbials:
    inside a prepositional phrase ('en el programa Despierta con Loret') even names are skipped; a
    determiner that no preposition governs starts the subject ('lors d'une conférence l'avocat ...')."""
    i = begin
    in_adverbial = False
    limit = min(ceiling, begin + 2 * MAX_PHRASE)
    while i < limit:
        token = tokens[i]
        if token.quote is not None or token.text in _CLAUSE_PUNCT or token.text == ",":
            return None
        low = token.lower
        if low in lex.np_stops or looks_like_gerund(token, lex):
            return None
        if _is_pronoun(token, lex) and not in_adverbial:
            return mention_of(text, tokens, i, i + 1, lex)
        previous = tokens[i - 1].lower if i > begin else ""
        governed = previous in lex.prepositions or previous in lex.np_links or previous.endswith("'")
        if low in lex.determiners and not governed and low not in lex.prepositions:
            return _extend_after(text, tokens, i, limit, lex)
        if token.is_capitalized and not in_adverbial and low not in lex.adverbs and low not in lex.prepositions:
            return _extend_after(text, tokens, i, limit, lex)
        if low in lex.prepositions and low not in lex.determiners:
            in_adverbial = True
        i += 1
    return None


def phrase_from(
    text: str, tokens: list[Token], start: int, limit: int, lex: Lexicon, bare: bool = False
) -> Mention | None:
    """The noun phrase that opens at tokens[start] (a determiner or a name; any noun when `bare`,
    after a contracted article: 'au cabinet du maire'), or None."""
    if start >= limit or not tokens[start].is_word:
        return None
    if not (bare or tokens[start].lower in lex.determiners or tokens[start].is_capitalized):
        return None
    if bare:  # 'por oficiais e feita em ...': a bare noun phrase ends at a coordinator
        limit = next((k for k in range(start + 1, limit) if tokens[k].lower in lex.coordinators), limit)
    return _extend_after(text, tokens, start, limit, lex)


def _extend_after(text: str, tokens: list[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    i = start + 1
    named = tokens[start].is_capitalized and tokens[start].lower not in lex.determiners
    described = not named  # 'a secretária de Vigilância em Saúde': a title may hold prepositions
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
            # 'la ministra de Medio Ambiente, Lucía Ferrer,': the name, with the description as alias
            description = mention_of(text, tokens, start, i, lex)
            name = mention_of(text, tokens, i + 1, _apposition_end(tokens, i + 1, limit), lex)
            if name is not None:
                return Mention(name.text, name.start, name.end, "name", description.text if description else None)
            break
        if not token.is_word or token.quote is not None:
            break
        if low in lex.np_stops or low in lex.adverbs or low.endswith("mente") or low.endswith("ment"):
            break
        if described and low in lex.prepositions and _title_goes_on(tokens, i, limit, lex):
            i += 1
            continue
        if named and not token.is_capitalized and low not in lex.np_links:
            break  # 'Administración de López Obrador no se plantea': the name ends where the verb starts
        if low in lex.prepositions and low not in lex.np_links:
            break
        if low in lex.determiners and low not in lex.np_links and tokens[i - 1].lower not in lex.np_links:
            break
        if token.is_inverted_pronoun:
            break
        named = named or (token.is_capitalized and low not in lex.np_links)
        i += 1
        if i - start >= MAX_PHRASE:
            break
    return mention_of(text, tokens, start, i, lex)


def _title_goes_on(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> bool:
    """'secretária de Vigilância em Saúde': a preposition inside a capitalized title."""
    return (
        i + 1 < limit
        and tokens[i - 1].is_capitalized
        and tokens[i + 1].is_capitalized
        and tokens[i + 1].lower not in lex.determiners
    )


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


def looks_like_gerund(token: Token, lex: Lexicon) -> bool:
    """dirigiéndose, reconociendo, adding: a participle clause, not a subject."""
    low = token.lower
    if low in lex.not_gerunds:
        return False
    return not token.is_capitalized and len(low) > 5 and low.endswith(lex.gerund_endings)
