"""Speakers: one identity per person or organisation across every stored article."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE

from schemas.speakers import SpeakerDetailOut, SpeakerPageOut, SpeakerQueryArgs

from .. import repository
from ..db import get_db
from .blueprint import Blueprint
from .pagination import ID, page

blp = Blueprint("speakers", __name__, url_prefix="/v1/speakers",
                description="Speakers with their aliases, roles and quote counts.")


@blp.route("")
class Speakers(MethodView):
    @blp.arguments(SpeakerQueryArgs(), location="query", unknown=RAISE)
    @blp.response(200, SpeakerPageOut)
    def get(self, args):
        """List speakers, optionally those with an alias matching ?name=."""
        rows = repository.list_speakers(get_db(), name=args.get("name"), after=args["cursor"],
                                        limit=args["limit"] + 1)
        return page(rows, args["limit"])


@blp.route(f"/<{ID}:speaker_id>")
class Speaker(MethodView):
    @blp.response(200, SpeakerDetailOut)
    def get(self, speaker_id):
        """Return a speaker with aliases, roles, quote count and sourcing level counts."""
        speaker = repository.get_speaker(get_db(), speaker_id)
        if speaker is None:
            abort(404, message=f"No speaker with id {speaker_id}.")
        return speaker
