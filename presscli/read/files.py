"""Reading input: files, stdin and folders, decoded to text.

Offsets everywhere in presscli index the text this module returns. It is the text Python itself gives
for the file with `open(path, encoding=<detected>)`: universal newlines (CRLF and CR become LF), and a
UTF-8 byte-order mark kept as U+FEFF at index 0, so that users' own scripts slice the same characters.
HTML pages are reduced to their article text (see `htmlpage`), and offsets index that text.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from presscli.errors import InputError
from presscli.model import Source

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
TEXT_SUFFIXES = {".txt", ".text", ""} | HTML_SUFFIXES | MARKDOWN_SUFFIXES
# Control characters other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # control characters no text file holds
_PREFERRED_SINGLE_BYTE = ("cp1252", "latin_1", "iso8859_15")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: str | Path) -> bytes:
    """The raw bytes of `path`, or of standard input for "-"."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text with universal newlines; return (text, encoding name as codecs spells it:
    'utf-8', 'utf-8-sig', 'utf-16-le', 'cp1252'). More than a few NUL characters mark binary data."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    text, encoding = _decode_raw(data, name)
    if len(_CONTROL.findall(text, 0, 4096)) > 8:
        raise InputError(f"{name}: looks like binary data, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip().strip("\ufeff"):
        raise InputError(f"{name}: empty input")
    return text, codecs.lookup(encoding).name


def _decode_raw(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                # utf-8 keeps its BOM as U+FEFF, as Python's open(encoding="utf-8") does
                return data.decode(codec), "utf-8-sig" if codec == "utf-8" else codec
            except UnicodeDecodeError:
                raise InputError(f"{name}: invalid {codec} data after its byte-order mark") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for input that is not UTF-8

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError(f"{name}: cannot decode: not text in any known encoding")
    # equally plausible readings (cp1250 and cp1252 often tie on short text): prefer the West's default
    tied = {m.encoding: m for m in results if m.chaos == best.chaos and m.coherence == best.coherence}
    chosen = next((tied[e] for e in _PREFERRED_SINGLE_BYTE if e in tied), best)
    return str(chosen), chosen.encoding


def sniff_format(path: str | None, text: str) -> str:
    """'html', 'markdown' or 'text', from the file name, else from the content."""
    suffix = Path(path).suffix.lower() if path and path != "-" else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text[:1024].lstrip("\ufeff \t\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head):
        return "html"
    return "text"


def load(path: str | Path) -> Source:
    """Read and decode one input ("-" for stdin); HTML is reduced to its article text."""
    return from_bytes(read_bytes(path), None if str(path) == "-" else str(path))


def from_bytes(data: bytes, file_path: str | None) -> Source:
    """Decode bytes already read from `file_path` (None for stdin); HTML is reduced to its article text."""
    name = file_path or "stdin"
    text, encoding = decode(data, name)
    # a few NUL characters are noise: each becomes U+FFFD, one character for one, so that offsets hold
    # and words read past them ('sa\0id' is still 'said')
    nul = text.count("\x00")
    text = text.replace("\x00", "\ufffd")
    warnings = (f"{name}: {nul} NUL character(s) read as U+FFFD",) if nul else ()
    fmt = sniff_format(file_path, text)
    if fmt == "html":
        from presscli.read.html import extract_article

        article_text, html_meta = extract_article(text, name)
        return Source(article_text, file_path, "html", encoding, html_meta, warnings)
    return Source(text, file_path, fmt, encoding, warnings=warnings)


def from_text(text: str) -> Source:
    """A Source for text already in memory (library use); offsets will index `text` as given."""
    return Source(text, None, "text", "utf-8")


def walk(folder: str | Path, pattern: str = "*") -> Iterator[Path]:
    """Article files under `folder`, recursively, in a stable order (see `survey` for what is left out)."""
    yield from survey(folder, pattern)[0]


def survey(folder: str | Path, pattern: str = "*") -> tuple[list[Path], list[tuple[Path, str]]]:
    """The article files under `folder`, recursively, in a stable order, and every other file the pattern
    matched with why it is left out: a type presscli does not read, a broken link, a hidden file."""
    root = Path(folder)
    if not root.exists():
        raise InputError(f"{folder}: no such folder")
    if not root.is_dir():
        raise InputError(f"{folder}: is a file, not a folder")
    articles: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for path in sorted(root.rglob(pattern)):
        if path.is_dir():
            continue
        relative = path.relative_to(root).parts
        if any(part.startswith(".") for part in relative):
            skipped.append((path, "hidden"))
        elif not path.is_file():
            skipped.append((path, "broken link"))
        elif path.suffix.lower() not in TEXT_SUFFIXES:
            skipped.append((path, f"not an article type ({path.suffix or 'no extension'})"))
        else:
            articles.append(path)
    return articles, skipped
