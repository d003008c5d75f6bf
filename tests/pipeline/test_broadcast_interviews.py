"""An interview aired by an outlet ("in an interview on CNN’s State of the Union") stays an
interview and keeps the outlet and its show in the channel's words; a show named after an
outlet's possessive without quotation marks ("said on NBC’s Meet the Press") is a broadcast,
as one in quotation marks was. Round 13 probes, our own wording (the shows are real ones)."""
from __future__ import annotations

import pytest
from reading import channel_of

Q = "The vote was fair,"


def kind_and_words(text: str) -> tuple[str, str] | None:
    channel = channel_of(text, Q, whole=True)
    return channel and (channel["kind"], channel["text"])


@pytest.mark.parametrize("text, channel", [
    ("“The vote was fair,” Ines Harlow said in an interview on CNN's State of the Union.",
     ("interview", "in an interview on CNN's State of the Union")),
    ("“The vote was fair,” Ines Harlow said in an interview on CNN on Sunday.",
     ("interview", "in an interview on CNN")),
    ("“The vote was fair,” Ines Harlow said during an interview on the BBC’s Today programme.",
     ("interview", "during an interview on the BBC’s Today")),
    ("“The vote was fair,” Ines Harlow said on NBC’s Meet the Press on Sunday.",
     ("broadcast", "on NBC’s Meet the Press")),
    ("“The vote was fair,” Ines Harlow said on Fox News’ Sunday Morning Futures.",
     ("broadcast", "on Fox News’ Sunday Morning Futures")),
    # pinned, read so before round 13: "told" an outlet's host; an interview "with" one
    ("“The vote was fair,” Ines Harlow told CNN's Jake Tapper.", ("interview", "told CNN")),
    ("“The vote was fair,” Ines Harlow said in an interview with CNN's Jake Tapper.",
     ("interview", "in an interview with CNN's Jake Tapper")),
    # controls: a day is no outlet; a possessive that is no outlet's; a plain "on CNN"
    ("“The vote was fair,” Ines Harlow said in an interview on Monday.",
     ("interview", "in an interview")),
    ("“The vote was fair,” Ines Harlow said on Boyd's Plan B.", None),
    ("“The vote was fair,” Ines Harlow said on the council's Budget Day.", None),
])
def test_an_aired_interview_keeps_its_outlet(text, channel):
    assert kind_and_words(text) == channel
