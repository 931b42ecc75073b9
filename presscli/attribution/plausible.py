"""Can a phrase be someone who speaks? A person (a name, a role, a person noun), a body (a ministry, a
party, an acronym), or a pronoun for one of them; never an abstract noun, an adverb or a verb form.

The judgement reads general resources (given names, each language's most frequent words, role and
organisation words, noun suffixes) and the article's own evidence: in German every noun is
capitalized, so a capitalized word counts as a name only when it is rare, a given name, or written
in the article next to a given name or a title ('Bundeskanzler Gerhard Schröder' makes 'Schröder'
a name everywhere in that article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from presscli.attribution.doers import is_doer
from presscli.attribution.given_names import is_given_name
from presscli.attribution.mentions import Mention, role_forms
from presscli.attribution.months import is_month
from presscli.lexicon import LANGUAGES, Lexicon, in_every_language, stopwords
from presscli.tables import common_list

_PARTICLE = r"(?:von|van|de|der|den|zu|di|da|del|la|le|dos|du)"
# a run of capitalized words, a name's particles inside it ('Ursula von der Leyen')
_CAPITALIZED_RUN = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:{_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "di", "da", "del", "la", "le", "dos", "du"}
_WORD = re.compile(r"[\w'’.-]+")
ELIDED_ARTICLE = re.compile(r"^[dl]['’](?=\w)", re.IGNORECASE)  # "l'élu", "d'Actineo": an article elided onto a word
AGED = re.compile(r"\d+-(?:year-old|jährige[rmn]?|jähriger|années?)", re.IGNORECASE)
# 'der FDP-Politiker', 'die Grünen-Politikerin': German press names the person just named by their party
PARTY_MEMBER = re.compile(r"\w+-politiker(?:in)?", re.IGNORECASE)
# a share of those polled, in the words the press languages write it in
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|prozent|por ciento|pour cent|por cento)", re.IGNORECASE)
_CONTRACTION = re.compile(r"['’](m|re|ve|ll|d)$")  # "I'm", "we’re": a pronoun, whatever follows it
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,8}s?")
_COMPOUND_LETTERS = 10  # German compounds this long or longer are common nouns when they end in one
_GERMAN_PARTICIPLE = "end"  # German present participles open sentences as adverbs: 'Ergänzend', 'Abschließend'
_INTERNATIONAL_LISTS = 2  # a word in the frequency lists of two other press languages is a name there
_SIGNIFICANT_LETTERS = 4  # names leave short words in lower case: 'Bild am Sonntag'
_COMPOUND_HEAD = 5  # the shortest common noun that may end such a compound ('gerichts', 'regierung')


class Who(str, Enum):
    """What kind of speaker a phrase can be; NOBODY when it cannot be one."""

    NAME = "name"
    BODY = "body"
    ROLE = "role"
    PRONOUN = "pronoun"
    NOBODY = "nobody"


@dataclass(frozen=True, slots=True)
class NameEvidence:
    """What one article shows about which capitalized words are names."""

    lang: str
    names: frozenset[str]  # words the article writes as names (lower case)


def name_evidence(text: str, lang: str, lex: Lexicon) -> NameEvidence:
    """Words the article treats as names: in a run of capitalized words, everything from a given name
    or a title onwards ('Bundeskanzlerin Angela Merkel', 'Herr Stoiber'), and, outside German, any
    capitalized word standing mid-sentence."""
    titles = lex.titles | lex.speaker_nouns
    found: set[str] = set()
    for run in _CAPITALIZED_RUN.finditer(text):
        words = run.group().split()
        for i, word in enumerate(words):
            low = word.lower().strip(".,")
            if is_given_name(low) or low in titles or (lang == "de" and rare_in_german(low)):
                found.update(w.lower().strip(".,") for w in words[i + 1 :] if w.lower() not in _PARTICLES)
                if is_given_name(low):
                    found.add(low)
                break
    if lang != "de":
        function_words = _function_words(lex)
        for match in re.finditer(r"(?<=[a-zà-öø-ÿ,] )([A-ZÀ-ÖØ-Þ][\w'’-]+)", text):
            low = match.group(1).lower()
            if low not in function_words:
                found.add(low)
    return NameEvidence(lang, frozenset(found))


@cache
def _function_words(lex: Lexicon) -> frozenset[str]:
    return (
        stopwords(lex.lang)
        | lex.determiners
        | lex.pronouns
        | lex.demonstratives  # 'Dieser bestätigte': a pointing word, not a doer in -er
        | lex.connectors
        | lex.prepositions
        | lex.adverbs
        | lex.np_stops
        | lex.auxiliaries
        | lex.subordinators
        | lex.complementizers
        | lex.coordinators
    )


def rare_in_german(low: str) -> bool:
    """Too rare to be a German common noun, compounds of common nouns included: a name ('Stöhr')."""
    common = common_list("de")
    if low in common or low.rstrip("s") in common:
        return False
    # 'Bundesverfassungsgerichts': a compound of common nouns is one too
    return len(low) < _COMPOUND_LETTERS or not any(
        low[i:] in common or low[i:].rstrip("s") in common for i in range(1, len(low) - _COMPOUND_HEAD + 1)
    )


def who(mention: Mention, lex: Lexicon, evidence: NameEvidence, strict: bool = True) -> Who:
    """What kind of speaker `mention` can be. Leniently (`strict` False, for a phrase a strong pattern
    binds to its cue: '„…“, so Barth', '"…", dijo la exempleada'), only what cannot be anyone is
    NOBODY: function words, adverbs, numbers, abstract nouns. Strictly, a capitalized German common
    noun and a description without a person, role or body word are NOBODY too."""
    if mention.kind == "pronoun":
        return Who.PRONOUN
    words = [w.strip(".,()'’") for w in _WORD.findall(mention.text)]
    words = [w for w in words if w]
    first = mention.text.replace("(", " ").split()[0] if words else ""
    if _SHARE.fullmatch(mention.text):
        return Who.ROLE  # '21 percent said', '22 Prozent teilen die Meinung': that share of those asked
    if not words or (any(ch.isdigit() for ch in first) and not AGED.fullmatch(first)):
        return Who.NOBODY  # 'CO2', '2005'
    acronyms = in_every_language("org_acronyms")
    content_words = [w for w in words if w.lower() not in lex.determiners]
    if content_words and AGED.fullmatch(content_words[-1]):
        return Who.ROLE  # 'the 46-year-old', 'Der 84-jährige': a person by their age
    if content_words and all(any(ch.isdigit() for ch in w) and w not in acronyms for w in content_words[-1:]):
        return Who.NOBODY  # 'El CO2', 'the 2005': a formula or a number heads the phrase, not someone ('the G20' is)
    if len(words) == 3 and words[1].lower() in lex.partitives and words[2].lower() in lex.pronouns:
        return Who.ROLE  # 'one of them', 'uno de ellos': a member of a group already named
    if lex.lang == "de" and any(_german_verb_form(w, lex) for w in words):
        return Who.NOBODY  # 'Darin steht unter anderem': a clause, not a phrase (German writes nouns capitalized)
    words = _head(words, lex)
    lows = [w.lower() for w in words]
    # a body's name keeps its own language ('Public Health England' in Portuguese); a lone word is read
    # in the article's ('Rede' is a speech in German, a network in Portuguese)
    org_words = in_every_language("org_words") if len(words) > 1 else lex.org_words
    if set(lows) & org_words or set(words) & in_every_language("org_acronyms"):
        return Who.BODY
    if lex.lang == "de" and any(_compound_of(low, lex.org_words) for low in lows):
        return Who.BODY  # 'Finanzministeriums', 'Landesregierung'
    if any(_ACRONYM.fullmatch(w) for w in words):
        return Who.BODY
    if any(is_role(ELIDED_ARTICLE.sub("", low), lex) for low in lows):
        return Who.ROLE  # ("l'élu de la Manche": the article elided onto the role is no part of it)
    if lows and is_document(lows[-1], lex):
        return Who.BODY  # 'The email goes on to say', 'Das Fazit des Berichts lautete': a text speaks for its issuer
    function_words = _function_words(lex)
    content = [(w, low) for w, low in zip(words, lows, strict=True) if _content_word(w, low, function_words, lex)]
    if not content or _a_date(content, evidence):
        return Who.NOBODY  # 'So', 'Unterdessen', 'a de son côté', 'letzten September' (not 'Theresa May')
    if lex.lang == "de" and _abstract(content[0][1], lex):
        return Who.NOBODY  # 'Die Äußerungen Hassemers', 'Wichtigkeit Englands': a thing of theirs, not them
    if mention.alias and who(Mention(mention.alias, 0, 0, "description"), lex, evidence, strict) is not Who.NOBODY:
        return Who.ROLE  # the role beside a name: 'Der deutsche Regierungssprecher, Steffen Seibert,'
    if any(_is_name(w, low, lex, evidence) for w, low in content):
        return Who.NAME
    if any(low in lex.person_nouns or (is_doer(low, lex) and not is_month(low)) for _, low in content):
        return Who.ROLE  # 'Die Kanadier', 'un rapaz', 'the protesters'
    if not strict:  # what a strong pattern names speaks, documents included ('", menciona la introducción')
        return Who.NAME if content[0][0][:1].isupper() else Who.ROLE
    return Who.NOBODY


def _abstract(low: str, lex: Lexicon) -> bool:
    return len(low) > _ABSTRACT_LEAST and low.endswith(lex.abstract_suffixes)


_ABSTRACT_LEAST = 6  # 'Union', 'Nation': short words in these endings are bodies or names


def _head(words: list[str], lex: Lexicon) -> list[str]:
    """The phrase without the modifier after its first preposition: 'Pflichten [der Union]',
    'expansão [do braço]'; a name keeps its particles ('Secretariat of Foreign Relations')."""
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        if (low in lex.prepositions or low in lex.partitives) and not words[i - 1][:1].isupper():
            return words[:i]
        previous = words[i - 1]
        if (
            lex.lang == "de"
            and low in lex.determiners
            and previous[:1].isupper()
            and previous.lower() not in lex.determiners
            and previous.lower() not in lex.prepositions
        ):
            # German genitive: 'Pflichten der Union' (not 'Die das Unglück überlebende X', 'Von der Leyen')
            return words[:i]
        if lex.lang == "de" and low in lex.prepositions and low != "für":
            return words[:i]  # 'Bereits [im Dezember]', 'Sascha Kempf [vom Max-Planck-Institut]'
    return words


def plausible(mention: Mention | None, lex: Lexicon, evidence: NameEvidence, strict: bool = True) -> bool:
    return mention is not None and who(mention, lex, evidence, strict) is not Who.NOBODY


def is_role(low: str, lex: Lexicon) -> bool:
    """A title, a role or an office ('minister', 'Bundeskanzlerin', 'SPD-Vorsitzende', 'portavoz')."""
    if low in lex.speaker_nouns or low in lex.titles or low in lex.person_nouns or low in lex.occupations:
        return True
    # 'SPD-Vorsitzende', 'EU-Außenbeauftragte'; 'la exministra', 'el expresidente'
    if any(form in lex.speaker_nouns or form in lex.person_nouns for form in role_forms(low)[1:]):
        return True
    # 'Bundesinnenminister', 'Vorabberichts', 'Kommissarin'; 'Teamchef' with a short head the lexicon allows
    if lex.lang != "de":
        return False
    return _compound_of(low, lex.speaker_nouns | lex.person_nouns) or _compound_of(low, lex.compound_heads, 0, 3)


def _compound_of(low: str, heads: frozenset[str], shortest: int = _COMPOUND_HEAD, before: int = 0) -> bool:
    """A German compound ending in one of `heads`, in any case ending ('Finanzministeriums')."""
    # case endings and the feminine: 'Ministeriums', 'Kommissarin', 'Sprecherinnen'
    stems = {low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("n"), low.removesuffix("in")}
    stems |= {low.removesuffix("innen"), low.removesuffix("en"), _umlaut_singular(low)}  # 'Gewerkschaften', 'Verbände'
    # (`before`: the fewest letters of the compound's first part, for a short head: 'Teamchef', not 'Schef')
    return any(
        stem.endswith(head) and len(stem) - len(head) >= before
        for stem in stems
        for head in heads
        if len(head) > shortest
    )


_UMLAUTS = str.maketrans("äöü", "aou")


def _umlaut_singular(low: str) -> str:
    """'verbände' -> 'verband', 'räte' -> 'rat', 'ämter' -> 'amt': a German plural by umlaut and ending."""
    stem = low.removesuffix("er") if low.endswith("er") else low.removesuffix("e")
    at = max(stem.rfind(u) for u in "äöü")
    return stem[:at] + stem[at].translate(_UMLAUTS) + stem[at + 1 :] if at >= 0 and stem != low else low


def _is_name(word: str, low: str, lex: Lexicon, evidence: NameEvidence) -> bool:
    """Is this word (of a speaker phrase) written as a name?"""
    if not word[:1].isupper():
        return False
    if is_given_name(low) or low in evidence.names:
        return True
    if _abstract(low, lex):
        return False  # 'Zuversicht' is no name, nor 'Regulation'
    if evidence.lang == "de":
        if low.endswith(_GERMAN_PARTICIPLE) and len(low) > len(_GERMAN_PARTICIPLE) + 4:
            return False  # 'Relativierend fügt Gall hinzu', 'Abschließend sagte er': an adverb, not a name
        return rare_in_german(low) or _international(low, "de")
    return low not in common_list(evidence.lang) or _international(low, evidence.lang)


def _international(low: str, lang: str) -> bool:
    """Names cross languages, common nouns do not: 'Gaddafi', 'Merkel', 'Barth' stand in the frequency
    lists of other languages too, 'Zuversicht' and 'Werke' in German's alone."""
    return sum(low in common_list(code) for code in LANGUAGES if code != lang) >= _INTERNATIONAL_LISTS


