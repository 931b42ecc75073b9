"""The data model: what presscli finds in an article.

Every span carries `start`/`end` as Python string indices into `Document.text`, so that
`doc.text[q.start:q.end] == q.text` holds for every quote, sentence, paragraph and claim.
The dataclasses are frozen: the pipeline builds new values instead of mutating shared ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class QuoteKind(str, Enum):
    """What a quotation is doing in the text."""

    STATEMENT = "statement"  # a quoted clause or sentence
    FRAGMENT = "fragment"  # a few quoted words inside reported speech, attributed
    TERM = "term"  # a scare quote, label, nickname or title of a work
    HEADLINE = "headline"  # a quotation standing as a title or heading


class BlockKind(str, Enum):
    """The role a paragraph plays in the article's layout."""

    TITLE = "title"
    DECK = "deck"  # subtitle / standfirst under the title
    BYLINE = "byline"  # outlet, author and/or date line
    HEADING = "heading"  # a section heading inside the body
    BODY = "body"
    POST = "post"  # an embedded social-media post
    SOURCE = "source"  # "Source: ...", "Fuente: ...", "Original article: ..."


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """An ISO 639-1 code with the detector's confidence in [0, 1]."""

    code: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph-level span: a line or block of the article, with its language."""

    index: int
    start: int
    end: int
    text: str
    kind: BlockKind
    lang: str
    lang_confidence: float


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Post:
    """A social-media post embedded in the article (quoted tweet, toot, ...)."""

    text: str
    start: int
    end: int
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    lang: str | None


@dataclass(frozen=True, slots=True)
class Meta:
    """What the article says about itself. Dates are ISO `YYYY-MM-DD`."""

    title: str | None = None
    deck: str | None = None
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    dateline: str | None = None
    original_title: str | None = None
    source: str | None = None
    encoding: str | None = None
    format: str = "text"
    links: tuple[Link, ...] = ()
    embedded_posts: tuple[Post, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    id: str  # Q1, Q2, ... in the order the quotations stand in the text
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    lang: str
    lang_confidence: float
    open_mark: str
    close_mark: str
    speaker_confidence: float | None = None  # how often a speaker found this way is right (README: calibration)
    official: bool = False  # its speaker speaks officially (see Speaker.official)


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person or body quoted in the text, with every name the text uses for it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    quotes: int
    official: bool = False  # speaks for a state or public body, or from a public office
    role: str | None = None  # the office or body the text gives them: 'interim President', 'Foreign Ministry'
    institution: str | None = None  # the official body they speak for, when the text names it


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    start: int
    end: int
    claimant: str | None
    score: float
    quotes: tuple[str, ...] = ()  # ids of the quotations in the claim's sentence, which state or support it


@dataclass(frozen=True, slots=True)
class Document:
    """Everything presscli found in one article."""

    text: str
    language: LanguageGuess
    meta: Meta
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    claims: tuple[Claim, ...]
    path: str | None = None  # the file it was read from (None for stdin and text in memory)


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be analyzed, and why (a message safe to show a user)."""

    path: str
    error: str


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded input: the text presscli analyzes and how it was obtained."""

    text: str
    path: str | None  # None for stdin and text in memory
    format: str  # "text", "markdown" or "html"
    encoding: str
    html_meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # for the command line to say once on stderr: NUL bytes replaced
