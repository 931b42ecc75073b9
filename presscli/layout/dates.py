"""Dates written the ways newsrooms write them, in any language, to ISO `YYYY-MM-DD`.

Finding a date-shaped phrase is a pattern match; reading it ('4 de noviembre de 2025', 'Nov. 4, 2025',
'4. November 2025', '04/11/2025') is done by dateparser, which knows the month names and orders of
two hundred locales. Numeric dates follow the language's order: day first everywhere but English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

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
_DATEPARSER_LANGUAGES = {"en", "es", "fr", "pt", "de", "it", "nl", "ca", "sv", "pl", "tr", "ru", "da", "no", "ro"}


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


@lru_cache(maxsize=512)
def _parse_words(phrase: str, lang: str | None) -> str | None:
    import dateparser  # loaded only when a worded date is seen

    languages = [lang] if lang in _DATEPARSER_LANGUAGES else None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, languages=languages, settings=settings)  # type: ignore[arg-type]
    if parsed is None and languages:
        parsed = dateparser.parse(phrase, settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat() if parsed else None


def find_dates(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every full calendar date written in text[start:end], in order."""
    found = []
    for match in DATE_PHRASE.finditer(text, start, len(text) if end is None else end):
        iso = parse_date(match.group(0), lang)
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    return found
