"""Quality of presscli on an annotated corpus, per language, with the corpus's own scorer.

    python benchmarks/quality.py ../shared/corpus            # totals per language and overall
    python benchmarks/quality.py ../shared/corpus-summaries  # claims vs reference summaries

Runs `presscli batch` once over the corpus and scores the output with `score.py` from the corpus
folder (the scorer is the corpus's, not ours, so the numbers are comparable with other tools).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEYS = (
    "quote_f1",
    "quote_precision",
    "quote_recall",
    "speaker_accuracy",
    "kind_accuracy",
    "lang_accuracy",
    "meta_accuracy",
    "claim_coverage",
    "bad_offsets",
    "failures",
)


def presscli_command() -> str:
    local = Path(sys.executable).with_name("presscli")
    return str(local) if local.exists() else (shutil.which("presscli") or "presscli")


def score(corpus: Path, batch_output: Path, lang: str | None) -> dict:
    """Score a cached batch output by handing the scorer a command that replays it."""
    replay = f'{sys.executable} -c "import sys; sys.stdout.write(open({str(batch_output)!r}).read())" {{dir}}'
    argv = [sys.executable, str(corpus / "score.py"), str(corpus), "--quiet", "--batch", replay]
    if lang:
        argv += ["--lang", lang]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--langs", default="en,de,es,fr,pt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "batch.jsonl"
        with output.open("w", encoding="utf-8") as sink:
            subprocess.run(
                [presscli_command(), "batch", str(args.corpus / "texts"), "--format", "jsonl"],
                stdout=sink,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        rows = [("all", score(args.corpus, output, None))]
        rows += [(lang, score(args.corpus, output, lang)) for lang in args.langs.split(",")]
    keys = [k for k in KEYS if any(r.get(k) is not None for _, r in rows)]
    print("lang  " + "  ".join(f"{k:>16}" for k in keys))
    for lang, totals in rows:
        print(f"{lang:<5} " + "  ".join(f"{totals.get(k) if totals.get(k) is not None else '-':>16}" for k in keys))
    if any("rouge2" in r for _, r in rows):
        r = rows[0][1]
        print(f"claims top-3 ROUGE-1/2: {r['rouge1']}/{r['rouge2']}  lead-3: {r['lead3_rouge1']}/{r['lead3_rouge2']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
