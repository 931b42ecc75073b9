"""Who a sentence is about, when no cue says who speaks: the person a narrating sentence opens with
('Velma também usa ...', 'Depois disso, Dean se mudou ...'), whom a later pronoun or an elided
subject ('..., afirma.') points to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set as AbstractSet

from presscli.attribution.appositions import holder_of_the_adverbial_role, past_dateline
from presscli.attribution.cue_subjects import main_clause_phrase
from presscli.attribution.doers import is_doer
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, fits, is_preposition, mention_of, role_forms
from presscli.attribution.months import is_month
from presscli.attribution.phrases_after import phrase_from, role_then_name
from presscli.attribution.plausible import NameEvidence, is_document, is_role, plausible, rare_in_german
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_OPENING_CONNECTORS = 3  # 'Mas, e então,' before the subject
_ADVERBIAL_REACH = 12  # tokens to the comma closing an opening adverbial: 'Au nom des députés communistes,'
_SHORT_ADVERBIAL = 5  # 'Depois disso,' 'Kurz darauf,': a subject may follow a short one even without a preposition
_NAME_WORDS = 5  # 'José Antonio Kast Rist' and a particle
_WORDS_BEFORE_NAME = 4  # 'Le maire de Lyon Jean Moreau': further in, the name is not the subject's own


def sentence_subject(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, names: frozenset[str]
) -> Mention | None:
    """Who a sentence is about when it opens with a pronoun or a known name ('Velma também usa ...')."""
    i = past_dateline(text, tokens, lo, hi)  # 'PARIS — Le ministre …', 'Madrid, 12 nov (EFE).- La huelga …'
    while i < hi and i - lo < _OPENING_CONNECTORS + 2 and (_opening_connector(tokens[i], lex) or not tokens[i].is_word):
        i += 1
    if i < hi and ((tokens[i].lower,) in lex.opinion_prefix or (tokens[i].lower,) in lex.according_to):
        i += 1  # 'Mas, para Velma, isso não é suficiente'
    elif i < hi and is_preposition(tokens[i], lex):
        # 'Au nom des députés communistes, Pierre Dharréville a eu ...': past the opening adverbial
        comma = next((k for k in range(i + 1, min(hi, i + _ADVERBIAL_REACH)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        if holder_of_the_adverbial_role(tokens, i, comma, hi, lex):
            return None  # 'Sobre su relación con el entrenador, Lionel Scaloni, dijo': the subject is unsaid
        i = comma + 1
    if i >= hi:
        return None
    if not _opens_subject(tokens, i, hi, lex, names):
        # 'Depois disso, Dean se mudou ...', 'Kurz darauf, er ...': past a short opening adverbial
        comma = _short_clause_comma(tokens, i, hi)
        if comma is not None and _opens_subject(tokens, comma + 1, hi, lex, names):
            i = comma + 1
    token = tokens[i]
    if token.lower in lex.pronouns and token.lower not in lex.thing_pronouns:
        return Mention(token.text, token.start, token.end, "pronoun")
    role = role_then_name(tokens, i, hi, lex) if token.is_word and not token.is_capitalized else None
    if role is not None:  # 'restaurant owner Mike Dubois surveyed the damage': a role run, then the name
        holder = phrase_from(text, tokens, role + 1, hi, lex)
        return holder if holder is not None and holder.kind == "name" else None
    if token.lower in lex.determiners:  # 'Le maire Jean Moreau a présenté ...': a phrase holding a name
        phrase = phrase_from(text, tokens, i, hi, lex)
        # 'Der Sprecher der Fraktion, Dieter Wiefelspütz, will …', 'o ex-namorado da cantora, o ator Caio
        # Neves, preferiu …': the name the description introduces
        named = _apposed_name(text, tokens, phrase, hi, lex) if phrase is not None else None
        if phrase is not None and phrase.kind == "description" and (named or _someone_described(phrase, lex)):
            if named is not None or _ends_at_its_head(phrase, lex):
                return named or phrase
            return mention_of(text, tokens, i, _head_end(tokens, i, hi, lex), lex)
        if phrase is None or phrase.kind != "name" or not any(w in names for w in phrase.text.split()[1:]):
            return None
        return phrase if phrase.alias else _up_to_the_name(text, tokens, i, phrase.end, lex)
    # "Hoff’s letter makes the case:" opens with her (not "December's agreement" with a month)
    ending = next((e for e in lex.possessive_endings if token.lower.endswith(e)), "")
    owner = token.text[: -len(ending)] if ending else ""
    owns = owner in names and not is_month(owner.lower())
    if not token.is_capitalized:
        return None
    j = i + 1
    while (
        j < hi
        and j - i < _NAME_WORDS
        and tokens[j].is_word
        and (tokens[j].is_capitalized or tokens[j].lower in lex.np_links)
    ):
        j += 1
    role = role_then_name(tokens, j, hi, lex) if j < hi and not tokens[j].is_capitalized else None
    introduced = role is not None and is_given_name(tokens[role + 1].text)  # ('chief Democratic rival' is no name)
    holder = phrase_from(text, tokens, role + 1, hi, lex) if role is not None and introduced else None
    single = holder is not None and not any(w.lower() in lex.coordinators for w in holder.text.split())
    if holder is not None and holder.kind == "name" and single:  # ('Clinton and Sanders' are two)
        return holder  # 'Republican presidential candidate Donald Trump tweeted': he, not 'Republican'
    if token.text not in names and not owns and not _person_named_at(tokens, i, hi, lex):
        return None
    return mention_of(text, tokens, i, j, lex)


def named_after_a_short_clause(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """The person named in full (titles before the name allowed) who opens the main clause after a short
    opening clause ('Asked about the exchange, Gov. Rick Snyder declined'), or None (the one asked is then
    whoever was speaking)."""
    comma = _short_clause_comma(tokens, lo, hi)
    if comma is None or not _person_named_at(tokens, comma + 1, hi, lex):
        return None
    phrase = phrase_from(text, tokens, comma + 1, hi, lex)
    return phrase if phrase is not None and phrase.kind == "name" else None


def _short_clause_comma(tokens: list[Token], i: int, hi: int) -> int | None:
    """The comma closing a short clause or adverbial that opens at tokens[i] ('Depois disso,', 'Asked about it,')."""
    return next((k for k in range(i + 1, min(hi - 1, i + _SHORT_ADVERBIAL)) if tokens[k].text == ","), None)


def _opens_subject(tokens: list[Token], i: int, hi: int, lex: Lexicon, names: frozenset[str]) -> bool:
    token = tokens[i]
    if token.lower in lex.pronouns or token.lower in lex.determiners:
        return True
    return token.is_capitalized and (token.text in names or _person_named_at(tokens, i, hi, lex))


def _person_named_at(tokens: list[Token], i: int, hi: int, lex: Lexicon) -> bool:
    """'Michigan Gov. Rick Snyder', 'Gov. Rick Snyder', 'Rick Snyder': a capitalized run holding a given name
    before a surname (titles before it), however rarely the text writes its first word mid-sentence."""
    k = i
    while k + 1 < hi and k - i < _NAME_WORDS and tokens[k].is_capitalized:
        if is_given_name(tokens[k].text) and tokens[k].lower not in lex.titles:
            return tokens[k + 1].is_capitalized and tokens[k + 1].is_word
        k += 1
    return False


def _up_to_the_name(text: str, tokens: list[Token], start: int, end: int, lex: Lexicon) -> Mention | None:
    """'The group is paying for a bus tour crisscrossing Iowa' is not a name: a phrase ends where
    lower-case words follow its capitalized run ('Le maire Jean Moreau')."""
    k = start + 1
    seen_name = False
    while k < len(tokens) and tokens[k].start < end:
        token = tokens[k]
        if token.text == "(":  # 'le maire (DVG) Jean-François Fountaine'
            closing = next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), None)
            if closing is not None:
                k = closing + 1
                continue
        if token.is_capitalized:
            seen_name = True
        elif seen_name and is_role(token.lower, lex):
            k += 1  # 'the former Mexican president': the role the capitalized adjective describes closes it
            break
        elif seen_name and token.lower not in lex.np_links:
            break
        elif not seen_name and k - start > _WORDS_BEFORE_NAME:
            return None  # the name is too far in to be the subject's own
        elif not seen_name and lex.lang != "de" and token.lower.endswith(lex.inverted_verb_endings or ("\0",)):
            return None  # 'el magnate dirigió Miss Universo': the subject is 'el magnate', the name an object
        k += 1
    return mention_of(text, tokens, start, k, lex) if seen_name else None


def speaks_german(mention: Mention, lex: Lexicon) -> bool:
    """German capitalizes every noun: a role or body speaks ('Weltgesundheitsorganisation' ends in one)."""
    words = [word.lower().strip("'’()") for word in mention.text.split()]
    return any(w in lex.speaker_nouns or any(w.endswith(n) for n in lex.speaker_nouns if len(n) > 5) for w in words)


def could_be_someone(mention: Mention, lex: Lexicon, lang: str, surnames: AbstractSet[str] = frozenset()) -> bool:
    """Is a sentence's subject a person or body? In German a capitalized phrase may be any noun: it
    counts when it names a role or body, ends in a word too rare to be a common noun ('Stöhr'), or is
    a surname the text gives with a given name (`surnames`: 'Maier' after 'Herbert Maier')."""
    if _counted(mention, lex):
        return False
    if lang != "de" or mention.kind != "name" or mention.text in surnames:
        return True
    if speaks_german(mention, lex):
        return True
    words = mention.text.split()
    # 'Georg Ratzinger', 'Der Regierungschef Viktor Kovács': a given name and a surname, however common the
    # surname is as a word, after nothing but an article or a role
    given = next((k for k, word in enumerate(words) if is_given_name(word)), None)
    before = words[: given or 0]
    introduced = given is not None and all(w.lower() in lex.determiners or is_role(w.lower(), lex) for w in before)
    if introduced and 1 < len(words) - (given or 0) <= _NAME_WORDS and all(w[:1].isupper() for w in words[given:]):
        return True
    head = words[-1].lower()
    return words[0].lower() not in lex.determiners and rare_in_german(head) and not head.endswith(lex.abstract_suffixes)


def _counted(mention: Mention, lex: Lexicon) -> bool:
    """'only 2,200 Syrians', 'Many Americans', 'Mehrere Tausend Beamte': a count of people the narration
    reports on, who speak only where a cue makes them the speaker."""
    first = mention.text.split()[0].lower() if mention.text.split() else ""
    return first in lex.quantifiers or any(ch.isdigit() for ch in first)


def _someone_described(phrase: Mention, lex: Lexicon) -> bool:
    """A description whose head, the noun right after the determiner and its adjectives, names a person
    or a role ('cette maman', 'der innenpolitische Sprecher')."""
    words = [w.lower() for w in phrase.text.split()[1:_DESCRIBED_WORDS]]
    people = (lex.person_nouns, lex.speaker_nouns, lex.occupations)  # (not joined: that costs a set per call)

    def a_person(word: str) -> bool:
        return any(word in nouns for nouns in people)

    # ('los agricultores': an occupation in the plural; the lists hold the singular)
    plural = any(w.endswith("s") and (a_person(w[:-1]) or a_person(w[:-2])) for w in words)
    return plural or any(a_person(form) for word in words for form in role_forms(word))  # 'la exministra'


_DESCRIBED_WORDS = 4  # a determiner, up to two adjectives and the noun


def _ends_at_its_head(phrase: Mention, lex: Lexicon) -> bool:
    """English and German put the head last ('A senior administration official', 'der innenpolitische
    Sprecher'): a short description ending in a person's noun is whole; the Romance head follows the
    article ('cette maman attend') and is cut there (`_head_end`)."""
    words = phrase.text.split()
    last = words[-1].lower()
    if lex.lang not in ("en", "de") or len(words) > _DESCRIBED_WORDS:
        return False
    person = is_role(last, lex) or last in lex.person_nouns or last in lex.speaker_nouns
    return person and not any(w.lower() in lex.coordinators for w in words)


def _head_end(tokens: list[Token], i: int, hi: int, lex: Lexicon) -> int:
    """Where a description opened by the determiner at i ends: after the word that follows it ('cette
    maman'), or after two when the first says the office is past ('the former president', not 'the former')."""
    word = tokens[i + 1].lower if i + 2 < hi else ""
    former = word in lex.former_words and not (word.startswith("ex") and is_role(word, lex))  # not "exministra"
    return i + 3 if former else i + 2


def _opening_connector(token: Token, lex: Lexicon) -> bool:
    """'Mas, e então,', 'Auch', 'Dagegen': words before a sentence's subject that are not part of it."""
    return token.lower in lex.connectors or (token.lower in lex.adverbs and token.is_capitalized)


def _start(token: Token) -> int:
    return token.start


def _apposed_name(text: str, tokens: list[Token], phrase: Mention, hi: int, lex: Lexicon) -> Mention | None:
    """The name set off by commas right after a description: '…der Fraktion, Dieter Wiefelspütz, will'."""
    k = min(bisect_left(tokens, phrase.end, key=_start), hi)  # (found, not scanned: a paragraph may be a megabyte)
    first = k + 1  # past an article and a role: ', o ator Caio Neves,'
    while (
        first < hi
        and not tokens[first].is_capitalized
        and (tokens[first].lower in lex.determiners or is_role(tokens[first].lower, lex))
    ):
        first += 1
    if first + 1 >= hi or tokens[k].text != "," or not tokens[first].is_capitalized:
        return None
    end = next((j for j in range(first, min(hi, first + _NAME_WORDS)) if tokens[j].text == ","), None)
    if end is None or not all(t.is_capitalized or t.lower in lex.np_links for t in tokens[first:end]):
        return None
    name = mention_of(text, tokens, first, end, lex)
    return Mention(name.text, name.start, name.end, "name", phrase.text) if name is not None else None


def pronoun_of_the_subject(
    text: str,
    tokens: list[Token],
    window: tuple[int, int],
    pronoun: Mention,
    lex: Lexicon,
    names: frozenset[str],
    evidence: NameEvidence,
) -> Mention | None:
    """'Rush Limbaugh used his platform to discuss what he described as the “…”': a pronoun subject of a
    later cue in the sentence means the person the sentence opened with, when the pronoun fits them."""
    if pronoun.kind != "pronoun" or not lex.is_person_pronoun(pronoun.text.lower()):
        return None
    lo, hi = window
    at = next((k for k in range(lo, hi) if tokens[k].start >= pronoun.start), hi)
    subject = sentence_subject(text, tokens, lo, hi, lex, names) or main_clause_phrase(text, tokens, lo, at, lex)
    if subject is None or subject.kind != "name" or subject.end > pronoun.start:
        return None
    if len([w for w in subject.text.split() if w[:1].isupper()]) < 2 and subject.text not in names:
        return None  # 'Radio talk host …': a capitalized first word alone is no name
    if not fits(pronoun, subject, lex) or not plausible(subject, lex, evidence):
        return None  # 'Hillary Clinton attacked Donald Trump, saying he …': he is not her
    return subject


_POSSESSED_WORDS = 5  # "Obama's first five questioners": words from the owner to the people named


def possessed(text: str, tokens: list[Token], owner: Mention, window: tuple[int, int], lex: Lexicon) -> Mention | None:
    """Whom a possessive before a colon names: the people it names, up to their noun (a role, a doer or a
    person word: "Obama's first five questioners ranged from skeptical to hostile:"), not their owner; the
    owner of a document ("Hoff's letter makes the case:"); None when neither follows within a few words."""
    lo, hi = window
    k = next((j for j in range(lo, hi) if tokens[j].start >= owner.end), hi)
    for j in range(k, min(hi, k + _POSSESSED_WORDS)):
        low = tokens[j].lower
        if not tokens[j].is_word or tokens[j].is_capitalized:
            return None
        if is_document(low, lex):
            return owner  # "Hoff's letter makes the case:": she speaks through it
        if low in lex.speaker_nouns or low in lex.person_nouns or is_doer(low, lex):
            return mention_of(text, tokens, k, j + 1, lex)
    return None
