""""The head of" a body, named in apposition ("The head of the agency, Maria Kerkhove, said",
"said the head of the Harbor Monetary Fund, Ines Calder") is a person: the name is the
speaker, not the body, nor a capital cut out of the body's name. Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("“Growth is too weak,” said the head of the Northern Monetary Fund, Ines Calder.",
     "Growth is too weak,", "Ines Calder"),
    ("The head of the agency, Maria Kerkhove, said: “The outbreak is not over.”",
     "The outbreak is not over.", "Maria Kerkhove"),
    ("The head of the Harbor Health Organization, Tomas Reyes, said: “Cases are falling.”",
     "Cases are falling.", "Tomas Reyes"),
    ("“Growth is too weak,” said the head of the fund, Ines Calder.", "Growth is too weak,",
     "Ines Calder"),
])
def test_the_head_is_the_named_person(text, words, name):
    assert speaker_of(text, words).name == name


@pytest.mark.parametrize("text, words, name", [
    # controls: "head" as a verb or a body part names no one
    ("The ministers head to Brussels on Monday. “We expect a deal,” said Ines Calder.",
     "We expect a deal,", "Ines Calder"),
    ("“It went over my head,” said Ines Calder.", "It went over my head,", "Ines Calder"),
])
def test_other_heads_name_no_one(text, words, name):
    assert speaker_of(text, words).name == name
