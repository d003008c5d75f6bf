"""Verify schemas: a claimed quote in, a verdict with the stored evidence out."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from .fields import IsoDateOrDateTime, Text
from .quotes import ContextOut, ExtractedSpeakerRefOut, SpeakerRefOut

MAX_QUOTE_CHARS = 2000
VERDICTS = ("supported", "altered", "misattributed", "unattributed", "not_found")
DIFF_OPS = ("equal", "replace", "insert", "delete", "elided", "bracketed")
LEVELS = ("exact", "close", "far")


def _has_a_word(value: str) -> None:
    if not any(c.isalnum() for c in value):
        raise ValidationError("Must contain at least one word.")


class VerifyIn(Schema):
    quote = Text(required=True, validate=[
        validate.Length(min=1, max=MAX_QUOTE_CHARS), _has_a_word],
        metadata={"description": "The words as claimed; typography and case do not matter."})
    speaker = Text(load_default=None, allow_none=True,
                   validate=validate.Length(min=1, max=200), metadata={
                       "description": "Who is said to have said it: any alias, matched "
                                      "case-insensitively by word; titles before the name, "
                                      "a possessive, middle initials and names need not "
                                      "match, and a given name may be its initial "
                                      "(\"President Donald J. Trump\", \"H. Clinton\")."})
    published_before = IsoDateOrDateTime(load_default=None, allow_none=True, metadata={
        "format": "date-time", "description": "Only articles published before this."})
    published_after = IsoDateOrDateTime(load_default=None, allow_none=True, metadata={
        "format": "date-time", "description": "Only articles published on or after this."})


class VerifyQueryArgs(VerifyIn):
    """The same fields for GET /v1/verify?quote=...&speaker=..."""


class MatchArticleOut(Schema):
    id = fields.Integer()
    title = fields.String()
    url = fields.String(allow_none=True)
    outlet = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)


class MatchSourcingOut(Schema):
    level = fields.Integer()
    label = fields.String()
    signals = fields.Dict(keys=fields.String())


class DiffOpOut(Schema):
    op = fields.String(metadata={"enum": list(DIFF_OPS)})
    stored = fields.List(fields.String(), metadata={"description": "Words of the stored quote."})
    claimed = fields.List(fields.String(), metadata={"description": "Words of the claim."})


class MatchOut(Schema):
    article = fields.Nested(MatchArticleOut)
    quote_id = fields.Integer(metadata={"description": "The stored quote (the first one of a "
                                                      "joined match)."})
    quote_ids = fields.List(fields.Integer(), metadata={
        "description": "Every stored quote the match spans, in order: one, or two quotes "
                       "in a row by the same speaker that the claim joins (the halves of a "
                       "split quote, \"A,\" she said, \"B.\")."})
    text = fields.String(metadata={"description": "The stored wording (a joined match: the "
                                                  "quotes' words, joined by a space)."})
    start = fields.Integer(metadata={"description": "Offset in the article's text."})
    end = fields.Integer(metadata={"description": "Offset in the article's text (a joined "
                                                  "match: the end of its last quote)."})
    context = fields.Nested(ContextOut, metadata={"description": "The paragraph of the quote."})
    speaker = fields.Nested(SpeakerRefOut, allow_none=True)
    speaker_match = fields.Boolean(allow_none=True, metadata={
        "description": "Whether this is the claimed speaker; null when none was claimed, "
                       "or when the stored quote names nobody (graded unattributed or "
                       "not_speech)."})
    sourcing = fields.Nested(MatchSourcingOut, allow_none=True)
    level = fields.String(metadata={
        "enum": list(LEVELS),
        "description": "exact: the same words, a contiguous part, or parts in order where "
                       "an ellipsis marks words left out or [bracketed] words stand for a "
                       "few; close: words differ."})
    similarity = fields.Float(metadata={"description": "0-1, word-level, contractions expanded."})
    diff = fields.List(fields.Nested(DiffOpOut), metadata={
        "description": "Word-level edits from the stored wording to the claim; 'elided': "
                       "stored words the claim leaves out where it has an ellipsis; "
                       "'bracketed': the claim's words in square brackets (the editor's, "
                       "not the speaker's) and the stored words, if any, they stand for."})
    first_appearance = fields.Boolean(metadata={
        "description": "Earliest published among the matches with the same wording."})


class ReadAsOut(Schema):
    quote = fields.String(metadata={"description": "The quoted words, quotes in a row "
                                                   "joined by a space."})
    speaker = fields.String(allow_none=True, metadata={
        "description": "The person or organisation the attribution names; null when it "
                       "names nobody (a pronoun, an unnamed source)."})


class SpeakerSpellingOut(Schema):
    claimed = fields.String(metadata={"description": "The speaker as claimed."})
    stored = fields.String(metadata={"description": "The stored alias it was read as."})


_SPELLING = ("When the claimed speaker's name is no stored speaker's, but one word of it is "
             "a stored speaker's name mistyped (\"Hilary Clinton\"), and that speaker said "
             "the words found: the name as claimed and the alias it was read as; that "
             "speaker's quotes count as the claimed speaker's. Null otherwise.")


class VerifyOut(Schema):
    verdict = fields.String(metadata={"enum": list(VERDICTS), "description": (
        "supported: the words (or a contiguous part) are stored, said by the claimed speaker "
        "if one is given; altered: a stored quote of that speaker is close, words differ; "
        "misattributed: the words are stored, said by someone else; unattributed: the words "
        "are stored, but no stored quote holding them names anybody, so the claimed one "
        "can be neither confirmed nor ruled out; not_found: nothing close enough.")})
    quote = fields.String(metadata={"description": "The claim as given."})
    speaker = fields.String(allow_none=True, metadata={"description": "As given."})
    read_as = fields.Nested(ReadAsOut, allow_none=True, metadata={
        "description": "When the claim carried its own attribution (\"“…,” Trump said\"): "
                       "the quoted words that were checked, and the speaker the attribution "
                       "names, checked unless one was given. Null otherwise."})
    speaker_spelling = fields.Nested(SpeakerSpellingOut, allow_none=True,
                                     metadata={"description": _SPELLING})
    best_similarity = fields.Float(metadata={
        "description": "Similarity of the closest stored quote (0 when none was found)."})
    matches = fields.List(fields.Nested(MatchOut), metadata={"description": "Best first."})
    actual_speakers = fields.List(fields.Nested(SpeakerRefOut), metadata={
        "description": "For misattributed: who the stored articles say said it."})
    closest = fields.Nested(MatchOut, allow_none=True, metadata={
        "description": "For not_found: the closest stored quote, below the threshold."})


class VerifyDraftIn(Schema):
    text = Text(required=True, validate=[validate.Length(min=1), _has_a_word], metadata={
        "description": "A draft: its quotes are found and attributed as a stored article's "
                       "would be, then each is verified."})
    title = Text(load_default=None, allow_none=True, validate=validate.Length(max=1000),
                 metadata={"description": "Headline: read for names, not for quotes."})
    published_before = IsoDateOrDateTime(load_default=None, allow_none=True, metadata={
        "format": "date-time", "description": "Only articles published before this."})
    published_after = IsoDateOrDateTime(load_default=None, allow_none=True, metadata={
        "format": "date-time", "description": "Only articles published on or after this."})


class DraftQuoteOut(Schema):
    start = fields.Integer(metadata={"description": "Offset in the draft."})
    end = fields.Integer()
    text = fields.String(metadata={"description": "The quote's words in the draft."})
    speaker = fields.Nested(ExtractedSpeakerRefOut, allow_none=True, metadata={
        "description": "Who the draft says said it (the pipeline's reading)."})
    claimed_speaker = fields.String(allow_none=True, metadata={
        "description": "The name checked against the stored speakers: the speaker's, when "
                       "a person or an organisation; null (the words alone are checked) for "
                       "an unnamed source, an unresolved pronoun or no speaker."})
    verdict = fields.String(metadata={"enum": list(VERDICTS)})
    speaker_spelling = fields.Nested(SpeakerSpellingOut, allow_none=True,
                                     metadata={"description": _SPELLING})
    best_similarity = fields.Float()
    match = fields.Nested(MatchOut, allow_none=True, metadata={
        "description": "The best match (as GET /v1/verify's first); null for not_found."})
    actual_speakers = fields.List(fields.Nested(SpeakerRefOut), metadata={
        "description": "For misattributed: who the stored articles say said it."})
    closest = fields.Nested(MatchOut, allow_none=True, metadata={
        "description": "For not_found: the closest stored quote, below the threshold."})


class VerifyDraftOut(Schema):
    quotes = fields.List(fields.Nested(DraftQuoteOut), metadata={
        "description": "Every quote of the draft, in order, with its verdict."})
