"""What a quotation is doing: statement, fragment, term or headline.

The decision reads the quotation's place in its sentence. A quotation that opens a sentence or
follows a colon is speech in its own right (statement); a few words woven into the reporter's own
sentence are a fragment when someone is said to have said them, a term (scare quote, label, name,
title) when nobody is; anything in a title, deck or section heading is a headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presscli.model import BlockKind, QuoteKind

_HEADLINE_BLOCKS = {BlockKind.TITLE, BlockKind.DECK, BlockKind.HEADING, BlockKind.SOURCE}
_CLOSING_MARKS = "\"'”’»›“」』+"
_SENTENCE_BOUNDARY_INSIDE = re.compile(r"[.!?…]\s+[\"'“«¿¡]?[A-ZÀ-Þ]")
_WORD = re.compile(r"\w+")
# a short form in brackets right after the closing mark: the quotation was a name ('„…“ (ÖTV)', '"…" (AfD)')
_ACRONYM_AFTER = re.compile(r"\s?\([A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9}\)")
# Sizes, in words, at which a quotation changes what it is doing:
_NAME_WORDS = 3  # 'Aquarius', "New York Times": a name or a title
_CLAUSE_WORDS = 3  # three words that open a sentence or follow a cue say something: "We will appeal"
_SUBJECT_CLAUSE_WORDS = 4  # after 'que'/'that', a quoted clause needs its subject and a few words
_TERM_WORDS = 4  # unattributed and this short: a scare quote or label, not speech
_SENTENCE_WORDS = 6  # after a comma or a dash, this many words are a sentence of speech
_TITLE_WORDS = 10  # slogans and titles of works are short
_HEADLINE_WORDS = 60  # a title-case heading may be long; past this it is prose
_SIGNIFICANT_LETTERS = 4  # title case leaves short words ('of', 'de', 'la') in lower case


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a quotation stands: the characters around it and what attribution found."""

    lang: str
    reported: bool  # the sentence is indirect speech (German Konjunktiv I): someone is being reported
    block: BlockKind
    before: str  # the paragraph's text before the opening mark
    after: str  # the paragraph's text after the closing mark
    attributed: bool  # a speaker or a cue was found for it
    named: bool  # a naming cue precedes it: so-called "X", llamado "X", dit "X"
    after_cue_verb: bool  # the word right before the opening mark is a reporting verb
    after_complementizer: bool = False  # right after que / that / si / où / mais / dass
    subject_like: bool = False  # the quotation opens with a subject: a pronoun, a determiner, a name
    proper_name: bool = False  # German: written as a name ('Ruhr Nachrichten', 'Interfax'), not as speech


def _last_visible(text: str) -> str:
    stripped = text.rstrip(" \t\u00a0\u202f")
    return stripped[-1:] if stripped else ""


def opens_sentence(before: str) -> bool:
    """Nothing but a sentence end, a colon or the paragraph's start stands before the quotation."""
    stripped = before.rstrip(" \t\u00a0\u202f\n")
    if not stripped:
        return True
    last = stripped[-1]
    if last in ".!?:…":
        return True
    return last in _CLOSING_MARKS and len(stripped) >= 2 and stripped[-2] in ".!?…"


