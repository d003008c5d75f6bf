"""Extract: run the pipeline on a draft and return its quotes without storing anything."""
from __future__ import annotations

from dataclasses import asdict
from enum import Enum

from flask import current_app
from flask.views import MethodView

from schemas.quotes import ExtractIn, ExtractOut

from ..pipeline import extract
from ..pipeline.model import Extraction, Speaker
from .blueprint import Blueprint

blp = Blueprint("extract", __name__, url_prefix="/v1/extract",
                description="Quotes and speakers of a text; nothing is stored.")


def _plain(value):
    """Return ``value`` with enums replaced by their values and tuples by lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def speaker_ref(speaker: Speaker | None) -> dict | None:
    """Return an extracted speaker as a quote names it: key (local to the extraction), name,
    type and role."""
    return speaker and {"key": speaker.key, "name": speaker.name,
                        "type": _plain(speaker.type), "role": speaker.role}


def extraction_out(extraction: Extraction) -> dict:
    """Shape an Extraction like the stored quotes, with extraction-local speaker keys."""
    speakers = {s.key: s for s in extraction.speakers}
    quotes = []
    for quote in extraction.quotes:
        body = _plain(asdict(quote))
        body["speaker"] = speaker_ref(speakers.get(quote.speaker))
        quotes.append(body)
    return {"quotes": quotes, "speakers": [_plain(asdict(s)) for s in extraction.speakers],
            "warnings": [_plain(asdict(w)) for w in extraction.warnings]}


@blp.route("")
class Extract(MethodView):
    @blp.arguments(ExtractIn())
    @blp.response(200, ExtractOut)
    def post(self, body):
        """Find, attribute and grade the quotes of a text without storing it."""
        return extraction_out(extract(
            body["text"], title=body.get("title"),
            max_quotes=current_app.config["MAX_QUOTES_PER_ARTICLE"]))
