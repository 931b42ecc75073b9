"""Month names in any language presscli knows: 'September' after 'letzten' is a date, not a name, and
'December's agreement' is nobody's."""

from __future__ import annotations

from functools import cache

from presscli.tables import month_names


def is_month(low: str) -> bool:
    """Is the lower-case word a month's name or abbreviation in one of the shipped languages?"""
    return low in _all_months()


@cache
def _all_months() -> frozenset[str]:
    """Month names and abbreviations of every language presscli knows, read once."""
    return frozenset(name for names in month_names().values() for name in names)
