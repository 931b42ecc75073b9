"""Who said it: the attribution patterns of news prose, in six languages."""

from __future__ import annotations

import pytest

import presscli


def speaker_names(text: str) -> list[str | None]:
    return [q.speaker for q in presscli.analyze(text).quotes]


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in presscli.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal the ruling,” said Mayor Linda Park.", "Linda Park"),
        ("“We will appeal the ruling,” Linda Park said on Monday.", "Linda Park"),
        ("Linda Park said: “We will appeal the ruling.”", "Linda Park"),
        ("“We will appeal the ruling.” —Linda Park", "Linda Park"),
        ("According to Linda Park, “the ruling will be appealed.”", "Linda Park"),
        (
            "« Nous ferons appel », a déclaré lors d'une conférence de presse l'avocat de la famille.",
            "avocat de la famille",
        ),
        ("«Vamos a apelar», dijo la alcaldesa Linda Park.", "Linda Park"),
        ('"Vamos recorrer da decisão", disse o ministro da Justiça, Paulo Lima, nesta terça.', "Paulo Lima"),
        ("„Wir legen Berufung ein“, sagte die Bürgermeisterin Linda Park.", "Linda Park"),
        ("„Wir legen Berufung ein“, so Linda Park.", "Linda Park"),
        ("«Faremo ricorso», ha detto il sindaco Marco Rossi.", "Marco Rossi"),
        ("Der Rat tagte. Linda Park zufolge sei das Urteil „ein Fehler“.", "Linda Park"),
        ("Das Virus gilt nach Aussagen des Gesundheitsamtes als „beherrschbar“.", "Gesundheitsamtes"),
        (
            "Geehrt wird, wer „sich verdient gemacht hat“, heißt es auf der Webseite des Vereins.",
            "Webseite des Vereins",
        ),
        ("Linda Park, eine Anwältin aus Bonn erklärte, das Urteil sei „ein Fehler“.", "Linda Park"),
        ("Le centre est fermé. « Nous restons prudents », explique-t-on au cabinet du maire.", "cabinet du maire"),
        ("Le centre est fermé. « Nous restons prudents », peut-on lire dans le communiqué.", "communiqué"),
        ("Im Jahr 2005 meinte der Bischof Adolfo Esquivel noch, dass er „dazugehörte“.", "Adolfo Esquivel"),
        ("Debate.\n\n“Habrá guerra”, fue el comentario del reverendo Robert Jeffress.", "Robert Jeffress"),
        ('Final.\n\n"It is over," were the words of coach Dana White.', "Dana White"),
        ('Reação.\n\nA declaração foi considerada "infeliz" por diplomatas europeus.', "diplomatas europeus"),
        ("Row.\n\nThe plan was called “reckless” by Senator Dana White.", "Dana White"),  # the title is an alias
        ("Letter.\n\nThe two lawmakers, however, argue that “there is precedent”.", "two lawmakers"),
        ('O texto saiu. O ministro Paulo Lima costuma dizer que haverá "retomada em V".', "Paulo Lima"),
    ],
)
def test_speaker_is_found_before_and_after_the_quote(text, speaker):
    assert speakers(text)[0][1] == speaker


def test_pronoun_is_resolved_to_the_speaker_in_context():
    text = (
        "The Ministry of Health (MOH) announced new rules on Tuesday.\n\n"
        "“Hospitals must report every case within a day,” it stated."
    )
    assert speakers(text) == [("Hospitals must report every case within a day,", "Ministry of Health (MOH)")]


def test_french_inverted_pronoun_resolves_to_the_named_speaker():
    text = "Le maire Jean Moreau a présenté le projet.\n\n« C'est une étape historique », a-t-il ajouté."
    assert speakers(text)[0][1] == "Jean Moreau"


def test_elided_subject_in_spanish_takes_the_current_speaker():
    text = (
        "La ministra Lucía Ferrer habló ante la prensa.\n\n"
        "«No habrá cortes», afirmó Ferrer.\n\n"
        "Agregó que el plan «se revisará cada mes»."
    )
    assert [s for _, s in speakers(text)] == ["Lucía Ferrer", "Lucía Ferrer"]


def test_passive_cue_takes_the_current_speaker():
    text = (
        "The Foreign Ministry noted that the decision was final.\n\n"
        "It was reiterated that «the only competent authority is the granting state.»"
    )
    assert speakers(text)[0][1] == "Foreign Ministry"


def test_colon_introduced_paragraph_belongs_to_the_introducer():
    text = "The committee chair, Ruth Adeyemi, said:\n\n“The hearing will resume in March.”"
    assert speakers(text)[0][1] == "Ruth Adeyemi"


def test_quote_series_in_one_sentence_shares_the_final_cue():
    text = "Il y a « des progrès », « des retards » et « beaucoup de travail », a estimé la ministre Anne Roy."
    assert {s for _, s in speakers(text)} == {"Anne Roy"}


def test_embedded_post_is_attributed_to_its_author():
    text = (
        "Officials reacted quickly.\n\n"
        'STATEMENT. "We regret the unilateral decision." pic.twitter.com/abc\n\n'
        "— Foreign Office (@ForeignOffice) November 4, 2025\n\n"
        "The dispute continues."
    )
    assert speakers(text) == [("We regret the unilateral decision.", "Foreign Office (@ForeignOffice)")]


def test_unattributed_quote_after_a_speaker_continues_their_words():
    text = "Lions start the season\n\n“We are ready,” said coach Ana Lima.\n\n“The team has trained all summer.”"
    assert [s for _, s in speakers(text)] == ["Ana Lima", "Ana Lima"]


def test_cue_verb_is_reported():
    quote = presscli.analyze("“Prices will fall,” the governor predicted on Friday.").quotes[0]
    assert quote.cue == "predicted"
    assert quote.speaker == "governor"


def test_an_elided_subject_follows_the_person_the_narration_turned_to():
    text = (
        '"Eu me sinto bem aqui", diz Emma.\n\n'
        "Depois disso, Dean se mudou com os pais para outra casa.\n\n"
        '"Ainda uso meu celular", afirma.'
    )
    assert speakers(text)[-1][1] == "Dean"


def test_a_verb_after_and_shares_the_subject_of_the_first():
    text = "Talks collapse\n\nThe Government of Mexico expressed regret and rejected the «unilateral decision» by Peru."
    assert speakers(text) == [("unilateral decision", "Government of Mexico")]


def test_the_object_of_a_naming_verb_is_not_the_speaker():
    text = (
        "Rally in Iowa\n\n"
        "Bernie Sanders spoke on Sunday. He thanked the nurses and called "
        "National Nurses United “one of the sponsors of my campaign”."
    )
    assert speakers(text) == [("one of the sponsors of my campaign", "Bernie Sanders")]


