"""A political party named by one word or its initials speaks as an organisation, not as a
person called Labour or Fidesz (sixteenth probe round: British, Irish, Australian, South
African and European political copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract
from service.pipeline.model import SpeakerType


def speaker(text: str) -> tuple[str, str]:
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    return s.name, s.type


@pytest.mark.parametrize("text, name", [
    ("“The rise is long overdue,” Labour said.", "Labour"),
    ("Labour said the rise was “long overdue”.", "Labour"),
    ("“We will not back it,” Fidesz said in a statement.", "Fidesz"),
    ("“This is a dark day,” Likud said.", "Likud"),
    ("“The budget fails families,” Labor said on Tuesday.", "Labor"),
    ("“It is a betrayal,” said Syriza.", "Syriza"),
    # controls: the forms read before
    ("“We will not back it,” the SNP said.", "SNP"),
    ("“We will not back it,” the Tories said.", "Tories"),
])
def test_a_party_named_alone_is_an_organisation(text, name):
    assert speaker(text) == (name, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, name", [
    # a party's name before a role and a person's name is that person's role
    ("“We will win,” Labour leader Tom Harvell said.", "Tom Harvell"),
    ("“We will win,” said Ann Labour.", "Ann Labour"),
])
def test_a_party_word_in_a_person_s_name_or_role_stays_a_person(text, name):
    assert speaker(text) == (name, SpeakerType.PERSON)
