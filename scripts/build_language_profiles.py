"""Build presscli/data/profiles/<name>.bin: langdetect's 55 profiles as log-probabilities.

    python scripts/build_language_profiles.py

The numbers are those `presscli.language.profiles.log_probabilities` computes from langdetect's JSON
(langdetect 1.0.9, its last release, Apache 2.0), stored so that the first answer need not compute them.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from presscli.language.profiles import encode, log_probabilities

OUT = Path(__file__).resolve().parent.parent / "presscli" / "data" / "profiles"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    source = resources.files("langdetect").joinpath("profiles")
    names = sorted(entry.name for entry in source.iterdir() if entry.is_file())
    for name in names:
        table = log_probabilities(source.joinpath(name).read_text("utf-8"))
        (OUT / f"{name}.bin").write_bytes(encode(table))
    print(len(names), "profiles,", sum(p.stat().st_size for p in OUT.iterdir()) // 1000, "KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
