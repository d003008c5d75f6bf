"""An office of one holder that no one was named with ("the governor", "the Prime
Minister", "the Tánaiste", "the Opposition Leader") reports a quote just after the one person
the text has been following, named with no role: it is that person, as a later "she" would
be (round 16's leftover "the governor" with no office named before; round 17 probes of
Irish, Indian, Australian and British copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Maria Olsen signed the bill on Thursday. “This is a good day,” the governor said.",
     "This is a good day,", "Maria Olsen"),
    ("Maria Olsen toured flooded towns. “We will rebuild,” the governor told reporters.",
     "We will rebuild,", "Maria Olsen"),
    ("Keir Starmer visited a hospital. “The NHS is not beaten,” the Prime Minister said.",
     "The NHS is not beaten,", "Keir Starmer"),
    ("Simon Harris said the Government would act. “We will not wait,” the Tánaiste said.",
     "We will not wait,", "Simon Harris"),
    ("Peter Dutton was scathing. “This is a con,” the Opposition Leader said.",
     "This is a con,", "Peter Dutton"),
    # controls: two people, a "she" or another role between, the office named before
    ("Maria Olsen and Tom Reyes signed the bill. “This is a good day,” the governor said.",
     "This is a good day,", "the governor"),
    ("Maria Olsen signed the bill after Tom Reyes spoke. “This is a good day,” the governor "
     "said.", "This is a good day,", "the governor"),
    ("Maria Olsen, the lieutenant governor, signed the bill. “This is a good day,” the "
     "governor said.", "This is a good day,", "the governor"),
    ("Maria Olsen signed the bill. She smiled. “This is a good day,” the governor said.",
     "This is a good day,", "the governor"),
    ("President Joe Biden met Kamala Harris. Harris spoke first. “We will win,” the president "
     "said.", "We will win,", "Joe Biden"),
    ("Maria Olsen signed the bill. “This is a good day,” the senator said.",
     "This is a good day,", "the senator"),
])
def test_a_sole_office_is_the_one_person_just_followed(text, words, name):
    assert read(text, words)[0][0] == name
