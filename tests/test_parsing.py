"""Article structure and metadata: title, byline, dates in any language, posts, sources, links."""

from __future__ import annotations

import pytest

import presscli
from presscli import BlockKind
from presscli.dates import parse_date
from presscli.links import find_links

ARTICLE = """Port Authority Delays Harbour Expansion

Northfield Gazette · 4 de noviembre de 2025

The authority said it would postpone the second phase of the expansion of the harbour under President Pedro

Castillo—»in full adherence to the law,» officials said.

Safety First

The review will take months, according to the [harbour board](https://example.org/board).

“We stand by the review.” <https://t.co/abc123>

— Harbour Board (@HarbourBoard) November 4, 2025

Original article: “La autoridad portuaria aplaza la ampliación”

Fuente: [Northfield Gazette](#)
"""


@pytest.fixture(scope="module")
def doc():
    return presscli.analyze(ARTICLE)


def test_title_outlet_and_date_from_the_head(doc):
    assert doc.meta.title == "Port Authority Delays Harbour Expansion"
    assert doc.meta.outlet == "Northfield Gazette"
    assert doc.meta.date == "2025-11-04"


def test_source_and_original_title_lines(doc):
    assert doc.meta.source == "Northfield Gazette"
    assert doc.meta.original_title == "“La autoridad portuaria aplaza la ampliación”"


def test_sentence_broken_across_a_blank_line_is_one_paragraph(doc):
    repaired = next(p for p in doc.paragraphs if "President Pedro" in p.text)
    assert "Castillo—»in full adherence" in repaired.text
    assert ARTICLE[repaired.start : repaired.end] == repaired.text


def test_roles_of_paragraphs(doc):
    def role(start: str) -> BlockKind:
        return next(p.kind for p in doc.paragraphs if p.text.startswith(start))

    assert role("Port Authority Delays") is BlockKind.TITLE
    assert role("Northfield Gazette ·") is BlockKind.BYLINE
    assert role("Safety First") is BlockKind.HEADING
    assert role("“We stand by the review.”") is BlockKind.POST
    assert role("— Harbour Board (@HarbourBoard)") is BlockKind.POST
    assert role("Fuente:") is BlockKind.SOURCE


def test_embedded_post_has_author_handle_date_and_url(doc):
    (post,) = doc.meta.embedded_posts
    assert (post.author, post.handle, post.date, post.url) == (
        "Harbour Board",
        "@HarbourBoard",
        "2025-11-04",
        "https://t.co/abc123",
    )
    assert "We stand by the review." in post.text


def test_links_in_markdown_autolinks_and_bare_urls():
    text = "See [the report](https://a.org/r), <https://b.org/x> and https://c.org/y."
    assert [link.url for link in find_links(text)] == ["https://a.org/r", "https://b.org/x", "https://c.org/y"]


@pytest.mark.parametrize(
    ("phrase", "lang", "iso"),
    [
        ("4 de noviembre de 2025", "es", "2025-11-04"),
        ("Nov. 4, 2025", "en", "2025-11-04"),
        ("4 novembre 2025", "fr", "2025-11-04"),
        ("4. November 2025", "de", "2025-11-04"),
        ("4 de novembro de 2025", "pt", "2025-11-04"),
        ("04/11/2025", "es", "2025-11-04"),
        ("11/04/2025", "en", "2025-11-04"),
        ("2025-11-04", None, "2025-11-04"),
    ],
)
def test_dates_in_many_languages_become_iso(phrase, lang, iso):
    assert parse_date(phrase, lang) == iso


def test_impossible_dates_are_not_dates():
    assert parse_date("31/02/2025", "es") is None


def test_paragraph_languages_follow_the_text():
    doc = presscli.analyze(
        "Mexico Rejects Decision\n\n"
        "El Ciudadano · 4 de noviembre de 2025\n\n"
        "The Mexican government insisted that granting asylum is not an unfriendly act.\n\n"
        "COMUNICADO. México lamenta y rechaza la decisión unilateral del Perú de romper relaciones.\n\n"
        "The foreign ministry said it remained open to dialogue with the new government in Lima."
    )
    assert [p.lang for p in doc.paragraphs] == ["en", "es", "en", "es", "en"]
    assert doc.language.code == "en"
