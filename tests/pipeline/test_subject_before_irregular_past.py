"""The subject a participle's quote goes to ("X did this, saying “…”") ends before a verb in
the past tense without "-ed" ("The Bank of England held rates …", "Ryanair lost £200m …"), as
before one in "-ed"; and a one-word name in "-ed" or "-ing" before its verb ("Ofsted rated
the school …") is the subject, not an opening participle as in "Smiling broadly, Tom Reyes
said" (round 17 probes: wire and British copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("The Bank of England held interest rates at 5.25 per cent, saying inflation remained “too "
     "high”.", "too high", "Bank of England"),
    ("Ofsted rated the school inadequate, saying leadership was “weak at every level”.",
     "weak at every level", "Ofsted"),
    # controls: an opening participle, a verb in "-ed", and ones read right before
    ("Ryanair lost £200m in the quarter, saying fares had been “weaker than expected”.",
     "weaker than expected", "Ryanair"),
    ("The Harbor Authority sold the pier last year, saying it was “a drain on the budget”.",
     "a drain on the budget", "Harbor Authority"),
    ("Smiling broadly, Tom Reyes said the result was “fantastic”.", "fantastic", "Tom Reyes"),
    ("Exhausted, Tom Reyes said the result was “fantastic”.", "fantastic", "Tom Reyes"),
    ("The Harbor Authority raised fees, saying costs were “out of control”.",
     "out of control", "Harbor Authority"),
])
def test_the_subject_ends_before_its_past_tense(text, words, name):
    assert read(text, words)[0][0] == name
