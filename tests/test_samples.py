"""The samples in samples/ are specs: each one's expected reading is written in tests/expected/.

The expected files were checked by hand against the articles (who says what, in which style); a
change in presscli that alters them must be a deliberate, reviewed change of behaviour.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import presscli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = Path(__file__).resolve().parent / "expected"
NAMES = sorted(p.stem for p in EXPECTED.glob("*.json"))


def test_every_sample_has_an_expected_reading():
    assert sorted(p.stem for p in SAMPLES.glob("*.txt")) == NAMES
    assert {name.split("-")[0] for name in NAMES} >= {"en", "es", "fr", "pt", "de"}


@pytest.mark.parametrize("name", NAMES)
def test_sample_reads_as_expected(name):
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    doc = presscli.analyze(text)
    assert doc.language.code == expected["language"]
    for key, value in expected["meta"].items():
        if key == "embedded_posts":
            got = [{k: getattr(p, k) for k in value[0]} for p in doc.meta.embedded_posts]
            assert got == value
        else:
            assert getattr(doc.meta, key) == value
    got_quotes = [{"text": q.text, "kind": q.kind.value, "speaker": q.speaker, "lang": q.lang} for q in doc.quotes]
    assert got_quotes == expected["quotes"]
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
