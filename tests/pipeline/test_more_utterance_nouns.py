""""That was the conclusion of X", "the prediction of X", "the admission from X": more nouns
for what someone said, after which the one named is the quote's speaker, as after "That was
the verdict of X", and an owner's ("Tom Reyes's admission was blunt: “…”") is theirs (round
17 probes: features and inquiries). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("“Most of these deaths were preventable.” That was the conclusion of Dr Ana Lima, who led "
     "the inquiry.", "Most of these deaths were preventable.", "Ana Lima"),
    ("“We will be back.” That was the prediction of Tom Reyes after the defeat.",
     "We will be back.", "Tom Reyes"),
    ("“I got it wrong.” That was the admission from Ann Boyd on Monday.", "I got it wrong.",
     "Ann Boyd"),
    ("Tom Reyes's admission was blunt: “I got it wrong.”", "I got it wrong.", "Tom Reyes"),
    # control: the noun read before
    ("“We will be back.” That was the verdict of Tom Reyes after the defeat.",
     "We will be back.", "Tom Reyes"),
])
def test_an_utterance_noun_names_the_speaker(text, words, name):
    assert read(text, words)[0][0] == name
