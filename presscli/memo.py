"""A function's values as a dictionary filled as they are asked for: each argument is worked out once per
process (a text's words and characters recur, and a batch's), `limit` keeping memory bounded (Zipf: the
commonest come first). `str.translate` can read one as its table."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    def __init__(self, compute: Callable[[K], V], limit: int | None = None) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: K) -> V:
        value = self._compute(key)
        if self._limit is None or len(self) < self._limit:
            self[key] = value
        return value
