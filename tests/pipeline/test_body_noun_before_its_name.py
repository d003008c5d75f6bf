"""A firm's or a body's noun in lower case before its name ("the regulator Ofgem", "the
union Unite", "the consulting firm Harlow Analytics"), and a body named by its noun or
initials, or a word that names no person, and a nation ("Police Scotland", "NHS England",
"Statistics Canada"): an organisation
speaks, not a person; the noun alone later means it (sixteenth probe round: British and
Irish public-sector and business copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


def speaker(text: str, k: int = 0) -> tuple[str, str]:
    ex = extract(text)
    s = ex.speaker(ex.quotes[k].speaker)
    return s.name, s.type


@pytest.mark.parametrize("text, name", [
    ("“Prices will ease in spring,” the regulator Corvex said.", "Corvex"),
    ("“Our members have had enough,” the union Tradewell said.", "Tradewell"),
    ("“We apologise to all passengers,” the airline Skyvane said.", "Skyvane"),
    ("“Two men have been arrested,” Police Scotland said.", "Police Scotland"),
    ("“Waiting times are falling,” NHS England said.", "NHS England"),
    ("“Inflation eased in May,” Statistics Canada said.", "Statistics Canada"),
    ("“The tour will go ahead,” Cricket Australia said.", "Cricket Australia"),
])
def test_a_body_s_noun_before_its_name_makes_an_organisation(text, name):
    assert speaker(text) == (name, SpeakerType.ORGANIZATION)


def test_the_noun_alone_later_means_the_body():
    text = ("“Prices will ease in spring,” the regulator Corvex said. “We expect more cuts,” "
            "the regulator added.")
    assert speaker(text, 1) == ("Corvex", SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, name", [
    # a given name after the noun: a person with that job
    ("“Prices will ease in spring,” the regulator Ann Boyd said.", "Ann Boyd"),
    ("“We won,” Harry England said.", "Harry England"),
])
def test_a_person_s_name_stays_a_person(text, name):
    assert speaker(text) == (name, SpeakerType.PERSON)
