"""Attribution rules: find the cue that says who speaks a quote.

Each rule has an id and reads the tokens of a paragraph in which every quote is one token:

| id        | layout                                                         |
|-----------|----------------------------------------------------------------|
| Q,NV      | “…,” Leavitt said.  /  “…,” the official said.                 |
|           | “…,” came the reply from X  /  “…” — that is how X put it      |
|           | “…” So said X  /  “…” Those were the words of X (before CONT) |
| Q,VN      | “…,” said a defense expert familiar with the program.          |
| Q-N       | “…” — Winston Churchill                                        |
| NV:Q      | Leavitt said: “…”  /  X told reporters, “…”  /  split quotes   |
| N:Q       | headline form  White House: ‘…’                                |
| N:...Q    | a labelled line  Bill Clinton: Hillary ‘Better Qualified …’     |
| NV..Q     | a headline in title case  Trump Says ‘We Will Win’ at Rally      |
| Q,NV^     | a headline in title case  ‘We Will Win,’ Trump Tells Supporters  |
| S:Q       | McConnell had a blunt message for Trump: “…”                   |
| ACC       | according to X, … “…”; … “…”, in the words of X               |
| NV-as-Q   | a prospect the White House described as “possible”             |
| NV...Q    | X said (that) … “…”  /  X wrote in a post on … “…”             |
| Q&Q       | “possible” and “actively encouraged” (coordinated quotes)      |
| CONT      | a later quote in the paragraph with no cue of its own          |
| NV.Q      | X said the vote was close. “…” (the sentence before reports)   |
| S.Q       | The judge turned to me. “…” (the sentence before's subject)    |
| NV:PQ     | X said:  (paragraph break) “…”                                 |
| NV.PQ     | X said the vote was close.  (paragraph break) “…”              |
| CONT-P    | a paragraph of quote right after a paragraph quoting someone   |
| A:Q       | an interview's answer line  A: “…”  (the person named before)  |
| N-of-Q    | chants of “…” filled the hall  (a crowd, unnamed and plural)    |
| D-from:Q  | And there is this headline from the Courier: “…”               |

Matching a layout (``Cue`` candidates) is separate from choosing among them (``choose``).
"""
from __future__ import annotations

from typing import NamedTuple

from .lexicon import (
    ADDRESSEE_VERBS, ADVERBS, ARTICLES, AS_VERBS, CHANT_NOUNS, COGNITION_VERBS, COINAGE_NOUNS,
    CROWD_NOUNS,
    DAY_WORDS, DOCUMENT_NOUNS,
    HONORIFICS, KIN_NOUNS, LABEL_WORDS, MONTH_SURNAMES, NAMING_VERBS, NON_SPEECH_CUES, NUMBER_WORDS,
    PERSON_ROLE_NOUNS, PHRASAL_VERBS, PLATFORMS, PRONOUNS, SPEECH_VERBS, STOP_CAPITALS,
    TIME_WORDS,
)
from .model import MentionForm
from .speakers import UTTERANCES, VERB_SURNAMES, Phrase, read_phrase, read_speaker
from .tokens import Tok, closes_phrase, is_terminator

_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "—", "–", "(", ")", "that", "and", "but", "while",
                                "as", "because", "when", "if", "after", "before", "since",
                                "though", "although", "whom", "what", "where", "so", "—", "-",
                                "whether", "once", "until", "whereas"})
# A subject read back from its verb stops at any clause boundary but "as".
_PHRASE_BOUNDARIES = _CLAUSE_BOUNDARIES - {"as"}
_COORDINATORS = frozenset({"and", "or", ",", "but", "then", "as", "well", "even", "also", "plus",
                           "—", "–", "-", "…", "yet", "not", "nor"})
_PARTICIPLES = frozenset({"saying", "adding", "telling", "writing", "noting", "arguing",
                          "explaining", "declaring", "insisting", "warning", "calling",
                          "describing", "claiming", "stating", "asking", "answering",
                          "responding", "replying", "tweeting", "posting", "suggesting",
                          "stressing", "quipping", "joking", "recalling", "predicting",
                          "promising", "vowing", "announcing", "acknowledging", "admitting",
                          "continuing", "concluding", "urging", "boasting", "complaining"})

_DISCOURSE = frozenset({"and", "but", "then", "so", "still", "yet", "also", "meanwhile", "now",
                        "instead", "later", "again", "and then", "or", "plus", "indeed"})
_OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "from", "for",
                                   "with", "without", "under", "over", "since", "through",
                                   "throughout", "despite", "amid", "among", "unlike"})
# Words that open a relative clause: a verb right after one is the clause's, not the
# reporting verb of the phrase before it ("a resident who asked not to be named said"); in
# lower case, as they are written ("the WHO said" is the organisation)
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
                           "this", "these", "those", "whose"})

# "The agency quoted her as saying …": the one quoted speaks.
_QUOTING = frozenset({"quoted", "quotes", "quoting", "quote"})
_AS_REPORTING = frozenset({"saying", "telling", "stating", "writing", "remarking", "having"})
_OBJECT_PRONOUNS = {"him": "male", "her": "female", "them": "plural"}
# Participles that say who has a document, not who wrote it ("a memo obtained by the Post").
_OBTAINED = frozenset({"obtained", "seen", "reviewed", "viewed", "acquired"})
# "… can be heard asking", "was seen telling": the subject is the one heard speaking.
_PERCEIVED = frozenset({"heard", "seen", "overheard", "caught", "recorded", "filmed"})
# Verbs that show someone in the act: "the ad features Ann Boyd saying …"
_SHOWING = frozenset({"features", "featured", "featuring", "shows", "showed", "showing",
                      "caught", "catches", "heard", "hear", "hears", "saw", "see", "sees",
                      "captured", "captures", "recorded", "records", "depicts", "depicted",
                      "filmed", "remembers", "remembered", "recalls", "recalled"})

BASE_CONFIDENCE = {
    "Q,NV": 0.95, "Q,VN": 0.95, "Q-N": 0.8, "NV:Q": 0.9, "N:Q": 0.85, "ACC": 0.85,
    "NV-as-Q": 0.85, "NV...Q": 0.75, "Q&Q": 0.85, "CONT": 0.8, "NV:PQ": 0.8, "CONT-P": 0.6,
    "S:Q": 0.7, "S.Q": 0.5, "NV.Q": 0.6, "NV.PQ": 0.5, "N:...Q": 0.7, "NV..Q": 0.7, "Q,NV^": 0.75,
    "A:Q": 0.6, "N-of-Q": 0.6, "D-from:Q": 0.7,
}
_MAX_LABEL_WORDS = 3     # the most words of a label read as a speaker ("Sen. John McCain:")


class Cue(NamedTuple):
    """A matched attribution layout: the rule, the speaker phrase and the cue words.

    A named tuple: immutable as the frozen dataclass it was, at about half its cost to build.
    """

    rule: str
    phrase: Phrase | None          # None when the speaker is inherited
    verb: str | None = None
    verb_start: int | None = None
    verb_end: int | None = None
    inherit: int | None = None     # quote index whose speaker this one continues


# The first words of the phrasal verbs: a word that is neither one of them nor a verb
# starts no verb, whatever surrounds it (the rules ask this of almost every word; the
# loops over a sentence's words test it before they call _verb_at, which costs more).
# "took to Twitter", "takes to X": going to a platform to post there (not "took to the
# streets"): the words ahead of a platform's name (see _verb_at)
_TOOK_TO = frozenset({"took", "takes", "taking", "take"})
_PLATFORM_FIRST_WORDS = frozenset(p.split(" ", 1)[0].lower() for p in PLATFORMS)
_PHRASAL_STARTS = frozenset(v.split(" ", 1)[0] for v in PHRASAL_VERBS) | _TOOK_TO
_VERB_STARTS = SPEECH_VERBS | _PHRASAL_STARTS   # that test in one set, for the loops
# Reporting verbs in their base form ("state", "note", "say"): one that opens a sentence is
# an imperative or another word ("State media", "Note the …"), where "Said Ann Boyd: …"
# and "Says Boyd, …" put the verb first.
_BASE_FORMS = frozenset(w for w in SPEECH_VERBS if w + "s" in SPEECH_VERBS
                        or w + "es" in SPEECH_VERBS)


# Reporting verbs no owner can have ("McDonald’s said"): never nouns, unlike "Ann's answer".
_NEVER_OWNED = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes"})


def _owner_before(toks: list, i) -> bool:   # (list[Tok], int: typed in cues.pxd)
    """Tell whether token ``i`` follows an owner ("the engineers' report", "Ann's answer")."""
    if toks[i].lower in _NEVER_OWNED:
        return False
    prev = toks[i - 1]
    if prev.is_word:
        return prev.text.endswith(("'s", "’s"))
    return prev.text in ("'", "’") and i > 1 and toks[i - 2].is_word and \
        prev.start == toks[i - 2].end


def _verb_at(toks: list, i, verbs=SPEECH_VERBS) -> int:   # (list[Tok], int: typed in cues.pxd)
    """Return how many tokens a reporting verb at ``i`` spans (0 when there is none)."""
    if i >= len(toks):
        return 0
    t = toks[i]   # (typed: its fields are read as C struct members when compiled)
    if not t.is_word:
        return 0
    low = t.lower
    if low not in verbs and low not in _PHRASAL_STARTS:
        return 0
    if i > 0:
        prev = toks[i - 1]
        if (prev.lower in _NOUN_MARKERS or (t.capitalized and prev.is_word)
                or _owner_before(toks, i) or _platform_before(toks, i)) \
                and not (prev.lower == "her" and i > 1 and toks[i - 2].lower in _SHOWING):
            # "a post on Truth Social", "the United States": nouns, not verbs; but "caught
            # her saying" shows her speaking
            return 0
    if i + 1 < len(toks) and f"{low} {toks[i + 1].lower}" in PHRASAL_VERBS:
        return 2
    if low in _TOOK_TO:
        return 2 if i + 2 < len(toks) and toks[i + 1].lower == "to" and \
            toks[i + 2].capitalized and toks[i + 2].lower in _PLATFORM_FIRST_WORDS else 0
    return 1 if low in verbs else 0


def _platform_before(toks: list, i) -> bool:   # (list[Tok], int: typed in cues.pxd)
    """Tell whether a social platform's name comes right before word ``i`` after a
    determiner or a possessive ("in a Facebook post", "her Truth Social post"), or before
    "post" ("Instagram post"): the words name a post, and the platform says nothing ("Twitter
    said in a statement" is the firm speaking)."""
    before = toks[i - 1]
    at = i - 1
    if before.lower == "social" and at > 0 and toks[at - 1].lower == "truth":
        at -= 1
    elif before.lower not in PLATFORMS:
        return False
    return toks[at].capitalized and (toks[i].lower in ("post", "posts") or (
        at > 0 and toks[at - 1].lower in _NOUN_MARKERS))


# Verbs a title-case headline writes with a capital ("Obama Warns Congress: …"); none of
# them is a noun that names could end with ("States", "Reports" are left out).
_HEADLINE_VERBS = frozenset("""
says tells warns urges calls slams blasts vows pledges claims insists admits denies defends
accuses praises mocks rips addresses responds replies jokes asks argues explains touts hits
knocks backs endorses declares predicts promises
""".split())


def verb_ends_at(toks: list[Tok], j: int) -> bool:
    """Tell whether a reporting verb ("said", "shot back") ends at token ``j``."""
    return j >= 0 and (toks[j].lower in _VERB_STARTS and _verb_at(toks, j) == 1
                       or j > 0 and toks[j - 1].lower in _PHRASAL_STARTS
                       and _verb_at(toks, j - 1) == 2)


