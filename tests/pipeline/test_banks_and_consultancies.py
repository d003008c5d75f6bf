"""Banks and consultancies that economic copy quotes by their one-word name ("Barclays said
in a note", "KPMG said"), and research firms named "X Economics" or "X Analytics": an
organisation speaks, not a person (sixteenth probe round: economics and markets copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


def speaker(text: str) -> tuple[str, str]:
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    return s.name, s.type


@pytest.mark.parametrize("text, name", [
    ("“Rates will fall twice this year,” Barclays said in a note.", "Barclays"),
    ("“Rates will fall twice this year,” Deloitte said.", "Deloitte"),
    ("“Rates will fall twice this year,” KPMG said.", "KPMG"),
    ("“Rates will fall twice this year,” Harlow Economics said in a note to clients.",
     "Harlow Economics"),
    ("“Rates will fall twice this year,” Vantage Analytics said.", "Vantage Analytics"),
])
def test_a_bank_or_a_consultancy_is_an_organisation(text, name):
    assert speaker(text) == (name, SpeakerType.ORGANIZATION)


def test_an_analyst_of_a_bank_is_a_person():
    assert speaker("“Rates will fall,” said Barclays analyst Ann Boyd.") == \
        ("Ann Boyd", SpeakerType.PERSON)
