"""The speaker index narrows identity's search to the speakers that may hold a name, by key."""

from presscli.attribution.bodies import body_key
from presscli.attribution.speaker_index import SpeakerIndex


def test_an_alias_is_found_whatever_its_case_and_only_under_itself():
    index: SpeakerIndex[str] = SpeakerIndex()
    index.file_alias("S1", "the Ministry")
    assert index.with_alias("THE MINISTRY") == ["S1"]
    assert index.with_alias("the minister") == []


def test_a_surname_finds_every_speaker_whose_name_ends_on_it_once_each():
    index: SpeakerIndex[str] = SpeakerIndex()
    index.file_name("S1", ("Hillary", "Clinton"), (), None)
    index.file_name("S1", ("Clinton",), (), None)
    index.file_name("S2", ("Bill", "Clinton"), (), None)
    index.file_name("S3", ("Donald", "Trump"), (), None)
    assert index.with_name_like(("Clinton",), (), None) == ["S1", "S2"]


def test_an_acronym_or_a_body_with_the_same_function_and_place_is_a_candidate():
    index: SpeakerIndex[str] = SpeakerIndex()
    index.file_name("S1", ("Secretariat", "Foreign", "Relations"), {"SRE"}, None)
    index.file_name("S2", ("Government", "Mexico"), (), body_key("Government of Mexico"))
    assert index.with_name_like(("SRE",), {"SRE"}, None) == ["S1"]
    assert index.with_name_like(("Mexican",), (), body_key("Mexican government")) == ["S2"]
