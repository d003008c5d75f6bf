"""A plural's apostrophe, a role and a name ("the Chiefs' head coach Andy Hill", "the
victims' lawyer Ruth Adams"): the named person, whose role the words before the name are,
not a group called "the Chiefs' …" (fifteenth probe round: sport and court copy). Our own
wording, invented names."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The Harriers' head coach Andy Hill said: “We were not good enough.”",
     "We were not good enough.", ("Andy Hill", "person", False)),
    ("“We will appeal,” the victims' lawyer Ruth Adams said outside court.", "We will appeal,",
     ("Ruth Adams", "person", False)),
    ("“We will appeal,” the families’ solicitor Ruth Adams said.", "We will appeal,",
     ("Ruth Adams", "person", False)),
    # controls: a plural's apostrophe with no name after the role, and a union's name
    ("“We will appeal,” the victims' lawyer said.", "We will appeal,",
     ("the victims' lawyer", "anonymous", False)),
    ("“We will strike,” the Nurses’ Union said.", "We will strike,",
     ("Nurses’ Union", "organization", False)),
])
def test_a_name_after_a_plural_owners_role(text, words, speaker):
    assert read(text, words)[0] == speaker
