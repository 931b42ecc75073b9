"""Build the general lexical resources that tell a plausible speaker from any other phrase.

    pip install wordfreq names && python scripts/build_lexical_resources.py

- presscli/data/common/xx.txt: the 50,000 most frequent words of each shipped language, most
  frequent first, from wordfreq (CC BY-SA 4.0, like data/words; see the README there). A capitalized
  German word among them is a common noun unless the article shows it is a name.
- presscli/data/names/given.txt: given names from the US Census Bureau's 1990 name lists
  (public domain), as packaged by `names`; lower case, each with the sex it is given to (f, m, or -);
  name particles ('von', 'del') left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import names
import wordfreq

DATA = Path(__file__).resolve().parent.parent / "presscli" / "data"
LANGUAGES = ("en", "es", "fr", "pt", "de", "it")
COMMON = 50_000
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "du", "le", "la"}
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def main() -> int:
    (DATA / "common").mkdir(exist_ok=True)
    for code in LANGUAGES:
        words = [w for w in wordfreq.top_n_list(code, COMMON * 2, wordlist="best") if WORD.match(w)][:COMMON]
        (DATA / "common" / f"{code}.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
        print(code, len(words))
    census = Path(names.__file__).parent
    # frequency per 100 people of each sex; a name is one sex's when the other gives it ten times less
    shares: dict[str, dict[str, float]] = {}
    for name, sex in (("dist.female.first", "f"), ("dist.male.first", "m")):
        for line in (census / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                given, share = line.split()[:2]
                shares.setdefault(given.lower(), {})[sex] = float(share)
    # name particles the census lists as given names ('Von', 'Del', 'Van') are read as particles: 'von
    # Jerry Larson' is not a person named Von ('Al', 'Ed' and 'Will' stay names)
    shares = {name: share for name, share in shares.items() if name not in PARTICLES}
    (DATA / "names").mkdir(exist_ok=True)
    header = "# given names, US Census Bureau 1990 (public domain), via the `names` package; f, m or - (both)\n"
    rows = [f"{name} {_sex(share)}" for name, share in sorted(shares.items())]
    (DATA / "names" / "given.txt").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print("given", len(rows))
    return 0


def _sex(share: dict[str, float]) -> str:
    female, male = share.get("f", 0.0), share.get("m", 0.0)
    if female >= 10 * male:
        return "f"
    return "m" if male >= 10 * female else "-"


if __name__ == "__main__":
    sys.exit(main())
