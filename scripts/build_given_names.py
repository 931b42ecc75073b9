"""Build presscli/data/names/given_world.txt and given_faker.txt: given names of Europe, Latin America
and beyond, beside the US Census list.

    pip install gender-guesser faker && python scripts/build_given_names.py

The US Census list (data/names/given.txt) knows 'Angela' but not 'Steffen', 'Jürgen', 'François',
'João' or 'Recep'. Jörg Michael's name dictionary (nam_dict.txt, shipped by `gender-guesser`; GNU Free
Documentation License 1.2, and so is the file built from it) rates about 45,000 given names by how
common they are in 50-odd countries. A name is kept when it is at least moderately common (3 of 13)
somewhere and is not among the 2,000 most frequent words of a shipped language ('Mai', 'Paz', 'Rein'
read as words first), unless it is very common (7 of 13) as a name where that language is spoken: German
news says 'Georg' and 'Wolfgang' often because Germans are named so, and 'Jean' is frequent in French
for the same reason. Function words and month names are never names here. Lower case, accents removed
as presscli looks names up, each with its sex (f, m or - for both).

nam_dict has no column for Brazil or Spanish America, and lacks 'Luiz', 'Thiago' or 'Matheus'. Faker's
person providers (MIT licence) list the given names common in each country, Brazil's and Mexico's
among them, from national registers; given_faker.txt keeps those of the shipped languages' countries
that neither other list has, under the same rule for frequent words (no exception: Faker rates no name).
"""

from __future__ import annotations

import importlib
import json
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
# nam_dict's columns for the countries where each shipped language is spoken
COUNTRIES = {"en": (30, 31, 32), "it": (33,), "pt": (35,), "es": (36,), "fr": (37, 38, 39), "de": (42, 43, 44)}
NAMED_SO_AT_HOME = 7  # 'very common' on nam_dict's scale: a frequent word there because people bear it


def main() -> int:
    source = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    frequent: dict[str, set[str]] = {}  # word -> the languages it is frequent in
    never = set()  # function words and months: read as words whatever nam_dict says
    months = json.loads((DATA / "dates" / "months.json").read_text(encoding="utf-8"))
    for code in LANGUAGES:
        lines = (DATA / "common" / f"{code}.txt").read_text(encoding="utf-8").splitlines()[:FREQUENT_WORDS]
        for word in lines:
            frequent.setdefault(word.lower(), set()).add(code)
        never.update((DATA / "stopwords" / f"{code}.txt").read_text(encoding="utf-8").split())
        never.update(_unaccented(month) for month in months.get(code, {}))
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
        if key in never or len(key) < 2:
            continue
        if key in frequent and not any(_rating(line, COUNTRIES[code]) >= NAMED_SO_AT_HOME for code in frequent[key]):
            continue
        code = line[:2].strip()
        sex = "f" if code in ("F", "1F", "?F") else "m" if code in ("M", "1M", "?M") else "-"
        sexes.setdefault(key, set()).add(sex)
    rows = [f"{name} {next(iter(s)) if len(s) == 1 else '-'}" for name, s in sorted(sexes.items())]
    header = "# given names from Jörg Michael's nam_dict.txt via gender-guesser (GNU FDL 1.2); f, m or - (both)\n"
    (DATA / "names" / "given_world.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("given_world", len(rows))
    known = set(sexes) | {line.split()[0] for line in (DATA / "names" / "given.txt").read_text().splitlines()[1:]}
    extra = _faker_names(never | set(frequent) | known)
    rows = [f"{name} {next(iter(s)) if len(s) == 1 else '-'}" for name, s in sorted(extra.items())]
    header = "# given names of the press languages' countries from Faker's person providers (MIT); f, m or -\n"
    (DATA / "names" / "given_faker.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("given_faker", len(rows))
    rows = [f"{name} {lang} {sex}" for name, lang, sex in _sexes_at_home(source)]
    header = "# given names whose sex differs where a press language is spoken, from nam_dict.txt (GNU FDL 1.2)\n"
    (DATA / "names" / "given_local.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("given_local", len(rows))
    return 0


# How many steps of nam_dict's scale one sex must lead the other (and 'unisex') by in a language's countries
# for the name to be that sex there: 'Kai' is a man's name in Germany, 'Andrea' in Italy, 'Laurence' a woman's
# in France, whatever the US Census says; 'Kim' (f 3, m 0) is, 'Jordan' in France (m 4) is too.
HOME_LEAD = 3
# English keeps the US Census's measured sexes: nam_dict's British columns call 'Taylor' and 'Whitney' men
LOCAL_LANGUAGES = ("de", "es", "fr", "it", "pt")


def _sexes_at_home(source: Path) -> list[tuple[str, str, str]]:
    """(name, language, sex) where the name is clearly one sex in the language's countries and the general
    table (the three files as presscli reads them, the census last) says otherwise or both."""
    general: dict[str, str] = {}
    for file in ("given_world.txt", "given_faker.txt", "given.txt"):
        for line in (DATA / "names" / file).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                name, sex = line.split()
                general[name] = sex
    ratings: dict[tuple[str, str], dict[str, int]] = {}  # (name, language) -> best rating of each sex there
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("=") or len(line) <= SORT_FLAG or line[SORT_FLAG] == "+":
            continue
        key = _unaccented(line[NAME_COLUMNS].strip().lower())
        if key not in general:
            continue
        code = line[:2].strip()
        sex = "f" if code in ("F", "1F", "?F") else "m" if code in ("M", "1M", "?M") else "-"
        for lang in LOCAL_LANGUAGES:
            rating = _rating(line, COUNTRIES[lang])
            if rating:
                best = ratings.setdefault((key, lang), {})
                best[sex] = max(best.get(sex, 0), rating)
    rows = []
    for (key, lang), best in sorted(ratings.items()):
        female, male, both = best.get("f", 0), best.get("m", 0), best.get("-", 0)
        local = "m" if male >= max(female, both) + HOME_LEAD else "f" if female >= max(male, both) + HOME_LEAD else None
        if local is not None and local != general[key]:
            rows.append((key, lang, local))
    return rows


# the countries of the shipped languages, Latin America's first: nam_dict covers Europe only
FAKER_LOCALES = ("pt_BR", "es_MX", "es_AR", "es_CO", "es_CL", "fr_CA", "fr_BE", "fr_CH", "de_AT", "de_CH")
FAKER_LOCALES += ("pt_PT", "es_ES", "fr_FR", "de_DE", "it_IT", "en_US", "en_GB")


def _faker_names(excluded: set[str]) -> dict[str, set[str]]:
    """Each given name of Faker's lists for FAKER_LOCALES ('Davi Luiz' gives 'davi', 'luiz') with its sexes."""
    sexes: dict[str, set[str]] = {}
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            for full in getattr(provider, attribute, ()):
                for part in full.split():
                    key = _unaccented(part.lower())
                    if len(key) > 1 and key.isalpha() and key not in excluded:
                        sexes.setdefault(key, set()).add(sex)
    return sexes


def _rating(line: str, columns: tuple[int, ...]) -> int:
    """How common the name of this nam_dict line is in the best of these countries (0 when unlisted)."""
    marks = (line[c] for c in columns if c < len(line))
    return max((int(m, 16) for m in marks if m in "0123456789ABCDEFabcdef"), default=0)


def _unaccented(word: str) -> str:
    """As presscli.lexicon looks names up: 'gérard' -> 'gerard'."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


if __name__ == "__main__":
    sys.exit(main())
