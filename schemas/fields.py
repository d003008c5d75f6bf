"""Custom marshmallow fields: the opaque page cursor and ISO 8601 dates."""
from __future__ import annotations

import base64
import binascii
from datetime import date, datetime

from marshmallow import ValidationError, fields

_CURSOR_PREFIX = "after:"


class Cursor(fields.Field):
    """An opaque page cursor that carries the last id of the previous page."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{value}".encode()).decode().rstrip("=")

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or len(value) > 64:
            raise ValidationError("Invalid cursor.")
        try:
            decoded = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
            raise ValidationError("Invalid cursor.") from exc
        last_id = decoded.removeprefix(_CURSOR_PREFIX)
        if not decoded.startswith(_CURSOR_PREFIX) or not last_id.isascii() \
                or not last_id.isdigit() or len(last_id) > 18:
            raise ValidationError("Invalid cursor.")
        return int(last_id)


class IsoDateOrDateTime(fields.String):
    """An ISO 8601 date ('2025-10-16') or date-time, normalised to its ISO form."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(text).isoformat()
            except ValueError:
                continue
        raise ValidationError("Not a valid ISO 8601 date or date-time.")
