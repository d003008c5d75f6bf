"""Article schemas: what a client posts and how stored articles and revisions read back."""
from __future__ import annotations

import unicodedata

from marshmallow import Schema, ValidationError, fields, validate

from .common import PageOut
from .fields import IsoDateOrDateTime, Text, Url
from .quotes import QuoteOut

# Spaces, line breaks, controls and format characters (zero-width space and joiners, soft
# hyphen, byte-order mark): a title or text of only these shows nothing. The r"\S" check
# took controls and format characters for text, and stored such an article.
_INVISIBLE = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def _not_blank(value: str) -> None:
    """Refuse a text that shows nothing."""
    if all(unicodedata.category(c) in _INVISIBLE for c in value):
        raise ValidationError("Must not be blank.")


class ArticleIn(Schema):
    title = Text(required=True, validate=[validate.Length(min=1, max=1000), _not_blank])
    text = Text(required=True, validate=[validate.Length(min=1), _not_blank])
    url = Url(schemes={"http", "https"}, allow_none=True, validate=validate.Length(max=2048),
              metadata={"description": "The same URL with new text is a correction. URLs are "
                        "compared without case in the scheme and host, the default port, "
                        "the fragment and utm_*, fbclid and gclid parameters; stored as "
                        "first given."})
    outlet = Text(allow_none=True, validate=validate.Length(max=300))
    author = Text(allow_none=True, validate=validate.Length(max=500))
    published_at = IsoDateOrDateTime(allow_none=True,
                                     metadata={"format": "date-time", "example": "2025-10-16"})


class RevisionOut(Schema):
    revision = fields.Integer()
    title = fields.String()
    created_at = fields.String()
    text_sha256 = fields.String()
    quote_count = fields.Integer()


class ArticleSummaryOut(Schema):
    id = fields.Integer()
    revision = fields.Integer(metadata={"description": "Number of the latest revision."})
    url = fields.String(allow_none=True)
    title = fields.String()
    outlet = fields.String(allow_none=True)
    author = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    created_at = fields.String()
    updated_at = fields.String()
    quote_count = fields.Integer()


class ArticleOut(ArticleSummaryOut):
    text = fields.String()
    revisions = fields.List(fields.Nested(RevisionOut))
    quotes = fields.List(fields.Nested(QuoteOut))


class ArticlePageOut(PageOut):
    items = fields.List(fields.Nested(ArticleSummaryOut))


class ArticleQuotesQueryArgs(Schema):
    revision = fields.Integer(validate=validate.Range(min=1), metadata={
        "description": "Revision number; the latest when omitted."})


class ArticleQuotesOut(Schema):
    items = fields.List(fields.Nested(QuoteOut))
