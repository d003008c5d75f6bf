"""A name ending in "Health" ("Meridian Health", "Harbor Health") is a firm's or a health
system's, as one ending in "Healthcare" is, so "the company" later points back to it
(round 17 probes: business and health copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, expected", [
    ("Meridian Health did not respond. In a statement last week, the company said it was "
     "“cooperating fully”.", "cooperating fully", ("Meridian Health", "organization", False)),
    ("“We are cooperating fully,” Harbor Health said.", "We are cooperating fully,",
     ("Harbor Health", "organization", False)),
    # controls: offices and bodies of health, and a person named after one
    ("Health Secretary Tom Price said the plan would “fix it”.", "fix it",
     ("Tom Price", "person", False)),
    ("“We will fix it,” said Tom Price, Secretary of Health.", "We will fix it,",
     ("Tom Price", "person", False)),
    ("The Department of Health said the plan would “fix it”.", "fix it",
     ("Department of Health", "organization", False)),
])
def test_a_name_ending_in_health_is_a_body(text, words, expected):
    assert read(text, words)[0] == expected
