"""Pairing quotation marks in every style newsrooms use."""

from __future__ import annotations

import presscli
from presscli.layout.paragraphs import split_paragraphs
from presscli.quotes.marks import find_quoted_spans


def quoted(text: str) -> list[str]:
    paragraphs = [(b.start, b.end) for b in split_paragraphs(text)]
    return [text[s.inner[0] : s.inner[1]].strip() for s in find_quoted_spans(text, paragraphs)]


def test_english_curly_quotes():
    assert quoted("“We will win,” she said.") == ["We will win,"]


def test_french_guillemets_with_inner_spaces():
    assert quoted("« Nous voulons la paix », a déclaré le ministre.") == ["Nous voulons la paix"]


def test_french_guillemets_with_inner_spaces_after_an_elided_word():
    text = "Elle a qualifié ces critiques d’« hypocrites ». Le ministre a parlé d'« erreur » et de l’« échec »."
    assert quoted(text) == ["hypocrites", "erreur", "échec"]


def test_german_low_high_quotes_where_the_high_mark_closes():
    assert quoted("„Der Streik ist vorbei“, sagte sie. Er sprach von einem „Kompromiss“.") == [
        "Der Streik ist vorbei",
        "Kompromiss",
    ]


def test_german_reversed_guillemets():
    assert quoted("Er sagte: »Wir bleiben«, und ging.") == ["Wir bleiben"]


def test_broken_pair_of_closing_guillemets_as_in_copied_text():
    assert quoted("The decision—»in full adherence to the law.» was taken.") == ["in full adherence to the law."]


def test_straight_quotes_are_told_apart_from_apostrophes():
    text = "O'Brien said \"we don't know\" about the '90s and d'água."
    assert quoted(text) == ["we don't know"]


def test_single_quotes_nested_inside_double_quotes():
    assert quoted("\"He told me: 'Leave now', and I left,\" she said.") == [
        "He told me: 'Leave now', and I left,",
        "Leave now",
    ]


def test_plural_possessive_apostrophe_does_not_close_a_quote():
    assert quoted("The players' union called it 'unfair' today.") == ["unfair"]


def test_mixed_curly_and_straight_marks_still_pair():
    assert quoted('She said “it is over" and left.') == ["it is over"]


def test_quote_running_over_paragraphs_reopens_at_each_start():
    text = "“First paragraph of the speech.\n\n“Second paragraph, and the end.”\n\nNarration."
    assert quoted(text) == ["First paragraph of the speech.\n\n“Second paragraph, and the end."]


def test_unclosed_mark_never_swallows_the_next_paragraphs():
    text = "He spoke of a “great day.\n\nThe next paragraph has “its own quote” here.\n\nAnd a last one."
    spans = quoted(text)
    assert "its own quote" in spans
    assert all("next paragraph" not in s for s in spans)


def test_passage_set_out_over_lines_closes_at_its_single_closing_mark():
    text = "Im Gesetz heißt es:\n\n„Die Behörde darf:\n[…]\n3. Daten speichern.“\n\nDas Gericht widersprach."
    assert quoted(text) == ["Die Behörde darf:\n[…]\n3. Daten speichern."]


def test_unclosed_opening_mark_does_not_run_into_a_later_quotation():
    text = "„Die Behörde darf alles\n\nDer Minister sprach von „Klarheit“ im Gesetz."
    assert "Klarheit" in quoted(text)
    assert all("Minister" not in s for s in quoted(text))


def test_afp_plus_signs_mark_a_quote_inside_a_quote():
    text = "\"Il n'a pas seulement dit +je ne peux pas respirer+, il a crié\", a déclaré l'avocat."
    assert "je ne peux pas respirer" in quoted(text)


def test_cjk_corner_brackets():
    assert quoted("他说「我们会赢」。") == ["我们会赢"]


def test_a_quotation_opened_mid_paragraph_runs_on_where_the_next_paragraph_reopens_it():
    text = (
        "Budget\n\n"
        "“We worked for months,” said Senator Dana Hill. “It protects every school.\n\n"
        "“It also gives the states room to act.”\n"
    )
    doc = presscli.analyze(text)
    first, second = (q.speaker for q in doc.quotes)
    assert first == second and first is not None and first.endswith("Dana Hill")
    whole = doc.quotes[1].text
    assert whole.startswith("It protects every school.") and whole.endswith("room to act.")


def test_a_single_quoted_passage_over_paragraphs_reopens_like_a_double_quoted_one():
    text = (
        "Harbour\n\nThe council said in a statement:\n\n‘We will rebuild the harbour.\n\n"
        "‘We will not raise taxes.’\n\nOthers disagreed, and the fishermen's union said it wasn't convinced."
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.text.startswith("We will rebuild") and quote.text.endswith("raise taxes.")
    assert quote.speaker == "council"


def test_doubled_apostrophes_are_wiki_markup_not_quotation_marks():
    text = "Kultur\n\nDas Festival ''Nordwind'' beginnt morgen. „Wir freuen uns“, sagte die Leiterin. It's ''fine''."
    assert [q.text for q in presscli.analyze(text).quotes] == ["Wir freuen uns"]


def test_a_quotation_opened_after_its_cue_runs_on_into_the_next_paragraph_that_reopens_it():
    text = (
        'Port news\n\nThe mayor said "We will rebuild the harbour.\n\n'
        '"It will take years, but we will do it."\n\nThe council met later.'
    )
    quotes = presscli.analyze(text).quotes
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We will rebuild") and quotes[0].text.endswith("we will do it.")
    assert quotes[0].speaker == "mayor"


def test_a_mark_left_open_mid_sentence_among_closed_ones_does_not_swallow_the_next_paragraph():
    text = (
        "Port news\n\nShe said the mayor told her “it is over and then “we leave,” she recalled.\n\n"
        "“We sailed at dawn,” she said."
    )
    assert "We sailed at dawn," in [q.text for q in presscli.analyze(text).quotes]
