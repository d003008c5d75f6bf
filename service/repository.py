"""Storage of articles, revisions, speakers and quotes: the only module that knows tables and SQL.

Functions take a ``sqlite_utils.Database`` and plain data and return plain dicts shaped like the
API's output schemas. Every multi-row write runs in one transaction.
"""
from __future__ import annotations

import hashlib
import itertools
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator, Mapping

import regex
from sqlite_utils import Database, Migrations

from .config import Defaults
from .pipeline.identity import (
    KnownSpeaker,
    find_same_speaker,
    identity_key,
    normalise_name,
    split_person_name,
)
from .pipeline.matching import EXACT, Matcher, fts_words, words
from .pipeline.model import Extraction, Quote, Speaker, SpeakerType

MIGRATIONS = Migrations("quotes")

ARTICLE_FIELDS = ("title", "outlet", "author", "published_at")
_FTS_TOKEN = regex.compile(r"[\p{L}\p{N}_]+")


@MIGRATIONS()
def m001_initial_schema(db: Database) -> None:
    """Create articles with revisions, global speakers, quotes and the quote-text index."""
    db["articles"].create({"id": int, "url": str, "latest_revision_id": int,
                           "created_at": str, "updated_at": str}, pk="id")
    # SQLite lets any number of NULLs into a unique index: articles without URL stay distinct.
    db["articles"].create_index(["url"], unique=True)
    db["article_revisions"].create(
        {"id": int, "article_id": int, "revision": int, "title": str, "text": str,
         "text_sha256": str, "outlet": str, "author": str, "published_at": str,
         "created_at": str},
        pk="id", not_null={"article_id", "revision", "title", "text", "text_sha256"},
        foreign_keys=[("article_id", "articles", "id")])
    db["article_revisions"].create_index(["article_id", "revision"], unique=True)
    db["article_revisions"].create_index(["text_sha256"])
    db["speakers"].create({"id": int, "name": str, "type": str, "role": str, "plural": bool,
                           "identity_key": str, "created_at": str},
                          pk="id", not_null={"name", "type"})
    db["speakers"].create_index(["type", "identity_key"])
    db["speaker_aliases"].create({"speaker_id": int, "alias": str, "alias_norm": str},
                                 pk=("speaker_id", "alias_norm"),
                                 foreign_keys=[("speaker_id", "speakers", "id")])
    db["speaker_roles"].create({"speaker_id": int, "role": str}, pk=("speaker_id", "role"),
                               foreign_keys=[("speaker_id", "speakers", "id")])
    db["quotes"].create(
        {"id": int, "article_id": int, "revision_id": int, "speaker_id": int, "position": int,
         "start": int, "end": int, "text": str, "kind": str, "paragraph": int, "parts": str,
         "mention": str, "cue_rule": str, "cue_verb": str, "cue_start": int, "cue_end": int,
         "confidence": float, "sourcing_level": int, "sourcing_label": str, "sourcing": str},
        pk="id", not_null={"article_id", "revision_id", "start", "end", "text", "kind"},
        foreign_keys=[("article_id", "articles", "id"),
                      ("revision_id", "article_revisions", "id"),
                      ("speaker_id", "speakers", "id")])
    for columns in (["revision_id", "position"], ["speaker_id"], ["sourcing_level"]):
        db["quotes"].create_index(columns)
    db["quotes"].enable_fts(["text"], create_triggers=True,
                            tokenize="unicode61 remove_diacritics 2")


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run a block as one transaction that holds the write lock from its first statement.

    BEGIN IMMEDIATE makes a read-then-write (duplicate check, emptiness check) safe against
    other gunicorn workers; inside an open transaction it nests as a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():
            yield db
    except BaseException:
        db.rollback()
        raise
    db.commit()


def ping(db: Database) -> bool:
    """Return True when the database answers a query."""
    return next(db.query("SELECT 1 AS ok"))["ok"] == 1


def is_empty(db: Database) -> bool:
    """Return whether no article is stored."""
    return next(db.query("SELECT count(*) AS n FROM articles"))["n"] == 0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- articles ------------------------------------------------------------------------------

