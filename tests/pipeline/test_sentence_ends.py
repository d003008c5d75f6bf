"""_first_sentence_end and _last_sentence_end find a sentence's ends with string methods and
try the pattern only where one can start: they must find what the pattern's searches find,
forwards (_SENTENCE_END) and backwards (_LAST_SENTENCE_END), on every text."""
from __future__ import annotations

import random

import pytest

from service.pipeline.sourcing import (
    _LAST_SENTENCE_END, _SENTENCE_END, _first_sentence_end, _last_sentence_end,
)


def _by_pattern(pattern, text: str, start: int, end: int) -> int:
    m = pattern.search(text, start, end, False)
    return -1 if m is None else m.end()


@pytest.mark.parametrize("text, first, last", [
    ("She left. He stayed. They wept", 9, 20),
    ("She left.", -1, -1),                       # no capital after it
    ("She left.  “Go,” he said. Then", 9, 25),   # a quote mark opens the next sentence
    ("In the U.S. Senate today", -1, -1),        # a capital before the stop: an abbreviation
    ("Mr. Reid spoke", 3, 3),
    ("Why? Because! Yes", 4, 13),
    ("one\ntwo. Three", 4, 8),                   # a line break ends one too
    ("a.b. c. D", 7, 7),
    ("", -1, -1),
    ("...  \t\u00a0X", 3, 3),
])
def test_sentence_ends_read_as_the_pattern(text, first, last):
    n = len(text)
    assert _first_sentence_end(text, 0, n) == first == _by_pattern(_SENTENCE_END, text, 0, n)
    assert _last_sentence_end(text, 0, n) == last == _by_pattern(_LAST_SENTENCE_END, text, 0, n)


def test_sentence_ends_on_random_texts():
    rng = random.Random(5)
    pieces = [" ", "  ", "\t", "\n", ".", "!", "?", "A", "a", "Q", "“", "\"", "‘", "'", "’",
              "É", "é", "ß", "\xa0", "\x1c", "\u2003", "U.S.", "Mr.", ",", "1"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        n = len(text)
        for start in range(n + 1):
            for end in range(start, n + 1):
                assert _first_sentence_end(text, start, end) == \
                    _by_pattern(_SENTENCE_END, text, start, end), (text, start, end)
                assert _last_sentence_end(text, start, end) == \
                    _by_pattern(_LAST_SENTENCE_END, text, start, end), (text, start, end)
