"""Words a body releases "from" someone ("The campaign released a statement from the senator:
“…”") are that someone's, named or described, not the releaser's (nineteenth probe round: US
political copy, statements). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Sen. Laura Whitfield's campaign released a statement from the senator: “I am proud.”",
     "Laura Whitfield"),
    ("Sen. Laura Whitfield's campaign released a statement from Whitfield: “I am proud.”",
     "Laura Whitfield"),
    ("Sen. Laura Whitfield's campaign released a statement from the senator on Monday: "
     "“I am proud.”", "Laura Whitfield"),
    ("The White House issued a statement from the president: “We grieve.”", "the president"),
    # controls: a statement from no one, and one whose author is named after it
    ("Sen. Laura Whitfield's campaign released a statement: “I am proud.”",
     "Sen. Laura Whitfield's campaign"),
    ("The White House issued a statement from the president, Tom Ferris: “We grieve.”",
     "Tom Ferris"),
    ("Sen. Laura Whitfield issued a statement: “I am proud.”", "Laura Whitfield"),
    ("The governor's office released a statement from Ray Castellano: “I am saddened.”",
     "Ray Castellano"),
])
def test_a_statement_released_from_someone_is_theirs(text, name):
    assert speaker_name(text) == name
