"""The phrase that names a speaker after a cue, read rightwards: inverted 'said X', or '« … », a déclaré
lors d'une conférence de presse l'avocat de la famille', where adverbials are skipped: inside a
prepositional phrase even names are, and a determiner that no preposition governs starts the subject."""

from __future__ import annotations

from presscli.attribution.cues import cue_at
from presscli.attribution.doers import is_doer
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import MAX_PHRASE, Mention, is_preposition, is_pronoun, looks_like_gerund, mention_of
from presscli.attribution.name_appositions import (
    ampersand,
    apposition_end,
    apposition_name_follows,
    comma_before_a_name,
    past_lowercase_roles,
    portfolio_end,
)
from presscli.attribution.plausible import is_role
from presscli.attribution.quoted_names import quoted_title
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token

_CLAUSE_PUNCT = set('.;:!?"«»“”„‘’‹›—–')


def noun_phrase_after(text: str, tokens: list[Token], begin: int, ceiling: int, lex: Lexicon) -> Mention | None:
    """The subject standing after a cue, from index `begin` (exclusive `ceiling`), skipping adverbials:
    inside a prepositional phrase ('en el programa Despierta con Loret') even names are skipped; a
    determiner that no preposition governs starts the subject ('lors d'une conférence l'avocat ...')."""
    i = begin
    in_adverbial = False
    limit = min(ceiling, begin + 2 * MAX_PHRASE)
    while i < limit:
        token = tokens[i]
        if token.quote is not None or token.text in _CLAUSE_PUNCT or token.text == ",":
            return None
        low = token.lower
        if low in lex.np_stops or looks_like_gerund(token, lex):
            return None
        if is_pronoun(token, lex) and not in_adverbial:
            return mention_of(text, tokens, i, i + 1, lex)
        previous = tokens[i - 1].lower if i > begin else ""
        # (a day or time word is listed with the prepositions that open adverbials, but governs nothing:
        # 'a assuré dimanche la porte-parole')
        preposition = previous in lex.prepositions and previous not in lex.adverbs
        governed = preposition or previous in lex.np_links or previous.endswith("'")
        time_adverbial = _opens_time_adverbial(tokens, i, limit, lex)
        if low in lex.article_prepositions and i + 1 < limit and _plural_word(tokens[i + 1]):
            in_adverbial = True  # 'declarou a jornalistas': to them, not them
            i += 1
            continue
        if low in lex.determiners and not governed and not time_adverbial:
            quoted = quoted_title(text, tokens, i, limit)
            return quoted or _extend_after(text, tokens, i, limit, lex)
        if token.is_capitalized and not in_adverbial and low not in lex.adverbs and low not in lex.prepositions:
            return _extend_after(text, tokens, i, limit, lex)
        if in_adverbial and _starts_a_person(tokens, i, begin, lex):
            return _extend_after(text, tokens, i, limit, lex)  # 'a confié à l'AFP Gérard Depardieu'
        plural_role = low in lex.anonymous_nouns or (is_role(low, lex) and low.endswith("s"))
        # ('"…", diz climatologista': a headline drops the article of the role that closes it; not German,
        # where a lower-case word is never a noun: 'Brandt sagte weiter:')
        closing = (i + 1 >= ceiling or tokens[i + 1].text in _CLAUSE_PUNCT) and lex.lang != "de"
        closing_role = closing and (is_role(low, lex) or is_doer(low, lex))
        if not in_adverbial and i == begin and (plural_role or closing_role):
            return phrase_from(text, tokens, i, limit, lex, bare=True)  # 'dijeron fuentes del ministerio'
        if (low in lex.prepositions and low not in lex.determiners) or time_adverbial:
            in_adverbial = True
        i += 1
    return None


def phrase_from(
    text: str, tokens: list[Token], start: int, limit: int, lex: Lexicon, bare: bool = False
) -> Mention | None:
    """The noun phrase that opens at tokens[start] (a determiner or a name; any noun when `bare`,
    after a contracted article: 'au cabinet du maire'), or None."""
    if start >= limit or not tokens[start].is_word:
        return None
    if not (bare or tokens[start].lower in lex.determiners or tokens[start].is_capitalized):
        return None
    if bare:  # 'por oficiais e feita em ...': a bare noun phrase ends at a coordinator
        limit = next((k for k in range(start + 1, limit) if tokens[k].lower in lex.coordinators), limit)
    return _extend_after(text, tokens, start, limit, lex)