def _content_word(word: str, low: str, function_words: frozenset[str], lex: Lexicon) -> bool:
    """Not a function word; but a capitalized modal that is also a given name may be the name ('Will
    described Trump as …', 'May said'): a cue's subject is never a modal."""
    if word[:1].isupper() and (low in lex.auxiliaries or low in lex.modal_verbs) and is_given_name(low):
        return True
    return _CONTRACTION.sub("", low) not in function_words


def _german_verb_form(word: str, lex: Lexicon) -> bool:
    """A lower-case German word that is no article, preposition, adverb or inflected adjective."""
    low = word.lower()
    if word[:1].isupper() or not word.isalpha() or low in lex.determiners or low in lex.prepositions:
        return False
    if low in lex.auxiliaries and low not in lex.adverbs:
        return True  # 'Die Universitätsleitung habe dieses': a clause ('hat', 'sei'), not a phrase
    return low not in _function_words(lex) and not low.endswith(_ADJECTIVE_ENDINGS) and low.endswith(("t", "st"))


def is_document(low: str, lex: Lexicon) -> bool:
    """A text that speaks for whoever issued it: 'statement', 'comunicado', German compounds of one
    ('Positionspapier', 'Pressemitteilung')."""
    if low in lex.document_nouns:
        return True
    return lex.lang == "de" and len(low) > _COMPOUND_LETTERS and low.endswith(_endings(lex.document_nouns))


@cache
def _endings(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


def _a_date(content: list[tuple[str, str]], evidence: NameEvidence) -> bool:
    """A month with nothing but lower-case words beside it: 'letzten September', 'julio pasado'."""
    months = [low for _, low in content if is_month(low) and low not in evidence.names]
    return bool(months) and all(low in months or not word[:1].isupper() for word, low in content)


_ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")
