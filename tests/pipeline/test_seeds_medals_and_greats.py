"""A player named, then called by a seeding, a medal, a position or as one of the greats
("the top seed", "the No 3 seed", "the Olympic gold medallist", "the Kenyan great", "the
Panthers halfback"), speaks as that player, as "the world No 1" does; so does "the
grandmother-of-three" after the woman named (round 17 probes: sport and tabloid copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Lena Vasquez won in straight sets. “I felt sharp,” the top seed said.", "Lena Vasquez"),
    ("Lena Vasquez won in straight sets. “I felt sharp,” said the second seed.",
     "Lena Vasquez"),
    ("Lena Vasquez won in straight sets. “I felt sharp,” the No 3 seed said.", "Lena Vasquez"),
    ("Lena Vasquez won in straight sets. “I felt sharp,” the 12th seed said.", "Lena Vasquez"),
    ("Wanjiru Kiprop won in Berlin. “It was hard,” the Kenyan great said.", "Wanjiru Kiprop"),
    ("Ian Rusk came back as coach. “It is home,” said the Liverpool great.", "Ian Rusk"),
    ("Ian Rusk came back as coach. “It is home,” said the all-time great.", "Ian Rusk"),
    ("Tom Harlow was fourth. “I gave it everything,” the Olympic gold medallist said.",
     "Tom Harlow"),
    ("Aoife Brennan won silver. “It means the world,” the silver medallist said.",
     "Aoife Brennan"),
    ("Nate Cleary kicked the field goal. “It was a dream,” the Panthers halfback said.",
     "Nate Cleary"),
    ("Jenny Walsh, 52, from Swindon, has waited two years. “I am in pain every day,” the "
     "grandmother-of-three said.", "Jenny Walsh"),
    # controls: the forms read before, and a "great" or a "seed" that is no epithet
    ("Lena Vasquez won in straight sets. “I felt sharp,” the world No 1 said.", "Lena Vasquez"),
    ("Jenny Walsh has waited two years. “I am in pain,” the mother-of-two said.", "Jenny Walsh"),
    ("Lena Vasquez won. “We expect more,” the Great Lakes Tennis Association said.",
     "Great Lakes Tennis Association"),
    ("“We will plant in spring,” the seed company said.", "seed company"),
])
def test_a_seeding_medal_or_greatness_is_the_player_named(text, name):
    assert speaker_name(text) == name


def test_great_with_no_place_or_team_before_it_is_no_speaker():
    assert speaker_name("Ian Rusk came back. “It is home,” the great said.") is None