def find_duplicate(db: Database, text: str, url: str | None = None) -> int | None:
    """Return the id of a stored article whose latest text is ``text`` (and URL ``url``)."""
    sql = ("SELECT a.id FROM articles a JOIN article_revisions r ON r.id = a.latest_revision_id"
           " WHERE r.text_sha256 = :sha")
    if url is not None:
        sql += " AND a.url = :url"
    row = next(db.query(sql + " ORDER BY a.id LIMIT 1", {"sha": _sha256(text), "url": url}),
               None)
    return row["id"] if row else None


@dataclass(frozen=True)
class Saved:
    article_id: int
    created: bool      # False when the article was already stored with this text


def save_article(db: Database, fields: Mapping[str, Any], extraction: Extraction) -> Saved:
    """Store an article (or a new revision of the article at its URL) with its quotes."""
    url = fields.get("url")
    with write_transaction(db):
        duplicate = find_duplicate(db, fields["text"], url)
        if duplicate is not None:
            return Saved(duplicate, created=False)
        now = _now()
        article = next(db.query("SELECT id FROM articles WHERE url = ?", [url]), None) \
            if url is not None else None
        if article is None:
            article_id = db["articles"].insert(
                {"url": url, "created_at": now, "updated_at": now}).last_pk
            revision = 1
        else:
            article_id = article["id"]
            revision = 1 + next(db.query(
                "SELECT max(revision) AS n FROM article_revisions WHERE article_id = ?",
                [article_id]))["n"]
        revision_id = db["article_revisions"].insert({
            "article_id": article_id, "revision": revision, "text": fields["text"],
            "text_sha256": _sha256(fields["text"]), "created_at": now,
            **{k: _text_or_none(fields.get(k)) for k in ARTICLE_FIELDS}}).last_pk
        db.execute("UPDATE articles SET latest_revision_id = ?, updated_at = ? WHERE id = ?",
                   [revision_id, now, article_id])
        speaker_ids = {s.key: store_speaker(db, s) for s in extraction.speakers}
        db["quotes"].insert_all(
            _quote_row(q, i, article_id, revision_id, speaker_ids.get(q.speaker))
            for i, q in enumerate(extraction.quotes))
    return Saved(article_id, created=True)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _revisions(db: Database, article_id: int) -> list[dict]:
    return list(db.query(
        "SELECT r.revision, r.title, r.created_at, r.text_sha256,"
        " (SELECT count(*) FROM quotes q WHERE q.revision_id = r.id) AS quote_count"
        " FROM article_revisions r WHERE r.article_id = ? ORDER BY r.revision", [article_id]))


_ARTICLE_SELECT = (
    "SELECT a.id, a.url, a.created_at, a.updated_at, r.revision, r.title, r.outlet, r.author,"
    " r.published_at, r.text, r.id AS revision_id,"
    " (SELECT count(*) FROM quotes q WHERE q.revision_id = r.id) AS quote_count"
    " FROM articles a JOIN article_revisions r ON r.id = a.latest_revision_id")


def get_article(db: Database, article_id: int) -> dict | None:
    """Return the latest revision of an article with its revision history, or None."""
    row = next(db.query(_ARTICLE_SELECT + " WHERE a.id = ?", [article_id]), None)
    if row is None:
        return None
    return {**row, "revisions": _revisions(db, article_id)}


def list_articles(db: Database, *, before: int | None, limit: int) -> list[dict]:
    """Return up to ``limit`` articles, newest first, with ids below ``before``."""
    return list(db.query(
        _ARTICLE_SELECT + " WHERE (:before IS NULL OR a.id < :before) ORDER BY a.id DESC"
        " LIMIT :limit", {"before": before, "limit": limit}))


