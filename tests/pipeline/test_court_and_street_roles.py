"""Roles that court, school, church and street reporting (British, Irish and Australian copy
most of all) gives the people it quotes are people's roles: "the magistrate said", "one
villager said", "The headteacher wrote to parents. … she wrote." Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import read, sourcing_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The magistrate said: “You knew the dog was dangerous.” She added that the owner had "
     "been warned twice.", "You knew the dog was dangerous.", "The magistrate"),
    ("The headteacher wrote to every family. “The roof is safe again,” she wrote.",
     "The roof is safe again,", "The headteacher"),
    ("The barrister stood up slowly. “We ask the court for mercy,” he said.",
     "We ask the court for mercy,", "The barrister"),
    ("The publican was philosophical. “People will always want a pint,” he said.",
     "People will always want a pint,", "The publican"),
    ("Asked about the fees, the registrar sighed. “We have no choice,” she said.",
     "We have no choice,", "the registrar"),
    ("The villager pointed at the river. “It rose in an hour,” she said.",
     "It rose in an hour,", "The villager"),
])
def test_the_role_is_a_person(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: roles the lists held already
    ("“We tried to reason with him,” the judge told the court.",
     "We tried to reason with him,", "the judge"),
    ("“The lane floods every winter,” one resident said.", "The lane floods every winter,",
     "one resident"),
])
def test_known_roles_are_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, label", [
    # a member of the public is a vague source, as "one resident" is; an office holds a
    # position
    ("“The lane floods every winter,” one villager said.", "The lane floods every winter,",
     "anonymous_vague"),
    ("“I saw it all from the kerb,” said a pedestrian.", "I saw it all from the kerb,",
     "anonymous_vague"),
    ("“The soup was cold,” one diner said.", "The soup was cold,", "anonymous_vague"),
    ("“You must pay the fine,” the magistrate said.", "You must pay the fine,",
     "anonymous_positioned"),
    ("“The roof is safe,” the headteacher said.", "The roof is safe,", "anonymous_positioned"),
])
def test_how_the_source_is_graded(text, words, label):
    assert sourcing_of(text, words).label == label
