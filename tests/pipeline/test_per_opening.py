""""Per X," opening a sentence attributes its quote to X, as "according to X," does and as
"per X" after a quote did (nineteenth probe round: US political copy). Sentences in our own
wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Per Sen. Laura Whitfield, the plan is “fully paid for.”", "Laura Whitfield"),
    ("Per the campaign, the plan is “fully paid for.”", "campaign"),
    # controls: "per" after a quote, "according to", and "per" with no source after it
    ("The plan is “fully paid for,” per Sen. Laura Whitfield.", "Laura Whitfield"),
    ("According to Sen. Laura Whitfield, the plan is “fully paid for.”", "Laura Whitfield"),
    ("Per capita, the plan is “fully paid for.”", None),
])
def test_per_opening_a_sentence_names_the_source(text, name):
    assert speaker_name(text) == name
