"""Word lists are per language: a rule written for one language never fires on another's text."""

from __future__ import annotations

import presscli
from presscli.attribution.given_names import given_name_gender, is_given_name
from presscli.lexicon import LANGUAGES, lexicon, merged


def test_every_shipped_language_has_its_own_lexicon():
    for code in LANGUAGES:
        assert lexicon(code).lang == code
        assert lexicon(code).verbs and lexicon(code).pronouns and lexicon(code).determiners


def test_a_language_without_a_lexicon_borrows_english():
    assert lexicon("nl") == lexicon("en")


def test_merged_lexicons_hold_both_languages_words():
    both = merged(("fr", "en"))
    assert both.is_person_pronoun("il") and both.is_person_pronoun("he")
    assert both.gender("elle") == "f"


def test_german_es_does_not_open_a_spanish_clause():
    # German 'es' ('it') once counted as a subject in every language, making this fragment a statement
    text = "La RAE\n\nLa académica ha dicho que «es optimista y que espera una respuesta» este año."
    assert [q.kind.value for q in presscli.analyze(text).quotes] == ["fragment"]


def test_credit_line_is_the_source_in_layout_and_metadata_alike():
    text = (
        "El agua vuelve a Lima\n\n"
        "El ministerio anunció el plan de agua para la ciudad de Lima este lunes por la tarde.\n\n"
        "Crédito: Agencia EFE\n"
    )
    doc = presscli.analyze(text)
    assert doc.paragraphs[-1].kind is presscli.BlockKind.SOURCE
    assert doc.meta.source == "Agencia EFE"


def test_a_foreign_body_name_is_a_body_in_any_language():
    # 'Public Health England' in a Portuguese report is a body, so 'ela' cannot mean it
    text = (
        "Radiação\n\n"
        'Emma Lee sofre de dores. "Não há risco comprovado", afirma a agência Public Health England. '
        '"Eu fiquei doente", contou ela.'
    )
    assert [q.speaker for q in presscli.analyze(text).quotes][1] == "Emma Lee"


def test_given_names_are_known_with_or_without_their_accents():
    assert is_given_name("Gérard") and is_given_name("Gerard")
    assert given_name_gender("Gérard") == given_name_gender("Gerard")
    assert not is_given_name("Zuversicht")


def test_given_names_frequent_in_the_press_because_people_bear_them_are_names():
    # the word lists count 'Georg' and 'Jean' among the frequent words of German and French: as names
    assert all(is_given_name(name) for name in ("Georg", "Wolfgang", "Jean", "Giuseppe", "Hans-Peter"))
    # months and words that are only sometimes names stay words
    assert not any(is_given_name(word) for word in ("Juni", "Oktober", "Rein", "Anders", "-"))


def test_a_given_names_sex_is_the_one_it_has_where_the_article_is_written():
    assert given_name_gender("Kai", "de") == "m" and given_name_gender("Andrea", "it") == "m"
    assert given_name_gender("Laurence", "fr") == "f" and given_name_gender("Michel", "fr") == "m"
    assert given_name_gender("Andrea", "de") == given_name_gender("Andrea") == "f"  # where no country says otherwise
