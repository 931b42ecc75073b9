"""Speed and memory of presscli's analysis, in one process.

    python benchmarks/speed.py ../shared/corpus/texts [--repeat 3]

Prints start-up cost, documents per second and characters per second over the folder's articles
(the first pass includes lazy loading), and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    import presscli
    from presscli.read import load, walk

    imported = time.perf_counter() - started
    sources = [load(path) for path in walk(args.folder)]
    chars = sum(len(s.text) for s in sources)
    timings = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for source in sources:
            presscli.analyze_source(source)
        timings.append(time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import: {imported:.3f}s  documents: {len(sources)}  characters: {chars}")
    print(f"first pass: {len(sources) / timings[0]:.1f} docs/s ({chars / timings[0] / 1000:.0f} kchars/s)")
    best = min(timings)
    print(f"best pass:  {len(sources) / best:.1f} docs/s ({chars / best / 1000:.0f} kchars/s)")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
