"""A family name first and a given name of two syllables joined in lower case ("Park
Geun-hye", "Moon Jae-in"), then the family name alone ("Park said"): the one person, even
when the family name is a word that ends places ("Park"). Round 13 probes, invented names
in our own wording."""
from __future__ import annotations

import pytest
from reading import speaker_names


@pytest.mark.parametrize("text, names", [
    ("Park Seo-yun was impeached last year. Park said “I am innocent.”", ["Park Seo-yun"]),
    ("Park Dal-ho toured the port. “The port is ready,” Park said.", ["Park Dal-ho"]),
    ("On Monday Park Seo-yun toured the port. “The port is ready,” said Park.",
     ["Park Seo-yun"]),
    # the two syllables spaced
    ("Park Seo Yun was impeached last year. Park said “I am innocent.”", ["Park Seo Yun"]),
    # already read before round 13, pinned: other family names, a given name unhyphened
    ("Moon Dal-ho toured the port. “The port is ready,” Moon said.", ["Moon Dal-ho"]),
    ("Xi Dehai toured the port. “The port is ready,” Xi said.", ["Xi Dehai"]),
    # controls: a place named with the word; a Western given name before it
    ("Crowds filled Park Hill Road. “The port is ready,” Park said.", ["Park"]),
    ("Crowds filled Park Avenue. “The port is ready,” Park said.", ["Park"]),
    ("Linda Park toured the port. “The port is ready,” Park said.", ["Linda Park"]),
])
def test_a_hyphened_given_name_after_the_family_name(text, names):
    assert speaker_names(text) == names
