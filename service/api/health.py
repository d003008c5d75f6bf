"""Health: answers when the service and its database do."""
from __future__ import annotations

import sqlite3

from flask import current_app
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import EXCLUDE

from schemas.common import HealthOut, HealthQueryArgs

from .. import repository
from ..db import get_db
from .blueprint import Blueprint

blp = Blueprint("health", __name__, description="Liveness and database check.")


@blp.route("/healthz")
class Health(MethodView):
    # Other parameters are ignored, as before: monitors add their own (cache busting).
    @blp.arguments(HealthQueryArgs(), location="query", unknown=EXCLUDE)
    @blp.response(200, HealthOut)
    def get(self, args):
        """Return ok when the database answers (with deep=1: and its file is intact)."""
        db = get_db()
        try:
            repository.ping(db)
        except sqlite3.Error:
            abort(503, message="The database does not answer.")
        if args["deep"]:
            _check_integrity(db)
        return {"status": "ok"}


def _check_integrity(db) -> None:
    """Answer 503 when the database file is damaged, or its check does not finish in time
    (the file is then not known to be intact)."""
    timeout_ms = current_app.config["HEALTH_DEEP_TIMEOUT_MS"]
    try:
        problems = repository.integrity_problems(db, timeout_ms)
    except repository.CheckTimedOut as exc:
        abort(503, message=f"The database's integrity check {exc}; the file is not known "
                           "to be intact.")
    except sqlite3.DatabaseError as exc:       # "database disk image is malformed"
        problems = [str(exc)]
    if problems:
        abort(503, message="The database file is damaged (SQLite quick_check: "
                           + "; ".join(problems) + "). Restore it from a backup.")
