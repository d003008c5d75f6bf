"""POST/GET/DELETE /v1/articles: storage, duplicates, revisions, deletion, atomicity."""
import pytest
from extractions import person

from service.pipeline import extract

TEXT = "The mayor said “the bridge opens on Monday” at noon.\nLater: “We are ready.”"


def test_post_stores_article_with_quotes(client, post_article):
    response = post_article(TEXT, url="https://example.com/a", outlet="Gazette",
                            author="R. Porter", published_at="2025-10-16")
    assert response.status_code == 201
    body = response.json
    assert response.headers["Location"].endswith(f"/v1/articles/{body['id']}")
    assert body["revision"] == 1
    assert (body["title"], body["text"], body["url"]) == ("A title", TEXT, "https://example.com/a")
    assert (body["outlet"], body["author"], body["published_at"]) == \
        ("Gazette", "R. Porter", "2025-10-16")
    assert [q["text"] for q in body["quotes"]] == ["the bridge opens on Monday", "We are ready."]
    for quote in body["quotes"]:
        assert TEXT[quote["start"]:quote["end"]] == quote["text"]
        assert quote["article_id"] == body["id"]
        assert set(quote) >= {"id", "kind", "paragraph", "speaker", "cue", "confidence",
                              "sourcing"}


@pytest.mark.parametrize("value, stored", [
    ("2025-10-16", "2025-10-16"),
    ("2025-10-16T09:30:00Z", "2025-10-16T09:30:00+00:00"),
    ("2025-10-16T09:30:00+02:00", "2025-10-16T07:30:00+00:00"),     # in UTC: dates compare
    ("2025-10-16T09:30:00", "2025-10-16T09:30:00"),                 # no offset: as written
    (None, None),
])
def test_published_at_accepts_iso_dates(post_article, value, stored):
    assert post_article(published_at=value).json["published_at"] == stored


def test_same_text_without_url_is_a_duplicate(client, post_article):
    first = post_article(TEXT)
    again = post_article(TEXT)
    assert again.status_code == 200
    assert again.json["id"] == first.json["id"]
    assert again.json["quotes"] == first.json["quotes"]
    assert len(client.get("/v1/articles").json["items"]) == 1
    assert len(client.get("/v1/quotes").json["items"]) == 2


def test_same_url_and_text_is_a_duplicate(client, post_article):
    first = post_article(TEXT, url="https://example.com/a")
    again = post_article(TEXT, url="https://example.com/a")
    assert (again.status_code, again.json["id"], again.json["revision"]) == \
        (200, first.json["id"], 1)


def test_same_text_at_another_url_is_another_article(post_article):
    first = post_article(TEXT, url="https://example.com/a")
    other = post_article(TEXT, url="https://mirror.example.org/a")
    assert other.status_code == 201
    assert other.json["id"] != first.json["id"]


def test_same_url_with_new_text_is_a_revision(client, post_article):
    url = "https://example.com/story"
    first = post_article(TEXT, url=url).json
    corrected = TEXT.replace("Monday", "Tuesday")
    second = post_article(corrected, url=url, title="Corrected")
    assert second.status_code == 201
    body = second.json
    assert (body["id"], body["revision"], body["title"], body["text"]) == \
        (first["id"], 2, "Corrected", corrected)
    assert [r["revision"] for r in body["revisions"]] == [1, 2]
    assert [r["title"] for r in body["revisions"]] == ["A title", "Corrected"]
    assert body["quotes"][0]["text"] == "the bridge opens on Tuesday"
    assert {q["revision"] for q in body["quotes"]} == {2}

    old = client.get(f"/v1/articles/{first['id']}/quotes?revision=1").json["items"]
    assert old == first["quotes"]
    # Searches see the latest revision only; the old quotes stay readable by id.
    assert client.get("/v1/quotes?q=Monday").json["items"] == []
    assert client.get(f"/v1/quotes/{old[0]['id']}").json["text"] == "the bridge opens on Monday"
    assert len(client.get("/v1/articles").json["items"]) == 1


