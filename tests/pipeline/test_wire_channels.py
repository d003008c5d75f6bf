"""Wire copy beyond politics (tenth probe round): a platform before the post it names is no
speaker, and the channels of business, court, foreign and broadcast copy. Sentences in our
own wording."""
from __future__ import annotations

import pytest

from reading import quote_of



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


@pytest.mark.parametrize("text, words, kind, channel_words", [
    # an interview with words before it
    ("“The water rose in minutes,” Mayor Ilse Brandt said in a telephone interview.",
     "The water rose in minutes,", "interview", "in a telephone interview"),
    ("“The water rose in minutes,” Ilse Brandt said in a brief radio interview.",
     "The water rose in minutes,", "interview", "in a brief radio interview"),
    ("Ilse Brandt said in a BBC interview: “The water rose in minutes.”",
     "The water rose in minutes.", "interview", "in a BBC interview"),
    # the state's or the local press
    ("“We will answer any provocation,” the defence minister told state media.",
     "We will answer any provocation,", "interview", "told state media"),
    ("“The road is closed,” the sheriff told local radio.", "The road is closed,",
     "interview", "told local radio"),
    # an analyst's note
    ("“Margins will shrink,” analysts at Kessler Bank wrote in a research note.",
     "Margins will shrink,", "note", "in a research note"),
    ("“Margins will shrink,” Omar Feld of Kessler Bank said in a note to clients.",
     "Margins will shrink,", "note", "in a note"),
    # the court's papers
    ("“The claim has no merit,” Judge Rhea Okoye wrote in her ruling.",
     "The claim has no merit,", "court filing", "in her ruling"),
    ("Prosecutors said in a court filing that the loss was “staggering.”", "staggering.",
     "court filing", "in a court filing"),
    ("“He knew the brakes had failed,” prosecutors wrote in court papers.",
     "He knew the brakes had failed,", "court filing", "in court papers"),
    ("Justice Pell wrote in a dissent that the ruling was “a wrong turn.”", "a wrong turn.",
     "court filing", "in a dissent"),
    # an address, an opinion piece, a video, a recording, a hearing, a release
    ("“We will not bow,” the president said in a televised address.", "We will not bow,",
     "speech", "in a televised address"),
    ("“Schools need nurses,” Dr Ana Weir wrote in an op-ed.", "Schools need nurses,",
     "op-ed", "in an op-ed"),
    ("“Stay indoors,” the governor said in a video posted online.", "Stay indoors,",
     "video", "in a video"),
    ("“The fight goes on,” the rebel leader said in an audio recording.", "The fight goes on,",
     "recording", "in an audio recording"),
    ("“The figures were wrong,” Ilse Brandt said at a hearing.", "The figures were wrong,",
     "hearing", "at a hearing"),
    ("“Sales doubled,” Kessler Bank said in a press release.", "Sales doubled,", "statement",
     "in a press release"),
    ("Ilse Brandt told a news conference that the dam was “holding.”", "holding.",
     "news conference", "told a news conference"),
])
def test_channels_of_wire_copy(text, words, kind, channel_words):
    _, q = quote_of(text, words)
    channel = q.sourcing.signals["channel"]
    assert (channel["kind"], channel["text"]) == (kind, channel_words)
    assert text[channel["start"]:channel["end"]] == channel_words


@pytest.mark.parametrize("text, words", [
    # controls: the phrases inside the quoted words, and the nouns with no channel
    ("“I left her a note and a video,” Ilse Brandt said.", "I left her a note and a video,"),
    ("“We said in a telephone interview that it was fine,” Ilse Brandt said.",
     "We said in a telephone interview that it was fine,"),
    ("“I read it in court papers,” Ilse Brandt said.", "I read it in court papers,"),
    ("The interview ran long. “The water rose,” Ilse Brandt said.", "The water rose,"),
])
def test_no_wire_channel_outside_the_attribution(text, words):
    _, q = quote_of(text, words)
    assert q.sourcing.signals["channel"] is None


