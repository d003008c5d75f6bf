"""A firm's name of two words opening a sentence whose verb takes "its" ("Goldman Sachs
raised its forecast"): the firm, which "the bank" later means (round 11 probes). Our own
wording, invented names."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_of(text: str) -> tuple[str, str]:
    ex = extract(text)
    sp = ex.speaker(ex.quotes[0].speaker)
    return sp.name, sp.type.value


@pytest.mark.parametrize("text, speaker", [
    ("Hallam Brecks raised its forecast. “Demand is strong,” the bank said.",
     ("Hallam Brecks", "organization")),
    ("Hallam Brecks cut its dividend. “Costs are high,” the lender said.",
     ("Hallam Brecks", "organization")),
    ("Hallam Brecks cut its dividend. “Costs are high,” Hallam Brecks said.",
     ("Hallam Brecks", "organization")),
    # controls: a person's "his"; a known given name first
    ("Hallam Brecks raised his forecast. “Demand is strong,” Brecks said.",
     ("Hallam Brecks", "person")),
    ("Ann Brecks raised its profile. “Demand is strong,” Brecks said.",
     ("Ann Brecks", "person")),
])
def test_a_two_word_firm_by_its(text, speaker):
    assert speaker_of(text) == speaker
