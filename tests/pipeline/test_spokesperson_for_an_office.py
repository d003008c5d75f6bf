"""A spokesperson for an office whose holder the article named ("Governor Ann Boyd … a
spokesman for the governor"): the holder's words through an aide, as "a spokesman for Ann
Boyd" is, not a body called "governor" (fifteenth probe round: local US and wire copy). Our
own wording, invented names."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("Governor Ann Boyd signed the bill. “The plan is dead,” said a spokesman for the "
     "governor.", "The plan is dead,", ("Ann Boyd", "person", False)),
    ("Mayor Tom Reyes left early. “He is unwell,” a spokeswoman for the mayor said.",
     "He is unwell,", ("Tom Reyes", "person", False)),
    # controls: no holder named, or another office's holder; a body
    ("“The plan is dead,” said a spokesman for the governor.", "The plan is dead,",
     ("governor", "organization", False)),
    ("Governor Ann Boyd left early. “He is unwell,” a spokeswoman for the mayor said.",
     "He is unwell,", ("mayor", "organization", False)),
    ("Ann Boyd chairs the council. “No,” a spokesman for the council said.", "No,",
     ("council", "organization", False)),
])
def test_a_spokesperson_for_an_office_speaks_for_its_holder(text, words, speaker):
    assert read(text, words)[0] == speaker
