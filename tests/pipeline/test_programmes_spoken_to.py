"""A programme's title in quotes after "to" or "told" ("called in to “Fox & Friends”",
"told “Sixty Minutes” that …") is no speech: the person speaks in the quote after it, and
the title is nobody's words (nineteenth probe round: US political copy, television
interviews). Sentences in our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def quotes_and_speakers(text: str) -> list[tuple[str, str | None]]:
    ex = extract(text)
    out = []
    for q in ex.quotes:
        s = ex.speaker(q.speaker)
        out.append((q.text, s.name if s else None))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Ray Castellano called in to “Fox & Friends” on Monday. “They are all liars,” he said.",
     [("Fox & Friends", None), ("They are all liars,", "Ray Castellano")]),
    ("Laura Whitfield told “60 Minutes” that “I am ready on day one.”",
     [("60 Minutes", None), ("I am ready on day one.", "Laura Whitfield")]),
    ("Laura Whitfield told “Good Morning America” on Tuesday: “I am ready.”",
     [("Good Morning America", None), ("I am ready.", "Laura Whitfield")]),
    # controls: speech after "told" and "to", and a title read before
    ("Laura Whitfield told reporters: “I am ready.”", [("I am ready.", "Laura Whitfield")]),
    ("Ray Castellano turned to Laura Whitfield. “Go home,” he told her.",
     [("Go home,", "Ray Castellano")]),
    ("Laura Whitfield said “No way” to the plan.", [("No way", "Laura Whitfield")]),
    ("Appearing on “Meet the Press,” Laura Whitfield said, “I am ready.”",
     [("Meet the Press,", None), ("I am ready.", "Laura Whitfield")]),
])
def test_a_programme_spoken_to_is_no_speech(text, expected):
    assert quotes_and_speakers(text) == expected
