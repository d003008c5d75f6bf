"""Schemas every resource shares: pagination and the problem document."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from .fields import Cursor

LIMIT_DEFAULT = 50
LIMIT_MAX = 500


class PageQueryArgs(Schema):
    limit = fields.Integer(load_default=LIMIT_DEFAULT,
                           validate=validate.Range(min=1, max=LIMIT_MAX),
                           metadata={"description": f"Items per page (1-{LIMIT_MAX})."})
    cursor = Cursor(load_default=None, metadata={
        "type": "string", "description": "The next_cursor of the previous page."})


class PageOut(Schema):
    next_cursor = Cursor(allow_none=True, metadata={
        "type": "string", "nullable": True,
        "description": "Pass as ?cursor= for the next page; null on the last page."})


class FieldErrorOut(Schema):
    location = fields.String(metadata={"description": "json, query or path"})
    field = fields.String(allow_none=True)
    message = fields.String()


class ProblemOut(Schema):
    """An RFC 9457 problem document (served as application/problem+json)."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.List(fields.Nested(FieldErrorOut))


class HealthOut(Schema):
    status = fields.String()


class HealthQueryArgs(Schema):
    deep = fields.Boolean(load_default=False, metadata={
        "description": "Also check the database file's integrity (SQLite's quick_check), "
                       "within QUOTES_HEALTH_DEEP_TIMEOUT_MS; 503 when it is damaged or the "
                       "check does not finish in time."})