@pytest.mark.parametrize("text, words, channel_words", [
    # an outlet after "told", no "the": wire services and broadcasters
    ("“The truce has collapsed,” a senior militia commander told AFP.",
     "The truce has collapsed,", "told AFP"),
    ("“The truce has collapsed,” Ilse Brandt told Reuters.", "The truce has collapsed,",
     "told Reuters"),
    ("“The truce has collapsed,” Ilse Brandt told Sky News on Sunday.",
     "The truce has collapsed,", "told Sky News"),
    ("Ilse Brandt told Harbor Radio: “The truce has collapsed.”", "The truce has collapsed.",
     "told Harbor Radio"),
])
def test_an_outlet_told_is_an_interview(text, words, channel_words):
    _, q = quote_of(text, words)
    channel = q.sourcing.signals["channel"]
    assert (channel["kind"], channel["text"]) == ("interview", channel_words)
    assert q.sourcing.signals["relayed"]


def test_a_person_told_is_no_channel():
    # control: "told" and a person's name is no outlet
    _, q = quote_of("“The truce has collapsed,” Ilse Brandt told Tom Hale.",
                    "The truce has collapsed,")
    assert q.sourcing.signals["channel"] is None


@pytest.mark.parametrize("text, words, channel", [
    # "told the" and a noun: a court's, an outlet's kind, or a host
    ("“I never saw the car,” Ilse Brandt told the jury.", "I never saw the car,",
     ("court", "told the jury")),
    ("“I never saw the car,” Ilse Brandt told the court.", "I never saw the car,",
     ("court", "told the court")),
    ("“I never saw the car,” Ilse Brandt told the newspaper.", "I never saw the car,",
     ("interview", "told the newspaper")),
    ("“I never saw the car,” Ilse Brandt told the hosts.", "I never saw the car,",
     ("interview", "told the hosts")),
    # an audience told hears a speech (test_told_channels), named before a later phrase
    ("“We will win,” Ilse Brandt told the crowd.", "We will win,", ("speech", "told the crowd")),
    ("“We will win,” Ilse Brandt told the crowd in a speech.", "We will win,",
     ("speech", "told the crowd")),
    # a court with a capital
    ("“I never saw the car,” Ilse Brandt told the High Court.", "I never saw the car,",
     ("court", "told the High Court")),
    # control: an outlet's name after "told the", as before
    ("“We will win,” Ilse Brandt told the Harbor Times.", "We will win,",
     ("interview", "told the Harbor Times")),
])
def test_told_the_and_a_noun(text, words, channel):
    _, q = quote_of(text, words)
    found = q.sourcing.signals["channel"]
    assert (found and (found["kind"], found["text"])) == channel


@pytest.mark.parametrize("text, words, channel", [
    # an outlet after "speaking to the", "writing in the", "wrote in the"
    ("Speaking to the Harbor Times, Ilse Brandt said: “The year was hard.”", "The year was hard.",
     ("interview", "Speaking to the Harbor Times")),
    ("Writing in the Lancet, the authors said the drug was “safe.”", "safe.",
     ("article", "Writing in the Lancet")),
    ("Ilse Brandt wrote in the Harbor Times that the plan was “doomed.”", "doomed.",
     ("article", "wrote in the Harbor Times")),
    # controls: a ruling after "wrote in the" is the court's, an audience no channel
    ("Judge Ilse Brandt wrote in the ruling that the law was “void.”", "void.",
     ("court filing", "in the ruling")),
    ("“We will win,” Ilse Brandt said, speaking to the crowd.", "We will win,", None),
])
def test_an_outlet_spoken_to_or_written_in(text, words, channel):
    _, q = quote_of(text, words)
    found = q.sourcing.signals["channel"]
    assert (found and (found["kind"], found["text"])) == channel
