"""A group of people as a sentence's subject ("The researchers published …", "Protesters
gathered …", "Health officials warned …"): a later "they said" is that group, an unnamed
plural source, not an unknown "they" (fifteenth probe round: science and local copy). Our
own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The researchers published their findings on Monday. “It surprised us,” they said.",
     "It surprised us,", ("The researchers", "anonymous", True)),
    ("Protesters gathered outside the town hall. “We want answers,” they chanted.",
     "We want answers,", ("Protesters", "anonymous", True)),
    ("Health officials warned of a rise in cases. “Wash your hands,” they said.",
     "Wash your hands,", ("Health officials", "anonymous", True)),
    ("The nurses voted to walk out. “We are exhausted,” they said.", "We are exhausted,",
     ("The nurses", "anonymous", True)),
    # controls: "he" is no group; two people named together stay "they"
    ("The researchers published their findings on Monday. “It surprised me,” he said.",
     "It surprised me,", ("he", "unknown", False)),
    ("Ann Boyd and Tom Reyes wrote the report. “It surprised us,” they said.",
     "It surprised us,", ("Ann Boyd", "person", False)),
])
def test_they_is_the_group_that_opened_a_sentence_before(text, words, speaker):
    assert read(text, words)[0] == speaker
