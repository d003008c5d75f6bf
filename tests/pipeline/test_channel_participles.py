"""A channel in a perfect participle clause after the cue ("…, having said in a speech that
…") is an earlier event's, not the quote's (round 11 probes). Our own wording."""
from __future__ import annotations

import pytest
from test_told_channels import channel_of

WORDS = "The levy will pass,"


@pytest.mark.parametrize("attribution, channel", [
    ("Nell Farrow said, having hinted in a radio interview that it would fail.", None),
    ("Nell Farrow said, having told reporters last week that it would fail.", None),
    # controls: the channel is the cue's own, before the participle or with no participle
    ("Nell Farrow said in a radio interview, having lost the vote.",
     ("interview", "in a radio interview")),
    ("Nell Farrow told reporters, having lost the vote.", ("told reporters", "told reporters")),
    ("Nell Farrow said, speaking at a news conference.",
     ("news conference", "at a news conference")),
])
def test_a_participle_clause_keeps_its_channel(attribution, channel):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) == channel
