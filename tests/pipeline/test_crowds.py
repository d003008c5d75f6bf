"""A crowd that chants or shouts is an unnamed plural source, graded as a crowd is
(unattributed: no one in it is named). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read



@pytest.mark.parametrize("text, words, who, label", [
    # a crowd noun: an unnamed plural source, never the person named before
    ("Rosa Quint took the stage. “We will win,” she said. The crowd chanted “Open the mill!”",
     "Open the mill!", ("The crowd", "anonymous", True), "unattributed"),
    ("“Open the mill!” the audience shouted back.", "Open the mill!",
     ("the audience", "anonymous", True), "unattributed"),
    ("Rosa Quint spoke last. “Open the mill!” the crowd roared.", "Open the mill!",
     ("the crowd", "anonymous", True), "unattributed"),
    # controls: plural sources graded as before
    ("Rosa Quint spoke last. Supporters shouted “Open the mill!”", "Open the mill!",
     ("Supporters", "anonymous", True), "unattributed"),
    ("Rosa Quint spoke last. Protesters shouted “Open the mill!”", "Open the mill!",
     ("Protesters", "anonymous", True), "anonymous_vague"),
    # controls: one person in the crowd is a member of the public, not the crowd
    ("“Open the mill!” someone in the audience shouted.", "Open the mill!",
     ("someone in the audience", "anonymous", False), "anonymous_vague"),
    ("“Open the mill!” a member of the audience shouted.", "Open the mill!",
     ("a member of the audience", "anonymous", False), "anonymous_positioned"),
    # controls: the crowd as the one spoken to leaves the speaker as named
    ("“We will win,” Rosa Quint told the crowd.", "We will win,",
     ("Rosa Quint", "person", False), "named_on_record"),
])
def test_a_crowd_speaks_as_an_unnamed_plural(text, words, who, label):
    assert read(text, words) == (who, label)


@pytest.mark.parametrize("text, words, who, label", [
    # a crowd's voice with no verb: "chants of", "shouts of", never the person before
    ("Rosa Quint took the stage. Chants of “Open the mill!” filled the gym.",
     "Open the mill!", ("Chants", "anonymous", True), "unattributed"),
    ("Rosa Quint spoke. “We will win,” she said. Shouts of “Not again!” rang out.",
     "Not again!", ("Shouts", "anonymous", True), "unattributed"),
    # the crowd the sentence names
    ("Rosa Quint led the rally, and the crowd broke into chants of “Open the mill!”",
     "Open the mill!", ("the crowd", "anonymous", True), "unattributed"),
])
def test_chants_of_a_crowd(text, words, who, label):
    assert read(text, words) == (who, label)


@pytest.mark.parametrize("text, words", [
    # controls: someone's own cries, and a song's title after "chorus of"
    ("Rosa Quint spoke. Her cries of “Not again!” went unheard.", "Not again!"),
    ("Rosa Quint's refrain of “Not again!” went unheard.", "Not again!"),
    ("The choir sang the chorus of “Harbor Lights” twice.", "Harbor Lights"),
])
def test_no_crowd_for_owned_cries_or_titles(text, words):
    who, _ = read(text, words)
    assert who is None or who[1] != "anonymous"
