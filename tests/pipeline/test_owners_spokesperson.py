"""An owner's spokesperson ("Tom Weller's spokesman", "the Kremlin's spokeswoman") speaks for
the owner, as "a spokesman for Tom Weller" does: the person the text names, or the body
(round 17 probes: wire and political copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, expected", [
    ("Tom Weller did not appear. Tom Weller's spokesman said: “He will not be commenting.”",
     "He will not be commenting.", ("Tom Weller", "person", False)),
    ("“We do not comment on rumours,” the Kremlin's spokeswoman said.",
     "We do not comment on rumours,", ("Kremlin", "organization", False)),
    ("“We will appeal,” Harbor Bank's spokesperson said.", "We will appeal,",
     ("Harbor Bank", "organization", False)),
    # controls: the form read before, someone owned who is no spokesperson, and an owner in
    # lower case
    ("“He will not be commenting,” a spokesman for Tom Weller said.",
     "He will not be commenting,", ("Tom Weller", "person", False)),
    ("Tom Weller's lawyer said his client “denies all charges”.", "denies all charges",
     ("Tom Weller's lawyer", "anonymous", False)),
    ("“He has confidence in her,” the prime minister's official spokesman said.",
     "He has confidence in her,",
     ("the prime minister's official spokesman", "unknown", False)),
])
def test_an_owners_spokesperson_speaks_for_the_owner(text, words, expected):
    assert read(text, words)[0] == expected
