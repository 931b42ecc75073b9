"""A person's name out of the phrase that introduced them: 'sociólogo José Miguel Candia' is José Miguel
Candia, 'Republican president candidate Donald Trump' Donald Trump, 'ministre de la Recherche Frédérique
Vidal' Frédérique Vidal. The role stays an alias; the name is what a reader and a folder's tally key on.
Only a phrase whose words before the name are roles, titles or their modifiers gives a name: 'Rep. Gwen
Graham slams Trump' is a clause, and gives none. A thing that belongs to a named person speaks for
them: 'La investigación de Pfanz agrega' (`owner_of`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import PARTY_AND_STATE, Mention
from presscli.attribution.plausible import (
    AGED,
    ELIDED_ARTICLE,
    NameEvidence,
    Who,
    is_document,
    is_role,
    rare_in_german,
    who,
)
from presscli.lexicon import Lexicon
from presscli.tables import common_list, country_names

_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "y"}
_POSSESSIVE = ("’s", "'s")
_ELIDED = re.compile(r"^d['’][A-ZÀ-Þ]")
_ORIGIN = re.compile(r"-(?:born|based|raised|bred)$", re.IGNORECASE)  # where someone is from, before their name
_ACRONYM_JOINED = re.compile(r"[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]?[a-zäöüß]")  # 'SPD-Fraktionsvize', 'EU-Kommissarin'


_NAME_AFTER_TITLE = 3  # 'Gov. Tate Reeves', 'economist Judd Morris': a given name the lists lack, and a surname
_PARTY_WORDS = 2  # 'Renaissance', 'Les Républicains': a party's name between a role and a given name


def person_name(phrase: str, lex: Lexicon) -> str | None:
    """The personal name at the end of `phrase`, without the role or title before it; None when the
    phrase is a name already, or when what comes before the name is not a role."""
    words = phrase.split()
    bracketed = words and words[-1].startswith("(")
    if bracketed and (words[-1].strip("()").isupper() or PARTY_AND_STATE.fullmatch(words[-1])):
        if len(words) > 2 and any(is_given_name(word) for word in words[-3:-1]):
            return person_name(" ".join(words[:-1]), lex) or " ".join(words[:-1])  # 'Willi Lemke (SPD)'
        return None  # 'Instituição Fiscal Independente (IFI)': a body with its acronym, no person
    if words and words[-1].endswith(_POSSESSIVE):
        words[-1] = words[-1][:-2]
    cut = _affiliation(words, lex)
    if cut is not None:  # 'Prof. Boris Lenz vom RWI', 'Tom Baker of the Red Cross': the name, where they are from
        name = " ".join(words[:cut])  # (not 'The Caucus and Sen. Tom Lee' of 'of New York': two, not a name)
        return person_name(name, lex) or (name if all(w[:1].isupper() for w in words[:cut]) else None)
    start = len(words)
    while start > 0 and (
        words[start - 1][:1].isupper()
        or _ELIDED.match(words[start - 1])  # 'Alain d'Iribarne'
        or (words[start - 1].lower() in _PARTICLES and start < len(words))
    ):
        start -= 1
    while start < len(words) and words[start].lower() in _PARTICLES:
        start += 1
    run = words[start:]
    if run and start > 0 and AGED.fullmatch(words[start - 1]):
        return " ".join(run)  # 'der 84-jährige Küng', 'the 46-year-old Dana Hill': the name after the age
    given = next((k for k, word in enumerate(run) if is_given_name(word)), None)
    if given is None and lex.lang == "de" and not _role_then_names(run, lex):
        # German capitalizes bodies and places as it does names: only a given name tells, or a role
        # before words too rare to be nouns ('Präsident Hamid Karsai')
        return None
    # the titles and roles that open the run go ('Senator Dana Hill'); names stay ('Manny Ellis')
    unroled = len(run)
    while run and (_title(run[0], lex) or is_role(run[0].lower(), lex) or run[0].lower() in _PARTICLES or _label(run)):
        run = run[1:]
    # ('le député Renaissance Philippe Martin': a word or two between a role and a given name name the party)
    after_a_role = len(run) < unroled or (start > 0 and is_role(words[start - 1].lower(), lex))
    if run and len(run) < len(words) and all(word.isupper() and len(word) > 1 for word in run):
        return None  # 'le député LR', "l'élu EELV": the role's party, not the person's name
    given = next((k for k, word in enumerate(run) if is_given_name(word)), None)
    # ('Debout La France Nicolas Dupont-Aignan'): a country's name before a given name ends a party's name
    while given is not None and given + 1 < len(run) and _a_country(run[given], lex) and is_given_name(run[given + 1]):
        given += 1
    if given is None and lex.lang != "de":  # ('Mississippi Gov. Tate Reeves'): the words after the last title
        titled = [k for k, word in enumerate(run) if _title(word, lex) or is_role(word.lower().strip(","), lex)]
        given = titled[-1] + 1 if titled and 2 <= len(run) - titled[-1] - 1 <= _NAME_AFTER_TITLE else None
    if given == 0 and start > 0 and words[start - 1].lower() in lex.determiners:
        # 'ministre de la Santé Agnès Buzyn': a word after an article names the body, even when a given
        # name is spelled like it ('Sante'); the name starts at the next given name
        given = next((k for k, word in enumerate(run[1:], 1) if is_given_name(word)), None)
        if given is None:
            return None  # 'ministre de la Santé': the body the role is held in, and no name after it
    # (German capitalizes its roles: a word before the given name is one unless too rare to be a noun,
    # 'Edmon Chung' being Edmon Chung)
    german_role = lex.lang == "de" and not any(_no_german_noun(word.lower(), lex) for word in run[: given or 0])
    roles_before = german_role or any(_title(word, lex) or is_role(word.lower(), lex) for word in run[: given or 0])
    # ('ministre de la Justice Eric Dupont-Moretti', "secrétaire d'Etat Olivier Dussopt", 'exjefe de la CIA
    # Michael Hayden': what stands between the role's preposition and the given name is the role's body)
    linked = start > 0 and words[start - 1].lower() not in lex.partitives  # ('Cole of Oklahoma': where he is from)
    governed_run = linked and words[start - 1].lower() in lex.prepositions | lex.determiners | lex.np_links
    # ('SPD-Fraktionsvize Anna Schuster': a party's or a body's acronym joined to a word is a role)
    party_role = all(w.isupper() or _ACRONYM_JOINED.match(w) for w in run[: given or 0])
    # (the given name and a surname after it, not a lone given name: 'Siegmar Gabriel', 'Rand Paul' stay whole)
    party_after_role = after_a_role and given is not None and 0 < given <= _PARTY_WORDS and len(run) - given >= 2
    # (and a party's name is a word of the language, 'Renaissance', 'Podemos'; not 'Mahamat' in 'Mahamat Saleh Oumar')
    party_after_role = party_after_role and all(w.lower() in common_list(lex.lang) for w in run[: given or 0])
    apart = any(_ORIGIN.search(word) for word in run[: given or 0])  # apart from the name: 'South Korean-born'
    # ('… Debout La France Nicolas Dupont-Aignan', 'alcaldesa de Barcelona Ada Colau'): a party's name, a role's place
    apart = apart or (given is not None and given > 0 and _a_country(run[given - 1], lex))
    apart = apart or (start >= 2 and words[start - 1].lower() in _PARTICLES and is_role(words[start - 2].lower(), lex))
    if given and (roles_before or governed_run or _ELIDED.match(run[0]) or party_role or party_after_role or apart):
        run = run[given:]  # 'Peruvian President José Jerí': the name starts at the given name
    if not run or " ".join(run) == phrase or _ELIDED.match(run[0]):
        return None  # ("la dirigeante d'Actineo": what follows 'de' is the body she heads, not her name)
    prefix = words[: len(words) - len(run)]
    if not prefix:
        return " ".join(run)  # "Trump's": the possessive's owner
    # the name follows a title or a role, or starts with a given name ('Demonstranten vom Frankfurter
    # Hauptbahnhof' and 'ministre ... sur Twitter' name a place and a network, not a person)
    last = prefix[-1].lower().strip(",")
    if last in lex.partitives:
        # 'Sen. Tom Cole of Oklahoma': the name before where the person is from; 'the wife of Tom Lee',
        # 'la porte-parole de Marine Le Pen': someone else, whom X only helps to name
        before = prefix[:-1]
        if before and before[-1][:1].isupper() and any(is_given_name(word) for word in before):
            return person_name(" ".join(before), lex) or " ".join(before)
        return None
    if (last in lex.prepositions or last in lex.np_links) and not is_given_name(run[0]):
        return None  # 'la présidente du Rassemblement': the body a role is held in, no person
    serving = last in lex.np_links and any(w.lower() in lex.generic_offices for w in prefix)
    if serving or (last in lex.prepositions and last not in lex.np_links and last not in lex.agent_prepositions):
        return None  # 'a spokesman for Jane Doe', 'adviser to Tom Lee': someone else, whom the role serves
    roled = any(_title(word, lex) or is_role(word.lower().strip(","), lex) for word in prefix)
    # ('président de l'UDI Jean-Christophe Lagarde': the role may stand before the body it is held in)
    governed = last in lex.prepositions or last in lex.determiners
    introduced = given is not None or _title(prefix[-1], lex) or is_role(last, lex) or (roled and not governed)
    if not introduced or any(word.lower() in lex.coordinators for word in prefix):
        return None  # 'Donald Trump and House Speaker Paul Ryan' are two
    # a role's own complement may follow it: 'sociologue du travail', 'ministra de Medio Ambiente'
    links = lex.prepositions | lex.np_links | _PARTICLES
    complements = {k for k in range(1, len(prefix)) if prefix[k - 1].lower() in links}
    # ('der italienische Kardinal', 'the veteran Finance Minister': words before a role qualify it, and in
    # Romance languages the adjective right after it: 'senador republicano')
    roles = [k for k, word in enumerate(prefix) if is_role(word.lower().strip(","), lex)]
    qualifiers = {k for k in range(len(prefix)) if any(0 < r - k <= _QUALIFIER_WORDS or k == r + 1 for r in roles)}
    described = all(k in complements | qualifiers or _describes(word, lex) for k, word in enumerate(prefix))
    # (a given name opening the run is where a name starts, whatever noun stands before it: 'maestro Fabio
    # Mechetti', 'co-host Mika Brzezinski')
    return " ".join(run) if described or (is_given_name(run[0]) and len(prefix) <= _DESCRIPTION_WORDS) else None


_DESCRIPTION_WORDS = 6  # 'exjefe de la CIA [Michael Hayden]': what may stand before a name and describe them
_QUALIFIER_WORDS = 3  # 'the [veteran Finance] Minister', 'der [ehemalige bayerische] Finanzminister'


def _no_german_noun(low: str, lex: Lexicon) -> bool:
    """Too rare for a German noun, and no compound ending in a role ('Komiteechef' is one): a name."""
    return rare_in_german(low) and not low.endswith(_role_heads(lex))


@cache
def _role_heads(lex: Lexicon) -> tuple[str, ...]:
    return tuple(role for role in lex.speaker_nouns if len(role) > 3)


def _role_then_names(run: list[str], lex: Lexicon) -> bool:
    return (
        len(run) >= 2
        and (_title(run[0], lex) or is_role(run[0].lower(), lex))
        and all(rare_in_german(word.lower()) for word in run[1:])
    )


def affiliated_name(phrase: str, lex: Lexicon) -> str | None:
    """'Prof. Boris Lenz vom RWI' -> 'Boris Lenz', 'Pat Moore of Christie' -> 'Pat Moore': the person's name
    when the phrase goes on past it into where they are from (or whom they spoke of), else None."""
    words = phrase.split()
    cut = _affiliation(words, lex)
    return person_name(phrase, lex) if cut is not None else None


def _affiliation(words: list[str], lex: Lexicon) -> int | None:
    """Where a body a named person is from starts after their name: 'vom', 'aus', 'of'. Romance languages
    write the same words inside names ('Lula da Silva'), and German 'von' opens one ('Ursula von der
    Leyen', 'Richard von Weizsäcker'), so the name before must be a given name and a surname, and a
    particle must not open a name of its own."""
    if lex.lang not in ("de", "en"):
        return None
    for k in range(2, len(words) - 1):
        named_next = words[k + 1][:1].isupper() or words[k + 1].lower() in lex.determiners  # 'vom RWI', 'of the'
        link = words[k].lower()
        if not (link in lex.origin_prepositions or link in lex.partitives) or not named_next:
            continue
        surname, first = words[k - 1], words[k - 2]
        named = surname[:1].isupper() and first[:1].isupper() and is_given_name(first)
        # ('Richard von Weizsäcker': a particle before the last word; 'von Human Rights Watch' names a body)
        nobiliary = words[k] in _PARTICLES and words[k + 1].lower() not in lex.determiners and k + 2 == len(words)
        return k if named and not nobiliary else None
    return None


def _title(word: str, lex: Lexicon) -> bool:
    return word.lower() in lex.titles or word.lower().rstrip(".") in lex.titles


def _describes(word: str, lex: Lexicon) -> bool:
    """A word that may stand in a role before a name: a title, a role, a capitalized body or place, an
    article or particle, 'former' and the like."""
    word = ELIDED_ARTICLE.sub("", word)  # "l'UDI", "d'Actineo"
    low = word.lower().strip(",")
    return (
        word[:1].isupper()
        or _title(word, lex)
        or is_role(low, lex)
        or low in lex.determiners
        or low in lex.np_links
        or low in lex.prepositions
        or low in lex.former_words
        or low in lex.speaker_nouns
        or low in lex.person_nouns
        or low.endswith(lex.agent_suffixes)
    )


def owner_of(mention: Mention, lex: Lexicon, evidence: NameEvidence) -> Mention | None:
    """The person a thing belongs to, who speaks through it: 'La investigación de Pfanz agrega',
    'Das Fazit von Sandra Boser'. Only a name after 'of' counts, and only where the thing cannot speak."""
    return owner_in(mention, lex, evidence) if who(mention, lex, evidence) is Who.NOBODY else None


def speaks_through(mention: Mention, lex: Lexicon, evidence: NameEvidence, judged: Who) -> Mention | None:
    """The named owner of a thing that cannot speak, or of a document, bound to a cue: 'La investigación
    de Pfanz agrega', 'Das Fazit von Marta Kühn, der Leiterin des Instituts, lautete' (the apposition
    describes the owner, not the thing). `judged`: what `who` made of the mention."""
    thing = who(replace(mention, alias=None), lex, evidence) if mention.alias else judged
    head = next((w.lower() for w in mention.text.split() if w.lower() not in lex.determiners), "")
    document = is_document(head, lex)
    if thing is not Who.NOBODY and not document:
        return None
    issuer = _issuer(mention, lex, evidence) if document else None  # ('del Ministerio de Agua')
    owner = issuer or owner_in(mention, lex, evidence)
    return replace(owner, alias=mention.alias) if owner is not None else None


def _issuer(mention: Mention, lex: Lexicon, evidence: NameEvidence) -> Mention | None:
    """'A statement from the California Fire Chiefs Association called …', 'el comunicado del Ministerio':
    the body a document comes from speaks through it."""
    words = mention.text.split()
    at = next((k for k, w in enumerate(words[1:-1], 1) if _issued_by(w.lower(), lex)), None)
    rest = _past_article(words[at + 1 :], lex) if at is not None else []
    if not rest or not rest[0][:1].isupper():
        return None
    found = _mention_within(mention, rest)
    return found if who(found, lex, evidence) is Who.BODY else None


def _issued_by(word: str, lex: Lexicon) -> bool:
    """'of', 'from', 'von', and the contracted 'del', 'du', 'do', 'des': a name's links that are no conjunction."""
    links = (lex.partitives, lex.origin_prepositions, lex.genitive_determiners, lex.np_links)
    return any(word in words for words in links) and word not in lex.coordinators


