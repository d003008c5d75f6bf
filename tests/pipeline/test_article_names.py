"""Names whose surname carries the Arabic article in lower case ("Bashar al-Assad",
"Abdel Fattah el-Sisi"): the whole name is the speaker, and a later bare surname, with or
without the article, is the same person. Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_of
from service.pipeline.model import SpeakerType



@pytest.mark.parametrize("text, words, name", [
    ("President Karim al-Haddad said in a speech: “The port will reopen.”",
     "The port will reopen.", "Karim al-Haddad"),
    ("“The port will reopen,” Minister Youssef el-Masri told reporters.",
     "The port will reopen,", "Youssef el-Masri"),
    ("“The port will reopen,” said Sheikh Nasser bin Khalid al-Qasimi.",
     "The port will reopen,", "Nasser bin Khalid al-Qasimi"),
    # a later surname, with or without its article, is the same person
    ("Karim al-Haddad toured the docks. “The port will reopen,” Haddad said.",
     "The port will reopen,", "Karim al-Haddad"),
    ("Faris al-Haddad toured the docks. “The port will reopen,” al-Haddad said.",
     "The port will reopen,", "Faris al-Haddad"),
    # controls: a given name "Al", and a hyphenated English surname
    ("“The port will reopen,” Al Haddad said.", "The port will reopen,", "Al Haddad"),
    ("“The port will reopen,” said Ruth Allen-Shaw.", "The port will reopen,",
     "Ruth Allen-Shaw"),
])
def test_a_surname_with_its_article_is_part_of_the_name(text, words, name):
    assert speaker_of(text, words).name == name


def test_a_group_named_with_the_article_is_an_organisation():
    s = speaker_of("“We hold the town,” al-Shabab said in a statement.", "We hold the town,")
    assert (s.name, s.type) == ("al-Shabab", SpeakerType.ORGANIZATION)
