"""Unnamed sources written without an article hold a position when their first word says
where they work ("Government sources said", "Pentagon sources", "Labour sources",
"Treasury sources", "government insiders"), as "a government source" does; a region does
not ("Gulf sources"), nor sources alone (round 17 probes: British and wire copy). Sentences
in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, label", [
    ("Government sources said the deal was “dead”.", "dead", "anonymous_positioned"),
    ("Pentagon sources said the deal was “dead”.", "dead", "anonymous_positioned"),
    ("Labour sources said the deal was “dead”.", "dead", "anonymous_positioned"),
    ("Treasury sources said the deal was “dead”.", "dead", "anonymous_positioned"),
    ("“The deal is dead,” government insiders said.", "The deal is dead,",
     "anonymous_positioned"),
    # controls: a region, sources alone, proximity, and the forms read before
    ("Gulf sources said the deal was “dead”.", "dead", "anonymous_vague"),
    ("Sources said the deal was “dead”.", "dead", "anonymous_vague"),
    ("“The deal is dead,” sources close to the talks said.", "The deal is dead,",
     "anonymous_vague"),
    ("Senior Tory sources said the deal was “dead”.", "dead", "anonymous_positioned"),
])
def test_a_source_without_article_placed_by_its_first_word(text, words, label):
    assert read(text, words)[1] == label
