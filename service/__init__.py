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


def _check_settings(config: Mapping[str, Any]) -> None:
    """Refuse a number or switch of the wrong kind, naming its variable, at start.

    Read as JSON, ``QUOTES_HEALTH_DEEP_TIMEOUT_MS=5s`` stays the string "5s", and the first
    request that used it answered 500; a negative limit or a similarity above 1 would make
    every lookup find nothing. Numbers are whole and not negative; similarities lie in 0-1.
    """
    for key, default in vars(Defaults).items():
        if not key.isupper() or not isinstance(default, (bool, int, float)):
            continue
        value = config.get(key)
        if isinstance(default, bool):
            wrong = not isinstance(value, bool)
            wanted = "true or false"
        elif isinstance(default, int):
            wrong = isinstance(value, bool) or not isinstance(value, int) or value < 0
            wanted = "a whole number, 0 or more"
        else:
            wrong = (isinstance(value, bool) or not isinstance(value, (int, float))
                     or not 0 <= value <= 1)
            wanted = "a number from 0 to 1"
        if wrong:
            raise RuntimeError(f"QUOTES_{key} is {value!r}: it must be {wanted}.")


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: config defaults, QUOTES_* environment, overrides; db, errors, api, cli."""
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    app.config.from_object(Defaults)
    app.config.from_prefixed_env("QUOTES")
    # The key (a secret) and the paths are taken as written: read as JSON, a key "0",
    # "false" or "null" turned the check off (no key), "1e3" became 1000.0, and a database
    # named 2024 was the number 2024, no path.
    for key in ("API_KEY", "DATABASE", "SEEDS_DIR"):
        if f"QUOTES_{key}" in os.environ:
            app.config[key] = os.environ[f"QUOTES_{key}"]
    app.config.update(overrides or {})
    _check_api_key(app.config.get("API_KEY"))
    _check_settings(app.config)

    from . import api, db, errors

    db.init_app(app)
    errors.init_app(app)
    api.init_app(app)
    db.init_cli(app)
    # Objects made at start-up live as long as the worker: keep them out of the collector's
    # full passes, which otherwise add a 25 ms pause to an unlucky request now and then.
    gc.freeze()
    return app
