"""Frozen data passed between pipeline stages.

Every span is a pair of integer character offsets into the original article text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class QuoteKind(str, Enum):
    FULL = "full"              # a statement in its own right
    PARTIAL = "partial"        # a fragment quoted inside reported speech
    NON_SPEECH = "non_speech"  # titles of works, scare quotes, nicknames


class SpeakerType(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class MentionForm(str, Enum):
    """How the text points at the speaker at the place of one attribution."""

    NAME = "name"                  # "Leavitt said", "Karoline Leavitt said"
    TITLE = "title"                # "the president said" (a role noun that resolves to a person)
    PRONOUN = "pronoun"            # "he added"
    ORGANIZATION = "organization"  # "the White House described"
    DESCRIPTOR = "descriptor"      # "a senior administration official said"
    CONTINUATION = "continuation"  # a later quote with no cue of its own


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Warning:
    code: str          # e.g. "unbalanced_quote"
    message: str
    start: int
    end: int


@dataclass(frozen=True)
class RawQuote:
    """A quoted span found by the mark scanner, before attribution.

    ``start``/``end`` enclose the content between the marks (whitespace just inside the
    marks excluded); ``open``/``close`` are the offsets of the marks themselves.
    """

    start: int
    end: int
    open: int
    close: int
    paragraph: int                 # index of the paragraph holding ``start``
    continues: bool = False        # this part continues the previous part over a paragraph break
    nested: bool = False           # a single-quoted span inside a double-quoted one


@dataclass(frozen=True)
class Mention:
    """A place in the text that names or points at a speaker."""

    start: int
    end: int
    text: str
    form: MentionForm


@dataclass(frozen=True)
class Speaker:
    """One speaker within one article (``key`` is local to the extraction)."""

    key: str
    name: str                      # full name, organisation name, or unnamed-source descriptor
    type: SpeakerType
    role: str | None = None        # "White House Press Secretary"
    aliases: tuple[str, ...] = ()  # every surface form seen: "Leavitt", "Karoline Leavitt"
    roles: tuple[str, ...] = ()    # every role seen
    plural: bool = False           # "sources familiar with the call"


@dataclass(frozen=True)
class Cue:
    rule: str                      # the attribution rule that fired, e.g. "Q,VS"
    verb: str | None = None        # "said", "told reporters", "according to", "described"
    start: int | None = None       # span of the cue words
    end: int | None = None


@dataclass(frozen=True)
class Reason:
    """Words in the text that decided part of a sourcing grade."""

    signal: str                    # "named_speaker", "anonymity_reason", "channel", ...
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sourcing:
    level: int                     # 0 (not speech) .. 6 (named on the record)
    label: str
    signals: dict = field(default_factory=dict, hash=False, compare=False)
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Quote:
    start: int                     # content between the marks, offsets into the article
    end: int
    text: str
    kind: QuoteKind
    paragraph: int
    parts: tuple[Span, ...] = ()   # one span per paragraph when the quote runs over paragraphs
    speaker: str | None = None     # Speaker.key
    mention: Mention | None = None # how the speaker is referred to for this quote
    cue: Cue | None = None
    confidence: float = 0.0
    sourcing: Sourcing | None = None


@dataclass(frozen=True)
class Extraction:
    text: str
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    warnings: tuple[Warning, ...] = ()

    def speaker(self, key: str | None) -> Speaker | None:
        """Return the speaker with ``key``, or None."""
        for s in self.speakers:
            if s.key == key:
                return s
        return None
