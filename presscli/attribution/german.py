"""What German clause structure asks of attribution: the finite verb second in a main clause, so the
subject may stand after it; the verb last in a subordinate clause; the speaker of a passive in a
'von' phrase. Each function reads one sentence window, tokens[lo:hi], and judges phrases with
`plausible.who`, since in German every noun is capitalized."""

from __future__ import annotations

from typing import TYPE_CHECKING

from presscli.attribution.appositions import past_dateline
from presscli.attribution.cue_subjects import verb_subject
from presscli.attribution.cues import cue_at, cue_text, reported_speech
from presscli.attribution.german_order import verb_bracket
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, mention_of
from presscli.attribution.person_names import owner_in
from presscli.attribution.phrases_after import phrase_from
from presscli.attribution.plausible import NameEvidence, Who, is_document, who
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

if TYPE_CHECKING:
    from presscli.attribution.patterns import Attribution

_SOMEONE = (Who.NAME, Who.ROLE, Who.BODY)


def someone_in(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, evidence: NameEvidence
) -> Mention | None:
    """The first phrase of a German sentence that names someone, wherever the verb put it: 'Hier sparte
    der Bundespräsident auch nicht mit Kritik:', 'Die Anwendung ... stellte der SPD-Vorsitzende X in Frage:'.
    A phrase governed by a preposition or standing as a genitive after a noun is no subject."""
    governed = False  # inside a prepositional phrase: 'In der Süddeutschen Zeitung erschien ein Kommentar'
    for i in range(lo, hi):
        token = tokens[i]
        previous = tokens[i - 1] if i > lo else None
        if token.lower in lex.prepositions and token.lower not in lex.determiners:
            governed = True
            continue
        if governed and token.is_word and (token.is_capitalized or token.lower in lex.determiners):
            continue
        governed = False
        if lex.is_person_pronoun(token.lower):  # 'Zugleich nahm er den Bund in die Pflicht:'
            coordinated = i + 1 < hi and tokens[i + 1].lower in lex.coordinators  # 'Er sowie Giesel …:': both
            return None if coordinated else mention_of(text, tokens, i, i + 1, lex)
        opens = token.lower in lex.determiners or (token.is_capitalized and token.lower not in lex.prepositions)
        if not opens or token.quote is not None:
            continue
        if previous is not None and (
            (previous.is_capitalized and token.lower in lex.determiners)
            # the phrase its determiner opened was read already: 'seiner Stellungnahme'
            or previous.lower in lex.determiners
            or previous.lower in lex.oblique_determiners
        ):
            continue
        phrase = phrase_from(text, tokens, i, hi, lex)
        judged = who(phrase, lex, evidence) if phrase is not None else None
        if phrase is not None and judged in _SOMEONE:
            coordinated = (
                i - 2 >= lo and tokens[i - 1].lower in lex.coordinators and tokens[i - 2].lower in lex.pronouns
            )
            return None if coordinated else phrase  # 'Er sowie Giesel befürchten …:': both speak, not Giesel
        owner = owner_in(phrase, lex, evidence) if phrase is not None and judged is Who.NOBODY else None
        if owner is not None:
            return owner  # 'Das Fazit von Sandra Boser fällt klar aus:'
    return None


def first_verb_subject(
    text: str, tokens: list[Token], lo: int, hi: int, cue: str | None, lex: Lexicon, evidence: NameEvidence
) -> Mention | None:
    """'In seiner Stellungnahme befand der Premierminister X den Angriff als gerechtfertigt und nannte
    ihn „…“': a cue coordinated with an earlier verb shares that verb's subject, wherever German put it."""
    if not cue:
        return None
    first_word = cue.split()[0].lower()
    for k in range(lo + 1, hi):
        if tokens[k].lower == first_word and tokens[k - 1].lower in lex.coordinators:
            return someone_in(text, tokens, lo, k - 1, lex, evidence)
    return None


