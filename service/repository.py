"""Storage of articles, revisions, speakers and quotes: the only module that knows tables and SQL.

Functions take a ``sqlite_utils.Database`` and plain data and return plain dicts shaped like the
API's output schemas. Every multi-row write runs in one transaction.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import operator
import sqlite3
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

import orjson
import regex
from sqlite_utils import Database, Migrations

from .config import Defaults
from .dates import iso_published
from .pipeline.identity import (
    INITIAL,
    KnownSpeaker,
    Match,
    claimed_name_words,
    find_same_speaker,
    identity_key,
    normalise_name,
    split_person_name,
)
from .pipeline.matching import index_terms, normal_form, normal_form_and_terms
from .pipeline.memory import collector_paused
from .pipeline.model import Cue, Extraction, Quote, Sourcing, Speaker, SpeakerType
from .pipeline.sourcing import LEVELS
from .urls import url_identity

MIGRATIONS = Migrations("quotes")
# What a revision gives its speakers, counted per latest revision (m010): its column in
# article_revisions, the table and the column of the value.
_GIVEN = (("aliases", "speaker_aliases", "alias_norm"), ("roles", "speaker_roles", "role"))

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


@MIGRATIONS()
def m002_word_index(db: Database) -> None:
    """Replace the positional quote index by a word index without positions, with frequencies.

    Each quote keeps its normal form (surface words joined by spaces): word-exact containment
    becomes a substring test in SQL. ``quote_words`` (FTS5, detail=none, external content on
    that column) holds only quote ids per word, a fraction of the positional index, and is
    written by the repository in bulk instead of by a trigger per row. ``quote_vocab`` counts
    the quotes holding each word, so a lookup can start from the words that are truly rare.
    """
    db["quotes"].add_column("norm", str)
    vocab: Counter[str] = Counter()
    rows = [(normal_form(r["text"]), r["id"]) for r in db.query("SELECT id, text FROM quotes")]
    for form, _ in rows:
        vocab.update(index_terms(form))
    db.conn.executemany("UPDATE quotes SET norm = ? WHERE id = ?", rows)
    db.execute("CREATE TABLE quote_vocab (word TEXT PRIMARY KEY, df INTEGER NOT NULL)"
               " WITHOUT ROWID")
    db.conn.executemany("INSERT INTO quote_vocab (word, df) VALUES (?, ?)", vocab.items())
    # columnsize=0: no per-row size table (it serves bm25, which nothing here uses).
    db.execute("CREATE VIRTUAL TABLE quote_words USING fts5(norm, content='quotes',"
               " content_rowid='id', detail=none, columnsize=0,"
               " tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO quote_words(quote_words) VALUES('rebuild')")
    db["quotes"].disable_fts()


@MIGRATIONS()
def m003_alias_lookup(db: Database) -> None:
    """Index aliases by their normal form: verification finds a claimed speaker's ids by key."""
    db["speaker_aliases"].create_index(["alias_norm"])


@MIGRATIONS()
def m004_quotes_by_article(db: Database) -> None:
    """Index quotes by article; drop the index by sourcing level.

    Deleting an article finds its quotes by article id, and SQLite checks the quotes'
    foreign key to the article: without this index each scanned every quote (6.3 s to delete
    one article at 1M quotes). No query plan used the sourcing-level index (listing by level
    pages in id order; a speaker's levels go through the speaker index), and every quote
    insert paid for it.
    """
    db["quotes"].create_index(["article_id"])
    db.execute("DROP INDEX IF EXISTS idx_quotes_sourcing_level")


@MIGRATIONS()
def m005_quote_dates(db: Database) -> None:
    """Give every quote its revision's publication date.

    Verification ranks and filters its candidates by date; read from the revision, each cost
    a join to the revision's row (the article's whole text): a third of an exact lookup at
    1M quotes, where a claim is held word for word by a hundred stored quotes. A quote
    belongs to one revision, and a revision is never changed, so the copy never goes stale.
    """
    db["quotes"].add_column("published_at", str)
    db.execute("UPDATE quotes SET published_at = (SELECT r.published_at FROM article_revisions r"
               " WHERE r.id = quotes.revision_id)")


@MIGRATIONS()
def m006_editors_marks_out_of_stored_words(db: Database) -> None:
    """Read the stored quotes' words without the editor's marks inside them, as claims'.

    "[sic]" was a word of the stored quote and "[W]ith" two ("w", "ith"), so a claim copying
    them was close, not exact (the claim's marks were dropped). The quotes whose normal form
    changes get the new one in the row, the word index and the word counts.
    """
    changed = [(form, r["norm"], r["id"]) for r in db.query(
        "SELECT id, text, norm FROM quotes WHERE instr(text, '[') OR instr(text, '(')")
        if (form := normal_form(r["text"])) != r["norm"]]
    if not changed:
        return
    db.conn.executemany("INSERT INTO quote_words (quote_words, rowid, norm)"
                        " VALUES ('delete', ?, ?)", [(i, old) for _, old, i in changed])
    db.conn.executemany("UPDATE quotes SET norm = ? WHERE id = ?",
                        [(form, i) for form, _, i in changed])
    db.conn.executemany("INSERT INTO quote_words (rowid, norm) VALUES (?, ?)",
                        [(i, form) for form, _, i in changed])
    counts: Counter[str] = Counter()
    for form, old, _ in changed:
        counts.update(index_terms(form))
        counts.subtract(index_terms(old))
    _count_words(db, orjson.dumps({w: n for w, n in counts.items() if n}).decode(),
                 removal=True)


@MIGRATIONS()
def m007_ids_never_given_twice(db: Database) -> None:
    """Keep the largest id each table has given when rows are deleted (``_last_id``).

    SQLite gives a new row the largest id + 1: after the newest article was deleted, the
    next one got its id and its quotes' and speakers' ids, so a link or a stored id read
    another article's rows, and a client paging for new quotes (``?cursor=``) never saw
    them, their ids being below its cursor.
    """
    db.execute("CREATE TABLE ids_given (name TEXT PRIMARY KEY, last INTEGER NOT NULL)"
               " WITHOUT ROWID")


@MIGRATIONS()
def m008_publication_dates_in_utc(db: Database) -> None:
    """Move the stored publication date-times that have a UTC offset to UTC, in the
    revisions and their quotes' copies (``service.dates.iso_published``).

    Dates are compared as text: with their offsets kept, "2025-10-16T23:30:00-05:00" sorted
    before "2025-10-17T01:00:00+00:00", four hours after it, so a date filter let the wrong
    articles through and the first appearance of a quote could be a later one.
    """
    moved = {}
    for (value,) in db.execute("SELECT DISTINCT published_at FROM article_revisions"
                               " WHERE published_at LIKE '%T%'"):
        try:
            utc = iso_published(value)
        except ValueError:          # stored before it was checked so: left as it is
            continue
        if utc != value:
            moved[value] = utc
    if moved:
        for table in ("article_revisions", "quotes"):
            db.execute(f"UPDATE {table} SET published_at = (SELECT value FROM json_each(:moved)"
                       f" WHERE key = {table}.published_at)"
                       " WHERE published_at IN (SELECT key FROM json_each(:moved))",
                       {"moved": json.dumps(moved)})


@MIGRATIONS()
def m009_article_url_keys(db: Database) -> None:
    """Give every article with a URL its identity key (``service.urls.url_identity``), by
    which a new text at the same URL is found, and index it as unique.

    "https://Example.com/story#top", "…/story?utm_source=x" and "…/story" were three
    articles: a re-import of a story under a tracking URL made a second article instead of
    a new revision. Articles stored before that collapse into one key are all kept, with
    their URLs, revisions and quotes as they are: the oldest (lowest id) takes the key, so
    a new text at any of their URLs is its revision; the others keep no key and are found
    by id only (delete the duplicates to keep one). Nothing stored is merged or lost.
    """
    db["articles"].add_column("url_key", str)
    taken: dict[str, int] = {}
    for article_id, url in db.execute(
            "SELECT id, url FROM articles WHERE url IS NOT NULL ORDER BY id").fetchall():
        taken.setdefault(url_identity(url), article_id)
    db.conn.executemany("UPDATE articles SET url_key = ? WHERE id = ?", taken.items())
    # SQLite lets any number of NULLs into a unique index: articles without URL stay distinct.
    db["articles"].create_index(["url_key"], unique=True)


@MIGRATIONS()
def m010_alias_counts(db: Database) -> None:
    """Count, for each alias of a speaker, the latest revisions that give it
    (``speaker_aliases.given``), and keep with each revision the aliases it gives
    (``article_revisions.aliases``), so that an alias no stored latest revision gives any
    more is dropped (``_prune_names``). Roles the same way (``speaker_roles.given``,
    ``article_revisions.roles``): a role only a deleted article gave stayed the speaker's.

    A deleted article, or a correction that names someone otherwise, left its aliases on
    the speakers that survive in other articles: a speaker search and a verification still
    matched a name no stored article gives. The aliases stored before are of no known
    revision (``legacy``): each is kept while its speaker has a quote in a latest revision,
    as all were before. A count and a small JSON column, not a table of (speaker, alias,
    revision) rows: that table, two more B-trees written for every alias of every article,
    loaded 200,000 quotes 10-15% slower in a rough run (a busy machine, not a benchmark).
    """
    for kind, table, _ in _GIVEN:
        db["article_revisions"].add_column(kind, str)
        db[table].add_column("given", int, not_null_default=0)
        db[table].add_column("legacy", int, not_null_default=0)
        db.execute(f"UPDATE {table} SET legacy = 1")


