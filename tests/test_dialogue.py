"""Speech set off by a dash (raya), as Spanish, Portuguese, French and Italian press write interviews."""

from __future__ import annotations

import presscli


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind.value) for q in presscli.analyze(text).quotes]


def test_a_spanish_raya_with_an_incise_gives_the_speech_and_its_speaker():
    text = (
        "La crisis del agua\n\nMADRID — El Gobierno respondió el martes.\n\n"
        "—No hemos recibido nada —señaló la portavoz del ministerio, Ana Ruiz—. Esperamos la nota esta tarde.\n"
    )
    assert quotes(text) == [
        ("No hemos recibido nada", "Ana Ruiz", "statement"),
        ("Esperamos la nota esta tarde.", "Ana Ruiz", "statement"),
    ]


def test_a_portuguese_dash_with_spaces_and_a_french_comma_incise():
    portuguese = (
        "Reality show\n\nSÃO PAULO — O vencedor falou nesta terça-feira.\n\n"
        "— Não tenho dúvida do que sinto — afirma o vencedor Caio Lima, que levou o prêmio.\n"
    )
    assert quotes(portuguese) == [("Não tenho dúvida do que sinto", "Caio Lima", "statement")]
    french = "Santé\n\nPARIS — Le ministère a répondu mardi.\n\n— Nous n'avons rien reçu, a indiqué la porte-parole.\n"
    assert quotes(french) == [("Nous n'avons rien reçu", "porte-parole", "statement")]


def test_a_dash_inside_a_sentence_or_in_english_is_no_speech():
    spanish = "Agua\n\nMADRID — El Gobierno habló.\n\nLa portavoz —según fuentes oficiales— no quiso dar detalles.\n"
    english = "Water\n\nLONDON — The ministry spoke.\n\n—The reservoirs are full, the ministry said.\n"
    assert quotes(spanish) == [] and quotes(english) == []


def test_offsets_of_dash_set_speech_point_at_its_words():
    text = "Agua\n\nMADRID — Habló el Gobierno.\n\n—No hay cortes —dijo la ministra—. Todo sigue igual.\n"
    for quote in presscli.analyze(text).quotes:
        assert text[quote.start : quote.end] == quote.text


def test_a_turn_of_speech_right_under_the_title_is_speech_not_a_byline():
    text = (
        "Água\n\n— Não recebemos nada — disse a porta-voz Ana Gil.\n\nA ministra falou com a imprensa na segunda-feira."
    )
    quotes = presscli.analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Não recebemos nada", "Ana Gil")]


def test_an_interviewers_question_is_nobodys_and_the_answer_after_it_is_the_interviewees():
    text = (
        "Entrevista con la alcaldesa\n\n"
        "La alcaldesa de Soria, Marta Gil, recibió a este diario en su despacho.\n\n"
        "—¿Cuándo abrirá el puente?\n\n"
        "—En marzo, si llegan los fondos —respondió la alcaldesa—. Ya hemos hecho nuestra parte.\n\n"
        "—¿Se siente respaldada por el Gobierno?\n\n"
        "—No. Lo hemos pedido tres veces y seguimos esperando.\n"
    )
    said = quotes(text)
    questions = [speaker for words, speaker, _ in said if words.endswith("?")]
    answers = [speaker for words, speaker, _ in said if not words.endswith("?")]
    assert questions == [None, None]
    assert answers == ["Marta Gil"] * 3
