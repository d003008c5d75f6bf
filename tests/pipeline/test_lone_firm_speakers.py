"""A firm named by one word that speaks by that word or by "it" ("Tesco said profits fell.
“We are disappointed,” it said."; "Nvidia raised its forecast. “…,” Nvidia said."): the
organisation, not an unknown "it" or a person called Nvidia (fifteenth probe round: business
copy). A surname alone stays a person's. Our own wording, invented names."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("Norvacor said profits fell. “We are disappointed,” it said.", "We are disappointed,",
     ("Norvacor", "organization", False)),
    ("Brandle cut its dividend on Monday. “Costs are high,” it said in a statement.",
     "Costs are high,", ("Brandle", "organization", False)),
    ("Norvacor said profits fell. “We are disappointed,” Norvacor said.",
     "We are disappointed,", ("Norvacor", "organization", False)),
    ("Brandle cut its dividend. Shares fell 4%. “We expect a better year,” said Brandle.",
     "We expect a better year,", ("Brandle", "organization", False)),
    # controls: "his" tells a person; a person speaks as "I"; no other sentence opens with it
    ("Okonta raised his game. “We were brilliant,” Okonta said.", "We were brilliant,",
     ("Okonta", "person", False)),
    ("Okonta won the final. “I was nervous,” Okonta said.", "I was nervous,",
     ("Okonta", "person", False)),
    ("“We will be back,” Okonta said.", "We will be back,", ("Okonta", "person", False)),
    ("Ann Okonta won the final. Okonta trained hard. “We were ready,” Okonta said.",
     "We were ready,", ("Ann Okonta", "person", False)),
])
def test_a_lone_firm_speaks_by_its_word_or_it(text, words, speaker):
    assert read(text, words)[0] == speaker
