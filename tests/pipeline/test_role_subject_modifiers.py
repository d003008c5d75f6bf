"""A role subject with no name may have a capitalised body or place before its noun ("The
Celtic manager was in a reflective mood.", "The Labour leader shrugged."): a later "he said"
points back to it as to "The manager". Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("After the match, the Rovers manager was in a reflective mood. “We did not deserve to "
     "win,” he said.", "We did not deserve to win,", "the Rovers manager"),
    ("The Labour leader shrugged. “Polls come and go,” she said.", "Polls come and go,",
     "The Labour leader"),
    ("The Ohio governor signed the bill on Friday. “This will save lives,” he said.",
     "This will save lives,", "The Ohio governor"),
    ("The Olympic medallist was in tears. “It has been a long road,” she said.",
     "It has been a long road,", "The Olympic medallist"),
])
def test_a_pronoun_points_back_to_the_role(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: a name before is still the one meant; many people are no "she"
    ("Ruth Ekwueme runs the club. The Rovers manager sighed. “We were poor,” she said.",
     "We were poor,", "Ruth Ekwueme"),
    ("The Rovers fans sang all night. “We were poor,” she said.", "We were poor,", "she"),
])
def test_other_readings_are_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
