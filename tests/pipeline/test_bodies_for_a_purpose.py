"""A body named by its noun, "for" and its purpose ("the Department for Education", "the
Centre for Cities think tank"): its whole name speaks, and "the department" later points
back to it (sixteenth probe round: British government and policy copy). Sentences in our
own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str:
    ex = extract(text)
    return ex.speaker(ex.quotes[-1].speaker).name


@pytest.mark.parametrize("text, name", [
    ("“Rents are rising fastest in the north,” the Centre for Cities think tank said.",
     "Centre for Cities"),
    ("The Department for Education published the figures on Monday. “Every school will "
     "benefit,” the department said.", "Department for Education"),
    ("The Office for Budget Responsibility cut its forecast. “Growth will be slower,” the "
     "office said.", "Office for Budget Responsibility"),
    ("The Institute for Fiscal Studies looked at the plan. “It does not add up,” the "
     "institute said.", "Institute for Fiscal Studies"),
    # controls: the forms read before
    ("“Rents are rising fastest in the north,” the Centre for Cities said.", "Centre for Cities"),
    ("The Department of Justice opened an inquiry. “We will act,” the department said.",
     "Department of Justice"),
])
def test_a_body_for_a_purpose_is_named_in_full(text, name):
    assert speaker_name(text) == name
