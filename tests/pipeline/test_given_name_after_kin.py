"""One word set off by commas after a kin noun ("his wife, Mara,", "her daughter, Ivy,") is
a given name, of the noun's gender, though the lists lack it: a later "she" or "he" may
mean that person (nineteenth probe round: US political copy, candidates' families).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Gov. Ray Castellano and his wife, Mara, voted in Palm Beach. “It's a great day,” she "
     "said.", "Mara"),
    ("Gov. Ray Castellano's daughter, Ivy, introduced him. “He is the best father,” she said.",
     "Ivy"),
    ("Sen. Laura Whitfield's husband, Ottavio, spoke first. “She is ready,” he said.",
     "Ottavio"),
    # controls: the pronoun of the other gender, a given name the lists hold, and a role
    ("Sen. Laura Whitfield's husband, Ottavio, spoke first. “He is kind,” she said.",
     "Laura Whitfield"),
    ("Her son, Patrick, was there. “I'm proud,” he said.", "Patrick"),
    ("Gov. Ray Castellano's wife, Mara, voted. “It's a great day,” the governor said.",
     "Ray Castellano"),
    ("Gov. Ray Castellano visited Tampa, Orlando and Miami. “It's a great day,” he said.",
     "Ray Castellano"),
])
def test_one_word_after_a_kin_noun_is_a_given_name(text, name):
    assert speaker_name(text) == name
