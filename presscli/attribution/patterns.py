"""Who said a quotation, and with which cue: the patterns of news prose in six languages.

    “…,” said Trump.          “…,” Trump said.          Trump said: “…”          “…” —Trump
    « … », a déclaré le ministre.    « … », a-t-il ajouté.    Selon lui, « … »
    "…", disse o ministro.    Agregó que "…"           „…“, so der Minister.    laut X „…“

This module reads one sentence window at a time and returns the raw phrase (a name, a description,
a pronoun, or nothing for an elided subject); `identity` resolves pronouns and merges names, and
`decide` chooses among what these patterns find.
"""

from __future__ import annotations

from dataclasses import dataclass

from presscli.attribution.cue_subjects import (
    according_speaker,
    closing_phrase_after,
    contrast_subject,
    coordinated_subject,
    inverted_subject,
    issuer,
    main_clause_phrase,
    subordinate_subject,
    verb_subject,
)
from presscli.attribution.cues import (
    AS_CONJUNCTIONS,
    SENTENCE_END,
    Cue,
    after_comma,
    cue_at,
    cue_text,
    cues_in,
    is_gerund_cue,
    match_phrase,
    participle_after,
)
from presscli.attribution.german_order import bracket_subjects, verb_bracket
from presscli.attribution.mentions import Mention, fits, mention_of, name_only, someone_like, speaks
from presscli.attribution.phrases_after import noun_phrase_after, past_adverbial, phrase_from
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.shapes import (
    after_a_participle,
    colon_speaker,
    fronted_after_a_full_stop,
    genitive_according,
    genitive_speech,
    incise,
    possessive_speech,
    quoted_person,
    relative_according,
    signed_after,
    verb_by_shape,
)
from presscli.attribution.sources import origin_named, source_after, source_before
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_CUE_REACH = 22  # tokens after a closing mark searched for 'X said': a name, age, place and relative clause fit
_OPENING_PHRASE = 6  # tokens of a sentence's first phrase before an incise: 'Los políticos de hoy,'
_OPINION_COMMA_REACH = 10  # 'Para el ministro de Hacienda, «…»': the comma that closes an opinion phrase


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
    set_off = comma_inside or (i > lo and tokens[i - 1].text == ",")  # '“…,” Lewandowski added'
    for j in range(i + 1, min(hi, i + 1 + _CUE_REACH)):
        if tokens[j].quote is not None or tokens[j].text in SENTENCE_END or tokens[j].text in ";:":
            break
        if tokens[j].lower in lex.contrast_conjunctions or match_phrase(tokens, j, lex.consequences):
            break  # '"…", por lo que el presidente lo cuestionó': another clause, with a subject of its own
        cue = cue_at(tokens, j, lex)
        if cue and cue.kind in ("verb", "inverted", "passive"):
            if cue.kind == "inverted":
                return Attribution(inverted_subject(text, tokens, cue, hi, lex), cue_text(text, tokens, cue), "after")
            subject = noun_phrase_before(text, tokens, cue.start, i, lex)
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


