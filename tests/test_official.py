"""Official statements: the voice of a state body or an office holder, told from everyone else's."""

from __future__ import annotations

import json

import pytest

import presscli
from presscli.cli import app


def standing(text: str) -> list[tuple[str | None, bool]]:
    return [(q.speaker, q.official) for q in presscli.analyze(text).quotes]


def test_a_ministry_and_a_minister_speak_officially():
    text = (
        "Water plan\n\n"
        "“The reservoirs are full,” the Ministry of Water said on Monday.\n\n"
        "“We will not ration,” said Water Minister Lena Ortiz."
    )
    assert [official for _, official in standing(text)] == [True, True]


def test_experts_companies_and_former_office_holders_do_not():
    text = (
        "Water plan\n\n"
        "“The plan is late,” said Paul Grey, an analyst at Northwater Ltd.\n\n"
        "“We warned them years ago,” said former minister Ana Ruiz."
    )
    assert [official for _, official in standing(text)] == [False, False]


def test_a_title_written_before_the_name_elsewhere_counts():
    text = "Budget\n\nSen. Dana Hill opened the hearing on Tuesday.\n\n“This budget is a disgrace,” Hill said."
    assert [official for _, official in standing(text)] == [True]


def test_the_office_of_a_party_is_not_official():
    text = "Élections\n\n« Nous gagnerons », a déclaré le président du parti Avenir, Marc Roux."
    assert [official for _, official in standing(text)] == [False]


def test_german_compound_offices():
    text = "Haushalt\n\n„Wir sparen“, sagte Bundesfinanzministerin Petra Lange."
    assert standing(text) == [("Petra Lange", True)]


def test_speakers_carry_role_and_status_in_json(runner):
    text = "Water plan\n\n“The reservoirs are full,” said Water Minister Lena Ortiz.\n"
    payload = json.loads(runner.invoke(app, ["analyze", "-", "--format", "json"], input=text).stdout)
    (speaker,) = payload["speakers"]
    assert speaker["official"] is True and speaker["role"] == "Minister"
    assert payload["quotes"][0]["official"] is True


def test_official_and_unofficial_filters_split_the_quotations(runner):
    text = (
        "Water plan\n\n“The reservoirs are full,” said Water Minister Lena Ortiz.\n\n"
        "“The plan is late,” said Paul Grey, an analyst at Northwater Ltd.\n"
    )

    def texts(*flags: str) -> set[str]:
        out = runner.invoke(app, ["quotes", "-", "--format", "json", *flags], input=text).stdout
        return {q["text"] for q in json.loads(out)["quotes"]}

    assert texts("--official") == {"The reservoirs are full,"}
    assert texts("--unofficial") == texts() - texts("--official")


def test_statements_are_grouped_by_institution(runner):
    text = (
        "Water plan\n\n"
        "“The reservoirs are full,” the Ministry of Water said on Monday.\n\n"
        "“We will not ration,” said Water Minister Lena Ortiz.\n\n"
        "“No rationing this summer,” the Ministry of Water added.\n"
    )
    payload = json.loads(runner.invoke(app, ["statements", "-", "--format", "json"], input=text).stdout)
    groups = {g["institution"]: [s["text"] for s in g["statements"]] for g in payload["institutions"]}
    assert groups["Ministry of Water"] == ["The reservoirs are full,", "No rationing this summer,"]
    assert any("We will not ration," in items for items in groups.values())


def test_an_office_set_off_by_a_comma_before_the_name_makes_its_holder_official():
    text = (
        "Reforma laboral\n\n"
        "Lo anunció la ministra de Trabajo, Migraciones y Seguridad Social, Marta Velasco, en Madrid. "
        "«No habrá recortes», ha matizado Velasco."
    )
    ((speaker, official),) = standing(text)
    assert speaker is not None and speaker.endswith("Velasco") and official


def test_a_german_parliamentary_group_leader_speaks_officially():
    text = (
        "Haushalt\n\n"
        "Die Vorsitzende der Fraktion im Landtag, Greta Ohm, war empört. "
        "„Das ist ein Wortbruch“, sagte Ohm am Dienstag."
    )
    assert [official for _, official in standing(text)] == [True]


def test_a_member_of_a_plural_office_speaks_officially():
    text = (
        "Budget\n\nPARIS — L'Assemblée a voté mardi.\n\n"
        "Au nom des députés communistes, Pierre Lamy a dénoncé « un budget injuste »."
    )
    assert [official for _, official in standing(text)] == [True]


