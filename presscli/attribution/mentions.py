"""A mention: the phrase that names who speaks (a name, a description, a pronoun), and the tests every
reader of such phrases shares. Without a parser, phrases are read from the tokens next to a cue: see
`phrases_before` (leftwards, 'X said') and `phrases_after` (rightwards, inverted 'said X')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presscli.attribution.given_names import given_name_gender
from presscli.lexicon import Lexicon, stopwords
from presscli.text.tokens import Token

MAX_PHRASE = 12


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase naming who speaks, as it stands in the text."""

    text: str
    start: int
    end: int
    kind: str  # "name", "description" or "pronoun"
    alias: str | None = None  # another phrase for the same speaker given beside it (apposition)


def is_pronoun(token: Token, lex: Lexicon) -> bool:
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
    if lo < hi and tokens[lo].lower in lex.modal_verbs and not tokens[lo].is_capitalized:
        if lex.lang != "de":
            return None  # a finite verb opens a clause, not a phrase: '"…", a de son côté estimé X'
        lo += 1  # German puts the subject after its finite verb: '„…“, wird Panetta zitiert'
    # a phrase ends at an auxiliary or a modal: 'Ed Krayewski [may have said]', 'Fiorina and Huckabee [have all]'
    # ('Theresa May' is a name: a capitalized modal after a capitalized word goes on with it)
    hi = next((k for k in range(lo + 1, hi) if _modal(tokens, k, lex)), hi)
    while hi > lo and (tokens[hi - 1].lower in lex.np_links or tokens[hi - 1].text in ",(-"):
        hi -= 1
    if hi <= lo:
        return None
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words or all(t.lower in lex.determiners for t in words):
        return None  # 'the' alone, cut off by a quotation mark
    if any(t.lower in lex.np_stops and not t.is_capitalized for t in words[1:]):
        return None  # 'Le gouvernement ne reculera pas': a clause ('ne', 'that', 'dass'), never a phrase
    contracted = words[-1].lower.replace("’", "'").split("'")
    if len(contracted) > 1 and contracted[0] in stopwords(lex.lang) and not words[-1].is_capitalized:
        return None  # 'that power for what’s [today called]': 'what is' ends a clause, not a phrase
    if len(words) > 1 and is_pronoun(words[0], lex) and words[1].lower not in lex.np_links:
        return None  # 'He also hosts a Sunday talk show, writes …': a clause, not a phrase ('one of them' is)
    if len(words) == 1 and is_pronoun(words[0], lex):
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


def is_preposition(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.prepositions and token.lower not in lex.determiners


def name_score(mention: Mention) -> float:
    """How much a phrase looks like a proper name: the share of its words that are capitalized."""
    words = mention.text.split()
    return sum(w[:1].isupper() for w in words) / len(words) if words else 0.0


def looks_like_gerund(token: Token, lex: Lexicon) -> bool:
    """dirigiéndose, reconociendo, adding: a participle clause, not a subject."""
    low = token.lower
    if low in lex.not_gerunds or low in lex.prepositions:  # 'devant', 'pendant', 'durante'
        return False
    return not token.is_capitalized and len(low) > 5 and low.endswith(lex.gerund_endings)


def speaks(mention: Mention, lex: Lexicon) -> bool:
    """Names and pronouns speak; a description speaks when it names a role or a body ('the ministry')."""
    if mention.kind != "description":
        return True
    words = (word.lower().strip("'’") for word in mention.text.split())
    # 'ex-governador', 'la exministra': a former office still names who speaks
    return any(form in lex.speaker_nouns for word in words for form in role_forms(word))


def role_forms(low: str) -> tuple[str, ...]:
    """A lower-case word and the role it may hold inside: after a hyphen ('ex-governador', 'SPD-Vorsitzende')
    or after an 'ex' written as one word with it ('exministra', 'expresidente')."""
    head = low.rsplit("-", 1)[-1]
    inner = low[2:] if low.startswith("ex") else ""
    return (low, *(form for form in (head, inner) if form and form != low))


def name_only(mention: Mention, lex: Lexicon) -> bool:
    """Capitalized words and name particles only: a name, not a clause ('SPD will hohe Einkommen')."""
    return all(w[:1].isupper() or w.lower() in lex.np_links for w in mention.text.split())


def someone_like(mention: Mention, lex: Lexicon) -> bool:
    """A name or a pronoun, or a description with a word for a person, a body or a document in it ('the
    protesters', 'la cour d'assises', 'the statement'); not 'the first incident came'."""
    if mention.kind != "description":
        return True
    words = {w.lower().strip("'’").split("'")[-1].split("’")[-1] for w in mention.text.split()}
    kinds = (lex.speaker_nouns, lex.person_nouns, lex.official_bodies, lex.org_words, lex.document_nouns)
    return any(not words.isdisjoint(kind) for kind in kinds) or any(w.endswith(lex.agent_suffixes) for w in words)


def _modal(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    token = tokens[k]
    # ('Theresa May', 'Estado de São Paulo': a capitalized modal after a capitalized word or a name's link)
    linked = tokens[k - 1].lower in lex.np_links and k > 1 and tokens[k - 2].is_capitalized
    in_a_name = token.is_capitalized and ((tokens[k - 1].is_capitalized and tokens[k - 1].is_word) or linked)
    return token.lower in lex.modal_verbs and token.quote is None and not in_a_name


def fits(pronoun: Mention, named: Mention, lex: Lexicon) -> bool:
    """Can the pronoun mean the person named: not 'he' for 'Hillary Clinton'? Unknown genders fit."""
    wanted = lex.gender(pronoun.text.lower())
    given = next((g for word in named.text.split() if (g := given_name_gender(word, lex.lang))), None)
    return wanted is None or given is None or wanted == given


PARTY_AND_STATE = re.compile(r"\(?[DRI]-[A-Z][A-Za-z.]{0,6}\)?")


def party_and_state(tokens: list[Token]) -> bool:
    """'R-Ky.', '(D-N.Y.)': how the US press marks a member of Congress, after the name."""
    return bool(tokens) and PARTY_AND_STATE.fullmatch("".join(t.text for t in tokens)) is not None


def names_a_group(mention: Mention, lex: Lexicon) -> bool:
    """'des élus', 'los manifestantes', 'the protesters': a group, by its article or its plural noun."""
    words = mention.text.lower().split()
    if mention.kind != "description" or not words:
        return False
    return words[0] in lex.plural_determiners or (
        lex.lang == "en" and words[-1].endswith("s") and not words[-1].endswith(("ss", "'s", "’s"))
    )
