"""Articles: ingest (with quote extraction), read with revision history, delete."""
from __future__ import annotations

from flask import current_app, url_for
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE

from schemas.articles import (
    ArticleIn,
    ArticleOut,
    ArticlePageOut,
    ArticleQuotesOut,
    ArticleQuotesQueryArgs,
)
from schemas.common import PageQueryArgs

from .. import repository
from ..db import get_db
from ..pipeline import extract
from .blueprint import Blueprint
from .pagination import ID, page

# Documents the bearer key; it is enforced for every write in service.api._require_api_key.
WRITE_SECURITY = [{"bearerAuth": []}]

blp = Blueprint("articles", __name__, url_prefix="/v1/articles",
                description="Articles and their revisions, with the quotes found in them.")


def _with_quotes(db, article: dict) -> dict:
    # The quotes of the revision read, not of the latest one: another worker may store a
    # revision in between, whose quotes' offsets point into a text not shown.
    return {**article,
            "quotes": repository.article_quotes(db, article["id"], article["revision"])}


def _article_or_404(article_id: int) -> dict:
    db = get_db()
    article = repository.get_article(db, article_id)
    if article is None:
        abort(404, message=f"No article with id {article_id}.")
    return _with_quotes(db, article)


@blp.route("")
class Articles(MethodView):
    @blp.arguments(PageQueryArgs(), location="query", unknown=RAISE)
    @blp.response(200, ArticlePageOut)
    def get(self, args):
        """List stored articles, newest first."""
        rows = repository.list_articles(get_db(), before=args["cursor"],
                                        limit=args["limit"] + 1)
        return page(rows, args["limit"])

    @blp.doc(security=WRITE_SECURITY)
    @blp.arguments(ArticleIn())
    @blp.response(201, ArticleOut, description="Stored as a new article or a new revision.")
    @blp.alt_response(200, schema=ArticleOut, description="Already stored with this text.")
    def post(self, fields):
        """Store an article and its quotes; the same URL with new text is a new revision."""
        db = get_db()
        article_id = repository.find_duplicate(db, fields["text"], fields.get("url"))
        created, revision_id = False, None
        if article_id is None:
            # Extract before taking the write lock: it is the slow part and needs no database.
            extraction = extract(fields["text"], title=fields.get("title"),
                                 max_quotes=current_app.config["MAX_QUOTES_PER_ARTICLE"])
            saved = repository.save_article(db, fields, extraction)
            article_id, created, revision_id = saved.article_id, saved.created, saved.revision_id
        location = {"Location": url_for("articles.Article", article_id=article_id)}
        # The revision stored, not the latest: another worker may store a later one between
        # this write and the read, and its text is not what the caller sent.
        article = repository.get_article(db, article_id, revision_id)
        if article is None:
            abort(409, message=f"Stored as article {article_id}, then deleted by another "
                               "request before it could be read back.")
        return _with_quotes(db, article), 201 if created else 200, location


@blp.route(f"/<{ID}:article_id>")
class Article(MethodView):
    @blp.response(200, ArticleOut)
    def get(self, article_id):
        """Return the latest revision of an article, its quotes and its revision history."""
        return _article_or_404(article_id)

    @blp.doc(security=WRITE_SECURITY)
    @blp.response(204)
    def delete(self, article_id):
        """Delete an article with all its revisions and quotes."""
        if not repository.delete_article(get_db(), article_id):
            abort(404, message=f"No article with id {article_id}.")


@blp.route(f"/<{ID}:article_id>/quotes")
class ArticleQuotes(MethodView):
    @blp.arguments(ArticleQuotesQueryArgs(), location="query", unknown=RAISE)
    @blp.response(200, ArticleQuotesOut)
    def get(self, args, article_id):
        """List the quotes of an article's latest (or a given) revision, in text order."""
        article = _article_or_404(article_id)
        revision = args.get("revision", article["revision"])
        if revision > article["revision"]:
            abort(404, message=f"Article {article_id} has no revision {revision}.")
        return {"items": repository.article_quotes(get_db(), article_id, revision)}
