"""The one path from the data model to JSON-ready dicts (see README, 'JSON reference').

Field names here are the public, stable contract; `SCHEMA_VERSION` changes when one is removed or
changes meaning (adding a field does not change it).
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from functools import cache
from typing import Any

from presscli.model import Claim, Document, Failure, Paragraph, Quote, Speaker

SCHEMA_VERSION = 1


def plain(value: Any) -> Any:
    """Dataclasses, enums, tuples -> dicts, strings, lists (recursively)."""
    if value is None or type(value) in _SCALARS:
        return value  # (most values: asked first, a flood of quotations is a million of them)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


_SCALARS = frozenset({str, int, float, bool})


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def segment(paragraph: Paragraph) -> dict[str, Any]:
    return {
        "start": paragraph.start,
        "end": paragraph.end,
        "lang": paragraph.lang,
        "confidence": paragraph.lang_confidence,
        "kind": paragraph.kind.value,
    }


def quote(item: Quote) -> dict[str, Any]:
    return plain(item)


def claim(item: Claim, rank: int) -> dict[str, Any]:
    return {"rank": rank, **plain(item)}


def speaker(item: Speaker) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "aliases": list(item.aliases),
        "quotes": item.quotes,
        "official": item.official,
        "role": item.role,
        "institution": item.institution,
    }


def meta(doc: Document) -> dict[str, Any]:
    return plain(doc.meta)


def document(doc: Document, path: str | None = None) -> dict[str, Any]:
    """The `analyze` contract: language, segments, meta, quotes, speakers, claims; `path` is the
    document's own unless given.

    `text` is included when the analyzed text is not the input file's own (HTML pages), since
    offsets index the extracted text."""
    record: dict[str, Any] = {}
    path = path if path is not None else doc.path
    if path is not None:
        record["path"] = path
    record.update(
        schema=SCHEMA_VERSION,
        language=doc.language.code,
        language_confidence=doc.language.confidence,
        segments=[segment(p) for p in doc.paragraphs],
        meta=meta(doc),
        quotes=[quote(q) for q in doc.quotes],
        speakers=[speaker(s) for s in doc.speakers],
        claims=[claim(c, rank) for rank, c in enumerate(doc.claims, 1)],
        summary=summary(doc),
    )
    if doc.meta.format == "html":
        record["text"] = doc.text
    return record


def parsed(doc: Document) -> dict[str, Any]:
    """The `parse` view: metadata, paragraphs with their sentences, posts and links."""
    sentences = list(doc.sentences)
    paragraphs = []
    for p in doc.paragraphs:
        inside = [plain(s) for s in sentences if p.start <= s.start < p.end]
        paragraphs.append({**segment(p), "text": p.text, "sentences": inside})
    record = {"schema": SCHEMA_VERSION, "language": doc.language.code, "meta": meta(doc), "segments": paragraphs}
    if doc.meta.format == "html":
        record["text"] = doc.text
    return record


SUMMARY_CLAIMS = 3  # the summary: the best three claims, in the order the article gives them


def summary(doc: Document) -> str:
    """The article in a few sentences: its top claims joined in text order."""
    return " ".join(c.text for c in sorted(doc.claims[:SUMMARY_CLAIMS], key=lambda c: c.start))


def failure(item: Failure) -> dict[str, Any]:
    return {"path": item.path, "error": item.error}


def outcome(item: Document | Failure, path: str | None = None) -> dict[str, Any]:
    """A batch record: the document's contract, or `{"path", "error"}` for a file that failed."""
    return failure(item) if isinstance(item, Failure) else document(item, path)
