"""Build presscli/data/places/countries.json: the names of the world's countries in each press language, from CLDR.

    pip install babel && python scripts/build_country_names.py

babel carries the Unicode CLDR data (Unicode licence): 'Colombia', 'Estados Unidos', 'Allemagne',
'Vereinigte Staaten'. presscli reads them to tell the head of a state from the head of anything else:
'presidente de Colombia' holds an office of the state, 'presidente de la CEOE' does not. Only
two-letter territory codes (countries and dependencies), not regions ('Mundo', 'Europa'); lower case,
as the office words are read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "presscli" / "data" / "places" / "countries.json"
LANGUAGES = ("en", "es", "fr", "pt", "de", "it")


def main() -> int:
    tables = {}
    for code in LANGUAGES:
        territories = Locale(code).territories
        names = {name.lower() for key, name in territories.items() if len(key) == 2 and key.isalpha() and key != "ZZ"}
        tables[code] = sorted(names)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print({code: len(names) for code, names in tables.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
