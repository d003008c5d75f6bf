"""An "it" that stands for no one before a colon ("It gets worse: “…”", "and it goes like
this:") is no speaker of the quote after it, in its paragraph or the next (round 18, from
the dev set's misattributions: the quote had the speaker "it"). Our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("The report was dull. But wait, it gets better: “The roads are fine.”",
     "The roads are fine.", None),
    ("The report was dull. It gets worse:\n\n“The roads are fine.”", "The roads are fine.",
     None),
    ("The email was short. And it goes like this: “We have no money.”", "We have no money.",
     None),
    ("The figures came in late. It turns out: “We have no money.”", "We have no money.",
     None),
    # controls: an "it" that reports, or a body that is the subject, still speaks
    ("The ministry sent a letter. It went on: “We have no money.”", "We have no money.",
     "ministry"),
    ("The ministry issued a statement. It said: “The roads are fine.”", "The roads are fine.",
     "ministry"),
    ("The council sent a letter. It was blunt: “The roads are a disgrace.”",
     "The roads are a disgrace.", "council"),
])
def test_an_empty_it_gives_no_speaker(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name if sp else None) == name