def _verb_text(toks: list[Tok], i: int, n: int, text: str) -> tuple[str, int, int]:
    s, e = toks[i].start, toks[i + n - 1].end
    # Carry the object of "told" when it is the press: "told reporters".
    if toks[i].lower in ("told", "tells") and i + n < len(toks) and \
            toks[i + n].lower in ("reporters", "journalists"):
        e = toks[i + n].end
    return text[s:e], s, e


def _longest_phrase(toks: list[Tok], text: str) -> Phrase | None:
    """Read the longest prefix of ``toks`` (up to a comma) that is a speaker phrase."""
    stop = next((k + 1 if t.kind == "t" else k for k, t in enumerate(toks)
                 if t.kind in ("p", "q") and t.text not in ".-’'&"
                 or t.kind == "t" and closes_phrase(t)), len(toks))
    stop = _adjunct_start(toks, stop)
    for j in range(min(stop, 14), 0, -1):
        p = read_speaker(toks[:j], text)
        if p is not None:
            if j == 14 < stop and p.form.value == "descriptor":
                # cut off in mid-clause ("a person familiar with the matter who was not
                # authorized to"): end the description before its relative clause
                rel = next((i for i in range(2, j) if toks[i].lower in _RELATIVES), None)
                shorter = read_speaker(toks[:rel], text) if rel is not None else None
                return shorter or p
            return p
    return None


# How words reached the reporter, after a speaker ("said the ministry in a statement", "said
# Ann Boyd’s office in an emailed reply", "said the mayor on Facebook"): no part of the name.
_CHANNEL_NOUNS = DOCUMENT_NOUNS | {
    "interview", "speech", "briefing", "podcast", "broadcast", "appearance", "call",
    "conversation", "op-ed", "essay", "column", "blog", "address", "remarks", "testimony",
    "conference", "reply", "response", "livestream", "webinar", "newsletter", "sermon"}


def _adjunct_start(toks: list[Tok], stop: int) -> int:
    """Return where a channel ("in a statement", "in an emailed reply", "on Facebook") or a
    date ("on Friday", "late Monday") starts among the words after a reporting verb, before
    ``stop``: the speaker's phrase ends before it (else ``stop``)."""
    for k in range(1, stop):
        low = toks[k].lower
        if low in _ADJUNCT_OPENERS and k + 1 < stop:
            nxt = toks[k + 1]
            if nxt.lower in ("a", "an") and any(t.lower in _CHANNEL_NOUNS and not t.capitalized
                                                for t in toks[k + 2:min(stop, k + 5)]):
                return k        # "in a statement", "in a brief telephone interview"
            if low in ("on", "via") and nxt.lower in _PLATFORM_WORDS and nxt.capitalized:
                return k        # "on Facebook", "on X"
        if low in _TIME_ADJUNCT and not toks[k].capitalized or toks[k].lower in DAY_WORDS:
            j = k
            while j < stop and toks[j].is_word and (toks[j].lower in _TIME_ADJUNCT
                                                   or toks[j].text.isdigit()):
                j += 1
            if j == stop and any(t.lower in _TIME_NAMES for t in toks[k:j]):
                return k        # "on Friday", "late last week", "Tuesday" (ending the words)
    return stop


_ADJUNCT_OPENERS = frozenset({"in", "on", "during", "at", "via", "through"})
# The first words of the platforms' names: "on Truth Social" starts at "on" as "on X" does.
_PLATFORM_WORDS = frozenset(name.split(" ", 1)[0] for name in PLATFORMS)


def _is_modal(t: Tok) -> bool:
    """Tell whether a word is one of ADVERBS ("also", "may", "later"): not a capitalized
    month that is a surname ("Theresa May said", "“…,” May told reporters")."""
    return t.lower in ADVERBS and not (t.capitalized and t.lower in MONTH_SURNAMES)


def _is_adverb(t: Tok) -> bool:
    return t.is_word and (_is_modal(t) or (t.lower.endswith("ly") and len(t.lower) > 4
                                           and not t.capitalized
                                           and t.lower not in _LY_NOUNS))


# Nouns ending in "-ly" that end a subject, not adverbs before its verb: "the Castellan
# family said", "the assembly voted", "the weekly reported".
_LY_NOUNS = frozenset({"family", "assembly", "rally", "ally", "monopoly", "homily", "anomaly",
                       "supply", "reply", "bully", "daily", "weekly", "monthly", "quarterly",
                       "elderly", "butterfly", "italy", "lily", "melancholy", "panoply"})


def _adverb_before(t: Tok, verb: Tok) -> bool:
    """Tell whether ``t`` is an adverb or a modal between a subject and ``verb``.

    A capitalized modal before a lower-case verb is a name's word: "George Will said",
    "“…,” Will wrote" (a modal is capitalized where it opens a sentence, never before
    "said", or in a title-case headline, whose verb is capitalized too: "Trump Will Say")."""
    return _is_adverb(t) and not (t.capitalized and not verb.capitalized
                                  and t.lower not in STOP_CAPITALS)


def _apposed_name(toks: list[Tok], p: Phrase | None, text: str) -> Phrase | None:
    """Return the name set beside the description ``p`` read at the start of ``toks``
    ("another advocate, Andrew Pincus", "the governor, Greg Abbott"), with the description
    as its role; None when ``p`` is no description or no name follows it."""
    if p is None or p.form.value not in ("descriptor", "title"):
        return None
    # The comma may follow a word or two the reader left out ("another leading Supreme
    # Court advocate, Andrew J. Pincus"): they belong to the description.
    comma = next((i for i, t in enumerate(toks) if t.start >= p.end), None)
    if comma is not None and comma > 0 and closes_phrase(toks[comma - 1]):
        comma -= 1       # "the author of “The Rules,” Ann Boyd": the comma is the title's
    else:
        while comma is not None and comma < len(toks) and toks[comma].is_word and \
                toks[comma].start - p.end < 30:
            comma += 1
        if comma is None or comma >= len(toks) or toks[comma].text != ",":
            return None
    named = _longest_phrase(toks[comma + 1:], text)
    if named is None or named.form.value != "name":
        return None
    if not (toks[comma + 1].capitalized or toks[comma + 1].kind == "a") and any(
            t.lower in ("the", "a", "an") for t in toks[comma + 1:] if t.end <= named.end):
        return None      # a clause, not a role: "the report's authors, giving the example of
                         # the 2012 nominee Mitt Romney" (but "an aide, actress Ann Boyd")
    return Phrase(named.start, named.end, named.text, named.form, name=named.name,
                  role=named.role or text[p.start:toks[comma - 1].end], gender=named.gender)


def _phrase_after_verb(toks: list[Tok], text: str) -> Phrase | None:
    """Read the speaker after a verb; 'another advocate, Andrew Pincus of …' names Pincus."""
    end = next((i for i, t in enumerate(toks) if not t.is_word), len(toks))
    if end == len(toks) or toks[end].text in ",.;":
        firm = _firm_named(toks, 0, end, text)      # "“…,” said McDonald’s."
        if firm is not None:
            return firm
    p = _longest_phrase(toks, text)
    named = _apposed_name(toks, p, text)
    if named is not None:
        return named
    if p is not None and p.form.value == "name" and not p.role:
        # "said Gareth Stace, director general of UK Steel": the description is the role
        i = next((i for i, t in enumerate(toks) if t.start >= p.end), None)
        if i is not None and toks[i].text == "," and i + 1 < len(toks) and (
                toks[i + 1].lower in ("a", "an", "the") or not toks[i + 1].capitalized
                or _owner_ahead(toks, i + 1)):   # ", Harbor Bank’s chief executive"
            j = next((k for k in range(i + 1, min(len(toks), i + 12))
                      if toks[k].kind in ("p", "q") and toks[k].text not in "-’'&"), None)
            words = toks[i + 1:j] if j is not None else toks[i + 1:i + 12]
            cut = next((k for k, t in enumerate(words)
                        if t.lower in _RELATIVES or t.lower in SPEECH_VERBS and not (
                            k + 1 < len(words) and words[k + 1].lower in PERSON_ROLE_NOUNS)),
                       len(words))
            # "a civil engineer who inspected it": up to the clause ("state director" is a role)
            words = words[:cut]
            if words and all(t.is_word for t in words) and not words[0].text.isdigit():
                # (not an age: "said Tom Weller, 45, of Ohio")
                return Phrase(p.start, p.end, p.text, p.form, name=p.name, gender=p.gender,
                              role=text[words[0].start:words[-1].end])
    return p


def _firm_named(toks: list[Tok], start: int, end: int, text: str) -> Phrase | None:
    """Read toks[start:end], one to three capitalised words the last of which ends in "'s",
    as a firm named after someone ("McDonald’s", "Macy's"), when the words fill a speaker's
    slot: a possessive there owns nothing ("“…,” McDonald’s said")."""
    run = toks[start:end]
    if not 1 <= len(run) <= 3 or not all(t.capitalized and t.is_word for t in run) \
            or not run[-1].text.endswith(("'s", "’s")) or run[-1].lower in PRONOUNS:
        return None
    whole = text[run[0].start:run[-1].end]
    return Phrase(run[0].start, run[-1].end, whole, MentionForm.ORGANIZATION, name=whole)


def _owner_ahead(toks: list[Tok], i: int) -> bool:
    """Tell whether capitalized words from ``i`` on end, within four, in a possessive
    ("Meta’s", "Harbor Bank’s"): what follows is the role they own."""
    for t in toks[i:i + 4]:
        if not t.capitalized:
            return False
        if t.text.endswith(("’s", "'s")):
            return True
    return False


def _titled_surname(name: Phrase) -> bool:
    """Tell whether a name read alone is a surname under an honorific or a title ("Mr Hunt",
    "Mrs Justice Cockerill", "Sgt. Benson"): a person, where a lone capitalised word in a
    chain of commas may be a place ("…, Colorado,")."""
    words = name.text.split()
    return len(words) > 1 and (bool(name.role) or words[0].lower() in HONORIFICS)


