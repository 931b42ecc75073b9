"""How sure presscli is of a speaker: the share of speakers found the same way that were right.

Each quotation records the route by which its speaker was reached; the confidence of a route is its
accuracy measured on the development corpus (`benchmarks/calibration.py ../shared/corpus-dev`, 332
articles in five languages), rounded down, so that a reader can trust a speaker given at 0.8 or more
and treat one under 0.5 as a guess.
"""

from __future__ import annotations

from presscli.attribution.patterns import Attribution
from presscli.model import QuoteKind

# route -> (statements, fragments): the share of speakers found that way on corpus-dev that were right
# (2026-12-02, third measurement, `benchmarks/calibration.py ../shared/corpus-dev --by-route`), rounded
# down to 0.05. A fragment of a few words inside a narrating sentence is attributed less surely than a
# whole statement, whatever the route. Where corpus-dev has fewer than ten cases, corpus and corpus-dev
# are pooled.
ROUTES: dict[str, tuple[float, float]] = {
    # '“…,” said X', '„…“, so X', '“…” —X', '“…,” X added', right behind the closing mark: 448/460; 26/29
    "after-strong": (0.95, 0.85),
    "after": (0.9, 0.75),  # 'X said' or 'said X' further on after the quotation: 32/34; 19/24
    "according": (0.95, 0.95),  # 'according to X', 'laut X', 'X zufolge': 22/22; 40/42
    "before": (0.95, 0.9),  # 'X said: “…”', 'X said that “…”': 165/170; 258/281
    "colon": (0.95, 0.7),  # 'X: “…”', 'Hier sparte der Bundespräsident nicht mit Kritik: „…“': 19/19
    "dash": (0.85, 0.5),  # '“…” —X' without a comma: as strong as 'after-strong' by construction; 0/1
    "post": (0.95, 0.95),  # an embedded post's author: 1/1 pooled
    "source": (0.8, 0.75),  # 'heißt es in der Erklärung', 'peut-on lire dans le communiqué': 5/6 pooled
    "subject": (0.75, 0.75),  # the sentence's subject, without a cue ('La RATP propose "…"'): 6/8 pooled; 34/43
    "floor": (0.9, 0.6),  # no attribution, in the paragraph where someone just spoke: 241/263; 28/46
    "pronoun": (0.85, 0.7),  # 'she said', 'a-t-il ajouté', resolved to someone named before: 27/31; 14/19
    "inner": (0.5, 0.5),  # a quotation inside a quotation, given to whom the outer one names: 3/5 pooled
    "named-next": (0.5, 0.25),  # a pronoun before any name, given to the person named next: 5/10; 0/3 pooled
    # no attribution, in the paragraph after someone spoke: 25/34, a guess; fragments there get no
    # speaker at all (7 of 23 right, pooled)
    "floor-next": (0.7, 0.0),
}
UNKNOWN_ROUTE = 0.5


def route_of(direct: Attribution) -> str:
    """The route of a direct attribution."""
    if direct.speaker is not None and direct.speaker.kind == "pronoun":
        return "pronoun"
    if direct.speaker is None:
        return "floor"  # an elided subject: 'Agregó que "…"', 'a-t-il ajouté'
    if direct.how == "after" and direct.strong:
        return "after-strong"
    return direct.how if direct.how in ROUTES else "before"


# where a route's accuracy differs by language: the paragraph's last speaker is right for English
# statements (171/178 on corpus-dev) far more often than for German ones (14/20, where fronted objects
# and long narrating sentences hide who speaks); an English fragment nothing attributes is the last
# speaker's 1 time in 10. Pooled with corpus where corpus-dev has fewer than ten.
BY_LANGUAGE: dict[tuple[str, str], tuple[float, float]] = {
    ("floor", "en"): (0.95, 0.0),
    ("floor", "de"): (0.7, 0.65),  # 14/20; 22/33 pooled
    ("floor", "es"): (0.9, 0.8),  # 27/30; 15/18 pooled
    ("floor", "fr"): (0.6, 0.85),  # 8/13 pooled; 13/15 pooled
    ("floor", "pt"): (0.85, 0.6),  # 24/28; no fragments measured
}


def confidence(route: str | None, kind: QuoteKind, lang: str = "") -> float:
    """The share of speakers right for this route, kind of quotation (a term counts as a fragment) and
    language."""
    fallback = ROUTES.get(route or "", (UNKNOWN_ROUTE, UNKNOWN_ROUTE))
    statement, fragment = BY_LANGUAGE.get((route or "", lang), fallback)
    return statement if kind in (QuoteKind.STATEMENT, QuoteKind.HEADLINE) else fragment


def withheld(route: str | None, kind: QuoteKind, lang: str, whole_paragraph: bool = False) -> bool:
    """Ways of finding a speaker too rarely right to give one: a fragment in the paragraph after someone
    spoke (7 of 23 on the two corpora), a fragment given to the person named after it (0 of 3), an
    English fragment whose sentence names nobody (2 of 12), a German voice going on into the next
    paragraph inside narration (2 of 6: 'Darin steht: „…“' quotes a document). A quotation that is its
    whole paragraph, right after the voice's, is the voice's turn in any language."""
    if route == "floor-next" and lang == "de" and not whole_paragraph:
        return True
    fragment = kind not in (QuoteKind.STATEMENT, QuoteKind.HEADLINE)
    return fragment and (route in ("floor-next", "named-next") or (route == "floor" and lang == "en"))
