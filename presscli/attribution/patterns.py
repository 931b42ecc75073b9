"""Who said a quotation, and with which cue: the patterns of news prose in six languages.

    “…,” said Trump.          “…,” Trump said.          Trump said: “…”          “…” —Trump
    « … », a déclaré le ministre.    « … », a-t-il ajouté.    Selon lui, « … »
    "…", disse o ministro.    Agregó que "…"           „…“, so der Minister.    laut X „…“

This module reads what follows a closing mark (`after_quote`); `before` reads what precedes an opening one.
Both read one sentence window at a time and return the raw phrase (a name, a description,
a pronoun, or nothing for an elided subject); `identity` resolves pronouns and merges names, and
`decide` chooses among what these patterns find.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, replace

from presscli.attribution.cue_subjects import inverted_subject, pronoun_behind_a_comma_cue
from presscli.attribution.cues import SENTENCE_END, Cue, cue_at, cue_text, match_phrase
from presscli.attribution.mentions import Mention, looks_like_gerund, mention_of, speaks
from presscli.attribution.phrases_after import noun_phrase_after, past_adverbial, phrase_from
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.shapes import (
    after_a_participle,
    fronted_after_a_full_stop,
    quoted_person,
    signed_after,
    verb_by_shape,
)
from presscli.attribution.sources import source_after
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_CUE_REACH = 22  # tokens after a closing mark searched for 'X said': a name, age, place and relative clause fit


@dataclass(frozen=True, slots=True)
class Attribution:
    """A raw attribution: `speaker` None with a cue means an elided or impersonal subject."""

    speaker: Mention | None
    cue: str | None
    how: str  # "after", "before", "dash", "according", "colon", "source" (a document: 'heißt es in X'), "post",
    # "incise" (a cue set off by commas with its subject elided: 'Los políticos, puntualizó, no …')
    strong: bool = False  # stands right behind the closing mark: '“…,” said X', '„…“, so X', '“…” —X'
    inverted: Mention | None = None  # the phrase after the cue, its subject in 'So sagte Olli Rehn: „…“'


def after_quote(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    """Attribution in the tokens that follow a closing mark, tokens[lo:hi]."""
    dashed, mention = signed_after(text, tokens, lo, hi, lex)
    if dashed:
        return Attribution(mention, None, "dash", strong=True) if mention and speaks(mention, lex) else None
    i = lo
    while i < hi and tokens[i].text in ",)":
        i += 1
    if i >= hi or tokens[i].text in SENTENCE_END or tokens[i].quote is not None:
        return None
    if tokens[i].lower in lex.contrast_conjunctions or match_phrase(tokens, i, lex.consequences):
        return None  # '«…» mientras la oposición denunciaba': the verb after is the other clause's
    k = opening = i
    while k < hi and tokens[k].lower in lex.clitics and not tokens[k].is_capitalized:
        k += 1  # '«…», le dijo Sánchez', '« … », lui a lancé X': the object pronouns before the verb
    verb_follows = i < k < hi and (cue_at(tokens, k, lex) is not None or verb_by_shape(text, tokens, k, hi, lex))
    i = k if verb_follows else i
    cue = cue_at(tokens, i, lex)
    if cue:
        quoted = quoted_person(text, tokens, cue, hi, lex)  # '„…“, zitierte man Yolanda Alvarez'
        found = Attribution(quoted, cue_text(text, tokens, cue), "after") if quoted else None
        found = found or _from_cue(text, tokens, cue, hi, lex, "after")
        if cue.start > i and (found.speaker is None or tokens[i].lower in lex.auxiliaries):  # '“…” Will wrote.'
            found = Attribution(mention_of(text, tokens, i, cue.start, lex), found.cue, found.how)
        return Attribution(found.speaker, found.cue, found.how, strong=found.speaker is not None)
    # 'for'/'für' after a quotation govern an object ('„…“ für Betriebe'): only `opinion_after` names a holder
    prefix = match_phrase(tokens, i, lex.opinion_after | lex.according_after)
    following = tokens[i + prefix].lower if i + prefix < hi else ""
    # '„…“, so Müller'; a determiner only after 'so' ('so der Vorstand'), not an opinion word ('"…" for his wife')
    according = prefix and match_phrase(tokens, i, lex.according_after) == prefix
    named_next = following != "" and (
        tokens[i + prefix].is_capitalized
        or following in lex.pronouns
        or (bool(according) and following in lex.determiners)
    )
    so_cue = cue_at(tokens, i + prefix, lex) if according and i + prefix < hi else None
    if so_cue is not None and so_cue.kind == "verb":  # '„…“, so urteilte Romney': the verb second, then X
        return Attribution(
            noun_phrase_after(text, tokens, so_cue.end, hi, lex), cue_text(text, tokens, so_cue), "after"
        )
    if prefix and (named_next or (prefix > 1 and i + prefix < hi)):  # '"…", fue el comentario del reverendo X'
        mention = noun_phrase_after(text, tokens, i + prefix, hi, lex)  # '"…" pour Odile Duchenne', '„…“, so Müller'
        if mention:
            return Attribution(mention, " ".join(t.text for t in tokens[i : i + prefix]), "according", strong=True)
    if tokens[i].lower in lex.agent_prepositions and after_a_participle(tokens, i - 1, lex):
        agent = phrase_from(text, tokens, i + 1, hi, lex, bare=True)  # 'considerada "infeliz" por oficiais'
        if agent is not None and speaks(agent, lex):
            return Attribution(agent, tokens[i].text, "after", strong=True)
    comma_inside = lo >= 2 and tokens[lo - 1].quote is not None and tokens[lo - 2].text == ","
    set_off = comma_inside or (opening > lo and tokens[opening - 1].text == ",")  # '“…,” Lewandowski added'
    for j in range(i + 1, min(hi, i + 1 + _CUE_REACH)):
        if tokens[j].quote is not None or tokens[j].text in SENTENCE_END or tokens[j].text in ";:":
            break
        if tokens[j].lower in lex.contrast_conjunctions or match_phrase(tokens, j, lex.consequences):
            break  # '"…", por lo que el presidente lo cuestionó': another clause, with a subject of its own
        cue = cue_at(tokens, j, lex)
        gerund = cue is not None and looks_like_gerund(tokens[cue.start], lex)
        if cue and gerund and tokens[cue.start - 1].lower in lex.prepositions and not _named(tokens, i, cue.start):
            break  # '« … », tout en prévenant que': a gerund's subject is the sentence's, before the quotation
        if cue and cue.kind in ("verb", "inverted", "passive"):
            if cue.kind == "inverted":
                return Attribution(inverted_subject(text, tokens, cue, hi, lex), cue_text(text, tokens, cue), "after")
            subject = pronoun_behind_a_comma_cue(text, tokens, cue, i, hi, lex) or noun_phrase_before(
                text, tokens, cue.start, i, lex
            )
            if cue.end < hi and tokens[cue.end].lower in lex.agent_prepositions:  # '“…” measures added by X'
                subject = phrase_from(text, tokens, cue.end + 1, hi, lex, bare=True) or subject
            split_tense = tokens[i].lower in lex.modal_verbs or tokens[i].lower in lex.auxiliaries
            if subject is None and split_tense and not tokens[cue.start].is_capitalized:
                # '"…", a de son côté estimé le ministre X ce dimanche': inverted after an adverbial
                subject = noun_phrase_after(text, tokens, cue.end, hi, lex)
            if subject is not None and fronted_after_a_full_stop(text, tokens, lo, i, subject):
                break  # '„… (…).“ Im September hatte X angekündigt': a sentence of its own, about another thing
            if subject is not None:
                strong = set_off and subject.kind != "pronoun" and subject.start == tokens[i].start
                return Attribution(subject, cue_text(text, tokens, cue), "after", strong=strong)
            if tokens[i].lower not in lex.complementizers | lex.relative_pronouns:  # '"…" that would respond, Y wrote'
                break
    if set_off:
        shaped = verb_by_shape(text, tokens, i, hi, lex)  # '“…,” an angry Hollande retaliated.'
        if shaped is not None:
            return Attribution(shaped[0], shaped[1], "after")
    return _clause_final(text, tokens, i, hi, lex)


def _named(tokens: list[Token], lo: int, hi: int) -> bool:
    """Does a capitalized word (a name, someone's or something's) stand in tokens[lo:hi]?"""
    return any(token.is_capitalized for token in tokens[lo:hi])


def _clause_final(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    """'"…" if she didn't win by a larger margin, said David Wasserman.': an inverted cue after a comma
    further on in the sentence, with its subject behind it."""
    for j in range(lo, hi - 1):
        if tokens[j].quote is not None:
            return None
        if tokens[j].text != ",":
            continue
        cue = cue_at(tokens, j + 1, lex)
        if cue and cue.kind == "verb":
            subject = noun_phrase_after(text, tokens, cue.end, hi, lex)
            if subject is not None:
                return Attribution(subject, cue_text(text, tokens, cue), "after")
        so = comma_according(text, tokens, j, hi, lex)  # '„…“ ausgefallen, so ein Sprecher des CERN'
        if so is not None:
            return so
        n = match_phrase(tokens, j + 1, lex.according_to)  # 'illustre "…" derrière ces événements, selon lui.'
        mention = noun_phrase_after(text, tokens, j + 1 + n, hi, lex) if n else None
        named = mention is not None and mention.kind != "description"  # a description may be a document
        if named and tokens[hi - 1].text in SENTENCE_END:
            return Attribution(mention, tokens[j + 1].text, "according")
    return None


def comma_according(text: str, tokens: list[Token], comma: int, hi: int, lex: Lexicon) -> Attribution | None:
    """', so Gall,' / ', so ein Sprecher': German 'so' with its speaker, set off by a comma."""
    n = match_phrase(tokens, comma + 1, lex.according_after)
    following = tokens[comma + 1 + n] if n and comma + 1 + n < hi else None
    if following is None or not (following.is_capitalized or following.lower in lex.determiners | lex.pronouns):
        return None  # 'hatte sie X eingebracht, so wurde dieser zurückgezogen': 'so' then a verb, no voice
    mention = noun_phrase_after(text, tokens, comma + 1 + n, hi, lex)
    return Attribution(mention, tokens[comma + 1].text, "according", strong=True) if mention else None


def _from_cue(text: str, tokens: list[Token], cue: Cue, hi: int, lex: Lexicon, how: str) -> Attribution:
    words = cue_text(text, tokens, cue)
    if cue.kind == "inverted":
        return Attribution(inverted_subject(text, tokens, cue, hi, lex), words, how)
    if cue.kind == "passive":
        return Attribution(source_after(text, tokens, cue.end, hi, lex), words, "source")
    subject = noun_phrase_after(text, tokens, past_adverbial(tokens, cue.end, hi, lex), hi, lex)
    return Attribution(subject, words, "according" if cue.kind == "according" else how)


def containing(ranges: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """The sentence range (token indexes) holding token `index`, found by bisection; (0, 0) when none does."""
    at = bisect.bisect_right(ranges, (index, math.inf)) - 1
    if at >= 0 and ranges[at][0] <= index < ranges[at][1]:
        return ranges[at]
    return 0, 0


def sentence_final(text: str, tokens: list[Token], close_index: int, hi: int, lex: Lexicon) -> Attribution | None:
    """'"A" et dans lesquelles "B", mais "C", a déclaré le chef de l'Etat': the cue after the sentence's
    last quotation speaks for all of them."""
    last_close = close_index
    for k in range(close_index + 1, hi):
        if tokens[k].quote is not None:
            last_close = k
    if last_close == close_index:
        return None
    return after_quote(text, tokens, last_close + 1, hi, lex)


def pointing_back(
    text: str, tokens: list[Token], ranges: list[tuple[int, int]], close_index: int, lex: Lexicon
) -> Attribution | None:
    """'„Wir sparen überall.“ Das sagte die Ministerin am Dienstag.': a quotation standing as its own
    sentence, and the next one opening with a word for it and a cue, its verb second."""
    k = close_index + 1
    if k < len(tokens) and tokens[k].text in ".!?":
        k += 1
    if k + 1 >= len(tokens) or tokens[k].lower not in lex.pointing_back:
        return None
    _, hi = containing(ranges, k)
    if cue_at(tokens, k + 1, lex) is not None:
        return after_quote(text, tokens, k + 1, hi, lex)
    # 'Das musste die Ministerin einräumen': a modal second, its subject after it, the cue closing the clause
    cue = next((c for j in range(k + 2, hi) if (c := cue_at(tokens, j, lex)) is not None), None)
    if tokens[k + 1].lower not in lex.modal_verbs or cue is None:
        return None
    subject = noun_phrase_after(text, tokens, k + 2, cue.start, lex)
    return Attribution(subject, cue_text(text, tokens, cue), "after", strong=True) if subject else None


def inner_incise(text: str, tokens: list[Token], open_index: int, close_index: int, lex: Lexicon) -> Attribution | None:
    """'« Nous ne céderons pas, a déclaré Marc Roux, les négociations … »', '« …, assure-t-il. … »': the incise
    French and Spanish typography set inside the quotation marks names who speaks."""
    hi = min(close_index + 1, open_index + _INCISE_REACH)  # (an unclosed quotation runs to its last token)
    for k in range(open_index + 1, hi - 1):
        if tokens[k].text != "," or tokens[k + 1].is_capitalized:
            continue
        end = next((j for j in range(k + 1, min(hi, k + 1 + _INCISE_WORDS)) if tokens[j].text in ",.;!?"), None)
        if end is None:
            continue
        window = [replace(t, quote=None) for t in tokens[k + 1 : end]]  # the incise, read as narration
        cue = cue_at(window, 0, lex)
        if cue is None or cue.kind not in ("verb", "inverted"):
            continue
        found = after_quote(text, window, 0, len(window), lex)
        if found is not None and found.speaker is not None:
            return found
    return None


_INCISE_REACH = 80  # tokens into a quotation where an incise may stand: its first sentences
_INCISE_WORDS = 8  # 'a déclaré le ministre de l'Intérieur Marc Roux': an incise is short
