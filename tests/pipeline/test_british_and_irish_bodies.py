"""Bodies British, Irish and Canadian copy names in its own way: "Number 10" and "No 10" (the
prime minister's office), "gardaí" (the Irish police, in lower case as "police" is), a
government's brief before a country ("Health Canada"), "the Conservatives" (a party, not
conservatives), and "they" for a body that opened the sentence before when no people were
named (round 17 probes). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, expected", [
    ("“We do not recognise those reports,” Number 10 said.", "We do not recognise those reports,",
     ("Number 10", "organization", False)),
    ("“We do not recognise those reports,” No 10 said.", "We do not recognise those reports,",
     ("No 10", "organization", False)),
    ("“Enquiries are ongoing,” gardaí said in a statement.", "Enquiries are ongoing,",
     ("gardaí", "organization", False)),
    ("Gardaí said the man was “known to them”.", "known to them",
     ("Gardaí", "organization", False)),
    ("“Do not use the product,” Health Canada said.", "Do not use the product,",
     ("Health Canada", "organization", False)),
    ("The Conservatives said the plan was unaffordable. “It is a tax on families,” they said.",
     "It is a tax on families,", ("Conservatives", "organization", False)),
    ("The Conservatives said the plan was unaffordable. “It is a tax on families,” the party "
     "said.", "It is a tax on families,", ("Conservatives", "organization", False)),
    ("Labour said the plan was unaffordable. “It is a tax on families,” they said.",
     "It is a tax on families,", ("Labour", "organization", False)),
    # controls: a ranking, a person, people named before "they", and the forms read before
    ("Ana Ruiz beat the world No 10. “I played well,” she said.", "I played well,",
     ("Ana Ruiz", "person", False)),
    ("“We will appeal,” Harry England said.", "We will appeal,",
     ("Harry England", "person", False)),
    ("Tom Reyes and Ann Boyd met the council. The council said no. “We are angry,” they said.",
     "We are angry,", ("Tom Reyes", "person", False)),
    ("Environment Canada said the storm would be “severe”.", "severe",
     ("Environment Canada", "organization", False)),
    ("“Two men were arrested,” police said.", "Two men were arrested,",
     ("police", "organization", False)),
])
def test_a_british_or_irish_body_speaks_as_itself(text, words, expected):
    assert read(text, words)[0] == expected
