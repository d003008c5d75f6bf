"""Every error path answers RFC 9457 application/problem+json, never a 500 for client input."""
import re

import pytest

ARTICLE = {"title": "A title", "text": "She said “yes”."}
PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert PROBLEM_KEYS <= set(body)
    assert body["status"] == status
    return body


def fields_named(body):
    return sorted({e["field"] for e in body["errors"]})


@pytest.mark.parametrize("method, path", [
    ("get", "/v1/articles/999"),
    ("delete", "/v1/articles/999"),
    ("get", "/v1/articles/999/quotes"),
    ("get", "/v1/quotes/999"),
    ("get", "/v1/speakers/999"),
    ("get", "/v1/articles/99999999999999999999999"),
    ("get", "/v1/articles/abc"),
    ("get", "/v1/nowhere"),
    ("get", "/"),
    ("post", "/v2/articles"),
])
def test_not_found(client, method, path):
    assert_problem(getattr(client, method)(path), 404)


@pytest.mark.parametrize("method, path", [
    ("put", "/v1/articles"),
    ("delete", "/v1/quotes/1"),
    ("post", "/v1/speakers"),
    ("get", "/v1/extract"),
    ("post", "/healthz"),
])
def test_wrong_method(client, method, path):
    response = getattr(client, method)(path)
    assert_problem(response, 405)
    assert response.headers["Allow"]


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/extract", "/v1/verify",
                                  "/v1/verify/draft"])