def passive_voice(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """'Seine Werke werden als „…“ bezeichnet': the sentence's subject is what is described, not who speaks."""
    return any(t.lower in lex.passive_auxiliaries and t.quote is None for t in tokens[lo:hi])


def clause_final_subject(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, evidence: NameEvidence
) -> Mention | None:
    """Who speaks when the cue closes the clause behind the quotation ('… als „…“ bezeichnet'): in the
    passive, the agent after 'von' ('werden von Musikkennern als „…“ bezeichnet') or nobody; in a
    subordinate clause, its own subject ('weil die US-Regierung Georgien als „…“ bezeichnet hat');
    otherwise the main clause's, wherever the verb put it."""
    if passive_voice(tokens, lo, hi, lex):
        for k in range(lo, hi - 1):
            if tokens[k].lower in lex.agent_prepositions and tokens[k].quote is None:
                agent = phrase_from(text, tokens, k + 1, hi, lex, bare=True)
                if agent is not None and who(agent, lex, evidence, strict=False) is not Who.NOBODY:
                    return agent
        return None
    clause = lo
    for k in range(lo, hi):
        opener = tokens[k].lower in lex.subordinators or tokens[k].lower in lex.complementizers
        if opener and (k == lo or tokens[k - 1].text == ","):
            clause = k + 1
    return someone_in(text, tokens, clause, hi, lex, evidence)


def reported_finding(subject: Mention | None, tokens: list[Token], window: tuple[int, int], lex: Lexicon) -> bool:
    """'Die Studie zeige in Wahrheit, „…“': a document as the subject of indirect speech is what someone
    reports it to say; the one reporting speaks, not the document."""
    words = subject.text.split() if subject is not None else []
    # ('Seine Partei werde „…“': what the floor's speaker reports of his party, not the party speaking)
    owned = bool(words) and words[0].lower() in lex.possessive_determiners
    return bool(words) and (is_document(words[-1].lower(), lex) or owned) and reported_speech(tokens, *window, lex)


def relative_clause_speaker(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, evidence: NameEvidence
) -> Mention | None:
    """'…, die Gerhard Schröder … zum Erfolgskriterium erklärt hatte: „…“': the cue closes a relative
    clause, whose subject follows the relative pronoun; the noun the clause hangs on ('die Marke') is
    what was spoken of."""
    if hi - lo < 4 or tokens[hi - 1].text != ":":
        return None  # the clause closes at a colon before the quotation
    end, finite = hi - 1, lex.auxiliaries | lex.modal_verbs
    while end > lo and tokens[end - 1].lower in finite:
        end -= 1  # 'erklärt hatte'
    opener = next((k for k in range(end - 1, lo, -1) if tokens[k].text == ","), None)
    if opener is None or opener + 2 >= end or tokens[opener + 1].lower not in lex.relative_pronouns:
        return None
    if tokens[end - 1].is_capitalized or not tokens[end - 1].is_word:
        return None  # the verb closes a relative clause; a noun there closes a phrase ('die Kartoffel Amflora:')
    subject = someone_in(text, tokens, opener + 2, end, lex, evidence)
    return subject if subject is not None and who(subject, lex, evidence) is Who.NAME else None


def person_named_in_main_clause(
    text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon, evidence: NameEvidence
) -> Mention | None:
    """'Unterdessen verteidigte der Vorsitzende des Ausschusses, Sebastian Edathy (SPD), den Entwurf.':
    the person a German sentence introduces by given name and surname, wherever the verb put them, is
    whom its next 'Er' means. Only a full name: 'Gestern kritisierte die Opposition …' says nothing."""
    if lex.lang != "de":
        return None
    phrase = someone_in(text, tokens, past_dateline(text, tokens, lo, hi), hi, lex, evidence)  # not 'Berlin (dpa)'
    words = phrase.text.split() if phrase is not None else []
    named = any(is_given_name(w) and words[k + 1][:1].isupper() for k, w in enumerate(words[:-1]))
    return phrase if named else None


def in_fronted_clause(tokens: list[Token], lo: int, before: Attribution | None, lex: Lexicon) -> bool:
    """'Während Shakira erklärte, aufgeregt zu sein, „größer wird es nicht“, räumte Lopez ein': a German
    sentence opened by a subordinate clause whose own cue and subject stand before the quotation; the
    main clause that follows it (its verb first) speaks of someone else."""
    return (
        opens_subordinate(tokens, lo, lex)
        and before is not None
        and before.how == "before"
        and before.cue is not None
        and before.speaker is not None
    )


def opens_subordinate(tokens: list[Token], lo: int, lex: Lexicon) -> bool:
    """Does the German sentence at `lo` open with a subordinate clause ('Während …', 'Nachdem …')?"""
    return lex.lang == "de" and lo < len(tokens) and tokens[lo].lower in lex.subordinators


_PARTICIPLE_REACH = 12  # tokens after a quotation where the participle closing its clause may stand


def bracketing_cue(
    text: str, tokens: list[Token], at: tuple[int, int, int], lex: Lexicon
) -> tuple[Mention | None, str] | None:
    """'Die Medien hatten von der Notwendigkeit eines „…“ gegen die Aufrührer gesprochen': a quotation inside
    the clause that an auxiliary before it and a participle cue after it enclose is the subject's (`at`: the
    sentence's start, the closing mark, the sentence's end); None when no such cue closes the clause."""
    s_lo, close_index, hi = at
    for j in range(close_index + 1, min(hi, close_index + 1 + _PARTICIPLE_REACH)):
        if tokens[j].quote is not None or tokens[j].text in ",;:":
            return None
        cue = cue_at(tokens, j, lex)
        if cue is None or cue.kind != "verb":
            continue
        bracket = verb_bracket(tokens, cue, s_lo, lex)
        if bracket is None or bracket > close_index:
            return None
        return verb_subject(text, tokens, cue, s_lo, hi, lex), cue_text(text, tokens, cue)
    return None
