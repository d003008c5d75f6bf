"""A firm's name ending in "Co." ("Tokyo Electric Power Co.", "Harlow Steel Co.") is a
firm's: a name run stops at the full stop, and "Co" of two letters in lower case was read as
no body ("Kim Jong Un" is a person), so "the utility" or "the company" later was someone new
(round 17 probes: wire copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, expected", [
    ("Tokyo Electric Power Co. said the release would begin. “Safety comes first,” the "
     "utility said.", "Safety comes first,", ("Tokyo Electric Power Co", "organization", False)),
    ("Harlow Steel Co. cut 300 jobs. “It is a sad day,” the company said.", "It is a sad day,",
     ("Harlow Steel Co", "organization", False)),
    ("“We regret the delay,” Harlow Steel Co said.", "We regret the delay,",
     ("Harlow Steel Co", "organization", False)),
    # controls: two letters in lower case after a name, and a firm's "Co." read before
    ("“We will talk,” Kim Jong Un said.", "We will talk,", ("Kim Jong Un", "person", False)),
    ("“We regret the delay,” Harlow Steel Co. said.", "We regret the delay,",
     ("Harlow Steel Co.", "organization", False)),
])
def test_a_name_ending_in_co_is_a_firm(text, words, expected):
    assert read(text, words)[0] == expected
