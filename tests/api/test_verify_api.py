"""GET and POST /v1/verify: every verdict, typography, partial quotes, aliases, dates, 422s."""
import pytest
from extractions import anonymous, person

from schemas.verify import VerifyOut
from service import repository
from service.pipeline.model import Speaker, SpeakerType

BRIDGE = "We’re going to rebuild the harbour bridge before winter"
# Three articles: the bridge quote twice word for word, once inside a longer quote.
ARTICLES = [
    # (text, fields, quotes as (words, speaker key, level, label))
    (f"Mayor Jane Okafor said “{BRIDGE}” at the harbour.\n"
     "Councillor Tom Brandt said “the ferry budget is already spent”.",
     {"outlet": "Valley Post", "published_at": "2024-03-01", "url": "https://v.example/1"},
     [(BRIDGE, "p1", 6, "named_on_record"),
      ("the ferry budget is already spent", "p2", 6, "named_on_record")]),
    (f"“{BRIDGE},” the mayor told the radio station.",
     {"outlet": "Coast Herald", "published_at": "2024-05-10", "url": "https://c.example/2"},
     [(BRIDGE, "p1", 5, "named_resolved")]),
    (f"Okafor promised: “{BRIDGE} ends, whatever it costs”.",
     {"outlet": "River Times", "published_at": "2024-01-15", "url": "https://r.example/3"},
     [(f"{BRIDGE} ends, whatever it costs", "p1", 3, "anonymous_positioned")]),
]


@pytest.fixture
def stored(post_article, fake_extract):
    """Store the three articles; return their ids in order."""
    ids = []
    for text, fields, quotes in ARTICLES:
        fake_extract(text, [person("p1", "Jane Okafor", "Mayor", aliases=["Okafor"]),
                            person("p2", "Tom Brandt", "Councillor", aliases=["Brandt"])],
                     quotes)
        response = post_article(text, **fields)
        assert response.status_code == 201, response.json
        ids.append(response.json["id"])
    return ids


def verify(client, **query):
    get = client.get("/v1/verify", query_string=query)
    post = client.post("/v1/verify", json=query)
    assert get.status_code == post.status_code == 200, (get.json, post.json)
    assert get.json == post.json
    assert VerifyOut().dump(get.json) == get.json     # the documented shape, nothing more
    return get.json


def changes(match):
    return [(d["op"], d["stored"], d["claimed"]) for d in match["diff"] if d["op"] != "equal"]


