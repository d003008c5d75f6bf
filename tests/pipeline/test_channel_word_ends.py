"""A channel phrase counts only as whole words: "at a rally" is not in "at a rallying
point", nor "on air" in "on airline fares". Our own wording."""
from __future__ import annotations

import pytest
from test_told_channels import channel_of

WORDS = "The ferry runs again in June,"


@pytest.mark.parametrize("attribution, channel", [
    ("Tomas Brink said at a rally in Dunmore.", ("speech", "at a rally")),
    ("Tomas Brink said on air.", ("broadcast", "on air")),
    ("Tomas Brink said on air, smiling.", ("broadcast", "on air")),
    ("Tomas Brink said at a hearing on Monday.", ("hearing", "at a hearing")),
    ("Tomas Brink said on a call with analysts.", ("call", "on a call")),
])
def test_a_channel_phrase_as_whole_words(attribution, channel):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) == channel


@pytest.mark.parametrize("attribution", [
    # controls: the phrase's last word runs on into a longer one
    "Tomas Brink said at a rallying point near the pier.",
    "Tomas Brink said on airline fares.",
    "Tomas Brink said at a hearings backlog meeting.",
    "Tomas Brink said on a caller's advice.",
])
def test_no_channel_inside_a_longer_word(attribution):
    assert channel_of(f"“{WORDS}” {attribution}", WORDS) is None
