"""German subjects that stand away from their cue: behind a relative clause or an age, in front of a
coordinated verb, or as the document a passive cue ('hatte es geheißen') reads from."""

from __future__ import annotations

import pytest

import presscli
from presscli.attribution.mood import subjunctive

_TITLE = "Streit im Landtag\n\nKiel (dpa) – Der Landtag hat am Montag beraten.\n\n"


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in presscli.analyze(_TITLE + body).quotes]


def test_a_relative_clause_between_subject_and_cue_is_skipped():
    body = "Der 67-jährige Brandt, der als Kritiker der Reform gilt, hofft aber, „dass die Vernunft siegt“."
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Brandt")


def test_an_apposition_led_by_an_article_is_no_relative_clause():
    body = "Jonas Ruhl, der Fraktionsvorsitzende, begründete den Antrag damit, dass die Stadt „zu spät“ gehandelt habe."
    assert speakers(body) == ["Jonas Ruhl"]


def test_a_subject_opening_the_sentence_with_an_age_stays_the_subject():
    body = "Die verletzte Greta Lind, 41, schilderte im Krankenhaus den Ablauf: „Das Boot kippte sofort.“"
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Greta Lind")


def test_a_fronted_clause_still_puts_the_subject_after_the_verb():
    body = "Nachdem er gefragt wurde, entgegnete Tom Suttner empört: „Das stimmt nicht.“"
    assert speakers(body) == ["Tom Suttner"]


def test_a_coordinated_cue_shares_the_subject_of_the_first_verb():
    body = (
        "Auf der Pressekonferenz lobte die Umweltministerin Petra Hain den Plan und nannte ihn „einen großen Schritt“."
    )
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Petra Hain")


def test_a_document_fronted_before_a_passive_cue_speaks():
    body = "In einer Mitteilung des Umweltamts hatte es geheißen: „Die Werte sind unbedenklich.“"
    (speaker,) = speakers(body)
    assert speaker is not None and "Mitteilung des Umweltamts" in speaker


def test_a_place_fronted_before_a_passive_cue_is_no_document():
    body = "In Kiel hieß es dagegen: „Die Werte sind unbedenklich.“"
    assert speakers(body) != ["Kiel"]


def test_the_agent_of_a_passive_cue_speaks_not_its_subject():
    body = "Seine Bilder werden von Kritikern als „Meilensteine der Moderne“ bezeichnet."
    assert speakers(body) == ["Kritikern"]


def test_a_passive_cue_without_an_agent_names_nobody():
    body = "Seine Bilder werden oft als „Meilensteine der Moderne“ bezeichnet."
    assert speakers(body) == [None]


def test_a_clause_final_cue_in_a_subordinate_clause_takes_that_clause_subject():
    body = "Der Streit eskalierte, weil die Landesregierung den Plan als „völlig verfehlt“ bezeichnet hatte."
    (speaker,) = speakers(body)
    assert speaker is not None and "Landesregierung" in speaker


def test_a_body_named_after_heisst_es_aus_speaks():
    body = "„Wir prüfen den Vorgang“, hieß es aus dem Innenministerium."
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Innenministerium")


def test_a_body_fronted_before_hiess_es_speaks():
    body = "Aus dem Umweltministerium hieß es dazu: „Die Messungen laufen.“"
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Umweltministerium")


def kinds(body: str) -> dict[str, str]:
    return {q.text: q.kind.value for q in presscli.analyze(_TITLE + body).quotes}


def test_a_german_newspaper_title_is_a_term_not_speech():
    body = "Das sagte der Minister der „Kieler Rundschau“ und dem „Spiegel“ am Sonntag."
    assert kinds(body) == {"Kieler Rundschau": "term", "Spiegel": "term"}


def test_a_name_written_as_one_is_a_term_in_german():
    body = "Der Verband „DLRG“ warnte auf „YouTube“ vor dem Baden im Kanal."
    assert set(kinds(body).values()) == {"term"}


def test_a_foreign_title_inside_german_text_is_a_term():
    body = "Die Ministerin sprach mit „The Guardian“ über den Streit."
    assert kinds(body) == {"The Guardian": "term"}


def test_german_common_nouns_in_quotes_keep_their_speaker():
    body = "Der Abgeordnete Jan Ohle nannte den Entwurf einen „Totengräber der Demokratie“."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.kind.value == "fragment" and quote.speaker is not None and quote.speaker.endswith("Jan Ohle")


def test_a_quoted_german_adjective_is_a_fragment_not_a_label():
    body = "Die Vorwürfe seien „haltlos“, die Prüfung laufe noch."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.kind.value == "fragment"


def test_a_short_fragment_nothing_attributes_does_not_take_the_floor():
    body = (
        "„Wir lehnen den Plan ab“, sagte die Abgeordnete Mira Stein.\n\n"
        "Der Plan sieht „sehr hohe Abgaben“ für Betriebe vor."
    )
    quotes = presscli.analyze(_TITLE + body).quotes
    assert [q.speaker for q in quotes] == ["Mira Stein", None]


def test_a_pronoun_after_the_quotation_means_the_one_named_before_it():
    body = (
        "Die Regierung will die Verfassung ändern. Halima Jouni, Vorstandsmitglied der Liga, sagte dazu: "
        "„Frauen haben sich gewehrt“, betont sie."
    )
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is not None and quote.speaker.endswith("Halima Jouni")


def test_a_name_with_particles_opening_the_sentence_is_the_subject():
    body = "Familienministerin Ursula von der Leyen reiste an. Von der Leyen betonte, die Frauen seien „gut geeignet“."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is not None and quote.speaker.lower().endswith("von der leyen")


def test_a_university_speaks_as_a_body():
    body = "Warum der Betrug unbemerkt blieb, erklärte die Universität so: „Wir haben es nicht bemerkt.“"
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker == "Universität"


def test_so_with_a_verb_second_names_the_speaker_after_the_verb():
    body = "Ein „großartiger Sieg“, so urteilte Mitt Romney selbst über seinen Erfolg."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker == "Mitt Romney"


