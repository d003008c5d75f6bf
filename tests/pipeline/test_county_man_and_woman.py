"""A man or a woman after their county, town or club ("the Offaly man", "the Cork woman"),
Irish and British copy's epithet for the person just named, points back to that person
whatever their other roles, and makes a name the lists lack a person's (round 17 probes:
Irish sport). Not a party's man ("the Labour man" may be anyone), nor a woman after a man
was named. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Shane Lowry finished tied for fifth. “I am happy with that,” the Offaly man said.",
     "I am happy with that,", "Shane Lowry"),
    ("Shane Lowry, the golfer, finished fifth. “I am happy,” the Offaly man said.",
     "I am happy,", "Shane Lowry"),
    ("Aoife Byrne won the All-Ireland. “It is a dream,” the Cork woman said.",
     "It is a dream,", "Aoife Byrne"),
    # controls: another gender, a party
    ("Tom Reyes won the All-Ireland. “It is a dream,” the Cork woman said.", "It is a dream,",
     "the Cork woman"),
    ("Tom Reyes won the seat. “It is a dream,” the Labour man said.", "It is a dream,",
     "the Labour man"),
])
def test_a_county_man_or_woman_is_the_person_named(text, words, name):
    assert read(text, words)[0][0] == name