def test_a_pronoun_before_any_name_points_to_the_person_named_next():
    text = (
        "Une tête de poulet dans son menu\n\n"
        "Le client mange une aile. \"Qu'est-ce que c'est ?\", commente-t-il. "
        "Écoeuré, Mounir prend son téléphone."
    )
    assert speakers(text)[-1][1] == "Mounir"


def test_an_unattributed_quote_in_the_lead_continues_the_headline_speaker():
    text = (
        '"Son travail est réel", assure François Fillon\n\n'
        '"Il n\'y a pas le moindre doute". Le candidat a répondu aux questions des journalistes.'
    )
    assert speakers(text)[-1] == ("Il n'y a pas le moindre doute", "François Fillon")


def test_a_pronoun_of_the_other_gender_does_not_fall_back_on_the_last_speaker():
    text = (
        "Vidas sem wi-fi\n\n"
        '"Comecei a ter insônia", descreve Emma. Ela vive longe das antenas.\n\n'
        "A profissão do outro entrevistado é curiosa. Ele trabalha como eletricista.\n\n"
        '"O eletricista tem que desligar a energia", explica.\n\n'
        "Depois disso, Dean se mudou para outra casa."
    )
    assert speakers(text)[-1] == ("O eletricista tem que desligar a energia", "Dean")


def test_a_quotation_inside_a_quotation_belongs_to_whom_the_outer_one_names():
    text = (
        "Vidéo\n\n"
        "\"Manny Ellis n'a pas seulement dit +je ne peux pas respirer+, il a dit +je ne peux pas respirer, "
        "Monsieur+\", a déclaré l'avocat de la famille.\n\n"
        '"La vidéo montre tout", a-t-il ajouté.'
    )
    found = speakers(text)
    assert [speaker for _, speaker in found[1:3]] == ["Manny Ellis", "Manny Ellis"]
    assert found[0][1] == found[-1][1] == "avocat de la famille"


def test_a_product_named_in_quotes_is_not_spoken_by_its_maker():
    text = "Ernte\n\nDer Landwirt pflanzt die Kartoffelsorte „Amflora“ von BASF Plant Science."
    assert speakers(text)[0][1] is None


def test_a_german_common_noun_opening_a_sentence_is_not_a_speaker():
    text = (
        "Vogelgrippe\n\n"
        "„Man muss sich vorbereiten“, sagte der WHO-Experte Klaus Stöhr. "
        "Die Gefahr einer Pandemie sei real. „Das Virus hat alle Möglichkeiten.“"
    )
    assert speakers(text)[-1][1] == "Klaus Stöhr"  # the role is an alias; the name starts at 'Klaus'


