"""Language identification: presscli beside stock langdetect, accuracy and lines per second in one run.

    python benchmarks/language.py PATH/TO/language-testdata [--languages en,es,fr,...] [--limit 500]

PATH holds lingua's test data layout (not shipped with presscli; get it from the lingua project):
`sentences/xx.txt`, `word-pairs/xx.txt`, `single-words/xx.txt`, one sample a line, xx the ISO code.
Each engine runs in a fresh process over all the lines, so the timing includes importing and loading
profiles, as a user's first `presscli lang --per-line` call does.

Engines:
  presscli        presscli.language.detect, every profile reachable (press languages favoured)
  presscli-set    the same, restricted to --languages (as `presscli lang --languages`)
  langdetect      stock langdetect 1.0.9, all 55 profiles, DetectorFactory.seed = 0
  langdetect-set  stock langdetect restricted to --languages profiles
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

DEFAULT_LANGUAGES = "en,es,fr,pt,de,it,nl,ca,ru,ar,zh,pl,tr,sv"
CATEGORIES = ("sentences", "word-pairs", "single-words")

_WORKER = r"""
import json, sys, time
started = time.perf_counter()
engine, allowed = sys.argv[1], sys.argv[2].split(",")
lines = json.loads(sys.stdin.read())
if engine.startswith("presscli"):
    from presscli.language import detect
    restrict = allowed if engine == "presscli-set" else None
    answers = [detect(line, restrict).code for line in lines]
else:
    import os
    from langdetect import DetectorFactory, detect
    from langdetect.detector_factory import init_factory, PROFILES_DIRECTORY
    from langdetect import detector_factory
    DetectorFactory.seed = 0
    if engine == "langdetect-set":
        factory = DetectorFactory()
        profiles = []
        for name in sorted(os.listdir(PROFILES_DIRECTORY)):
            if name.split("-")[0] in allowed:
                profiles.append(open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8").read())
        factory.load_json_profile(profiles)
        detector_factory._factory = factory
    def one(line):
        try:
            return detect(line).split("-")[0]
        except Exception:
            return "und"
    answers = [one(line) for line in lines]
print(json.dumps({"answers": answers, "seconds": time.perf_counter() - started}))
"""


def load(root: Path, languages: list[str], limit: int) -> dict[str, list[tuple[str, str]]]:
    data: dict[str, list[tuple[str, str]]] = {}
    for category in CATEGORIES:
        rows = []
        for code in languages:
            path = root / category / f"{code}.txt"
            if path.exists():
                lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
                rows += [(code, line) for line in lines[:limit]]
        if rows:
            data[category] = rows
    return data


def run(engine: str, lines: list[str], languages: list[str]) -> tuple[list[str], float]:
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER, engine, ",".join(languages)],
        input=json.dumps(lines),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(proc.stdout)
    return result["answers"], result["seconds"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("testdata", type=Path)
    parser.add_argument("--languages", default=DEFAULT_LANGUAGES)
    parser.add_argument("--limit", type=int, default=1000, help="lines per language and category")
    parser.add_argument("--engines", default="presscli,presscli-set,langdetect,langdetect-set")
    args = parser.parse_args()
    languages = args.languages.split(",")
    data = load(args.testdata, languages, args.limit)
    if not data:
        print(f"no test data under {args.testdata}", file=sys.stderr)
        return 1
    present = sorted({code for rows in data.values() for code, _ in rows})
    print(f"languages with data: {','.join(present)}  (asked: {args.languages})")
    everything = [line for rows in data.values() for _, line in rows]
    for engine in args.engines.split(","):
        answers, seconds = run(engine, everything, languages)
        position = 0
        cells = []
        for category, rows in data.items():
            got = answers[position : position + len(rows)]
            position += len(rows)
            correct = sum(g == code for g, (code, _) in zip(got, rows, strict=True))
            cells.append(f"{category} {correct / len(rows):6.1%} (n={len(rows)})")
            per_language = {}
            for g, (code, _) in zip(got, rows, strict=True):
                ok, total = per_language.get(code, (0, 0))
                per_language[code] = (ok + (g == code), total + 1)
            worst = sorted(per_language.items(), key=lambda kv: kv[1][0] / kv[1][1])[:3]
            cells.append("worst " + " ".join(f"{c}:{ok}/{n}" for c, (ok, n) in worst))
        rate = len(everything) / seconds
        print(
            f"{engine:<15} {len(everything) / seconds:8.0f} lines/s ({seconds:.2f}s incl. start-up) | "
            + " | ".join(cells)
        )
        del rate
    return 0


if __name__ == "__main__":
    sys.exit(main())
