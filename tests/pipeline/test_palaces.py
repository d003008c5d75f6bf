"""A palace that speaks is a body, not a person called "Palace" (tenth probe round).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


@pytest.mark.parametrize("text, name, type_", [
    ("“The duke is resting,” Hollin Palace said.", "Hollin Palace", SpeakerType.ORGANIZATION),
    ("“The duke is resting,” Hollin Palace said in a statement.", "Hollin Palace",
     SpeakerType.ORGANIZATION),
    ("“The duke is resting,” the presidential palace said.", "presidential palace",
     SpeakerType.ORGANIZATION),
    # controls: a person named beside the palace's name, and a person with no palace
    ("Hollin Palace spokeswoman Ada Birch said: “The duke is resting.”", "Ada Birch",
     SpeakerType.PERSON),
    ("“The duke is resting,” Ada Birch said.", "Ada Birch", SpeakerType.PERSON),
])
def test_a_palace_speaks_as_a_body(text, name, type_):
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    assert (s.name, s.type) == (name, type_)
