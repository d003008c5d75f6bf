"""App fixtures: every test gets its own file-backed SQLite database in tmp_path."""
from __future__ import annotations

import pytest

from service import create_app


@pytest.fixture
def make_app(tmp_path):
    """Return a factory of apps on this test's database, with seeds off unless asked."""
    def make(**overrides):
        config = {"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                  "SEED_ON_EMPTY": False, "API_KEY": None, **overrides}
        return create_app(config)
    return make


@pytest.fixture
def app(make_app):
    """The pytest-flask app: a fresh empty database, no API key, no seeds."""
    return make_app()


@pytest.fixture
def post_article(client):
    """Post an article (title and text default) and return the response."""
    def post(text="The mayor said “the bridge opens on Monday” at noon.", **fields):
        return client.post("/v1/articles", json={"title": "A title", "text": text, **fields})
    return post