def test_a_separable_cue_with_its_particle_at_the_clause_end_attributes():
    body = "„Bis es zu spät war“, stellte die Anwältin Gül Celik fest."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is not None and quote.speaker.endswith("Gül Celik")


def test_a_participle_opening_the_sentence_is_an_adverb_not_a_speaker():
    body = "Relativierend fügt Reiner Gall hinzu: „Allerdings bleibt das Problem.“"
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker is not None and quote.speaker.endswith("Gall")


def test_the_one_quoted_after_a_verb_of_quoting_is_the_speaker():
    cases = [
        ("„Wir sind Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.", "Yolanda Alvarez"),
        ("„Das wird groß“, zitiert die „Computerwoche“ Kevin Lynch in einem Bericht.", "Kevin Lynch"),
    ]
    for body, speaker in cases:
        quote = presscli.analyze(_TITLE + body).quotes[0]
        assert quote.speaker is not None and quote.speaker.startswith(speaker)


def test_after_a_fronted_adverbial_the_subject_follows_the_verb():
    text = (
        "In seiner Antrittsrede erklärte Johnson, die Rechte der Arbeitnehmer schützen zu wollen. "
        "Er werde „einen besseren Vertrag“ aushandeln."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Johnson"


def test_a_fronted_object_is_not_the_subject():
    text = (
        "Ihren Widersacher Karl Brenner von der Opposition forderte Hanna Vogt auf, zurückzutreten. "
        "Sie werde „keinen Tag länger“ warten."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Hanna Vogt"


def test_a_coordinated_verb_keeps_the_first_verbs_subject():
    text = "Am Sonntag zogen die Demonstranten vor das Rathaus und skandierten dabei Parolen wie „Wir bleiben hier“."
    assert presscli.analyze(text).quotes[0].speaker in (None, "Demonstranten", "die Demonstranten")


def test_a_role_before_a_german_given_name_is_an_alias():
    text = "„Wir prüfen das“, sagte Regierungssprecher Steffen Albrecht am Montag in Berlin."
    doc = presscli.analyze(text)
    assert doc.quotes[0].speaker == "Steffen Albrecht"
    assert "Regierungssprecher Steffen Albrecht" in doc.speakers[0].aliases


def test_analysts_are_people_who_speak():
    text = "Die Kurse fielen stark. Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“."
    assert presscli.analyze(text).quotes[0].speaker == "Analysten"


def test_an_opinion_verb_takes_the_subject_before_it():
    text = "Staatsanwalt Alan Jacobs hält den Angeklagten unter Umständen für „böse und gefährlich“."
    assert presscli.analyze(text).quotes[0].speaker == "Alan Jacobs"


def test_as_someone_said_frames_the_whole_sentence():
    text = (
        "Wie der Finanzminister Hartmut Möller am Dienstag in Hannover erklärte, sieht die Landesregierung "
        "in dem Gesetz „kein Hindernis für den Kapitalverkehr“."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Hartmut Möller"


def test_the_nearest_according_phrase_names_the_speaker():
    text = (
        "Nach Angaben des Verfassungsschutzes soll es sich um Missionierung handeln, die jedoch nach "
        "Bewertung von Polizei und Staatsanwaltschaft „keinen Anlass für Maßnahmen“ hergibt."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Polizei und Staatsanwaltschaft"


def test_a_publication_named_in_quotation_marks_after_its_article_speaks():
    text = "„Die Firma will aufholen“, schreibt die „Computerwoche“. Danach kam nichts."
    assert presscli.analyze(text).quotes[0].speaker == "Computerwoche"
    scare = "„Wir bleiben“, sagte die „Stimme“ des Vereins."
    assert presscli.analyze(scare).quotes[0].speaker != "Stimme"


def test_an_adverb_between_the_impersonal_cue_and_its_document_is_skipped():
    text = (
        "Der Club fordert Nummernschilder. „Es besteht die Gefahr eines Prangers“ heißt es dazu in einer "
        "Pressemitteilung des Vereins."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Pressemitteilung des Vereins"


def test_condemning_welcoming_and_promising_are_reporting_verbs():
    text = (
        "Der Abgeordnete Sadik Kern verurteilte die Haltung der Regierung. „Diese Regierung hat Erfolge, "
        "aber ihre Politik ist ungerecht.“"
    )
    assert presscli.analyze(text).quotes[0].speaker == "Sadik Kern"


def test_a_document_fronted_before_heisst_es_holds_the_floor_for_the_reported_speech():
    text = (
        "In einem Positionspapier des Innenministeriums heißt es, die Prüfung des Gesetzes habe ergeben, "
        "dass die Regeln wirkten. Deshalb sei es „folgerichtig, die Regeln beizubehalten“."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Positionspapier des Innenministeriums"


def test_an_according_phrase_with_the_speaker_in_the_genitive():
    text = "Nach Merkels Worten ist das Vorhaben „alternativlos“."
    quote = presscli.analyze(text).quotes[0]
    assert quote.speaker == "Merkel"
    assert quote.cue == "Nach Merkels Worten"


def test_assuming_is_a_reporting_verb():
    text = "Jackson geht davon aus, dass der Angeklagte „eine geladene Pistole“ benutzt habe."
    assert presscli.analyze(text).quotes[0].speaker == "Jackson"


def test_a_separable_cue_closes_its_clause_after_a_quotation_inside_it():
    text = "Im Gespräch wies der Geschäftsführer Ralf Stein alle Vorwürfe als „haltlos“ zurück."
    assert presscli.analyze(text).quotes[0].speaker == "Ralf Stein"


def test_stressing_wanting_to_know_expecting_and_asking_are_reporting_verbs():
    body = (
        "„Wir bauen keine einzige Stelle ab“, strich die Betriebsrätin Carla Senn in Flensburg heraus.\n\n"
        "„Wann kommt die Brücke?“, wollen die Anwohner seit Wochen wissen.\n\n"
        "Die Ärzte rechnen mit „sehr vollen Notaufnahmen“ über die Feiertage.\n\n"
        "Die Bürgermeisterin Ilse Tamm bat den Landrat, ihren „herzlichen Dank“ an die Helfer zu übermitteln."
    )
    assert speakers(body) == ["Carla Senn", "Anwohner", "Ärzte", "Ilse Tamm"]


def test_speaking_for_someone_is_no_cue():
    body = "„Wir sind bereit.“ Die Zahlen und der Kalender sprechen für die Kandidatin."
    assert speakers(body) == [None]


def test_holding_an_opinion_pointing_out_and_justifying_are_reporting_verbs():
    body = (
        "22 Prozent teilen die Meinung, die Ordnung sei „nicht verteidigenswert“.\n\n"
        "Datenschützer wiesen bereits mehrfach auf die Gefahren hin, die zum „gläsernen Menschen“ führen.\n\n"
        "In einem Bericht rechtfertigte das Verteidigungsministerium die Aktion als „defensiver Natur“."
    )
    assert speakers(body) == ["22 Prozent", "Datenschützer", "Verteidigungsministerium"]


def test_a_verdict_of_a_named_person_before_a_colon_is_theirs():
    body = "Das Fazit von Sandra Boser nach fünf Jahren überrascht nicht: „Die Schule hat sich bewährt.“"
    assert speakers(body) == ["Sandra Boser"]


def test_a_noun_of_speech_names_its_speaker_in_the_genitive():
    body = (
        "Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, entgegneten die "
        "Unterstützer, dass Investoren bereitstünden.\n\n"
        "Nach der Ankündigung der Ministerin soll die Phase im „Regelfall um vier Jahre verschoben“ werden."
    )
    quotes = presscli.analyze(_TITLE + body).quotes
    assert [q.speaker for q in quotes] == ["CDU", "Ministerin"]
    assert all(q.kind.value == "fragment" for q in quotes)  # words someone used, not labels


def test_seeing_something_as_is_an_opinion_of_the_subject_after_the_verb():
    body = "In dem Verfahren sieht der Betriebsrat Bernd Osterloh einen „Angriff gegen die Belegschaft“."
    assert speakers(body) == ["Bernd Osterloh"]


def test_a_separable_cue_reaches_its_particle_past_a_clause_set_in_between():
    body = (
        "Die Kampagne warf dem Senator, nachdem dessen Entscheidung bekannt wurde, vor, ein „typischer Politiker“ "
        "zu sein."
    )
    assert speakers(body) == ["Kampagne"]


def test_a_described_subject_with_its_name_set_off_by_commas_is_that_person():
    body = (
        "Auch der innenpolitische Sprecher der Fraktion, Dieter Wiefel, will „in den kommenden Wochen noch "
        "einmal prüfen“, ob ein Verbot angestrebt werde."
    )
    assert speakers(body) == ["Dieter Wiefel"]


def test_the_word_before_a_colon_is_the_verb_not_part_of_the_speaker():
    body = "Die Schwester des Opfers erzählte: „Wir sind erschüttert.“"
    (speaker,) = speakers(body)
    assert speaker is not None and "erzählte" not in speaker and speaker.startswith("Schwester")


def test_a_subordinating_conjunction_and_adverbs_are_no_part_of_a_name():
    body = (
        "Die Richterin fällte das Urteil, zumal der Verteidiger Paul Weber immer wieder betont hatte, der "
        "Angeklagte sei nicht „dissozial“."
    )
    (speaker,) = speakers(body)
    assert speaker == "Paul Weber"


def test_a_person_the_narration_introduces_by_given_name_takes_the_floor_from_the_last_speaker():
    text = (
        "Abschied\n\n"
        "„Ich bin zu müde für dieses Amt“, sagte der Bischof. Der jüngere Bruder des Bischofs, Georg Winter, "
        "war seit Wochen in die Pläne eingeweiht. „Mein Bruder braucht jetzt Ruhe.“"
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[1].speaker == "Georg Winter"  # 'Georg' is a frequent word in German news only as a name


def test_a_hyphenated_given_name_starts_the_name_after_a_role():
    text = "Treffen\n\n„Das ist ein gutes Zeichen“, sagte der Landesgruppenchef Hans-Peter Kessler."
    assert presscli.analyze(text).quotes[0].speaker == "Hans-Peter Kessler"


def test_the_owner_of_a_statement_speaks_through_it_and_the_apposition_describes_the_owner():
    text = "Studie\n\nDas Fazit von Marta Kühn, der Leiterin des Instituts, lautete: „Wir brauchen mehr Zeit.“"
    doc = presscli.analyze(text)
    assert doc.quotes[0].speaker == "Marta Kühn"  # not 'von Marta Kühn' ('von' is no given name) nor 'Fazit …'
    assert any("Leiterin des Instituts" in alias for alias in doc.speakers[0].aliases)


def test_after_a_fronted_adverbial_the_subject_follows_the_auxiliary():
    text = (
        "Sport\n\n"
        "Das Finale brachte viele Zuschauer.\n\n"
        "Engagement Hamburgs Bereits im Dezember 2005 hatte Sportministerin Karla Brenner in einer Rede verkündet: "
        "„Wir wollen die Spiele nach Hamburg holen.“"
    )
    assert presscli.analyze(text).quotes[0].speaker == "Karla Brenner"


def test_a_document_reported_in_indirect_speech_is_not_the_speaker():
    text = (
        "Hochschule\n\n"
        "„Ich halte die Gebühren für richtig“, sagte Ministerin Helga Rother. "
        "Die neue Studie zeige dagegen, „dass die Gebühren kaum abschrecken“."
    )
    quotes = presscli.analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Helga Rother", "Helga Rother"]


def test_a_sentence_pointing_back_at_the_quotation_names_its_speaker():
    text = (
        "Haushalt\n\n"
        "„Wir sparen überall.“ Das sagte Finanzministerin Petra Lohse am Dienstag in Berlin.\n\n"
        "„Ja, es gibt Einschnitte“. Das musste Lohse zu Beginn der Debatte einräumen.\n\n"
        "Er sagte: „Wir bleiben dabei.“ Dies bestätigte später auch Kanzler Max Berger."
    )
    quotes = presscli.analyze(text).quotes
    assert [q.speaker for q in quotes][:2] == ["Petra Lohse", "Petra Lohse"]
    assert quotes[2].speaker != "Max Berger"  # who confirms it did not say it first


def test_a_separable_cue_reaches_its_particle_past_a_name_set_off_and_a_preposition():
    text = (
        "Lehrer\n\nAm Rande der Sitzung nahm auch der Ministerpräsident des Landes, Konrad Heller (CDU), "
        "zu der Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen, er kann es später einlösen“."
    )
    quote = presscli.analyze(text).quotes[0]
    assert quote.speaker == "Konrad Heller"  # the name set off after the role, not the role
    assert quote.official  # a Ministerpräsident of a Land holds a state office


def test_a_relative_clause_closed_by_its_cue_before_a_colon_names_its_own_subject():
    body = (
        "Damit wird die Marke unterschritten, die Gerhard Brenner in seiner Amtszeit zum Kriterium erklärt "
        "hatte: „Ich rechne damit, dass es uns gelingt.“\n\nAngesichts dessen nannte Karl Moser, Chef des "
        "Verbandes, die Kartoffel Amflora „überflüssig wie ein Kropf“."
    )
    assert speakers(body) == ["Gerhard Brenner", "Karl Moser"]  # not 'Marke', not the potato


def test_wuerdigen_reports_what_a_body_said_in_praise():
    body = "Das Komitee in Oslo würdigte damit Meyers Einsatz zur „Stärkung der internationalen Diplomatie“."
    assert speakers(body) == ["Komitee in Oslo"]


def test_a_speech_read_from_is_the_speech_of_who_gave_it():
    body = (
        "In seiner Thronrede mahnte Harmsen zu einem verantwortungsvollen Haushalt. „Änderungen voran zu treiben "
        "bedeutet zusammenzuarbeiten“, hieß es in der Rede."
    )
    assert speakers(body) == ["Harmsen"]


def test_according_to_a_name_in_quotation_marks():
    body = "Laut „Agenturbild“ zeichnet Moskau von Präsident Saaka dagegen das Bild eines „kriegslüsternen Tyrannen“."
    assert speakers(body)[-1] == "Agenturbild"


def test_a_subject_ending_in_a_name_in_quotation_marks_speaks_by_that_name():
    body = (
        "Selbst die linke Wochenzeitung „Grüne Welle“ hatte im Mai kritisiert, dass sie „für ihre "
        "unkritische Einstellung“ bekannt sei. Die Zahl der Opfer der Operation „Cast Lead“ („gegossenes Blei“) stieg."
    )
    quotes = presscli.analyze(_TITLE + body).quotes
    assert [q.speaker for q in quotes if q.text.startswith("für")] == ["Grüne Welle"]
    assert next(q for q in quotes if q.text == "gegossenes Blei").speaker is None  # a gloss, nobody's words


def test_the_participle_gefragt_is_a_cue():
    quote = presscli.analyze("Die Reporterin hat gefragt: „Wann kommt der Zug?“").quotes[0]
    assert (quote.speaker, quote.cue) == ("Reporterin", "hat gefragt")


def test_vermelden_reports_speech_so_the_reported_speech_after_it_is_the_reporters():
    text = (
        "Finanzminister Peer Steinbrück hatte in Brüssel Positives zu vermelden. Erstmals seit 2001 sei "
        "die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Peer Steinbrück"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("„Wir geben nicht nach“, sagte der Minister der Zeitung.", "Minister"),
        ("„Wir geben nicht nach“, sagte Angela Merkel der Süddeutschen Zeitung.", "Angela Merkel"),
        ("„Wir geben nicht nach“, sagte der Chef der Deutschen Post.", "Chef der Deutschen Post"),
    ],
)
def test_the_newspaper_a_speaker_talks_to_is_no_part_of_the_speaker(text, speaker):
    assert presscli.analyze(text).quotes[0].speaker == speaker


def test_a_voice_named_by_so_in_a_narrating_sentence_holds_the_floor_after_it():
    text = (
        "Der Film wurde kritisiert. Doch sei es, so der Schriftsteller Musa Okwanga in einem Blog, ein Haufen "
        "mächtiger Leute gewesen. Deshalb müsse „die Politik zentraler Bestandteil der Lösung sein“."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Musa Okwanga"


def test_an_object_before_a_clause_final_participle_is_not_its_subject():
    text = (
        "Arbeitsminister Franz Müntefering (SPD), hat mit Wirkung zum 21. November 2007 seinen Rücktritt "
        "verkündet. „Es ist ausschließlich dieser private Grund“, teilte er mit."
    )
    speaker = presscli.analyze(text).quotes[0].speaker
    assert speaker is not None and "Müntefering" in speaker


def test_a_pronoun_opening_the_sentence_is_the_subject_of_its_coordinated_cue():
    body = (
        "Der Innenminister Karl Fenner sagte: „Wir brauchen die Regeln.“\n\n"
        "Die Abgeordnete Ulla Brenner kritisierte den Entwurf: „Das geht zu weit.“ "
        "Er halte die Regeln für nötig und bezeichnete sie als „maßvoll“."
    )
    assert speakers(body) == ["Karl Fenner", "Ulla Brenner", "Karl Fenner"]


def test_a_person_introduced_after_the_verb_is_whom_the_next_pronoun_means():
    body = (
        "Die Abgeordnete Ulla Brenner kritisierte den Entwurf: „Das geht zu weit.“ Herr Weiler sagte: „Stimmt.“\n\n"
        "Unterdessen verteidigte der Vorsitzende des Ausschusses, Jan Rothe (SPD), den Entwurf. "
        "Er halte die Regeln für nötig und bezeichnete sie als „maßvoll“."
    )
    assert speakers(body)[-1] == "Jan Rothe"


def test_a_body_opening_the_main_clause_does_not_hand_the_pronoun_to_the_person_it_names_later():
    body = (
        "Herr Weiler sagte: „Das geht zu weit.“\n\n"
        "Gestern kritisierte die Opposition den Minister Jan Rothe scharf. Er bezeichnete den Plan als „Unsinn“."
    )
    assert speakers(body)[-1] != "Jan Rothe"


def test_a_correlative_so_before_a_verb_names_no_voice():
    body = (
        "Die Partei hatte einen Antrag vorgelegt, in dem eine „friedliche Lösung“ im Mittelpunkt stand, "
        "so wurde dieser nach Protesten der Gewerkschaft Verdi zurückgezogen. Es sei, so Anna Kehl, „ein Fehler“."
    )
    found = speakers(body)
    assert found[0] != "Gewerkschaft Verdi" and "Verdi" not in (found[0] or "")
    assert found[1] == "Anna Kehl"


def test_an_adjective_fronted_before_the_verb_gives_way_to_the_subject_after_it():
    body = (
        "Besorgt äußerte sich auch der Vorsitzende des Vereins, Tom Grade, zu den Vorgängen: "
        "„Wir befürchten das Schlimmste“, sagte er dem Radio. Skeptisch sagte Anna Kehl: „Das wird nichts.“ "
        "Schmidt sagte: „Doch.“"
    )
    assert speakers(body) == ["Tom Grade", "Anna Kehl", "Schmidt"]


def test_a_voice_named_with_so_holds_the_floor_even_when_its_sentence_quotes_only_a_title():
    body = (
        "Der Film richtet sich gegen Joseph Kony. Er fokussiere auf die Schuld Konys. Doch sei es, so die "
        "Autorin Mara Okello in einem Beitrag für die Zeitung „The Independent“, ein Haufen mächtiger Leute "
        "gewesen. Deshalb müsse „die Politik zentraler Bestandteil der Lösung sein“."
    )
    assert speakers(body)[-1] == "Mara Okello"


def test_a_clause_before_a_colon_names_its_subject_not_itself():
    body = (
        "Teamchef Jean Todt stellt sich vor seinen Piloten: „Er ist immer noch der Meister.“\n\n"
        "Der Konzernchef stellt sich hinter seine Leute: „Sie sind gut.“"
    )
    assert speakers(body) == ["Jean Todt", "Konzernchef"]


def test_a_sentence_set_out_after_a_colon_is_not_the_next_sentences_subjects():
    body = (
        "Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: "
        "„Besonders betroffen sind wir.“ Die Anwältin Gül Cebe, die viele Frauen vertritt, nennt das Ereignis "
        "einen Justizskandal."
    )
    (speaker,) = speakers(body)
    assert speaker not in ("Gül Cebe", "Darin")


def test_two_coordinated_subjects_before_a_colon_are_not_one_of_them():
    body = (
        "Er sowie Tom Giesel befürchten weitere Bündnisse; den Aussagen der Partei schenken sie keinen Glauben: "
        "„Alle bisherigen Mitglieder sollten jetzt übertreten.“"
    )
    assert speakers(body) != ["Tom Giesel"]


def test_words_from_a_place_are_not_the_floor_holders():
    body = (
        "Das Weiße Haus verlangte einen Rückzug der Truppen. Aus Paris hieß es, das Vorgehen sei "
        "„eine schwerwiegende Verletzung“ des Abkommens.\n\n"
        "Die Polizei teilte mit, die Lage sei ruhig. Weiter hieß es: „Wir kontrollieren alles.“"
    )
    found = speakers(body)
    assert found[0] != "Weiße Haus"
    assert found[1] == "Polizei"


def test_a_relative_possessive_opens_a_subject():
    body = (
        "Auch die Elternvertretung äußerte sich kritisch. Deren Sprecherin Anna Kühn erklärte, man sei "
        "„nicht einmal angehört“ worden. „Wir erfahren alles aus der Zeitung“, fügte sie hinzu."
    )
    assert speakers(body) == ["Anna Kühn", "Anna Kühn"]


def test_the_subject_of_a_perfect_tense_cue_stands_before_the_auxiliary():
    body = (
        "Ein Sprecher betonte, die Mittel seien „fest eingeplant“. Ministerpräsident Olaf Brandt hat die Reform "
        "zur Chefsache erklärt. Er sagte dem Sender: „Ich stehe voll hinter der Ministerin.“"
    )
    assert speakers(body) == ["Sprecher", "Olaf Brandt"]


def test_after_a_clause_naming_the_source_the_subject_follows_the_auxiliary():
    body = (
        "Ein Sprecher betonte, die Mittel seien „fest eingeplant“. Wie der NDR berichtet, hat Ministerpräsident "
        "Olaf Brandt die Reform zur Chefsache erklärt. Er sagte dem Sender: „Ich stehe voll hinter der Ministerin.“"
    )
    assert speakers(body) == ["Sprecher", "Olaf Brandt"]


def test_a_passive_cue_in_the_narration_names_nobody_who_speaks():
    from presscli.attribution.narration import main_clause_subject
    from presscli.lexicon import lexicon
    from presscli.text.tokens import tokenize

    sentence = (
        "Von glatter Desinformation durch den Verband wird gesprochen und dass eine Minderheit behauptet, "
        "alle zu vertreten."
    )
    tokens = tokenize(sentence, 0, len(sentence), "de")
    event = main_clause_subject(sentence, tokens, 0, len(tokens), lexicon("de"))
    assert event is None or event.speaker is None


def test_the_medium_told_is_not_part_of_the_speakers_name():
    body = "„Das ist ein Armutszeugnis“, sagte Greenpeace-Sprecherin Lena Hofmann der Deutschen Presse-Agentur."
    assert speakers(body) == ["Lena Hofmann"]


def test_a_subject_pronoun_after_the_verb_makes_what_stands_first_an_object():
    body = (
        "Der Präsident der Konferenz Omar Haddad verteidigte die Einigung. Kritikern hielt er entgegen: "
        "„Ohne Kompromisse gibt es keine Einigung.“"
    )
    assert speakers(body) == ["Omar Haddad"]


def test_a_quoted_title_inside_the_verb_bracket_does_not_hide_the_subject():
    body = (
        "Die Verhandlungen gehen weiter. Der Wirtschaftsweise Jens Albrecht wird in der „Welt“ mit den Worten "
        "zitiert: „Wir brauchen ein Gesetz.“"
    )
    assert speakers(body)[-1] == "Jens Albrecht"


def test_an_age_for_a_name_means_the_person_last_named():
    body = (
        "SPD-Fraktionsvize Anna Schuster forderte am Mittwoch eine schnelle Entscheidung. „Wir können nicht "
        "noch ein Jahr warten“, sagte die 45-Jährige im Deutschlandfunk."
    )
    assert speakers(body) == ["Anna Schuster"]


def test_after_a_fronted_adverb_the_subject_follows_the_auxiliary():
    body = (
        "Papst Franziskus besuchte 2013 die Insel Lampedusa. Damals hatte Franziskus gesagt, Migranten seien "
        "„keine Zahlen, sondern Menschen“."
    )
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Franziskus")


def test_a_possessed_subject_of_reported_speech_is_not_its_speaker():
    body = (
        "Der SPD-Kandidat Tim Vogt zeigte sich kämpferisch. „Die Stichwahl ist völlig offen“, sagte der "
        "38-Jährige vor Anhängern. Seine Partei werde „um jede Stimme kämpfen“."
    )
    assert speakers(body) == ["Tim Vogt", "Tim Vogt"]


def test_a_website_is_a_source_that_speaks():
    body = (
        "Der Leiter sprach von einem „Neuanfang“. Auf der Website des Ministeriums heißt es: "
        "„Die Regeln gelten ab Montag.“"
    )
    assert speakers(body)[-1] == "Website des Ministeriums"


def test_a_surname_given_earlier_with_its_given_name_is_someone_the_narration_turns_to():
    body = (
        "Das Gericht hat den Bürgermeister Herbert Maier verurteilt. „Das Urteil ist nicht haltbar“, erklärte "
        "Rechtsanwalt Peter Huber. Maier selbst hatte die Vorwürfe bestritten. In seinem letzten Wort sagte er: "
        "„Ich habe nie einen Cent genommen.“"
    )
    assert speakers(body) == ["Peter Huber", "Maier"]


def test_a_quotation_that_is_its_whole_paragraph_right_after_the_voice_is_the_voice_s_next_turn():
    body = "Ministerin Clara Voss erklärte:\n\n„Wir werden nicht nachgeben.“\n\n„Die Bauern haben recht.“"
    assert speakers(body) == ["Clara Voss", "Clara Voss"]


def test_a_document_quoted_in_the_next_paragraph_is_not_the_voice_s():
    body = (
        "„Wir prüfen alles“, sagte Ministerin Clara Voss.\n\n"
        "Im Bericht steht dazu der Satz: „Die Behörde hätte früher handeln können.“"
    )
    assert speakers(body)[1] != "Clara Voss"


def test_a_paragraph_closing_on_a_german_quotation_mark_is_finished_not_a_subtitle():
    text = "Gespräche gescheitert\n\nDer Minister erklärte am Montag: „Wir stehen zu unserem Wort.“\n\nMehr folgt."
    (quote,) = presscli.analyze(text).quotes
    assert quote.kind is presscli.QuoteKind.STATEMENT


def test_a_passive_quoting_verb_after_the_quotation_names_who_is_quoted():
    body = "„Niemand wollte zuhören“, wurde Vogt zitiert."
    assert speakers(body) == ["Vogt"]


def test_a_sentence_after_a_quotation_closed_by_its_own_full_stop_is_about_something_else():
    body = (
        "„Wir prüfen alles“, wird Ministerin Clara Voss zitiert. „Jede Hilfe ist willkommen.“ "
        "Im September hatte der Bürgermeister Jan Kurz eine Spende angekündigt."
    )
    assert speakers(body) == ["Clara Voss", "Clara Voss"]


def test_the_subject_after_the_auxiliary_of_a_fronted_adverbial_is_whom_an_age_points_back_to():
    body = (
        "Im Streit um den Windpark hat Bürgermeisterin Katrin Albers die Kritiker zurückgewiesen. "
        "„Wer das sagt, hat die Pläne nicht gelesen“, sagte die 52-Jährige."
    )
    assert speakers(body) == ["Katrin Albers"]


def test_a_name_with_its_particle_before_the_auxiliary_is_no_fronted_adverbial():
    body = (
        "Zu Guttenberg hatte zwar Fehler eingeräumt. Er hatte aber auch gesagt, es sei ihm „ein "
        "aufrichtiges Anliegen“, alles aufzuklären."
    )
    assert "Fehler" not in speakers(body)  # the object after the auxiliary is nobody


def test_an_office_with_its_article_means_the_person_last_named_with_that_office():
    body = (
        "Verkehrsminister Paul Hartmann rief beide Seiten zur Mäßigung auf. "
        "Der Minister sagte: „Ein Land kann sich diesen Stillstand nicht leisten.“"
    )
    assert speakers(body) == ["Paul Hartmann"]


def test_another_office_is_someone_else():
    body = (
        "Bundespräsident Horst Kehl löste den Bundestag auf. "
        "Der Bundeskanzler nannte das „eine souveräne Entscheidung“."
    )
    assert speakers(body) != ["Horst Kehl"]


def test_a_regional_paper_named_as_a_compound_is_a_term_and_an_adverb_is_nobody():
    body = (
        "„Man hat uns übergangen“, sagte Holger Brandes der „Landeszeitung“. "
        "Die Bürgerinitiative „Gegenwind Heide“ sieht das anders."
    )
    quotes = presscli.analyze(_TITLE + body).quotes
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["Landeszeitung"] is presscli.QuoteKind.TERM
    assert all(q.speaker != "anders" for q in quotes)


def test_a_pronoun_after_the_cue_that_follows_reported_speech_is_the_subject_not_the_clause():
    body = (
        "CDU-Fraktionschef Friedrich Lang hielt dagegen. Die Regierung verschiebe die Probleme nur in die "
        "Zukunft, kritisierte er. „Das ist kein Haushalt, das ist ein Offenbarungseid.“"
    )
    assert speakers(body) == ["Friedrich Lang"]


def test_a_court_of_auditors_is_a_body_that_speaks():
    body = "Die Ministerin zeigte sich gelassen. Der Bundesrechnungshof hatte zuvor vor „erheblichen Risiken“ gewarnt."
    assert speakers(body) == ["Bundesrechnungshof"]


def test_a_quotation_in_a_fronted_clause_is_that_clause_s_and_the_main_clause_takes_the_floor():
    body = (
        "Während Carla Diaz erklärte, sehr aufgeregt zu sein, „größer wird es nicht“, räumte Nina Roth ein, "
        "lange davon geträumt zu haben.\n\n„Jetzt ist es noch außergewöhnlicher“, schrieb die in Köln geborene Roth."
    )
    assert speakers(body) == ["Carla Diaz", "Nina Roth"]


def test_a_name_before_its_apposition_after_the_cue_stays_the_name():
    body = "„Wir hatten mit einer Senkung gerechnet“, sagte Jörg Krämer, Chefvolkswirt der Commerzbank."
    assert speakers(body) == ["Jörg Krämer"]


def test_a_party_known_by_its_plural_name_is_a_subject_not_the_person_it_accuses():
    body = "Die Grünen warfen Mappus dagegen vor, die Schlichtung nur als „Beruhigungspille“ zu nutzen."
    assert speakers(body) == ["Grünen"]


def test_reported_speech_in_the_wuerde_form_goes_on_in_the_speakers_voice():
    body = (
        "Die Senatorin Carla Wendt betonte, die Schulen seien „gut vorbereitet“. "
        "Die Bezirke würden den Eltern deshalb „rasch ein Angebot machen“."
    )
    assert speakers(body) == ["Carla Wendt", "Carla Wendt"]


def test_a_body_hoping_for_something_holds_the_quoted_hope():
    body = (
        "Der Hamburger Senat hatte sich erhofft, dass die Grundstücke und der Erlös aus den Verkäufen bei einem Urteil "
        "„in den leeren Haushalt fließen“ würden."
    )
    (speaker,) = speakers(body)
    assert speaker is not None and speaker.endswith("Senat")


def test_a_party_in_brackets_after_a_minister_leaves_her_name_and_office_to_later_mentions():
    body = (
        "Umweltministerin Lea Brandt (Grüne) sagte, das Land brauche „deutlich mehr Flächen“.\n\n"
        "Brandt wies die Kritik zurück. „Wir beteiligen die Menschen vor Ort“, betonte die Ministerin."
    )
    assert speakers(body) == ["Lea Brandt", "Lea Brandt"]


@pytest.mark.parametrize("verb", ["drohe", "fordere", "arbeite"])
def test_any_konjunktiv_form_carries_reported_speech_on(verb: str):
    body = (
        f"„Die Reform kommt“, sagte Gesundheitsminister Jan Ohle. Ohne sie {verb} ein „unkontrolliertes Kliniksterben“."
    )
    assert speakers(body) == ["Jan Ohle", "Jan Ohle"]


def test_the_konjunktiv_reading_leaves_adjectives_and_the_past_alone():
    assert [subjunctive(w) for w in ("drohe", "fordere", "gebe")] == [True, True, True]
    assert [subjunctive(w) for w in ("neue", "sagte", "wurde", "große", "gerne")] == [False] * 5


def test_a_cue_before_a_platform_named_by_one_letter_keeps_its_pronoun():
    body = (
        "Der Regierungschef Viktor Kovács lehnte die Einigung ab. „Wir nehmen niemanden auf“, schrieb er auf "
        "der Plattform X. Sein Außenminister kündigte eine Klage an."
    )
    assert speakers(body) == ["Viktor Kovács"]


def test_an_article_and_a_role_before_a_full_name_make_the_narrated_subject_someone():
    body = "Die Regierungschefin Maria Szabó lehnte die Einigung ab. „Wir nehmen niemanden auf“, sagte sie."
    assert speakers(body) == ["Maria Szabó"]


def test_a_pronoun_after_the_verb_before_a_colon_is_the_subject_not_the_object_named_next():
    body = (
        "Ministerpräsident Jan Berger (CDU) sicherte Unterstützung zu. "
        "Zugleich nahm er den Bund in die Pflicht: „Berlin darf uns jetzt nicht im Stich lassen.“"
    )
    assert speakers(body) == ["Jan Berger"]


def test_the_er_of_a_decade_is_no_pronoun_before_a_colon():
    body = "Der Komponist Paul Hahn starb am Montag.\n\nSein erstes Werk entstand in den 1970er Jahren: „Der Turm“."
    assert speakers(body) == [None]


def test_the_party_politician_after_a_full_name_is_that_person_even_under_a_dateline():
    text = (
        "Streit um Tempolimit\n\n"
        "Berlin (Reuters) – Im Streit um ein Tempolimit hat Verkehrsminister Carsten Vogel ein Einlenken "
        "abgelehnt. „Ein Tempolimit wird es mit mir nicht geben“, sagte der FDP-Politiker am Sonntag.\n"
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Carsten Vogel"]


def test_a_body_named_with_a_hyphen_cut_compound_still_leads_to_the_name_after_the_comma():
    body = (
        "„Wir können die Schäden nicht allein stemmen“, sagte der Präsident des Sächsischen Städte- und "
        "Gemeindetags, Bert Wendler, am Montag."
    )
    assert speakers(body) == ["Bert Wendler"]


def test_a_cue_after_a_comma_takes_the_pronoun_behind_it_not_the_relative_clause_before():
    body = (
        "Ministerpräsident Michael Brandt (CDU) sicherte Unterstützung zu. Das Land werde „jeden Euro“ "
        "einsetzen, den es habe, erklärte er nach einer Kabinettssitzung."
    )
    assert speakers(body) == ["Michael Brandt"]


@pytest.mark.parametrize("opening", ["In einem Interview mit dem „Spiegel“ sagte Habeck", "Dem „Spiegel“ sagte Habeck"])
def test_a_newspaper_in_a_fronted_phrase_or_an_object_is_not_the_subject_the_verb_second_is(opening: str):
    body = f"Minister Robert Habeck äußerte sich.\n\n{opening}: „Wir werden die Umlage ändern.“"
    said = [q.speaker for q in presscli.analyze(_TITLE + body).quotes if q.kind.value == "statement"]
    assert said == ["Robert Habeck"]


def test_a_verb_of_quoting_gives_the_quotation_to_whom_it_quotes_never_to_the_floor():
    quoted = (
        "Nach Angaben des Verbandes sind zwölf Anträge eingegangen. „Das ist eine Größenordnung, die niemand "
        "erwartet hat“, zitiert ndr.de Polizeisprecher Ralf Meyer."
    )
    unnamed = (
        "Nach Angaben des Verbandes sind zwölf Anträge eingegangen. „Das ist ein handwerklicher Fehler“, zitierte "
        "die „Bild“-Zeitung einen nicht namentlich genannten Abgeordneten der SPD."
    )
    assert speakers(quoted) == ["Ralf Meyer"]
    assert [q.speaker for q in presscli.analyze(_TITLE + unnamed).quotes if q.kind.value == "statement"] == [None]


def test_a_web_address_is_one_word():
    from presscli.text.tokens import tokenize

    text = "laut ndr.de und g1.globo.com, u.a. die U.S. Army"
    words = [t.text for t in tokenize(text, 0, len(text), "de")]
    assert "ndr.de" in words and "g1.globo.com" in words and "u.a." in words and "U.S." in words


def test_a_name_that_is_a_mans_in_germany_is_whom_er_means():
    # 'Kai' is mostly a woman's name in the US Census and a man's in Germany: the article's language decides
    body = (
        "Der Vorsitzende des Mieterbunds, Kai Albers, sieht das anders. Die Hilfen reichten nicht aus, "
        "kritisierte er. „Viele Mieter können die Rechnung schlicht nicht zahlen.“\n\n"
        "Der Sprecher der Fraktion, Ole Brandt, mahnte zur Eile: „Wir müssen handeln.“"
    )
    assert speakers(body) == ["Kai Albers", "Ole Brandt"]


def test_what_the_subject_calls_the_words_of_someone_else_is_the_subjects_word():
    body = "Die Abgeordnete Julia Brenner nannte die Kritik der Opposition „scheinheilig“."
    assert speakers(body) == ["Julia Brenner"]


def test_words_named_by_a_noun_of_speech_with_its_speaker_in_the_genitive_stay_that_speakers():
    body = "Auf den Vorwurf der Opposition, es handele sich um einen „Wortbruch“, reagierte Brenner gelassen."
    (speaker,) = speakers(body)
    assert speaker == "Opposition"


def test_a_newspapers_name_is_nobodys_words_though_its_sentence_gives_the_floor():
    body = (
        "Doch sei es, so die Autorin Mara Quist in einem Beitrag für die Zeitung „Neue Woche“, ein Fehler gewesen. "
        "Deshalb müsse „die Regierung endlich handeln“."
    )
    assert speakers(body) == [None, "Mara Quist"]


def test_a_participle_cue_closing_the_clause_finds_its_subject_past_the_middle_fields_openers():
    body = (
        "Nun hat sich gegenüber der Presse der Landrat des Kreises, Ole Brandt, zu den Plänen der Regierung "
        "geäußert.\n\n„Das ist ein Fehler“, betonte er."
    )
    assert speakers(body) == ["Ole Brandt"]


def test_spoke_of_in_the_perfect_tense_is_a_cue_and_a_role_compound_is_no_part_of_the_name():
    body = "Deren Fraktionsvize Jens Ahrend hatte zuvor von einem „Bürokratiemonster“ gesprochen."
    assert speakers(body) == ["Jens Ahrend"]


def test_a_plural_body_before_its_verb_is_the_subject_and_an_accusative_after_it_never_is():
    assert speakers("Die Gewerkschaften kritisierten den Plan als „realitätsfern“.") == ["Gewerkschaften"]
    assert speakers("Die Verbände haben den Entwurf als „unzureichend“ bezeichnet.") == ["Verbände"]


def test_an_apposition_that_is_a_reported_clause_gives_no_office():
    from presscli.attribution.official import name_positions, standing
    from presscli.lexicon import lexicon

    text = "Er wies den Vorwurf des Angeklagten Karl Brenner, das Gericht sei nicht zuständig, zurück."
    held = standing(["Karl Brenner"], [], lexicon("de"), text, name_positions(text))
    assert not held.official


def test_as_a_newspaper_reports_someone_saying_it_is_that_someone_who_speaks():
    body = "Wie die „Bild“-Zeitung berichtet, sagte Innenminister Karl Baum: „Wir handeln jetzt.“"
    assert [s for s in speakers(body) if s] == ["Karl Baum"]


def test_words_ending_in_a_newspapers_noun_are_no_newspaper_unless_written_as_a_title():
    body = "Auf Anfrage erklärte ein Sprecher des Kanzleramts, man werde „zu gegebener Zeit“ eine Lösung vorlegen."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.kind.value == "fragment" and quote.speaker == "Sprecher des Kanzleramts"
    (paper,) = presscli.analyze(_TITLE + "Das berichtet die Wochenzeitung „Die Zeit“.").quotes
    assert paper.kind.value == "term" and paper.speaker is None


def test_a_quotation_inside_the_clause_an_auxiliary_and_a_participle_cue_enclose_is_the_subjects():
    body = "Die Regierung hatte am Montag von einem „Neuanfang“ für die Region gesprochen."
    (quote,) = presscli.analyze(_TITLE + body).quotes
    assert quote.speaker == "Regierung" and quote.kind.value == "fragment"
