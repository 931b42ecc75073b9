"""Dates written the ways newsrooms write them, in any language, to ISO `YYYY-MM-DD`.

Finding a date-shaped phrase is a pattern match; reading its month ('4 de noviembre de 2025', 'Nov. 4,
2025', '4. November 2025', '1er juin 2020') is a lookup in the month names of fifteen press languages,
built from Unicode CLDR by `scripts/build_month_names.py` (data/dates/months.json): the article's own
language first, then any. Numeric dates follow the language's order: day first everywhere but English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from presscli.tables import month_names

_MONTH_WORD = r"[^\W\d_]{3,12}\.?"
_DATE_PATTERNS = (
    # 4 de noviembre de 2025 · 4 novembre 2025 · 4. November 2025 · 1er juin 2020 · 13 août 2020
    rf"\b\d{{1,2}}(?:\.|º|°|er|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH_WORD}\s+(?:de\s+|del\s+)?\d{{4}}\b",
    # November 4, 2025 · Nov. 4, 2025 · November 4th 2025
    rf"\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
    # 2025-11-04 (ISO), 2025/11/04
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b",
    # 04/11/2025 · 4.11.2025 · 04-11-2025
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b",
)
DATE_PHRASE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS), re.IGNORECASE)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]{3,12})\.?\s+(?:de\s+|del\s+)?(\d{4})", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_SHORTEST_ABBREVIATION = 3  # 'Sept', 'Dez', 'janv': the first letters of one month's name


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(phrase: str, lang: str | None = None) -> str | None:
    """ISO date for one date phrase, or None when it is not a full calendar date."""
    phrase = phrase.strip()
    iso = _ISO.fullmatch(phrase)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = _NUMERIC.fullmatch(phrase)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        month_first = lang == "en" and first <= 12
        if second > 12:
            month_first = True
        elif first > 12:
            month_first = False
        return _valid(year, first, second) if month_first else _valid(year, second, first)
    return _parse_words(phrase, lang)


def _parse_words(phrase: str, lang: str | None) -> str | None:
    match = _DAY_MONTH_YEAR.fullmatch(phrase)
    if match:
        day, word, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.fullmatch(phrase)
        if not match:
            return None
        word, day, year = match.groups()
    month = month_number(word, lang)
    return _valid(int(year), month, int(day)) if month else None


def month_number(word: str, lang: str | None = None) -> int | None:
    """1-12 for a month's name or abbreviation, in the language `lang` first, then in any press language."""
    low = word.lower().rstrip(".")
    tables = _months()
    order = [lang] if lang in tables else []
    order += [code for code in tables if code != lang]
    for code in order:
        if low in tables[code]:
            return tables[code][low]
    if len(low) >= _SHORTEST_ABBREVIATION:
        for code in order:  # 'Sept.' in English: the start of exactly one month's name
            months = {n for name, n in tables[code].items() if name.startswith(low)}
            if len(months) == 1:
                return months.pop()
    return None


@cache
def _months() -> dict[str, dict[str, int]]:
    return month_names()


def find_dates(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every full calendar date written in text[start:end], in order."""
    found = []
    for match in DATE_PHRASE.finditer(text, start, len(text) if end is None else end):
        iso = parse_date(match.group(0), lang)
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    return found
