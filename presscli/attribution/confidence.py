"""How sure presscli is of a speaker: the share of speakers found the same way that were right.

Each quotation records the route by which its speaker was reached; the confidence of a route is its
accuracy measured on the development corpus (`benchmarks/calibration.py ../shared/corpus-dev`, 332
articles in five languages), rounded down, so that a reader can trust a speaker given at 0.8 or more
and treat one under 0.5 as a guess.
"""

from __future__ import annotations

from presscli.attribution.patterns import Attribution

# route -> accuracy of the speakers found that way on corpus-dev (2026-12-02, right/given), rounded down
# to 0.05; routes seen fewer than ten times there pool corpus and corpus-dev
ROUTES: dict[str, float] = {
    "after-strong": 0.95,  # 250/262: '“…,” said X', '„…“, so X', '“…” —X', right behind the closing mark
    "after": 0.9,  # 246/263: 'X said' or 'said X' further on in the sentence after the quotation
    "according": 0.85,  # 57/67: 'according to X', 'laut X', 'X zufolge'
    "before": 0.85,  # 369/420: 'X said: “…”', 'X said that “…”'
    "dash": 0.85,  # 1 case: '“…” —X' without a comma; as strong as 'after-strong' by construction
    "post": 0.95,  # 1/1 (+1/1): an embedded post's author
    "source": 0.75,  # 1/2 (+2/2): 'heißt es in der Erklärung', 'peut-on lire dans le communiqué'
    "subject": 0.75,  # 40/51: the sentence's subject, without a cue: 'La RATP propose "…"'
    "floor": 0.75,  # 268/354: no attribution, in the paragraph where someone just spoke
    "colon": 0.7,  # 17/23: 'X: “…”', 'Hier sparte der Bundespräsident nicht mit Kritik: „…“'
    "pronoun": 0.7,  # 41/58: 'she said', 'a-t-il ajouté', resolved to someone named before
    "inner": 0.5,  # 0/1 (+2/4): a quotation inside a quotation, given to whom the outer one names
    "named-next": 0.5,  # 1/6 (+5/6): a pronoun before any name, given to the person named next
    # 27/54, an even chance, kept below it so the table marks it a guess: no attribution, in the
    # paragraph after someone spoke
    "floor-next": 0.45,
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


def confidence(route: str | None) -> float:
    return ROUTES.get(route or "", UNKNOWN_ROUTE)
