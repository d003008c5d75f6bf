"""A sentence opening with a country's body ("The Pakistani military", "The South Korean
military", "The army") is the body an "it" in its reported words points back to ("… said it
had responded “befittingly”"), as "The company" opening a sentence is (round 17 probes: wire
copy from conflicts). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("The Pakistani military said it had responded “befittingly”.", "befittingly",
     "Pakistani military"),
    ("The South Korean military said it had responded “with warning shots”.",
     "with warning shots", "South Korean military"),
    ("The army said it had responded “with restraint”.", "with restraint", "army"),
    # controls: the forms read before, and a nationality before a person's role
    ("The company said it had responded “at once”.", "at once", "company"),
    ("The Israeli military said it was “aware of the reports”.", "aware of the reports",
     "Israeli military"),
    ("The Pakistani minister said it had been “a fair fight”.", "a fair fight",
     "The Pakistani minister"),
])
def test_a_countrys_body_opening_the_sentence_is_its_it(text, words, name):
    assert read(text, words)[0][0] == name