def test_a_new_revision_answers_with_itself_when_a_later_one_lands_first(
        client, post_article, monkeypatch):
    """Another worker storing a later revision between this request's write and its read
    back: the 201 shows the revision this request stored (its text, number and quotes),
    not the other's."""
    from service import repository

    url = "https://example.com/story"
    post_article(TEXT, url=url)
    save = repository.save_article
    later = TEXT.replace("Monday", "Friday")

    def save_then_another_writer(db, fields, extraction):
        saved = save(db, fields, extraction)
        save(db, {**fields, "text": later}, extract(later))
        return saved

    monkeypatch.setattr(repository, "save_article", save_then_another_writer)
    corrected = TEXT.replace("Monday", "Tuesday")
    body = post_article(corrected, url=url).json
    assert (body["revision"], body["text"]) == (2, corrected)
    assert [q["text"] for q in body["quotes"]] == ["the bridge opens on Tuesday",
                                                   "We are ready."]
    assert [r["revision"] for r in body["revisions"]] == [1, 2, 3]
    assert client.get(f"/v1/articles/{body['id']}").json["text"] == later


def test_an_article_deleted_before_it_is_read_back_is_a_409(client, post_article, monkeypatch):
    """Stored, then deleted by another request before the answer: a problem saying so,
    not a 404 for a write that happened, nor a 500."""
    from service import repository

    save = repository.save_article

    def save_then_deleted(db, fields, extraction):
        saved = save(db, fields, extraction)
        repository.delete_article(db, saved.article_id)
        return saved

    monkeypatch.setattr(repository, "save_article", save_then_deleted)
    response = post_article(TEXT)
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"
    assert "then deleted by another request" in response.json["detail"]


def test_a_url_written_otherwise_is_the_same_article(client, post_article):
    """The host's case, a default port, a fragment and tracking parameters (utm_*, fbclid,
    gclid) do not make another article: a re-import of a story under a tracking URL made a
    second article instead of a new revision. The URL is kept as first given."""
    first = post_article(TEXT, url="https://Example.com/story#top").json
    same = post_article(TEXT, url="https://example.com:443/story?utm_source=x&fbclid=1")
    assert (same.status_code, same.json["id"], same.json["revision"]) == (200, first["id"], 1)
    corrected = TEXT.replace("Monday", "Tuesday")
    second = post_article(corrected, url="https://example.com/story?utm_medium=social")
    assert second.status_code == 201
    assert (second.json["id"], second.json["revision"]) == (first["id"], 2)
    assert second.json["url"] == "https://Example.com/story#top"
    assert len(client.get("/v1/articles").json["items"]) == 1
    # other query parameters, a path's case and a trailing slash name other pages
    for url in ("https://example.com/story?page=2", "https://example.com/Story",
                "https://example.com/story/"):
        other = post_article(corrected, url=url)
        assert other.status_code == 201 and other.json["id"] != first["id"], url
        assert other.json["url"] == url


def test_reposting_an_old_revision_text_is_a_new_revision(post_article):
    url = "https://example.com/story"
    post_article(TEXT, url=url)
    post_article(TEXT + " Update.", url=url)
    assert post_article(TEXT, url=url).json["revision"] == 3


def test_get_article_returns_latest_revision_and_quotes(client, post_article):
    posted = post_article(TEXT).json
    response = client.get(f"/v1/articles/{posted['id']}")
    assert response.status_code == 200
    assert response.json == posted


def test_article_quotes_in_text_order(client, post_article):
    article_id = post_article(TEXT).json["id"]
    items = client.get(f"/v1/articles/{article_id}/quotes").json["items"]
    assert [q["start"] for q in items] == sorted(q["start"] for q in items)
    assert client.get(f"/v1/articles/{article_id}/quotes?revision=2").status_code == 404