def _subject_before(toks: list[Tok], v: int, text: str, floor: int = 0) -> Phrase | None:
    """Read the subject of the verb at ``v``: the phrase that ends just before it."""
    j = v
    while j > floor and _adverb_before(toks[j - 1], toks[v]):
        j -= 1
    j = _before_time_adjunct(toks, j, floor)    # "Trump on Tuesday said", "… late Monday said"
    if j > floor and toks[j - 1].text.endswith(("'s", "’s")):
        start = j - 1       # "McDonald’s said in a statement": the capitalised run before
        while start > floor and toks[start - 1].capitalized and toks[start - 1].is_word:
            start -= 1
        firm = _firm_named(toks, start, j, text) if start == floor or \
            not toks[start - 1].is_word or toks[start - 1].lower in _NOUN_MARKERS else None
        if firm is not None:
            return firm
    if j > floor and toks[j - 1].text == ")":
        # "Sen. Ann Boyd (R-Ky.) said": a short aside (party and state, an age)
        opening = next((i for i in range(j - 2, max(floor, j - 7) - 1, -1)
                        if toks[i].text == "("), None)
        if opening is not None:
            j = opening
    # "Cornell Belcher, a Democratic pollster, said" and longer chains of appositives: the
    # speaker is the first name in the chain, or else its first description. A title can
    # hold the chain's comma: "Ann Boyd, the author of “The Rules,” said".
    if j > floor and (toks[j - 1].text == "," or closes_phrase(toks[j - 1])):
        link_end = j - 1 if toks[j - 1].text == "," else j
        commas = [i for i in range(j - 2, max(floor, j - 48) - 1, -1) if toks[i].text == ","]
        chunks = []
        # The last link of the chain, when it is a name and the whole link: "The governor,
        # Greg Abbott, said" (not "…, who works for Abbott, said")
        last = _phrase_ending_at(toks, link_end, text, commas[0] + 1) if commas else None
        if last is not None and last.form.value == "name" and \
                last.start == toks[commas[0] + 1].start and (
                    " " in last.name or    # a full name: not "…, Colorado,"
                    _titled_surname(last) or   # "The judge, Mr Justice Holt, said"
                    # "her son, Patrick,", "her husband, Raj,": a kin noun makes the one
                    # word a given name, whether or not the lists hold it
                    _kin_before(toks, commas[0], text, floor)):
            chunks.append(last)
        for c in commas[:4]:
            if c - 1 > floor and toks[c - 1].text.isdigit() and len(toks[c - 1].text) <= 3 \
                    and toks[c - 2].text == ",":
                continue    # an age: "Ann Boyd, 52, a nurse, said"
            head = _phrase_ending_at(toks, c, text, floor)
            if head is not None:
                chunks.append(head)
            if head is None or _token_before(toks, head.start).text != ",":
                break
        if last is not None and last.form.value == "organization" and " " in last.text and \
                last.start == toks[commas[0] + 1].start:
            head = _phrase_ending_at(toks, commas[0], text, floor)
            if head is not None and (head.form.value in ("descriptor", "title") or
                                     head.form.value == "organization" and head.head) and \
                    _token_before(toks, head.start).text != ",":
                # "Her publisher, Quayle Books, said": the firm named after its description
                return last
        if chunks and chunks[0] is last:
            if len(chunks) > 2 and chunks[1].form.value == "descriptor" and \
                    chunks[1].text.startswith(("his ", "her ", "their ")) and \
                    chunks[2].form.value == "name":
                # "After the jury cleared Dane Hollis, his lawyer, Marisol Quint, said": the
                # description owned by someone ("his lawyer") is not that name's, but the
                # next one's: the name after it speaks
                return last if last.role else Phrase(
                    last.start, last.end, last.text, last.form, name=last.name,
                    role=chunks[1].text, gender=last.gender)
            if len(chunks) > 1 and chunks[1].form.value in ("descriptor", "title") and \
                    not any(p.form.value == "name" for p in chunks[2:]):
                return last if last.role else Phrase(
                    last.start, last.end, last.text, last.form, name=last.name,
                    role=chunks[1].text, gender=last.gender)   # the description is the role
            if len(chunks) == 1 and last.gender in ("male", "female"):
                # "The first lady, Melania Trump, said": a description the reader cannot
                # take ("first lady"), then a person's full name; the words are her role
                lead = toks[(commas[1] + 1 if len(commas) > 1 else floor):commas[0]]
                if last.role or not 1 <= len(lead) <= 5 or not all(t.is_word for t in lead):
                    return last
                return Phrase(last.start, last.end, last.text, last.form, name=last.name,
                              role=text[lead[0].start:lead[-1].end], gender=last.gender)
            # "the capital, Sacramento", or a name before: "Ann Lee, the editor of the
            # paper, The Courier, said" (the first name speaks, as below)
            chunks.pop(0)
        named = [p for p in chunks if p.form.value == "name"]
        if named:
            return named[-1]
        return chunks[-1] if chunks else None
    subject = _phrase_ending_at(toks, j, text, floor)
    if subject is not None and toks[v].lower.endswith("ing") and \
            _token_before(toks, subject.start).lower in _PLACE_PREPOSITIONS:
        return None   # "marched down Kell Street chanting": where they went, not who
    return subject


# Prepositions of place and motion: a phrase after one is no subject of a participle after
# it ("walked along Mill Road shouting", "gathered outside City Hall chanting").
# Prepositions whose object a participle may follow ("in a video posted to Twitter", "in a
# statement released by his office"): that object is no subject of the participle.
_PARTICIPLE_HOSTS = frozenset({"in", "on", "via", "through", "with"})
_PLACE_PREPOSITIONS = frozenset({"down", "up", "along", "through", "across", "into", "onto",
                                 "outside", "inside", "near", "past", "toward", "towards",
                                 "around", "at", "on", "in", "from"})


# A time adjunct between a subject and its verb: "on Tuesday (night)", "late Monday",
# "earlier this week". It needs a word that names a time, not only "on" or "this".
_TIME_ADJUNCT = TIME_WORDS | {"late", "early"}
_TIME_NAMES = TIME_WORDS - {"on", "in", "at", "last", "this", "next", "then", "earlier",
                            "later", "recently", "afterward", "afterwards"}


def _before_time_adjunct(toks: list[Tok], j: int, floor: int) -> int:
    """Return where a time adjunct ending just before token ``j`` starts (``j`` if none)."""
    i = j
    while i > floor and j - i < 4 and toks[i - 1].is_word and toks[i - 1].lower in _TIME_ADJUNCT:
        i -= 1
    if i == j or i == floor or not any(t.lower in _TIME_NAMES for t in toks[i:j]):
        return j
    return i


def _kin_before(toks: list[Tok], j: int, text: str, floor: int) -> bool:
    """Tell whether the phrase ending at token ``j`` describes someone as a relative ("her
    son", "the victim's widow"): a given name in apposition after it ("her son, Patrick,")
    is the relative's."""
    p = _phrase_ending_at(toks, j, text, floor)
    return p is not None and p.form.value in ("descriptor", "title") and p.head in KIN_NOUNS


def _phrase_ending_at(toks: list[Tok], j: int, text: str, floor: int) -> Phrase | None:
    """Return the longest phrase that ends at token ``j`` and starts after a clause boundary."""
    b = j   # ("&" is no boundary: "Pelt & Crane said" is one firm, not a person "Crane")
    while b > floor and not (toks[b - 1].kind in ("p", "q") and toks[b - 1].text not in ".'’&") \
            and not (toks[b - 1].kind == "t" and closes_phrase(toks[b - 1])) \
            and toks[b - 1].lower not in _PHRASE_BOUNDARIES and j - b < 14:
        b -= 1
    if b > floor and toks[b - 1].text in ",/":
        listed = _listed_modifiers(toks, j, text, floor)   # "a tall, bearded man"
        if listed is not None:
            return listed
    for s in range(b, j):
        t = toks[s]
        if s > b and toks[s - 1].capitalized and t.capitalized:
            continue  # start a name at the start of its run
        p = read_speaker(toks[s:j], text)
        if p is not None:
            return _first_author(toks, p, text, floor)
    return None


def _listed_modifiers(toks: list[Tok], j: int, text: str, floor: int) -> Phrase | None:
    """Read a description ending at token ``j`` whose modifiers are listed with commas or
    joined by slashes: "The brief, unsigned statement", "a pro-union/anti-cuts banner". It
    is read as its article and last word ("The statement"), then given its whole text. The
    modifiers are lower-case words (a capitalised one only right after a slash), at most six
    tokens, with no "and" or other clause word among them."""
    if j - 1 <= floor or not toks[j - 1].is_word or toks[j - 1].capitalized:
        return None
    listed = False
    for a in range(j - 2, max(floor - 1, j - 9), -1):
        t = toks[a]
        if t.lower in ARTICLES:
            break
        if t.text == ",":
            listed = True
        elif t.text == "/":
            if not (toks[a - 1].end == t.start and t.end == toks[a + 1].start):
                return None   # "Ann Boyd / staff": a slash between spaces joins no words
            listed = True
        elif not t.is_word or t.lower in _PHRASE_BOUNDARIES or t.lower in ARTICLES or \
                t.capitalized and toks[a - 1].text != "/" or t.text.endswith(("'s", "’s")):
            return None
    else:
        return None
    if not listed or a == j - 2 or toks[a + 1].text in ",/" or \
            a > floor and not (toks[a - 1].kind in ("p", "q") or
                               toks[a - 1].lower in _PHRASE_BOUNDARIES):
        return None
    p = read_speaker([toks[a], toks[j - 1]], text)
    if p is None or p.form.value == "name":
        return None
    whole = text[toks[a].start:p.end]
    return Phrase(toks[a].start, p.end, whole, p.form, name=p.name,
                  role=whole if p.role == p.text else p.role, head=p.head, gender=p.gender,
                  plural=p.plural, institution=p.institution)


def _body_joined(toks: list[Tok], left: Phrase, p: Phrase, i: int, text: str
                 ) -> Phrase | None:
    """Return the phrase from ``left`` to ``p`` (a name after "and", at token ``i``) when
    "and" only joins the brief of one body's name: "the Department for Work and Pensions
    said", "a spokeswoman for the Department of Health and Social Care said" (not a person
    "Pensions"); else None."""
    body = left.name if left.form.value == "organization" else \
        left.institution if left.form.value == "descriptor" else None
    if not body or " " not in body or not text.endswith(body, left.start, left.end):
        return None
    at = left.end - len(body)
    a = next((k for k in range(i) if toks[k].start == at), None)
    b = next((k for k in range(i, len(toks)) if toks[k].end == p.end), None)
    if a is None or b is None:
        return None
    whole = read_speaker(toks[a:b + 1], text)
    if whole is None or whole.form.value != "organization" or whole.end != p.end:
        return None
    if left.form.value == "organization":
        return whole
    first = next(k for k in range(i) if toks[k].start == left.start)
    joined = read_speaker(toks[first:b + 1], text)
    return joined if joined is not None and joined.form is left.form and \
        joined.institution == whole.name else None


def _first_author(toks: list[Tok], p: Phrase, text: str, floor: int) -> Phrase:
    """"A and B wrote": the first-named of two people speaks for both; "A and others wrote",
    "A and two colleagues wrote": A speaks."""
    before = _token_before(toks, p.start)
    if before.lower != "and":
        return p
    company = p.form.value != "name"
    if company and not (p.form.value == "descriptor" and p.plural
                        and p.head in PERSON_ROLE_NOUNS and p.head not in DOCUMENT_NOUNS):
        return p
    i = next(k for k, t in enumerate(toks) if t is before)
    left = _phrase_ending_at(toks, i, text, floor) if i > floor else None
    if left is not None and not company and not p.role:
        joined = _body_joined(toks, left, p, i, text)
        if joined is not None:
            return joined
    if left is not None and left.form.value == "name":
        if company:
            lead = _token_before(toks, left.start)
            if lead.is_word and lead.lower not in _CLAUSE_BOUNDARIES or \
                    (left.role or "A").rsplit(None, 1)[-1].islower():
                return p     # "supporters of Ann Boyd and others": not Ann Boyd
            return Phrase(left.start, p.end, text[left.start:p.end], left.form, name=left.name,
                          role=left.role, gender=left.gender)
        return Phrase(left.start, p.end, text[left.start:p.end], left.form, name=left.name,
                      role=left.role, gender="plural", plural=True)
    return p


