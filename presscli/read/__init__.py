"""Stage 1, reading: files, stdin and folders decoded to text (encodings, newlines, HTML pages)."""

from presscli.read.files import decode, from_text, load, read_bytes, sniff_format, survey, walk

__all__ = ["decode", "from_text", "load", "read_bytes", "sniff_format", "survey", "walk"]
