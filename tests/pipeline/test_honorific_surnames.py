"""A surname after an honorific is a person's name even when an apposition or an age follows
it and no verb of speech does: "Ms Adeyemi, a mother of two, described the scene." (the
British honorific with no full stop, which tells the gender) and "Dr. Osei, a GP," (one
that tells none) are people, so a later "she said" points back to them. Sentences in our
own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("Ms Adeyemi, a mother of two, watched from her window. “The flames were huge,” she "
     "said.", "The flames were huge,", "Adeyemi"),
    ("Mrs Doherty, 81, has lived on the street since 1970. “It was never like this,” she "
     "said.", "It was never like this,", "Doherty"),
    ("Mr Kowalczyk, who drives a night bus, stopped to help. “Anyone would have,” he said.",
     "Anyone would have,", "Kowalczyk"),
    ("Dr Osei, a GP in the town, has seen the cases rise. “The clinic is full by nine,” she "
     "said.", "The clinic is full by nine,", "Osei"),
    ("Dr. Osei, a GP in the town, has seen the cases rise. “The clinic is full by nine,” she "
     "said.", "The clinic is full by nine,", "Osei"),
    ("Ms Adeyemi watched from her window. “The flames were huge,” she said.",
     "The flames were huge,", "Adeyemi"),
])
def test_a_surname_after_an_honorific_is_a_person(text, words, name):
    assert speaker_of(text, words).name == name


@pytest.mark.parametrize("text, words, name", [
    # controls: a verb of speech after the surname, and a full name with an apposition
    ("Ms Adeyemi said the flames were huge. “We ran,” she said.", "We ran,", "Adeyemi"),
    ("Grace Adeyemi, a mother of two, watched from her window. “The flames were huge,” she "
     "said.", "The flames were huge,", "Grace Adeyemi"),
])
def test_other_names_are_kept(text, words, name):
    assert speaker_of(text, words).name == name
