"""Build presscli/data/adverbs/xx.txt: the manner adverbs of English, Spanish, Portuguese and Italian.

    python scripts/build_adverbs.py

'he actually thinks', 'she jokingly tells', 'dijo finalmente': an adverb between a subject and its cue
verb is no part of the subject. These languages form manner adverbs from adjectives ('actual' +
'-ly', 'final' + '-mente'), so an adverb is a word of the language's frequency list (data/common,
built from wordfreq) made of one of its adjectives and the suffix. French is left out: its '-ment'
also ends nouns made from verbs ('gouvernement' from 'gouverne'). Lower case, one a line.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "presscli" / "data"
SUFFIXES = {"en": "ly", "es": "mente", "pt": "mente", "it": "mente"}
SHORTEST_STEM = 4  # 'real' in 'really'; 'ally' and 'only' are no adverbs of manner


def main() -> int:
    (DATA / "adverbs").mkdir(exist_ok=True)
    for code, suffix in SUFFIXES.items():
        words = (DATA / "common" / f"{code}.txt").read_text(encoding="utf-8").split()
        known = set(words)
        adverbs = sorted(w for w in words if w.endswith(suffix) and _from_adjective(w[: -len(suffix)], code, known))
        (DATA / "adverbs" / f"{code}.txt").write_text("\n".join(adverbs) + "\n", encoding="utf-8")
        print(code, len(adverbs))
    return 0


def _from_adjective(stem: str, code: str, known: set[str]) -> bool:
    if len(stem) < SHORTEST_STEM:
        return False
    if code != "en":
        return stem in known  # 'final', 'clara', 'rápida'
    # 'actual', 'close' (closely), 'happy' (happily), 'probable' (probably), 'joking' (jokingly)
    forms = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "", stem + "le"}
    return any(form in known for form in forms if form)


if __name__ == "__main__":
    sys.exit(main())
