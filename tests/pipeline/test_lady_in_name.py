""""Lady" before one word is an honour kept in the name, as "Lord" and "Sir" are ("Lady
Gaga", "Lady Hale"), not a first lady's title (round 11 probes). Our own wording."""
from __future__ import annotations

import pytest
from reading import speaker_names


@pytest.mark.parametrize("text, names", [
    ("“The tour goes on,” Lady Vexa said.", ["Lady Vexa"]),
    ("“The ruling stands,” Lady Orrell said. “It is final,” Orrell added.",
     ["Lady Orrell", "Lady Orrell"]),
    ("Lady Vexa sang twice. “The tour goes on,” Vexa said.", ["Lady Vexa"]),
    # controls: "Lord" as before; a first lady's title; "Lady" before a full name
    ("“The ruling stands,” Lord Orrell said.", ["Lord Orrell"]),
    ("“The garden opens in May,” said First Lady Orrell.", ["Orrell"]),
    ("“The garden opens in May,” First Lady Jane Orrell said.", ["Jane Orrell"]),
])
def test_lady_before_one_word_stays_in_the_name(text, names):
    assert speaker_names(text) == names
