"""Text in, attributed and graded quotes out. Pure Python: no Flask, no database."""
from __future__ import annotations

from .attribution import attribute
from .model import Extraction
from .quotes import find_quotes


def extract(text: str) -> Extraction:
    """Find every quote in ``text``, attribute it to a speaker and grade its sourcing."""
    raw, warnings = find_quotes(text)
    quotes, book = attribute(text, raw)
    return Extraction(text=text, quotes=tuple(quotes), speakers=book.speakers(),
                      warnings=tuple(warnings))
