"""Who speaks in a sentence without quotations: the subject of its first reporting cue, whom the
narration's next quotation may continue ('Merkel warnte am Montag vor Eile. „…“')."""

from __future__ import annotations

from presscli.attribution.cue_subjects import according_speaker, inverted_subject, main_clause_phrase, verb_subject
from presscli.attribution.cues import AS_CONJUNCTIONS, SENTENCE_END, cue_text, cues_in, is_gerund_cue
from presscli.attribution.german import person_named_in_main_clause
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, name_only, speaks
from presscli.attribution.opinions import opinion_holder
from presscli.attribution.patterns import Attribution, comma_according
from presscli.attribution.phrases_after import noun_phrase_after, phrase_from
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.plausible import NameEvidence
from presscli.attribution.sources import source_after, source_before
from presscli.attribution.subjects import named_after_a_short_clause, sentence_subject
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def main_clause_subject(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Attribution | None:
    """The first reporting cue of a sentence and its subject: who is speaking in a sentence without quotes.
    A sentence closed by an elided cue ('…, destacó.') is all reported speech: the voice goes on."""
    held = opinion_holder(text, tokens, lo, hi, lex)
    if held is not None and held.kind != "pronoun" and speaks(held, lex) and _set_off(tokens, held, lo, hi):
        return Attribution(held, tokens[lo].text, "according")  # 'Pour le politologue X, le scrutin …': his turn
    cues = cues_in(tokens, lo, hi, lex)
    last = cues[-1] if cues else None
    closing = last is not None and last.end == hi - 1 and tokens[hi - 1].text in SENTENCE_END
    if last and closing and lex.drops_subjects and tokens[last.start - 1].text == ",":
        # ('O relator, deputado X, comemorou.': the comma closes an apposition, the subject stands before it)
        apposed = noun_phrase_before(text, tokens, last.start, lo, lex)
        named = apposed if apposed is not None and apposed.kind == "name" and apposed.alias else None
        return Attribution(named, cue_text(text, tokens, last), "before")
    as_reported = len(cues) > 1 and tokens[lo].lower in AS_CONJUNCTIONS and tokens[cues[0].end].text == ","
    if as_reported:
        cues = cues[1:]  # 'Wie der NDR berichtet, hat X … erklärt': the source reports what X did
    for cue in cues:
        if _in_restrictive_relative(tokens, cue.start, lo, lex):
            continue  # 'presenta comentarios que señalan a terceros': not the main clause's verb
        if cue.start == lo and tokens[lo].lower.endswith(lex.participle_endings):  # (German lists none)
            # 'Asked about the exchange, Gov. Rick Snyder declined': the one asked, named after a short clause
            named = named_after_a_short_clause(text, tokens, lo, hi, lex)
            return Attribution(named, cue_text(text, tokens, cue), "before")
        if cue.kind == "according":
            mention = according_speaker(text, tokens, cue, lo, hi, lex)
        elif cue.kind == "inverted":
            mention = inverted_subject(text, tokens, cue, hi, lex)
        elif cue.kind == "passive":  # 'In einem Positionspapier des Ministeriums heißt es, …': the document
            source = source_after(text, tokens, cue.end, hi, lex) or source_before(text, tokens, lo, cue, lex)
            return Attribution(source, cue_text(text, tokens, cue), "before")
        else:
            mention = verb_subject(text, tokens, cue, lo, hi, lex)
            if mention is None and is_gerund_cue(tokens, cue, lex):  # 'Bolton distanced himself by saying …'
                mention = main_clause_phrase(text, tokens, lo, cue.start, lex)
            mention = _opening_phrase(text, tokens, mention, (lo, cue.start), lex)
        return Attribution(mention, cue_text(text, tokens, cue), "according" if cue.kind == "according" else "before")
    # 'Doch sei es, so der Schriftsteller Musa Okwanga, …': the voice a German 'so' names, set off by commas
    return next(
        (so for k in range(lo, hi - 1) if tokens[k].text == "," and (so := comma_according(text, tokens, k, hi, lex))),
        None,
    )


def _opening_phrase(
    text: str, tokens: list[Token], mention: Mention | None, window: tuple[int, int], lex: Lexicon
) -> Mention | None:
    """A whole clause read as a name ('Sanders went first at the town hall hosted by CNN, predicting …'):
    the noun phrase opening it is the subject. A name, a description with its name, a short phrase stay."""
    if mention is None or mention.alias or len(mention.text.split()) < _CLAUSE_WORDS or name_only(mention, lex):
        return mention
    lo, hi = window
    start = next((k for k in range(lo, hi) if tokens[k].start == mention.start), None)
    return phrase_from(text, tokens, start, hi, lex) if start is not None else mention


_CLAUSE_WORDS = 6  # 'Obama also addressed Trump's general concerns': long enough to hold a verb


def _set_off(tokens: list[Token], phrase: Mention, lo: int, hi: int) -> bool:
    """Does a comma close the phrase right where it ends (in narration, an opinion's holder must be set off)?"""
    after = next((k for k in range(lo, hi) if tokens[k].start >= phrase.end), hi)
    return after < hi and tokens[after].text == ","


def _in_restrictive_relative(tokens: list[Token], start: int, lo: int, lex: Lexicon) -> bool:
    """A cue right after a relative pronoun with no comma before it: the verb of a clause describing a noun
    ('comentarios que señalan'); not one hanging on a name ("l'épidémiologiste X qui estime")."""
    if start - 2 < lo or tokens[start - 1].lower not in lex.relative_pronouns:
        return False
    antecedent = tokens[start - 2]
    return antecedent.text != "," and antecedent.is_word and not antecedent.is_capitalized


def sentence_about(
    text: str, tokens: list[Token], window: tuple[int, int], lex: Lexicon, names: frozenset[str], evidence: NameEvidence
) -> Mention | None:
    """Whom a sentence without a reporting cue is about: its opening pronoun or known name, or in German
    the person it introduces by full name after the verb ('Unterdessen verteidigte … Sebastian Edathy …')."""
    lo, hi = window
    return sentence_subject(text, tokens, lo, hi, lex, names) or person_named_in_main_clause(
        text, tokens, lo, hi, lex, evidence
    )


def person_in_main_clause(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'Jeudi, à la veille de …, la présidente du RN Marine Le Pen a émis le souhait de "…"': past
    adverbials set off by commas, the main clause's subject when it is a person introduced by name."""
    phrase = main_clause_phrase(text, tokens, lo, hi, lex)
    words = phrase.text.split() if phrase is not None else []
    named = any(is_given_name(w) and words[k + 1][:1].isupper() for k, w in enumerate(words[:-1]))
    return phrase if named else None


_WORDS_NOUN_REACH = 6  # 'Estas son algunas de las palabras': tokens from the pointing word to the noun


def words_of_someone(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'Estas son algunas de las palabras que Donald Trump ha dirigido a Kim', 'These are the words of X':
    a sentence pointing back at the quotations before it names whose words they were."""
    if hi - lo < 4 or tokens[lo].lower not in lex.pointing_back:
        return None
    noun = next(
        (k for k in range(lo + 1, min(hi, lo + _WORDS_NOUN_REACH)) if tokens[k].lower in lex.uttered_words), None
    )
    if noun is None:
        return None
    k, linking = noun + 1, lex.relative_pronouns | lex.complementizers | lex.partitives
    while k < hi and tokens[k].lower in linking:
        k += 1  # 'que', 'of', 'de'
    mention = noun_phrase_after(text, tokens, k, hi, lex)
    return mention if mention is not None and mention.kind == "name" else None


_SENTENCE_LOWER_WORDS = 3  # a line with this many lower-case words is prose, whatever the layout called it


def reads_as_a_sentence(text: str) -> bool:
    return sum(word[:1].islower() for word in text.split()) >= _SENTENCE_LOWER_WORDS
