"""A speaker is someone: a person, a body, or a pronoun for one; never an abstract noun, an adverb or a
verb form, and never a heading or a label."""

from __future__ import annotations

import json

import pytest

import presscli
from presscli.attribution.mentions import mention_of
from presscli.cli import app
from presscli.lexicon import merged
from presscli.text.tokens import tokenize


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in presscli.analyze(text).quotes]


def test_a_german_adverb_before_the_verb_gives_way_to_the_subject_after_it():
    text = "Streit in Brüssel\n\nDie Kommission tagte. So sagte Karla Wendt, Kommissarin: „Wir handeln jetzt.“"
    assert speakers(text) == ["Karla Wendt"]


def test_a_german_abstract_noun_is_nobody():
    text = (
        "Tarifstreit\n\n"
        "Die Gewerkschaft verhandelte lange. Ihre Zuversicht gründet sich auf die Erfahrung: „Wir einigen uns.“"
    )
    assert speakers(text) == ["Gewerkschaft"] or speakers(text) == [None]


def test_so_with_a_role_names_the_speaker():
    text = "Streik\n\n„Wir bleiben hart“, so der zuständige Gewerkschaftsvorstand Uwe Brandt."
    (speaker,) = speakers(text)
    assert speaker == "Uwe Brandt"  # the role with its adjective is an alias


def test_the_reporter_saying_i_is_not_a_quoted_speaker():
    text = "Notes\n\n“We will win,” said Senator Dana Hill.\n\nLater I asked about the “long game” she had mentioned."
    assert speakers(text)[1] is None


def test_a_french_feminine_pronoun_may_mean_the_body_that_spoke_last():
    text = (
        "Masques obligatoires\n\n"
        "« Le port du masque devient obligatoire », a annoncé la préfecture vendredi. "
        "« Des contrôles auront lieu », a-t-elle précisé."
    )
    assert speakers(text) == ["préfecture", "préfecture"]


def test_a_given_name_tells_whom_a_gendered_pronoun_cannot_mean():
    text = (
        "Masques\n\n"
        "« Nous attendons les chiffres », a dit Patrick Morel. "
        "« Le port du masque devient obligatoire », a annoncé la préfecture. "
        "« Les contrôles commencent lundi », a-t-elle précisé."
    )
    assert speakers(text)[2] == "préfecture"


def test_a_voice_inside_a_quotation_does_not_take_the_floor():
    text = (
        "Rotina\n\n"
        "\"É difícil. Ele chega e diz: 'Vamos ver um filme'. Mas eu não posso\", lamenta Rita Souza.\n\n"
        '"Vou ter cuidado sempre."'
    )
    found = presscli.analyze(text).quotes
    assert [(q.text, q.speaker) for q in found if q.text.startswith(("Vamos", "Vou"))] == [
        ("Vamos ver um filme", None),
        ("Vou ter cuidado sempre.", "Rita Souza"),
    ]


def test_a_heading_is_no_speaker():
    text = (
        "Asylum row\n\n"
        "The envoy left the capital on Monday after a week of talks with the government.\n\n"
        "Tensions Between Two Capitals\n\n"
        "The decision was rejected as a “unilateral decision” in the neighbouring capital."
    )
    assert speakers(text) != ["Tensions Between Two Capitals"]


