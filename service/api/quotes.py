"""Quotes: search across stored articles, and one quote with its context."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE

from schemas.quotes import QuoteDetailOut, QuotePageOut, QuoteQueryArgs

from .. import repository
from ..db import get_db
from .blueprint import Blueprint
from .pagination import ID, page

blp = Blueprint("quotes", __name__, url_prefix="/v1/quotes",
                description="Quotes in the latest revision of every stored article.")

_FILTERS = ("speaker", "q", "article_id", "kind", "min_level", "label")


def paragraph_context(text: str, start: int, end: int) -> dict:
    """Return the whole paragraph(s) holding text[start:end], with their offsets."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    return {"text": text[first:last], "start": first, "end": last}


@blp.route("")
class Quotes(MethodView):
    @blp.arguments(QuoteQueryArgs(), location="query", unknown=RAISE)
    @blp.response(200, QuotePageOut)
    def get(self, args):
        """Find quotes by speaker alias, words, article, kind or sourcing grade."""
        filters = repository.QuoteFilters(**{k: args.get(k) for k in _FILTERS})
        rows = repository.list_quotes(get_db(), filters, after=args["cursor"],
                                      limit=args["limit"] + 1)
        return page(rows, args["limit"])


@blp.route(f"/<{ID}:quote_id>")
class Quote(MethodView):
    @blp.response(200, QuoteDetailOut)
    def get(self, quote_id):
        """Return one quote with the paragraph around it."""
        quote = repository.get_quote(get_db(), quote_id)
        if quote is None:
            abort(404, message=f"No quote with id {quote_id}.")
        text = quote.pop("article_text")
        return {**quote, "context": paragraph_context(text, quote["start"], quote["end"])}
