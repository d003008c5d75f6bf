"""Sourcing grades: one row per level and per signal, with negatives, in our own wording."""
from __future__ import annotations

import pytest
from reading import sourcing_of

from service.pipeline import extract
from service.pipeline.lexicon import CHANNEL_PATTERNS
from service.pipeline.sourcing import LABELS


LEVELS = [
    # (text, quote words, level)
    ("“Rates will hold,” Treasurer Ines Olmo said.", "Rates will hold,", 6),
    ("“Rates will hold,” said Olmo.", "Rates will hold,", 6),
    ("Treasurer Ines Olmo spoke first. “Rates will hold,” she said.", "Rates will hold,", 5),
    ("Treasurer Ines Olmo spoke first. “Rates will hold,” the treasurer said.", "Rates will hold,",
     5),
    ("“Rates will hold,” Ines Olmo said. “Inflation is easing.”", "Inflation is easing.", 5),
    ("“Rates will hold,” the Treasury Department said in a statement.", "Rates will hold,", 4),
    ("“Rates will hold,” a Treasury Department spokesman said.", "Rates will hold,", 4),
    ("“Rates will hold,” a senior treasury official said.", "Rates will hold,", 3),
    ("“Rates will hold,” said a union official.", "Rates will hold,", 3),
    ("“Rates will hold,” said two people familiar with the decision.", "Rates will hold,", 2),
    ("“Rates will hold,” said a banking expert familiar with the plan.", "Rates will hold,", 2),
    ("“Rates will hold,” critics say.", "Rates will hold,", 1),
    # "Others" opening a sentence is the crowd, not a person on the record
    ("Others said rates would “hold for now.”", "hold for now.", 1),
    ("“Rates will hold for a long time yet, whatever the market thinks today.”",
     "Rates will hold for a long time yet, whatever the market thinks today.", 1),
    ("The so-called “rate freeze” ended in May.", "rate freeze", 0),
    ("“Boo!” the crowd shouted.", "Boo!", 1),
    ("“It is over,” he said.", "It is over,", 1),
    ("“Stay home tonight,” his wife whispered.", "Stay home tonight,", 2),
    ("“Rates will hold,” the president said.", "Rates will hold,", 3),
    # proximity by any of its phrases, not only "familiar"
    ("“Rates will hold,” said three people with knowledge of the talks.", "Rates will hold,",
     2),
    ("“Rates will hold,” said a person with direct knowledge of the talks.",
     "Rates will hold,", 2),                                               # control
    # a spokesperson of the organisation the sentence before is about
    (("The Treasury Department did not answer at first. A spokesperson later said rates would "
     "“hold for now.”"), "hold for now.", 4),
    ("“Rates will hold,” a spokesperson said.", "Rates will hold,", 3),   # control: no one
    # an office or campaign of someone named speaks as an institution
    ("“Rates will hold,” Olmo’s office said in a statement.", "Rates will hold,", 4),
    # a quote continuing an unresolved "he" is no better sourced than the first
    ("“Rates will hold,” he said. “Inflation is easing.”", "Inflation is easing.", 1),
    # members of the public hold no position: a vox pop is vague
    ("“Rates will hold,” a voter in Leeds said.", "Rates will hold,", 2),
    ("“Rates will hold,” said one protester outside the bank.", "Rates will hold,", 2),
    ("“Rates will hold,” said a city official in Leeds.", "Rates will hold,", 3),  # control
    # a spokesperson for a named person speaks for her office, not as her
    ("“Rates will hold,” said a spokesperson for Treasurer Ines Olmo.", "Rates will hold,", 4),
    # someone known by a relation or as a man or woman holds no position
    ("“Rates will hold,” said one mother who lost her son.", "Rates will hold,", 2),
    ("“Rates will hold,” one man shouted.", "Rates will hold,", 2),
    # a capital that stands for its government speaks as an institution, not a named person
    ("“Rates will hold,” Beijing said in a statement.", "Rates will hold,", 4),
    ("Moscow insists that rates will “hold for now.”", "hold for now.", 4),
    # a source said to work somewhere holds a position; one close to it does not
    ("“Rates will hold,” a Treasury source said.", "Rates will hold,", 3),
    ("“Rates will hold,” said a senior government source.", "Rates will hold,", 3),
    ("“Rates will hold,” said a source in the treasurer’s office.", "Rates will hold,", 3),
    ("“Rates will hold,” said a source close to the Treasury.", "Rates will hold,", 2),
    ("“Rates will hold,” a source said.", "Rates will hold,", 2),
    # a pronoun that points back to an office no one named holds is as sourced as the office
    ("“Rates will hold,” the president said. “Inflation is easing,” she added.",
     "Inflation is easing,", 3),
    ("“Rates will hold,” the president said. “Inflation is easing.”", "Inflation is easing.", 3),
    ("“Rates will hold,” a senior treasury official said. “Inflation is easing,” she added.",
     "Inflation is easing,", 3),
]


