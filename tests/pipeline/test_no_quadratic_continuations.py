"""A speaker's many quotes with no cue of their own (continuations, an interview's answer
lines) cost each about the same, however many came before: the work of an extraction grows
with the text, not with its square. Counted in Python function calls, not timed: four times
the quotes may make about four times the calls (sixteen times did: each continuation's
sourcing read every quote from its speaker's mention on, and each quote of a long paragraph
looked through all the paragraph's quotes before it for the one it goes on from)."""
from __future__ import annotations

import sys

import pytest

from service.pipeline import extract
from service.pipeline._native import running_compiled

OPENING = "“Yes,” Ann Boyd said.\n\n"
UNITS = [
    # (what, the text's opening, one unit: the text repeats it, the text's end)
    ("continuations in paragraphs of their own", OPENING, "“More words, and more.”\n\n", ""),
    ("continuations on wrapped lines of one paragraph", OPENING, "“More words, and more.”\n",
     ""),
    ("continuations in one paragraph", OPENING, "“More words.” “And more.” ", ""),
    ("interview answer lines", OPENING, "Q: “Why?”\nA: “Because.”\n", ""),
    ("one speaker's questions and answers in one paragraph", OPENING,
     "“Why?” “Because.” “How?” ", ""),
    # (each quote looked for a speaker among all the paragraph's quotes before it, and for
    # its sentence among all the paragraph's sentences)
    ("quotes with no speaker before them in one paragraph", "", "“More words.” “And more?” ",
     "Ann Boyd said."),
]


def _calls(text: str) -> int:
    count = 0

    def counter(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    extract(text)      # (first-call costs: caches of names)
    sys.setprofile(counter)
    try:
        extract(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.skipif(bool(running_compiled()), reason="counts the pure-Python calls")
@pytest.mark.parametrize(("what", "opening", "unit", "end"), UNITS, ids=[u[0] for u in UNITS])
def test_work_grows_with_the_number_of_quotes(what, opening, unit, end):
    small, large = _calls(opening + unit * 100 + end), _calls(opening + unit * 400 + end)
    assert large <= 5 * small, f"{what}: {small} -> {large} calls"


@pytest.mark.parametrize(("text", "speakers"), [
    # the exchanges the turn-taking rule reads, the same with the parts found by index
    ("“Why not?” the host asked. “No,” Ann Boyd said. “Why?”", ["the host", "Ann Boyd",
                                                                 "the host"]),
    ("“Why not?” the host asked. “No,” Ann Boyd said. “Why?” “Because.”",
     ["the host", "Ann Boyd", "the host", "Ann Boyd"]),
    ("“Fine,” Ann Boyd said. “Really.” “Truly.”", ["Ann Boyd"] * 3),
])
def test_continuations_keep_their_speakers(text, speakers):
    ex = extract(text)
    assert [ex.speaker(q.speaker).name.lower() for q in ex.quotes] == \
        [s.lower() for s in speakers]
