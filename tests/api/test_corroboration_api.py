"""Corroboration on every stored quote: other articles, outlets and conflicting speakers."""
import pytest
from extractions import person

from service.pipeline.model import Speaker, SpeakerType

WORDS = "the night trains will run again from the first of June"


def speakers():
    return [person("p1", "Ines Kowal", "Transport Minister", aliases=["Kowal"]),
            person("p2", "Omar Sadiq", "Union Leader", aliases=["Sadiq"])]


@pytest.fixture
def store(post_article, fake_extract):
    """Store an article whose quotes are (words, speaker key); return its id."""
    def store(number, outlet, quotes):
        text = " ".join(f"Item {i}: “{words}” said someone." for i, (words, _) in
                        enumerate(quotes)) + f" (report {number})"
        fake_extract(text, speakers(), [(w, key, 6, "named_on_record") for w, key in quotes])
        response = post_article(text, outlet=outlet, url=f"https://n.example/{number}")
        assert response.status_code == 201, response.json
        return response.json["id"]
    return store


def corroboration(client, article_id, position=0):
    return client.get(f"/v1/articles/{article_id}").json["quotes"][position]["corroboration"]


def test_counts_go_up_on_ingest_and_down_on_delete(client, store):
    first = store(1, "Metro Daily", [(WORDS, "p1")])
    assert corroboration(client, first) == {"articles": 0, "outlets": 0, "conflicts": []}
    second = store(2, "Rail Weekly", [(WORDS.upper(), "p1")])        # typography differs
    assert corroboration(client, first) == {"articles": 1, "outlets": 1, "conflicts": []}
    third = store(3, "Rail Weekly", [(f"And yes, {WORDS}, she said", "p1")])   # inside a longer
    assert corroboration(client, first) == {"articles": 2, "outlets": 1, "conflicts": []}
    assert corroboration(client, second)["articles"] == 2
    # the longer quote's own words are not in the others
    assert corroboration(client, third)["articles"] == 0
    assert client.delete(f"/v1/articles/{second}").status_code == 204
    assert corroboration(client, first) == {"articles": 1, "outlets": 1, "conflicts": []}


def test_conflict_when_another_article_gives_the_words_to_someone_else(client, store):
    first = store(1, "Metro Daily", [(WORDS, "p1")])
    other = store(2, "Rail Weekly", [(WORDS, "p2")])
    assert corroboration(client, first) == {
        "articles": 0, "outlets": 0,
        "conflicts": [{"speaker": "Omar Sadiq", "article_id": other}]}
    assert corroboration(client, other)["conflicts"] == [
        {"speaker": "Ines Kowal", "article_id": first}]
    assert client.delete(f"/v1/articles/{other}").status_code == 204
    assert corroboration(client, first)["conflicts"] == []


def test_a_quote_that_names_nobody_neither_conflicts_nor_corroborates(client, post_article,
                                                                      fake_extract, store):
    first = store(1, "Metro Daily", [(WORDS, "p1")])
    text = f"“{WORDS},” he said. (report 2)"
    fake_extract(text, [Speaker(key="u", name="he", type=SpeakerType.UNKNOWN, aliases=("he",))],
                 [(WORDS, "u", 1, "unattributed")])
    other = post_article(text, outlet="Rail Weekly", url="https://n.example/2").json["id"]
    assert corroboration(client, first) == {"articles": 0, "outlets": 0, "conflicts": []}
    assert corroboration(client, other) == {"articles": 0, "outlets": 0, "conflicts": []}


@pytest.mark.parametrize("mine, theirs, counted", [
    (WORDS, WORDS, True),
    (WORDS, "the night trains will run again from the first of July", False),   # altered
    (WORDS, "night trains", False),
    ("feasible", "feasible", True),                      # short quotes: word for word only
    ("feasible", "it is feasible", False),
    ("a new timetable soon", "we will publish a new timetable soon", True),
])
def test_same_words(client, store, mine, theirs, counted):
    first = store(1, "Metro Daily", [(mine, "p1")])
    store(2, "Rail Weekly", [(theirs, "p1")])
    assert corroboration(client, first)["articles"] == (1 if counted else 0)


def test_same_article_does_not_corroborate_itself(client, store):
    first = store(1, "Metro Daily", [(WORDS, "p1"), (f"{WORDS} at last", "p1")])
    assert corroboration(client, first) == {"articles": 0, "outlets": 0, "conflicts": []}


def test_every_quote_response_carries_it(client, store):
    first = store(1, "Metro Daily", [(WORDS, "p1")])
    store(2, "Rail Weekly", [(WORDS, "p1")])
    quote_id = client.get(f"/v1/articles/{first}").json["quotes"][0]["id"]
    expected = {"articles": 1, "outlets": 1, "conflicts": []}
    assert client.get(f"/v1/quotes/{quote_id}").json["corroboration"] == expected
    listed = client.get("/v1/quotes?speaker=Kowal").json["items"]
    assert [q["corroboration"] for q in listed] == [expected, expected]
    assert client.get(f"/v1/articles/{first}/quotes").json["items"][0]["corroboration"] \
        == expected


def test_an_article_of_many_quotes_with_the_same_words_finds_another(client, store,
                                                                        monkeypatch):
    # The index is asked for at most 20 * max_candidates quote ids: an article's own quotes
    # of the same words filled them, and the other article was not found
    from service import repository
    monkeypatch.setitem(repository.corroboration.__kwdefaults__, "max_candidates", 1)
    first = store(1, "Metro Daily", [(WORDS, "p1")] * 25)
    store(2, "Rail Weekly", [(WORDS, "p1")])
    assert corroboration(client, first) == {"articles": 1, "outlets": 1, "conflicts": []}
    assert corroboration(client, first, position=24)["articles"] == 1
