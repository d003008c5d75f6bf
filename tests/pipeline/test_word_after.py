"""_word_after reads the word after a name with string methods where it can: it must give
what the pattern it stands for (_SPEAKS) gives, on every text."""
from __future__ import annotations

import random

import pytest

from service.pipeline.attribution import _SPEAKS, _word_after


def _by_pattern(text: str, e: int):
    m = _SPEAKS.match(text, e, min(len(text), e + 40), False)
    return None if m is None else (m.group(1), m.end(), "," in m.group())


@pytest.mark.parametrize("text, e, expected", [
    ("Boyd said", 4, ("said", 9, False)),
    ("Boyd, who spoke", 4, ("who", 9, True)),
    ("Boyd, Reyes", 4, None),                     # a capital: no lower-case word
    ("Boyd Said", 4, None),
    ("Boyd also said", 4, ("said", 14, False)),   # an adverb passed over: the pattern reads it
    ("Boyd quickly said", 4, ("said", 17, False)),
    ("Boyd (R-Texas) said", 4, ("said", 19, False)),
    ("Boyd señaló", 4, ("señaló", 11, False)),    # a letter beyond ASCII goes on the word
    ("Boyd saidX", 4, ("said", 9, False)),
    ("Boyd  said", 4, ("said", 10, False)),       # two spaces
    ("Boyd s", 4, ("s", 6, False)),
    ("Boyd ", 4, None),
    ("Boyd " + "a" * 50, 4, ("a" * 39, 44, False)),   # 40 characters read at most
])
def test_word_after_reads_as_the_pattern(text, e, expected):
    assert _word_after(text, e) == expected == _by_pattern(text, e)


def test_word_after_on_random_texts():
    rng = random.Random(7)
    pieces = [" ", "  ", "\t", "\n", ",", ", ", "(", ")", "a", "ly", "then", "also ", "later ",
              "said", "Said", "A", "é", "ß", "ª", "\u2019", "-", ".", "\xa0", "\x1c", "(R-Texas)"]
    for _ in range(20000):
        text = "X" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for e in range(len(text)):
            assert _word_after(text, e) == _by_pattern(text, e), (text, e)
