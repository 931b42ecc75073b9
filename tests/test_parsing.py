"""Article structure and metadata: title, byline, dates in any language, posts, sources, links."""

from __future__ import annotations

import pytest

import presscli
from presscli import BlockKind
from presscli.layout.dates import parse_date
from presscli.layout.links import find_links
from presscli.read import load

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


def test_markdown_headings_and_emphasis(tmp_path):
    page = tmp_path / "a.md"
    page.write_text(
        "# Council Approves Budget\n\n*City Times* · 4 March 2025\n\n"
        "The council approved the budget on Monday.\n\n## Reactions\n\n“It is fair,” said councillor Tom Ray.\n",
        encoding="utf-8",
    )
    doc = presscli.analyze_source(load(page))
    assert (doc.meta.title, doc.meta.outlet, doc.meta.date) == ("Council Approves Budget", "City Times", "2025-03-04")
    assert doc.meta.format == "markdown"
    assert [p.kind for p in doc.paragraphs if p.text == "Reactions"] == [BlockKind.HEADING]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_the_same_article_in_other_encodings_gives_the_same_quotes(tmp_path, encoding):
    article = (
        "Gobierno garantiza el agua\n\nDiario del Sur · 4 de junio de 2025\n\n"
        "«No habrá cortes de agua», afirmó la ministra Lucía Ferrer.\n"
    )
    (tmp_path / "utf8.txt").write_bytes(article.encode("utf-8"))
    (tmp_path / "other.txt").write_bytes(article.encode(encoding))
    reference = presscli.analyze_source(load(tmp_path / "utf8.txt"))
    other = presscli.analyze_source(load(tmp_path / "other.txt"))
    assert [(q.text, q.speaker, q.start) for q in other.quotes] == [
        (q.text, q.speaker, q.start) for q in reference.quotes
    ]
    assert other.meta.encoding != reference.meta.encoding


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour Delay | Northfield Gazette</title>
<meta property="og:title" content="Port Authority Delays Harbour Expansion">
<meta property="og:site_name" content="Northfield Gazette">
<meta property="article:published_time" content="2025-03-12T09:00:00Z">
<meta name="author" content="Jane Doe"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port Authority Delays Harbour Expansion</h1>
<p>The Northfield Port Authority said on Tuesday that it would postpone the second phase of the harbour
expansion until an independent safety review is complete, a decision welcomed by local residents.</p>
<p>“We will not pour a single ton of concrete until the engineers tell us it is safe,” said Maria Okafor,
the authority's chief executive, at a press conference in the harbour office.</p>
<p>Contractors will be paid for the idle weeks, the authority added in a written statement.</p>
</article><footer>© Northfield Gazette. All rights reserved. Subscribe to our newsletter.</footer></body></html>
"""


def test_html_page_gives_article_text_metadata_and_offsets(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = presscli.analyze_source(load(page))
    assert doc.meta.format == "html"
    assert doc.meta.title == "Port Authority Delays Harbour Expansion"
    assert doc.meta.date == "2025-03-12"
    assert doc.meta.outlet == "Northfield Gazette"
    assert "Subscribe" not in doc.text and "Home" not in doc.text
    quote = doc.quotes[0]
    assert quote.speaker == "Maria Okafor"
    assert doc.text[quote.start : quote.end] == quote.text


def test_worded_dates_in_every_press_language_without_a_date_library():
    from presscli.layout.dates import parse_date

    assert parse_date("4 de noviembre de 2025", "es") == "2025-11-04"
    assert parse_date("Sept. 4, 2025", "en") == "2025-09-04"  # an abbreviation CLDR does not list
    assert parse_date("4. Dez. 2025", "de") == "2025-12-04"
    assert parse_date("1er juin 2020", "fr") == "2020-06-01"
    assert parse_date("13 aout 2020", "fr") == "2020-08-13"  # accents lost in wire copy
    assert parse_date("31 de febrero de 2025", "es") is None  # not a calendar date
    assert parse_date("4 de foo de 2025", "es") is None


def test_datelines_give_their_place_and_a_full_date_only():
    cases = {
        "Paris, le 12 mars 2025 – La mairie a annoncé un plan pour les bus et les trams de la ville.": (
            "Paris",
            "2025-03-12",
        ),
        "Madrid, 5 nov 2025 (EFE). – El Gobierno aprobó hoy el plan de vivienda para los jóvenes.": (
            "Madrid",
            "2025-11-05",
        ),
        "WASHINGTON — The Senate passed the bill on Tuesday after a long debate in the chamber.": ("Washington", None),
        "BERLIN (dpa) - Die Regierung hat am Dienstag den Haushalt für das nächste Jahr beschlossen.": ("Berlin", None),
        "São Paulo, 3 de maio – A prefeitura anunciou um novo plano de transporte para a cidade.": ("São Paulo", None),
        "Santiago de Chile, 3 dic (EFE).- El Gobierno presentó hoy su nuevo proyecto de pensiones.": (
            "Santiago de Chile",
            None,
        ),
        "Frankfurt am Main (dpa) – Ein Streik legt den Flugverkehr am Mittwoch weitgehend lahm.": (
            "Frankfurt am Main",
            None,
        ),
        "The minister - who spoke on Monday - said the plan would work well for everyone.": (None, None),
    }
    for line, (place, date) in cases.items():
        meta = presscli.analyze(f"A headline for the article\n\n{line}\n").meta
        assert (meta.dateline, meta.date) == (place, date), line


def test_a_standfirst_of_two_sentences_set_apart_from_the_body_is_the_deck():
    import presscli

    standfirst = (
        "The harbour authority insisted that the new wall cannot be called unsafe, as the engineers' review "
        "made clear on Monday after three months of tests. Therefore it rejected the union's demand and "
        "reiterated its offer of talks with the dockers and the city."
    )
    head = "Harbour wall is safe, authority says\n\nNorthfield Gazette · 4 November 2025\n\n"
    text = f"{head}{standfirst}\n\n\n\nThe authority met on Monday.\n\nThe union said it would reply.\n"
    assert presscli.analyze(text).meta.deck == standfirst


def test_an_opening_paragraph_of_full_sentences_is_prose_not_a_title():
    # wire copy and pasted excerpts often start with the lead itself: a title is not two finished sentences
    lead = (
        "“We watch how fast the new strain spreads,” Dr. Lemieux said on Tuesday. “The ordinary cases "
        "are falling.\n\n“Until now, we have stayed under the threshold.”\n\nThe province reported 700 cases."
    )
    doc = presscli.analyze(lead)
    assert doc.meta.title is None
    assert doc.paragraphs[0].kind is BlockKind.BODY
    assert [q.speaker for q in doc.quotes] == ["Lemieux", "Lemieux"]


def test_a_title_with_an_abbreviation_or_in_title_case_stays_a_title():
    for title in ("Rep. Gwen Harlow slams the budget as 'a show.'", "Black Voters Decide. The Party Listens."):
        doc = presscli.analyze(f"{title}\n\nThe vote is on Tuesday. Turnout was high.")
        assert doc.meta.title == title


def test_a_first_paragraph_whose_quotation_runs_on_into_the_next_is_speech_not_a_title():
    text = '"We will not sign this treaty.\n\n"Not now and not ever," the minister said.'
    doc = presscli.analyze(text)
    assert doc.meta.title is None
    (quote,) = doc.quotes
    assert quote.kind is presscli.QuoteKind.STATEMENT and quote.speaker == "minister"


def test_hard_wrapped_text_keeps_a_name_cut_by_the_line_break():
    text = (
        "Council delays housing vote\n\n"
        "The city council on Tuesday postponed a vote on the mayor's housing\n"
        "plan after hours of public comment.\n\n"
        '"We need more time to get this right," said council president Omar\n'
        'Haddad, who proposed the delay. "Nobody wants to rush a decision\n'
        'this big."\n'
    )
    doc = presscli.analyze(text)
    assert [q.speaker for q in doc.quotes] == ["Omar Haddad", "Omar Haddad"]
    assert all(q.kind is presscli.QuoteKind.STATEMENT for q in doc.quotes)


def test_lines_of_a_title_list_are_not_joined_as_wrapped_text():
    text = (
        "Debate highlights\n\nThe candidates met on Saturday night in Iowa for a long debate.\n\n"
        "Bernie Sanders Pins The Rise Of ISIS On Disastrous Invasion Of Iraq\n"
        "See photos from the debate below:\n"
    )
    kinds = [p.kind for p in presscli.analyze(text).paragraphs]
    assert len(kinds) == 4
