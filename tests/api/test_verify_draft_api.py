"""POST /v1/verify/draft: every quote of a draft, found and attributed by the pipeline, with
the verdict on it; nothing is stored."""
import pytest
from test_verify_api import stored  # noqa: F401  (the stored articles fixture)

from schemas.verify import VerifyDraftOut

DRAFT = ("Mayor Jane Okafor said “We’re going to rebuild the harbour bridge before winter.” "
         "Councillor Tom Brandt called the plan “a waste of everyone’s money.” "
         "Okafor added that “the ferry budget is already spent.” "
         "A council official said “the ferry budget is already spent.”")


def check(client, **body):
    response = client.post("/v1/verify/draft", json=body)
    assert response.status_code == 200, response.json
    assert VerifyDraftOut().dump(response.json) == response.json    # the documented shape
    return response.json["quotes"]


def test_every_quote_of_a_draft_gets_its_verdict(client, stored):
    quotes = check(client, text=DRAFT)
    assert [(q["text"], q["claimed_speaker"], q["verdict"]) for q in quotes] == [
        ("We’re going to rebuild the harbour bridge before winter.", "Jane Okafor",
         "supported"),
        ("a waste of everyone’s money.", "Tom Brandt", "not_found"),
        ("the ferry budget is already spent.", "Jane Okafor", "misattributed"),
        # an unnamed source names nobody: the words alone are checked
        ("the ferry budget is already spent.", None, "supported"),
    ]
    for q in quotes:
        assert DRAFT[q["start"]:q["end"]] == q["text"]
    supported, missing, misattributed, unnamed = quotes
    assert supported["match"]["article"]["id"] in stored
    assert supported["match"]["speaker"]["name"] == "Jane Okafor"
    assert missing["match"] is None
    assert missing["closest"] is None or missing["closest"]["similarity"] < 0.75
    assert [s["name"] for s in misattributed["actual_speakers"]] == ["Tom Brandt"]
    assert unnamed["speaker"]["type"] == "anonymous"
    assert unnamed["match"]["speaker"]["name"] == "Tom Brandt"


def test_a_draft_mistyping_a_speaker_name_is_read_as_the_stored_speaker(client, stored):
    (quote,) = check(client, text="Mayor Jane Okafro said “We’re going to rebuild the harbour "
                                  "bridge before winter.”")
    assert (quote["claimed_speaker"], quote["verdict"]) == ("Jane Okafro", "supported")
    assert quote["speaker_spelling"] == {"claimed": "Jane Okafro", "stored": "Jane Okafor"}
    assert quote["match"]["speaker"]["name"] == "Jane Okafor"


def test_a_draft_is_not_stored(client, stored):
    before = client.get("/v1/articles").json
    check(client, text=DRAFT)
    assert client.get("/v1/articles").json == before


def test_a_draft_without_quotes_has_none(client, stored):
    assert check(client, text="The council met on Tuesday and adjourned.") == []


def test_date_bounds_apply_to_every_quote(client, stored):
    quotes = check(client, text=DRAFT, published_after="2030-01-01")
    assert [q["verdict"] for q in quotes] == ["not_found"] * 4


@pytest.mark.parametrize("body, field", [
    ({}, "text"),
    ({"text": ""}, "text"),
    ({"text": "“…” — !"}, "text"),
    ({"text": DRAFT, "published_after": "last week"}, "published_after"),
    ({"text": DRAFT, "colour": "red"}, "colour"),
])
def test_bad_input_is_422_naming_the_field(client, body, field):
    response = client.post("/v1/verify/draft", json=body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in {e["field"] for e in response.json["errors"]}


def test_a_draft_with_too_many_quotes_is_422(make_app):
    client = make_app(VERIFY_DRAFT_MAX_QUOTES=3).test_client()
    response = client.post("/v1/verify/draft", json={"text": DRAFT})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    (error,) = response.json["errors"]
    assert error["field"] == "text" and "holds 4 quotes; at most 3" in error["message"]


def test_a_draft_needs_no_api_key(make_app):
    """Nothing is stored: like POST /v1/verify, it is open when writes need the key."""
    client = make_app(API_KEY="secret").test_client()
    assert client.post("/v1/verify/draft", json={"text": DRAFT}).status_code == 200
    assert client.post("/v1/articles", json={"title": "t", "text": "x"}).status_code == 401
