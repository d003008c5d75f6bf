"""GET /healthz, the OpenAPI document and the one-line request log."""
import pytest


def test_health(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_health_is_503_when_the_database_fails(client, monkeypatch):
    import sqlite3

    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("service.repository.ping", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"


def test_openapi_documents_every_resource(client):
    spec = client.get("/v1/openapi.json").json
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) >= {
        "/v1/articles", "/v1/articles/{article_id}", "/v1/articles/{article_id}/quotes",
        "/v1/quotes", "/v1/quotes/{quote_id}", "/v1/speakers", "/v1/speakers/{speaker_id}",
        "/v1/extract", "/healthz"}
    post = spec["paths"]["/v1/articles"]["post"]
    assert {"201", "200", "422"} <= set(post["responses"])
    assert post["security"] == [{"bearerAuth": []}]
    assert "security" not in spec["paths"]["/v1/extract"]["post"]


def test_each_request_is_logged_as_one_line(client, capsys):
    client.get("/v1/quotes?limit=2")
    client.get("/v1/nowhere")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    method, path, status, duration = lines[0].split()
    assert (method, path, status) == ("GET", "/v1/quotes?limit=2", "200")
    assert duration.endswith("ms") and float(duration[:-2]) >= 0
    assert lines[1].split()[:3] == ["GET", "/v1/nowhere", "404"]


def _remove_database(app):
    from pathlib import Path
    path = Path(app.config["DATABASE"])
    for file in path.parent.glob(path.name + "*"):      # with its -wal and -shm
        file.unlink()
    return path


def test_a_removed_database_file_is_503_and_nothing_is_written(app, client):
    """The database file is deleted under the running worker (an operator's rm, a volume
    unmounted): health said ok, and a posted article was answered 201 while written to a
    file no path names any more, gone at the next start."""
    article = {"title": "T", "text": "The mayor said “the bridge opens on Monday” at noon."}
    assert client.post("/v1/articles", json=article).status_code == 201
    path = _remove_database(app)
    for response in (client.get("/healthz"), client.post("/v1/articles", json=article),
                     client.get("/v1/quotes")):
        assert response.status_code == 503, response.get_data(as_text=True)
        assert response.mimetype == "application/problem+json"
        assert "removed" in response.json["detail"]
    assert not path.exists()


def test_a_database_file_replaced_under_the_worker_is_503(app, client, tmp_path):
    """A file moved in at the database's path (a restored copy) while the worker has the
    old one open: the worker wrote on to the old file, gone at the next start. Now it
    answers 503 and writes nothing (a restarted worker opens the new file)."""
    import os
    import sqlite3

    first = {"title": "First", "text": "The mayor said “the bridge opens on Monday” at noon."}
    assert client.post("/v1/articles", json=first).status_code == 201
    copy = tmp_path / "restored.db"
    source, target = sqlite3.connect(app.config["DATABASE"]), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    os.replace(copy, app.config["DATABASE"])
    later = {"title": "Later", "text": "“We are ready,” Doe told reporters."}
    for response in (client.get("/healthz"), client.post("/v1/articles", json=later)):
        assert response.status_code == 503, response.get_data(as_text=True)
        assert "replaced" in response.json["detail"]
    with sqlite3.connect(app.config["DATABASE"]) as restored:
        assert restored.execute("SELECT title FROM article_revisions").fetchall() == \
            [("First",)]
    restored.close()


@pytest.mark.parametrize("where", ["under-a-file", "a-directory"])
def test_a_database_that_cannot_be_opened_stops_the_start_naming_it(tmp_path, where):
    """The app does not start on a database it cannot open; the error says which file (it
    said "unable to open database file", or named only a parent folder)."""
    from service import create_app

    (tmp_path / "plain-file").write_text("")
    (tmp_path / "folder").mkdir()
    path = {"under-a-file": tmp_path / "plain-file" / "quotes.db",
            "a-directory": tmp_path / "folder"}[where]
    with pytest.raises(RuntimeError) as caught:
        create_app({"TESTING": True, "DATABASE": str(path), "SEED_ON_EMPTY": False})
    assert str(path) in str(caught.value)


def _damaged_copy(app, tmp_path):
    """Return a copy of the app's database file with the page of the quotes table's root
    overwritten (a bad sector, a torn write)."""
    import shutil
    import sqlite3

    source = sqlite3.connect(app.config["DATABASE"])
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    root = source.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quotes'"
                          ).fetchone()[0]
    source.close()
    copy = tmp_path / "damaged.db"
    shutil.copy(app.config["DATABASE"], copy)
    with open(copy, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)
    return copy


def test_deep_health_sees_a_damaged_database_file(make_app, tmp_path):
    """GET /healthz answered ok for a file whose pages are damaged (its SELECT 1 reads no
    page); ?deep=1 runs SQLite's quick_check and answers 503 problem+json."""
    app = make_app()
    client = app.test_client()
    for n in range(5):
        article = {"title": f"T{n}", "text": f"The mayor said “the bridge opens on day {n}”."}
        assert client.post("/v1/articles", json=article).status_code == 201
    assert client.get("/healthz?deep=1").json == {"status": "ok"}
    damaged = make_app(DATABASE=str(_damaged_copy(app, tmp_path))).test_client()
    assert damaged.get("/healthz").status_code == 200        # the shallow check: blind
    response = damaged.get("/healthz", query_string={"deep": "1"})
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert "damaged" in response.json["detail"], response.json
    assert damaged.get("/healthz?deep=0").status_code == 200


def test_deep_health_is_bounded_in_time(app, client, monkeypatch):
    """A check that does not finish within HEALTH_DEEP_TIMEOUT_MS is interrupted: 503,
    saying the file is not known to be intact."""
    article = {"title": "T", "text": "The mayor said “the bridge opens on Monday”."}
    assert client.post("/v1/articles", json=article).status_code == 201
    monkeypatch.setattr("service.repository._CHECK_STEPS", 1)     # a small file is quick
    app.config["HEALTH_DEEP_TIMEOUT_MS"] = 0
    response = client.get("/healthz?deep=1")
    assert response.status_code == 503
    assert "did not finish within 0 ms" in response.json["detail"]
    app.config["HEALTH_DEEP_TIMEOUT_MS"] = 5_000            # the handler was removed after
    assert client.get("/healthz?deep=1").status_code == 200
    assert client.get("/v1/articles").status_code == 200


def test_deep_must_be_a_boolean(client):
    response = client.get("/healthz?deep=maybe")
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "deep"