def test_list_articles_is_paginated_newest_first(client, post_article):
    ids = [post_article(f"Story {i} said “quote {i}”.").json["id"] for i in range(5)]
    seen, cursor = [], None
    while True:
        query = "/v1/articles?limit=2" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(query).json
        assert len(body["items"]) <= 2
        seen += [a["id"] for a in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == ids[::-1]
    assert "text" not in client.get("/v1/articles").json["items"][0]


def test_delete_removes_article_quotes_and_orphan_speakers(client, post_article, fake_extract):
    shared = person("p1", "Ada Byron")
    only_here = person("p2", "Grace Hopper")
    first = fake_extract("Byron said “one” and Hopper said “two”.", [shared, only_here],
                         [("one", "p1", None, None), ("two", "p2", None, None)])
    second = fake_extract("Byron said “three”.", [shared], [("three", "p1", None, None)])
    doomed = post_article(first).json["id"]
    kept = post_article(second).json["id"]

    response = client.delete(f"/v1/articles/{doomed}")
    assert response.status_code == 204
    assert client.get(f"/v1/articles/{doomed}").status_code == 404
    assert client.get(f"/v1/articles/{doomed}/quotes").status_code == 404
    assert [q["text"] for q in client.get("/v1/quotes").json["items"]] == ["three"]
    speakers = client.get("/v1/speakers").json["items"]
    assert [(s["name"], s["quote_count"]) for s in speakers] == [("Ada Byron", 1)]
    assert client.get(f"/v1/articles/{kept}").status_code == 200
    assert client.delete(f"/v1/articles/{doomed}").status_code == 404


def _aliases(client, name="Ada Byron"):
    found = [s for s in client.get("/v1/speakers").json["items"] if s["name"] == name]
    return found[0]["aliases"] if found else None


def test_delete_removes_aliases_only_the_deleted_article_gave(client, post_article,
                                                             fake_extract):
    """A speaker who survives in another article kept the aliases learnt only from the
    deleted one, so a speaker search and a verification still matched a name no stored
    article gives. The aliases the other article gives stay."""
    first = fake_extract("Countess Lovelace said “engines weave patterns”.",
                         [person("p1", "Ada Byron", aliases=["Countess Lovelace", "Byron"])],
                         [("engines weave patterns", "p1", 6, "named_on_record")])
    second = fake_extract("Byron said “three”.", [person("p1", "Ada Byron", aliases=["Byron"])],
                          [("three", "p1", 6, "named_on_record")])
    doomed = post_article(first).json["id"]
    post_article(second)
    assert _aliases(client) == ["Ada Byron", "Byron", "Countess Lovelace"]
    assert len(client.get("/v1/speakers?name=Lovelace").json["items"]) == 1

    assert client.delete(f"/v1/articles/{doomed}").status_code == 204
    assert _aliases(client) == ["Ada Byron", "Byron"]
    assert client.get("/v1/speakers?name=Lovelace").json["items"] == []
    assert client.get("/v1/quotes?speaker=Lovelace").json["items"] == []
    assert [q["text"] for q in client.get("/v1/quotes?speaker=Byron").json["items"]] \
        == ["three"]


def test_a_new_revision_drops_the_aliases_only_the_old_one_gave(client, post_article,
                                                               fake_extract):
    """Aliases come from an article's latest revision: a correction that no longer names
    the speaker so takes the name away, unless another article still gives it."""
    url = "https://example.com/story"
    old = fake_extract("Lady Lovelace said “one”.",
                       [person("p1", "Ada Byron", aliases=["Lady Lovelace", "Byron"])],
                       [("one", "p1", 6, "named_on_record")])
    corrected = fake_extract("Ada Byron said “one”.",
                             [person("p1", "Ada Byron", aliases=["Byron"])],
                             [("one", "p1", 6, "named_on_record")])
    other = fake_extract("Countess Lovelace said “two”.",
                         [person("p1", "Ada Byron", aliases=["Countess Lovelace"])],
                         [("two", "p1", 6, "named_on_record")])
    article_id = post_article(old, url=url).json["id"]
    post_article(other, url="https://example.com/other")
    assert _aliases(client) == ["Ada Byron", "Byron", "Countess Lovelace", "Lady Lovelace"]
    assert post_article(corrected, url=url).json["revision"] == 2
    assert _aliases(client) == ["Ada Byron", "Byron", "Countess Lovelace"]
    # posting the old text again makes it the latest revision: its alias is given again
    assert post_article(old, url=url).json["revision"] == 3
    assert _aliases(client) == ["Ada Byron", "Byron", "Countess Lovelace", "Lady Lovelace"]
    assert client.delete(f"/v1/articles/{article_id}").status_code == 204
    assert _aliases(client) == ["Ada Byron", "Countess Lovelace"]


def test_a_fuller_name_only_a_deleted_article_gave_is_not_kept(client, post_article,
                                                                fake_extract):
    """A fuller name replaces a speaker's shorter one; when the article that gave it is
    deleted, the speaker is named again by the fullest name a stored article gives."""
    first = fake_extract("Byron said “one”.", [person("p1", "Ada Byron", aliases=["Byron"])],
                         [("one", "p1", 6, "named_on_record")])
    fuller = fake_extract("Ada King Byron said “two”.", [person("p1", "Ada King Byron")],
                          [("two", "p1", 6, "named_on_record")])
    post_article(first)
    doomed = post_article(fuller).json["id"]
    assert _aliases(client, "Ada King Byron") == ["Ada Byron", "Ada King Byron", "Byron"]
    assert client.delete(f"/v1/articles/{doomed}").status_code == 204
    assert _aliases(client, "Ada Byron") == ["Ada Byron", "Byron"]
    assert client.get("/v1/speakers?name=King").json["items"] == []


def test_roles_only_a_deleted_article_gave_are_dropped(client, post_article, fake_extract):
    """A role only the deleted article gave stayed the speaker's, and their current role:
    the speaker read as "Mayor" from an article no longer stored (and a role decides
    whether a later article's speaker of the same name is the same person)."""
    deputy = fake_extract("Deputy Mayor Byron said “one”.",
                          [person("p1", "Ada Byron", "Deputy Mayor", aliases=["Byron"])],
                          [("one", "p1", 6, "named_on_record")])
    promoted = fake_extract("Mayor Byron said “two”.",
                            [person("p1", "Ada Byron", "Mayor", aliases=["Byron"])],
                            [("two", "p1", 6, "named_on_record")])
    post_article(deputy)
    doomed = post_article(promoted).json["id"]
    speakers = client.get("/v1/speakers").json["items"]
    assert [(s["role"], s["roles"]) for s in speakers] == [("Mayor", ["Deputy Mayor", "Mayor"])]
    assert client.delete(f"/v1/articles/{doomed}").status_code == 204
    speakers = client.get("/v1/speakers").json["items"]
    assert [(s["role"], s["roles"]) for s in speakers] == [("Deputy Mayor", ["Deputy Mayor"])]
    assert client.get("/v1/quotes").json["items"][0]["speaker"]["role"] == "Deputy Mayor"


def test_a_role_of_a_deleted_article_does_not_split_the_speaker_later(client, post_article,
                                                                       fake_extract):
    """The deleted article's role ("Mayor") conflicted with the next article's
    ("Councillor"), so the same name became a second speaker."""
    quote = [("one", "p1", 6, "named_on_record")]
    texts = [fake_extract(f"{role} Byron said “one”.".strip(),
                          [person("p1", "Ada Byron", role, aliases=["Byron"])], quote)
             for role in ("", "Mayor", "Councillor")]
    post_article(texts[0])
    assert client.delete(f"/v1/articles/{post_article(texts[1]).json['id']}").status_code \
        == 204
    post_article(texts[2])
    speakers = client.get("/v1/speakers").json["items"]
    assert [(s["name"], s["role"], s["quote_count"]) for s in speakers] \
        == [("Ada Byron", "Councillor", 2)]


def test_delete_removes_every_revision(client, post_article):
    url = "https://example.com/story"
    article_id = post_article(TEXT, url=url).json["id"]
    post_article(TEXT + " More.", url=url)
    assert client.delete(f"/v1/articles/{article_id}").status_code == 204
    assert client.get("/v1/quotes").json["items"] == []
    # The URL is free again: posting it starts a new article at revision 1.
    assert post_article(TEXT, url=url).json["revision"] == 1


def test_failure_mid_write_stores_nothing(client, post_article, fake_extract, monkeypatch):
    text = fake_extract("Byron said “one” and “two”.", [person("p1", "Ada Byron")],
                        [("one", "p1", None, None), ("two", "p1", None, None)])
    from service import repository
    real_count = repository._count_words

    def failing_count(*args, **kwargs):     # after the article, speaker and quote rows
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(repository, "_count_words", failing_count)
    response = post_article(text)
    assert response.status_code == 500
    assert response.mimetype == "application/problem+json"
    assert "disk on fire" not in response.get_data(as_text=True)
    assert client.get("/v1/articles").json["items"] == []
    assert client.get("/v1/quotes").json["items"] == []
    assert client.get("/v1/speakers").json["items"] == []

    monkeypatch.setattr(repository, "_count_words", real_count)
    assert post_article(text).status_code == 201
    assert [q["text"] for q in client.get("/v1/quotes").json["items"]] == ["one", "two"]


@pytest.mark.parametrize("request_", [
    ("get", "/v1/articles/1"),
    ("post", "/v1/articles"),        # the same text again: 200 with the stored article
])
def test_an_article_read_while_a_revision_is_stored_is_one_revision(
        client, make_app, monkeypatch, request_):
    """Another worker stores a new revision between the read of the article and the read of
    its quotes: the quotes shown are those of the revision whose text is shown (they were
    the new revision's, with offsets into a text not shown)."""
    first = "The mayor said “the bridge opens on Monday” at noon."
    second = "Later the mayor said “the bridge is late” and left.\nShe added: “Sorry.”"
    url = "https://example.com/bridge"
    assert client.post("/v1/articles", json={"title": "T", "text": first, "url": url}
                       ).status_code == 201
    other_worker = make_app().test_client()
    from service import repository
    real = repository.get_article

    def read_then_another_writes(db, article_id, revision_id=None):
        article = real(db, article_id, revision_id)
        monkeypatch.setattr(repository, "get_article", real)
        assert other_worker.post("/v1/articles", json={"title": "T", "text": second,
                                                        "url": url}).status_code == 201
        return article
    monkeypatch.setattr(repository, "get_article", read_then_another_writes)
    method, path = request_
    response = (client.get(path) if method == "get" else
                client.post(path, json={"title": "T", "text": first}))
    body = response.json
    assert (body["revision"], body["text"]) == (1, first)
    assert [q["text"] for q in body["quotes"]] == ["the bridge opens on Monday"]
    assert all(q["revision"] == 1 and first[q["start"]:q["end"]] == q["text"]
               for q in body["quotes"])


def _ids(article):
    return {"article": {article["id"]}, "quote": {q["id"] for q in article["quotes"]},
            "speaker": {q["speaker"]["id"] for q in article["quotes"] if q["speaker"]}}


@pytest.mark.parametrize("deleted", ["newest", "every"])
def test_ids_of_a_deleted_article_are_never_given_again(client, post_article, deleted):
    """SQLite gives a new row the largest id + 1: after the newest article was deleted, the
    next one got its id, its quotes' and its speakers' ids, so a link or a stored id read
    another article, and a client polling /v1/quotes?cursor= for new quotes never saw
    them (their ids were below its cursor)."""
    kept = post_article("Ann Lee said “the harbour stays open” on Monday.").json
    gone = post_article("Bob Ray said “the ferry is late again” on Tuesday.").json
    given = _ids(kept)
    for kind, ids in _ids(gone).items():
        given[kind] |= ids
    cursor = client.get("/v1/quotes?limit=1").json["next_cursor"]    # after kept's quote
    for article in ([gone] if deleted == "newest" else [gone, kept]):
        assert client.delete(f"/v1/articles/{article['id']}").status_code == 204
    new = post_article("Cy Doe said “the bridge opens in May” on Friday.").json
    for kind, ids in _ids(new).items():
        assert ids and not ids & given[kind], kind
    page = client.get("/v1/quotes", query_string={"cursor": cursor}).json["items"]
    assert [q["text"] for q in page] == ["the bridge opens in May"]
    assert client.get(f"/v1/articles/{gone['id']}").status_code == 404
