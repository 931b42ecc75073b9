"""Links written in article text: Markdown `[label](url)`, autolinks `<url>` and bare URLs."""

from __future__ import annotations

import re

from presscli.model import Link

_MARKDOWN = re.compile(r"\[(?P<label>[^\[\]\n]{1,300})\]\((?P<url>[^()\s]{1,2000})\)")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp)://[^<>\s]{1,2000})>")
_BARE = re.compile(r"(?P<url>(?:https?://|www\.)[^\s<>()\[\]\"'«»“”]{2,2000})")
_TRAILING = ".,;:!?…"


def find_links(text: str, start: int = 0, end: int | None = None) -> list[Link]:
    """Every link in text[start:end], in order of position, each once."""
    end = len(text) if end is None else end
    found: list[Link] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for match in _MARKDOWN.finditer(text, start, end):
        found.append(Link(match["url"], match["label"].strip(), match.start(), match.end()))
        taken.append(match.span())
    for match in _AUTOLINK.finditer(text, start, end):
        if free(*match.span()):
            found.append(Link(match["url"], None, match.start(), match.end()))
            taken.append(match.span())
    for match in _BARE.finditer(text, start, end):
        url = match["url"].rstrip(_TRAILING)
        span = (match.start(), match.start() + len(url))
        if free(*span):
            found.append(Link(url, None, *span))
            taken.append(span)
    # a link goes somewhere: '[La Jornada](#)' does not, and a URL written twice (a post's t.co link in its
    # text and in its signature) is one link, listed where it first stands
    seen: set[str] = set()
    unique = []
    for link in sorted(found, key=lambda link: link.start):
        if link.url.strip("#") and link.url not in seen:
            seen.add(link.url)
            unique.append(link)
    return unique


_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def strip_markup(text: str) -> str:
    """`text` with Markdown links reduced to their labels, emphasis marks and autolinks removed,
    white space folded."""
    text = _MARKDOWN.sub(lambda m: m["label"], text)
    text = _AUTOLINK.sub("", text)
    text = _EMPHASIS.sub(lambda m: m[2], text)
    return " ".join(text.split())