@MIGRATIONS()
def m011_url_keys_percent_encoded(db: Database) -> None:
    """Key the stored articles again now that ``url_identity`` reads percent-encodings as
    RFC 3986 does ("…/caf%c3%a9" and "…/caf%C3%A9", "…/%7Eann" and "…/~ann" are one key).

    Only keys that change are written. A key that is already another article's (two stored
    articles whose URLs now collapse) stays that article's; the changed one keeps no key, as
    m009 left its collapsed duplicates: nothing stored is merged or lost. Articles without a
    key stay without: what collapsed before collapses still.
    """
    rows = db.execute("SELECT id, url, url_key FROM articles WHERE url_key IS NOT NULL"
                      " ORDER BY id").fetchall()
    keys = [(article_id, key, url_identity(url)) for article_id, url, key in rows]
    changed = [(article_id, key, new) for article_id, key, new in keys if new != key]
    held = {key for _, _, key in rows} - {old for _, old, _ in changed}
    updates = []
    for article_id, _, new in changed:
        updates.append((None if new in held else new, article_id))
        held.add(new)
    # Cleared first, so that no key is ever held twice while they move.
    db.conn.executemany("UPDATE articles SET url_key = NULL WHERE id = ?",
                        [(article_id,) for _, article_id in updates])
    db.conn.executemany("UPDATE articles SET url_key = ? WHERE id = ?",
                        [row for row in updates if row[0] is not None])


_ID_TABLES = ("articles", "article_revisions", "quotes", "speakers")


def _last_id(table: str) -> str:
    """Return the SQL of the largest id ``table`` has given: its largest, or a deleted row's
    (``m007_ids_never_given_twice``)."""
    return (f"max((SELECT coalesce(max(id), 0) FROM {table}), coalesce((SELECT last FROM"
            f" ids_given WHERE name = '{table}'), 0))")


def _keep_last_ids(db: Database) -> None:
    """Record the largest id of every table, before rows are deleted."""
    db.execute("INSERT INTO ids_given (name, last) SELECT * FROM ("
               + " UNION ALL ".join(f"SELECT '{t}', {_last_id(t)}" for t in _ID_TABLES)
               + ") WHERE true ON CONFLICT (name) DO UPDATE SET last = excluded.last")


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


_CHECK_STEPS = 10_000         # about a millisecond of the check between looks at the clock


class CheckTimedOut(Exception):
    """The integrity check did not finish in the time it was given."""


