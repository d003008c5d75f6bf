"""Bulk storage: a batch decides duplicates and revisions as one call per article would."""
from __future__ import annotations

import gc
import json
import sqlite3
import threading
from collections import Counter

import pytest
from sqlite_utils import Migrations

import service.db
from service import repository
from service.db import connect, migrate
from service.pipeline.model import Extraction, Quote, QuoteKind, Speaker, SpeakerType

A, B = "https://news.example/a", "https://news.example/b"
BROKEN = object()        # an article whose title is missing: its revision insert fails


def article(url, text, title="A title"):
    """Return (fields, extraction) with one quote of ``text`` said by Jane Doe."""
    words = text.split(" said ")[0]
    speaker = Speaker(key="s0", name="Jane Doe", type=SpeakerType.PERSON,
                      aliases=("Jane Doe", "Doe"))
    quote = Quote(start=0, end=len(words), text=words, kind=QuoteKind.FULL, paragraph=0,
                  speaker="s0", confidence=0.9)
    return ({"title": title, "text": text, "url": url},
            Extraction(text=text, quotes=(quote,), speakers=(speaker,)))


def fresh_db(path):
    db = connect(path)
    migrate(db)
    return db


def articles_of(batch):
    return [article(B, "broken said Doe", title=None) if a is BROKEN else article(*a)
            for a in batch]


def store(db, batch):
    return [(s.article_id, s.created) for s in repository.save_articles(db, articles_of(batch))]


def stream(db, batches):
    """Store ``batches`` through save_batches; return the (id, created) pairs of each batch
    stored, then the type of the exception that stopped the stream, if one did."""
    out = []
    try:
        for saved in repository.save_batches(db, map(articles_of, batches)):
            out.append([(s.article_id, s.created) for s in saved])
    except sqlite3.Error as exc:
        out.append(type(exc))
    return out


def revisions(db):
    """Return {article id: [(url, revision, text, is latest)]}."""
    out = {}
    for r in db.query("SELECT a.id, a.url, r.revision, r.text, r.id = a.latest_revision_id"
                      " AS latest FROM articles a JOIN article_revisions r"
                      " ON r.article_id = a.id ORDER BY a.id, r.revision"):
        out.setdefault(r["id"], []).append((r["url"], r["revision"], r["text"],
                                            bool(r["latest"])))
    return out


def tables(path):
    """Every row of every table (timestamps masked), sorted, to compare two databases."""
    conn = sqlite3.connect(path)
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND name NOT LIKE 'quote_words_%'"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
        select = ", ".join("NULL" if c in ("created_at", "updated_at", "applied_at")
                           else f"[{c}]" for c in columns)
        out[table] = sorted(conn.execute(f"SELECT {select} FROM [{table}]"), key=repr)
    conn.close()
    return out


T1, T2 = "one said Doe", "two said Doe"

CASES = [
    # (id, batches, Saved per batch, revisions afterwards)
    ("same text and URL twice in one batch",
     [[(A, T1), (A, T1)]], [[(1, True), (1, False)]],
     {1: [(A, 1, T1, True)]}),
    ("new text at one URL twice in one batch: two revisions",
     [[(A, T1), (A, T2)]], [[(1, True), (1, True)]],
     {1: [(A, 1, T1, False), (A, 2, T2, True)]}),
    ("back to the first text in one batch: a third revision, not a duplicate",
     [[(A, T1), (A, T2), (A, T1)]], [[(1, True), (1, True), (1, True)]],
     {1: [(A, 1, T1, False), (A, 2, T2, False), (A, 3, T1, True)]}),
    ("same text at another URL is another article",
     [[(A, T1), (B, T1)]], [[(1, True), (2, True)]],
     {1: [(A, 1, T1, True)], 2: [(B, 1, T1, True)]}),
    ("no URL: a duplicate of any article whose latest text it is",
     [[(A, T1), (None, T1), (None, T2), (None, T2)]],
     [[(1, True), (1, False), (2, True), (2, False)]],
     {1: [(A, 1, T1, True)], 2: [(None, 1, T2, True)]}),
    ("no URL: a text only in an older revision is new",
     [[(A, T1), (A, T2), (None, T1)]], [[(1, True), (1, True), (2, True)]],
     {1: [(A, 1, T1, False), (A, 2, T2, True)], 2: [(None, 1, T1, True)]}),
    ("across batches: duplicate, then revision of a stored article",
     [[(A, T1)], [(A, T1), (A, T2), (B, T2)]], [[(1, True)], [(1, False), (1, True), (2, True)]],
     {1: [(A, 1, T1, False), (A, 2, T2, True)], 2: [(B, 1, T2, True)]}),
    ("a failure mid-batch stores nothing of the batch",
     [[(A, T1)], [(A, T2), BROKEN, (B, T1)], [(B, T2)]],
     [[(1, True)], sqlite3.IntegrityError, [(2, True)]],
     {1: [(A, 1, T1, True)], 2: [(B, 1, T2, True)]}),
]


