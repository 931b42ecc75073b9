"""Build presscli/data/roles/xx.txt: occupations, the words that say what a person does for a living.

    pip install faker && python scripts/build_roles.py

'said Republican political consultant Chris Russell', 'la abogada Ana Ruiz': an occupation before a
name is the person's role, not part of the name and not a name of its own. The hand-kept lexicon lists
the roles the press quotes most (minister, spokesman); these lists, from Faker's job titles (MIT
licence; Faker's lists come from national classifications of occupations), add the rest. Each title
gives its head noun: the last word in English and German ('Accountant, chartered' -> 'accountant'),
the first in the Romance languages ('Conductor de motocicletas' -> 'conductor'), with the feminine
forms the title gives or the language's regular endings make ('abogado' -> 'abogada', 'Pilot*in').
Lower case, one a line.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "presscli" / "data"
# Faker's locales for each shipped language, the largest list first
LOCALES = {
    "en": ("en_US",),
    "de": ("de_AT", "de_DE"),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "pt": ("pt_BR", "pt_PT"),
}
EXTRA_SUFFIXES = {"en": ("ant", "ent", "eer", "man", "woman", "ess"), "de": ("mann", "frau", "or")}
HEAD_LAST = {"en", "de"}  # 'chartered accountant', 'Bankkaufmann'; the Romance languages put the head first
SHORTEST = 4  # shorter heads are abbreviations or fragments of a title ('sub'); a job on its own is longer ('Copy')
WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
# Romance feminines formed regularly from the masculine: 'abogado' -> 'abogada', 'auteur' -> 'autrice'
FEMININES = {
    "es": (("o", "a"), ("or", "ora")),
    "pt": (("o", "a"), ("or", "ora")),
    "fr": (("eur", "euse"), ("teur", "trice"), ("ier", "ière"), ("ien", "ienne"), ("er", "ère"), ("in", "ine")),
}


def main() -> int:
    (DATA / "roles").mkdir(exist_ok=True)
    for code, locales in LOCALES.items():
        common = set((DATA / "common" / f"{code}.txt").read_text(encoding="utf-8").split()[:_EVERYDAY])
        suffixes = _agent_suffixes(code)
        roles: set[str] = set()
        for locale in locales:
            jobs = importlib.import_module(f"faker.providers.job.{locale}").Provider.jobs
            for title in jobs:
                # 'Actor', 'Midwife': a job on its own (German ones may be fields: 'Tischlerei')
                whole = code != "de" and len(re.sub(r"\([^)]*\)", " ", title).split()) == 1 and len(title) > SHORTEST
                roles.update(h for h, marked in _heads(title, code) if marked or whole or h.endswith(suffixes))
        roles = {r for r in roles if len(r) >= SHORTEST and WORD.match(r) and r not in common}
        roles |= {feminine for r in roles for feminine in _feminines(r, code)}
        (DATA / "roles" / f"{code}.txt").write_text("\n".join(sorted(roles)) + "\n", encoding="utf-8")
        print(code, len(roles))
    return 0


_EVERYDAY = 300  # the language's most frequent words ('make', 'land', 'person') are no occupations


def _agent_suffixes(code: str) -> tuple[str, ...]:
    """The endings of nouns for people who do something ('-ist', '-ant', '-erin'), from the lexicon, so
    that the head of a longer title is a person ('Technical sales engineer') and not its field
    ('Clothing/textile technologist' gives no 'clothing')."""
    lexicon = json.loads((DATA / "lexicon" / f"{code}.json").read_text(encoding="utf-8"))
    return (*lexicon["agent_suffixes"], *EXTRA_SUFFIXES.get(code, ()))


def _heads(title: str, code: str) -> list[tuple[str, bool]]:
    """The head nouns of one job title, each with whether the title marks it as a person: German
    titles spell out both sexes ('Dirigent*in', 'Freizeitpädagoge / Freizeitpädagogin')."""
    title = re.sub(r"\([^)]*\)", " ", title).split(",")[0].split(" - ")[0]
    forms = [part.strip() for part in title.split(" / ")] if code == "de" else [title.strip()]
    gendered = code == "de" and ("*" in title or len(forms) > 1)
    heads: list[tuple[str, bool]] = []
    for form in forms:
        words = form.split()
        if code == "de":  # 'Ärztin für Allgemeinmedizin': the title ends where its lower-case complement starts
            words = words[: next((k for k, w in enumerate(words) if w[:1].islower()), len(words))]
        if not words:
            continue
        head = (words[-1] if code in HEAD_LAST else words[0]).lower()
        if code == "de" and "*" in head:  # 'Dirigent*in', 'Medizinische*r': both forms
            stem = head.split("*", 1)[0]
            heads += [(stem, True), (stem + "in", True)]
            continue
        heads.append((head, gendered))
    return heads


def _feminines(role: str, code: str) -> list[str]:
    return [
        role[: -len(masculine)] + feminine
        for masculine, feminine in FEMININES.get(code, ())
        if role.endswith(masculine)
    ]


if __name__ == "__main__":
    sys.exit(main())
