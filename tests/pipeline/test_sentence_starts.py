"""_sentence_starts reads the breaks after a mark with string tests (_break_end) where it can:
it must find what the patterns it stands for (_BREAK_AFTER) find, on every text."""
from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from service.pipeline.attribution import (
    _BREAK_AFTER, _NOT_SENTENCE_END, _break_end, _sentence_starts, _word_before_stop,
)
from service.pipeline.tokens import abbreviation_ends_sentence


def _by_patterns(text: str) -> list[int]:
    """_sentence_starts as it was written first: each pattern's finditer, and a line break
    found by a pattern too."""
    starts, breaks = [], []
    for mark, pattern in _BREAK_AFTER.items():
        for m in pattern.finditer(text):
            s, e = m.span()
            breaks.append((s, e))
            if mark == ".":
                w = _by_split(text, s)
                if (w in _NOT_SENTENCE_END or (len(w) == 1 and w.isalpha())) and \
                        not abbreviation_ends_sentence(text, w, s + 1, e + 12):
                    continue
            starts.append(e)
    breaks.sort()
    break_starts = [b for b, _ in breaks]
    s = text.find("\n")
    while s >= 0:
        e = len(text) - len(text[s:].lstrip("\n"))
        i = bisect_right(break_starts, s) - 1
        if not (i >= 0 and breaks[i][1] > s):
            starts.append(e)
        s = text.find("\n", e)
    return [0] + sorted(starts)


def _by_split(text: str, s: int) -> str:
    word = text[max(0, s - 4):s].rsplit(None, 1)
    return word[-1].lstrip("(“\"'‘").lower() if word else ""


@pytest.mark.parametrize("text, starts", [
    ("He left. She stayed.", [0, 9]),
    ("He left.  She stayed.", [0, 10]),
    ("He left.” She stayed.", [0, 10]),
    ("He left.) (She stayed.)", [0, 10]),
    ("He left. “She stayed.”", [0, 9]),
    ("He left. 2024 was long.", [0, 9]),
    ("He left. she stayed.", [0]),
    ("He left.She stayed.", [0]),
    ("Mr. Boyd left. Acme Corp. He said", [0, 15, 26]),
    ("Why? Because! No.\nYes", [0, 5, 14]),    # "No." an abbreviation
    ("He left.\n\nShe stayed.", [0, 10]),
    ("He left\nShe stayed", [0, 8]),
    ("He left.\xa0She stayed.", [0, 9]),        # a no-break space: the pattern decides
    ("He left. Élise stayed.", [0, 9]),         # a capital beyond ASCII: the pattern decides
    ("He left. élise stayed.", [0]),
    ("He left.\x1cShe stayed.", _by_patterns("He left.\x1cShe stayed.")),
    ("He left. ", [0]),
    (".", [0]),
    ("", [0]),
])
def test_sentence_starts(text, starts):
    assert _sentence_starts(text) == starts == _by_patterns(text)


def test_break_end_on_random_texts():
    rng = random.Random(5)
    pieces = [".", "!", "?", " ", "  ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\xa0",
              "\u2009", "\u3000", "”", "\"", "’", "'", ")", "]", "“", "‘", "(", "A", "a", "É",
              "é", "1", "²", "٣", "Ⅻ", "Mr", "Corp", "S", "x", "—", ",", "he", "He"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for mark, pattern in _BREAK_AFTER.items():
            for s in range(len(text)):
                if text[s] == mark:
                    m = pattern.match(text, s)
                    assert _break_end(text, s, len(text), pattern) == \
                        (-1 if m is None else m.end()), (text, s)
        assert _sentence_starts(text) == _by_patterns(text), text


def test_word_before_stop_on_random_texts():
    rng = random.Random(3)
    pieces = ["Mr", "Sen", "U.S", "A", "é", "Ö", "(", "“", "\"", "'", "‘", " ", "\t", "\n",
              "\xa0", "\x1c", "\u2009", "x", "1", "."]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + "."
        for s in range(len(text) + 1):
            assert _word_before_stop(text, s) == _by_split(text, s), (text, s)
