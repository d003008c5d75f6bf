"""Hand-built extractions, so API tests do not depend on attribution quality."""
from __future__ import annotations

from service.pipeline.model import (
    Cue,
    Extraction,
    Mention,
    MentionForm,
    Quote,
    QuoteKind,
    Reason,
    Sourcing,
    Speaker,
    SpeakerType,
)


def quoted(text, quote, speaker=None, *, kind=QuoteKind.FULL, level=None, label=None):
    """Return a Quote for the first occurrence of ``quote`` in ``text``."""
    start = text.index(quote)
    sourcing = None if level is None else Sourcing(
        level=level, label=label, signals={"plural": False},
        reasons=(Reason("named_speaker", "said", start, start + 4),))
    return Quote(start=start, end=start + len(quote), text=quote, kind=kind,
                 paragraph=text.count("\n", 0, start), speaker=speaker,
                 mention=Mention(0, 1, text[:1], MentionForm.NAME) if speaker else None,
                 cue=Cue(rule="Q,VS", verb="said", start=0, end=1) if speaker else None,
                 confidence=0.9 if speaker else 0.0, sourcing=sourcing)


def person(key, name, role=None, aliases=(), roles=()):
    return Speaker(key=key, name=name, type=SpeakerType.PERSON, role=role,
                   aliases=tuple(aliases), roles=tuple(roles or ([role] if role else [])))


def organization(key, name):
    return Speaker(key=key, name=name, type=SpeakerType.ORGANIZATION, aliases=(name,))


def anonymous(key, name, plural=False):
    return Speaker(key=key, name=name, type=SpeakerType.ANONYMOUS, plural=plural)


def extraction(text, speakers, quotes):
    """Build an Extraction from (quote text, speaker key, level, label) tuples."""
    return Extraction(text=text, speakers=tuple(speakers),
                      quotes=tuple(quoted(text, q, key, level=level, label=label)
                                   for q, key, level, label in quotes))
