"""Which words name an office or a state body, as presscli.attribution.official reads them: the
per-language lists, German compounds ('Bundesinnenministerin', 'US-Delegationsleiterin', but not
'Verbandspräsident'), and a head role followed by what it heads ('presidente del PRI')."""

from __future__ import annotations

import re

from presscli.lexicon import Lexicon
from presscli.tables import country_names

_COMPOUND_HEAD = 5  # German compounds: 'Bundesinnenminister' ends in 'minister'
WORD = re.compile(r"[\w'’.@-]+")
ELISION = re.compile(r"^(?:l|d|qu)['’]")  # "l'État" -> 'État'
PARTICLES = {"of", "for", "de", "del", "des", "du", "da", "do", "dos", "der", "für", "di", "della"}


def of_a_state_body(word: str, low: str, lex: Lexicon, acronyms: frozenset[str]) -> bool:
    """A role joined by a hyphen to the state or intergovernmental body it serves: 'UN-Generalsekretär'."""
    prefix, _, rest = word.strip(".,()").partition("-")
    if not rest or not (prefix in acronyms or prefix.lower() in lex.official_bodies):
        return False
    role = matches(rest.lower(), lex.official_roles, lex) or matches(rest.lower(), lex.head_roles, lex)
    return role and low not in lex.unofficial_words


def head_of_a_compound_body(low: str, lex: Lexicon) -> bool:
    """A German compound of a head role after what it heads ('Verbandspräsident', 'ADAC-Präsident',
    'Konzernchef'), where that is no state body ('Bundestagspräsident', 'Polizeipräsident' are)."""
    body = _compound_body(low, lex)
    return body is not None and not _a_state_body(body, lex)


def head_of_a_state_compound(low: str, lex: Lexicon) -> bool:
    """'US-Delegationsleiterin', 'Polizeichef', 'Behördenleiter': a German compound of a head role after
    the state body it heads, official whatever follows ('beim Klimagipfel' is where, not what)."""
    body = _compound_body(low, lex)  # (of a body, not of a role: 'Generalsekretär' is no general's head)
    return body is not None and _a_state_body(body, lex, roles=False)


def _compound_body(low: str, lex: Lexicon) -> str | None:
    """What a German compound ending in a head role heads: 'verband' in 'Verbandspräsident'."""
    if lex.lang != "de" or low in lex.official_roles:
        return None
    head = next((h for h in lex.head_roles if low.endswith(h) and len(low) > len(h) + 1), None)
    if head is None:
        return None
    body = low[: -len(head)].rstrip("-").rpartition("-")[2]  # 'us-delegations' -> 'delegations'
    return body[:-1] if body.endswith("s") and not body.endswith("ss") else body  # the linking 's'


def _a_state_body(body: str, lex: Lexicon, roles: bool = True) -> bool:
    state = ("bundes", "landes", "staats", "regierungs", "polizei", "minister")
    return body in state or matches(body, lex.official_bodies, lex) or (roles and body in lex.official_roles)


def an_office(low: str, lex: Lexicon) -> bool:
    return matches(low, lex.official_roles, lex) or head_of_a_state_compound(low, lex)


def head_of_something_else(lows: list[str], k: int, lex: Lexicon) -> bool:
    """'presidente del PRI', 'secrétaire nationale de la CFDT': the head of something not a state body."""
    if not matches(lows[k], lex.head_roles, lex) or head_of_a_state_compound(lows[k], lex):
        return False
    if any(low in lex.possessive_determiners for low in lows[max(0, k - 2) : k]):
        return True  # 'La CEOE … Su presidente', 'Its general secretary': the head of what was named before
    return of_something_else(lows, k, lex)


