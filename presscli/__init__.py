"""presscli: who said what in press statements.

>>> import presscli
>>> doc = presscli.analyze('“We will appeal,” the minister said.')
>>> doc.quotes[0].text, doc.quotes[0].speaker
('We will appeal,', 'minister')
"""

from __future__ import annotations

from presscli.model import (
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

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # the pipeline (and what it imports) loads on first use, so that `presscli lang --per-line`
    # and `--version` start fast
    if name in ("analyze", "analyze_source"):
        from presscli import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'presscli' has no attribute {name!r}")


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
