"""A role with what it is of, in lower case, written before a name ("director of research
Ann Boyd", "Head of public affairs Tom Reyes said") is that person's role: the name is the
speaker's, not part of an unnamed description. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name, role", [
    ("“Rates will fall before summer,” said director of research Ines Calder.",
     "Rates will fall before summer,", "Ines Calder", "director of research"),
    ("Director of communications Tom Reyes said: “The figures are final.”",
     "The figures are final.", "Tom Reyes", "Director of communications"),
    ("“We expected worse,” said director of public affairs Mara Quint.", "We expected worse,",
     "Mara Quint", "director of public affairs"),
    ("“Rates will fall,” said Harbor Bank head of research Ines Calder.", "Rates will fall,",
     "Ines Calder", "Harbor Bank head of research"),
])
def test_the_name_after_the_role_speaks(text, words, name, role):
    s = speaker_of(text, words)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name, role", [
    # controls: a role the lists hold whole, and a role with no "of"
    ("“Rates will fall before summer,” said chief of staff Ines Calder.",
     "Rates will fall before summer,", "Ines Calder", "chief of staff"),
    ("“Rates will fall before summer,” said research director Ines Calder.",
     "Rates will fall before summer,", "Ines Calder", "research director"),
])
def test_other_roles_are_read_as_before(text, words, name, role):
    s = speaker_of(text, words)
    assert (s.name, s.role) == (name, role)
