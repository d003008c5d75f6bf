"""The REST API: flask-smorest Api with problem+json errors, write auth and request logging."""
from __future__ import annotations

import hmac
import io
import logging
import sys
import time

import flask_smorest
from flask import Flask, current_app, g, request
from werkzeug.exceptions import HTTPException

from schemas.common import ProblemOut

from ..errors import http_problem, problem
from . import articles, extract, health, quotes, speakers, verify

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# POST /v1/extract, /v1/verify and /v1/verify/draft store nothing, so they need no write key.
OPEN_ENDPOINTS = frozenset({"extract.Extract", "verify.Verify", "verify.VerifyDraft"})
BLUEPRINTS = (articles.blp, quotes.blp, speakers.blp, extract.blp, health.blp, verify.blp)

request_log = logging.getLogger("service.requests")


class Api(flask_smorest.Api):
    """flask-smorest's Api, answering every HTTP error as RFC 9457 problem+json."""

    ERROR_SCHEMA = ProblemOut

    def handle_http_exception(self, error: HTTPException):
        """Return the problem+json response for ``error``."""
        return http_problem(error)


class _StdoutHandler(logging.StreamHandler):
    """Write to whatever sys.stdout is at emit time (gunicorn and pytest both swap it)."""

    @property
    def stream(self):
        return sys.stdout

    @stream.setter
    def stream(self, value):
        pass


def _start_timer() -> None:
    g.started = time.perf_counter()


def _require_api_key():
    """Refuse writes without the configured bearer key; reads stay open."""
    key = current_app.config.get("API_KEY")
    if not key or request.method not in WRITE_METHODS or request.url_rule is None \
            or request.endpoint in OPEN_ENDPOINTS:
        return None
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return problem(401, "This write needs an 'Authorization: Bearer <key>' header.",
                       headers={"WWW-Authenticate": 'Bearer realm="quotes"'})
    if not hmac.compare_digest(given.strip().encode(), str(key).encode()):
        return problem(403, "The API key is not valid.")
    return None


def _sends_a_body() -> bool:
    """Tell whether the request is one whose body a route reads (a write to a known route)."""
    return request.method in {"POST", "PUT", "PATCH"} and request.url_rule is not None


def _require_json():
    """Refuse request bodies that are not JSON, or compressed, before anything parses them."""
    if not _sends_a_body():
        return None
    if not request.is_json:
        return problem(415, "Send the body as application/json.")
    # Bodies are read as sent: a gzip body was parsed as JSON and called malformed (400).
    if request.headers.get("Content-Encoding", "identity").strip().lower() \
            not in {"", "identity"}:
        return problem(415, "Send the body without a Content-Encoding: it is read as sent.",
                       headers={"Accept-Encoding": "identity"})
    return None


def _limit_unsized_body():
    """Hold a body sent without Content-Length (chunked) to MAX_CONTENT_LENGTH: 413 when it
    is longer. Werkzeug reads such a body only up to the limit, and a longer one was parsed
    cut short (400, "not valid JSON")."""
    limit = request.max_content_length
    if not _sends_a_body() or limit is None or request.content_length is not None \
            or "wsgi.input_terminated" not in request.environ:   # else werkzeug reads none
        return None
    stream, body = request.environ["wsgi.input"], bytearray()
    while len(body) <= limit:          # a read may give less than asked before the end
        chunk = stream.read(limit + 1 - len(body))
        if not chunk:
            break
        body += chunk
    if len(body) > limit:
        return problem(413, f"The request body is larger than the limit of {limit} bytes.")
    # Read once: the request reads it from here, as if sent with its length.
    request.environ["wsgi.input"] = io.BytesIO(bytes(body))
    request.environ["CONTENT_LENGTH"] = str(len(body))
    return None


def _log_request(response):
    elapsed_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    request_log.info("%s %s %s %.1fms", request.method, request.full_path.rstrip("?"),
                     response.status_code, elapsed_ms)
    return response


def _configure_request_log() -> None:
    if not request_log.handlers:
        request_log.addHandler(_StdoutHandler())
        request_log.setLevel(logging.INFO)
        request_log.propagate = False


def init_app(app: Flask) -> Api:
    """Create the Api on ``app`` and register every blueprint and request hook."""
    api = Api(app)
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer",
                       "description": "Needed for writes when QUOTES_API_KEY is set."})
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    _configure_request_log()
    app.before_request(_start_timer)
    app.before_request(_require_api_key)
    app.before_request(_require_json)
    app.before_request(_limit_unsized_body)
    app.after_request(_log_request)
    return api
