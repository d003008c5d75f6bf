"""Bulk import of an archive: articles as JSON Lines, extracted in worker processes, stored
in batches (one transaction each) through the same storage code as the API.

Every line is checked with the API's article schema (keys the schema does not know are
ignored); a line that is not JSON or fails the schema is rejected and reported with its
number and the fields at fault, never silently dropped; so is an article of more quoted
passages than ``max_quotes`` (the API's 422), of which nothing is stored. A batch is stored
whole or not at all, as the API stores one article. Articles stored already with the same
text are not extracted again.
"""
from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any, BinaryIO

from marshmallow import EXCLUDE, ValidationError
from sqlite_utils import Database

from schemas.articles import ArticleIn

from . import repository
from .jsonio import UnreadableJSON, read_json
from .pipeline import TooManyQuotes, extract
from .pipeline.model import Extraction
from .urls import url_identity

_SCHEMA = ArticleIn(unknown=EXCLUDE)

# An article's fields with the number of the line that gave them (to report it rejected).
Numbered = tuple[int, dict[str, Any]]


# A line longer than this is skipped in pieces of this size, never held whole.
_SKIP_CHUNK = 1 << 16


@dataclass(frozen=True)
class OverlongLine:
    """A line of more than ``limit`` bytes (its line feed not counted), read no further."""
    limit: int


def read_lines(stream: BinaryIO, limit: int | None) -> Iterator[bytes | OverlongLine]:
    """Yield the lines of a binary stream, split at line feeds; a line of more than
    ``limit`` bytes (None: no limit) as an ``OverlongLine``, having read at most ``limit``
    + 1 bytes of it at a time, so one huge line never sits in memory."""
    if limit is None:
        yield from stream
        return
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield OverlongLine(limit)


@dataclass
class ImportReport:
    read: int = 0                  # non-blank lines
    stored: int = 0                # new articles or new revisions
    unchanged: int = 0             # already stored with the same text
    quotes: int = 0                # quotes of the stored articles
    rejected: list[tuple[int, str]] = field(default_factory=list)   # (line number, why)


