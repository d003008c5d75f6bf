"""A name set in apposition after a description of the person ("His partner, Liu Yang,
disagreed.", "The club's captain, Sipho Ndlovu, was defiant.") is a person's name whatever
the name lists hold: a description opened by an owner's pronoun or with an owner in it, and
a relative as well as a role, gives the name its role, so a later "she said" points back to
that person. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name, role", [
    ("“It’s finished,” said Moreau. “We lost.” His partner, Liu Yang, disagreed. “Not "
     "until every vote is counted,” she said.", "Not until every vote is counted,",
     "Liu Yang", "His partner"),
    ("The bakery's founder, Wang Fang, retired in the spring. “I wanted my mornings back,” "
     "she said.", "I wanted my mornings back,", "Wang Fang", "The bakery's founder"),
    ("Her brother, Dong Wei, reached the river first. “The water was everywhere,” he said.",
     "The water was everywhere,", "Dong Wei", "Her brother"),
    ("The club's captain, Sipho Ndlovu, was defiant. “We start again on Monday,” he said.",
     "We start again on Monday,", "Sipho Ndlovu", "The club's captain"),
    ("Their lawyer, Tunde Bakare, filed the appeal. “The ruling cannot stand,” he said.",
     "The ruling cannot stand,", "Tunde Bakare", "Their lawyer"),
])
def test_a_name_after_a_description_is_a_person(text, words, name, role):
    s = speaker_of(text, words)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name", [
    # controls: a name the lists hold, and a description that is no person's
    ("His partner, Mary Liu, disagreed. “Not until every vote is counted,” she said.",
     "Not until every vote is counted,", "Mary Liu"),
    ("Their rivals, Port Vale, came next. “It was a fair result,” he said.",
     "It was a fair result,", "he"),
])
def test_other_readings_are_kept(text, words, name):
    assert speaker_of(text, words).name == name
