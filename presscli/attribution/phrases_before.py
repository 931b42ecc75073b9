"""The phrase that names a speaker before a cue, read leftwards: 'Trump said', 'the minister, Paulo
Guedes, said', 'X, who ..., said'. A determiner preceded by a preposition belongs to an adverbial phrase
('lors d'une conférence') and ends the search; appositions between commas keep the name."""

from __future__ import annotations

from presscli.attribution.appositions import apposition_before, noun_like, opening_participle
from presscli.attribution.clause_words import auxiliary, clause_break, finite_verb, name_as_modal, subject_relative
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import (
    MAX_PHRASE,
    Mention,
    is_preposition,
    is_pronoun,
    looks_like_gerund,
    mention_of,
    name_score,
)
from presscli.attribution.name_appositions import ampersand
from presscli.attribution.plausible import is_role
from presscli.attribution.quoted_names import name_in_marks
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def _phrase_start_before(tokens: list[Token], end: int, floor: int, lex: Lexicon) -> int:
    """Leftmost index of the phrase that ends just before `end`. A phrase may hold a prepositional
    modifier ('El experto en política económica') when a determiner or a name opens it further left."""
    j = end - 1
    taken = 0
    fallback: int | None = None  # where the phrase starts if the crossing of a preposition fails
    crossed_article = False
    while j >= floor and taken < MAX_PHRASE:
        token = tokens[j]
        if token.text == ")":
            opening = next((k for k in range(j - 1, max(floor, j - 8) - 1, -1) if tokens[k].text == "("), None)
            if opening is None:
                break
            j = opening - 1
            continue
        if ampersand(tokens, j, floor, end):
            j -= 1  # 'Haus & Grund', 'Procter & Gamble': one name
            continue
        if not token.is_word or token.quote is not None:
            break
        low = token.lower
        if low in lex.np_stops or low in lex.subordinators or (is_pronoun(token, lex) and j < end - 1):
            # 'the statement after interim President José Jerí announced': the subject starts after 'after'
            break
        if lex.lang == "de" and not token.is_capitalized and (low in lex.modal_verbs or low in lex.passive_auxiliaries):
            break  # a German finite verb ends the phrase: '„…“, wurde Vogt zitiert'
        if low in lex.prepositions and low not in lex.np_links and low not in lex.determiners:
            if fallback is not None or taken == 0:
                break
            fallback = j + 1
            taken += 1
            j -= 1
            continue
        taken += 1
        j -= 1
        genitive = low in lex.genitive_determiners and j >= floor and tokens[j].is_capitalized and tokens[j].is_word
        # 'Marine Le Pen', 'Jean-Yves Le Drian': a capitalized article after a given name is part of the name
        particle = token.is_capitalized and j >= floor and taken > 1 and is_given_name(tokens[j].text)
        linked = j >= floor and (tokens[j].lower in lex.np_links or _contracted_link(tokens, j, low, lex))
        if low in lex.determiners and not genitive and not particle and not linked:
            if fallback is not None and j >= floor and is_preposition(tokens[j], lex):
                return fallback  # 'Sobre la construcción': the determiner belongs to an adverbial
            if fallback is None and taken < MAX_PHRASE and j - 1 >= floor and _crossable(tokens, j, lex):
                # 'the narrator [in the ad] said': the modifier's own article; the subject opens further left
                fallback = j + 1
                crossed_article = True
                j -= 1
                continue
            return j + 1  # a determiner opens the phrase
        if is_pronoun(token, lex):
            if j - 1 >= floor and tokens[j].lower in lex.partitives and tokens[j - 1].is_word:
                return j - 1  # 'one of them', 'uno de ellos': a member of a group, not the last speaker
            return j + 1
    start = j + 1
    opener = tokens[start] if start < end else None
    opens_phrase = opener is not None and (
        opener.lower in lex.determiners or (opener.is_capitalized and not is_preposition(opener, lex))
    )
    if fallback is not None and not opens_phrase:
        return fallback  # the crossing found no determiner or name to open the phrase
    if crossed_article and fallback is not None and opener is not None and opener.lower not in lex.determiners:
        return fallback  # 'Speaking at the rally Trump said': no article opens a phrase holding that one
    return start


