"""Pause Python's cycle collector while work that makes no reference cycles runs."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for a block, leaving it as it was found.

    For blocks that make many container objects and no reference cycles (an extraction; a
    stored batch's rows, word sets and JSON values): reference counts free their objects,
    and the collections they would set off free nothing. Of threads that overlap, the one
    that found the collector on turns it back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