@pytest.mark.parametrize("text,words,level", LEVELS)
def test_levels(text, words, level):
    s = sourcing_of(text, words)
    assert (s.level, s.label) == (level, LABELS[level])
    assert s.reasons, "every grade names the words that decided it"
    for r in s.reasons:
        assert text[r.start:r.end] == r.text


def test_a_role_noun_keeps_the_unnamed_source_level():
    text = ("A senior treasury official called the plan “workable.” "
            "“We expect a vote soon,” the official said.")
    assert sourcing_of(text, "workable.").level == 3
    assert sourcing_of(text, "We expect a vote soon,").level == 3


@pytest.mark.parametrize("text,words,reason", [
    (("“Talks stalled,” said an official who spoke on condition of anonymity because the talks "
     "were private."), "Talks stalled,", "on condition of anonymity"),
    ("“Talks stalled,” said an aide who was not authorized to discuss the matter.",
     "Talks stalled,", "not authorized to"),
])
def test_anonymity_reason_is_reported(text, words, reason):
    s = sourcing_of(text, words)
    assert s.signals["anonymity_reason"] == reason
    assert s.level == 3


@pytest.mark.parametrize("text, reason, level", [
    # a name kept out of print at the source's request; a source read as a title too
    ("“Talks stalled,” said a clerk, who asked that her name not be used.",
     "name not be used", 3),
    ("“Talks stalled,” said the clerk, who asked that her name not be used.",
     "name not be used", 3),
    ("“Talks stalled,” said a clerk who did not want to be identified.",
     "not want to be identified", 3),
    ("“Talks stalled,” said a neighbour who asked that his name be withheld.",
     "name be withheld", 3),
    # controls: no such words; a named speaker beside them
    ("“Talks stalled,” the clerk said.", None, 3),
    ("“Talks stalled,” said Ines Olmo, whose name was withheld from the list.", None, 6),
])
def test_a_name_kept_out_of_print_is_an_anonymity_reason(text, reason, level):
    s = sourcing_of(text, "Talks stalled,")
    assert (s.signals["anonymity_reason"], s.level) == (reason, level)


def test_no_anonymity_reason_for_a_named_speaker():
    s = sourcing_of("“Talks stalled,” Ines Olmo said.", "Talks stalled,")
    assert s.signals["anonymity_reason"] is None


@pytest.mark.parametrize("text,words,kind,channel_words", [
    ("Ines Olmo told reporters that talks had “stalled.”", "stalled.", "told reporters",
     "told reporters"),
    ("“Talks stalled,” Ines Olmo said in a statement.", "Talks stalled,", "statement",
     "in a statement"),
    ("Ines Olmo said in a post on Bluesky that talks had “stalled.”", "stalled.", "social post",
     "in a post on Bluesky"),
    ("“Talks stalled,” Ines Olmo said in an interview with The Harbor Times.", "Talks stalled,",
     "interview", "in an interview with The Harbor Times"),
    ("“Talks stalled,” Ines Olmo said at a news conference.", "Talks stalled,", "news conference",
     "at a news conference"),
    # a memo, and taking to a platform
    ("In a memo to staff, Ines Olmo wrote: “Talks stalled.”", "Talks stalled.", "letter",
     "In a memo"),
    ("Ines Olmo took to Facebook: “Talks stalled.”", "Talks stalled.", "social post",
     "took to Facebook"),
])
def test_channel(text, words, kind, channel_words):
    channel = sourcing_of(text, words).signals["channel"]
    assert (channel["kind"], channel["text"]) == (kind, channel_words)
    assert text[channel["start"]:channel["end"]] == channel_words


def test_no_channel_when_none_is_written():
    assert sourcing_of("“Talks stalled,” Ines Olmo said.", "Talks stalled,").signals["channel"] is None


