"""A name read from the headline (``extract(text, title=...)``) helps resolve names in the body,
but no span of the extraction may point into the headline: every offset is into the text."""
from __future__ import annotations

import pytest

from service.pipeline import extract

CASES = [
    # (text, title): the answer line's interviewee was named only in the headline
    ("A: “Sure.”", "Ann Boyd on her comeback"),
    ("Q: “Why now?”\nA: “Because it was time.”", "Opinion | Tom Reyes\tthe coach"),
    ("Answer: “We never stopped.”", "Interview: Lena Ortiz"),
    # controls: the interviewee named in the body is the answer's speaker, as without a title
    ("Ann Boyd spoke to us.\nA: “Sure.”", "Ann Boyd on her comeback"),
    ("Tom Reyes sat down with us.\nQ: “Why now?”\nA: “Because it was time.”", "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_every_span_is_inside_the_text(text, title):
    ex = extract(text, title=title)
    assert ex.quotes
    for q in ex.quotes:
        if q.mention is not None:
            assert 0 <= q.mention.start <= q.mention.end <= len(text)
            assert text[q.mention.start:q.mention.end] == q.mention.text
        for r in q.sourcing.reasons:
            assert 0 <= r.start <= r.end <= len(text)
            assert text[r.start:r.end] == r.text


@pytest.mark.parametrize(("text", "title"), CASES[3:])
def test_a_body_name_still_answers(text, title):
    ex = extract(text, title=title)
    answer = ex.quotes[-1]
    assert answer.cue.rule == "A:Q"
    assert ex.speaker(answer.speaker).name == title.split(" on ")[0]