def test_a_subject_starts_after_a_subordinator():
    text = (
        "Deadline\n\n"
        "The ministry issued the statement after interim President Ana Ruiz announced a «deadline» for the envoy."
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_every_speaker_comes_with_its_confidence():
    text = "Harbour\n\n“We will not rush,” said Mayor Ana Lima. “It is safe now.”\n\n“Really?”"
    for quote in presscli.analyze(text).quotes:
        assert (quote.speaker is None) == (quote.speaker_confidence is None)
        if quote.speaker_confidence is not None:
            assert 0.0 < quote.speaker_confidence <= 1.0
    first = presscli.analyze(text).quotes[0]
    assert first.speaker_confidence >= 0.9  # '“…,” said X' right behind the closing mark


def test_min_confidence_keeps_only_sure_speakers_and_the_table_marks_guesses(runner):
    text = (
        "Harbour\n\n“We will not rush,” said Mayor Ana Lima.\n\n"
        "The council met again on Monday to discuss the plan.\n\n“It is safe now.”\n"
    )
    everything = json.loads(runner.invoke(app, ["quotes", "-", "--format", "json"], input=text).stdout)["quotes"]
    sure = json.loads(
        runner.invoke(app, ["quotes", "-", "--format", "json", "--min-confidence", "0.8"], input=text).stdout
    )["quotes"]
    assert {q["text"] for q in sure} == {q["text"] for q in everything if (q["speaker_confidence"] or 0) >= 0.8}
    guesses = [q for q in everything if q["speaker"] and q["speaker_confidence"] < 0.5]
    table = runner.invoke(app, ["quotes", "-"], input=text).stdout
    for guess in guesses:
        assert f"{guess['speaker']} ?" in table


def test_the_subject_of_a_german_verb_bracket_stands_by_its_auxiliary():
    before = "Streit\n\nDie Lage ist ernst. Stoiber hatte besonders die Rolle der Minister betont: „Wir entscheiden.“"
    after = (
        "Streit\n\nDie Lage ist ernst. Bereits im Dezember 2005 hatte Bundeskanzlerin Angela Merkel "
        "in einer Rede verkündet: „Wir bewerben uns.“"
    )
    assert speakers(before) == ["Stoiber"]
    assert speakers(after) == ["Angela Merkel"]


def test_a_person_described_by_what_they_are_takes_the_floor():
    text = "Accident\n\nCette maman attend toujours la vérité. « J'ai besoin de réponses », explique-t-elle."
    assert speakers(text) == ["maman"]


def test_a_german_phrase_in_an_oblique_case_is_fronted_and_the_subject_follows_the_verb():
    fronted = "Tarife\n\nDer Streit dauert an. Schon während seiner Amtszeit warnte Gerhold vor einer „Lohnspirale“."
    genitive = "Tarife\n\nDer Streit dauert an. Ein Sprecher des Verkehrsministeriums sagte: „Wir verhandeln weiter.“"
    assert speakers(fronted) == ["Gerhold"]
    assert speakers(genitive) == ["Sprecher des Verkehrsministeriums"]


def test_after_a_fronted_german_clause_the_subject_follows_the_verb():
    text = (
        "Debatte\n\nDie Runde war hitzig. Nachdem sie vom Moderator Jens Albrecht gefragt wurde, was ihre "
        "Partei anders mache, entgegnete Tanja Wollweber gereizt: „Das haben wir oft erklärt.“"
    )
    assert speakers(text) == ["Tanja Wollweber"]


def test_a_german_cue_in_the_present_tense_is_read_like_its_past():
    text = "Urteil\n\nDie Klage wurde abgewiesen. „Ein Verstoß liegt nicht vor“, begründet das Landgericht sein Urteil."
    assert speakers(text) == ["Landgericht"]


def test_a_german_subject_is_found_across_the_adverbials_before_its_clause_final_verb():
    text = (
        "Werke\n\nDie Lage bleibt offen. Wie die Wirtschaftsministerin Petra Kallweit am Montag in Kiel "
        "erklärte, sieht die Landesregierung darin „keinen Widerspruch zum Vertrag“."
    )
    assert speakers(text) == ["Petra Kallweit"]


def test_a_french_inverted_subject_is_found_past_what_stands_between_it_and_the_verb():
    text = (
        "Rap\n\nLe groupe a reporté sa tournée.\n\n"
        "« Ils font partie des plus grandes stars », remarque Ismaël Dutertre, journaliste.\n\n"
        "« C'est une joie », a confié à l'AFP Gérard Lemoine lors d'une séance photo.\n\n"
        "« Une piste », a de son côté estimé le ministre Jean Dubois."
    )
    assert speakers(text) == ["Ismaël Dutertre", "Gérard Lemoine", "Jean Dubois"]


def test_a_demonstrative_description_means_the_person_last_named_not_a_group():
    text = (
        "Datos\n\n«Hay que cambiar la ley», asegura Sergio Carrasco, abogado.\n\n"
        "La casilla aparece activada, algo ilegal según los expertos consultados. "
        "«El consentimiento tiene que ser expreso», explica este experto.\n\n«No es sencillo», insiste."
    )
    assert speakers(text) == ["Sergio Carrasco", "Sergio Carrasco", "Sergio Carrasco"]


def test_an_unnamed_source_stays_unnamed_after_a_demonstrative():
    text = (
        "Enquête\n\n« Le dossier avance », a déclaré Marc Dupuis, le procureur.\n\n"
        "Les faits « ont pu durer », selon cette source."
    )
    assert speakers(text)[-1] == "source"


def test_a_demonstrative_before_a_word_of_time_opens_an_adverbial_not_a_subject():
    text = "Cumbre\n\n«Habrá acuerdo», dijo este jueves la ministra Ana Ruiz."
    assert speakers(text) == ["Ana Ruiz"]


def test_unnamed_people_counted_off_are_new_speakers_not_the_last_one():
    text = (
        "Fãs\n\n“Que lindeza”, falou um rapaz. “Fica lindo”, afirmou a segunda pessoa. "
        "“Sinto orgulho”, confessou o último indivíduo."
    )
    assert speakers(text) == ["rapaz", "segunda pessoa", "último indivíduo"]


def test_where_a_speaker_is_from_is_skipped_to_reach_the_name():
    text = (
        "Rally\n\nThe numbers grew. Cory Jameson, 22, of Flint, Mich., said he had not given up on a "
        'convention "surprise," because he could never vote for her.'
    )
    assert speakers(text) == ["Cory Jameson"]


def test_a_speaker_introduced_at_length_after_the_quotation_still_speaks():
    text = (
        'Poll\n\nThe survey ran through Monday. "Both of them scare me," Harold Binder, 30, of Raleigh, N.C., '
        "who was among those polled, said in a follow-up interview."
    )
    assert speakers(text) == ["Harold Binder"]


def test_a_reflexive_german_cue_keeps_its_subject_after_the_pronoun():
    text = "Klinik\n\nDie Forschung stockte. „Kontraproduktiv waren einige Kollegen“, erinnerte sich Hanselmann später."
    assert speakers(text) == ["Hanselmann"]


def test_a_document_issued_by_someone_speaks_for_its_issuer():
    text = (
        "Reaction\n\nThe comments drew fire. Priorities Fund President Dana Whitmore issued a statement saying "
        'his comment "has no place in our democracy" and said leaders will face a "day of reckoning."'
    )
    assert speakers(text) == ["Dana Whitmore"] * 2


def test_a_second_reporting_verb_ends_the_subject_after_the_first():
    text = (
        "Salud\n\nSe revisaron los campamentos. «Se examinó a cien personas», anotó el médico y precisó "
        "que el brote empezó en enero."
    )
    assert speakers(text) == ["médico"]


def test_as_someone_puts_it_names_the_speaker():
    text = (
        "Court\n\nThe nominee waits. As The Herald's Dana Milford puts it, \"Senators are unmoved, "
        'and activists are uninspired."'
    )
    assert speakers(text) == ["Dana Milford"]  # the outlet stays an alias: "Herald's Dana Milford"
    assert "Herald's Dana Milford" in presscli.analyze(text).speakers[0].aliases


def test_a_fragment_is_given_less_confidence_than_a_statement_found_the_same_way():
    text = (
        "Harbour\n\nThe council met on Monday.\n\n"
        "Mayor Ana Lima said: “We will not rush the works on the harbour wall.”\n\n"
        "Mayor Ana Lima said the plan was “far too hasty” for the city."
    )
    statement, fragment = presscli.analyze(text).quotes
    assert statement.speaker == fragment.speaker
    assert statement.speaker is not None and statement.speaker.endswith("Ana Lima")
    assert fragment.speaker_confidence < statement.speaker_confidence


def test_a_fragment_in_a_later_paragraph_with_nothing_naming_its_speaker_gets_none():
    text = (
        "Harbour\n\nThe council met on Monday.\n\n"
        "“We will not rush the works,” said Mayor Ana Lima.\n\n"
        "The vote was put off so that the engineers can “check every single bolt of the wall” first."
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[0].speaker is not None and quotes[0].speaker.endswith("Ana Lima")
    assert quotes[1].speaker is None


def test_a_formula_or_a_number_heading_a_phrase_is_nobody():
    text = (
        "Gas en la cueva\n\nROMA — Los científicos midieron el gas.\n\n"
        "El investigador Hardy Pfanz explicó el fenómeno. El CO2 es más pesado que el oxígeno. "
        '"Los animales respiraban en el lago de gas", dice.'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is None or "CO2" not in quote.speaker


def test_a_month_is_no_one_but_a_name_that_is_a_month_is_someone():
    german = "Selbst die Wochenzeitung „Die Brücke“ hatte letzten September kritisiert, sie sei „zu unkritisch“."
    assert all(q.speaker not in ("September", "letzten September") for q in presscli.analyze(german).quotes)
    english = 'Prime Minister Theresa May spoke in Leeds. "We will deliver," said Theresa May.'
    assert presscli.analyze(english).quotes[0].speaker == "Theresa May"


def test_a_contracted_pronoun_is_no_speaker():
    text = (
        "Senator Ada Brill spoke last. “I'm not here to please. I'm here to work,\" she continued. "
        '"We are going to need everyone."'
    )
    assert all(q.speaker != "I'm" for q in presscli.analyze(text).quotes)


def test_a_possessive_subject_is_the_person():
    text = (
        "Senator Ada Brill spoke first. “We are ready,” Brill said.\n\n"
        "Brill’s poor showing in two states has her campaign worried. “We will fight on,” she said."
    )
    doc = presscli.analyze(text)
    assert {q.speaker for q in doc.quotes} == {"Ada Brill"}
    assert len(doc.speakers) == 1


def test_a_given_name_that_is_also_a_modal_can_be_the_subject():
    text = (
        "In his column last week, Will described the senator as a “caricature of ambition” "
        "and “stupendously unprepared.”"
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Will", "Will"]


def test_a_subject_phrase_does_not_run_over_a_verb_into_a_name():
    text = (
        "Durante años, el magnate dirigió Miss Universo con mano firme. "
        "«En estos certámenes se trata de buscar la belleza», declaró entonces el magnate."
    )
    doc = presscli.analyze(text)
    assert all("dirigió" not in alias for s in doc.speakers for alias in s.aliases)
    assert doc.quotes[0].speaker == "magnate"


def test_a_participle_clause_after_the_subject_is_not_part_of_the_name():
    text = "“Nunca vai ter ovo”, falou a modelo caracterizando a atitude da colega como egoísta."
    assert presscli.analyze(text).quotes[0].speaker == "modelo"


def test_a_german_clause_is_no_speaker_but_a_name_with_an_adverb_is():
    clause = "Die Erklärung liegt vor. Darin steht unter anderem: „Wir lehnen den Plan ab.“"
    assert presscli.analyze(clause).quotes[0].speaker is None
    adverb = "Hartmann selbst schrieb in einer Presseerklärung, sie wolle „persönlich abstimmen lassen“."
    assert presscli.analyze(adverb).quotes[0].speaker == "Hartmann"


def test_a_document_speaks_for_its_issuer():
    text = "Das Fazit des Vorabberichts lautete: „Die Wahl war frei.“"
    assert presscli.analyze(text).quotes[0].speaker == "Fazit des Vorabberichts"
    clause = "Das Fazit von Sandra Boser nach fünf Jahren überrascht daher nicht: „Die Zahlen sind gut.“"
    speaker = presscli.analyze(clause).quotes[0].speaker
    assert speaker is None or "überrascht" not in speaker


def test_an_english_noun_in_er_is_someone_only_when_it_names_a_doer():
    from presscli.attribution.doers import is_doer
    from presscli.lexicon import lexicon

    english = lexicon("en")
    assert all(is_doer(word, english) for word in ("speaker", "voters", "planner", "lawmaker", "investors"))
    assert not any(is_doer(word, english) for word in ("number", "power", "water", "order"))


def test_a_count_of_people_the_narration_reports_on_is_not_a_speaker():
    text = (
        "Shelter opens\n\n"
        '"The shelter needs more beds," said Ruth Amsel, who runs it.\n\n'
        'Many Canadians now see the shelter as "a lifeline for the whole town."'
    )
    assert speakers(text)[1] != "Many Canadians"


def test_the_subject_of_a_passive_reporting_verb_is_acted_on_and_does_not_take_the_floor():
    text = (
        "Programme cut\n\n"
        '"We will vote on the budget today," said Councillor Mara Linde.\n\n'
        'Only 340 Syrians have been admitted to the programme this year. "Why did the council cut the places?"'
    )
    assert speakers(text)[1] == "Councillor Mara Linde"  # the voice of the paragraph before goes on


def test_an_adverb_between_the_subject_and_its_cue_is_no_speaker():
    text = (
        "Budget\n\n"
        'The mayor spoke first. Nora Feld, the treasurer, reluctantly admitted the plan was "a stopgap." '
        'She jokingly told reporters that "the coffee is on me."'
    )
    assert speakers(text) == ["Nora Feld", "Nora Feld"]  # never 'reluctantly' or 'jokingly'


def test_manner_adverbs_are_known_from_their_adjectives():
    from presscli.lexicon import lexicon

    assert {"actually", "jokingly", "probably"} <= lexicon("en").adverbs
    assert {"finalmente", "claramente"} <= lexicon("es").adverbs
    assert "family" not in lexicon("en").adverbs and "gouvernement" not in lexicon("fr").adverbs


def test_a_thing_after_a_dash_is_no_speaker():
    text = (
        "Anchors\n\nHe agreed to an interview with the “anchor (not) baby” — a play on words with a phrase "
        "critics use.\n\n“We will win,” — Dana Ortiz, campaign manager."
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[0].speaker is None
    assert quotes[1].speaker == "Dana Ortiz"


def test_a_label_in_a_sentence_about_someone_is_not_theirs():
    text = (
        "Pageant\n\nAna Morel también tuvo que soportar que la ridiculizara refiriéndose a ella como «Miss "
        "Piggy» por ser latina.\n\nDanai Ruiz starred in “The Walking Dead” and the play “Eclipsed” last year."
    )
    terms = [q for q in presscli.analyze(text).quotes if q.kind.value == "term"]
    assert terms and all(q.speaker is None for q in terms)


def test_a_hyphen_joined_to_the_next_word_makes_a_compound_not_a_dash():
    text = (
        "Domains\n\n„Insgesamt besteht nach der ‚Asia‘-Domain eine starke Nachfrage“, sagte Edmund Chang.\n\n"
        "“We will win” - Dana Ortiz"
    )
    quotes = presscli.analyze(text).quotes
    assert next(q for q in quotes if q.text == "Asia").speaker != "Domain"
    assert quotes[-1].speaker == "Dana Ortiz"


def test_a_demonstrative_standing_for_someone_is_not_their_name():
    text = (
        "Wahl in Teheran\n\n"
        "Die Ministerin sprach mit dem Wächterrat. Dieser bestätigte, dass der Kandidat protestiert habe.\n\n"
        "Dieser sagte: „Wir prüfen das.“ Jener meinte: „Es gab keinen Betrug.“"
    )
    found = speakers(text)
    assert len(found) == 2
    assert not {"Dieser", "Jener"} & set(found)


def test_a_german_phrase_headed_by_an_abstract_noun_is_a_thing_not_a_speaker():
    text = (
        "Streit um das Verbot\n\n"
        "Der Richter Paul Hasse äußerte sich am Montag. Die Äußerungen Hasses bezeichnete Dieter Wolf als "
        "„Knaller aus Karlsruhe“. Die Wichtigkeit Englands betonte er später „mit Nachdruck“."
    )
    found = speakers(text)
    assert found[0] == "Dieter Wolf"
    assert not any(s and ("Äußerungen" in s or "Wichtigkeit" in s) for s in found)


def test_a_german_body_named_by_a_noun_in_ung_still_speaks():
    text = "Parteitag\n\nDie Parteiführung erklärte am Abend: „Wir stehen zusammen.“"
    assert speakers(text) == ["Parteiführung"]


def test_a_german_phrase_holding_a_finite_auxiliary_is_a_clause():
    text = (
        "Streit an der Universität\n\n"
        "Kiel (dpa) – Der Senat hat am Montag beraten.\n\nDie Universitätsleitung habe dieses Schreiben "
        "„irritiert“ zur Kenntnis genommen."
    )
    assert not any(s and "habe" in s for s in speakers(text))


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("fr", "Le gouvernement ne reculera pas"), ("en", "Kaine decried that math"), ("de", "Die Regierung weiß, dass")],
)
def test_a_run_of_words_holding_a_clause_word_is_no_phrase(lang: str, phrase: str):
    tokens = tokenize(phrase, 0, len(phrase), lang, [])
    assert mention_of(phrase, tokens, 0, len(tokens), merged((lang,))) is None
