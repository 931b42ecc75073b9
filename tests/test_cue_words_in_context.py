"""A reporting word is a cue only where it is a verb, and a participle clause ('…, telling X') borrows
its subject from the main clause."""

from __future__ import annotations

import presscli

_TITLE = "Budget row\n\nWASHINGTON — Congress met on Monday.\n\n"


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in presscli.analyze(_TITLE + body).quotes]


def test_a_cue_word_after_an_adjective_and_a_determiner_is_a_noun():
    body = "Rep. Dana Hill said his biggest worry about the bill is that it is “unworkable.”"
    assert speakers(body) == ["Dana Hill"]


def test_remarks_qualified_by_an_adjective_are_a_noun():
    body = "Mayor Ray Ortiz said the senator's personal remarks were “a gift” to his rivals."
    assert speakers(body) == ["Ray Ortiz"]


def test_a_negated_modal_is_no_subject():
    body = "Senator Lena Brook said she won’t agree to a “rushed” vote."
    (speaker,) = speakers(body)
    assert speaker is not None and "Lena Brook" in speaker


def test_a_participle_cue_takes_the_main_clause_subject_past_an_opening_adverbial():
    body = "Hours later, Governor Amy Lutz returned the favour, telling reporters, “He is a fine partner.”"
    assert speakers(body) == ["Amy Lutz"]


def test_an_official_before_a_cue_is_still_the_speaker():
    body = "The official said the plan was “dead on arrival.”"
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("official")


def test_a_cue_whose_subject_was_not_read_does_not_take_the_floor_in_english():
    body = (
        "“We will vote no,” said Senator Dana Hill.\n\n"
        "In the poll, 21 percent of the voters said “not likely” when asked about the bill."
    )
    assert speakers(body) == ["Dana Hill", None]


