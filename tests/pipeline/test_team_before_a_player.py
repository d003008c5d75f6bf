"""A player named, then described by sport's trade with the team or country before it ("the
Chelsea striker", "the Bayern Munich forward", "the England batsman"), speaks as that
player, as "the striker" does; a capitalised word before a trade outside sport still makes
someone new ("the Lincoln actor"). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Tomi Adeyemo scored again. “I am just doing my job,” the Rovers striker said.",
     "I am just doing my job,", "Tomi Adeyemo"),
    ("Kofi Asare missed the match. The Wanderers forward wrote online: “Gutted.”",
     "Gutted.", "Kofi Asare"),
    ("Ines Calder made a century. “The pitch was flat,” the England batsman said.",
     "The pitch was flat,", "Ines Calder"),
    ("Mara Quint won the stage. “My legs were gone,” the Movistar cyclist said.",
     "My legs were gone,", "Mara Quint"),
])
def test_the_player_speaks(text, words, name):
    assert speaker_of(text, words).name == name


@pytest.mark.parametrize("text, words, name", [
    # controls: a trade outside sport, and a manager who is no striker
    ("Dara Quill won the award. “I am grateful,” the Lincoln actor said.", "I am grateful,",
     "the Lincoln actor"),
    ("Manager Ange Kovac praised the side. “We were sharp,” the Rovers striker said.",
     "We were sharp,", "the Rovers striker"),
])
def test_others_are_not_the_player(text, words, name):
    assert speaker_of(text, words).name == name
