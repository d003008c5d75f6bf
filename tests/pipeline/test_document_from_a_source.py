"""A document or words "from" a named source before a colon, in a sentence whose subject
does not speak ("And there is this headline from the Courier: “…”"), are the source's
(rule D-from:Q; round 18, from the dev set's misattributions: such a quote had no
speaker). Our own wording."""
from __future__ import annotations

import pytest

from reading import quote_of, speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("And there is this headline from the Courier: “Council in crisis.”", "Council in crisis.",
     "Courier"),
    ("And how about this new headline from the Daily Courier, which hits the council where "
     "it hurts: “Council in crisis.”", "Council in crisis.", "Daily Courier"),
    ("Then came a warning from Ann Boyd, who runs the clinic: “We have no beds.”",
     "We have no beds.", "Ann Boyd"),
    # controls: a subject that speaks keeps the words, and an unnamed source is not read
    ("Ann Boyd answered a letter from the council: “We have no beds.”", "We have no beds.",
     "Ann Boyd"),
    ("Ann Boyd said of the report from the council: “We have no beds.”", "We have no beds.",
     "Ann Boyd"),
    ("Here is a letter from a reader: “We have no beds.”", "We have no beds.", None),
])
def test_words_from_a_named_source_are_its(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name if sp else None) == name


def test_the_cue_is_the_document_noun():
    _, q = quote_of("And there is this headline from the Courier: “Council in crisis.”",
                    "Council in crisis.")
    assert (q.cue.rule, q.cue.verb) == ("D-from:Q", "headline")