def integrity_problems(db: Database, timeout_ms: int, *, most: int = 10) -> list[str]:
    """Return what SQLite's quick_check finds wrong in the file, at most ``most`` lines
    (empty when it is intact); raise CheckTimedOut after ``timeout_ms``.

    quick_check reads every page (its b-tree structure, not whether indexes match their
    tables: that is integrity_check, slower by far): seconds for a large file, so bounded.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    # Asked every _CHECK_STEPS virtual machine steps whether to interrupt (true: stop).
    db.conn.set_progress_handler(lambda: time.monotonic() > deadline, _CHECK_STEPS)
    try:
        found = [row[0] for row in db.execute(f"PRAGMA quick_check({int(most)})")]
    except sqlite3.OperationalError as exc:
        if str(exc) == "interrupted":
            raise CheckTimedOut(f"did not finish within {timeout_ms} ms") from None
        raise
    finally:
        db.conn.set_progress_handler(None, 0)
    return [] if found == ["ok"] else found


def is_empty(db: Database) -> bool:
    """Return whether no article is stored."""
    return next(db.query("SELECT count(*) AS n FROM articles"))["n"] == 0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- articles ------------------------------------------------------------------------------

def find_duplicate(db: Database, text: str, url: str | None = None) -> int | None:
    """Return the id of a stored article whose latest text is ``text`` (and whose URL is
    ``url``, as ``url_identity`` reads it)."""
    sql = ("SELECT a.id FROM articles a JOIN article_revisions r ON r.id = a.latest_revision_id"
           " WHERE r.text_sha256 = :sha")
    key = None if url is None else url_identity(url)
    if key is not None:
        sql += " AND a.url_key = :key"
    # db.execute, not db.query: no savepoint around a read that bulk loads run per article.
    row = db.execute(sql + " ORDER BY a.id LIMIT 1", {"sha": _sha256(text), "key": key}
                     ).fetchone()
    return row[0] if row else None


def unchanged(db: Database, articles: list[Mapping[str, Any]]) -> list[bool]:
    """Tell for each article (its fields) whether storing it now would change nothing: its
    text is the latest of the stored article at its URL or, without a URL, of some stored
    article (as ``find_duplicate`` decides). One query for all of them."""
    hashes = [_sha256(fields["text"]) for fields in articles]
    stored = _RevisionBatch(db, hashes, [fields.get("url") for fields in articles])
    return [stored.find_duplicate(sha, fields.get("url")) is not None
            for fields, sha in zip(articles, hashes)]


@dataclass(frozen=True)
class Saved:
    article_id: int
    created: bool      # False when the article was already stored with this text
    # The revision stored (or, for a text stored already, the latest one when the batch read
    # it): the one to show, though another writer may have stored a later one since.
    revision_id: int | None = field(default=None, compare=False)


def save_article(db: Database, fields: Mapping[str, Any], extraction: Extraction) -> Saved:
    """Store an article (or a new revision of the article at its URL) with its quotes."""
    return save_articles(db, [(fields, extraction)])[0]


def save_articles(db: Database,
                  articles: Iterable[tuple[Mapping[str, Any], Extraction]]) -> list[Saved]:
    """Store articles with their quotes in one transaction: all of them, or none.

    The API stores a batch of one; bulk loads pass many, and the per-row work is then done
    once per batch: duplicates and URLs looked up in one query, articles, revisions, quotes
    and aliases by executemany, the word index by one INSERT ... SELECT, document
    frequencies by one upsert per distinct word, speaker identities from a cache of the
    identity table that lives as long as the batch.
    """
    articles = list(articles)
    with collector_paused():      # the batch's objects are freed before it resumes
        return _save_articles(db, articles, _prepare(articles))


def save_batches(db: Database, batches: Iterable[list[tuple[Mapping[str, Any], Extraction]]]
                 ) -> Iterator[list[Saved]]:
    """Store batches of articles, one transaction each as ``save_articles``, and yield each
    batch's results once it is committed.

    What a batch's articles alone decide (``_prepare``: text hashes, quote row values,
    normal forms and index words) is worked out on a second thread while the batch before
    it writes the word index and commits, SQLite's longest steps, which run without the
    interpreter lock: on two cores most of that work overlaps them. The batch after the one
    being stored is read from ``batches`` before that one is stored.

    The cycle collector stays paused from the first batch to the last, also while the
    caller handles a batch's results (so its code between batches runs with it paused too).
    Resumed between batches, it swept the young objects still alive, the next batch's
    prepared rows (and then its word sets), every time: about 25 ms per batch of 10,000
    quotes, a tenth of the load. A batch's objects hold no reference cycles.
    """
    # Imported here: every app start would pay for the module otherwise.
    from concurrent.futures import ThreadPoolExecutor

    batches = iter(batches)
    current = next(batches, None)
    if current is None:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="quote-words") as pool, \
            collector_paused():
        prepared = pool.submit(_prepare, current)
        while current is not None:
            following = next(batches, None)

            def prepare_following() -> None:
                nonlocal prepared
                if following is not None:
                    prepared = pool.submit(_prepare, following)

            saved = _save_articles(db, current, prepared.result(), prepare_following)
            yield saved
            current = following


class _Prepared(NamedTuple):
    """What storing a batch needs that its articles alone decide."""
    hashes: list[str]              # the SHA-256 of every article's text, in batch order
    values: list[tuple]            # every quote's _quote_values, in batch order
    frequencies: str               # every term's count of quotes holding it, as _count_words


def _prepare(articles: list[tuple[Mapping[str, Any], Extraction]]) -> _Prepared:
    """Return what storing ``articles`` needs that they alone decide, the word frequencies
    as if every article is new (``_save_articles`` corrects them for one that is not)."""
    values: list[tuple] = []

    def terms() -> Iterator[set[str]]:
        # Each quote's word set is counted and freed at once: kept for the batch, 10,000
        # quotes' sets took 11 ms to free on the storing thread.
        for _, extraction in articles:
            for quote in extraction.quotes:
                form, words = normal_form_and_terms(quote.text)
                values.append(_quote_values(quote, form))
                yield words

    frequencies = _frequencies(terms())
    return _Prepared([_sha256(fields["text"]) for fields, _ in articles], values, frequencies)


def _save_articles(db: Database, articles: list[tuple[Mapping[str, Any], Extraction]],
                   prepared: _Prepared, before_index: Callable[[], None] | None = None
                   ) -> list[Saved]:
    """Store a batch (``prepared``: its ``_prepare``); call ``before_index`` once its rows
    are written, before the word index and the commit (SQLite's longest steps), unless
    storing fails first."""
    out: list[Saved] = []
    with write_transaction(db):
        hashes = prepared.hashes
        revisions = _RevisionBatch(db, hashes, [fields.get("url") for fields, _ in articles])
        speakers = _SpeakerStore(db)
        speakers.preload(s for _, extraction in articles for s in extraction.speakers)
        last_quote = db.execute(f"SELECT {_last_id('quotes')}").fetchone()[0]
        quote_rows: list[tuple] = []
        values = prepared.values
        at = 0                             # the batch's quotes before this article's
        for (fields, extraction), sha in zip(articles, hashes):
            quotes = extraction.quotes
            duplicate = revisions.find_duplicate(sha, fields.get("url"))
            if duplicate is not None:
                out.append(Saved(duplicate, created=False,
                                 revision_id=revisions.latest_of(duplicate)))
                at += len(quotes)
                continue
            article_id, revision_id = revisions.add(fields, sha)
            speaker_ids = {s.key: speakers.store(s, revision_id) for s in extraction.speakers}
            published = _text_or_none(fields.get("published_at"))    # the revision's
            first = last_quote + len(quote_rows) + 1     # ids given here: never twice
            quote_rows += [(first + i, article_id, revision_id, speaker_ids.get(q.speaker, 0), i,
                            published) + values[at + i] for i, q in enumerate(quotes)]
            at += len(quotes)
            out.append(Saved(article_id, created=True, revision_id=revision_id))
        revisions.flush(speakers.given)
        # Each new revision gives its aliases and roles; one no longer the latest, no more.
        given: dict[str, Counter[tuple[int, str]]] = {kind: Counter() for kind, _, _ in _GIVEN}
        for kind, by_revision in speakers.given.items():
            for pairs in by_revision.values():
                given[kind].update(iter(pairs))     # the pairs, not the mapping's values
        touched = _replaced_names(db, revisions.replaced(), speakers.given, given)
        speakers.flush(given)
        _prune_names(db, touched)
        if quote_rows:
            db.conn.executemany(_QUOTE_INSERT, quote_rows)
            if before_index is not None:
                before_index()
            # Rows above the previous last id are this batch's: the write lock is held.
            db.execute("INSERT INTO quote_words (rowid, norm)"
                       " SELECT id, norm FROM quotes WHERE id > ?", [last_quote])
            _count_words(db, prepared.frequencies if len(quote_rows) == len(values) else
                         _frequencies(index_terms(row[_NORM]) for row in quote_rows))
        elif before_index is not None:
            before_index()
    return out


class _RevisionBatch:
    """Decides and writes the articles and revisions of one batch, in one write transaction.

    The stored articles the batch can meet (same URL, or latest text the same) are read
    once, and the batch's own articles are tracked as it adds them, so the decisions are
    those of ``find_duplicate`` and one insert per article, in batch order; ids are given
    here, after the largest ever given (``_last_id``), since the write lock is held. URLs
    are compared by their ``url_identity``; an article keeps the URL it was first given.
    """

    def __init__(self, db: Database, hashes: list[str], urls: list[str | None]) -> None:
        self.db = db
        self.now = _now()
        # Each URL's identity, read once: the batch asks it three times per article.
        self.keys = {url: url_identity(url) for url in urls if url is not None}
        self.by_url: dict[str, int] = {}                  # URL identity key -> article id
        self.latest: dict[int, str] = {}                  # article id -> latest text's hash
        self.by_hash: dict[str, set[int]] = {}            # hash -> articles with it as latest
        self.revision: dict[int, int] = {}                # article id -> its last revision
        self.stored_latest: dict[int, int] = {}           # article id -> its latest revision
        for article_id, url_key, latest, sha, revision in db.execute(
                "SELECT a.id, a.url_key, a.latest_revision_id, r.text_sha256,"
                " (SELECT max(revision) FROM"
                " article_revisions WHERE article_id = a.id) FROM articles a"
                " LEFT JOIN article_revisions r ON r.id = a.latest_revision_id WHERE a.id IN"
                " (SELECT r.article_id FROM article_revisions r"   # by the hash index, no scan
                "  WHERE r.text_sha256 IN (SELECT value FROM json_each(:hashes))"
                "  AND r.id = (SELECT latest_revision_id FROM articles WHERE id = r.article_id)"
                "  UNION SELECT id FROM articles WHERE url_key IN"
                "  (SELECT value FROM json_each(:urls)))",
                {"hashes": json.dumps(sorted(set(hashes))),
                 "urls": json.dumps(sorted(set(self.keys.values())))}
                ).fetchall():
            if url_key is not None:
                self.by_url[url_key] = article_id
            self.stored_latest[article_id] = latest
            if sha is not None:
                self._set_latest(article_id, sha)
            self.revision[article_id] = revision or 0
        self.last_article, self.last_revision = db.execute(
            f"SELECT {_last_id('articles')}, {_last_id('article_revisions')}").fetchone()
        self.new_articles: dict[int, str | None] = {}     # id -> url, as given
        self.latest_revision: dict[int, int] = {}         # article id -> its new latest
        self.revision_rows: list[tuple] = []
        self.replaced_revisions: list[int] = []          # latest before this batch's

    def key(self, url: str) -> str:
        """Return the identity of ``url``, one of the batch's URLs or another."""
        key = self.keys.get(url)
        return url_identity(url) if key is None else key

    def _set_latest(self, article_id: int, sha: str) -> None:
        previous = self.latest.get(article_id)
        if previous is not None:
            self.by_hash[previous].discard(article_id)
        self.latest[article_id] = sha
        self.by_hash.setdefault(sha, set()).add(article_id)

    def find_duplicate(self, sha: str, url: str | None) -> int | None:
        """Return what ``find_duplicate`` would answer now for a text of hash ``sha``."""
        if url is None:
            return min(self.by_hash.get(sha, ()), default=None)
        article_id = self.by_url.get(self.key(url))
        return article_id if article_id is not None and self.latest.get(article_id) == sha \
            else None

    def latest_of(self, article_id: int) -> int | None:
        """Return the id of the latest revision of an article the batch has read or added."""
        return self.latest_revision.get(article_id, self.stored_latest.get(article_id))

    def add(self, fields: Mapping[str, Any], sha: str) -> tuple[int, int]:
        """Add a new article, or a new revision of the article at the same URL."""
        url = fields.get("url")
        key = None if url is None else self.key(url)
        article_id = self.by_url.get(key) if key is not None else None
        if article_id is None:
            self.last_article += 1
            article_id = self.last_article
            self.new_articles[article_id] = url
            if key is not None:
                self.by_url[key] = article_id
        revision = self.revision.get(article_id, 0) + 1
        self.revision[article_id] = revision
        self.last_revision += 1
        previous = self.latest_of(article_id)
        if previous is not None:
            self.replaced_revisions.append(previous)
        self.latest_revision[article_id] = self.last_revision
        self._set_latest(article_id, sha)
        self.revision_rows.append(
            (self.last_revision, article_id, revision, fields["text"], sha, self.now,
             *(_text_or_none(fields.get(k)) for k in ARTICLE_FIELDS)))
        return article_id, self.last_revision

    def replaced(self) -> list[int]:
        """Return the ids of the revisions that were an article's latest, and are no more."""
        return self.replaced_revisions

    def flush(self, given: Mapping[str, Mapping[int, Iterable[tuple[int, str]]]]) -> None:
        """Write the batch's articles, then their revisions (with the aliases and roles
        each gives: ``given[kind][revision id]``, (speaker id, value) pairs), then the
        latest revision ids."""
        self.db.conn.executemany(
            "INSERT INTO articles (id, url, url_key, latest_revision_id, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(i, url, None if url is None else self.key(url), self.latest_revision[i],
              self.now, self.now)
             for i, url in self.new_articles.items()])
        self.db.conn.executemany(
            "INSERT INTO article_revisions (id, article_id, revision, text, text_sha256,"
            " created_at, title, outlet, author, published_at, aliases, roles)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, *(json.dumps(list(given[kind].get(row[0], ()))) for kind, _, _ in _GIVEN))
             for row in self.revision_rows])
        self.db.conn.executemany(
            "UPDATE articles SET latest_revision_id = ?, updated_at = ? WHERE id = ?",
            [(revision_id, self.now, i) for i, revision_id in self.latest_revision.items()
             if i not in self.new_articles])


def _frequencies(quote_terms: Iterable[set[str]], sign: int = +1) -> str:
    """Return how many of the quotes, given by their index terms, hold each term (negated
    with ``sign`` -1), as the JSON object ``_count_words`` takes."""
    counts = Counter(itertools.chain.from_iterable(quote_terms))
    return orjson.dumps(counts if sign > 0 else {w: -n for w, n in counts.items()}).decode()


def _count_words(db: Database, frequencies: str, *, removal: bool = False) -> None:
    """Add ``_frequencies`` to the document frequencies; after a removal, drop the words
    counted down to zero."""
    # One statement given the counts as one JSON object: half the time of an executemany
    # binding a row at a time. In key order, sorted by SQLite off the interpreter lock:
    # neighbouring upserts touch the same pages.
    db.execute("INSERT INTO quote_vocab (word, df) SELECT key, value FROM json_each(?)"
               " WHERE true ORDER BY key ON CONFLICT (word) DO UPDATE SET df = df + excluded.df",
               [frequencies])
    if removal:                    # only the words just counted down can have reached zero
        db.execute("DELETE FROM quote_vocab WHERE word IN (SELECT key FROM json_each(?))"
                   " AND df <= 0", [frequencies])


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _revisions(db: Database, article_id: int) -> list[dict]:
    return list(db.query(
        "SELECT r.revision, r.title, r.created_at, r.text_sha256,"
        " (SELECT count(*) FROM quotes q WHERE q.revision_id = r.id) AS quote_count"
        " FROM article_revisions r WHERE r.article_id = ? ORDER BY r.revision", [article_id]))


