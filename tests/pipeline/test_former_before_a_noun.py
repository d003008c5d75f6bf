""""The former" is a pronoun ("The former said …": the first of two named) only when no noun
follows it: "The former world champion admitted: “…”" is the champion, and a noun the role
lists lack ("The former bandleader") still makes no "the former". Sport's roles (champion,
finalist, medallist, swimmer, …) are people's roles. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The former world champion, now 38, admitted: “I stayed too long.”", "I stayed too long.",
     "The former world champion"),
    ("The former gymnast said: “The bars were my whole life.”", "The bars were my whole life.",
     "The former gymnast"),
    ("The world champion, now 29, added: “Nobody beats us at home.”",
     "Nobody beats us at home.", "The world champion"),
    ("The medallist was in tears. “It has been a long road,” she said.",
     "It has been a long road,", "The medallist"),
    ("The swimmer shrugged. “The pool was cold,” he said.", "The pool was cold,",
     "The swimmer"),
])
def test_the_noun_after_former_is_the_speaker(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: "the former" and "the latter" with a verb after them are pronouns
    ("Nadia Ilves and Tom Reyes met on Monday. The former said: “We agreed on nothing.”",
     "We agreed on nothing.", "Nadia Ilves"),
    ("Nadia Ilves and Tom Reyes met on Monday. The latter told reporters: “We agreed on "
     "nothing.”", "We agreed on nothing.", "Tom Reyes"),
])
def test_former_alone_is_a_pronoun(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words", [
    # a noun that no list holds: whoever speaks, it is not a "the former"
    ("The former lifeguard said: “The sea was calmer then.”", "The sea was calmer then."),
])
def test_no_former_is_cut_from_its_noun(text, words):
    who, _ = read(text, words)
    assert who is None or who[0] != "The former"
