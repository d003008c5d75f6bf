"""A school or a hospital named by another word for it ("Greenfield Academy", "Kingsmead
Infirmary"): a later "the school" or "the hospital" is it (sixteenth probe round: British
local copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str:
    ex = extract(text)
    return ex.speaker(ex.quotes[-1].speaker).name


@pytest.mark.parametrize("text, name", [
    ("Brookfield Academy closed early on Monday. “All pupils are safe,” the school said.",
     "Brookfield Academy"),
    ("Kingsmead Infirmary confirmed the outbreak. “Wards are closed,” the hospital said.",
     "Kingsmead Infirmary"),
    ("Ardley College cancelled exams. “We are sorry,” the school said.", "Ardley College"),
    # control: the form read before
    ("Ardley Hospital confirmed the outbreak. “Wards are closed,” the hospital said.",
     "Ardley Hospital"),
])
def test_the_school_or_the_hospital_is_the_one_named(text, name):
    assert speaker_name(text) == name
