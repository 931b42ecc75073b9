"""The shape of the code: a pure core without typer or rich, small modules, data flowing one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "presscli"
PRESENTATION = {"cli", "output/views.py", "output/render.py", "output/terminal.py", "__main__.py"}
# The stages in the order text flows through them; a module may import its own stage and earlier ones.
STAGES = [
    {"model", "errors", "lexicon", "tables", "memo"},
    {"read"},
    {"layout"},
    {"language"},
    {"text"},
    {"quotes"},
    {"attribution"},
    {"claims"},
    {"pipeline"},
    {"output"},
    {"batch", "dask_executor", "database"},
    {"cli", "__main__", "__init__"},
]


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (presscli.attribution.cues -> its file)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def module_level_imports(path: Path) -> set[str]:
    """presscli modules imported when `path` is imported (lazy imports inside functions and
    TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("presscli"):
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("presscli"))
    return names & set(modules())


def stage_of(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    return next(i for i, stage in enumerate(STAGES) if top in stage)


def test_the_core_imports_neither_typer_nor_rich():
    code = (
        "import sys, presscli, presscli.batch, presscli.attribution.across, presscli.language.document\n"
        "presscli.analyze('“Hello,” said Ann.')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_only_presentation_modules_mention_typer_or_rich():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in PRESENTATION or relative.split("/")[0] in PRESENTATION:
            continue
        source = path.read_text(encoding="utf-8")
        for library in ("typer", "rich"):
            assert f"import {library}" not in source and f"from {library}" not in source, relative


def test_no_module_is_over_300_lines():
    sizes = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in modules().values()
    }
    assert max(sizes.values()) <= 300, {name: n for name, n in sizes.items() if n > 300}


def test_every_folder_of_modules_is_a_package_setuptools_will_find():
    for folder in {p.parent for p in PACKAGE.rglob("*.py")}:
        assert (folder / "__init__.py").exists(), folder


def test_data_flows_one_way_through_the_stages():
    backwards = []
    for name, path in modules().items():
        for imported in module_level_imports(path):
            if stage_of(imported) > stage_of(name):
                backwards.append(f"{name} imports {imported}")
    assert backwards == []


def test_there_are_no_import_cycles():
    graph = {name: module_level_imports(path) - {name} for name, path in modules().items()}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*trail, node, nxt]
            if nxt not in state:
                cycle = visit(nxt, [*trail, node])
                if cycle:
                    return cycle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            assert visit(start, []) is None
