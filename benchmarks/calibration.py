"""Is `speaker_confidence` calibrated? Accuracy of the speakers given at each confidence, on an annotated corpus.

    python benchmarks/calibration.py ../shared/corpus-dev             # per confidence, and the >= 0.8 share
    python benchmarks/calibration.py ../shared/corpus-dev --by-route  # per route and kind: what ROUTES holds

Matching and speaker judgement are the corpus scorer's own (score.py beside the gold), so the figures
are the ones the scorer would give. Runs in-process over the corpus texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from scorer import load_scorer

import presscli
from presscli.attribution import confidence as confidence_module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--by-route", action="store_true", help="accuracy per route and kind")
    args = parser.parse_args()
    scorer = load_scorer(args.corpus)
    routes = sorted(confidence_module.ROUTES)
    labels = [f"{route}/{kind}" for route in routes for kind in ("statement", "fragment")]
    if args.by_route:  # a unique stand-in confidence per route and kind, to tell them apart in the output
        confidence_module.BY_LANGUAGE.clear()
        confidence_module.ROUTES.update({route: (2 * i / 100, (2 * i + 1) / 100) for i, route in enumerate(routes)})
    tally: dict[float, list[int]] = defaultdict(lambda: [0, 0])  # confidence -> [right, given]
    unattributed = 0
    for gold_path in sorted((args.corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.corpus / gold["text"]).read_text(encoding="utf-8")
        quotes = [q for q in presscli.analyze(text).quotes]
        if gold.get("quote_scope") == "attributed":
            quotes = [q for q in quotes if q.kind.value not in ("term", "headline")]
        predicted = [{"text": q.text} for q in quotes]
        for gi, pi in scorer.match_quotes(gold.get("quotes", []), predicted):
            wanted = gold["quotes"][gi]
            if not wanted.get("speaker") or wanted.get("kind") not in (None, "statement", "fragment"):
                continue
            quote = quotes[pi]
            if quote.speaker is None:
                unattributed += 1
                continue
            aliases = gold["entities"].get(wanted["speaker"], [wanted["speaker"]])
            entry = tally[quote.speaker_confidence or 0.0]
            entry[0] += int(scorer.speaker_matches(quote.speaker, aliases))
            entry[1] += 1
    for value in sorted(tally):
        right, given = tally[value]
        label = labels[round(value * 100)] if args.by_route else f"{value:.2f}"
        print(f"{label:>24}: {right}/{given} right ({right / given:.3f})")
    confident = [tally[v] for v in tally if v >= 0.8] if not args.by_route else []
    if confident:
        right, given = sum(r for r, _ in confident), sum(g for _, g in confident)
        print(f">= 0.80: {right}/{given} right ({right / given:.3f})")
    print(f"no speaker given: {unattributed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