def test_a_narrating_gerund_cue_hands_the_floor_to_the_main_clauses_subject():
    text = (
        "“That is just more of the same,” said Dana Gorski.\n\n"
        "Lee Wardell distanced himself from the movement by saying he would help if asked.  "
        "“I’m going to support him, and support him enthusiastically.”"
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[1].speaker == "Lee Wardell"


def test_an_adverbial_between_commas_after_the_cue_is_skipped():
    text = (
        "O país teme uma recessão.\n\n"
        '"Estamos preparados para uma recessão mais profunda", disse, na semana passada, o presidente do '
        "Banco Central, Mar Oddsson, à agência Bloomberg."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Mar Oddsson"


def test_a_name_written_with_a_capital_d_apostrophe_is_one_name():
    text = (
        '"El gas mataba a los animales", dice Hardy Pfalz.\n\n'
        "Pero D'Andria lo discute, citando unas lámparas de aceite. "
        '"Era muy probable que los ritos se hicieran de noche", dice.'
    )
    assert presscli.analyze(text).quotes[1].speaker == "D'Andria"


def test_an_adverbial_between_auxiliary_and_participle_keeps_the_subject():
    text = (
        "L'avocat de la société, Hervé Lamotte, avait au contraire plaidé la relaxe, arguant que "
        '"le premier employeur du pays" n\'était pas un "monstre".'
    )
    assert {q.speaker for q in presscli.analyze(text).quotes} == {"Hervé Lamotte"}


def test_a_singular_pronoun_never_means_a_group():
    text = (
        "Les autorités sanitaires ont annoncé de nouvelles mesures.\n\n"
        '"Une partie de la population est protégée", a-t-il expliqué.'
    )
    assert presscli.analyze(text).quotes[0].speaker != "autorités sanitaires"


def test_demanding_and_deploring_are_reporting_verbs_in_french():
    text = (
        "Les autorités ont prolongé les mesures.\n\n"
        'Dans le Nord, des élus réclament "la réouverture en urgence" de la frontière, car "les commerces '
        'souffrent", déplorent-ils.'
    )
    assert {q.speaker for q in presscli.analyze(text).quotes} == {"élus"}


def test_a_name_right_behind_a_comma_closed_quotation_speaks_it_whatever_came_before():
    text = (
        "The director cannot say that “from his perspective,” Lee Warren added, saying it should be "
        "“up to the prosecutor to decide.”"
    )
    assert speaker_names(text) == ["Lee Warren", "Lee Warren"]


def test_chanting_is_speaking():
    text = 'Thousands marched downtown. The crowd chanted "No more delays!" outside the city hall.'
    assert presscli.analyze(text).quotes[0].speaker == "crowd"
    german = "Die Menschenmenge skandierte vor dem Rathaus Parolen wie „Regierung raus!“ und zog weiter."
    assert presscli.analyze(german).quotes[0].speaker == "Menschenmenge"


def test_a_person_by_their_age_speaks():
    text = 'She spoke for ten minutes. "Now, he will go to work for you," said the 46-year-old.'
    assert presscli.analyze(text).quotes[0].speaker == "46-year-old"
    german = "„Mein Bruder wünscht sich Ruhe“, sagte der 84-jährige Küng."
    assert presscli.analyze(german).quotes[0].speaker == "Küng"


def test_a_relative_clause_between_subject_and_cue_is_skipped_in_english():
    text = 'A White House official who spoke anonymously to discuss strategy said Wednesday, "We talk often."'
    assert presscli.analyze(text).quotes[0].speaker == "White House official"


def test_a_name_that_is_also_a_modal_speaks_after_a_quotation():
    text = "Will urged voters to think again.\n\n“The war is a wake-up call,” Will wrote."
    assert presscli.analyze(text).quotes[0].speaker == "Will"


def test_a_full_name_right_before_a_colon_speaks_the_quotation():
    text = "The surge does not surprise Republican pollster Daron Shore: “Voters are angry.”"
    assert presscli.analyze(text).quotes[0].speaker == "Daron Shore"
    mention = (
        "Ele também fez a seguinte declaração, em referência ao presidente eleito, Joe Biden:\n\n"
        '"Assistimos a um candidato dizer que levanta barreiras contra o Brasil."'
    )
    assert presscli.analyze(mention).quotes[0].speaker != "Joe Biden"


def test_state_ending_its_clause_is_the_verb():
    text = 'On Tuesday, Ann Brill went further, endorsing eight state legislative candidates "who share our values."'
    assert presscli.analyze(text).quotes[0].cue != "state"


def test_a_compound_tense_cue_in_spanish_and_portuguese():
    text = 'El número dos del gobierno, Kiran Maurya, ha prometido este jueves medidas "severas" contra el curandero.'
    assert presscli.analyze(text).quotes[0].speaker == "Kiran Maurya"


def test_a_sentence_closed_by_an_elided_cue_is_reported_speech_and_the_voice_goes_on():
    text = (
        '"Habrá tres programas", dijo el secretario Carlos Urbina.\n\n'
        "López Obrador ha planteado una pensión universal para los adultos mayores, destacó. "
        'Explicó que existen tres posibilidades: "uno, que sea en Santa Lucía; dos, que la obra continúe".'
    )
    assert presscli.analyze(text).quotes[1].speaker == "Carlos Urbina"


def test_the_pronoun_of_an_embedded_cue_is_the_first_cues_subject():
    text = (
        "Omar Mateen attacked the club. On the claim, Daniel Benjamin said he believes "
        '"there may be some out-of-the-loop generals."'
    )
    assert presscli.analyze(text).quotes[0].speaker == "Daniel Benjamin"


def test_an_aside_set_off_by_dashes_between_subject_and_verb_is_skipped():
    text = (
        "On Friday, Gingrich — mentioned by Newsmax as the leading choice for running mate — told "
        "Bill O’Reilly of Fox News that “you have to look at it very seriously.”"
    )
    assert presscli.analyze(text).quotes[0].speaker == "Gingrich"


def test_a_name_that_is_a_modal_before_its_verb_beats_the_object_after_it():
    text = "Citing the attack as a “wake-up call,” Will urged the Republican electorate to think again."
    assert presscli.analyze(text).quotes[0].speaker == "Will"


def test_recommending_is_reporting_and_beginning_to_is_not():
    text = (
        "Perguntada sobre o que diria a outros jovens, a cientista Anika Rao recomendou não deixar de "
        'questionar.\n\n"Lembre-se sempre de fazer perguntas."'
    )
    assert presscli.analyze(text).quotes[0].speaker == "Anika Rao"
    inner = "A atriz relatou o susto. “Meu coração do nada começou a acelerar. Falei: ‘vou no médico’.”"
    assert all(q.speaker != "Meu coração do nada" for q in presscli.analyze(inner).quotes)


def test_an_english_fragment_whose_sentence_names_nobody_gets_no_speaker():
    text = (
        '"We will win this district," said Senator Ann Brill. The district has been "a place where every '
        'single vote is fought for, door by door" for years.'
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[0].speaker == "Ann Brill"
    assert quotes[1].speaker is None


def test_the_floor_is_less_sure_in_german_than_in_english():
    english = '"We will win," said Senator Ann Brill. "The district is ours."'
    german = "„Wir gewinnen“, sagte die Senatorin Anna Brill. „Der Bezirk gehört uns.“"
    sure = presscli.analyze(english).quotes[1].speaker_confidence
    unsure = presscli.analyze(german).quotes[1].speaker_confidence
    assert sure is not None and unsure is not None and sure > unsure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Housing\n\nThe report quotes the economist at Leeds University, Tom Briggs, who said that "rents now '
            "take half of a young worker's pay\".",
            "Tom Briggs",
        ),
        (
            'Vivienda\n\nEl informe de la fundación cita a la socióloga Marta Ruiz, quien afirma que "la vivienda '
            'se ha convertido en un lujo para los jóvenes".',
            "Marta Ruiz",
        ),
        (
            'Logement\n\nLe rapport cite la sociologue Anne Morel, qui affirme que "le logement est devenu un luxe".',
            "Anne Morel",
        ),
        (
            'Casa\n\nO presidente falou com a ministra, que disse: "Não haverá cortes no orçamento da saúde".',
            "ministra",
        ),
    ],
)
def test_who_speaks_in_a_relative_clause_is_its_antecedent_not_the_sentence_subject(text, speaker):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_a_thing_that_belongs_to_a_named_person_speaks_for_them():
    narrated = (
        'Ciencia\n\n"Nada se movía", dijo Estrabón.\n\nLa investigación de Pfanz agrega otra posibilidad: los '
        'animales son más bajos. "Las fosas nasales de los animales estaban en el gas", dice.'
    )
    assert [q.speaker for q in presscli.analyze(narrated).quotes] == ["Estrabón", "Pfanz"]
    direct = 'Bats\n\nThe research of Ann Fry suggests that "bats can count to four".'
    assert presscli.analyze(direct).quotes[0].speaker == "Ann Fry"
    a_person = 'Harbour\n\nThe wife of Tom Lee said "we are done with the council".'
    assert presscli.analyze(a_person).quotes[0].speaker == "wife of Tom Lee"  # she speaks, not him


def test_where_a_person_is_from_is_not_their_name():
    text = 'Senate\n\n"It is complicated," said Sen. Maria Cantwell of Washington.'
    assert presscli.analyze(text).quotes[0].speaker == "Maria Cantwell"


def test_a_participle_clause_opening_the_sentence_has_the_main_clauses_subject():
    text = (
        'Campaign\n\nAcknowledging that the mayor "says a lot of odd things," though, Allen did suggest that '
        'money helps.\n\nCalling the plan "a disgrace," the councillor Ann Roe walked out of the meeting.'
    )
    assert speaker_names(text) == ["Allen", "Ann Roe"]


def test_a_subject_keeps_its_prepositional_modifier_and_its_article():
    text = (
        'Campaign\n\n"They know she is strong," a voice-over in the ad states.\n\n'
        'A spokesman at the embassy said "there is no comment for now".\n\n'
        'Speaking at the rally Trump said "we will win".'
    )
    speakers = speaker_names(text)
    assert speakers[:2] == ["voice-over in the ad", "spokesman at the embassy"]
    assert speakers[2] != "Speaking at the rally Trump"  # no article opens a phrase holding 'the rally'


