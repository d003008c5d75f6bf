"""_names_a_platform spares _channel the platform pattern's search in sentences that name no
platform: whenever the pattern finds a match, it must say the sentence may hold one."""
from __future__ import annotations

import random

import pytest

from service.pipeline.sourcing import _ON_PLATFORM, _names_a_platform


def _may(sentence: str) -> bool:
    return _names_a_platform(sentence, sentence.lower())


@pytest.mark.parametrize("sentence, found", [
    ("she wrote on X that the vote", True),
    ("she wrote on\tX that", True),
    ("he posted on Truth\tSocial on Monday", True),
    ("via Telegram, the group said", True),
    ("took to twitter to say", True),
    ("on YOUTUBE", True),
    ("said on Monday in the next session", False),     # an "x" inside a word names nothing
    ("on Facebook’s page", True),                      # (the name is there; the pattern says no)
])
def test_platform_names_read(sentence, found):
    assert _may(sentence) is found
    if _ON_PLATFORM.search(sentence):
        assert _may(sentence)


def test_every_match_is_let_through_on_random_sentences():
    rng = random.Random(3)
    pieces = ["on ", "On ", "ON ", "via ", "took to ", "takes\tto ", " ", "\t", "\u00a0", "\n",
              "X", "x", "x.", "Twitter", "TWITTER", "twitter", "Truth Social", "Truth  Social",
              "LinkedIn", "L\u0130NKEDIN", "Blue\u017fky", "Tik\u212aok", "\u0130", "Threads",
              "threads", "Weibo", "next", "tax", "the ", "’s", "Mastodon", "said", ",", "."]
    for _ in range(20000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if _ON_PLATFORM.search(sentence):
            assert _may(sentence), sentence
