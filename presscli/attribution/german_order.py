"""German word order around a reporting verb: the finite verb second, after a subject or after something
fronted ('In seiner Rede erklärte Johnson'), and the verb bracket, an auxiliary second and the participle
cue closing the clause ('Merkel hatte in einer Rede verkündet')."""

from __future__ import annotations

from presscli.attribution.cues import Cue
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, is_preposition
from presscli.attribution.phrases_after import noun_phrase_after
from presscli.attribution.phrases_before import noun_phrase_before
from presscli.attribution.plausible import is_role
from presscli.lexicon import Lexicon
from presscli.tables import common_list
from presscli.text.tokens import Token

_BRACKET_SPAN = 3  # tokens between a German auxiliary and its participle cue, at the least, to look for one


_BRACKET_REACH = 15  # and at the most: the middle field of a German clause


def verb_second(tokens: list[Token], cue: Cue, lo: int, before: Mention | None, lex: Lexicon) -> bool:
    """Does a German cue stand second, after a fronted adverbial or object rather than its subject? Not
    after 'und': a coordinated verb shares the first one's subject ('zogen die Demonstranten … und
    skandierten')."""
    if cue.start <= lo or tokens[cue.start - 1].lower in lex.coordinators:
        return False
    if cue.end < len(tokens) and tokens[cue.end].lower in lex.nominative_pronouns:
        return True  # 'Kritikern hielt er entgegen': 'er' is the subject, what stands first is not
    if before is not None:
        words = before.text.split()
        if len(words) == 1 and before.start == tokens[lo].start and _adverbial(words[0].lower(), lex):
            return True  # 'Besorgt äußerte sich auch der Vorsitzende X': an adjective fronted, not the subject
        if before.start > tokens[lo].start and is_preposition(tokens[lo], lex):
            return True  # 'In einem Interview mit dem „Spiegel“ sagte Habeck': one constituent before the verb
        return words[0].lower() in lex.object_determiners or _after_an_object_article(tokens, before, lo, lex)
    first = tokens[lo]
    return is_preposition(first, lex) or first.lower in lex.adverbs or first.lower in lex.connectors


def _after_an_object_article(tokens: list[Token], phrase: Mention, lo: int, lex: Lexicon) -> bool:
    """'Dem „Spiegel“ sagte Habeck': a name in quotation marks after a dative or accusative article."""
    k = next((k for k in range(lo, len(tokens)) if tokens[k].start >= phrase.start), None)
    return k is not None and k > lo and tokens[k - 1].lower in lex.object_determiners


_ADVERBIAL_ENDINGS = ("t", "isch", "lich", "ig")  # 'Besorgt', 'Skeptisch', 'Deutlich', 'Vorsichtig'


def _adverbial(low: str, lex: Lexicon) -> bool:
    """A common German word in an adjective's or participle's ending, neither a role nor a body: fronted
    before the verb it is an adverbial ('Besorgt äußerte sich …'); a name is rare ('Schmidt sagte')."""
    if not low.endswith(_ADVERBIAL_ENDINGS) or low not in common_list("de"):
        return False
    return low not in lex.org_words and not is_role(low, lex)


def _opens_clearly(phrase: Mention | None, lex: Lexicon) -> bool:
    """Does the phrase after an auxiliary open as a subject does, with an article, a role or a given name
    ('Bürgermeisterin Katrin Albers'), rather than a surname run into the object ('Steinbrück Positives')?"""
    first = phrase.text.split()[0] if phrase is not None else ""
    return bool(first) and (first.lower() in lex.determiners or is_role(first.lower(), lex) or is_given_name(first))


def verb_bracket(tokens: list[Token], cue: Cue, lo: int, lex: Lexicon) -> int | None:
    """In German the finite verb comes second and a participle cue closes the clause ('Merkel hatte in
    einer Rede verkündet'): the index of that auxiliary when the cue is such a participle, else None."""
    if lex.lang != "de" or cue.start - lo < _BRACKET_SPAN:
        return None
    for k in range(cue.start - 1, max(lo, cue.start - _BRACKET_REACH) - 1, -1):
        if tokens[k].text in ",;:":
            return None  # (a quoted title in between is part of the clause: 'wird in der „Welt“ zitiert')
        if tokens[k].lower in lex.modal_verbs and not tokens[k].is_capitalized:
            return k if k > lo else None
    return None


def bracket_subjects(
    text: str, tokens: list[Token], bracket: int, lo: int, hi: int, lex: Lexicon
) -> tuple[Mention | None, Mention | None]:
    """The subject of the auxiliary at `bracket` ('Stoiber hatte die Rolle … betont'), or the phrase after
    it when an adverbial was fronted ('Bereits im Dezember hatte Merkel … verkündet'); and that phrase."""
    before = noun_phrase_before(text, tokens, bracket, lo, lex)
    inverted = noun_phrase_after(text, tokens, bracket + 1, hi, lex)
    # an adverbial or a clause before the auxiliary ('Wie der NDR berichtet, hat Y …') puts the subject after it
    previous = tokens[bracket - 1]  # ('Damals hatte Franziskus gesagt': an adverb first, the subject after)
    # (no subject before the auxiliary, but a phrase with lower-case words was fronted: 'Im Streit um X hat Y …';
    # not a name with its particle, 'Zu Guttenberg hatte Fehler eingeräumt')
    adverbial = any(t.is_word and not t.is_capitalized for t in tokens[lo:bracket]) and _opens_clearly(inverted, lex)
    fronted = (
        before.end < previous.end
        if before is not None
        else adverbial or previous.text == "," or previous.lower in lex.adverbs
    )
    return (inverted if fronted and inverted is not None else before), inverted
