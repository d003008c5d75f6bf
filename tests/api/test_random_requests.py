"""Random requests, seeded: whatever a client sends, the answer is a success or a 4xx
problem+json, never a 500. Bodies are built from pieces newsroom copy and careless clients
hold (quote marks of every kind, cues, names, control and combining characters, lone
surrogates, wrong types, unknown fields); each request changes one field of a valid body or
sends a valid body of random pieces, so that most reach the pipeline and the storage."""
from __future__ import annotations

import json
import random

import pytest

PIECES = ("“", "”", "‘", "’", '"', "'", "''", "«", "»", " said ", " he said.", "Mr. ", " — ",
          "\n", "\n\n", "\r\n", ", ", ". ", "…", "[", "]", "(", ")", "\t", "\u00a0", "\u200b",
          "\u0301", "\u202e", "\x00", "🙂", "Dana Reyes", "the minister", " told ", ":",
          " according to ", "a senior official", "peace is possible", "x" * 40, "Q:", "@", "%")
ODD = (None, 0, -1, 10**30, 1.5, True, [], ["x"], {"a": 1}, "", " ", "\ud800",
       "2025-13-45", "2025-10-16", "NaN", "x" * 2100, "“”", "OR", '"unterminated', "col:x")
BODIES = {
    "/v1/articles": ("title", "text", "url", "outlet", "author", "published_at"),
    "/v1/extract": ("text", "title"),
    "/v1/verify": ("quote", "speaker", "published_before", "published_after"),
    "/v1/verify/draft": ("text", "title", "published_before", "published_after"),
}
QUERIES = {
    "/v1/quotes": ("speaker", "q", "article_id", "kind", "min_level", "label", "limit", "cursor"),
    "/v1/speakers": ("name", "limit", "cursor"),
    "/v1/articles": ("limit", "cursor"),
    "/v1/verify": ("quote", "speaker", "published_before", "published_after"),
}


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, most)))


def _valid(rng: random.Random, path: str) -> dict:
    if path == "/v1/articles":
        return {"title": "T " + _text(rng, 4), "text": "x " + _text(rng, 200),
                "url": f"https://news.example/{rng.randrange(30)}",
                "published_at": rng.choice(["2025-10-16", "2025-10-16T10:00:00+02:00"])}
    if path == "/v1/verify":
        return {"quote": "peace " + _text(rng, 20), "speaker": rng.choice(["Reyes", None])}
    return {"text": "x " + _text(rng, 150)}


def _check(response) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize("seed", range(4))
def test_random_bodies_never_fail(client, seed):
    rng = random.Random(seed)
    for _ in range(150):
        path = rng.choice(list(BODIES))
        body = _valid(rng, path)
        if rng.random() < 0.6:
            body[rng.choice(BODIES[path] + ("surprise",))] = rng.choice(ODD) \
                if rng.random() < 0.7 else _text(rng, 30)
        data = json.dumps(body)
        if rng.random() < 0.05:
            data = data[:rng.randrange(len(data))]          # cut short: malformed JSON
        _check(client.post(path, data=data, content_type="application/json"))


@pytest.mark.parametrize("seed", range(2))
def test_random_queries_never_fail(client, seed):
    rng = random.Random(seed)
    for text in ("“We are ready,” Dana Reyes said.", "“Not yet,” a senior official said."):
        client.post("/v1/articles", json={"title": "T", "text": text})
    for _ in range(150):
        path = rng.choice(list(QUERIES))
        query = {name: str(rng.choice(ODD)) if rng.random() < 0.5 else _text(rng, 6)
                 for name in QUERIES[path] if rng.random() < 0.4}
        query = {k: v.encode("utf-8", "replace").decode() for k, v in query.items()}
        _check(client.get(path, query_string=query))
