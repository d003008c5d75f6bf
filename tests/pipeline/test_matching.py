"""Normalising, tokenising and aligning a claimed quote against a stored one."""
import pytest

from service.pipeline.matching import (
    ClaimParts,
    claim_parts,
    CLOSE,
    EXACT,
    FAR,
    Matcher,
    expand,
    normal_form,
    normal_form_and_terms,
    normalise,
    prepare,
    prepare_form,
    rare_words,
    words,
)

STORED = "We’re going to rebuild the harbour bridge — before winter, and we won’t stop."


@pytest.mark.parametrize("text, expected", [
    ("“Hello, world!”", "hello, world"),
    ("‘single’ marks", "single' marks"),
    ("  spaced\t\n out  ", "spaced out"),
    ("a — dash – here", "a - dash - here"),
    ("It’s", "it's"),
    ("...", ""),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We’re here", ("we're", "here")),
    ("face-to-face", ("face", "to", "face")),
    ("“Quoted,” he said.", ("quoted", "he", "said")),
    ("Orbán's plan", ("orbán's", "plan")),
    # an apostrophe stays only between letters or digits; elsewhere it separates
    ("rock'n'roll", ("rock'n'roll",)),
    ("the players' choice", ("the", "players", "choice")),
    ("'Tis the '90s", ("tis", "the", "90s")),
    ("it''s o'neil's'", ("it", "s", "o'neil's")),
    ("''", ()),
])
def test_words(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("word, expected", [
    ("it's", ("it", "is")),
    ("don't", ("do", "not")),
    ("won't", ("will", "not")),
    ("can't", ("can", "not")),
    ("cannot", ("can", "not")),
    ("we'll", ("we", "will")),
    ("they've", ("they", "have")),
    ("i'm", ("i", "am")),
    ("mayor's", ("mayor's",)),          # a possessive is not "mayor is"
    ("harbour", ("harbour",)),
])
def test_expand(word, expected):
    assert expand(word) == expected


@pytest.mark.parametrize("claim, level, changes", [
    # typography and case never count
    ("WE'RE GOING TO REBUILD THE HARBOUR BRIDGE BEFORE WINTER", EXACT, []),
    ("“we’re going to rebuild the harbour bridge - before winter”", EXACT, []),
    # a contiguous part of the stored quote
    ("rebuild the harbour bridge", EXACT, []),
    ("and we won't stop", EXACT, []),
    # words changed, dropped, added
    ("we're going to repair the harbour bridge before winter", CLOSE,
     [("replace", ["rebuild"], ["repair"])]),
    ("we're going to rebuild the bridge before winter", CLOSE, [("delete", ["harbour"], [])]),
    ("we're going to rebuild the old harbour bridge before winter", CLOSE,
     [("insert", [], ["old"])]),
    # contractions expanded are close, not exact, and the diff shows them
    ("we are going to rebuild the harbour bridge", CLOSE,
     [("replace", ["we're"], ["we", "are"])]),
    ("and we will not stop", CLOSE, [("replace", ["won't"], ["will", "not"])]),
    # not the same quote
    ("the council will sell the stadium next spring", FAR, []),
    ("bridge winter", CLOSE, [("delete", ["before"], [])]),   # two words, one dropped
    ("winter before bridge harbour the", FAR, []),            # the words, shuffled
])
def test_align(claim, level, changes):
    alignment = Matcher(claim, min_similarity=0.75).align(STORED)
    assert alignment.level == level
    if level == EXACT:
        assert alignment.similarity == 1.0
    if level == CLOSE:
        assert 0.75 <= alignment.similarity <= 1.0
        assert [(d.op, list(d.stored), list(d.claimed)) for d in alignment.diff
                if d.op != "equal"] == changes
    if level == FAR:
        assert alignment.similarity < 0.75


def test_exact_alignment_spans_the_stored_words():
    alignment = Matcher("the harbour bridge", min_similarity=0.75).align(STORED)
    assert prepare(STORED).surface[alignment.start_word:alignment.end_word] == \
        ("the", "harbour", "bridge")


def test_claim_longer_than_stored_quote_is_compared_whole():
    alignment = Matcher("yes we will rebuild it now", min_similarity=0.75).align(
        "we will rebuild it")
    assert alignment.level == CLOSE
    assert [d.op for d in alignment.diff] == ["insert", "equal", "insert"]


@pytest.mark.parametrize("claim, stored", [
    ("the harbour bridge", STORED),
    ("we won't stop", STORED),                              # a contraction, at the end
    ("we're going", STORED),                                # at the start
    ("the bridge", "the bridge and the bridge again"),      # the first of two places
    ("bridge", "the bridge"),
])
def test_contained_alignment_is_the_exact_alignment(claim, stored):
    matcher = Matcher(claim, min_similarity=0.75)
    form = normal_form(stored)
    assert matcher.align_contained(form) == matcher.align_prepared(prepare_form(form))
    assert matcher.align_contained(form).level == EXACT


@pytest.mark.parametrize("claim", [
    "the harbour bridges",        # a word only begins a stored word
    "harbour the bridge",         # the words, not in a row
    "",
])
def test_contained_alignment_needs_the_words_in_a_row(claim):
    assert Matcher(claim, min_similarity=0.75).align_contained(normal_form(STORED)) is None


@pytest.mark.parametrize("form", ["we can't stop", "cannot stop them", "it's theirs now",
                                  "plain words only", "won't", "it's cannot we'll",
                                  "trump's plan isn't theirs", "he said it's so they'd go",
                                  "a b c d e f can't", "don't", ""])
def test_prepared_form_expands_only_contractions(form):
    prepared = prepare_form(form)
    assert prepared.canonical == tuple(w for s in form.split() for w in expand(s))
    assert prepared.origin == tuple(i for i, s in enumerate(form.split()) for _ in expand(s))
    if prepared.canonical == prepared.surface:     # nothing expanded: the same words
        assert prepared.origin == tuple(range(len(prepared.surface)))


@pytest.mark.parametrize("claim, stored", [
    ("the bridge the bridge", "the bridge"),         # repeats count once per stored word
    ("we can't stop it", "we cannot stop"),
    ("we cannot stop it", "we can't stop it"),
    ("it is what it is", "it's what it's"),
    ("they would go if it is so", "he said it's so they'd go"),
    ("do not let us wait", "don't let's wait"),
    ("trump's plan is not theirs", "trump's plan isn't theirs"),
    ("plain words", "other words entirely"),
    ("plain words", ""),
])
def test_bound_is_at_least_the_similarity(claim, stored):
    matcher = Matcher(claim, min_similarity=0.75)
    prepared = prepare_form(stored)
    n = len(matcher.claim.canonical)
    m = sum(matcher.claim.canonical.count(w) for w in set(prepared.canonical))
    assert matcher.bound(prepared) == (2 * m / (n + m) if prepared.surface else 0.0)
    # the similarity is rounded to four places
    assert matcher.bound(prepared) >= matcher.align_prepared(prepared).similarity - 0.00005
    # bound_form skips preparing the stored words: never below what preparing them gives,
    # the same when nothing expands
    assert matcher.bound_form(stored) >= matcher.bound(prepared)
    if "'" not in stored and "cannot" not in stored:
        assert matcher.bound_form(stored) == matcher.bound(prepared)


@pytest.mark.parametrize("claim", ["", "?!", "— …"])
def test_no_words_is_far(claim):
    assert Matcher(claim, min_similarity=0.75).align(STORED).level == FAR


def test_rare_words_skip_function_words_and_prefer_long_ones():
    assert rare_words("It is what it is, the harbourmaster said of the tides", 3) == \
        ["harbourmaster", "tides"]
    assert rare_words("it is what it is", 3) == []


@pytest.mark.parametrize("claim, diff", [
    ("we're going to rebuild … before winter",
     [("equal", ["we're", "going", "to", "rebuild"]), ("elided", ["the", "harbour", "bridge"]),
      ("equal", ["before", "winter"])]),
    ("rebuild the harbour bridge ... and we won't stop",       # three dots
     [("equal", ["rebuild", "the", "harbour", "bridge"]), ("elided", ["before", "winter"]),
      ("equal", ["and", "we", "won't", "stop"])]),
    ("going to . . . bridge … stop",                             # spaced dots, three parts
     [("equal", ["going", "to"]), ("elided", ["rebuild", "the", "harbour"]),
      ("equal", ["bridge"]), ("elided", ["before", "winter", "and", "we", "won't"]),
      ("equal", ["stop"])]),
])
def test_an_ellipsis_leaves_words_out_and_the_parts_in_order_are_exact(claim, diff):
    alignment = Matcher(claim, min_similarity=0.75).align(STORED)
    assert (alignment.level, alignment.similarity) == (EXACT, 1.0)
    assert [(d.op, list(d.stored)) for d in alignment.diff] == diff
    assert all(d.claimed == d.stored for d in alignment.diff if d.op == "equal")
    stored = prepare(STORED).surface
    assert stored[alignment.start_word:alignment.end_word] == \
        tuple(w for d in alignment.diff for w in d.stored)


@pytest.mark.parametrize("claim, level", [
    # not in order, or a word of a part changed: compared whole, as any claim
    ("before winter … we're going to rebuild", CLOSE),
    ("we're going to repair the harbour bridge … and we won't stop", CLOSE),
    ("… rebuild the harbour bridge …", EXACT),               # one part: a contiguous part
])
def test_elided_parts_must_each_be_there_in_order(claim, level):
    assert Matcher(claim, min_similarity=0.75).align(STORED).level == level


@pytest.mark.parametrize("claim, similarity, changes", [
    # a word changed in a part: the parts are compared with their windows, the words between
    # them are elided, not dropped
    ("we're going to rebuild … before winter and we will stop", 0.9565,   # 2 * 11 / 23
     [("elided", ["the", "harbour", "bridge"]), ("replace", ["won't"], ["will"])]),
    ("going to rebuild the bridge … and we won't stop", 0.9524,     # 2 * 10 / 21
     [("delete", ["harbour"], []), ("elided", ["before", "winter"])]),
])
def test_elided_parts_with_a_changed_word_are_close(claim, similarity, changes):
    alignment = Matcher(claim, min_similarity=0.75).align(STORED)
    assert (alignment.level, alignment.similarity) == (CLOSE, similarity)
    assert [(d.op, list(d.stored), *([list(d.claimed)] if d.op != "elided" else []))
            for d in alignment.diff if d.op != "equal"] == \
        [(op, stored, *claimed) for op, stored, *claimed in changes]


@pytest.mark.parametrize("claim, changes", [
    # bracketed words stand for up to MAX_BRACKETED stored words, or none (an insertion)
    ("[They are] going to rebuild the harbour bridge", [("bracketed", [], ["they", "are"])]),
    ("We’re going to rebuild [it] before winter",
     [("bracketed", ["the", "harbour", "bridge"], ["it"])]),
    ("rebuild the harbour bridge [in Dover] before winter", [("bracketed", [], ["in", "dover"])]),
    ("rebuild the harbour bridge before winter [he said]", [("bracketed", [], ["he", "said"])]),
    # brackets inside a word, "[sic]", "[…]" and a bracketed word that is the stored one
    ("[W]e’re going to rebuild the harbour bridge (sic)", []),
    ("rebuild the [harbour] bridge", []),
    ("we’re going to rebuild [...] and we won’t stop",
     [("elided", ["the", "harbour", "bridge", "before", "winter"], [])]),
])
def test_bracketed_words_are_the_editors_and_the_rest_is_exact(claim, changes):
    alignment = Matcher(claim, min_similarity=0.75).align(STORED)
    assert (alignment.level, alignment.similarity) == (EXACT, 1.0)
    assert [(d.op, list(d.stored), list(d.claimed)) for d in alignment.diff
            if d.op != "equal"] == changes


@pytest.mark.parametrize("claim, changes", [
    # more stored words where the brackets are than brackets may stand for: close, and the
    # diff says for how many
    ("we’re going to [do it] and we won’t stop",
     [("bracketed", ["rebuild", "the", "harbour", "bridge", "before", "winter"], ["do", "it"])]),
    # parts out of order: compared whole, without the editor's words
    ("before winter [and] we’re going to rebuild",
     [("insert", [], ["before", "winter"])]),
])
def test_bracketed_words_stand_for_a_few_words_in_order(claim, changes):
    alignment = Matcher(claim, min_similarity=0.75).align(STORED)
    assert alignment.level == CLOSE
    assert [(d.op, list(d.stored), list(d.claimed)) for d in alignment.diff
            if d.op != "equal"] == changes


@pytest.mark.parametrize("claim", [
    # a stored quote holding the editor's brackets itself, however many words they hold:
    # the same words in the same brackets are the stored words
    "the plan [to sell the old harbour bridge by June] was never approved . . . by anyone",
    "THE PLAN [to sell the old harbour bridge by june] was never approved",
])
def test_the_stored_quotes_own_brackets_copied_are_exact(claim):
    stored = "The plan [to sell the old harbour bridge by June] was never approved . . . by anyone."
    alignment = Matcher(claim, min_similarity=0.75).align(stored)
    assert (alignment.level, alignment.similarity) == (EXACT, 1.0)
    assert {d.op for d in alignment.diff} <= {"equal", "bracketed"}
    # control: other words in the brackets stand for at most MAX_BRACKETED stored words
    other = claim.replace("old harbour", "new")
    assert Matcher(other, min_similarity=0.75).align(stored).level == CLOSE


@pytest.mark.parametrize("stored", [
    "[T]he ferry budget is already spent [sic], councillors",
    "The ferry budget is already spent (sic), councillors",
])
@pytest.mark.parametrize("claim", [
    "[T]he ferry budget is already spent [sic], councillors",
    "the ferry budget is already spent, councillors",
])
def test_a_stored_quotes_marks_in_words_are_no_words(stored, claim):
    """A stored quote's "[sic]" and brackets inside a word are the editor's, as a claim's
    are: its normal form (what the index and the exact lookup read) is without them."""
    assert normal_form(stored) == "the ferry budget is already spent councillors"
    assert normal_form_and_terms(stored)[0] == normal_form(stored)
    alignment = Matcher(claim, min_similarity=0.75).align(stored)
    assert (alignment.level, alignment.similarity) == (EXACT, 1.0)
    # control: bracketed words between words stay words
    assert normal_form("the [harbour] bridge") == "the harbour bridge"


@pytest.mark.parametrize("claim, similarity, changes", [
    # a letter off in words of four letters or more: half a word in common each, shown
    ("We’re going to rebuld the harbour brige before wintr", 0.85,
     [("rebuild", "rebuld"), ("bridge", "brige"), ("winter", "wintr")]),
    ("were going to rebuild the harbor bridge before winter", 0.9,
     [("we're", "were"), ("harbour", "harbor")]),
    # two letters off in a word of more than six
    ("We’re going to rebiuld the harbour brdige before winetr", 0.85,
     [("rebuild", "rebiuld"), ("bridge", "brdige"), ("winter", "winetr")]),
])
def test_misspelt_words_are_read_as_the_stored_ones(claim, similarity, changes):
    matcher = Matcher(claim, min_similarity=0.75)
    assert matcher.align(STORED).level == FAR
    alignment = matcher.align_misspelt(prepare(STORED))
    assert (alignment.level, alignment.similarity) == (CLOSE, similarity)
    assert [(d.stored[0], d.claimed[0]) for d in alignment.diff if d.op == "replace"] == changes


@pytest.mark.parametrize("claim", [
    "We’re going to rebuild the harbour bridge before winter",    # nothing misspelt
    "We’re going on rebuild an harbour bridge before winter",     # short words are words
    "We’re going to rebuild the harbour before winter ... bridge",  # editor's marks
])
def test_a_claim_without_misspelt_words_is_not_aligned_again(claim):
    assert Matcher(claim, min_similarity=0.75).align_misspelt(prepare(STORED)) is None


def test_claim_parts_cut_at_the_editors_marks():
    cut = claim_parts("[Boyd] said … the [city’s] plan [sic] was [laughs] fine [applause]")
    assert cut.parts == (("said",), ("the",), ("plan", "was"), ("fine",))
    assert [(g.op, g.claimed) for g in cut.gaps] == [
        ("elided", ()), ("bracketed", ("city's",)), ("bracketed", ("laughs",))]
    assert (cut.before, cut.after) == (("boyd",), ("applause",))
    assert claim_parts("no marks at all") == ClaimParts((("no", "marks", "at", "all"),), ())
