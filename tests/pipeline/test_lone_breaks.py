"""quotes._lone_breaks and quotes.paragraphs walk the text's line breaks with str.find instead
of splitting the text: they must return what the splits returned, on every text."""
from __future__ import annotations

import random

import pytest

from service.pipeline.model import Span
from service.pipeline.quotes import _lone_breaks, paragraphs


def _lone_breaks_by_split(text: str) -> list[int]:
    """The breaks with no other break beside them, read from the pieces between breaks
    that come in pairs (the way _lone_breaks read them before)."""
    out = []
    at = 0
    for piece in text.split("\n\n"):
        if "\n" in piece:
            i = piece.find("\n", 1)
            while 0 < i < len(piece) - 1:
                out.append(at + i)
                i = piece.find("\n", i + 1)
        at += len(piece) + 2
    return out


def _paragraphs_by_split(text: str) -> tuple[Span, ...]:
    out = []
    at = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            out.append(Span(at, at + len(line)))
        at += len(line) + 1
    return tuple(out)


@pytest.mark.parametrize("text, breaks", [
    ("a\nb", [1]),
    ("a\n\nb", []),
    ("a\n\n\nb", []),                 # the third break opens the next piece
    ("\na\nb\n", [2]),                # a break at either end of the text has no two sides
    ("one line\nwrapped\n\nnext\nline", [8, 22]),
    ("", []),
    ("\n", []),
])
def test_lone_breaks_read_as_the_split(text, breaks):
    assert _lone_breaks(text) == breaks == _lone_breaks_by_split(text)


@pytest.mark.parametrize("text", [
    "a\nb", "a\n\n  \nb\t", " \n\t\n", "", "\n", "x", "  lead\n\u00a0\nlast  ", "\u2003x\n\n",
])
def test_paragraphs_read_as_the_split(text):
    paragraphs.cache_clear()
    got = paragraphs(text)
    assert got == _paragraphs_by_split(text)
    assert all(type(span) is Span and list(vars(span)) == ["start", "end"] for span in got)


def test_lone_breaks_and_paragraphs_on_random_texts():
    rng = random.Random(11)
    pieces = ["\n", "\n", "\n\n", "a", "b ", " ", "\t", "\u00a0", "\u2003", "\r", "“x”"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _lone_breaks(text) == _lone_breaks_by_split(text), text
        paragraphs.cache_clear()
        assert paragraphs(text) == _paragraphs_by_split(text), text
