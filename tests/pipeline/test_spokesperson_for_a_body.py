"""An unnamed spokesperson for a body written in lower case ("A spokesman for the council
said it would look again.") speaks for that body, and a later "he said" points back to it,
as for "A spokesman for Harbor Bank" or "A council spokesman". Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("A spokesman for the council said it would look again at the plans. “We hear the "
     "residents,” he said.", "We hear the residents,", "council"),
    ("A spokeswoman for the hospital declined to discuss the case. “Privacy comes first,” she "
     "said.", "Privacy comes first,", "hospital"),
    ("On Monday, a spokesman for the club said the fixture would go ahead. “Safety checks "
     "are done,” he said.", "Safety checks are done,", "club"),
    ("A spokeswoman for the health ministry said the vaccine was safe. “The data are clear,” "
     "she said.", "The data are clear,", "health ministry"),
])
def test_the_body_speaks(text, words, speaker):
    who, label = read(text, words)
    assert (who[0], who[1]) == (speaker, "organization")


@pytest.mark.parametrize("text, words, speaker", [
    # controls: a body with capitals, and the spokesperson's own words with no body
    ("A spokesman for Harbor Bank said it would look again. “We hear our customers,” he "
     "said.", "We hear our customers,", "Harbor Bank"),
    ("A spokesman said the plans would go ahead. “We hear the residents,” he said.",
     "We hear the residents,", "A spokesman"),
])
def test_other_spokespeople_are_read_as_before(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