def test_a_fragment_before_any_name_is_not_given_to_the_person_named_next():
    text = (
        'Budget\n\nThey called the plan "a disaster waiting to happen" and walked out.\n\n'
        'Later the treasurer, Ann Roe, said: "We will publish the figures on Friday."'
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[0].kind.value == "fragment" and quotes[0].speaker is None
    assert quotes[1].speaker == "Ann Roe"


def test_a_pronoun_later_in_the_sentence_means_the_person_it_opened_with_when_it_fits():
    text = (
        'Radio\n\nRush Limbaugh used his show on Friday to discuss what he described as the "brilliant" '
        "decision of the committee."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Rush Limbaugh"


def test_a_pronoun_of_the_other_gender_is_not_the_subject_of_the_participle_clause():
    text = 'Campaign\n\nHillary Clinton attacked Donald Trump, saying he had called her "unfit".'
    speaker = presscli.analyze(text).quotes[0].speaker
    assert speaker != "Hillary Clinton" and "attacked" not in (speaker or "")


def test_going_on_to_say_is_saying():
    text = 'Mail\n\nThe email goes on to say: "The council has broken every promise it made."'
    assert presscli.analyze(text).quotes[0].speaker == "email"


def test_a_participle_opening_the_sentence_is_no_name_and_reflexive_cues_speak():
    text = (
        "Notícias\n\nAlgumas internautas afirmaram que a atriz foi “castigada”. Irritada, a loira respondeu. "
        "“Me façam um favor”, disparou.\n\n“Eu só fiz uma pergunta”, defendeu-se a modelo Ana Lima em tom exaltado."
    )
    speakers = speaker_names(text)
    assert "Irritada" not in speakers
    assert speakers[-1] == "Ana Lima"


def test_a_participle_clause_opening_the_sentence_is_no_speaker():
    # 'Asked about the timing, he said …': in Spanish and Portuguese the pronoun is left out
    for text, named in (
        (
            "Ley\n\nEl alcalde Jorge Sanz habló con los vecinos. Preguntado por los plazos, dijo que aplicará "
            "la ley «en cuanto sea posible».",
            "Jorge Sanz",
        ),
        (
            "Lei\n\nO prefeito Jorge Santos falou com os moradores. Questionado sobre os prazos, disse que vai "
            "aplicar a lei “assim que possível”.",
            "Jorge Santos",
        ),
    ):
        (quote,) = presscli.analyze(text).quotes
        assert quote.speaker == named


def test_a_participle_name_with_its_particle_is_still_a_name():
    text = "Livros\n\nMachado de Assis, escritor, disse que a obra era “um acaso”."
    assert presscli.analyze(text).quotes[0].speaker == "Machado de Assis"


def test_a_quotation_over_paragraphs_is_attributed_where_it_closes():
    text = "Harbour\n\n“We will rebuild the harbour.\n\nIt will take two years,” the mayor said.\n\nOthers disagreed."
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "mayor" and quote.speaker_confidence >= 0.9


def test_proposing_pondering_and_talking_about_are_reporting():
    text = (
        'Refugees\n\nThe governor proposed we "wake up and smell the coffee" before it is too late.\n\n'
        'Dr. Ann Babar pondered who might "testify for our innocence in this season".\n\n'
        'The senator talked about continuing the "progress we made together".'
    )
    speakers = speaker_names(text)
    assert speakers == ["governor", "Ann Babar", "senator"]


def test_a_cue_in_the_passive_after_the_quotation_names_its_agent():
    text = 'Zika\n\nDemocrats blocked the bill over "poison pill" measures added by Republicans on other issues.'
    assert presscli.analyze(text).quotes[0].speaker == "Republicans"


def test_a_relative_clause_with_its_own_subject_does_not_make_the_sentence_a_speaker():
    text = (
        'Israel\n\n"We will move the embassy," Trump said.\n\nHe lambasted the nuclear deal negotiated by '
        'President Obama, who he noted was "in his final year, yay."'
    )
    quotes = presscli.analyze(text).quotes
    assert "lambasted" not in (quotes[1].speaker or "")
    assert quotes[1].speaker == "Trump"


def test_a_clause_on_the_quotation_does_not_hide_the_speaker_after_it():
    text = (
        "Records\n\n"
        '"If the agency finds more files, it will search them" that would answer requests from the '
        "watchdog group, Justice Department lawyer Carla Dunmore wrote in a court filing."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Carla Dunmore"


def test_a_name_that_is_a_modal_speaks_after_a_subordinator_and_before_a_past_tense():
    text = (
        "Column\n\n“The race is young,” Will wrote.\n\n"
        "While Will acknowledges the senator’s appeal as a “forceful persona,” he doubts the rest.\n\n"
        "Will described the governor as a “caricature of ambition.”"
    )
    assert speaker_names(text) == ["Will", "Will", "Will"]


def test_a_subject_set_off_by_a_relative_clause_after_while_speaks_for_the_quote_after_it():
    text = (
        'The mayor called the closure a "tragedy" while the governor, who visited the site on Monday, '
        'said it was "a failure of planning".'
    )
    quotes = {q.text: q.speaker for q in presscli.analyze(text).quotes}
    assert quotes["tragedy"] == "mayor"
    assert quotes["a failure of planning"] == "governor"


def test_a_dash_line_under_a_quotation_standing_alone_signs_it():
    text = (
        "Port news\n\n“Ships will keep sailing through the winter.”\n\n— Jane Doe, harbour master\n\n"
        "The port reopened on Monday."
    )
    quote = presscli.analyze(text).quotes[0]
    assert (quote.speaker, quote.cue) == ("Jane Doe", None)


def test_a_dash_line_after_narration_signs_no_quotation_before_it():
    text = (
        "Port news\n\n“Ships will keep sailing through the winter,” a trader wondered aloud, and left.\n\n"
        "— Jane Doe, harbour master"
    )
    assert presscli.analyze(text).quotes[0].speaker != "Jane Doe"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("L'opposition dénonçait une « mascarade » depuis des semaines.", "opposition"),
        ('Critics denounced a "cover-up" at the port.', "Critics"),
        ('The council condemned the "reckless" closure.', "council"),
    ],
)
def test_denouncing_and_condemning_are_cues_in_their_past_forms(text, speaker):
    assert presscli.analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "text, first, second",
    [
        ('The mayor praised the "brave crews" while critics denounced a "cover-up".', "mayor", "critics"),
        ('The mayor praised the "brave crews" while the union voiced its "anger at the city".', "mayor", "union"),
        (
            "Le maire a salué des « équipes courageuses » tandis que l'opposition dénonçait une « mascarade ».",
            "maire",
            "opposition",
        ),
    ],
)
def test_a_contrasting_clause_speaks_for_its_own_quotation(text, first, second):
    assert speaker_names(text) == [first, second]


def test_a_contrasting_clause_inside_what_was_said_stays_the_speakers():
    text = 'The mayor said that while the government "tries", it "always fails".'
    assert speaker_names(text) == ["mayor", "mayor"]


def test_a_verb_after_a_contrasting_conjunction_is_not_the_cue_of_the_quotation_before_it():
    text = "El alcalde elogió a los «valientes equipos» mientras la oposición denunciaba un «encubrimiento»."
    quotes = presscli.analyze(text).quotes
    assert quotes[0].speaker != "oposición"
    assert quotes[1].speaker == "oposición"


def test_a_participle_clause_after_a_main_clause_about_a_thing_belongs_to_the_clause_before_it():
    text = (
        "The first incident came during a speech at the college, when Sanders protesters interrupted "
        "her speech, shouting “she wins, we lose!”"
    )
    assert presscli.analyze(text).quotes[0].speaker == "Sanders protesters"


def test_a_participle_clause_after_a_main_clause_about_someone_stays_theirs():
    text = "Hours later, Trump returned the compliment after the debate ended, telling Reuters “she is tough.”"
    assert presscli.analyze(text).quotes[0].speaker == "Trump"


