"""The name finder's quick tests stand for slower ones: each must give what the one it stands
for gives (_last_at_or_before for bisect_right, _word_at for a slice's partition, _last_word for
the last of a slice's words, _read_run for a first reading) or turn
away only what the pattern it guards would not match (_comma_then), on tables and on random
texts."""
from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from service.pipeline import attribution
from service.pipeline.attribution import (
    _AGE_AFTER, _ROLE_AFTER, _comma_then, _last_at_or_before, _last_word, _read_new_run, _read_run,
    _word_at)


@pytest.mark.parametrize("offsets, at", [
    ([], 0), ([0], 0), ([0], -1), ([3], 2), ([3], 3), ([3], 4), ([0, 5, 9], 5), ([0, 5, 9], 8),
    ([0, 5, 9], 100), ([1, 1, 1], 1), ([1, 1, 1], 0),
])
def test_last_at_or_before_is_bisect_right(offsets, at):
    assert _last_at_or_before(offsets, at) == bisect_right(offsets, at) - 1


def test_last_at_or_before_on_random_lists():
    rng = random.Random(3)
    for _ in range(5000):
        offsets = sorted(rng.randint(0, 60) for _ in range(rng.randint(0, 12)))
        at = rng.randint(-2, 62)
        assert _last_at_or_before(offsets, at) == bisect_right(offsets, at) - 1


@pytest.mark.parametrize("text, start, end", [
    ("Boyd said more", 5, 18), ("Boyd podcast,", 5, 18), ("Boyd", 5, 18), ("Boyd x", 5, 6),
    ("Boyd  two", 5, 18), ("Boyd averyveryverylongword here", 5, 18),
])
def test_word_at_is_the_partition(text, start, end):
    assert _word_at(text, start, end) == text[start:end].partition(" ")[0]


_PIECES = [",", ", ", " ", "  ", "\t", "\n", "\x1c", "\xa0", "\u2003", "\x85", "a", "an", "the",
           "the ", "his ", "her ", "their ", "who", "said", "54", "5", "٣", "é", "A", "T",
           "spokesman", ", a nurse,", " for the agency", ".", ";", "-", "s", "ed"]


def test_comma_then_turns_away_only_what_the_patterns_would():
    rng = random.Random(11)
    for _ in range(30000):
        text = "Ann Boyd" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        for e in range(8, len(text)):
            if not text.startswith(",", e):
                continue
            if not _comma_then(text, e, "0123456789"):
                assert _AGE_AFTER.match(text, e, min(len(text), e + 6)) is None, (text, e)
            if not _comma_then(text, e, "tah"):
                assert _ROLE_AFTER.match(text, e, min(len(text), e + 100)) is None, (text, e)


@pytest.mark.parametrize("text, firsts, may", [
    ("Ann Boyd, a nurse, said", "tah", True), ("Ann Boyd, 54, said", "tah", False),
    ("Ann Boyd, 54, said", "0123456789", True), ("Ann Boyd, who", "tah", False),
    ("Ann Boyd,  the mayor,", "tah", True), ("Ann Boyd,\nthe mayor,", "tah", True),
    ("Ann Boyd,", "tah", False), ("Ann Boyd, ", "tah", False), ("Ann Boyd,x", "tah", False),
    ("Ann Boyd,\xa0the mayor,", "tah", True), ("Ann Boyd, ٣٤,", "0123456789", True),
])
def test_comma_then_table(text, firsts, may):
    assert _comma_then(text, 8, firsts) is may


@pytest.mark.parametrize("run", ["Trump", "Sen. Ted Cruz", "The", "Ann Boyd's", "Like Makaeff"])
def test_read_run_keeps_what_a_first_reading_gives(run):
    attribution.clear_caches()
    first = _read_run(run)
    assert _read_run(run) is first
    assert first == _read_new_run(run)
    attribution.clear_caches()
    assert run not in attribution._RUNS_READ


def test_last_word_is_the_last_of_the_split():
    rng = random.Random(13)
    pieces = [" ", "  ", "\t", "\n", "\xa0", "\u2009", "\x1c", "said", "“", "(", ",", "the", "é",
              "Like", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                assert _last_word(text, lo, hi) == (text[lo:hi].split() or [""])[-1], \
                    (text, lo, hi)
