"""A player or performer named, then described by trade with a word or two before it ("the
veteran athlete", "the British athlete", "the Ghanaian forward"), speaks as that person,
given name in the lists or not (tenth probe round: sports and international copy).
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("Tomi Adeyemo won the final. “I am so happy,” the British athlete said.", "Tomi Adeyemo"),
    ("Tomi Adeyemo won the final. “I am so happy,” the veteran athlete said.", "Tomi Adeyemo"),
    ("Tomi Adeyemo won the final. “I am so happy,” said the British athlete.", "Tomi Adeyemo"),
    ("Tomi Adeyemo won the final. The British athlete said: “I am so happy.”", "Tomi Adeyemo"),
    ("Kofi Asare scored twice. “We needed this,” the Ghanaian forward said.", "Kofi Asare"),
    ("Kofi Asare scored twice. “We needed this,” the forward said.", "Kofi Asare"),
    # controls: the forms read before, and a capitalised word that is no nationality
    ("Tomi Adeyemo won the final. “I am so happy,” the athlete said.", "Tomi Adeyemo"),
    ("Tomi Adeyemo won the final. “I am so happy,” the Kenyan said.", "Tomi Adeyemo"),
    ("Dara Quill won the award. “I am grateful,” the Lincoln actor said.", "the Lincoln actor"),
    ("“We must go forward,” Ines Moll said.", "Ines Moll"),
])
def test_a_trade_epithet_with_words_before_it_is_the_person_named(text, name):
    assert speaker_name(text) == name
