"""A sentence whose subject is a role with no name ("the coach", "the senator") is found
after an opening clause ("Asked about it, the coach shrugged."), after a wire dateline
("ROME (AP) — The minister said …") and when its verb ends the sentence ("The coach
shrugged."), so that a "he said" after it points back to that role as "the coach said"
would. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("Asked if she would stand again, the senator smiled. “Ask me next year,” she said.",
     "Ask me next year,", "the senator"),
    ("Questioned about the red card, the manager sighed. “The referee saw it differently,” "
     "he said.", "The referee saw it differently,", "The manager"),
    ("After the final whistle, the coach was calm. “We knew it would be tight,” he said.",
     "We knew it would be tight,", "the coach"),
    ("In Geneva on Monday, the ambassador said talks would go on. “Nobody is walking away,” "
     "she said.", "Nobody is walking away,", "the ambassador"),
    ("Taking questions from pupils, the mayor laughed. “I was never good at maths,” he said.",
     "I was never good at maths,", "the mayor"),
    ("OSLO (AP) — The minister said Friday she would not resign. “My work is not done,” she "
     "said.", "My work is not done,", "The minister"),
    ("Asked about job cuts, the chief executive paused. “Nothing is decided,” she said.",
     "Nothing is decided,", "the chief executive"),
    ("The goalkeeper shrugged. “These things happen,” he said.", "These things happen,",
     "The goalkeeper"),
])
def test_a_pronoun_points_back_to_the_role(text, words, speaker):
    who, _ = read(text, words)
    assert who[0].lower() == speaker.lower()


@pytest.mark.parametrize("text, words, speaker", [
    # controls: a name before is still the one meant, and a clause about someone else
    # makes no subject of them
    ("Ruth Ekwueme runs the club. Asked about the defeat, the manager sighed. “We were poor,” "
     "she said.", "We were poor,", "Ruth Ekwueme"),
    ("When the senator arrived, the crowd cheered. “It was loud,” he said.", "It was loud,",
     "he"),
])
def test_other_readings_are_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
