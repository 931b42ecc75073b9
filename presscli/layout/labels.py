"""The labels that open a line and say what it is: 'Fuente:', 'Original article:', 'By'.

One rule for layout (which paragraph is a source line) and metadata (what it says). The words come
from every shipped language's lexicon: syndicated and translated copy keeps the original's labels
('Fuente: EFE' under an English translation)."""

from __future__ import annotations

import re
from functools import cache

from presscli.lexicon import in_every_language


def _alternatives(name: str) -> str:
    words = sorted(in_every_language(name), key=len, reverse=True)  # longest first: 'original article'
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


def _line_label(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_alternatives(name)})\s*:\s*(?=\S)", re.IGNORECASE)


@cache
def source_label() -> re.Pattern[str]:
    """'Fuente: EFE', 'Crédito: Agencia EFE', 'Source: Reuters'."""
    return _line_label("source_labels")


@cache
def original_label() -> re.Pattern[str]:
    """'Original article: ...', 'Artículo original: ...'."""
    return _line_label("original_labels")


@cache
def byline_prefix() -> re.Pattern[str]:
    """'By Ana Lima', 'Por Ana Lima', 'Von Ana Lima'."""
    return re.compile(rf"^\s*(?:{_alternatives('byline_prefixes')})\s+", re.IGNORECASE)


@cache
def published() -> re.Pattern[str]:
    """'Published 4 Nov', 'mis à jour le ...': the rest of a byline is a timestamp."""
    return re.compile(rf"\b(?:{_alternatives('published_words')})\b.*", re.IGNORECASE)


def is_label_line(line: str) -> bool:
    """A source or original-article line: it never carries on the paragraph before it."""
    return bool(source_label().match(line) or original_label().match(line))


def strip_label(line: str) -> str:
    """The line without its label: 'Fuente: EFE' -> 'EFE'."""
    match = source_label().match(line) or original_label().match(line)
    return line[match.end() :] if match else line
