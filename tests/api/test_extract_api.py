"""POST /v1/extract: the quotes of a draft, nothing stored."""
from extractions import extraction, person

DRAFT = "The mayor said “the bridge opens on Monday”.\n“We are ready,” she added."


def test_extract_returns_quotes_and_stores_nothing(client):
    response = client.post("/v1/extract", json={"text": DRAFT})
    assert response.status_code == 200
    body = response.json
    assert set(body) == {"quotes", "speakers", "warnings"}
    assert [DRAFT[q["start"]:q["end"]] for q in body["quotes"]] == \
        [q["text"] for q in body["quotes"]]
    assert all("id" not in q and "article_id" not in q for q in body["quotes"])
    assert client.get("/v1/articles").json["items"] == []
    assert client.get("/v1/quotes").json["items"] == []


def test_extract_carries_extraction_local_speaker_keys(client, monkeypatch):
    made = extraction(DRAFT, [person("mayor", "Jane Doe", "Mayor")],
                      [("the bridge opens on Monday", "mayor", 6, "named_on_record")])
    monkeypatch.setattr("service.api.extract.extract",
                        lambda text, title=None, max_quotes=None: made)
    body = client.post("/v1/extract", json={"text": DRAFT}).json
    quote = body["quotes"][0]
    assert quote["speaker"] == {"key": "mayor", "name": "Jane Doe", "type": "person",
                                "role": "Mayor"}
    assert quote["kind"] == "full"
    assert quote["sourcing"]["label"] == "named_on_record"
    assert body["speakers"][0]["key"] == "mayor"
    assert body["speakers"][0]["roles"] == ["Mayor"]
    assert client.get("/v1/speakers").json["items"] == []


def test_extract_needs_no_api_key(make_app):
    client = make_app(API_KEY="s3cret").test_client()
    assert client.post("/v1/extract", json={"text": DRAFT}).status_code == 200
