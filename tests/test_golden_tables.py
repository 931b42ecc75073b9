"""The tables people read, pinned exactly: a change to them is a reviewed change of tests/expected/tables/.

Regenerate after a deliberate change with `PRESSCLI_REGOLD=1 python -m pytest tests/test_golden_tables.py`
and read the diff before committing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from presscli.cli import app

GOLDEN = Path(__file__).resolve().parent / "expected" / "tables"
CASES = {
    "quotes-en-harbour-statement": ["quotes", "en-harbour-statement.txt"],
    "quotes-fr-mairie-transport": ["quotes", "fr-mairie-transport.txt"],
    "claims-es-ministerio-agua": ["claims", "es-ministerio-agua.txt"],
    "parse-en-embassy-post": ["parse", "en-embassy-post.txt"],
    "speakers-samples": ["speakers", ".", "--jobs", "1"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_table_matches_its_golden_copy(runner, samples, name):
    command, target, *options = CASES[name]
    result = runner.invoke(app, [command, str(samples / target), *options], env={"COLUMNS": "110", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    table = result.stdout.replace(str(samples), "samples")
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("PRESSCLI_REGOLD"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(table, encoding="utf-8")
    assert table == golden.read_text(encoding="utf-8")
