"""What writing the database costs on top of a batch: `presscli batch DIR` against `presscli batch DIR --db`,
each run a few times, the median wall time of each, and the ratio (the target: at most 1.2).

    python benchmarks/database.py ../shared/corpus-dev/texts [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PRESSCLI = [sys.executable, "-m", "presscli"]


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plain, with_db = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(args.runs):
            plain.append(timed([*PRESSCLI, "batch", str(args.folder), "-q", "--format", "jsonl"]))
            db = Path(scratch) / f"run{run}.sqlite"
            with_db.append(timed([*PRESSCLI, "batch", str(args.folder), "-q", "--format", "jsonl", "--db", str(db)]))
    base, written = statistics.median(plain), statistics.median(with_db)
    print(f"batch: {base:.2f} s; batch --db: {written:.2f} s; ratio {written / base:.2f} (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