def of_something_else(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Does the role at k govern something other than a state ('… del PRI', '… de Vox', 'for the family'), not
    a state body, a portfolio or a country ('… of Education', 'de Colombia', 'del Gobierno')?"""
    rest = lows[k + 1 :]
    while rest and not (rest[0] in lex.prepositions or rest[0] in PARTICLES) and len(rest) > 1:
        rest = rest[1:]  # 'secrétaire nationale de …': past its adjective
    if not rest or not (rest[0] in lex.prepositions or rest[0] in PARTICLES):
        return False
    governed = rest[1:]
    while governed and governed[0] in lex.determiners:
        governed = governed[1:]
    if governed and governed[0] in lex.state_nouns:
        return False  # 'secretary of state for the elderly', 'président de la République': the state's
    if governed and governed[0] in lex.portfolios:
        return False  # 'secretário estadual da Agricultura', 'secretary of Education': a government's member
    if _a_country(governed, lex):
        return False  # 'presidente de Colombia', 'President of the United States': the head of a state
    return not any(matches(low, lex.official_bodies, lex) for low in rest)


def matches(low: str, words: frozenset[str], lex: Lexicon) -> bool:
    if low in words:
        return True
    if lex.lang == "de":  # compounds and inflections: 'Bundesinnenministerin', 'Finanzministeriums', 'Amtes'
        stems = {low.removesuffix(e) for e in ("s", "es", "in", "n", "r")}
        if stems & words:
            return True
        return any(stem.endswith(w) for stem in stems for w in words if len(w) >= _COMPOUND_HEAD)
    head = low.rsplit("-", 1)[-1]
    return head != low and head in words  # 'EU-Kommissar', 'ex-ministre' is caught as former


def _a_country(words: list[str], lex: Lexicon) -> bool:
    """Do `words` open with a country's name ('colombia', 'united states')?"""
    countries = country_names(lex.lang)
    return any(" ".join(words[:n]) in countries for n in range(1, _COUNTRY_WORDS + 1))


_COUNTRY_WORDS = 3  # 'estados unidos', 'république démocratique du congo' opens with three


def body_name(words: list[str], body: str) -> str:
    """'the Mexican Foreign Ministry' -> 'Mexican Foreign Ministry', 'the Ministry of Water' -> 'Ministry of
    Water': the capitalized run around the body word, particles included."""
    start = end = words.index(body)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    while end + 2 < len(words) and words[end + 1].lower() in PARTICLES and words[end + 2][:1].isupper():
        end += 2
        while end + 1 < len(words) and words[end + 1][:1].isupper():
            end += 1
    return ELISION.sub("", " ".join(w.strip(".,()") for w in words[start : end + 1]))  # "l'Agence" -> 'Agence'


def compound_roles(words: list[str], lex: Lexicon) -> list[str]:
    """'Attorney General' read as the 'attorney-general' the lists hold (not as an attorney, a firm's word)."""
    for k in range(len(words) - 1):
        joined = f"{words[k]}-{words[k + 1]}"
        if joined.lower() in lex.official_roles:
            return [*words[:k], joined, *compound_roles(words[k + 2 :], lex)]
    return words


def out_of_office(low: str, lex: Lexicon) -> bool:
    """'former', 'ex-ministre', 'ehemalige'; 'president-elect', 'propuesto': no office held when speaking."""
    if low in lex.former_words or low in lex.designate_words or low.startswith(("ex-", "ehemalig")):
        return True
    # ('Altkanzler', 'Altbundespräsident', 'Altbürgermeister'): a German office held before
    return lex.lang == "de" and low.startswith("alt") and matches(low[3:], lex.official_roles, lex)


def named_for_another(words: list[str], k: int, lex: Lexicon) -> bool:
    """'Texas Right to Life spokeswoman': a name before the role that holds no state body, state or country
    (not 'White House spokesman', 'Kremlin spokesman', 'State Department spokesman')."""
    before = [w for w in words[:k] if w[:1].isupper()]
    lows = [w.lower().strip(".,") for w in before]
    state = any(matches(low, lex.official_bodies, lex) or low in lex.state_nouns for low in lows)
    return len(before) >= _NAME_WORDS_BEFORE and not state and " ".join(lows) not in country_names(lex.lang)


_NAME_WORDS_BEFORE = 2  # 'Acme Corp spokeswoman'; a lone word may be a person's name ('Obama spokesman')
