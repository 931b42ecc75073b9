"""presscli: who said what in press statements.

>>> import presscli
>>> doc = presscli.analyze('“We will appeal,” the minister said.')
>>> doc.quotes[0].text, doc.quotes[0].speaker
('We will appeal,', 'minister')
"""

from __future__ import annotations

from .model import (
    BlockKind,
    Claim,
    Document,
    Failure,
    LanguageGuess,
    Link,
    Meta,
    Paragraph,
    Post,
    Quote,
    QuoteKind,
    Sentence,
    Speaker,
)
from .pipeline import analyze, analyze_source

__version__ = "0.1.0"

__all__ = [
    "BlockKind",
    "Claim",
    "Document",
    "Failure",
    "LanguageGuess",
    "Link",
    "Meta",
    "Paragraph",
    "Post",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Speaker",
    "__version__",
    "analyze",
    "analyze_source",
]