def sentence_subject(toks: list[Tok], s0: int, limit: int, text: str) -> Phrase | None:
    """Read the subject at the start of a sentence, or after an introductory phrase
    ("In a statement on Friday, Grant said …")."""
    start = s0
    if start < limit and toks[start].text.isupper() and len(toks[start].text) > 2:
        # a dateline: "WASHINGTON, Dec. 8 (UPI) — Clinton's aide said …"
        dash = next((i for i in range(start, min(limit, start + 12)) if toks[i].text in "—–"), None)
        if dash is not None:
            start = dash + 1
    while start < limit and toks[start].lower in _DISCOURSE:
        start += 1
    if start < limit and toks[start].lower in _SENTENCE_OPENERS:
        # "On CBS' Face the Nation, she said", "When Wallace died, Clinton released a
        # statement:": the subject follows the opening phrase or clause
        comma = next((k for k in range(start, min(limit, start + 15)) if toks[k].text == ","),
                     None)
        if comma is not None:
            start = comma + 1
    subject = _longest_prefix_phrase(toks, start, limit, text)
    if subject is not None and subject.form.value == "name" and " " not in subject.text \
            and subject.text.lower().endswith(("ing", "ed", "ly")) and \
            not _verb_follows(toks, start, subject.end, limit):
        subject = None  # "Smiling broadly, Clinton …": an opening participle, not a name
                        # (but "Ofsted rated the school …": a name, its verb after it)
    if subject is None:
        comma = next((k for k in range(start, min(limit, start + 15)) if toks[k].text == ","), None)
        if comma is not None:
            subject = _longest_prefix_phrase(toks, comma + 1, limit, text)
    if subject is not None:
        after = next((i for i in range(start, limit) if toks[i].start >= subject.end), limit)
        if after < limit and toks[after].text == ":":
            return None   # a label ("Name: Ana Ruiz Age: 31 …"): no clause, so no subject
    return subject


# "The former said", "the latter added": a pronoun, unless a noun follows it
_ORDINAL_SUBJECTS = frozenset({"the former", "the latter"})


def _modified_noun(tok: Tok) -> bool:
    """Tell whether ``tok``, after "the former", is the noun (or a word before it) that the
    word modifies ("the former champion"), not the verb of "the former" ("the former said")."""
    low = tok.lower
    return tok.is_word and not tok.capitalized and low not in SPEECH_VERBS and \
        low not in COGNITION_VERBS and low not in _FINITE and not low.endswith(("ed", "s"))


# Verbs in the past tense without "-ed" that a subject's deed opens with ("The Bank of England
# held rates …", "Ryanair lost …"): the subject ends before one, as before one in "-ed"
_PAST_IRREGULAR = frozenset({
    "held", "fell", "sold", "bought", "made", "took", "lost", "paid", "kept", "spent", "sent",
    "brought", "began", "grew", "became", "struck", "gave", "went", "came", "found", "led",
    "fought", "sought", "built", "drew", "threw", "broke", "chose", "drove", "flew", "stood",
    "withdrew", "ran", "won", "quit", "shut", "overtook", "upheld", "withheld", "swept"})


def _verb_follows(toks: list[Tok], start: int, end: int, limit: int) -> bool:
    """Tell whether the token after offset ``end`` (the end of a one-word subject read from
    token ``start``) is a verb in the past tense or a reporting verb, in lower case: "Ofsted
    rated …", "Reading said …"."""
    i = next((i for i in range(start, limit) if toks[i].start >= end), limit)
    if i >= limit or not toks[i].is_word or toks[i].capitalized:
        return False
    low = toks[i].lower
    return low in SPEECH_VERBS or low.endswith("ed") or low in _PAST_IRREGULAR


def _longest_prefix_phrase(toks: list[Tok], start: int, limit: int, text: str) -> Phrase | None:
    best = None
    for j in range(start + 1, min(limit, start + 12) + 1):
        t = toks[j - 1]
        if j > start + 1 and t.is_word and not t.capitalized and (
                t.lower in SPEECH_VERBS or t.lower in COGNITION_VERBS or t.lower in _FINITE
                or t.lower.endswith("ed") or t.lower in _PAST_IRREGULAR) \
                and not toks[j - 2].text.endswith(("'s", "’s")) \
                and toks[j - 2].lower not in _NOUN_MARKERS:
            # the verb: the subject ended before it ("… right-hand woman rallied …"); after
            # an owner or an article it is a noun ("Weller's reply was …", "A state official")
            break
        p = read_phrase(toks[start:j], text)
        if p is not None:
            best = p
    end = next((i for i in range(start, limit) if best is not None and toks[i].start >= best.end),
               limit)
    if best is not None and best.form.value == "descriptor":
        # "A federal judge on Friday blocked …": the time the verb happened is not the source's
        cut = _before_time_adjunct(toks, end, start)
        shorter = read_phrase(toks[start:cut], text) if start < cut < end else None
        if shorter is not None:
            best, end = shorter, cut
    if best is not None and best.form.value == "name" and end < limit and \
            toks[end].capitalized and toks[end].text.endswith(("'s", "’s")):
        return None   # "Ann Boyd's husband said": not "Ann" cut from her name
    if best is not None and best.form.value == "pronoun" and end < limit and \
            best.text.lower() in _ORDINAL_SUBJECTS and _modified_noun(toks[end]):
        return None   # "The former world champion admitted": no "the former" who spoke
    if best is not None and best.form.value == "name" and end < limit and \
            toks[end - 1].lower in VERB_SURNAMES and toks[end].lower not in SPEECH_VERBS \
            and not is_terminator(toks, end):
        # "Omar Said To Run": a title-case headline's verb; the surname goes before a verb
        # or ends the sentence ("Omar Said replied")
        return None
    if best is not None and best.form.value != "name" and end < limit and toks[end].text == ",":
        # "The clerk, Ana Ruiz, stood up": the name in apposition
        close = next((i for i in range(end + 1, min(limit, end + 8)) if toks[i].text == ","), None)
        named = read_phrase(toks[end + 1:close], text) if close is not None else None
        if named is not None and named.form.value == "name":
            return Phrase(named.start, named.end, named.text, named.form, name=named.name,
                          role=named.role or best.text, gender=named.gender)
    return best


def match_after(toks: list[Tok], k: int, end: int, text: str, ends_sentence: bool = False,
                embedded: bool = False, s0: int | None = None) -> Cue | None:
    """Match 'Q, X said' / 'Q, said X' / 'Q — X' on the tokens after quote token ``k``.

    ``ends_sentence``: the quote's words end with a full stop, so the words after it are
    most likely a new sentence; only a short 'X said.' then counts. ``embedded``: the quote
    is a fragment inside a sentence; the words after it are its sentence going on, unless
    punctuation closes the fragment first. ``s0``: the first token of the quote's sentence,
    whose subject speaks when a participle follows the quote ('Q, saying …').
    """
    i = k + 1
    if embedded and (i >= end or toks[i].kind != "p"):
        return None
    dash = False
    while i < end and toks[i].kind == "p" and toks[i].text in ",—–-(:":
        dash = dash or toks[i].text in "—–-"
        i += 1
    if i >= end:
        return None
    after = toks[i:end]
    how = _whose_words(after, text)
    if how is not None:
        return how
    # Q,VN: the verb comes first (after adverbs).
    a = 0
    while a < 2 and a + 1 < len(after) and _is_modal(after[a]) and \
            _adverb_before(after[a], after[a + 1]):
        a += 1
    n = _verb_at(after, a)
    if n and after[a].lower.endswith("ing"):
        # "Trump defended “New York values,” saying the city …": the sentence's subject
        p = sentence_subject(toks, s0, k, text) if s0 is not None and s0 < k else None
        if p is not None and p.form.value != "pronoun":
            verb, vs, ve = _verb_text(after, a, n, text)
            return Cue("Q,VN", p, verb, vs, ve)
    elif n:
        rest = after[a + n:]
        while rest and rest[0].lower in TIME_WORDS and rest[0].lower not in ("on", "in", "at"):
            rest = rest[1:]
        p = _phrase_after_verb(rest, text)
        if p is not None and p.form.value != "pronoun" or (p is not None and len(rest) == 1):
            verb, vs, ve = _verb_text(after, a, n, text)
            return Cue("Q,VN", p, verb, vs, ve)
    # Q,NV: a phrase, then the verb.
    for v in range(1, min(len(after), 6 if ends_sentence else 32)):
        low = after[v].lower
        n = _verb_at(after, v) if low in _VERB_STARTS else 0
        if not n:
            if after[v].kind == "q":
                break
            continue
        if after[v - 1].text in _RELATIVE_PRONOUNS and v > 1 and after[v - 2].is_word:
            continue    # "“…,” a resident who asked not to be named said": the clause's verb
        if after[v - 1].lower == "grand" and low.startswith("slam"):
            continue    # "“…,” the grand slam champion said": a title, not the verb
        if low in _PASSIVE_ADDRESSED and after[v - 1].lower in _PASSIVE:
            # "“…?” Boyd was asked": put to Boyd, by the agent after "by" if one is named
            if v + 1 < len(after) and after[v + 1].lower == "by":
                p = _phrase_after_verb(after[v + 2:], text)
                if p is not None:
                    verb, vs, ve = _verb_text(after, v, n, text)
                    return Cue("Q,NV", p, verb, vs, ve)
            return None
        j = v
        while j > 0 and (_is_modal(after[j - 1]) and _adverb_before(after[j - 1], after[v])
                         or after[j - 1].lower in _PERCEIVED and after[v].lower.endswith("ing")):
            j -= 1   # "a reporter can be heard asking": the reporter asks
        p = read_speaker(after[:j], text) if j > 0 else None
        p = p or _firm_named(after, 0, j, text)     # "“…,” McDonald’s said"
        if p is None and j == 1 and after[0].capitalized and after[0].lower in _NO_SUBJECT:
            # "“…,” From said": a preposition or conjunction cannot say anything, so the
            # capital makes it a surname (Al From); not "It said", "One said"
            t = after[0]
            p = Phrase(t.start, t.end, t.text, MentionForm.NAME, name=t.text)
        if p is None and j > 2:
            # "an internal memo obtained by The Washington Post said": the memo, not who has it
            got = next((c for c in range(1, j - 1) if after[c].lower in _OBTAINED
                        and after[c + 1].lower == "by"), None)
            p = read_speaker(after[:got], text) if got is not None else None
        if p is None and j > 3:
            # "“…,” a tall, bearded man shouted": modifiers listed with commas
            p = _listed_modifiers(after, j, text, 0)
            if p is not None and p.start != after[0].start:
                p = None
        if p is None and j > 1:
            # "“…,” CBS This Morning co-Anchor DeMarco Morgan said": a name ends the words
            # the reader cannot take whole
            p = _phrase_ending_at(after, j, text, 0)
            as_put = p is not None and after[0].lower == "as" and p.start == after[1].start
            if p is not None and not as_put and (p.form.value != "name" or any(
                    not t.is_word or t.lower in _CLAUSE_BOUNDARIES
                    for t in after[:j] if t.end <= p.start)):
                p = None  # "“…,” for instance, and Trump vowed": another clause's subject;
                # but "“…,” as Ann Boyd put it" is hers
        if p is None and j > 0 and after[j - 1].text == ",":
            p = _subject_before(after, v, text)
            if p is not None and p.start != after[0].start:
                p = None
        if p is None and j > 2 and after[j - 1].text in ("—", "–"):
            # "“…,” Ann Boyd — who has faced criticism — said": an aside between dashes
            opening = next((c for c in range(j - 2, 0, -1) if after[c].text in ("—", "–")),
                           None)
            p = read_speaker(after[:opening], text) if opening is not None else None
            if p is not None and p.end != after[opening - 1].end:
                p = None
        if p is None and not ends_sentence and any(t.text == "," for t in after[:j]):
            # "Nate Silver, the polling guru who founded the site, tweeted"
            comma = next(c for c in range(j) if after[c].text == ",")
            p = read_phrase(after[:comma], text)
            if p is not None and p.form.value == "pronoun":
                p = None
            # "the group's lawyer, Maria Santos, said": the name beside the description
            p = _apposed_name(after[:j], p or read_speaker(after[:comma], text), text) or p
        quoted = _quoted_party(after, v, n, text) if p is not None else None
        if quoted is not None or p is not None and not _takes_other_object(after, v, n):
            # "“…,” Interfax quoted a source as saying": the one quoted
            verb, vs, ve = _verb_text(after, v, n, text)
            return Cue("Q,NV", quoted or p, verb, vs, ve)
        break
    if dash and (after[0].capitalized or after[0].lower in _NOUN_MARKERS
                 or after[0].lower in NUMBER_WORDS):
        # "— Winston Churchill", "— a senior official"; not "- increasing his name …"
        p = _longest_phrase(after, text)
        nxt = next((t for t in after if t.start >= p.end), None) if p is not None else None
        if p is not None and p.form.value in ("name", "organization", "descriptor") and (
                nxt is None or nxt.kind == "p"):   # not "''Do svidaniya!'' - Russian for …"
            return Cue("Q-N", p)
    return None


