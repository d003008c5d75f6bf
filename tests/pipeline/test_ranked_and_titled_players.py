"""A player just named, then described by a ranking ("the world No 1", "the former world
number one") or by a title won with "grand slam" in it ("the 23-time grand slam champion"):
the player speaks; "slam" there is no reporting verb (sixteenth probe round: tennis, golf
and rugby copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name
from service.pipeline import extract


@pytest.mark.parametrize("text, name", [
    ("Tomas Hrbek came through in five sets. “My legs were gone,” the 14-time grand slam "
     "champion said.", "Tomas Hrbek"),
    ("Tomas Hrbek came through in five sets. “My legs were gone,” said the grand slam "
     "champion.", "Tomas Hrbek"),
    ("Tomas Hrbek came through in five sets. “My legs were gone,” the former world No 1 said.",
     "Tomas Hrbek"),
    ("Tomas Hrbek came through in five sets. “My legs were gone,” the world No. 3 said.",
     "Tomas Hrbek"),
    ("Lena Moravec lost in the final. “I will be back,” the world number one said.",
     "Lena Moravec"),
    ("Lena Moravec lost in the final. “I will be back,” said the former world number two.",
     "Lena Moravec"),
    # controls: the forms read before
    ("Lena Moravec lost in the final. “I will be back,” the two-time champion said.",
     "Lena Moravec"),
    ("Lena Moravec lost in the final. “I will be back,” the 24-year-old said.", "Lena Moravec"),
])
def test_a_ranking_or_a_grand_slam_title_is_the_player_named(text, name):
    assert speaker_name(text) == name


def test_slam_after_a_name_is_still_a_reporting_verb():
    ex = extract("Critics slam the plan. “It is a disgrace,” Ines Moll said.")
    assert ex.speaker(ex.quotes[0].speaker).name == "Ines Moll"
