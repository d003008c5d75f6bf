"""Relatives as local copy writes them: before a name as its role ("Grandmother Edna Walsh,
88, said", "Mother-of-two Sarah Jones said"), as an unnamed speaker ("The mother-of-two,
from Bristol, said:") and as a sentence's subject that a later "she said" points back to
("The victim's sister read a statement."). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import sourcing_of, speaker_of


@pytest.mark.parametrize("text, words, name, role", [
    ("Grandmother Edna Walsh, 88, said: “I have never seen the river this high.”",
     "I have never seen the river this high.", "Edna Walsh", "Grandmother"),
    ("Mum Priya Shah said: “The school never called us.”", "The school never called us.",
     "Priya Shah", "Mum"),
    ("Widower Tom Reyes told the inquest: “She was my whole world.”",
     "She was my whole world.", "Tom Reyes", "Widower"),
    ("Mother-of-two Sarah Jones said: “We just want answers.”", "We just want answers.",
     "Sarah Jones", "Mother-of-two"),
    ("The father-of-four, from Leeds, said: “We just want answers.”", "We just want answers.",
     "The father-of-four", "The father-of-four"),
    ("Outside court, the victim's sister read a statement. “We will never forget him,” she "
     "said.", "We will never forget him,", "the victim's sister", "the victim's sister"),
])
def test_a_relative_is_a_role(text, words, name, role):
    s = speaker_of(text, words)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name", [
    # controls: a family name that is also a relative ("Son"), and a relative after a name
    ("Son Heung-min said: “We fought to the end.”", "We fought to the end.", "Son Heung-min"),
    ("Edna Walsh, a grandmother of five, said: “The river has never been this high.”",
     "The river has never been this high.", "Edna Walsh"),
])
def test_names_are_kept(text, words, name):
    assert speaker_of(text, words).name == name


@pytest.mark.parametrize("text, words", [
    # an unnamed relative is graded as one, a vague source, as "the mother" is
    ("The father-of-four, from Leeds, said: “We just want answers.”", "We just want answers."),
    ("“She was my whole world,” the widower told the inquest.", "She was my whole world,"),
    ("“He loved that dog,” the victim's grandmother said.", "He loved that dog,"),
])
def test_an_unnamed_relative_is_a_vague_source(text, words):
    assert sourcing_of(text, words).label == "anonymous_vague"
