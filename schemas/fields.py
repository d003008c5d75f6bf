"""Custom marshmallow fields: text, the opaque page cursor and ISO 8601 dates."""
from __future__ import annotations

import base64
import binascii

from marshmallow import ValidationError, fields

from service.dates import iso_published

_CURSOR_PREFIX = "after:"


class Text(fields.String):
    """A string that is Unicode text: one holding a lone surrogate is refused.

    JSON may write "\\ud800" with no low surrogate after it; Python's parser gives a string
    with a code point that is no character, which SQLite cannot store and UTF-8 cannot
    encode (an article holding one failed to store with a 500). Its position is said.
    """

    default_error_messages = {
        "surrogate": "Not valid Unicode text: a lone surrogate (U+{code:04X}) at character "
                     "{at}."}

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise self.make_error("surrogate", code=ord(text[exc.start]), at=exc.start) \
                from None
        return text


class Url(Text, fields.Url):
    """An http(s) URL that is Unicode text: marshmallow's URL check lets a lone surrogate
    through (in the path, the query or the host), and storing it failed with a 500."""


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
    """An ISO 8601 date ('2025-10-16') or date-time, normalised to its ISO form, in UTC when
    it has an offset (``service.dates.iso_published``)."""

    def _deserialize(self, value, attr, data, **kwargs):
        try:
            return iso_published(super()._deserialize(value, attr, data, **kwargs))
        except ValueError:
            raise ValidationError("Not a valid ISO 8601 date or date-time.") from None
