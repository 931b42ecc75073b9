"""Views that open a sentence: 'Para el ministro de Hacienda, …' (whose view it is, named) and 'A su juicio, …',
'In her view, …' (the view of the one who spoke last, pointed back to as a pronoun is)."""

from __future__ import annotations

from presscli.attribution.cues import match_phrase
from presscli.attribution.mentions import Mention
from presscli.attribution.phrases_after import noun_phrase_after
from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def opinion_holder(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'Para el ministro de Hacienda, …', 'Pour le politologue Jean Dumas, …': the one whose view a sentence
    opened by an opinion word gives, set off by a comma or named by name."""
    opinion = match_phrase(tokens, lo, lex.opinion_prefix) if lo < hi else 0
    if not opinion:
        return None
    mention = noun_phrase_after(text, tokens, lo + opinion, hi, lex)
    reach = range(lo + opinion, min(hi, lo + opinion + _OPINION_COMMA_REACH))
    comma = any(tokens[k].text == "," for k in reach)
    return mention if mention is not None and (comma or mention.kind == "name") else None


_OPINION_COMMA_REACH = 10  # tokens from an opinion word to the comma that closes its phrase


def held_view(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> Mention | None:
    """'A su juicio, …', 'In his view, …', 'Seiner Ansicht nach …' opening the sentence: the view of the
    one who spoke last, a phrase that points back as a pronoun does."""
    held = match_phrase(tokens, lo, lex.opinion_held) if lo < hi else 0
    if not held:
        return None
    start, end = tokens[lo].start, tokens[lo + held - 1].end
    return Mention(text[start:end], start, end, "pronoun")
