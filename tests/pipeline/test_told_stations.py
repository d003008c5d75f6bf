""""told" a local station by its number ("told Fox 35") or a briefing ("told a briefing"), and
a video posted on a platform (round 11 probes). Our own wording."""
from __future__ import annotations

import pytest
from test_told_channels import channel_of

WORDS = "The dam is safe,"


@pytest.mark.parametrize("attribution, channel", [
    ("Ravi Doss told Fox 35.", ("interview", "told Fox 35")),
    ("Ravi Doss told ABC 7 on Monday.", ("interview", "told ABC 7")),
    ("Ravi Doss told a briefing in the capital.", ("briefing", "told a briefing")),
    ("Ravi Doss told a news briefing.", ("briefing", "told a news briefing")),
    # controls: a number that is no station's, an outlet with no number
    ("Ravi Doss told CNN 2 things had changed.", ("interview", "told CNN")),
    ("Ravi Doss told Reuters.", ("interview", "told Reuters")),
    ("Ravi Doss told reporters at a briefing.", ("told reporters", "told reporters")),
])
def test_told_a_station_or_a_briefing(attribution, channel):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) == channel


@pytest.mark.parametrize("attribution, channel", [
    ("Ravi Doss said in a video posted on Instagram.",
     ("social post", "in a video posted on Instagram")),
    ("Ravi Doss said in a video uploaded to YouTube.",
     ("social post", "in a video uploaded to YouTube")),
    # controls: no platform named; a video alone
    ("Ravi Doss said in a video posted on the council website.", ("video", "in a video")),
    ("Ravi Doss said in a video.", ("video", "in a video")),
])
def test_a_video_posted_on_a_platform_is_a_post(attribution, channel):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) == channel
