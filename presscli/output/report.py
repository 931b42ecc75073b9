"""`presscli report`: one self-contained HTML file (inline CSS and JS, nothing fetched) for one article or a
folder. Article text is data: the template is rendered by Jinja2 with autoescaping on, no value is ever
marked safe, and a Content-Security-Policy lets only the report's own script (by its nonce) run, so a
page holding `<script>` or `onerror=` in its text shows it and runs nothing."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined

from presscli.attribution.across import tally_speakers
from presscli.model import Document, Failure, Quote
from presscli.output.highlight import colour_slots, label, paragraph_pieces
from presscli.output.render import safe

_TEMPLATE = "report.html.j2"


@dataclass(frozen=True, slots=True)
class Report:
    html: str
    articles: int
    quotations: int
    failures: int


def render_report(outcomes: Iterable[Document | Failure], title: str, version: str) -> Report:
    """The report over these analyses (one for an article, many for a folder), with the failures listed;
    `version` is presscli's, written into the page."""
    documents: list[Document] = []
    failures: list[Failure] = []
    for outcome in outcomes:
        (failures if isinstance(outcome, Failure) else documents).append(outcome)  # type: ignore[arg-type]
    articles = [_article(doc, f"a{n}") for n, doc in enumerate(documents, 1)]
    tallies, _ = tally_speakers(documents)
    quotations = [dict(q, article=a["name"], anchor=a["anchor"]) for a in articles for q in a["quotes"]]
    context: dict[str, Any] = {
        "title": title,
        "version": version,
        "nonce": secrets.token_urlsafe(16),
        "articles": articles,
        "single": len(documents) == 1 and not failures,
        "speakers": tallies,
        "outlets": Counter(a["meta"]["outlet"] or "(unknown outlet)" for a in articles for _ in a["quotes"]),
        "languages": Counter(q["lang"] for a in articles for q in a["quotes"]),
        "quotations": quotations,
        "failures": [{"path": f.path, "error": f.error} for f in failures],
    }
    html = _environment().get_template(_TEMPLATE).render(**context)
    return Report(html, len(documents), len(quotations), len(failures))


def _article(doc: Document, anchor: str) -> dict[str, Any]:
    slots = colour_slots(doc)
    quotes = list(doc.quotes)
    return {
        "anchor": anchor,
        "name": doc.path or doc.meta.title or "(stdin)",
        "meta": {
            "title": doc.meta.title,
            "outlet": doc.meta.outlet,
            "date": doc.meta.date,
            "author": doc.meta.author,
            "language": doc.language.code,
        },
        "paragraphs": [
            {
                "kind": p.kind.value,
                "lang": p.lang,
                "confidence": f"{p.lang_confidence:.2f}",
                "pieces": [
                    {"text": piece.text, "quote": _quote(piece.quote, slots) if piece.quote else None}
                    for piece in paragraph_pieces(doc.text, p, quotes)
                ],
            }
            for p in doc.paragraphs
        ],
        "quotes": [_quote(q, slots) for q in quotes],
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "aliases": [a for a in s.aliases if a != s.name],
                "quotes": s.quotes,
                "official": s.official,
                "role": s.role,
                "slot": slots.get(s.id, 0),
            }
            for s in doc.speakers
        ],
        "claims": [
            {"rank": rank, "text": c.text, "claimant": c.claimant, "quotes": list(c.quotes)}
            for rank, c in enumerate(doc.claims[:5], 1)
        ],
    }


def _quote(quote: Quote, slots: dict[str, int]) -> dict[str, Any]:
    return {
        "id": quote.id,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "confidence": "" if quote.speaker_confidence is None else f"{quote.speaker_confidence:.2f}",
        "cue": quote.cue,
        "kind": quote.kind.value,
        "lang": quote.lang,
        "official": quote.official,
        "slot": slots.get(quote.speaker_id or ""),
        "label": label(quote),
    }


def _environment() -> Environment:
    def load(name: str) -> str:
        return resources.files("presscli").joinpath("data").joinpath("templates").joinpath(name).read_text("utf-8")

    env = Environment(loader=FunctionLoader(load), autoescape=True, undefined=StrictUndefined)
    env.filters["safe_text"] = safe  # control characters shown escaped, then HTML-escaped by autoescape
    return env