@pytest.mark.parametrize("batches, saved, expected", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_batch_decides_duplicates_and_revisions(tmp_path, batches, saved, expected):
    db = fresh_db(tmp_path / "batch.db")
    for batch, want in zip(batches, saved):
        if isinstance(want, type):
            with pytest.raises(want):
                store(db, batch)
        else:
            assert store(db, batch) == want
    assert revisions(db) == expected
    # Quotes, their word index and counts hold exactly the stored revisions' quotes.
    quotes = {r["text"] for r in db.query("SELECT text FROM quotes")}
    assert quotes == {t.split(" said ")[0] for revs in expected.values() for _, _, t, _ in revs}
    for word in ("one", "two", "broken"):
        df = next(db.query("SELECT coalesce(sum(df), 0) AS n FROM quote_vocab WHERE word = ?",
                           [word]))["n"]
        indexed = next(db.query("SELECT count(*) AS n FROM quote_words WHERE quote_words"
                                " MATCH ?", [f'"{word}"']))["n"]
        assert df == indexed == next(db.query(
            "SELECT count(*) AS n FROM quotes WHERE norm = ?", [word]))["n"]


SUCCEEDING = [c for c in CASES if not any(BROKEN in batch for batch in c[1])]


@pytest.mark.parametrize("batches, saved", [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_a_stream_of_batches_stores_what_one_call_per_batch_stores(tmp_path, batches, saved):
    """save_batches decides and stores as save_articles called per batch, and a batch that
    fails stores nothing and ends the stream: the batches after it are not stored."""
    streamed, called = fresh_db(tmp_path / "streamed.db"), fresh_db(tmp_path / "called.db")
    failed = next((i for i, want in enumerate(saved) if isinstance(want, type)), len(saved))
    assert stream(streamed, batches) == saved[:failed + 1]
    for batch in batches[:failed]:
        store(called, batch)
    assert tables(tmp_path / "streamed.db") == tables(tmp_path / "called.db")


def test_a_stream_stops_where_the_caller_stops(tmp_path):
    """The batches a caller has not asked for are not stored."""
    db = fresh_db(tmp_path / "stopped.db")
    batches = repository.save_batches(db, map(articles_of, [[(A, T1)], [(B, T1)], [(B, T2)]]))
    assert [(s.article_id, s.created) for s in next(batches)] == [(1, True)]
    batches.close()
    assert revisions(db) == {1: [(A, 1, T1, True)]}


@pytest.mark.parametrize("batches", [c[1] for c in SUCCEEDING], ids=[c[0] for c in SUCCEEDING])
def test_batch_stores_what_one_call_per_article_stores(tmp_path, batches):
    batched, single = fresh_db(tmp_path / "batched.db"), fresh_db(tmp_path / "single.db")
    for batch in batches:
        assert store(batched, batch) == [s for a in batch for s in store(single, [a])]
    assert tables(tmp_path / "batched.db") == tables(tmp_path / "single.db")


def test_document_frequencies_count_quotes_per_index_word(tmp_path):
    """quote_vocab holds, per index word, how many stored quotes hold it (once per quote,
    accents and apostrophes as the index splits them), and deletion counts them down."""
    db = fresh_db(tmp_path / "vocab.db")
    texts = ["Orbán thinks it's Orbán's day said Doe", "orbán and the day said Doe",
             "Ünal didn't say said Doe", "日本語 text said Doe"]
    stored = store(db, [(f"https://news.example/{i}", t) for i, t in enumerate(texts)])
    quotes = [t.split(" said ")[0] for t in texts]

    def vocab():
        return dict(db.execute("SELECT word, df FROM quote_vocab").fetchall())

    def expected(kept):
        return dict(Counter(w for q in kept
                            for w in repository.index_terms(repository.normal_form(q))))

    assert vocab() == expected(quotes)
    assert vocab()["orbán"] == 2 and vocab()["s"] == 1 and vocab()["t"] == 1
    repository.delete_article(db, stored[0][0])
    assert vocab() == expected(quotes[1:])


@pytest.mark.parametrize("batch", [[(A, "one said Doe")], [(A, "one said Doe"), BROKEN]])
@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("call", ["save_articles", "save_batches"])
def test_the_cycle_collector_is_left_as_it_was(tmp_path, batch, enabled, call):
    """save_articles and save_batches pause the cycle collector while they store a batch,
    and leave it on or off as they found it, also when the batch fails."""
    db = fresh_db(tmp_path / "gc.db")
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        if call == "save_articles":
            try:
                store(db, batch)
            except sqlite3.IntegrityError:
                assert BROKEN in batch
        else:
            assert (sqlite3.IntegrityError in stream(db, [batch])) is (BROKEN in batch)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def dated(url, text, published_at):
    fields, extraction = article(url, text)
    return {**fields, "published_at": published_at}, extraction


@pytest.mark.parametrize("call", ["save_articles", "save_batches"])
def test_every_quote_carries_its_revisions_publication_date(tmp_path, call):
    """Verification ranks and filters quotes by date without reading the revision: each
    quote row holds its revision's date, none when the revision has none."""
    db = fresh_db(tmp_path / "dates.db")
    first = [dated(A, "one said Doe", "2025-03-01"), dated(B, "two said Doe", None)]
    second = [dated(A, "one again said Doe", "2025-04-02T09:30:00+00:00")]   # a new revision
    if call == "save_articles":
        repository.save_articles(db, first)
        repository.save_articles(db, second)
    else:
        list(repository.save_batches(db, [first, second]))
    rows = list(db.query("SELECT q.published_at AS quote, r.published_at AS revision"
                         " FROM quotes q JOIN article_revisions r ON r.id = q.revision_id"
                         " ORDER BY q.id"))
    assert [(r["quote"], r["revision"]) for r in rows] == [
        ("2025-03-01", "2025-03-01"), (None, None),
        ("2025-04-02T09:30:00+00:00", "2025-04-02T09:30:00+00:00")]


def test_the_migration_dates_the_quotes_stored_before_it(tmp_path):
    """m005 copies every stored quote's revision date into the quote's row."""
    db = connect(tmp_path / "old.db")
    before = Migrations("quotes")
    for step in (repository.m001_initial_schema, repository.m002_word_index,
                 repository.m003_alias_lookup, repository.m004_quotes_by_article):
        before()(step)
    before.apply(db)
    db.execute("INSERT INTO articles (id, url, latest_revision_id) VALUES (1, ?, 2)", [A])
    for rev, date in ((1, "2024-01-05"), (2, None)):
        db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
                   " text_sha256, published_at) VALUES (?, 1, ?, 't', 'x', 'h', ?)",
                   [rev, rev, date])
        db.execute("INSERT INTO quotes (article_id, revision_id, start, [end], text, kind)"
                   " VALUES (1, ?, 0, 1, 'x', 'full')", [rev])
    assert "published_at" not in db["quotes"].columns_dict
    migrate(db)
    assert [r["published_at"] for r in db.query("SELECT published_at FROM quotes ORDER BY id")] \
        == ["2024-01-05", None]


def test_the_migration_moves_dates_with_offsets_to_utc(tmp_path):
    """m008 writes the stored date-times that have an offset in UTC, in the revisions and
    their quotes; dates, date-times without an offset and UTC ones stay as they were."""
    db = connect(tmp_path / "old.db")
    before = Migrations("quotes")
    for step in (repository.m001_initial_schema, repository.m002_word_index,
                 repository.m003_alias_lookup, repository.m004_quotes_by_article,
                 repository.m005_quote_dates, repository.m006_editors_marks_out_of_stored_words,
                 repository.m007_ids_never_given_twice):
        before()(step)
    before.apply(db)
    db.execute("INSERT INTO articles (id, url, latest_revision_id) VALUES (1, ?, 5)", [A])
    dates = ["2024-03-01T23:30:00-05:00", "2024-03-01", "2024-03-01T10:00:00",
             "2024-03-02T01:00:00+00:00", None]
    for rev, date in enumerate(dates, start=1):
        db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
                   " text_sha256, published_at) VALUES (?, 1, ?, 't', 'x', 'h', ?)",
                   [rev, rev, date])
        db.execute("INSERT INTO quotes (article_id, revision_id, start, [end], text, kind,"
                   " published_at) VALUES (1, ?, 0, 1, 'x', 'full', ?)", [rev, date])
    migrate(db)
    expected = ["2024-03-02T04:30:00+00:00", *dates[1:]]
    for table in ("article_revisions", "quotes"):
        assert [r["published_at"] for r in db.query(
            f"SELECT published_at FROM {table} ORDER BY id")] == expected


def _old_schema(path, *, before: str):
    """Return a database migrated up to the step named ``before``, not including it."""
    db = connect(path)
    steps = Migrations("quotes")
    for name in sorted(n for n in dir(repository) if n[:1] == "m" and n[1:4].isdigit()):
        if name == before:
            break
        steps()(getattr(repository, name))
    steps.apply(db)
    return db


def test_the_migration_gives_stored_urls_their_identity(tmp_path):
    """m009 keys the stored articles by URL identity. Two stored articles whose URLs
    collapse into one key are both kept as they were; the oldest takes the key, so a new
    text at either URL is its revision, and the migration does not fail."""
    db = _old_schema(tmp_path / "old.db", before="m009_article_url_keys")
    urls = ["https://Example.com/story#top", "https://example.com/other",
            "https://example.com/story?utm_source=x", None, "https://example.com/story"]
    for i, url in enumerate(urls, start=1):
        db.execute("INSERT INTO articles (id, url, latest_revision_id) VALUES (?, ?, ?)",
                   [i, url, i])
        db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
                   " text_sha256) VALUES (?, ?, 1, 't', ?, ?)",
                   [i, i, f"text {i}", repository._sha256(f"text {i}")])
    assert "url_key" not in db["articles"].columns_dict
    migrate(db)
    rows = db.execute("SELECT id, url, url_key FROM articles ORDER BY id").fetchall()
    assert rows == [(1, urls[0], "https://example.com/story"),
                    (2, urls[1], "https://example.com/other"),
                    (3, urls[2], None), (4, None, None), (5, urls[4], None)]
    assert repository.find_duplicate(db, "text 1", "https://example.com/story") == 1
    assert repository.find_duplicate(db, "text 3", urls[2]) is None      # not article 3's
    saved = repository.save_article(db, *article(urls[2], "new words said Doe"))
    assert saved == repository.Saved(1, created=True)
    assert [r["revision"] for r in repository.get_article(db, 1)["revisions"]] == [1, 2]
    assert repository.get_article(db, 3)["text"] == "text 3"             # kept as it was
    assert len(repository.list_articles(db, before=None, limit=10)) == 5


