"""Attribution counts a quote's words with splits bounded to the words it needs
(``split(None, n)``): each reader must give what it gave when it split every word, on every
text."""
from __future__ import annotations

import random

import pytest

from service.pipeline.attribution import _Part, _kind, _looks_like_a_name
from service.pipeline.model import QuoteKind, RawQuote


def _kind_splitting_all(text: str, part: _Part, before: str) -> QuoteKind:
    r = part.raw
    prev = before[-1:] if before else ""
    words = text[r.start:r.end].split()
    first = text[r.start:r.start + 1]
    embedded = prev != "" and (prev.isalnum() or prev == ")")
    if embedded and (first.islower() or (len(words) <= 4 and text[r.end - 1:r.end] not in ".!?")):
        return QuoteKind.PARTIAL
    if first.islower() and prev not in ":," and before and not before.endswith(("—", "–")):
        return QuoteKind.PARTIAL
    return QuoteKind.FULL


def _looks_like_a_name_splitting_all(content: str) -> bool:
    words = content.strip(" ,.;:").split()
    if not words or len(words) > 8 or content.rstrip()[-1:] in "!?":
        return False
    small = {"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at", "with", "is"}
    caps = [w for w in words if (w.lower() not in small or w is words[0]) and w != "&"]
    return all(w[:1].isupper() or w[:1].isdigit() for w in caps) and len(words) >= 1 and (
        len(words) > 1 or content.rstrip()[-1:] not in ".")


def _part(text: str, start: int, end: int) -> _Part:
    return _Part(RawQuote(start, end, max(0, start - 1), end, 0))


@pytest.mark.parametrize("content", [
    "The Apprentice", "Fight for 15", "Morning Joe,", "one two three four five six seven eight",
    "One Two Three Four Five Six Seven Eight Nine", "A B C D E F G H I J", "Yes.", "Why?",
    "", "  ", "Hour of the Valley", "we will win", "The  Rules \n of  the Game",
])
def test_looks_like_a_name_as_when_splitting_every_word(content):
    assert _looks_like_a_name(content) == _looks_like_a_name_splitting_all(content)


@pytest.mark.parametrize("text, before", [
    ("one two three four", "said"), ("one two three four five", "said"),
    ("One two three four", "said"), ("One two three four five", "said"),
    ("One two three four.", "said"), ("One two", "called it)"), ("A  b\nc d e", "x"),
])
def test_kind_as_when_splitting_every_word(text, before):
    part = _part(text, 0, len(text))
    assert _kind(text, part, before) == _kind_splitting_all(text, part, before)


def test_bounded_splits_on_random_texts():
    rng = random.Random(11)
    pieces = [" ", "  ", "\t", "\n", "\xa0", ",", ", ", "”", "'", ".", "?", "!", ")", "&", "=",
              "said", "Said", "King", "the", "of", "a", "Fight", "15", "x", "é", "—"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert _looks_like_a_name(text) == _looks_like_a_name_splitting_all(text), text
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        if text.strip():
            part = _part(text, 0, len(text))
            assert _kind(text, part, before) == _kind_splitting_all(text, part, before), \
                (text, before)
