"""Writing systems: which letters a text uses, and the langdetect profiles written in each."""

from __future__ import annotations

from collections import Counter

from presscli.memo import Memo

# Writing systems and the langdetect profiles written in them.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "latin": (
        "af",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "en",
        "es",
        "et",
        "fi",
        "fr",
        "hr",
        "hu",
        "id",
        "it",
        "lt",
        "lv",
        "nl",
        "no",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "so",
        "sq",
        "sv",
        "sw",
        "tl",
        "tr",
        "vi",
    ),
    "cyrillic": ("bg", "mk", "ru", "uk"),
    "arabic": ("ar", "fa", "ur"),
    "greek": ("el",),
    "hebrew": ("he",),
    "devanagari": ("hi", "mr", "ne"),
    "bengali": ("bn",),
    "gurmukhi": ("pa",),
    "gujarati": ("gu",),
    "tamil": ("ta",),
    "telugu": ("te",),
    "kannada": ("kn",),
    "malayalam": ("ml",),
    "thai": ("th",),
    "han": ("zh-cn", "zh-tw", "ja"),
    "kana": ("ja",),
    "hangul": ("ko",),
}


_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0E00, 0x0E7F, "thai"),
    (0x3040, 0x30FF, "kana"),
    (0x31F0, 0x31FF, "kana"),
    (0x4E00, 0x9FFF, "han"),
    (0x3400, 0x4DBF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"),
)


def iso_code(profile_name: str) -> str:
    """ISO 639-1 code for a langdetect profile name ('zh-cn' -> 'zh')."""
    return profile_name.split("-")[0]


def all_languages() -> tuple[str, ...]:
    """Every ISO code presscli can answer."""
    return tuple(sorted({iso_code(name) for names in SCRIPT_LANGUAGES.values() for name in names}))


def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if code < 0x41:
        return None
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script if ch.isalpha() else None
    return None


_SCRIPT_OF: Memo[str, str | None] = Memo(_script_of)  # each character's writing system, looked up once


def scripts(text: str) -> dict[str, int]:
    """How many letters of `text` each writing system holds, in the order the text first uses them."""
    counts: dict[str, int] = {}
    for ch, n in Counter(text).items():  # each distinct character looked up once (a Counter keeps first use)
        script = _SCRIPT_OF[ch]
        if script:
            counts[script] = counts.get(script, 0) + n
    return counts
