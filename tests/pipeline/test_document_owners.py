"""A body or a person written before a document noun speaks through the document ("the
ministry statement said"). Sentences in our own wording."""
from __future__ import annotations

import pytest
from reading import read


def speaker_of(text: str, words: str):
    """Return ((name, type) of the quote's speaker or None, its sourcing label)."""
    who, label = read(text, words)
    return (who[:2] if who else None), label


@pytest.mark.parametrize("text, words, speaker, label", [
    # a lower-case body: the body, graded as an institution
    ("“Fares rise in May,” the ministry statement said.", "Fares rise in May,",
     ("ministry", "organization"), "institutional"),
    ("The transport agency statement said fares would rise “in May.”", "in May.",
     ("transport agency", "organization"), "institutional"),
    ("“Fares rise in May,” the campaign memo said.", "Fares rise in May,",
     ("campaign", "organization"), "institutional"),
    # a body with a name in it
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint campaign statement said.",
     "Fares rise in May,", ("Quint campaign", "organization"), "institutional"),
    # a person the text names in full speaks through their own statement
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint statement said.",
     "Fares rise in May,", ("Rosa Quint", "person"), "named_on_record"),
    ("“Fares rise in May,” the Rosa Quint letter said.", "Fares rise in May,",
     ("Rosa Quint", "person"), "named_on_record"),
    # a surname no one in the text has in full: a written source, not a body "Quint"
    ("“Fares rise in May,” the Quint statement said.", "Fares rise in May,",
     ("the Quint statement", "unknown"), "anonymous_vague"),
    # controls: as before, a capitalised body, and documents with no owner
    ("“Fares rise in May,” the Harbor Transit statement said.", "Fares rise in May,",
     ("Harbor Transit", "organization"), "institutional"),
    ("“Fares rise in May,” the statement said.", "Fares rise in May,",
     ("the statement", "unknown"), "anonymous_vague"),
    ("“Fares rise in May,” the joint statement said.", "Fares rise in May,",
     ("the joint statement", "unknown"), "anonymous_vague"),
    ("“Fares rise in May,” the ministry said.", "Fares rise in May,",
     ("ministry", "organization"), "institutional"),
])
def test_the_owner_of_a_document_speaks_through_it(text, words, speaker, label):
    assert speaker_of(text, words) == (speaker, label)


@pytest.mark.parametrize("text, words", [
    # a document its owner paid for or is party to says nothing in the owner's words
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint ad claims.",
     "Fares rise in May,"),
    ("Rosa Quint leads the race. “Fares rise in May,” the Quint lawsuit says.",
     "Fares rise in May,"),
])
def test_no_person_speaks_through_an_ad_or_a_lawsuit(text, words):
    (name, kind), _ = speaker_of(text, words)
    assert kind != "person"
