"""Health: answers when the service and its database do."""
from __future__ import annotations

import sqlite3

from flask.views import MethodView
from flask_smorest import abort

from schemas.common import HealthOut

from .. import repository
from ..db import get_db
from .blueprint import Blueprint

blp = Blueprint("health", __name__, description="Liveness and database check.")


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthOut)
    def get(self):
        """Return ok when the database answers."""
        try:
            repository.ping(get_db())
        except sqlite3.Error:
            abort(503, message="The database does not answer.")
        return {"status": "ok"}
