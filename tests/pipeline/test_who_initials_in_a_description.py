""""A WHO official" and "a WHO spokesperson" are an official and a spokesperson of the World
Health Organization: the initials in capitals are no relative pronoun ending the
description, which left the quote with no speaker (round 17 probes: health copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, expected", [
    ("“We are deeply concerned,” a WHO official told reporters in Geneva.",
     "We are deeply concerned,", ("a WHO official", "anonymous", False)),
    ("“We are deeply concerned,” a WHO spokesperson said.", "We are deeply concerned,",
     ("WHO", "organization", False)),
    # controls: "who" in lower case opens a clause; other initials, read before
    ("“It was loud,” a woman who lives nearby said.", "It was loud,",
     ("a woman who lives nearby", "anonymous", False)),
    ("“We are deeply concerned,” a UN official said.", "We are deeply concerned,",
     ("a UN official", "anonymous", False)),
])
def test_who_in_capitals_is_the_organisation(text, words, expected):
    assert read(text, words)[0] == expected
