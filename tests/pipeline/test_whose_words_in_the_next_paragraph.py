"""A quote that is a paragraph of its own, then a paragraph opening "That was the message from
X" or "Those were the words of X", is X's, as when the two share a paragraph (round 17
probes: features and wire copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("“I am not going anywhere.”\nThat was the response of Helen Park when asked if she "
     "would resign.", "I am not going anywhere.", "Helen Park"),
    ("“We will not be bullied.”\nThat was the message from Ann Boyd, the union's leader, on "
     "Monday.", "We will not be bullied.", "Ann Boyd"),
    ("“It is time for a new generation.”\nThose were the words of Grace Otieno as she "
     "retired.", "It is time for a new generation.", "Grace Otieno"),
    # controls: one paragraph, and a next paragraph about something else
    ("“I am not going anywhere.” That was the response of Helen Park.",
     "I am not going anywhere.", "Helen Park"),
    ("Tom Reyes spoke first. “We will win,” he said.\n“We will not be bullied.”\nThe crowd "
     "cheered.", "We will not be bullied.", "Tom Reyes"),
])
def test_the_next_paragraph_says_whose_words(text, words, name):
    assert read(text, words)[0][0] == name