def test_the_migration_keys_percent_encodings_again(tmp_path):
    """m011 rewrites the keys that read percent-encodings otherwise. A key another stored
    article already holds stays its holder's (the changed one keeps no key, as m009 left
    collapsed duplicates); a free key is taken; keys that do not change, and articles
    without a key, are left as they are. A new text at an encoded URL is then the
    revision of the article stored under its other spelling."""
    db = _old_schema(tmp_path / "old.db", before="m011_url_keys_percent_encoded")
    stored = [  # url, its key as m009 wrote it
        ("https://example.com/caf%c3%a9", "https://example.com/caf%c3%a9"),
        ("https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"),
        ("https://example.com/%7eann", "https://example.com/%7eann"),
        ("https://example.com/plain", "https://example.com/plain"),
        ("https://example.com/plain#x", None),
    ]
    for i, (url, key) in enumerate(stored, start=1):
        db.execute("INSERT INTO articles (id, url, url_key, latest_revision_id)"
                   " VALUES (?, ?, ?, ?)", [i, url, key, i])
        db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
                   " text_sha256) VALUES (?, ?, 1, 't', ?, ?)",
                   [i, i, f"text {i}", repository._sha256(f"text {i}")])
    migrate(db)
    keys = [row[0] for row in db.execute("SELECT url_key FROM articles ORDER BY id")]
    assert keys == [None, "https://example.com/caf%C3%A9", "https://example.com/~ann",
                    "https://example.com/plain", None]
    saved = repository.save_article(db, *article("https://example.com/%7Eann",
                                                 "new words said Doe"))
    assert saved == repository.Saved(3, created=True)
    assert repository.find_duplicate(db, "text 2", "https://example.com/caf%c3%a9") == 2
    assert len(repository.list_articles(db, before=None, limit=10)) == 5


