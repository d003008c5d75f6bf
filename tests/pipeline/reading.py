"""What the pipeline tests read of one quote, found in a text by its words."""
from __future__ import annotations

from service.pipeline import extract


def quote_of(text: str, words: str, title: str | None = None):
    """Return (extraction, quote) for the quote of ``text`` whose words are ``words``."""
    ex = extract(text, title=title)
    for q in ex.quotes:
        if q.text == words:
            return ex, q
    raise AssertionError(f"no quote {words!r} in {[q.text for q in ex.quotes]}")


def speaker_of(text: str, words: str):
    """Return the speaker of the quote ``words`` of ``text``, or None."""
    ex, q = quote_of(text, words)
    return ex.speaker(q.speaker)


def sourcing_of(text: str, words: str):
    """Return the sourcing grade of the quote ``words`` of ``text``."""
    return quote_of(text, words)[1].sourcing


def channel_of(text: str, words: str, whole: bool = False):
    """Return the words of the quote's channel, or None (``whole``: the channel's dict)."""
    channel = sourcing_of(text, words).signals["channel"]
    return channel if whole or channel is None else channel["text"]


def read(text: str, words: str):
    """Return ((speaker name, type, plural) or None, sourcing label) of the quote ``words``."""
    ex, q = quote_of(text, words)
    s = ex.speaker(q.speaker)
    return ((s.name, s.type.value, s.plural) if s else None), q.sourcing.label


def speaker_names(text: str) -> list[str]:
    """Return the name of each quote's speaker, in order."""
    ex = extract(text)
    return [ex.speaker(q.speaker).name for q in ex.quotes]


def last_speaker(text: str) -> tuple[str, str]:
    """Return (name, type) of the speaker of the text's last quote."""
    ex = extract(text)
    sp = ex.speaker(ex.quotes[-1].speaker)
    return sp.name, sp.type.value


def speaker_name(text: str) -> str | None:
    """Return the name of the speaker of the first quote of ``text``, or None."""
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    return s.name if s else None
