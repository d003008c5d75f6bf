"""GET /healthz, the OpenAPI document and the one-line request log."""


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