def test_a_batch_reads_urls_by_their_identity(tmp_path):
    """Within one batch too: the second line, the same story under a tracking URL with a
    new text, is the first's revision."""
    db = fresh_db(tmp_path / "q.db")
    saved = repository.save_articles(db, [article("https://news.example/a#x", "one said Doe"),
                                          article(A + "?utm_source=feed", "two said Doe"),
                                          article(A.upper().replace("/A", "/a"),
                                                  "two said Doe")])
    assert [(s.article_id, s.created) for s in saved] == [(1, True), (1, True), (1, False)]
    assert repository.get_article(db, 1)["url"] == "https://news.example/a#x"


def test_a_worker_waits_for_another_workers_migration(tmp_path, monkeypatch):
    """A worker that starts while another holds the file's write lock (migrating a large
    file takes longer than a request's wait) waits for it instead of failing to boot, and
    gets its connection's own wait back."""
    monkeypatch.setattr(service.db, "MIGRATION_WAIT_MS", 5_000)     # a failure fails fast
    fresh_db(tmp_path / "shared.db")
    holder = sqlite3.connect(tmp_path / "shared.db", isolation_level=None,
                             check_same_thread=False)     # released by a timer thread
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Timer(0.5, holder.execute, ["COMMIT"])
    released.start()
    try:
        db = connect(tmp_path / "shared.db", busy_timeout_ms=50)
        migrate(db)                # waited for the lock for about 0.5 s, ten times its own wait
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 50
    finally:
        released.join()
        holder.close()


