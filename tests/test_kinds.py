"""Statement, fragment, term or headline: what each quotation is doing."""

from __future__ import annotations

import presscli
from presscli import QuoteKind


def kinds(text: str) -> dict[str, QuoteKind]:
    return {q.text: q.kind for q in presscli.analyze(text).quotes}


def test_a_quoted_sentence_with_its_speaker_is_a_statement():
    found = kinds("Budget talks resume\n\n“We will not raise taxes this year,” the minister said.")
    assert found["We will not raise taxes this year,"] is QuoteKind.STATEMENT


def test_a_few_quoted_words_inside_reported_speech_are_a_fragment():
    found = kinds("Budget talks resume\n\nThe minister called the plan “irresponsible and costly” on Monday, she said.")
    assert found["irresponsible and costly"] is QuoteKind.FRAGMENT


def test_an_unattributed_label_is_a_term():
    found = kinds("Ship arrives\n\nThe rescue ship 'Aquarius' docked in Valencia with 600 people on board.")
    assert found["Aquarius"] is QuoteKind.TERM


def test_naming_cues_make_terms():
    found = kinds("Housing plan\n\nOfficials unveiled the so-called “green corridor” near the river.")
    assert found["green corridor"] is QuoteKind.TERM


def test_quotations_in_titles_and_section_headings_are_headlines():
    text = (
        "“Asylum is not an unfriendly act,” says Mexico\n\n"
        "The government defended its decision.\n\n"
        "«A Question of Law»\n\n"
        "The ministry explained its reasoning at length."
    )
    found = kinds(text)
    assert found["Asylum is not an unfriendly act,"] is QuoteKind.HEADLINE
    assert found["A Question of Law"] is QuoteKind.HEADLINE


def test_a_quotation_after_a_colon_is_a_statement():
    found = kinds("Report\n\nOne thing is certain for the director: “the crisis will leave its mark”.")
    assert found["the crisis will leave its mark"] is QuoteKind.STATEMENT


def test_a_german_name_after_the_noun_it_names_is_a_term_but_a_label_someone_used_is_not():
    text = (
        "Medien\n\nDie Wochenzeitung „Nordlicht Heute“ hatte am Montag berichtet, "
        "laut der Nachrichtenagentur „Baltnews“ gab es Proteste. "
        "Der Minister verteidigte die Bezeichnung „Chaoten“, mit der er die Randalierer meinte."
    )
    kinds = {q.text: q.kind for q in presscli.analyze(text).quotes}
    assert kinds["Nordlicht Heute"] is QuoteKind.TERM and kinds["Baltnews"] is QuoteKind.TERM
    assert kinds["Chaoten"] is QuoteKind.FRAGMENT  # his word for them


def test_a_german_quotation_of_capitalized_words_alone_is_a_name():
    text = (
        "Datenschutz\n\nDarüber hinaus wirft der „Arbeitskreis Datenschutz Nord“ der Polizei vor, "
        "Absprachen gebrochen zu haben. Der Sprecher nannte das „einen klaren Wortbruch“."
    )
    kinds = {q.text: q.kind for q in presscli.analyze(text).quotes}
    assert kinds["Arbeitskreis Datenschutz Nord"] is QuoteKind.TERM
    assert kinds["einen klaren Wortbruch"] is QuoteKind.FRAGMENT


def test_a_capitalized_sentence_closed_inside_its_marks_after_a_comma_is_said_not_a_title():
    text = "Debate\n\nKelly pressed him. Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”"
    (quote,) = presscli.analyze(text).quotes
    assert quote.kind is not QuoteKind.TERM


def test_a_title_in_title_case_stays_a_term():
    text = "Film\n\nShe starred in “Orange Is the New Black” for six years."
    (quote,) = presscli.analyze(text).quotes
    assert quote.kind is QuoteKind.TERM


def test_a_quotation_followed_by_its_short_form_in_brackets_is_a_name():
    text = (
        "Gewerkschaften\n\nDer frühere Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ "
        '(ÖTV), Heinz Albers, ist tot.\n\nThe group "Citizens for Clean Water, Air and Soil" (CCWAS) sued.'
    )
    found = kinds(text)
    assert found["Öffentliche Dienste, Transport und Verkehr"] is QuoteKind.TERM
    assert found["Citizens for Clean Water, Air and Soil"] is QuoteKind.TERM


def test_a_german_name_set_out_after_a_colon_is_a_term_but_a_sentence_there_is_said():
    text = (
        "Nachruf\n\nSein bekanntestes Stück schrieb er 1978: „Die Gläserne Stadt“. "
        "Der Sprecher der Regierung, Ole Brandt, sagte nur: „Der IWF ist handlungsfähig“."
    )
    found = kinds(text)
    assert found["Die Gläserne Stadt"] is QuoteKind.TERM
    assert found["Der IWF ist handlungsfähig"] is QuoteKind.STATEMENT


def test_after_a_naming_noun_a_lower_case_clause_is_said_but_a_word_is_still_a_term():
    text = (
        'Pensiones\n\nEl senador Javier Rojas dijo que el proyecto "pone en riesgo el empleo formal". '
        'La academia estudia la palabra «machirulo» y el programa "Despierta".'
    )
    found = kinds(text)
    assert found["pone en riesgo el empleo formal"] is QuoteKind.FRAGMENT
    assert found["machirulo"] is QuoteKind.TERM and found["Despierta"] is QuoteKind.TERM
