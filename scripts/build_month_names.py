"""Build presscli/data/dates/months.json: month names and abbreviations of the press languages, from CLDR.

    pip install babel && python scripts/build_month_names.py

babel carries the Unicode CLDR data (Unicode licence), the reference for how each language writes its
months: wide and abbreviated, in format and stand-alone forms ('novembre', 'nov.', 'Nov', 'sept.').
presscli reads a date phrase with these tables instead of a general date parser: it only ever needs
'4 de noviembre de 2025', 'Nov. 4, 2025' and their kin, and a table lookup costs nothing at start-up.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import babel.dates

OUT = Path(__file__).resolve().parent.parent / "presscli" / "data" / "dates" / "months.json"
LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "nl", "ca", "sv", "pl", "tr", "ru", "da", "no", "ro")


def forms(name: str) -> set[str]:
    """The ways a month name is written: as is, without its full stop, without accents, without 'de '."""
    name = name.lower().strip()
    name = name.removeprefix("de ").removeprefix("d’").removeprefix("d'")
    bare = name.rstrip(".")
    plain = "".join(c for c in unicodedata.normalize("NFD", bare) if not unicodedata.combining(c))
    return {bare, plain}


def main() -> int:
    tables: dict[str, dict[str, int]] = {}
    for code in LANGUAGES:
        table: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in babel.dates.get_month_names(width, context, locale=code).items():
                    for form in forms(name):
                        if form and not form.isdigit():
                            table.setdefault(form, number)
        tables[code] = dict(sorted(table.items()))
        print(code, len(table))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
