"""Social-media posts embedded in an article, as pasted from an embed:

    COMUNICADO. "México lamenta y rechaza ..." pic.twitter.com/qqcaCfoY6C
    — Relaciones Exteriores (@SRE_mx) November 4, 2025

The signature line gives author, handle and date; the lines above it, up to a blank line, are the post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presscli.layout.dates import find_dates
from presscli.layout.links import find_links
from presscli.model import BlockKind, Post

if TYPE_CHECKING:
    from presscli.layout.paragraphs import Block

SIGNATURE = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<author>[^\n()@]{1,80}?)\s*\(\s*(?P<handle>@[\w.]{1,50}(?:@[\w.-]+)?)\s*\)\s*(?P<rest>[^\n]*)$"
)
_POST_HOSTS = ("t.co/", "twitter.com/", "x.com/", "bsky.app/", "mastodon", "threads.net/", "facebook.com/")


def parse_signature(line: str) -> tuple[str, str, str] | None:
    """(author, handle, rest of line) of a post signature line, or None."""
    match = SIGNATURE.match(line)
    if not match:
        return None
    return match["author"].strip(" ,"), match["handle"], match["rest"]


def build_post(text: str, body: tuple[int, int], signature: tuple[int, int], lang: str | None) -> Post | None:
    """The post whose text spans `body` and whose signature line spans `signature`."""
    parsed = parse_signature(text[signature[0] : signature[1]])
    if parsed is None:
        return None
    author, handle, _ = parsed
    dates = find_dates(text, "en", signature[0], signature[1]) or find_dates(text, lang, signature[0], signature[1])
    links = find_links(text, signature[0], signature[1]) + find_links(text, body[0], body[1])
    post_links = [link.url for link in links if any(host in link.url for host in _POST_HOSTS)]
    return Post(
        text=text[body[0] : body[1]],
        start=body[0],
        end=body[1],
        author=author or None,
        handle=handle,
        date=dates[0].iso if dates else None,
        url=post_links[0] if post_links else (links[0].url if links else None),
        lang=lang,
    )


def find_posts(text: str, blocks: list[Block], languages: list[str]) -> tuple[Post, ...]:
    """The embedded posts: a group of post lines closed by its signature line (see `assign_roles`)."""
    posts = []
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.POST:
            continue
        body_start = index
        while body_start > 0 and blocks[body_start - 1].kind is BlockKind.POST:
            body_start -= 1
        is_signature = index + 1 >= len(blocks) or blocks[index + 1].kind is not BlockKind.POST
        if not is_signature or body_start == index:
            continue
        body = (blocks[body_start].start, blocks[index - 1].end)
        post = build_post(text, body, (block.start, block.end), languages[body_start])
        if post:
            posts.append(post)
    return tuple(posts)