def test_a_spanish_cue_without_subject_means_the_speaker_on_the_floor():
    text = (
        "Reforma del agua\n\nMADRID — El Gobierno presentó el plan.\n\n"
        "«El agua es de todos», dijo la ministra Elena Ruiz. Agregó que «nadie quedará fuera»."
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Elena Ruiz", "Elena Ruiz"]


def test_a_french_participle_after_an_inverted_cue_belongs_to_its_speaker():
    text = (
        "Transports\n\nPARIS — La mairie a tranché.\n\n"
        "« Qui paiera ? », a demandé la maire Anne Morel, critiquant un « plan bâclé »."
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Anne Morel", "Anne Morel"]


def test_an_unknown_verb_in_the_shape_of_an_attribution_attributes():
    body = "“The deal is dead,” an angry Senator Dana Hill retaliated. “We will start again.”"
    first, second = speakers(body)
    assert first == second and first is not None and first.endswith("Dana Hill")


def test_an_unknown_verb_before_its_subject_attributes_in_spanish_portuguese_and_german():
    cases = [
        ("Juicio\n\nMADRID — El tribunal falló.\n\n«No es así», sentenció la jueza Marta Gil.", "Marta Gil"),
        ("Briga\n\nSÃO PAULO — A discussão seguiu.\n\n“Fica quieta”, sentenciou Raissa Lopes.", "Raissa Lopes"),
        ("Streit\n\nBERLIN — Die Debatte lief.\n\n„Das ist falsch“, konterte Minister Hans Ohm.", "Hans Ohm"),
    ]
    for text, speaker in cases:
        (quote,) = presscli.analyze(text).quotes
        assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_a_past_tense_that_continues_into_an_object_is_no_attribution():
    body = "“Sold out,” the sign outside the hall announced loudly to the crowds that had gathered there all day."
    (speaker,) = speakers(body)
    assert speaker is None or "sign" in speaker


def test_a_spanish_cue_set_off_by_commas_is_an_incise_with_its_subject_elided():
    text = (
        "Crisis\n\nMÉXICO — El actor habló en la radio.\n\n"
        "«El país está mal», dijo el actor Jorge Ortiz. Los políticos, puntualizó, no saben gobernar, «y lo pagamos»."
    )
    speakers = [q.speaker for q in presscli.analyze(text).quotes]
    assert speakers[1] is not None and speakers[1].endswith("Jorge Ortiz")


def test_a_quotation_set_out_after_a_colon_belongs_to_the_colon_not_to_the_next_sentence():
    text = (
        "Banken\n\nBERLIN — Die Agentur berichtete.\n\n"
        "Die Agentur Tass zitiert den Präsidenten Luis Ortega mit folgenden Worten: „Die Banken haben versagt.“ "
        "Laut der gleichen Agentur hält er eine neue Bank für möglich."
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is not None and "gleichen" not in quote.speaker


def test_a_possessive_with_a_noun_of_speech_names_who_used_the_words():
    body = (
        "Relations broke down after former President Ana Solis's characterization of her successor, "
        "who took office in May, as a “usurper.”"
    )
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is not None and quote.speaker.endswith("Ana Solis") and quote.kind.value == "term"


def test_words_someone_denounced_are_not_the_possessors():
    body = "Mayor Lena Park denounced the senator’s remarks as “hurtful and humiliating” on Monday."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is None or "senator" not in quote.speaker


def test_for_after_an_english_quotation_opens_an_infinitive_not_an_opinion():
    body = "Senator Mitch Rowe said it was “totally inappropriate” for Judge Ellen Gray to criticize him."
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Mitch Rowe")


def test_state_as_a_noun_is_no_cue():
    text = (
        'On Tuesday, Senator Ada Brill went further, endorsing eight state legislative candidates "who share our '
        'values." Brill has long backed them.'
    )
    quote = presscli.analyze(text).quotes[0]
    assert quote.cue != "state"
    assert quote.speaker in (None, "Ada Brill")


def test_an_auxiliary_in_the_subjunctive_is_no_speaker():
    text = (
        "Embora o ministro da Fazenda, Rui Calado, tenha dito nesta quinta-feira que o programa será mantido se "
        'houver uma "nova crise", técnicos do governo duvidam disso.'
    )
    quote = presscli.analyze(text).quotes[0]
    assert quote.speaker != "tenha"
    assert quote.speaker in (None, "Rui Calado")


def test_the_gerund_of_a_reporting_verb_is_a_cue():
    text = (
        "Senator Dana Hill sent out a fundraising call after the remarks, asking supporters to "
        "“donate $3 to our campaign now.”"
    )
    quote = presscli.analyze(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Dana Hill", "asking")


def test_french_verbs_of_manner_set_after_a_quotation_attribute_to_who_follows_them():
    text = (
        "Budget à Lyon\n\nLYON — Le maire, Grégory Doucet, a présenté son budget lundi.\n\n"
        "« Nous investissons dans les écoles », a-t-il expliqué.\n\n"
        "« C'est un budget de campagne », tempête Pierre Oliver, maire du 2e arrondissement. "
        "« Les Lyonnais paieront la note », soupire un commerçant de la Presqu'île.\n\n"
        "« On verra bien », sourit Doucet.\n"
    )
    said = [q.speaker for q in presscli.analyze(text).quotes]
    assert said == ["Grégory Doucet", "Pierre Oliver", "commerçant de la Presqu'île", "Grégory Doucet"]


def test_a_word_in_ant_or_ando_right_after_its_determiner_is_a_noun_not_a_participle():
    text = "Marché\n\nPARIS — Les prix montent.\n\n« Tout est trop cher », dit un commerçant.\n"
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["commerçant"]


def test_a_french_gerund_after_a_quotation_keeps_the_speaker_named_before_it():
    text = (
        "Retraites\n\nPARIS — François Bayrou a annoncé mardi la réouverture du dossier.\n\n"
        "Le patron des députés socialistes, Boris Vallaud, a salué « une avancée », tout en prévenant que son "
        "groupe resterait vigilant.\n"
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Boris Vallaud"]


def test_a_french_gerund_after_a_name_still_attributes_to_that_name():
    text = (
        "Recherche\n\nPARIS — Les députés ont voté le projet de loi.\n\n"
        "« Le CDI de mission n'a de CDI que le nom », a répliqué la socialiste Sylvie Tolmont.\n\n"
        'Le mathématicien et ancien "marcheur" Cédric Villani a voté le projet de loi, en saluant un effort '
        'financier "significatif".\n'
    )
    said = {q.text: q.speaker for q in presscli.analyze(text).quotes}
    assert said["significatif"] == "Cédric Villani"
