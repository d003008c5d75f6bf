"""Fixtures for API tests that need speakers: hand-built extractions by article text."""
from __future__ import annotations

import pytest
from extractions import extraction


@pytest.fixture
def fake_extract(monkeypatch):
    """Make POST /v1/articles use hand-built extractions, keyed by article text.

    ``register(text, speakers, quotes)`` with speakers as Speaker objects and quotes as
    (quote text, speaker key or None, level or None, label or None) tuples.
    """
    extractions = {}

    def register(text, speakers, quotes):
        extractions[text] = extraction(text, speakers, quotes)
        return text

    monkeypatch.setattr("service.api.articles.extract",
                        lambda text, title=None, max_quotes=None: extractions[text])
    return register
