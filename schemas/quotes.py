"""Quote schemas: stored quotes, their filters and what /v1/extract returns."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from .common import PageOut, PageQueryArgs
from .fields import Text

QUOTE_KINDS = ("full", "partial", "non_speech")
SPEAKER_TYPES = ("person", "organization", "anonymous", "unknown")
SOURCING_LABELS = ("not_speech", "unattributed", "anonymous_vague", "anonymous_positioned",
                   "institutional", "named_resolved", "named_on_record")


class SpanOut(Schema):
    start = fields.Integer()
    end = fields.Integer()


class SpeakerRefOut(Schema):
    id = fields.Integer()
    name = fields.String()
    type = fields.String(metadata={"enum": list(SPEAKER_TYPES)})
    role = fields.String(allow_none=True)


class MentionOut(SpanOut):
    text = fields.String()
    form = fields.String()


class CueOut(SpanOut):
    rule = fields.String(metadata={"description": "Id of the attribution rule that fired."})
    verb = fields.String(allow_none=True)
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)


class ReasonOut(SpanOut):
    signal = fields.String()
    text = fields.String()


class SourcingOut(Schema):
    level = fields.Integer(metadata={"description": "0 (not speech) to 6 (named on record)."})
    label = fields.String(metadata={"enum": list(SOURCING_LABELS)})
    signals = fields.Dict(keys=fields.String())
    reasons = fields.List(fields.Nested(ReasonOut))


class _QuoteFields(Schema):
    text = fields.String()
    start = fields.Integer(metadata={"description": "Offset of the quoted content."})
    end = fields.Integer()
    kind = fields.String(metadata={"enum": list(QUOTE_KINDS)})
    paragraph = fields.Integer()
    parts = fields.List(fields.Nested(SpanOut))
    mention = fields.Nested(MentionOut, allow_none=True)
    cue = fields.Nested(CueOut, allow_none=True)
    confidence = fields.Float()
    sourcing = fields.Nested(SourcingOut, allow_none=True)


class ConflictOut(Schema):
    speaker = fields.String(metadata={"description": "Who the other article says said it."})
    article_id = fields.Integer()


class CorroborationOut(Schema):
    articles = fields.Integer(metadata={
        "description": "Other stored articles giving the same words to the same speaker."})
    outlets = fields.Integer(metadata={"description": "Distinct outlets of those articles."})
    conflicts = fields.List(fields.Nested(ConflictOut), metadata={
        "description": "Other articles giving the same words to a different speaker."})


class QuoteOut(_QuoteFields):
    id = fields.Integer()
    article_id = fields.Integer()
    revision = fields.Integer()
    speaker = fields.Nested(SpeakerRefOut, allow_none=True)
    corroboration = fields.Nested(CorroborationOut)


class ContextOut(SpanOut):
    text = fields.String()


class QuoteDetailOut(QuoteOut):
    context = fields.Nested(ContextOut, metadata={
        "description": "The paragraph(s) holding the quote, with offsets into the article."})


class QuotePageOut(PageOut):
    items = fields.List(fields.Nested(QuoteOut))


class QuoteQueryArgs(PageQueryArgs):
    speaker = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Any alias of the speaker, matched case-insensitively by word."})
    q = fields.String(validate=validate.Length(min=1, max=500),
                      metadata={"description": "Words to find in the quote text."})
    article_id = fields.Integer(validate=validate.Range(min=1, max=2**63 - 1))
    kind = fields.String(validate=validate.OneOf(QUOTE_KINDS))
    min_level = fields.Integer(validate=validate.Range(min=0, max=6))
    label = fields.String(validate=validate.OneOf(SOURCING_LABELS))


class ExtractedSpeakerRefOut(Schema):
    key = fields.String(metadata={"description": "Local to this extraction."})
    name = fields.String()
    type = fields.String(metadata={"enum": list(SPEAKER_TYPES)})
    role = fields.String(allow_none=True)


class ExtractedSpeakerOut(ExtractedSpeakerRefOut):
    aliases = fields.List(fields.String())
    roles = fields.List(fields.String())
    plural = fields.Boolean()


class ExtractedQuoteOut(_QuoteFields):
    speaker = fields.Nested(ExtractedSpeakerRefOut, allow_none=True)


class ExtractionWarningOut(SpanOut):
    code = fields.String()
    message = fields.String()


class ExtractIn(Schema):
    text = Text(required=True, validate=validate.Length(min=1))
    title = Text(load_default=None, allow_none=True,
                 metadata={"description": "Headline: read for names, not for quotes."})


class ExtractOut(Schema):
    quotes = fields.List(fields.Nested(ExtractedQuoteOut))
    speakers = fields.List(fields.Nested(ExtractedSpeakerOut))
    warnings = fields.List(fields.Nested(ExtractionWarningOut))