@pytest.mark.parametrize("quote, speaker, verdict, diff", [
    # supported: typography, case, spacing, end punctuation, contiguous parts, aliases
    ("We're going to rebuild the harbour bridge before winter", "Okafor", "supported", []),
    ("“WE’RE GOING TO  REBUILD THE HARBOUR BRIDGE — BEFORE WINTER!”", "jane okafor",
     "supported", []),
    ("rebuild the harbour bridge", "Jane Okafor", "supported", []),
    ("rebuild the harbour bridge", None, "supported", []),
    ("the ferry budget is already spent", "Brandt", "supported", []),
    # a claimed speaker with a title or a middle initial the stored aliases lack
    ("rebuild the harbour bridge", "Mayor Jane Okafor", "supported", []),
    ("rebuild the harbour bridge", "Jane A. Okafor", "supported", []),
    ("rebuild the harbour bridge", "Former Mayor Okafor", "supported", []),
    # a possessive, a middle name, the given name's initial
    ("rebuild the harbour bridge", "Okafor's", "supported", []),
    ("rebuild the harbour bridge", "Jane Adaeze Okafor", "supported", []),
    ("rebuild the harbour bridge", "J. Okafor", "supported", []),
    # altered: changed, dropped, added word; expanded contraction
    ("We’re going to repair the harbour bridge before winter", "Okafor", "altered",
     [("replace", ["rebuild"], ["repair"])]),
    ("We’re going to rebuild the bridge before winter", "Okafor", "altered",
     [("delete", ["harbour"], [])]),
    ("We’re going to rebuild the old harbour bridge before winter", None, "altered",
     [("insert", [], ["old"])]),
    ("We are going to rebuild the harbour bridge before winter", "Okafor", "altered",
     [("replace", ["we're"], ["we", "are"])]),
    ("the ferry budget is not already spent", "Tom Brandt", "altered",
     [("insert", [], ["not"])]),
    # retyped with slips: a letter off or two swapped in words of four letters or more
    ("Were going to rebuld the harbor bridge befor winter", "Okafor", "altered",
     [("replace", ["we're"], ["were"]), ("replace", ["rebuild"], ["rebuld"]),
      ("replace", ["harbour"], ["harbor"]), ("replace", ["before"], ["befor"])]),
    ("the ferry budegt is alraedy spent", None, "altered",
     [("replace", ["budget"], ["budegt"]), ("replace", ["already"], ["alraedy"])]),
    # an ellipsis leaves words out: the parts in order are the stored words
    ("We’re going to rebuild … before winter", "Okafor", "supported",
     [("elided", ["the", "harbour", "bridge"], [])]),
    ("the ferry budget . . . spent", None, "supported", [("elided", ["is", "already"], [])]),
    # ... and with a word changed in a part, the parts are close and the rest is elided
    ("We’re going to rebuild the old … before winter", "Okafor", "altered",
     [("replace", ["harbour"], ["old"]), ("elided", ["bridge"], [])]),
    # [bracketed] words are the editor's: they stand for a few stored words, or none
    ("[The mayor is] going to rebuild the harbour bridge", "Okafor", "supported",
     [("bracketed", [], ["the", "mayor", "is"])]),
    ("We’re going to rebuild [the old crossing] before winter", "Okafor", "supported",
     [("bracketed", ["the", "harbour", "bridge"], ["the", "old", "crossing"])]),
    ("[T]he ferry budget is already spent [sic]", "Brandt", "supported", []),
    # ... but not for more than a few, and a changed word outside them is still a change
    ("We’re going to [fix it] whatever it costs", None, "altered",
     [("bracketed", ["rebuild", "the", "harbour", "bridge", "before", "winter", "ends"],
       ["fix", "it"])]),
    ("We’re going to repair [the harbour bridge] before winter", "Okafor", "altered",
     [("replace", ["rebuild"], ["repair"]), ("bracketed", ["the", "harbour", "bridge"],
                                             ["the", "harbour", "bridge"])]),
    # misattributed: the words are there, the speaker is someone else
    ("the ferry budget is already spent", "Okafor", "misattributed", []),
    ("the ferry budget ... spent", "Okafor", "misattributed", [("elided", ["is", "already"], [])]),
    ("rebuild the harbour bridge before winter", "Brandt", "misattributed", []),
    ("rebuild the harbour bridge before winter", "Okaf", "misattributed", []),  # whole words
    ("rebuild the harbour bridge before winter", "Mayor Tom Okafor", "misattributed", []),
    ("rebuild the harbour bridge before winter", "T. Okafor", "misattributed", []),
    ("rebuild the harbour bridge before winter", "?!", "misattributed", []),  # no word
    # not_found
    ("The council will sell the old stadium next spring", None, "not_found", []),
    ("The council will sell the old stadium next spring", "Okafor", "not_found", []),
])
def test_verdicts(client, stored, quote, speaker, verdict, diff):
    body = verify(client, **{"quote": quote, **({"speaker": speaker} if speaker else {})})
    assert body["verdict"] == verdict
    assert body["quote"] == quote and body["speaker"] == speaker
    if verdict == "not_found":
        assert body["matches"] == []
        assert body["best_similarity"] < 0.75
        return
    best = body["matches"][0]
    assert body["best_similarity"] == best["similarity"]
    assert changes(best) == diff
    if verdict == "supported":
        assert best["level"] == "exact" and best["similarity"] == 1.0
    if verdict == "altered":
        assert best["level"] == "close" and best["speaker_match"] is not False
    if verdict == "misattributed":
        assert best["speaker_match"] is False
        assert body["actual_speakers"][0]["name"] != speaker


@pytest.mark.parametrize("quote, speaker, verdict, read_as", [
    # the quoted words are checked, said by whoever the attribution names
    (f"“{BRIDGE},” Okafor said.", None, "supported", (BRIDGE + ",", "Okafor")),
    # the name the attribution gives, mistyped: read as the stored speaker's
    (f"“{BRIDGE},” Jane Okafro said.", None, "supported", (BRIDGE + ",", "Jane Okafro")),
    ("“The ferry budget is already spent,” Okafor told reporters on Monday.", None,
     "misattributed", ("The ferry budget is already spent,", "Okafor")),
    ("Brandt said at the meeting: 'the ferry budget is already spent.'", None, "supported",
     ("the ferry budget is already spent.", "Brandt")),
    ("According to Tom Brandt, “the ferry budget is spent.”", None, "altered",
     ("the ferry budget is spent.", "Tom Brandt")),
    # a speaker given in the request is the one checked
    ("“The ferry budget is already spent,” Okafor said.", "Brandt", "supported",
     ("The ferry budget is already spent,", "Okafor")),
    # a pronoun or an unnamed source names nobody: the words alone are checked
    ("“The ferry budget is already spent,” she said.", None, "supported",
     ("The ferry budget is already spent,", None)),
    ('"We’re going to rebuild the harbour bridge," a council official said, "before winter."',
     None, "supported", (BRIDGE.replace(" before", ", before") + ".", None)),
    # not a pasted attribution: the claim's own words around a quoted phrase, a claim
    # wholly in marks, two speakers
    ("We’re going to rebuild the “harbour bridge” before winter", None, "supported", None),
    (f"“{BRIDGE}”", "Okafor", "supported", None),
])
def test_a_claim_pasted_with_its_attribution(client, stored, quote, speaker, verdict, read_as):
    body = verify(client, **{"quote": quote, **({"speaker": speaker} if speaker else {})})
    assert (body["quote"], body["speaker"]) == (quote, speaker)
    assert body["read_as"] == (None if read_as is None else
                               {"quote": read_as[0], "speaker": read_as[1]})
    assert body["verdict"] == verdict


