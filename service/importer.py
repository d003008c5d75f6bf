"""Bulk import of an archive: articles as JSON Lines, extracted in worker processes, stored
in batches (one transaction each) through the same storage code as the API.

Every line is checked with the API's article schema (keys the schema does not know are
ignored); a line that is not JSON or fails the schema is rejected and reported with its
number and the fields at fault, never silently dropped. A batch is stored whole or not at
all, as the API stores one article. Articles stored already with the same text are not
extracted again.
"""
from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, BinaryIO

from marshmallow import EXCLUDE, ValidationError
from sqlite_utils import Database

from schemas.articles import ArticleIn

from . import repository
from .jsonio import UnreadableJSON, read_json
from .pipeline import extract
from .pipeline.model import Extraction
from .urls import url_identity

_SCHEMA = ArticleIn(unknown=EXCLUDE)


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


def _extract(fields: dict[str, Any]) -> Extraction:
    return extract(fields["text"], title=fields.get("title"))


def import_lines(db: Database, lines: Iterable[str | bytes | OverlongLine], *, batch: int = 500,
                 workers: int = 1) -> ImportReport:
    """Import articles given as JSON lines (text, or bytes in UTF-8; an ``OverlongLine`` is
    rejected as too long); return what was stored and what was rejected.

    ``workers`` > 1 extracts in that many processes (extraction is the slow part, and pure);
    storing stays in this process, ``batch`` articles per transaction, in line order.
    """
    report = ImportReport()

    def valid() -> Iterator[dict[str, Any]]:
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
                yield parse_line(line)
            except ValueError as exc:
                report.rejected.append((number, str(exc)))

    def read_batch() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Return the next batch's articles to extract, and those stored already with the
        same text: re-importing an archive does not extract it again."""
        chunk = list(islice(articles, batch))
        same = _in_line_order(chunk, repository.unchanged(db, chunk) if chunk else [])
        return ([a for a, s in zip(chunk, same) if not s], [a for a, s in zip(chunk, same) if s])

    def account(pairs: list[tuple[dict[str, Any], Extraction]],
                saved: list[repository.Saved], skipped: list[dict[str, Any]]) -> None:
        for done, (_, extraction) in zip(saved, pairs):
            if done.created:
                report.stored += 1
                report.quotes += len(extraction.quotes)
            else:
                report.unchanged += 1
        # Another writer may have changed a skipped article since it was read: that one is
        # extracted and stored now (this answer holds until the next write, as a store would).
        changed = [a for a, s in zip(skipped, repository.unchanged(db, skipped)) if not s]
        report.unchanged += len(skipped) - len(changed)
        if changed:
            again = [(a, _extract(a)) for a in changed]
            account(again, repository.save_articles(db, again), [])

    def store(extracted: Iterable[tuple[list[dict[str, Any]], Iterable[Extraction],
                                        list[dict[str, Any]]]]) -> None:
        handed: deque[tuple[list[tuple[dict[str, Any], Extraction]], list[dict[str, Any]]]] \
            = deque()

        def batches() -> Iterator[list[tuple[dict[str, Any], Extraction]]]:
            for chunk, extractions, skipped in extracted:
                pairs = list(zip(chunk, extractions))
                handed.append((pairs, skipped))
                yield pairs

        # save_batches reads a batch ahead: it works out the next batch's quote words while
        # this one commits.
        for saved in repository.save_batches(db, batches()):
            pairs, skipped = handed.popleft()
            account(pairs, saved, skipped)

    def in_process() -> Iterator[tuple[list[dict[str, Any]], Iterator[Extraction],
                                       list[dict[str, Any]]]]:
        while True:
            chunk, skipped = read_batch()
            if not chunk and not skipped:
                return
            yield chunk, map(_extract, chunk), skipped

    articles = valid()
    if workers == 1:
        store(in_process())
        return report
    # Imported here: the worker pool's modules cost every app start about 11 ms otherwise.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        def in_pool() -> Iterator[tuple[list[dict[str, Any]], Iterator[Extraction],
                                        list[dict[str, Any]]]]:
            # Executor.map starts at once: the batch after the one handed over is extracted
            # while that one is stored.
            chunk, skipped = read_batch()
            extractions = pool.map(_extract, chunk, chunksize=8)
            while chunk or skipped:
                following, following_skipped = read_batch()
                ahead = pool.map(_extract, following, chunksize=8)
                yield chunk, extractions, skipped
                chunk, skipped, extractions = following, following_skipped, ahead

        store(in_pool())
    return report
