"""analyze(): text in, Document out. The stages run one way: layout -> language -> sentences ->
posts and metadata -> quotations and speakers -> claims. This module composes them and decides nothing."""

from __future__ import annotations

from bisect import bisect_left

from presscli.attribution.reader import extract_quotes
from presscli.claims import rank_claims
from presscli.language.document import document_language, paragraph_evidence, paragraph_languages
from presscli.layout.metadata import build_meta
from presscli.layout.paragraphs import split_paragraphs
from presscli.layout.posts import find_posts
from presscli.layout.roles import assign_roles
from presscli.model import Document, Paragraph, Sentence, Source
from presscli.quotes.dialogue import dialogue_spans
from presscli.quotes.marks import MarkedSpan, find_quoted_spans
from presscli.read.files import from_text
from presscli.text.sentences import sentence_spans


def analyze(text: str) -> Document:
    """Analyze an article given as text. Offsets in the result index `text` as given."""
    return analyze_source(from_text(text))


def analyze_source(source: Source) -> Document:
    """Analyze decoded input (see `presscli.read.load`)."""
    text = source.text
    blocks = split_paragraphs(text)
    spans = [(b.start, b.end) for b in blocks]
    evidence = paragraph_evidence(text, spans)
    language = document_language(text, spans, evidence)
    assign_roles(text, blocks, language.code)
    paragraphs = tuple(
        Paragraph(index, b.start, b.end, text[b.start : b.end], b.kind, guess.code, guess.confidence)
        for index, (b, guess) in enumerate(zip(blocks, paragraph_languages(evidence, language.code), strict=True))
    )
    marked = _without_overlaps(find_quoted_spans(text, spans), dialogue_spans(text, paragraphs))
    openers = frozenset(s.open_at for s in marked)
    sentences = [sentence_spans(text, p.lang, p.start, p.end, openers) for p in paragraphs]
    posts = find_posts(text, blocks, [p.lang for p in paragraphs])
    meta = build_meta(text, blocks, language.code, source, posts)
    attributed = extract_quotes(text, paragraphs, sentences, language.code, posts, marked)
    quotes = tuple(attributed.quotes)
    claims = rank_claims(text, paragraphs, sentences, quotes, meta.title, language.code, attributed.reporters)
    return Document(
        text=text,
        language=language,
        meta=meta,
        paragraphs=paragraphs,
        sentences=tuple(Sentence(s, e, text[s:e]) for per_paragraph in sentences for s, e in per_paragraph),
        quotes=quotes,
        speakers=tuple(attributed.speakers),
        claims=tuple(claims),
        path=source.path,
    )


def _without_overlaps(marked: list[MarkedSpan], dialogue: list[MarkedSpan]) -> list[MarkedSpan]:
    """Quotation marks first: dash-set speech counts only where no quotation opens inside it (a quoted
    line within an interview answer stays the quotation it is)."""
    opens = sorted(m.open_at for m in marked)
    kept = [d for d in dialogue if bisect_left(opens, d.open_at) == bisect_left(opens, d.close_at)]
    return sorted([*marked, *kept], key=lambda s: (s.open_at, -s.close_at))