def test_no_channel_phrase_starts_another():
    # _channel searches the phrases grouped by first word: that keeps "the earliest phrase
    # wins" only while no two phrases can start at the same place
    phrases = [phrase for phrase, _ in CHANNEL_PATTERNS]
    assert not [(a, b) for a in phrases for b in phrases if a != b and b.startswith(a)]


def test_plural_sources():
    assert sourcing_of("“It is done,” said people briefed on the talks.", "It is done,").signals["plural"]
    assert not sourcing_of("“It is done,” said a person briefed on the talks.",
                        "It is done,").signals["plural"]


def test_relayed_through_third_party_and_outlet():
    relayed = sourcing_of("According to people familiar with the call, the two ministers agreed on "
                       "“a joint framework.”", "a joint framework.")
    assert relayed.signals["relayed"] is True
    via_outlet = sourcing_of("“We will not resign,” Ines Olmo told The Harbor Times.",
                          "We will not resign,")
    assert via_outlet.signals["relayed"] is True
    direct = sourcing_of("“We will not resign,” Ines Olmo said.", "We will not resign,")
    assert direct.signals["relayed"] is False


def test_partial_signal():
    assert sourcing_of("Ines Olmo called the deal “a good start.”", "a good start.").signals["partial"]
    assert not sourcing_of("“It is a good start,” Ines Olmo said.", "It is a good start,"
                        ).signals["partial"]


@pytest.mark.parametrize("text, words, label", [
    # an unnamed office with a complement is graded by its head, as the office alone is
    ("The mayor of Corrow said the town was “shaken but standing.”",
     "shaken but standing.", "anonymous_positioned"),
    ("The governor of the province said the dam was “sound.”", "sound.",
     "anonymous_positioned"),
    # controls: the office alone; a man described by where he stands stays vague
    ("The mayor said the town was “shaken but standing.”", "shaken but standing.",
     "anonymous_positioned"),
    ("The man in the grey coat said: “Shaken but standing.”", "Shaken but standing.",
     "anonymous_vague"),
])
def test_an_office_with_a_complement_is_graded_by_its_head(text, words, label):
    q = next(q for q in extract(text).quotes if q.text == words)
    assert q.sourcing.label == label


@pytest.mark.parametrize("text, words, channel", [
    # a show named after its channel's possessive is a broadcast, the show no speaker
    ("“The levee held,” Ines Olmo told KTVU’s “Bay Area Tonight” on Monday.",
     "The levee held,", "told KTVU’s “Bay Area Tonight”"),
    ("Ines Olmo said on Channel Four’s “Morning Desk”: “The levee held.”",
     "The levee held.", "on Channel Four’s “Morning Desk”"),
    ("“The levee held,” Ines Olmo said on Fox News’ “Weekend Edition.”",
     "The levee held,", "on Fox News’ “Weekend Edition.”"),
])
def test_a_show_after_its_channel_is_a_broadcast(text, words, channel):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    found = q.sourcing.signals["channel"]
    assert (found["kind"], found["text"]) == ("broadcast", channel)
    assert all(x.sourcing.label == "not_speech" for x in ex.quotes if x is not q)


@pytest.mark.parametrize("text, words", [
    # controls: a possessive before lower-case quoted words is no show
    ("“The levee held,” Ines Olmo said on Tom Weller’s “new plan.”", "The levee held,"),
    ("“The levee held,” Ines Olmo said.", "The levee held,"),
])
def test_no_broadcast_without_a_show(text, words):
    assert sourcing_of(text, words).signals["channel"] is None


