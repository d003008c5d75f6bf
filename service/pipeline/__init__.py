"""Text in, attributed and graded quotes out. Pure Python: no Flask, no database."""
from __future__ import annotations

from .model import Extraction
from .quotes import find_quotes


def extract(text: str) -> Extraction:
    """Find every quote in ``text``, attribute it to a speaker and grade its sourcing."""
    raw, warnings = find_quotes(text)
    # Attribution, speaker resolution and grading are added stage by stage.
    from .model import Quote, QuoteKind
    quotes = tuple(
        Quote(start=r.start, end=r.end, text=text[r.start:r.end], kind=QuoteKind.FULL,
              paragraph=r.paragraph)
        for r in raw
    )
    return Extraction(text=text, quotes=quotes, speakers=(), warnings=tuple(warnings))
