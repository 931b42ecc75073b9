"""The corpus scorer (`score.py` of ../shared/corpus), loaded for the benchmarks that compare with the gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_scorer(corpus: Path) -> ModuleType:
    """score.py beside the corpus, or in its sibling `corpus` folder (corpus-dev and corpus-summaries share it)."""
    for candidate in (corpus / "score.py", corpus.parent / "corpus" / "score.py"):
        if candidate.exists():
            spec = importlib.util.spec_from_file_location("score", candidate)
            module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
            spec.loader.exec_module(module)  # type: ignore[union-attr]
            return module
    raise SystemExit(f"no score.py beside {corpus}")
