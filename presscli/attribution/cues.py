"""Cue words: reporting verbs and phrases ('said', 'a déclaré', 'so', 'laut', 'heißt es'), found at a token
with their auxiliaries ('ha dicho', 'a-t-il ajouté', 'has said')."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import looks_like_gerund
from presscli.attribution.mood import subjunctive
from presscli.lexicon import Lexicon, by_first_word
from presscli.text.sentences import opens_after_an_initial
from presscli.text.tokens import Token

SENTENCE_END = set(".!?")
_MOST_AUXILIARIES = 3  # 'would have been told', 'a-t-il été dit'


@dataclass(frozen=True, slots=True)
class Cue:
    start: int  # token indexes, end exclusive
    end: int
    kind: str  # "verb", "passive", "inverted", "according", "opinion"


def match_phrase(tokens: list[Token], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of `phrases` starting at token i (0 when none)."""
    if i >= len(tokens):
        return 0
    for phrase in by_first_word(phrases).get(tokens[i].lower, ()):  # longest first
        n = len(phrase)
        window = tokens[i : i + n]
        if len(window) == n and all(t.quote is None for t in window) and tuple(t.lower for t in window) == phrase:
            return n
    return 0


def cue_at(tokens: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """The cue starting at token i, auxiliaries included ('ha dicho', 'a-t-il ajouté', 'has said')."""
    token = tokens[i]
    if token.quote is not None or not token.is_word:
        return None
    if token.lower not in _openers(lex) and not ("-" in token.text and token.is_inverted_pronoun):
        return None  # no cue, auxiliary or German separable stem starts with this word: most words
    inside_a_name = i > 0 and tokens[i - 1].is_word and not (i + 1 < len(tokens) and tokens[i + 1].is_capitalized)
    if token.is_capitalized and inside_a_name and lex.lang != "de":
        return None  # 'the United States has': a name, not the verb (a title-case headline keeps its verbs)
    for kind, phrases in (("passive", lex.passive), ("according", lex.according_to)):
        n = match_phrase(tokens, i, phrases)
        if n:
            return Cue(i, i + n, kind)  # before inversion: 'peut-on lire' is impersonal
    if token.is_inverted_pronoun:
        n = match_phrase(tokens, i + 1, lex.verbs) if i + 1 < len(tokens) else 0
        return Cue(i, i + 1 + n, "inverted")
    if i > 0 and _noun_marker(tokens[i - 1], lex):
        return None  # 'Trump's charge', 'the state', 'a tweet': a noun, not a reporting verb
    if (token.lower in lex.org_words or token.lower.removesuffix("s") in lex.org_words) and _noun_follows(tokens, i):
        return None  # 'eight state legislative candidates', 'the March states account': a body word, not 'to state'
    if i > 1 and _noun_marker(tokens[i - 2], lex) and _adjective(tokens[i - 1], lex):
        return None  # 'his biggest worry', 'the racial remarks'
    j = i
    while j < len(tokens) and j - i < _MOST_AUXILIARIES and tokens[j].lower in lex.auxiliaries:
        j += 1
    split = _separated(tokens, i, lex)
    if split is not None:
        return None if split is _NOT_A_CUE else split
    for k in range(j, i - 1, -1):
        n = match_phrase(tokens, k, lex.verbs)
        if n and (k == i or all(t.lower in lex.auxiliaries for t in tokens[i:k])):
            if tokens[i].is_capitalized and k > i and i > 0 and tokens[i - 1].text not in SENTENCE_END:
                return Cue(k, k + n, "verb")  # 'So' in 'So X said' is not an auxiliary
            past = lex.subject_verb_endings and tokens[k].lower.endswith(lex.subject_verb_endings)
            if tokens[i].is_capitalized and k == i + 1 and past and is_given_name(tokens[i].text):
                return Cue(k, k + n, "verb")  # 'Will described Trump as …': no modal before a past tense
            return Cue(i, k + n, "verb")
    return None


@cache
def _openers(lex: Lexicon) -> frozenset[str]:
    """Every word a cue may start with: a cue phrase's first word or an auxiliary before one."""
    phrases = lex.passive | lex.according_to | lex.verbs
    return frozenset(phrase[0] for phrase in phrases if phrase) | lex.auxiliaries


def _separated(tokens: list[Token], i: int, lex: Lexicon) -> Cue | None:
    """German separable cues with their particle at the clause's end: '„…“, stellte Celebi fest', 'wies
    der Minister die Kritik zurück'. The cue is the finite verb; its subject stands beside it."""
    if not lex.separable_particles or tokens[i].is_capitalized:
        return None
    stem = tokens[i].lower
    k, reach = i + 1, min(len(tokens), i + _PARTICLE_REACH)
    while k + 1 < reach:
        k += 1
        token = tokens[k]
        if token.quote is not None:
            continue  # 'wies alle Vorwürfe als „haltlos“ zurück': a quotation inside the clause
        aside = k + 1 < reach and (tokens[k + 1].lower in lex.subordinators or is_given_name(tokens[k + 1].text))
        if token.text == "," and aside:
            # 'warf Obama, nachdem dessen Entscheidung publik wurde, vor': past a clause set in between;
            # 'nahm der Ministerpräsident, Christian Wulff (CDU), zu der Frage Stellung': past a name
            closing = next((j for j in range(k + 2, min(len(tokens), k + _ASIDE_REACH)) if tokens[j].text == ","), None)
            if closing is not None:
                reach = min(len(tokens), reach + closing - k)
                k = closing
                continue
        if token.text in SENTENCE_END or token.text in ",;:" or _ends_a_sentence(tokens, k, lex):
            return None
        if token.lower in lex.separable_particles:
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else "."
            if nxt not in ".,;:!?" and nxt not in '„“"':
                if tokens[k + 1].lower in lex.determiners:
                    continue  # 'zu der Frage Stellung': a preposition before its noun, the particle comes later
                return None
            if (stem, token.lower) in lex.verbs:
                return Cue(i, i + 1, "verb")
            # 'Der Plan sieht „…“ für Betriebe vor.': another verb than the cue its stem spells ('mit „…“'
            # is a preposition before a quotation, no particle)
            return _NOT_A_CUE if nxt in ".,;:!?" else None
    return None


def _ends_a_sentence(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'auf der Plattform X. Sein Minister …': a capital and its full stop, read as one token, end the
    sentence when an article or a pronoun follows (an initial is followed by a name)."""
    token = tokens[k]
    if len(token.text) != 2 or not token.text.endswith(".") or not token.text[0].isupper() or k + 1 >= len(tokens):
        return False
    return opens_after_an_initial(tokens[k + 1].text, lex.lang)  # (the sentence splitter's own test)


_NOT_A_CUE = Cue(0, 0, "none")  # a verb whose particle makes it another, non-reporting verb


# 'Wie der Minister erklärte, sieht die Regierung …', 'As the minister said, …': his words, whatever follows
AS_CONJUNCTIONS = frozenset({"wie", "as", "comme", "como"})
_PARTICLE_REACH = 14  # tokens from a German verb to its particle at the end of a short clause
_ASIDE_REACH = 10  # tokens of a clause or a name set off by commas in between: ', Christian Wulff (CDU),'


def _noun_follows(tokens: list[Token], i: int) -> bool:
    """A word other than 'that' follows ('state money'); the verb ends its clause ('the ad states.')."""
    return i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].lower != "that"


def _noun_marker(token: Token, lex: Lexicon) -> bool:
    """A determiner or possessive that only nouns follow: 'the State', 'Trump’s charge'."""
    return token.lower in lex.noun_markers or (
        bool(lex.possessive_endings) and token.lower.endswith(lex.possessive_endings)
    )


def _adjective(token: Token, lex: Lexicon) -> bool:
    """A word that only qualifies a noun (English puts adjectives first); a role or a body word
    ('the official said', 'the federal agency') is the noun itself."""
    low = token.lower
    return (
        token.is_word
        and not token.is_capitalized
        and bool(lex.adjective_endings)
        and low.endswith(lex.adjective_endings)
        and low not in lex.speaker_nouns
        and low not in lex.person_nouns
        and low not in lex.auxiliaries
        and low not in lex.adverbs
    )


def cues_in(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> list[Cue]:
    found: list[Cue] = []
    i = lo
    while i < hi:
        cue = cue_at(tokens, i, lex)
        # 'only 2,200 Syrians have been admitted': a passive's subject is acted on, it does not speak
        acted_on = cue is not None and cue.kind == "verb" and cue.start > lo and _passive(tokens[cue.start - 1], lex)
        if cue and cue.end <= hi and not acted_on:
            found.append(cue)
            i = cue.end
        else:
            i += 1
    return found


def _passive(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.passive_auxiliaries


def cue_text(text: str, tokens: list[Token], cue: Cue) -> str:
    return " ".join(text[tokens[cue.start].start : tokens[cue.end - 1].end].split())


def reported_speech(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """Is the sentence indirect speech by its verb mood ('Dieser bestehe aus ...', 'sei man ...')?"""
    german = lex.lang == "de"  # the one press language whose verbs mark reported speech by their mood
    return any(
        t.quote is None
        and not t.is_capitalized
        and (t.lower in lex.reported_speech or (german and subjunctive(t.lower)))
        for t in tokens[lo:hi]
    )


def subject_may_be_elided(tokens: list[Token], lo: int, hi: int, cue: str | None, lex: Lexicon) -> bool:
    """Can a cue whose subject was not found mean the speaker who holds the floor? Where the language
    drops subjects ('Agregó que «…»'), or where the cue has none of its own: after a relative pronoun
    ('François Lanaud, qui confie'), a coordinator ('and added'), as a participle, or inverted after a
    quotation, where the subject behind it is the one just named. In
    English or German a finite verb otherwise has a subject in its clause, and it was not read."""
    if not cue:
        return True
    words = tuple(cue.lower().replace("’", "'").split())
    if words[0] in lex.quoting_verbs:
        return False  # '„…“, zitierte die „Bild“ einen Abgeordneten': whom it quotes was not read; not the floor
    if lex.drops_subjects:
        return True
    for k in range(lo, hi - len(words) + 1):
        if tuple(t.lower for t in tokens[k : k + len(words)]) != words:
            continue
        if looks_like_gerund(tokens[k + len(words) - 1], lex):
            return True
        j = k
        while j > lo and (tokens[j - 1].lower in lex.auxiliaries or tokens[j - 1].lower in lex.adverbs):
            j -= 1
        before = tokens[j - 1].lower if j > lo else ""
        after_a_quotation = before == "," and j - 1 > lo and tokens[j - 2].quote is not None
        # '"…", a demandé le Premier ministre': the cue inverted after a quotation, its subject behind it
        # ('Et d'assurer : « … »', 'pour rappeler que': an infinitive's subject is the clause's, or the floor's)
        infinitive = before in lex.np_links or before in lex.prepositions
        return after_a_quotation or before in lex.relative_pronouns or before in lex.coordinators or infinitive
    return True


def after_comma(tokens: list[Token], k: int, lo: int) -> bool:
    """Does a comma stand right before token k, or inside the quotation mark before it ('on “Morning
    Joe,” calling it')?"""
    if tokens[k - 1].text == ",":
        return True
    return k - 2 >= lo and tokens[k - 1].quote is not None and tokens[k - 2].text == ","


def is_gerund_cue(tokens: list[Token], cue: Cue, lex: Lexicon) -> bool:
    return looks_like_gerund(tokens[cue.end - 1], lex)


def participle_after(tokens: list[Token], cue: Cue, earlier: Cue, lex: Lexicon) -> bool:
    """Does `cue` ('adding', 'were calling') speak for the subject of the earlier cue? A participle does;
    a progressive with its auxiliary does only inside the clause the earlier cue reports ('Trump said Fox
    executives were calling “…”'), not after a comma closing another clause ('In what might be the first
    time X agreed on anything, the group is calling on Y to “…”': the group's own words)."""
    if not is_gerund_cue(tokens, cue, lex):
        return False
    progressive = cue.end - cue.start > 1 and tokens[cue.start].lower in lex.auxiliaries
    return not progressive or all(t.text != "," for t in tokens[earlier.end : cue.start])