def test_a_claim_pasted_with_two_speakers_quotes_is_422_naming_them(client, stored):
    claim = "“The ferry budget is already spent,” Okafor said. “No,” Brandt said."
    for response, location in ((client.get("/v1/verify", query_string={"quote": claim}),
                                "query"),
                               (client.post("/v1/verify", json={"quote": claim}), "json")):
        assert response.status_code == 422
        assert response.content_type == "application/problem+json"
        (error,) = response.json["errors"]
        assert (error["location"], error["field"]) == (location, "quote")
        assert "(Okafor; Brandt)" in error["message"] and "/v1/verify/draft" in error["message"]


def test_misattributed_names_the_actual_speaker(client, stored):
    body = verify(client, quote="the ferry budget is already spent", speaker="Jane Okafor")
    assert [s["name"] for s in body["actual_speakers"]] == ["Tom Brandt"]


@pytest.mark.parametrize("quote, speaker, verdict, read_as", [
    # one word of the claimed name mistyped: a letter swapped, dropped, added or changed
    ("rebuild the harbour bridge before winter", "Jane Okafro", "supported", "Jane Okafor"),
    ("rebuild the harbour bridge before winter", "Okafr", "supported", "Okafor"),
    ("rebuild the harbour bridge before winter", "Mayor Jnae Okafor", "supported",
     "Jane Okafor"),
    ("the ferry budget is already spent", "Tom Brant", "supported", "Tom Brandt"),
    ("We’re going to repair the harbour bridge before winter", "Jane Okafro", "altered",
     "Jane Okafor"),
    # the mistyped name is the other speaker's: the words are still someone else's
    ("the ferry budget is already spent", "Jane Okafro", "misattributed", None),
    # two words mistyped, a word too short to tell a slip, two letters off a short name
    ("rebuild the harbour bridge before winter", "Jnae Okafro", "misattributed", None),
    ("rebuild the harbour bridge before winter", "Jan Okafor", "misattributed", None),
    ("rebuild the harbour bridge before winter", "Okaf", "misattributed", None),
    ("rebuild the harbour bridge before winter", "Okoro", "misattributed", None),
])
def test_a_mistyped_speaker_name_is_read_as_the_stored_speaker(client, stored, quote, speaker,
                                                                verdict, read_as):
    body = verify(client, quote=quote, speaker=speaker)
    assert body["verdict"] == verdict
    assert body["speaker_spelling"] == (read_as and {"claimed": speaker, "stored": read_as})
    assert body["matches"][0]["speaker_match"] is (verdict != "misattributed")
    if verdict == "misattributed":
        assert body["actual_speakers"]


def test_a_claimed_name_stored_as_written_is_not_read_as_a_mistyped_one(
        client, stored, post_article, fake_extract):
    """Tom Brant is someone too: "Tom Brant" said the ferry budget words is misattributed."""
    text = "Tom Brant, a ferry captain, said “the timetable is a mess”."
    fake_extract(text, [person("p3", "Tom Brant", "ferry captain", aliases=["Brant"])],
                 [("the timetable is a mess", "p3", 6, "named_on_record")])
    assert post_article(text).status_code == 201
    body = verify(client, quote="the ferry budget is already spent", speaker="Tom Brant")
    assert (body["verdict"], body["speaker_spelling"]) == ("misattributed", None)
    assert [s["name"] for s in body["actual_speakers"]] == ["Tom Brandt"]


NOWHERE = "a tunnel to nowhere that nobody in the valley asked for"


@pytest.fixture(params=["no speaker", "unresolved pronoun", "crowd"])
def speakerless(request, post_article, fake_extract):
    """Store an article whose quote names nobody: no speaker (words quoted in the
    narration), a pronoun nothing resolves, a crowd; return a function storing the same
    words said by Tom Brandt in another article."""
    text = {"no speaker": f"Residents have long called the plan “{NOWHERE}” at meetings.",
            "unresolved pronoun": f"“{NOWHERE},” he said at the meeting.",
            "crowd": f"Critics say the plan is “{NOWHERE}”."}[request.param]
    said_by = {"no speaker": [],
               "unresolved pronoun": [Speaker(key="u", name="he", type=SpeakerType.UNKNOWN,
                                              aliases=("he",))],
               "crowd": [anonymous("u", "Critics", plural=True)]}[request.param]
    fake_extract(text, said_by, [(NOWHERE, "u" if said_by else None, 1, "unattributed")])
    assert post_article(text, published_at="2024-02-01").status_code == 201

    def said_by_brandt():
        text = f"Councillor Tom Brandt said the plan was “{NOWHERE}”."
        fake_extract(text, [person("p2", "Tom Brandt", "Councillor", aliases=["Brandt"])],
                     [(NOWHERE, "p2", 6, "named_on_record")])
        assert post_article(text, published_at="2024-06-01").status_code == 201
    return said_by_brandt


