"""A description whose modifiers are listed with commas or joined by a slash ("a tall,
bearded man", "The brief, unsigned statement", "the pro-union/anti-cuts banner") is read
whole as the speaker, before or after the quote (round 18, from the dev set's
misattributions: a headline with such modifiers "reads:" had no speaker). Our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("The council met. The smug, cheap headline reads: “Mayor in hot water.”",
     "Mayor in hot water.", "The smug, cheap headline"),
    ("The council met. A brief, unsigned statement said: “The mayor will stay.”",
     "The mayor will stay.", "A brief, unsigned statement"),
    ("Crowds filled the square. The pro-union/anti-cuts banner read: “Hands off our jobs.”",
     "Hands off our jobs.", "The pro-union/anti-cuts banner"),
    ("Crowds filled the square. The pro-union/Labour banner read: “Hands off our jobs.”",
     "Hands off our jobs.", "The pro-union/Labour banner"),
    ("A tall, bearded man shouted: “The mayor must go.”", "The mayor must go.",
     "A tall, bearded man"),
    ("“The mayor must go,” a tall, bearded man shouted.", "The mayor must go,",
     "a tall, bearded man"),
    ("“We will appeal,” the terse, two-line statement said.", "We will appeal,",
     "the terse, two-line statement"),
    # controls: a comma that ends an opening phrase or an apposition lists no modifiers
    ("After the vote, the mayor said: “It will pass.”", "It will pass.", "the mayor"),
    ("Ann Boyd, the mayor, said: “It will pass.”", "It will pass.", "Ann Boyd"),
    ("The new, slimmer budget passed. “It will work,” the mayor said.", "It will work,",
     "the mayor"),
    ("“It will pass,” Ann Boyd, a tall, bearded man’s widow, said.", "It will pass,",
     "Ann Boyd"),
])
def test_listed_modifiers_stay_in_the_description(text, words, name):
    assert speaker_of(text, words).name == name