@pytest.mark.parametrize("text, words, kind, channel_words", [
    # a call with analysts or reporters
    ("“Orders picked up,” Ines Olmo told analysts on a call.", "Orders picked up,", "call",
     "on a call"),
    ("“Orders picked up,” Ines Olmo said on a conference call.", "Orders picked up,", "call",
     "on a conference call"),
    ("“Orders picked up,” Ines Olmo said during an earnings call.", "Orders picked up,", "call",
     "during an earnings call"),
    # a joint or prepared statement is a statement
    ("“Talks stalled,” the two unions said in a joint statement.", "Talks stalled,",
     "statement", "in a joint statement"),
    ("“Talks stalled,” Ines Olmo said in a prepared statement.", "Talks stalled,",
     "statement", "in a prepared statement"),
    # a platform after "on" or "via", whatever the verb
    ("“Talks stalled,” Ines Olmo wrote on X.", "Talks stalled,", "social post", "on X"),
    ("“Talks stalled,” Ines Olmo wrote on Twitter.", "Talks stalled,", "social post",
     "on Twitter"),
    ("“Talks stalled,” Ines Olmo posted on Threads.", "Talks stalled,", "social post",
     "on Threads"),
    ("Ines Olmo wrote on Bluesky that talks had “stalled.”", "stalled.", "social post",
     "on Bluesky"),
    # controls: the phrases already known keep their words
    ("“Talks stalled,” Ines Olmo said in a post on X.", "Talks stalled,", "social post",
     "in a post on X"),
    ("“Talks stalled,” Ines Olmo said on Truth Social.", "Talks stalled,", "social post",
     "on Truth Social"),
    ("“Talks stalled,” Ines Olmo said in a statement.", "Talks stalled,", "statement",
     "in a statement"),
])
def test_calls_joint_statements_and_platforms_are_channels(text, words, kind, channel_words):
    channel = sourcing_of(text, words).signals["channel"]
    assert (channel["kind"], channel["text"]) == (kind, channel_words)
    assert text[channel["start"]:channel["end"]] == channel_words


@pytest.mark.parametrize("text, words", [
    # no platform: a lower-case word, a day, a call with no article
    ("“Talks stalled,” Ines Olmo said, her future hanging on threads.", "Talks stalled,"),
    ("“Talks stalled,” Ines Olmo said on Friday.", "Talks stalled,"),
    ("“Talks stalled,” Ines Olmo said, calling on xenophobes to stand down.", "Talks stalled,"),
])
def test_no_channel_without_a_platform_or_a_call(text, words):
    assert sourcing_of(text, words).signals["channel"] is None


@pytest.mark.parametrize("text, words", [
    # a channel named only inside the quoted words is what the speaker talks about, not how
    # their words reached us
    ("“I read it on Twitter first,” Ines Olmo said.", "I read it on Twitter first,"),
    ("“Nobody told reporters the truth,” Ines Olmo said.", "Nobody told reporters the truth,"),
    ("Ines Olmo said: “The mayor said nothing in a statement or at a news conference.”",
     "The mayor said nothing in a statement or at a news conference."),
    ("Ines Olmo called the notice “a tweet on Instagram in a letter.”",
     "a tweet on Instagram in a letter."),
    # nor in another quote of the same sentence: the first half of a split quote
    ("“I saw the notice on Facebook,” Ines Olmo said, “and phoned the depot.”",
     "and phoned the depot."),
])
def test_no_channel_from_the_quoted_words(text, words):
    assert sourcing_of(text, words).signals["channel"] is None


@pytest.mark.parametrize("text, words, kind, channel_words", [
    # controls: the attribution's channel stays, whatever the quote says
    ("“I read it on Twitter first,” Ines Olmo said in a statement.",
     "I read it on Twitter first,", "statement", "in a statement"),
    ("“I read it in a letter,” Ines Olmo wrote on Bluesky.", "I read it in a letter,",
     "social post", "on Bluesky"),
    # a split quote with the channel between its halves: both halves keep it
    ("“The depot is shut,” Ines Olmo said in a statement, “until the spring.”",
     "The depot is shut,", "statement", "in a statement"),
    ("“The depot is shut,” Ines Olmo said in a statement, “until the spring.”",
     "until the spring.", "statement", "in a statement"),
])
def test_the_channel_comes_from_outside_the_quoted_words(text, words, kind, channel_words):
    channel = sourcing_of(text, words).signals["channel"]
    assert (channel["kind"], channel["text"]) == (kind, channel_words)
    assert text[channel["start"]:channel["end"]] == channel_words


def test_no_channel_from_any_part_of_a_quote_over_paragraphs():
    text = ("Ines Olmo spoke at the depot.\n\n“We read the news on Facebook first.\n\n"
            "“Then we shut the gates,” Olmo said.")
    q = extract(text).quotes[0]
    assert len(q.parts) == 2 and q.sourcing.signals["channel"] is None
    # control: the channel after the last part is the attribution's
    told = extract(text.replace("Olmo said.", "Olmo told reporters.")).quotes[0]
    assert told.sourcing.signals["channel"]["text"] == "told reporters"
