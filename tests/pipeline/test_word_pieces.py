"""_words reads most pieces of text with string methods and character loops, and leaves the
rest to the pattern (_TOKEN): both ways must give the same tokens, on every text."""
from __future__ import annotations

import random

import pytest

from service.pipeline.tokens import _TOKEN, _marks_only, _pattern_words, _words


def _fields(toks):
    return [(t.text, t.start, t.end, t.kind, t.quote, t.lower, t.is_word, t.capitalized)
            for t in toks]


def _by_pattern(text: str, start: int, end: int):
    out = []
    _pattern_words(text, start, end, end, out)
    return _fields(out)


@pytest.mark.parametrize("text", [
    "Ann Boyd said on Monday.", "the U.S. Senate", "the U.S. He said", "in Washington, D.C.",
    "AT&T and Q&A", "don't re-elect al-Assad's man", "said - and — then -- more – ― &",
    "a (R-Texas) b", "$1.5 billion, 10,000 people; 3.5. It", "Sen. Ann M. Reid (D-Nev.)",
    "p.m. a.m., U.S.,", "... - -- ‐ —— (", "x-", "-x", "x--y", "x..y", "x.&y", "'s", "’",
    "Sanders’ aides", "Sanders’s aide", "café señor", "\tTabbed  twice ", "A.", "I.",
])
def test_words_read_as_the_pattern(text):
    assert _fields(_words(text, 0, len(text))) == _by_pattern(text, 0, len(text))


def test_marks_read_alone_are_punctuation_to_the_pattern():
    for c in map(chr, range(0x3000)):
        if _marks_only(c):
            assert _TOKEN.fullmatch(c).group(4) == c, repr(c)


def test_words_on_random_texts():
    rng = random.Random(5)
    pieces = ["a", "B", "1", "said", "Ann", "U", "S", ".", ",", "'", "’", "-", "—", "–", "&",
              "(", ")", "$", "%", " ", " ", " ", "  ", "\t", "é", "Mr", "Corp", "He", "The",
              ";", ":", "!", "?", '"', "s", "\xa0", "\u2010", "_", "…", "“", "‘", "~", "·",
              "\u0301", "½", "p.m", "AT&T", "--"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _fields(_words(text, 0, len(text))) == _by_pattern(text, 0, len(text)), text
