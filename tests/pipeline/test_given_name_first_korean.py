"""A Korean given name of two syllables joined in lower case, written first the Western way
("Min-jung Park"), before a family name that also ends place names ("Park") is a person's
name, as "Linda Park" is: not a park. Invented names in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Min-jung Park said the port would reopen. “The ships are waiting,” she said.",
     "The ships are waiting,", "Min-jung Park"),
    ("Tae-woo Park, a trade official, said exports had slowed. “Demand is weak,” he said.",
     "Demand is weak,", "Tae-woo Park"),
    ("Ha-eun Park spoke first. “We need a deal this week,” she said.",
     "We need a deal this week,", "Ha-eun Park"),
])
def test_a_korean_given_name_then_park_is_a_person(text, words, name):
    assert speaker_of(text, words).name == name


@pytest.mark.parametrize("text, words, name", [
    # controls: a place named so is still a place, and a family name first still a person
    ("Crowds filled Olympic Park on Sunday. “We waited all night,” said Ana Ruiz.",
     "We waited all night,", "Ana Ruiz"),
    ("Park Seo-yun said the port would reopen. “The ships are waiting,” she said.",
     "The ships are waiting,", "Park Seo-yun"),
])
def test_other_names_are_read_as_before(text, words, name):
    assert speaker_of(text, words).name == name
