"""Attribution in the sentence before an opening mark: 'X said: “…”', 'Según el ministro, «…»', 'So heißt es in
der Meldung: „…“', a colon line naming its speaker, a cue set off by commas, the subject of a verb bracket."""

from __future__ import annotations

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
    after_comma,
    cue_text,
    cues_in,
    is_gerund_cue,
    participle_after,
)
from presscli.attribution.german_order import bracket_subjects, verb_bracket
from presscli.attribution.mentions import fits, name_only, someone_like
from presscli.attribution.opinions import held_view, opinion_holder
from presscli.attribution.patterns import Attribution, comma_according
from presscli.attribution.phrases_after import noun_phrase_after
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.shapes import (
    colon_speaker,
    genitive_according,
    genitive_speech,
    incise,
    possessive_speech,
    relative_according,
)
from presscli.attribution.sources import origin_named, source_after, source_before
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_OPENING_PHRASE = 6  # tokens of a sentence's first phrase before an incise: 'Los políticos de hoy,'


def before_quote(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    """Attribution in the sentence before an opening mark, tokens[lo:hi] (other quotations masked)."""
    if hi - lo >= 2 and tokens[hi - 1].text == "(" and tokens[hi - 2].quote is None:  # 'Mohammed ElBaradei („…“)'
        named = noun_phrase_before(text, tokens, hi - 1, lo, lex)
        if named is not None and named.kind == "name" and name_only(named, lex):
            return Attribution(named, None, "colon")
    view = held_view(text, tokens, lo, hi, lex)  # 'A su juicio, la reforma «…»': the last speaker's view
    if view is not None:
        return Attribution(view, view.text, "according")
    holder = opinion_holder(text, tokens, lo, hi, lex)  # 'Para el ministro de Hacienda, «…»'
    if holder is not None:
        return Attribution(holder, tokens[lo].text, "according")
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
    # ('Sie nannte die Kritik der Union „scheinheilig“': what she calls it, not the Union's words)
    naming = bool(cues) and any(t.lower in lex.naming_verbs for t in tokens[cues[-1].start : cues[-1].end])
    if owned is not None and not naming and (not cues or owned[0].start > tokens[cues[-1].end - 1].end):
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
        # ('Wie die Zeitung berichtet, sagte Minister X: „…“'): a medium reports X speaking, X speaks
        reported = as_said and " ".join(t.lower for t in tokens[first.start : first.end]) in lex.news_verbs
        if not reported:
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
