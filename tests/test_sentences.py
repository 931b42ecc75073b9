"""Sentence boundaries with offline Punkt: abbreviations, and wire copy that lost its spaces."""

from __future__ import annotations

import pytest

from presscli.text.sentences import sentence_spans, shipped_abbreviations


def sentences(text: str, lang: str = "en") -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, lang)]


def test_titles_and_abbreviations_do_not_end_sentences():
    text = "Sen. Ted Cruz spoke to the U.S. press at 3 p.m. on Tuesday. Then Mr. Smith left."
    assert sentences(text) == [
        "Sen. Ted Cruz spoke to the U.S. press at 3 p.m. on Tuesday.",
        "Then Mr. Smith left.",
    ]


def test_spanish_and_german_abbreviations_ship_with_presscli():
    assert "sra" in shipped_abbreviations("es")
    assert "z.b" in shipped_abbreviations("de")
    assert sentences("La Sra. Ferrer habló. Luego se fue.", "es") == ["La Sra. Ferrer habló.", "Luego se fue."]


def test_glued_sentences_are_split_without_moving_offsets():
    text = "en raison d'un \"conflit d'intérêts\".Cette décision survient après la vidéo."
    spans = sentence_spans(text, "fr")
    assert [text[s:e] for s, e in spans] == [
        "en raison d'un \"conflit d'intérêts\".",
        "Cette décision survient après la vidéo.",
    ]


def test_glued_boundary_after_a_nested_quotation_is_split():
    text = "une vision de l'Europe appelée 'Union européenne'\".Pour sa part Jean Dupont a estimé que c'est faux."
    assert sentences(text, "fr") == [
        "une vision de l'Europe appelée 'Union européenne'\".",
        "Pour sa part Jean Dupont a estimé que c'est faux.",
    ]


def test_initial_split_off_by_a_glued_stop_rejoins_its_name():
    text = "a-t-il ajouté.M. Ellis est mort mardi."
    assert sentences(text, "fr") == ["a-t-il ajouté.", "M. Ellis est mort mardi."]


def test_offsets_are_relative_to_the_whole_text():
    text = "Intro. Body sentence one. Body sentence two."
    spans = sentence_spans(text, "en", start=7)
    assert [text[s:e] for s, e in spans] == ["Body sentence one.", "Body sentence two."]


def test_an_opening_guillemet_starts_the_sentence_it_opens():
    from presscli.text.sentences import sentence_spans

    text = "La mairie décide. « Aucun service ne fermera », a-t-il assuré."
    opener = text.index("«")
    spans = sentence_spans(text, "fr", 0, len(text), frozenset({opener}))
    assert [text[s:e] for s, e in spans] == ["La mairie décide.", "« Aucun service ne fermera », a-t-il assuré."]


def test_a_german_roman_ordinal_does_not_end_a_sentence():
    import presscli

    text = "Papst\n\nSpäter sagte Kanzlerin Anna Berg, Benedikt XVI. „habe sich dem Alter gestellt“. Das sei richtig."
    doc = presscli.analyze(text)
    assert any("Benedikt XVI. „habe" in s.text for s in doc.sentences)


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("de", "Er schrieb auf der Plattform X. Sein Minister kündigte Klage an.", "Er schrieb auf der Plattform X."),
        ("en", "He thanked Malcolm X. The crowd cheered.", "He thanked Malcolm X."),
    ],
)
def test_a_lone_capital_before_an_article_or_pronoun_ends_the_sentence(lang: str, text: str, first: str):
    spans = sentence_spans(text, lang)
    assert len(spans) == 2 and text[spans[0][0] : spans[0][1]].strip() == first


def test_an_initial_before_a_name_does_not():
    text = "Das sagte Jürgen W. Möllemann am Montag."
    assert len(sentence_spans(text, "de")) == 1
