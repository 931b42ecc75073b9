"""Build presscli/data/words/xx.txt: the most frequent words of each language, most frequent first.

    pip install wordfreq && python scripts/build_wordlists.py

Data from wordfreq (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose word lists are
licensed CC BY-SA 4.0; the derived files in presscli/data/words carry the same licence (see the
README there). Only languages langdetect has a profile for are written, since the lists refine
langdetect's answer and never replace it. Chinese, Japanese and Korean are left out: they are
not written with spaces between words.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import wordfreq
from langdetect.detector_factory import PROFILES_DIRECTORY

TOP = 5000
OUT = Path(__file__).resolve().parent.parent / "presscli" / "data" / "words"
WORDFREQ_TO_ISO = {"nb": "no", "sh": "hr", "fil": "tl"}
SKIP = {"zh", "ja", "ko"}
WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*$")


def main() -> int:
    profiles = {name.split("-")[0] for name in Path(PROFILES_DIRECTORY).iterdir() for name in [name.name]}
    OUT.mkdir(parents=True, exist_ok=True)
    for source in sorted(wordfreq.available_languages(wordlist="small")):
        code = WORDFREQ_TO_ISO.get(source, source)
        if code in SKIP or code not in profiles:
            continue
        frequencies = wordfreq.get_frequency_dict(source, wordlist="small")
        words = [w for w, _ in sorted(frequencies.items(), key=lambda kv: -kv[1]) if WORD.match(w)][:TOP]
        (OUT / f"{code}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(code, len(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
