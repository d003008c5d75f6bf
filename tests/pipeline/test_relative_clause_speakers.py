"""A speaker described with a relative clause after the quote: the clause's verb ("asked",
a reporting verb too) is not the one that reports the quote (tenth probe round). Sentences
in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


@pytest.mark.parametrize("text, name, reason", [
    ("“The pumps failed at dawn,” a resident who asked not to be named said.",
     "a resident who asked not to be named", "asked not to be named"),
    ("“The pumps failed at dawn,” one engineer who asked not to be named told reporters.",
     "one engineer who asked not to be named", "asked not to be named"),
    # controls: the same clause read before the verb of a quote that follows, and a plain one
    ("A resident who asked not to be named said: “The pumps failed at dawn.”",
     "A resident who asked not to be named", "asked not to be named"),
    ("“The pumps failed at dawn,” a resident said.", "a resident", None),
    ("“The pumps failed at dawn,” a spokesperson for the WHO said.", "WHO", None),
])
def test_the_verb_of_a_relative_clause_does_not_report_the_quote(text, name, reason):
    ex = extract(text)
    q = ex.quotes[0]
    assert ex.speaker(q.speaker).name == name
    assert q.sourcing.signals["anonymity_reason"] == reason
