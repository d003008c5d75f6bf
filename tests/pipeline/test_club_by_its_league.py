"""A club named, then called by its league or its country and a noun for a club ("the League
One club", "the Premier League club", "the Championship side", "the Serie A outfit"), speaks
as the club named, as "the club" does (round 17 probes: football copy). Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Harlow Rovers have appointed Tom Reyes as manager. “We are delighted,” the League One "
     "club said.", "We are delighted,", "Harlow Rovers"),
    ("Harlow Rovers sacked their manager on Monday. “It was not easy,” the Championship side "
     "said in a statement.", "It was not easy,", "Harlow Rovers"),
    ("Manchester United have confirmed the signing. “We are delighted,” the Premier League club "
     "said.", "We are delighted,", "Manchester United"),
    ("Harlow Rovers sacked their manager. “It was not easy,” said the Serie A outfit.",
     "It was not easy,", "Harlow Rovers"),
    # controls: no club named, and the form read before
    ("“We are delighted,” the Championship side said.", "We are delighted,",
     "Championship side"),
    ("Manchester United have confirmed the signing. “We are delighted,” the club said.",
     "We are delighted,", "Manchester United"),
])
def test_a_club_by_its_league_is_the_club_named(text, words, name):
    assert read(text, words)[0][0] == name
