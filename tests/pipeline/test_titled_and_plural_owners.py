"""A person named only as an owner opening a sentence is the "he" or "she" after it when a
title marks the name as a person's ("Gov. Ray Castellano's aides", "Ms. Whitfield's best
line"), and when what the name owns is several people ("aides", "advisers"), none of whom a
singular pronoun could mean (nineteenth probe round: US political copy). Sentences in our
own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Gov. Ray Castellano's aides said he would not respond. “Where is she?” he asked.",
     "Ray Castellano"),
    ("Sen. Laura Whitfield's best line came late. “I was ready,” she said.", "Laura Whitfield"),
    ("Mr. Castellano's mood darkened. “It's rigged,” he said.", "Castellano"),
    ("Ray Castellano's aides said he would not respond. “Where is she?” he asked.",
     "Ray Castellano"),
    ("Laura Whitfield's advisers were worried. “We are fine,” she said.", "Laura Whitfield"),
    # controls: an owner named with no title and owning one who could be the pronoun, and
    # the forms read before
    ("Ray Castellano's wife said she was proud. “He is a good man,” she said.", "she"),
    ("Gov. Ray Castellano's lawyer spoke. “It is over,” he said.", "he"),
    ("Laura Whitfield's best line came late. “I was ready,” she said.", "Laura Whitfield"),
    ("“It is over,” Gov. Ray Castellano said.", "Ray Castellano"),
])
def test_a_titled_owner_or_one_owning_several_is_the_pronoun_after(text, name):
    assert speaker_name(text) == name


@pytest.mark.parametrize("text, name", [
    ("Gov. Ray Castellano mocked Sen. Laura Whitfield's stamina. She responded on Twitter. "
     "“I have more stamina than he does,” she wrote.", "Laura Whitfield"),
    ("Mr. Boyd praised Ms. Cole's record. “He is kind,” she said.", "Cole"),
    # controls: a titled owner after a preposition is no one the sentence is about, and a
    # pronoun of the other gender keeps its antecedent
    ("Gov. Ray Castellano spoke after Sen. Laura Whitfield's speech. “I have more stamina,” "
     "she said.", "she"),
    ("Gov. Ray Castellano took the stage after Mr. Tom Ferris's introduction. “We will win,” "
     "he said.", "Ray Castellano"),
    ("Ray Reyes met Ms. Cole's husband. “He is kind,” he said.", "Ray Reyes"),
])
def test_a_titled_owner_inside_a_sentence_is_the_pronoun_after(text, name):
    assert speaker_name(text) == name
