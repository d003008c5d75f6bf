"""A body named with its noun first and what it is of ("the Bureau of Meteorology", "the
University of Harrowgate"), then called by that noun ("a bureau spokesman", "the university
said"): the body named, not a new one called "bureau" (fifteenth probe round: Australian and
science copy). Our own wording, invented names."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The Bureau of Meteorology issued a storm warning. “Residents should prepare now,” a "
     "bureau spokesman said.", "Residents should prepare now,",
     ("Bureau of Meteorology", "organization", False)),
    ("Ann Boyd studied at the University of Harrowgate. “The results are clear,” the "
     "university said.", "The results are clear,", ("University of Harrowgate", "organization",
                                                    False)),
    # controls: a body whose noun comes last, as before
    ("The Harrowgate Water Authority cut supplies. “Reservoirs are low,” the authority said.",
     "Reservoirs are low,", ("Harrowgate Water Authority", "organization", False)),
])
def test_a_body_called_by_its_first_noun(text, words, speaker):
    assert read(text, words)[0] == speaker
