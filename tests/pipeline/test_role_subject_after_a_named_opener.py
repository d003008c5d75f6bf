"""A role or epithet that is its sentence's subject after an opening phrase that names
someone in passing ("In an interview with Tom Reyes, the actor …"): a later "he said" is the
role's (or the person it described before), never the one its opening phrase names; a
title in apposition may close the opening phrase ("about his film, “Night Bus,” the actor")
(round 18, from the dev set's misattributions). Our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("In a chat with Tom Reyes, the actor spoke about his childhood. “I was always acting,” "
     "he said.", "I was always acting,", "the actor"),
    ("In an interview with Channel Four’s Tom Reyes, the singer spoke about his youth. “I was "
     "always singing,” he said.", "I was always singing,", "the singer"),
    ("In a meeting with Tom Reyes, the minister struck a defiant tone. “We will win,” he said.",
     "We will win,", "the minister"),
    ("Omar Diaz has a new film out.\n\nIn an interview with Tom Reyes about it, the actor "
     "spoke about his childhood. “I was always acting,” he said.", "I was always acting,",
     "Omar Diaz"),
    ("In an interview with Tom Reyes about his new film, “Night Bus,” the actor spoke about "
     "his childhood. “I was always acting,” he said.", "I was always acting,", "the actor"),
    ("In an interview with Tom Reyes about his new film, ''Night Bus,'' the actor spoke about "
     "his childhood. ''I was always acting,'' he said.", "I was always acting,", "the actor"),
    # controls: a person named as a subject before, in this sentence or the one before, is
    # described again by the role
    ("Tom Reyes was there. The actor spoke about his childhood. “I was always acting,” he said.",
     "I was always acting,", "Tom Reyes"),
    ("Tom Reyes won an award on Sunday, and the actor was moved. “I was always acting,” he "
     "said.", "I was always acting,", "Tom Reyes"),
    ("Ann Boyd arrived late. The minister struck a defiant tone. “We will win,” she said.",
     "We will win,", "Ann Boyd"),
    ("In a chat with Tom Reyes, Omar Diaz spoke about his childhood. “I was always acting,” "
     "he said.", "I was always acting,", "Omar Diaz"),
])
def test_a_role_subject_is_not_the_name_its_opening_phrase_mentions(text, words, name):
    assert speaker_of(text, words).name == name
