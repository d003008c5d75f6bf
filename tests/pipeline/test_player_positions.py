"""A player just named, then described by a position ("the fly-half", "the wicketkeeper"),
a team before a driver ("the Red Bull driver"), a star ("the tennis star") or a former
captain of a country ("the former India captain"): the player speaks (sixteenth probe round:
rugby, cricket, motor racing and tennis copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name
from service.pipeline import extract


@pytest.mark.parametrize("text, name", [
    ("Cian Dorrian kicked the late penalty. “My hands were shaking,” the fly-half said.",
     "Cian Dorrian"),
    ("Ravi Menon took five wickets. “The pitch helped,” the spinner said.", "Ravi Menon"),
    ("Ravi Menon scored a century. “It felt special,” the former India captain said.",
     "Ravi Menon"),
    ("Lars Oberg won the race. “The car was perfect,” the Williams driver said.", "Lars Oberg"),
    ("Tomas Hrbek won in Paris. “I am thrilled,” the tennis star said.", "Tomas Hrbek"),
    ("Ravi Menon scored a century. “It felt special,” the England captain said.", "Ravi Menon"),
    # control: the form read before
    ("Ravi Menon scored a century. “It felt special,” the batsman said.", "Ravi Menon"),
])
def test_a_position_or_a_team_s_epithet_is_the_player_named(text, name):
    assert speaker_name(text) == name


def test_a_party_s_leader_is_no_team_s_captain():
    ex = extract("Ann Boyd won the seat. “It felt special,” the Labour captain said.")
    s = ex.speaker(ex.quotes[0].speaker)
    assert s is None or s.name != "Ann Boyd"
