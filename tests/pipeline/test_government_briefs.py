"""Offices and departments named by their brief, the British and Irish way: "the Minister for
Finance" and "the Secretary of State for Northern Ireland" are offices (no person called
Finance), a name after the brief is its holder's ("Minister for Finance Ciaran Doyle"), and
"and" inside a department's brief joins no person to it ("the Department for Work and
Pensions", "the Department of Health and Social Care"). Invented people in our own
wording."""
from __future__ import annotations

import pytest

from reading import read, speaker_of


@pytest.mark.parametrize("text, words, speaker, kind", [
    ("The Secretary of State for Northern Ireland said: “Talks resume on Monday.”",
     "Talks resume on Monday.", "The Secretary of State for Northern Ireland", "unknown"),
    ("The Minister of State for Housing told the Dáil: “We are building homes.”",
     "We are building homes.", "The Minister of State for Housing", "unknown"),
    ("Minister for Finance Ciaran Doyle said: “The budget is balanced.”",
     "The budget is balanced.", "Ciaran Doyle", "person"),
    ("Minister for Foreign Affairs Maeve Quinlan said: “Ireland stands ready.”",
     "Ireland stands ready.", "Maeve Quinlan", "person"),
    ("The Department for Work and Pensions said: “The rules are under review.”",
     "The rules are under review.", "Department for Work and Pensions", "organization"),
    ("A spokeswoman for the Department of Health and Social Care said: “We are looking into "
     "it.”", "We are looking into it.", "Department of Health and Social Care",
     "organization"),
])
def test_a_brief_names_an_office_or_a_body(text, words, speaker, kind):
    who, _ = read(text, words)
    assert (who[0], who[1]) == (speaker, kind)


@pytest.mark.parametrize("text, words, name", [
    # controls: a person joined by "and" to a body, a US office with "of", and a brief
    # set off by commas
    ("The Ministry of Defence and Ann Boyd said: “We agree.”", "We agree.", "Ann Boyd"),
    ("“We will respond,” said Secretary of State Ann Boyd.", "We will respond,", "Ann Boyd"),
    ("The Minister for Health, Ciaran Doyle, said: “Waiting lists are falling.”",
     "Waiting lists are falling.", "Ciaran Doyle"),
])
def test_people_are_kept(text, words, name):
    assert speaker_of(text, words).name == name
