"""Saved web pages: the article's main text and the page's own metadata, via trafilatura.

trafilatura is the maintained extractor built for news pages (boilerplate removal, title, date via
htmldate, site name, author); writing our own would mean re-solving a solved problem badly.
"""

from __future__ import annotations

from presscli.errors import InputError


def extract_article(html: str, name: str = "input") -> tuple[str, dict[str, str]]:
    """Return (article text, page metadata). The text starts with the title line, then one
    paragraph per line group separated by blank lines, so the plain-text parser reads it as an article."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_links=False,
        deduplicate=True,
    )
    if extracted is None:
        raise InputError(f"{name}: no article text found in this HTML page")
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = (fields.get("text") or "").strip()
    if not body:
        raise InputError(f"{name}: no article text found in this HTML page")
    meta = {
        key: " ".join(str(fields[key]).split())
        for key in ("title", "date", "sitename", "author", "description", "url", "hostname")
        if fields.get(key)
    }
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    title = meta.get("title")
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    head = [title] if title else []
    return "\n\n".join(head + paragraphs) + "\n", meta
