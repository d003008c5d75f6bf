"""A body's initials that keep a short word in capitals whole ("UKHSA" for "UK Health Security
Agency", "USDA" for "US Department of Agriculture") name the body named in full before, as
"WHO" names the World Health Organization (round 17 probes: British and US health copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("The UK Health Security Agency (UKHSA) said cases were rising. “Wash your hands,” the "
     "UKHSA said.", "Wash your hands,", "UK Health Security Agency (UKHSA)"),
    ("The US Department of Agriculture (USDA) cut its forecast. “Yields are down,” the USDA "
     "said.", "Yields are down,", "US Department of Agriculture (USDA)"),
    # controls: the first letters, as before; and initials of no body named
    ("The World Health Organization (WHO) raised its alert. “The risk is high,” the WHO said.",
     "The risk is high,", "World Health Organization (WHO)"),
    ("The UK Health Security Agency issued advice. “Stay home,” the NHSE said.", "Stay home,",
     "NHSE"),
])
def test_initials_keeping_a_capitalised_word_name_the_body(text, words, name):
    assert read(text, words)[0][0] == name
