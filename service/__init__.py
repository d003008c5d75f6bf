"""Quote attribution and verification service."""
from __future__ import annotations

import gc
import os
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
    # The key is a secret, taken as written: read as JSON, "0", "false" or "null" turned the
    # check off (no key) and "1e3" became 1000.0.
    if "QUOTES_API_KEY" in os.environ:
        app.config["API_KEY"] = os.environ["QUOTES_API_KEY"]
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
