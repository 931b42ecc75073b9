"""langdetect's language profiles as log-probabilities, ready to use.

langdetect ships each profile as JSON counts; turning 31 Latin-script profiles into log-probabilities
took about 0.15 s of the first answer, more than a quarter of `presscli quotes FILE` on a short
article. `scripts/build_language_profiles.py` does it once and ships the result in data/profiles: per
profile, its n-grams (UTF-8, one a line) then their log-probabilities (little-endian doubles), read back
in about 1 ms each, the same numbers to the last bit. A profile missing there is computed from
langdetect's own file, as before.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from functools import cache
from importlib import resources
from itertools import repeat
from operator import add, truediv

SMOOTHING = 0.5 / 10000  # langdetect's ALPHA_DEFAULT / BASE_FREQ
_LENGTH_BYTES = 4  # the header: how many bytes of n-grams follow


@cache
def profile(name: str) -> dict[str, float]:
    """log P(n-gram | language) for one langdetect profile, read on first use."""
    shipped = resources.files("presscli").joinpath("data").joinpath("profiles").joinpath(f"{name}.bin")
    if shipped.is_file():
        return decode(shipped.read_bytes())
    raw = resources.files("langdetect").joinpath("profiles").joinpath(name).read_text("utf-8")
    return log_probabilities(raw)


def log_probabilities(raw: str) -> dict[str, float]:
    """A langdetect profile (its JSON) as log-probabilities, smoothed as langdetect smooths them."""
    data = json.loads(raw)
    totals = data["n_words"]
    grams = list(data["freq"])
    shares = map(truediv, data["freq"].values(), [totals[len(g) - 1] for g in grams])
    return dict(zip(grams, map(math.log, map(add, shares, repeat(SMOOTHING))), strict=True))


def encode(table: dict[str, float]) -> bytes:
    grams = "\n".join(table).encode("utf-8")  # n-grams are padded with spaces, never hold a line break
    values = array("d", table.values())
    if sys.byteorder == "big":
        values.byteswap()
    return len(grams).to_bytes(_LENGTH_BYTES, "little") + grams + values.tobytes()


def decode(blob: bytes) -> dict[str, float]:
    length = int.from_bytes(blob[:_LENGTH_BYTES], "little")
    grams = blob[_LENGTH_BYTES : _LENGTH_BYTES + length].decode("utf-8").split("\n")
    values = array("d")
    values.frombytes(blob[_LENGTH_BYTES + length :])
    if sys.byteorder == "big":
        values.byteswap()
    return dict(zip(grams, values, strict=True))
