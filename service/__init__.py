"""Quote attribution and verification service."""
from __future__ import annotations

from typing import Any, Mapping

from flask import Flask

from .config import Defaults


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: config defaults, QUOTES_* environment, overrides; db, errors, api, cli."""
    app = Flask(__name__)
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("QUOTES")
    app.config.update(overrides or {})

    from . import api, db, errors

    db.init_app(app)
    errors.init_app(app)
    api.init_app(app)
    db.init_cli(app)
    return app
