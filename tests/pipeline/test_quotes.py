"""The mark scanner: which spans are quotes, with offsets into the original text."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.quotes import find_quotes, plain_spaces, unwrap_lines


def spans(text: str) -> list[str]:
    raw, _ = find_quotes(text)
    return [text[r.start:r.end] for r in raw if not r.nested]


@pytest.mark.parametrize("text,expected", [
    ("“We will win,” Ames said.", ["We will win,"]),
    ('"We will win," Ames said.', ["We will win,"]),
    ("‘We will win,’ Ames said.", ["We will win,"]),
    ("''We will win,'' Ames said.", ["We will win,"]),
    ("``We will win,'' Ames said.", ["We will win,"]),
    ("« Nous gagnerons » a dit Ames.", ["Nous gagnerons"]),
    ("„Wir gewinnen“, sagte Ames.", ["Wir gewinnen"]),
    # whitespace just inside the marks is not part of the quote
    ("“  padded words  ” she said.", ["padded words"]),
])
def test_every_mark_style_pairs(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    # apostrophes inside and at the end of words are not marks
    ("It’s the players’ choice, and Ames’s too.", []),
    ("The ’90s were loud, and they’d rock ’n’ roll.", []),
    ("She said it wasn't over and the teams' fans agreed.", []),
    # a single quote nested in a double quote stays inside it
    ("“He told me ‘never again’ and left,” Ames said.", ["He told me ‘never again’ and left,"]),
    ("''He said 'no,''' Ames recalled.", ["He said 'no,'"]),
])
def test_apostrophes_and_nesting(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    # British style: single marks for quotes, a plural possessive inside is not a close
    ("‘The voters’ choice is clear,’ Ames said.", ["The voters’ choice is clear,"]),
    ("‘We back the workers’ union and the farmers’ one,’ she said. ‘Always.’",
     ["We back the workers’ union and the farmers’ one,", "Always."]),
    ("Ames called it ‘a little boys’ club’ on Monday.", ["a little boys’ club"]),
])
def test_single_quotes_and_possessives(text, expected):
    assert spans(text) == expected


def test_offsets_point_into_the_original_text():
    text = "Intro line.\n\n“First words,” Ames said. “Second words.”"
    raw, _ = find_quotes(text)
    assert [(text[r.start:r.end]) for r in raw] == ["First words,", "Second words."]
    assert all(text[r.open] in "“”" for r in raw)


@pytest.mark.parametrize("text, parts, name", [
    ("“The first paragraph of the statement ends open.\n\n"
     "“The second goes on and closes,” Ames said.",
     ["The first paragraph of the statement ends open.", "The second goes on and closes,"],
     "Ames"),
    # the next paragraph only closes it: its opening mark left out
    ("“The ferry has run at a loss for ten years.\n\n"
     "Now the county has to decide what it is worth,” said Ann Boyd, the county clerk.",
     ["The ferry has run at a loss for ten years.",
      "Now the county has to decide what it is worth,"], "Ann Boyd"),
])
def test_quote_running_over_paragraphs_is_one_quote(text, parts, name):
    ex = extract(text)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert [text[p.start:p.end] for p in q.parts] == parts
    assert ex.speaker(q.speaker).name == name
    assert not ex.warnings


@pytest.mark.parametrize("opening", ["‘", "'"])
def test_a_single_quoted_quote_running_over_paragraphs_is_one_quote(opening):
    close = "’" if opening == "‘" else "'"
    text = (f"{opening}The first paragraph of the statement ends open.\n\n"
            f"{opening}The second goes on and closes,{close} Ames said.")
    ex = extract(text)
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert [text[p.start:p.end] for p in q.parts] == [
        "The first paragraph of the statement ends open.", "The second goes on and closes,"]
    assert ex.speaker(q.speaker).name == "Ames"
    assert not ex.warnings


def test_a_paragraph_opening_a_single_quote_it_never_closes_is_a_quote_and_reported():
    text = "‘We were never told about the cuts, not once.\n\nAmes said the board had known."
    raw, warnings = find_quotes(text)
    assert [text[r.start:r.end] for r in raw] == ["We were never told about the cuts, not once."]
    assert [w.code for w in warnings] == ["unclosed_quote"]
    # an apostrophe that opens a word is not a quote left open
    assert find_quotes("’Twas the night before. ’90s music played.")[0] == []


def test_a_paragraph_whose_first_mark_opens_does_not_continue_a_quote_left_open():
    text = "“The ferry has run at a loss for years.\n\nIt was a “good” year, Boyd said."
    raw, warnings = find_quotes(text)
    assert [text[r.start:r.end] for r in raw] == ["The ferry has run at a loss for years.",
                                                  "good"]
    assert [w.code for w in warnings] == ["unclosed_quote"]


def test_unclosed_mark_stays_in_its_paragraph_and_is_reported():
    text = ("“This quote never closes, said nobody.\n\n"
            "Ames said the vote was close. “It was a fair count,” she said.")
    ex = extract(text)
    words = [q.text for q in ex.quotes]
    assert "It was a fair count," in words
    assert all("\n" not in w for w in words)
    assert [w.code for w in ex.warnings] == ["unclosed_quote"]


def warning_codes(text: str) -> list[str]:
    return [w.code for w in find_quotes(text)[1]]


@pytest.mark.parametrize("text,expected", [
    # a double mark closed by a single one after the words' punctuation
    ("“The ferry will run again,’ the harbour master said.", ["The ferry will run again,"]),
    ("“Is that all?’ Ames asked. “It is,” Boyd said.", ["Is that all?", "It is,"]),
    ("''The ferry will run again,' the harbour master said.", ["The ferry will run again,"]),
    # a single mark closed by a double one
    ("‘The ferry will run again,” the harbour master said.", ["The ferry will run again,"]),
    ("“Fine,” she said. ‘The ferry runs.” Then she left.", ["Fine,", "The ferry runs."]),
])
def test_a_quote_closed_by_the_wrong_kind_of_mark_ends_there_and_is_reported(text, expected):
    assert spans(text) == expected
    assert "mismatched_marks" in warning_codes(text)


@pytest.mark.parametrize("text,expected,codes", [
    # the apostrophe of a plural possessive is no slip: the quote stays open, reported
    ("“It was the voters’ choice and the farmers’ too, she said.",
     ["It was the voters’ choice and the farmers’ too, she said."], ["unclosed_quote"]),
    # a single quote nested in the open double quote is no slip either
    ("“He told me ‘no,’ and I left, Ames said.",
     ["He told me ‘no,’ and I left, Ames said."], ["unclosed_quote"]),
    # a quote running on into a paragraph that opens with a mark is not closed early
    ("“The first part ends with the word ‘yes.’\n\n“The second part closes,” Ames said.",
     ["The first part ends with the word ‘yes.’", "The second part closes,"], []),
    # a closing double mark with no opener, after a possessive: reported, no quote
    ("It was the voters’ choice,” she said.", [], ["stray_closing_mark"]),
])
def test_apostrophes_and_nested_marks_are_not_taken_for_a_slip(text, expected, codes):
    assert spans(text) == expected
    assert warning_codes(text) == codes


@pytest.mark.parametrize("text", [
    "“", "”", "\"", "''", "“ ”", "“”“”", "a “b", "x ” y “ z", "\n\n“\n\n”\n\n", "‘’‘’'''''",
])
def test_damaged_marks_never_crash(text):
    ex = extract(text)
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)


WRAPPED = ("The mayor spoke to reporters at the harbour on Monday morning. “We are going to\n"
           "rebuild the bridge before winter, whatever it costs,” Mayor Ann Boyd said on\n"
           "Monday. Her deputy, Tom Weller, agreed with the plan and said the city “has\n"
           "the money to pay for it.” A senior official who asked not to be named said the\n"
           "plan was “far too optimistic.” The council will vote on the plan next month.\n"
           "\n"
           "The vote is set for May.")


def test_lines_wrapped_at_a_width_are_one_paragraph():
    flat = unwrap_lines(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert flat.split("\n") == [WRAPPED.split("\n\n")[0].replace("\n", " "), "",
                                "The vote is set for May."]


def test_a_quote_over_a_wrapped_line_is_whole_with_its_speaker_and_the_texts_own_words():
    ex = extract(WRAPPED)
    got = [(q.text, ex.speaker(q.speaker).name) for q in ex.quotes]
    assert got == [
        ("We are going to\nrebuild the bridge before winter, whatever it costs,", "Ann Boyd"),
        ("has\nthe money to pay for it.", "Tom Weller"),
        ("far too optimistic.", "A senior official who asked not to be named")]
    assert ex.warnings == ()
    for q in ex.quotes:
        assert WRAPPED[q.start:q.end] == q.text
        assert WRAPPED[q.mention.start:q.mention.end] == q.mention.text


@pytest.mark.parametrize("text, joined", [
    ("she wanted to participate personally\nin caucuses and primaries", True),
    ("the city, the county,\nand the state", True),
    # lines of their own: a list, a headline, a new sentence
    ("Name: Ann Boyd\nAge: 52\nJob: Mayor", False),
    ("Boyd wins in Leeds\nAnn Boyd won the vote on Monday.", False),
    ("She won.\nthe count was close", False),
])
def test_a_lone_line_break_between_lower_case_words_wraps(text, joined):
    assert ("\n" not in unwrap_lines(text)) == joined
    assert len(unwrap_lines(text)) == len(text)


NBSP, THIN = "\u00a0", "\u202f"


def test_other_spaces_become_plain_spaces_at_the_same_offsets():
    text = f"Sen.{NBSP}Ann Boyd said:{THIN}“Yes.”\tThe\u2009end."
    flat = plain_spaces(text)
    assert len(flat) == len(text)
    assert flat == "Sen. Ann Boyd said: “Yes.”\tThe end."


@pytest.mark.parametrize("space", [NBSP, THIN, "\u2009"])
def test_names_written_with_no_break_spaces_are_read_as_written_with_spaces(space):
    plain = ("Sen. Ann Boyd opened the hearing. “We will vote in May,” said Ann Boyd. Her "
             "aide, Tom Weller, said at a rally that the plan was “ready.”")
    text = plain.replace(" ", space)
    ex, expected = extract(text), extract(plain)
    assert ex.speakers == expected.speakers
    got = [(q.start, q.end, ex.speaker(q.speaker).name, q.cue.rule, q.sourcing.level)
           for q in ex.quotes]
    assert got == [(q.start, q.end, expected.speaker(q.speaker).name, q.cue.rule,
                    q.sourcing.level) for q in expected.quotes]
    assert got[0][2:4] == ("Ann Boyd", "Q,VN") and got[1][2] == "Tom Weller"
    for q in ex.quotes:     # the words given back are the text's own characters
        assert q.text == text[q.start:q.end]
        assert q.mention.text == text[q.mention.start:q.mention.end]
        for r in q.sourcing.reasons:
            assert r.text == text[r.start:r.end]


@pytest.mark.parametrize("opening", [
    "Ann Boyd spoke for an hour.", f"Ann{NBSP}Boyd spoke for an hour.",
    "Ann Boyd spoke for an\nhour."])
def test_a_quote_over_paragraphs_is_its_parts_joined_whatever_the_spaces(opening):
    # with a no-break space or a wrapped line the rules read a copy of the text; the words
    # given back are still the parts joined by a space, not all between the first and last mark
    text = (f"{opening}\n\n“The bridge opens in May.\n\n"
            "“The tunnel follows in June,” she said.")
    ex = extract(text)
    (q,) = [q for q in ex.quotes if q.text.startswith("The bridge")]
    assert q.text == "The bridge opens in May. The tunnel follows in June,"
    assert [text[p.start:p.end] for p in q.parts] == [
        "The bridge opens in May.", "The tunnel follows in June,"]
    assert ex.speaker(q.speaker).name == "Ann Boyd"
