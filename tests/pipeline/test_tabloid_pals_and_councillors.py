"""Tabloid and local-paper words for people: "a pal of the singer" is an unnamed friend,
as "a friend of the singer" is (not the singer), and "Cr", the Australian councillor's
abbreviation, is a title, as "Cllr" is (fifteenth probe round: British tabloids, Australian
local papers). Our own wording, invented names."""
from __future__ import annotations

import pytest

from reading import read


@pytest.mark.parametrize("text, words, speaker", [
    ("Ben Cole has split from his wife. A pal of the singer said: “He wants a quiet life.”",
     "He wants a quiet life.", ("A pal of the singer", "anonymous", False)),
    ("“She is devastated,” a pal told the paper.", "She is devastated,",
     ("a pal", "anonymous", False)),
    ("Cr Jane Harris said: “Ratepayers deserve better.”", "Ratepayers deserve better.",
     ("Jane Harris", "person", False)),
    ("“Ratepayers deserve better,” Cr Jane Harris said.", "Ratepayers deserve better,",
     ("Jane Harris", "person", False)),
    # controls: the friend and the councillor as before
    ("A friend of the singer said: “He wants a quiet life.”", "He wants a quiet life.",
     ("A friend of the singer", "anonymous", False)),
    ("Cllr Jane Harris said: “Ratepayers deserve better.”", "Ratepayers deserve better.",
     ("Jane Harris", "person", False)),
])
def test_tabloid_pals_and_councillors(text, words, speaker):
    assert read(text, words)[0] == speaker
