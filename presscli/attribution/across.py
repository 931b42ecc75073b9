"""Speakers across many documents: one row per person or body, with their quotes and articles; and the
official statements of a set of articles, grouped by the institution that made them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from presscli.model import Document, Failure, Quote, Speaker


@dataclass(frozen=True, slots=True)
class SpeakerTally:
    """One speaker over a set of documents."""

    name: str
    quotes: int
    documents: int
    aliases: tuple[str, ...]
    official: bool = False  # official in most of the documents that quote them
    role: str | None = None  # the role the documents give them most often


@dataclass(slots=True)
class _Running:
    name: str
    quotes: int = 0
    documents: int = 0
    official_in: int = 0
    aliases: dict[str, None] = field(default_factory=dict)  # an ordered set
    roles: Counter[str] = field(default_factory=Counter)


def speaker_key(name: str, document: str) -> str:
    """The key that merges one speaker across documents: a name, case and spacing aside; a description
    ('woman', 'porte-parole', 'candidato') is someone only within its `document`, so it carries it. The
    database's speaker view groups by the same key, stored with each name."""
    key = " ".join(name.lower().split())
    return key if name[:1].isupper() or name[:1] == "@" else f"{key} ({document})"


def tally_speakers(outcomes: Iterable[Document | Failure]) -> tuple[list[SpeakerTally], list[Failure]]:
    """Speakers of every analyzed document merged by their name, most quoted first; and the failures."""
    merged: dict[str, _Running] = {}
    failures: list[Failure] = []
    for number, item in enumerate(outcomes):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        for speaker in item.speakers:
            key = speaker_key(speaker.name, item.path or str(number))
            running = merged.setdefault(key, _Running(speaker.name))
            running.quotes += speaker.quotes
            running.documents += 1
            running.official_in += speaker.official
            running.aliases.update((alias, None) for alias in speaker.aliases if alias != running.name)
            if speaker.role:
                running.roles[speaker.role] += 1
    tallies = [
        SpeakerTally(
            r.name,
            r.quotes,
            r.documents,
            tuple(r.aliases),
            2 * r.official_in > r.documents,
            r.roles.most_common(1)[0][0] if r.roles else None,
        )
        for r in merged.values()
    ]
    tallies.sort(key=lambda t: (-t.quotes, t.name.lower()))
    return tallies, failures


@dataclass(frozen=True, slots=True)
class Statement:
    """One official statement as the press relayed it."""

    institution: str
    speaker: str
    text: str
    cue: str | None
    kind: str
    date: str | None  # the article's
    outlet: str | None
    path: str | None
    start: int
    end: int


def official_statements(outcomes: Iterable[Document | Failure]) -> tuple[list[Statement], list[Failure]]:
    """The official statements of every document, grouped by institution (a speaker with no institution named
    is their own), in text order within each article; and the failures."""
    found: list[Statement] = []
    failures: list[Failure] = []
    for item in outcomes:
        if isinstance(item, Failure):
            failures.append(item)
            continue
        speakers = {s.id: s for s in item.speakers}
        for quote in item.quotes:
            speaker = speakers.get(quote.speaker_id or "")
            if speaker is not None and quote.official:
                found.append(_statement(item, quote, speaker))
    order = {name: i for i, name in enumerate(dict.fromkeys(s.institution for s in found))}
    found.sort(key=lambda s: order[s.institution])  # stable: text order within each institution
    return found, failures


def _statement(doc: Document, quote: Quote, speaker: Speaker) -> Statement:
    return Statement(
        institution=speaker.institution or speaker.name,
        speaker=speaker.name,
        text=quote.text,
        cue=quote.cue,
        kind=quote.kind.value,
        date=doc.meta.date,
        outlet=doc.meta.outlet,
        path=doc.path,
        start=quote.start,
        end=quote.end,
    )
