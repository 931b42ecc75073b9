"""Language identification: deterministic, ISO 639-1, right on short text, every script reachable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from presscli.language import all_languages, detect, press_prior


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The government announced new measures on Tuesday to curb inflation.", "en"),
        ("El Gobierno anunció el martes nuevas medidas para frenar la inflación.", "es"),
        ("Le gouvernement a annoncé mardi de nouvelles mesures contre l'inflation.", "fr"),
        ("O governo anunciou na terça-feira novas medidas para conter a inflação.", "pt"),
        ("Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation angekündigt.", "de"),
        ("Il governo ha annunciato martedì nuove misure contro l'inflazione.", "it"),
        ("Правительство объявило во вторник о новых мерах против инфляции.", "ru"),
        ("أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمكافحة التضخم.", "ar"),
        ("政府周二宣布了抑制通货膨胀的新措施。", "zh"),
    ],
)
def test_sentences_in_common_press_languages(text, code):
    assert detect(text).code == code


def test_codes_are_iso_639_1():
    assert "zh" in all_languages()
    assert all(len(code) == 2 for code in all_languages())


def test_confidence_is_a_probability():
    guess = detect("The government announced new measures on Tuesday.")
    assert 0.0 < guess.confidence <= 1.0


def test_short_dateline_in_spanish():
    assert detect("El Ciudadano · 4 de noviembre de 2025", prior=press_prior("en")).code == "es"


def test_main_language_decides_an_ambiguous_line():
    assert detect("Tensions Between Peru and Mexico", prior=press_prior("en")).code == "en"


def test_allowed_languages_restrict_the_answer():
    # German is neither: the answer says so rather than pick the least unlikely of the two
    assert detect("Die Regierung hat neue Maßnahmen angekündigt.", allowed=["en", "fr"]).code == "und"
    assert detect("Le gouvernement a annoncé de nouvelles mesures.", allowed=["en", "fr"]).code == "fr"


def test_text_without_letters_is_undetermined():
    assert detect("12345 !!! ...").code == "und"


def test_same_answer_in_a_fresh_process():
    """Determinism across processes: no random sampling, no seed to forget."""
    line = "Prices rose sharply in the capital"
    code = f"from presscli.language import detect; g = detect({line!r}); print(g.code, g.confidence)"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert first == second
    assert first.split()[0] == detect(line).code == "en"


def test_too_few_letters_is_undetermined():
    assert detect("ok").code == "und"
    assert detect("9:45 p.m.").code == "und"
    assert detect("[pic.twitter.com/AbC](https://t.co/xyz)").code == "und"


def test_a_restricted_answer_says_und_when_none_of_the_allowed_languages_is_likely():
    assert detect("El gobierno cayó ayer por la tarde.", allowed=["en", "fr"]).code == "und"
    guess = detect("The government fell on Tuesday evening.", allowed=["en", "fr"])
    assert guess.code == "en" and guess.confidence > 0.9


def test_a_paragraph_that_is_only_a_link_has_no_language():
    import presscli

    text = "A title for the article\n\nThe ministry said the plan would go ahead.\n\n[pic.twitter.com/AbC](https://t.co/xyz)\n"
    assert presscli.analyze(text).paragraphs[-1].lang == "und"


def test_shipped_profiles_hold_langdetects_own_numbers_to_the_last_bit():
    from importlib import resources

    from presscli.language.profiles import decode, encode, log_probabilities, profile

    for name in ("en", "de", "pt", "zh-cn"):
        raw = resources.files("langdetect").joinpath("profiles").joinpath(name).read_text("utf-8")
        expected = log_probabilities(raw)
        assert profile(name) == expected
        assert decode(encode(expected)) == expected