def match_before(toks: list[Tok], k: int, s0: int, text: str) -> Cue | None:
    """Match the layouts that end right at the opening mark: 'X said: Q', 'X described as Q'."""
    if k == s0:
        return None
    last = toks[k - 1]
    if last.text in (":", ",") or (last.is_word and _verb_at(toks, k - 1)):
        j = k - 1 if last.text in (":", ",") else k
        seg = max(main_clause_start(toks, s0, j), j - 30)
        for i in range(j - 1, seg - 1, -1):
            if toks[i].kind == "q":
                seg = i + 1
                break
        # The reporting verb nearest the quote, unless a complement clause holds it: in
        # "Thiel wrote in a statement explaining why he is speaking, Q" the quote is not what
        # "speaking" reports; in "Cruz spoke as the heckler yelled: Q" it is what "yelled" does.
        # A first pass skips verbs of complement and relative clauses; when no other verb
        # reports the quote, a second pass takes them ("… so heated that Christie said, Q").
        for inner in (False, True):
            for v in range(j - 1, seg - 1, -1):
                low = toks[v].lower
                n = _verb_at(toks, v) if low in _VERB_STARTS else 0
                if not n or v + n > j:
                    continue
                relayed = False
                if not inner and _in_complement_clause(toks, v, seg):
                    relayed = _relays(toks, v, n, j, seg)
                    if not relayed:
                        continue
                if toks[v].lower == "quote" and v > seg and toks[v - 1].lower == "i":
                    continue   # "Holt said, and I quote, Q": the writer's aside, not a speaker
                # (a relayed verb's subject follows "that", which is no relative pronoun)
                subject = _subject_before(toks, v, text, s0) if relayed else \
                    _verb_subject(toks, v, s0, text, relative=inner)
                if relayed and subject is not None and subject.end != toks[v - 1].end:
                    continue   # "… that the minister had promised “…”": no plain report
                if subject is not None and not relayed and low.endswith("ed") and \
                        subject.form.value == "descriptor" and \
                        _token_before(toks, subject.start).lower in _PARTICIPLE_HOSTS:
                    continue   # "Boyd said in a video posted online: Q": no subject, a
                               # participle after the object of "in"; the verb before speaks
                if subject is not None and low in ("reported", "reports") and not relayed:
                    # "The ministry said in a statement, Reuters reported: “…”"
                    subject = _reported_speaker(toks, seg, v, subject, text) or subject
                if subject is not None:
                    verb, vs, ve = _verb_text(toks, v, n, text)
                    return Cue("NV:Q", subject, verb, vs, ve)
        if last.text == ":" and k - 1 > s0:
            if k - 1 - s0 <= 2 and " ".join(t.lower for t in toks[s0:k - 1]) in LABEL_WORDS:
                return None   # "Q: “…”", "Question: “…”": an interview's label, no speaker
            p = _label_speaker(toks[s0:k - 1], text)
            if p is not None:
                return Cue("N:Q", p)
            # "… doesn't surprise pollster Daron Shaw: Q" names the speaker before the colon;
            # "McConnell delivered a message to Trump: Q" leaves it to the sentence's subject.
            p = _phrase_ending_at(toks, k - 1, text, s0)
            if p is not None and p.form.value == "name" and p.start > toks[s0].start and \
                    _token_before(toks, p.start).lower not in _RECIPIENT:
                return Cue("S:Q", p)
            if k - 3 >= s0 and toks[k - 2].lower in _PASSIVE_ADDRESSED and \
                    toks[k - 3].lower in _PASSIVE:
                return None   # "Boyd was told: “…”": spoken to her, not by her
            if any(t.lower in _RELEASE_VERBS for t in toks[s0:k - 1]):
                found = _document_source(toks, s0, k - 1, text, descriptions=True)
                if found is not None:
                    # "Boyd's campaign released a statement from the senator: “…”": the
                    # words are the one the document is from, not the releaser's
                    p, noun = found
                    return Cue("D-from:Q", p, noun.text, noun.start, noun.end)
            p = sentence_subject(toks, s0, k - 1, text)
            if p is not None and p.text.lower() == "it" and \
                    _token_after(toks, p.end, s0, k).lower in _EMPTY_IT_VERBS:
                return None   # "It gets worse: “…”": no one's words
            if p is not None:
                return Cue("S:Q", p)
            found = _document_source(toks, s0, k - 1, text)
            if found is not None:    # (the cue is the document's noun)
                p, noun = found
                return Cue("D-from:Q", p, noun.text, noun.start, noun.end)
        if last.text == "," and k - 2 > s0 and toks[k - 2].lower in ("was", "is") and any(
                t.lower in UTTERANCES for t in toks[s0:k - 2]):
            # "Ann Boyd's motto was, Q": the owner of the words (in the clause after a ";")
            c0 = next((i + 1 for i in range(k - 3, s0 - 1, -1) if toks[i].text == ";"), s0)
            p = sentence_subject(toks, c0, k - 2, text)
            if p is not None and p.form.value in ("name", "organization"):
                return Cue("S:Q", p)
    # "X described it as Q", "what Trump called a Q"
    for a in range(k - 1, max(s0, k - 4) - 1, -1):
        if toks[a].lower == "as" or toks[a].lower in NAMING_VERBS or \
                toks[a].lower in COINAGE_NOUNS:
            break
    else:
        return None
    for v in range(k - 1, max(s0, k - 10) - 1, -1):
        if toks[v].lower in AS_VERBS:
            subject = _verb_subject(toks, v, s0, text, relative=True)
            if subject is not None:
                return Cue("NV-as-Q", subject, toks[v].text, toks[v].start, toks[v].end)
            break
    return None


# Verbs after an "it" that stands for no one ("It gets worse:", "and it goes like this:",
# "It turns out:"): the colon after them gives the quote no speaker. ("It seems unfair to
# tell them: “…”" is left alone: without a cue the quote falls to the speaker before.)
_EMPTY_IT_VERBS = frozenset({"gets", "got", "goes", "went", "turns", "turned"})


def _token_after(toks: list[Tok], end: int, first: int, limit: int) -> Tok:
    """Return the first token at or after offset ``end`` among tokens ``first`` to ``limit``
    (a blank punctuation token if none)."""
    return next((toks[i] for i in range(first, limit) if toks[i].start >= end),
                Tok("", end, end, "p"))


# What ends the source named after a document's "from": "this headline from the Courier,
# which says it all:", "a line from the Courier that …:"
_SOURCE_ENDS = frozenset({",", ":", ";", "which", "that", "who", "where", "in", "on", "about"})


# Verbs by which one hands out another's words: "released a statement from the senator:"
_RELEASE_VERBS = frozenset({"released", "issued", "distributed", "circulated", "published",
                            "releases", "issues"})


def _document_source(toks: list[Tok], s0: int, colon: int, text: str,
                     descriptions: bool = False) -> tuple[Phrase, Tok] | None:
    """Read the source of a document or of words named before a colon, in a sentence with no
    subject that speaks: "And there is this headline from the Courier: “…”", "Then came a
    warning from Ann Boyd, who …: “…”". The source is a name or an organisation, the last
    one so named (or, with ``descriptions``, a person's description: "a statement from the
    senator"); returned with the document's noun, else None."""
    for i in range(colon - 2, s0 - 1, -1):
        low = toks[i].lower
        if toks[i + 1].lower != "from" or not (low in DOCUMENT_NOUNS or low in UTTERANCES):
            continue
        end = next((e for e in range(i + 2, colon) if toks[e].lower in _SOURCE_ENDS or
                    not toks[e].is_word), colon)
        source = read_phrase(toks[i + 2:end], text) if end > i + 2 else None
        if source is not None and (source.form.value in ("name", "organization") or
                                   descriptions and source.form.value in ("descriptor", "title")):
            return source, toks[i]
        return None
    return None


def put_to_subject(toks: list[Tok], k: int, end: int) -> bool:
    """Tell whether the words after quote token ``k`` say it was put to someone with no one
    named as asking ("“…?” the witness was asked"): no one in the text around it said it."""
    i = k + 1
    while i < end and toks[i].kind == "p" and toks[i].text in ",—–-":
        i += 1
    for v in range(i + 1, min(end, i + 8)):
        t = toks[v]
        if not t.is_word:
            return False
        if t.lower in _PASSIVE_ADDRESSED and toks[v - 1].lower in _PASSIVE:
            return not (v + 1 < end and toks[v + 1].lower == "by")
        if t.lower in _VERB_STARTS:
            return False
    return False


_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                     "could", "does", "did", "may", "might", "must", "should"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# Reporting verbs whose passive subject is the one spoken to or of, never the speaker
_PASSIVE_ADDRESSED = frozenset({"accused", "charged", "told", "asked", "criticized",
                                "criticised", "blasted", "slammed", "mocked", "urged"})
_SUBORDINATORS = frozenset({"after", "when", "as", "while", "although", "though", "because", "since",
                            "if", "before", "once", "until", "whereas", "whether", "unless"})
# Words that open a phrase or clause before a sentence's subject ("as" also opens "As Nils
# Berg put it", whose subject it precedes).
_SENTENCE_OPENERS = _OPENING_PREPOSITIONS | (_SUBORDINATORS - {"as"})


_COMPLEMENTIZERS = frozenset({"why", "whether", "how", "what", "that", "which", "who", "whom"})
_CLAUSE_OPENERS = _SUBORDINATORS | _COMPLEMENTIZERS | {",", ";", "—", "–", "(", "and", "but"}


def _in_complement_clause(toks: list[Tok], v: int, floor: int) -> bool:
    """Tell whether the verb at ``v`` sits in a clause opened by why/that/whether/who…"""
    for i in range(v - 1, floor - 1, -1):
        low = toks[i].lower
        if low in _CLAUSE_OPENERS or toks[i].kind == "q":
            return low in _COMPLEMENTIZERS
    return False


def _relays(toks: list[Tok], v: int, n: int, j: int, floor: int) -> bool:
    """Tell whether the verb at ``v`` (``n`` tokens) ends a "that" clause right before the
    quote at ``j``, its subject inside the clause: "Al Jazeera reported that the minister
    said “…”" relays the minister's words, which are the minister's (not "…, adding: “…”").
    The verb may be followed by where the words were given ("… that the ministry said in a
    statement: “…”", "… said on Monday: “…”"; ``_channel_adjunct``)."""
    if v - 1 < floor or toks[v - 1].text == "," or \
            v + n != j and not _channel_adjunct(toks, v + n, j):
        return False
    for i in range(v - 1, floor - 1, -1):
        low = toks[i].lower
        if low in _CLAUSE_OPENERS or toks[i].kind == "q":
            return low == "that" and i + 1 < v and i > floor and \
                toks[i - 1].lower in SPEECH_VERBS
    return False