def _extend_after(text: str, tokens: list[Token], start: int, limit: int, lex: Lexicon) -> Mention | None:
    i = start + 1
    named = tokens[start].is_capitalized and tokens[start].lower not in lex.determiners
    described = not named  # 'a secretária de Vigilância em Saúde': a title may hold prepositions
    holder: int | None = None  # where a holder's name starts after a role: the name, the role its alias
    title_end = start  # where that role ends
    while i < limit:
        token = tokens[i]
        low = token.lower
        if token.text == "(":
            closing = next((k for k in range(i + 1, min(limit, i + 8)) if tokens[k].text == ")"), None)
            if closing is None:
                break
            i = closing + 1
            continue
        # ('sagte Jörg Krämer, Chefvolkswirt der Commerzbank': a person's name first is the name, whatever follows)
        person_first = is_given_name(tokens[start].text) and all(t.is_capitalized for t in tokens[start:i])
        portfolio = portfolio_end(tokens, i, limit, lex) if token.text == "," and described else None
        if portfolio is not None:
            i = portfolio  # 'la ministra de Trabajo, Migraciones y Seguridad Social, Magdalena Valerio'
            continue
        if token.text == "," and not person_first and apposition_name_follows(tokens, i, limit, lex):
            # 'la ministra de Medio Ambiente, Lucía Ferrer,': the name, with the description as alias
            description = mention_of(text, tokens, start, i, lex)
            begin = past_lowercase_roles(tokens, i + 1, limit, lex)
            name = mention_of(text, tokens, begin, apposition_end(tokens, begin, limit, lex), lex)
            if name is not None:
                return Mention(name.text, name.start, name.end, "name", description.text if description else None)
            break
        if ampersand(tokens, i, start, limit):
            i += 1  # 'Haus & Grund', 'Procter & Gamble': one name
            continue
        # (right after a determiner a word in -ant/-ando is a noun: 'soupire un commerçant', 'la representante')
        # (nor an -ant adjective after a role: 'le maire sortant'; 'a modelo caracterizando' is a gerund)
        adjective = is_role(tokens[i - 1].lower, lex) and not low.endswith(("ando", "endo", "indo"))
        after_role = tokens[i - 1].lower in lex.determiners or adjective
        gerund = looks_like_gerund(token, lex) and not after_role
        if not token.is_word or token.quote is not None or gerund:
            break  # 'falou a modelo caracterizando a atitude …': a participle clause, not the name
        # ('du gouvernement', 'del departamento': after an article or a link, -ment ends a noun, not an adverb)
        noun_position = tokens[i - 1].lower in lex.np_links or tokens[i - 1].lower in lex.determiners
        suffixed = not token.is_capitalized and low.endswith(("mente", "ment")) and not noun_position
        adverb = low in lex.adverbs or suffixed
        if low in lex.np_stops or adverb:  # ('Justice Department' is no adverb in -ment)
            if i == start + 1 and tokens[start].lower in lex.determiners and low not in lex.np_stops:
                i += 1  # a determiner needs its noun: 'a segunda pessoa' ('segunda' is also an adverb)
                continue
            break
        if described and low in lex.prepositions and _title_goes_on(tokens, i, limit, lex):
            i += 1
            continue
        if described and not named and _past_tense_after_a_noun(tokens, start, i, lex):
            break  # 'The court followed Judge Paul Ant': the description's verb, not a name's role
        if named and not token.is_capitalized and low not in lex.np_links:
            if tokens[start].lower in lex.determiners and is_role(low, lex):
                i += 1  # 'the Democratic senator': capitalized adjectives before the role they describe
                continue
            role = role_then_name(tokens, i, limit, lex)
            if role is None and described and _adjective_then_holder(tokens, start, i, limit, lex):
                role = i  # 'la présidente du Rassemblement national Marine Le Pen': the body's adjective
            # (not past a name: 'sagte Angela Merkel vor der Presse, Benedikt XVI. „…“' opens a clause)
            unnamed = not any(is_given_name(t.text) for t in tokens[start:i])
            comma = comma_before_a_name(tokens, i, limit, lex) if low in lex.prepositions and unnamed else None
            if role is None and comma is not None:
                i = comma  # 'die Generalsekretärin von Amnesty in Deutschland, Julia Duchrow': where she serves
                continue
            if role is None:
                break  # 'Administración de López Obrador no se plantea': the name ends where the verb starts
            i = role + 1  # 'Huckabee campaign spokesman Hogan Gidley': a body's role before its holder's name
            title_end = i
            if tokens[i].lower in lex.coordinators:
                i += 1  # 'Former prosecutor and New York City Mayor Rudy Giuliani': a second role follows
            holder = i
            continue
        if low in lex.prepositions and low not in lex.np_links:
            unnamed = not any(is_given_name(t.text) for t in tokens[start:i])
            comma = comma_before_a_name(tokens, i, limit, lex) if unnamed else None
            if comma is None:
                break
            i = comma  # 'die Generalsekretärin von Amnesty in Deutschland, Julia Duchrow': where she serves
            continue
        if low in lex.determiners and _to_a_medium(tokens, i, limit, lex):
            break  # 'sagte der Minister der Zeitung': the newspaper is told, it is not the minister's
        if low in lex.determiners and low not in lex.np_links and tokens[i - 1].lower not in lex.np_links:
            break
        if token.is_inverted_pronoun:
            break
        if low in lex.coordinators and i + 1 < limit and cue_at(tokens, i + 1, lex) is not None:
            break  # 'anotó el médico y precisó': a second reporting verb, not a second name
        named = named or (token.is_capitalized and low not in lex.np_links)
        i += 1
        if i - start >= MAX_PHRASE:
            break
    if holder is not None and holder < i:
        title = mention_of(text, tokens, start, title_end, lex)
        return mention_of(text, tokens, holder, i, lex, alias=title.text if title else None)
    return mention_of(text, tokens, start, i, lex)


