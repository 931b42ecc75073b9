"""Names in quotation marks: German quotations written as names (a newspaper, a work, a body or a brand,
not words someone said), and a publication named in marks where a speaker is looked for."""

from __future__ import annotations

import re
from functools import cache

from presscli.attribution.mentions import Mention
from presscli.lexicon import LANGUAGES, Lexicon, stopwords
from presscli.text.tokens import Token

_WORD = re.compile(r"[\w'’.-]+")
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,8}s?")
_ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")
_QUOTED_NAME_WORDS = 5  # 'Bild am Sonntag', 'Kampagne für ein Freies Tibet'
_INNER_CAPITAL = re.compile(r"[a-zäöüß][A-Z]")
_EDITORIAL = re.compile(r"\[[^\]]*\]")


def quoted_name(quote: str, lex: Lexicon, before: str = "") -> bool:
    """Is a German quotation written as a proper name, a newspaper, a work, a body or a brand, rather
    than as words someone said? German capitalizes nouns, so capitals alone say little; these do: a
    word written as a name ('DFB', 'YouTube', 'BILD'), a press title's noun ('Ruhr Nachrichten',
    'Der Spiegel'), another language's function word ('The Nation', 'Commandeur de la Légion'), or a
    capitalized adjective inside the phrase ('Kampagne für ein Freies Tibet'); or the common noun it
    names stands right before it (`before` is the text before the opening mark)."""
    if _named_by_the_noun_before(quote, before, lex):
        return True
    quote = _EDITORIAL.sub("", quote)  # 'ein[en] Kropf': the editor's insertion is not the phrase's
    words = [w.strip("'’") for w in _WORD.findall(quote)]
    words = [w for w in words if w]
    if not words or len(words) > _QUOTED_NAME_WORDS or any(ch in quote for ch in "!?,:;"):
        return False
    if any(_ACRONYM.fullmatch(w) or _INNER_CAPITAL.search(w) for w in words):
        return True
    if not words[-1][:1].isupper():
        return False
    titled = all(w[:1].isupper() for w in words)  # 'Die Zeit', 'Ruhr Nachrichten'; not 'zu gegebener Zeit'
    if titled and (words[-1].lower() in lex.press_titles or _press_compound(words[-1].lower(), lex)):
        return True
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return True  # no article, no preposition, every word capitalized: 'Arbeitskreis Vorratsdatenspeicherung'
    german = stopwords("de")
    if len(words) > 1 and any(w.lower() in _foreign_function_words() and w.lower() not in german for w in words):
        return True
    for i in range(1, len(words) - 1):
        word = words[i]
        if word[:1].isupper() and word.lower().endswith(_ADJECTIVE_ENDINGS) and words[i + 1][:1].isupper():
            return True
    return False


def _named_by_the_noun_before(quote: str, before: str, lex: Lexicon) -> bool:
    """A short capitalized quotation right after a common noun names what the noun is ('die Wochenzeitschrift
    „Jungle World“', 'die Modelle „Touareg“'), unless the noun is one of speech ('die Bezeichnung „Gesindel“'):
    speech after a noun needs a colon."""
    words = _LETTER_WORD.findall(quote)
    if not 1 <= len(words) <= _NAMING_WORDS or not quote[:1].isupper() or any(ch in quote for ch in ",:;!?."):
        return False
    noun = _NOUN_BEFORE.search(before[-_NOUN_REACH:])
    return noun is not None and noun.group(2).lower() not in lex.speech_nouns


_NOUN_BEFORE = re.compile(r"(?<![.!?:])\s([a-zäöüß]\w*)\s+([A-ZÄÖÜ]\w+)\s*$")  # 'der russischen Nachrichtenagentur'
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOUN_REACH = 80  # characters before the quotation where its noun stands
_NAMING_WORDS = 4  # 'die Zeitung „Beijing Shibao“': a name, not a sentence


def _press_compound(word: str, lex: Lexicon) -> bool:
    """'Landeszeitung', 'Lokalanzeiger': a compound ending in a long press-title noun is a paper's name."""
    return any(word.endswith(title) and len(word) > len(title) for title in lex.press_titles if len(title) >= 6)


@cache
def _foreign_function_words() -> frozenset[str]:
    return frozenset().union(*(stopwords(code) for code in LANGUAGES if code != "de"))


def quoted_title(text: str, tokens: list[Token], i: int, limit: int) -> Mention | None:
    """'„…“, schreibt die „Computerwoche“': a publication named in quotation marks after its article."""
    title = name_in_marks(text, tokens, i + 1, limit)
    return Mention(f"{tokens[i].text} {title.text}", tokens[i].start, title.end, "name") if title else None


def name_in_marks(text: str, tokens: list[Token], k: int, limit: int, closing: bool = True) -> Mention | None:
    """A name in quotation marks opening at tokens[k]: 'die „Computerwoche“', where it closes a phrase;
    'laut „Reuters“' (`closing` False), wherever it stands."""
    if k >= limit or tokens[k].quote is None or tokens[k].is_word:
        return None
    quote = tokens[k].quote
    end = k + 1
    while end < limit and tokens[end].quote == quote and end - k <= _TITLE_TOKENS:
        end += 1
    words = [t for t in tokens[k + 1 : end - 1] if t.is_word]
    if not words or end - k > _TITLE_TOKENS or not all(t.is_capitalized or t.text.isdigit() for t in words[:1]):
        return None
    after = tokens[end].text if end < len(tokens) else "."
    if closing and after not in ".,;:)!?":
        return None  # 'die „Stimme“ des Vereins': a word in quotation marks inside a longer phrase
    name = " ".join(text[words[0].start : words[-1].end].split())
    return Mention(name, tokens[k].start, tokens[end - 1].end, "name")


_TITLE_TOKENS = 6  # a newspaper's name and its marks: '„Frankfurter Allgemeine Zeitung“'
