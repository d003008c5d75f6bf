"""A role subject with no name after a word that joins its sentence to the one before ("But
the coach was unrepentant.", "Meanwhile, the chancellor was upbeat.") is what a later "he
said" points back to, as "The coach was unrepentant." is. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("But the coach was unrepentant. “I would pick him again,” he said.",
     "I would pick him again,", "the coach"),
    ("However, the chairman insisted the club was not for sale. “Nobody has called us,” he "
     "said.", "Nobody has called us,", "the chairman"),
    ("Meanwhile, the chancellor was upbeat. “The worst is behind us,” she said.",
     "The worst is behind us,", "the chancellor"),
    ("Still, the ambassador remained hopeful. “Talks resume in May,” she said.",
     "Talks resume in May,", "the ambassador"),
    ("Yet the mayor stood firm. “The bridge closes on Monday,” he said.",
     "The bridge closes on Monday,", "the mayor"),
])
def test_a_pronoun_points_back_to_the_role(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: a name before is still the one meant; a connective with no role after it
    ("Ruth Ekwueme runs the club. But the manager sighed. “We were poor,” she said.",
     "We were poor,", "Ruth Ekwueme"),
    ("But the weather turned. “We were soaked,” he said.", "We were soaked,", "he"),
])
def test_other_readings_are_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
