"""Properties every extraction keeps, on seeded random text with damaged quote marks."""
from __future__ import annotations

import gc
import json
import random
from pathlib import Path
from unittest import mock

import pytest

from service.pipeline import clear_caches, extract

PIECES = [
    "“We will win this,” Mayor Lena Ortiz said.", "He added, “It is over.”",
    "According to two people familiar with the talks, the deal is “close.”",
    "A senior official said: “Nothing is agreed.”", "Sen. Ada Price (D-Ore.) told reporters",
    "the so-called “reform”", "''Not yet,'' Mr. Park said.", "‘Fine,’ she said.",
    "The council met on Monday.", "U.S. officials", "“", "”", "\"", "'", "‘", "’", "''", "``",
    "\n", "\n\n", "\r\n", "\r", " — ", ", ", ". ", "(", ")", "Trump", "the president", "they said",
]
MARKS = "“”\"'‘’«»„"


def random_text(rng: random.Random) -> str:
    text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    return "".join(rng.choice(MARKS) if rng.random() < 0.03 else ch for ch in text)


@pytest.mark.parametrize("seed", range(300))
def test_every_offset_points_at_what_it_claims(seed):
    text = random_text(random.Random(seed))
    ex = extract(text)
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert all(q.start <= p.start <= p.end <= q.end for p in q.parts)
        if q.speaker is not None:
            assert ex.speaker(q.speaker) is not None
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        if q.cue is not None and q.cue.start is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.verb
        assert q.sourcing is not None and 0 <= q.sourcing.level <= 6
        for reason in q.sourcing.reasons:
            assert text[reason.start:reason.end] == reason.text
    for w in ex.warnings:
        assert 0 <= w.start <= w.end <= len(text)


def test_clearing_the_caches_changes_no_output():
    """Benchmarks clear the name caches before every timed pass (bench/throughput.py)."""
    texts = [random_text(random.Random(seed)) for seed in range(20)]
    before = [extract(t) for t in texts]
    clear_caches()
    assert [extract(t) for t in texts] == before


def test_an_extraction_leaves_no_reference_cycles():
    """Everything an extraction makes is freed when it is dropped: with the cycle collector
    off, nothing is left for it to find. (A compiled inner function that called another
    left one cycle per quote, and the collector's passes cost a pass over news text 6%.)"""
    seeds = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted((Path(__file__).parents[2] / "seeds").glob("*.json"))]
    texts = seeds + [random_text(random.Random(seed)) for seed in range(50)]
    extract(texts[0])        # the first call builds the caches (long-lived, not garbage)
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            extract(text)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()



class _Markup(str):
    """A subclass of str, as templating and sanitising libraries hand them out."""


def test_a_subclass_of_str_is_read_as_its_plain_text():
    """The compiled modules refuse subclasses of str (setup.py's TYPED): extract() reads a
    plain copy of one, text and headline, with the same result."""
    for path in sorted((Path(__file__).parents[2] / "seeds").glob("*.json")):
        seed = json.loads(path.read_text(encoding="utf-8"))
        plain = extract(seed["text"], title=seed["title"])
        assert plain.quotes
        assert extract(_Markup(seed["text"]), title=_Markup(seed["title"])) == plain


@pytest.mark.parametrize("enabled", [True, False])
def test_an_extraction_pauses_the_cycle_collector_and_leaves_it_as_found(enabled):
    """extract() runs with the collector paused (it makes no cycles to collect) and leaves
    it on or off as it found it, also when it fails."""
    seen = []
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        extract("“We will rebuild the pier,” Mayor Ann Boyd said.")
        assert gc.isenabled() is enabled
        with mock.patch("service.pipeline.attribute",
                        side_effect=lambda *a, **k: seen.append(gc.isenabled()) or 1 / 0):
            with pytest.raises(ZeroDivisionError):
                extract("“We will rebuild the pier,” Mayor Ann Boyd said.")
        assert seen == [False] and gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
