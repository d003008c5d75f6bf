"""A player named, then described by a team's or country's office or cap ("the England
captain", "the City boss", "the Wales international"), by a title won ("the three-time champion") or by a demonym
of two words ("the Northern Irishman"): the person just named, as "the Chelsea striker" is (fifteenth probe
round: British sport copy). Our own wording, invented names."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Tom Reyes scored twice. “It was a good night,” the Wales international said.",
     "It was a good night,", "Tom Reyes"),
    ("Tom Reyes scored twice. “It was a good night,” the Wales captain said.",
     "It was a good night,", "Tom Reyes"),
    ("Ange Kovac praised his players. “They were superb,” the Rovers boss said.",
     "They were superb,", "Ange Kovac"),
    ("Ross Keenan shot a 65. “I putted well,” the Northern Irishman said.", "I putted well,",
     "Ross Keenan"),
    ("Mia Lund lost in straight sets. “I was not at my best,” the three-time champion said.",
     "I was not at my best,", "Mia Lund"),
    ("Mia Lund lost in straight sets. “I was not at my best,” the Wimbledon champion said.",
     "I was not at my best,", "Mia Lund"),
    # controls: a party's office, and an office with a lower-case word before it
    ("Ann Boyd lost her seat. “It was a bad night,” the Labour leader said.",
     "It was a bad night,", "the Labour leader"),
    ("Ann Boyd lost the vote. “It was a bad night,” the Boyd campaign manager said.",
     "It was a bad night,", "the Boyd campaign manager"),
])
def test_a_team_epithet_is_the_player_just_named(text, words, name):
    assert speaker_of(text, words).name == name