@pytest.mark.parametrize("data", [
    '{"title": ', "{'title': 'x'}", "\xff\xfe", "nan nan",
    # nested deeper than Python's parser recurses
    pytest.param("[" * 100_000 + "]" * 100_000, id="nested-arrays"),
    pytest.param('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}", id="nested-field"),
    # an integer longer than Python converts from text (4,300 digits)
    pytest.param('{"title": "t", "text": "x", "published_at": ' + "9" * 5000 + "}",
                 id="long-integer"),
    pytest.param('{"quote": -' + "1" * 4301 + "}", id="long-negative-integer"),
])
def test_malformed_json_is_400(client, path, data):
    response = client.post(path, data=data.encode("latin-1"), content_type="application/json")
    body = assert_problem(response, 400)
    assert "JSON" in body["detail"]


@pytest.mark.parametrize("body, fields", [
    ({}, ["text", "title"]),
    ({"title": "t"}, ["text"]),
    ({"title": "", "text": "   "}, ["text", "title"]),
    ({"title": 5, "text": ["x"]}, ["text", "title"]),
    ({**ARTICLE, "url": "not a url"}, ["url"]),
    ({**ARTICLE, "url": "ftp://example.com/a"}, ["url"]),
    ({**ARTICLE, "published_at": "last Thursday"}, ["published_at"]),
    ({**ARTICLE, "published_at": "2025-13-45"}, ["published_at"]),
    ({**ARTICLE, "published_at": 20251016}, ["published_at"]),
    ({**ARTICLE, "published_at": "0001-01-01T00:00:00+01:00"}, ["published_at"]),  # UTC: year 0
    ({**ARTICLE, "surprise": 1}, ["surprise"]),
    ({**ARTICLE, "title": "t" * 1001}, ["title"]),
    # nothing to see: zero-width and other format characters, controls, Unicode spaces
    ({"title": "\u200b", "text": "\u200b\u2060\ufeff\u00ad"}, ["text", "title"]),
    ({"title": "\x00\x07", "text": "\u3000\x1f\u200d"}, ["text", "title"]),
])
def test_article_schema_violations_name_each_field(client, body, fields):
    problem = assert_problem(client.post("/v1/articles", json=body), 422)
    assert fields_named(problem) == fields
    assert all(e["location"] == "json" and e["message"] for e in problem["errors"])
    assert client.get("/v1/articles").json["items"] == []


# JSON may escape a lone surrogate ("\\ud800"): no character, so no text to store or read.
LONE = '"\\ud800 and more"'


@pytest.mark.parametrize("path, body, field", [
    ("/v1/articles", '{"title": %s, "text": "She said yes."}' % LONE, "title"),
    ("/v1/articles", '{"title": "T", "text": "She said \\u201c\\udfffyes.\\u201d"}', "text"),
    ("/v1/articles", '{"title": "T", "text": "x", "author": %s}' % LONE, "author"),
    ("/v1/articles", '{"title": "T", "text": "x", "outlet": %s}' % LONE, "outlet"),
    ("/v1/articles", '{"title": "T", "text": "x", "url": "https://a.example/\\ud800"}', "url"),
    ("/v1/articles", '{"title": "T", "text": "x", "url": "https://a.example/?q=\\udc80"}', "url"),
    ("/v1/articles", '{"title": "T", "text": "x", "url": "https://\\ud800.example/"}', "url"),
    ("/v1/extract", '{"text": %s}' % LONE, "text"),
    ("/v1/extract", '{"text": "x", "title": %s}' % LONE, "title"),
    ("/v1/verify", '{"quote": %s}' % LONE, "quote"),
    ("/v1/verify", '{"quote": "peace is possible", "speaker": %s}' % LONE, "speaker"),
    ("/v1/verify/draft", '{"text": %s}' % LONE, "text"),
    ("/v1/verify/draft", '{"text": "x", "title": %s}' % LONE, "title"),
])
def test_a_lone_surrogate_is_422_naming_the_field(client, path, body, field):
    problem = assert_problem(client.post(path, data=body, content_type="application/json"), 422)
    assert fields_named(problem) == [field]
    assert "surrogate" in problem["errors"][0]["message"]
    assert client.get("/v1/articles").json["items"] == []


def test_a_surrogate_pair_is_text(client):
    """The escapes of one character beyond the BMP, in a pair, are that character."""
    body = '{"title": "T \\ud83d\\ude00", "text": "She said \\u201cyes.\\u201d"}'
    response = client.post("/v1/articles", data=body, content_type="application/json")
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.json["title"] == "T \U0001F600"


@pytest.mark.parametrize("data", ["[]", '["text"]', '"text"', "5", "null", "true"])
def test_json_that_is_not_an_object_is_422(client, data):
    for path in ("/v1/articles", "/v1/extract"):
        assert_problem(client.post(path, data=data, content_type="application/json"), 422)


def test_empty_json_body_is_422(client):
    response = client.post("/v1/articles", data=b"", content_type="application/json")
    assert fields_named(assert_problem(response, 422)) == ["text", "title"]


@pytest.mark.parametrize("query, field", [
    ("/v1/quotes?limit=0", "limit"),
    ("/v1/quotes?limit=501", "limit"),
    ("/v1/quotes?limit=ten", "limit"),
    ("/v1/quotes?kind=quote", "kind"),
    ("/v1/quotes?min_level=7", "min_level"),
    ("/v1/quotes?label=famous", "label"),
    ("/v1/quotes?article_id=-1", "article_id"),
    ("/v1/quotes?article_id=99999999999999999999", "article_id"),
    ("/v1/quotes?cursor=garbage", "cursor"),
    ("/v1/quotes?cursor=YWZ0ZXI6LTE", "cursor"),           # base64 of "after:-1"
    ("/v1/quotes?cursor=" + "A" * 100, "cursor"),
    ("/v1/articles?cursor=%00%ff", "cursor"),
    ("/v1/speakers?limit=-3", "limit"),
    ("/v1/articles/1/quotes?revision=0", "revision"),
    ("/v1/quotes?unknown=1", "unknown"),
])
def test_query_violations_name_the_parameter(client, post_article, query, field):
    post_article()
    problem = assert_problem(client.get(query), 422)
    assert fields_named(problem) == [field]
    assert problem["errors"][0]["location"] == "query"


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/extract"])
@pytest.mark.parametrize("content_type, data", [
    ("text/plain", '{"title": "t", "text": "x"}'),
    ("application/x-www-form-urlencoded", "title=t&text=x"),
    (None, ""),
])
def test_wrong_content_type_is_415(client, path, content_type, data):
    response = client.post(path, data=data, content_type=content_type)
    assert_problem(response, 415)


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/extract", "/v1/verify"])
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "gzip, identity"])
def test_a_compressed_body_is_415(client, path, encoding):
    """The service reads bodies as sent: a compressed one was answered "not valid JSON"
    (400), as if the client had sent broken JSON."""
    import gzip
    import json

    data = gzip.compress(json.dumps({**ARTICLE, "quote": "yes"}).encode())
    response = client.post(path, data=data, content_type="application/json",
                           headers={"Content-Encoding": encoding})
    problem = assert_problem(response, 415)
    assert "Content-Encoding" in problem["detail"]
    assert response.headers["Accept-Encoding"] == "identity"
    assert client.get("/v1/articles").json["items"] == []


def test_an_identity_content_encoding_is_read(client):
    response = client.post("/v1/articles", json=ARTICLE,
                           headers={"Content-Encoding": "identity"})
    assert response.status_code == 201


