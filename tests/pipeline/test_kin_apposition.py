"""A relative described, then named by one given name in apposition: "her husband, Raj,
added" is Raj, whether or not the name lists hold the name (tenth probe round: names from
beyond the US census lists). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of



@pytest.mark.parametrize("text, words, name, role", [
    ("Anjali Rao lost her shop. Her husband, Vikram, added: “The river took it all.”",
     "The river took it all.", "Vikram", "Her husband"),
    ("Anjali Rao lost her shop. “The river took it all,” her husband, Vikram, said.",
     "The river took it all,", "Vikram", "her husband"),
    ("“The river took it all,” the victim's brother, Oluwaseun, told reporters.",
     "The river took it all,", "Oluwaseun", "the victim's brother"),
    # controls: a name the lists hold, and a full name
    ("Her husband, Mark, added: “The river took it all.”", "The river took it all.", "Mark",
     "Her husband"),
    ("Her husband, Vikram Rao, said: “The river took it all.”", "The river took it all.",
     "Vikram Rao", "Her husband"),
])
def test_a_relative_named_in_apposition(text, words, name, role):
    s = speaker_of(text, words)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name", [
    # controls: no kin noun, so a single capital after a comma is no one's name
    ("The ministry, Tuesday, said: “The river took it all.”", "The river took it all.",
     "ministry"),
])
def test_no_name_after_a_description_that_is_no_relative(text, words, name):
    assert speaker_of(text, words).name == name
