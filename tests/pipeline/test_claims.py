"""read_attribution: a claim pasted with its attribution is read as its quoted words and the
speaker the attribution names; any other claim is left whole."""
import random

import pytest
from test_invariants import random_text

from service.pipeline.claims import ClaimReading, SeveralSpeakers, read_attribution


@pytest.mark.parametrize("claim, quote, speaker", [
    ("“The pool reopens in June,” Dana Whitfield said.", "The pool reopens in June,",
     "Dana Whitfield"),
    ("Whitfield said on Friday: “The pool reopens in June.”", "The pool reopens in June.",
     "Whitfield"),
    ('"The pool reopens in June," said Dana Whitfield, the parks director.',
     "The pool reopens in June,", "Dana Whitfield"),
    ("According to Whitfield, ‘the pool reopens in June.’", "the pool reopens in June.",
     "Whitfield"),
    ("“The pool,” the parks department said, “reopens in June.”", "The pool, reopens in June.",
     "parks department"),
    # words between the speaker and the quote belong to the attribution
    ("Whitfield said the plan was “to reopen the pool in June.”",
     "to reopen the pool in June.", "Whitfield"),
    # a pronoun or an unnamed source: the words, and no speaker to check
    ("“The pool reopens in June,” she said.", "The pool reopens in June,", None),
    ("“The pool reopens in June,” a city official said.", "The pool reopens in June,", None),
])
def test_a_pasted_attribution_is_read(claim, quote, speaker):
    assert read_attribution(claim) == ClaimReading(quote, speaker)


@pytest.mark.parametrize("claim", [
    "The pool reopens in June",                           # no marks
    "Whitfield's pool reopens in June",                   # an apostrophe is no mark
    "“The pool reopens in June”",                         # wholly quoted, no attribution
    "We called it “a wreck” and reopened it anyway",      # scare quotes in a claim's words
    "“…,” Whitfield said.",                               # no word quoted
])
def test_any_other_claim_is_left_whole(claim):
    assert read_attribution(claim) is None


@pytest.mark.parametrize("claim, speakers", [
    ("“It reopens,” Whitfield said. “It does not,” Ruiz said.", ("Whitfield", "Ruiz")),
    ("Whitfield said: “It reopens in June.” Dana Ruiz replied: “It does not.”",
     ("Whitfield", "Dana Ruiz")),
    ("“It reopens,” Whitfield said. “It does not,” a city official said.",
     ("Whitfield", "a city official")),
])
def test_a_claim_of_several_speakers_quotes_names_them(claim, speakers):
    assert read_attribution(claim) == SeveralSpeakers(speakers)


@pytest.mark.parametrize("claim", [
    # one speaker twice, a pronoun for the same one: one reading
    "“It reopens,” Whitfield said. “It does,” Whitfield added.",
    "“It reopens,” Whitfield said. “In June,” she added.",
    # two unnamed sources described alike: maybe one person, and naming nobody
    "“It reopens,” a city official said. “In June,” a city official said.",
])
def test_one_speakers_quotes_are_not_several(claim):
    assert isinstance(read_attribution(claim), ClaimReading)


@pytest.mark.parametrize("claim", [
    # a speaker's own words quoting someone else
    "The rink is fine. It is sort of like, as Ruiz said after the storm, “what roof?”",
    "Then my neighbor, who never liked the rink, said to the whole street, “Close it.”",
    # the first or second person tells the speaker's own story
    "I told the manager, “Open the rink.”",
    "And we said, “Not this winter.”",
    # a cue without words of its own
    "The mayor is tired, and his mood has come down to a feeling that several aides sum up "
    "as: 'Blame me? No, blame them.'",
])
def test_a_quote_inside_someone_elses_words_is_no_pasted_attribution(claim):
    assert read_attribution(claim) is None


def test_any_text_is_read_or_left_whole_without_raising():
    """Claims are user text: whatever the pipeline finds in it, the reading never raises,
    and what it reads is quoted words of the claim."""
    rng = random.Random(5)
    for _ in range(300):
        claim = random_text(rng)[:2000]
        reading = read_attribution(claim)
        if isinstance(reading, SeveralSpeakers):
            assert len(set(reading.speakers)) > 1
        else:
            assert reading is None or reading.quote.split()[0] in claim