def test_a_phrase_ending_in_a_contracted_verb_is_no_speaker():
    text = "Researchers hope to harness that power for what’s today typically called “regenerative medicine.”"
    assert presscli.analyze(text).quotes[0].speaker != "power for what’s"


def test_a_body_introduced_by_desde_speaks_through_a_plural_cue():
    text = (
        "El puerto reabrirá el lunes.\n\n"
        "Desde el Ministerio de Transportes informan que los barcos podrán salir «sin restricciones».\n\n"
        "Desde hace semanas, los vecinos denuncian «abandono»."
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[0].speaker == "Ministerio de Transportes"
    assert quotes[1].speaker != "Ministerio de Transportes"


def test_a_flood_of_marks_is_no_prose_and_attributes_nothing():
    flood = " ".join("“a”" for _ in range(80))
    doc = presscli.analyze(f"Port news\n\nThe mayor said: {flood}\n\n“The port is open,” said Jane Doe.")
    assert {q.speaker for q in doc.quotes if q.start < doc.paragraphs[1].end} == {None}
    assert doc.quotes[-1].speaker == "Jane Doe"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "« Le parti a changé », a plaidé Thierry Roux. Et d'assurer : « Nous ne sommes plus les mêmes ».",
            "Thierry Roux",
        ),
        (
            "« Nous étions unis », a ajouté le président. Il a profité de ce discours pour rappeler que l'armée "
            "avait arrêté « le chef du réseau » en octobre.",
            "président",
        ),
    ],
)
def test_a_french_infinitive_cue_speaks_with_the_voice_in_context(text, speaker):
    assert presscli.analyze(text).quotes[-1].speaker == speaker


def test_a_french_negation_is_no_speaker_phrase():
    text = "Claude Roux est mort. Il ne manquait pas de rappeler qu'il était venu pour un parcours « d'excellence »."
    assert presscli.analyze(text).quotes[0].speaker != "ne manquait pas"


def test_a_possessive_before_a_colon_is_not_who_speaks_after_it():
    text = 'At the conference, Obama\'s first questioners ranged from skeptical to hostile: "Is it time to change?"'
    assert presscli.analyze(text).quotes[0].speaker != "Obama"


def test_the_people_a_possessive_names_before_a_colon_speak_after_it_not_the_floor():
    text = (
        'Refugees in Ankara\n\n"Refugees wait two years," said Matthew Soerens, a church official. '
        "At the press conference, Obama's first five questioners ranged from skeptical to hostile: "
        '"Is it time to change?"'
    )
    assert presscli.analyze(text).quotes[-1].speaker == "first five questioners"


def test_the_owner_of_a_document_before_a_colon_speaks_through_it():
    text = (
        "Delegates in Cleveland\n\nCarrie Hoff, a defence analyst, wrote to the committee. "
        '"We will win the vote," said Jane Hoover, a delegate.\n\n'
        'Hoff’s letter makes a libertarian case: "Freedom is for everyone."'
    )
    assert presscli.analyze(text).quotes[-1].speaker == "Carrie Hoff"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We are ready"--said Mr. Cornwallaby.', "Cornwallaby"),
        ('"We are ready" -- Jane Doe, harbour master', "Jane Doe"),
    ],
)
def test_two_typed_hyphens_after_a_quotation_are_a_dash_before_its_speaker(text, speaker):
    assert presscli.analyze(text).quotes[0].speaker == speaker


def test_two_typed_hyphens_before_an_aside_name_nobody():
    text = 'Voters wanted a candidate who would "tell it like it is" -- essentially a slogan -- this year.'
    assert presscli.analyze(text).quotes[0].speaker is None


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("«El puerto está cerrado», dijeron fuentes del ministerio.", "fuentes del ministerio"),
        ("«El puerto está cerrado», según fuentes del ministerio.", "fuentes del ministerio"),
        ("“The port is closed,” said officials in the capital.", "officials"),
    ],
)
def test_a_bare_plural_of_people_after_the_cue_is_the_speaker(text, speaker):
    assert presscli.analyze(text).quotes[0].speaker == speaker


def test_a_clause_opening_with_a_pronoun_is_no_speaker_phrase():
    text = (
        "Jorge Ramos anchors the news.\n\nHe also hosts a Sunday talk show, writes a weekly column and "
        "leads “America with Jorge Ramos” on Fusion."
    )
    assert presscli.analyze(text).quotes[0].speaker != "He also hosts a Sunday talk show"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('Senator Ann Bolt and editor Sam Gorka both said the plan "will fail badly".', "Sam Gorka"),
        ('The ministers all said the deal "is done".', "ministers"),
        ('Many said it was "a mistake".', "Many"),
    ],
)
def test_a_quantifier_floating_after_the_subject_is_not_part_of_it(sentence, speaker):
    found = presscli.analyze("Talks\n\n" + sentence).quotes[0].speaker
    assert found is not None and found.endswith(speaker)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "In what might be the first time the two parties have ever agreed on anything, the tenants' group "
            "is calling on the mayor to “stop the evictions”.",
            "group",
        ),
        ("At one point, Trump said Fox executives were calling “every 15 minutes.”", "Trump"),
    ],
)
def test_a_progressive_cue_speaks_for_its_own_subject_unless_an_earlier_cue_reports_it(sentence, speaker):
    found = presscli.analyze("Talks\n\n" + sentence).quotes[0].speaker
    assert found is not None and found.endswith(speaker)


def test_an_aside_set_off_by_a_dash_after_a_quotation_names_nobody():
    text = (
        "Interviews\n\n"
        "Trump said earlier this year that he would accept an interview with the “anchor baby” — a play on words."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Trump"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The actress has sounded off against the idea that anyone is “Latino enough.”", "actress"),
        ("Former spokesman Robert Gibbs derided “the professional left” in press conferences.", "Robert Gibbs"),
        ("A confident Manafort bragged about his success: “This is not a hard race.”", "Manafort"),
    ],
)
def test_more_english_reporting_verbs_name_their_subject(sentence, speaker):
    found = presscli.analyze("Campaign\n\n" + sentence).quotes[-1].speaker
    assert found is not None and found.endswith(speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Vote\n\n"We will win," said the Democratic senator.', "Democratic senator"),
        ("Vote\n\nThe Mexican official said the wall “will not be paid for”.", "Mexican official"),
        ("Politique\n\n« Nous avançons », a déclaré le député LR.", "député LR"),
        ("Politique\n\n« Ça va très vite », s'est inquiété l'élu EELV.", "élu EELV"),
    ],
)
def test_a_role_described_by_a_capitalized_adjective_or_a_party_is_the_role_not_the_adjective(text, speaker):
    assert presscli.analyze(text).quotes[0].speaker == speaker


