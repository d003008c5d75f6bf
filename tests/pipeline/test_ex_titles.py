"""An office written with "Ex-" before a name ("Ex-mayor Kwame Osei", "Ex-minister Ann
Boyd"), as tabloids and headlines write "former": the office is the role, the rest the
name (sixteenth probe round: British tabloid and Irish copy). Sentences in our own
wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str:
    ex = extract(text)
    return ex.speaker(ex.quotes[0].speaker).name


@pytest.mark.parametrize("text, name", [
    ("Ex-mayor Ann Boyd said: “The town deserves better.”", "Ann Boyd"),
    ("Ex-mayor Kwame Osei said: “The town deserves better.”", "Kwame Osei"),
    ("“The town deserves better,” Ex-Minister Kwame Osei said.", "Kwame Osei"),
    # controls: the forms read before
    ("Former mayor Kwame Osei said: “The town deserves better.”", "Kwame Osei"),
    ("“The town deserves better,” said ex-minister Ann Boyd.", "Ann Boyd"),
])
def test_an_ex_office_before_a_name_is_its_role(text, name):
    assert speaker_name(text) == name
