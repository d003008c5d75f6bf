"""A channel phrase is the channel of the speech event it modifies, not of every quote of
its sentence. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import channel_of



@pytest.mark.parametrize("text, words, channel", [
    # two speech events in one sentence: each quote takes the channel of its own clause
    ("“The dam holds,” Pia Lund said, and later wrote on social media, “We were lucky.”",
     "The dam holds,", None),
    ("“The dam holds,” Pia Lund said, and later wrote on social media, “We were lucky.”",
     "We were lucky.", "on social media"),
    ("“The dam holds,” Pia Lund said, before adding in an interview, “We were lucky.”",
     "The dam holds,", None),
    ("“The dam holds,” Pia Lund said, before adding in an interview, “We were lucky.”",
     "We were lucky.", "in an interview"),
    ("In a statement, the water board said the dam was “sound,” while the union said it "
     "was “cracked.”", "sound,", "In a statement"),
    ("In a statement, the water board said the dam was “sound,” while the union said it "
     "was “cracked.”", "cracked.", None),
    ("The water board said the dam was “sound,” but the union said in a statement that it "
     "was “cracked.”", "sound,", None),
    ("The water board said the dam was “sound,” but the union said in a statement that it "
     "was “cracked.”", "cracked.", "in a statement"),
    # a fragment with a cue verb of its own is not given the other clause's channel
    ("Pia Lund called the repair “a stopgap” and said on social media that the dam was "
     "“holding for now.”", "a stopgap", None),
    ("Pia Lund called the repair “a stopgap” and said on social media that the dam was "
     "“holding for now.”", "holding for now.", "on social media"),
    # a sentence opened after a quote's closing mark is another event
    ("Pia Lund told the Valley Courier, “The dam holds.” She added, “We were lucky.”",
     "We were lucky.", None),
])
def test_a_channel_goes_to_the_quote_of_its_clause(text, words, channel):
    assert channel_of(text, words) == channel


@pytest.mark.parametrize("text, words, channel", [
    # controls: one speech event, whatever the number of quotes
    ("“The dam holds,” Pia Lund said in a statement, “and we were lucky.”",
     "and we were lucky.", "in a statement"),
    ("“The dam holds,” Pia Lund said in a statement, “and we were lucky.”",
     "The dam holds,", "in a statement"),
    # a participle with no clause opener before it goes on with the same event
    ("“The dam holds,” Pia Lund said on Channel Four’s “Night Desk,” adding, “We were "
     "lucky.”", "We were lucky.", "on Channel Four’s “Night Desk,”"),
    ("“The dam holds,” Pia Lund wrote in a statement explaining the repair, “and we were "
     "lucky.”", "and we were lucky.", "in a statement"),
    ("Pia Lund told the Valley Courier, “The dam holds.” She added, “We were lucky.”",
     "The dam holds.", "told the Valley Courier"),
])
def test_one_speech_event_keeps_its_channel_for_every_quote(text, words, channel):
    assert channel_of(text, words) == channel


def test_quotes_sharing_a_channel_do_not_share_its_object():
    # the channel of a sentence is found once for all its quotes; each quote still gets its
    # own dict, so that a caller editing one quote's signals leaves the other's alone
    from service.pipeline import extract

    ex = extract("“The dam holds,” Pia Lund said in a statement, “and we were lucky.”")
    first, second = (q.sourcing.signals["channel"] for q in ex.quotes)
    assert first == second and first["text"] == "in a statement"
    assert first is not second
