"""A debate's or a hearing's "opening statement" or "closing statement", and "remarks", are
spoken: the channel's kind is a speech, not a written statement. Round 13 probes, our own
wording."""
from __future__ import annotations

import pytest
from reading import channel_of

Q = "The vote was fair,"


def kind_and_words(text: str) -> tuple[str, str] | None:
    channel = channel_of(text, Q, whole=True)
    return channel and (channel["kind"], channel["text"])


@pytest.mark.parametrize("text, channel", [
    ("“The vote was fair,” Ines Harlow said in her opening statement at the debate.",
     ("speech", "in her opening statement")),
    ("“The vote was fair,” Ines Harlow said in his closing statement to the jury.",
     ("speech", "in his closing statement")),
    ("In her opening statement, Ines Harlow said: “The vote was fair,” and sat down.",
     ("speech", "In her opening statement")),
    ("“The vote was fair,” Ines Harlow said in his remarks.", ("speech", "in his remarks")),
    ("“The vote was fair,” Ines Harlow said in her closing remarks to the convention.",
     ("speech", "in her closing remarks")),
    # controls: a written statement stays one
    ("“The vote was fair,” Ines Harlow said in a statement.", ("statement", "in a statement")),
    ("“The vote was fair,” Ines Harlow said in a written statement.",
     ("statement", "in a written statement")),
])
def test_a_spoken_statement_is_a_speech(text, channel):
    assert kind_and_words(text) == channel
