"""Find quoted spans. (Placeholder: replaced by the full mark scanner.)"""
from __future__ import annotations

import regex

from .model import RawQuote

_PAIR = regex.compile(r"“\s*([^”]*?)\s*”")


def find_quotes(text: str):
    """Return (raw quotes, warnings)."""
    out = []
    for m in _PAIR.finditer(text, timeout=1.0):
        out.append(RawQuote(start=m.start(1), end=m.end(1), open=m.start(), close=m.end() - 1,
                            paragraph=text.count("\n", 0, m.start())))
    return out, []
