"""The per-thread database connection, schema migrations, seed loading and CLI commands."""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path

import click
from flask import Flask, current_app, g
from sqlite_utils import Database
from werkzeug.exceptions import ServiceUnavailable

from . import repository
from .importer import import_lines, read_lines
from .pipeline import extract


def connect(path: str | Path, busy_timeout_ms: int = 10_000) -> Database:
    """Open the database file with foreign keys on and a wait for other writers' locks."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL loses no committed data on a crash of the process, only possibly
    # the last transactions on a power loss, and saves an fsync per commit.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA temp_store = MEMORY")
    return db


# One connection per thread, kept between requests (as datasette does): opening one costs a
# schema parse and five pragmas. Its page cache stays at SQLite's default (2 MB): a 32 MB one
# measured no faster at 1M quotes (verify p50 within 3%, same process, alternating rounds),
# since probes touch random pages the operating system's file cache holds anyway; a 64 MB
# one cut the file reads of a verification from 200 to 83 at 1M quotes (/proc/self/io) and
# was still no faster (p50 3.4-4.3 ms against 3.3-3.4 ms, alternating new processes).
_local = threading.local()


def _file_id(path: str) -> tuple[int, int] | None:
    """Return the device and inode of the file at ``path``; None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def get_db() -> Database:
    """Return this thread's connection to the configured database, opening it if needed.

    A kept connection whose file the path no longer names (removed, or replaced by another
    file) is refused with 503: it would go on reading and writing a file that is gone at
    the next start, and health would say ok. Opening the new file in its place could meet
    the old file's write-ahead log; a restart opens it safely.
    """
    key = (str(current_app.config["DATABASE"]), current_app.config["SQLITE_BUSY_TIMEOUT_MS"])
    kept = getattr(_local, "kept", None)
    if kept is None or kept[0] != key:
        if kept is not None:
            kept[1].close()
        db = connect(*key)
        kept = _local.kept = (key, db, _file_id(key[0]))
    elif kept[2] is not None and _file_id(key[0]) != kept[2]:     # one stat, about 1 us
        raise ServiceUnavailable(
            "The database file was removed or replaced since this worker opened it; "
            "restart the service.")
    g.db = kept[1]
    return g.db


def close_db(exception: BaseException | None = None) -> None:
    """End this request's use of the connection: nothing it began stays open."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.rollback()


# How long a worker that starts while another migrates the file waits for it: longer than
# a request waits for a lock, since a migration of a large file takes longer (m005 rewrites
# every quote row: about 5 s at a million quotes on this machine's disk), and a worker that
# gives up fails to boot.
MIGRATION_WAIT_MS = 600_000


def migrate(db: Database) -> None:
    """Switch to WAL and apply pending migrations, one worker at a time (the others wait up
    to MIGRATION_WAIT_MS, then get the connection's own wait back)."""
    _enable_wal(db)
    own_wait = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
    try:
        with repository.write_transaction(db):
            repository.MIGRATIONS.apply(db)
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(own_wait)}")


def _enable_wal(db: Database, attempts: int = 100, pause_s: float = 0.05) -> None:
    """Put the file in WAL mode (it stays so), waiting out a worker that is doing the same.

    Changing the journal mode needs the file to itself, and SQLite answers "database is
    locked" at once instead of calling the busy handler; workers that start together would
    otherwise fail to boot.
    """
    for attempt in range(attempts):
        try:
            if db.journal_mode != "wal":
                db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(pause_s)


def read_seeds(seeds_dir: str | Path) -> list[dict]:
    """Return the seed documents of ``seeds_dir`` in file-name order."""
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(seeds_dir).glob("*.json"))]


def load_seeds(db: Database, seeds_dir: str | Path, *, only_if_empty: bool = True) -> int:
    """Store the seed articles and return how many were new.

    The emptiness check and the writes share one write transaction, so workers that start
    together load the seeds once; storing an already stored text is a no-op anyway.
    """
    documents = [(d, extract(d["text"], title=d.get("title"))) for d in read_seeds(seeds_dir)]
    with repository.write_transaction(db):
        if only_if_empty and not repository.is_empty(db):
            return 0
        return sum(repository.save_article(db, d, e).created for d, e in documents)


def init_database(app: Flask) -> None:
    """Bring the schema up to date and seed an empty database when configured to; raise
    RuntimeError naming the file when it cannot be opened or written."""
    path = app.config["DATABASE"]
    try:
        db = connect(path, app.config["SQLITE_BUSY_TIMEOUT_MS"])
    except (OSError, sqlite3.Error) as exc:
        # SQLite says "unable to open database file", mkdir names a parent folder only
        raise RuntimeError(f"Cannot open the database {str(path)!r}: {exc}") from exc
    try:
        migrate(db)
        if app.config["SEED_ON_EMPTY"]:
            load_seeds(db, app.config["SEEDS_DIR"])
    except sqlite3.OperationalError as exc:
        raise RuntimeError(f"Cannot prepare the database {str(path)!r}: {exc}") from exc
    finally:
        db.close()


@click.command("init-db")
def init_db_command() -> None:
    """Create or migrate the database schema."""
    db = get_db()
    migrate(db)
    click.echo(f"Database ready at {current_app.config['DATABASE']}")


@click.command("seed")
@click.option("--force", is_flag=True, help="Load the seeds even if articles are stored.")
def seed_command(force: bool) -> None:
    """Load the seed articles (only into an empty database unless --force)."""
    db = get_db()
    migrate(db)
    count = load_seeds(db, current_app.config["SEEDS_DIR"], only_if_empty=not force)
    click.echo(f"Loaded {count} seed article(s)")


@click.command("import-articles")
# Bytes, split at line feeds only: a line that is not UTF-8 is rejected by itself (decoding
# the file stopped the import with a traceback), and a carriage return JSON allows between
# tokens does not end a line.
@click.argument("path", type=click.File("rb"))
@click.option("--batch", default=500, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles stored per transaction.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that extract quotes.")
def import_command(path, batch: int, workers: int) -> None:
    """Import articles from a JSON Lines file ('-' for stdin): one article per line, with
    the fields of POST /v1/articles. Rejected lines are listed; the exit status is 1 if any."""
    db = get_db()
    migrate(db)
    # A line is held to the API's body limit, and one longer is not read whole into memory.
    lines = read_lines(path, current_app.config.get("MAX_CONTENT_LENGTH"))
    report = import_lines(db, lines, batch=batch, workers=workers,
                          max_quotes=current_app.config["MAX_QUOTES_PER_ARTICLE"])
    for number, why in report.rejected:
        click.echo(f"line {number}: {why}", err=True)
    click.echo(f"{report.read} articles read: {report.stored} stored ({report.quotes} quotes), "
               f"{report.unchanged} already stored, {len(report.rejected)} rejected")
    if report.rejected:
        raise SystemExit(1)


def init_app(app: Flask) -> None:
    """Prepare the database and register connection teardown."""
    init_database(app)
    app.teardown_appcontext(close_db)


def init_cli(app: Flask) -> None:
    """Register the init-db, seed and import-articles commands."""
    app.cli.add_command(init_db_command)
    app.cli.add_command(seed_command)
    app.cli.add_command(import_command)
