"""A role subject that re-describes ("The former prime minister …", "The 23-year-old
striker …") is someone named before it when someone was; when no one was, it is the one a
later "he said" points back to, as "The prime minister …" is. Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("The former prime minister said the treaty was fragile. “It could still collapse,” he "
     "said.", "It could still collapse,", "The former prime minister"),
    ("The former coach was unrepentant. “I would pick the same side again,” she said.",
     "I would pick the same side again,", "The former coach"),
    ("The 23-year-old striker was modest. “The others did the hard work,” he said.",
     "The others did the hard work,", "The 23-year-old striker"),
    ("The 41-year-old nurse said the ward was short of staff. “We do our best,” she said.",
     "We do our best,", "The 41-year-old nurse"),
])
def test_no_one_named_before(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: someone named before is the one re-described
    ("Ines Calder won the seat. The former senator thanked voters. “It was a team effort,” "
     "she said.", "It was a team effort,", "Ines Calder"),
    ("Tomas Reyes scored twice. The 23-year-old striker was modest. “The others did the hard "
     "work,” he said.", "The others did the hard work,", "Tomas Reyes"),
])
def test_someone_named_before(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
