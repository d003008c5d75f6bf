"""A participle with a subject of its own in a "with" phrase after a comma or a dash, or
opening the sentence ("…, with her husband saying: “…”"): the words are that subject's, not
the sentence subject's (round 18, from the dev set's misattributions). Our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Ann Boyd ran for mayor, with her husband saying, “Who will fix the roads?”",
     "Who will fix the roads?", "her husband"),
    ("Ann Boyd ran for mayor, with one of her leaflets asking, “Who will fix the roads?”",
     "Who will fix the roads?", "one of her leaflets"),
    ("The council split on the plan — with Tom Reyes telling reporters: “It will fail.”",
     "It will fail.", "Tom Reyes"),
    ("The strike went on, with the union’s leader warning: “We are not done.”",
     "We are not done.", "the union’s leader"),
    ("Tom Reyes stayed home. Ann Boyd stood firm, with him adding: “It will fail.”",
     "It will fail.", "Tom Reyes"),
    # controls: the participle after a comma, or a "with" phrase that is the verb's object,
    # is the sentence subject's
    ("Ann Boyd met with voters, saying, “Who will fix the roads?”", "Who will fix the roads?",
     "Ann Boyd"),
    ("Ann Boyd sat with her husband, telling the crowd: “Who will fix the roads?”",
     "Who will fix the roads?", "Ann Boyd"),
    ("With the vote looming, Ann Boyd spoke out, saying: “Who will fix the roads?”",
     "Who will fix the roads?", "Ann Boyd"),
    ("Ann Boyd agreed with Tom Reyes saying: “Who will fix the roads?”",
     "Who will fix the roads?", "Ann Boyd"),
])
def test_a_with_phrase_gives_its_participle_a_subject(text, words, name):
    assert speaker_of(text, words).name == name
