"""Texts with long runs that once made the rules read them many times over.

bench/pathological.py measures how extraction time grows with such runs (it was quadratic
for several); these tests pin what the fixes keep: the answers.
"""
from __future__ import annotations

from service.pipeline import extract

from reading import channel_of, speaker_of

QUOTE = "We will win this,"


def test_a_long_run_of_tabs_before_the_cue_leaves_the_quote_and_its_speaker():
    # the tokenizer's pattern tried again from every tab of a run that ended a piece: a run
    # of 100,000 timed out and the extraction raised
    text = f"“{QUOTE}”" + "\t" * 100_000 + " Ann Boyd said."
    assert speaker_of(text, QUOTE).name == "Ann Boyd"


def test_tabs_between_words_are_read_as_spaces():
    assert speaker_of(f"“{QUOTE}”\t\tAnn\tBoyd said.", QUOTE).name == "Ann Boyd"


def test_a_channel_far_past_the_quote_in_a_sentence_without_end_is_not_its_channel():
    # a sentence is not read more than 600 characters past its quote, with or without a
    # full stop before the paragraph's end
    filler = " and then the talks went on" * 40      # 1,080 characters, no full stop
    assert channel_of(f"“{QUOTE}” Ann Boyd said{filler} in a statement", QUOTE) is None


def test_a_channel_within_the_sentence_is_read():
    text = f"“{QUOTE}” Ann Boyd said in a statement and then the talks went on"
    assert channel_of(text, QUOTE) == "in a statement"


def test_a_line_of_many_quotes_keeps_every_speaker():
    # each quote's rules read its own sentence, not the rest of a line of 2,000 quotes
    text = " ".join(f"“Point {i},” said Ann Boyd, and" for i in range(2000))
    ex = extract(text)
    assert len(ex.quotes) == 2000
    assert {ex.speaker(q.speaker).name for q in ex.quotes} == {"Ann Boyd"}


def test_stray_closing_marks_in_a_long_paragraph_keep_its_quotes():
    # a closing mark with none open looked for a single mark it might close from the
    # paragraph's first one, each time
    text = " ".join(f"‘Point {i},” said Ann Boyd. Then ” came." for i in range(500))
    ex = extract(text)
    assert [q.text for q in ex.quotes][:2] == ["Point 0,", "Point 1,"]
    assert len(ex.quotes) == 500


def test_a_line_of_many_bare_surnames_before_their_verbs_keeps_every_speaker():
    # whether "King said" is in a headline was read to the end of the line, for each name
    text = " ".join(f"“Point {i},” King said, and" for i in range(1000))
    ex = extract(text)
    assert len(ex.quotes) == 1000
    assert {ex.speaker(q.speaker).name for q in ex.quotes} == {"King"}
