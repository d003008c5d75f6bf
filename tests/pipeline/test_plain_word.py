"""_plain_word reads a piece's characters one by one: it must accept what
``piece.isalnum() and piece.isascii()`` accepts, and say 1 only for a piece that is its own
lower case (the tokenizer then keeps the piece as the token's lower case)."""
from __future__ import annotations

import random

import pytest

from service.pipeline.tokens import _plain_word


def _by_methods(piece: str) -> int:
    if not (piece.isalnum() and piece.isascii()):
        return 0
    return 1 if piece.lower() == piece else 2


@pytest.mark.parametrize("piece, expected", [
    ("said", 1), ("2020", 1), ("a1", 1), ("Boyd", 2), ("NATO", 2), ("iPhone", 2),
    ("", 0), ("don't", 0), ("re-elect", 0), ("U.S.", 0), ("said,", 0), ("café", 0),
    ("Ünal", 0), ("²", 0), ("٣", 0), ("ß", 0), ("İ", 0), ("a b", 0), ("_", 0), ("@", 0),
    ("[", 0), ("`", 0), ("{", 0), ("/", 0), (":", 0),   # the neighbours of the ASCII ranges
])
def test_plain_word_reads_as_the_methods(piece, expected):
    assert _plain_word(piece) == expected == _by_methods(piece)


def test_plain_word_on_random_pieces():
    rng = random.Random(11)
    chars = "aAzZ09mM/:@[`{_-'’.é²ßİΣ\u00a0"
    for _ in range(50000):
        piece = "".join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
        assert _plain_word(piece) == _by_methods(piece), piece
