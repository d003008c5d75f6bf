"""A time of life after a person named ("Maeve Doyle, 100, … the centenarian said", "the
pensioner", "the teenager") points back to that person, as "the 100-year-old" does (round 17
probes: local and tabloid copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Maeve Doyle, 100, puts her age down to porridge. “I have it every morning,” the "
     "centenarian said.", "I have it every morning,", "Maeve Doyle"),
    ("Edna Walsh, 84, has lived in the flat since 1970. “They want us out,” the pensioner said.",
     "They want us out,", "Edna Walsh"),
    ("Liam Cole, 16, swam the Channel. “I was freezing,” the teenager said.", "I was freezing,",
     "Liam Cole"),
    ("Edna Walsh, 88, was born in 1935. “I have seen it all,” the octogenarian said.",
     "I have seen it all,", "Edna Walsh"),
    # controls: no one named before, and the form read before
    ("“I was freezing,” the teenager said.", "I was freezing,", "the teenager"),
    ("Liam Cole, 16, swam the Channel. “I was freezing,” the 16-year-old said.",
     "I was freezing,", "Liam Cole"),
])
def test_a_time_of_life_is_the_person_named(text, words, name):
    assert read(text, words)[0][0] == name
