"""An opening clause that names who issued a document ("In a statement released by the
water board, it said …") makes the issuer the sentence's subject, for "it", and with no
reporting verb the issuer speaks ("In a letter from the water board: “…”"). Our own
wording."""
from __future__ import annotations

import pytest
from reading import read


@pytest.mark.parametrize("text, speaker", [
    ("In a statement released Monday by the Fenwick Water Board, it said: “Pipes will be "
     "replaced.”", ("Fenwick Water Board", "organization")),
    ("In a letter from the Fenwick Water Board, it warned: “Pipes will be replaced.”",
     ("Fenwick Water Board", "organization")),
    ("In a notice issued by the council, it said: “Pipes will be replaced.”",
     ("council", "organization")),
    # controls: the subject after the clause speaks as before; no issuer named, no "it"
    ("In a statement released Monday by the Fenwick Water Board, its chair Tova Lind said: "
     "“Pipes will be replaced.”", ("Tova Lind", "person")),
    ("In a statement released Monday, the council said: “Pipes will be replaced.”",
     ("council", "organization")),
    ("In a statement released Monday, it said: “Pipes will be replaced.”", ("it", "unknown")),
])
def test_the_issuer_of_an_opening_document_is_it(text, speaker):
    who, _ = read(text, "Pipes will be replaced.")
    assert who[:2] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("In a letter from the Fenwick Water Board: “Pipes will be replaced.”",
     ("Fenwick Water Board", "organization")),
    ("In a notice released on Monday by Tova Lind, “Pipes will be replaced.”",
     ("Tova Lind", "person")),
    ("In a notice from the council: “Pipes will be replaced.”", ("council", "organization")),
    # controls: a document that names no issuer, a place
    ("In a notice: “Pipes will be replaced.”", None),
    ("In Fenwick, “Pipes will be replaced.”", None),
])
def test_an_opening_document_with_its_issuer_and_no_verb(text, speaker):
    who, _ = read(text, "Pipes will be replaced.")
    assert (who[:2] if who else None) == speaker
