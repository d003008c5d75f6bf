"""A person the text names only as an owner opening a sentence ("Tom Reyes's side lost 2-0.",
"Owen Price's daughter was born early.") is who a later "he" or "she" means, when a given
name says the owner is a person and what they own is no one the pronoun could mean instead
(not "Tom Reyes's lawyer", "Owen Price's son"): round 16's leftover, round 17's probes of
sport, business and local copy. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, name", [
    ("Tom Reyes's side lost 2-0 at home. “We were second best,” he said.",
     "We were second best,", "Tom Reyes"),
    ("Tom Reyes’s team were booed off. “I understand the anger,” he said.",
     "I understand the anger,", "Tom Reyes"),
    ("Greta Holm's company posted a loss. “It has been a hard year,” she said.",
     "It has been a hard year,", "Greta Holm"),
    ("Owen Price's daughter was born at 24 weeks. “She was tiny,” he said.",
     "She was tiny,", "Owen Price"),
    ("Marta Ruiz's husband died in March. Since then, she has campaigned for better care. "
     "“Nobody should go through this,” she said.", "Nobody should go through this,",
     "Marta Ruiz"),
    # controls: what is owned may be the one meant, and the forms read before
    ("Owen Price's son was born at 24 weeks. “He was tiny,” he said.", "He was tiny,", "he"),
    ("Tom Reyes's lawyer spoke outside court. “My client is innocent,” he said.",
     "My client is innocent,", "he"),
    ("Tom Reyes won again. “We were second best,” he said.", "We were second best,",
     "Tom Reyes"),
])
def test_an_owner_named_alone_is_who_the_pronoun_means(text, words, name):
    assert read(text, words)[0][0] == name
