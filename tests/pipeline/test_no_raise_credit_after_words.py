"""A dash and a name after words that go on from a quote ("“…” later, — Ann Boyd") is no
credit line for the quote: rule Q-N wants the dash right after the closing mark. Read there,
the credit (which has no verb) made the rule for a sentence finished after the quote compare
a missing verb's offset (TypeError)."""
from __future__ import annotations

import pytest

from service.pipeline import extract

RAISED = [
    "“Fine” 2, — Ann Boyd",
    "“We are ready” today, — Tom Reyes",
    "\"ם”2,—J",
    "“Not now” in Leeds, —Lena Ortiz\nShe left.",
]


@pytest.mark.parametrize("text", RAISED)
def test_no_credit_after_the_words_that_go_on(text):
    ex = extract(text)
    assert all(q.cue is None or q.cue.rule != "Q-N" for q in ex.quotes)


@pytest.mark.parametrize(("text", "speaker"), [
    # controls: the credit right after the mark, and a reporting clause after a few words
    ("“We are ready.” — Tom Reyes", "Tom Reyes"),
    ("“No view on the merits” of the case, Ann Boyd said.", "Ann Boyd"),
])
def test_credits_and_clauses_still_attribute(text, speaker):
    ex = extract(text)
    assert ex.speaker(ex.quotes[0].speaker).name == speaker
