"""What stands right around a quotation: a naming cue ('so-called'), a complementizer ('que', 'that'),
and whether the quotation itself opens like a clause. These decide its kind (see `kinds`)."""

from __future__ import annotations

import re

from presscli.lexicon import Lexicon
from presscli.text.tokens import Token


def named(tokens: list[Token], open_index: int, lex: Lexicon) -> bool:
    """A naming cue right before the opening mark: so-called "X", llamado "X", surnommée la "X"."""
    end = open_index
    while end > 0 and tokens[end - 1].lower in lex.determiners:
        end -= 1  # 'conhecida como a "cidade das torres"'
    for n in range(1, 4):
        lo = end - n
        if lo < 0:
            break
        cue = tuple(t.lower for t in tokens[lo:end])
        if cue in lex.naming:
            # ('que el proyecto "pone en riesgo …"': after a noun, a name is capitalized; the rest is what it does)
            first = tokens[open_index + 1] if open_index + 1 < len(tokens) else None
            titled = cue[0] in lex.determiners and cue[-1] not in lex.word_nouns  # ('la palabra «machirulo»')
            if titled and first is not None and not first.is_capitalized and not first.text.isdigit():
                return False
            # 's'est dit "convaincu"' declares; 'le boucher dit "le Fou"' names
            return not (lo > 0 and tokens[lo - 1].lower in lex.auxiliaries | lex.clitics)
    return False


def after_complementizer(tokens: list[Token], open_index: int, lex: Lexicon) -> bool:
    """The quotation opens a clause after que / that / si / où / mais / dass: '... estime que "…"'."""
    return open_index > 0 and tokens[open_index - 1].lower in lex.complementizers


def starts_like_a_clause(quote: str, lex: Lexicon) -> bool:
    """Does the quotation open with a subject (a pronoun, a determiner, a name, a number)?"""
    match = re.match(r"\W*([\w'’]+)", quote)
    if not match:
        return False
    first = match.group(1)
    low = first.lower().replace("’", "'")
    return (
        low in lex.pronouns
        or low in lex.determiners
        or low in lex.clause_openers
        or first[:1].isupper()
        or first[:1].isdigit()
        or low.endswith("'")
    )
