"""A firm pointed back to by an epithet ("the French carmaker", "the Swiss food giant"), a
body whose name lacks its noun ("Frontex … the agency"), and a firm's one-word name read from
"said in its" (round 11 probes). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import last_speaker


@pytest.mark.parametrize("text, speaker", [
    ("Morlaix cut its prices. “Costs have eased,” the French carmaker said.",
     ("Morlaix", "organization")),
    ("Velden cut its prices. “Costs have eased,” the Swiss food giant said.",
     ("Velden", "organization")),
    ("Velden cut its prices. “Costs have eased,” the food giant said.",
     ("Velden", "organization")),
    ("Harrow Mills Ltd cut 200 jobs. “This is painful,” the British textiles company said.",
     ("Harrow Mills Ltd", "organization")),
    ("Kestrava sent more patrol boats. “The route is busy,” the agency said.",
     ("Kestrava", "organization")),
    ("NASA delayed the launch. “Safety comes first,” the agency said.",
     ("NASA", "organization")),
    ("“We are growing,” Torvane said in its quarterly report.", ("Torvane", "organization")),
    ("“We are growing,” Torvane wrote on its website.", ("Torvane", "organization")),
    # controls: another firm, a person's own report, no body named before
    ("Morlaix cut its prices. “Costs have eased,” the rival carmaker said.",
     ("rival carmaker", "organization")),
    ("“We are growing,” Torvane said in his quarterly report.", ("Torvane", "person")),
    ("Ann Boyd cut the ribbon. “Costs have eased,” the agency said.",
     ("agency", "organization")),
    ("Morlaix cut its prices. “Costs have eased,” the carmaker said.",
     ("Morlaix", "organization")),
])
def test_a_firm_is_what_its_epithet_means(text, speaker):
    assert last_speaker(text) == speaker
