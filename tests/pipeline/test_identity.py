"""Speaker identity across articles: who is the same speaker as someone already stored."""
import pytest

from service.pipeline.identity import (
    KnownSpeaker,
    claimed_name_words,
    find_same_speaker,
    identity_key,
    normalise_name,
    roles_conflict,
    spelt_alike,
    split_person_name,
)
from service.pipeline.model import Speaker, SpeakerType

P, O, A, U = (SpeakerType.PERSON, SpeakerType.ORGANIZATION, SpeakerType.ANONYMOUS,
              SpeakerType.UNKNOWN)

DONALD = KnownSpeaker(1, "Donald Trump", P, ("U.S. President",))
ERIC = KnownSpeaker(2, "Eric Trump", P, ("Executive Vice President of the Trump Organization",))
LEAVITT = KnownSpeaker(3, "Karoline Leavitt", P, ("White House Press Secretary",))
WHITE_HOUSE = KnownSpeaker(4, "White House", O)
OFFICIAL = KnownSpeaker(5, "a senior administration official", A)
BARE_SMITH = KnownSpeaker(6, "Smith", P)
VDL = KnownSpeaker(7, "Ursula von der Leyen", P, ("European Commission President",))
MARCO = KnownSpeaker(8, "Marco Rubio", P, ("Secretary of State",))


def speaker(name, type=P, role=None, roles=()):
    return Speaker(key="s1", name=name, type=type, role=role, roles=roles)


# (case, candidate, stored speakers, expected stored id or None)
CASES = [
    # One person under every form a newsroom writes him in.
    ("full name", speaker("Donald Trump"), [DONALD], 1),
    ("full name with title role", speaker("Donald Trump", role="President"), [DONALD], 1),
    ("honorific", speaker("Mr. Trump"), [DONALD], 1),
    ("bare surname, one Trump stored", speaker("Trump"), [DONALD, LEAVITT], 1),
    ("surname with compatible role", speaker("Trump", role="President"), [DONALD], 1),
    ("initial", speaker("D. Trump"), [DONALD], 1),
    ("accents and case", speaker("karoline LEAVITT"), [LEAVITT], 3),
    ("richer name joins bare stored surname", speaker("Jane Smith"), [BARE_SMITH], 6),
    ("particles belong to the surname", speaker("von der Leyen"), [VDL], 7),
    ("exact name chosen over other relatives", speaker("Donald Trump"), [DONALD, ERIC], 1),
    # Different people who share a surname stay apart.
    ("different first name", speaker("Lara Trump"), [DONALD], None),
    ("bare surname, two Trumps stored", speaker("Trump"), [DONALD, ERIC], None),
    ("bare surname, conflicting role", speaker("Trump", role="Senator"), [DONALD], None),
    ("same name, conflicting role", speaker("Marco Rubio", role="Florida Governor"), [MARCO],
     None),
    ("new surname", speaker("Vladimir Putin"), [DONALD, LEAVITT], None),
    ("son with the father's name", speaker("Donald Trump Jr."), [DONALD], None),
    ("father with the son's name", speaker("Donald Trump"),
     [KnownSpeaker(11, "Donald Trump Jr.", P)], None),
    ("son under both spellings", speaker("Donald Trump Jr"), [DONALD,
                                                             KnownSpeaker(11, "Donald Trump Jr.", P)], 11),
    ("bare stored surname shared by a named one", speaker("Jane Smith"),
     [BARE_SMITH, KnownSpeaker(9, "John Smith", P)], None),
    ("particle surname is another surname", speaker("Leyen"),
     [VDL, KnownSpeaker(10, "Anna Leyen", P)], 10),
    # Organisations merge on their normalised name, never with people.
    ("organisation with article", speaker("the White House", O), [WHITE_HOUSE], 4),
    ("organisation punctuation", speaker("White-House", O), [WHITE_HOUSE], 4),
    ("other organisation", speaker("the Kremlin", O), [WHITE_HOUSE], None),
    ("organisation is not a person", speaker("Trump", O), [DONALD], None),
    ("person is not an organisation", speaker("White House"), [WHITE_HOUSE], None),
    # Unnamed sources are never the same speaker across articles.
    ("same anonymous descriptor", speaker("a senior administration official", A), [OFFICIAL],
     None),
    ("unknown speaker", speaker("critics", U), [OFFICIAL], None),
]


