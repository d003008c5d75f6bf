"""Frozen data passed between pipeline stages.

Every span is a pair of integer character offsets into the original article text.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from enum import Enum


# Builds a named tuple from all its fields at once (``new_tuple(Cls, (a, b, …))``): a call to
# the class runs the __new__ that namedtuple writes as Python (about 1,500 instructions a call;
# the name scan, the quote finder and the quotes' assembly make thousands).
new_tuple = tuple.__new__


def _quick_init(cls: type) -> type:
    """Give a frozen dataclass an ``__init__`` that fills the new instance's ``__dict__`` at once.

    The ``__init__`` that ``dataclass`` writes for a frozen class sets each field with
    ``object.__setattr__`` (the class refuses plain assignment): about 2,000 instructions a
    field in CPython 3.11, 23,000 to build a Quote, and one pass over the 300 eval texts
    builds some 37,000 of these objects. This one takes the same arguments with the same
    defaults and leaves the same instance: same fields, equality, hash and immutability.
    """
    scope: dict = {"_NOT_GIVEN": _NOT_GIVEN}
    params, items = [], []
    for f in fields(cls):
        assert f.init and not f.kw_only, f  # (none of the model's fields is either)
        value = f.name
        if f.default is not MISSING:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_NOT_GIVEN")
            value = f"_factory_{f.name}() if {f.name} is _NOT_GIVEN else {f.name}"
        else:
            params.append(f.name)
        items.append(f"{f.name!r}: {value}")
    exec(f"def __init__(self, {', '.join(params)}):\n"
         f"    self.__dict__.update({{{', '.join(items)}}})\n", scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


_NOT_GIVEN = object()  # a field with a default factory that the caller left out


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


# The members again as module constants, for the places that test them most (attribution,
# speakers, sourcing): in CPython 3.11 each read of a member off its class
# (``MentionForm.NAME``) goes through EnumType's __getattr__ hook, some 900 instructions; a
# pass over the dev texts read 65,000 in attribution and speakers (59M instructions) and
# 19M worth in grading. Named by their enum: two enums have an ORGANIZATION.
KIND_FULL, KIND_PARTIAL, KIND_NON_SPEECH = QuoteKind.FULL, QuoteKind.PARTIAL, QuoteKind.NON_SPEECH
TYPE_PERSON, TYPE_ORGANIZATION = SpeakerType.PERSON, SpeakerType.ORGANIZATION
TYPE_ANONYMOUS, TYPE_UNKNOWN = SpeakerType.ANONYMOUS, SpeakerType.UNKNOWN
FORM_NAME, FORM_TITLE, FORM_PRONOUN = MentionForm.NAME, MentionForm.TITLE, MentionForm.PRONOUN
FORM_ORGANIZATION, FORM_DESCRIPTOR = MentionForm.ORGANIZATION, MentionForm.DESCRIPTOR
FORM_CONTINUATION = MentionForm.CONTINUATION


@_quick_init
@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@_quick_init
@dataclass(frozen=True)
class Warning:
    code: str          # e.g. "unbalanced_quote"
    message: str
    start: int
    end: int


@_quick_init
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


@_quick_init
@dataclass(frozen=True)
class Mention:
    """A place in the text that names or points at a speaker."""

    start: int
    end: int
    text: str
    form: MentionForm


@_quick_init
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


@_quick_init
@dataclass(frozen=True)
class Cue:
    rule: str                      # the attribution rule that fired, e.g. "Q,VS"
    verb: str | None = None        # "said", "told reporters", "according to", "described"
    start: int | None = None       # span of the cue words
    end: int | None = None


@_quick_init
@dataclass(frozen=True)
class Reason:
    """Words in the text that decided part of a sourcing grade."""

    signal: str                    # "named_speaker", "anonymity_reason", "channel", ...
    text: str
    start: int
    end: int


@_quick_init
@dataclass(frozen=True)
class Sourcing:
    level: int                     # 0 (not speech) .. 6 (named on the record)
    label: str
    signals: dict = field(default_factory=dict, hash=False, compare=False)
    reasons: tuple[Reason, ...] = ()


@_quick_init
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


@_quick_init
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
