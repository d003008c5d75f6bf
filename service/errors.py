"""Error classes and the one function that turns any error into RFC 9457 problem+json."""
from __future__ import annotations

import sqlite3
from http import HTTPStatus
from typing import Any, Mapping

from flask import Flask, Response, current_app, json, request
from werkzeug.exceptions import HTTPException

from .pipeline import TooManyQuotes

PROBLEM_MIMETYPE = "application/problem+json"


def _flatten(messages: Any, path: str = "") -> list[dict]:
    """Flatten marshmallow/webargs messages into [{field, message}] with dotted field paths."""
    if isinstance(messages, Mapping):
        out = []
        for key, value in messages.items():
            field = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            out.extend(_flatten(value, field))
        return out
    if isinstance(messages, (list, tuple)) and all(isinstance(m, str) for m in messages):
        return [{"field": path or None, "message": m} for m in messages]
    if isinstance(messages, (list, tuple)):
        return [e for m in messages for e in _flatten(m, path)]
    return [{"field": path or None, "message": str(messages)}]


def field_errors(messages: Mapping) -> list[dict]:
    """Turn webargs messages ({location: {field: [msg]}}) into [{location, field, message}]."""
    out = []
    for location, fields in messages.items():
        for error in _flatten(fields):
            out.append({"location": location, **error})
    return out


def problem(status: int, detail: str | None = None, *, errors: list | None = None,
            headers: Mapping[str, str] | None = None) -> Response:
    """Build an application/problem+json response for ``status``."""
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {"type": "about:blank", "title": phrase, "status": status,
                            "detail": detail or phrase}
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _invalid_fields(errors: list[dict]) -> str:
    return "The request has invalid fields: " + ", ".join(
        sorted({str(e["field"]) for e in errors}))


def http_problem(error: HTTPException) -> Response:
    """Turn a werkzeug/webargs HTTPException into problem+json, keeping its headers."""
    data = getattr(error, "data", None) or {}
    messages = data.get("errors") or data.get("messages")
    detail = data.get("message") or error.description
    errors = None
    if error.code == 422 and isinstance(messages, Mapping):
        errors = field_errors(messages)
        detail = _invalid_fields(errors)
    elif error.code == 400 and isinstance(messages, Mapping) and "json" in messages:
        detail = "The request body is not valid JSON."
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    headers.update(data.get("headers") or {})
    return problem(error.code or 500, detail, errors=errors, headers=headers)


def handle_too_many_quotes(error: TooManyQuotes) -> Response:
    """Answer 422 naming the body's ``text`` (every endpoint that extracts takes it there)
    when it holds more quoted passages than MAX_QUOTES_PER_ARTICLE: the pipeline refused it
    before the costly part, which would have run past the worker's timeout."""
    errors = [{"location": "json", "field": "text", "message": str(error)}]
    return problem(422, _invalid_fields(errors), errors=errors)


def handle_unexpected(error: Exception) -> Response:
    """Log a genuine bug and answer 500 without leaking its details."""
    current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return problem(500, "An unexpected error occurred; it has been logged.")


# SQLite's primary result codes for a lock another connection holds (extended codes, such
# as SQLITE_BUSY_SNAPSHOT, carry them in their low byte), and for a full disk.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL = 5, 6, 13


def handle_database_error(error: sqlite3.OperationalError) -> Response:
    """Answer 503 when the database cannot take the request now, not because of a bug:
    another worker held its write lock for longer than SQLITE_BUSY_TIMEOUT_MS (Retry-After:
    a load to wait out), or its disk is full (the write's transaction stored nothing;
    logged as an error, for the operator). Anything else is unexpected."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_FULL:
        current_app.logger.error("Database disk full on %s %s: %s", request.method,
                                 request.path, error)
        return problem(503, "The database's disk is full: nothing was stored.")
    if code not in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return handle_unexpected(error)
    current_app.logger.warning("Database busy on %s %s: %s", request.method, request.path,
                               error)
    return problem(503, "The database is busy with another write; try again shortly.",
                   headers={"Retry-After": "1"})


def init_app(app: Flask) -> None:
    """Register the handlers of errors that are not HTTP ones, and the catch-all; HTTP
    errors go through the Api (see service.api)."""
    app.register_error_handler(sqlite3.OperationalError, handle_database_error)
    app.register_error_handler(TooManyQuotes, handle_too_many_quotes)
    app.register_error_handler(Exception, handle_unexpected)