def role_then_name(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> int | None:
    """Where a role word stands in a short lower-case run after a name, right before another name
    ('Huckabee campaign spokesman Hogan Gidley', 'White House press secretary Josh Earnest'), or None."""
    for j in range(i, min(limit - 1, i + _ROLE_RUN)):
        token = tokens[j]
        if j > i and token.is_capitalized and is_role(token.lower, lex) and _capitalized(tokens, j + 1, limit):
            return j if is_given_name(tokens[j + 1].text) else None  # 'Oversight ranking Democrat Elijah Cummings'
        if not token.is_word or token.is_capitalized or cue_at(tokens, j, lex) is not None:
            return None
        if token.lower in lex.np_stops or token.lower in lex.prepositions or token.lower in lex.determiners:
            return None
        if is_role(token.lower, lex) and tokens[j + 1].is_capitalized and tokens[j + 1].is_word:
            return j
        if is_role(token.lower, lex) and tokens[j + 1].lower in lex.coordinators and _capitalized(tokens, j + 2, limit):
            return j
    return None


def _past_tense_after_a_noun(tokens: list[Token], start: int, i: int, lex: Lexicon) -> bool:
    """A lower-case past tense after the description's noun ('The court followed'); not an adjective after
    its article or a possessive ('the retired judge', "the city's embattled mayor")."""
    word, before = tokens[i], tokens[i - 1]
    if i < start + 2 or word.is_capitalized or not word.lower.endswith(lex.subject_verb_endings or ("\0",)):
        return False
    return before.is_word and before.lower not in lex.determiners and not before.lower.endswith(("'s", "’s"))


def _capitalized(tokens: list[Token], k: int, limit: int) -> bool:
    return k < limit and tokens[k].is_capitalized and tokens[k].is_word


def _adjective_then_holder(tokens: list[Token], start: int, i: int, limit: int, lex: Lexicon) -> bool:
    """A lower-case word closing a body's name inside a role, right before its holder's given name."""
    ahead = i + 1 < limit and tokens[i + 1].is_capitalized and is_given_name(tokens[i + 1].text)
    return ahead and cue_at(tokens, i, lex) is None and any(is_role(t.lower, lex) for t in tokens[start:i])


_ROLE_RUN = 3  # lower-case words between a body's name and its holder's: 'campaign press secretary'


def _title_goes_on(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> bool:
    """'secretária de Vigilância em Saúde': a preposition inside a capitalized title."""
    return (
        i + 1 < limit
        and tokens[i].lower in lex.title_prepositions  # 'Ministerin für Arbeit', not 'Ministerin vor Journalisten'
        and tokens[i - 1].is_capitalized
        and tokens[i + 1].is_capitalized
        and tokens[i + 1].lower not in lex.determiners
    )


def _starts_a_person(tokens: list[Token], i: int, begin: int, lex: Lexicon) -> bool:
    """A given name followed by a surname after the noun that closed a prepositional phrase: the subject
    begins ('à l'AFP Gérard Depardieu', 'dans un tweet Christophe Castaner'); a title's words do not
    ('en el programa Despierta con Loret')."""
    token = tokens[i]
    previous = tokens[i - 1] if i > begin else None
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if previous is None or following is None or not previous.is_word or not token.is_capitalized:
        return False
    # ('a précisé vendredi Pierre Hurmic': a day closes the adverbial as a noun would)
    governs = previous.lower in lex.prepositions and previous.lower not in lex.time_nouns
    if governs or previous.lower in lex.determiners or not following.is_capitalized:
        return False
    if is_role(token.lower, lex) and is_given_name(following.text):
        return True  # 'sagte am Montag in Berlin Ministerin Anna Weber': the role opens the subject
    return (
        not is_role(previous.lower, lex)  # 'vom Minister Till Backhaus': the name is the minister's
        and (is_given_name(token.text) or not previous.is_capitalized)
    )


def _opens_time_adverbial(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> bool:
    """'este jueves', 'cette semaine': a demonstrative that a preposition may stand for, before a word of
    time; before anything else it opens a subject ('explica este experto', 'selon cette source')."""
    if tokens[i].lower not in lex.prepositions or tokens[i].lower not in lex.determiners:
        return False
    return i + 1 < limit and tokens[i + 1].lower in lex.time_nouns


def past_adverbial(tokens: list[Token], at: int, hi: int, lex: Lexicon) -> int:
    """Past an adverbial set off by commas after a cue: '"…", disse, na semana passada, o presidente X'."""
    if at + 2 < hi and tokens[at].text == "," and is_preposition(tokens[at + 1], lex):
        close = next((k for k in range(at + 2, min(hi, at + _ADVERBIAL_WORDS)) if tokens[k].text == ","), None)
        if close is not None and close + 1 < hi and tokens[close + 1].lower in lex.determiners:
            return close + 1
    return at


_ADVERBIAL_WORDS = 8  # tokens of a short adverbial between commas: ', na semana passada,'


def _to_a_medium(tokens: list[Token], i: int, limit: int, lex: Lexicon) -> bool:
    """Does the article at i open the one a speaker talks to, in German, where that dative looks like a
    genitive: a newspaper or agency ('der Süddeutschen Zeitung', 'der Nachrichtenagentur dpa'), or
    whatever follows a person's full name, which takes no genitive ('Lena Hofmann der Deutschen …')?"""
    if lex.lang != "de" or tokens[i].lower != "der":
        return False
    if i >= 2 and tokens[i - 1].is_capitalized and is_given_name(tokens[i - 2].text):
        return True
    heads = tuple(lex.media_nouns)
    return any(len(t.lower) > 3 and t.lower.endswith(heads) for t in tokens[i + 1 : min(limit, i + _MEDIUM_WORDS)])


_MEDIUM_WORDS = 4  # 'der in Berlin erscheinenden Zeitung'


def _plural_word(token: Token) -> bool:
    """A lower-case word in -s: a plural noun, which a singular article never stands before."""
    return token.is_word and not token.is_capitalized and token.lower.endswith("s")
