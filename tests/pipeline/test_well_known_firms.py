"""A firm well known by one word ("Meta", "Amazon") speaks as an organisation, and "the
company" or "the firm" later points back to it, as it does to "Acme Corp." (sixteenth probe
round: business and technology copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


def speaker(text: str) -> tuple[str, str]:
    ex = extract(text)
    s = ex.speaker(ex.quotes[-1].speaker)
    return s.name, s.type


@pytest.mark.parametrize("text, name", [
    ("“We will fight this in court,” Meta said.", "Meta"),
    ("Meta said it would appeal. “We disagree with the fine,” it said.", "Meta"),
    ("Amazon said in a statement that it would appeal. “We disagree with the fine,” the "
     "company said.", "Amazon"),
    ("Nvidia raised its forecast on Wednesday. “Demand is strong,” the firm said.", "Nvidia"),
    ("Google plans to appeal the ruling. “We think the court erred,” the company said.",
     "Google"),
    # controls: a firm with a legal ending, and "the company" with no firm before it
    ("Orvo Ltd said it would appeal. “We disagree with the fine,” the company said.",
     "Orvo Ltd"),
])
def test_a_firm_known_by_one_word_is_what_the_company_means(text, name):
    assert speaker(text) == (name, SpeakerType.ORGANIZATION)


def test_the_company_with_no_firm_before_it_is_left_as_written():
    assert speaker("The match was cancelled. “We are sorry,” the company said.") == \
        ("company", SpeakerType.ORGANIZATION)
