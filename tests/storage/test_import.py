"""flask import-articles: JSON Lines in, articles stored in batches, bad lines reported."""
from __future__ import annotations

import io
import json

import pytest

from service import repository
from service.db import get_db
from service.importer import import_lines, parse_line

GOOD = [
    {"title": "Harbour", "text": "“The bridge opens in May,” Mayor Ann Boyd said.",
     "url": "https://news.example/1", "outlet": "Valley Post", "published_at": "2025-03-01",
     "id": "kept out: the schema does not know it"},
    {"title": "Ferry", "text": "Tom Weller said the ferry budget was “already spent.”"},
    {"title": "Budget", "text": "“We will not raise taxes,” the council said in a statement."},
]


def lines_of(records):
    return [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]


@pytest.fixture
def archive(tmp_path):
    records = [GOOD[0], "{not json", GOOD[1], "", {"text": "No title here."},
               ["a", "list"], GOOD[2], GOOD[0]]
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(lines_of(records)) + "\n", encoding="utf-8")
    return path


def test_the_command_stores_the_good_lines_and_lists_the_bad_ones(app, archive):
    result = app.test_cli_runner().invoke(args=["import-articles", str(archive), "--batch", "2"])
    assert result.exit_code == 1       # some lines were rejected
    assert "line 2: not JSON" in result.output
    assert "line 5: title: Missing data for required field." in result.output
    assert "line 6: not a JSON object" in result.output
    assert "7 articles read: 3 stored (3 quotes), 1 already stored, 3 rejected" in result.output
    with app.app_context():
        db = get_db()
        titles = sorted(a["title"] for a in repository.list_articles(db, before=None, limit=10))
        assert titles == ["Budget", "Ferry", "Harbour"]
        first = repository.get_article(db, 1)
        assert (first["url"], first["outlet"], first["published_at"]) == (
            "https://news.example/1", "Valley Post", "2025-03-01")


def test_a_clean_file_exits_zero(app, tmp_path):
    path = tmp_path / "clean.jsonl"
    path.write_text("\n".join(lines_of(GOOD)), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import-articles", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 articles read: 3 stored (3 quotes), 0 already stored, 0 rejected" in result.output


def test_worker_processes_store_what_one_process_stores(make_app, tmp_path):
    stored = []
    for workers in (1, 2):
        app = make_app(DATABASE=str(tmp_path / f"w{workers}.db"))
        with app.app_context():
            db = get_db()
            report = import_lines(db, lines_of(GOOD), batch=2, workers=workers)
            assert (report.stored, report.rejected) == (3, [])
            stored.append([(q["text"], q["speaker"] and q["speaker"]["name"])
                           for a in (1, 2, 3) for q in repository.article_quotes(db, a)])
    assert stored[0] == stored[1]
    assert [name for _, name in stored[0]] == ["Ann Boyd", "Tom Weller", "council"]


@pytest.mark.parametrize("line, why", [
    ('{"title": "", "text": "x"}', "title: Length must be between 1 and 1000."),
    ('{"title": "T", "text": "x", "url": "ftp://a"}', "url: Not a valid URL."),
    ("[]", "not a JSON object"),
    pytest.param("[" * 100_000 + "]" * 100_000, "not JSON: nested too deeply", id="nested"),
    pytest.param('{"title": "T", "text": "x", "outlet": ' + "9" * 5000 + "}",
                 "not JSON: a number of more than 4300 digits", id="long-integer"),
    ('{"title": "T", "text": "x \\ud800"}',
     "text: Not valid Unicode text: a lone surrogate (U+D800) at character 2."),
    ('{"title": "T", "text": "x", "url": "https://a.example/\\ud800"}',
     "url: Not valid Unicode text: a lone surrogate (U+D800) at character 18."),
])
def test_a_bad_line_says_which_field_is_at_fault(line, why):
    with pytest.raises(ValueError, match=why.split(":")[0]) as caught:
        parse_line(line)
    assert why in str(caught.value)


def test_importing_again_extracts_nothing_stored_already(app, tmp_path, monkeypatch):
    path = tmp_path / "clean.jsonl"
    path.write_text("\n".join(lines_of(GOOD)), encoding="utf-8")
    from service import importer
    extracted = []
    real = importer._extract
    monkeypatch.setattr(importer, "_extract",
                        lambda f, **limit: extracted.append(f["title"]) or real(f, **limit))
    with app.app_context():
        db = get_db()
        assert import_lines(db, lines_of(GOOD), batch=2).stored == 3
        changed = dict(GOOD[1], text=GOOD[1]["text"] + " He left.")
        extracted.clear()
        report = import_lines(db, lines_of(GOOD + [changed]), batch=2)
        assert (report.stored, report.unchanged) == (1, 3)
        assert extracted == ["Ferry"]        # only the changed text


def test_a_skipped_article_changed_meanwhile_is_stored(app, monkeypatch):
    """The first line is stored already and skipped; while the batch after it is extracted,
    another writer changes the article at its URL: the line's text is stored again."""
    from service import importer
    real = importer._extract
    with app.app_context():
        db = get_db()
        first = GOOD[0]
        import_lines(db, lines_of([first]))
        other = dict(first, text="“The bridge is late,” Mayor Ann Boyd said.")

        def extract_while_another_writes(fields, **limit):
            if fields["title"] == "Ferry":
                repository.save_article(db, other, real(other))
            return real(fields, **limit)
        monkeypatch.setattr(importer, "_extract", extract_while_another_writes)
        report = import_lines(db, lines_of([first, GOOD[1]]), batch=2)
        assert (report.stored, report.unchanged) == (2, 0)
        article = repository.get_article(db, 1)
        assert article["text"] == first["text"]
        assert article["revision"] == 3


def _jsonl(*records):
    return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]


