"""Text in, attributed and graded quotes out. Pure Python: no Flask, no database."""
from __future__ import annotations

from .attribution import attribute, clear_caches
from .model import Extraction
from .quotes import find_quotes
from .sourcing import grade_all


def extract(text: str, title: str | None = None) -> Extraction:
    """Find every quote in ``text``, attribute it to a speaker and grade its sourcing.

    ``title`` (the headline) is read for names only: a body that says "Trump" after a
    headline that says "President Donald Trump" is about Donald Trump. Offsets are into
    ``text`` alone.
    """
    raw, warnings = find_quotes(text)
    quotes, book = attribute(text, raw, title=title)
    speakers = book.speakers()
    graded = grade_all(quotes, {s.key: s for s in speakers}, text)
    return Extraction(text=text, quotes=tuple(graded), speakers=speakers,
                      warnings=tuple(warnings))


__all__ = ["extract", "clear_caches"]
