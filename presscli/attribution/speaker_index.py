"""Which speakers of a document hold a given name, looked up by key rather than by comparing a mention
with every speaker so far: on a long article (a transcript, a live blog of a thousand quotations) that
comparison made identity grow with the square of its speakers.

Four keys, one per way `identity` joins a mention to a speaker: the alias itself (lower-cased), the last
capitalized word of a name ('Clinton' for 'Hillary Clinton', since two names of one person end alike),
an acronym the name uses ('SRE'), and a state body's function and place ('foreign', 'mexi'). A lookup
gives the few speakers worth the full comparison, which `identity` still makes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Generic, TypeVar

from presscli.attribution.bodies import BodyKey

Speaker = TypeVar("Speaker")


class SpeakerIndex(Generic[Speaker]):
    """Speakers filed under the keys of their names, each speaker once per key, in the order filed."""

    def __init__(self) -> None:
        self._aliases: dict[str, dict[Speaker, None]] = defaultdict(dict)
        self._last_words: dict[str, dict[Speaker, None]] = defaultdict(dict)
        self._acronyms: dict[str, dict[Speaker, None]] = defaultdict(dict)
        self._bodies: dict[tuple[str, str], dict[Speaker, None]] = defaultdict(dict)

    def file_alias(self, speaker: Speaker, alias: str) -> None:
        _file(self._aliases[alias.lower()], speaker)

    def file_name(
        self, speaker: Speaker, capitals: tuple[str, ...], acronyms: Iterable[str], body: BodyKey | None
    ) -> None:
        """File a name by its last capitalized word, its acronyms and (for a body) its function and places."""
        if capitals:
            _file(self._last_words[capitals[-1]], speaker)
        for acronym in acronyms:
            _file(self._acronyms[acronym], speaker)
        if body is not None:
            function, places = body
            for place in places:
                _file(self._bodies[(function, place)], speaker)

    def with_alias(self, alias: str) -> list[Speaker]:
        return list(self._aliases.get(alias.lower(), ()))

    def with_name_like(self, capitals: tuple[str, ...], acronyms: Iterable[str], body: BodyKey | None) -> list[Speaker]:
        """Speakers with a name that may be this one: ending on the same word, sharing an acronym or, for a
        body, a function and a place. The caller decides; this only narrows the search."""
        found: list[Speaker] = []
        if capitals:
            found.extend(self._last_words.get(capitals[-1], ()))
        for acronym in acronyms:
            found.extend(self._acronyms.get(acronym, ()))
        if body is not None:
            function, places = body
            for place in places:
                found.extend(self._bodies.get((function, place), ()))
        return list(dict.fromkeys(found))


def _file(speakers: dict[Speaker, None], speaker: Speaker) -> None:
    # a speaker's names often share a key ('Hillary Clinton', 'Clinton'): it is filed under it once
    speakers[speaker] = None