@pytest.mark.parametrize("content, summary, rejected", [
    pytest.param(b"\xef\xbb\xbf" + b"\n".join(_jsonl(GOOD[1], GOOD[2])),
                 "2 articles read: 2 stored (2 quotes), 0 already stored, 0 rejected", [],
                 id="byte-order-mark"),
    pytest.param(b"\r\n".join(_jsonl(GOOD[1], GOOD[2])) + b"\r\n",
                 "2 articles read: 2 stored (2 quotes), 0 already stored, 0 rejected", [],
                 id="crlf"),
    # JSON may have a carriage return between tokens; only a line feed ends a line
    pytest.param(b'{"title": "Ferry",\r"text": ' + json.dumps(GOOD[1]["text"]).encode()
                 + b"}\n" + _jsonl(GOOD[2])[0],
                 "2 articles read: 2 stored (2 quotes), 0 already stored, 0 rejected", [],
                 id="carriage-return-inside-a-line"),
    pytest.param(b"\n".join([_jsonl(GOOD[1])[0], b'{"title": "Caf\xe9", "text": "x"}',
                             _jsonl(GOOD[2])[0]]),
                 "3 articles read: 2 stored (2 quotes), 0 already stored, 1 rejected",
                 ["line 2: not UTF-8: byte 0xE9 at byte 15"], id="latin-1-line"),
])
def test_the_command_reads_lines_as_utf8_bytes(app, tmp_path, content, summary, rejected):
    """A byte-order mark, CRLF line ends and a line that is not UTF-8 are each read as one
    line; the bad one was a traceback that stopped the import, the BOM made line 1 not JSON."""
    path = tmp_path / "archive.jsonl"
    path.write_bytes(content)
    result = app.test_cli_runner().invoke(args=["import-articles", str(path)])
    assert summary in result.output, result.output
    assert [line for line in result.output.splitlines() if line.startswith("line ")] \
        == rejected
    assert result.exit_code == (1 if rejected else 0)
    with app.app_context():
        titles = sorted(a["title"] for a in
                        repository.list_articles(get_db(), before=None, limit=10))
    assert titles == ["Budget", "Ferry"]


CORRECTED = dict(GOOD[0], title="Harbour, corrected",
                 text="“The bridge opens in June,” Mayor Ann Boyd said.")


@pytest.mark.parametrize("stored, lines, latest, unchanged", [
    # an import cut short after line 1, run again: the correction on line 2 stays the latest
    ([GOOD[0]], [GOOD[0], CORRECTED], ["Harbour", "Harbour, corrected"], 1),
    # a line without URL that the stored article holds, before a correction of that article
    ([GOOD[0]], [{k: v for k, v in GOOD[0].items() if k != "url"}, CORRECTED],
     ["Harbour", "Harbour, corrected"], 1),
    # stored already at its URL, then changed later in the file: both changes kept in order
    ([GOOD[0]], [GOOD[0], CORRECTED, GOOD[0]],
     ["Harbour", "Harbour, corrected", "Harbour"], 1),
    # the correction under the same URL with a tracking parameter: the same article
    ([GOOD[0]], [GOOD[0], dict(CORRECTED, url=GOOD[0]["url"] + "?utm_source=feed")],
     ["Harbour", "Harbour, corrected"], 1),
])
def test_lines_stored_already_keep_their_place_in_line_order(app, stored, lines, latest,
                                                              unchanged):
    """A line skipped as stored already and a later line of the same batch that changes the
    same article: the later one is the latest revision, as the lines are in the file. The
    skipped line was checked again after its batch and stored as one more revision."""
    with app.app_context():
        db = get_db()
        import_lines(db, lines_of(stored))
        report = import_lines(db, lines_of(lines))
        assert (report.stored, report.unchanged) == (len(latest) - 1, unchanged)
        article = repository.get_article(db, 1)
        assert [r["title"] for r in article["revisions"]] == latest
        assert len(repository.list_articles(db, before=None, limit=10)) == 1


