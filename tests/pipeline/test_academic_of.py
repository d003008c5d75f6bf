"""A scholar's title with "of" a place after the name: the role is the title and the place,
not an office "Prof of …" (round 11 probes). Our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_of(text: str) -> tuple[str, str | None]:
    ex = extract(text)
    sp = ex.speaker(ex.quotes[0].speaker)
    return sp.name, sp.role


@pytest.mark.parametrize("text, speaker", [
    ("“The tide is rising,” said Prof Mira Okafor of Dunmore University.",
     ("Mira Okafor", "Prof, Dunmore University")),
    ("“The tide is rising,” said Professor Mira Okafor of Dunmore University.",
     ("Mira Okafor", "Professor, Dunmore University")),
    # controls: an office held of a place; no title
    ("“The tide is rising,” said Senator Mira Okafor of Ohio.",
     ("Mira Okafor", "Senator of Ohio")),
    ("“The tide is rising,” said Mira Okafor of Dunmore University.",
     ("Mira Okafor", "of Dunmore University")),
])
def test_a_scholar_of_a_place(text, speaker):
    assert speaker_of(text) == speaker
