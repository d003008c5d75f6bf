"""_marks_by_paragraph files each quote mark under its paragraph by walking the marks and the
paragraphs together: it must file them as bisecting the paragraphs' starts does."""
from __future__ import annotations

import random
from bisect import bisect_right

from service.pipeline.quotes import _mark_spans, _marks, _marks_by_paragraph, paragraphs


def _by_bisection(text: str, paras) -> dict:
    starts = [p.start for p in paras]
    found: dict = {}
    for span in _mark_spans(text):
        found.setdefault(bisect_right(starts, span[0]) - 1, []).append(span)
    return {i: _marks(text, paras[i], spans) for i, spans in found.items()}


def test_marks_filed_as_by_bisection_on_random_texts():
    rng = random.Random(13)
    pieces = ["“", "”", "\"", "‘", "’", "'", "''", "``", "«", "»", " ", "\n", "\n\n", "a", "Bo",
              " said", ",", ".", "  \n"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        paragraphs.cache_clear()
        paras = paragraphs(text)
        got = _marks_by_paragraph(text, paras)
        want = _by_bisection(text, paras)
        assert got == want and list(got) == list(want), text