# Three quoted passages by a speaker no other line names.
MANY = {"title": "Many", "text": "“One,” Zora Quill said. “Two,” she added. “Three.”"}


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_of_too_many_quoted_passages_is_rejected_and_the_rest_stored(
        make_app, tmp_path, workers):
    """The API answers such a text 422 (MAX_QUOTES_PER_ARTICLE); the import rejects its
    line with the reason, stores nothing of it (not its speaker either) and stores the rest
    of its batch. Rejected lines are listed in line order: with worker processes, the next
    batch's lines are read (a bad one rejected) before this batch's extractions come back."""
    app = make_app(MAX_QUOTES_PER_ARTICLE=2)
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(lines_of([GOOD[1], MANY, "{not json", GOOD[2]])) + "\n",
                    encoding="utf-8")
    with app.app_context():
        result = app.test_cli_runner().invoke(
            args=["import-articles", str(path), "--batch", "2", "--workers", str(workers)])
    assert result.exit_code == 1, result.output
    assert [line.split(": ")[:2] for line in result.output.splitlines()
            if line.startswith("line ")] == [["line 2", "text"], ["line 3", "not JSON"]]
    assert "line 2: text: The text holds 3 quoted passages, more than the 2 allowed." \
        in result.output
    assert "4 articles read: 2 stored (2 quotes), 0 already stored, 2 rejected" \
        in result.output
    client = app.test_client()
    assert sorted(a["title"] for a in client.get("/v1/articles").json["items"]) == \
        ["Budget", "Ferry"]
    assert "Zora Quill" not in {s["name"] for s in client.get("/v1/speakers").json["items"]}


class _CountingStream(io.BytesIO):
    """A file that records the most bytes one read returned."""

    most = 0

    def readline(self, size=-1):
        line = super().readline(size)
        self.most = max(self.most, len(line))
        return line


def test_a_line_over_the_body_limit_is_rejected_and_the_import_goes_on(make_app, tmp_path):
    """The API refuses a body over MAX_CONTENT_LENGTH with 413; the import command read a
    line of any size whole into memory and stored it. Now the line is rejected with its
    number, read in pieces no longer than the limit, and the lines after it are imported."""
    app = make_app(MAX_CONTENT_LENGTH=1000)
    huge = {"title": "Huge", "text": "“Yes,” Ann Boyd said. " + "word " * 2000}
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\n".join(_jsonl(GOOD[1], huge, GOOD[2])) + b"\n")
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["import-articles", str(path)])
    assert result.exit_code == 1, result.output
    assert [line for line in result.output.splitlines() if line.startswith("line ")] \
        == ["line 2: too long: more than 1000 bytes, the limit of a request body"]
    assert "3 articles read: 2 stored (2 quotes), 0 already stored, 1 rejected" \
        in result.output
    with app.app_context():
        titles = sorted(a["title"] for a in
                        repository.list_articles(get_db(), before=None, limit=10))
    assert titles == ["Budget", "Ferry"]


@pytest.mark.parametrize("content, lines", [
    pytest.param(b"a\nbb\n", [b"a\n", b"bb\n"], id="short"),
    pytest.param(b"abcd\nab", [b"abcd\n", b"ab"], id="at-the-limit"),
    pytest.param(b"abcde\nab\n", ["over", b"ab\n"], id="one-over"),
    pytest.param(b"x" * 200_000 + b"\nab", ["over", b"ab"], id="huge"),
    pytest.param(b"x" * 200_000, ["over"], id="huge-last-line-without-newline"),
])
def test_read_lines_holds_no_more_than_the_limit(content, lines):
    from service.importer import OverlongLine, read_lines

    stream = _CountingStream(content)
    got = ["over" if isinstance(x, OverlongLine) else x for x in read_lines(stream, 4)]
    assert got == lines
    assert stream.most <= 1 << 16
