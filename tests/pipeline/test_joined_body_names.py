"""A body's name of capitalised words joined by "for", "without", "against" or a verb's
"the" ("Transport for London", "Doctors Without Borders", "Save the Children"): the
organisation, not a person called London, Borders or Children (fifteenth probe round: British
and charity copy). An office joined so stays an office. Invented names, our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("“The line will reopen on Monday,” Transit for Northvale said.",
     "The line will reopen on Monday,", ("Transit for Northvale", "organization", False)),
    ("Rail for Harrowgate said: “Trains are running again.”", "Trains are running again.",
     ("Rail for Harrowgate", "organization", False)),
    ("“The clinic was hit twice,” Medics Without Frontiers said.", "The clinic was hit twice,",
     ("Medics Without Frontiers", "organization", False)),
    ("“Children are going hungry,” Save the Lowland Children said in a statement.",
     "Children are going hungry,", ("Save the Lowland Children", "organization", False)),
    ("“This is a disgrace,” Parents Against Pylons said.", "This is a disgrace,",
     ("Parents Against Pylons", "organization", False)),
    # controls: an office joined by "for" and its holder; a relative clause after a noun
    ("“We will act,” Minister for Roads Ann Boyd said.", "We will act,",
     ("Ann Boyd", "person", False)),
    ("“We will act,” the Minister for Roads said.", "We will act,",
     ("the Minister for Roads", "unknown", False)),
])
def test_a_joined_body_is_an_organisation(text, words, speaker):
    assert read(text, words)[0] == speaker
