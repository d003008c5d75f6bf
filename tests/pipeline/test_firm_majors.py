"""A firm called "the <trade> major" ("the oil major", "the mining major") once named: the
noun "major" after a trade is a large firm of that trade, as "the oil company" is; without a
trade before it ("the major", "the British major") it stays an officer's rank. Round 13
probes, sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import last_speaker


@pytest.mark.parametrize("text, speaker", [
    ("Korvane cut its dividend. “We remain disciplined,” the oil major said.",
     ("Korvane", "organization")),
    ("Dellbrook Minerals shut two pits. “Demand is soft,” the mining major said.",
     ("Dellbrook Minerals", "organization")),
    ("Korvane cut its dividend. “We remain disciplined,” the Dutch oil major said.",
     ("Korvane", "organization")),
    ("Korvane cut its dividend. “We remain disciplined,” said the energy major.",
     ("Korvane", "organization")),
    ("Halvik Pharma recalled a batch. “Patients are safe,” the drug major said.",
     ("Halvik Pharma", "organization")),
    # pinned, read so before round 13: "giant" after a trade
    ("Korvane cut its forecast. “We remain disciplined,” the chip giant said.",
     ("Korvane", "organization")),
    # controls: a rank is no firm; no firm named before, the epithet is its own body
    ("Ann Boyd led the patrol. “We held the line,” the major said.",
     ("the major", "unknown")),
    ("Ann Boyd led the patrol. “We held the line,” the British major said.",
     ("the British major", "unknown")),
    ("Ann Boyd spoke first. “We held the line,” the oil major said.",
     ("oil major", "organization")),
])
def test_a_trade_major_is_the_firm_named_before(text, speaker):
    assert last_speaker(text) == speaker
