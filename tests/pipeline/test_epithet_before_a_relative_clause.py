"""An epithet after the verb with a clause after it ("“…,” said the Ethiopian great, who is
38.") makes the two-word name opening the sentence before a person's, as "said the
Ethiopian great." does: the words read end at the comma (round 17 probes: sport copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Wanjiru Kiprop took the title on Sunday.\n“I did not think I could do it again,” said "
     "the Ethiopian great, who is 38.", "I did not think I could do it again,",
     "Wanjiru Kiprop"),
    ("Wanjiru Kiprop won on Sunday. “I did it,” said the Ethiopian athlete, who is 38.",
     "I did it,", "Wanjiru Kiprop"),
    # controls: no clause, and a lone word after the verb
    ("Wanjiru Kiprop won on Sunday. “I did it,” said the Ethiopian athlete.", "I did it,",
     "Wanjiru Kiprop"),
    ("Wanjiru Kiprop won on Sunday. “I did it,” said the Kenyan.", "I did it,",
     "Wanjiru Kiprop"),
])
def test_an_epithet_before_a_clause_makes_the_name_a_person(text, words, name):
    assert read(text, words)[0][0] == name