def _contracted_link(tokens: list[Token], k: int, article: str, lex: Lexicon) -> bool:
    """Is `article` a preposition fused with an article (French 'des' = 'de les') joining a role or a body
    to its complement ('le ministre des Transports', 'le ministère des Armées'), rather than an article
    opening the phrase ('auprès des groupes', 'Hier des manifestants')? German nouns are capitalized and
    met by the genitive test above."""
    before = tokens[k]
    if article not in lex.genitive_determiners or lex.lang == "de" or not before.is_word:
        return False
    return is_role(before.lower, lex) or before.lower in lex.org_words


def _crossable(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A preposition at `k` after a lower-case noun: 'narrator in', 'spokesman at'; not a conjunction
    after a time ('months before its president said') nor an agent after a participle ('made by')."""
    before, low = tokens[k - 1], tokens[k - 1].lower
    if not is_preposition(tokens[k], lex) or tokens[k].lower in lex.subordinators:
        return False
    if low in lex.time_nouns or low.rstrip("s") in lex.time_nouns or low.endswith(lex.participle_endings or ("\0",)):
        return False
    return before.is_word and not before.is_capitalized and before.quote is None


def _past_time_after_a_relative(tokens: list[Token], j: int, floor: int, lex: Lexicon) -> int:
    """Where a relative pronoun's clause starts when a time stands between it and the verb at `j` ('quien
    la semana pasada advirtió', 'who last week said'), else `j`."""
    k = j
    while k - 1 > floor and j - k <= _TIME_WORDS and tokens[k - 1].is_word and not tokens[k - 1].is_capitalized:
        if subject_relative(tokens[k - 1], lex):
            timed = any(t.lower in lex.time_nouns for t in tokens[k:j])
            return k if timed else j
        k -= 1
    return j


_TIME_WORDS = 3  # 'la semana pasada', 'last week', 'el pasado lunes'


def _ends_a_noun(token: Token, lex: Lexicon) -> bool:
    """A word that may close a noun phrase: no function word ('and some said', 'Many said' keep theirs)."""
    low = token.lower
    lists = (lex.determiners, lex.prepositions, lex.coordinators, lex.pronouns, lex.quantifiers, lex.adverbs)
    return token.is_word and not any(low in words for words in lists)


def noun_phrase_before(text: str, tokens: list[Token], cue: int, floor: int, lex: Lexicon) -> Mention | None:
    """The subject standing before the cue at index `cue` (not reaching before `floor`)."""
    j = cue
    if j - 1 > floor and tokens[j - 1].text in _DASHES:  # 'Gingrich — mentioned by Newsmax as … — told X'
        opening = next(
            (k for k in range(j - 2, max(floor, j - _ASIDE_REACH) - 1, -1) if tokens[k].text in _DASHES), None
        )
        j = opening if opening is not None and opening > floor else j
    # ('what he described': a pronoun right before the cue is its subject, whatever stands before it)
    pronoun_first = is_pronoun(tokens[cue - 1], lex) and not tokens[cue - 1].is_capitalized
    if not pronoun_first:
        for k in range(cue - 2, max(floor, cue - 8), -1):
            if tokens[k].lower in lex.adverbs and is_preposition(tokens[k + 1], lex):
                if lex.lang != "de" and tokens[k + 1].lower in lex.subordinators:
                    break  # 'The mood darkened again as Tom said': a clause with its own subject opens there
                j = k  # 'Otto Schily noch im Mai 2005 forderte': the subject ends before its adverbial
                break
    if lex.lang != "de":
        # an adverbial between auxiliary and participle: 'avait au contraire plaidé', 'ha por su parte señalado'
        aux = next((k for k in range(j - 2, max(floor, j - _SPLIT_TENSE) - 1, -1) if auxiliary(tokens[k], lex)), None)
        between = tokens[aux + 1 : j] if aux is not None else []
        # (not across a clause's opening: 'The faces darkened again as the mayor said')
        split = all(t.is_word and not t.is_capitalized and t.lower not in lex.subordinators for t in between)
        if aux is not None and between and split:
            j = aux + 1
    if lex.lang == "en":
        # 'a White House official who spoke anonymously to discuss strategy said': the subject before 'who'
        who = next((k for k in range(j - 2, max(floor, j - _RELATIVE_REACH), -1) if clause_break(tokens[k])), None)
        if who is not None and tokens[who].lower in ("who", "whom") and not is_pronoun(tokens[who + 1], lex):
            j = who  # (not 'Obama, who he noted was …': that clause has its own subject)
    while j > floor and (tokens[j - 1].lower in lex.adverbs or tokens[j - 1].lower in lex.auxiliaries):
        if name_as_modal(tokens, j - 1, floor, lex):
            break  # ', Will described Trump as …': George Will, not the auxiliary
        j -= 1  # 'Trump on Friday described', 'Trump has also said'
    if j - 1 > floor and tokens[j - 1].lower in lex.quantifiers and _ends_a_noun(tokens[j - 2], lex):
        j -= 1  # 'Bolton and Gorka both said', 'the ministers all said': the quantifier floats after its noun

    j = _past_time_after_a_relative(tokens, j, floor, lex)  # 'Ken Salazar, quien la semana pasada advirtió'
    if lex.lang != "de" and j - 2 > floor and tokens[j - 2].text == "," and subject_relative(tokens[j - 1], lex):
        # 'the economist, Tom Briggs, who said', 'la socióloga Marta Ruiz, quien afirma': its antecedent
        end = j - 2
        start = _phrase_start_before(tokens, end, floor, lex)
        # ('O voto foi da ministra X, que considerou': the antecedent starts after the main clause's verb)
        verb = next((k for k in range(end - 1, start - 1, -1) if finite_verb(tokens[k], lex)), None)
        start = verb + 1 + (verb + 2 < end and is_preposition(tokens[verb + 1], lex)) if verb is not None else start
        if start - 1 > floor and tokens[start - 1].text == ",":
            return apposition_before(text, tokens, end, floor, lex)  # 'the economist, Tom Briggs, who'
        governed = start - 1 > floor and is_preposition(tokens[start - 1], lex)
        if governed and not any(is_given_name(t.text) for t in tokens[start:end]):
            # 'X, ancien magistrat à la Cour des comptes, qui rappelle': the Cour is where he served, not
            # whom 'qui' means; the person the apposition describes, or nobody ('from Mike Lee, who' is him)
            described = apposition_before(text, tokens, end, floor, lex)
            named = described is not None and all(w[:1].isupper() for w in described.text.split())
            return described if named else None
        return mention_of(text, tokens, start, end, lex) if start < end else None
    if j - 2 >= floor and subject_relative(tokens[j - 1], lex) and tokens[j - 2].is_capitalized:
        # "l'épidémiologiste Laurent Toubiana qui estime que": the name the relative clause hangs on
        antecedent = _subject_ending_at(text, tokens, j - 1, floor, lex)
        opening = next((k for k in range(floor, j) if antecedent is not None and tokens[k].end > antecedent.start), j)
        # ('la députée des Yvelines qui a réagi': a name governed by a preposition is not the antecedent)
        governed = any(
            k >= floor and (is_preposition(tokens[k], lex) or tokens[k].lower in lex.partitives)
            for k in (opening - 1, opening)
        )
        return antecedent if antecedent is not None and antecedent.kind == "name" and not governed else None
    while j > floor + 1 and tokens[j - 1].lower in lex.clitics and not tokens[j - 1].is_capitalized:
        j -= 1  # object pronouns before the verb: 'Alain d'Iribarne les a qualifiés', 'lo dijo'
    if j > floor and tokens[j - 1].lower in lex.coordinators:
        return None  # '... defendeu a desoneração e disse que': the subject is the first verb's
    if j - 3 >= floor and tokens[j - 1].text == tokens[j - 3].text == "," and tokens[j - 2].lower in lex.adverbs:
        j -= 3  # 'The two lawmakers, however, argue'
    if j > floor and tokens[j - 1].text == ",":
        return apposition_before(text, tokens, j - 1, floor, lex)
    if j - 2 > floor and tokens[j - 1].quote is not None and not tokens[j - 1].is_word:
        return _quoted_head(text, tokens, j, floor, lex)  # 'die Wochenzeitschrift „Jungle World“ hatte'
    if lex.lang == "en" and j == cue and looks_like_gerund(tokens[cue], lex):
        start = _phrase_start_before(tokens, j, floor, lex)
        if floor < start < j and tokens[start - 1].lower == "with":
            return mention_of(text, tokens, start, j, lex)  # 'with the union calling her “…”': its subject
    return _subject_ending_at(text, tokens, j, floor, lex) or _before_an_agent(text, tokens, j, floor, lex)


def _before_an_agent(text: str, tokens: list[Token], end: int, floor: int, lex: Lexicon) -> Mention | None:
    """'Fuentes de Moncloa consultadas por este diario señalaron', 'Officials contacted by the paper said':
    the agent of a participle modifies the subject before it; that subject is the verb's."""
    by = _phrase_start_before(tokens, end, floor, lex) - 1
    if by - 1 <= floor or tokens[by].lower not in lex.agent_prepositions or not lex.participle_endings:
        return None
    participle = tokens[by - 1]
    if participle.is_capitalized or not participle.lower.endswith(lex.participle_endings):
        return None
    return _subject_ending_at(text, tokens, by - 1, floor, lex)


def _quoted_head(text: str, tokens: list[Token], end: int, floor: int, lex: Lexicon) -> Mention | None:
    """A phrase ending in a name in quotation marks: 'die linksextreme Wochenzeitschrift „Jungle World“'."""
    quote = tokens[end - 1].quote
    reach = range(end - 2, max(floor, end - _QUOTED_NAME) - 1, -1)
    opening = next((k for k in reach if tokens[k].quote != quote), None)
    if opening is None:
        return None
    title = name_in_marks(text, tokens, opening + 1, end, closing=False)
    if title is None:
        return None
    described = _subject_ending_at(text, tokens, opening + 1, floor, lex)
    if described is None:
        return title
    return Mention(title.text, title.start, title.end, "name", described.text)  # the name; what it is, its alias


_RELATIVE_REACH = 14  # tokens of a relative clause between a subject and its verb


_DASHES = frozenset("—–")
_QUOTED_NAME = 8  # tokens of a name in quotation marks, its marks included
_ASIDE_REACH = 40  # tokens of an aside set off by dashes between a subject and its verb
_SPLIT_TENSE = 5  # tokens from an auxiliary to its participle, an adverbial between: 'a de son côté estimé'
_NAME_PARTICLES = frozenset({"von", "van", "de", "di", "da"})
_NAME_ARTICLES = frozenset({"der", "den", "la", "le", "del"})
_ADVERBIALS = 3  # prepositional phrases between a German subject and its clause-final verb, at the most


def _subject_ending_at(text: str, tokens: list[Token], end: int, floor: int, lex: Lexicon) -> Mention | None:
    """The phrase ending at `end`, unless it is the object of a preposition ('Sobre la construcción ...')."""
    start = _phrase_start_before(tokens, end, floor, lex)
    at = next((k for k in (start, start - 1) if k >= floor and tokens[k].lower in _NAME_PARTICLES), None)
    if at is not None and end - at == 3 and tokens[at + 1].lower in _NAME_ARTICLES and tokens[end - 1].is_capitalized:
        # 'Von der Leyen betonte': a name's particles, not a preposition and its article
        first, last = tokens[at], tokens[end - 1]
        return Mention(" ".join(text[first.start : last.end].split()), first.start, last.end, "name")
    for _ in range(_ADVERBIALS):
        governed = start > floor and is_preposition(tokens[start - 1], lex)
        if not governed or tokens[start - 1].lower in lex.subordinators:
            break
        opens = start - 1 == floor or tokens[start - 2].text == ","
        if tokens[start - 1].lower in lex.voice_prepositions and opens:
            break  # 'Desde el Ministerio del Interior informan que': the body speaks through its people
        if lex.lang != "de" or start - 1 <= floor:
            return None
        # a German verb closes its clause behind the adverbials: 'wie X am Dienstag in Hannover erklärte'
        end = start - 1
        start = _phrase_start_before(tokens, end, floor, lex)
    else:
        return None
    mention = mention_of(text, tokens, start, end, lex)
    described = mention is not None and tokens[start].lower in lex.determiners
    if mention is not None and described and start - 1 > floor and tokens[start - 1].text == ",":
        name = _unclosed_apposition(text, tokens, start - 1, floor, lex)
        if name is not None:
            return Mention(name.text, name.start, name.end, "name", mention.text)
    return mention


def _unclosed_apposition(text: str, tokens: list[Token], comma: int, floor: int, lex: Lexicon) -> Mention | None:
    """'Stephen Singer, ein Klimaexperte vom WWF erklärte': the name that opens the sentence, when the
    description after it lacks its closing comma."""
    if any(t.text == "," for t in tokens[floor:comma]) or not noun_like(tokens, floor, comma, lex):
        return None
    if opening_participle(tokens, floor, comma, floor, lex):
        return None  # 'Irritada, a loira respondeu'
    name = mention_of(text, tokens, floor, comma, lex)
    return name if name is not None and name.kind == "name" and name_score(name) == 1.0 else None