@pytest.mark.parametrize("quote, speaker, verdict, level", [
    # stored without a speaker: a claimed one is neither confirmed nor ruled out
    (NOWHERE, "Jane Okafor", "unattributed", "exact"),
    ("a tunnel to nowhere", "Okafor", "unattributed", "exact"),
    ("a tunnel to nowhere that nobody in the whole valley asked for", "Okafor", "unattributed",
     "close"),
    # with no speaker claimed, the words are all there is to support
    (NOWHERE, None, "supported", "exact"),
    ("a tunnel to nowhere that nobody in the whole valley asked for", None, "altered", "close"),
])
def test_words_stored_without_a_speaker_are_unattributed(client, speakerless, quote, speaker,
                                                          verdict, level):
    body = verify(client, **{"quote": quote, **({"speaker": speaker} if speaker else {})})
    assert body["verdict"] == verdict
    assert body["actual_speakers"] == []
    (match,) = body["matches"]
    assert (match["level"], match["speaker_match"]) == (level, None)


def test_a_speaker_stored_elsewhere_decides_over_a_speakerless_quote(client, speakerless):
    speakerless()
    body = verify(client, quote=NOWHERE, speaker="Jane Okafor")
    assert body["verdict"] == "misattributed"
    assert [s["name"] for s in body["actual_speakers"]] == ["Tom Brandt"]
    assert [m["speaker_match"] for m in body["matches"]] == [False, None]
    body = verify(client, quote=NOWHERE, speaker="Brandt")
    assert body["verdict"] == "supported"
    assert [(m["speaker"] and m["speaker"]["name"], m["speaker_match"])
            for m in body["matches"]][0] == ("Tom Brandt", True)
    assert body["matches"][1]["speaker_match"] is None


SPLIT = ("“The night ferry will run again from June,” Councillor Tom Brandt said, “and the "
         "harbour bridge will reopen before winter.” “Nobody wants more delays,” said Mayor "
         "Jane Okafor.")


@pytest.fixture
def split(post_article, fake_extract):
    """Store a split quote of Brandt's followed by a quote of Okafor's; return the ids of
    the article's quotes."""
    fake_extract(SPLIT, [person("p1", "Jane Okafor", "Mayor", aliases=["Okafor"]),
                         person("p2", "Tom Brandt", "Councillor", aliases=["Brandt"])],
                 [("The night ferry will run again from June,", "p2", 6, "named_on_record"),
                  ("and the harbour bridge will reopen before winter.", "p2", 6,
                   "named_on_record"),
                  ("Nobody wants more delays,", "p1", 6, "named_on_record")])
    response = post_article(SPLIT)
    return [q["id"] for q in response.json["quotes"]]


@pytest.mark.parametrize("quote, speaker, verdict, halves", [
    # the halves of a split quote, quoted as one: one match spanning both
    ("The night ferry will run again from June, and the harbour bridge will reopen before "
     "winter", "Brandt", "supported", 2),
    ("the night ferry will run again from June and the harbour bridge will reopen", None,
     "supported", 2),
    ("The night ferry will run again from July, and the harbour bridge will reopen before "
     "winter", "Tom Brandt", "altered", 2),
    ("The night ferry will run again from June, and the harbour bridge will reopen before "
     "winter", "Okafor", "misattributed", 2),
    # one half alone is its own quote
    ("and the harbour bridge will reopen before winter", "Brandt", "supported", 1),
    # control: quotes in a row by different speakers are never joined
    ("the harbour bridge will reopen before winter. Nobody wants more delays", "Brandt",
     "altered", 1),
])
def test_a_claim_joining_a_split_quote_is_matched_by_both_halves(client, split, quote,
                                                                  speaker, verdict, halves):
    body = verify(client, **{"quote": quote, **({"speaker": speaker} if speaker else {})})
    assert body["verdict"] == verdict
    best = body["matches"][0]
    assert best["quote_ids"] == split[:2] if halves == 2 else len(best["quote_ids"]) == 1
    if halves == 2:
        assert best["quote_id"] == split[0]
        assert best["text"] == ("The night ferry will run again from June, and the harbour "
                                "bridge will reopen before winter.")
        assert (best["start"], best["end"]) == (SPLIT.index("The night"),
                                                SPLIT.index("winter.") + len("winter."))


