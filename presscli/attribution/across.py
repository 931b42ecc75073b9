"""Speakers across many documents: one row per person or body, with their quotes and articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from presscli.model import Document, Failure


@dataclass(frozen=True, slots=True)
class SpeakerTally:
    """One speaker over a set of documents."""

    name: str
    quotes: int
    documents: int
    aliases: tuple[str, ...]


@dataclass(slots=True)
class _Running:
    name: str
    quotes: int = 0
    documents: int = 0
    aliases: dict[str, None] = field(default_factory=dict)  # an ordered set


def tally_speakers(outcomes: Iterable[Document | Failure]) -> tuple[list[SpeakerTally], list[Failure]]:
    """Speakers of every analyzed document merged by their name, most quoted first; and the failures."""
    merged: dict[str, _Running] = {}
    failures: list[Failure] = []
    for item in outcomes:
        if isinstance(item, Failure):
            failures.append(item)
            continue
        for speaker in item.speakers:
            key = " ".join(speaker.name.lower().split())
            running = merged.setdefault(key, _Running(speaker.name))
            running.quotes += speaker.quotes
            running.documents += 1
            running.aliases.update((alias, None) for alias in speaker.aliases if alias != running.name)
    tallies = [SpeakerTally(r.name, r.quotes, r.documents, tuple(r.aliases)) for r in merged.values()]
    tallies.sort(key=lambda t: (-t.quotes, t.name.lower()))
    return tallies, failures
