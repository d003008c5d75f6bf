"""Text in, attributed and graded quotes out. Python (its busiest modules compiled by Cython
where a C compiler was present at install; see setup.py): no Flask, no database.

The pipeline's patterns run without the regex module's time limit: a limit reads the
process's clock when a match starts and again and again during a long scan, 8% of a pass
over news text (measured on the dev set). What bounds their time instead is that each reads
a text in linear time: no pattern repeats a part that can match the same characters in two
ways, so an attempt that fails gives up within the run it was reading. The rules around
them read a bounded stretch per quote (a sentence: 600 characters either side).
``bench/pathological.py`` measures it on texts of long runs (spaces, capitals, stray marks,
reporting verbs, …): each run's time grows about 2x per doubling of the text. A new pattern
comes with a run of what it repeats, added there.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ._native import use_current_sources

use_current_sources()   # before the modules below are imported: a stale build must not run

from .attribution import attribute, clear_caches
from .memory import collector_paused
from .model import Extraction, Quote
from .quotes import find_quotes, plain_spaces, unwrap_lines
from .sourcing import grade_all


class TooManyQuotes(ValueError):
    """A text holds more quoted passages than the caller lets one extraction read."""

    def __init__(self, found: int, limit: int):
        super().__init__(found, limit)      # (its args: it pickles, for the importer's pool)
        self.found, self.limit = found, limit

    def __str__(self) -> str:
        return (f"The text holds {self.found} quoted passages, more than the {self.limit} "
                "allowed.")


def extract(text: str, title: str | None = None, *,
            max_quotes: int | None = None) -> Extraction:
    """Find every quote in ``text``, attribute it to a speaker and grade its sourcing.

    ``title`` (the headline) is read for names only: a body that says "Trump" after a
    headline that says "President Donald Trump" is about Donald Trump. Offsets are into
    ``text`` alone. Lines that only wrap a paragraph are read as one paragraph (see
    ``unwrap_lines``), and no-break or thin spaces as plain ones (``plain_spaces``); the
    words given back are ``text``'s own, line breaks and all. Lines may end the Windows
    way ("\\r\\n") or the old Mac way ("\\r"): they are read as line feeds
    (``_with_line_feeds``).

    With more than ``max_quotes`` quoted passages (the spans between marks, as found: a
    quote over three paragraphs is three), raise ``TooManyQuotes`` before the rules read
    any of them. The rules cost up to about a millisecond a passage, and a text of nothing
    but quotes ("“a” “b” she told Ann …") holds one every ten characters or so: 2 MB of it
    took 107 s. None (the default) reads them all.
    """
    text, title = _plain(text), None if title is None else _plain(title)
    if "\r" in text:
        return _with_line_feeds(text, title, max_quotes)
    # An extraction makes no reference cycles (tests/pipeline/test_invariants.py): the
    # collector's passes over its objects freed nothing and took 2% of the time
    with collector_paused():
        flat = plain_spaces(unwrap_lines(text))
        raw, warnings = find_quotes(flat)
        if max_quotes is not None and len(raw) > max_quotes:
            raise TooManyQuotes(len(raw), max_quotes)
        quotes, book = attribute(flat, raw, title=title)
        speakers = book.speakers()
        graded = grade_all(quotes, {s.key: s for s in speakers}, flat)
        if flat != text:
            graded = [_words_of(text, q) for q in graded]
    return Extraction(text=text, quotes=tuple(graded), speakers=speakers,
                      warnings=tuple(warnings))


def _plain(text: str) -> str:
    """Return ``text`` as a plain str (a subclass's copy): the compiled modules refuse
    subclasses of str (setup.py, TYPED)."""
    return text if type(text) is str else str.__str__(text)


def _with_line_feeds(text: str, title: str | None, max_quotes: int | None) -> Extraction:
    """Return the extraction of ``text``, whose lines end in "\\r\\n" or "\\r", read with
    line feeds ("\\n") instead, at ``text``'s offsets and in its words.

    The rules read a line feed as the end of a paragraph line; a carriage return before one
    would stay in the line (a headline ending in it, a wrapped line whose last character is
    not a letter).
    """
    # where each "\r" dropped before a line feed was, in the text without it
    dropped: list[int] = []
    cr = text.find("\r\n")
    while cr >= 0:
        dropped.append(cr - len(dropped))
        cr = text.find("\r\n", cr + 2)
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    if title is not None:
        title = title.replace("\r\n", " ").replace("\r", " ")
    found = extract(unix, title, max_quotes=max_quotes)

    def at(offset: int) -> int:
        return offset + bisect_left(dropped, offset)

    def moved(span):
        return replace(span, start=at(span.start), end=at(span.end))

    quotes = []
    for q in found.quotes:
        cue, sourcing = q.cue, q.sourcing
        if cue is not None and cue.start is not None:
            cue = moved(cue)
        if sourcing is not None:
            signals = sourcing.signals
            channel = signals.get("channel")
            if channel:
                signals = {**signals, "channel": {**channel, "start": at(channel["start"]),
                                                  "end": at(channel["end"])}}
            sourcing = replace(sourcing, reasons=tuple(map(moved, sourcing.reasons)),
                               signals=signals)
        quotes.append(_words_of(text, replace(
            q, start=at(q.start), end=at(q.end), parts=tuple(map(moved, q.parts)),
            mention=None if q.mention is None else moved(q.mention), cue=cue,
            sourcing=sourcing)))
    return replace(found, text=text, quotes=tuple(quotes),
                   warnings=tuple(map(moved, found.warnings)))


def _words_of(text: str, q: Quote) -> Quote:
    """Return the quote with every span's words read from ``text`` (the copy the rules read
    has spaces where ``text`` breaks a line or has a no-break space).

    A span whose words are the same in both is kept as it is, and so is a quote none of whose
    spans differ: most do not, and dataclasses.replace costs about 15,000 instructions a call.
    """
    def words(span):
        new_words = text[span.start:span.end]
        return span if new_words == span.text else replace(span, text=new_words)
    cue = q.cue
    if cue is not None and cue.start is not None and text[cue.start:cue.end] != cue.verb:
        cue = replace(cue, verb=text[cue.start:cue.end])
    sourcing = q.sourcing
    if sourcing is not None:
        reasons = tuple(map(words, sourcing.reasons))
        if any(new is not old for new, old in zip(reasons, sourcing.reasons)):
            # (a reason whose words are the same leaves its signal as it is, too)
            signals = {**sourcing.signals, **{r.signal: r.text for r in reasons
                                              if r.signal == "anonymity_reason"}}
            channel = signals.get("channel")
            if channel:
                signals["channel"] = {**channel, "text": text[channel["start"]:channel["end"]]}
            sourcing = replace(sourcing, reasons=reasons, signals=signals)
    mention = None if q.mention is None else words(q.mention)
    # a quote over paragraphs is its parts' words joined by a space, as attribute() built it
    words_of_parts = " ".join(text[p.start:p.end] for p in q.parts) if q.parts else \
        text[q.start:q.end]
    if words_of_parts == q.text and cue is q.cue and sourcing is q.sourcing and \
            mention is q.mention:
        return q
    return replace(q, text=words_of_parts, cue=cue, sourcing=sourcing, mention=mention)


__all__ = ["extract", "clear_caches", "TooManyQuotes"]
