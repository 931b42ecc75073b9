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


_BRACKET_REACH = 24  # and at the most: the middle field of a German clause


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
    k = cue.start - 1
    while k >= max(lo, cue.start - _BRACKET_REACH):
        if tokens[k].text == ",":
            opening = _name_apposition(tokens, k, lo)
            if opening is None:
                return None
            k = opening  # ('der EU-Kommissar für Kultur, Ján Figeľ, zu den Plänen … geäußert'): a name set off
        elif tokens[k].text in ";:":
            return None  # (a quoted title in between is part of the clause: 'wird in der „Welt“ zitiert')
        elif tokens[k].lower in lex.modal_verbs and not tokens[k].is_capitalized:
            return k if k > lo else None
        k -= 1
    return None


_APPOSED_NAME = 4  # words of a name set off by commas: 'Ján Figeľ', 'Karl-Heinz von der Leyen'


def _name_apposition(tokens: list[Token], comma: int, lo: int) -> int | None:
    """The comma opening a name set off by commas that `comma` closes ('…, Ján Figeľ, …'), or None."""
    k = comma - 1
    while k > lo and comma - k <= _APPOSED_NAME and tokens[k].is_capitalized and tokens[k].is_word:
        k -= 1
    return k if k < comma - 1 and tokens[k].text == "," else None


def bracket_subjects(
    text: str, tokens: list[Token], bracket: int, lo: int, hi: int, lex: Lexicon
) -> tuple[Mention | None, Mention | None]:
    """The subject of the auxiliary at `bracket` ('Stoiber hatte die Rolle … betont'), or the phrase after
    it when an adverbial was fronted ('Bereits im Dezember hatte Merkel … verkündet'); and that phrase."""
    before = noun_phrase_before(text, tokens, bracket, lo, lex)
    inverted = noun_phrase_after(text, tokens, _middle_field_subject(tokens, bracket + 1, hi, lex), hi, lex)
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


_OPENING_PHRASES = 2  # prepositional phrases before the subject in the middle field, at most


def _middle_field_subject(tokens: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    """Where the subject after an auxiliary begins: past a reflexive and a prepositional phrase or two ('Nun hat
    sich gegenüber Wikinews der EU-Kommissar … geäußert'); `k` itself when anything else stands there."""
    start = k
    while k < hi and tokens[k].lower in lex.clitics and not tokens[k].is_capitalized:
        k += 1  # 'hat sich'
    for _ in range(_OPENING_PHRASES):
        if k >= hi or not is_preposition(tokens[k], lex) or tokens[k].is_capitalized:
            break
        j = k + 1
        while j < hi and tokens[j].is_word and not tokens[j].is_capitalized and not is_preposition(tokens[j], lex):
            j += 1  # its article and adjectives: 'in einem ausführlichen Interview'
        if j >= hi or not tokens[j].is_capitalized or tokens[j].quote is not None:
            return start
        k = j + 1
    follows = k < hi and (tokens[k].lower in lex.determiners or tokens[k].is_capitalized) and tokens[k].quote is None
    return k if follows else start
