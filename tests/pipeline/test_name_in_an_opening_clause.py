"""A two-word name the given-name lists lack, in a clause that opens its sentence with a
subordinator ("When Amira Haddad arrived in Manchester, she …", "After Kofi Mensah lost his
job, he …"), is a person's when the sentence's subject after the clause is "he" or "she":
later pronouns point back to them (round 17 probes: long features). Not a club, a firm
("its") or a place. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("When Amira Haddad arrived in Manchester in 2015, she spoke no English.\nToday she runs "
     "three restaurants.\n“I had to learn everything,” she said.", "I had to learn everything,",
     "Amira Haddad"),
    ("After Kofi Mensah lost his job, he started a bakery.\n“It was the best thing,” he said.",
     "It was the best thing,", "Kofi Mensah"),
    ("Although Wanjiru Kiprop was injured, she ran.\n“I had to finish,” she said.",
     "I had to finish,", "Wanjiru Kiprop"),
    # controls: a club, a firm, a place; and a given name the lists know
    ("When Harlow Town lost the final, he resigned.\n“I had to go,” he said.", "I had to go,",
     "he"),
    ("After Kestrel Foods cut its prices, she left.\n“I had to go,” she said.", "I had to go,",
     "she"),
    ("When Sarah Haddad arrived in Manchester, she spoke no English.\n“I had to learn,” she "
     "said.", "I had to learn,", "Sarah Haddad"),
])
def test_a_name_in_an_opening_clause_is_the_pronouns_person(text, words, name):
    assert read(text, words)[0][0] == name
