"""Quote attribution and verification service."""
from __future__ import annotations

import gc
import os
from typing import Any, Mapping

from flask import Flask

from .config import Defaults
from .jsonio import OrjsonProvider


def _check_api_key(key: Any) -> None:
    """Refuse an API key no client can send: empty (``-e QUOTES_API_KEY=$UNSET`` in a
    deployment), only spaces, or with spaces around it (a header value is read stripped).

    An empty key left every write open, as if no key were set, and a key with spaces around
    it refused every write; either is a deployment mistake, so the app does not start.
    """
    if key is None:
        return
    key = str(key)
    if not key.strip():
        raise RuntimeError("QUOTES_API_KEY is set but empty: set it to the key that writes "
                           "need, or unset it to leave writes open.")
    if key != key.strip():
        raise RuntimeError("QUOTES_API_KEY has spaces or line breaks around it: no client "
                           "can send them in its Authorization header; remove them.")


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
    _check_api_key(app.config.get("API_KEY"))

    from . import api, db, errors

    db.init_app(app)
    errors.init_app(app)
    api.init_app(app)
    db.init_cli(app)
    # Objects made at start-up live as long as the worker: keep them out of the collector's
    # full passes, which otherwise add a 25 ms pause to an unlucky request now and then.
    gc.freeze()
    return app
