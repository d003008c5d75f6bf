"""A group opening a sentence that is no plural role noun with "the": a group of people
("The team analysed …", "The couple married …") or members of a house or a party written
with capitals ("House Democrats unveiled …", "Labour MPs voted …"): a later "they said" is
that group, an unnamed plural source (sixteenth probe round: science, political and local
copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The team examined the water samples. “We found nothing unusual,” they said.",
     "We found nothing unusual,", ("The team", "anonymous", True)),
    ("The couple opened the bakery in May. “It has been a dream,” they said.",
     "It has been a dream,", ("The couple", "anonymous", True)),
    ("Senate Democrats released their own plan on Friday. “It is a fair deal,” they said.",
     "It is a fair deal,", ("Senate Democrats", "anonymous", True)),
    ("Labour MPs voted against the motion. “It goes too far,” they said.",
     "It goes too far,", ("Labour MPs", "anonymous", True)),
    ("State Republicans blocked the measure. “It costs too much,” they said in a statement.",
     "It costs too much,", ("State Republicans", "anonymous", True)),
    # a group and what it is of, and the British spelling of organisers
    ("The family of Tom Reyes paid tribute to him. “He was kind to everyone,” they said.",
     "He was kind to everyone,", ("The family", "anonymous", True)),
    ("Residents of the estate were furious. “Nobody told us,” they said.", "Nobody told us,",
     ("Residents", "anonymous", True)),
    ("Organisers called off the parade. “Safety comes first,” they said.", "Safety comes first,",
     ("Organisers", "anonymous", True)),
    # a team or group introduced with "A", and a number of people before "of"
    ("A team of chemists at Ardley University tested the pills. “Most were fake,” they said.",
     "Most were fake,", ("A team", "anonymous", True)),
    ("A group of parents met the head on Friday. “We were not listened to,” they said.",
     "We were not listened to,", ("A group", "anonymous", True)),
    ("Hundreds of nurses marched on Saturday. “We are exhausted,” they said.",
     "We are exhausted,", ("Hundreds of nurses", "anonymous", True)),
    # a group owned by a person named
    ("Tom Reyes's family paid tribute on Sunday. “He was kind to everyone,” they said.",
     "He was kind to everyone,", ("Tom Reyes's family", "anonymous", True)),
    ("Reyes’s lawyers argued the case. “He is innocent,” they said.", "He is innocent,",
     ("Reyes’s lawyers", "anonymous", True)),
    # controls: "he" is no group, and a plural role noun alone was read before
    ("The team lost again on Saturday. “We were poor,” he said.", "We were poor,",
     ("he", "unknown", False)),
    ("Democrats released their own plan on Friday. “It is a fair deal,” they said.",
     "It is a fair deal,", ("Democrats", "anonymous", True)),
])
def test_they_is_the_group_that_opened_a_sentence_before(text, words, speaker):
    assert read(text, words)[0] == speaker
