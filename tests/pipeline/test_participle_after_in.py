"""A participle after the object of "in", "on" or "with" ("said in a video posted to Twitter:
“…”") has no subject there: the object is no speaker, and the reporting verb before it gives
the speaker (nineteenth probe round: US political copy, videos and posts). Sentences in our
own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Gov. Ray Castellano said in a video posted to Twitter: “I was wrong.”", "Ray Castellano"),
    ("Gov. Ray Castellano said in a statement posted online: “I was wrong.”", "Ray Castellano"),
    ("Sen. Laura Whitfield said on a call recorded by a donor: “We will win.”", "Laura Whitfield"),
    # controls: a participle with no preposition before its noun, and the forms read before
    ("Gov. Ray Castellano said in a video: “I was wrong.”", "Ray Castellano"),
    ("Gov. Ray Castellano said in a video released by his campaign: “I was wrong.”",
     "Ray Castellano"),
    ("In a video posted to Twitter, Gov. Ray Castellano said: “I was wrong.”", "Ray Castellano"),
    ("The campaign said in a letter signed by its chairman: “We object.”", "campaign"),
])
def test_a_participle_after_the_object_of_in_reports_nothing(text, name):
    assert speaker_name(text) == name
