"""A speaker's many quotes with no cue of their own (continuations, an interview's answer
lines) cost each about the same, however many came before: the work of an extraction grows
with the text, not with its square. Counted in lines of Python run, not timed: four times
the quotes may make about four times the lines (sixteen times did: each continuation's
sourcing read every quote from its speaker's mention on, each quote of a long paragraph
looked through all the paragraph's quotes before it for the one it goes on from, and quotes
with no sentence break between them made a sentence that every quote's rules and every
pronoun read whole). Counted in a child process running the pipeline from source, so that
the count sees every line when this process runs it compiled (as CI does)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.pipeline import extract

REPO = Path(__file__).resolve().parents[2]
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
    # (no sentence break between the quotes, lower case after each mark: one sentence as long
    # as the paragraph, which every quote's cue rules read whole)
    ("quotes with no sentence break between them", OPENING, "“a” “b” “c” (Ann) ", ""),
    ("labelled quotes on lines of one paragraph", OPENING, "Ann Boyd: “x”\n", ""),
    # (and which every pronoun walked back over, mention by mention)
    ("pronouns with no sentence break between them", OPENING, "“x,” they said. ", ""),
    ("pronouns after a speaker with no sentence break", OPENING,
     "“x,” she said, and later wrote on X, “y.” ", ""),
]


# Runs in the child: prints, for each (opening, unit, end), the lines run extracting the
# text with the unit 100 times and 400 times.
_CHILD = r"""
import json, sys
from service.pipeline import extract
from service.pipeline._native import running_compiled
assert not running_compiled()


def lines(text):
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    extract(text)      # (first-call costs: caches of names)
    sys.settrace(lambda frame, event, arg: local)
    try:
        extract(text)
    finally:
        sys.settrace(None)
    return count


units = json.load(sys.stdin)
print(json.dumps([[lines(o + u * n + e) for n in (100, 400)] for o, u, e in units]))
"""


@pytest.fixture(scope="module")
def counts() -> dict[str, list[int]]:
    env = {**os.environ, "QUOTES_PURE_PYTHON": "1"}
    proc = subprocess.run([sys.executable, "-c", _CHILD], cwd=REPO, env=env, text=True,
                          input=json.dumps([u[1:] for u in UNITS]), capture_output=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return dict(zip((u[0] for u in UNITS), json.loads(proc.stdout)))


@pytest.mark.parametrize("what", [u[0] for u in UNITS])
def test_work_grows_with_the_number_of_quotes(counts, what):
    small, large = counts[what]
    assert large <= 5 * small, f"{what}: {small} -> {large} lines"


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
