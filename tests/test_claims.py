"""Key claims: ranked sentences with offsets and a claimant."""

from __future__ import annotations

import presscli

TEXT = """City Cuts Bus Fares to Fight Congestion

The city council voted on Monday to cut bus fares by half to fight congestion in the centre.

“Half-price fares will take ten thousand cars off the road,” said Mayor Ines Duarte.

The vote passed by 31 votes to 12 after a long debate.

Weather was mild and sunny for most of the week.
"""


def test_claims_point_at_their_text():
    doc = presscli.analyze(TEXT)
    assert doc.claims
    for claim in doc.claims:
        assert TEXT[claim.start : claim.end] == claim.text


def test_claims_are_ranked_best_first():
    doc = presscli.analyze(TEXT)
    scores = [c.score for c in doc.claims]
    assert scores == sorted(scores, reverse=True)
    assert "cut bus fares" in doc.claims[0].text
    assert "Weather" not in doc.claims[0].text


def test_a_quoted_claim_names_its_claimant():
    doc = presscli.analyze(TEXT)
    quoted = next(c for c in doc.claims if "Half-price" in c.text)
    assert quoted.claimant == "Mayor Ines Duarte"
