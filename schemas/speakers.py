"""Speaker schemas: global identities with aliases, roles and counts."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from .common import PageOut, PageQueryArgs
from .quotes import SOURCING_LABELS, SPEAKER_TYPES


class SpeakerOut(Schema):
    id = fields.Integer()
    name = fields.String()
    type = fields.String(metadata={"enum": list(SPEAKER_TYPES)})
    role = fields.String(allow_none=True)
    plural = fields.Boolean()
    aliases = fields.List(fields.String())
    roles = fields.List(fields.String())
    quote_count = fields.Integer(metadata={"description": "Quotes in latest revisions."})


class LevelCountOut(Schema):
    level = fields.Integer()
    label = fields.String(metadata={"enum": list(SOURCING_LABELS)})
    count = fields.Integer()


class SpeakerDetailOut(SpeakerOut):
    sourcing_levels = fields.List(fields.Nested(LevelCountOut))


class SpeakerPageOut(PageOut):
    items = fields.List(fields.Nested(SpeakerOut))


class SpeakerQueryArgs(PageQueryArgs):
    name = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Any alias, matched case-insensitively by word."})
