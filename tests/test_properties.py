"""Invariants that hold for any input, checked on generated text."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import presscli
from presscli.language import all_languages, detect
from presscli.quotes.marks import QUOTE_CHARS

PIECES = [
    "The minister",
    "said",
    "dijo",
    "a déclaré",
    "sagte",
    "disse",
    "Ana Lima",
    "we will win",
    "l'avocat",
    "don't",
    "O'Brien",
    "'90s",
    " ",
    " ",
    " ",
    ",",
    ".",
    ":",
    "—",
    "\n",
    "\n\n",
    "\r\n",
    "\u00a0",
    "\ufeff",
    "+",
    "(",
    ")",
    "[bold]",
    "\x1b[31m",
    "😀",
    "مرحبا",
    "北京",
    *QUOTE_CHARS,
]
articles = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_offset_points_at_its_text(text):
    doc = presscli.analyze(text)
    for span in (*doc.quotes, *doc.sentences, *doc.paragraphs):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for claim in doc.claims:  # a claim reads on one line; its offsets still index the original
        assert 0 <= claim.start <= claim.end <= len(text)
        assert " ".join(text[claim.start : claim.end].split()) == claim.text
    for quote in doc.quotes:
        assert quote.text.strip()
        assert quote.kind in presscli.QuoteKind


@settings(max_examples=100, deadline=None)
@given(articles)
def test_paragraphs_are_ordered_and_disjoint(text):
    paragraphs = presscli.analyze(text).paragraphs
    for before, after in itertools.pairwise(paragraphs):
        assert before.end <= after.start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_language_detection_does_not_depend_on_what_was_read_before(text):
    first = detect(text)
    detect("Le gouvernement a annoncé de nouvelles mesures pour les transports publics.")  # fills the caches
    assert detect(text) == first
    assert first.code in set(all_languages()) | {"und"}
    assert 0.0 <= first.confidence <= 1.0


def test_an_age_and_a_number_range_tokenize_as_people_read_them():
    from presscli.text.tokens import tokenize

    text = "the 46-year-old, 3.5 million, 2015-16 and 1,000 people"
    assert [t.text for t in tokenize(text, 0, len(text), "en")] == [
        "the",
        "46-year-old",
        ",",
        "3.5",
        "million",
        ",",
        "2015",
        "-",
        "16",
        "and",
        "1,000",
        "people",
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet="ab .,", min_size=1, max_size=120),
    st.lists(st.tuples(st.integers(0, 119), st.integers(0, 119)), max_size=12),
)
def test_a_token_is_tagged_with_the_first_quotation_that_holds_it(text, pairs):
    from presscli.text.tokens import tokenize

    quotes = [(min(a, b), max(a, b)) for a, b in pairs]  # crossed and nested spans alike
    for token in tokenize(text, 0, len(text), "en", quotes):
        holding = [i for i, (opened, closed) in enumerate(quotes) if opened <= token.start and token.end <= closed + 1]
        assert token.quote == min(holding, default=None)


def test_a_number_glued_to_letters_is_one_word_not_a_number_and_a_pronoun():
    from presscli.text.tokens import tokenize

    text = "in den 1970er Jahren, the 3rd day, le 2e arrondissement"
    words = [t.text for t in tokenize(text, 0, len(text), "de")]
    assert "1970er" in words and "3rd" in words and "2e" in words
    assert "er" not in words


def test_a_german_word_cut_before_und_keeps_its_hyphen():
    from presscli.text.tokens import tokenize

    text = "des Städte- und Gemeindetags, Ein- oder Ausreise"
    words = [t.text for t in tokenize(text, 0, len(text), "de")]
    assert words[:4] == ["des", "Städte-", "und", "Gemeindetags"] and "Ein-" in words
