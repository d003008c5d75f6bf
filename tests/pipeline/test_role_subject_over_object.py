"""A role that is its sentence's subject, with a person named later in the sentence as what
its verb governs ("The coach praised Tom Reyes."): a later "he said" points back to the role,
not to the name (fifteenth probe round: sports and court copy). Our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("The coach praised Tom Reyes. “We needed that,” he said.", "We needed that,", "The coach"),
    ("The manager defended Luis Perez after the match. “He gave everything,” he said.",
     "He gave everything,", "The manager"),
    ("The coach, who took over in May, singled out Tom Reyes. “We needed that,” he said.",
     "We needed that,", "The coach"),
    # controls: a name in apposition to the role, or given to it, is the role's holder
    ("The coach, Tom Reyes, praised the team. “We needed that,” he said.", "We needed that,",
     "Tom Reyes"),
    ("The other man, his cousin Ali Noor, shrugged. “We needed that,” he said.",
     "We needed that,", "Ali Noor"),
    ("The woman who called the station was a nurse named Maria Roe. “I was scared,” she said.",
     "I was scared,", "Maria Roe"),
    ("Tom Reyes praised the coach. “We needed that,” he said.", "We needed that,", "Tom Reyes"),
])
def test_a_role_subject_outranks_the_name_its_verb_governs(text, words, name):
    assert speaker_of(text, words).name == name
