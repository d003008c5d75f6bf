"""Who tabloid and entertainment copy says a person just named is ("the mother-of-two", "the
influencer", "the podcaster", "the BBC presenter"): that person speaks (sixteenth probe
round: British tabloid and showbusiness copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Kemi Adebayo denies the charge. “I will clear my name,” said the mother-of-two.",
     "Kemi Adebayo"),
    ("Tom Reyes denies the charge. “I will clear my name,” the dad-of-three said.", "Tom Reyes"),
    ("Ann Boyd denies the charge. “I will clear my name,” the influencer said.", "Ann Boyd"),
    ("Ann Boyd denies the charge. “I will clear my name,” the podcaster said.", "Ann Boyd"),
    ("Ann Boyd denies the charge. “I will clear my name,” the presenter said.", "Ann Boyd"),
    ("Ann Boyd denies the charge. “I will clear my name,” the TV presenter said.", "Ann Boyd"),
    # control: the form read before
    ("Ann Boyd denies the charge. “I will clear my name,” the actress said.", "Ann Boyd"),
])
def test_a_tabloid_epithet_is_the_person_named(text, name):
    assert speaker_name(text) == name
