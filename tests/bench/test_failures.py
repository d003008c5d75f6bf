"""The failure analysis's reading of the gold's own chain of speakers (bench/failures.py):
a quote the gold gives to "he" after quotes it gives to a name is that name's, as long as no
more than a paragraph separates them. Gold records in our own wording."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from failures import agrees_with_gold_chain, named_before  # noqa: E402

TEXT = ("Headline\n"
        "“We will rebuild,” Mayor Ana Ruiz said. “It will take years,” she added.\n"
        "“The money is there,” she said.\n"
        "A council meeting followed.\n"
        "“Not one cent,” he said.")


def _quote(words: str, speaker: str, named: bool) -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words, "speaker": speaker,
            "speaker_is_named": named}


DOC = {"text": TEXT, "quotes": [
    _quote("We will rebuild,", "Ana Ruiz", True),
    _quote("It will take years,", "she", False),
    _quote("The money is there,", "she", False),
    _quote("Not one cent,", "he", False),
]}
SCORE = SimpleNamespace(speaker_match=lambda gold, pred: gold.lower() in pred.lower())


@pytest.mark.parametrize("index, expected", [
    (1, "Ana Ruiz"),     # the quote just before is named
    (2, "Ana Ruiz"),     # through an unnamed quote of the paragraph before
    (3, None),           # two paragraph breaks back: the chain is broken
    (0, None),           # nothing before
])
def test_the_gold_chain_leads_back_to_a_name(index, expected):
    assert named_before(DOC, DOC["quotes"][index]) == expected


@pytest.mark.parametrize("index, predicted, agrees", [
    (2, "Mayor Ana Ruiz", True),
    (2, "Leo Park", False),
    (2, None, False),
    (0, "Ana Ruiz", False),      # a named gold speaker is judged by the scorer itself
    (3, "Ana Ruiz", False),
])
def test_a_prediction_agrees_with_the_chain(index, predicted, agrees):
    assert agrees_with_gold_chain(SCORE, DOC, DOC["quotes"][index], predicted) is agrees
