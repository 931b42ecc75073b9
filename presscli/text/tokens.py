"""Word tokens with offsets, as attribution reads them.

Elided articles and prepositions stand alone (l'avocat -> l' + avocat; d'une -> d' + une; but D'Andria
and D'Alema are names), French inverted subjects stay whole (a-t-il, estime-t-elle), and a title
abbreviation keeps its full stop (Sen., M., Dr.) so that it does not read as the end of a sentence.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from presscli.memo import Memo
from presscli.text.sentences import shipped_abbreviations

_TOKEN = re.compile(
    r"(?P<clitic>(?:[lLdjJmMnNsStTcC]|D(?!['’][A-ZÀ-Þ])|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all)['’](?=\w))"
    r"|(?P<initials>(?:[^\W\d_]\.){2,})"  # U.S., e.g.
    r"|(?P<domain>[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.[a-z]{2,}(?![\w.]))"  # 'ndr.de', 'g1.globo.com': one word
    # not '46-year-old', '84-jährige', '1970er', '3rd': one word each
    r"|(?P<number>\d+(?:[.,:]\d+)*(?!\d|[.,:]\d|-?[^\W\d_]))"
    # U+FFFD: a NUL byte read in the middle of a word; 'Städte- und Gemeindetag': the hyphen stays on its word
    r"|(?P<word>\w+(?:[-'’\ufffd]\w+)*(?:-(?=\s(?:und|oder|bis|sowie)\s))?)"
    r"|(?P<punct>[^\w\s])"
)
_INVERTED_PRONOUN = re.compile(r"^\w+(?:-t)?-(?:il|elle|ils|elles|on)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    quote: int | None = None  # index of the quotation this token lies in (marks included), if any
    lower: str = ""  # lower case with typographic apostrophes straightened (filled by `tokenize`)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_inverted_pronoun(self) -> bool:
        """French verb with its subject pronoun behind it: a-t-il, estime-t-elle, insistent-ils."""
        return bool(_INVERTED_PRONOUN.match(self.text))


def tokenize(text: str, start: int, end: int, lang: str, quotes: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Tokens of text[start:end]; `quotes` are (open mark, close mark) positions, to tag quoted tokens."""
    abbreviations = _abbreviations(lang)
    tokens: list[Token] = []
    following = iter(sorted(range(len(quotes)), key=lambda i: quotes[i][0]))  # quotations by opening mark
    upcoming = next(following, None)
    # the quotations open at the current token, two ways: by where they close (to drop those that have
    # closed) and by index (the first one opened is the one a token is tagged with); each quotation
    # enters and leaves once, so a flood of marks costs a logarithm per token, not a scan
    by_close: list[tuple[int, int]] = []
    by_index: list[int] = []
    closed: set[int] = set()
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if match.lastgroup == "word" and e < end and text[e] == "." and _abbreviated(match.group(), abbreviations):
            e += 1  # Sen. / M. / Dr. / R-Ky. keep their full stop
        elif tokens and s < tokens[-1].end:
            continue  # the full stop an abbreviation already took
        while upcoming is not None and quotes[upcoming][0] <= s:
            heapq.heappush(by_close, (quotes[upcoming][1], upcoming))
            heapq.heappush(by_index, upcoming)
            upcoming = next(following, None)
        while by_close and by_close[0][0] + 1 < s:
            closed.add(heapq.heappop(by_close)[1])
        while by_index and by_index[0] in closed:
            heapq.heappop(by_index)
        quote = None
        if by_index:
            first = by_index[0]
            if e <= quotes[first][1] + 1:
                quote = first
            else:  # the token runs past the first one's close (crossed marks): the first that holds it
                quote = min((i for _, i in by_close if e <= quotes[i][1] + 1), default=None)
        word = text[s:e]
        tokens.append(Token(word, s, e, quote, _LOWERED[word]))
    return tokens


def _lowered(word: str) -> str:
    return word.lower().replace("’", "'").replace("\ufffd", "")


# each token's text in lower case, apostrophes straightened, worked out once per distinct text
_LOWERED: Memo[str, str] = Memo(_lowered, 50_000)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    """The language's title abbreviations and English's, which any article may use ('Sen.', 'Dr.')."""
    return shipped_abbreviations(lang) | shipped_abbreviations("en")


_PARTY_AND_STATE = re.compile(r"[A-Z]-[A-Z][a-z]{0,4}")  # 'R-Ky', 'D-Nev': a US legislator's party and state


def _abbreviated(word: str, abbreviations: frozenset[str]) -> bool:
    if word.lower() in abbreviations:
        return True
    return _PARTY_AND_STATE.fullmatch(word) is not None and word[2:].lower() in abbreviations


def token_ranges(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The index ranges of `tokens` that fall in each character span (a paragraph's sentences), empty ones left out."""
    starts = [t.start for t in tokens]
    ranges = []
    for s, e in spans:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if hi > lo:
            ranges.append((lo, hi))
    return ranges
