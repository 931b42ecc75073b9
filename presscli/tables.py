"""Reference tables read from presscli/data beside the per-language lexicons: the common-word lists, given
names with their sex, month names, country names, and the phrases that name a state body's function."""

from __future__ import annotations

import json
from functools import cache

from presscli.lexicon import LANGUAGES, phrase_tokens, read_data


@cache
def common_list(code: str) -> frozenset[str]:
    """The 50,000 most frequent words of a shipped language (data/common; empty for others)."""
    if code not in LANGUAGES:
        return frozenset()
    return frozenset(read_data("common", f"{code}.txt").split())


@cache
def given_name_table() -> dict[str, str | None]:
    """Given names, lower case and without accents, to the sex they are given to ('f', 'm', None for
    both): data/names/given_world.txt and given_faker.txt, then the US Census's given.txt, whose measured
    sexes have the last word. Read through presscli.attribution.given_names."""
    table: dict[str, str | None] = {}
    for file in ("given_world.txt", "given_faker.txt", "given.txt"):
        raw = read_data("names", file)
        while raw.startswith("#"):  # the header: a line or two of provenance
            raw = raw.partition("\n")[2]
        words = raw.split()  # 'name sex' on every line: one split for the file, not one per line
        sexes = (sex if sex in ("f", "m") else None for sex in words[1::2])
        table.update(zip(words[0::2], sexes, strict=True))
    return table


@cache
def given_name_sex_at_home() -> dict[tuple[str, str], str]:
    """(given name, language) to the sex the name is given to where that language is spoken, where this
    differs from given_name_table's: 'Kai' is a man in German, 'Laurence' a woman in French
    (data/names/given_local.txt)."""
    rows = (line.split() for line in read_data("names", "given_local.txt").splitlines() if line[:1] != "#")
    return {(name, lang): sex for name, lang, sex in rows}


@cache
def month_names() -> dict[str, dict[str, int]]:
    """Month names and abbreviations per language, lower case, to their number (data/dates/months.json)."""
    tables: dict[str, dict[str, int]] = json.loads(read_data("dates", "months.json"))
    return tables


@cache
def body_functions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """What a state body does, by the phrases that name it in each press language: 'foreign' for 'Foreign
    Ministry', 'Secretariat of Foreign Relations', 'Relaciones Exteriores', 'Auswärtiges Amt'."""
    raw: dict[str, list[str]] = json.loads(read_data("bodies.json"))
    return {key: tuple(phrase_tokens(p) for p in phrases) for key, phrases in raw.items() if key[0] != "_"}


@cache
def country_names(code: str) -> frozenset[str]:
    """The world's countries as a shipped language writes them, lower case ('colombia', 'estados unidos'):
    data/places/countries.json, from CLDR. Empty for other languages."""
    tables: dict[str, list[str]] = json.loads(read_data("places", "countries.json"))
    return frozenset(tables.get(code, ()))
