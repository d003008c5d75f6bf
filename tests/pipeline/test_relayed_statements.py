"""An outlet reporting that a body or a person said words somewhere ("Reuters reported that
the ministry said in a statement: “…”", "“…,” the ministry said, the Herald reported"): the
one in the "that" clause speaks, the channel is theirs, and the words are relayed (they
reached the article through the outlet). Round 13 probes, our own wording."""
from __future__ import annotations

import pytest
from reading import quote_of


def reading(text: str, words: str) -> tuple[str | None, str | None, bool]:
    ex, q = quote_of(text, words)
    sp = ex.speaker(q.speaker)
    channel = q.sourcing.signals["channel"]
    return (sp.name if sp else None, channel and channel["kind"],
            q.sourcing.signals["relayed"])


Q = "We will respond."


@pytest.mark.parametrize("text, expected", [
    ("Reuters reported that the ministry said in a statement: “We will respond.”",
     ("ministry", "statement", True)),
    ("The Valley Herald reported that the ministry said in a statement, “We will respond.”",
     ("ministry", "statement", True)),
    ("The Valley Herald reported that Ines Harlow said at a briefing: “We will respond.”",
     ("Ines Harlow", "briefing", True)),
    ("Reuters reported that Ines Harlow said on Monday: “We will respond.”",
     ("Ines Harlow", None, True)),
    ("“We will respond,” the ministry said in a statement, Reuters reported.",
     ("ministry", "statement", True)),
    ("“We will respond,” the ministry said, the Valley Herald reported on Friday.",
     ("ministry", None, True)),
    ("Ines Harlow said, “We will respond,” the Valley Herald reported.",
     ("Ines Harlow", None, True)),
    ("Reuters reported that the ministry said in a statement that “we will respond.”",
     ("ministry", "statement", True)),
    ("The Valley Herald reported that Ines Harlow said that “we will respond.”",
     ("Ines Harlow", None, True)),
    ("The ministry said in a statement, Reuters reported: “We will respond.”",
     ("ministry", "statement", True)),
    ("The ministry, Reuters reported, said: “We will respond.”", ("ministry", None, True)),
    # controls: the outlet's own words; no outlet reports; the outlet reports something else
    ("After the vote, Reuters reported: “We will respond.”", ("Reuters", None, False)),
    ("The Valley Herald reported that “we will respond.”", ("Valley Herald", None, False)),
    ("Ines Harlow said that the mayor had promised in a statement that “we will respond.”",
     ("Ines Harlow", "statement", False)),
    ("Reuters reported on the plan, and Ines Harlow said in a statement: “We will respond.”",
     ("Ines Harlow", "statement", False)),
    ("“We will respond,” the Valley Herald reported.", ("Valley Herald", None, False)),
    ("The ministry reported that Ines Harlow said in a statement: “We will respond.”",
     ("Ines Harlow", "statement", False)),
    ("Ines Harlow said in a statement: “We will respond.”",
     ("Ines Harlow", "statement", False)),
])
def test_a_reported_statement_is_the_speakers_and_relayed(text, expected):
    words = next(w for w in (Q, Q[:-1] + ",", "w" + Q[1:]) if f"“{w}”" in text)
    assert reading(text, words) == expected
