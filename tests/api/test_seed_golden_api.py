"""Acceptance through the API on the seeded service: the curl spot checks a newsroom runs."""
from __future__ import annotations

import pytest


@pytest.fixture
def seeded(make_app):
    return make_app(SEED_ON_EMPTY=True).test_client()


def _speaker_of(client, words):
    hits = [q for q in client.get("/v1/quotes", query_string={"limit": 500}).json["items"]
            if q["text"] == words]
    assert len(hits) == 1, words
    return hits[0]["speaker"]


def test_trump_is_one_speaker_with_eight_quotes(seeded):
    speakers = seeded.get("/v1/speakers", query_string={"limit": 500}).json["items"]
    trumps = [s for s in speakers if "Trump" in s["name"]]
    assert [s["name"] for s in trumps] == ["Donald Trump"]
    assert trumps[0]["quote_count"] == 8
    detail = seeded.get(f"/v1/speakers/{trumps[0]['id']}").json
    assert {"Trump", "Donald Trump"} <= set(detail["aliases"])


def test_speaker_query_by_surname_finds_donald_trump(seeded):
    items = seeded.get("/v1/quotes", query_string={"speaker": "Trump", "limit": 500}).json["items"]
    assert len(items) == 8
    assert {q["speaker"]["name"] for q in items} == {"Donald Trump"}


@pytest.mark.parametrize("words,name,type_", [
    ("possible", "White House", "organization"),
    ("the only viable path toward a lasting peace.", "Karoline Leavitt", "person"),
    ("confidence-building measures", "sources familiar with the call", "anonymous"),
    ("turning point,", "A senior administration official", "anonymous"),
    ("It’s not something that could happen overnight,",
     "a defense expert familiar with the program", "anonymous"),
])
def test_seeded_speakers(seeded, words, name, type_):
    speaker = _speaker_of(seeded, words)
    assert (speaker["name"], speaker["type"]) == (name, type_)


@pytest.mark.parametrize("words,level,label", [
    ("We’ll meet in Budapest soon,", 6, "named_on_record"),
    ("It’s time to stop the killing and start the talking.", 5, "named_resolved"),
    ("peace is possible", 5, "named_resolved"),
    ("possible", 4, "institutional"),
    ("turning point,", 3, "anonymous_positioned"),
    ("President Trump’s goal is simple,", 3, "anonymous_positioned"),
    ("confidence-building measures", 2, "anonymous_vague"),
    ("It’s not something that could happen overnight,", 2, "anonymous_vague"),
])
def test_seeded_sourcing_grades(seeded, words, level, label):
    hits = [q for q in seeded.get("/v1/quotes", query_string={"limit": 500}).json["items"]
            if q["text"] == words]
    assert (hits[0]["sourcing"]["level"], hits[0]["sourcing"]["label"]) == (level, label)


def test_truth_social_channel_and_relayed_sources(seeded):
    items = seeded.get("/v1/quotes", query_string={"limit": 500}).json["items"]
    by_words = {q["text"]: q for q in items}
    channel = by_words["peace is possible"]["sourcing"]["signals"]["channel"]
    assert "Truth Social" in channel["text"]
    assert by_words["confidence-building measures"]["sourcing"]["signals"]["relayed"] is True
