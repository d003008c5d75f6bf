"""A two-word name opening its sentence whose given name the lists lack ("Shaktikanta Das",
"Kibet Rotich") is a person's when the next sentence's quote is reported by an office of one
holder ("the governor said", "The president said: …"), as when "he said" reports it; the
office is then that person (round 17 probes: Indian and African copy). Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Shaktikanta Das kept rates on hold on Friday. “Inflation remains our focus,” the governor "
     "said.", "Inflation remains our focus,", "Shaktikanta Das"),
    ("Kibet Rotich won the vote easily. “The people have spoken,” said the president.",
     "The people have spoken,", "Kibet Rotich"),
    ("Kibet Rotich won the vote easily. The president said: “The people have spoken.”",
     "The people have spoken.", "Kibet Rotich"),
    # controls: a firm ("its"), a place, and an office of many holders
    ("Kestrel Foods cut its prices. “Costs are down,” the governor said.", "Costs are down,",
     "the governor"),
    ("Costa Rica voted on Sunday. “The people have spoken,” the president said. Turnout in "
     "Costa Rica was high.", "The people have spoken,", "the president"),
    ("Kibet Rotich won the vote easily. “The people have spoken,” the senator said.",
     "The people have spoken,", "the senator"),
])
def test_a_sole_office_makes_an_unlisted_name_a_person(text, words, name):
    assert read(text, words)[0][0] == name
