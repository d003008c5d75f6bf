"""A platform named in lower case ("on twitter", "in a facebook post") is the quote's channel
when no common word is spelled like it (twitter, facebook, instagram, tiktok, youtube); "x",
"threads" and "telegram" in lower case are words. Round 13 probes, our own wording."""
from __future__ import annotations

import pytest
from reading import channel_of

Q = "The vote was fair,"


@pytest.mark.parametrize("text, channel", [
    ("“The vote was fair,” Ines Harlow wrote on twitter.", "on twitter"),
    ("“The vote was fair,” Ines Harlow said on instagram.", "on instagram"),
    ("“The vote was fair,” Ines Harlow wrote in a facebook post.", "in a facebook post"),
    ("“The vote was fair,” Ines Harlow said in a video posted on youtube.",
     "in a video posted on youtube"),
    ("Ines Harlow took to tiktok: “The vote was fair,” she said.", "took to tiktok"),
    # controls: lower-case words that name platforms in capitals; a capital as before
    ("“The vote was fair,” Ines Harlow said on x.", None),
    ("“The vote was fair,” Ines Harlow said on threads of the debate.", None),
    ("“The vote was fair,” Ines Harlow said via telegram.", None),
    ("“The vote was fair,” Ines Harlow wrote on Twitter.", "on Twitter"),
])
def test_a_lower_case_platform_is_a_channel(text, channel):
    assert channel_of(text, Q) == channel
