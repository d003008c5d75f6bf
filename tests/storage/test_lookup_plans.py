"""Verification, a speaker, an article's quotes and deleting an article go through indexes:
no statement reads a whole stored table.

A full scan costs nothing on a test database and seconds at a million quotes, so the plans
SQLite chooses are checked here rather than the timings.
"""
from __future__ import annotations

from contextlib import contextmanager

import pytest
import regex
from said import store_said

from service import repository
from service.db import connect, migrate

STORED_TABLES = {"quotes": "q", "articles": "a", "article_revisions": "r",
                 "speakers": "s", "speaker_aliases": "sa", "quote_vocab": None}
_SCAN = regex.compile(r"^SCAN (?:TABLE )?(\w+)\b")    # "SCAN r"; before SQLite 3.36 "SCAN TABLE x"


def stored(db, n):
    """Store ``n`` articles of one quote each, said by Jane Doe or Ann Roe in turn."""
    store_said(db, [f"the harbour bridge will open in spring number {i}" for i in range(n)])


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "plans.db")
    migrate(db)
    stored(db, 30)
    return db


def full_scans(db, statements):
    """Return the stored tables some statement of ``statements`` scans whole."""
    aliases = {alias: table for table, alias in STORED_TABLES.items() if alias}
    found = set()
    for sql in statements:
        for row in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
            scanned = _SCAN.match(row[3])
            if scanned and (scanned[1] in STORED_TABLES or scanned[1] in aliases):
                found.add(aliases.get(scanned[1], scanned[1]))
    return found


@contextmanager
def statements_run(db, *kinds):
    """Collect the statements of the kinds given ("SELECT", "DELETE", ...) run in the block."""
    run = []
    db.conn.set_trace_callback(run.append)
    collected = []
    try:
        yield collected
    finally:
        db.conn.set_trace_callback(None)
        collected.extend(s for s in run if s.lstrip().upper().startswith(kinds))


@pytest.mark.parametrize("speaker", [None, "Doe"])
@pytest.mark.parametrize("dates", [{}, {"published_before": "2024-01-20"},
                                   {"published_after": "2024-01-05"},
                                   {"published_before": "2024-01-20",
                                    "published_after": "2024-01-05"}])
def test_verification_lookups_scan_no_stored_table(db, speaker, dates):
    terms = ["harbour", "bridge", "spring"]
    with statements_run(db, "SELECT") as selects:
        exact = repository.find_exact(db, "the harbour bridge", terms, speaker=speaker,
                                      limit=5, scan=100, **dates)
        close = repository.find_close(db, terms, speaker=speaker, limit=5, scan=100, **dates)
        repository.word_frequencies(db, terms)
        rows = repository.quote_rows(db, [r["id"] for r in exact + close])
    assert exact and close and rows    # the lookups ran their statements to the end
    assert len(selects) >= 5
    assert full_scans(db, selects) == set()


def test_the_check_sees_a_full_scan(db):
    """The check itself: a subquery listing revisions by date scans them all."""
    listing = ("SELECT id FROM quotes q WHERE q.revision_id IN (SELECT id FROM"
               " article_revisions r WHERE r.published_at < '2024-01-20')")
    assert full_scans(db, [listing]) == {"article_revisions"}


def test_a_speaker_and_an_articles_quotes_are_read_by_index(db):
    with statements_run(db, "SELECT") as selects:
        speaker = repository.get_speaker(db, 1)
        quotes = repository.article_quotes(db, 3)
        by_article = repository.list_quotes(db, repository.QuoteFilters(article_id=3),
                                            after=None, limit=10)
    assert speaker["quote_count"] == 15 and len(quotes) == len(by_article) == 1
    assert full_scans(db, selects) == set()


def test_deleting_an_article_scans_no_stored_table(db):
    with statements_run(db, "SELECT", "INSERT", "DELETE", "UPDATE") as writes:
        assert repository.delete_article(db, 3)
    assert any(s.lstrip().upper().startswith("DELETE FROM ARTICLES") for s in writes)
    assert full_scans(db, writes) == set()


@pytest.mark.parametrize("speaker", [None, "Doe"])
@pytest.mark.parametrize("dates", [{}, {"published_before": "2024-01-20",
                                        "published_after": "2024-01-05"}])
def test_shared_verification_lookup_scans_no_stored_table(db, speaker, dates):
    terms = ["harbour", "bridge", "spring"]
    with statements_run(db, "SELECT") as selects:
        both = repository.quotes_holding(db, terms[:2])
        exact = repository.find_exact(db, "the harbour bridge", terms, speaker=speaker,
                                      limit=5, scan=100, among=both, **dates)
        held = repository.quotes_by_pairs(db, terms, both)
        close = repository.find_close(db, terms, speaker=speaker, limit=5, scan=100,
                                      holding=held, **dates)
    assert held.all_three and exact and close
    assert len(selects) >= 4
    assert full_scans(db, selects) == set()


def test_a_quotes_same_speaker_neighbours_are_found_by_revision_and_position(db):
    # Found by the (revision, position) index, never by the speaker's: a prolific speaker
    # has quotes in every article.
    with statements_run(db, "SELECT") as selects:
        assert repository.same_speaker_neighbours(db, [1, 2, 3]) == []   # one quote each
    (select,) = selects
    plan = " ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + select).fetchall())
    assert "idx_quotes_revision_id_position" in plan and "idx_quotes_speaker_id" not in plan
    assert full_scans(db, selects) == set()