def test_a_description_after_a_verb_names_the_post_its_holder_holds():
    text = (
        "Rücktritt\n\nHANNOVER — Der Abgeordnete trat zurück.\n\n"
        "Dies teilte der parlamentarische Geschäftsführer der Fraktion, Jens Kobel, mit. "
        "„Wir bedauern den Schritt“, sagte Kobel."
    )
    assert [official for _, official in standing(text)] == [True]


def test_someone_a_body_dealt_with_does_not_hold_office_in_it():
    text = (
        "Affaire\n\nTACOMA — Le procès s'ouvre.\n\n"
        "Après son interpellation par la police de Tacoma, Manuel Ellis a crié : « Je ne peux pas respirer »."
    )
    assert [official for _, official in standing(text)] == [False]


def test_an_office_set_off_after_the_name_makes_the_speaker_official():
    text = "„Das Gesetz geht zu weit“, sagte Reinhold Gast, Parlamentarischer Geschäftsführer der SPD-Landtagsfraktion."
    assert presscli.analyze(text).quotes[0].official


def test_someone_of_a_state_body_named_after_them_is_official():
    assert presscli.analyze('"We will appeal," said Ann Lee, of the Justice Department.').quotes[0].official
    assert not presscli.analyze('"We will appeal," said Ann Lee, of the Brookings Institution.').quotes[0].official


def test_the_head_of_a_party_is_not_official_but_the_head_of_a_state_body_is():
    assert not presscli.analyze('"No," dijo Enrique Ochoa, presidente del PRI.').quotes[0].official
    assert presscli.analyze('"No," dijo Ana Ruiz, presidenta del Senado.').quotes[0].official
    assert presscli.analyze('"No," dijo Ana Ruiz, ministra de Salud.').quotes[0].official


def test_the_head_of_a_party_or_union_before_the_name_is_not_official():
    assert not presscli.analyze('"No", dijo el presidente del PRI, Enrique Ochoa.').quotes[0].official
    assert not presscli.analyze('"Non", a déclaré la secrétaire nationale de la CFDT, Marie Roux.').quotes[0].official
    assert presscli.analyze('"No", dijo la presidenta del Senado, Ana Ruiz.').quotes[0].official


def test_the_adjective_of_a_firms_head_is_no_office():
    # 'general' names an army officer on its own, but here it qualifies the head of a firm
    assert not presscli.analyze('"No", señala Luis Arce, director general de Vox Consultores.').quotes[0].official
    assert presscli.analyze('"No", señala Luis Arce, director general de la Policía.').quotes[0].official


def test_a_secretary_of_state_is_official_even_named_beside_a_firm():
    text = (
        "Crash\n\n"
        "The airline and Spain’s secretary of state for transport, Lucía Prado, confirmed the names.\n\n"
        "“We are in contact with the families,” Prado said."
    )
    assert standing(text) == [("Lucía Prado", True)]
    club = "Club\n\nThe secretary of the chess club, Tom Reyes, spoke.\n\n“We play on Sundays,” Reyes said."
    assert standing(club) == [("Tom Reyes", False)]  # the head of something other than the state


def test_the_office_after_a_full_name_counts_for_a_speaker_known_by_the_first_part():
    text = (
        "UN\n\nBan Ki-moon, the globe-trotting secretary general of the United Nations, sat in the hotel.\n\n"
        "“From day one, I made climate change the top priority,” Ban said."
    )
    assert standing(text) == [("Ban", True)]  # an intergovernmental body speaks officially


@pytest.mark.parametrize(
    "text",
    [
        "« Nous suivons la situation », a indiqué le Quai d'Orsay.",
        "«Seguimos la situación», señaló La Moncloa.",
        "„Wir beobachten die Lage“, teilte das Kanzleramt mit.",
        "« Nous suivons la situation », a indiqué Matignon.",
    ],
)
def test_a_seat_of_government_named_for_its_office_speaks_officially(text):
    assert presscli.analyze(text).quotes[0].official


@pytest.mark.parametrize(
    "text",
    [
        "Turismo\n\nDesde el Departamento de Turismo confirmaron que el pasaporte «no facilitará traslados».",
        "Saúde\n\nO Departamento de Vigilância informou que a vacina «é segura».",
    ],
)
def test_a_government_department_speaks_officially_in_spanish_and_portuguese(text):
    ((speaker, official),) = standing(text)
    assert speaker is not None and "Departamento" in speaker
    assert official


