"""GET /v1/speakers: one identity per speaker across articles, aliases, roles and counts."""
from extractions import anonymous, organization, person


def post_with(post_article, fake_extract, text, speakers, quotes):
    return post_article(fake_extract(text, speakers, quotes)).json


def speakers(client, query=""):
    response = client.get("/v1/speakers" + query)
    assert response.status_code == 200
    return response.json["items"]


def test_one_trump_across_articles(client, post_article, fake_extract):
    post_with(post_article, fake_extract, "Trump said “one”.",
              [person("s", "Trump", aliases=["Trump"])], [("one", "s", 6, "named_on_record")])
    post_with(post_article, fake_extract, "President Donald Trump said “two”.",
              [person("s", "Donald Trump", "President", aliases=["President Donald Trump"])],
              [("two", "s", 6, "named_on_record")])
    post_with(post_article, fake_extract, "U.S. President Donald Trump wrote “three”.",
              [person("s", "Donald Trump", "U.S. President",
                      aliases=["U.S. President Donald Trump"])],
              [("three", "s", 5, "named_resolved")])
    listed = speakers(client)
    assert len(listed) == 1
    trump = listed[0]
    assert (trump["name"], trump["type"], trump["quote_count"]) == ("Donald Trump", "person", 3)
    assert set(trump["aliases"]) >= {"Trump", "Donald Trump", "President Donald Trump",
                                     "U.S. President Donald Trump"}
    assert set(trump["roles"]) == {"President", "U.S. President"}

    detail = client.get(f"/v1/speakers/{trump['id']}").json
    assert detail["sourcing_levels"] == [
        {"level": 6, "label": "named_on_record", "count": 2},
        {"level": 5, "label": "named_resolved", "count": 1}]
    found = client.get("/v1/quotes?speaker=Trump").json["items"]
    assert [q["text"] for q in found] == ["one", "two", "three"]
    assert {q["speaker"]["id"] for q in found} == {trump["id"]}


def test_people_sharing_a_surname_stay_apart(client, post_article, fake_extract):
    post_with(post_article, fake_extract, "Donald Trump said “one”.",
              [person("s", "Donald Trump", "President")], [("one", "s", None, None)])
    post_with(post_article, fake_extract, "Lara Trump said “two”.",
              [person("s", "Lara Trump")], [("two", "s", None, None)])
    # With two Trumps stored, a bare "Trump" is ambiguous and becomes its own speaker.
    post_with(post_article, fake_extract, "Trump said “three”.",
              [person("s", "Trump")], [("three", "s", None, None)])
    assert sorted(s["name"] for s in speakers(client)) == ["Donald Trump", "Lara Trump", "Trump"]


def test_conflicting_roles_stay_apart(client, post_article, fake_extract):
    post_with(post_article, fake_extract, "Mr. Smith said “one”.",
              [person("s", "John Smith", "Senator")], [("one", "s", None, None)])
    post_with(post_article, fake_extract, "John Smith said “two”.",
              [person("s", "John Smith", "Plumber")], [("two", "s", None, None)])
    assert len(speakers(client, "?name=smith")) == 2


def test_unnamed_sources_never_merge(client, post_article, fake_extract):
    for n in range(2):
        post_with(post_article, fake_extract, f"A senior official said “line {n}”.",
                  [anonymous("s", "a senior official")], [(f"line {n}", "s", 3,
                                                           "anonymous_positioned")])
    listed = speakers(client)
    assert [(s["name"], s["type"], s["quote_count"]) for s in listed] == \
        [("a senior official", "anonymous", 1)] * 2


def test_organisations_merge_on_normalised_name(client, post_article, fake_extract):
    post_with(post_article, fake_extract, "The White House called it “one”.",
              [organization("s", "the White House")], [("one", "s", 4, "institutional")])
    post_with(post_article, fake_extract, "White House said “two”.",
              [organization("s", "White House")], [("two", "s", 4, "institutional")])
    listed = speakers(client)
    assert [(s["type"], s["quote_count"]) for s in listed] == [("organization", 2)]


def test_name_filter_and_pagination(client, post_article, fake_extract):
    names = ["Ada Byron", "Grace Hopper", "Alan Turing", "Edsger Dijkstra"]
    for i, name in enumerate(names):
        post_with(post_article, fake_extract, f"{name} said “q{i}”.", [person("s", name)],
                  [(f"q{i}", "s", None, None)])
    assert [s["name"] for s in speakers(client, "?name=HOPPER")] == ["Grace Hopper"]
    assert speakers(client, "?name=hop") == []
    first = client.get("/v1/speakers?limit=3").json
    rest = client.get(f"/v1/speakers?limit=3&cursor={first['next_cursor']}").json
    assert [s["name"] for s in first["items"] + rest["items"]] == names
    assert rest["next_cursor"] is None


def test_speaker_detail_and_404(client, post_article, fake_extract):
    post_with(post_article, fake_extract, "Ada Byron said “one”.",
              [person("s", "Ada Byron", "Countess")], [("one", "s", None, None)])
    speaker_id = speakers(client)[0]["id"]
    detail = client.get(f"/v1/speakers/{speaker_id}").json
    assert (detail["name"], detail["role"], detail["roles"], detail["quote_count"]) == \
        ("Ada Byron", "Countess", ["Countess"], 1)
    assert detail["sourcing_levels"] == []
    missing = client.get("/v1/speakers/999")
    assert missing.status_code == 404
    assert missing.mimetype == "application/problem+json"
