"""An outlet or a person reporting that someone said the quoted words: the one in the "that"
clause speaks ("The Courier reported that the mayor said “…”"; round 11 probes). Our own
wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("The Valley Courier reported that the mayor said “the bridge will close.”", "the mayor"),
    ("The Valley Courier reported that the mayor said: “The bridge will close.”",
     "the mayor"),
    ("The Valley Courier reported that Ines Harlow said, “The bridge will close.”",
     "Ines Harlow"),
    # controls: the that-clause has no verb of its own before the quote, or a tense that
    # tells of the report, not a verbatim one
    ("Ines Harlow said that the plan was dead and that “the bridge will close.”",
     "Ines Harlow"),
    ("Ines Harlow said that the mayor had promised “a full inquiry.”", "Ines Harlow"),
    ("The Valley Courier reported that “the bridge will close.”", "Valley Courier"),
])
def test_the_relayed_speaker_speaks(text, name):
    assert speaker_name(text) == name
