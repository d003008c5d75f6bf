"""An office after its country's possessive, with "for" and its brief ("Singapore's Minister
for Trade Tan Wei Ling"): the holder speaks, not a body of that name (sixteenth probe round:
Asian and Commonwealth government copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


def speaker(text: str) -> tuple[str, str]:
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    return s.name, s.type


@pytest.mark.parametrize("text, name, kind", [
    ("Malaysia's Minister for Finance Ong Kai Ren said: “We remain open.”", "Ong Kai Ren",
     SpeakerType.PERSON),
    ("Kenya's Secretary for Health Wanjiru Kamau said: “Clinics will stay open.”",
     "Wanjiru Kamau", SpeakerType.PERSON),
    # controls: a body joined by "for" and a person of a known given name
    ("“Fares will rise,” Transport for Harlow said.", "Transport for Harlow",
     SpeakerType.ORGANIZATION),
    ("Britain's Minister for Trade Ann Boyd said: “We remain open.”", "Ann Boyd",
     SpeakerType.PERSON),
])
def test_an_office_for_a_brief_after_its_country_is_held_by_the_name(text, name, kind):
    assert speaker(text) == (name, kind)
