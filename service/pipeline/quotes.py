"""Find quoted spans: pair quote marks paragraph by paragraph.

Double marks (“ ” " '' `` « » „) are paired first; single marks (‘ ’ ') are paired only
outside double-quoted regions, so a single quote nested inside a double quote stays inside
it, and apostrophes (it’s, Trump’s, players’) are never taken for marks. A paragraph that
ends inside an open quote, followed by one that opens with a mark (or whose first mark only
closes), is one quote running over paragraphs. Any other unbalanced mark never spreads past
its paragraph: it is reported, as is a quote closed by the wrong kind of mark.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .lexicon import OTHER_SPACES
from .model import RawQuote, Span, Warning, new_tuple

# The quote marks: these single characters, `` and runs of two or more apostrophes (split
# into marks later), besides the single apostrophe and ’ (found on their own: see _mark_spans).
_ONE_CHAR_MARKS = "“”„‟«»\"‘‚‛‹›"
_ELISION = regex.compile(
    r"(?i)(?:em|til|cause|n|bout|tis|twas|round|nuff|cuz|kay|s)\b|\d0s\b|\d\d\b")

_OPENING_CONTEXT = set("([{<—–-/:;") | set("“‘«„‚\"'`")
_CLOSING_CONTEXT = set(".,;:!?)]}>—–-/…") | set("”’»\"'")


class _Mark(NamedTuple):
    start: int
    end: int
    double: bool
    can_open: bool
    can_close: bool


def new_frozen(cls: type, fields: dict) -> object:
    """Return an instance of the frozen dataclass ``cls`` (model.py) holding ``fields``, all
    of them by name in order: what ``cls(**fields)`` returns, without running the
    ``__init__`` that model._quick_init writes, a Python function (3,000-5,000 instructions
    a call from compiled code; tests/pipeline/test_new_frozen.py holds the two equal)."""
    obj = _new_object(cls)
    obj.__dict__.update(fields)
    return obj


_new_object = object.__new__


@lru_cache(maxsize=1)
def paragraphs(text: str) -> tuple[Span, ...]:
    """Return the spans of the non-empty lines of ``text`` (a line is a paragraph).

    Cached for the latest text: finding the quotes and attributing them both read them.
    """
    # Each line found with str.find, and read whole only when it opens with a space: the
    # lines are not copied out of the text (text.split), and each Span is built without its
    # __init__ (new_frozen): 37M -> 24M instructions a pass over the dev set.
    out = []
    at = 0
    while True:
        end = text.find("\n", at)
        stop = len(text) if end < 0 else end
        if stop > at and (not text[at].isspace() or not text[at:stop].isspace()):
            out.append(new_frozen(Span, {"start": at, "end": stop}))
        if end < 0:
            return tuple(out)
        at = end + 1


def unwrap_lines(text: str) -> str:
    """Return ``text`` with the line breaks that only wrap a paragraph turned into spaces.

    A line is a paragraph, but plain-text copy is often wrapped at a fixed width: a quote
    that runs over such a break would be cut in two, its speaker on the other line. A break
    wraps when the text is wrapped at a width (most lines that another line follows fill at
    least four fifths of the longest line, of at most 100 characters) and the line before it
    is full; or, in any text, when it falls between a lower-case letter or a comma and a
    lower-case letter ("to participate personally\nin caucuses"). Same length: offsets into
    the result are offsets into ``text``.
    """
    if "\n" not in text:
        return text
    # The start of the line before and of the line after each break between two lines
    # that hold words.
    pairs = [(text.rfind("\n", 0, b) + 1, b + 1) for b in _lone_breaks(text)]
    pairs = [(s, n) for s, n in pairs if text[s:n - 1].strip() and _line_at(text, n).strip()]
    if not pairs:
        return text
    full, wrapped = [False] * len(pairs), False
    if len(pairs) >= 4:    # enough lines to tell a width the text is wrapped at
        width = max(map(len, text.split("\n")))
        full = [len(text[s:n - 1].rstrip()) >= 0.8 * width for s, n in pairs]
        wrapped = width <= 100 and sum(full) >= 2 * len(pairs) / 3
    joins = [n - 1 for (s, n), is_full in zip(pairs, full)
             if (wrapped and is_full and not text[n].isspace() and text[n] not in "-*•")
             or ((text[n - 2].islower() or text[n - 2] == ",") and text[n].islower())]
    if not joins:
        return text
    out = list(text)
    for at in joins:
        out[at] = " "
    return "".join(out)


def plain_spaces(text: str) -> str:
    """Return ``text`` with every other horizontal space made a plain space, so that the
    rules read "Mr.\u00a0Trump" as "Mr. Trump". Same length: offsets into the result are
    offsets into ``text``."""
    if text.isascii():
        return text
    for space in OTHER_SPACES:      # one C scan each; translate() looks up every character
        if space in text:
            text = text.replace(space, " ")
    return text


def _lone_breaks(text: str) -> list[int]:
    """Return the offsets of the line breaks with no other line break beside them."""
    # Each break found with str.find, its neighbours read as C characters (quotes.pxd): the
    # text is not copied into pieces, as text.split("\n\n") did (a pattern tried at every
    # character cost more than the rest of this module). tests/pipeline/test_lone_breaks.py
    # holds the two equal.
    out = []
    last = len(text) - 1
    i = text.find("\n")
    while i >= 0:
        if 0 < i < last and text[i - 1] != "\n" and text[i + 1] != "\n":
            out.append(i)
        i = text.find("\n", i + 1)
    return out


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _flanks(text: str, start, end, para: Span) -> tuple[bool, bool]:   # (typed in quotes.pxd)
    """Return (looks like an opener, looks like a closer) from the characters around a mark
    (none beside it at the paragraph's edge)."""
    # (each character read by index: compiled, a C character tested in C)
    edge_left, edge_right = start <= para.start, end >= para.end
    left_space = not edge_left and text[start - 1].isspace()
    right_space = not edge_right and text[end].isspace()
    left_open = edge_left or left_space or text[start - 1] in _OPENING_CONTEXT
    right_close = edge_right or right_space or text[end] in _CLOSING_CONTEXT
    opener = left_open and not edge_right and not right_space
    closer = right_close and not edge_left and not left_space
    return opener, closer


def _split_run(text: str, start: int, end: int, para: Span) -> list[tuple[int, int, bool]]:
    """Split a run of apostrophes into (start, end, is_double) marks."""
    n = end - start
    if n == 2:
        return [(start, end, True)]
    if n == 3:
        _, closer = _flanks(text, start, end, para)
        if closer:  # ''' closing: the nested single closes first
            return [(start, start + 1, False), (start + 1, end, True)]
        return [(start, start + 2, True), (start + 2, end, False)]
    return [(start, start + 2, True), (start + 2, start + 4, True)]


def _marks_by_paragraph(text: str, paras: tuple[Span, ...]) -> dict[int, list[_Mark]]:
    """Classify every quote mark of the text, by paragraph index.

    One scan over the whole text: most paragraphs hold no mark at all. A mark never spans a
    line break, so it lies in the paragraph that starts last before it.
    """
    starts = [p.start for p in paras]
    found: dict[int, list[tuple[int, int]]] = {}
    # The marks and the paragraphs are both in order: each mark's paragraph (the last to
    # start at or before it, as bisect_right(starts, mark) - 1 finds it) is found by walking
    # on from the last mark's (6.7M -> 2.4M instructions a pass over the dev set)
    i = -1
    spans = None
    for span in _mark_spans(text):
        while i + 1 < len(starts) and starts[i + 1] <= span[0]:
            i += 1
            spans = None
        if spans is None:
            spans = found[i] = []
        spans.append(span)
    return {i: _marks(text, paras[i], spans) for i, spans in found.items()}


def _mark_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the quote marks of ``text`` in order.

    An article holds a few dozen marks: finding each kind with ``str.find`` costs a fraction
    of a pattern tried at every character.
    """
    spans = []
    for mark in _ONE_CHAR_MARKS:
        at = text.find(mark)
        while at >= 0:
            spans.append((at, at + 1))
            at = text.find(mark, at + 1)
    # An apostrophe in a word ("it’s", "Trump's") is left out: ``_marks`` would drop it (a ’
    # before a letter or digit cannot close, a ' between two can neither open nor close),
    # and most of the ’ and ' of an article are such.
    at = text.find("’")
    while at >= 0:
        if not text[at + 1:at + 2].isalnum():
            spans.append((at, at + 1))
        at = text.find("’", at + 1)
    at = text.find("'")
    while at >= 0:  # a run of apostrophes is one span
        end = at + 1
        while text.startswith("'", end):
            end += 1
        if end - at > 1 or not (text[at - 1:at].isalnum() and text[end:end + 1].isalnum()):
            spans.append((at, end))
        at = text.find("'", end)
    at = text.find("``") if "`" in text else -1   # (a two-character search scans slower)
    while at >= 0:
        spans.append((at, at + 2))
        at = text.find("``", at + 2)
    spans.sort()
    return spans


def _marks(text: str, para: Span, spans: list[tuple[int, int]]) -> list[_Mark]:
    """Classify the quote marks found at ``spans`` in one paragraph."""
    out: list[_Mark] = []
    for s, e in spans:
        mark = text[s:e]
        pieces = _split_run(text, s, e, para) if mark.startswith("''") else [
            (s, e, mark not in "‘’‚‛‹›'")]
        for ps, pe, double in pieces:
            ch = text[ps:pe]
            opener, closer = _flanks(text, ps, pe, para)
            if ch in ("“", "„", "‟", "«", "``"):
                can_open, can_close = True, closer and not opener
            elif ch in ("”", "»"):
                can_open, can_close = opener and not closer, True
            elif ch in ('"', "''"):
                can_open, can_close = (opener, closer) if (opener or closer) else (True, True)
            elif ch in ("‘", "‚", "‛", "‹"):
                if _ELISION.match(text, pe, para.end) and not closer:
                    continue
                can_open, can_close = opener, closer and not opener
            elif ch in ("’", "›"):
                if not closer:  # it’s, ’90s, ’em: an apostrophe, never a mark
                    continue
                can_open, can_close = False, True
            else:  # straight single quote
                if opener and _ELISION.match(text, pe, para.end):
                    continue
                if not opener and not closer:
                    continue
                can_open, can_close = opener, closer
            out.append(new_tuple(_Mark, (ps, pe, double, can_open, can_close)))
    return out


def _content(text: str, open_end: int, close_start: int) -> tuple[int, int]:
    """Return the content span between two marks, whitespace just inside excluded."""
    s, e = open_end, close_start
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _pair(marks: list[_Mark], strict_stray: bool, warnings: list[Warning], text: str,
          singles: list[_Mark], starts: list[int]):
    """Pair marks left to right; return (pairs, mark left open at the end or None).

    A double mark that the next double mark opens before it is closed, and that a single
    mark closes after a word's punctuation (“We will not back down,’ she said. “…”), is
    closed there; a closing double mark with none open, after a word's punctuation, closes
    the single mark opened before it (‘We will not back down,” she said): the writer's
    slip, reported as such. ``singles``: the paragraph's single marks; ``starts``: their
    offsets, in order.
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    open_mark: _Mark | None = None
    for m in marks:
        if open_mark is None:
            if m.can_open:
                open_mark = m
            elif (slip := _slipped_open(text, singles, starts,
                                        pairs[-1][1].end if pairs else -1, m)) is not None:
                pairs.append((slip, m))
                warnings.append(_slip_warning(text, slip, m))
            elif strict_stray:
                warnings.append(Warning("stray_closing_mark",
                                        f"closing mark {text[m.start:m.end]!r} with no opening mark",
                                        m.start, m.end))
        elif m.can_close:
            pairs.append((open_mark, m))
            open_mark = None
        elif m.can_open:
            slip = _slipped_close(text, singles, starts, open_mark, m.start)
            if slip is not None:
                pairs.append((open_mark, slip))
                warnings.append(_slip_warning(text, open_mark, slip))
            elif strict_stray:
                warnings.append(Warning("unclosed_quote",
                                        "quote mark opened and never closed before the next one",
                                        open_mark.start, m.start))
            open_mark = m
    return pairs, open_mark


# What ends a quote's last word before a mark that closes it by a slip ("…,’ she said")
_WORD_END = frozenset(",.?!")


def _slipped_close(text: str, singles: list[_Mark], starts: list[int], opened: _Mark,
                   before: int) -> _Mark | None:
    """Return the single mark that closes the double mark ``opened`` by a slip, before
    offset ``before``: the first that can close right after a comma, full stop, question
    or exclamation mark, with no single mark opened between (a quote nested in the
    quote); else None. ``starts`` are the single marks' offsets, in order (read from the
    first after ``opened``, not from the paragraph's first: n * n / 2 marks read in a
    paragraph of n quotes)."""
    for k in range(bisect_right(starts, opened.start), len(singles)):
        m = singles[k]
        if m.start >= before or (m.can_open and not m.can_close):
            return None
        if m.can_close and text[m.start - 1] in _WORD_END:
            return m
    return None


def _slipped_open(text: str, singles: list[_Mark], starts: list[int], after: int,
                  closing: _Mark) -> _Mark | None:
    """Return the single mark, after offset ``after``, that the closing double mark
    ``closing`` (right after a comma, full stop, question or exclamation mark) closes by a
    slip: the last before it that only opens, with no mark after it that can close; else
    None. ``starts`` are the single marks' offsets, in order: they are read back from
    ``closing``."""
    if closing.start == 0 or text[closing.start - 1] not in _WORD_END:
        return None
    for k in range(bisect_left(starts, closing.start) - 1, -1, -1):
        m = singles[k]
        if m.start <= after or m.can_close:
            return None
        if m.can_open:
            return m
    return None


def _slip_warning(text: str, opened: _Mark, closed: _Mark) -> Warning:
    return Warning("mismatched_marks",
                   f"quote opened with {text[opened.start:opened.end]!r} and closed with"
                   f" {text[closed.start:closed.end]!r}", opened.start, closed.end)


def _pair_singles(text: str, marks: list[_Mark]) -> list[tuple[_Mark, _Mark]]:
    """Pair single marks, where a closing ’ is also the apostrophe of "the voters’ choice".

    After an opening mark, a closer that touches punctuation (‘…,’ ‘…’.) or ends the
    paragraph wins over an earlier one between a letter and a space, which is more likely a
    plural possessive. Unpaired single marks are apostrophes: no warning.
    """
    pairs = []
    i = 0
    while i < len(marks):
        if not marks[i].can_open:
            i += 1
            continue
        weak: list[int] = []
        strong = None
        for j in range(i + 1, len(marks)):
            c = marks[j]
            if c.can_close:
                if _strong_close(text, c):
                    strong = j
                    break
                weak.append(j)
            elif c.can_open:
                break
        # "‘a little boys’ club’": an s before the mark makes it look like a possessive
        not_plural = [j for j in weak if text[marks[j].start - 1:marks[j].start] not in "sS"]
        pick = strong if strong is not None else (not_plural or weak or [None])[0]
        if pick is None:
            i += 1
            continue
        pairs.append((marks[i], marks[pick]))
        i = pick + 1
    return pairs


def _strong_close(text: str, m: _Mark) -> bool:
    before = text[m.start - 1:m.start]
    after = text[m.end:m.end + 1]
    return before in _CLOSING_PUNCT or after == "" or after == "\n" or after in _CLOSING_PUNCT \
        or after in "”\"»"


_CLOSING_PUNCT = set(",.;:!?)…—–")
_MAX_WARNINGS_PER_PARAGRAPH = 3


def _cap(warnings: list[Warning], start: int, para: Span) -> None:
    """Keep the first few warnings of a paragraph and one that counts the rest."""
    extra = len(warnings) - start - _MAX_WARNINGS_PER_PARAGRAPH
    if extra > 0:
        del warnings[start + _MAX_WARNINGS_PER_PARAGRAPH:]
        warnings.append(Warning("more_warnings", f"{extra} more unbalanced marks in this paragraph",
                                para.start, para.end))


def find_quotes(text: str) -> tuple[list[RawQuote], list[Warning]]:
    """Return the quoted spans of ``text`` in order, and warnings about unbalanced marks."""
    warnings: list[Warning] = []
    paras = paragraphs(text)
    marks_of = _marks_by_paragraph(text, paras)
    found: list[RawQuote] = []
    carried = False  # the previous paragraph ended inside a quote continued here
    for index, para in enumerate(paras):
        marks = marks_of.get(index)
        if not marks:  # no quote here, and none carried on into the next paragraph
            carried = False
            continue
        first_warning = len(warnings)
        doubles = [m for m in marks if m.double]
        single_marks = [m for m in marks if not m.double]
        single_starts = [m.start for m in single_marks]   # (bisected by the slip searches)
        spans: list[tuple[int, int, int, int, bool]] = []  # start, end, open, close, continues
        if carried and _closes_first(marks):
            # the quote left open runs on into this paragraph, which only closes it
            s, e = _content(text, para.start, doubles[0].start)
            if e > s:
                spans.append((s, e, para.start, doubles[0].start, True))
            doubles = doubles[1:]
            carried = False
        pairs, left_open = _pair(doubles, True, warnings, text, single_marks, single_starts)
        nxt = paras[index + 1] if index + 1 < len(paras) else None
        # the journalism convention: a quote left open runs on into a paragraph opening a mark
        runs_on = nxt is not None and _opens_with_mark(text, nxt, marks_of.get(index + 1, []))
        if left_open is not None and not runs_on:
            slip = _slipped_close(text, single_marks, single_starts, left_open, para.end)
            if slip is not None:       # not a quote running on into the next paragraph
                pairs.append((left_open, slip))
                warnings.append(_slip_warning(text, left_open, slip))
                left_open = None
        for i, (o, c) in enumerate(pairs):
            s, e = _content(text, o.end, c.start)
            cont = carried and i == 0 and text[para.start:o.start].strip() == ""
            if e > s:
                spans.append((s, e, o.start, c.start, cont))
        next_carried = False
        if left_open is not None:
            s, e = _content(text, left_open.end, para.end)
            cont = carried and not pairs and text[para.start:left_open.start].strip() == ""
            if runs_on:
                next_carried = True
            elif nxt is not None and _closes_first(marks_of.get(index + 1, [])):
                next_carried = True  # no mark opens the next paragraph, but one closes it
            else:
                warnings.append(Warning("unclosed_quote",
                                        "quote mark left open at the end of the paragraph",
                                        left_open.start, para.end))
            if e > s:
                spans.append((s, e, left_open.start, para.end, cont))
        regions = sorted((o, close) for _, _, o, close, _ in spans)  # disjoint, in order
        opens = [o for o, _ in regions]
        paired = set(opens) | {c for _, c in regions}   # a single mark paired by a slip
        singles = [m for m in marks if not m.double and not _inside(m.start, regions, opens)
                   and m.start not in paired]
        single_pairs = _pair_singles(text, singles)
        for i, (o, c) in enumerate(single_pairs):
            s, e = _content(text, o.end, c.start)
            cont = carried and not spans and i == 0 and text[para.start:o.start].strip() == ""
            if e > s:
                spans.append((s, e, o.start, c.start, cont))
        if left_open is None:
            run_on = _single_left_open(text, singles, single_pairs)
            starts_para = run_on is not None and text[para.start:run_on.start].strip() == ""
            if run_on is not None and nxt is not None and _opens_with_mark(
                    text, nxt, marks_of.get(index + 1, []), double=False):
                next_carried = True  # British style: each paragraph of the quote opens
            elif starts_para:        # with a single mark; a paragraph that opens with one
                warnings.append(Warning(   # and never closes it is a quote all the same
                    "unclosed_quote", "quote mark left open at the end of the paragraph",
                    run_on.start, para.end))
            if next_carried or starts_para:
                s, e = _content(text, run_on.end, para.end)
                if e > s:
                    spans.append((s, e, run_on.start, para.end,
                                  carried and not spans and starts_para))
        spans.sort()
        reach = -1  # the furthest closing mark seen so far: a span inside it is nested
        for s, e, o, c, cont in spans:
            # (every field, by name: see new_frozen)
            found.append(new_frozen(RawQuote, {"start": s, "end": e, "open": o, "close": c,
                                               "paragraph": index, "continues": cont,
                                               "nested": c < reach}))
            reach = max(reach, c)
        carried = next_carried
        _cap(warnings, first_warning, para)
    return found, warnings


def _inside(at: int, regions: list[tuple[int, int]], opens: list[int]) -> bool:
    """Tell whether offset ``at`` lies strictly inside one of the sorted, disjoint regions."""
    i = bisect_left(opens, at) - 1
    return i >= 0 and regions[i][0] < at < regions[i][1]


def _opens_with_mark(text: str, para: Span, marks: list[_Mark], double: bool = True) -> bool:
    """Tell whether a paragraph (with these marks) starts with an opening double mark (or
    single mark, if not ``double``)."""
    if not marks or marks[0].double != double or not marks[0].can_open:
        return False
    return text[para.start:marks[0].start].strip() == ""


def _closes_first(marks: list[_Mark]) -> bool:
    """Tell whether a paragraph's first mark is a double mark that can only close."""
    return bool(marks) and marks[0].double and marks[0].can_close and not marks[0].can_open


def _single_left_open(text: str, singles: list[_Mark],
                      pairs: list[tuple[_Mark, _Mark]]) -> _Mark | None:
    """Return the single mark that opens a quote still open at the end of the paragraph:
    after every paired single quote, followed by a capital letter or a digit, with no mark
    after it that could close it; else None."""
    after = pairs[-1][1].end if pairs else -1
    rest = [m for m in singles if m.start >= after]
    if not rest or not rest[0].can_open or any(m.can_close for m in rest[1:]):
        return None
    nxt = text[rest[0].end:rest[0].end + 1]
    return rest[0] if nxt.isupper() or nxt.isdigit() else None
