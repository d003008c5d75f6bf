"""A channel written "in" or "during" a determiner, a few words and a channel noun ("in his
opening statement", "in a recent telephone interview"). Our own wording."""
from __future__ import annotations

import pytest
from test_told_channels import channel_of

WORDS = "The bridge reopens in May,"


@pytest.mark.parametrize("attribution, channel", [
    ("Lise Orman said in a recent telephone interview.",
     ("interview", "in a recent telephone interview")),
    ("Lise Orman said in a Tuesday interview with the Valley Courier.",
     ("interview", "in a Tuesday interview with the Valley Courier")),
    ("Lise Orman said during her victory speech.", ("speech", "during her victory speech")),
    ("Lise Orman wrote in her letter to the council.", ("letter", "in her letter")),
    ("the ministry said in its statement.", ("statement", "in its statement")),
    ("Lise Orman said in an emailed statement.", ("statement", "in an emailed statement")),
    ("Lise Orman said in the conference call.", ("call", "in the conference call")),
    ("Lise Orman said during a call to Radio Kestrel.", ("call", "during a call")),
    ("Lise Orman said in a news conference.", ("news conference", "in a news conference")),
])
def test_in_a_channel_noun(attribution, channel):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) == channel


@pytest.mark.parametrize("attribution", [
    # controls: a call for something, a call to arms; function words between; no noun
    "Lise Orman said in a call for calm.",
    "Lise Orman said in a call to arms.",
    "Lise Orman said in a way that her speech never did.",
    "Lise Orman said in the latest Valley Courier.",
])
def test_no_channel_without_a_channel_noun(attribution):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) is None