def _past_article(words: list[str], lex: Lexicon) -> list[str]:
    """The words after a link, its article left out: 'of [the] Red Cross', 'del' needs none."""
    return words[1:] if len(words) > 1 and words[0].lower() in lex.determiners else words


def _mention_within(mention: Mention, words: list[str]) -> Mention:
    """The mention of the last words of `mention`: 'Red Cross' in 'a statement of the Red Cross'."""
    name = " ".join(words)
    start = mention.start + mention.text.rfind(name)
    return Mention(name, start, start + len(name), "name")


def owner_in(mention: Mention, lex: Lexicon, evidence: NameEvidence) -> Mention | None:
    """The named owner after 'of' in a phrase already judged to be no one (see `owner_of`)."""
    words = mention.text.split()
    for i, word in enumerate(words[1:-1], 1):
        if word.lower() in lex.partitives or word.lower() in lex.genitive_determiners:
            rest = _past_article(words[i + 1 :], lex)
            # the name ends where the capitalized words do: 'von Sandra Boser [nach fünf Jahren]'
            ends = (k for k, w in enumerate(rest) if not w[:1].isupper() and w.lower() not in _PARTICLES)
            rest = rest[: next(ends, len(rest))]
            if not rest:
                return None
            found = _mention_within(mention, rest)
            # a German noun is capitalized and may be rare ('von Fingerabdrücken'): there a given name must show
            named = any(is_given_name(w.lower()) or (lex.lang != "de" and w.lower() in evidence.names) for w in rest)
            return found if named and who(found, lex, evidence) is Who.NAME else None
    return None


def _label(run: list[str]) -> bool:
    """A group a person is named with, before their given name: 'Democrats Hillary Clinton'."""
    first = run[0]
    return len(run) > 2 and first.endswith("s") and not is_given_name(first) and is_given_name(run[1])


def _a_country(word: str, lex: Lexicon) -> bool:  # (not in English: 'Chad', 'Georgia', 'Jordan' are given names)
    return lex.lang != "en" and word.lower() in country_names(lex.lang)
