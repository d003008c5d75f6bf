"""Acceptance on the two seed articles: every listed quote goes to the listed speaker."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.pipeline import extract
from service.pipeline.model import QuoteKind, SpeakerType

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

UKRAINE = [  # (quote words, speaker name, speaker type)
    ("love to see", "Donald Trump", SpeakerType.PERSON),
    ("possible", "White House", SpeakerType.ORGANIZATION),
    ("actively encouraged.", "White House", SpeakerType.ORGANIZATION),
    ("the only viable path toward a lasting peace.", "Karoline Leavitt", SpeakerType.PERSON),
    ("He thinks it’s possible and would love to see it happen,", "Karoline Leavitt",
     SpeakerType.PERSON),
    ("confidence-building measures", "sources familiar with the call", SpeakerType.ANONYMOUS),
    ("We’ll meet in Budapest soon,", "Donald Trump", SpeakerType.PERSON),
    ("It’s time to stop the killing and start the talking.", "Donald Trump", SpeakerType.PERSON),
    ("turning point,", "A senior administration official", SpeakerType.ANONYMOUS),
    ("open to structured dialogue", "A senior administration official", SpeakerType.ANONYMOUS),
    ("President Trump’s goal is simple,", "A senior administration official",
     SpeakerType.ANONYMOUS),
    (("To end the bloodshed, restore stability, and ensure that any resolution serves U.S. and "
     "allied interests while preserving Ukrainian sovereignty."), "A senior administration official",
     SpeakerType.ANONYMOUS),
    ("neutral position and strategic accessibility.", "Donald Trump", SpeakerType.PERSON),
]

HUNGARY = [
    ("very productive", "Donald Trump", SpeakerType.PERSON),
    ("peace is possible", "Donald Trump", SpeakerType.PERSON),
    ("open", "Donald Trump", SpeakerType.PERSON),
    ("Do they want to have Tomahawks going in that direction? I don’t think so,", "Donald Trump",
     SpeakerType.PERSON),
    ("It’s not something that could happen overnight,",
     "a defense expert familiar with the program", SpeakerType.ANONYMOUS),
    (("But even the discussion of supplying such weapons could pressure Moscow to reconsider its "
     "military strategy."), "a defense expert familiar with the program", SpeakerType.ANONYMOUS),
]


def _seed(prefix: str) -> dict:
    (path,) = SEEDS.glob(f"{prefix}_*.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ukraine():
    seed = _seed("000")
    return extract(seed["text"], title=seed["title"])


@pytest.fixture(scope="module")
def hungary():
    seed = _seed("004")
    return extract(seed["text"], title=seed["title"])


def _quote(ex, words):
    matches = [q for q in ex.quotes if q.text == words]
    assert len(matches) == 1, f"expected one quote {words!r}, found {len(matches)}"
    return matches[0]


@pytest.mark.parametrize("words,name,type_", UKRAINE)
def test_ukraine_article_speakers(ukraine, words, name, type_):
    q = _quote(ukraine, words)
    speaker = ukraine.speaker(q.speaker)
    assert speaker is not None and speaker.name == name and speaker.type is type_
    assert q.kind is not QuoteKind.NON_SPEECH
    assert ukraine.text[q.start:q.end] == words


@pytest.mark.parametrize("words,name,type_", HUNGARY)
def test_hungary_article_speakers(hungary, words, name, type_):
    q = _quote(hungary, words)
    speaker = hungary.speaker(q.speaker)
    assert speaker is not None and speaker.name == name and speaker.type is type_


def test_leavitt_keeps_her_title_as_role(ukraine):
    q = _quote(ukraine, "He thinks it’s possible and would love to see it happen,")
    speaker = ukraine.speaker(q.speaker)
    assert speaker.role == "White House Press Secretary"
    assert "Leavitt" in speaker.aliases


def test_the_official_is_the_senior_administration_official(ukraine):
    first = _quote(ukraine, "turning point,")
    later = _quote(ukraine, "President Trump’s goal is simple,")
    assert first.speaker == later.speaker
    assert later.mention.text == "the official"


def test_trump_is_one_speaker_per_article(ukraine, hungary):
    for ex, count in ((ukraine, 4), (hungary, 4)):
        trumps = [s for s in ex.speakers if s.name == "Donald Trump"]
        assert len(trumps) == 1
        assert sum(q.speaker == trumps[0].key for q in ex.quotes) == count


def test_fragments_are_partial_and_statements_full(ukraine):
    assert _quote(ukraine, "love to see").kind is QuoteKind.PARTIAL
    assert _quote(ukraine, "We’ll meet in Budapest soon,").kind is QuoteKind.FULL


def test_every_attribution_explains_itself(ukraine, hungary):
    for ex in (ukraine, hungary):
        for q in ex.quotes:
            if q.speaker is not None:
                assert q.cue is not None and q.cue.rule
                assert 0 < q.confidence <= 1
