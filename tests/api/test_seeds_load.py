"""Start-up: seeds load into an empty database once, and configuration comes from QUOTES_*."""
import json
import subprocess
import sys
import time
from pathlib import Path

from service import create_app

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.json"))


def titles(client):
    return sorted(a["title"] for a in client.get("/v1/articles").json["items"])


def test_seed_documents_have_title_and_text():
    assert len(SEEDS) == 2
    for path in SEEDS:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["title"].strip() and doc["text"].strip()
        assert "\n" not in doc["title"]


def test_seeds_load_on_empty_database_and_not_twice(make_app):
    expected = sorted(json.loads(p.read_text(encoding="utf-8"))["title"] for p in SEEDS)
    client = make_app(SEED_ON_EMPTY=True).test_client()
    assert titles(client) == expected
    quotes = client.get("/v1/quotes?limit=500").json["items"]
    assert quotes
    client = make_app(SEED_ON_EMPTY=True).test_client()
    assert titles(client) == expected
    assert client.get("/v1/quotes?limit=500").json["items"] == quotes


def test_seeds_do_not_load_into_a_database_with_articles(make_app):
    client = make_app().test_client()
    client.post("/v1/articles", json={"title": "Mine", "text": "Only “mine”."})
    client = make_app(SEED_ON_EMPTY=True).test_client()
    assert titles(client) == ["Mine"]


def test_seed_switch_off_leaves_database_empty(make_app):
    assert make_app(SEED_ON_EMPTY=False).test_client().get("/v1/articles").json["items"] == []


def test_workers_starting_together_load_seeds_once(tmp_path):
    database = tmp_path / "shared.db"
    # Every worker imports first, then waits for the same instant, as gunicorn's workers do.
    go = time.time() + 3.0
    start = ("import time; from service import create_app; "
             f"time.sleep(max(0.0, {go!r} - time.time())); "
             f"create_app({{'DATABASE': {str(database)!r}, 'SEED_ON_EMPTY': True}})")
    workers = [subprocess.Popen([sys.executable, "-c", start], stderr=subprocess.PIPE)
               for _ in range(6)]
    for worker in workers:
        _, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err.decode()
    client = create_app({"DATABASE": str(database), "SEED_ON_EMPTY": False,
                         "TESTING": True}).test_client()
    assert len(client.get("/v1/articles").json["items"]) == len(SEEDS)


def test_configuration_from_environment(tmp_path, monkeypatch):
    database = tmp_path / "from-env" / "env.db"
    monkeypatch.setenv("QUOTES_DATABASE", str(database))
    monkeypatch.setenv("QUOTES_SEED_ON_EMPTY", "false")
    monkeypatch.setenv("QUOTES_MAX_CONTENT_LENGTH", "200")
    monkeypatch.setenv("QUOTES_API_KEY", "from-env")
    app = create_app({"TESTING": True})
    assert database.exists()
    client = app.test_client()
    assert client.get("/v1/articles").json["items"] == []
    headers = {"Authorization": "Bearer from-env"}
    big = {"title": "t", "text": "x" * 300}
    assert client.post("/v1/articles", json=big, headers=headers).status_code == 413
    small = {"title": "t", "text": "It is “small”."}
    assert client.post("/v1/articles", json=small).status_code == 401
    assert client.post("/v1/articles", json=small, headers=headers).status_code == 201