def test_body_over_the_limit_is_413(make_app):
    client = make_app(MAX_CONTENT_LENGTH=1024).test_client()
    big = {"title": "t", "text": "word " * 1000}
    assert_problem(client.post("/v1/articles", json=big), 413)
    assert_problem(client.post("/v1/extract", json={"text": "x" * 2000}), 413)
    assert client.get("/v1/articles").json["items"] == []


def _post_chunked(app, path, body):
    """POST ``body`` as a server hands on a chunked upload: no Content-Length, and an input
    stream the server ends (wsgi.input_terminated, as gunicorn sets)."""
    import io
    import json

    from werkzeug.test import EnvironBuilder, run_wsgi_app

    environ = EnvironBuilder(path=path, method="POST", content_type="application/json",
                             headers={"Transfer-Encoding": "chunked"}).get_environ()
    environ.pop("CONTENT_LENGTH", None)
    environ.update({"wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True})
    app_iter, status, headers = run_wsgi_app(app, environ, buffered=True)
    return int(status.split()[0]), headers.get("Content-Type"), json.loads(b"".join(app_iter))


@pytest.mark.parametrize("path, stored", [("/v1/articles", 201), ("/v1/extract", 200)])
@pytest.mark.parametrize("over", [-1, 0, 1, 5000])
def test_a_chunked_body_is_held_to_the_limit(make_app, path, stored, over):
    """A body sent without Content-Length (chunked) over the limit was read cut at the
    limit and answered 400 "not valid JSON"; it is 413, as with a Content-Length. One at
    the limit or under it is read whole."""
    app = make_app(MAX_CONTENT_LENGTH=1024)
    head, tail = b'{"title": "t", "text": "', b'"}'
    words = b"w" * (1024 - len(head) - len(tail) + over)
    status, content_type, answer = _post_chunked(app, path, head + words + tail)
    if over > 0:
        assert (status, content_type) == (413, "application/problem+json"), answer
    else:
        assert status == stored, answer
        assert path == "/v1/extract" or answer["text"] == words.decode()


def test_default_body_limit_is_two_megabytes(client):
    assert client.application.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    huge = {"title": "t", "text": "x" * (2 * 1024 * 1024)}
    assert_problem(client.post("/v1/articles", json=huge), 413)


# Three quoted passages: one over the limit of two set below.
THREE_QUOTES = "“One,” Ann Boyd said. “Two,” she added. “Three.”"


@pytest.mark.parametrize("path, answered", [
    ("/v1/articles", 201), ("/v1/extract", 200), ("/v1/verify/draft", 200)])
def test_a_text_of_more_quoted_passages_than_allowed_is_422(make_app, path, answered):
    """A text of many tiny quotes costs up to a millisecond a quote to attribute: a 2 MB
    body of them ran for minutes, past the worker's timeout (a killed worker, no answer).
    Over MAX_QUOTES_PER_ARTICLE the pipeline refuses it before attributing any, and the
    answer names the field and both counts, and nothing is stored; at the limit it is read
    as before."""
    client = make_app(MAX_QUOTES_PER_ARTICLE=2).test_client()
    body = assert_problem(client.post(path, json={"title": "T", "text": THREE_QUOTES}), 422)
    assert body["detail"] == "The request has invalid fields: text"
    assert body["errors"] == [{"location": "json", "field": "text", "message":
                               "The text holds 3 quoted passages, more than the 2 allowed."}]
    assert client.get("/v1/articles").json["items"] == []
    assert client.get("/v1/speakers").json["items"] == []
    client.application.config["MAX_QUOTES_PER_ARTICLE"] = 3
    response = client.post(path, json={"title": "T", "text": THREE_QUOTES})
    assert response.status_code == answered, response.get_data(as_text=True)


class TestApiKey:
    @pytest.fixture
    def client(self, make_app):
        return make_app(API_KEY="s3cret").test_client()

    def test_write_without_key_is_401(self, client):
        response = client.post("/v1/articles", json=ARTICLE)
        assert_problem(response, 401)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert_problem(client.delete("/v1/articles/1"), 401)

    @pytest.mark.parametrize("header", ["Bearer wrong", "Bearer s3cret2", "Bearer S3CRET",
                                        "Bearer s3cre"])
    def test_write_with_wrong_key_is_403(self, client, header):
        response = client.post("/v1/articles", json=ARTICLE, headers={"Authorization": header})
        assert_problem(response, 403)

    @pytest.mark.parametrize("header", ["s3cret", "Basic s3cret", "Bearer", "Bearer  "])
    def test_malformed_authorization_is_401(self, client, header):
        response = client.post("/v1/articles", json=ARTICLE, headers={"Authorization": header})
        assert_problem(response, 401)

    def test_write_with_key_succeeds_and_reads_stay_open(self, client):
        auth = {"Authorization": "Bearer s3cret"}
        created = client.post("/v1/articles", json=ARTICLE, headers=auth)
        assert created.status_code == 201
        article_id = created.json["id"]
        for path in ("/v1/articles", f"/v1/articles/{article_id}", "/v1/quotes",
                     "/v1/speakers", "/healthz", "/v1/openapi.json"):
            assert client.get(path).status_code == 200
        assert client.delete(f"/v1/articles/{article_id}").status_code == 401
        assert client.delete(f"/v1/articles/{article_id}", headers=auth).status_code == 204

    def test_unknown_route_is_still_404(self, client):
        assert_problem(client.post("/v1/nowhere", json={}), 404)


@pytest.mark.parametrize("key", ["0", "false", "null", "[]", "1e3", "1.50", '"s3cret"', "12"])
def test_the_api_key_is_taken_from_the_environment_as_written(tmp_path, monkeypatch, key):
    """QUOTES_API_KEY is a secret, not a JSON value: parsed as one, "0", "false", "null"
    and "[]" left writes open to anyone, and "1e3" became "1000.0", refusing its holder."""
    from service import create_app

    monkeypatch.setenv("QUOTES_API_KEY", key)
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                         "SEED_ON_EMPTY": False}).test_client()
    assert_problem(client.post("/v1/articles", json=ARTICLE), 401)
    assert_problem(client.delete("/v1/articles/1"), 401)
    response = client.post("/v1/articles", json=ARTICLE,
                           headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 201, response.get_data(as_text=True)


def test_unexpected_errors_are_500_problems_without_details(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("service.repository.list_speakers", broken)
    response = client.get("/v1/speakers")
    body = assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)
    assert body["title"] == "Internal Server Error"


@pytest.mark.parametrize("params", [
    {"speaker": "' OR 1=1 --"}, {"speaker": "%_%"}, {"speaker": "   "}, {"speaker": "\u0000"},
    {"q": "\u0000"}, {"q": "💥 \"unterminated"}, {"name": "%"},
])
def test_odd_query_text_never_fails(client, post_article, params):
    post_article()
    path = "/v1/speakers" if "name" in params else "/v1/quotes"
    response = client.get(path, query_string=params)
    assert response.status_code == 200
    assert response.json["items"] == []


@pytest.mark.parametrize("method, path, body", [
    ("post", "/v1/articles", ARTICLE),
    ("delete", "/v1/articles/1", None),
])
def test_a_write_lock_held_past_the_busy_timeout_is_503(make_app, method, path, body):
    """Another process holds the write lock longer than SQLITE_BUSY_TIMEOUT_MS: the write
    waits that long, then answers 503 with Retry-After (it was a 500, "unexpected error"),
    and once the lock is gone the same request succeeds."""
    import sqlite3

    app = make_app(SQLITE_BUSY_TIMEOUT_MS=50)
    client = app.test_client()
    assert client.post("/v1/articles", json={"title": "T", "text": "Other words."}
                       ).status_code == 201
    other = sqlite3.connect(app.config["DATABASE"], isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        response = getattr(client, method)(path, json=body)
        problem = assert_problem(response, 503)
        assert response.headers["Retry-After"].isdigit()
        assert "busy" in problem["detail"]
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert getattr(client, method)(path, json=body).status_code in (201, 204)


def test_a_full_disk_is_503_and_stores_nothing(app, client):
    """The database's file may not grow (SQLite's max_page_count on this worker's
    connection, as a full disk does): storing an article answers 503 (it was a 500,
    "unexpected error"), and nothing of it is stored."""
    from service.db import get_db

    with app.app_context():
        db = get_db()
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
    text = " ".join(f"“Word {n} of many,” said Ann Boyd." for n in range(400))
    problem = assert_problem(client.post("/v1/articles", json={"title": "T", "text": text}),
                             503)
    assert "full" in problem["detail"]
    assert client.get("/v1/articles").json["items"] == []
    assert client.get("/v1/quotes").json["items"] == []


@pytest.mark.parametrize("key, says", [
    ("", "QUOTES_API_KEY is set but empty"),
    ("   ", "QUOTES_API_KEY is set but empty"),
    ("s3cret\n", "QUOTES_API_KEY has spaces or line breaks around it"),
])
def test_an_api_key_no_client_can_send_stops_the_start(tmp_path, monkeypatch, key, says):
    """QUOTES_API_KEY="" (``-e QUOTES_API_KEY=$UNSET``) left every write open, as unset
    does; a key with a line break after it (read from a file) refused every write. Both are
    deployment mistakes: the app does not start, and says which variable is wrong."""
    from service import create_app

    monkeypatch.setenv("QUOTES_API_KEY", key)
    with pytest.raises(RuntimeError, match=says):
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                    "SEED_ON_EMPTY": False})
    assert not (tmp_path / "quotes.db").exists()       # refused before the database


