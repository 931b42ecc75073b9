"""The shape of the code: a pure core without typer or rich, small modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "presscli"
PRESENTATION = {"cli.py", "render.py", "views.py", "__main__.py"}


def test_the_core_imports_neither_typer_nor_rich():
    code = (
        "import sys, presscli, presscli.batch\n"
        "presscli.analyze('“Hello,” said Ann.')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_only_presentation_modules_mention_typer_or_rich():
    for module in PACKAGE.glob("*.py"):
        if module.name in PRESENTATION:
            continue
        source = module.read_text(encoding="utf-8")
        assert "import typer" not in source and "from typer" not in source, module.name
        assert "import rich" not in source and "from rich" not in source, module.name


def test_no_module_is_over_400_lines():
    sizes = {m.name: len(m.read_text(encoding="utf-8").splitlines()) for m in PACKAGE.glob("*.py")}
    assert max(sizes.values()) <= 400, sizes
