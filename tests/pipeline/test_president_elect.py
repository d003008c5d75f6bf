""""The president-elect" re-describes the person just named, as "the nominee" does (nineteenth
probe round: US political copy after an election). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Gov. Ray Castellano won the election on Tuesday. “We will unite,” the president-elect "
     "said on Wednesday.", "Ray Castellano"),
    ("Sen. Laura Whitfield won on Tuesday. The president-elect said: “We will unite.”",
     "Laura Whitfield"),
    # controls: the nominee, read before, and the word with no one named before it
    ("Gov. Ray Castellano spoke in Ohio. “We will unite,” the nominee said.", "Ray Castellano"),
    ("“We will unite,” the president-elect said.", "the president-elect"),
])
def test_the_president_elect_is_the_person_named(text, name):
    assert speaker_name(text) == name
