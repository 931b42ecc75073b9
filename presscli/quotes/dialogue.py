"""Speech set off by a dash, as Spanish, Portuguese, French and Italian interviews and reports write it:

    —No hemos recibido nada —señaló la portavoz—. Esperamos la nota esta tarde.
    — Nous n'avons rien reçu, a indiqué la porte-parole.

A paragraph that opens with a dash and a capital is someone speaking; a dash after a space starts the
narrator's incise ('—señaló la portavoz'), and a dash that closes the incise gives the floor back to
the speaker. Each stretch of speech is a span like a pair of quotation marks (the dashes as its marks),
so attribution reads the incise as it reads '«…», señaló la portavoz'."""

from __future__ import annotations

from collections.abc import Iterable

from presscli.lexicon import Lexicon, lexicon, phrase_tokens
from presscli.model import BlockKind, Paragraph
from presscli.quotes.marks import MarkedSpan

_DASHES = "—―"  # the raya and the horizontal bar; an en dash opens lists and bylines too often
_DIALOGUE_LANGUAGES = {"es", "pt", "fr", "it", "ca", "gl"}
_SPACES = " \u00a0\u202f\t"
_SHORTEST = 3  # characters of speech: '—Sí.' is an answer, '—' alone a separator
_INCISE_WORDS = 8  # 'a indiqué la porte-parole du ministère de la Santé'
_LONGEST_CUE = 3  # words of a reporting phrase: 'a fait savoir'


def dialogue_spans(text: str, paragraphs: Iterable[Paragraph]) -> list[MarkedSpan]:
    """The dash-set speech of every paragraph that opens with a dash, in a language that writes it so."""
    spans: list[MarkedSpan] = []
    for paragraph in paragraphs:
        if paragraph.lang not in _DIALOGUE_LANGUAGES or paragraph.kind is not BlockKind.BODY:
            continue
        start = paragraph.start
        while start < paragraph.end and text[start] in _SPACES:
            start += 1
        if start >= paragraph.end or text[start] not in _DASHES or not _speech_begins(text, start + 1, paragraph.end):
            continue
        spans.extend(_speech(text, start, _trimmed_end(text, start, paragraph.end), lexicon(paragraph.lang)))
    return spans


def _speech(text: str, dash: int, end: int, lex: Lexicon) -> list[MarkedSpan]:
    """The speech from the opening dash: up to an incise ('… —dijo X—. …') and again after it."""
    incise = _incise_start(text, dash + 1, end, lex)
    if incise is None:
        return [MarkedSpan(dash, end, text[dash], "", 0, closed=False)] if end - dash > _SHORTEST else []
    spans = [MarkedSpan(dash, incise, text[dash], text[incise], 0)] if incise - dash > _SHORTEST else []
    back = next((k for k in range(incise + 1, end) if text[k] in _DASHES), None)
    if back is not None:
        resume = back + 1
        while resume < end and (text[resume] in _SPACES or text[resume] in ".,;:"):
            resume += 1
        if end - resume > _SHORTEST and _speech_begins(text, resume, end):
            # the dash and the stop after the incise are the reopening mark: '—. Esperamos …'
            spans.append(MarkedSpan(back, end, text[back:resume].rstrip(), "", 0, closed=False))
    return spans


def _speech_begins(text: str, at: int, end: int) -> bool:
    while at < end and text[at] in _SPACES:
        at += 1
    return at < end and (text[at].isupper() or text[at] in '¿¡«"“')


def _incise_start(text: str, at: int, end: int, lex: Lexicon) -> int | None:
    """The dash that opens the narrator's incise: after a space, before a lower-case verb ('—señaló',
    '— afirma'). Without one, French puts the incise after a comma ('…, a indiqué la porte-parole.'):
    the last comma before a short lower-case close of the paragraph."""
    for k in range(at, end - 1):
        if text[k] in _DASHES and text[k - 1] in _SPACES:
            verb = k + 1
            while verb < end and text[verb] in _SPACES:
                verb += 1
            if verb < end and text[verb].islower():
                return k
    comma = text.rfind(", ", at, end)
    rest = phrase_tokens(text[comma + 2 : end]) if comma >= 0 else ()
    if rest and len(rest) <= _INCISE_WORDS and text[end - 1] in ".!?" and _opens_with_a_cue(rest, lex):
        return comma
    return None


def _opens_with_a_cue(words: tuple[str, ...], lex: Lexicon) -> bool:
    """'a indiqué la porte-parole', 'explique-t-il', 'disse o ministro': a reporting verb, its auxiliary first."""
    if words and words[0] in lex.auxiliaries:
        words = words[1:]
    return any(words[:n] in lex.verbs for n in range(1, _LONGEST_CUE + 1)) or (
        bool(words) and "-" in words[0] and (words[0].split("-", 1)[0],) in lex.verbs
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _SPACES + "\n":
        end -= 1
    return end


def put_as_a_question(text: str, span: MarkedSpan) -> bool:
    """'—¿Cuándo estarán reparados los puentes?': a dash turn that is all question, set off by no incise,
    is the interviewer's (who is not among the quoted), and the answer that follows the one asked."""
    turn = text[span.open_at : span.close_at].rstrip()
    return span.open_mark[:1] in _DASHES and not span.closed and turn.endswith("?")
