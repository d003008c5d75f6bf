"""A scholar named with a title ("Professor Ana Ruiz") and later "the scientist" or "the
researcher" is the one person; a manager is still no striker (round 11 probes). Our own
wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str:
    ex = extract(text)
    return ex.speaker(ex.quotes[0].speaker).name


@pytest.mark.parametrize("text, name", [
    ("Professor Ana Ruiz led the trial. “The dose is safe,” the scientist said.", "Ana Ruiz"),
    ("Prof Ana Ruiz led the trial. “The dose is safe,” the researcher said.", "Ana Ruiz"),
    # controls: another role is no scientist; a manager is no striker
    ("Senator Ana Ruiz led the trial. “The dose is safe,” the scientist said.",
     "the scientist"),
    ("Manager Ange Kovac praised the side. “We were sharp,” the striker said.",
     "the striker"),
])
def test_a_scholar_is_the_scientist(text, name):
    assert speaker_name(text) == name
