"""Someone new and unnamed who opens a sentence ("A 29-year-old Dayton woman received …",
"One Ohio delegate said he …") is who a later "he" or "she" means, not a person named
earlier: the indefinite article introduces a new person (dev failure analysis of the
quotes the gold gives to a pronoun with no antecedent). Not when the subject puts a
question to someone ("A voter asked Reyes …": the answer is the other's), not when the
phrase goes on to a name ("One pastor supporting Reyes, Dan Whitfield, said …"), and not
the one named earlier with that role ("Joseph Brown, a pastor, … One pastor said …").
Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import read

REYES = "Tom Reyes spoke to the crowd on Monday.\n\n"
BOYD = "Chancellor Ann Boyd has defended the policy for a year.\n\n"


@pytest.mark.parametrize("text, words, expected", [
    (REYES + "One Ohio delegate said he tried to give away passes. He was unable to find a "
     "taker, he said, on condition of anonymity. “Not even one,” he said.", "Not even one,",
     ("One Ohio delegate", "anonymous_positioned")),
    (REYES + "A delegate said he tried to give away passes. “Not even one,” he said.",
     "Not even one,", ("A delegate", "anonymous_positioned")),
    (BOYD + "A 29-year-old Dayton woman, meanwhile, received probation after she had posted "
     "comments. “Out with them!” she wrote.", "Out with them!",
     ("A 29-year-old Dayton woman", "anonymous_vague")),
    (BOYD + "A local woman said she had posted comments. “Out!” she wrote.", "Out!",
     ("A local woman", "anonymous_vague")),
    (BOYD + "An undecided voter told reporters she was leaning toward Reyes. “He seems "
     "honest,” she said.", "He seems honest,", ("An undecided voter", "anonymous_vague")),
    (BOYD + "A retired teacher from Dayton said she would vote for Reyes. “He listens,” she "
     "said.", "He listens,", ("A retired teacher from Dayton", "anonymous_positioned")),
    ("Joseph Brown, a pastor, backs Tom Reyes.\n\nOne pastor said he had made 150 calls. "
     "“Go vote,” he said.", "Go vote,", ("One pastor", "anonymous_positioned")),
])
def test_an_unnamed_subject_is_the_pronouns_person(text, words, expected):
    (name, _, _), label = read(text, words)
    assert (name, label) == expected


@pytest.mark.parametrize("text, words, name", [
    # a question put to someone: the answer is theirs
    (REYES + "A voter asked Reyes about jobs. “We will bring them back,” he said.",
     "We will bring them back,", "Tom Reyes"),
    (REYES + "A man asked him about jobs. “We will bring them back,” he said.",
     "We will bring them back,", "Tom Reyes"),
    # of the other gender
    (REYES + "A woman asked about jobs. “We will bring them back,” he said.",
     "We will bring them back,", "Tom Reyes"),
    # the unnamed sources that were read so before are unchanged
    (REYES + "A senior official said he had doubts. “Not yet,” he said.", "Not yet,",
     "A senior official"),
])
def test_not_the_unnamed_subject(text, words, name):
    assert read(text, words)[0][0] == name


def test_a_clause_opened_by_a_subordinator_is_not_the_sentences_subject():
    # "When Boyd pointed out …, Moss seized on it": Moss is the subject a later "she" means
    text = ("Lana Moss sat down with Ann Boyd on Tuesday night.\n\nWhen Boyd pointed out that "
            "Reyes calls his plan fair, Moss seized upon the remark, repeating her line. "
            "“Fair is not the same as free,” she said.")
    assert read(text, "Fair is not the same as free,")[0][0] == "Lana Moss"


@pytest.mark.parametrize("text, words, name", [
    ("Ann Boyd spent a decade at the paper before she left for television.\n\n(Subscribe to "
     "the Ledger's Inside Track podcast with Tom Reyes.)\n\n“I covered the statehouse, which "
     "was hard to break into,” she said during a sit-down.",
     "I covered the statehouse, which was hard to break into,", "Ann Boyd"),
    ("Ann Boyd wrote the report.\n\nIt was discussed on the Morning Ledger show. “It is "
     "thorough,” she said.", "It is thorough,", "Ann Boyd"),
    # a person's podcast is still the person's name
    ("Tom Lee appeared on the Joe Rogan podcast. “No,” he said.", "No,", "Tom Lee"),
])
def test_a_works_title_is_no_person(text, words, name):
    assert read(text, words)[0][0] == name


@pytest.mark.parametrize("text, words, name", [
    # a question put to someone named: the answer after it is theirs, not the asker's
    ("Tom Reyes is 74 and has had surgery this year.\n\nLast month, the Ledger's Dan Whitfield "
     "asked Reyes whether questions about his health were fair game.\n\n“Sure it is. I would "
     "not have run if I were not well,” he said.", "Sure it is. I would not have run if I were "
     "not well,", "Tom Reyes"),
    ("Tom Reyes asked Dan Lee whether he would resign. “I will not,” he said.", "I will not,",
     "Dan Lee"),
    ("Dan Lee asked Sen. Tom Reyes about the deal. “It is done,” he said.", "It is done,",
     "Tom Reyes"),
    # a request is no question: the one who asked goes on
    ("Dan Lee asked Tom Reyes to resign. “He must go,” he said.", "He must go,", "Dan Lee"),
])
def test_the_one_asked_answers(text, words, name):
    assert read(text, words)[0][0] == name


@pytest.mark.parametrize("text, words, name", [
    # a name right after a participle is its object, not the sentence's subject
    ("Tom Reyes has courted evangelical voters for months.\n\nOne pastor supporting Mr. Reyes, "
     "Dan Whitfield of Grace Church in Dayton, said he had made more than 100 calls. He has "
     "made announcements at services since last month, he said.\n\n“Find your polling place "
     "and get there,” he tells parishioners.", "Find your polling place and get there,",
     "Dan Whitfield"),
    ("Backing Tom Reyes, Dan Lee said the plan would pass. “It will,” he said.", "It will,",
     "Dan Lee"),
    # (a role noun in -ing is no participle)
    ("Tom Reyes spoke first. Saudi king Salman met him later. “We agree,” he said.",
     "We agree,", "Salman"),
])
def test_a_participles_object_is_not_the_subject(text, words, name):
    assert read(text, words)[0][0] == name
