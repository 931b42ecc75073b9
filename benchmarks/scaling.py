"""Speed where users feel it, measured with the installed command line (never in unit tests):

    python benchmarks/scaling.py ../shared/corpus-summaries/texts [--presscli .venv/bin/presscli]

1. cold start: CPU of `presscli quotes FILE --format json` beside the floor the design card's libraries
   set (`python -c "import typer, rich.console; from nltk.tokenize.punkt import PunktSentenceTokenizer"`),
   with presscli's bytecode compiled as an install leaves it;
2. a folder: articles/s with --jobs 1 and --jobs 2 over 600 articles (the folder's, repeated);
3. memory: the largest process's peak at 600 and at 2,400 files;
4. time against size: a normal article of 200 KB and 1 MB, the 1 MB one pasted as one line, and floods
   of quotation marks.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cpu_of(command: list[str]) -> tuple[float, float]:
    """(CPU seconds of the children, wall seconds) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def peak_kb(command: list[str]) -> int:
    """The largest resident set of any process of the run (GNU time's %M), in KB."""
    timed = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True, text=True, check=False)
    return int(timed.stderr.strip().splitlines()[-1])


def folder_of(source: list[Path], count: int, root: Path) -> Path:
    folder = root / f"n{count}"
    folder.mkdir()
    for i in range(count):
        shutil.copy(source[i % len(source)], folder / f"{i:05d}-{source[i % len(source)].name}")
    return folder


def _package_dir(cli: str) -> Path:
    """Where the presscli that `cli` runs is installed (editable or not)."""
    python = Path(cli).parent / "python"
    found = subprocess.run(
        [str(python), "-c", "import presscli, os; print(os.path.dirname(presscli.__file__))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return Path(found.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="articles of ordinary size (the BBC ones)")
    parser.add_argument("--presscli", default=str(Path(sys.executable).parent / "presscli"))
    args = parser.parse_args()
    articles = sorted(args.folder.glob("*.txt"))
    cli = args.presscli
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        floor = [
            sys.executable,
            "-c",
            "import typer, rich.console; from nltk.tokenize.punkt import PunktSentenceTokenizer",
        ]
        # `pip install .` compiles the package's bytecode, as it did the floor's libraries; an editable install
        # under PYTHONDONTWRITEBYTECODE (this machine's default) would recompile presscli on every start instead
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(_package_dir(cli))], check=False)
        floor_cpu = min(cpu_of(floor)[0] for _ in range(3))
        start_cpu = min(cpu_of([cli, "quotes", str(articles[0]), "--format", "json"])[0] for _ in range(3))
        print(f"cold start: {start_cpu:.2f} s CPU, floor {floor_cpu:.2f} s ({start_cpu / floor_cpu:.1f}x)")

        six_hundred = folder_of(articles, 600, root)
        rates = {}
        for jobs in (1, 2):
            _, wall = cpu_of([cli, "batch", str(six_hundred), "--jobs", str(jobs), "--quiet"])
            rates[jobs] = 600 / wall
            print(f"600 articles, --jobs {jobs}: {rates[jobs]:.1f} articles/s")
        print(f"2 jobs / 1 job: {rates[2] / rates[1]:.2f}x")
        small = peak_kb([cli, "batch", str(six_hundred), "--jobs", "2", "--quiet"])
        large = peak_kb([cli, "batch", str(folder_of(articles, 2400, root)), "--jobs", "2", "--quiet"])
        print(f"peak memory: {small / 1024:.0f} MB at 600 files, {large / 1024:.0f} MB at 2,400 ({large / small:.2f}x)")

        text = "\n\n".join(a.read_text(encoding="utf-8") for a in articles)
        random.seed(1)
        cases = {
            "normal 200 KB": (text * 20)[:200_000],
            "normal 1 MB": (text * 100)[:1_000_000],
            "1 MB on one line": " ".join((text * 100)[:1_000_000].split()),
            "200,000 «": "«" * 200_000,
            "1 MB of mixed marks": "".join(random.choice("«»“”„\"'‘’‹› ab") for _ in range(1_000_000)),
        }
        seconds = {}
        for name, body in cases.items():
            path = root / "case.txt"
            path.write_text(body, encoding="utf-8")
            seconds[name] = cpu_of([cli, "quotes", str(path), "--format", "json"])[1]
            print(f"{name}: {seconds[name]:.2f} s")
        print(f"1 MB / 200 KB: {seconds['normal 1 MB'] / seconds['normal 200 KB']:.1f}x (linear: 5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
