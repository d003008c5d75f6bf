"""A body named with its noun after its name ("The RMT union said …", "the GMB union", "the
ruling Fidesz party") is what a later "the union" or "the party" means (round 17 probes:
British labour and European copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("The RMT union said the strike would go ahead. “Our members are angry,” the union said.",
     "Our members are angry,", "RMT"),
    ("The GMB union balloted its members. “They voted to strike,” the union said.",
     "They voted to strike,", "GMB"),
    # controls: a nationality before a body, a body's name holding its noun, a person's
    ("The South Korean military said it had responded “with warning shots”.",
     "with warning shots", "South Korean military"),
    ("The Harbor Workers Union said the strike was on. “We are ready,” the union said.",
     "We are ready,", "Harbor Workers Union"),
    ("The ruling Fidesz party won again. “The people have spoken,” the party said.",
     "The people have spoken,", "Fidesz"),
])
def test_a_bodys_noun_after_its_name_is_what_the_noun_means_later(text, words, name):
    assert read(text, words)[0][0] == name
