"""Add the third person plural of each reporting verb to the lexicons (es, pt, fr, de): 'Fuentes del
Ministerio reconocen que …', 'Fontes … admitem', 'Les syndicats ont dénoncé', 'Die Grünen kritisierten'.

    python scripts/add_plural_cues.py

A plural is derived from a listed singular by the regular endings ('reconoce' -> 'reconocen', 'afirmou'
-> 'afirmaram', 'a déclaré' -> 'ont déclaré', 'kritisierte' -> 'kritisierten') and kept only when the
language's frequency list (data/common, from wordfreq) knows the form: a real word, never a guess.
German gets its past plurals only: its present plurals are its infinitives, which a capital makes nouns
('Fragen', 'Klagen'). Verbs that say what things show are left singular: their plural subjects are
mostly data and findings, no speakers ('los indicadores apuntan', 'testes iniciais indicam', 'funcionarios
exponen temas'). Idempotent: forms already listed are left alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "presscli" / "data"
ENDINGS = {  # singular ending -> plural endings, first match wins
    "es": [("ió", ["ieron"]), ("ó", ["aron"]), ("aba", ["aban"]), ("ía", ["ían"]), ("a", ["an"]), ("e", ["en"])],
    "pt": [
        ("ou", ["aram"]),
        ("eu", ["eram"]),
        ("iu", ["iram"]),
        ("ava", ["avam"]),
        ("ia", ["iam"]),
        ("a", ["am"]),
        ("e", ["em"]),
    ],
    "fr": [("ait", ["aient"]), ("e", ["ent"])],
    "de": [("te", ["ten"])],
}
SHOWING = ("indic", "apont", "apunt", "expon", "expus", "mostr", "revel", "suger", "sugier", "demonstr", "sinal")
AUXILIARIES = {"es": {"ha": "han"}, "pt": {"tem": "têm"}, "fr": {"a": "ont"}, "de": {}}


def plurals(verb: str, code: str) -> list[str]:
    parts = verb.split()
    if parts[-1].startswith(SHOWING):
        return []
    if len(parts) == 2 and parts[0] in AUXILIARIES[code]:
        return [f"{AUXILIARIES[code][parts[0]]} {parts[1]}"]
    if len(parts) != 1:
        return []
    for ending, replacements in ENDINGS[code]:
        if verb.endswith(ending):
            return [verb[: -len(ending)] + r for r in replacements]
    return []


def main() -> int:
    for code in ENDINGS:
        path = DATA / "lexicon" / f"{code}.json"
        raw = path.read_text(encoding="utf-8")
        verbs = json.loads(raw)["verbs"]
        known = set((DATA / "common" / f"{code}.txt").read_text(encoding="utf-8").split())
        listed = set(verbs)
        added = []
        for verb in verbs:
            for form in plurals(verb, code):
                if form not in listed and (" " in form or form in known):
                    listed.add(form)
                    added.append(form)
        if added:
            anchor = ' "verbs": [\n'
            indent = raw.split(anchor, 1)[1].split('"', 1)[0]
            raw = raw.replace(anchor, anchor + "".join(f'{indent}"{form}",\n' for form in added), 1)
            assert json.loads(raw)["verbs"][: len(added)] == added
            path.write_text(raw, encoding="utf-8")
        print(code, len(added))
    return 0


if __name__ == "__main__":
    sys.exit(main())
