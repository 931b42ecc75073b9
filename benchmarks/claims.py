"""Key claims beside lead-3 and summa's TextRank: ROUGE-1/2 of the top three against reference summaries,
and milliseconds per article for the ranking step alone.

    python benchmarks/claims.py ../shared/corpus-summaries

summa is measured only when it is installed (`pip install summa`); it is not a dependency. ROUGE is the
corpus scorer's own (score.py beside the gold).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from scorer import load_scorer

import presscli
from presscli.claims import rank_claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    scorer = load_scorer(args.corpus)
    try:
        from summa import summarizer  # type: ignore[import-not-found]
    except ImportError:
        summarizer = None
    totals = {name: [0.0, 0.0, 0.0] for name in ("presscli", "lead-3", "summa")}  # r1, r2, ms
    docs = 0
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        reference = gold.get("summary_ref")
        if not reference:
            continue
        text = (args.corpus / gold["text"]).read_text(encoding="utf-8")
        doc = presscli.analyze(text)
        started = time.perf_counter()
        claims = rank_claims(
            text,
            doc.paragraphs,
            [[(s.start, s.end) for s in doc.sentences if p.start <= s.start < p.end] for p in doc.paragraphs],
            doc.quotes,
            doc.meta.title,
            doc.language.code,
            {},
        )
        ranked_ms = 1000 * (time.perf_counter() - started)
        candidates = {"presscli": (" ".join(c.text for c in claims[:3]), ranked_ms)}
        candidates["lead-3"] = (scorer.lead_sentences(text, 3, skip_title=True), 0.0)
        if summarizer is not None:
            started = time.perf_counter()
            ranked = sorted(summarizer.summarize(text, ratio=1.0, scores=True), key=lambda pair: -pair[1])
            summary = " ".join(sentence for sentence, _ in ranked[:3])  # its three best, as presscli's
            candidates["summa"] = (summary, 1000 * (time.perf_counter() - started))
        for name, (candidate, ms) in candidates.items():
            totals[name][0] += scorer.rouge_n(candidate, reference, 1)
            totals[name][1] += scorer.rouge_n(candidate, reference, 2)
            totals[name][2] += ms
        docs += 1
    for name, (r1, r2, ms) in totals.items():
        if name == "summa" and summarizer is None:
            print("summa: not installed (pip install summa)")
            continue
        print(f"{name}: ROUGE-1 {r1 / docs:.3f}, ROUGE-2 {r2 / docs:.3f}, {ms / docs:.1f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
