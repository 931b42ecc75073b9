"""Build presscli/data/names/given_world.txt: given names of Europe and beyond, beside the US Census list.

    pip install gender-guesser && python scripts/build_given_names.py

The US Census list (data/names/given.txt) knows 'Angela' but not 'Steffen', 'Jürgen', 'François',
'João' or 'Recep'. Jörg Michael's name dictionary (nam_dict.txt, shipped by `gender-guesser`; GNU Free
Documentation License 1.2, and so is the file built from it) rates about 45,000 given names by how
common they are in 50-odd countries. A name is kept when it is at least moderately common (3 of 13)
somewhere and is not among the 2,000 most frequent words of a shipped language ('Mai', 'Rosa', 'Paz'
read as words first). Lower case, accents removed as presscli looks names up, each with its sex (f, m
or - for both).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import gender_guesser

DATA = Path(__file__).resolve().parent.parent / "presscli" / "data"
LANGUAGES = ("en", "es", "fr", "pt", "de", "it")
FREQUENT_WORDS = 2_000  # words more frequent than this in a shipped language are read as words
LEAST_COMMON = 3  # of nam_dict's scale from 1 (rare) to 13 (extremely common), in some country
NAME_COLUMNS = slice(3, 29)
SORT_FLAG = 29  # '+': a duplicate line with expanded umlauts, to be ignored (the file's own advice)
FREQUENCIES = slice(30, 85)


def main() -> int:
    source = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    frequent = set()
    for code in LANGUAGES:
        lines = (DATA / "common" / f"{code}.txt").read_text(encoding="utf-8").splitlines()[:FREQUENT_WORDS]
        frequent.update(w.lower() for w in lines)
    sexes: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("=") or len(line) <= SORT_FLAG or line[SORT_FLAG] == "+":
            continue
        name = line[NAME_COLUMNS].strip()
        if not name or "+" in name or " " in name:
            continue
        ratings = [int(ch, 16) for ch in line[FREQUENCIES] if ch.strip() and ch in "0123456789ABCDEFabcdef"]
        if not ratings or max(ratings) < LEAST_COMMON:
            continue
        key = _unaccented(name.lower())
        if key in frequent or len(key) < 2:
            continue
        code = line[:2].strip()
        sex = "f" if code in ("F", "1F", "?F") else "m" if code in ("M", "1M", "?M") else "-"
        sexes.setdefault(key, set()).add(sex)
    rows = [f"{name} {next(iter(s)) if len(s) == 1 else '-'}" for name, s in sorted(sexes.items())]
    header = "# given names from Jörg Michael's nam_dict.txt via gender-guesser (GNU FDL 1.2); f, m or - (both)\n"
    (DATA / "names" / "given_world.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("given_world", len(rows))
    return 0


def _unaccented(word: str) -> str:
    """As presscli.lexicon looks names up: 'gérard' -> 'gerard'."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


if __name__ == "__main__":
    sys.exit(main())
