"""Two processes writing one database file at once, as gunicorn's two workers do."""
from __future__ import annotations

import multiprocessing
import sqlite3

import pytest

from service import create_app

URLS = ("https://news.example/harbour", "https://news.example/ferry")


def _write(path: str, worker: int, rounds: int, results) -> None:
    client = create_app({"TESTING": True, "DATABASE": path, "SEED_ON_EMPTY": False,
                         "API_KEY": None}).test_client()
    statuses = []
    for n in range(rounds):
        url = URLS[n % 2]
        # the same URL with new text (a revision), and one text every worker posts
        for body in ({"title": "T", "url": url,
                      "text": f"Mayor Ann Boyd said “the gate opens at {n % 4}” today."},
                     {"title": "T", "text": "Tom Weller said “the ferry is late” again."}):
            statuses.append(client.post("/v1/articles", json=body).status_code)
        if n % 3 == 2:
            statuses.append(client.delete(f"/v1/articles/{3 + worker}").status_code)
    results.put(statuses)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="needs fork")
def test_two_processes_store_one_article_per_url_and_per_text(tmp_path):
    path = str(tmp_path / "quotes.db")
    create_app({"TESTING": True, "DATABASE": path, "SEED_ON_EMPTY": False})   # migrated
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [context.Process(target=_write, args=(path, w, 12, results)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    statuses = [s for _ in workers for s in results.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=30)
    assert set(statuses) <= {200, 201, 204, 404}, statuses
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT url, count(*) FROM articles WHERE url IS NOT NULL"
                          " GROUP BY url HAVING count(*) > 1").fetchall() == []
        for article_id, revisions, latest, top in db.execute(
                "SELECT a.id, group_concat(r.revision), l.revision, max(r.revision)"
                " FROM articles a JOIN article_revisions r ON r.article_id = a.id"
                " JOIN article_revisions l ON l.id = a.latest_revision_id GROUP BY a.id"):
            numbers = sorted(map(int, revisions.split(",")))
            assert numbers == list(range(1, len(numbers) + 1)) and latest == top, article_id
        texts = db.execute("SELECT count(DISTINCT a.id) FROM articles a JOIN article_revisions"
                           " r ON r.id = a.latest_revision_id WHERE r.text LIKE 'Tom%'"
                           ).fetchone()[0]
        assert texts <= 1
        assert db.execute("SELECT name, type FROM speakers GROUP BY name, type"
                          " HAVING count(*) > 1").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