def classify(quote: str, place: Placement) -> QuoteKind:
    words = len(_WORD.findall(quote))
    if place.block in _HEADLINE_BLOCKS:
        in_title_case = _title_case(place.before + place.after, most_words=_HEADLINE_WORDS)
        if (
            place.lang != "de"
            and words <= _NAME_WORDS
            and _proper_name(quote)
            and not in_title_case
            and not opens_sentence(place.before)
        ):
            return QuoteKind.TERM  # a name inside a title: 'Los migrantes del "Aquarius"'
        return QuoteKind.HEADLINE
    at_start = opens_sentence(place.before)
    inner_end = quote.rstrip()[-1:]
    if inner_end not in ".!?,;:…" and _glued_heading(place.after, at_start and not place.attributed):
        return (
            QuoteKind.HEADLINE
        )  # a section heading run into the text: '... autres."La crise "marquera ces lieux"Auteur'
    # (a sentence in brackets after the one who said it is speech: 'Mohammed ElBaradei („Mir fällt … ein.“)')
    spoken_aside = place.attributed and words >= _SENTENCE_WORDS
    if place.named or (_in_parentheses(place.before, place.after) and not spoken_aside):
        return QuoteKind.TERM
    if _ACRONYM_AFTER.match(place.after) and not at_start:
        return QuoteKind.TERM
    set_out = _last_visible(place.before) == ":" and _proper_name(quote)  # ('…: „Der IWF ist stabil“' is said)
    if place.proper_name and (not at_start or set_out):
        # a newspaper, a work, a body: 'sagte er der „Bild am Sonntag“', 'Sein erstes Werk: „Le Grand Macabre“'
        return QuoteKind.TERM
    # a sentence closed inside its marks after a comma is said, not a title ('by interjecting, “Only Rosie.”')
    said = inner_end == "." and _last_visible(place.before) == ","
    if place.lang != "de" and _title_case(quote) and not (at_start and place.attributed) and not said:
        return QuoteKind.TERM  # a title, slogan or name: "Make America Great Again", 'Sharknado 3: Oh Hell No!'

    if at_start and (words >= _CLAUSE_WORDS or inner_end in ".!?…" or place.attributed):
        return QuoteKind.STATEMENT
    if _SENTENCE_BOUNDARY_INSIDE.search(quote):
        return QuoteKind.STATEMENT
    previous = _last_visible(place.before)
    first = quote.lstrip("¿¡ ")[:1]
    if (previous in ",—–-(" or at_start) and (words >= _SENTENCE_WORDS or (first.isupper() and words >= _CLAUSE_WORDS)):
        return QuoteKind.STATEMENT
    if place.after_cue_verb and words >= _CLAUSE_WORDS:
        return QuoteKind.STATEMENT
    if place.after_complementizer and place.subject_like and words >= _SUBJECT_CLAUSE_WORDS:
        return QuoteKind.STATEMENT  # a whole clause: '... estime que "Macron ne sait pas négocier"'

    if not place.attributed and not place.reported:
        if place.lang == "de" and first.islower():
            # German writes labels and names capitalized: a quoted adjective or adverb ('haltlos',
            # 'weniger gut') is someone's word, a fragment, even where the sentence does not say whose
            return QuoteKind.FRAGMENT
        return QuoteKind.TERM if words <= _TERM_WORDS else QuoteKind.FRAGMENT
    if words <= _NAME_WORDS and place.lang != "de" and all(w[:1].isupper() for w in quote.split()):
        return QuoteKind.TERM  # a name or title: 'Aquarius', "New York Times"
    return QuoteKind.FRAGMENT


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _proper_name(quote: str) -> bool:
    words = _TITLE_WORD.findall(quote)
    return bool(words) and all(w[:1].isupper() for w in words)


def _title_case(quote: str, most_words: int = _TITLE_WORDS) -> bool:
    """Two or more words, every long one capitalized: the way titles and slogans are written."""
    words = _TITLE_WORD.findall(quote)
    if not 2 <= len(words) <= most_words:
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or len(w) >= _SIGNIFICANT_LETTERS]
    return all(w[:1].isupper() for w in significant) and not all(w.isupper() for w in words)


def _glued_heading(after: str, spaced_counts: bool) -> bool:
    """A capital letter right after the closing mark with no punctuation between: glued to it, or
    (for an unattributed quotation opening its sentence) after a space."""
    if after[:1].isupper():
        return True
    return spaced_counts and after[:1] == " " and after[1:2].isupper()


def _in_parentheses(before: str, after: str) -> bool:
    return before.rstrip().endswith("(") or (bool(re.match(r"^\s*\)", after)) and "(" in before[-40:])