def test_former_counts_only_before_an_office():
    text = (
        "Housing\n\nThe council delayed a vote on the plan of Mayor Linda Park.\n\n"
        "Park, a former housing lawyer, said she was disappointed. “Every month we wait, rents go up,” she said."
    )
    assert [official for _, official in standing(text)] == [True]


def test_anonymous_sources_of_a_ministry_are_not_its_voice():
    text = "Presupuestos\n\nFuentes del Ministerio de Hacienda señalaron que el plan «no tiene prisa»."
    assert [official for _, official in standing(text)] == [False]


def test_a_spokesman_of_a_district_administration_speaks_officially():
    text = "Windpark\n\nEin Sprecher der Kreisverwaltung sagte: „Das braucht Zeit.“"
    assert [official for _, official in standing(text)] == [True]


def test_the_party_in_brackets_after_a_name_does_not_split_the_speaker():
    text = (
        "Windpark\n\nIm Streit um den Windpark hat Bürgermeisterin Katrin Albers (SPD) die Kritiker "
        "zurückgewiesen.\n\nAlbers zeigte sich zuversichtlich. „Wir haben nichts zu verbergen“, betonte sie."
    )
    assert standing(text) == [("Katrin Albers", True)]


def test_a_chief_of_cabinet_speaks_officially():
    text = "Gobierno\n\nConsultado por periodistas, el jefe de Gabinete dijo que «la Justicia es independiente»."
    assert [official for _, official in standing(text)] == [True]


def test_the_head_of_an_association_named_in_a_german_compound_is_not_official():
    text = (
        "Zinsen\n\nVerbandspräsident Georg Fahrenschon sagte: „Das ist Gift für die Sparer.“\n\n"
        "Bundestagspräsident Karl Lamm sagte: „Wir beraten das.“"
    )
    assert [official for _, official in standing(text)] == [False, True]


def test_a_role_joined_to_an_intergovernmental_body_is_official():
    text = "Klima\n\nUN-Generalsekretär Ban Ki-moon sagte: „Die Gefahren sind real.“"
    assert [official for _, official in standing(text)] == [True]


def test_a_spokesman_of_an_intergovernmental_organisation_speaks_officially():
    text = "Physik\n\nDer Ausfall sei auf „Probleme mit der Elektrizität“ zurückzuführen, so ein Sprecher des CERN."
    assert [official for _, official in standing(text)] == [True]


def test_a_spokesman_of_a_body_known_only_by_an_unknown_acronym_is_not_taken_for_official():
    text = (
        "Campaign\n\n“This is a big win for progressives,” said DFA spokesman Neil Sroka.\n\n"
        "“We will review the ruling,” said Justice Department spokesman Ian Prior."
    )
    assert [official for _, official in standing(text)] == [False, True]


def test_an_office_word_inside_the_quotation_before_a_name_is_no_title():
    text = (
        "El club renueva\n\n"
        "«El presidente siempre apoya al equipo, que por lo general tiene buenos jugadores, y el ministro "
        "también viene al estadio», expone Marco Lenti, entrenador del club."
    )
    assert standing(text) == [("Marco Lenti", False)]


def test_a_german_compound_heading_a_state_body_is_an_office_wherever_it_serves():
    text = (
        "Gipfel in Genf\n\n"
        "Die US-Delegationsleiterin beim Wassergipfel, Lea Brandt, sagte: „Wir sind zufrieden.“\n\n"
        "Der Generalsekretär des Bauernverbandes, Kai Moll, sagte: „Wir sind es nicht.“"
    )
    assert standing(text) == [("Lea Brandt", True), ("Kai Moll", False)]


def test_a_party_mark_inside_an_office_before_the_name_does_not_hide_it():
    text = (
        "Municipales\n\nMaire (PS) depuis dix ans, M. Lambert a défendu son bilan : « La ville a changé », a-t-il dit."
    )
    assert standing(text) == [("Lambert", True)]


def test_a_partys_local_body_is_not_official_whatever_place_it_serves():
    text = (
        "Outreach\n\nThe Lake County GOP has reached out to new voters. “Everyone is welcome,” the Lake County GOP "
        "said.\n\n“We need more volunteers,” said Ann Cole, chairwoman of the Lake County GOP Executive Committee."
    )
    assert [official for _, official in standing(text)] == [False, False]


def test_an_office_holder_who_is_also_a_candidate_speaks_officially():
    text = (
        "Municipales\n\n« C'est un aveu d'échec », a réagi Claire Dumont, ministre de la Culture et candidate "
        "déclarée.\n\n« Je suis prête », a dit Lucie Marin, candidate sans mandat."
    )
    assert standing(text) == [("Claire Dumont", True), ("Lucie Marin", False)]


