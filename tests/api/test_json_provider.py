"""The app's JSON provider (orjson) writes the documents Flask's default provider writes."""
import datetime
import decimal
import json
import uuid
from dataclasses import dataclass

import pytest
from flask.json.provider import DefaultJSONProvider


@dataclass
class _Point:
    x: int
    label: str


@pytest.mark.parametrize("value", [
    {"b": 1, "a": [1.5, None, True], "é": "“quoted” — dash"},
    {"when": datetime.date(2024, 3, 1), "at": datetime.datetime(2024, 3, 1, 12, 30)},
    {"id": uuid.UUID(int=7), "amount": decimal.Decimal("1.10"), "point": _Point(1, "x")},
    {"big": 2 ** 70},                              # beyond orjson's 64 bits
])
def test_the_same_document_as_flasks_default(app, value):
    ours = app.json.dumps(value)
    theirs = DefaultJSONProvider(app).dumps(value)
    assert json.loads(ours) == json.loads(theirs)
    assert app.json.loads(ours) == json.loads(theirs)


def test_keys_are_sorted_and_text_is_utf8(app):
    assert app.json.dumps({"b": "“quoted” — dash", "a": 1}) == '{"a":1,"b":"“quoted” — dash"}'


def test_a_response_is_this_json(client):
    response = client.get("/healthz")
    assert response.mimetype == "application/json"
    assert response.get_data(as_text=True).rstrip("\n") == \
        client.application.json.dumps(response.json)


def test_a_type_json_cannot_hold_is_still_an_error(app):
    with pytest.raises(TypeError):
        app.json.dumps({"x": object()})