ASIDE = ("“The night ferry will run again from June,” Tom Brandt said on “Harbour Hour,” "
         "adding, “the harbour bridge will reopen before winter.” Jane Okafor said it was "
         "“too late,” and “Nobody wants more delays,” Brandt said.")


@pytest.fixture
def aside(post_article, fake_extract):
    """Store Brandt's two quotes around the name of a show, then Okafor's, then Brandt's
    again; return the ids of the article's quotes."""
    fake_extract(ASIDE, [person("p1", "Jane Okafor", "Mayor", aliases=["Okafor"]),
                         person("p2", "Tom Brandt", "Councillor", aliases=["Brandt"])],
                 [("The night ferry will run again from June,", "p2", 6, "named_on_record"),
                  ("Harbour Hour,", None, 0, "not_speech"),
                  ("the harbour bridge will reopen before winter.", "p2", 6,
                   "named_on_record"),
                  ("too late,", "p1", 6, "named_on_record"),
                  ("Nobody wants more delays,", "p2", 6, "named_on_record")])
    response = post_article(ASIDE)
    return [q["id"] for q in response.json["quotes"]]


@pytest.mark.parametrize("quote, joined", [
    # one quote naming nobody between the halves (a show's name) is stepped over
    ("The night ferry will run again from June, the harbour bridge will reopen before winter",
     [0, 2]),
    # control: a quote of someone else between two of Brandt's is not
    ("the harbour bridge will reopen before winter. Nobody wants more delays", None),
])
def test_a_split_quote_is_joined_over_a_quote_naming_nobody(client, aside, quote, joined):
    body = verify(client, quote=quote, speaker="Brandt")
    if joined is None:
        assert body["verdict"] == "not_found"
        assert len(body["closest"]["quote_ids"]) == 1
    else:
        assert body["verdict"] == "supported"
        assert body["matches"][0]["quote_ids"] == [aside[i] for i in joined]


def test_not_found_says_how_close_the_closest_was(client, stored):
    body = verify(client, quote="the harbour ferry will be sold before winter")
    assert body["verdict"] == "not_found"
    assert body["closest"] is not None
    assert 0 < body["best_similarity"] == body["closest"]["similarity"] < 0.75


def test_match_carries_the_evidence(client, stored):
    body = verify(client, quote="the ferry budget is already spent", speaker="Brandt")
    match = body["matches"][0]
    text = ARTICLES[0][0]
    assert match["article"] == {"id": stored[0], "title": "A title", "url": "https://v.example/1",
                                "outlet": "Valley Post", "published_at": "2024-03-01"}
    assert match["text"] == "the ferry budget is already spent"
    assert text[match["start"]:match["end"]] == match["text"]
    assert match["context"]["text"] == text.split("\n")[1]
    assert match["speaker"]["name"] == "Tom Brandt" and match["speaker"]["role"] == "Councillor"
    assert match["sourcing"] == {"level": 6, "label": "named_on_record",
                                 "signals": {"plural": False}}
    assert match["quote_id"] > 0 and match["first_appearance"] is True


def test_order_best_then_better_sourced_and_first_appearance(client, stored):
    body = verify(client, quote=BRIDGE, speaker="Okafor")
    got = [(m["article"]["id"], m["sourcing"]["level"], m["first_appearance"])
           for m in body["matches"]]
    # All three are exact; better sourced first. The two with the same wording: the
    # earlier (March) is the first appearance; the longer quote (January) is its own wording.
    assert got == [(stored[0], 6, True), (stored[1], 5, False), (stored[2], 3, True)]


def test_claimed_speaker_first_then_exact_words(client, stored):
    body = verify(client, quote="the ferry budget is already spent", speaker="Brandt")
    assert [m["speaker_match"] for m in body["matches"]] == [True]
    body = verify(client, quote="We’re going to rebuild the harbour bridge before winter ends")
    assert body["matches"][0]["article"]["id"] == stored[2]
    assert body["matches"][0]["level"] == "exact"
    assert {m["level"] for m in body["matches"][1:]} == {"close"}


