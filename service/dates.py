"""Publication dates as stored and compared: ISO 8601 text that sorts in time order."""
from __future__ import annotations

from datetime import date, datetime, timezone


def iso_published(text: str) -> str:
    """Return an ISO 8601 date ('2025-10-16') or date-time in its ISO form, a date-time with
    a UTC offset moved to UTC ('2025-10-16T23:30:00-05:00' -> '2025-10-17T04:30:00+00:00');
    raise ValueError when ``text`` is neither.

    Dates are compared as text (SQL filters, the first appearance of a quote): with their
    offsets kept, an article published at 23:30 in New York sorted before one published at
    01:00 the same night in London, four hours earlier. A date-time without an offset stays
    as written (its zone is unknown), and a date sorts before every time of its day.
    """
    text = text.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    moment = datetime.fromisoformat(text)       # raises ValueError
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(timezone.utc)
        except OverflowError:       # "0001-01-01T00:00:00+01:00" is before year 1 in UTC
            raise ValueError(f"{text!r} is out of the years 1-9999 in UTC") from None
    return moment.isoformat()