@pytest.mark.parametrize("variable, value, says", [
    ("QUOTES_HEALTH_DEEP_TIMEOUT_MS", "5s", "QUOTES_HEALTH_DEEP_TIMEOUT_MS is '5s': it must be "
                                            "a whole number"),
    ("QUOTES_SQLITE_BUSY_TIMEOUT_MS", "-1", "QUOTES_SQLITE_BUSY_TIMEOUT_MS is -1"),
    ("QUOTES_PAGE_LIMIT_MAX", "2.5", "QUOTES_PAGE_LIMIT_MAX is 2.5"),
    ("QUOTES_MAX_CONTENT_LENGTH", "true", "QUOTES_MAX_CONTENT_LENGTH is True"),
    ("QUOTES_SEED_ON_EMPTY", "yes", "QUOTES_SEED_ON_EMPTY is 'yes': it must be true or false"),
    ("QUOTES_FUZZY_MIN_SIMILARITY", "75", "QUOTES_FUZZY_MIN_SIMILARITY is 75: it must be a "
                                          "number from 0 to 1"),
    ("QUOTES_MAX_QUOTES_PER_ARTICLE", "1e3", "QUOTES_MAX_QUOTES_PER_ARTICLE is 1000.0: it "
                                             "must be a whole number"),
    ("QUOTES_MAX_QUOTES_PER_ARTICLE", "-1", "QUOTES_MAX_QUOTES_PER_ARTICLE is -1"),
    ("QUOTES_MAX_QUOTES_PER_ARTICLE", "many", "QUOTES_MAX_QUOTES_PER_ARTICLE is 'many'"),
])
def test_a_setting_of_the_wrong_kind_stops_the_start(tmp_path, monkeypatch, variable, value,
                                                     says):
    """Read as JSON, a timeout of "5s" stayed a string and the first request that used it
    answered 500; the app now refuses to start and names the variable."""
    from service import create_app

    monkeypatch.setenv(variable, value)
    with pytest.raises(RuntimeError, match=re.escape(says)):
        create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db")})
    assert not (tmp_path / "quotes.db").exists()