@pytest.mark.parametrize("stop_early", [False, True])
def test_the_cycle_collector_stays_paused_between_batches(tmp_path, stop_early):
    """While a stream is read the collector stays off, between batches too (resumed there,
    it would sweep the next batch's prepared rows every batch); it is back on once the
    stream ends or its reader stops."""
    db = fresh_db(tmp_path / "gc.db")
    was = gc.isenabled()
    gc.enable()
    try:
        batches = repository.save_batches(
            db, map(articles_of, [[(A, T1)], [(B, T1)], [(B, T2)]]))
        seen = []
        for saved in batches:
            seen.append(gc.isenabled())
            if stop_early:
                break
        batches.close()
        assert seen == ([False] if stop_early else [False, False, False])
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_the_migration_reads_stored_words_without_the_editors_marks(tmp_path):
    """m006 gives the quotes stored with "[sic]" or brackets inside a word the normal form
    claims have, in the row, the word index and the word counts; other quotes keep theirs."""
    db = connect(tmp_path / "old.db")
    before = Migrations("quotes")
    for step in (repository.m001_initial_schema, repository.m002_word_index,
                 repository.m003_alias_lookup, repository.m004_quotes_by_article,
                 repository.m005_quote_dates):
        before()(step)
    before.apply(db)
    db.execute("INSERT INTO articles (id, url, latest_revision_id) VALUES (1, ?, 1)", [A])
    db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
               " text_sha256) VALUES (1, 1, 1, 't', 'x', 'h')")
    # as stored before: the marks' letters were words of their own
    for text, norm in (("[W]ith the pier gone [sic]", "w ith the pier gone sic"),
                       ("with the (old) pier", "with the old pier")):
        quote_id = db.execute("INSERT INTO quotes (article_id, revision_id, start, [end], text,"
                              " kind, norm) VALUES (1, 1, 0, 1, ?, 'full', ?)",
                              [text, norm]).lastrowid
        db.execute("INSERT INTO quote_words (rowid, norm) VALUES (?, ?)", [quote_id, norm])
    db.execute("INSERT INTO quote_vocab (word, df) VALUES ('w', 1), ('ith', 1), ('sic', 1),"
               " ('with', 1), ('the', 2), ('pier', 2), ('gone', 1), ('old', 1)")
    migrate(db)
    assert [r["norm"] for r in db.query("SELECT norm FROM quotes ORDER BY id")] == \
        ["with the pier gone", "with the old pier"]
    assert dict(db.execute("SELECT word, df FROM quote_vocab").fetchall()) == \
        {"with": 2, "the": 2, "pier": 2, "gone": 1, "old": 1}
    found = {w: [r[0] for r in db.execute(
        "SELECT rowid FROM quote_words WHERE quote_words MATCH ? ORDER BY rowid", [w])]
        for w in ("with", "ith", "sic", "gone")}
    assert found == {"with": [1, 2], "ith": [], "sic": [], "gone": [1]}


