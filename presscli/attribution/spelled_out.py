"""Acronyms an article spells out: 'FAA' for 'The Federal Aviation Administration', read once per article,
so that 'FAA Administrator Mike Whitaker' is known as the body's officer."""

from __future__ import annotations

import re
from functools import lru_cache


def spelled_out(phrases: list[str], text: str) -> list[str]:
    """'FAA Administrator Mike Whitaker' after 'The Federal Aviation Administration said': the body an
    acronym abbreviates, where the article writes it out."""
    spelled = _expansions(text)
    words = {w.strip(".,()") for phrase in phrases for w in phrase.split()}
    return [spelled[w] for w in words if w.isupper() and w in spelled]


@lru_cache(maxsize=2)
def _expansions(text: str) -> dict[str, str]:
    """Each run of two to six capitalized words (links between them allowed) by its initials, read once
    per article: 'FAA' -> 'Federal Aviation Administration'."""
    found: dict[str, str] = {}
    for match in _RUN.finditer(text):
        words = match.group().split()
        for first in range(len(words)):  # ('The Federal Aviation Administration': 'FAA' as well as 'TFAA')
            capitals = [w for w in words[first:] if w[:1].isupper()]
            if not words[first][:1].isupper() or len(capitals) < _ACRONYM_LETTERS[0]:
                continue
            if len(capitals) <= _ACRONYM_LETTERS[1] and not any(w.isupper() for w in capitals):
                found.setdefault("".join(w[0] for w in capitals), " ".join(words[first:]))
    return found


_ACRONYM_LETTERS = (2, 6)
_LINKS = "of|for|and|on|de|del|des|du|la|le|der|für|und"
_RUN = re.compile(rf"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:(?:{_LINKS})[ \t]+)?[A-ZÀ-Þ][\w'’-]*){{1,5}}")