def test_a_sentence_about_a_described_office_holder_keeps_the_role_in_its_subject():
    text = (
        "Wall\n\n“We will not pay for that wall,” Calderon told CNBC.\n\n"
        "But the former Mexican president didn't stop there.\n\n"
        "“The first loser would be the United States,” he continued."
    )
    assert presscli.analyze(text).quotes[-1].speaker != "Mexican"


def test_a_former_office_holder_described_is_named_by_the_office_not_by_former():
    text = (
        "Campaign\n\nIn his solo campaign debut, the former president gave the crowd a personal endorsement.\n\n"
        '"We fell in love," he told them.'
    )
    assert presscli.analyze(text).quotes[0].speaker == "former president"


def test_a_gerund_cue_after_with_has_the_phrase_between_them_as_its_subject():
    text = (
        "Unions\n\nTeachers unions were among the first to back the senator, with the American Federation of "
        "Teachers calling her “the champion working families need.”"
    )
    assert presscli.analyze(text).quotes[0].speaker == "American Federation of Teachers"


def test_a_role_with_an_elided_article_is_someone_not_the_place_after_it():
    text = "Retraites\n\n« Il faut revenir à la table des négociations », a ajouté l'élu de la Manche."
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "élu de la Manche"


def test_a_pronoun_waiting_for_its_person_is_not_given_to_a_body_named_next():
    text = (
        "Title\n\nThe town council met on Monday to discuss the budget.\n\n"
        '"Filth out!" she wrote on Facebook.\n\n'
        "The news agency Reuters reported that the police were investigating the post."
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is None or "Reuters" not in quote.speaker


def test_an_elided_subject_in_a_concessive_clause_is_the_sentences_plural_subject():
    text = (
        "Sequía\n\nSu portavoz, Marc Ferrer, recordó que muchos agricultores «ya han perdido la cosecha».\n\n"
        "En cambio, los agricultores celebraron la decisión, aunque la consideraron «tardía»."
    )
    assert speaker_names(text) == ["Marc Ferrer", "agricultores"]


def test_a_name_with_its_role_between_commas_is_the_speaker_not_the_description_before_it():
    for text, named in (
        ('Union\n\nThe head of the union, economist Mark Dean, said the cut was "a gimmick".', "Mark Dean"),
        ('Lei\n\nO líder do PL na Câmara, deputado Marcos Dias, afirmou que a redução é "eleitoreira".', "Marcos Dias"),
    ):
        (quote,) = presscli.analyze(text).quotes
        assert quote.speaker == named


def test_a_member_named_after_including_is_not_the_group_that_speaks():
    text = 'Deal\n\nCritics, including the mayor of Riverton, Jim Hall, say the deal is "a disaster for taxpayers."'
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Critics"


def test_an_age_for_a_name_means_the_person_last_named_not_a_description():
    text = (
        "Convention\n\nThe candidate's wife Melinda Grant spoke on the opening night. The Ohio-born former model "
        'defended her husband. "He is a good man," said the 46-year-old.'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Melinda Grant"


def test_a_name_before_a_colon_ends_where_its_verb_begins():
    text = "Crues\n\nLe prévisionniste Luc Garnier met en garde : « D'autres épisodes de ce type sont à prévoir. »"
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Luc Garnier"


def test_an_office_with_an_elided_article_means_the_office_holder_last_named():
    text = (
        "Crues\n\nPour le maire de Langon, Paul Laborde, la réponse est « trop lente ». "
        "L’élu dénonce « un manque de moyens criant »."
    )
    assert speaker_names(text) == ["Paul Laborde", "Paul Laborde"]


def test_the_antecedent_of_a_relative_speaker_starts_after_the_main_clauses_verb():
    text = (
        "STF\n\nPor 4 votos a 1, a Turma manteve a prisão. O único voto divergente foi da ministra Clara Nogueira, "
        'que considerou a prisão "desproporcional".'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Clara Nogueira"


def test_a_description_with_a_verb_is_cut_at_the_verb_not_taken_whole():
    text = 'Court\n\nThe court followed Judge Paul Ant on Monday and ordered "a new hearing".'
    speaker = presscli.analyze(text).quotes[0].speaker
    assert speaker is None or ("followed" not in speaker and "Ant" not in speaker)


def test_an_opinion_word_with_a_relative_pronoun_gives_the_antecedents_view():
    for text, named in (
        (
            'STF\n\nA Turma seguiu o voto do relator, ministro Paulo Antunes, para quem há "risco de fuga".',
            "Paulo Antunes",
        ),
        (
            "Sala\n\nLa Sala siguió al ponente, el magistrado Pablo Antúnez, para quien existe «riesgo de fuga».",
            "Pablo Antúnez",
        ),
        (
            "Cour\n\nLa chambre a suivi le rapporteur, le juge Paul Antoine, pour qui il existe « un risque ».",
            "Paul Antoine",
        ),
    ):
        (quote,) = presscli.analyze(text).quotes
        assert quote.speaker == named


def test_a_speech_word_after_an_article_is_a_noun_not_a_cue():
    for text in (
        "Coût\n\nSa critique porte sur « le coût » du projet.",
        "Coste\n\nSu crítica apunta a «el coste» del proyecto.",
        'Custo\n\nUma crítica do sindicato aponta "o custo" do projeto.',
    ):
        (quote,) = presscli.analyze(text).quotes
        assert quote.cue is None or quote.cue.lower() not in ("critique", "crítica")


def test_a_description_opening_the_sentence_introduces_the_name_apposed_to_it():
    text = (
        'Show\n\nO produtor Marcos Teles afirmou que o show "foi um sucesso". Já o ex-namorado da cantora, '
        'o ator Caio Neves, preferiu não comentar. Procurado, ele disse apenas: "Desejo tudo de bom para ela".'
    )
    assert speaker_names(text) == ["Marcos Teles", "Caio Neves"]


def test_a_name_apposed_to_a_role_inside_an_opening_adverbial_is_not_the_subject():
    text = (
        "Messi\n\nEl capitán Lionel Messi habló de su futuro. «Fue el día más feliz de mi vida», confesó. "
        "Sobre su relación con el entrenador, Lionel Scaloni, dijo que es «como un hermano»."
    )
    assert speaker_names(text) == ["Lionel Messi", "Lionel Messi"]


def test_a_consequence_clause_after_a_quotation_has_a_subject_of_its_own():
    text = (
        "Medallas\n\nEl director Alfredo Castillo se enredó al explicar si la obtención de medallas será "
        '"cuántica o estadística", por lo que el presidente lo cuestionó.'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker != "presidente"


def test_a_consequence_clause_after_a_quotation_turns_the_narration_to_whom_it_names():
    text = (
        "Medallas\n\nEl director Alfredo Castillo se enredó al explicar si la obtención de medallas será "
        '"cuántica o estadística", por lo que el presidente lo cuestionó.\n\n'
        '"Que superen los pronósticos y las estadísticas que aquí nos dijo Alfredo."'
    )
    assert presscli.analyze(text).quotes[-1].speaker == "presidente"


@pytest.mark.parametrize(
    "introduction",
    ["And from Chairwoman Linda Harlow:", "From Governor Ana Ruiz:", "Linda Harlow, chair of the board:"],
)
def test_a_line_that_introduces_a_source_with_a_colon_gives_the_next_quotation_its_speaker(introduction):
    text = (
        "Board confirms new director\n\nThe board confirmed the appointment on Friday.\n\n"
        f"{introduction}\n\n“Maria brings a wealth of experience and a record of public service.”"
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is not None and quote.speaker in introduction


def test_a_sentence_opening_on_one_word_and_a_comma_names_nobody_before_its_colon():
    text = "Report\n\nThe numbers were bad.\n\nWait, it gets worse:\n\n“The deficit doubled in a single year.”"
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "signed",
    [
        "“As I said, Maria is a true expert.” -Commissioner Paul Ortega",
        "“As I said, Maria is a true expert,” — Commissioner Paul Ortega",
    ],
)
def test_a_quotation_signed_with_a_dash_on_its_own_line_is_the_signer_s_statement(signed):
    text = f"Board confirms director\n\nThe board confirmed the appointment on Friday.\n\n{signed}\n\nThe vote was 4-1."
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Paul Ortega"
    assert quote.kind is presscli.QuoteKind.STATEMENT


def test_a_hyphen_after_a_quoted_label_is_no_signature():
    text = 'Fans\n\nThe clubs tried new ideas. "Fan-cams" -Bringing fans back, at least on screens, was the aim.'
    assert all(q.speaker is None for q in presscli.analyze(text).quotes)


def test_a_short_quotation_announced_by_a_colon_line_is_speech_not_a_section_heading():
    text = (
        "Board confirms director\n\nThe board confirmed the appointment on Friday.\n\n"
        'And from Chairwoman Linda Harlow:\n\n“Maria brings a record of public service"\n\nThe vote was 4-1.'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.kind is presscli.QuoteKind.STATEMENT and quote.speaker == "Linda Harlow"


@pytest.mark.parametrize("subject", ["Tom Hill", "the mayor"])
def test_a_clause_opened_by_as_after_an_adverb_has_its_own_subject(subject):
    text = f'Budget\n\nThe faces darkened again as {subject} said sadly, "We have no money left."'
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is not None and quote.speaker in subject


def test_an_existential_there_is_nobody():
    text = (
        "Campaign\n\nSenator Ruth Kane may now feel that way herself. There's no denying she had quite a run.\n\n"
        '"It was worth it," she said.'
    )
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Ruth Kane"


def test_a_sigh_is_a_way_of_saying():
    text = 'Costs\n\n"It is so dreadful to be broke!" sighed Meg Ross, looking at the bills.'
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Meg Ross"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vivienda\n\nEl portavoz Luis Andrade acusó al Gobierno. A su juicio, el plan «no resuelve nada».",
            "Luis Andrade",
        ),
        (
            'Pensões\n\nO deputado Carlos Mendes criticou o plano. Na sua opinião, ele "não resolve nada".',
            "Carlos Mendes",
        ),
        ("Retraites\n\nLe député Marc Roux a critiqué le plan. À ses yeux, il « ne règle rien ».", "Marc Roux"),
        (
            'Housing\n\nCouncilwoman Ann Reyes criticized the plan. In her view, it "does nothing for renters".',
            "Ann Reyes",
        ),
        (
            "Rente\n\nDer Abgeordnete Jan Roth kritisierte den Plan. Seiner Ansicht nach ist er „ein Flickwerk“.",
            "Jan Roth",
        ),
    ],
)
def test_a_view_introduced_with_a_possessive_is_the_last_speaker_s(text, speaker):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Grève\n\nInterrogée à la gare de Lyon, Claire, 34 ans, se dit « à bout de forces ».",
        "Huelga\n\nPreguntada en la estación, Claire, 34 años, se declaró «harta de esperar».",
    ],
)
def test_an_age_between_commas_after_a_name_is_skipped_like_a_bare_number(text):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Claire"


