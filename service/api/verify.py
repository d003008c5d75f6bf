"""Verify: is a claimed quote in a stored article, in those words, said by that speaker?"""
from __future__ import annotations

import json
from typing import Any, Mapping

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import RAISE
from sqlite_utils import Database

from schemas.verify import VerifyIn, VerifyOut, VerifyQueryArgs

from .. import repository
from ..db import get_db
from ..pipeline.matching import CLOSE, EXACT, Matcher, prepare, rare_words
from .quotes import paragraph_context

blp = Blueprint("verify", __name__, url_prefix="/v1/verify",
                description="Check a claimed quote against every stored article.")


def _candidates(db: Database, claim: str, config: Mapping[str, Any], dates: dict,
                second: bool = False) -> list[dict]:
    """Return the stored quotes one index query finds for a claim, best bm25 first.

    The first query asks for all of the claim's rarest words (FUZZY_RARE_WORDS of them). A
    changed or added word is often one of those, so the second asks for all of the next
    rarest words, or, for a claim with few rare words, for any two of them. A claim made only
    of common words is looked up as a phrase.
    """
    count = config["FUZZY_RARE_WORDS"]
    rare = rare_words(claim, 2 * count)
    if not second:
        query = repository.all_words_query(rare[:count]) or repository.phrase_query(claim)
    elif len(rare) > count + 1:
        query = repository.all_words_query(rare[count:])
    else:
        query = repository.any_pair_query(rare) if len(rare) > 2 else None
    if query is None:
        return []
    return repository.find_candidates(db, query, limit=config["FUZZY_MAX_CANDIDATES"], **dates)


def _score(db: Database, rows: list[dict], matcher: Matcher, speaker: str | None) -> None:
    """Align each row with the claim and decide whether its speaker is the claimed one."""
    ids = [r["speaker_id"] for r in rows if r["speaker_id"] is not None]
    claimed_ids = repository.speakers_matching(db, speaker, ids) if speaker else set()
    for row in rows:
        row["prepared"] = prepare(row["text"])
        row["alignment"] = matcher.align_prepared(row["prepared"])
        row["speaker_match"] = None if speaker is None else row["speaker_id"] in claimed_ids


def _supported(rows: list[dict]) -> bool:
    return any(r["alignment"].level == EXACT and r["speaker_match"] is not False for r in rows)


def _verdict(matches: list[dict]) -> str:
    if _supported(matches):
        return "supported"
    if any(r["speaker_match"] is not False for r in matches):
        return "altered"
    return "misattributed" if matches else "not_found"


def _rank(row: dict) -> tuple:
    """Best match first: claimed speaker, exact words, similarity, sourcing, earliest."""
    published = row["published_at"]
    return (row["speaker_match"] is False, row["alignment"].level != EXACT,
            -row["alignment"].similarity, -(row["sourcing_level"] if row["sourcing_level"]
                                            is not None else -1),
            published is None, published or "", row["id"])


def _mark_first_appearances(matches: list[dict]) -> None:
    """Mark the earliest published match of each wording (ties: lowest article id)."""
    first: dict[tuple[str, ...], dict] = {}
    for row in matches:
        row["first_appearance"] = False
        key = row["prepared"].surface
        best = first.get(key)
        if best is None or (row["published_at"] is not None and (
                best["published_at"] is None or
                (row["published_at"], row["article_id"]) <
                (best["published_at"], best["article_id"]))):
            first[key] = row
    for row in first.values():
        row["first_appearance"] = True


def _speaker(row: dict) -> dict | None:
    if row["speaker_id"] is None:
        return None
    return {"id": row["speaker_id"], "name": row["speaker_name"], "type": row["speaker_type"],
            "role": row["speaker_role"]}


def _match_out(row: dict, texts: dict[int, str]) -> dict:
    alignment = row["alignment"]
    signals = json.loads(row["sourcing"])["signals"] if row["sourcing"] else {}
    return {
        "article": {"id": row["article_id"], "title": row["title"], "url": row["url"],
                    "outlet": row["outlet"], "published_at": row["published_at"]},
        "quote_id": row["id"], "text": row["text"], "start": row["start"], "end": row["end"],
        "context": paragraph_context(texts[row["revision_id"]], row["start"], row["end"]),
        "speaker": _speaker(row), "speaker_match": row["speaker_match"],
        "sourcing": None if row["sourcing_level"] is None else {
            "level": row["sourcing_level"], "label": row["sourcing_label"], "signals": signals},
        "level": alignment.level, "similarity": alignment.similarity,
        "diff": [{"op": d.op, "stored": list(d.stored), "claimed": list(d.claimed)}
                 for d in alignment.diff],
        "first_appearance": row.get("first_appearance", False),
    }


def verify_quote(db: Database, claim: str, *, speaker: str | None = None,
                 published_before: str | None = None, published_after: str | None = None,
                 config: Mapping[str, Any]) -> dict:
    """Return the verdict on a claimed quote with the stored quotes that decide it.

    Candidates come from the quote index, one query (two when the first finds nothing close),
    each at most FUZZY_MAX_CANDIDATES quotes, best bm25 first; the word alignment then
    decides exact, close or far for each.
    """
    matcher = Matcher(claim, min_similarity=config["FUZZY_MIN_SIMILARITY"])
    dates = {"published_before": published_before, "published_after": published_after}
    candidates = _candidates(db, claim, config, dates)
    _score(db, candidates, matcher, speaker)
    if not any(r["alignment"].level in (EXACT, CLOSE) for r in candidates):
        seen = {r["id"] for r in candidates}
        more = [r for r in _candidates(db, claim, config, dates, second=True)
                if r["id"] not in seen]
        _score(db, more, matcher, speaker)
        candidates += more
    rows = sorted(candidates, key=_rank)
    matches = [r for r in rows if r["alignment"].level in (EXACT, CLOSE)]
    _mark_first_appearances(matches)
    matches = matches[:config["VERIFY_MAX_MATCHES"]]
    verdict = _verdict(matches)
    closest = None
    if verdict == "not_found" and rows:
        closest = max(rows, key=lambda r: (r["alignment"].similarity, -r["id"]))
    shown = matches + ([closest] if closest else [])
    texts = repository.revision_texts(db, [r["revision_id"] for r in shown])
    actual: dict[int, dict] = {}
    if verdict == "misattributed":
        actual = {r["speaker_id"]: _speaker(r) for r in matches if r["speaker_id"] is not None}
    return {
        "verdict": verdict, "quote": claim, "speaker": speaker,
        "best_similarity": max((r["alignment"].similarity for r in rows), default=0.0),
        "matches": [_match_out(r, texts) for r in matches],
        "actual_speakers": list(actual.values()),
        "closest": _match_out(closest, texts) if closest else None,
    }


@blp.route("")
class Verify(MethodView):
    @blp.arguments(VerifyQueryArgs, location="query", unknown=RAISE)
    @blp.response(200, VerifyOut)
    def get(self, args):
        """Verify a claimed quote given in the query string (same as POST)."""
        return verify_quote(get_db(), args.pop("quote"), config=current_app.config, **args)

    @blp.arguments(VerifyIn)
    @blp.response(200, VerifyOut)
    def post(self, args):
        """Verify a claimed quote: supported, altered, misattributed or not_found."""
        return verify_quote(get_db(), args.pop("quote"), config=current_app.config, **args)
