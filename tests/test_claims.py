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
    assert quoted.claimant == "Ines Duarte"


def test_no_two_claims_say_the_same_thing():
    text = (
        "Asylum row\n\n"
        "The ministry said that granting asylum is not an unfriendly act under international law.\n\n"
        "Granting asylum is not an unfriendly act under international law, the ministry said again.\n\n"
        "The embassy in Lima will stay open while the talks go on, officials said on Tuesday.\n"
    )
    doc = presscli.analyze(text)
    words = [set(c.text.lower().replace(",", "").replace(".", "").split()) for c in doc.claims]
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            assert len(a & b) / len(a | b) < 0.5


def test_a_sentence_broken_across_lines_is_one_claim_on_one_line():
    text = "Budget\n\nThe council approved the new budget for schools\nand hospitals on Monday after a long debate.\n"
    claim = presscli.analyze(text).claims[0]
    assert claim.text == "The council approved the new budget for schools and hospitals on Monday after a long debate."
    assert " ".join(text[claim.start : claim.end].split()) == claim.text


def test_analyze_carries_a_summary_and_claims_take_a_limit(runner):
    import json

    from presscli.cli import app

    payload = json.loads(runner.invoke(app, ["analyze", "-", "--format", "json"], input=TEXT).stdout)
    top = sorted(payload["claims"][:3], key=lambda c: c["start"])
    assert payload["summary"] == " ".join(c["text"] for c in top)
    limited = json.loads(runner.invoke(app, ["claims", "-", "--format", "json", "--limit", "2"], input=TEXT).stdout)
    assert [c["rank"] for c in limited["claims"]] == [1, 2]


def test_each_claim_lists_the_quotations_inside_its_sentence_by_id():
    text = (
        "Harbour works halted\n\n"
        "The port authority halted the harbour works on Tuesday after cracks appeared in the main wall. "
        "“We will not pour concrete until the engineers say the wall is safe,” said chief executive Maria Okafor. "
        "The engineers expect to report on the state of the harbour wall within three months."
    )
    doc = presscli.analyze(text)
    ids = [q.id for q in doc.quotes]
    assert ids == [f"Q{n}" for n in range(1, len(ids) + 1)]
    by_id = {q.id: q for q in doc.quotes}
    assert any(claim.quotes for claim in doc.claims)
    for claim in doc.claims:
        for quote_id in claim.quotes:
            assert claim.start <= by_id[quote_id].start < claim.end


def test_a_label_someone_gave_does_not_make_a_sentence_an_assertion():
    text = (
        "Embassy row\n\n"
        "The Foreign Ministry rejected the expulsion of its ambassador on Tuesday and called it excessive. "
        "Relations soured in 2022 after former President Ana Solis's characterization of her rival as a “usurper.” "
        "The ministry said the decision was taken in strict observance of the law on asylum."
    )
    doc = presscli.analyze(text)
    label = next(c for c in doc.claims if "usurper" in c.text)
    assert label.claimant is not None and label.claimant.endswith("Ana Solis")
    asserted = [c for c in doc.claims if c.claimant and "usurper" not in c.text]
    assert all(label.score < c.score for c in asserted) or not asserted


def test_markup_around_an_embedded_post_is_not_part_of_a_claim():
    text = (
        "Hats at the rally\n\n"
        '<tweet id="1" author="@cspan" datetime="2016-09-01">Two senators wore campaign hats with a new slogan '
        "before the immigration speech in Phoenix.</tweet>\n\n"
        "The campaign said the hats were a joke made by supporters and sold outside the hall."
    )
    doc = presscli.analyze(text)
    assert doc.claims and all("<" not in c.text and ">" not in c.text for c in doc.claims)
    for claim in doc.claims:
        assert " ".join(text[claim.start : claim.end].split()) == claim.text