_ARTICLE_COLUMNS = (
    "SELECT a.id, a.url, a.created_at, a.updated_at, r.revision, r.title, r.outlet, r.author,"
    " r.published_at, r.text, r.id AS revision_id,"
    " (SELECT count(*) FROM quotes q WHERE q.revision_id = r.id) AS quote_count"
    " FROM articles a JOIN article_revisions r")
_ARTICLE_SELECT = _ARTICLE_COLUMNS + " ON r.id = a.latest_revision_id"


def get_article(db: Database, article_id: int, revision_id: int | None = None
                ) -> dict | None:
    """Return an article's latest revision (or the revision ``revision_id`` of it) with its
    revision history; None when there is no such article or revision."""
    if revision_id is None:
        row = next(db.query(_ARTICLE_SELECT + " WHERE a.id = ?", [article_id]), None)
    else:
        row = next(db.query(_ARTICLE_COLUMNS + " ON r.id = ? AND r.article_id = a.id"
                            " WHERE a.id = ?", [revision_id, article_id]), None)
    if row is None:
        return None
    return {**row, "revisions": _revisions(db, article_id)}


def list_articles(db: Database, *, before: int | None, limit: int) -> list[dict]:
    """Return up to ``limit`` articles, newest first, with ids below ``before``."""
    return list(db.query(
        _ARTICLE_SELECT + " WHERE (:before IS NULL OR a.id < :before) ORDER BY a.id DESC"
        " LIMIT :limit", {"before": before, "limit": limit}))