def parse_line(line: str) -> dict[str, Any]:
    """Return the article fields of one JSON line; raise ValueError saying what is wrong."""
    try:
        record = read_json(line)
    except UnreadableJSON as exc:
        raise ValueError(f"not JSON: {exc.msg}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    try:
        return _SCHEMA.load(record)
    except ValidationError as exc:
        raise ValueError("; ".join(f"{name}: {' '.join(map(str, why))}"
                                   for name, why in sorted(exc.normalized_messages().items())
                                   )) from None


def _text_of(line: str | bytes, *, first: bool) -> str:
    """Return a line as text, without the byte-order mark an editor may put before the
    first; raise ValueError when its bytes are not UTF-8 (only that line is rejected)."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8: byte 0x{line[exc.start]:02X} at byte "
                             f"{exc.start + 1}") from None
    return line.removeprefix("\ufeff") if first else line


def _in_line_order(chunk: list[dict[str, Any]], unchanged: list[bool]) -> list[bool]:
    """Return which articles of a batch may be skipped as stored already: not one that a
    later article of the batch may change (a new text at its URL; for one without URL, at
    any URL). A skipped article is checked again after its batch is stored, so it would
    then be stored after that later one, out of line order: a correction would not be the
    latest revision. Those are extracted and stored in place (as unchanged, if so)."""
    out = list(unchanged)
    later_urls: set[str] = set()       # URLs (identity keys) of the articles stored after
    for at in range(len(chunk) - 1, -1, -1):
        url = chunk[at].get("url")
        url = None if url is None else url_identity(url)
        changed_later = bool(later_urls) if url is None else url in later_urls
        if out[at] and changed_later:
            out[at] = False
        if not out[at] and url is not None:
            later_urls.add(url)
    return out


def _extract(fields: dict[str, Any], max_quotes: int | None = None
             ) -> Extraction | TooManyQuotes:
    """Return the article's extraction, or the TooManyQuotes it raised: raised in a worker,
    it would stop the pool's map, and the import, at that article."""
    try:
        return extract(fields["text"], title=fields.get("title"), max_quotes=max_quotes)
    except TooManyQuotes as refused:
        return refused


def import_lines(db: Database, lines: Iterable[str | bytes | OverlongLine], *, batch: int = 500,
                 workers: int = 1, max_quotes: int | None = None) -> ImportReport:
    """Import articles given as JSON lines (text, or bytes in UTF-8; an ``OverlongLine`` is
    rejected as too long); return what was stored and what was rejected, in line order.

    ``workers`` > 1 extracts in that many processes (extraction is the slow part, and pure);
    storing stays in this process, ``batch`` articles per transaction, in line order. An
    article of more than ``max_quotes`` quoted passages is rejected, the others of its
    batch stored.
    """
    report = ImportReport()
    extract_one = partial(_extract, max_quotes=max_quotes)

    def valid() -> Iterator[Numbered]:
        for number, line in enumerate(lines, start=1):
            if isinstance(line, OverlongLine):
                report.read += 1
                report.rejected.append((number, f"too long: more than {line.limit} bytes, "
                                                "the limit of a request body"))
                continue
            try:
                line = _text_of(line, first=number == 1)
            except ValueError as exc:
                report.read += 1
                report.rejected.append((number, str(exc)))
                continue
            if not line.strip():
                continue
            report.read += 1
            try:
                fields = parse_line(line)
            except ValueError as exc:
                report.rejected.append((number, str(exc)))
                continue
            yield number, fields

    def read_batch() -> tuple[list[Numbered], list[Numbered]]:
        """Return the next batch's articles to extract, and those stored already with the
        same text (re-importing an archive does not extract it again), with their line
        numbers."""
        chunk = list(islice(articles, batch))
        fields = [f for _, f in chunk]
        same = _in_line_order(fields, repository.unchanged(db, fields) if chunk else [])
        return ([a for a, s in zip(chunk, same) if not s], [a for a, s in zip(chunk, same) if s])

    def extracted(chunk: list[Numbered],
                  extractions: Iterable[Extraction | TooManyQuotes]
                  ) -> list[tuple[dict[str, Any], Extraction]]:
        """Pair a batch's articles with their extractions; reject those refused, by line."""
        pairs = []
        for (number, fields), extraction in zip(chunk, extractions):
            if isinstance(extraction, TooManyQuotes):
                report.rejected.append((number, f"text: {extraction}"))
            else:
                pairs.append((fields, extraction))
        return pairs

    def account(pairs: list[tuple[dict[str, Any], Extraction]],
                saved: list[repository.Saved], skipped: list[Numbered]) -> None:
        for done, (_, extraction) in zip(saved, pairs):
            if done.created:
                report.stored += 1
                report.quotes += len(extraction.quotes)
            else:
                report.unchanged += 1
        # Another writer may have changed a skipped article since it was read: that one is
        # extracted and stored now (this answer holds until the next write, as a store would).
        unchanged = repository.unchanged(db, [f for _, f in skipped])
        changed = [a for a, s in zip(skipped, unchanged) if not s]
        report.unchanged += len(skipped) - len(changed)
        if changed:
            again = extracted(changed, [extract_one(f) for _, f in changed])
            account(again, repository.save_articles(db, again), [])

    def store(batches_read: Iterable[tuple[list[Numbered],
                                           Iterable[Extraction | TooManyQuotes],
                                           list[Numbered]]]) -> None:
        handed: deque[tuple[list[tuple[dict[str, Any], Extraction]], list[Numbered]]] \
            = deque()

        def batches() -> Iterator[list[tuple[dict[str, Any], Extraction]]]:
            for chunk, extractions, skipped in batches_read:
                pairs = extracted(chunk, extractions)
                handed.append((pairs, skipped))
                yield pairs

        # save_batches reads a batch ahead: it works out the next batch's quote words while
        # this one commits.
        for saved in repository.save_batches(db, batches()):
            pairs, skipped = handed.popleft()
            account(pairs, saved, skipped)

    def in_process() -> Iterator[tuple[list[Numbered], Iterator[Extraction | TooManyQuotes],
                                       list[Numbered]]]:
        while True:
            chunk, skipped = read_batch()
            if not chunk and not skipped:
                return
            yield chunk, map(extract_one, [f for _, f in chunk]), skipped

    def in_pool(pool) -> Iterator[tuple[list[Numbered], Iterator[Extraction | TooManyQuotes],
                                        list[Numbered]]]:
        # Executor.map starts at once: the batch after the one handed over is extracted
        # while that one is stored.
        chunk, skipped = read_batch()
        extractions = pool.map(extract_one, [f for _, f in chunk], chunksize=8)
        while chunk or skipped:
            following, following_skipped = read_batch()
            ahead = pool.map(extract_one, [f for _, f in following], chunksize=8)
            yield chunk, extractions, skipped
            chunk, skipped, extractions = following, following_skipped, ahead

    articles = valid()
    if workers == 1:
        store(in_process())
    else:
        # Imported here: the worker pool's modules cost every app start about 11 ms otherwise.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            store(in_pool(pool))
    report.rejected.sort()      # (a batch's lines are read, and rejected, before it is stored)
    return report
