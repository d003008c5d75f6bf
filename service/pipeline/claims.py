"""A claim pasted with its own attribution: “It's time,” Trump said.

People verify a sentence as they found it, marks and attribution included. The words to
check are then the quoted ones, and the speaker the one the sentence names. The pipeline
reads the claim as it reads an article; the reading is used only when the claim is nothing
but its quotes and their attribution, so that a quote holding scare quotes ("we called it
“a disaster” and moved on") stays one claim.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import extract
from .matching import REGEX_TIMEOUT
from .model import Speaker, SpeakerType

# A quote mark, not an apostrophe: double marks and guillemets anywhere, a single mark
# that is not between two letters or digits ("Trump's" holds none).
_QUOTE_MARK = regex.compile(r"[\"“”„‟«»‹›]|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])")
_NO_WORD = regex.compile(r"[\s\p{P}\p{S}]*")
# Speakers a claim may name: whoever it names is checked against the stored speaker. An
# unnamed source ("a senior official") or an unresolved pronoun ("she") names nobody.
_NAMED = frozenset({SpeakerType.PERSON, SpeakerType.ORGANIZATION})
# A quote told in the first or second person ("I told him, “Go home.”") is the speaker's
# own story, not an attribution pasted with a quote.
_PERSONAL = frozenset({"i", "me", "we", "us", "you"})
# The most words an attribution may hold besides its speaker and verb: "Boyd told reporters
# on Tuesday", "said Mary Boyd, a Democrat from Ohio", "Boyd said the plan was".
MAX_ATTRIBUTION_WORDS = 6
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*")


@dataclass(frozen=True)
class ClaimReading:
    quote: str                     # the quoted words, quotes in a row joined by a space
    speaker: str | None            # the name the attribution gives, None when it names nobody


@dataclass(frozen=True)
class SeveralSpeakers:
    """A claim of quotes and their attributions to more than one speaker ("“A,” Boyd said.
    “B,” Ruiz said."): no one quote to check."""
    speakers: tuple[str, ...]      # as the attributions name them, in order


def read_attribution(claim: str) -> ClaimReading | SeveralSpeakers | None:
    """Return the quoted words of ``claim`` and the speaker its attribution names, when the
    claim is one speaker's quotes and their attribution ("“A,” she said, “B.”", "Boyd said
    on Tuesday: “A.”", "According to the mayor, “A.”"); the speakers, when it is quotes
    and attributions of more than one ("“A,” Boyd said. “B,” Ruiz said."); else None.

    Every stretch of the claim outside the quotes must be marks and punctuation only, or
    hold the attribution's speaker or its verb and at most MAX_ATTRIBUTION_WORDS other
    words. A stretch of other words means the claim is someone's words around a quoted
    phrase ("we called it “a wreck” and moved on"; "as Smith said after the vote, “…”"),
    and so does an attribution in the first or second person.
    """
    if not _QUOTE_MARK.search(claim, timeout=REGEX_TIMEOUT):
        return None
    extraction = extract(claim)
    quotes = extraction.quotes
    if not quotes or any(q.speaker is None for q in quotes) \
            or not any(q.cue is not None for q in quotes) \
            or any(q.mention is not None and q.mention.text.lower() in _PERSONAL
                   for q in quotes):
        return None
    attribution = [(s.start, s.end) for q in quotes for s in (q.mention, q.cue)
                   if s is not None and s.start is not None]      # (a cue may have no span)
    at = 0
    for part in sorted((p for q in quotes for p in q.parts), key=lambda p: p.start):
        if not _outside_ok(claim, at, part.start, attribution):
            return None
        at = part.end
    if not _outside_ok(claim, at, len(claim), attribution):
        return None
    keys = list(dict.fromkeys(q.speaker for q in quotes))
    names = {s.key: s.name for s in extraction.speakers}
    # Speakers told apart by name only: two unnamed sources described alike ("“A,” a senior
    # official said. “B,” a senior official said.") may be one person, and name nobody.
    different = list({names[key].lower(): names[key] for key in keys}.values())
    if len(different) > 1:
        # each speaker's own attribution, not a quote inside another's words
        if not all(any(q.cue is not None for q in quotes if q.speaker == key) for key in keys):
            return None
        return SeveralSpeakers(tuple(different))
    words = " ".join(q.text for q in quotes)
    if _NO_WORD.fullmatch(words, timeout=REGEX_TIMEOUT):
        return None
    speaker = next(s for s in extraction.speakers if s.key == quotes[0].speaker)
    return ClaimReading(words, named(speaker))


def named(speaker: Speaker | None) -> str | None:
    """Return the name of a speaker a claim can be checked against: a person or an
    organisation; None for an unnamed source, an unresolved pronoun or no speaker."""
    return speaker.name if speaker is not None and speaker.type in _NAMED else None


def _outside_ok(claim: str, start: int, end: int, attribution: list[tuple[int, int]]) -> bool:
    """Whether ``claim[start:end]``, outside every quote, is punctuation only, or holds part
    of the attribution and few other words."""
    if _NO_WORD.fullmatch(claim, start, end, timeout=REGEX_TIMEOUT):
        return True
    if not any(a < end and b > start for a, b in attribution):
        return False
    other = [w for w in _WORD.finditer(claim, start, end, timeout=REGEX_TIMEOUT)
             if not any(a <= w.start() and w.end() <= b for a, b in attribution)]
    return len(other) <= MAX_ATTRIBUTION_WORDS