# Prepositions that open where or when words were given, after their verb: "said in a
# statement", "said on Monday", "said at a briefing", "said during the hearing"
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via"})


def _channel_adjunct(toks: list[Tok], a: int, b: int) -> bool:
    """Tell whether the tokens from ``a`` to ``b`` are one short phrase of a preposition and
    words alone (at most eight tokens): "in a statement", "on CNN’s morning show"; not "in
    a statement that …" nor a clause of its own."""
    if not 2 <= b - a <= 8 or toks[a].lower not in _ADJUNCT_PREPOSITIONS:
        return False
    return all((t.is_word or t.text in ("'", "’")) and t.lower not in _CLAUSE_OPENERS
               and t.lower not in SPEECH_VERBS for t in toks[a + 1:b])


def main_clause_start(toks: list[Tok], s0: int, limit: int) -> int:
    """Skip an opening subordinate clause: "After Brown criticized him, Clinton shot back"."""
    if s0 < limit and toks[s0].lower in _SUBORDINATORS:
        comma = next((i for i in range(s0, limit) if toks[i].text == ","), None)
        if comma is not None:
            return comma + 1
    return s0


_RECIPIENT = frozenset({"to", "for", "at", "with", "on", "about", "against", "from", "by", "of",
                        "in", "near", "outside", "inside", "across"})


# What may follow such an object marker as a time, not an object: "the next day", "that night".
_TIME_NOUNS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
    "afternoon", "evening", "night", "weekend", "time", "hour", "hours", "moment", "minute",
    "minutes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "spring", "summer", "fall", "autumn", "winter", "later", "earlier", "ago"})
_OBJECT_MARKERS = _NOUN_MARKERS - {"whose"} | {"that"}


def _takes_other_object(toks: list[Tok], v: int, n: int) -> bool:
    """Tell whether the one-word reporting verb at ``v`` goes on to an object of its own, so
    that it reports something else, not the quote before it: "“… this wall!” Conservatives
    still praise his refusal …", "“…” She further announced that the agency …". Verbs of
    saying and telling are kept ("…,” Obama told the crowd), and so is an object that is a
    time ("…,” she wrote the next day) or the document read from ("…,” he read the
    statement)."""
    if n != 1 or toks[v].lower in ADDRESSEE_VERBS or v + 1 >= len(toks):
        return False
    if toks[v + 1].lower not in _OBJECT_MARKERS:
        return False
    following = {t.lower for t in toks[v + 2:v + 4]}
    return not (following & _TIME_NOUNS or following & DOCUMENT_NOUNS)


# Prepositions and conjunctions, which no reporting verb takes as its subject: one of them
# capitalised between a quote and "said" is a surname ("“…,” From said").
_NO_SUBJECT = frozenset({
    "from", "with", "by", "for", "of", "to", "in", "on", "at", "as", "and", "or", "but", "if",
    "when", "while", "after", "before", "because", "so", "yet", "though", "although", "since",
    "until", "unless", "once", "over", "under", "about", "into", "during", "without",
    "within", "between", "among", "against", "upon", "despite", "unlike", "like",
})


def _token_before(toks: list, start) -> Tok:   # (list[Tok], int: typed in cues.pxd)
    """Return the token just before offset ``start`` (a blank punctuation token at the start)."""
    lo, hi = 0, len(toks)
    while lo < hi:  # tokens are in text order: binary search on their starts
        mid = (lo + hi) // 2
        t = toks[mid]
        if t.start < start:
            lo = mid + 1
        else:
            hi = mid
    return toks[lo - 1] if lo > 0 else Tok("", 0, 0, "p")


def _object_pronoun(t: Tok) -> Phrase:
    """Read "him", "her" or "them" as the pronoun that speaks ("quoted him as saying")."""
    return Phrase(t.start, t.end, t.text, MentionForm.PRONOUN, gender=_OBJECT_PRONOUNS[t.lower])


def _quoted_party(toks: list[Tok], v: int, n: int, text: str) -> Phrase | None:
    """'The agency quoted Weller as saying …': the one quoted speaks, not the one quoting."""
    if toks[v].lower not in _QUOTING:
        return None
    for a in range(v + n + 1, min(len(toks) - 1, v + n + 16)):
        if toks[a].lower == "as" and toks[a + 1].lower in _AS_REPORTING:
            party = toks[v + n:a - 1] if toks[a - 1].text == "," else toks[v + n:a]
            if len(party) == 1 and party[0].lower in _OBJECT_PRONOUNS:   # "quoted him as …"
                return _object_pronoun(party[0])
            if any(t.text == "," for t in party):
                # "quoted its spokesman, Hamid Karimi, as saying", "quoted Hamid Karimi, its
                # spokesman, as saying": the name in the apposition
                p = _longest_phrase(party, text)
                return _apposed_name(party, p, text) or p
            return read_speaker(party, text)
        if toks[a].kind in ("p", "q") and toks[a].text not in ".’'-,":
            break
    return None


def _absolute_subject(toks: list[Tok], v: int, s0: int, text: str) -> Phrase | None:
    """Read the subject of a participle in a "with" phrase of its own, which opens the
    sentence or follows a comma or a dash: ", with her spokesman saying: Q", "With one of
    the ads asking, Q" is the spokesman's or the ad's, not the sentence subject's. Only words
    may stand between "with" and the participle (at most eight)."""
    w = next((i for i in range(v - 1, max(s0, v - 9) - 1, -1)
              if not toks[i].is_word or toks[i].lower == "with"), None)
    if w is None or w + 1 == v or toks[w].lower != "with" or \
            w > s0 and toks[w - 1].text not in (",", "—", "–"):
        return None
    if v - w == 2 and toks[w + 1].lower in _OBJECT_PRONOUNS:
        return _object_pronoun(toks[w + 1])     # ", with him adding: Q"
    return read_speaker(toks[w + 1:v], text)


def _verb_subject(toks: list[Tok], v: int, s0: int, text: str,
                  relative: bool = False) -> Phrase | None:
    """Return the subject of the reporting verb at ``v``; a participle or an infinitive takes
    the sentence's. A verb in a relative clause ("analysts who claim …") has no subject
    unless ``relative`` is set, when its subject is what the clause describes."""
    if v - 2 > s0 and toks[v - 1].lower == "as" and toks[v].lower in _AS_REPORTING:
        # "… quoted him as saying: Q": the one quoted
        quoting = next((q for q in range(v - 3, max(s0, v - 14) - 1, -1)
                        if toks[q].lower in _QUOTING), None)
        quoted = _quoted_party(toks, quoting, 1, text) if quoting is not None else None
        if quoted is not None:
            return quoted
    participle = toks[v].lower in _PARTICIPLES or (
        toks[v].lower.endswith("ing") and v > s0 and toks[v - 1].text == ",")
    if participle and v - 1 > s0 and toks[v - 1].is_word:
        # "The ad shows Ann Boyd saying: Q", "a video caught him saying Q": the one shown
        if toks[v - 1].lower in _OBJECT_PRONOUNS and toks[v - 2].lower in _SHOWING:
            return _object_pronoun(toks[v - 1])
        if any(w.lower in _SHOWING for w in toks[max(s0, v - 6):v - 1]):
            shown = _phrase_ending_at(toks, v, text, s0)
            if shown is not None and shown.form.value == "name" and \
                    _token_before(toks, shown.start).lower in _SHOWING:
                return shown
    if participle and v - 1 > s0 and toks[v - 1].is_word:
        agent = _absolute_subject(toks, v, s0, text)
        if agent is not None:
            return agent
    if participle or (v > s0 and toks[v - 1].lower in ("by", "to")):
        return sentence_subject(toks, s0, v, text)
    j = v
    while j > s0 and _adverb_before(toks[j - 1], toks[v]):
        j -= 1
    n = _verb_at(toks, v) or 1
    quoted = _quoted_party(toks, v, n, text)
    if quoted is not None:
        return quoted
    passive = any(t.lower in _PASSIVE for t in toks[max(s0, v - 2):v])
    if passive and v + n < len(toks) and toks[v + n].lower == "by":
        # "Sanders was asked by host Bill Maher, …": the agent speaks
        return _phrase_after_verb(toks[v + n + 1:], text)
    if passive and not toks[v].lower.endswith("ing") and (
            toks[v].lower in AS_VERBS or toks[v].lower in _PASSIVE_ADDRESSED):
        # "Boyd was described as “a loner” by neighbors": the agent after the quote speaks;
        # with none ("Boyd was praised as “a hero”", "was accused of “…”", "was told: “…”")
        # someone unnamed did, not Boyd
        agent = next((i for i in range(v + n, min(len(toks), v + n + 12))
                      if toks[i].lower == "by" or is_terminator(toks, i)), None)
        if agent is None or toks[agent].lower != "by":
            return None
        return _phrase_after_verb(toks[agent + 1:], text)
    if j > s0 and toks[j - 1].lower in _RELATIVES:
        # "analysts who claim …", "a message that said, …": what the clause describes;
        # "Mary Jones, who told the council: …": the phrase before the comma
        if not relative:
            return None
        subject = _subject_before(toks, j - 1, text, s0)
        if subject is None and j - 2 > s0 and toks[j - 2].text in (",", "("):
            subject = _subject_before(toks, j - 2, text, s0)
        return subject
    subject = _subject_before(toks, v, text, s0)
    if subject is not None and _token_before(toks, subject.start).lower in _RELATIVES \
            and not relative:
        return None  # "… which friends described as miserable": not the sentence's speaker
    if subject is None and j > s0 and toks[j - 1].lower == "and":
        # "Clinton drew cheers as she thanked the state and then boomed, …"
        return sentence_subject(toks, s0, v, text)
    if subject is None and (v == s0 or toks[v - 1].kind == "q" or toks[v - 1].text == ","):
        # "…,” said Raffaello Pantucci, director of …, “…”: the speaker follows the verb.
        subject = _phrase_after_verb(toks[v + n:], text)
    return subject


def _label_speaker(label: list[Tok], text: str) -> Phrase | None:
    """Return the name or organisation a label before a colon reads as ("White House",
    "OLSEN"), or None. In "Obama Warns Congress", a headline in title case, the name ends
    before its capitalised verb."""
    if " ".join(t.lower for t in label) in LABEL_WORDS:
        return None
    verb = next((i for i in range(1, len(label)) if label[i].capitalized
                 and label[i].lower in _HEADLINE_VERBS), None)
    p = read_phrase(label[:verb], text)
    return p if p is not None and p.form.value in ("name", "organization") else None


# Who a headline's verb may follow: a name, an organisation, or an office or a description
# ("Mayor Says …", "Top Aide Warns …"), which a headline writes without "the"
_HEADLINE_SPEAKERS = frozenset({"name", "organization", "title", "descriptor"})


def match_headline(toks: list[Tok], s0: int, k: int, end: int, text: str) -> Cue | None:
    """Match a headline in title case, where the reporting verb has a capital too: "Trump
    Says ‘We Will Win’ at Rally", "Pelosi Slams GOP Plan as ‘Cruel’" (the name before the
    first such verb before the quote), "‘We Will Win,’ Trump Tells Supporters" (a name and
    such a verb right after it). The caller knows the line is a headline."""
    verb = next((i for i in range(s0 + 1, k) if toks[i].capitalized
                 and toks[i].lower in _HEADLINE_VERBS), None)
    if verb is not None:
        p = read_phrase(toks[s0:verb], text)
        if p is not None and p.form.value in _HEADLINE_SPEAKERS:
            return Cue("NV..Q", p, toks[verb].text, toks[verb].start, toks[verb].end)
        return None
    i = k + 1 + (k + 1 < end and toks[k + 1].text == ",")
    verb = next((v for v in range(i + 1, min(end, i + 5)) if toks[v].capitalized
                 and toks[v].lower in _HEADLINE_VERBS), None)
    p = read_phrase(toks[i:verb], text) if verb is not None else None
    if p is not None and p.form.value in _HEADLINE_SPEAKERS:
        return Cue("Q,NV^", p, toks[verb].text, toks[verb].start, toks[verb].end)
    return None


