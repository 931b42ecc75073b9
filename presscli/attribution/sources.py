"""Who speaks through an impersonal cue: the document it reads from ('heißt es in der Meldung', 'se lee
en el comunicado') or the body the words came from ('hieß es aus dem Ministerium'), after the cue or
fronted before it."""

from __future__ import annotations

from presscli.attribution.cues import Cue
from presscli.attribution.mentions import Mention, speaks
from presscli.attribution.phrases_after import phrase_from
from presscli.attribution.plausible import is_document
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def source_after(text: str, tokens: list[Token], begin: int, hi: int, lex: Lexicon) -> Mention | None:
    """'heißt es in der Meldung', 'se lee en el comunicado': the document behind an impersonal cue."""
    low = tokens[begin].lower if begin < hi else ""
    if begin + 2 < hi and low in lex.adverbs and tokens[begin + 1].is_word:
        begin += 1  # 'heißt es dazu in einer Pressemitteilung': past an adverb
    if begin + 1 >= hi:
        return None
    if tokens[begin].lower in lex.origin_prepositions:  # 'hieß es aus dem Ministerium'
        origin = phrase_from(text, tokens, begin + 1, hi, lex, bare=True)
        return origin if origin is not None and speaks(origin, lex) else None
    if tokens[begin].lower not in lex.source_prepositions:
        return None
    return phrase_from(text, tokens, begin + 1, hi, lex, bare=True)


def source_before(text: str, tokens: list[Token], lo: int, cue: Cue, lex: Lexicon) -> Mention | None:
    """'In einer Erklärung der EU-Außenminister hatte es geheißen', 'Aus dem Ministerium hieß es': the
    document or the body fronted before the cue ('In Kiel hieß es' names a place, nobody)."""
    if cue.start - lo < 2:
        return None
    found = phrase_from(text, tokens, lo + 1, cue.start, lex, bare=True)
    if found is None:
        return None
    if tokens[lo].lower in lex.origin_prepositions:
        return found if tokens[lo + 1].lower in lex.determiners else None  # a body, not 'Aus Berlin'
    words = found.text.lower().split()
    named = any(is_document(w, lex) for w in words[:3])  # 'einem Positionspapier des Ministeriums'
    in_document = tokens[lo].lower in lex.source_prepositions and named
    return found if in_document else None


def origin_named(tokens: list[Token], lo: int, cue: Cue, lex: Lexicon) -> str:
    """How an impersonal cue with no document found attributes: as a source ('heißt es', the floor's
    document), or, when the sentence opens with where the words came from ('Aus Paris hieß es', a place,
    not a body presscli names), as a cue whose subject stands unread, so the floor does not take it."""
    opened = cue.start - lo >= 2 and tokens[lo].lower in lex.origin_prepositions
    return "before" if opened else "source"
