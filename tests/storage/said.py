"""Articles of one quote each, said by Jane Doe or Ann Roe in turn, for storage tests."""
from __future__ import annotations

from service import repository
from service.pipeline.model import Extraction, Quote, QuoteKind, Speaker, SpeakerType


def store_said(db, sentences: list[str]) -> None:
    """Store one article per sentence: “<sentence>,” Jane Doe (or Ann Roe) said; published
    on different days, each at its own URL."""
    articles = []
    for i, words in enumerate(sentences):
        name = ("Jane Doe", "Ann Roe")[i % 2]
        text = f"“{words},” {name} said."
        speaker = Speaker(key="s0", name=name, type=SpeakerType.PERSON,
                          aliases=(name, name.split()[-1]))
        quote = Quote(start=1, end=1 + len(words), text=words, kind=QuoteKind.FULL,
                      paragraph=0, speaker="s0", confidence=0.9)
        articles.append(({"title": f"T{i}", "text": text, "url": f"https://x.example/{i}",
                          "published_at": f"2024-01-{i % 28 + 1:02d}"},
                         Extraction(text=text, quotes=(quote,), speakers=(speaker,))))
    repository.save_articles(db, articles)
