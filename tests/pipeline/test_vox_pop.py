"""Members of the public in disaster and local copy ("an eyewitness", "a passer-by", "a
medic"): people, not missing speakers (tenth probe round). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def sourcing_of(text: str):
    ex = extract(text)
    q = ex.quotes[0]
    s = ex.speaker(q.speaker)
    return (s.name if s else None), q.sourcing.label


@pytest.mark.parametrize("text, name, label", [
    ("“The bridge just fell,” an eyewitness said.", "an eyewitness", "anonymous_positioned"),
    ("An eyewitness, who asked not to be named, said: “The bridge just fell.”", "An eyewitness",
     "anonymous_positioned"),
    ("“The bridge just fell,” said a passer-by.", "a passer-by", "anonymous_vague"),
    ("“The bridge just fell,” a medic told reporters.", "a medic", "anonymous_positioned"),
    ("“The bridge just fell,” said a passerby.", "a passerby", "anonymous_vague"),
    # control: a noun that was read before
    ("“The bridge just fell,” a witness said.", "a witness", "anonymous_positioned"),
])
def test_a_member_of_the_public_speaks(text, name, label):
    assert sourcing_of(text) == (name, label)
