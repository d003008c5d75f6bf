"""A body whose proper name reads as a firm's or a body's epithet ("Swiss Group", "Energy
Group", "the Environment Agency") is itself, not the body it would point back to: reading it
as an epithet pointed it back to itself without end (RecursionError; found by round 17's
probes). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Swiss Group said profits fell. “We are confident,” Swiss Group said.",
     "We are confident,", "Swiss Group"),
    ("The Energy Group raised prices. “Costs are up,” Energy Group said.", "Costs are up,",
     "Energy Group"),
    ("The Environment Agency issued 40 flood warnings. “Do not drive through flood water,” the "
     "agency said.", "Do not drive through flood water,", "Environment Agency"),
    ("“Do not drive through flood water,” the Environment Agency said.",
     "Do not drive through flood water,", "Environment Agency"),
    # controls: an epithet in lower case still points back
    ("Nestlé raised prices. “Costs are up,” the Swiss food group said.", "Costs are up,",
     "Nestlé"),
])
def test_a_name_that_reads_as_an_epithet_is_itself(text, words, name):
    assert read(text, words)[0][0] == name