def test_an_acronym_the_article_writes_out_elsewhere_names_the_body():
    text = (
        "Aviation\n\nThe Federal Aviation Administration said it would keep its cap.\n\n"
        "“Boeing must show sustained improvement,” FAA Administrator Mia Torres told reporters.\n\n"
        "“We hear them,” said BWU Administrator Ted Kahn."
    )
    assert standing(text) == [("Mia Torres", True), ("Ted Kahn", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Windkraft\n\nDas niedersächsische Umweltministerium verwies auf die Flächenziele. Ein Sprecher sagte, "
            "die Planungen würden „sorgfältig und transparent“ vorangetrieben.",
            True,
        ),
        (
            "Wind farms\n\nNorthwind Energy Ltd defended the plan. A spokesman said the turbines were “safe”.",
            False,
        ),
    ],
)
def test_an_unnamed_spokesperson_after_a_body_speaks_for_it(text: str, expected: bool):
    (quote,) = presscli.analyze(text).quotes
    assert quote.official is expected


def test_a_district_head_is_an_office():
    text = "Wald\n\nDer Landrat des Kreises, Tim Saalfeld (SPD), betonte: „Wir brauchen erneuerbare Energien.“"
    assert standing(text) == [("Tim Saalfeld", True)]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ('Crisis\n\nBOGOTÁ — "No habrá acuerdo", dijo el presidente de Colombia, Iván Rojas.\n', True),
        ('Crisis\n\nMADRID — "No habrá acuerdo", dijo el presidente de la CEOE, Iván Rojas.\n', False),
        ("Crise\n\nPARIS — « Il n'y aura pas d'accord », a déclaré le président de la République, Jean Roux.\n", True),
        ('Crisis\n\nBUENOS AIRES — "No habrá acuerdo", afirmó el presidente de la Nación, Iván Rojas.\n', True),
    ],
)
def test_the_head_of_a_country_or_the_republic_is_official_the_head_of_anything_else_is_not(text, official):
    assert [q.official for q in presscli.analyze(text).quotes] == [official]


def test_an_official_speaking_on_condition_of_anonymity_is_an_anonymous_source_not_an_official_voice():
    text = (
        "Strikes\n\nWASHINGTON — The Pentagon confirmed the strikes.\n\n"
        '"These strikes are self-defense," Defense Secretary Lloyd Austin said.\n\n'
        "A senior U.S. military official, who spoke on condition of anonymity, told reporters the strikes were "
        '"carefully calibrated."\n'
    )
    assert [q.official for q in presscli.analyze(text).quotes] == [True, False]


def test_only_the_one_who_asked_not_to_be_named_loses_their_standing():
    text = (
        "Mexico\n\nMEXICO CITY — Officials spoke.\n\n"
        '"We will build the wall," President Trump said.\n\n'
        '"The discourse comes not only from Trump," said a Mexican official who was not authorized to speak '
        "publicly.\n"
    )
    assert [(q.speaker, q.official) for q in presscli.analyze(text).quotes] == [
        ("Trump", True),
        ("Mexican official", False),
    ]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "Salario mínimo\n\nLa patronal CEOE ha criticado la subida. Su presidente, Luis Ferrer, ha advertido de "
            'que las empresas "no pueden asumir más cargas".',
            False,
        ),
        (
            "Vacunas\n\nEl Ministerio de Sanidad ha ampliado la campaña de vacunación. Su titular, Inés Ramos, ha "
            'asegurado que la medida "salvará vidas".',
            True,
        ),
        (
            "Grève\n\nLa fédération patronale a réagi à son tour. Son porte-parole, Henri Vasseur, a jugé la "
            "grève « irresponsable ».",
            False,
        ),
        (
            "Grève\n\nLe ministère des Transports a répondu dans la soirée. Son porte-parole, Julien Morel, a "
            "assuré que « le dialogue reste ouvert ».",
            True,
        ),
        (
            "Pay\n\nThe Royal College of Nursing rejected the offer. Its general secretary, Pat Dolan, called the "
            'deal "an insult to every nurse".',
            False,
        ),
    ],
)
def test_a_head_or_spokesperson_given_by_a_possessive_speaks_for_what_was_named_before(text: str, official: bool):
    assert standing(text)[0][1] is official


