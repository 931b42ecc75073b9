"""The languages of a whole document: its main language, each paragraph's, and one per line.

A paragraph is read on its first thousand characters; the main language weighs paragraphs by length
and the opening ones most, so a report quoting a long foreign communiqué is still in the report's
language. A paragraph too short to tell takes the main language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from presscli.language.detect import Evidence, decide, detect, evidence, press_prior
from presscli.model import LanguageGuess

PARAGRAPH_CHARS = 1000  # a paragraph's language shows in its first thousand characters
_SHORTEST_VOTER = 20  # characters: shorter paragraphs (bylines, 'Foto: EFE') do not vote on the main language
_OPENING_BONUS = 3.0  # the first paragraph weighs 4x, the second 2.5x, ... then 1x: the lead sets the language
_HEADLINE_SHARE = 0.3  # a clear headline's language wins if the body gives it at least this share of the main's weight
_HEADLINE_CONFIDENCE = 0.9
_PARAGRAPH_PRIOR = 2.5  # log-odds for the main language when deciding a paragraph: short lines follow it


@dataclass(frozen=True, slots=True)
class LineLanguage:
    """The language of one non-blank line of input (`presscli lang --per-line`)."""

    line: int  # 1-based line number
    text: str
    guess: LanguageGuess


def paragraph_evidence(text: str, spans: Sequence[tuple[int, int]]) -> list[Evidence | None]:
    """Each paragraph's language evidence, read once and shared by every decision below."""
    return [evidence(text[start : min(end, start + PARAGRAPH_CHARS)]) for start, end in spans]


def document_language(text: str, spans: Sequence[tuple[int, int]], found: list[Evidence | None]) -> LanguageGuess:
    """The main language: the one the article is written in."""
    weights: dict[str, float] = {}
    for position, ((start, end), evidence_of) in enumerate(zip(spans, found, strict=True)):
        length = min(end - start, PARAGRAPH_CHARS)
        if length < _SHORTEST_VOTER or evidence_of is None:
            continue
        guess = decide(evidence_of, press_prior(None))
        opening = 1.0 + _OPENING_BONUS * 0.5**position
        weights[guess.code] = weights.get(guess.code, 0.0) + length * guess.confidence * opening
    if not weights:
        return detect(text, prior=press_prior(None))
    code, weight = max(weights.items(), key=lambda kv: kv[1])
    headline = _headline_language(text, spans, found)
    if headline is not None and headline != code and weights.get(headline, 0.0) >= _HEADLINE_SHARE * weight:
        code, weight = headline, weights[headline]  # the headline names the publication's language
    return LanguageGuess(code, round(weight / sum(weights.values()), 4))


def _headline_language(text: str, spans: Sequence[tuple[int, int]], found: list[Evidence | None]) -> str | None:
    """The first line's language, when it reads as a headline and says so clearly."""
    if len(spans) < 3 or found[0] is None:
        return None
    first = text[spans[0][0] : spans[0][1]]
    guess = decide(found[0], press_prior(None))
    if len(first.split()) >= 4 and len(first) <= 300 and guess.confidence >= _HEADLINE_CONFIDENCE:
        return guess.code
    return None


def paragraph_languages(found: list[Evidence | None], main: str) -> list[LanguageGuess]:
    """Each paragraph's language, leaning to the main one; a paragraph with too few letters to tell (only a
    link, a figure) has none ('und'), one whose words say nothing takes the main language."""
    prior = press_prior(main, strength=_PARAGRAPH_PRIOR)
    guesses = []
    for evidence_of in found:
        guess = decide(evidence_of, prior)
        guesses.append(guess if guess.code != "und" or evidence_of is None else LanguageGuess(main, guess.confidence))
    return guesses


def line_languages(text: str, allowed: Sequence[str] | None = None, per_line: bool = True) -> Iterator[LineLanguage]:
    """The language of each non-blank line of `text` (or of the whole text, as line 1, when not `per_line`)."""
    chunks = text.split("\n") if per_line else [text]
    for number, line in enumerate(chunks, 1):
        if line.strip():
            yield LineLanguage(number, line.strip(), detect(line, allowed))