def delete_article(db: Database, article_id: int) -> bool:
    """Delete an article, all its revisions and quotes, and speakers left without quotes."""
    with write_transaction(db):
        if next(db.query("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]), None) \
                is None:
            return False
        speaker_ids = [r["speaker_id"] for r in db.query(
            "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ?"
            " AND speaker_id IS NOT NULL", [article_id])]
        db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM article_revisions WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        orphans = [i for i in speaker_ids if next(db.query(
            "SELECT 1 AS x FROM quotes WHERE speaker_id = ? LIMIT 1", [i]), None) is None]
        for table in ("speaker_aliases", "speaker_roles"):
            db[table].delete_where("speaker_id IN (SELECT value FROM json_each(?))",
                                   [json.dumps(orphans)])
        db["speakers"].delete_where("id IN (SELECT value FROM json_each(?))",
                                    [json.dumps(orphans)])
    return True


# -- speakers ------------------------------------------------------------------------------

def _known_speakers(db: Database, type: SpeakerType, key: str) -> list[KnownSpeaker]:
    rows = db.query(
        "SELECT s.id, s.name, (SELECT json_group_array(role) FROM speaker_roles"
        " WHERE speaker_id = s.id) AS roles FROM speakers s"
        " WHERE s.type = ? AND s.identity_key = ? ORDER BY s.id", [type.value, key])
    return [KnownSpeaker(r["id"], r["name"], type, tuple(json.loads(r["roles"])))
            for r in rows]


def store_speaker(db: Database, speaker: Speaker) -> int:
    """Return the stored id for an extracted speaker, merging into a known identity if one fits.

    Aliases and roles accumulate on the stored speaker; a fuller name replaces a shorter one.
    """
    type = SpeakerType(speaker.type)
    key = identity_key(speaker.name, type)
    match = find_same_speaker(speaker, _known_speakers(db, type, key) if key else [])
    with db.atomic():
        if match.speaker_id is None:
            speaker_id = db["speakers"].insert({
                "name": speaker.name, "type": type.value, "role": speaker.role,
                "plural": speaker.plural, "identity_key": key, "created_at": _now()}).last_pk
        else:
            speaker_id = match.speaker_id
            _enrich_speaker(db, speaker_id, speaker)
        db["speaker_aliases"].insert_all(
            ({"speaker_id": speaker_id, "alias": a, "alias_norm": normalise_name(a)}
             for a in dict.fromkeys((speaker.name, *speaker.aliases)) if normalise_name(a)),
            ignore=True)
        db["speaker_roles"].insert_all(
            ({"speaker_id": speaker_id, "role": r}
             for r in dict.fromkeys((speaker.role, *speaker.roles)) if r),
            ignore=True)
    return speaker_id


def _enrich_speaker(db: Database, speaker_id: int, speaker: Speaker) -> None:
    stored = db["speakers"].get(speaker_id)
    changes: dict[str, Any] = {}
    if speaker.role:
        changes["role"] = speaker.role   # the latest article knows the current title best
    if speaker.type == SpeakerType.PERSON and \
            len(split_person_name(speaker.name)[0]) > len(split_person_name(stored["name"])[0]):
        changes["name"] = speaker.name
    if changes:
        db["speakers"].update(speaker_id, changes)


_SPEAKER_SELECT = (
    "SELECT s.id, s.name, s.type, s.role, s.plural,"
    " (SELECT count(*) FROM quotes q JOIN articles a ON a.latest_revision_id = q.revision_id"
    "  WHERE q.speaker_id = s.id) AS quote_count,"
    " (SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases"
    "  WHERE speaker_id = s.id ORDER BY alias)) AS aliases,"
    " (SELECT json_group_array(role) FROM (SELECT role FROM speaker_roles"
    "  WHERE speaker_id = s.id ORDER BY role)) AS roles"
    " FROM speakers s")

# Token match on normalised aliases: "trump" finds "donald trump" but "rump" finds nothing.
_ALIAS_MATCH = ("SELECT speaker_id FROM speaker_aliases"
                " WHERE instr(' ' || alias_norm || ' ', ' ' || :name || ' ') > 0")


def _speaker_out(row: dict) -> dict:
    return {**row, "plural": bool(row["plural"]), "aliases": json.loads(row["aliases"]),
            "roles": json.loads(row["roles"])}


def list_speakers(db: Database, *, name: str | None, after: int | None,
                  limit: int) -> list[dict]:
    """Return up to ``limit`` speakers after id ``after``, optionally matching an alias."""
    sql = _SPEAKER_SELECT + " WHERE (:after IS NULL OR s.id > :after)"
    if name is not None:
        if not normalise_name(name):
            return []
        sql += f" AND s.id IN ({_ALIAS_MATCH})"
    rows = db.query(sql + " ORDER BY s.id LIMIT :limit",
                    {"after": after, "limit": limit, "name": normalise_name(name or "")})
    return [_speaker_out(r) for r in rows]


def get_speaker(db: Database, speaker_id: int) -> dict | None:
    """Return a speaker with aliases, roles, quote count and sourcing level counts, or None."""
    row = next(db.query(_SPEAKER_SELECT + " WHERE s.id = ?", [speaker_id]), None)
    if row is None:
        return None
    levels = db.query(
        "SELECT q.sourcing_level AS level, q.sourcing_label AS label, count(*) AS count"
        " FROM quotes q JOIN articles a ON a.latest_revision_id = q.revision_id"
        " WHERE q.speaker_id = ? AND q.sourcing_level IS NOT NULL"
        " GROUP BY q.sourcing_level, q.sourcing_label ORDER BY q.sourcing_level DESC",
        [speaker_id])
    return {**_speaker_out(row), "sourcing_levels": list(levels)}


# -- quotes --------------------------------------------------------------------------------

def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def _quote_row(quote: Quote, position: int, article_id: int, revision_id: int,
               speaker_id: int | None) -> dict:
    cue, mention, sourcing = quote.cue, quote.mention, quote.sourcing
    return {
        "article_id": article_id, "revision_id": revision_id, "speaker_id": speaker_id,
        "position": position, "start": quote.start, "end": quote.end, "text": quote.text,
        "kind": _enum_value(quote.kind), "paragraph": quote.paragraph,
        "parts": json.dumps([[p.start, p.end] for p in quote.parts]),
        "mention": mention and json.dumps({"text": mention.text, "start": mention.start,
                                           "end": mention.end,
                                           "form": _enum_value(mention.form)}),
        "cue_rule": cue and cue.rule, "cue_verb": cue and cue.verb,
        "cue_start": cue and cue.start, "cue_end": cue and cue.end,
        "confidence": quote.confidence,
        "sourcing_level": sourcing and sourcing.level,
        "sourcing_label": sourcing and sourcing.label,
        "sourcing": sourcing and json.dumps({
            "signals": sourcing.signals,
            "reasons": [{"signal": r.signal, "text": r.text, "start": r.start, "end": r.end}
                        for r in sourcing.reasons]}, default=str),
    }


_QUOTE_SELECT = (
    'SELECT q.id, q.article_id, r.revision, q.start, q."end", q.text, q.kind, q.paragraph,'
    " q.parts, q.mention, q.cue_rule, q.cue_verb, q.cue_start, q.cue_end, q.confidence,"
    " q.sourcing_level, q.sourcing_label, q.sourcing,"
    " s.id AS speaker_id, s.name AS speaker_name, s.type AS speaker_type,"
    " s.role AS speaker_role")
_QUOTE_FROM = (
    " FROM quotes q JOIN article_revisions r ON r.id = q.revision_id"
    " JOIN articles a ON a.id = q.article_id"
    " LEFT JOIN speakers s ON s.id = q.speaker_id")


def _quote_out(row: dict) -> dict:
    sourcing = json.loads(row["sourcing"]) if row["sourcing"] else None
    return {
        "id": row["id"], "article_id": row["article_id"], "revision": row["revision"],
        "text": row["text"], "start": row["start"], "end": row["end"], "kind": row["kind"],
        "paragraph": row["paragraph"],
        "parts": [{"start": s, "end": e} for s, e in json.loads(row["parts"] or "[]")],
        "speaker": None if row["speaker_id"] is None else {
            "id": row["speaker_id"], "name": row["speaker_name"],
            "type": row["speaker_type"], "role": row["speaker_role"]},
        "mention": json.loads(row["mention"]) if row["mention"] else None,
        "cue": None if row["cue_rule"] is None else {
            "rule": row["cue_rule"], "verb": row["cue_verb"], "start": row["cue_start"],
            "end": row["cue_end"]},
        "confidence": row["confidence"],
        "sourcing": None if sourcing is None else {
            "level": row["sourcing_level"], "label": row["sourcing_label"], **sourcing},
    }


def fts_query(text: str) -> str | None:
    """Turn free user text into a safe FTS5 query: every word must occur, the last as prefix."""
    words = _FTS_TOKEN.findall(text, timeout=1.0)
    if not words:
        return None
    # Quoting each word makes FTS5 operators and column filters in user input plain text.
    return " ".join(f'"{w}"' for w in words) + "*"


@dataclass(frozen=True)
class QuoteFilters:
    speaker: str | None = None
    q: str | None = None
    article_id: int | None = None
    revision: int | None = None       # None: the latest revision of each article
    kind: str | None = None
    min_level: int | None = None
    label: str | None = None


def list_quotes(db: Database, filters: QuoteFilters, *, after: int | None,
                limit: int) -> list[dict]:
    """Return up to ``limit`` quotes matching ``filters`` with ids above ``after``."""
    where = ["(:after IS NULL OR q.id > :after)"]
    params: dict[str, Any] = {"after": after, "limit": limit, **vars(filters)}
    if filters.revision is None:
        where.append("q.revision_id = a.latest_revision_id")
    else:
        where.append("r.revision = :revision")
    if filters.speaker is not None:
        params["name"] = normalise_name(filters.speaker)
        if not params["name"]:
            return []
        where.append(f"q.speaker_id IN ({_ALIAS_MATCH})")
    if filters.q is not None:
        params["match"] = fts_query(filters.q)
        if params["match"] is None:
            return []
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match)")
    for column, name, op in (("q.article_id", "article_id", "="), ("q.kind", "kind", "="),
                             ("q.sourcing_level", "min_level", ">="),
                             ("q.sourcing_label", "label", "=")):
        if params[name] is not None:
            where.append(f"{column} {op} :{name}")
    sql = f"{_QUOTE_SELECT}{_QUOTE_FROM} WHERE {' AND '.join(where)} ORDER BY q.id LIMIT :limit"
    return _with_corroboration(db, [_quote_out(r) for r in db.query(sql, params)])


def article_quotes(db: Database, article_id: int, revision: int | None = None) -> list[dict]:
    """Return every quote of one revision of an article (the latest by default), in order."""
    return list_quotes(db, QuoteFilters(article_id=article_id, revision=revision),
                       after=None, limit=-1)


def get_quote(db: Database, quote_id: int) -> dict | None:
    """Return a quote with the text of its article revision under ``article_text``, or None."""
    row = next(db.query(f"{_QUOTE_SELECT}, r.text AS article_text{_QUOTE_FROM}"
                        " WHERE q.id = ?", [quote_id]), None)
    if row is None:
        return None
    quote = _with_corroboration(db, [_quote_out(row)])[0]
    return {**quote, "article_text": row["article_text"]}


# -- verification and corroboration --------------------------------------------------------

def phrase_query(text: str) -> str | None:
    """Return an FTS5 phrase query for the words of ``text`` in order, or None."""
    words = fts_words(text)
    return '"' + " ".join(words) + '"' if words else None


def all_words_query(words: list[str]) -> str | None:
    """Return an FTS5 query for quotes holding every one of ``words``, or None."""
    return " AND ".join(f'"{w}"' for w in words) or None


def any_pair_query(words: list[str]) -> str | None:
    """Return an FTS5 query for quotes holding at least two of ``words`` (all, if fewer)."""
    if len(words) <= 2:
        return all_words_query(words)
    return " OR ".join(f'("{a}" AND "{b}")' for a, b in itertools.combinations(words, 2))


def optimize_quote_index(db: Database) -> None:
    """Merge the quote index into one segment (after a bulk load: fewer segments to read)."""
    with write_transaction(db):
        db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES('optimize')")


_CANDIDATE_COLUMNS = (
    'SELECT q.id, q.article_id, q.revision_id, q.start, q."end", q.text, q.speaker_id,'
    " q.sourcing_level, q.sourcing_label, q.sourcing,"
    " s.name AS speaker_name, s.type AS speaker_type, s.role AS speaker_role,"
    " r.title, a.url, r.outlet, r.published_at")
_CANDIDATE_JOINS = (
    " JOIN quotes q ON q.id = f.rowid"
    " JOIN articles a ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
    " JOIN article_revisions r ON r.id = q.revision_id"
    " LEFT JOIN speakers s ON s.id = q.speaker_id")


def find_candidates(db: Database, match: str, *, limit: int,
                    published_before: str | None = None,
                    published_after: str | None = None) -> list[dict]:
    """Return up to ``limit`` latest-revision quotes matching an FTS5 query, best bm25 first.

    The index answers the query and ranks; only the best rows are joined, so the cost follows
    the number of matching quotes, never the number stored. A date filter widens the ranked
    set twentyfold before filtering (articles outside the dates take places otherwise).
    """
    dated = published_before is not None or published_after is not None
    sql = (_CANDIDATE_COLUMNS +
           " FROM (SELECT rowid, bm25(quotes_fts) AS rank FROM quotes_fts"
           " WHERE quotes_fts MATCH :match ORDER BY rank LIMIT :inner) f" + _CANDIDATE_JOINS +
           " WHERE (:before IS NULL OR r.published_at < :before)"
           " AND (:after IS NULL OR r.published_at >= :after)"
           " ORDER BY f.rank, q.id LIMIT :limit")
    return list(db.query(sql, {"match": match, "inner": limit * 20 if dated else limit,
                               "limit": limit, "before": published_before,
                               "after": published_after}))


def speakers_matching(db: Database, name: str, speaker_ids: list[int]) -> set[int]:
    """Return which of ``speaker_ids`` have an alias containing the words of ``name``."""
    norm = normalise_name(name)
    if not norm or not speaker_ids:
        return set()
    rows = db.query(
        "SELECT DISTINCT speaker_id FROM speaker_aliases"
        " WHERE speaker_id IN (SELECT value FROM json_each(:ids))"
        " AND instr(' ' || alias_norm || ' ', ' ' || :name || ' ') > 0",
        {"ids": json.dumps(sorted(set(speaker_ids))), "name": norm})
    return {r["speaker_id"] for r in rows}


def revision_texts(db: Database, revision_ids: list[int]) -> dict[int, str]:
    """Return the article text of each revision id."""
    rows = db.query("SELECT id, text FROM article_revisions"
                    " WHERE id IN (SELECT value FROM json_each(?))",
                    [json.dumps(sorted(set(revision_ids)))])
    return {r["id"]: r["text"] for r in rows}


def _same_words(matcher: Matcher, own_words: tuple[str, ...], other_text: str,
                min_part_words: int) -> bool:
    """Whether another stored quote carries the words of this one (supported-level match)."""
    if len(own_words) < min_part_words:
        return words(other_text) == own_words   # "possible" is in too many quotes to count
    return matcher.align(other_text).level == EXACT


def corroboration(db: Database, quote: Mapping[str, Any], *,
                  min_part_words: int = Defaults.CORROBORATION_MIN_PART_WORDS,
                  max_candidates: int = Defaults.CORROBORATION_MAX_CANDIDATES) -> dict:
    """Count the other articles (and outlets) that give a quote's words to the same speaker.

    Computed at read time through the quote index, so ingesting or deleting an article changes
    the counts of every other quote at once. Another article giving the words to a different
    (known) speaker is a conflict; quotes without a speaker corroborate nothing.
    """
    out: dict[str, Any] = {"articles": 0, "outlets": 0, "conflicts": []}
    match = phrase_query(quote["text"])
    own_speaker = quote["speaker"]["id"] if quote.get("speaker") else None
    if match is None or own_speaker is None:
        return out
    rows = db.query(
        'SELECT q.text, q.article_id, q.speaker_id, s.name AS speaker_name, r.outlet'
        " FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match LIMIT :limit) f"
        + _CANDIDATE_JOINS + " WHERE q.article_id != :article ORDER BY q.article_id, q.id",
        {"match": match, "limit": max_candidates, "article": quote["article_id"]})
    matcher = Matcher(quote["text"], min_similarity=1.0)
    own_words = matcher.claim.surface
    articles: set[int] = set()
    outlets: set[str] = set()
    conflicts: dict[tuple[str, int], None] = {}
    for row in rows:
        if not _same_words(matcher, own_words, row["text"], min_part_words):
            continue
        if row["speaker_id"] == own_speaker:
            articles.add(row["article_id"])
            if row["outlet"]:
                outlets.add(row["outlet"])
        elif row["speaker_id"] is not None:
            conflicts[(row["speaker_name"], row["article_id"])] = None
    out.update(articles=len(articles), outlets=len(outlets),
               conflicts=[{"speaker": s, "article_id": a} for s, a in conflicts])
    return out


def _with_corroboration(db: Database, quotes: list[dict]) -> list[dict]:
    for quote in quotes:
        quote["corroboration"] = corroboration(db, quote)
    return quotes
