"""analyze(): text in, Document out. The steps run one way: layout -> language -> sentences ->
posts and metadata -> quotations and speakers -> claims."""

from __future__ import annotations

from presscli.attribution.reader import extract_quotes
from presscli.claims import rank_claims
from presscli.language.detect import Evidence, decide, detect, evidence, press_prior
from presscli.layout.dates import find_dates
from presscli.layout.metadata import build_meta
from presscli.layout.paragraphs import Block, split_paragraphs
from presscli.layout.posts import build_post
from presscli.layout.roles import assign_roles
from presscli.model import BlockKind, Document, LanguageGuess, Paragraph, Post, Source
from presscli.quotes.marks import find_quoted_spans
from presscli.read.files import from_text
from presscli.text.sentences import sentence_spans

_HEAD_BLOCKS = 8  # bylines and decks sit in the first few lines
PARAGRAPH_CHARS = 1000  # a paragraph's language shows in its first thousand characters


def analyze(text: str) -> Document:
    """Analyze an article given as text. Offsets in the result index `text` as given."""
    return analyze_source(from_text(text))


def analyze_source(source: Source) -> Document:
    """Analyze decoded input (see `sources.load`)."""
    text = source.text
    blocks = split_paragraphs(text)
    found = [evidence(text[b.start : min(b.end, b.start + PARAGRAPH_CHARS)]) for b in blocks]
    language = _document_language(found, blocks, text)
    dated = {i for i, b in enumerate(blocks[:_HEAD_BLOCKS]) if find_dates(text, language.code, b.start, b.end)}
    assign_roles(text, blocks, dated)
    paragraphs = _paragraphs(text, blocks, found, language.code)
    spans = find_quoted_spans(text, [(p.start, p.end) for p in paragraphs])
    openers = frozenset(s.open_at for s in spans)
    sentences = [sentence_spans(text, p.lang, p.start, p.end, openers) for p in paragraphs]
    posts = _posts(text, blocks, paragraphs)
    meta = build_meta(text, blocks, language.code, source, posts)
    found = extract_quotes(text, paragraphs, sentences, language.code, posts, spans)
    claims = rank_claims(text, paragraphs, sentences, tuple(found.quotes), meta.title, language.code, found.reporters)
    return Document(
        text=text,
        language=language,
        meta=meta,
        paragraphs=paragraphs,
        sentences=tuple(s for per_paragraph in sentences for s in _sentence_objects(text, per_paragraph)),
        quotes=tuple(found.quotes),
        speakers=tuple(found.speakers),
        claims=tuple(claims),
    )


def _sentence_objects(text: str, spans: list[tuple[int, int]]):
    from presscli.model import Sentence

    return [Sentence(s, e, text[s:e]) for s, e in spans]


def _document_language(found: list[Evidence | None], blocks: list[Block], text: str) -> LanguageGuess:
    """The main language: the one the article is written in. Long paragraphs weigh more, and the
    opening ones most: a report quoting a long foreign communiqué is still in the report's language."""
    weights: dict[str, float] = {}
    for position, (evidence_of, block) in enumerate(zip(found, blocks, strict=True)):
        length = min(block.end - block.start, PARAGRAPH_CHARS)
        if length < 20 or evidence_of is None:
            continue
        guess = decide(evidence_of, press_prior(None))
        opening = 1.0 + 3.0 * 0.5**position
        weights[guess.code] = weights.get(guess.code, 0.0) + length * guess.confidence * opening
    if not weights:
        return detect(text, prior=press_prior(None))
    code, weight = max(weights.items(), key=lambda kv: kv[1])
    headline = _headline_language(found, blocks, text)
    if headline is not None and headline != code and weights.get(headline, 0.0) >= 0.3 * weight:
        code, weight = headline, weights[headline]  # the headline names the publication's language
    return LanguageGuess(code, round(weight / sum(weights.values()), 4))


def _headline_language(found: list[Evidence | None], blocks: list[Block], text: str) -> str | None:
    """The first line's language, when it reads as a headline and says so clearly."""
    if len(blocks) < 3 or found[0] is None:
        return None
    first = text[blocks[0].start : blocks[0].end]
    guess = decide(found[0], press_prior(None))
    if len(first.split()) >= 4 and len(first) <= 300 and guess.confidence >= 0.9:
        return guess.code
    return None


def _paragraphs(text: str, blocks: list[Block], found: list[Evidence | None], main: str) -> tuple[Paragraph, ...]:
    prior = press_prior(main, strength=2.5)
    result = []
    for index, (block, evidence_of) in enumerate(zip(blocks, found, strict=True)):
        guess = decide(evidence_of, prior)
        lang = guess.code if guess.code != "und" else main
        result.append(
            Paragraph(index, block.start, block.end, text[block.start : block.end], block.kind, lang, guess.confidence)
        )
    return tuple(result)


def _posts(text: str, blocks: list[Block], paragraphs: tuple[Paragraph, ...]) -> tuple[Post, ...]:
    posts = []
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.POST:
            continue
        body_start = index
        while body_start > 0 and blocks[body_start - 1].kind is BlockKind.POST:
            body_start -= 1
        is_signature = index + 1 >= len(blocks) or blocks[index + 1].kind is not BlockKind.POST
        if not is_signature or body_start == index:
            continue
        body = (blocks[body_start].start, blocks[index - 1].end)
        post = build_post(text, body, (block.start, block.end), paragraphs[body_start].lang)
        if post:
            posts.append(post)
    return tuple(posts)