def said_by_doe(url, text, *aliases, role=None):
    """Return (fields, extraction): one quote of ``text`` by Jane Doe, named ``aliases``."""
    fields, extraction = article(url, text)
    speaker = Speaker(key="s0", name="Jane Doe", type=SpeakerType.PERSON, role=role,
                      aliases=("Jane Doe", *aliases), roles=(role,) if role else ())
    return fields, Extraction(text=text, quotes=extraction.quotes, speakers=(speaker,))


def aliases(db):
    return sorted(r[0] for r in db.execute("SELECT alias FROM speaker_aliases"))


def test_a_batch_keeps_the_aliases_of_its_latest_revisions(tmp_path):
    """Two revisions of one article in one batch: the first's alias is given by no latest
    revision once the batch is stored; another article's alias stays."""
    db = fresh_db(tmp_path / "q.db")
    repository.save_articles(db, [said_by_doe(A, "one said Doe", "Doe", "Janie"),
                                  said_by_doe(A, "two said Doe", "Doe"),
                                  said_by_doe(B, "three said Doe", "J. Doe")])
    assert aliases(db) == ["Doe", "J. Doe", "Jane Doe"]
    repository.save_articles(db, [said_by_doe(B, "four said Doe")])
    assert aliases(db) == ["Doe", "Jane Doe"]


def test_a_failed_write_leaves_aliases_and_their_sources_as_they_were(tmp_path, monkeypatch):
    db = fresh_db(tmp_path / "q.db")
    repository.save_articles(db, [said_by_doe(A, "one said Doe", "Janie"),
                                  said_by_doe(B, "two said Doe")])
    sources = db.execute("SELECT * FROM speaker_aliases ORDER BY 1, 2").fetchall()
    with pytest.raises(sqlite3.IntegrityError):        # the second article has no title
        repository.save_articles(db, [said_by_doe(A, "three said Doe"),
                                      article(B, "broken said Doe", title=None)])
    assert aliases(db) == ["Jane Doe", "Janie"]

    def broken(db, speaker_ids):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(repository, "_prune_names", broken)
    with pytest.raises(sqlite3.OperationalError):
        repository.delete_article(db, 1)
    assert repository.get_article(db, 1) is not None
    assert aliases(db) == ["Jane Doe", "Janie"]
    assert db.execute("SELECT * FROM speaker_aliases ORDER BY 1, 2").fetchall() == sources
    monkeypatch.undo()
    assert repository.delete_article(db, 1)
    assert aliases(db) == ["Jane Doe"]


