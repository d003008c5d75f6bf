"""An unnamed source's chain: "the source" or "the official" is the nearest one introduced
before it, not one who spoke earlier. Sentences in our own wording."""
from __future__ import annotations

import pytest
from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    # a second source introduced after an opening clause, after the first one spoke
    ("“The ledger was altered,” said one source who asked not to be named. When asked about "
     "the ledger, a second source close to the audit did so. “It was done twice,” the "
     "source said.", "It was done twice,", "a second source"),
    ("“The ledger was altered,” a senior official said. In a later call, an official at the "
     "treasury disputed that. “Nothing was altered,” the official said.",
     "Nothing was altered,", "an official"),
    # the subject of a sentence after an opening clause, with no one before
    ("Asked about the ledger, a senior official said it was altered. “It was done twice,” "
     "the official added.", "It was done twice,", "a senior official"),
])
def test_the_nearest_unnamed_source_is_meant(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # controls: the one who spoke is still meant when no other source comes between
    ("“The ledger was altered,” said one source. “It was done twice,” the source said.",
     "It was done twice,", "one source"),
    ("A senior official said the ledger was altered. “It was done twice,” the official "
     "added.", "It was done twice,", "A senior official"),
    # an apposition after a name introduces no one new
    ("Ann Boyd, a senior official, said the ledger was altered. “It was done twice,” the "
     "official said.", "It was done twice,", "Ann Boyd"),
])
def test_the_source_who_spoke_is_kept(text, words, speaker):
    who, _ = read(text, words)
    assert who[0] == speaker
