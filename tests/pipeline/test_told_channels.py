""""Told" and whom: an audience hears a speech, an outlet gives an interview, a person or a
body told something is no channel; platforms are read by one rule. Our own wording."""
from __future__ import annotations

import pytest
from reading import channel_of as _channel_words


def channel_of(text: str, words: str):
    """Return the quote's channel as (kind, words), or None."""
    channel = _channel_words(text, words, whole=True)
    return None if channel is None else (channel["kind"], channel["text"])


@pytest.mark.parametrize("text, channel", [
    # an audience: a speech
    ("“The mill stays open,” Rosa Vint told the crowd.", ("speech", "told the crowd")),
    ("“The mill stays open,” Rosa Vint told supporters in Hollow Creek.",
     ("speech", "told supporters")),
    ("“The mill stays open,” Rosa Vint told a packed town hall audience.",
     ("speech", "told a packed town hall audience")),
    ("“The mill stays open,” Rosa Vint told the Greens’ Spring Conference.",
     ("speech", "told the Greens’ Spring Conference")),
    ("“The mill stays open,” Rosa Vint told a news conference.",
     ("news conference", "told a news conference")),
    # an outlet or its people: an interview
    ("“The mill stays open,” Rosa Vint told the newspaper.", ("interview", "told the newspaper")),
    ("“The mill stays open,” Rosa Vint told the Lyon daily Le Matin.",
     ("interview", "told the Lyon daily Le Matin")),
    ("“The mill stays open,” Rosa Vint told the Kestrel news agency.",
     ("interview", "told the Kestrel news agency")),
    ("“The mill stays open,” Rosa Vint told the hosts on KVLT.", ("interview", "told the hosts")),
    # a platform after "on", "via" or "took to", capitalised, at the sentence's start too
    ("On Truth Social, Rosa Vint wrote: “The mill stays open.”",
     ("social post", "On Truth Social")),
    ("Rosa Vint took to Instagram: “The mill stays open.”", ("social post", "took to Instagram")),
    ("“The mill stays open,” Rosa Vint wrote on Twitter Friday.", ("social post", "on Twitter")),
])
def test_told_channels(text, channel):
    assert channel_of(text, text[text.index("“") + 1:text.index("”")]) == channel


@pytest.mark.parametrize("text", [
    # a person, a body, a story told: no channel
    "“The mill stays open,” Rosa Vint told the President.",
    "“The mill stays open,” Rosa Vint told the U.S. Senate.",
    "“The mill stays open,” Rosa Vint told the miners’ families.",
    "Rosa Vint told the Biblical story of the flood: “The mill stays open.”",
    # a platform's name in lower case is no proper name
    "“The mill stays open,” Rosa Vint said, hanging on threads.",
])
def test_told_and_no_channel(text):
    assert channel_of(text, text[text.index("“") + 1:text.index("”")]) is None