@pytest.mark.parametrize("candidate, known, expected",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_same_speaker(candidate, known, expected):
    assert find_same_speaker(candidate, known).speaker_id == expected


def test_refusal_names_every_candidate():
    match = find_same_speaker(speaker("Trump"), [DONALD, ERIC])
    assert match.speaker_id is None
    assert set(match.candidates) == {1, 2}
    assert "several" in match.reason


@pytest.mark.parametrize("text, expected", [
    ("U.S. President", "us president"),
    ("  Zelenskyy’s  ", "zelenskyys"),
    ("Élysée Palace", "elysee palace"),
    ("Jean-Luc Mélenchon", "jean luc melenchon"),
    ("", ""),
    # ASCII names take a shorter path to the same result
    ("O'Brien, Jr.", "obrien jr"),
    ("  the `White`  House_Press\tOffice! ", "the white house press office"),
    ("#1", "1"),
    ("...", ""),
])
def test_normalise_name(text, expected):
    assert normalise_name(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Donald Trump", (("donald",), "trump")),
    ("Dr. Anthony Fauci", (("anthony",), "fauci")),
    ("Martin Luther King Jr.", (("martin", "luther"), "king")),
    ("Ursula von der Leyen", (("ursula",), "von der leyen")),
    ("Trump", ((), "trump")),
    ("Mr.", ((), "")),
])
def test_split_person_name(name, expected):
    assert split_person_name(name) == expected


@pytest.mark.parametrize("ours, theirs, conflict", [
    (["President"], ["U.S. President"], False),
    (["Press Secretary"], ["White House Press Secretary"], False),
    ([], ["Senator"], False),
    (["Secretary of State"], ["President"], True),
    (["Russian President"], ["U.S. President"], True),
    (["Senator", "Secretary of State"], ["the Secretary of State"], False),
])
def test_roles_conflict(ours, theirs, conflict):
    assert roles_conflict(ours, theirs) is conflict


@pytest.mark.parametrize("name, type, key", [
    ("U.S. President Donald Trump", P, "trump"),
    ("The White House", O, "white house"),
    ("World Health Organization (WHO)", O, "world health organization"),  # as stored in full
    ("sources familiar with the call", A, None),
    ("critics", U, None),
])
def test_identity_key(name, type, key):
    assert identity_key(name, type) == key


@pytest.mark.parametrize("claimed, words", [
    ("Donald J. Trump", ("donald", "trump")),
    ("President Trump", ("trump",)),
    ("White House Press Secretary Karoline Leavitt", ("karoline", "leavitt")),
    ("Secretary of State Mary Ann Ruiz", ("mary", "ruiz")),
    ("Mr. King", ("king",)),
    ("Charlie King", ("charlie", "king")),      # a title word as the surname stays
    ("the White House", ("white", "house")),
    ("J. K. Rowling", ("j*", "rowling")),
    # a possessive, a person's middle names, a given name's initial
    ("Clinton's", ("clinton",)),
    ("Sen. Boyd’s", ("boyd",)),
    ("Hillary Rodham Clinton", ("hillary", "clinton")),
    ("H. Clinton", ("h*", "clinton")),
    # a role before the name, however long the words before it
    ("campaign manager Ann Boyd", ("ann", "boyd")),
    ("Harbor Radio Morning co-anchor Tom Weller", ("tom", "weller")),
    ("Ann Boyd adviser Tom Weller", ("tom", "weller")),
    # ... not a role noun that is a surname after a given name
    ("Ann Baker Smith", ("ann", "smith")),
    ("Tom King", ("tom", "king")),
    # a generation stays, last: it tells two people apart
    ("Tom Weller Jr.", ("tom", "weller", "jr")),
    ("Tom King Jr.", ("tom", "king", "jr")),
    # not a person's name: every word stays
    ("Democratic National Committee", ("democratic", "national", "committee")),
])
def test_claimed_name_words_drop_titles_and_middle_initials(claimed, words):
    assert claimed_name_words(claimed) == words


@pytest.mark.parametrize("claimed, alias, alike", [
    # one word a slip away: a letter dropped, added, changed, two swapped
    ("Hilary Clinton", "hillary clinton", True),
    ("Hillary Clinotn", "hillary clinton", True),
    ("Ann Boyde", "ann boyd", True),
    ("Mayor Ann Bpyd", "ann boyd", True),
    ("Clintn", "hillary clinton", True),
    ("H. Clintn", "hillary clinton", True),
    # two slips in a word of eight letters or more
    ("Rodhamm Clintn", "rodhamm clinton", True),
    ("Ann Boydd", "ann boyd", True),
    # as written: no slip to read
    ("Hillary Clinton", "hillary clinton", False),
    # two words mistyped, a slip in a word too short, two slips in a short word
    ("Hilary Clintn", "hillary clinton", False),
    ("Jon Smith", "john smith", False),
    ("Byode", "ann boyd", False),
    ("Boyle", "ann boyd", False),
    # a word the alias does not hold at all; an initial of another given name
    ("Tom Boyd", "ann boyd", False),
    ("T. Boid", "ann boyd", False),
])
def test_spelt_alike_reads_one_mistyped_word(claimed, alias, alike):
    assert spelt_alike(claimed_name_words(claimed), alias) is alike
