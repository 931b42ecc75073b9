"""Shared fixtures: the project's sample articles and a command-line runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")