@pytest.mark.parametrize(
    "text",
    [
        'Senado\n\nEl debate fue duro. "Ustedes no tienen proyecto", le reprochó Sánchez al líder conservador.',
        'Senado\n\nEl debate fue duro. "Ustedes no tienen proyecto", le dijo Sánchez.',
        "Sénat\n\nLe débat fut rude. « Vous n'avez pas de projet », lui a lancé Sánchez.",
    ],
)
def test_object_pronouns_between_the_quotation_and_an_inverted_cue_do_not_hide_the_speaker(text):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == "Sánchez"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Senado\n\nLa ministra Ana Ruiz habló. Fuentes de Moncloa consultadas por este diario señalaron "
            'que el Gobierno "no tiene prisa".',
            "Fuentes de Moncloa",
        ),
        (
            "Senate\n\nSenator Ana Ruiz spoke. Officials contacted by this newspaper said the White House "
            '"is in no hurry".',
            "Officials",
        ),
    ],
)
def test_the_agent_of_a_participle_before_the_cue_is_not_the_subject_and_the_floor_does_not_take_it(text, subject):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == subject


def test_a_former_office_holder_described_with_a_prefix_takes_the_floor_from_the_last_speaker():
    text = (
        'STF\n\nA defesa disse que vai recorrer. "A decisão ignora a jurisprudência", afirmou o advogado '
        'Marcelo Duarte.\n\nO ex-governador negou as acusações. "Nunca recebi propina", declarou na ocasião.'
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[1].speaker != "Marcelo Duarte"


def test_a_former_office_written_as_one_word_is_someone_the_narration_turns_to():
    text = (
        'Conferencias\n\nLuis Estrada habló primero. "Ella es técnica", dijo.\n\n'
        'La exministra respondió con ironía. "No tengo por qué explicar nada", afirmó.'
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[1].speaker != "Luis Estrada"


def test_a_cue_in_a_clause_describing_a_noun_is_not_the_main_clause_s():
    text = (
        "Conferencias\n\n“Ella es técnica”, señala Luis Estrada, director de Spin.\n\n"
        "La exministra evidencia a youtubers que le presentan comentarios que señalan a terceros. "
        "El miércoles pidió la participación de periódicos. “¿Alguien de Reforma?”, dijo entre risas."
    )
    quotes = presscli.analyze(text).quotes
    assert quotes[1].speaker not in (None, "Luis Estrada")


def test_a_relative_clause_hanging_on_a_name_keeps_its_cue():
    text = (
        "Covid\n\nLe Premier ministre a parlé lundi. Mais l'épidémiologiste Laurent Toubiana qui estime que "
        "l'épidémie est finie insiste. « Une partie de la population est immunisée », dit-il."
    )
    assert presscli.analyze(text).quotes[0].speaker == "Laurent Toubiana"


def test_a_cue_closing_a_sentence_after_an_apposition_has_the_apposed_name_as_subject():
    text = (
        'Reforma\n\nO relator, deputado Aguinaldo Ribeiro, comemorou. "Hoje o Brasil dá um passo", disse ele.\n\n'
        'O presidente da Câmara, Arthur Lira, também celebrou. Nas redes, escreveu: "Missão cumprida."'
    )
    assert speaker_names(text) == ["Aguinaldo Ribeiro", "Arthur Lira"]


def test_a_view_given_in_a_sentence_of_its_own_makes_its_holder_the_one_a_pronoun_means_next():
    text = (
        "Municipales\n\nLe député Paul Roux a réagi. « Dix-huit ans, c'est assez », a-t-il estimé.\n\n"
        "Pour le politologue Jean Dumas, interrogé par Ouest-France, le scrutin s'annonce serré. "
        "« La gauche reste favorite », juge-t-il."
    )
    assert speaker_names(text) == ["Paul Roux", "Jean Dumas"]


def test_a_party_named_between_a_role_and_a_given_name_is_no_part_of_the_name():
    text = "Municipales\n\n« Dix-huit ans, c'est assez », a estimé le député Renaissance Philippe Martin."
    assert presscli.analyze(text).quotes[0].speaker == "Philippe Martin"


def test_an_office_with_a_place_means_the_person_just_named_and_a_bare_office_does_not():
    text = (
        "Debate\n\nTed Cruz attacked Donald Trump on trade. “That would be a disaster,” the Texas senator said.\n\n"
        "Marco Rubio spoke next. “We need a plan,” the senator said."
    )
    speakers = speaker_names(text)
    assert speakers[0] == "Ted Cruz"
    assert speakers[1] != "Marco Rubio"  # the text never says he is a senator: 'the senator' may be another


def test_a_whole_clause_before_a_participle_cue_is_not_a_name_its_opening_phrase_is():
    text = (
        "Primary\n\nSanders went first at the town hall hosted by CNN, predicting a close primary.\n\n"
        '"We have come a long way," he said.'
    )
    assert presscli.analyze(text).quotes[0].speaker == "Sanders"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Grève\n\nLe ministre a été clair. « Nous ne céderons pas, a déclaré Marc Roux, les négociations "
            "reprendront lundi. »",
            "Marc Roux",
        ),
        (
            "Grève\n\nLe ministre Marc Roux a été clair. « Nous ne céderons pas, assure-t-il. Les négociations "
            "reprendront lundi. »",
            "Marc Roux",
        ),
        ("Huelga\n\nEl ministro fue claro. «No vamos a ceder, afirmó Marta Ruiz, el lunes seguiremos».", "Marta Ruiz"),
    ],
)
def test_an_incise_inside_the_guillemets_names_the_speaker(text, speaker):
    (quote,) = presscli.analyze(text).quotes
    assert quote.speaker == speaker


