"""Text whose lines end the Windows way ("\\r\\n") or the old Mac way ("\\r") reads as the same
text with line feeds: the same quotes, speakers and grades, at the text's own offsets."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import QuoteKind

TEXTS = [
    # a headline quote; a quote wrapped over a line ("personally" / "in"); a channel
    "Mayor ‘Won’t Quit,’ Aide Says\n\nThe campaign spent on ads that \"reach voters personally\n"
    "in towns and suburbs,\" Jane Doe said in an interview.\n\n“We will win,” she added.",
    # a quote over two paragraphs; its speaker named after the second
    "“It starts now.\n\n“And it ends in June,” said Omar Reyes, the league’s commissioner.",
    # an unnamed source, graded, and a pronoun pointing back to a named speaker
    "A senior official familiar with the talks said the deal was “close.”\n\n"
    "Ana Silva, the minister, disagreed. “Nothing is agreed,” she said.",
    # wrapped at a fixed width, as plain-text copy is
    "The council voted on Monday to close the bridge, a decision that\nresidents"
    " criticised. “We were never asked,” said Tom Hale, who\nlives beside it. “Not"
    " once.”\n\nThe mayor, Ruth Mbeki, said: “The bridge is unsafe.”",
]


def described(extraction, text):
    """Every quote as offsets-free facts, plus its words read back through its offsets."""
    out = []
    for q in extraction.quotes:
        speaker = extraction.speaker(q.speaker)
        channel = q.sourcing.signals.get("channel")
        out.append((q.text.replace("\r\n", "\n").replace("\r", "\n"), q.kind,
                    speaker and (speaker.name, speaker.type), q.sourcing.label,
                    channel and (channel["kind"], channel["text"]),
                    q.mention and q.mention.text, q.cue and q.cue.verb))
    return out


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
@pytest.mark.parametrize("text", TEXTS, ids=["headline-wrap-channel", "over-paragraphs",
                                            "unnamed-pronoun", "fixed-width"])
def test_lines_ending_otherwise_read_the_same(text, ending):
    other = text.replace("\n", ending)
    plain, found = extract(text), extract(other)
    assert found.quotes and described(found, other) == described(plain, text)
    assert found.text == other
    for q in found.quotes:
        # offsets are into the text as given, and the words are its own
        spans = q.parts or (q,)
        assert " ".join(other[p.start:p.end] for p in spans) == q.text
        assert (q.parts and q.parts[0].start or q.start) == q.start
        if q.mention is not None:
            assert other[q.mention.start:q.mention.end] == q.mention.text
        if q.cue is not None and q.cue.start is not None:
            assert other[q.cue.start:q.cue.end] == q.cue.verb
        for reason in q.sourcing.reasons:
            assert other[reason.start:reason.end] == reason.text
        channel = q.sourcing.signals.get("channel")
        if channel:
            assert other[channel["start"]:channel["end"]] == channel["text"]


def test_a_quote_wrapped_over_a_windows_line_end_is_one_quote():
    text = TEXTS[0].replace("\n", "\r\n")
    wrapped = [q for q in extract(text).quotes if q.text.startswith("reach voters")]
    assert len(wrapped) == 1 and wrapped[0].text.endswith("suburbs,")
    assert "\r\n" in wrapped[0].text


def test_the_headline_of_a_windows_text_is_still_its_first_line():
    """Words in single marks in a headline are scare quotes, not speech, either way (a "\\r"
    left at the end of the first line made them read as quoted speech)."""
    text = "Senator Urges Voters to ‘Stand Firm’ Against ‘Reckless’ Plan.\n\nShe spoke in Ohio."
    for ending in ("\n", "\r\n", "\r"):
        kinds = [q.kind for q in extract(text.replace("\n", ending)).quotes]
        assert kinds == [QuoteKind.NON_SPEECH] * 2, ending