def test_the_central_banks_chair_speaks_officially_and_a_house_speaker_is_named_without_the_title():
    text = (
        "Rates\n\n"
        '"We are not yet confident," Fed Chair Jane Corwin told reporters.\n\n'
        '"The plan has failed," House Speaker Tom Adler wrote on X.'
    )
    (chair, chair_official), (speaker, _) = standing(text)
    assert chair == "Jane Corwin" and chair_official
    assert speaker == "Tom Adler"


def test_a_clause_after_the_name_is_the_sentence_not_an_office_of_the_name():
    text = (
        "Comercio\n\nEl presidente de la asociación de comerciantes, Rafael Ibarra, considera que el "
        'Ayuntamiento "no ha escuchado a nadie".'
    )
    assert standing(text) == [("Rafael Ibarra", False)]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            'Safra\n\nDe acordo com o secretário estadual da Agricultura, Giovani Feltes, o governo vai agir. "Nenhum '
            'produtor ficará desamparado", garantiu Feltes.',
            True,
        ),
        (
            "Hacienda\n\nCarlos Medina, propuesto por el presidente electo como secretario de Hacienda, dijo: "
            '"Estamos pensando en bajar el gasto".',
            False,
        ),
    ],
)
def test_a_member_of_government_by_portfolio_is_official_a_nominee_not_yet(text: str, official: bool):
    assert standing(text)[-1][1] is official


def test_the_spokesperson_of_a_farmers_or_employers_organisation_does_not_speak_officially():
    text = (
        "Sequía\n\nEl portavoz de la organización agraria Asaja, Pedro Gallardo, advirtió de que "
        '"miles de empleos están en el aire".'
    )
    assert standing(text) == [("Pedro Gallardo", False)]


def test_an_attorney_general_holds_an_office_though_an_attorney_does_not():
    text = (
        "Suit\n\n"
        '"That ends today," Attorney General Pam Roth said at a news conference.\n\n'
        '"We will fight this," said Dan Hale, an attorney for the company.'
    )
    assert [official for _, official in standing(text)] == [True, False]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ('Justicia\n\n"Es una decisión política", afirmó el portavoz de Vox, José Antonio Ferrer.', False),
        ('Justicia\n\n"Es una decisión política", afirmó el portavoz del Gobierno, José Antonio Ferrer.', True),
        ('Funeral\n\n"We mourn him," said Omar Nasser, a spokesman for the Riverside Islamic Center.', False),
    ],
)
def test_a_spokesperson_speaks_officially_for_a_state_body_only(text: str, official: bool):
    assert standing(text)[0][1] is official


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ('Bill\n\n"This is a great day," Texas Right to Life spokeswoman Kim Shore said.', False),
        ('Talks\n\n"We are ready," State Department spokesman Ned Price said.', True),
    ],
)
def test_a_spokesperson_named_after_a_non_state_body_does_not_speak_officially(text: str, official: bool):
    assert standing(text)[0][1] is official


def test_a_shadow_minister_speaks_for_the_opposition_not_the_state():
    text = (
        "Budget\n\nThe chancellor, Rachel Reeves, defended the budget. The shadow chancellor, Mel Stride, said "
        "it was 'a betrayal of working people'."
    )
    assert standing(text) == [("Mel Stride", False)]


def test_an_alt_kanzler_holds_the_office_no_more():
    text = (
        "Streit\n\n„Das ist ein Fehler“, sagte Altkanzler Gerd Brandt.\n\n"
        "„Wir bleiben dabei“, sagte Bundeskanzler Jan Vogt."
    )
    assert standing(text) == [("Gerd Brandt", False), ("Jan Vogt", True)]


def test_a_name_after_a_verb_takes_no_title_from_the_subject_before_it():
    text = (
        "Records\n\nThe State Department told Openwatch in May that it had no such records.\n\n"
        '"The search was a sham," Openwatch said in a statement.'
    )
    assert standing(text) == [("Openwatch", False)]


def test_the_next_titled_name_in_a_list_is_no_apposition_of_the_name_before():
    text = (
        "Polls\n\nSome polls show him ahead of rivals, including businessman Carl Dune, Sen. Tom Reyes of Utah "
        'and Sen. Mia Cole.\n\n"That race would be a gift," Dune said.'
    )
    assert standing(text) == [("Dune", False)]


def test_a_relative_with_the_same_surname_does_not_share_the_office_holders_title():
    text = (
        "Divorce\n\nRep. Alan Moss filed for divorce in May.\n\n"
        '"He never told me," said Lena Moss, his former wife.\n\n'
        '"We will be fine," said Rep. François Lemaire; Francois Lemaire said later "we move on".'
    )
    assert standing(text)[0] == ("Lena Moss", False)
    assert standing(text)[1][1] is True