def before_quote(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    """Attribution in the sentence before an opening mark, tokens[lo:hi] (other quotations masked)."""
    if hi - lo >= 2 and tokens[hi - 1].text == "(" and tokens[hi - 2].quote is None:  # 'Mohammed ElBaradei („…“)'
        named = noun_phrase_before(text, tokens, hi - 1, lo, lex)
        if named is not None and named.kind == "name" and name_only(named, lex):
            return Attribution(named, None, "colon")
    opinion = match_phrase(tokens, lo, lex.opinion_prefix) if lo < hi else 0
    if opinion:
        mention = noun_phrase_after(text, tokens, lo + opinion, hi, lex)
        comma = next(
            (k for k in range(lo + opinion, min(hi, lo + opinion + _OPINION_COMMA_REACH)) if tokens[k].text == ","),
            None,
        )
        if mention and (comma is not None or mention.kind == "name"):
            return Attribution(mention, tokens[lo].text, "according")
    for k in range(lo, hi - 1):
        if tokens[k].text == "," and tokens[k].quote is None:
            so = comma_according(text, tokens, k, hi, lex)  # 'Sie solle sich der Einsatz, so Gall, „…“'
            if so is not None:
                return so
    holder = relative_according(text, tokens, lo, hi, lex)  # '…, ministro X, para quem há "…"'
    if holder is not None:
        return Attribution(holder, None, "according")
    cues = cues_in(tokens, lo, hi, lex)
    # 'X's characterization', 'der Vorwurf der CDU': words someone used, named by a noun of speech
    owned = possessive_speech(text, tokens, lo, hi, lex) or genitive_speech(text, tokens, lo, hi, lex)
    if owned is not None and (not cues or owned[0].start > tokens[cues[-1].end - 1].end):  # after the last cue
        return Attribution(owned[0], owned[1], "before")
    owned = genitive_according(text, tokens, lo, hi, lex)  # 'Nach Schäubles Idee soll „…“'
    if owned is not None:
        return Attribution(owned[0], owned[1], "according")
    if not cues and hi - lo >= 2 and tokens[hi - 1].text == ":":
        speaker = colon_speaker(text, tokens, lo, hi - 1, lex)
        if speaker:
            return Attribution(speaker, None, "colon")
    according = [c for c in cues if c.kind == "according"]
    if according:
        mention = according_speaker(text, tokens, according[-1], lo, hi, lex)
        if mention:
            return Attribution(mention, cue_text(text, tokens, according[-1]), "according")
    verbs = [c for c in cues if c.kind in ("verb", "passive", "inverted")]
    if not verbs:
        return None
    for passive in (c for c in verbs if c.kind == "passive"):
        source = source_after(text, tokens, passive.end, hi, lex) or source_before(text, tokens, lo, passive, lex)
        if source is not None:  # 'So heißt es in der Meldung wörtlich: „…“'
            return Attribution(source, cue_text(text, tokens, passive), "source")
    first, cue = verbs[0], verbs[-1]
    as_said = (
        tokens[lo].lower in AS_CONJUNCTIONS and first.end < hi and tokens[first.end].text == ","
    )  # 'Wie X erklärte, …'
    if first is not cue and (as_said or participle_after(tokens, cue, first, lex)):
        # 'Clinton tweeted congratulations to Sanders, adding "…"': Clinton adds; the nearest finite cue's
        # subject: '“…,” Lewandowski added, saying it should be “…”'
        finite = [c for c in verbs if c.start < cue.start and not is_gerund_cue(tokens, c, lex)]
        cue = first if as_said or not finite else finite[-1]
    contrast = contrast_subject(text, tokens, cue.end, hi, lex)
    if contrast is not None:  # 'The mayor praised the "…" while critics denounced a "…"': the critics
        return Attribution(contrast, None, "subject")
    words = cue_text(text, tokens, cue)
    if cue.kind == "inverted":
        return Attribution(inverted_subject(text, tokens, cue, hi, lex), words, "before")
    if cue.kind == "passive":  # ('Aus Paris hieß es': voices from elsewhere, not the floor's)
        return Attribution(source_after(text, tokens, cue.end, hi, lex), words, origin_named(tokens, lo, cue, lex))
    set_off = incise(tokens, cue, lo, hi, lex)
    if set_off and all(t.text != "," for t in tokens[lo : cue.start - 1]) and cue.start - lo <= _OPENING_PHRASE:
        # a cue set off by commas has its subject elided: right after the sentence's first phrase it is
        # the one speaking before ('Los políticos, puntualizó, no …'); further in, the subject of the
        # sentence's first cue ('el tabasqueño señaló que …, con quien, dijo, se reunirá')
        return Attribution(None, words, "incise")
    bracket = verb_bracket(tokens, cue, lo, lex)
    if bracket is not None:  # 'Stoiber hatte die Rolle der Parteivorsitzenden betont': the auxiliary's subject
        before, inverted = bracket_subjects(text, tokens, bracket, lo, hi, lex)
        return Attribution(before, words, "before", inverted=inverted)
    if first is cue and is_gerund_cue(tokens, cue, lex) and cue.start > lo and after_comma(tokens, cue.start, lo):
        # 'Hours later, Trump returned the compliment, telling Reuters “…”': a participle clause has no
        # subject of its own; the main clause's is meant, not the whole clause before the comma
        main = main_clause_phrase(text, tokens, lo, cue.start - 1, lex)
        if main is not None and not someone_like(main, lex):  # 'The first incident came …, when X …, shouting'
            main = subordinate_subject(text, tokens, lo, cue.start - 1, lex)
        return Attribution(main, words, "before")
    subject = None if set_off else verb_subject(text, tokens, cue, lo, hi, lex)
    if subject is not None and is_gerund_cue(tokens, cue, lex):
        subject = issuer(text, tokens, subject, lo, lex)
    if subject is not None and first is not cue and subject.text.lower() in lex.impersonal_pronouns:
        subject = verb_subject(text, tokens, first, lo, hi, lex)  # 'L'agence a prévenu qu'on observait "…"'
    elif subject is not None and first is not cue and subject.kind == "pronoun":  # 'Benjamin said he believes'
        participle = is_gerund_cue(tokens, first, lex) and first.start > lo and after_comma(tokens, first.start, lo)
        named = (
            main_clause_phrase(text, tokens, lo, first.start - 1, lex)
            if participle  # 'X attacked Y, saying he had called her “…”': X, not the clause
            else verb_subject(text, tokens, first, lo, hi, lex)
        )
        subject = named if named is not None and named.kind == "name" and fits(subject, named, lex) else subject
    if subject is None:
        subject = closing_phrase_after(text, tokens, cue.end, hi, lex)  # 'Dijo el ministro: «…»'
    if subject is None and cue.start > lo and tokens[cue.start - 1].lower in lex.coordinators:
        earlier = None if first is cue else first.end  # 'X denounced Y and said "…"'
        subject = coordinated_subject(text, tokens, lo, cue.start - 1, lex, earlier)
    if subject is None and first is not cue:
        subject = noun_phrase_before(text, tokens, first.start, lo, lex)  # 'X tweeted ..., adding "…"'
        if subject is not None and is_gerund_cue(tokens, first, lex):
            subject = issuer(text, tokens, subject, lo, lex)
    return Attribution(subject, words, "before", inverted=noun_phrase_after(text, tokens, cue.end, hi, lex))