def match_label(toks: list[Tok], s0: int, k: int, text: str) -> Cue | None:
    """Match 'X: … Q', a sentence labelled with its speaker: "Bill Clinton: Hillary ‘Better
    Qualified …’", a transcript's "OLSEN: The plan is “a disaster.”" (A quote right after the
    colon is match_before's N:Q.)"""
    words = 0
    for c in range(s0, k - 1):
        if toks[c].text == ":" and words:
            p = _label_speaker(toks[s0:c], text)
            # the whole label: "Clinton Cash Debunks Hillary" is no one's name
            whole = p is not None and p.start == toks[s0].start and p.end == toks[c - 1].end
            return Cue("N:...Q", p) if whole else None
        words += toks[c].is_word
        if words > _MAX_LABEL_WORDS or not (toks[c].is_word or toks[c].text == "."):
            return None
    return None


# "… that is how …", "…, is how …": what opens a clause that says who described the words
_HOW_LEADS = frozenset({"that is", "this is", "that was", "this was", "that's", "that’s",
                        "this's", "which is", "which was", "is", "was"})
_PUTTING_VERBS = frozenset({"put", "puts", "summed", "sums", "summarized", "summarised"})


def _whose_words(after: list[Tok], text: str) -> Cue | None:
    """Match words after a quote that say whose it was: "… is how X put it", "that was the
    verdict of X", "So said X"."""
    return _how_described(after, text) or _utterance_from(after, text)


def _how_described(after: list[Tok], text: str) -> Cue | None:
    """Match "— that is how one soldier described the mood", ", is how Boyd put it" after a
    quote: the one who described or put it so speaks."""
    lows = [t.lower for t in after[1:4]]
    if "how" not in lows:
        return None     # (most quotes: one list and one test)
    h = lows.index("how") + 1
    if " ".join(t.lower for t in after[:h]) not in _HOW_LEADS:
        return None
    apposed = False
    for v in range(h + 2, min(len(after), h + 16)):
        low = after[v].lower
        if low in AS_VERBS or low in SPEECH_VERBS or low in _PUTTING_VERBS:
            # "that was how Ann Boyd, the landlord, put it": the name before the apposition
            p = _subject_before(after, v, text, h + 1) if apposed else \
                read_speaker(after[h + 1:v], text)
            return None if p is None else Cue("Q,NV", p, after[v].text, after[v].start,
                                              after[v].end)
        if after[v].text == ",":
            apposed = True
        elif not after[v].is_word:
            return None
    return None


_UTTERANCE_LEADS = frozenset({"is", "was", "are", "were", "came", "that's", "that’s"})
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})
_CAME = frozenset({"came", "come", "comes"})


def _utterance_from(after: list[Tok], text: str) -> Cue | None:
    """Match "— that was the message from Gov. Ann Boyd", "came the reply from the White
    House", "was the verdict of one senior aide", "Those were the words of Ann Boyd", "The
    words came from Ann Boyd" and "So said Ann Boyd" after a quote: the one it came from."""
    first = after[0].lower
    if first == "so":
        # "So said Nora Bell, the owner": the verb, then its subject
        n = _verb_at(after, 1)
        p = _phrase_after_verb(after[1 + n:], text) if n and not after[1].lower.endswith(
            "ing") else None
        if p is None or p.form.value == "pronoun":
            return None
        verb, vs, ve = _verb_text(after, 1, n, text)
        return Cue("Q,NV", p, verb, vs, ve)
    i = 1 if first in _DEMONSTRATIVES else 0
    if len(after) < i + 4:
        return None
    if after[i].lower not in _UTTERANCE_LEADS:
        if i or first not in ("the", "those", "these"):
            return None     # (most quotes: two tests)
        # "The words came from Ivan Petrov": the utterance, then "came from"
        n = next((n for n in range(1, min(len(after) - 3, 4)) if after[n].lower in UTTERANCES),
                 None)
        if n is None or after[n + 1].lower not in _CAME or after[n + 2].lower != "from":
            return None
        p = _phrase_after_verb(after[n + 3:], text)
        if p is None or p.form.value == "pronoun":
            return None
        return Cue("Q,NV", p, text[after[0].start:after[n + 2].end], after[0].start,
                   after[n + 2].end)
    owned = _owned_utterance(after, i, text)
    if owned is not None or after[i + 1].lower not in ("the", "a", "an"):
        return owned
    for n in range(i + 2, min(len(after) - 1, i + 5)):
        if after[n].lower in UTTERANCES:
            if after[n + 1].lower not in ("from", "of", "by"):
                return None
            p = _phrase_after_verb(after[n + 2:], text)
            if p is None or p.form.value == "pronoun":
                return None
            return Cue("Q,NV", p, text[after[i].start:after[n].end], after[i].start,
                       after[n].end)
        if not after[n].is_word:
            return None
    return None


def _owned_utterance(after: list[Tok], i: int, text: str) -> Cue | None:
    """Match "Those were Ann Boyd's words", "That was the mayor's answer to the crowd" after
    a quote (``i``: the copula): the owner of the words speaks (not "his": as "that was his
    reply", a pronoun is left to the speaker the quote continues)."""
    n = next((n for n in range(i + 2, min(len(after), i + 6))
              if after[n].lower in UTTERANCES and after[n - 1].text.endswith(("'s", "’s"))),
             None)
    if n is None or not all(t.is_word for t in after[i + 1:n]):
        return None
    p = read_phrase(after[i + 1:n + 1], text)
    if p is None or p.form.value == "pronoun" or p.end > after[n - 1].end:
        return None     # (the phrase read is the words, not their owner: "the budget's message")
    return Cue("Q,NV", p, text[after[i].start:after[n].end], after[i].start, after[n].end)


# The first words of the sentences match_whose_words reads ("So said", "That was", "The
# words came", "is how", "came the reply")
WHOSE_WORDS_LEADS = frozenset({"so", "the", "which"}) | _DEMONSTRATIVES | _UTTERANCE_LEADS


def match_whose_words(toks: list[Tok], k: int, end: int, text: str) -> Cue | None:
    """Match the sentence after quote token ``k`` when it only says whose words the quote
    was ("That was the verdict of X", "So said X", "That is how X put it"): a cue that
    comes before the speaker the quote would continue."""
    i = k + 1
    if i >= end or toks[i].kind != "w":
        return None
    return _whose_words(toks[i:end], text)


def match_chant(toks: list[Tok], k: int, s0: int, text: str) -> Cue | None:
    """Match "chants of “…”", "shouts of “…” rang out": a crowd's voice, the crowd the
    sentence names when it names one ("the crowd broke into chants of “…”"), else an
    unnamed plural source named by the noun (not "her cries of “…”": someone's own)."""
    if k - 2 < s0 or toks[k - 1].lower != "of" or toks[k - 2].lower not in CHANT_NOUNS:
        return None
    noun = toks[k - 2]
    if k - 3 >= s0 and (toks[k - 3].lower in _NOUN_MARKERS and toks[k - 3].lower not in (
            "a", "an", "the") or toks[k - 3].text.endswith(("'s", "’s"))):
        return None   # "her cries of “fraud”", "the mayor's refrain of “…”": someone's own
    crowd = next((i for i in range(k - 3, s0 - 1, -1) if toks[i].lower in CROWD_NOUNS), None)
    if crowd is not None:
        # "the crowd broke into chants of “…”": the crowd named in the sentence
        first = crowd - 1 if crowd > s0 and toks[crowd - 1].lower in ("the", "a") else crowd
        p = read_speaker(toks[first:crowd + 1], text)
        if p is not None:
            return Cue("N-of-Q", p, noun.text, noun.start, noun.end)
    return Cue("N-of-Q", Phrase(noun.start, noun.end, noun.text, MentionForm.DESCRIPTOR,
                                head=noun.lower, role=noun.text, plural=True),
               noun.text, noun.start, noun.end)


def match_words_of(toks: list[Tok], s0: int, s1: int, text: str) -> Cue | None:
    """Match "in the words of X" anywhere in the sentence: X's words, whoever the sentence is
    about ("Moscow insists that “…”, in the words of its foreign minister, Ann Boyd"); and
    "in X's words", "in her own words" ("In Ann Boyd’s words, “…”")."""
    if s1 - s0 < 3 or text.find("words", toks[s0].start, toks[s1 - 1].end) < 0:
        return None     # (most sentences: one search of their text)
    for i in range(s0 + 2, s1):
        if toks[i].lower != "words":
            continue
        if i < s1 - 2 and toks[i + 1].lower == "of" and \
                toks[i - 1].lower == "the" and toks[i - 2].lower == "in":
            p = _phrase_after_verb(toks[i + 2:s1], text)    # "its chairman, Tom Weller"
            if p is not None and p.form.value != "pronoun":
                return Cue("ACC", p, text[toks[i - 2].start:toks[i + 1].end], toks[i - 2].start,
                           toks[i + 1].end)
            continue
        p = _owner_of_words(toks, s0, i, text)
        if p is not None:
            return Cue("ACC", p, text[p.start:toks[i].end], p.start, toks[i].end)
    return None


def _owner_of_words(toks: list[Tok], s0: int, i: int, text: str) -> Phrase | None:
    """Read the owner in "in Ann Boyd’s words", "in her own words", "in the mayor's words"
    ("words" at token ``i``), or None."""
    j = i - 1 if toks[i - 1].lower == "own" else i
    at = next((k for k in range(j - 1, max(s0, j - 6) - 1, -1) if toks[k].lower == "in"), None)
    if at is None or at + 1 >= j:
        return None
    owner = toks[at + 1:j]
    first = owner[0]
    if len(owner) == 1 and first.lower in ("his", "her", "their"):
        gender = {"his": "male", "her": "female", "their": "plural"}[first.lower]
        return Phrase(first.start, first.end, first.text, MentionForm.PRONOUN, gender=gender,
                      plural=gender == "plural")
    last = owner[-1]
    if not last.text.endswith(("'s", "’s")):
        return None
    bare = [*owner[:-1], Tok(last.text[:-2], last.start, last.end - 2, last.kind)]
    p = read_phrase(bare, text)
    return p if p is not None and p.form.value in ("name", "organization", "title",
                                                   "descriptor") else None


def _according_to_whom(toks: list[Tok], text: str) -> Phrase | None:
    """Read X in "according to X": a name set beside a description is X ("according to the
    port's chairwoman, Ann Boyd"), unless a clause goes on from the name ("According to the
    mayor, Ann Boyd said …": the mayor is X, Ann Boyd the clause's subject)."""
    p = _longest_phrase(toks, text)
    named = _apposed_name(toks, p, text)
    if named is None:
        return p
    after = next((t for t in toks if t.start >= named.end), None)
    return named if after is None or not after.is_word else p


