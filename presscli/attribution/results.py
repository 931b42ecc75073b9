"""The quotations and speakers an article yields: each quotation with its language, its speaker's confidence
and official standing; each speaker with every name the text gives them."""

from __future__ import annotations

from presscli.attribution.confidence import confidence
from presscli.attribution.decide import Found
from presscli.attribution.identity import SpeakerBook
from presscli.attribution.official import name_positions, standing
from presscli.language.detect import detect, press_prior
from presscli.model import LanguageGuess, Paragraph, Quote, Speaker

_WORDS_FOR_OWN_LANGUAGE = 4  # fewer quoted words are too little to overrule their paragraph's language


_QUOTE_PRIOR = 3.0  # log-odds for the paragraph's language: a quotation is in it unless it clearly is not


def _quote_language(body: str, paragraph: Paragraph) -> LanguageGuess:
    """A quotation's own language; a few words are too little to overrule their paragraph's."""
    if len(body.split()) < _WORDS_FOR_OWN_LANGUAGE:
        return LanguageGuess(paragraph.lang, paragraph.lang_confidence)
    guess = detect(body, prior=press_prior(paragraph.lang, _QUOTE_PRIOR))
    return guess if guess.code != "und" else LanguageGuess(paragraph.lang, paragraph.lang_confidence)


def finish(
    text: str, found: list[Found], paragraphs: tuple[Paragraph, ...], book: SpeakerBook
) -> tuple[list[Quote], list[Speaker]]:
    quotes: list[Quote] = []
    counts: dict[str, int] = {}
    positions = name_positions(text)
    quoted = {item.cluster.id for item in found if item.cluster is not None and item.end > item.start}
    # only the speakers quoted are reported: the others' standing is never read
    standings = {
        c.id: standing(c.names, c.descriptions + c.served, book.lex, text, positions)
        for c in book.clusters
        if c.id in quoted
    }
    # ids of the speakers quoted, S1, S2, ... without gaps, in the order the article introduces them
    ids = {c.id: f"S{n}" for n, c in enumerate((c for c in book.clusters if c.id in quoted), 1)}
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.end <= item.start:
            continue
        paragraph = paragraphs[item.paragraph]
        body = text[item.start : item.end]
        guess = _quote_language(body, paragraph)
        cluster = item.cluster
        if cluster is not None:
            counts[cluster.id] = counts.get(cluster.id, 0) + 1
        quotes.append(
            Quote(
                id=f"Q{len(quotes) + 1}",
                text=body,
                start=item.start,
                end=item.end,
                kind=item.kind,
                speaker=cluster.canonical if cluster else None,
                speaker_id=ids[cluster.id] if cluster else None,
                speaker_confidence=confidence(item.route, item.kind, paragraph.lang) if cluster else None,
                official=standings[cluster.id].official if cluster else False,
                cue=item.cue,
                lang=guess.code,
                lang_confidence=guess.confidence,
                open_mark=item.span.open_mark,
                close_mark=item.span.close_mark,
            )
        )
    speakers = [
        Speaker(
            ids[c.id],
            c.canonical,
            c.aliases,
            counts[c.id],
            standings[c.id].official,
            standings[c.id].role,
            standings[c.id].institution,
        )
        for c in book.clusters
        if c.id in counts
    ]
    return quotes, speakers
