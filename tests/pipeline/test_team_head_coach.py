""""The Newcastle head coach" after a coach named is that coach, as "the Newcastle coach" is;
"the City assistant coach" is someone else (round 17 probes: football copy). Sentences in
our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Eddie Howe was left frustrated. “We did not do enough,” the Newcastle head coach said.",
     "We did not do enough,", "Eddie Howe"),
    ("Eddie Howe was left frustrated. “We did not do enough,” said the former Newcastle head "
     "coach.", "We did not do enough,", "Eddie Howe"),
    # controls: an assistant is another, and the form read before
    ("Eddie Howe was left frustrated. “We did not do enough,” the City assistant coach said.",
     "We did not do enough,", "the City assistant coach"),
    ("Eddie Howe was left frustrated. “We did not do enough,” the Newcastle coach said.",
     "We did not do enough,", "Eddie Howe"),
])
def test_a_teams_head_coach_is_the_coach_named(text, words, name):
    assert read(text, words)[0][0] == name