def test_close_lookup_is_skipped_when_exact_matches_fill_the_answer(app, client, stored,
                                                                    monkeypatch):
    app.config["VERIFY_MAX_MATCHES"] = 2
    calls = []
    real = repository.close_candidates
    monkeypatch.setattr(repository, "close_candidates",
                        lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    body = verify(client, quote="rebuild the harbour bridge")
    assert body["verdict"] == "supported" and len(body["matches"]) == 2 and calls == []
    # Someone else's words: the claimed speaker's close quotes are still looked for.
    body = verify(client, quote="rebuild the harbour bridge", speaker="Brandt")
    assert body["verdict"] == "misattributed" and calls


def _store(post_article, fake_extract, text, quote, level, label, published_at):
    fake_extract(text, [person("p1", "Jane Okafor", "Mayor", aliases=["Okafor"])],
                 [(quote, "p1", level, label)])
    response = post_article(text, published_at=published_at)
    assert response.status_code == 201, response.json
    return response.json["id"]


def test_a_wording_quoted_in_many_cuts_is_found_past_the_first_read(app, client,
                                                                    post_article,
                                                                    fake_extract):
    # Three articles quote a short cut of a pledge, one the whole: all hold its rare words
    # (dredge, channel, storms), the cuts first. Only two close candidates are read, both
    # cuts, too short to be close: the quote holding enough of the claim's words is read
    # next.
    whole = "we will dredge the channel before the storms if we can at all"
    for day, cut in enumerate(["dredge the channel before the storms",
                               "the storms: dredge the channel", "dredge the channel, storms"]):
        _store(post_article, fake_extract, f"Report {day}: Okafor said “{cut}”.", cut, 6,
               "named_on_record", f"2024-02-0{day + 1}")
    full = _store(post_article, fake_extract, f"Okafor said “{whole}” today.", whole, 6,
                  "named_on_record", "2024-03-01")
    app.config["FUZZY_CLOSE_CANDIDATES"] = 2
    body = verify(client, quote=whole.replace("before", "after"))
    assert body["verdict"] == "altered"
    assert [m["article"]["id"] for m in body["matches"]] == [full]
    assert changes(body["matches"][0]) == [("replace", ["before"], ["after"])]


def test_first_appearance_is_marked_among_the_matches_shown(app, client, stored,
                                                          post_article, fake_extract):
    # A fourth copy of the bridge quote, the earliest but the worst sourced, ranks third:
    # with two matches shown, the earlier of the two shown is the first appearance.
    _store(post_article, fake_extract, f"Someone said “{BRIDGE}” then.", BRIDGE, 1,
           "anonymous_vague", "2023-06-01")
    app.config["VERIFY_MAX_MATCHES"] = 2
    body = verify(client, quote=BRIDGE)
    got = [(m["article"]["id"], m["first_appearance"]) for m in body["matches"]]
    assert got == [(stored[0], True), (stored[1], False)]


def test_dates_with_offsets_compare_in_time_order(client, post_article, fake_extract):
    # 23:30 in New York is 04:30 the next day in London: the London article at 01:00 is the
    # earlier one, though its date reads later.
    new_york = _store(post_article, fake_extract, f"Okafor said “{BRIDGE}” late.", BRIDGE, 6,
                      "named_on_record", "2024-03-01T23:30:00-05:00")
    london = _store(post_article, fake_extract, f"Okafor said “{BRIDGE}” early.", BRIDGE, 6,
                    "named_on_record", "2024-03-02T01:00:00+00:00")
    body = verify(client, quote=BRIDGE)
    assert [(m["article"]["id"], m["first_appearance"]) for m in body["matches"]] == \
        [(london, True), (new_york, False)]
    assert body["matches"][1]["article"]["published_at"] == "2024-03-02T04:30:00+00:00"
    for bounds, shown in [({"published_before": "2024-03-02T03:00:00+00:00"}, [london]),
                          ({"published_before": "2024-03-01T22:00:00-05:00"}, [london]),
                          ({"published_after": "2024-03-02T02:00:00Z"}, [new_york])]:
        body = verify(client, quote=BRIDGE, **bounds)
        assert [m["article"]["id"] for m in body["matches"]] == shown, bounds


@pytest.mark.parametrize("bounds, shown", [
    ({"published_before": "2024-03-02"}, ["day before, 23:59 UTC", "day before, date"]),
    ({"published_after": "2024-03-02"},
     ["00:00 UTC", "01:00 UTC, as 20:00 in New York", "12:00, no offset", "the day, date",
      "the day after"]),
    ({"published_after": "2024-03-02", "published_before": "2024-03-03"},
     ["00:00 UTC", "01:00 UTC, as 20:00 in New York", "12:00, no offset", "the day, date"]),
    ({"published_before": "2024-03-02T00:00:00Z"},
     ["day before, 23:59 UTC", "day before, date", "the day, date"]),
])
def test_a_date_bound_is_the_start_of_its_day_in_utc(client, post_article, fake_extract,
                                                      bounds, shown):
    """A date bound against stored date-times compares as text, and means what a user
    reads: published_before=2024-03-02 is before 2024-03-02T00:00 UTC (a date-time of the
    day before, at 23:59, is in, one of the day at 00:00 is out), published_after the same
    instant, inclusive; a stored date-time with an offset is compared in UTC (m008). A stored
    date sorts before every time of its day, so it is before a date-time bound of 00:00
    that same day (last case): the documented reading of a date as the day's start."""
    published = {"day before, 23:59 UTC": "2024-03-01T23:59:59+00:00",
                 "day before, date": "2024-03-01",
                 "00:00 UTC": "2024-03-02T00:00:00+00:00",
                 "01:00 UTC, as 20:00 in New York": "2024-03-01T20:00:00-05:00",
                 "12:00, no offset": "2024-03-02T12:00:00",
                 "the day, date": "2024-03-02",
                 "the day after": "2024-03-03T00:00:00+00:00"}
    names = {}
    for k, (name, when) in enumerate(published.items()):
        names[_store(post_article, fake_extract, f"Okafor said “{BRIDGE}” ({k}).", BRIDGE, 6,
                     "named_on_record", when)] = name
    client.application.config["VERIFY_MAX_MATCHES"] = 10
    body = verify(client, quote=BRIDGE, **bounds)
    assert sorted(names[m["article"]["id"]] for m in body["matches"]) == sorted(shown)


def test_a_claim_with_an_ellipsis_reads_more_quotes_than_are_shown(app, client, stored,
                                                                 post_article,
                                                                 fake_extract):
    # Better sourced quotes holding the claim's longest part but not its end rank first in
    # the exact lookup; the one holding both parts is still found, and supports it.
    for k in range(3):
        quote = f"We’re going to rebuild the harbour bridge, plan number {k} says"
        _store(post_article, fake_extract, f"Okafor said “{quote}” once.", quote, 6,
               "named_on_record", f"2020-01-0{k + 1}")
    app.config["VERIFY_MAX_MATCHES"] = 1
    body = verify(client, quote="We’re going to rebuild the harbour bridge … winter")
    assert body["verdict"] == "supported"
    assert [m["level"] for m in body["matches"]] == ["exact"]


def test_a_claim_with_an_ellipsis_looks_for_close_quotes_too(app, client, post_article,
                                                            fake_extract):
    # The quote holding the claim's longest part is only close (its end differs), so it
    # does not make the close lookup needless: a closer quote, one word spelt otherwise,
    # is the best match.
    quotes = ["We’re going to rebuild the harbour bridge, plan number one says",
              "We’re going to rebuild the harbor bridge before winter"]
    for k, quote in enumerate(quotes):
        _store(post_article, fake_extract, f"Okafor said “{quote}” once.", quote, 6 - k,
               "named_on_record", "2020-01-01")
    app.config["VERIFY_MAX_MATCHES"] = 1
    body = verify(client, quote="We’re going to rebuild the harbour bridge … before winter")
    assert body["verdict"] == "altered"
    assert [m["text"] for m in body["matches"]] == [quotes[1]]


@pytest.mark.parametrize("dates, expected", [
    ({"published_after": "2024-04-01"}, [1]),
    ({"published_before": "2024-04-01"}, [0, 2]),
    ({"published_after": "2024-02-01", "published_before": "2024-04-01"}, [0]),
    ({"published_after": "2024-03-01"}, [0, 1]),                     # on or after
    ({"published_before": "2024-03-01"}, [2]),                       # strictly before
    ({"published_after": "2025-01-01"}, []),
])
def test_date_filters(client, stored, dates, expected):
    body = verify(client, quote="rebuild the harbour bridge", **dates)
    assert [m["article"]["id"] for m in body["matches"]] == [stored[i] for i in expected]
    assert body["verdict"] == ("supported" if expected else "not_found")


@pytest.mark.parametrize("query, field", [
    ({"quote": ""}, "quote"),
    ({"quote": "   "}, "quote"),
    ({"quote": "?!… — “”"}, "quote"),
    ({"quote": "word " * 400 + "x"}, "quote"),
    ({}, "quote"),
    ({"quote": "fine words", "speaker": ""}, "speaker"),
    ({"quote": "fine words", "published_before": "last week"}, "published_before"),
    ({"quote": "fine words", "published_after": "2024-13-45"}, "published_after"),
])
def test_bad_input_is_422_naming_the_field(client, query, field):
    for response, location in ((client.get("/v1/verify", query_string=query), "query"),
                               (client.post("/v1/verify", json=query), "json")):
        assert response.status_code == 422
        assert response.mimetype == "application/problem+json"
        assert {"location": location, "field": field} in [
            {"location": e["location"], "field": e["field"]} for e in response.json["errors"]]


def test_longest_allowed_quote_is_accepted(client):
    assert client.get("/v1/verify", query_string={"quote": "a" * 2000}).status_code == 200
    assert client.get("/v1/verify", query_string={"quote": "a" * 2001}).status_code == 422


def test_unknown_query_parameter_is_422(client):
    response = client.get("/v1/verify?quote=x&speakr=y")
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "speakr"


def test_verify_needs_no_api_key(make_app):
    client = make_app(API_KEY="secret").test_client()
    assert client.post("/v1/verify", json={"quote": "any words"}).status_code == 200
    assert client.get("/v1/verify?quote=any").status_code == 200
    assert client.post("/v1/articles", json={"title": "t", "text": "x"}).status_code == 401


def test_empty_database_is_not_found(client):
    body = verify(client, quote="nothing is stored yet")
    assert body == {"verdict": "not_found", "quote": "nothing is stored yet", "speaker": None,
                    "read_as": None, "speaker_spelling": None, "best_similarity": 0.0, "matches": [], "actual_speakers": [],
                    "closest": None}


# -- acceptance on the seeds (issue 5) -------------------------------------------------------

SEED_CASES = [
    ("It's time to stop the killing and start the talking", "Trump", "supported", 0,
     "Donald Trump"),
    ("peace is possible", None, "supported", 1, "Donald Trump"),
    ("the only viable path to a lasting peace", "Karoline Leavitt", "altered", 0,
     "Karoline Leavitt"),
    ("It's not something that could happen overnight", "Donald Trump", "misattributed", 1,
     "a defense expert familiar with the program"),
    ("Tomahawks are coming to Ukraine next month", None, "not_found", None, None),
]


@pytest.fixture
def seeded(make_app):
    app = make_app(SEED_ON_EMPTY=True)
    client = app.test_client()
    articles = client.get("/v1/articles").json["items"]
    return client, sorted(a["id"] for a in articles)


@pytest.mark.parametrize("quote, speaker, verdict, article, said_by", SEED_CASES)
def test_seed_acceptance(seeded, quote, speaker, verdict, article, said_by):
    client, article_ids = seeded
    body = verify(client, quote=quote, **({"speaker": speaker} if speaker else {}))
    assert body["verdict"] == verdict
    if verdict == "not_found":
        assert body["matches"] == []
        return
    best = body["matches"][0]
    assert best["article"]["id"] == article_ids[article]
    assert best["speaker"]["name"] == said_by
    if verdict == "altered":
        assert changes(best) == [("replace", ["toward"], ["to"])]
    if verdict == "misattributed":
        assert [s["name"] for s in body["actual_speakers"]] == [said_by]
    if quote == "peace is possible":
        assert best["sourcing"]["signals"]["channel"]["text"] == "in a post on Truth Social"


@pytest.mark.parametrize("query", [
    {"quote": BRIDGE},
    {"quote": "rebuild the harbour bridge", "speaker": "Brandt"},
    {"quote": "we are going to rebuild the harbour bridge before spring"},    # altered
    {"quote": "rebuild the harbour … whatever it costs", "speaker": "Okafor"},  # ellipsis
    {"quote": "the ferry budget is already spent", "published_before": "2024-04-01"},
    {"quote": "the ferry budget is already spent", "speaker": "Brandt"},
    {"quote": "it is what it is"},                   # function words only
    {"quote": "harbour bridge"},                     # fewer than three words
    {"quote": "the harbour bridge is a zebra"},      # a word no stored quote holds
])
def test_shared_index_lookup_changes_no_answer(client, stored, monkeypatch, query):
    """When the exact and close lookups look up the same three words, the index is read
    once for both (verify._shared: quotes_holding, or with a claimed speaker
    quotes_by_pairs): the answer is the one each lookup gives alone."""
    from service.api import verify as verify_module
    held = []
    for name in ("quotes_holding", "quotes_by_pairs"):
        real = getattr(repository, name)
        monkeypatch.setattr(repository, name, lambda *args, real=real, **kwargs:
                            held.append(1) or real(*args, **kwargs))
    shared = verify(client, **query)
    monkeypatch.setattr(verify_module, "_shared", lambda *args: False)
    assert verify(client, **query) == shared
    if query["quote"] == "the ferry budget is already spent":
        assert held         # its three rarest words are content words: the lookup was shared


@pytest.mark.parametrize("stored", [
    None, "",
    '{"signals": {"plural": false, "named": true}, "reasons": []}',       # as orjson stores
    '{"signals": {"plural": false}, "reasons": [{"signal": "verb", "text": "said",'
    ' "start": 3, "end": 7}]}',
    '{"signals": {"score": NaN}, "reasons": []}',           # as json.dumps once stored ...
    '{"signals": {"name": "\\ud800"}, "reasons": []}',      # ... which orjson refuses
    '{"signals": {"name": "\\u00e9\\ud83d\\ude00"}, "reasons": []}',
])
def test_shown_grade_signals_are_read_as_json_loads_reads_them(stored):
    import json

    from service.api.verify import _signals
    expected = json.loads(stored)["signals"] if stored else {}
    assert repr(_signals(stored)) == repr(expected)      # repr: NaN is not equal to itself
