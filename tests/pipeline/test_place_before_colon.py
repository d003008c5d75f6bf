"""A name right before a colon after "in", "near", "outside", "inside" or "across" is a place
("delivered in Philadelphia: “…”"), not a speaker named before the quote; and an owner's
"closing argument" or "opening statement" is the owner's words (nineteenth probe round: US
political copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Sen. Laura Whitfield's closing argument, delivered in Philadelphia: “Love wins.”",
     "Laura Whitfield"),
    ("Sen. Laura Whitfield's closing argument: “Love wins.”", "Laura Whitfield"),
    ("Sen. Laura Whitfield spoke last. Her message, at a rally in Tampa: “Vote.”",
     "Laura Whitfield"),
    ("Gov. Ray Castellano's opening statement, given outside Denver: “We will win.”",
     "Ray Castellano"),
    # controls: a name before the colon that is the speaker, and the forms read before
    ("That doesn't surprise pollster Daron Shaw: “It was expected.”", "Daron Shaw"),
    ("Sen. Laura Whitfield spoke in Philadelphia: “Love wins.”", "Laura Whitfield"),
    ("Sen. Laura Whitfield's response: “Love wins.”", "Laura Whitfield"),
    ("Sen. Laura Whitfield's opening: “Love wins.”", None),
])
def test_a_place_before_a_colon_is_no_speaker(text, name):
    assert speaker_name(text) == name
