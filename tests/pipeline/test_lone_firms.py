"""A firm named by one word that opens its sentence, then "the company", "the group" or
"the club" in the next (tenth probe round: business and sports wire copy). The one word may
be hyphenated ("Rolls-Royce") or an acronym ("HSBC"). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def speaker_name(text: str) -> str:
    ex = extract(text)
    return ex.speaker(ex.quotes[0].speaker).name


@pytest.mark.parametrize("text, name", [
    ("Vantor-Kline cut 900 jobs. “This is painful,” the company said.", "Vantor-Kline"),
    ("Vantor-Kline said it would cut 900 jobs. “This is painful,” the company said.",
     "Vantor-Kline"),
    ("KBRW said it would cut 900 jobs. “This is painful,” the bank said.", "KBRW"),
    ("Norvacor cut 900 jobs. “This is painful,” the group said.", "Norvacor"),
    ("Harrowgate confirmed the signing. “We are delighted,” the club said.", "Harrowgate"),
    # controls: what worked before, and a body that is no firm
    ("Norvacor cut 900 jobs. “This is painful,” the company said.", "Norvacor"),
    ("The Lumineers cancelled the tour. “We are sorry,” the band said.", "Lumineers"),
    ("Ann Smith-Jones cut the ribbon. “We are delighted,” the council said.", "council"),
])
def test_a_lone_firm_is_what_the_company_or_the_group_means(text, name):
    assert speaker_name(text) == name
