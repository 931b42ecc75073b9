"""The quotations touching each paragraph in turn, read with a cursor through the spans (sorted by where
they open) so that no paragraph rescans them all."""

from __future__ import annotations

from presscli.model import Paragraph
from presscli.quotes.marks import MarkedSpan


class SpanCursor:
    def __init__(self, spans: list[MarkedSpan]) -> None:
        self._spans = spans
        self._next = 0  # the first span not yet read
        self._open: list[MarkedSpan] = []  # spans read that may still run into the next paragraph

    def touching(self, paragraph: Paragraph) -> list[MarkedSpan]:
        """The quotations that open in `paragraph` or run into it (paragraphs asked for in order)."""
        while self._next < len(self._spans) and self._spans[self._next].open_at < paragraph.end:
            self._open.append(self._spans[self._next])
            self._next += 1
        touching = [s for s in self._open if s.close_at >= paragraph.start]
        self._open = [s for s in touching if s.close_at >= paragraph.end]  # still open after it
        return touching


class Coverage:
    """Whether a stretch of a paragraph lies inside one quotation, asked stretch by stretch in order
    ('“We did it. We are proud.”': the second sentence is speech, not narration)."""

    def __init__(self, touching: list[MarkedSpan]) -> None:
        self._spans = touching  # in the order they open
        self._next = 0
        self._open_until = -1  # the furthest close of the spans opened so far

    def covers(self, start: int, end: int) -> bool:
        while self._next < len(self._spans) and self._spans[self._next].open_at < start:
            self._open_until = max(self._open_until, self._spans[self._next].close_at)
            self._next += 1
        return self._open_until >= end
