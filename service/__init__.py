"""Quote attribution and verification service."""
from __future__ import annotations

import gc
from typing import Any, Mapping

from flask import Flask

from .config import Defaults
from .jsonio import OrjsonProvider


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: config defaults, QUOTES_* environment, overrides; db, errors, api, cli."""
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("QUOTES")
    app.config.update(overrides or {})

    from . import api, db, errors

    db.init_app(app)
    errors.init_app(app)
    api.init_app(app)
    db.init_cli(app)
    # Objects made at start-up live as long as the worker: keep them out of the collector's
    # full passes, which otherwise add a 25 ms pause to an unlucky request now and then.
    gc.freeze()
    return app
