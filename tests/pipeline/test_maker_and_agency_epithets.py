"""A firm or a body named, then called by what it makes or by its field ("the iPhone maker",
"the Prius maker", "the planemaker", "the electric carmaker", "the South Korean tech giant",
"the space agency", "the UN agency"), speaks as the one named, as "the carmaker" does
(round 17 probes: business and science copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str | None:
    ex = extract(text)
    s = ex.speaker(ex.quotes[-1].speaker)
    return s.name if s else None


@pytest.mark.parametrize("text, name", [
    ("Apple reported record sales. “We are thrilled,” the iPhone maker said.", "Apple"),
    ("Toyota cut its forecast. “Demand has weakened,” the Prius maker said in a statement.",
     "Toyota"),
    ("Nestlé raised prices. “Costs are up,” the Kit Kat maker said.", "Nestlé"),
    ("Boeing delivered fewer jets. “We are taking this seriously,” the planemaker said.",
     "Boeing"),
    ("Tesla shares rose. “Demand remains strong,” the electric carmaker said.", "Tesla"),
    ("Samsung reported a drop in profit. “Memory prices have fallen,” the South Korean tech "
     "giant said.", "Samsung"),
    ("NASA said the launch had been delayed. “Safety comes first,” the space agency said.",
     "NASA"),
    ("The World Health Organization said the risk was moderate. “We are watching,” the UN "
     "agency said.", "World Health Organization"),
    # controls: no firm named before, another firm, and the forms read before
    ("“We are hiring,” the iPhone maker said.", "iPhone maker"),
    ("Tesla shares rose. “Demand is weak,” the rival carmaker said.", "rival carmaker"),
    ("Ryanair cut its forecast. “Fares will fall,” the Irish airline said.", "Ryanair"),
    ("NASA delayed the launch. “Safety comes first,” the agency said.", "NASA"),
])
def test_a_maker_or_field_epithet_is_the_firm_or_body_named(text, name):
    assert speaker_name(text) == name