def delete_article(db: Database, article_id: int) -> bool:
    """Delete an article, all its revisions and quotes, speakers left without quotes, and
    the aliases and roles no stored latest revision gives any more."""
    with write_transaction(db):
        if next(db.query("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]), None) \
                is None:
            return False
        _keep_last_ids(db)
        speaker_ids = [r["speaker_id"] for r in db.query(
            "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ?"
            " AND speaker_id IS NOT NULL", [article_id])]
        # Its latest revision gives its aliases and roles no more.
        latest = db.execute("SELECT latest_revision_id FROM articles WHERE id = ?",
                            [article_id]).fetchone()[0]
        given: dict[str, Counter[tuple[int, str]]] = {kind: Counter() for kind, _, _ in _GIVEN}
        touched = _replaced_names(db, [latest], {}, given)
        _count_names(db, given)
        forms = [r["norm"] for r in db.query(
            "SELECT norm FROM quotes WHERE article_id = ?", [article_id])]
        # External content: the index forgets a row only when given the words it indexed.
        db.execute("INSERT INTO quote_words (quote_words, rowid, norm)"
                   " SELECT 'delete', id, norm FROM quotes WHERE article_id = ?", [article_id])
        _count_words(db, _frequencies(map(index_terms, forms), -1), removal=True)
        db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM article_revisions WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        # Left without quotes, and named by no latest revision: gone.
        candidates = sorted(set(speaker_ids) | set(touched))
        orphans = [i for i in candidates if db.execute(
            "SELECT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = :id) OR EXISTS (SELECT 1"
            " FROM speaker_aliases WHERE speaker_id = :id AND given > 0)",
            {"id": i}).fetchone()[0] == 0]
        for table in ("speaker_aliases", "speaker_roles"):
            db[table].delete_where("speaker_id IN (SELECT value FROM json_each(?))",
                                   [json.dumps(orphans)])
        db["speakers"].delete_where("id IN (SELECT value FROM json_each(?))",
                                    [json.dumps(orphans)])
        _prune_names(db, sorted(set(candidates) - set(orphans)))
    return True


def _replaced_names(db: Database, replaced: list[int],
                    batch: Mapping[str, Mapping[int, Iterable[tuple[int, str]]]],
                    given: dict[str, Counter[tuple[int, str]]]) -> list[int]:
    """Count down in ``given`` the aliases and roles that the ``replaced`` revisions (no
    longer an article's latest) gave, read from ``batch`` (this batch's revisions, by kind)
    or the stored revisions; return the speakers whose aliases or roles may now be given by
    no latest revision: theirs, and those quoted in a revision stored before m010."""
    in_batch = set().union(*(batch.get(kind, {}) for kind, _, _ in _GIVEN))
    touched: set[int] = set()
    for kind, _, _ in _GIVEN:
        for revision_id in replaced:
            for pair in batch.get(kind, {}).get(revision_id, ()):
                given[kind][pair] -= 1
                touched.add(pair[0])
    stored = [r for r in replaced if r not in in_batch]
    if stored:
        for revision_id, *lists in db.execute(
                "SELECT id, " + ", ".join(kind for kind, _, _ in _GIVEN) + " FROM"
                " article_revisions WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(stored)]).fetchall():
            if lists[0] is None:         # stored before m010: gives nothing it recorded
                touched.update(row[0] for row in db.execute(
                    "SELECT DISTINCT speaker_id FROM quotes WHERE revision_id = ?"
                    " AND speaker_id IS NOT NULL", [revision_id]))
                continue
            for (kind, _, _), pairs in zip(_GIVEN, lists):
                for speaker_id, value in json.loads(pairs):
                    given[kind][(speaker_id, value)] -= 1
                    touched.add(speaker_id)
    return sorted(touched)


def _count_names(db: Database, given: Mapping[str, Counter[tuple[int, str]]]) -> None:
    """Add ``given`` to the stored aliases' and roles' counts of latest revisions giving
    them."""
    for kind, table, column in _GIVEN:
        db.conn.executemany(
            f"UPDATE {table} SET given = given + ? WHERE speaker_id = ? AND {column} = ?",
            [(n, speaker_id, value) for (speaker_id, value), n in given[kind].items() if n])


def _prune_names(db: Database, speaker_ids: list[int]) -> None:
    """Drop the aliases and roles of ``speaker_ids`` that no stored latest revision gives
    (one stored before m010 stays while its speaker has a quote in a latest revision), and
    name the speakers again from what is left."""
    if not speaker_ids:
        return
    for _, table, _ in _GIVEN:
        db.execute(
            f"DELETE FROM {table} AS t WHERE speaker_id IN (SELECT value FROM json_each(?))"
            " AND given <= 0 AND NOT (legacy AND EXISTS (SELECT 1 FROM quotes q"
            "  JOIN articles a ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
            "  WHERE q.speaker_id = t.speaker_id))", [json.dumps(speaker_ids)])
    _rename_from_aliases(db, speaker_ids)
    # A role no stored article gives is not the speaker's current one: the role most latest
    # revisions give (of those, the one stored last), or none. A speaker quoted only in
    # older revisions keeps the role they were stored with, as their quotes read.
    db.execute(
        "UPDATE speakers SET role = (SELECT role FROM speaker_roles r WHERE r.speaker_id ="
        " speakers.id ORDER BY given DESC, rowid DESC LIMIT 1)"
        " WHERE id IN (SELECT value FROM json_each(?)) AND role IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM speaker_roles r WHERE r.speaker_id = speakers.id"
        "  AND r.role = speakers.role) AND (EXISTS (SELECT 1 FROM speaker_roles r"
        "  WHERE r.speaker_id = speakers.id) OR EXISTS (SELECT 1 FROM quotes q JOIN articles a"
        "  ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
        "  WHERE q.speaker_id = speakers.id))", [json.dumps(speaker_ids)])


def _rename_from_aliases(db: Database, speaker_ids: list[int]) -> None:
    """Give a speaker whose name no alias holds any more (a fuller name only a deleted or
    replaced revision gave: ``_SpeakerStore._enrich``) the fullest of its aliases left, as
    ``_enrich`` chooses: the most given names for a person, then the longest."""
    for speaker_id, name, type_value, aliases in db.execute(
            "SELECT s.id, s.name, s.type, (SELECT json_group_array(alias) FROM speaker_aliases"
            " WHERE speaker_id = s.id) FROM speakers s WHERE s.id IN"
            " (SELECT value FROM json_each(?))", [json.dumps(speaker_ids)]).fetchall():
        aliases = json.loads(aliases)
        if not aliases or normalise_name(name) in {normalise_name(a) for a in aliases}:
            continue
        person = type_value == SpeakerType.PERSON.value
        fullest = max(aliases, key=lambda a: (len(split_person_name(a)[0]) if person else 0,
                                              len(a)))
        db.execute("UPDATE speakers SET name = ? WHERE id = ?", [fullest, speaker_id])


# -- speakers ------------------------------------------------------------------------------

# SpeakerType(x), .value and hash() of a member run Python code of the enum module; a batch
# asks for them twice for every speaker it meets. Here the type travels as its value.
_SPEAKER_TYPES = {t._value_: t for t in SpeakerType}


def _type_value(speaker: Speaker) -> str:
    """Return the value of the speaker's type (a SpeakerType or its value), checked."""
    value = getattr(speaker.type, "_value_", speaker.type)
    return value if value in _SPEAKER_TYPES else SpeakerType(value).value   # raises


@lru_cache(maxsize=16384)
def _identity_key(name: str, type_value: str) -> str | None:
    return identity_key(name, _SPEAKER_TYPES[type_value])


# Everything of an extracted speaker but its extraction-local key, as one tuple: the same
# person recurs under keys "s0", "s1", ... and this is far cheaper than replace(key="").
_SPEAKER_NAMES = tuple(f.name for f in fields(Speaker) if f.name != "key")
_speaker_value = operator.attrgetter(*_SPEAKER_NAMES)


@lru_cache(maxsize=16384)
def _same_speaker(value: tuple, known: tuple[KnownSpeaker, ...]) -> Match:
    return find_same_speaker(Speaker(key="", **dict(zip(_SPEAKER_NAMES, value))), known)


class _SpeakerStore:
    """Stores extracted speakers, merging each into a known identity if one fits.

    Known speakers of an identity key are read once per batch and kept current as the batch
    adds speakers, names and roles, so a batch of many articles asks the database once per
    key. Aliases and roles accumulate on the stored speaker; a fuller name replaces a
    shorter one; the latest article's role becomes the speaker's role.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.known: dict[tuple[str, str], list[KnownSpeaker]] = {}
        self.current: dict[int, tuple[str, str | None]] = {}     # id -> (name, role)
        self.aliases: dict[tuple[int, str], str] = {}
        # kind ("aliases", "roles") -> revision id -> the (speaker id, value) pairs it gives
        self.given: dict[str, dict[int, dict[tuple[int, str], None]]] = {
            kind: {} for kind, _, _ in _GIVEN}
        self.roles: dict[tuple[int, str], None] = {}
        self.last_id: int | None = None      # the last speaker id given (read when needed)

    def preload(self, speakers: Iterable[Speaker]) -> None:
        """Read the known speakers of every identity key of ``speakers`` in one query."""
        wanted: dict[tuple[str, str], None] = {}
        for speaker in speakers:
            type_value = _type_value(speaker)
            key = _identity_key(speaker.name, type_value)
            if key and (type_value, key) not in self.known:
                wanted[(type_value, key)] = None
        if wanted:
            self._load(wanted)

    def _load(self, wanted: Iterable[tuple[str, str]]) -> None:
        rows = self.db.execute(
            "SELECT s.type, s.identity_key, s.id, s.name, s.role,"
            " (SELECT json_group_array(role) FROM speaker_roles WHERE speaker_id = s.id)"
            " FROM speakers s WHERE (s.type, s.identity_key) IN"
            " (SELECT value ->> 0, value ->> 1 FROM json_each(?)) ORDER BY s.id",
            [json.dumps(list(wanted))]).fetchall()
        for pair in wanted:
            self.known[pair] = []
        for type_value, key, speaker_id, name, role, roles in rows:
            self.known[(type_value, key)].append(   # most speakers have no role: no parse
                KnownSpeaker(speaker_id, name, _SPEAKER_TYPES[type_value],
                             () if roles == "[]" else tuple(json.loads(roles))))
            self.current[speaker_id] = (name, role)

    def _known(self, type_value: str, key: str) -> list[KnownSpeaker]:
        if (type_value, key) not in self.known:
            self._load([(type_value, key)])
        return self.known[(type_value, key)]

    def store(self, speaker: Speaker, revision_id: int) -> int:
        """Return the stored id for a speaker extracted from revision ``revision_id``."""
        type_value = _type_value(speaker)
        type = _SPEAKER_TYPES[type_value]
        key = _identity_key(speaker.name, type_value)
        known = self._known(type_value, key) if key else []
        match = _same_speaker(_speaker_value(speaker), tuple(known))
        if match.speaker_id is None:
            if self.last_id is None:
                self.last_id = self.db.execute(f"SELECT {_last_id('speakers')}").fetchone()[0]
            self.last_id = speaker_id = self.last_id + 1      # never a deleted one's id
            self.db.execute(
                "INSERT INTO speakers (id, name, type, role, plural, identity_key, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [speaker_id, speaker.name, type.value, speaker.role, speaker.plural, key, _now()])
            self.current[speaker_id] = (speaker.name, speaker.role)
            known.append(KnownSpeaker(speaker_id, speaker.name, type))
        else:
            speaker_id = match.speaker_id
            self._enrich(speaker_id, speaker)
        for alias in dict.fromkeys((speaker.name, *speaker.aliases)):
            norm = normalise_name(alias)
            if norm:
                self.aliases.setdefault((speaker_id, norm), alias)
                self.given["aliases"].setdefault(revision_id, {})[(speaker_id, norm)] = None
        given_roles = self.given["roles"].setdefault(revision_id, {})
        for role in (speaker.role, *speaker.roles):
            if role:
                given_roles[(speaker_id, role)] = None
        new_roles = [r for r in dict.fromkeys((speaker.role, *speaker.roles))
                     if r and (speaker_id, r) not in self.roles]
        if new_roles:
            self.roles.update(dict.fromkeys((speaker_id, r) for r in new_roles))
            for i, k in enumerate(known):
                if k.id == speaker_id:
                    known[i] = replace(k, roles=tuple(dict.fromkeys((*k.roles, *new_roles))))
        return speaker_id

    def _enrich(self, speaker_id: int, speaker: Speaker) -> None:
        name, role = self.current[speaker_id]     # every match is a known, so loaded, speaker
        changes: dict[str, Any] = {}
        if speaker.role and speaker.role != role:
            changes["role"] = speaker.role   # the latest article knows the current title best
        if speaker.type == SpeakerType.PERSON and \
                len(split_person_name(speaker.name)[0]) > len(split_person_name(name)[0]):
            changes["name"] = speaker.name
        if changes:
            self.db["speakers"].update(speaker_id, changes)
            self.current[speaker_id] = (changes.get("name", name), changes.get("role", role))
            if "name" in changes:
                for known in self.known.values():
                    for i, k in enumerate(known):
                        if k.id == speaker_id:
                            known[i] = replace(k, name=changes["name"])

    def flush(self, given: dict[str, Counter[tuple[int, str]]]) -> None:
        """Write the aliases and roles collected by this batch (known ones are kept), and
        add ``given`` to their counts of latest revisions giving them."""
        aliases, roles = given["aliases"], given["roles"]
        self.db.conn.executemany(
            "INSERT INTO speaker_aliases (speaker_id, alias, alias_norm, given)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (speaker_id, alias_norm)"
            " DO UPDATE SET given = given + excluded.given",
            [(i, alias, norm, aliases.pop((i, norm), 0))
             for (i, norm), alias in self.aliases.items()])
        self.db.conn.executemany(
            "INSERT INTO speaker_roles (speaker_id, role, given) VALUES (?, ?, ?)"
            " ON CONFLICT (speaker_id, role) DO UPDATE SET given = given + excluded.given",
            [(i, role, roles.pop((i, role), 0)) for i, role in self.roles])
        _count_names(self.db, given)    # stored ones that only replaced revisions gave


_SPEAKER_SELECT = (
    "SELECT s.id, s.name, s.type, s.role, s.plural,"
    " (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
    "  AND a.latest_revision_id = q.revision_id WHERE q.speaker_id = s.id) AS quote_count,"
    " (SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases"
    "  WHERE speaker_id = s.id ORDER BY alias)) AS aliases,"
    " (SELECT json_group_array(role) FROM (SELECT role FROM speaker_roles"
    "  WHERE speaker_id = s.id ORDER BY role)) AS roles"
    " FROM speakers s")

# Token match on normalised aliases: "trump" finds "donald trump" but "rump" finds nothing.
def _alias_holds(words: tuple[str, ...], column: str = "alias_norm"
                 ) -> tuple[str, dict[str, str]]:
    """Return the SQL condition (and its parameters) that an alias holds every one of
    ``words`` as a whole word (a word ending with ``INITIAL``: a word starting with it);
    false when there is no word (a name of punctuation only)."""
    if not words:
        return "0", {}
    return (" AND ".join(f"instr(' ' || {column} || ' ', ' ' || :alias{i}"
                         + ("" if w.endswith(INITIAL) else " || ' '") + ") > 0"
                         for i, w in enumerate(words)),
            {f"alias{i}": w.removesuffix(INITIAL) for i, w in enumerate(words)})


def _alias_match(name: str) -> tuple[str, dict[str, str]] | None:
    """Return the SQL of the ids of speakers one of whose aliases holds the words of
    ``name`` (``claimed_name_words``: titles and middle initials need not be there), and
    its parameters; None when ``name`` has no word."""
    words = claimed_name_words(name)
    if not words:
        return None
    held, params = _alias_holds(words)
    return f"SELECT speaker_id FROM speaker_aliases WHERE {held}", params


def _speaker_out(row: dict) -> dict:
    return {**row, "plural": bool(row["plural"]), "aliases": json.loads(row["aliases"]),
            "roles": json.loads(row["roles"])}


def list_speakers(db: Database, *, name: str | None, after: int | None,
                  limit: int) -> list[dict]:
    """Return up to ``limit`` speakers after id ``after``, optionally matching an alias."""
    sql = _SPEAKER_SELECT + " WHERE (:after IS NULL OR s.id > :after)"
    params: dict[str, Any] = {"after": after, "limit": limit}
    if name is not None:
        match = _alias_match(name)
        if match is None:
            return []
        sql += f" AND s.id IN ({match[0]})"
        params.update(match[1])
    rows = db.query(sql + " ORDER BY s.id LIMIT :limit", params)
    return [_speaker_out(r) for r in rows]


def get_speaker(db: Database, speaker_id: int) -> dict | None:
    """Return a speaker with aliases, roles, quote count and sourcing level counts, or None."""
    row = next(db.query(_SPEAKER_SELECT + " WHERE s.id = ?", [speaker_id]), None)
    if row is None:
        return None
    levels = db.query(
        "SELECT q.sourcing_level AS level, q.sourcing_label AS label, count(*) AS count"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " AND a.latest_revision_id = q.revision_id"
        " WHERE q.speaker_id = ? AND q.sourcing_level IS NOT NULL"
        " GROUP BY q.sourcing_level, q.sourcing_label ORDER BY q.sourcing_level DESC",
        [speaker_id])
    return {**_speaker_out(row), "sourcing_levels": list(levels)}


# -- quotes --------------------------------------------------------------------------------

def _enum_value(value: Any) -> Any:
    # _value_, not .value: Enum.value is a Python-level descriptor, a bulk load reads it
    # for every quote.
    return getattr(value, "_value_", value)


_QUOTE_COLUMNS = ("id", "article_id", "revision_id", "speaker_id", "position", "published_at",
                  "start", "end", "text", "norm", "kind", "paragraph", "parts", "mention",
                  "cue_rule", "cue_verb", "cue_start", "cue_end", "confidence",
                  "sourcing_level", "sourcing_label", "sourcing")
# Python 3.11's sqlite3 binds int, float and str at once but sends every None through its
# adaptation protocol, which formats two AttributeError messages on the way (about 3,000
# instructions; a quote without cue or mention has five). So a quote row binds 0 for no
# speaker (ids start at 1), and a placeholder where a missing mention, cue or grade would
# give None with one integer whose bits say which of them are missing; SQL stores NULL.
_NULL_BIT = {"mention": 1, "cue_rule": 2, "cue_verb": 2, "cue_start": 2, "cue_end": 2,
             "sourcing_level": 4, "sourcing_label": 4, "sourcing": 4}
_NORM = _QUOTE_COLUMNS.index("norm")
_MISSING = f"?{len(_QUOTE_COLUMNS) + 1}"
_QUOTE_INSERT = (
    f"INSERT INTO quotes ({', '.join(f'[{c}]' for c in _QUOTE_COLUMNS)}) VALUES ("
    + ", ".join(f"iif({_MISSING} & {_NULL_BIT[c]}, NULL, ?{i})" if c in _NULL_BIT
                else f"nullif(?{i}, 0)" if c == "speaker_id" else f"?{i}"
                for i, c in enumerate(_QUOTE_COLUMNS, start=1)) + ")")
_NO_CUE = Cue(rule="", verb="", start=0, end=0)
_NO_SOURCING = Sourcing(level=0, label="")


def _quote_values(quote: Quote, form: str) -> tuple:
    """Return the values of a quote's row after its id, article, revision, speaker, position
    and publication date (``form``: the normal form of its text), in _QUOTE_COLUMNS order, then
    the bits of the missing parts (see _NULL_BIT): all a function of the quote. A bulk load
    binds tuples noticeably faster than dicts."""
    cue, mention, sourcing, parts = quote.cue, quote.mention, quote.sourcing, quote.parts
    missing = (mention is None) | (cue is None) << 1 | (sourcing is None) << 2
    cue, sourcing = cue or _NO_CUE, sourcing or _NO_SOURCING
    return (
        quote.start, quote.end, quote.text, form, _enum_value(quote.kind), quote.paragraph,
        "[" + ", ".join(f"[{p.start}, {p.end}]" for p in parts) + "]" if parts  # as json.dumps
        else "[]",
        "" if mention is None else _dumps({
            "text": mention.text, "start": mention.start, "end": mention.end,
            "form": _enum_value(mention.form)}),
        cue.rule, cue.verb, cue.start, cue.end, quote.confidence, sourcing.level,
        sourcing.label, "" if sourcing is _NO_SOURCING else _sourcing_json(sourcing),
        missing,
    )


def _sourcing_json(sourcing: Sourcing) -> str:
    """Return the stored JSON of a grade's signals and reasons (a value JSON cannot hold is
    stored as its text)."""
    # orjson writes each Reason dataclass itself, as an object of its fields in order.
    return orjson.dumps({"signals": sourcing.signals, "reasons": sourcing.reasons},
                        default=str, option=orjson.OPT_PASSTHROUGH_DATETIME
                        | orjson.OPT_NON_STR_KEYS).decode()


def _dumps(value: Any) -> str:
    """Return ``value`` as JSON, what JSON cannot hold as its text: json.dumps(default=str)
    through orjson, which a bulk load, encoding two columns per quote, spends a tenth of the
    time in."""
    return orjson.dumps(value, default=str, option=orjson.OPT_PASSTHROUGH_DATACLASS
                        | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS).decode()


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
        match = _alias_match(filters.speaker)
        if match is None:
            return []
        where.append(f"q.speaker_id IN ({match[0]})")
        params.update(match[1])
    if filters.q is not None:
        params["match"] = fts_query(filters.q)
        if params["match"] is None:
            return []
        where.append("q.id IN (SELECT rowid FROM quote_words WHERE quote_words MATCH :match)")
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

def _read(db: Database, sql: str, params: Any) -> list[dict]:
    """Return the rows of a read as dicts, as ``db.query`` does, without its savepoint.

    ``db.query`` wraps every statement in a savepoint so that it can undo one that turns
    out to write; these statements only read, and a verification makes five of them.
    """
    cursor = db.execute(sql, params)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor]


# Lists of ids (or words) go in as one JSON array joined from json_each ("FROM json_each(?) m
# JOIN quotes q ON q.id = m.value"), not tested by "IN (SELECT value FROM json_each(?))",
# before which SQLite fills a temporary index with the list: for the word counts, the close
# rows and the rows shown, 144k of a verification's 12.9M instructions (-1.1%, callgrind,
# 200 probes at 1M). The lists hold no duplicates (a join would repeat a row).
def word_frequencies(db: Database, terms: Iterable[str]) -> dict[str, int]:
    """Return how many stored quotes hold each of ``terms`` (0: no stored quote has it)."""
    wanted = sorted(set(terms))
    rows = _read(db, "SELECT word, df FROM json_each(?) j JOIN quote_vocab ON word = j.value",
                 [json.dumps(wanted)])
    found = {r["word"]: r["df"] for r in rows}
    return {t: found.get(t, 0) for t in wanted}


def rarest(frequencies: Mapping[str, int], count: int) -> list[str]:
    """Return up to ``count`` of the stored words of ``frequencies``, the rarest first."""
    stored = [w for w, n in frequencies.items() if n > 0]
    return sorted(stored, key=lambda w: (frequencies[w], -len(w), w))[:count]


def all_words_query(words: list[str]) -> str | None:
    """Return an FTS5 query for quotes holding every one of ``words``, or None."""
    return " AND ".join(f'"{w}"' for w in words) or None


def optimize_quote_index(db: Database) -> None:
    """Merge the word index into one segment and refresh the planner's statistics.

    Meant for after a bulk load: a lookup then reads one segment per word.
    """
    with write_transaction(db):
        db.execute("INSERT INTO quote_words(quote_words) VALUES('optimize')")
    db.execute("PRAGMA optimize")


_CANDIDATE_JOINS = (
    " JOIN quotes q ON q.id = f.rowid"
    " JOIN articles a ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
    " JOIN article_revisions r ON r.id = q.revision_id"
    " LEFT JOIN speakers s ON s.id = q.speaker_id")
# ``claimed`` of a candidate whose stored quote names nobody, when a speaker is claimed: no
# speaker, an unresolved pronoun or a crowd (graded unattributed), or no speech (scare
# quotes). Such a quote can neither confirm nor contradict the claim (ranked last by DESC).
SPEAKER_UNKNOWN = -1
_NAMES_NOBODY = LEVELS["unattributed"]      # this sourcing level and below


def _names_nobody(speaker_id: int | None, level: int | None) -> bool:
    """Whether a stored quote names nobody: no speaker, or graded unattributed or below."""
    return speaker_id is None or (level is not None and level <= _NAMES_NOBODY)


def _names_nobody_sql(quote: str) -> str:
    """``_names_nobody`` in SQL, of the quotes row ``quote``."""
    return f"({quote}.speaker_id IS NULL OR {quote}.sourcing_level <= {_NAMES_NOBODY})"


def _claimed(words: tuple[str, ...] | None) -> tuple[str, dict[str, str]]:
    """Return the SQL (and its parameters) of whether one alias of a candidate's speaker
    holds every word of the claimed speaker (``claimed_name_words``) as a whole word: 1 or
    0, ``SPEAKER_UNKNOWN`` when the quote names nobody, NULL when no speaker is claimed."""
    if words is None:
        return "NULL", {}
    held, params = _alias_holds(words, "sa.alias_norm")
    return (f"CASE WHEN EXISTS (SELECT 1 FROM speaker_aliases sa WHERE sa.speaker_id ="
            f" q.speaker_id AND {held}) THEN 1 WHEN {_names_nobody_sql('q')}"
            f" THEN {SPEAKER_UNKNOWN} ELSE 0 END", params)


def _claimed_words(speaker: str | None) -> tuple[str, ...] | None:
    return None if speaker is None else claimed_name_words(speaker)


def speaker_aliases_of(db: Database, quote_ids: Iterable[int]
                       ) -> dict[int, tuple[int, list[tuple[str, str]]]]:
    """Return, by quote id, the speaker of each of the quotes ``quote_ids`` that names one,
    with the speaker's aliases as (alias, normalised alias) pairs."""
    out: dict[int, tuple[int, list[tuple[str, str]]]] = {}
    for quote_id, speaker_id, alias, alias_norm in db.execute(
            "SELECT q.id, q.speaker_id, sa.alias, sa.alias_norm FROM json_each(?) m"
            " JOIN quotes q ON q.id = m.value"
            " JOIN speaker_aliases sa ON sa.speaker_id = q.speaker_id",
            [_id_array(sorted(set(quote_ids)))]):
        out.setdefault(quote_id, (speaker_id, []))[1].append((alias, alias_norm))
    return out


def names_a_speaker(db: Database, words: tuple[str, ...]) -> bool:
    """Tell whether one alias of a stored speaker holds the claimed name's words
    (``claimed_name_words``). Reads every alias: for a rare question only."""
    held, params = _alias_holds(words)
    return db.execute(f"SELECT EXISTS (SELECT 1 FROM speaker_aliases WHERE {held})",
                      params).fetchone()[0] == 1
# What verification reads of every candidate: enough to align and rank it. The rest of
# the rows it shows comes from quote_rows.
# (the quote's own copy of its revision's date: no join to the revision, see m005)
_LIGHT = "q.id, q.article_id, q.norm, q.sourcing_level, q.published_at"
_DATES = (" (:before IS NULL OR q.published_at < :before)"
          " AND (:after IS NULL OR q.published_at >= :after)")


def _date_filter(published_before: str | None, published_after: str | None) -> str:
    """Return the SQL condition on the quote ``q`` for the publication dates asked, or "",
    with a leading AND."""
    if published_before is None and published_after is None:
        return ""
    return " AND" + _DATES


def _id_array(ids: list[int]) -> str:
    """Return quote ids as the JSON array a statement reads with json_each, made by orjson
    (80 ids: 1.4 us, json.dumps 16 us; only ids: orjson refuses a lone surrogate in a word,
    which json.dumps escapes)."""
    return orjson.dumps(ids).decode()


def _json_ids(db: Database, sql: str, *params: Any) -> list[int]:
    """Return the ids a ``SELECT json_group_array(...)`` statement gives (one row, one JSON
    array: no Python row per id), parsed by orjson (4 us for 150 ids, json.loads 18 us)."""
    return orjson.loads(db.execute(sql, params).fetchone()[0])


class Holding(NamedTuple):
    """The quotes (ids, ascending) holding all three words of a lookup, and two or more."""
    all_three: list[int]
    two_or_more: list[int]


# The ids of the quotes an FTS5 query finds, as one JSON array (``_json_ids``).
_MATCHING_IDS = "SELECT json_group_array(rowid) FROM quote_words WHERE quote_words MATCH ?"


def quotes_holding(db: Database, words: list[str]) -> list[int]:
    """Return the ids (ascending) of the quotes holding every one of ``words``: one index
    lookup, every id (the caller knows they are few)."""
    return sorted(_json_ids(db, _MATCHING_IDS, all_words_query(words)))


def quotes_by_pairs(db: Database, terms: list[str], both: list[int] | None = None) -> Holding:
    """Return the quotes holding all three of ``terms`` (rarest first) and those holding two
    or more, for words no pair of which is in more than the lookups' scan
    (``verify._shared``): ``find_close``'s ``holding``.

    Two index lookups, "a AND b" and "c AND (a OR b)", give both: a quote holds all three
    when both find it, two when either does. FTS5 reads a word's postings once per place it
    has in a query: here each of the two rarest words twice and the third once, where an
    all-three lookup and a separate any-pair query read them three times and twice.
    ``both``: the quotes holding a and b (``quotes_holding``), when the exact lookup read
    them already.
    """
    a, b, c = terms
    with_c = f'"{c}" AND ("{a}" OR "{b}")'
    if both is None:        # one statement for both lookups
        held, found = db.execute(f"SELECT ({_MATCHING_IDS}), ({_MATCHING_IDS})",
                                 [all_words_query([a, b]), with_c]).fetchone()
        both, found = orjson.loads(held), orjson.loads(found)
    else:
        found = _json_ids(db, _MATCHING_IDS, with_c)
    by_c = set(found)
    return Holding(sorted(by_c.intersection(both)), sorted(by_c.union(both)))


def find_exact(db: Database, form: str, terms: list[str], *, speaker: str | None,
               limit: int, scan: int, published_before: str | None = None,
               published_after: str | None = None,
               among: list[int] | None = None) -> list[dict]:
    """Return latest-revision quotes holding the words of ``form`` contiguously.

    The index finds the quotes holding all of ``terms`` (the rarest words of the claim) and
    the stored normal form confirms the words in order. Best first, as verification ranks
    exact matches: the claimed speaker's (``claimed``), better sourced, earliest published;
    what ranking needs (``_LIGHT``) is read for the ``limit`` best. At most ``scan`` quotes
    of the index are looked at. ``among``: ids to look among instead, when known already
    (the quotes holding the two rarest of ``terms``, ``quotes_holding``, or all of them,
    ``quotes_by_pairs``): the normal form checks every word.
    """
    match = all_words_query(terms)
    if match is None or not form:
        return []
    claimed, claim = _claimed(_claimed_words(speaker))
    found = ("(SELECT rowid FROM quote_words WHERE quote_words MATCH :match LIMIT :scan)"
             if among is None else "(SELECT value AS rowid FROM json_each(:among))")
    sql = (f"SELECT {_LIGHT}, {claimed} AS claimed FROM {found} m"
           " JOIN quotes q ON q.id = m.rowid"
           " JOIN articles a ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
           " WHERE instr(' ' || q.norm || ' ', :needle) > 0"
           f"{_date_filter(published_before, published_after)}"
           " ORDER BY claimed DESC, q.sourcing_level DESC, q.published_at IS NULL,"
           " q.published_at, q.id LIMIT :limit")
    return _read(db, sql, {
        "match": match, "scan": scan, "limit": limit, "needle": f" {form} ", **claim,
        "before": published_before, "after": published_after,
        "among": None if among is None else _id_array(among)})


def find_close(db: Database, terms: list[str], *, speaker: str | None, limit: int,
               scan: int, pool: int = 200, published_before: str | None = None,
               published_after: str | None = None,
               holding: Holding | None = None) -> list[dict]:
    """Return latest-revision quotes holding at least two of ``terms`` (the rarest first):
    what ranking needs of the best ``limit`` of ``close_candidates``."""
    return close_rows(db, close_candidates(db, terms, speaker=speaker, scan=scan, pool=pool,
                                           holding=holding).ranked,
                      speaker=speaker, limit=limit, published_before=published_before,
                      published_after=published_after)


class Candidates(NamedTuple):
    """Close candidates: ids best first, and ids known to hold every term (of these, maybe
    more)."""
    ranked: list[int]
    holding_all: set[int]


def close_candidates(db: Database, terms: list[str], *, speaker: str | None, scan: int,
                     pool: int = 200, holding: Holding | None = None) -> Candidates:
    """Return the ids of up to ``pool`` quotes holding at least two of ``terms`` (the rarest
    first), best first, and which of them hold all; ``close_rows`` reads them.

    The index is asked only for quote ids, one pair of words at a time: each pair with one
    of the two rarest words (a quote missing one of the words still holds such a pair), at
    most ``scan`` ids per pair, counted per quote in SQL. The claimed speaker's candidates
    come first whatever their count (found through the speaker's quote ids, not by
    scanning), then those found by more pairs. Old revisions and dates are left to
    ``close_rows``.

    ``holding``: for three terms, the quotes holding all three and two or more
    (``quotes_by_pairs``, read for the exact lookup), given only when no pair of the terms
    is in more than ``scan`` quotes. A quote holding two of three words is found by one
    pair, one holding all three by the three, so counting is then knowing which quotes hold
    all three: they are ranked in the same order without asking the index again.
    """
    if not terms:
        return Candidates([], set())
    words = _claimed_words(speaker)
    name = " ".join(words) if words else None
    if holding is not None and len(terms) == 3:
        # Ids ranked here by set operations and C sorts: an ORDER BY on IN lists in SQL cost
        # 0.1-0.2 ms more at 1M quotes for the same order.
        groups = [set(holding.two_or_more)]
        if name:
            own = set(_json_ids(db, "SELECT json_group_array(q.id) FROM speaker_aliases sa"
                                    " JOIN quotes q ON q.speaker_id = sa.speaker_id"
                                    " WHERE sa.alias_norm = ?", name))
            groups = [groups[0] & own, groups[0] - own]      # the claimed speaker's first
        held = set(holding.all_three)
        ranked = []
        for group in groups:
            ranked += sorted(group & held) + sorted(group - held)
        return Candidates(ranked[:pool], held)
    pairs = [(i, j) for i in range(min(2, len(terms))) for j in range(i + 1, len(terms))] \
        or [(0, 0)]
    # How many of the pairs found a quote grows with how many of the words it holds; the
    # claimed speaker's quote ids come from an alias equal to the claimed name (the rows
    # read then say which speakers' aliases hold it as whole words).
    found = " UNION ALL ".join(
        f"SELECT rowid FROM (SELECT rowid FROM quote_words WHERE quote_words MATCH :p{k}"
        " LIMIT :scan)" for k in range(len(pairs)))
    claimed = ("rowid IN (SELECT q.id FROM speaker_aliases sa JOIN quotes q"
               " ON q.speaker_id = sa.speaker_id WHERE sa.alias_norm = :name) DESC, "
               if name else "")
    params: dict[str, Any] = {
        f"p{k}": all_words_query(list(dict.fromkeys((terms[i], terms[j]))))
        for k, (i, j) in enumerate(pairs)}
    rows = db.conn.execute(
        f"SELECT rowid, count(*) FROM ({found}) GROUP BY rowid"
        f" ORDER BY {claimed}count(*) DESC, rowid LIMIT :pool",
        {**params, "scan": scan, "pool": pool, "name": name}).fetchall()
    return Candidates([i for i, _ in rows], {i for i, n in rows if n == len(pairs)})


def close_rows(db: Database, ranked: list[int], *, speaker: str | None, limit: int,
               published_before: str | None = None,
               published_after: str | None = None) -> list[dict]:
    """Return what ranking needs of the first ``limit`` latest-revision quotes of ``ranked``
    (ids, best first) in the dates asked."""
    dates = _date_filter(published_before, published_after)
    claimed, claim = _claimed(_claimed_words(speaker))
    sql = (f"SELECT {_LIGHT}, {claimed} AS claimed FROM json_each(:ids) m"
           " JOIN quotes q ON q.id = m.value"
           " JOIN articles a ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
           f"{dates}")
    params = {**claim, "before": published_before, "after": published_after}
    # Ids are checked for the best ``limit``, then the next ones while some were dropped
    # (an old revision, out of dates): never the whole pool when the best qualify.
    rows: list[dict] = []
    at = 0
    while len(rows) < limit and at < len(ranked):
        chunk = ranked[at:at + limit - len(rows)]
        at += len(chunk)
        by_id = {r["id"]: r for r in _read(db, sql, {"ids": _id_array(chunk), **params})}
        rows += [by_id[i] for i in chunk if i in by_id]
    return rows


def quote_forms(db: Database, ids: list[int]) -> list[list]:
    """Return [id, normal form] of each of the quotes ``ids`` still stored, as one JSON
    array parsed by orjson (no Python row per quote)."""
    return orjson.loads(db.execute(
        "SELECT json_group_array(json_array(q.id, q.norm)) FROM json_each(?) m"
        " JOIN quotes q ON q.id = m.value", [_id_array(ids)]).fetchone()[0])


def same_speaker_neighbours(db: Database, ids: list[int]) -> list[tuple[int, int, int, str]]:
    """Return (id, side, neighbour id, neighbour's normal form) for the quotes just before
    (side < 0) and after (side > 0) each of the quotes ``ids`` in its revision, said by the
    same speaker: the two halves of a split quote ("A," she said, "B."), or a quote and the
    one that goes on with it. One quote naming nobody may stand between them, the name of a
    show or a scare quote ("A," she said on "Morning Report," adding, "B."): side -2 or +2.
    (The unary + keeps SQLite off the speaker index, which it otherwise prefers: a prolific
    speaker has quotes in every article.)"""
    return [tuple(r) for r in db.execute(
        "SELECT c.id, n.position - c.position, n.id, n.norm FROM json_each(?) m"
        " JOIN quotes c ON c.id = m.value JOIN quotes n ON n.revision_id = c.revision_id"
        " AND n.position IN (c.position - 2, c.position - 1, c.position + 1, c.position + 2)"
        " AND +n.speaker_id = c.speaker_id"
        " WHERE abs(n.position - c.position) = 1 OR EXISTS (SELECT 1 FROM quotes b"
        "  WHERE b.revision_id = c.revision_id AND b.position = (c.position + n.position) / 2"
        f"  AND {_names_nobody_sql('b')})",
        [_id_array(ids)]).fetchall()]


def quote_rows(db: Database, ids: list[int]) -> dict[int, dict]:
    """Return by id the rest of what verification shows of quotes it found, with the text
    of their article's revision (``article_text``, for the paragraph around the quote: read
    from the revision row joined already, not by a statement of its own)."""
    rows = _read(
        db, "SELECT q.id, q.revision_id, q.start, q.\"end\", q.text, q.speaker_id,"
        " q.sourcing_label, q.sourcing, s.name AS speaker_name, s.type AS speaker_type,"
        " s.role AS speaker_role, r.title, a.url, r.outlet, r.text AS article_text"
        " FROM json_each(?) m JOIN quotes q ON q.id = m.value"
        " JOIN articles a ON a.id = q.article_id"
        " JOIN article_revisions r ON r.id = q.revision_id"
        " LEFT JOIN speakers s ON s.id = q.speaker_id", [_id_array(ids)])
    return {r["id"]: r for r in rows}


def corroboration(db: Database, quote: Mapping[str, Any], *,
                  frequencies: Mapping[str, int] | None = None,
                  min_part_words: int = Defaults.CORROBORATION_MIN_PART_WORDS,
                  max_candidates: int = Defaults.CORROBORATION_MAX_CANDIDATES,
                  own: tuple[int, int] | None = None) -> dict:
    """Count the other articles (and outlets) that give a quote's words to the same speaker.

    Computed at read time through the word index, so ingesting or deleting an article changes
    the counts of every other quote at once. Another article giving the words to a different
    (known) speaker is a conflict; quotes that name nobody (no speaker, an unresolved
    pronoun, a crowd: graded unattributed or below) corroborate nothing and conflict with
    nothing. A quote of
    fewer than ``min_part_words`` words counts only quotes of exactly its words ("possible"
    is in too many quotes to count); a longer one also counts quotes that contain it.
    ``frequencies``: stored word counts covering the quote's words, when read already.
    ``own``: the first and last ids of the quotes of the article's latest revision, when
    they are one run (``_latest_quote_ids``): the index is not asked for them, so the scan
    of ``20 * max_candidates`` ids holds other articles' quotes only (an article repeating
    common words filled it with its own quotes, and no other article was found).
    """
    out: dict[str, Any] = {"articles": 0, "outlets": 0, "conflicts": []}
    own_speaker = quote["speaker"]["id"] if quote.get("speaker") else None
    if _names_nobody(own_speaker, (quote.get("sourcing") or {}).get("level")):
        return out
    form = normal_form(quote["text"])
    words = index_terms(form)
    if frequencies is None:
        frequencies = word_frequencies(db, words)
    terms = rarest({w: frequencies.get(w, 0) for w in words}, 3)
    if not terms:
        return out
    same = "q.norm = :form" if len(form.split()) < min_part_words else \
        "instr(' ' || q.norm || ' ', ' ' || :form || ' ') > 0"
    # (FTS5 reads a rowid bound as a seek in its postings: the two ranges skip the own ids)
    found = "SELECT rowid FROM quote_words WHERE quote_words MATCH :match" if own is None \
        else ("SELECT rowid FROM quote_words WHERE quote_words MATCH :match AND rowid < :lo"
              " UNION ALL SELECT rowid FROM quote_words WHERE quote_words MATCH :match"
              " AND rowid > :hi")
    # One row per article and speaker (up to ``max_candidates`` of them), whether one of its
    # quotes names the speaker (``_names_nobody``): an article repeating the words a
    # hundred times gives one row, not a hundred for Python to read
    rows = _read(db,
        "SELECT q.article_id, q.speaker_id, s.name AS speaker_name, max(r.outlet) AS outlet,"
        f" max(q.sourcing_level IS NULL OR q.sourcing_level > {_NAMES_NOBODY}) AS names"
        f" FROM (SELECT rowid FROM ({found}) LIMIT :scan) f"
        + _CANDIDATE_JOINS + f" WHERE q.article_id != :article AND {same}"
        " GROUP BY q.article_id, q.speaker_id ORDER BY q.article_id, min(q.id) LIMIT :limit",
        {"match": all_words_query(terms), "scan": 20 * max_candidates, "form": form,
         "limit": max_candidates, "article": quote["article_id"],
         "lo": own[0] if own else None, "hi": own[1] if own else None})
    articles: set[int] = set()
    outlets: set[str] = set()
    conflicts: dict[tuple[str, int], None] = {}
    for row in rows:
        if row["speaker_id"] == own_speaker:
            articles.add(row["article_id"])
            if row["outlet"]:
                outlets.add(row["outlet"])
        elif row["speaker_id"] is not None and row["names"]:
            conflicts[(row["speaker_name"], row["article_id"])] = None
    out.update(articles=len(articles), outlets=len(outlets),
               conflicts=[{"speaker": s, "article_id": a} for s, a in conflicts])
    return out


def _with_corroboration(db: Database, quotes: list[dict]) -> list[dict]:
    """Add each quote's corroboration; the stored word counts of all of them are read at
    once (an article's page shows dozens of quotes)."""
    words = set().union(*(index_terms(normal_form(q["text"])) for q in quotes
                          if q.get("speaker")))
    frequencies = word_frequencies(db, words) if words else {}
    own: dict[int, tuple[int, int] | None] = {}
    # The same words said by the same speaker in the same article ("Thank you.", a chant)
    # have the same corroboration: looked up once
    seen: dict[tuple, dict] = {}
    for quote in quotes:
        article = quote["article_id"]
        if article not in own:
            own[article] = _latest_quote_ids(db, article)
        speaker = quote["speaker"]["id"] if quote.get("speaker") else None
        key = (article, speaker, _names_nobody(speaker, (quote.get("sourcing") or {}).get(
            "level")), quote["text"])
        if key not in seen:
            seen[key] = corroboration(db, quote, frequencies=frequencies, own=own[article])
        found = seen[key]
        quote["corroboration"] = {**found, "conflicts": list(found["conflicts"])}
    return quotes


def _latest_quote_ids(db: Database, article_id: int) -> tuple[int, int] | None:
    """Return the first and last ids of the quotes of an article's latest revision when
    they are one run of ids (a batch's quotes are inserted together, article by article,
    in one transaction), else None."""
    lo, hi, n = db.execute(
        "SELECT min(q.id), max(q.id), count(*) FROM quotes q JOIN articles a"
        " ON a.id = q.article_id AND a.latest_revision_id = q.revision_id"
        " WHERE q.article_id = ?", [article_id]).fetchone()
    return (lo, hi) if n and hi - lo + 1 == n else None