def test_aliases_stored_before_their_sources_stay_while_their_speaker_is_quoted(tmp_path):
    """m010 cannot tell which article gave an alias stored before it: such an alias stays
    while its speaker has a quote in a latest revision (nothing is lost by the migration),
    and goes with the speaker's last quote."""
    db = _old_schema(tmp_path / "old.db", before="m010_alias_counts")
    db.execute("INSERT INTO speakers (id, name, type, identity_key) VALUES"
               " (1, 'Jane Doe', 'person', 'doe')")
    for alias in ("Jane Doe", "Doe", "Janie"):
        db.execute("INSERT INTO speaker_aliases VALUES (1, ?, ?)", [alias, alias.lower()])
    for i, url in ((1, None), (2, A)):
        db.execute("INSERT INTO articles (id, url, url_key, latest_revision_id)"
                   " VALUES (?, ?, ?, ?)", [i, url, url, i])
        db.execute("INSERT INTO article_revisions (id, article_id, revision, title, text,"
                   " text_sha256) VALUES (?, ?, 1, 't', 'x', 'h')", [i, i])
        db.execute("INSERT INTO quotes (id, article_id, revision_id, speaker_id, start, [end],"
                   " text, kind, norm) VALUES (?, ?, ?, 1, 0, 1, 'x', 'full', 'x')", [i, i, i])
    db.execute("INSERT INTO quote_words (quote_words) VALUES ('rebuild')")
    migrate(db)
    assert repository.delete_article(db, 1)
    assert aliases(db) == ["Doe", "Jane Doe", "Janie"]
    # a correction of article 2 that quotes nobody: Jane Doe has no latest quote left
    assert repository.save_article(db, {"title": "t", "text": "y", "url": A},
                                   Extraction(text="y", quotes=(), speakers=())) == repository.Saved(2, created=True)
    assert aliases(db) == []
    assert repository.delete_article(db, 2)
    assert db.execute("SELECT count(*) FROM speakers").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM speaker_aliases").fetchone()[0] == 0


def test_alias_counts_are_the_latest_revisions_giving_them(tmp_path):
    """Through revisions in one batch and across batches, duplicates, a text posted again
    and deletes, each stored alias counts the latest revisions that give it (as read back
    from the revisions), and an alias no latest revision gives is gone."""
    db = fresh_db(tmp_path / "q.db")

    def check():
        for kind, table, column in repository._GIVEN:
            counted = Counter()
            for (pairs,) in db.execute(f"SELECT r.{kind} FROM articles a JOIN"
                                       " article_revisions r ON r.id = a.latest_revision_id"):
                counted.update(tuple(pair) for pair in json.loads(pairs))
            stored = {(i, value): n for i, value, n in db.execute(
                f"SELECT speaker_id, {column}, given FROM {table}")}
            assert stored == dict(counted), kind

    steps = [
        [said_by_doe(A, "one said Doe", "Janie", role="Mayor"),
         said_by_doe(A, "two said Doe", "J. Doe"),
         said_by_doe(B, "three said Doe", "Janie", role="Mayor")],
        [said_by_doe(A, "two said Doe", "J. Doe")],                  # unchanged
        [said_by_doe(A, "one said Doe", "Janie", role="Mayor"),
         said_by_doe(None, "four said Doe", "JD", role="Mayor")],
        [said_by_doe(B, "five said Doe")],
    ]
    for batch in steps:
        repository.save_articles(db, batch)
        check()
    assert aliases(db) == ["JD", "Jane Doe", "Janie"]
    roles = "SELECT role, given FROM speaker_roles"
    assert db.execute(roles).fetchall() == [("Mayor", 2)]
    for article_id in (1, 3):
        assert repository.delete_article(db, article_id)
        check()
    assert aliases(db) == ["Jane Doe"]
    assert db.execute(roles).fetchall() == []
