"""One path and one word list for a document written after its owner (OWN_WORD_DOCUMENTS):
the owner speaks through a document in its own words, and a document that need not be in
them is a written source named by its words. Sentences in our own wording."""
from __future__ import annotations

import pytest
from reading import read

WORDS = "Fares rise in May,"


@pytest.mark.parametrize("text, speaker", [
    # a ruling, a video, a report are their owner's words: a body, lower case or capitalised,
    # or a person the text names in full
    ("“Fares rise in May,” the appeals court ruling says.", ("appeals court", "organization")),
    ("“Fares rise in May,” the ministry ruling says.", ("ministry", "organization")),
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint video says.",
     ("Rosa Quint", "person")),
    ("“Fares rise in May,” the Harbor Authority statement says.",
     ("Harbor Authority", "organization")),
    ("“Fares rise in May,” the Harbor Authority website says.",
     ("Harbor Authority", "organization")),
    # the same with no "the" before a capitalised body
    ("Harbor Authority statement said fares would rise “in May.”",
     ("Harbor Authority", "organization")),
])
def test_the_owner_speaks_through_its_own_document(text, speaker):
    words = WORDS if WORDS in text else "in May."
    who, _ = read(text, words)
    assert who[:2] == speaker


@pytest.mark.parametrize("text, speaker", [
    # controls: an ad, a lawsuit, a survey need not be in the words of the one named before
    # them; a description with no owner is read as before
    ("“Fares rise in May,” the Harbor Authority lawsuit says.",
     ("the Harbor Authority lawsuit", "unknown")),
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint ad says.",
     ("the Quint ad", "unknown")),
    ("“Fares rise in May,” the Corrow Poll Group survey says.",
     ("the Corrow Poll Group survey", "unknown")),
    ("“Fares rise in May,” the joint statement says.", ("the joint statement", "unknown")),
])
def test_a_document_not_in_its_owners_words_is_a_written_source(text, speaker):
    who, _ = read(text, WORDS)
    assert who[:2] == speaker