def test_a_bare_role_before_a_name_opening_a_sentence_makes_that_person_the_next_he():
    text = (
        'Storm\n\nMeteorologist Dan Baker warned that "flooding remains a concern".\n\n'
        'In Portland, restaurant owner Mike Dubois surveyed the damage. "We\'ll rebuild," he said.'
    )
    assert speaker_names(text) == ["Dan Baker", "Mike Dubois"]


def test_a_group_named_by_according_to_does_not_take_the_floor_from_the_expert_speaking():
    text = (
        "Datos\n\n«El consentimiento es la clave», asegura el abogado Sergio Carrasco.\n\n"
        "La casilla aparece activada por defecto, algo ilegal según los expertos consultados. "
        "«No se debe marcar por defecto, eso está prohibido»."
    )
    assert speaker_names(text) == ["Sergio Carrasco", "Sergio Carrasco"]


@pytest.mark.parametrize(
    "text",
    [
        "Reforma\n\nMÉXICO — La presidenta habló con el embajador, Ken Ortiz, quien la semana pasada advirtió que "
        'la reforma "pone en riesgo" el comercio.\n',
        "Comércio\n\nBRASÍLIA — O presidente recebeu o embaixador, Ken Ortiz, que na semana passada alertou que o "
        'plano "coloca o comércio em risco".\n',
    ],
)
def test_a_time_between_a_relative_pronoun_and_its_verb_leaves_the_antecedent_the_speaker(text: str):
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Ken Ortiz"]


@pytest.mark.parametrize("apposition", ["state Sen. Marie Ortiz", "former Gov. Marie Ortiz"])
def test_an_apposition_opening_with_a_modifier_and_a_title_names_the_speaker(apposition: str):
    text = (
        "Veto\n\nSACRAMENTO (AP) — The governor vetoed a bill.\n\n"
        f'The bill\'s author, {apposition}, said she was "deeply disappointed."\n'
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Marie Ortiz"]


@pytest.mark.parametrize(
    "opening",
    [
        "Asked about the exchange, Michigan Gov. Rick Snyder, a Republican, declined to weigh in.",
        "Asked about the exchange, Gov. Rick Snyder declined to weigh in.",
        "Michigan Gov. Rick Snyder, a Republican, declined to weigh in.",
    ],
)
def test_a_person_named_at_a_sentence_start_is_whom_a_later_he_means(opening: str):
    text = (
        "Trade\n\nDETROIT — The debate was heated.\n\n"
        '"We stand with workers," spokesman Mike Briggs said.\n\n'
        f'{opening} "That\'s their fight," he told reporters.\n'
    )
    assert [q.speaker for q in presscli.analyze(text).quotes] == ["Mike Briggs", "Rick Snyder"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Inflación\n\nFuentes del Ministerio de Economía reconocen que habrá "un impacto limitado".', "Fuentes"),
        ('Inflação\n\nFontes do Ministério da Fazenda admitem que a medida terá "impacto limitado".', "Fontes"),
        ("Grève\n\nLes syndicats ont dénoncé mardi un « mépris » du gouvernement.", "syndicats"),
        ("Streik\n\nDie Gewerkschaften kritisierten den Plan als „realitätsfern“.", "Gewerkschaften"),
    ],
)
def test_a_plural_subject_speaks_through_the_plural_of_a_reporting_verb(text: str, speaker: str):
    (found,) = speaker_names(text)
    assert found is not None and speaker in found


def test_a_verb_that_says_what_things_show_gives_its_plural_subject_no_voice():
    text = 'Inflação\n\nOs indicadores apontam para um "impacto limitado" da medida.'
    assert speaker_names(text) == [None]


def test_the_impersonal_on_of_a_french_cue_is_nobody_but_the_source_it_names():
    text = (
        "Chômage\n\nLe président de la fédération, Paul Mercier, a réagi. « C'est un recul », a-t-il dit.\n\n"
        "« Ces chiffres restent à confirmer », a-t-on appris auprès du service de presse de l'Unédic."
    )
    assert speaker_names(text)[1] != "Paul Mercier"
    assert "service de presse" in (speaker_names(text)[1] or "")
