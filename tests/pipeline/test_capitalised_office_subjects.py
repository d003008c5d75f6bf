"""An office written with capitals, the British and Irish way, that opens a sentence ("The
Chancellor was upbeat.", "The Minister for Finance was upbeat.") is a role subject: a later
"she said" points back to it as to "The chancellor". Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The Chancellor was upbeat. “The worst is behind us,” she said.",
     "The worst is behind us,", "The Chancellor"),
    ("The Prime Minister took questions for an hour. “I will not resign,” he said.",
     "I will not resign,", "The Prime Minister"),
    ("The Taoiseach was cautious. “A deal is close but not done,” he said.",
     "A deal is close but not done,", "The Taoiseach"),
    ("The Minister for Finance defended the budget. “Every sum adds up,” she said.",
     "Every sum adds up,", "The Minister for Finance"),
])
def test_a_pronoun_points_back_to_the_office(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: a body with capitals is no office, and a name before is still meant
    ("The Treasury was silent. “The worst is behind us,” she said.",
     "The worst is behind us,", "she"),
    ("Ines Calder met the bankers. The Chancellor was upbeat. “The worst is behind us,” she "
     "said.", "The worst is behind us,", "Ines Calder"),
])
def test_other_readings_are_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
