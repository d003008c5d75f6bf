"""Channels said by the attribution: a verb that is its own channel, and the interview,
social-media, blog and text-message phrases. Sentences in our own wording."""
from __future__ import annotations

import pytest
from reading import sourcing_of

from service.pipeline import extract



@pytest.mark.parametrize("text, words, kind, channel_words", [
    # the cue verb itself is the channel, before or after the quote
    ("Lena Ortiz chairs the board. Ortiz tweeted: “The ferry runs again.”",
     "The ferry runs again.", "social post", "tweeted"),
    ("“The ferry runs again,” Lena Ortiz tweeted.", "The ferry runs again,", "social post",
     "tweeted"),
    ("Lena Ortiz posted: “The ferry runs again.”", "The ferry runs again.", "social post",
     "posted"),
    ("“The ferry runs again,” Lena Ortiz texted.", "The ferry runs again,", "text message",
     "texted"),
    ("“The ferry runs again,” Lena Ortiz emailed.", "The ferry runs again,", "email",
     "emailed"),
    # a phrase in the attribution names the channel
    ("Lena Ortiz met us at the dock. “The ferry runs again,” she said in the interview.",
     "The ferry runs again,", "interview", "in the interview"),
    ("“The ferry runs again,” Lena Ortiz said in an interview with the Dockside Courier.",
     "The ferry runs again,", "interview", "in an interview with the Dockside Courier"),
    ("“The ferry runs again,” Lena Ortiz wrote in a tweet.", "The ferry runs again,",
     "social post", "in a tweet"),
    ("“The ferry runs again,” Lena Ortiz posted on social media.", "The ferry runs again,",
     "social post", "on social media"),
    ("“The ferry runs again,” Lena Ortiz wrote in a blog post.", "The ferry runs again,",
     "social post", "in a blog post"),
    ("“The ferry runs again,” Lena Ortiz said in a text message.", "The ferry runs again,",
     "text message", "in a text message"),
    # a phrase wins over the verb: "posted on Threads" is a post on Threads
    ("“The ferry runs again,” Lena Ortiz posted on Threads.", "The ferry runs again,",
     "social post", "on Threads"),
])
def test_channel_from_the_attribution(text, words, kind, channel_words):
    channel = sourcing_of(text, words).signals["channel"]
    assert (channel["kind"], channel["text"]) == (kind, channel_words)
    assert text[channel["start"]:channel["end"]] == channel_words


@pytest.mark.parametrize("text, words", [
    # controls: the channel verbs inside the quoted words say nothing of how they reached us
    ("“I tweeted it and emailed the board,” Lena Ortiz said.",
     "I tweeted it and emailed the board,"),
    ("“I posted the timetable on social media,” Lena Ortiz said.",
     "I posted the timetable on social media,"),
    # a plain verb, and the nouns "text" and "email" as subjects of another sentence
    ("The text listed the times. “The ferry runs again,” Lena Ortiz said.",
     "The ferry runs again,"),
    ("The email came late. “The ferry runs again,” Lena Ortiz said.", "The ferry runs again,"),
])
def test_no_channel_outside_the_attribution(text, words):
    assert sourcing_of(text, words).signals["channel"] is None


def test_a_continuing_quote_does_not_take_the_verb_of_the_sentence_before():
    ex = extract("“The ferry runs again,” Lena Ortiz tweeted. “It leaves at noon.”")
    later = next(q for q in ex.quotes if q.text == "It leaves at noon.")
    assert later.speaker == ex.quotes[0].speaker
    assert later.sourcing.signals["channel"] is None


def test_the_nouns_text_and_email_are_no_reporting_verbs():
    ex = extract("Lena Ortiz chairs the board. “The ferry runs again,” the email said.")
    assert ex.quotes[0].cue.verb == "said"