def match_according(toks: list[Tok], s0: int, s1: int, text: str) -> Cue | None:
    """Match 'according to X' anywhere in the sentence, and 'per X' after a quote or comma
    ("“…,” per a statement from the agency"; not "per cent"), or opening the sentence ("Per
    Sen. Ann Boyd, the plan is “…”")."""
    for i in range(s0, s1 - 1):
        t: Tok = toks[i]
        if t.lower == "according" and i < s1 - 2 and toks[i + 1].lower == "to":
            p = _according_to_whom(toks[i + 2:s1], text)
            if p is not None:
                return Cue("ACC", p, text[t.start:toks[i + 1].end], t.start, toks[i + 1].end)
        if t.lower == "per" and (i > s0 and toks[i - 1].kind in ("p", "q") or
                                 i == s0 and t.text == "Per"):
            p = _longest_phrase(toks[i + 1:s1], text)
            if p is not None and p.form.value in ("name", "organization", "descriptor",
                                                  "title"):
                return Cue("ACC", p, t.text, t.start, t.end)
    return None


def match_in_document(toks: list[Tok], k: int, s0: int, text: str) -> Cue | None:
    """Match a sentence that opens with a document and who issued it, then the quote, with
    no reporting verb: "In a statement from the ministry: “…”", "In a letter released on
    Friday by Ann Boyd, “…”" (as "according to a statement from the ministry"). Not a
    document that names no one ("In a statement, “…”") nor a place ("In Kestrel, “…”")."""
    if k - 4 < s0 or toks[s0].lower != "in" or toks[k - 1].text not in (":", ",") or \
            toks[s0 + 1].lower not in ("a", "an", "the") or not (
                toks[s0 + 2].lower in DOCUMENT_NOUNS or toks[s0 + 3].lower in DOCUMENT_NOUNS):
        return None
    p = read_phrase(toks[s0 + 1:k - 1], text)
    if p is None or p.form.value not in ("name", "organization"):
        return None
    return Cue("ACC", p, toks[s0].text, toks[s0].start, toks[s0].end)


_NEGATIONS = frozenset({"not", "never", "no", "n't", "n’t"})


def _negated(toks: list[Tok], v: int, s0: int) -> bool:
    """Tell whether the verb at ``v`` is negated: "did not speak", "never said", "didn't
    say", "would not comment" (one word may stand between)."""
    return any(t.lower in _NEGATIONS or t.lower.endswith(("n't", "n’t"))
               for t in toks[max(s0, v - 2):v])


_CLAUSE_JOINS = frozenset({";", "and", "but", "yet", "while", "whereas"})


def match_sentence(toks: list[Tok], k: int, s0: int, text: str) -> Cue | None:
    """Match 'X said (that) … Q': the first reporting verb of the sentence before the quote,
    or, when the quote is in a reporting clause joined after that verb's ("Boyd said the plan
    was dead; Weller said it was “alive”", "… and Weller says it is “alive”"), that
    clause's. Not "Boyd and Weller said …" (no verb before the join) nor "…, and telling
    Americans that “…”" (the later verb's subject comes before the join)."""
    first = main_clause_start(toks, s0, k)
    cue = _first_reporting_verb(toks, k, s0, first, text)
    if cue is None and first > s0:
        cue = _as_reported(toks, s0, first - 1, text)
    if cue is None:
        return None
    relayed = _relayed_cue(toks, k, s0, cue, text)
    if relayed is not None:
        return relayed
    for b in range(k - 1, first, -1):     # the last join after the verb, before the quote
        if toks[b].start < cue.verb_end:
            break
        if toks[b].lower in _CLAUSE_JOINS:
            later = _first_reporting_verb(toks, k, s0, b + 1, text)
            if later is not None and later.phrase.start >= toks[b + 1].start:
                return later
            break
    return cue


def _reported_speaker(toks: list[Tok], seg: int, v: int, reporter: Phrase, text: str
                      ) -> Phrase | None:
    """Return the speaker of a clause that opens the words ``seg`` to ``v`` before ", X
    reported" (``reporter``: X): "The ministry said in a statement, Reuters reported: “…”"
    relays the ministry's words (its subject first, its verb right after it, then perhaps
    where the words were given). None for any other words before it."""
    c = next((i for i in range(v - 1, seg, -1) if toks[i].end <= reporter.start), seg)
    if toks[c].text != "," or c - seg < 2:
        return None
    found = _clause_speech(toks, seg, c, text)
    return found[0] if found is not None else None


def _clause_speech(toks: list[Tok], first: int, end: int, text: str
                   ) -> tuple[Phrase, int, int] | None:
    """Return (subject, verb's index, verb's tokens) of the clause of the tokens ``first``
    to ``end`` when it is a subject from ``first`` on, its reporting verb right after it,
    then nothing or where the words were given (``_channel_adjunct``): "the ministry said
    in a statement"; None when a clause opener or a quote comes before a verb."""
    for v in range(first + 1, end):
        low = toks[v].lower
        if low in _CLAUSE_OPENERS or toks[v].kind == "q":
            return None
        n = _verb_at(toks, v) if low in SPEECH_VERBS else 0
        if not n:
            continue
        if v + n != end and not _channel_adjunct(toks, v + n, end):
            return None
        subject = _subject_before(toks, v, text, first)
        if subject is None or subject.start != toks[first].start or \
                subject.end != toks[v - 1].end:
            return None
        return subject, v, n
    return None


def _relayed_cue(toks: list[Tok], k: int, s0: int, cue: Cue, text: str) -> Cue | None:
    """Return the cue of a "that" clause right after ``cue``'s verb whose own reporting verb
    leads to the quote at ``k``: "Reuters reported that the ministry said in a statement that
    “…”" relays the ministry's words (the clause's subject right after "that", its verb
    right after the subject, then perhaps where the words were given and "that"). Not "…
    that the mayor had promised “…”" nor "… that the plan was dead and that “…”"."""
    i = next((t for t in range(s0, k) if toks[t].start >= cue.verb_end), k)
    if i + 2 >= k or toks[i].lower != "that":
        return None
    found = _clause_speech(toks, i + 1, k - 1 if toks[k - 1].lower == "that" else k, text)
    if found is None:
        return None
    subject, v, n = found
    verb, vs, ve = _verb_text(toks, v, n, text)
    return Cue("NV...Q", subject, verb, vs, ve)


# Words after an opening "As X said" that make it a clause with an object of its own ("As
# Boyd said the plan would fail, …", "As Boyd told us what …"), not a bare aside.
_AS_OBJECTS = _FINITE | _COMPLEMENTIZERS | {"to"}
# Verbs of such an aside that report what was said; not ones of the act of speaking ("As
# Boyd spoke, the lobby was whipping votes against “…”": while she spoke, someone else's).
_AS_ASIDE_VERBS = frozenset({
    "said", "says", "put", "puts", "noted", "notes", "wrote", "writes", "pointed", "points",
    "observed", "observes", "argued", "argues", "told", "tells", "explained", "explains",
    "remarked", "remarks", "warned", "warns", "predicted", "predicts", "concluded",
    "concludes", "suggested", "suggests", "quipped", "joked", "recalled", "recalls",
    "acknowledged", "acknowledges", "conceded", "concedes", "declared", "declares",
    "reported", "reports", "insisted", "insists", "complained", "complains", "lamented",
    "laments", "admitted", "admits", "stated", "states", "mentioned", "emphasized",
    "emphasised", "stressed", "stresses", "claimed", "claims", "contended", "contends"})


def _as_reported(toks: list[Tok], s0: int, comma: int, text: str) -> Cue | None:
    """Match an opening "As X said," / "As X put it last week," before a main clause with no
    reporting verb: the clause only says whose words follow, so X speaks the quote in it ("As
    the economist Ann Boyd put it, the plan is “a solution in search of a problem.”").
    ``comma``: the comma that closes the opening clause. Not a generic "As they say," nor a
    clause with an object of its own."""
    if toks[s0].lower != "as" or toks[comma].text != "," or comma - s0 < 3:
        return None
    for v in range(s0 + 2, comma):
        low = toks[v].lower
        n = _verb_at(toks, v) if low in SPEECH_VERBS or low in _PHRASAL_STARTS else 0
        if not n:
            continue
        if low not in _AS_ASIDE_VERBS or \
                any(t.kind != "w" or t.lower in _AS_OBJECTS for t in toks[v + n:comma]) or \
                comma - (v + n) > 6 or _negated(toks, v, s0):
            return None
        subject = _subject_before(toks, v, text, s0 + 1)
        if subject is None or subject.start != toks[s0 + 1].start or \
                subject.form is MentionForm.PRONOUN and subject.plural:
            return None
        verb, vs, ve = _verb_text(toks, v, n, text)
        return Cue("NV...Q", subject, verb, vs, ve)
    return None


def _first_reporting_verb(toks: list[Tok], k: int, s0: int, first: int, text: str
                          ) -> Cue | None:
    """Return the cue of the first reporting verb from ``first`` to the quote at ``k``."""
    negated = None   # "Boyd did not speak publicly, but an aide said …": the aide, unless
    # the negated verb is the sentence's only one ("he did not feel “…”": still his words)
    for verbs, relative in ((SPEECH_VERBS, False), (COGNITION_VERBS, False), (SPEECH_VERBS, True)):
        for v in range(first, k):
            t: Tok = toks[v]
            low = t.lower
            n = _verb_at(toks, v, verbs) if low in verbs or low in _PHRASAL_STARTS else 0
            if not n or v == s0 and low in _BASE_FORMS and t.capitalized:
                continue   # "State media quoted …": a base form opening it is no verb
            subject = _verb_subject(toks, v, s0, text, relative=relative)
            if subject is not None:
                verb, vs, ve = _verb_text(toks, v, n, text)
                cue = Cue("NV...Q", subject, verb, vs, ve)
                if not _negated(toks, v, s0):
                    return cue
                negated = negated or cue
    return negated


def match_reporting_sentence(toks: list[Tok], s0: int, s1: int, text: str,
                             quotes_ok: bool = False) -> Cue | None:
    """Match a sentence with no quote that reports speech ('Sanders said the party must unite'):
    its speaker also speaks the quote that opens the next sentence. ``quotes_ok``: the
    sentence's quotes have no speaker of their own (scare quotes: "X is an “articulate
    conservative,” the editorial board writes."), so they do not stop the match."""
    if not quotes_ok and any(t.kind == "q" for t in toks[s0:s1]):
        return None
    for v in range(s0, s1):
        low = toks[v].lower
        n = _verb_at(toks, v) if low in _VERB_STARTS else 0
        if n:
            subject = _verb_subject(toks, v, s0, text)
            if subject is not None:
                verb, vs, ve = _verb_text(toks, v, n, text)
                return Cue("NV.Q", subject, verb, vs, ve)
            if v > s0:
                return None
            # "Asked if she would run, Boyd laughed.": an opening participle's subject is
            # the clause's, after it
    return None


def coordinated(toks: list[Tok], k: int, s0: int) -> int | None:
    """Return the index of the quote token that quote token ``k`` is coordinated with."""
    j = k - 1
    while j >= s0 and toks[j].kind != "q":
        if toks[j].lower not in _COORDINATORS:
            return None
        j -= 1
    return j if j >= s0 and j < k - 1 else None


def non_speech_cue(toks: list, k, s0) -> bool:   # (list[Tok], int, int: typed in cues.pxd)
    """Tell whether the words before a quote call it a name, title or term.

    Not when they are the object of a verb that names it: "Trump called the report “fake
    news”" says what Trump called it (see match_before's NV-as-Q).
    """
    # the last word and the two last words of the three tokens before it (read without a
    # list and a join: asked of every quote)
    last = before = None
    for i in range(max(s0, k - 3), k):
        t = toks[i]
        if t.is_word:
            before, last = last, t.lower
    if last is not None and last in NON_SPEECH_CUES:
        return True
    if before is not None and f"{before} {last}" in NON_SPEECH_CUES:
        return not (k - 3 >= s0 and toks[k - 3].lower in NAMING_VERBS)
    return False
