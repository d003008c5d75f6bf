"""Keyset pagination: fetch one row more than asked to know whether a next page exists."""
from __future__ import annotations

# Largest id SQLite can store; bigger path ids are 404 instead of an OverflowError.
ID = "int(max=9223372036854775807)"


def page(rows: list[dict], limit: int) -> dict:
    """Return {items, next_cursor} from ``limit + 1`` rows ordered by id."""
    items = rows[:limit]
    has_more = len(rows) > limit
    return {"items": items, "next_cursor": items[-1]["id"] if has_more and items else None}
