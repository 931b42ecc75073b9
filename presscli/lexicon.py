"""The reader of presscli/data/: per-language word lists, abbreviations, stopwords and frequency lists (the
reference tables of presscli.tables, given names, months, common words, are read through `read_data`).

Every list is data, in a file of its language (data/lexicon/xx.json, data/abbreviations/xx.txt,
data/stopwords/xx.txt, data/words/xx.txt, data/adverbs/xx.txt), so that a rule for German never fires
on English text. A language without its own lexicon borrows English's; cue verbs of every shipped
language are also tried where a caller merges them, because articles quote across languages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

# The languages presscli ships lexicons for: the press languages it reads best.
LANGUAGES = ("en", "es", "fr", "pt", "de", "it")
# nltk's names for languages: its Punkt models and stopword lists are filed under them.
_NLTK_PAIRS = (
    "en:english es:spanish fr:french pt:portuguese de:german it:italian nl:dutch sv:swedish pl:polish "
    "tr:turkish ru:russian da:danish no:norwegian fi:finnish cs:czech el:greek et:estonian sl:slovene"
)
NLTK_NAMES = dict(pair.split(":", 1) for pair in _NLTK_PAIRS.split())


# eq=False: a lexicon is built once per language (and per merge, both cached) and is the key of many
# caches; hashing it by identity costs nothing, by value a hundred fields on every lookup
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """The words of one language (or of several, merged) that attribution and layout read."""

    lang: str
    drops_subjects: bool  # a finite verb may stand without its subject: 'Agregó que «…»', 'Disse que'
    # cue phrases, as token tuples
    verbs: frozenset[tuple[str, ...]]
    passive: frozenset[tuple[str, ...]]  # impersonal forms: 'heißt es', 'se lee'
    according_to: frozenset[tuple[str, ...]]
    according_after: frozenset[tuple[str, ...]]  # only right after a quotation: '„…“, so der Minister'
    opinion_prefix: frozenset[tuple[str, ...]]
    opinion_after: frozenset[tuple[str, ...]]  # '"…", para ella': an opinion's holder after the quotation
    opinion_held: frozenset[tuple[str, ...]]  # 'A su juicio, …', 'In his view, …': the last speaker's view
    naming: frozenset[tuple[str, ...]]  # 'so-called', 'llamado': a label follows, not speech
    # single words
    auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    clitics: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    np_links: frozenset[str]
    title_prepositions: frozenset[str]  # inside a title: 'Ministerin für Arbeit', 'secretária de Vigilância em Saúde'
    np_stops: frozenset[str]
    adverbs: frozenset[str]
    connectors: frozenset[str]
    reported_speech: frozenset[str]  # verb forms that mark indirect speech (German Konjunktiv I)
    pointing_back: frozenset[str]  # '„…“. Das sagte X': a sentence opening on the quotation before it
    speaker_nouns: frozenset[str]  # people and bodies who speak: minister, spokesman, ministry, report
    compound_heads: frozenset[str]  # short nouns that still end a compound naming someone: 'Teamchef'
    occupations: frozenset[str]  # what people do for a living: 'consultant', 'abogada' (data/roles, from Faker)
    according_postpositions: frozenset[str]  # 'Nacke zufolge': the speaker stands before the cue
    source_prepositions: frozenset[str]  # 'heißt es in der Erklärung': the document is the speaker
    voice_prepositions: frozenset[str]  # 'Desde el Ministerio informan que': a body speaking, its people unnamed
    origin_prepositions: frozenset[str]  # 'hieß es aus dem Ministerium': the body the words came from
    agent_prepositions: frozenset[str]  # '„…“ von der Opposition', 'considerada "infeliz" por oficiais'
    subordinators: frozenset[str]  # 'after Trump told': a clause whose subject follows
    contrast_conjunctions: frozenset[str]  # 'while', 'tandis (que)': a clause with a subject of its own
    coordinators: frozenset[str]
    partitives: frozenset[str]  # 'one of them'
    relative_pronouns: frozenset[str]
    complementizers: frozenset[str]  # '... estime que "…"'
    clause_openers: frozenset[str]  # words a quoted clause opens with: 'nous', 'we', 'ich'
    not_gerunds: frozenset[str]  # nouns that merely end like a gerund: 'briefing', 'représentant'
    impersonal_pronouns: frozenset[str]  # 'on dit', 'man sagt': nobody in particular
    noun_markers: frozenset[str]  # a reporting verb after these is a noun: 'the claims'
    verbatim_words: frozenset[str]  # 'Koppelin wörtlich: „…“'
    plural_pronouns: frozenset[str]  # 'they', 'ils', 'ellos': a group or a body speaks, never one person
    plural_determiners: frozenset[str]  # 'les', 'los', 'os': a description of a group
    quantifiers: frozenset[str]  # 'many', 'mehrere', 'plusieurs': a count of people, who speak only through a cue
    body_pronouns: frozenset[str]  # pronouns that point to a body first: 'it'
    body_anaphors: frozenset[str]  # nouns that point back to the body last named: 'a pasta', 'la entidad'
    definite_articles: frozenset[str]  # 'el', 'la', 'der': a description with one points to someone known
    official_anaphors: frozenset[str]  # 'el funcionario', 'le responsable': the office holder who spoke last
    word_nouns: frozenset[str]  # 'la palabra', 'the term', 'le slogan': what follows in marks is a word, any case
    official_roles: frozenset[str]  # offices whose holders speak officially: 'minister', 'Bürgermeisterin'
    head_roles: frozenset[str]  # heads of anything ('presidente del PRI'): official only as head of a state body
    official_bodies: frozenset[str]  # state and intergovernmental bodies: 'ministry', 'Regierung', 'préfecture', 'OMS'
    unofficial_words: frozenset[str]  # what makes a speaker not official: 'former', 'candidate', 'party', 'company'
    former_words: frozenset[str]  # no longer in office: 'former', 'ehemalige', 'ancien'
    designate_words: frozenset[str]  # not (yet) in office: 'president-elect', 'propuesto', 'shadow chancellor'
    genitive_determiners: frozenset[str]  # after a noun they join it: 'Ein Sprecher des Ministeriums'
    quoting_verbs: frozenset[str]  # 'zitierte man X': the object is the one quoted
    speech_nouns: frozenset[str]  # 'X's characterization of Y as «…»': a noun for words someone used
    document_nouns: frozenset[str]  # 'issued a statement saying': the statement speaks for its issuer
    generic_offices: frozenset[str]  # 'the official', 'the spokesman': anyone of the kind, not the one named
    anonymous_nouns: frozenset[str]  # 'source', 'fuente': someone who stays unnamed, even after a demonstrative
    demonstratives: frozenset[str]  # 'este experto', 'cette source': someone already named
    feminine_determiners: frozenset[str]  # 'la alcaldesa' is a woman: not the 'Luis' just named
    masculine_determiners: frozenset[str]
    time_nouns: frozenset[str]  # 'este jueves', 'cette semaine': a demonstrative before one opens an adverbial
    intensifiers: frozenset[str]  # 'el propio Ábalos', 'o próprio Lula': a word stressing a name, not part of it
    article_prepositions: frozenset[str]  # 'declarou a jornalistas': an article that is a preposition before a plural
    anonymity_words: frozenset[str]  # 'on condition of anonymity': a speaker who asked not to be named
    object_determiners: frozenset[str]  # German 'den', 'dem', 'seinen': accusative or dative, never a subject
    oblique_determiners: frozenset[str]  # never open a subject: German 'dem', 'seiner' (dative, genitive)
    passive_auxiliaries: frozenset[str]  # German 'werden', 'wurde': the subject is acted on, an agent speaks
    separable_particles: frozenset[str]  # German 'stellte Celebi fest': a cue's particle closes its clause
    modal_verbs: frozenset[str]  # finite forms of 'be', 'have' and the modals: a phrase holding one is a clause
    narrator_pronouns: frozenset[str]  # 'I', 'we' outside quotation marks: the reporter, never a quoted speaker
    thing_pronouns: frozenset[str]  # pronouns that never open a sentence about someone: 'it', 'ça'
    titles: frozenset[str]  # honorifics left out when comparing names: 'Sen.', 'Mme'
    org_words: frozenset[str]  # words that make a speaker a body: 'ministry', 'partido'
    state_nouns: frozenset[str]  # 'secretary of state', 'head of state': an office held in the state itself
    uttered_words: frozenset[str]  # 'Estas son las palabras que X …': a noun for the words someone said
    speech_events: frozenset[str]  # 'the speech', 'die Rede': read from, it is the one who gave it who speaks
    org_acronyms: frozenset[str]  # the same, written in capitals only: 'UN', 'OMS' ('un' is French for 'a')
    source_labels: frozenset[str]  # 'Fuente:', 'Crédito:'
    original_labels: frozenset[str]  # 'Original article:'
    byline_prefixes: frozenset[str]  # 'By', 'Por', 'Von'
    published_words: frozenset[str]  # 'Published', 'mis à jour'
    name_particles: frozenset[str]  # a line ending in 'de' or 'von' was cut inside a name
    press_titles: frozenset[str]  # the nouns that end newspaper titles: 'Zeitung', 'Rundschau', 'Spiegel'
    media_nouns: frozenset[str]  # German 'Zeitung', 'Nachrichtenagentur': what a speaker talks to ('der Zeitung')
    person_nouns: frozenset[str]  # words for people who may speak without a role: 'person', 'witness', 'crowd'
    # endings
    gerund_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    possessive_endings: tuple[str, ...]
    agent_suffixes: tuple[str, ...]  # nouns of people who do something: '-er', '-ista', '-eur', '-erin'
    adjective_endings: tuple[str, ...]  # English adjectives before a noun: 'his biggest worry', 'racial remarks'
    subject_verb_endings: tuple[str, ...]  # '“…,” an angry Hollande retaliated.': English past tense
    inverted_verb_endings: tuple[str, ...]  # '«…», sentenció X', '„…“, konterte X': a verb before its subject
    abstract_suffixes: tuple[str, ...]  # nouns of things and ideas: '-tion', '-dad', '-ung', '-ité'
    issued_texts: frozenset[str]  # 'statement', 'nota', 'Mitteilung': a text its issuer speaks through
    portfolios: frozenset[str]  # 'Agricultura', 'Santé', 'Justice': what a government's member is in charge of
    news_verbs: frozenset[str]  # 'berichtet', 'reported': 'Wie X berichtet, sagte Y' reports Y speaking
    naming_verbs: frozenset[str]  # 'nannte', 'called', 'calificó': a quotation after their object is what they call it
    possessive_determiners: frozenset[str]  # 'Seine Partei werde …', 'Su presidente, X': someone else's
    consequences: frozenset[tuple[str, ...]]  # 'por lo que', 'which is why': a clause of its own follows
    age_units: frozenset[str]  # 'Claire, 34 ans, se dit': the word of an age between commas
    inclusions: frozenset[str]  # words opening a list of members: 'Critics, including the mayor, say'
    nominative_pronouns: frozenset[str]  # pronouns only a subject takes: German 'er', 'ich', 'wir' (not 'sie')
    person_pronouns: frozenset[tuple[str, str | None]]  # (pronoun, the gender it agrees with: 'f', 'm' or None)

    def is_person_pronoun(self, word: str) -> bool:
        return any(word == pronoun for pronoun, _ in self.person_pronouns)

    def gender(self, pronoun: str) -> str | None:
        """'f' or 'm' for a gendered pronoun ('she', 'elle', 'er'), else None."""
        return next((g for p, g in self.person_pronouns if p == pronoun and g), None)


_PHRASE_FIELDS: tuple[str, ...] = ("verbs", "passive", "according_to", "according_after", "opinion_prefix")
_PHRASE_FIELDS += ("opinion_after", "opinion_held", "naming", "consequences")
_ENDING_FIELDS: tuple[str, ...] = ("gerund_endings", "participle_endings", "possessive_endings", "agent_suffixes")
_ENDING_FIELDS += ("abstract_suffixes", "adjective_endings", "subject_verb_endings", "inverted_verb_endings")

# split the way text.tokens.tokenize does: "s'est dit" -> ("s'", "est", "dit")
_PHRASE_TOKEN = re.compile(
    r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall)'(?=\w)|\w+(?:[-'.]\w+)*\.?|[^\w\s]"
)


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_PHRASE_TOKEN.findall(phrase.lower().replace("’", "'")))


def read_data(*parts: str) -> str:
    return resources.files("presscli").joinpath("data", *parts).read_text("utf-8")


@cache
def lexicon(lang: str) -> Lexicon:
    """The lists for `lang` (English's, the very same object, when presscli ships none for it)."""
    if lang not in LANGUAGES:
        return lexicon("en")
    code = lang
    raw = json.loads(read_data("lexicon", f"{code}.json"))
    values: dict[str, object] = {}
    for spec in fields(Lexicon):
        name = spec.name
        if name == "lang":
            continue
        if name == "drops_subjects":
            values[name] = bool(raw.get(name, False))
            continue
        entries = raw.get(name, {} if name == "person_pronouns" else [])
        if name == "adverbs":  # and those formed from adjectives: 'actually', 'finalmente' (data/adverbs)
            entries = [*entries, *_words("adverbs", code)]
        if name == "occupations":
            entries = _words("roles", code)
        if name in _PHRASE_FIELDS:
            values[name] = frozenset(phrase_tokens(word) for word in entries)
        elif name in _ENDING_FIELDS:
            values[name] = tuple(entries)
        elif name == "person_pronouns":
            values[name] = frozenset(entries.items())
        elif name == "org_acronyms":
            values[name] = frozenset(entries)
        else:
            values[name] = frozenset(word.lower().replace("’", "'") for word in entries)
    return Lexicon(lang=code, **values)  # type: ignore[arg-type]


@cache
def merged(langs: tuple[str, ...]) -> Lexicon:
    """One Lexicon holding the lists of several languages (a paragraph's and its document's)."""
    parts = [lexicon(code) for code in dict.fromkeys(langs)]
    if len(parts) == 1:
        return parts[0]
    values: dict[str, object] = {}
    for spec in fields(Lexicon):
        name = spec.name
        if name == "lang":
            continue
        if name == "drops_subjects":
            values[name] = parts[0].drops_subjects  # the paragraph's own language decides
            continue
        pieces = [getattr(part, name) for part in parts]
        if name in _ENDING_FIELDS:
            values[name] = tuple(dict.fromkeys(e for piece in pieces for e in piece))
        else:
            values[name] = frozenset().union(*pieces)
    return Lexicon(lang=parts[0].lang, **values)  # type: ignore[arg-type]


def in_every_language(name: str) -> frozenset[str]:
    """One word list of every shipped language together, for text read before its language is known
    (paragraph repair) and for labels that syndicated and translated copy keeps from the original
    ('Fuente:' under an English translation)."""
    return frozenset().union(*(getattr(lexicon(code), name) for code in LANGUAGES))


@cache
def by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first, for matching at a token in one lookup."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in index.items()}


def lines(raw: str) -> Iterable[str]:
    return (line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Function words of `lang` (English's when presscli ships none for it), lower case; nltk's list is
    added when nltk_data is installed."""
    code = lang if lang in LANGUAGES else "en"
    words = set(read_data("stopwords", f"{code}.txt").split())
    try:
        from nltk.corpus import stopwords as nltk_stopwords

        words |= set(nltk_stopwords.words(NLTK_NAMES[code]))
    except (LookupError, OSError):
        pass  # nltk_data is not installed: the shipped list is enough
    return frozenset(words)


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Abbreviations that keep their full stop in `lang` (lower case, without the stop)."""
    if lang not in LANGUAGES:
        return frozenset()
    return frozenset(line.lower() for line in lines(read_data("abbreviations", f"{lang}.txt")))


@cache
def frequency_list(code: str) -> tuple[str, ...]:
    """The most frequent words of `code`, most frequent first (empty when presscli ships none)."""
    return _words("words", code)


def _words(folder: str, code: str) -> tuple[str, ...]:
    """The words of data/folder/code.txt, in order (none when presscli ships no such file)."""
    try:
        return tuple(read_data(folder, f"{code}.txt").split())
    except FileNotFoundError:
        return ()
