"""Wire copy beyond politics (tenth probe round): a platform before the post it names is no
speaker. Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def quote_of(text: str, words: str):
    ex = extract(text)
    for q in ex.quotes:
        if q.text == words:
            return ex, q
    raise AssertionError(f"no quote {words!r}")


@pytest.mark.parametrize("text, words, speaker, channel_words", [
    # "a Facebook post": the platform names the post, the subject says it
    ("Mara Lindqvist said in a Facebook post: “The pier stays shut.”", "The pier stays shut.",
     "Mara Lindqvist", "in a Facebook post"),
    ("Mara Lindqvist wrote in an Instagram post on Sunday: “The pier stays shut.”",
     "The pier stays shut.", "Mara Lindqvist", "in an Instagram post"),
    ("Mara Lindqvist wrote in her Truth Social post: “The pier stays shut.”",
     "The pier stays shut.", "Mara Lindqvist", "in her Truth Social post"),
    ("“The pier stays shut,” Mara Lindqvist said in a YouTube video.", "The pier stays shut,",
     "Mara Lindqvist", "in a YouTube video"),
])
def test_a_platform_before_its_post_is_the_channel_not_the_speaker(text, words, speaker,
                                                                   channel_words):
    ex, q = quote_of(text, words)
    assert ex.speaker(q.speaker).name == speaker
    channel = q.sourcing.signals["channel"]
    assert (channel["kind"], channel["text"]) == ("social post", channel_words)


@pytest.mark.parametrize("text, words, speaker", [
    # controls: the firm itself speaks
    ("Twitter said in a statement: “The outage is fixed.”", "The outage is fixed.", "Twitter"),
    ("“The outage is fixed,” Facebook said.", "The outage is fixed,", "Facebook"),
])
def test_a_platform_that_speaks_is_still_the_speaker(text, words, speaker):
    ex, q = quote_of(text, words)
    assert ex.speaker(q.speaker).name == speaker
