"""Sentence boundaries with nltk's Punkt, offline.

nltk's trained Punkt models (punkt_tab) cannot be downloaded on many newsroom machines, so presscli
builds a `PunktSentenceTokenizer` from abbreviation lists it ships (data/abbreviations/xx.txt). When
nltk_data with punkt_tab is installed, its trained model is used and our abbreviations are added to it.
This is the only module that imports nltk.
"""

from __future__ import annotations

import re
import string
from functools import cache
from typing import TYPE_CHECKING

from presscli.lexicon import NLTK_NAMES, abbreviations, lexicon

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer


# Wire copy often loses the space after a sentence end ('... d'intérêts".Cette décision ...').
# Punkt only splits at white space, so these glued boundaries are added afterwards. A quote mark
# after the full stop either closes the sentence (split after it) or opens the next (split before).
_GLUED_BOUNDARY = re.compile(
    r"(?:(?<=[a-zà-öø-ÿ0-9%)][.!?])(?P<mark>[\"”»’'“«]?)|(?<=[a-zà-öø-ÿ0-9%)][\"”»’]\.)|(?<=[a-zà-öø-ÿ0-9%)][’'][\"”»]\.))(?=[A-ZÀ-ÖØ-Þ«“„\"])"
)
_SPACES = " \t\n\u00a0\u202f"
_TINY_SENTENCE = re.compile(r"\s*\w{1,3}\.\s*")


@cache
def shipped_abbreviations(lang: str) -> frozenset[str]:
    """The abbreviations presscli ships for `lang` (empty when it ships none), plus single letters."""
    return abbreviations(lang) | frozenset(string.ascii_lowercase)


@cache
def tokenizer(lang: str) -> PunktSentenceTokenizer:
    """Punkt for `lang`: the installed trained model when nltk_data has it, else shipped parameters."""
    # nltk takes a fifth of a second to import: only pay for it when sentences are needed
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, PunktTokenizer

    model = NLTK_NAMES.get(lang)
    if model:
        try:
            trained = PunktTokenizer(model)
        except (LookupError, ValueError, OSError):
            pass
        else:
            trained._params.abbrev_types |= shipped_abbreviations(lang)
            return trained
    params = PunktParameters()
    params.abbrev_types = set(shipped_abbreviations(lang)) | set(shipped_abbreviations("en"))
    return PunktSentenceTokenizer(params)


def sentence_spans(
    text: str, lang: str = "en", start: int = 0, end: int | None = None, openers: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end], as indices into `text`.

    `openers` holds the positions of quote marks known to open a quotation; they decide on which
    side of a glued boundary ('...vie."Ce que...') the mark belongs.
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    for s, e in tokenizer(lang).span_tokenize(chunk):
        cut = s
        for match in _GLUED_BOUNDARY.finditer(chunk, s, e):
            mark_at = match.start("mark")
            split = mark_at if match.group("mark") and start + mark_at in openers else match.end()
            if cut < split < e:
                spans.append((cut, split))
                cut = split
        spans.append((cut, e))
    spans = [piece for s, e in spans for piece in _after_a_lone_capital(chunk, s, e, lang)]
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and _TINY_SENTENCE.fullmatch(chunk, merged[-1][0], merged[-1][1]):
            s = merged.pop()[0]  # "M." split off from its name: "... ajouté.M. Ellis est mort"
        merged.append((s, e))
    for k in range(len(merged) - 1):  # '... la vérité. «' | 'J'ai ...': the opening mark starts the next sentence
        s, e = merged[k]
        last = len(chunk[s:e].rstrip(_SPACES)) + s - 1
        if last > s and start + last in openers:
            merged[k] = (s, len(chunk[s:last].rstrip(_SPACES)) + s)
            merged[k + 1] = (last, merged[k + 1][1])
    return [(start + s, start + e) for s, e in merged if chunk[s:e].strip()]


_LONE_CAPITAL = re.compile(r"(?<![\w.])[A-ZÀ-Þ]\.\s+([A-ZÀ-Þ][a-zà-ÿß]*)\b")
_NAME_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "van", "von"}
)


def _after_a_lone_capital(chunk: str, s: int, e: int, lang: str) -> list[tuple[int, int]]:
    """'… auf der Plattform X. Sein Außenminister …': a capital letter and a full stop are an initial to
    Punkt, but an initial is followed by a name, never by an article or a pronoun; one that is ends the
    sentence."""
    pieces: list[tuple[int, int]] = []
    cut = s
    for match in _LONE_CAPITAL.finditer(chunk, s, e):
        if opens_after_an_initial(match.group(1), lang) and cut < match.start(1):
            pieces.append((cut, match.start(1)))
            cut = match.start(1)
    pieces.append((cut, e))
    return pieces


def opens_after_an_initial(word: str, lang: str) -> bool:
    """Does `word`, after a capital and its full stop, open a sentence? An article or a pronoun does; an
    initial is followed by a name, a particle included ('J. de la Cruz')."""
    return word.lower() in _sentence_openers(lang)


@cache
def _sentence_openers(lang: str) -> frozenset[str]:
    lex = lexicon(lang)
    return (lex.determiners | lex.pronouns | lex.possessive_determiners) - _NAME_PARTICLES
