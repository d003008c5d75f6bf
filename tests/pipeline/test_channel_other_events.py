"""A participle clause after the cue that tells of another event than the quote's: one that
cites or refers to someone's words ("citing a post on X by …", "referring to remarks in an
interview"), or a later or separate event ("adding in a later statement that …"); its
channel is not the quote's. A clause of where the words were said ("speaking at a rally on
Monday") keeps its channel. Round 13 probes, our own wording."""
from __future__ import annotations

import pytest
from reading import channel_of

Q = "The vote was fair,"


@pytest.mark.parametrize("text, channel", [
    ("“The vote was fair,” Ines Harlow said, adding in a later statement that she would "
     "appeal.", None),
    ("“The vote was fair,” Ines Harlow said, writing in a separate post that she would "
     "appeal.", None),
    ("“The vote was fair,” Ines Harlow said, citing a post on Facebook by her rival.", None),
    ("“The vote was fair,” Ines Harlow said, referring to remarks in an interview by the "
     "mayor.", None),
    ("“The vote was fair,” Ines Harlow said, quoting a line in a speech by the mayor.", None),
    ("“The vote was fair,” Ines Harlow said, pointing to a line in a statement by the council.", None),
    ("“The vote was fair,” Ines Harlow said, and later wrote on Facebook that she would "
     "appeal.", None),
    # controls: the quote's own channel before the clause; a clause of where she said it;
    # a statement with no word of another time
    ("“The vote was fair,” Ines Harlow said in an interview, citing a post on Facebook by "
     "her rival.", "in an interview"),
    ("“The vote was fair,” Ines Harlow said, speaking at a rally on Monday.", "at a rally"),
    ("“The vote was fair,” Ines Harlow said, adding in a statement that she would appeal.",
     "in a statement"),
])
def test_another_events_channel_is_not_the_quotes(text, channel):
    assert channel_of(text, Q) == channel