@pytest.mark.parametrize("variable, value, key, expected", [
    ("QUOTES_HEALTH_DEEP_TIMEOUT_MS", "2500", "HEALTH_DEEP_TIMEOUT_MS", 2500),
    ("QUOTES_FUZZY_MIN_SIMILARITY", "1", "FUZZY_MIN_SIMILARITY", 1),
    ("QUOTES_SEED_ON_EMPTY", "false", "SEED_ON_EMPTY", False),
])
def test_settings_of_the_right_kind_are_taken(tmp_path, monkeypatch, variable, value, key,
                                              expected):
    from service import create_app

    monkeypatch.setenv(variable, value)
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db")})
    assert app.config[key] == expected


def test_the_quote_limit_is_taken_from_the_environment(tmp_path, monkeypatch):
    from service import create_app

    monkeypatch.setenv("QUOTES_MAX_QUOTES_PER_ARTICLE", "2")
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                         "SEED_ON_EMPTY": False}).test_client()
    assert_problem(client.post("/v1/extract", json={"text": THREE_QUOTES}), 422)
    monkeypatch.setenv("QUOTES_MAX_QUOTES_PER_ARTICLE", "3")
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                         "SEED_ON_EMPTY": False}).test_client()
    assert client.post("/v1/extract", json={"text": THREE_QUOTES}).status_code == 200


def test_a_database_path_is_taken_as_written(tmp_path, monkeypatch):
    """Read as JSON, QUOTES_DATABASE=2024 was the number 2024 and opening it failed."""
    from service import create_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUOTES_DATABASE", "2024")
    app = create_app({"TESTING": True, "SEED_ON_EMPTY": False})
    assert app.config["DATABASE"] == "2024"
    assert app.test_client().get("/healthz").status_code == 200
    assert (tmp_path / "2024").exists()


def test_an_unset_api_key_leaves_writes_open(tmp_path, monkeypatch):
    from service import create_app

    monkeypatch.delenv("QUOTES_API_KEY", raising=False)
    client = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotes.db"),
                         "SEED_ON_EMPTY": False}).test_client()
    assert client.post("/v1/articles", json=ARTICLE).status_code == 201
