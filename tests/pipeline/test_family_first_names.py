"""A family name written first ("Kim Jong Un", "Hun Sen") and later used alone ("Kim said")
is the one person (round 11 probes). Our own wording with invented given names."""
from __future__ import annotations

import pytest
from reading import speaker_names


@pytest.mark.parametrize("text, names", [
    ("Kim Sol Ah toured the port. “The port is ready,” Kim said.", ["Kim Sol Ah"]),
    ("The port was opened by Kim Sol Ah. “The port is ready,” said Kim.", ["Kim Sol Ah"]),
    ("Wang Dehai toured the port. “The port is ready,” Wang said.", ["Wang Dehai"]),
    # controls: a Western name with the same first word; the surname used alone
    ("Kim Halvorsen toured the port. “The port is ready,” Halvorsen said.",
     ["Kim Halvorsen"]),
    ("Lee Danvers toured the port. “The port is ready,” Danvers said.", ["Lee Danvers"]),
])
def test_a_family_name_first_is_the_person_alone(text, names):
    assert speaker_names(text) == names
