"""Attribute quotes: walk the paragraphs, apply the cue rules, resolve speakers, set kinds."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain
from operator import attrgetter
from typing import AbstractSet, Callable, Iterator, NamedTuple

import regex

from . import cues
from .model import (
    FORM_CONTINUATION, FORM_NAME, FORM_ORGANIZATION, FORM_PRONOUN, FORM_TITLE, KIND_FULL,
    KIND_NON_SPEECH, KIND_PARTIAL, Cue, Mention, MentionForm, QuoteKind, RawQuote, Span,
    new_tuple,
)
from .quotes import new_frozen, paragraphs
from .lexicon import (
    BRIEF_WORDS, CLUB_WORDS, DEMONYMS, DETERMINERS, DOCUMENT_NOUNS, FAMILY_FIRST_SURNAMES,
    FIRM_NOUNS,
    GIVEN_NAMES, HONORIFICS, INDEFINITE_ARTICLES, KIN_NOUNS,
    NATIONALITIES, NUMBER_WORDS, ORG_NAMES, ORG_NOUNS, OWN_WORD_DOCUMENTS, PARTY_NAMES,
    PERSON_ROLE_NOUNS,
    PRONOUNS,
    SPEECH_VERBS, SPOKESPEOPLE, STOP_CAPITALS, TIME_WORDS, TITLE_WORDS, WORK_NOUNS,
)
from . import speakers
from .speakers import (
    MENTIONED, PARTICLES, SPEAKS, SUBJECT, Phrase, SpeakerBook, given_name_gender, read_phrase,
    read_plain_name,
)
from .tokens import (
    Tok, abbreviation_ends_sentence, holds_any, is_terminator, sentences, title_end, tokenize,
    word_tokens,
)

_PREPOSITIONS = frozenset({"of", "to", "with", "by", "for", "from", "about", "against", "at",
                           "in", "on", "and", "between", "like", "than", "as"})
# Words that open a clause before a sentence's subject: a name right after one is that
# clause's subject, not the sentence's ("When Boyd pointed it out, Moss seized on it").
_CLAUSE_OPENERS = frozenset({"when", "whenever", "while", "although", "though", "because",
                             "if", "once", "unless", "whereas", "after", "before", "since",
                             "until"})
_PLACES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania texas
utah vermont washington wisconsin wyoming america europe asia africa china russia ukraine iran
iraq syria israel egypt india pakistan afghanistan mexico canada britain england france germany
italy spain japan korea cuba venezuela brazil turkey libya yemen qatar hungary poland greece
beijing moscow london paris berlin tokyo kyiv kiev tehran baghdad damascus brussels geneva
chicago boston atlanta miami houston dallas denver detroit seattle philadelphia cleveland
milwaukee manhattan brooklyn harlem baltimore pittsburgh phoenix tampa orlando charlotte
""".split())
_PLACE_STARTS = frozenset({"new", "north", "south", "east", "west", "los", "san", "santa", "las",
                           "fort", "port", "lake", "mount", "united", "saint", "upper", "lower",
                           "great", "central", "greater", "northern", "southern", "eastern",
                           "western", "capitol", "wall", "silicon", "palm", "st."})
_PLACE_ENDS = frozenset({"street", "avenue", "arena", "center", "centre", "county", "city", "state",
                         "states", "island", "islands", "river", "valley", "beach", "park", "square",
                         "hall", "tower", "hill", "hills", "bay", "road", "airport", "station",
                         "sea", "ocean", "mountains", "york", "carolina", "dakota", "virginia",
                         "jersey", "hampshire", "mexico", "kingdom", "republic", "emirates",
                         "angeles", "francisco", "vegas", "orleans", "diego", "antonio",
                         "arabia", "korea", "africa", "america", "zealand", "lanka", "grounds",
                         "fairgrounds", "stadium", "field", "convention", "conference", "summit",
                         "forum", "museum", "library", "hotel", "casino", "airport", "bridge"})
# Rules whose cue touches the quote: they may attribute words that look like a title.
_CONTRASTING = frozenset({"but", "yet", "while", "whereas"})
_ACTING_FORMS = frozenset({MentionForm.NAME, MentionForm.TITLE, MentionForm.PRONOUN})
_TIGHT_RULES = frozenset({"Q,NV", "Q,VN", "NV:Q", "N:Q", "Q-N", "NV:PQ", "NV..Q", "Q,NV^"})
_FORM_FACTOR = {MentionForm.NAME: 1.0, MentionForm.ORGANIZATION: 1.0,
                MentionForm.DESCRIPTOR: 1.0, MentionForm.TITLE: 0.9, MentionForm.PRONOUN: 0.85,
                MentionForm.CONTINUATION: 1.0}


class _Part:
    """One part of a quote (a raw quote in its paragraph), as the rules attribute it.

    A plain class, not a dataclass: compiled, it is an extension type (attribution.pxd), so
    a part typed ``_Part`` (the rules' parameters) has its fields read and set as C struct
    members, not looked up by name (21M of a dev pass's instructions)."""

    __slots__ = ("raw", "token", "cue", "speaker", "mention", "kind", "confidence")

    def __init__(self, raw: RawQuote) -> None:
        self.raw = raw
        self.token = -1                  # the index of its quote token in the paragraph's
        self.cue = None                  # cues.Cue | None
        self.speaker = None              # str | None
        self.mention = None              # Mention | None
        self.kind = KIND_FULL
        self.confidence = 0.0


class DraftQuote(NamedTuple):
    """A quote as attribution leaves it: a Quote's fields in their order, all but its sourcing.

    ``grade_all`` reads these and builds each Quote once, with its grade: a frozen Quote costs
    about twice this tuple to build, and built here it was built again there.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    paragraph: int
    parts: tuple[Span, ...]
    speaker: str | None
    mention: Mention | None
    cue: Cue | None
    confidence: float


# Words after which a quoted title is part of a noun phrase: "the author of “The Rules,”",
# "the host of “Morning Joe”", "the “Access Hollywood” tape"; or the programme a person spoke
# to ("called in to “Fox & Friends”", "told “Sixty Minutes” that …"). Such a quote is no
# speech, and the rules read across it as across a word.
_TITLE_LEADS = frozenset({"of", "on", "the", "a", "an", "from", "in", "at", "to", "told"})


# Words a title-case headline leaves in lower case.
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                   "or", "but", "as", "by", "with", "from", "vs", "vs."})


class _Para:
    """One paragraph; its tokens are made the first time a rule reads them."""

    def __init__(self, text: str, span: Span, quotes: list[RawQuote]) -> None:
        self.span = span
        self.parts = [_Part(r) for r in quotes]
        self._text = text
        self._toks: list[Tok] | None = None
        self._sents: list[tuple[int, int]] = []
        self._headline: bool | None = None
        # (part index -> see spoken_before and other_speaker_before; a part's speaker is set
        # once, when it is attributed, and the parts are attributed in order)
        self._spoken_before: dict[int, int] = {}
        self._other_speaker_before: dict[int, int] = {}
        self._starts_by_end: dict[int, int] | None = None

    def spoken_before(self, qi: int) -> int:
        """Return the index of the last part before part ``qi`` that has a speaker, or -1.

        Remembered for each part asked about, so a paragraph of many quotes is not walked
        back over for each of them (n * n / 2 parts in all)."""
        i = qi - 1
        while i >= 0 and not self.parts[i].speaker:
            known = self._spoken_before.get(i)
            if known is not None:
                i = known
                break
            i -= 1
        self._spoken_before[qi] = i
        return i

    def other_speaker_before(self, qi: int) -> int:
        """Return the index of the last part before part ``qi`` (which has a speaker) that has
        another speaker, or -1; remembered as spoken_before is."""
        speaker = self.parts[qi].speaker
        i = self.spoken_before(qi)
        while i >= 0 and self.parts[i].speaker == speaker:
            known = self._other_speaker_before.get(i)
            if known is not None:
                i = known    # (the same speaker's: the one before it is ours)
                break
            i = self.spoken_before(i)
        self._other_speaker_before[qi] = i
        return i

    @property
    def toks(self) -> list[Tok]:
        if self._toks is None:
            text, span, rs = self._text, self.span, [p.raw for p in self.parts]
            regions = [(r.open, min(r.close + _mark_len(text, r.close), span.end), n)
                       for n, r in enumerate(rs)]
            quote_tokens: list[int] = []    # (the quotes' tokens: not every token walked)
            toks = tokenize(text, span.start, span.end, regions, quote_tokens)
            t: Tok     # (compiled: its fields read as C struct members: 231M -> 222M a pass)
            for t_i in quote_tokens:
                t = toks[t_i]
                if t_i > 0 and toks[t_i - 1].lower in _TITLE_LEADS and \
                        _looks_like_a_name(text[rs[t.quote].start:rs[t.quote].end]):
                    toks[t_i] = Tok(t.text, t.start, t.end, "t", t.quote)
                self.parts[t.quote].token = t_i
            self._sents = sentences(toks, {n: text[r.start:r.end] for n, r in enumerate(rs)})
            self._toks = toks
        return self._toks

    @property
    def headline(self) -> bool:
        """Tell whether the paragraph is a headline in title case: one line of at most 250
        characters, not ending in a full stop, whose words outside quotes but the small ones
        all start with a capital (two at least). Read once, on the tokens: most paragraphs
        fail at their first lower-case word."""
        if self._headline is None:
            self._headline = self._title_case()
        return self._headline

    def _title_case(self) -> bool:
        text, span = self._text, self.span
        if span.end - span.start > 250 or text[span.end - 1] == "." or \
                "\n" in text[span.start:span.end].strip():
            return False
        big = 0
        for t in self.toks:
            if t.kind not in ("w", "a") or not t.text[0].isalpha():
                continue
            if t.capitalized:
                big += 1
            elif t.lower not in _HEADLINE_SMALL_WORDS:
                return False
        return big >= 2

    @property
    def sents(self) -> list[tuple[int, int]]:
        if self._toks is None:
            self.toks
        return self._sents

    def sentence_ending_at(self, end: int) -> int | None:
        """Return the first token of the first sentence whose tokens end at ``end``, or None
        (looked up, not searched: a paragraph of many quotes asks for each of them)."""
        if self._starts_by_end is None:
            self._starts_by_end = {}
            for a, b in self.sents:
                self._starts_by_end.setdefault(b, a)
        return self._starts_by_end.get(end)


def _prepare(text: str, raw: list[RawQuote]) -> list[_Para]:
    """Split the text into paragraphs, each with its quotes (tokenized when first read)."""
    by_para: dict[int, list[RawQuote]] = {}
    for r in raw:
        if not r.nested:
            by_para.setdefault(r.paragraph, []).append(r)
    return [_Para(text, span, by_para.get(i, [])) for i, span in enumerate(paragraphs(text))]


def _mark_len(text, at):   # (hinted in attribution.pxd: str, int -> int)
    return 2 if text[at:at + 2] in ("''", "``") else 1


_NAME_TITLES = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Prof|Pres|St|Jr|Sr"
# A run of capitalized words on one line; a full stop ends it unless it marks an abbreviation
# or an initial ("Sen. Harry M. Reid" is one run, "Hot Air. Trump" is two).
# Capitals that only start a sentence ("The", "But", "He") are skipped by the pattern itself:
# most capitalized words in news are these, and reading each would cost more than the rest.
_FUNCTION_CAPITALS = ("The|A|An|And|But|Or|So|If|In|On|At|For|To|Of|By|As|It|Its|He|She|They|We|"
                      "I|You|His|Her|Their|Our|My|This|That|These|Those|There|Here|What|When|"
                      "While|Where|Which|Who|Why|How|After|Before|Since|Because|Although|Though|"
                      "Still|Yet|Also|Then|Now|Even|Just|Only|Some|Many|Most|All|No|Not|Yes|One|"
                      "With|From|Into|Over|Under|About|During|Without|Meanwhile|However|Instead")


def _grouped_by_first_letter(alternatives: str) -> str:
    """Rewrite "The|That|But" as "B(?:ut)|T(?:hat|he)": the same words, but the regex module
    tries alternatives one by one, and grouped it tries only those with the right first letter."""
    rests: dict[str, set[str]] = {}
    for word in alternatives.split("|"):
        rests.setdefault(word[0], set()).add(word[1:])
    groups = []
    for first, tails in sorted(rests.items()):
        longer = "|".join(sorted((t for t in tails if t), key=lambda t: (-len(t), t)))
        optional = "?" if "" in tails else ""
        groups.append(f"{first}(?:{longer}){optional}" if longer else first)
    return "|".join(groups)


def _first_letters(alternatives: str) -> str:
    """Return the set of the alternatives' first letters ("[BT]" for "The|That|But"): a
    look-ahead for it lets the engine give up on a word at once instead of trying each group."""
    return "[" + "".join(sorted({word[0] for word in alternatives.split("|")})) + "]"


# Only one title can match before its full stop, so grouping the titles by their first letter
# reads the same words; the last two alternatives share their capital, so it is read once.
# Most words are no title: the look-ahead (a first letter, then as many small letters as a
# title has, then the stop) turns them away before the groups are tried.
# A name word's letters: a-z is already in \p{L}, but the engine tries a set's members in
# order, and a range test costs far less than a property lookup for the usual letter.
_TITLE_LENGTHS = sorted(len(t) for t in _NAME_TITLES.split("|"))
_WORD_LETTERS = r"[a-z\p{L}\p{M}\p{N}'’\-&]"
# Most name words are a capital and letters with no full stop after them ("Ann", "Boyd"): the
# first alternative reads those and none other, so no other can match where it does (an
# initial, a title and a word with full stops all have one). The engine then tries one
# alternative for most words, not three, and keeps no places to go back to inside the word
# ("*+"): with the test after a space below, the scan of a pass over the dev texts took 341M
# instructions, now 297M (tests/pipeline/test_name_run.py holds the scans equal).
_NAME_WORD = (rf"(?:\p{{Lu}}{_WORD_LETTERS}*+(?!\.)"
              rf"|(?:\p{{Lu}}\.){{2,}}"
              rf"|(?={_first_letters(_NAME_TITLES)}[a-z]{{{_TITLE_LENGTHS[0] - 1},{_TITLE_LENGTHS[-1] - 1}}}\.)"
              rf"(?:{_grouped_by_first_letter(_NAME_TITLES)})\.|"
              rf"\p{{Lu}}(?:\.(?=[ \t]+\p{{Lu}})|{_WORD_LETTERS}*(?:\.\p{{L}}+)*))")


# The scans and matches over an article below pass concurrent=False: by default the regex
# module lets go of the GIL and takes it back for every match, which costs more than most
# of these matches. The short matches made once a name pass it by position (the argument
# after endpos): the regex module reads keyword arguments slowly, about 1,800 of the 9,700
# instructions of a _SPEAKS match.

# Lower-case words inside a name ("Erik ten Hag", "Bank of America"), or two of them
# ("Ursula von der Leyen"), the longer alternatives first. A particle must be followed by a
# name word (a capital), so at most one can match; they are grouped by first letter, and the
# look-ahead for those letters turns away at once the word after most runs ("said", "was").
_RUN_PARTICLES = "|".join(sorted(PARTICLES | {"of", "von der", "van der", "van den", "de la"},
                                 key=lambda w: (-len(w), w)))
_PARTICLE = (f"(?={_first_letters(_RUN_PARTICLES)})"
             f"(?:{_grouped_by_first_letter(_RUN_PARTICLES)})")
# Every name word starts with a capital: testing that first lets the engine pass over the
# other characters quickly; "not after anything but a space, a bracket or a dash" is the
# faster way to say "at the start or after one of them".
# After a space, the next word goes on the run only if it is a name word (a capital) or a
# particle or "al-"/"el-" before one: most runs end before a lower-case word ("said"), which
# the look-ahead turns away at once. A capital cannot start a particle, so a name word is
# tried first, and the particle only before a lower-case letter.
_NAME_RUN = regex.compile(
    rf"(?=\p{{Lu}})(?<![^\s(\[—–-])(?!(?:{_grouped_by_first_letter(_FUNCTION_CAPITALS)})\b(?![’'.-]))"
    rf"{_NAME_WORD}(?:[ \t]+(?=[\p{{Lu}}{_first_letters(_RUN_PARTICLES + '|al-|el-')[1:-1]}])"
    rf"(?:{_NAME_WORD}|(?:{_PARTICLE}[ \t]+|[ae]l-(?=\p{{Lu}})){_NAME_WORD}))*")
_SPEAKS = regex.compile(r"(?:\s+\([^)]{1,20}\))?,?\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+)?(\p{Ll}+)")
# The adverbs _SPEAKS passes over before the verb ("Smith also said"), with any word in -ly
_SPEAKS_ADVERBS = ("also", "later", "then")


def _word_after(text, e):   # (hinted in attribution.pxd: str, int -> tuple[str, int, bool] | None)
    """Return what ``_SPEAKS`` reads from ``e`` (up to 40 characters on): its lower-case word
    (group 1: the reporting verb, if there is one), where the match ends, and whether a comma
    is in it; None where it does not match.

    After most names come a space (after a comma or not) and a word of ASCII lower-case
    letters that ends the match (" said", ", who"): that word is read with character tests,
    as the pattern would read it, and a capital there ends the match (no lower-case word).
    Anything else goes to the pattern: a bracket, a word in -ly or another adverb it passes
    over, a letter beyond ASCII that may go on the word. (A call to the pattern cost some
    8,000 instructions, 112M a pass over the dev set: 93% of the calls are read here.
    Compiled, the offsets and characters are C values, attribution.pxd: 63M -> 33M a pass.)
    """
    end = min(len(text), e + 40)
    at = e + 1 if text.startswith(", ", e) else e
    if text.startswith(" ", at):
        stop = at + 1
        while stop < end and "a" <= text[stop] <= "z":
            stop += 1
        if stop > at + 1 and (stop == end or text[stop] < "\x80"):
            # (an ASCII character after the word is no lower-case letter: the word ends)
            word = text[at + 1:stop]
            if not word.endswith("ly") and word not in _SPEAKS_ADVERBS:
                return word, stop, at > e
        elif stop == at + 1 and stop < end and "A" <= text[stop] <= "Z":
            return None
    m = _SPEAKS.match(text, e, end, False)
    return None if m is None else (m.group(1), m.end(), "," in m.group())


# What follows a speech verb when its subject is a body: "said in its", "wrote on its"
_IN_ITS = regex.compile(r"\s+(?:in|on|via|through)\s+its\s")
_DESCRIBED = regex.compile(r",\s+(?:\d{1,3},|an?\s|the\s)")
# A short description set after a name, as its role: "Ann Boyd, the mayor, …", "Tom Weller,
# her deputy, …", "Ann Boyd, a White House spokeswoman, …" (up to three lower-case words
# after up to three capitalised ones, read only when they end in a role noun; see
# _with_apposed_role for "The mayor, …"), and the complement the role noun may take, up to
# eight words and no clause: "Carlos Mendes, a spokesman for the state's emergency agency, …",
# "Ana Lima, a teacher from Porto, …".
_ROLE_AFTER = regex.compile(
    r",\s+((?:the|a|an|his|her|their)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}[\p{Ll}\-]+"
    r"(?:\s+[\p{Ll}\-]+){0,2})"
    r"((?:\s+(?:for|at|with|of|to|in|from|near)"
    r"(?:\s+(?!(?:that|who|which|whose|where|when|and|or|but)\s)"
    r"(?:(?:\p{L}\.){2,}|[^\s,.;:“”\"()]+)){1,8})?)"
    r"(?=[,;]|\.(?!\p{L}))")
_ROLE_AFTER_REACH = 100
# An age set between a name and its description: "Jane Doe, 54, a nurse,"
_AGE_AFTER = regex.compile(r",\s+\d{1,3}(?=,)")
# ", the Duke of Wessex,", ", the Mayor of Greater Manchester,": an office of a place with
# capitals (one to three words of the place)
_OFFICE_AFTER = regex.compile(r",\s+(the\s+\p{Lu}\p{Ll}+)"
                              r"(\s+(?:of|for)(?:\s+\p{Lu}[\p{L}\-]+){1,3})"
                              r"(?=[,;]|\.(?!\p{L}))")
# "Dahlys Hamilton is listed as the chairman of …": a copula and a role noun also describe
_DESCRIBED_AS = regex.compile(
    r"\s+(?:is|was|has been|had been|became|serves as|served as|is listed as|was named)"
    r"\s+(?:an?|the|its|their)\s+([a-z-]+(?:\s+[a-z-]+){0,2})")
# A sentence starts after . ! ? (and closing marks) and space, before a capital or a digit,
# or at a line start; the word before a full stop is checked in Python for abbreviations.
# One pattern per mark (a pattern that starts with [.!?] is tried at every character of the
# text); _break_end reads what they match with string tests, and calls them only past ASCII.
_BREAK_AFTER = {mark: regex.compile(regex.escape(mark) + r"[”\"’')\]]*\s+(?=[“\"‘'(]*[\p{Lu}\p{N}])")
                for mark in ".!?"}
_NOT_SENTENCE_END = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
                               "st", "jr", "sr", "inc", "co", "corp", "sgt", "capt", "prof", "rev",
                               "no", "vs", "u.s", "d.c"}) | {
    w[:-1] for w in TITLE_WORDS if w.endswith(".") and "." not in w[:-1]}   # "Cpl.", "Insp."


def _last_at_or_before(offsets, at):   # (hinted in attribution.pxd: list, int -> int)
    """Return the index of the last of the sorted ``offsets`` at or before ``at``, or -1:
    ``bisect_right(offsets, at) - 1``. Compiled, a C function whose offsets are C integers
    (attribution.pxd): bisect_right called from compiled code went through Python's call
    machinery and compared Python ints, about 900 instructions a call, 47,000 calls a pass
    over the dev set (41M -> 13M instructions, the calls' conversions included)."""
    lo = 0
    hi = len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        value = offsets[mid]
        if at < value:
            hi = mid
        else:
            lo = mid + 1
    return lo - 1


def _sentence_starts(text: str) -> list[int]:
    """Return the offsets where sentences start."""
    starts = []
    breaks = []  # the span of every break after a mark, an abbreviation's too
    n = len(text)
    for mark, pattern in _BREAK_AFTER.items():
        s = text.find(mark)   # (most articles have no "!": no pattern is called for it)
        while s >= 0:
            # what ``pattern.finditer`` finds, read with string tests (see _break_end): a
            # break holds no mark, so the next one is found after it
            e = _break_end(text, s, n, pattern)
            if e < 0:
                s = text.find(mark, s + 1)
                continue
            breaks.append((s, e))
            if mark == ".":
                w = _word_before_stop(text, s)
                if (w in _NOT_SENTENCE_END or (len(w) == 1 and w.isalpha())) and \
                        not abbreviation_ends_sentence(text, w, s + 1, e + 12):
                    s = text.find(mark, e)
                    continue  # "Mr. Trump", "Harry S. Truman"; not "Acme Corp. He said"
            starts.append(e)
            s = text.find(mark, e)
    breaks.sort()
    break_starts = [b for b, _ in breaks]
    # every run of line breaks ("\n+"), found with str.find (a pattern, or a generator of
    # them, costs more than the few breaks of an article)
    s = text.find("\n")
    while s >= 0:
        e = s + 1
        while e < n and text[e] == "\n":
            e += 1
        i = _last_at_or_before(break_starts, s)
        if i < 0 or breaks[i][1] <= s:
            starts.append(e)
        # (else the line ends a sentence that ends with a mark: one start, after both)
        s = text.find("\n", e)
    starts.sort()
    return [0] + starts


def _break_end(text, s, n, pattern):   # (hinted in attribution.pxd, which types it)
    """Return where what ``pattern`` (of _BREAK_AFTER) matches at the mark at ``s`` ends, or
    -1 where it does not match: closing marks (”"’')]), spaces, then (not read) opening marks
    (“"‘'() and a capital or a digit; ``n`` is the text's length.

    Read with string tests while every character is ASCII; anything else (a space or a
    letter beyond ASCII, which the pattern's classes decide) is left to the pattern. Compiled,
    the characters are C values (attribution.pxd): the patterns' scans took 40M instructions
    of a pass over the dev texts, these tests take 8M (_sentence_starts 110M -> 71M)."""
    i = s + 1
    while i < n and text[i] in "”\"’')]":
        i += 1
    j = i
    while j < n and text[j] in " \t\n\r\f\v":
        j += 1
    if j < n:
        c = text[j]
        if c >= "\x80" or "\x1c" <= c <= "\x1f":
            # a space perhaps (str.isspace and the pattern's \s differ on \x1c-\x1f)
            return _matched_end(pattern, text, s)
    if j == i:
        return -1
    k = j
    while k < n and text[k] in "“\"‘'(":
        k += 1
    if k == n:
        return -1
    c = text[k]
    if "A" <= c <= "Z" or "0" <= c <= "9":
        return j
    return -1 if c < "\x80" else _matched_end(pattern, text, s)


def _word_before_stop(text, s):   # (hinted in attribution.pxd, which types it)
    """Return the word before the full stop at ``s``, in lower case and without an opening
    mark, as the abbreviations are written ("mr", "u.s"), read from the 4 characters before
    it at most: ``text[max(0, s - 4):s].rsplit(None, 1)[-1].lstrip("(“\"'‘").lower()``, or ""
    where they are all spaces; the last word read by _last_word's character tests, which
    make one string where that made four."""
    word = _last_word(text, max(0, s - 4), s).lstrip("(“\"'‘")   # (the same string if none)
    # (most words have no capital: lower() made a second string for each)
    for c in word:
        if "A" <= c <= "Z" or c >= "\x80":
            return word.lower()
    return word


def _matched_end(pattern: regex.Pattern, text: str, s: int) -> int:
    """Return where ``pattern`` matches at ``s`` ends, or -1."""
    m = pattern.match(text, s, len(text), False)
    return -1 if m is None else m.end()


# A sentence whose subject is "he" or "she": at its start, or after an opening phrase whose
# first word says it is one ("On Twitter, she responded", "Asked about it, he said").
_OPENING_STOPS = regex.compile(r"[.;:!?“”\"\n]")
_OPENING_WORDS = frozenset({
    "on", "in", "at", "after", "before", "during", "from", "for", "with", "without", "under",
    "over", "since", "through", "throughout", "despite", "amid", "among", "unlike", "like",
    "when", "while", "as", "although", "though", "because", "if", "once", "until", "asked",
    "still", "later", "then", "but", "and", "yet", "so", "meanwhile", "instead", "now",
    "again", "earlier", "afterward", "afterwards", "privately", "publicly", "separately",
    "today", "yesterday", "last", "this", "next", "by", "to", "of", "also", "however",
    "speaking", "pressed", "interviewed", "reached",
})


def _opens_sentence(words: str) -> bool:
    """Tell whether words before a comma open their sentence before its subject: "On
    Twitter", "Asked about it", "Speaking in Ohio"."""
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    return (first in _OPENING_WORDS or first.endswith("ing")) and \
        _OPENING_STOPS.search(words) is None


def _quote_regions(text: str, raw: list[RawQuote]) -> tuple[list[tuple[int, int]], list[int]]:
    """Return each quote's (opening, end after its closing mark), in text order, and the
    openings alone (bisected on their own: no tuple built per lookup)."""
    # (a list, not a generator: compiled, a generator object resumed for each quote; with
    # _mark_len a C function, _quote_regions 19.7M -> 15.9M instructions a dev pass)
    regions = sorted([(r.open, r.close + _mark_len(text, r.close)) for r in raw])
    return regions, [o for o, _ in regions]


def _pronoun_subjects(text: str, raw: list[RawQuote], book: SpeakerBook
                      ) -> dict[int, tuple[int, str]]:
    """Return the sentences outside quotes whose subject is "he" or "she": by index in
    ``book.sentence_starts``, the pronoun's offset and gender."""
    regions, opens = _quote_regions(text, raw)
    found = {}
    for i, st in enumerate(book.sentence_starts):
        if st < 0:
            continue     # a title's (or the place before the first)
        if text.startswith(("He ", "She "), st):
            at = st
        else:        # after the opening phrase, at the sentence's first comma
            comma = text.find(", ", st, st + 70)
            if comma < 0 or not text.startswith(("he ", "she "), comma + 2) or \
                    not _opens_sentence(text[st:comma]):
                continue
            at = comma + 2
        female = text[at] in "Ss"
        verb = at + 4 if female else at + 3
        k = bisect_right(opens, at) - 1
        if text[verb:verb + 1].islower() and (k < 0 or at >= regions[k][1]):  # not quoted
            found[i] = (at, "female" if female else "male")
    return found


# Words after a role noun that opens a sentence that make it part of a longer subject ("The
# minister and her deputy", "The minister of state") or no subject at all.
_NOT_AFTER_ROLE_SUBJECT = frozenset({"and", "or", "of", "for", "nor"})
# Numbers of people that open a sentence before "of" and who they are ("Hundreds of farmers")
_MULTITUDES = frozenset({"Hundreds", "Thousands", "Dozens", "Scores", "Millions", "Tens"})
# Groups of people named by no role ("The team analysed …", "The couple married …"), which
# a later "they said" means as it means "The researchers"
_PEOPLE_GROUPS = frozenset({"team", "panel", "couple", "pair", "duo", "trio", "family",
                            "crew", "jury", "band"})
_A_GROUP = ("A team of ", "A team at ", "A team from ", "A team led ", "A group of ",
            "A panel of ")


# The time that opens a live blog's entry, with its zone and a dash: "09:15 GMT – "
_TIME_STAMP = regex.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|[ap]\.?m\.?))?"
    r"(?:\s+[–—-])?\s+(?=\p{Lu})")


def _role_subjects(text: str, raw: list[RawQuote], book: SpeakerBook) -> list[Phrase]:
    """Return the sentences outside quotes whose subject is "The", up to two lower-case words
    (the first may be an owner: "The county's") and a person's role noun, then a lower-case
    word or a comma ("The minister struck a defiant tone.", "The foreign minister, speaking
    in Geneva, said …"): each as the phrase
    read (a role noun, as "the minister" is read in a speaker's slot)."""
    found: list[Phrase] = []
    regions: list[tuple[int, int]] | None = None   # read when a sentence opens so: most
    opens: list[int] = []                          # texts have none

    def quoted(at: int) -> bool:
        """Tell whether ``at`` is inside one of the text's quotes (the speaker's words)."""
        nonlocal regions, opens
        if regions is None:
            regions, opens = _quote_regions(text, raw)
        k = bisect_right(opens, at) - 1
        return k >= 0 and at < regions[k][1]

    for st in book.sentence_starts:
        if st >= 0 and text[st:st + 1].isdigit():
            # a live blog's entry opens with its time: "14:32 GMT – The minister said …"
            stamp = _TIME_STAMP.match(text, st)
            st = stamp.end() if stamp else st
        elif st >= 0 and (st == 0 or text[st - 1] == "\n") and text[st:st + 3].isupper():
            st = _after_dateline(text, st)   # "ROME (AP) — The minister said …"
        letter = text[st:st + 1] if st >= 0 else ""
        if letter in _CONNECTIVE_STARTS and text.startswith(_CONNECTIVE_STARTS[letter], st):
            word = text[st:st + 14].split(None, 1)[0]
            if word.rstrip(",") in _CONNECTIVES and text[st + len(word):st + len(word) + 1] == " ":
                st += len(word) + 1   # "But the coach was unrepentant.", "However, the …"
                letter = text[st:st + 1]
        first = text[st:st + 11].split(None, 1) if letter in _OPENER_STARTS and \
            text.startswith(_OPENER_STARTS[letter], st) else None
        if first and first[0].rstrip(",") in _OPENERS_OF_CLAUSES and \
                holds_any(text[st:st + 160], _BEFORE_OPENED_SUBJECT):
            # "When asked about the deal, a senior official said …", "Asked about it, the
            # senator shrugged.": the subject after an opening clause (most sentences open
            # with no such word: the regex is not tried; it needs ", a", ", an" or ", the",
            # or a title's closing mark before "a" or "the")
            opener = _CLAUSE_THEN_SUBJECT.match(text, st, min(len(text), st + 160), False)
            if opener is not None:
                st = opener.end()
        if st >= 0 and text.startswith(("A ", "An ", "a ", "an ", "One "), st):
            phrase = _spokesperson_subject(text, st)
            if phrase is None:
                phrase = _indefinite_subject(text, st)
            if phrase is None and text.startswith(_A_GROUP, st):
                # "A team of scientists studied …", "A group at the university …": a group
                # of people, whom a later "they said" means
                end = text.index(" ", st + 2)
                phrase = Phrase(st, end, text[st:end], MentionForm.DESCRIPTOR,
                                role=text[st:end], head=text[st + 2:end], gender="plural",
                                plural=True)
            if phrase is not None and not quoted(st):
                found.append(phrase)
            continue
        if st < 0 or not text.startswith(("The ", "the "), st):
            if st >= 0 and letter.isupper():
                # "Protesters gathered …", "Health officials warned …": a group of people
                # that a later "they said" points back to
                phrase = _plural_subject(text, st)
                if phrase is not None and not quoted(st):
                    found.append(phrase)
            continue     # (a title's sentences, at negative offsets, are not read)
        if text[st + 4:st + 5].isupper():
            # "The Chancellor was upbeat.", "The Minister for Finance said …": an office
            # written with capitals, the British way
            phrase = _capital_role_subject(text, st)
            if phrase is not None:
                if not quoted(st):
                    found.append(phrase)
                continue
        words = text[st:st + 80].split(" ", 5)
        for n in range(1, min(4, len(words) - 1)):
            head = words[n].rstrip(",")
            if n == 1 and head.endswith(("'s", "’s")) and head[:-2].isalpha() and \
                    head[:-2].islower():
                continue    # an owner first: "The county's emergency manager urged …"
            if n == 1 and head.endswith("-year-old") and head[:-9].isdigit():
                continue    # an age first: "The 23-year-old striker was modest."
            if n < 3 and head.isalpha() and head[:1].isupper() and head[1:].islower() and \
                    head.lower() not in STOP_CAPITALS:
                continue    # a body or a place first: "The Celtic manager", "The Labour leader"
            if not head.isalpha() or not head.islower():
                break
            if n == 1 and head in _PEOPLE_GROUPS:
                after = words[2].rstrip(".!?;:") if len(words) > 2 else ""
                if after.isalpha() and after.islower() and (
                        after not in _NOT_AFTER_ROLE_SUBJECT or after == "of") \
                        and not quoted(st):    # (and "The family of Ann Boyd paid …")
                    # "The team analysed the samples.": a group of people, whom a later
                    # "they said" means
                    end = st + len(words[0]) + 1 + len(head)
                    found.append(Phrase(st, end, text[st:end], MentionForm.DESCRIPTOR,
                                        role=text[st:end], head=head, gender="plural",
                                        plural=True))
                break
            if head not in PERSON_ROLE_NOUNS:
                continue
            if not words[n].endswith(",") and words[n + 1] in PERSON_ROLE_NOUNS and \
                    n + 2 < len(words):
                continue    # a compound role: "The chief executive smiled."
            after = words[n + 1].rstrip(".!?;:")    # the verb may end it: "… shrugged."
            if not (words[n].endswith(",") or after[:1].islower() and after.isalpha()
                    and after not in _NOT_AFTER_ROLE_SUBJECT):
                break
            if quoted(st):
                break     # a sentence inside a quote: the speaker's words
            end = st + len(" ".join(words[:n])) + 1 + len(head)
            phrase = read_phrase(tokenize(text, st, end, []), text)
            if phrase is not None and phrase.head == head and (
                    phrase.form is MentionForm.TITLE
                    or phrase.form is MentionForm.DESCRIPTOR and phrase.plural):
                found.append(phrase)   # (plural: "The researchers published …")
            break
    return found


def _plural_subject(text, st):   # (hinted in attribution.pxd: str, int -> Phrase | None)
    """Read a plural role noun without "the" that opens the sentence at ``st``, alone or
    after one capitalised word, then a lower-case word ("Protesters gathered …", "Health
    officials warned …"), as a group of people; or None."""
    space = text.find(" ", st, st + 24)
    if space < 0:
        return None
    first = text[st:space]
    n = 0
    if first[-1:] == "s":
        # (most sentences: a name, a pronoun, no plural role noun; its last letter first)
        if first.lower() in PERSON_ROLE_NOUNS:
            n = 1
        elif first in _MULTITUDES:
            return _multitude(text, st, space)      # "Hundreds of farmers blocked …"
        elif first[-2:] in _OWNER_ENDS:
            return _owned_group(text, st)           # "Boyd's lawyers argued …"
    if not n:
        after = text.find(" ", space + 1, space + 24)
        second = text[space + 1:after if after > 0 else space + 24]
        if second[-1:] != "s":
            return None
        if second[-2:] in _OWNER_ENDS:
            return _owned_group(text, st)           # "Ann Boyd's family paid tribute."
        if second not in PERSON_ROLE_NOUNS and (
                not second[:1].isupper() or second.lower() not in PERSON_ROLE_NOUNS) or \
                not first.isalpha() or first.lower() in STOP_CAPITALS:
            return None     # (a capital: "House Democrats", "Labour MPs")
        n = 2
    words = text[st:st + 60].split(" ", n + 1)
    if len(words) <= n or not words[n].isalpha() or not words[n].islower() or \
            words[n] in _NOT_AFTER_ROLE_SUBJECT and words[n] != "of":
        return None     # (but "Residents of the street were angry.": a group)
    end = st + len(" ".join(words[:n]))
    if n == 2 and words[1][:1].isupper():
        if first == "The" and words[1].lower() in PARTY_NAMES:
            return None     # "The Conservatives said …": the party, an organisation
        # "House Democrats unveiled …", "Labour MPs voted …": members of a house or a party
        # (which the reader of names takes for an office or a name)
        return Phrase(st, end, text[st:end], MentionForm.DESCRIPTOR, role=text[st:end],
                      head=words[1].lower(), gender="plural", plural=True)
    phrase = read_phrase(tokenize(text, st, end, []), text)
    if phrase is None or phrase.form is not MentionForm.DESCRIPTOR or not phrase.plural or \
            phrase.head != words[n - 1].lower():
        return None
    return phrase


_OWNER_ENDS = ("'s", "’s")
# Those of a person's family or circle who speak together: "Ann Boyd's family paid tribute."
_OWNED_GROUPS = frozenset({"family", "relatives", "parents", "children", "lawyers",
                           "attorneys", "friends", "colleagues", "supporters"})


def _multitude(text: str, st: int, space: int) -> Phrase | None:
    """Read a number of people that opens the sentence at ``st`` ("Hundreds of farmers
    blocked the road."; ``space`` ends its first word) as a group of people; or None."""
    if not text.startswith(" of ", space):
        return None
    words = text[st:st + 60].split(" ", 4)
    if len(words) < 4 or words[2][-1:] != "s" or words[2] not in PERSON_ROLE_NOUNS or \
            not words[3].isalpha() or not words[3].islower() or \
            words[3] in _NOT_AFTER_ROLE_SUBJECT:
        return None
    end = st + len(" ".join(words[:3]))
    return Phrase(st, end, text[st:end], MentionForm.DESCRIPTOR, role=text[st:end],
                  head=words[2], gender="plural", plural=True)


def _owned_group(text: str, st: int) -> Phrase | None:
    """Read a group owned by one or two capitalised words that opens the sentence at ``st``
    ("Ann Boyd's family paid tribute.", "Boyd's lawyers argued …"), as a group of people a
    later "they said" means; or None."""
    words = text[st:st + 60].split(" ", 4)
    o = 0 if words[0][-2:] in _OWNER_ENDS else 1
    if len(words) < o + 3 or words[o + 1] not in _OWNED_GROUPS or \
            not words[o + 2].isalpha() or not words[o + 2].islower() or \
            words[o + 2] in _NOT_AFTER_ROLE_SUBJECT:
        return None
    end = st + len(" ".join(words[:o + 2]))
    return Phrase(st, end, text[st:end], MentionForm.DESCRIPTOR, role=text[st:end],
                  head=words[o + 1], gender="plural", plural=True)


# "A spokeswoman for Harbor Bank declined …", "A senior official, who …, said …": an unnamed
# spokesperson or source opening a sentence, with the body it speaks for, then a lower-case
# word (its verb or a relative clause)
_SPOKESPERSON_SUBJECT = regex.compile(
    r"[Aa]n?\s+(?:\p{Ll}+\s+){0,2}?(" + "|".join(sorted(speakers.UNNAMED_SUBJECT_HEADS, key=len,
                                                      reverse=True))
    + r")(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&'’.\-]*"
    r"(?:\s+\p{Lu}[\p{L}&'’.\-]*){0,4}"
    # ("for the council", "for the health ministry": a body's noun in lower case)
    r"|\s+for\s+the\s+(?:\p{Ll}+\s+)?(?:" + "|".join(sorted(
        (w for w in ORG_NOUNS if w.isalpha() and w.islower() and not w.startswith("spokes")),
        key=len, reverse=True)) + r")\b)?(?=,?\s+\p{Ll})")


# An opening clause (a subordinate or adverbial one, not a name that an apposition follows:
# "Ann Boyd, a senior official, said") before the sentence's subject: "When asked to
# confirm it, a separate source …", "In a statement, an official …", "Asked about it, the
# coach shrugged." (160 characters read)
_OPENERS_OF_CLAUSES = frozenset({
    "When", "While", "After", "Before", "Asked", "Pressed", "Speaking", "Although", "Though",
    "Since", "As", "In", "At", "On", "During", "Despite", "Following", "Later", "Earlier",
    "Separately", "Afterwards", "Afterward", "Taking", "Responding", "Addressing", "Outside",
    "Questioned", "Challenged", "Interviewed"})


def _starts_by_letter(words: AbstractSet[str]) -> dict[str, tuple[str, ...]]:
    """Return, by first letter, what a sentence opening with one of ``words`` starts with
    (the word, then a space or a comma): a sentence's first letter picks the few to test."""
    out: dict[str, tuple[str, ...]] = {}
    for w in sorted(words):
        out[w[0]] = out.get(w[0], ()) + (w + " ", w + ",")
    return out


_OPENER_STARTS = _starts_by_letter(_OPENERS_OF_CLAUSES)
# (a title in apposition may follow the opening phrase: "In an interview about his film,
# “Night Bus,” the actor …")
_CLAUSE_THEN_SUBJECT = regex.compile(
    r"(?:" + "|".join(sorted(_OPENERS_OF_CLAUSES)) + r")\b[^,;\n]{0,140},"
    r"(?:\s+(?:“[^”\n]{1,80},”|''[^'\n]{1,80},''|\"[^\"\n]{1,80},\"))?\s+(?=(?:an?|the)\s)")

_BEFORE_OPENED_SUBJECT = (", a", ", the ", ",” a", ",” the ", ",'' a", ",'' the ", ',\" a',
                          ',\" the ')

# Words that join a sentence to the one before it, before its subject
_CONNECTIVES = frozenset({"And", "But", "Yet", "Still", "However", "Meanwhile", "Instead",
                          "Nevertheless", "Nonetheless", "Now", "Then", "So", "Indeed"})
_CONNECTIVE_STARTS = _starts_by_letter(_CONNECTIVES)

# The dash that ends a wire story's dateline: "ROME (AP) — ", "LONDON, May 2 (Reuters) - "
_DATELINE_DASHES = (" — ", " – ", " - ")


def _after_dateline(text: str, st: int) -> int:
    """Return where the sentence at ``st`` goes on after a dateline that opens it ("ROME
    (AP) — The minister said …": its place in capitals, then a dash within 60 characters),
    or ``st`` when it opens with none."""
    first = text[st:st + 30].split(None, 1)[0].rstrip(",")
    if len(first) < 3 or not first.isupper() or not first.isalpha():
        return st
    ends = [d for d in (text.find(dash, st, st + 60) for dash in _DATELINE_DASHES) if d >= 0]
    if not ends or "\n" in text[st:min(ends)]:
        return st
    after = min(ends) + 3
    return after if text[after:after + 1].isupper() else st


# An office written with capitals that opens a sentence, then its verb: "The Chancellor
# was", "The Secretary of State for Health said" (up to eight words, 90 characters read)
_CAPITAL_ROLE = regex.compile(
    r"[Tt]he(?:\s+(?:\p{Lu}[\p{L}'’\-]*|of|for|and)){1,8}?(?=,?\s+(?!(?:of|for|and)\b)\p{Ll})")


def _capital_role_subject(text: str, st: int) -> Phrase | None:
    """Read an office written with capitals that is the subject of the sentence at ``st``
    ("The Prime Minister was upbeat."), as "the prime minister" would be read, or None."""
    m = _CAPITAL_ROLE.match(text, st, min(len(text), st + 90), False)     # bounded
    if m is None or not any(w.lower().strip("'’") in PERSON_ROLE_NOUNS
                            for w in m.group().replace("-", " ").split()[1:]):
        return None     # no role among its words ("The White House said"): not read
    phrase = read_phrase(tokenize(text, st, m.end(), []), text)
    if phrase is None or phrase.form is not MentionForm.TITLE or phrase.end != m.end() or \
            phrase.head not in PERSON_ROLE_NOUNS or phrase.institution:
        return None
    return phrase


def _spokesperson_subject(text: str, st: int) -> Phrase | None:
    """Read an unnamed spokesperson that is the subject of the sentence at ``st`` ("A
    spokeswoman for Harbor Bank declined to comment."), so that a later "she said" can
    point back to that spokesperson, or None."""
    m = _SPOKESPERSON_SUBJECT.match(text, st, min(len(text), st + 90), False)  # bounded
    if m is None or m.group(1) not in speakers.UNNAMED_SUBJECT_HEADS:
        return None
    phrase = read_phrase(tokenize(text, st, m.end(), []), text)
    if phrase is None or phrase.form is not MentionForm.DESCRIPTOR or phrase.plural or \
            phrase.head != m.group(1):
        return None
    return phrase


# A question put to someone named ("asked Reyes whether …"): the answer after it is theirs
_ASKING_VERBS = frozenset({"asked", "pressed", "questioned", "quizzed"})
_QUESTION_WORDS = ("whether", "if", "about", "why", "how", "what", "when", "where", "who",
                   "which")
_QUESTION_OPENERS = [[w] for w in _QUESTION_WORDS]
_ASKED_SOMEONE = regex.compile(r" (?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\. )?(?:\p{Lu}[\p{L}'’\-]* ){1,3}"
                               rf"(?:{'|'.join(_QUESTION_WORDS)})\b")
# Someone new, unnamed, who opens a sentence: "A 29-year-old Dayton woman received …", "One
# Ohio delegate said …", "An elderly voter, asked about it, shrugged." (up to three words
# before a person's role noun, then its verb or a comma; 80 characters read). A later "she
# said" may mean them, as "he said" after "A senior official said …" does.
# Verbs after such a subject that put a question or a challenge to someone named: the answer
# that follows is the other's ("A voter asked Reyes about jobs. “…,” he said.")
_PUTS_TO = frozenset({"challenged", "interrupted", "confronted", "heckled", "urged", "begged",
                      "told"})   # (or asked: _ASKING_VERBS) when someone follows
_FROM_A_PLACE = frozenset({"from", "in", "at", "of"})
# Words after a role noun that carry its phrase on rather than start its verb
_NOT_A_VERB = _PREPOSITIONS | {"who", "whose", "that", "which", "named", "called", "near",
                               "outside", "inside", "close", "familiar"}


def _indefinite_subject(text: str, st: int) -> Phrase | None:
    """Read an unnamed person that is the subject of the sentence at ``st`` ("A Dayton
    woman received probation after she posted …"), for a later "he" or "she"; or None."""
    words = text[st:st + 80].split(" ", 5)
    if words[0].lower() not in INDEFINITE_ARTICLES:
        return None
    for n in range(1, min(5, len(words) - 1)):
        word = words[n]
        head = word.rstrip(",")
        if head in PERSON_ROLE_NOUNS and head.islower():
            break
        if word != head or not word[:1].isalnum():
            return None     # a comma or a mark before any role noun
    else:
        return None
    end = st + sum(len(w) + 1 for w in words[:n]) + len(head)
    if word == head:        # no comma after the noun: its verb must follow
        after = text[end:end + 60].split(" ", 6)       # ("" first: the space)
        k = 1
        if len(after) > 3 and after[1] in _FROM_A_PLACE and after[2][:1].isupper():
            # "A retired teacher from Dayton said …": a place's capitalised words between
            k = 2
            while k < len(after) - 1 and after[k][:1].isupper() and after[k].isalpha():
                k += 1
        verb = after[k] if k < len(after) else ""
        if not verb.isalpha() or not verb.islower() or verb in _ASKING_VERBS or \
                verb in _NOT_A_VERB or verb.endswith("ing") or verb in _PUTS_TO and (
                    k + 1 >= len(after) or after[k + 1][:1].isupper()
                    or after[k + 1] in ("him", "her", "them")):
            # ("A woman supporting Reyes …", "One pastor supporting Reyes, Dan Whitfield,
            # said …": the phrase goes on, maybe to the name of the one it describes; "A
            # voter asked Reyes …", "A voter told him …": the answer is the other's)
            return None
        end += len(" ".join(after[:k]))
    phrase = read_phrase(tokenize(text, st, end, []), text)
    if phrase is None or phrase.form is not MentionForm.DESCRIPTOR or phrase.plural or \
            phrase.head != head or phrase.gender == "plural":
        return None
    return phrase


class _Name(NamedTuple):
    phrase: Phrase
    sentence: int             # its index in the book's sentence_starts (a title's come first)
    after_preposition: bool
    sentence_taken: bool      # the sentence opens with an organisation or a thing
    at_start: bool            # the name opens its sentence
    speaks: bool              # a reporting verb follows: "Stovall said", "Obama added"
    reports: bool             # ... or the name is its speaker: "Stovall said", ", said Jake Ho"
    described: bool           # an age or a description follows: "Carole Bower, 75," "X, a retiree"
    owner: bool = False       # an owner opening the sentence: "Lopez's fate is unclear, but she"
    after_opener: bool = False  # only a time opens the sentence before it: "On Sunday, X won"
    lone_subject: bool = False  # one word, its sentence's subject: "Ryanair cut", "Okafor won"


# Months that are also given names ("April Ryan", "June Carter"), read as a date after a
# preposition or time word ("In April Ryan said", "last June Carter won").
_MONTH_NAMES = ("April ", "June ")
_TIME_WORDS_BEFORE = frozenset({"in", "on", "since", "by", "until", "till", "from", "last",
                                "next", "early", "late", "mid", "through", "during", "before",
                                "after", "of", "this", "that", "each", "every"})


def _after_time_word(text: str, at: int) -> bool:
    """Tell whether the word before offset ``at`` is one that a month follows as a date."""
    before = text[max(0, at - 12):at].split()
    return bool(before) and before[-1].lower() in _TIME_WORDS_BEFORE


def _note_names(text: str, raw: list[RawQuote], book: SpeakerBook, shift: int = 0
                ) -> list[_Name]:
    """Find every person name outside quotes, and whether it is its sentence's subject.

    The subject is the first name of the sentence that no preposition governs ("For Major,
    a retiree, …" is not about a subject called Major; "The other man, his cousin James
    York, cited …" is about York). Names inside quotes are the speaker's words, not
    mentions of people the article is following.
    """
    starts = _sentence_starts(text)
    first = len(book.sentence_starts)    # a title's sentences come before the text's
    book.sentence_starts.extend(st + shift for st in starts)
    regions, opens = _quote_regions(text, raw)
    found: list[_Name] = []
    # owners' names opening a sentence, by offset, and whether one alone is a person's
    owners: list[tuple[int, str, bool]] = []
    taken: set[int] = set()  # sentences whose subject is not a person
    # "Shares of Nordvik": one search of the text, not two tests per name (few texts have it)
    shares = any(words in text for words in _SHARES_OF)
    # "Halden & Moss": one search of the text (few texts join names with "&")
    joined = " & " in text
    partner_end = -1     # the end of the second name of a firm "X & Y" read with the first
    firm_words: dict[str, bool] = {}   # _lone_firm_subject's text-wide answer, by word
    # Compiled, the phrase read is typed: its fields, read a dozen times for most names, are
    # C struct members, not attributes looked up (_note_names 1,057M -> 1,031M instructions a
    # pass; Phrase is cimported in attribution.pxd). It may hold None: every field read below
    # comes after the test for None.
    phrase: Phrase
    for m in _name_runs(text, raw):
        s, e = m.span()
        if s < partner_end:
            continue
        k = _last_at_or_before(opens, s)  # the latest quote opened at or before the name
        if k >= 0 and s < regions[k][1]:
            continue
        # (typed: its string tests below are C calls, not method lookups)
        run: str = m.group()
        if shares and run.startswith(_SHARES_OF_RUN):
            run, s = run[10:], s + 10    # not a person "Shares" "of Nordvik": the firm's name
            if " " not in run:
                book.note_firm(s + shift, run)      # "Shares of Nordvik fell"
                continue
        if joined and text.startswith(" & ", e):
            partner = _NAME_RUN.match(text, e + 3, min(len(text), e + 80), False)
            if partner is not None:
                # "Halden & Moss", "Marks & Spencer": a firm's name, not two people; "the
                # retailer" or "the company" may point back to it
                sent = _last_at_or_before(starts, s)
                book.note_firm(s + shift, text[s:partner.end()], subject=sent >= 0 and
                               _sentence_opening(text, starts[sent], s) in ("", "The"))
                partner_end = partner.end()
                continue
        phrase, person = _read_run(run)  # offsets relative to the run
        if phrase is None:
            if run.endswith(("'s", "’s")):
                sent = _last_at_or_before(starts, s)
                if sent >= 0 and _sentence_opening(text, starts[sent], s) == "" or \
                        run[:5].lower().partition(" ")[0] in _OWNER_TITLES and \
                        _word_before(text, s) not in _BEFORE_NO_OWNER:
                    owners.append((s, run[:-2], _owns_no_rival(text, e, run)))
                    # "Lopez's fate is unclear, but she …"; a titled owner anywhere but
                    # after a preposition ("Ray Reyes mocked Sen. Ann Boyd's record. She
                    # …", not "he took the stage after Mr. Boyd's introduction")
            continue
        if person and run.startswith(_MONTH_NAMES) and phrase.name.startswith(_MONTH_NAMES) \
                and run.startswith(phrase.name) and _after_time_word(text, s):
            cut = phrase.name.index(" ") + 1    # "In April Ryan said": a date, then a name
            phrase, person = _read_run(run[cut:])
            s += cut
            if phrase is None:
                continue
        if person and text.endswith(" for ", max(0, s - 5), s) and run.count(" ") > 1:
            cut = _after_brief(text, s, run)
            if cut:
                # "Minister for Finance Michael McGrath": the brief, then its holder's name
                phrase, person = _read_run(run[cut:])
                s += cut
                if phrase is None:
                    continue
        if person and phrase.role and " " not in phrase.name and \
                text.endswith(("the ", "The "), max(0, s - 4), s) and \
                all(w in ORG_NOUNS for w in phrase.role.lower().split()):
            # "The Paper Kites", "the Post Hounds": a band's or a team's name that starts
            # with an organisation's noun, not a person "Kites" whose role is "Paper"
            whole = f"{phrase.role} {phrase.name}"
            phrase, person = Phrase(phrase.start, phrase.end, whole, MentionForm.ORGANIZATION,
                                    name=whole), False
        if not person and phrase.form is FORM_TITLE and \
                phrase.text.lower() in PARTY_NAMES and \
                text.endswith(("the ", "The "), max(0, s - 4), s):
            # "the Conservatives": the party, which its plural members' noun names
            phrase = Phrase(phrase.start, phrase.end, phrase.text, MentionForm.ORGANIZATION,
                            name=phrase.text)
        if not person and shift == 0 and phrase.end == len(run) and \
                _bare_role_speaks(text, s + phrase.start, e):
            bare = speakers.bare_role_name(phrase)
            if bare is not None and bare.form is MentionForm.NAME:
                phrase, person = bare, True     # "King said the plan failed": a surname
        if person and phrase.gender is None and " " not in phrase.name and \
                text.startswith(", ", s + phrase.start - 2) and \
                text.startswith(",", s + phrase.end):
            # "his wife, Mara, voted": one word set off after a kin noun is a given name, of
            # the noun's gender (14 characters read)
            kin = _word_before(text, s + phrase.start - 2)
            gender = speakers.gender_of_role(kin) if kin in KIN_NOUNS else None
            if gender:
                phrase = Phrase(phrase.start, phrase.end, phrase.text, phrase.form,
                                name=phrase.name, gender=gender)
        if person and phrase.end == len(run) and text.startswith(" ", e) and \
                _word_at(text, e + 1, e + 14).rstrip(",.;:)") in WORK_NOUNS and \
                phrase.name.partition(" ")[0].lower() not in GIVEN_NAMES:
            continue    # "the Ledger's Inside Track podcast": a work's title, no person
        sent = _last_at_or_before(starts, s)
        at_start = sent >= 0 and s - starts[sent] < 4 and \
            text[starts[sent]:s].strip(" “\"‘'(") == ""
        if shares and person and " " not in phrase.name and text.endswith(
                _SHARES_OF, max(0, s + phrase.start - 10), s + phrase.start):
            book.note_firm(s + shift + phrase.start, phrase.name)   # "Shares of Nordvik fell"
            continue
        if person:
            # the word before the name: "Like" in the run "Like Makaeff" is dropped by the reader
            # (of the words since the sentence began, 30 characters at most, the last is read
            # alone; the few names that need them all split them: 13M fewer instructions a
            # compiled dev pass)
            lo, hi = max(starts[sent] if sent >= 0 else 0, s - 30), s + phrase.start
            last = _last_word(text, lo, hi)
            prev_word = last.strip("“\"‘'(,").lower() if last else ""
            name: str = phrase.name
            if not phrase.role and (prev_word == "the" or name[name.rfind(" ") + 1:].lower()
                                    in CLUB_WORDS) and not _noun_follows(text, e):
                # "The Lumineers cancelled", "Harlow Rovers sacked": a body's name, which a
                # later "the band" or "the club" may mean (not "the Obama administration")
                book.note_body(s + shift + phrase.start, phrase.name)
            # "Stovall said", and "…, said Jake Horowitz": a name a reporting verb goes with
            # (the pattern starts with a space or a comma and reads at most 40 characters;
            # False: concurrent)
            after = _word_after(text, e) \
                if text[e:e + 1].isspace() or text.startswith(",", e) else None
            follows = after is not None and after[0].lower() in SPEECH_VERBS
            if follows and not phrase.role and " " not in phrase.name and \
                    _IN_ITS.match(text, after[1], min(len(text), after[1] + 12), False):
                # "Shell said in its quarterly report": a firm's words in its own document
                # (12 characters read)
                book.note_firm(s + shift + phrase.start, phrase.name)
            speaks = prev_word in SPEECH_VERBS or follows
            # "told Jake Horowitz" names who was told: only ", said Jake Horowitz" reports
            # and "…the Middle East, warned" names no speaker: the verb's subject is earlier
            reports = (follows and not after[2]) or (
                prev_word in SPEECH_VERBS and len(before := text[lo:hi].split()) > 1
                and before[-2][-1] in ",”\"'’"
                and (text[e:e + 1] in ("", ",", ".", ";", ":", "\n") or text.startswith(" (", e)))
            # (the name ends the clause: not "Alan Garten, said Nunberg was …")
            if prev_word in _ASKING_VERBS and \
                    text[e:e + 10].split(None, 1)[:1] in _QUESTION_OPENERS:
                # "The Ledger's Dan Whitfield asked Reyes whether …": the one asked answers
                # what follows, as one who reports does (10 characters read) …
                reports = True
            elif reports and follows and after[0].lower() in _ASKING_VERBS and \
                    _ASKED_SOMEONE.match(text, after[1], min(len(text), after[1] + 60),
                                         False) is not None:
                reports = False     # … and the one who asks does not (60 characters read)
            described = " " in phrase.name and (
                text.startswith(",", e) and _DESCRIBED.match(
                    text, e, min(len(text), e + 12), False)  # full names only; 12 characters read
                or _described_as(text, e))
            firm_like = at_start and phrase.start == 0 and not phrase.role and \
                phrase.name == run and (run.isalpha() or _hyphened_word(run)) and \
                _lone_firm_subject(text, e, run, firm_words)   # "Ryanair cut", "Rolls-Royce said"
            if firm_like:
                # (16 characters read)
                book.note_lone_subject(s + shift, run, _HIS_HER.match(
                    text, e, min(len(text), e + 16), False) is not None)
                if " its" in text[e:e + 24] and \
                        _VERB_ITS.match(text, e, min(len(text), e + 24), False) is not None:
                    # "Nvidia raised its forecast": a firm, which "its" tells (24 characters
                    # read), as for two words below
                    book.note_firm(s + shift, run, subject=True)
            elif at_start and phrase.start == 0 and not phrase.role and phrase.name == run \
                    and run.count(" ") == 1 and run.split(" ", 1)[0].lower() not in GIVEN_NAMES \
                    and " its" in text[e:e + 24] \
                    and _VERB_ITS.match(text, e, min(len(text), e + 24), False) is not None:
                # "Goldman Sachs raised its forecast": a firm of two words, which "its" tells
                # (24 characters read)
                book.note_firm(s + shift, run, subject=True)
                book.note_lone_subject(s + shift, run)
            # a person's surname, maybe: not a plural ("Roads stayed closed"), before a verb
            # in the past tense, or naming what was said (16 characters read)
            lone_subject = firm_like and (not run.endswith("s") and _PAST_VERB.match(
                text, e, min(len(text), e + 16), False) is not None or _NAMES_IT.match(
                text, e, min(len(text), e + 16), False) is not None)
            if not phrase.role and " " in phrase.name:
                phrase = _with_apposed_role(text, s, e, phrase)
            elif phrase.role:
                if text.startswith(", the ", e):
                    phrase = _with_apposed_office(text, e, phrase)
                if text[s - 2:s] == ", " and phrase.start == 0:
                    phrase = _with_role_before(text, s, phrase)
            phrase = phrase.shifted(s + shift)
            # not its sentence's subject: after a preposition; after a subordinator that
            # opens the sentence ("When Boyd pointed out …, Moss seized on it"); a
            # participle's object ("One pastor supporting Mr. Reyes, Dan Whitfield, said")
            governed = prev_word in _PREPOSITIONS or (
                prev_word in _CLAUSE_OPENERS and len(text[lo:hi].split()) == 1
                and s - starts[sent] <= 30) or (
                len(prev_word) > 5 and prev_word.endswith("ing")
                and prev_word not in PERSON_ROLE_NOUNS)
            # (every field, in order: made at once, see model.new_tuple)
            found.append(new_tuple(_Name, (
                phrase, first + sent, governed, sent in taken, at_start,
                speaks, reports, bool(described), False,
                not at_start and sent >= 0 and s > 1 and text[s - 2] == ","
                and s - starts[sent] <= _TIME_OPENER_REACH and _time_opener(text[starts[sent]:s]),
                lone_subject)))
        else:
            if phrase.form is FORM_ORGANIZATION:
                name = phrase.name or phrase.text
                if text.startswith(" for ", e) and " " not in name and name.lower() in ORG_NOUNS:
                    body = _NAME_RUN.match(text, e + 5, min(len(text), e + 80), False)
                    if body is not None:
                        # "the Department for Education", "the Centre for Cities": the
                        # body's noun, then what it is for (a run stops at "for"; 80
                        # characters read)
                        name, partner_end = f"{name} for {body.group()}", body.end()
                leads = sent >= 0 and (_sentence_opening(text, starts[sent], s) in ("", "The")
                                       or text.startswith(("In ", "in "), starts[sent])
                                       and s - starts[sent] <= _OPENING_ISSUER_REACH
                                       and _OPENING_ISSUER_THE.fullmatch(
                                           text, starts[sent], s, False) is not None)
                book.note_org(s + shift + phrase.start, name, leads)
                noun = _org_noun_after(text, e)
                if noun is not None:
                    book.note_org_noun(s + shift + phrase.start, name, noun)
            elif phrase.form is FORM_NAME and phrase.start == 0 and \
                    phrase.name == run and run.lower() not in NATIONALITIES and \
                    (noun := _org_noun_after(text, e)) is not None:
                # "The RMT union said …", "the Unite union": a name no person has, then its
                # body's noun: that body, which "the union" later means
                leads = sent >= 0 and _sentence_opening(text, starts[sent], s) in ("", "The")
                book.note_org(s + shift, run, leads)
                book.note_org_noun(s + shift, run, noun)
            elif at_start and phrase.start == 0 and phrase.name == run and 2 <= len(run) <= 5 \
                    and run.isupper() and run.isalpha() and \
                    _lone_firm_subject(text, e, run, firm_words):
                book.note_lone_subject(s + shift, run)    # "HSBC cut 3,000 jobs"
            if at_start:
                taken.add(sent)  # the sentence is about an organisation or a thing
    for st in starts:
        if text.startswith(("In ", "in "), st):
            # "In a statement released by the ministry, it said …": the one who issued it
            issued = _OPENING_ISSUER.match(text, st, min(len(text), st + 120), False)
            if issued is not None and text.startswith(("the ", "The "), issued.end()):
                st = issued.end()
        if text.startswith(("The ", "the "), st):
            # "The company was more muted. In a statement, it said …"
            noun = text[st + 4:st + 20].split(" ", 1)[0].rstrip(",")
            if noun in _SPEAKING_ORG_NOUNS:
                book.note_org_subject(st + shift, noun)
            elif noun[:1].isupper() and noun.isalpha():
                # "The Pakistani military said it had responded “…”", "The South Korean
                # military": a country's body (its nationality, then its noun)
                body = text[st + 4:st + 50].split(" ", 3)[:3]
                n = 1 if noun.lower() in NATIONALITIES else 2 if len(body) == 3 and \
                    " ".join(body[:2]).lower() in NATIONALITIES else 0
                if n and len(body) > n and body[n].rstrip(",") in _SPEAKING_ORG_NOUNS:
                    book.note_org_subject(st + shift, " ".join(body[:n + 1]).rstrip(","))
    # (when a spokesperson asks: five searches of every text, one per verb, took 13M
    # instructions of a pass over the dev texts)
    book.defer_contact_scan(_note_contacted, text, shift)
    return _with_owners(found, owners, starts, first, shift)


def _after_brief(text: str, s: int, run: str) -> int:
    """Return where the holder's name starts in ``run`` (at ``s``, after " for "), when the
    run is an office's brief and then a name ("Minister for Foreign Affairs Maeve Quinlan":
    16; see BRIEF_WORDS), or 0."""
    before = text[max(0, s - 30):s - 5].rsplit(None, 1)
    office = before[-1] if before else ""
    if not office[:1].isupper() or office != "State" and \
            office.lower() not in PERSON_ROLE_NOUNS and office.lower() not in TITLE_WORDS:
        return 0
    words = run.split(" ")
    given = next((i for i in range(1, len(words) - 1) if words[i].lower() in GIVEN_NAMES
                  or words[i].lower() not in BRIEF_WORDS), 0)
    return len(" ".join(words[:given])) + 1 if given else 0


def _bare_role_speaks(text: str, s: int, e: int) -> bool:
    """Tell whether the word at ``text[s:e]`` is a reporting verb's subject ("King said",
    "King, 54, told …") or its subject after it (", said King"), outside a headline."""
    after = _word_after(text, e) if text[e:e + 1].isspace() or text.startswith(",", e) \
        else None
    before = text[max(0, s - 20):s].split()
    if not (after is not None and after[0].lower() in SPEECH_VERBS or before and
            before[-1].lower() in SPEECH_VERBS and len(before) > 1 and before[-2][-1] in ",”\"'’"):
        return False
    hi = text.find("\n", e, e + _HEADLINE_REACH)
    if hi < 0 and e + _HEADLINE_REACH < len(text):
        return True     # a line this long is copy, not a headline
    # (the line's end is all _headline_like reads: from the name on is enough)
    return not _headline_like(text, Span(s, len(text) if hi < 0 else hi))


# How far past a name its line is read for a headline's end: no headline is longer, and a
# text of one line is not read to its end for each name in it
_HEADLINE_REACH = 2000


def _sentence_opening(text: str, start: int, at: int) -> str | None:
    """Return what stands between a sentence's start and offset ``at``, without spaces,
    opening marks and brackets: "" or "The" before a name that opens it; None when that is
    more than 40 characters (no name after so much opens its sentence, and a text without
    full stops is not sliced whole for each of its names)."""
    if at - start > 40:
        return None
    return text[start:at].strip(" “\"‘'(")


# Beyond these, what opens a sentence before a name is no time phrase ("On Sunday, ", at
# most four words) and no issuer's clause ("In a statement released by the ministry, …")
_TIME_OPENER_REACH = 120
_OPENING_ISSUER_REACH = 200


# "The Ledger contacted the ministry": the organisation contacted answers through a
# spokesperson in the next sentence, before the one that contacted it.
_CONTACTING = ("contacted ", "reached out to ", "approached ", "emailed ",
               "sought comment from ")
# What follows one of them: "the" and a lower-case noun, or capitalised words
# capitalised words, or "his"/"her" and the office that speaks for a person ("reached out
# to her office")
_CONTACTED = regex.compile(r"the\s+(\p{Ll}+)\b|((?:the\s+)?\p{Lu}[\p{L}&\-]*"
                           r"(?:\s+\p{Lu}[\p{L}&\-]*){0,4})"
                           r"|(his|her)\s+(?:office|campaign|team|staff|representatives?"
                           r"|spokes(?:man|woman|person))\b")


def _note_contacted(text: str, book: SpeakerBook, shift: int) -> None:
    """Record the organisations the text says were contacted ("contacted the ministry",
    "reached out to the Harbor Water Authority"), for a spokesperson who speaks for no one
    named."""
    for verb in _CONTACTING:
        at = text.find(verb)
        while at >= 0:
            at += len(verb)
            # (80 characters read)
            m = _CONTACTED.match(text, at, min(len(text), at + 80), False)
            if m is not None and (at - len(verb) == 0 or not text[at - len(verb) - 1].isalpha()):
                noun, name, possessive = m.groups()
                if possessive is not None:
                    # whose office: resolved when a spokesperson asks (see _subject_org)
                    book.note_contacted(m.start(3) + shift, possessive)
                elif noun is not None:
                    if noun in _SPEAKING_ORG_NOUNS:
                        book.note_contacted(m.start(1) + shift, noun)
                else:
                    phrase = read_phrase(word_tokens(name.split()), name)
                    if phrase is not None and phrase.form is MentionForm.ORGANIZATION:
                        book.note_contacted(m.start(2) + shift, phrase.name or phrase.text)
            at = text.find(verb, at)


# Words before a one-word name that make it a listed firm's: "Shares of Nordvik", "shares in".
_SHARES_OF = ("hares of ", "hares in ", "tock of ")
_SHARES_OF_RUN = ("Shares of ", "Shares in ")    # (not a person "Shares" "of Nordvik")

# Organisation nouns that, after "The" opening a sentence, make it the subject a later "it
# said" means: those a statement comes from.
# An opening clause that names who issued a document, then its words: "In a statement
# released Friday by the ministry, it said …", "In a letter from the Water Authority, it
# warned …": the issuer is the sentence's subject, for "it" (bounded: 120 characters)
_OPENING_ISSUER = regex.compile(
    r"[Ii]n\s+(?:a|an|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:"
    + "|".join(sorted(OWN_WORD_DOCUMENTS, key=len, reverse=True))
    + r")\b[^,;“”\"\n]{0,60}?\s(?:by|from)\s+")
_OPENING_ISSUER_THE = regex.compile(_OPENING_ISSUER.pattern + r"(?:[Tt]he\s+)?")
_SPEAKING_ORG_NOUNS = frozenset({
    "company", "ministry", "department", "agency", "campaign", "union", "committee", "council",
    "commission", "government", "administration", "embassy", "firm", "bank", "university",
    "hospital", "church", "league", "association", "organization", "organisation",
    "foundation", "institute", "party", "board", "court", "group",
    "military", "army", "navy", "regime", "cabinet"}) | FIRM_NOUNS


# Titles before an owner's name that make it a person's ("Sen. Ray Castellano's").
_OWNER_TITLES = frozenset(f"{t.lower()}." for t in _NAME_TITLES.split("|")
                          if t not in ("St", "Jr", "Sr"))


# Words before a titled owner inside a sentence that make it no one the sentence is about:
# prepositions, and "and" ("with Mr. Boyd's help", "after Sen. Cole's speech").
_BEFORE_NO_OWNER = _PREPOSITIONS | frozenset({
    "after", "before", "since", "during", "despite", "over", "under", "into", "through",
    "behind", "near", "amid", "without", "within", "toward", "towards", "upon", "or"})


def _word_before(text: str, at: int) -> str:
    """Return the lower-case word just before offset ``at`` (12 characters read), or ""."""
    words = text[max(0, at - 12):at].split()
    return words[-1].lower() if words else ""


def _owns_no_rival(text: str, e: int, run: str) -> bool:
    """Tell whether an owner of two or three words opening a sentence ("Owen Price's
    daughter was born …", "Tom Reyes's side lost …"; the run ends at ``e``) is a person a
    later "he" or "she" may point back to though the text names them nowhere else: its first
    word is a given name, and what it owns is no one that pronoun could mean instead (not
    "Tom Reyes's lawyer", "Owen Price's son"; "Owen Price's daughter" is no "he")."""
    words = run[:-2].split()
    title = words[0].lower() if words and words[0].endswith(".") else ""
    if title in _OWNER_TITLES and 2 <= len(words) <= 4:
        # "Gov. Ray Castellano's aides", "Ms. Whitfield's best line": the title marks a person
        words = words[1:]
    elif not 2 <= len(words) <= 3 or words[0].lower() not in GIVEN_NAMES and \
            not speakers.census_given_name(words[0].lower()):
        return False
    owned = text[e:e + 24].split(None, 2)
    noun = owned[0].strip(",.;:").lower() if owned else ""
    if noun not in PERSON_ROLE_NOUNS and noun not in KIN_NOUNS or noun.endswith("s") and (
            noun[:-1] in PERSON_ROLE_NOUNS or noun[:-1] in KIN_NOUNS):
        # (several people owned, "Ray Castellano's aides", are no "he" or "she")
        return True
    theirs = speakers.given_name_gender(words[0]) or speakers.census_gender(" ".join(words)) \
        or HONORIFICS.get(title)
    other = speakers.gender_of_role(noun)
    return theirs is not None and other is not None and theirs != other


def _org_noun_after(text, e):   # (hinted in attribution.pxd: str, int -> str | None)
    """Return the organisation's noun in lower case right after a name ending at ``e`` ("the
    RMT union", "the ruling Fidesz party"), or None (13 characters read)."""
    if not text.startswith(" ", e) or not text[e + 1:e + 2].islower():
        return None
    noun = text[e + 1:e + 14].split(None, 1)[0].rstrip(",.;:")
    return noun if noun in _SPEAKING_ORG_NOUNS else None


def _with_owners(found: list[_Name], owners: list[tuple[int, str, bool]], starts: list[int],
                 first: int, shift: int) -> list[_Name]:
    """Add, in text order, the owners that open a sentence ("Suu Kyi's fate is unclear, but
    she said …") whose last word is that of a person found elsewhere: the sentence is about
    that person. Only those are read (reading a new name costs more than the rest of it)."""
    if not owners:
        return found
    lasts = {n.phrase.name.rpartition(" ")[2] for n in found}
    added = []
    for s, run, alone in owners:
        if run.rpartition(" ")[2] not in lasts and not alone:
            continue
        phrase, person = _read_run(run)
        if person:
            # (one named only as an owner is a person by the given name: see _owns_no_rival;
            # "described", so that _keep_people keeps it)
            added.append(_Name(phrase.shifted(s + shift), first + bisect_right(starts, s) - 1,
                               False, False, True, False, False, alone, owner=True))
    return sorted(found + added, key=lambda n: n.phrase.start) if added else found


# Quote marks no name run can hold: they are neither a name word's character nor a space.
_NOT_IN_NAMES = frozenset("“”„‟«»\"‘‚‛‹›`")
# A quote shorter than this is read with the text around it: a scan of its own costs more
# than reading its words.
_SKIPPED_QUOTE = 80


def _name_runs(text: str, raw: list[RawQuote]) -> Iterator[regex.Match]:
    """Return the matches of ``_NAME_RUN`` over ``text`` that one ``finditer`` would yield,
    except those inside a long quote opened and closed by marks no run can hold.

    Names inside quotes are dropped anyway, and the scan costs most of finding names: such a
    quote is not read at all. A run cannot cross its marks, so no run outside it changes; the
    pattern reads a mark after a word as it reads the end of the text (both stop a word, and
    both are a word boundary), so the scan before the quote can end at its opening mark.
    """
    quotes = sorted([(r.open, r.close, r.close + _mark_len(text, r.close)) for r in raw])
    segments, pos = [], 0
    for i, (open_, close, end) in enumerate(quotes):
        if end - open_ < _SKIPPED_QUOTE or i + 1 < len(quotes) and quotes[i + 1][0] < end:
            continue  # short, or another quote opens inside it: read it with the text
        if not _NOT_IN_NAMES.issuperset(text[open_] + text[close:end]):
            continue  # "‘…’", "''…''": an apostrophe can end a name word
        segments.append((pos, open_))
        pos = end
    segments.append((pos, len(text)))
    return chain.from_iterable(_NAME_RUN.finditer(text, a, b, concurrent=False)
                               for a, b in segments)


# A firm's deeds that wire copy opens with: "Ryanair cut its forecast", "Pfizer said", a verb
# in -ed or -s, or one of these irregular past tenses
_PAST_TENSES = (r"cut|set|put|hit|fell|rose|sold|bought|made|took|won|lost|paid|said|told|gave|"
                r"kept|shut|spent|sent|brought|began|grew|became|held|struck|met|left|quit")
_FIRM_VERB = regex.compile(rf" (?:\p{{Ll}}+(?:ed|s)|{_PAST_TENSES})\b")
# A person's: a verb in the past tense ("Okafor dodged the question"), not a word in -s
# ("Similar firearms sell", "Rising prices hurt": no subject of one word at all).
_PAST_VERB = regex.compile(rf" (?:\p{{Ll}}+ed|{_PAST_TENSES}|was|had|did|went|came|spoke|wrote"
                           r"|chose|ran|saw|sat|stood|threw)\b")
# A verb and "his" or "her" after a subject of one word: a person's ("Okafor raised his game")
_HIS_HER = regex.compile(r" \p{Ll}+ (?:his|her|himself|herself)\b")
# A verb in the past tense and "its" after a subject: "… raised its forecast", "… cut its"
_VERB_ITS = regex.compile(rf" (?:\p{{Ll}}+ed|{_PAST_TENSES}|let) its\b")

# A person's, even a word in -s ("Jones called it a disaster"): a verb that names what was
# said, then what it named (16 characters read).
_NAMES_IT = regex.compile(r" (?:called|dubbed|labell?ed|branded|termed)"
                          r" (?:it|this|that|him|her|them|the)\b")


def _hyphened_word(run: str) -> bool:
    """Tell whether a run is one word of two capitalised parts joined by a hyphen, as firms'
    names are ("Rolls-Royce", "Coca-Cola", "Mercedes-Benz")."""
    a, hyphen, b = run.partition("-")
    return bool(hyphen) and a.isalpha() and b.isalpha() and b[:1].isupper()


def _lone_firm_subject(text: str, e: int, word: str, read: dict[str, bool] | None = None
                       ) -> bool:
    """Tell whether one capitalised word opening its sentence, ending at ``e``, may be a
    firm's bare name: a verb follows ("Ryanair cut its forecast"), the text never writes it
    in lower case (a common noun, "Markets closed") and never after another capitalised
    word or an honorific (a person's surname: "Mark Barden's son … Barden now leads")."""
    if _FIRM_VERB.match(text, e, min(len(text), e + 16), False) is None:
        return False
    if read is not None:
        if word not in read:
            read[word] = _never_a_surname(text, word)
        return read[word]
    return _never_a_surname(text, word)


def _never_a_surname(text: str, word: str) -> bool:
    """The text-wide half of _lone_firm_subject (its caller keeps the answer per word: a
    text that opens many sentences with the word would read all its places for each)."""
    if f" {word.lower()}" in text:
        return False
    at = text.find(f" {word}")
    while at > 0:
        # the word before this one: "Mark" in "Mark Barden", "Mr." in "Mr. Barden"
        before = text[max(0, at - 20):at].rsplit(None, 1)[-1:] or [""]
        before = before[0].lstrip("“\"‘'(")
        if before[:1].isupper() and (before.lower() in HONORIFICS or
                                     before.lower().rstrip(".") not in STOP_CAPITALS):
            return False
        at = text.find(f" {word}", at + 1)
    return True


def _last_word(text, lo, hi):   # (hinted in attribution.pxd: str, int, int -> str)
    """Return the last word of ``text[lo:hi]``, ``(text[lo:hi].split() or [""])[-1]``, for
    ``0 <= lo <= hi <= len(text)``: one string made, not one per word."""
    b = hi
    while b > lo and text[b - 1].isspace():
        b -= 1
    a = b
    while a > lo and not text[a - 1].isspace():
        a -= 1
    return text[a:b]


def _word_at(text, start, end):   # (hinted in attribution.pxd: str, int, int -> str)
    """Return ``text[start:end].partition(" ")[0]``: the word at ``start``, up to ``end``,
    without the slice's tuple."""
    space = text.find(" ", start, end)
    return text[start:space if space >= 0 else end]


# What regex's \s may match among ASCII characters (and \x1c-\x1f, which str.isspace takes):
# _comma_then leaves these to the pattern
_MAYBE_SPACE = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _comma_then(text, e, firsts):   # (hinted in attribution.pxd: str, int, str -> bool)
    """Tell whether a pattern that reads a comma at ``e``, spaces (``\\s+``), then one of
    ``firsts`` (ASCII characters) may match there: False only where an ASCII character
    after the comma, or after ", ", rules it out; anything else is the pattern's to read."""
    c = text[e + 1:e + 2]
    if c == " ":
        c = text[e + 2:e + 3]
        return c != "" and (c >= "\x80" or c in _MAYBE_SPACE or c in firsts)
    return c != "" and (c >= "\x80" or c in _MAYBE_SPACE)


def _with_apposed_role(text: str, s: int, e: int, phrase: Phrase) -> Phrase:
    """Give a full name the description set beside it as its role ("Ann Boyd, the mayor,"),
    so that "the mayor" later points back to her."""
    role, complement = None, ""
    if text.startswith(",", e):
        # (each pattern tried only where the character after ", " may start what it needs:
        # many names go on ", who", ", said": 19.0M -> 15.8M instructions a dev pass)
        age = _AGE_AFTER.match(text, e, min(len(text), e + 6), False) \
            if _comma_then(text, e, "0123456789") else None   # bounded
        if age is not None:
            e = age.end()    # "Jane Doe, 54, a nurse,": the role follows the age
        m = _ROLE_AFTER.match(text, e, min(len(text), e + _ROLE_AFTER_REACH), False) \
            if _comma_then(text, e, "tah") else None    # bounded
        if m is not None:
            role, complement = m.groups()    # "a spokesman", " for the agency"
        elif text.startswith(", the ", e):
            return _with_apposed_office(text, e, phrase)
    if role is None:
        role = _role_before(text, s)
    if role is None and text[s - 1:s] == " " and text[s - 2:s - 1].islower() and \
            text[max(0, s - 30):s - 1].rsplit(None, 1)[-1] in PERSON_ROLE_NOUNS:
        # a role noun written just before the name: "Former Dover pollster Jonas Berg"
        words = text[max(0, s - 45):s].split()[-4:]
        keep = 1
        while keep < len(words) and words[-keep - 1].isalpha() and \
                words[-keep - 1].lower() not in STOP_CAPITALS:
            keep += 1
        role = " ".join(words[-keep:])
    if not _describes_person(role):
        return phrase
    return Phrase(phrase.start, phrase.end, phrase.text, phrase.form, name=phrase.name,
                  role=role + complement, gender=phrase.gender)


def _role_before(text: str, s: int) -> str | None:
    """Return the description that opens a sentence and is set before the name starting at
    ``s`` ("The county sheriff, Ann Boyd"), or None."""
    if text[s - 2:s] != ", ":
        return None
    # the words since the sentence began: "The county sheriff, "
    before = text[max(0, s - 45):s - 2]
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("\n"),
              *(at + len(end) - 2 for end in _QUOTE_ENDS if (at := before.rfind(end)) >= 0))
    if cut >= 0 or s <= 45:
        words = before[cut + 1:].split()
        if 2 <= len(words) <= 4 and (words[0] in _ROLE_DETERMINERS or words[0][:1].isupper()
                                     and words[0].endswith(("'s", "’s"))) and all(
                w.isalpha() and w.islower() for w in words[-1:]) and all(
                _lower_word(w) for w in words[1:-1]):
            # "The county sheriff, ", "Kazakhstan's foreign minister, ", "His partner, ",
            # "The club's new captain, "
            return " ".join(words)
    return None


# A quote that ends a sentence before a description opens the next: "“We lost.” His partner, "
_QUOTE_ENDS = (".” ", "?” ", "!” ", '." ', '?" ', '!" ', ".’ ", ".' ")

# What opens a description set before a name: an article or an owner's pronoun
_ROLE_DETERMINERS = frozenset({"The", "the", "His", "Her", "Their", "Our", "My"})


def _lower_word(word: str) -> bool:
    """Tell whether ``word`` is a lower-case word, or an owner's ("club's")."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.isalpha() and word.islower()


def _describes_person(role: str | None) -> bool:
    """Tell whether a description ends with a person's role or a relative ("her partner")."""
    if role is None:
        return False
    last = role.rsplit(None, 1)[-1]
    return last in PERSON_ROLE_NOUNS or last in KIN_NOUNS


def _with_role_before(text: str, s: int, phrase: Phrase) -> Phrase:
    """Give a name written with a title the role set before it as well ("The committee
    chairman, Sen. Ann Boyd,": "the committee chairman; Sen."), so that "the chairman"
    later points back to her."""
    role = _role_before(text, s)
    if not _describes_person(role):
        return phrase
    return Phrase(phrase.start, phrase.end, phrase.text, phrase.form, name=phrase.name,
                  role=f"{role}; {phrase.role}", gender=phrase.gender)


def _with_apposed_office(text: str, e: int, phrase: Phrase) -> Phrase:
    """Give a name the office of a place set beside it, written with capitals, as a role
    beside the title it has ("Prince Edmund, the Duke of Wessex,": "Prince, the Duke of
    Wessex"), so that "the Duke" later points back to him."""
    m = _OFFICE_AFTER.match(text, e, min(len(text), e + 60), False)
    if m is None or m.group(1).rsplit(None, 1)[-1].lower() not in PERSON_ROLE_NOUNS:
        return phrase
    role = "".join(m.groups())
    return Phrase(phrase.start, phrase.end, phrase.text, phrase.form, name=phrase.name,
                  role=f"{phrase.role}, {role}" if phrase.role else role, gender=phrase.gender)


def _described_as(text: str, end: int) -> bool:
    """Tell whether a role noun describes the name ending at ``end`` ("… is the chairman")."""
    if not text.startswith((" is ", " was ", " has ", " had ", " became ", " serves ",
                            " served "), end):
        return False
    m = _DESCRIBED_AS.match(text, end, min(len(text), end + 60), False)
    return m is not None and any(w in PERSON_ROLE_NOUNS or w in TITLE_WORDS
                                 for w in m.group(1).split())


def _read_plain_word(word: str) -> Phrase | None | bool:
    """Read one plain capitalized word the way ``read_phrase`` would, or False to ask it."""
    low = word.lower()
    if low in STOP_CAPITALS:
        return None
    if low in _WORDS_TO_ASK:
        return False  # pronouns, titles, role and organisation nouns: the full reader decides
    return Phrase(0, len(word), word, FORM_NAME, name=word)


# Letters, perhaps joined by apostrophes or hyphens ("O'Rourke", "Anne-Marie", "Trump’s"): the
# tokenizer reads such a word as one word token.
_LETTER_WORD = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")


# The runs read so far, and what each read as: at most _RUNS_KEPT, then forgotten at once
_RUNS_READ: dict[str, tuple[Phrase | None, bool]] = {}
_RUNS_KEPT = 32768


def _read_run(run_text):   # (hinted in attribution.pxd: str -> tuple[Phrase | None, bool])
    """Read a run of capitalized words as a phrase (offsets relative to the run), and tell
    whether it names a person.

    Pure and cached: the same names ("Trump", "Sen. Ted Cruz") recur across articles. (A
    dict read from a C function, not an lru_cache called through Python's call machinery:
    about 550 instructions fewer for each of the 21,000 runs of a dev pass.)
    """
    runs: dict = _RUNS_READ    # (typed: its reads are C calls, not method lookups)
    read = runs.get(run_text)
    if read is None:
        if len(runs) >= _RUNS_KEPT:
            runs.clear()
        read = runs[run_text] = _read_new_run(run_text)
    return read


def _read_new_run(run_text: str) -> tuple[Phrase | None, bool]:
    """Read a run not read before (see _read_run)."""
    words = run_text.split(" ")
    if len(words) == 1 and run_text.isalpha():  # one plain word, the common case
        phrase = _read_plain_word(run_text)
        if phrase is not False:
            return phrase, phrase is not None and _person_like(phrase)
    # (a loop, not all() over a generator: compiled, that made a generator object for every
    # run read; with holds_any, 4.6M instructions of a pass over the dev texts)
    for w in words:
        if not w.isalpha() and _LETTER_WORD.fullmatch(w) is None:
            run = tokenize(run_text, 0, len(run_text), [])
            break
    else:
        # one word token per word: no need for the tokenizer
        phrase = read_plain_name(words, run_text)
        if phrase is not False:  # no word the full reader treats specially
            return phrase, phrase is not None and _person_like(phrase)
        run = word_tokens(words)
    while run and not run[-1].is_word:
        run.pop()
    opening = True
    while len(run) > 1 and run[0].lower in STOP_CAPITALS and run[0].lower != "the" and not (
            opening and speakers.month_given_name(run)) and run[0].lower not in HONORIFICS:
        # (the British honorific with no full stop stays: "Mrs Reyes" is a woman's name)
        run = run[1:]  # "When Wallace died", "But Trump said": the name starts after
        opening = False   # ("Last April Trump said": the month, too)
    if not run or (len(run) == 1 and run[0].lower in STOP_CAPITALS):
        return None, False  # "The", "But": a capital that only starts the sentence
    phrase = read_phrase(run, run_text)
    return phrase, phrase is not None and phrase.form is FORM_NAME and _person_like(phrase)


_WORDS_TO_ASK = (frozenset(PRONOUNS) | DETERMINERS | NUMBER_WORDS | PERSON_ROLE_NOUNS | ORG_NOUNS
                 | ORG_NAMES | TITLE_WORDS | {w.rstrip(".") for w in TITLE_WORDS} | DOCUMENT_NOUNS
                 | {w.rstrip(".") for w in HONORIFICS})


def clear_caches() -> None:
    """Forget the names read so far (benchmarks start every timed pass cold)."""
    _RUNS_READ.clear()
    speakers.clear_caches()


def _keep_people(found: list[_Name], pronoun_subjects: AbstractSet[int] = frozenset(),
                 person_follows: Callable[..., bool] | None = None
                 ) -> list[tuple[Phrase, int]]:
    """Keep the names that are people's, each with its rank in its sentence: SPEAKS, SUBJECT or
    MENTIONED (see speakers.py).

    A person's name has a known first name, a title or honorific, or a surname that is also
    used alone (news names people by surname after the first mention; "Dirty Dancing" and
    "Chicago Tribune" never recur as "Dancing" or "Tribune"). The subject is the first such
    name of a sentence that no preposition governs and whose subject is not "he" or "she"
    (``pronoun_subjects``: "She resigned after Boyd grabbed her" is not about Boyd).
    A two-word subject whose given name the lists lack ("Kibet Rotich won …") is a person's
    when ``person_follows`` says a person pronoun or epithet follows it (``_person_follows``).
    """
    first_names = GIVEN_NAMES
    # (a surname's Arabic article apart: "Ayman al-Zawahiri" is the later "Zawahiri")
    split_names = [_without_article(n.phrase.name.split()) for n in found]
    # each name's first and last word in lower case, lowered once (each was lowered up to
    # eight times below, each a method call)
    firsts = [words[0].lower() for words in split_names]
    lasts = [words[-1].lower() for words in split_names]
    alone = {first for first, words in zip(firsts, split_names) if len(words) == 1}
    people = set()
    named_fully = set()
    for n, words, first, last in zip(found, split_names, firsts, lasts):
        if n.owner:
            continue
        if n.phrase.role or _honoured(n.phrase) or len(words) > 1 and (
                first in first_names or last in alone or n.described
                or n.speaks or n.at_start and _census_first_name(words)
                or len(words) > 2 and _knighted(words)
                # "Kim Jong Un", later "Kim": a family name written first, used alone
                or first in alone and first in FAMILY_FIRST_SURNAMES
                # "Park Geun-hye", "Moon Jae-in": a family name first, then a given name of
                # two syllables joined in lower case, the Korean way ("Anne-Marie" is not)
                or len(words) == 2 and first in FAMILY_FIRST_SURNAMES
                and _SYLLABLES_JOINED.fullmatch(words[1]) is not None
                # ("Park Geun Hye": the two syllables spaced, neither a given name of the
                # lists)
                or len(words) == 3 and first in FAMILY_FIRST_SURNAMES
                and all(_SYLLABLE.fullmatch(w) is not None and w.lower() not in first_names
                        for w in words[1:])):
            people.add(last)  # "President Obama": a person, later "Obama" too
            if first in first_names and not n.at_start:
                named_fully.add(last)
    if person_follows is not None:
        _add_followed_subjects(found, split_names, people, person_follows, pronoun_subjects)
    surnames = {last for last, words in zip(lasts, split_names) if len(words) > 1}
    kept, seen = [], set(pronoun_subjects)
    for n, words, first, last in zip(found, split_names, firsts, lasts):
        ph = n.phrase
        if n.owner and last not in people and not n.described:
            continue  # an owner is a person the article names otherwise too (or a given
                      # name tells it: _owns_no_rival)
        if n.at_start and len(words) == 2 and first not in first_names \
                and not ph.role and last in named_fully:
            # "Absent Sanders, …" beside "Bernie Sanders": the first capital only starts
            # the sentence
            at = ph.name.index(words[1])
            ph = Phrase(ph.start + at, ph.end, words[1], ph.form, name=words[1],
                        gender=ph.gender)
            words = [words[1]]
            first = last
        lone_first_name = len(words) == 1 and first in first_names \
            and first not in surnames   # not "Boyd" after "Ann Boyd"
        if not (last in people or ph.role or ph.gender or lone_first_name
                or _honoured(ph) or n.owner and n.described):
            continue
        gender = given_name_gender(words[0]) if lone_first_name and not ph.gender else None
        if gender:
            ph = Phrase(ph.start, ph.end, ph.text, ph.form, name=ph.name, role=ph.role,
                        gender=gender)
        # a speaker the sentence reports ("Cruz won, Stovall said") outranks its subject
        subject = SPEAKS if n.reports else SUBJECT if n.speaks or (
            n.sentence not in seen and not n.after_preposition and not n.sentence_taken
            and not n.owner) else MENTIONED
        if not n.after_preposition and not n.owner:
            seen.add(n.sentence)  # "Like Makaeff, Roffman doesn't …": Roffman is the subject
        kept.append((ph, subject))
    return kept


def _honoured(phrase):   # (hinted in attribution.pxd: Phrase -> bool)
    """Tell whether a name is written after an honorific that tells no gender ("Dr Smith",
    "Dr. Smith"): a person's, as "Mrs Smith" is."""
    return phrase.text != phrase.name and \
        phrase.text.split(None, 1)[0].lower() in HONORIFICS


def _without_article(words):   # (hinted in attribution.pxd: list[str] -> list[str])
    """Return a name's words with the Arabic article of its last word left out ("al-Assad",
    "Al-Thani", "el-Sisi" -> "Assad", "Thani", "Sisi")."""
    last = words[-1]
    if last[2:3] == "-" and last[:2].lower() in ("al", "el") and last[3:4].isupper():
        words[-1] = last[3:]
    return words


def _time_opener(words: str) -> bool:
    """Tell whether ``words``, what opens a sentence before a name, are only a time set off
    by a comma: "On Sunday, ", "Last week, ", "Earlier this month, "."""
    words = words.lstrip(" “\"‘'(")
    return words.endswith(", ") and 1 <= len(words.split()) <= 4 and \
        words.split(None, 1)[0].lower() in TIME_WORDS and \
        all(w.isalnum() for w in words[:-2].split())


def _add_followed_subjects(found: list[_Name], split_names: list[list[str]], people: set[str],
                           person_follows: Callable[..., bool],
                           pronoun_subjects: AbstractSet[int] = frozenset()) -> None:
    """Add to ``people`` the last words of the two-word names no other signal made a person's
    ("Kibet Rotich", "Ngozi Okafor": given names the lists lack) that open their sentence as its
    subject when a person pronoun or epithet is the next sentence's subject.

    Not a name inside its sentence ("a 1930s-era Art Deco movie theater"), nor when a person is
    named in the name's sentence or the two before it (the pronoun may be theirs), nor a
    nationality's word ("Kenyan Airways"), nor a club's (see ``_person_follows``).
    Also one word opening its sentence as its subject ("Okafor admitted …", "Okafor dodged
    the question. “…,” he said."), unless a person is named in its own sentence; and a
    two-word name in a clause opening a sentence whose subject after it is "he" or "she"
    ("After Kofi Mensah lost his job, he started a bakery.": ``pronoun_subjects``, the
    sentences so opened; see ``_person_follows``).
    """
    candidates: list[_Name] = []
    in_openers: list[_Name] = []
    # and a surname alone opening its sentence as its subject ("Okafor admitted that his pick
    # …"), when "he said" or "she said" reports the quote that follows: news names some people
    # by surname only. Only a person named in its own sentence may take the pronoun instead.
    lone: list[_Name] = []
    for n, words in zip(found, split_names):
        if n.owner or n.sentence_taken or n.phrase.start < 0 or \
                words[-1].lower() in people or words[0].lower() in GIVEN_NAMES or \
                words[0].lower() in NATIONALITIES:
            continue
        if (len(words) == 2 or len(words) == 3 and words[1] in PARTICLES) and \
                (n.at_start or n.after_opener):
            candidates.append(n)
        elif len(words) == 1 and n.at_start and (n.speaks or n.lone_subject):
            lone.append(n)
        elif len(words) == 2 and n.sentence in pronoun_subjects:
            in_openers.append(n)
    if not candidates and not lone and not in_openers:
        return    # most texts: every name opening a sentence is known or one word
    with_people = {n.sentence for n, words in zip(found, split_names)
                   if words[-1].lower() in people}
    for n in lone:
        # "Jones said it was a disaster": "it" after the name is a firm's only when someone
        # else was named just before, whom the pronoun may point back to
        alone = with_people.isdisjoint(range(n.sentence - 2, n.sentence + 1))
        if n.sentence not in with_people and person_follows(n, alone):
            people.add(n.phrase.name.lower())
            with_people.add(n.sentence)
    for n in candidates:
        if with_people.isdisjoint(range(n.sentence - 2, n.sentence + 1)) and \
                person_follows(n, True):
            people.add(n.phrase.name.rpartition(" ")[2].lower())
            with_people.add(n.sentence)
    for n in in_openers:
        if with_people.isdisjoint(range(n.sentence - 2, n.sentence + 1)) and \
                person_follows(n, True, True):
            people.add(n.phrase.name.rpartition(" ")[2].lower())
            with_people.add(n.sentence)


# "it" the subject of what a firm says it will do: "Nordvik said it would cut jobs", "… it
# plans to appeal", "… it would not comment"; not a state of things ("it would be a disaster",
# "it will take years"), which a person's words may be about.
_FIRM_PLANS = regex.compile(r"\bit (?:would|will|could|plans to|intends to|expects to|aims to"
                            r"|hopes to) (?:not )?(?!be\b|become\b|seem\b|take\b)\p{Ll}")


_OPEN = attrgetter("open")
# Words opening a clause before a sentence's subject, a name just after which the subject
# "he" or "she" may point back to ("When Amira Haddad arrived …, she …")
_SUBORDINATE_OPENERS = frozenset({"when", "after", "before", "although", "though", "while",
                                  "since", "once", "until", "because", "as", "if"})


def _person_follows(text: str, raw: list[RawQuote], book: SpeakerBook, name: _Name,
                    pronoun_subjects: dict[int, tuple[int, str]], alone: bool = False,
                    places: dict[str, bool] | None = None, same: bool = False) -> bool:
    """Tell whether the sentence after ``name``'s has a person as its subject: "He" or "She"
    opening it, or a quote opening it that "he said", "the Kenyan said", "the 27-year-old
    said", "the actress said" reports; and the name is not a place's, a team's or a firm's
    ("in Costa Rica" anywhere in the text; "Goldman Sachs cut its forecast", "Costa Rica beat
    … their", "Real Madrid"). "it" after the name ("Nordvik said it would cut jobs") is a
    firm's too unless the name is ``alone``, no other person named in its sentence or the two
    before it ("Jones said it was a disaster. “…,” she said.") and "it" does not say what
    it will do (``_FIRM_PLANS``: "Nordvik said it would cut jobs" alone is a firm's).
    ``same``: the name is in a clause that opens its sentence with a subordinator, and the
    sentence's subject after that clause is "he" or "she" ("When Amira Haddad arrived in
    2015, she spoke no English.")."""
    starts = book.sentence_starts
    nxt = name.sentence + 1
    if nxt >= len(starts):
        return False
    owned = text[name.phrase.end:starts[nxt]]
    if " its " in owned or " their " in owned or " it " in owned and (
            not alone or _FIRM_PLANS.search(owned) is not None):
        return False
    written = name.phrase.name
    placed = None if places is None else places.get(written)
    if placed is None:
        placed = any(f"{w} {written}" in text for w in _PLACE_PREPOSITIONS)
        if places is not None:
            places[written] = placed   # (a text-wide search: once per name)
    if placed:
        return False
    words = written.split()
    if CLUB_WORDS.intersection(w.lower() for w in words):
        return False    # a club's: "Real Madrid beat Sevilla", "Vardo United lost"
    if same:
        at = pronoun_subjects.get(name.sentence, (-1, ""))[0]
        opening = text[starts[name.sentence]:name.phrase.start].strip().lower()
        return at > name.phrase.end and opening in _SUBORDINATE_OPENERS and \
            " its " not in text[name.phrase.end:at]
    if nxt in pronoun_subjects:
        return True
    st = starts[nxt]
    if text.startswith("The ", st):
        # "The winger said: “…”": an epithet opening the sentence speaks, as after a quote
        return _epithet_speaks(text[st:st + 50].split()[:6])
    at = bisect_left(raw, st, key=_OPEN)    # (the quotes are in text order)
    opened = raw[at] if at < len(raw) and raw[at].open <= st + 2 else None
    if opened is None:
        return False
    for r in raw[at + 1:]:
        # a quote over paragraphs: its reporting clause follows its last part
        if r.nested:
            continue
        if not r.continues or r.paragraph != opened.paragraph + 1:
            break
        opened = r
    after = opened.close + _mark_len(text, opened.close)
    written = text[after:after + 50].split()[:6]
    words = [w.strip(",.;:") for w in written]
    if words and words[0] in SPEECH_VERBS:
        # "said the Kenyan": as "the Kenyan said" (and "said the Kenyan great, who is 38":
        # the words before the comma)
        end = next((i + 1 for i in range(1, len(written)) if written[i][-1] in ",.;:"),
                   len(words))
        words = words[1:end] + words[:1]
    if len(words) < 2:
        return False
    if words[0] in ("he", "she"):
        return words[1] in SPEECH_VERBS
    return words[0] == "the" and _epithet_speaks(words)


_RANK_WORDS = frozenset({"No", "No.", "number"})     # "the world No 1", "the world number one"


def _epithet_speaks(words: list[str]) -> bool:
    """Tell whether ``words``, "the" and up to five more, are an epithet for a person and a
    reporting verb: "the Kenyan said", "The 27-year-old added", "the actress wrote", and
    with a word or two before the epithet, in lower case or a nationality: "the veteran
    athlete said", "the British athlete said"."""
    verb = next((i for i in range(2, min(len(words), 6))
                 if words[i].rstrip(",.;:") in SPEECH_VERBS and words[i - 1] != "grand"), None)
    if verb is None:
        return False
    head = words[verb - 1]
    if words[verb - 2] in _RANK_WORDS and (head.isdigit() or head in NUMBER_WORDS):
        # "the world No 1 said", "the world number one said": a player's ranking
        return True
    if (head in speakers.SPORT_OFFICES or head in speakers.PLACE_PEOPLE) and \
            speakers.team_before(" ".join(words[:verb])):
        return True     # "the England captain said", "the former India captain said", "the
                        # Cork woman said"
    if " ".join(words[1:verb]).lower() in speakers.SOLE_OFFICES:
        return True     # "Shaktikanta Das kept rates on hold. “…,” the governor said."
    return (head.lower() in DEMONYMS and head[:1].isupper() or head.endswith("-year-old")
            or head in speakers.TRADE_EPITHETS or head.startswith(speakers.PARENT_OF)) and all(
        w.islower() or w.lower() in NATIONALITIES or head in speakers.SPORT_TRADES
        for w in words[1:verb - 1])    # (a team before a sport's trade: "the Rovers striker")


def _noun_follows(text: str, end: int) -> bool:
    """Tell whether the word after a name at ``end`` is a noun the name modifies ("the Obama
    administration", "the Boyd family", "the Clinton years")."""
    word = text[end:end + 30].split(None, 1)[:1]
    if not word or text[end:end + 1] != " ":
        return False
    word = word[0].rstrip(",.;:")
    return word in ORG_NOUNS or word in PERSON_ROLE_NOUNS or word in _NAME_MODIFIED


_NAME_MODIFIED = frozenset({"family", "families", "years", "era", "estate", "brothers", "sisters",
                            "household", "clan", "dynasty"})


# Words before a place's name ("in Costa Rica", "from Hong Kong") or a firm's ("at Goldman
# Sachs"), rarely before a person's.
_PLACE_PREPOSITIONS = ("in", "at", "from", "In", "At", "From", "across", "near", "outside",
                       "inside")


# A given name of two syllables joined by a hyphen, the second in lower case ("Geun-hye",
# "Jae-in"): the Korean way of writing one after the family name
_SYLLABLES_JOINED = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}")
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}{1,4}")


def _knighted(words: list[str]) -> bool:
    """Tell whether a name opens with an honour and a given name ("Sir Graham Lowe", "Dame Ann
    Boyd"): a person's, not an office's ("Lord Mayor of London")."""
    return words[0].lower() in speakers.FIRST_NAME_HONORIFICS and words[1].lower() in GIVEN_NAMES


def _census_first_name(words: list[str]) -> bool:
    """Tell whether a two-word name starts with a given name the census gives a clear gender
    ("Traci Jones"), which the hand-made lists lack; not a nationality ("German"). Read only
    for a name that opens its sentence: mid-sentence such words are more often a style or a
    place's ("a 1930s-era Art Deco movie theater")."""
    first = words[0].lower()
    return len(words) == 2 and speakers.census_given_name(first) \
        and first not in NATIONALITIES and words[1].lower() not in _PLACE_ENDS


def _person_like(phrase):   # (hinted in attribution.pxd: Phrase -> bool)
    """Tell whether a name found in running text is a person's, not a place's."""
    words = phrase.name.split()
    first = words[0].lower()    # (only the first and last words are read)
    last = words[-1].lower() if len(words) > 1 else first
    if len(words) == 2 and last in _SURNAME_PLACE_ENDS and first in GIVEN_NAMES and \
            first not in _PLACE_GIVEN_NAMES:
        return True     # "Linda Park", "Anita Hill" (not "Grant Park", "Lincoln Hall")
    if len(words) == 2 and last in FAMILY_FIRST_SURNAMES and \
            _SYLLABLES_JOINED.fullmatch(words[0]) is not None:
        return True     # "Min-jung Park": a Korean given name first, the Western way
    if first in _PLACE_STARTS or last in _PLACE_ENDS or phrase.name.isupper() or (
            len(words) == 1 and first in _PLACES):
        return False
    return True


# Ends of place names that are common surnames too, and given names places are named after.
_SURNAME_PLACE_ENDS = frozenset({"park", "hill", "hall", "york", "field"})
_PLACE_GIVEN_NAMES = frozenset({"lincoln", "grant", "madison", "jackson", "washington",
                                "franklin", "jefferson", "hyde", "carnegie", "albert", "victoria",
                                "regent", "forest", "golden", "beverly", "chapel", "city"})


_CUE_REACH = 120     # tokens; about 600 characters of prose, as sourcing's sentence bound


def _sentence_of(p: _Para, k: int) -> tuple[int, int]:
    sents, n = p.sents, len(p.toks)
    i = bisect_right(sents, (k, n + 1)) - 1
    if 0 <= i < len(sents) and sents[i][0] <= k < sents[i][1]:
        return sents[i]
    return 0, n


def _before(text: str, para: _Para, at: int, window: int = 400) -> str:
    """Return the paragraph's words just before ``at`` (bounded: paragraphs can be huge)."""
    return text[max(para.span.start, at - window):at].rstrip()


def _after_end(toks: list, k) -> int:   # (list[Tok], int: typed in attribution.pxd)
    """Return the index past the words that may carry the cue after quote token ``k``."""
    i, n = k + 1, len(toks)
    while i < n:
        t = toks[i]
        kind = t.kind
        if kind == "q" or t.text == ";" or (kind == "p" and is_terminator(toks, i)):
            break
        # (title_end is "" for any token but a title: asked of titles only)
        if kind == "t" and title_end(t) in (".", "!", "?", ";"):
            return i + 1     # "wrote the editors of “The Ledger.”": its stop ends the words
        i += 1
    return i


def _kind(text: str, part: _Part, before: str) -> QuoteKind:
    r = part.raw
    prev = before[-1:] if before else ""
    first = text[r.start:r.start + 1]
    embedded = prev != "" and (prev.isalnum() or prev == ")")
    # (at most 4 words: split no further than the fifth, and only an embedded quote's, not
    # every quote's every word: 28M -> 9M instructions a pass)
    if embedded and (first.islower() or (len(text[r.start:r.end].split(None, 4)) <= 4
                                         and text[r.end - 1:r.end] not in ".!?")):
        return KIND_PARTIAL
    if first.islower() and prev not in ":," and before and not before.endswith(("—", "–")):
        return QuoteKind.PARTIAL
    return KIND_FULL


_NAME_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "to",
                               "at", "with", "is"})


def _looks_like_a_name(content: str) -> bool:
    """Tell whether quoted words read as a title or name ("The Apprentice", "Fight for 15")."""
    # (a ninth word rules it out: the words are split no further; with the small words
    # a set made once, 16M -> 9M instructions a pass)
    words = content.strip(" ,.;:").split(None, 8)
    if not words or len(words) > 8 or content.rstrip()[-1:] in "!?":
        return False
    caps = [w for w in words if (w.lower() not in _NAME_SMALL_WORDS or w is words[0])
            and w != "&"]
    return all(w[:1].isupper() or w[:1].isdigit() for w in caps) and len(words) >= 1 and (
        len(words) > 1 or content.rstrip()[-1:] not in ".")


def _non_speech(text: str, part: _Part, before: str, toks: list[Tok], s0: int) -> bool:
    """Tell whether a quote is no speech (``toks``: the paragraph's; ``s0``: the first token
    of the quote's sentence, as its caller found them)."""
    r = part.raw
    content = text[r.start:r.end]
    if before.endswith("=") or not any(c.isalpha() for c in content):
        return True
    if cues.non_speech_cue(toks, part.token, s0):
        return True
    # "on his weekly radio show, “Hour of the Valley,” the Ledger reported": a title set after
    # the noun for the work it names is no speech, whatever reporting clause follows
    k = part.token
    if k - 1 < s0:
        return False
    noun = toks[k - 2] if toks[k - 1].text == "," and k - 2 >= s0 else toks[k - 1]
    return noun.is_word and noun.lower in WORK_NOUNS and _looks_like_a_name(content)


_OPENING_CONJUNCTIONS = ("But", "And", "Yet", "Still")
# Words that start an adjunct after a reporting verb ("Carson said after the attacks"),
# where an object or clause would not close the sentence.
_ADJUNCT_STARTS = TIME_WORDS | {"after", "before", "during", "while", "when", "in", "on",
                                "at", "from", "later", "earlier"}


def _sentence_like(part: _Part, before: str) -> bool:
    """Tell whether a quote stands as its own sentence (it can continue a speaker)."""
    if before.endswith(_OPENING_CONJUNCTIONS):
        # "… he said outside. But “the endorsement helps.”": the conjunction opens it
        head, _, word = before.rpartition(" ")
        before = head if word in _OPENING_CONJUNCTIONS and (
            not head or head[-1] in ".!?”\"'’") else before
    return part.kind is KIND_FULL and (not before or before[-1] in ".!?:”\"'’")


def attribute(text: str, raw: list[RawQuote], title: str | None = None
              ) -> tuple[list[DraftQuote], SpeakerBook]:
    """Attribute every quote of ``text``; return the quotes and the speakers they resolved to."""
    paras = _prepare(text, raw)
    book = SpeakerBook()
    if not any(p.parts for p in paras):
        return [], book  # no quote to attribute: the names in the text cannot matter
    names = []
    if title:
        # The headline comes before the body: its names sit at negative offsets.
        names += _note_names(title, [], book, shift=-len(title) - 1)
    names += _note_names(text, raw, book)
    pronoun_subjects = _pronoun_subjects(text, raw, book)
    places: dict[str, bool] = {}    # _person_follows's text-wide answer, by name
    kept = _keep_people(names, set(pronoun_subjects),
                        lambda n, alone, same=False: _person_follows(
                            text, raw, book, n, pronoun_subjects, alone, places, same))
    role_subjects = _role_subjects(text, raw, book)
    if role_subjects:
        kept = _names_after_role_subjects(text, book, kept, role_subjects)
    for phrase, subject in kept:
        book.note_name(phrase, subject)
    for (a, _), (b, _) in zip(kept, kept[1:]):
        if a.start >= 0 and text[a.end:b.start] == " and " and \
                book.sentence_of(a.start) == book.sentence_of(b.start):
            book.note_pair(a)   # "Pelosi and Schumer issued a statement. “…,” they said."
    for at, gender in pronoun_subjects.values():
        book.note_pronoun_subject(at, gender)
    for phrase in role_subjects:
        book.note_role_subject(phrase)
    last_para_speaker: tuple[int, str | None, Mention | None] | None = None
    for pi, p in enumerate(paras):
        for qi, part in enumerate(p.parts):
            _attribute_part(text, paras, pi, qi, part, book, last_para_speaker)
        attributed = [q for q in p.parts if q.speaker]
        if attributed:
            last = attributed[-1]
            last_para_speaker = (pi, last.speaker, last.mention)
    return _assemble(text, paras), book


# Words before a name that give it to the sentence's subject ("a resident named Ada Roe")
_NAMING_WORDS = frozenset({"named", "called", "as", "is", "was", "dubbed"})


def _names_after_role_subjects(text: str, book: SpeakerBook, kept: list[tuple[Phrase, int]],
                               roles: list[Phrase]) -> list[tuple[Phrase, int]]:
    """Rank as only mentioned a name later in a sentence whose subject is a role ("The coach
    praised Tom Reyes."): the role is the subject a later "he" points back to, not the name
    its verb governs. A name in an apposition right after the role ("The superintendent,
    Laura Kim, …", "The other man, his cousin Ali Noor, …") or one the role is given ("The
    woman … identified herself as a nurse named Ada") is the role's holder and stays its
    subject."""
    ends = {book.sentence_of(r.start): r.end for r in roles}
    out = []
    for phrase, subject in kept:
        end = ends.get(book.sentence_of(phrase.start)) if subject == SUBJECT and \
            phrase.start >= 0 else None
        if end is not None and phrase.start > end and not (
                text.startswith(",", end) and phrase.start - end < 160
                and text.find(",", end + 1, phrase.start) < 0):   # (160 characters read)
            # (the word before the name: 8 characters read)
            before = text[max(end, phrase.start - 8):phrase.start].rstrip().rpartition(" ")[2]
            if before not in _NAMING_WORDS:
                subject = MENTIONED
        out.append((phrase, subject))
    return out


def _attribute_part(text: str, paras: list[_Para], pi: int, qi: int, part: _Part,
                    book: SpeakerBook, last_para_speaker) -> None:
    p = paras[pi]
    toks = p.toks  # tokenize now: it sets each part's token index (read once: a property
    # is a call, and the rules below read the tokens some 20,000 times a pass)
    k = part.token
    if toks[k].kind == "t":
        part.kind = QuoteKind.NON_SPEECH     # a title inside a phrase (see _TITLE_LEADS)
        return
    s0, s1 = _sentence_of(p, k)
    # A sentence is read at most _CUE_REACH tokens either side of its quote: quotes with no
    # full stop between them ("“A” “b” “c” …") make one sentence of a whole paragraph, which
    # the rules read again for every quote (quadratic). No cue lies that far from its quote.
    s0, s1 = max(s0, k - _CUE_REACH), min(s1, k + 1 + _CUE_REACH)
    # (the words before the quote, as _kind, _non_speech and _sentence_like read them)
    preceding = _before(text, p, part.raw.open)
    part.kind = _kind(text, part, preceding)
    if _non_speech(text, part, preceding, toks, s0):
        part.kind = QuoteKind.NON_SPEECH
        return
    quoted = text[part.raw.start:part.raw.end]     # (cut once: the rules below read it)
    words = quoted.rstrip()
    ends_sentence = words.endswith(".")

    # (No rule below calls another: compiled, the closure scope would hold the function
    # called, which holds the scope, a cycle that only the garbage collector frees.)
    def after():
        return _match_after(text, toks, k, s0, part, words, ends_sentence)

    def after_or_asked():
        # "When a reporter asked, “Will you?” Trump replied, “Yes.”", "Canova said, “No
        # comment,” the Herald reported": a reporting verb right before the quote reports
        # it, whatever clause follows. (“A,” Trump said, “B.” has none before A.)
        cue = _match_after(text, toks, k, s0, part, words, ends_sentence)
        if cue is None or k - 1 <= s0 or toks[k - 1].text not in (",", ":") or \
                not cues.verb_ends_at(toks, k - 2):
            return cue
        b = cues.match_before(toks, k, s0, text)
        return b if b is not None and b.verb_end is not None and \
            b.verb_end >= toks[k - 1].start - 1 else cue

    def tail():
        # "''No view on the merits'' of the case, the opinion said": a few words finish the
        # sentence the quote began, then a reporting clause that closes it ("…, others argue
        # that …" and "…, who criticized Clinton" do not)
        end = _after_end(toks, k)
        c = next((i for i in range(k + 2, min(end, k + 14)) if toks[i].text == ","), None)
        if c is None or not all(t.is_word and t.lower not in SPEECH_VERBS
                                for t in toks[k + 1:c]) or _looks_like_a_name(words):
            return None
        cue = cues.match_after(toks, c - 1, end, text, s0=s0)
        if cue is None or cue.verb_end is None:
            # (a cue with no verb, "— Ann Boyd", credits the words just before the dash: the
            # quote's own credit comes right after its closing mark, rule Q-N, not after words
            # that go on from it)
            return None
        if cue.rule == "Q,VN":
            return cue
        after_verb = next((t for t in toks[c:end] if t.start >= cue.verb_end), None)
        return cue if after_verb is None or after_verb.kind == "p" or \
            after_verb.lower in _ADJUNCT_STARTS else None

    def coordinated():
        j = cues.coordinated(toks, k, s0)
        return None if j is None else cues.Cue("Q&Q", None, inherit=toks[j].quote)

    def before():
        return cues.match_words_of(toks, s0, s1, text) or cues.match_before(
            toks, k, s0, text) or cues.match_according(
            toks, s0, s1, text) or cues.match_sentence(toks, k, s0, text) or \
            cues.match_label(toks, s0, k, text) or cues.match_chant(toks, k, s0, text) or \
            cues.match_in_document(toks, k, s0, text)

    def headline():
        return cues.match_headline(toks, s0, k, _after_end(toks, k), text) \
            if p.headline else None

    def continued():
        last = p.spoken_before(qi)
        if last >= 0 and part.kind is KIND_FULL and _sentence_like(part, preceding):
            # "“…” That was the reply from Ann Boyd": the sentence after it says whose words
            # they were (one test of the word after the quote, for most quotes)
            if k + 1 < len(toks) and toks[k + 1].lower in cues.WHOSE_WORDS_LEADS:
                cue = cues.match_whose_words(toks, k, _after_end(toks, k), text)
                if cue is not None:
                    return cue
            turn = _turn_taker(text, p, last, words)
            return cues.Cue("CONT", None, inherit=last if turn is None else turn)
        return None

    # A quote that ends with a full stop ends its sentence: its own sentence's cue, or the
    # speaker it continues, comes first; the words after it are most likely a new sentence.
    # (``tail`` only for a quote that does not end its sentence)
    # (a headline in title case first: the other rules read its capitalised verbs as names)
    order = (headline, coordinated, before, continued, after) if ends_sentence else (
        headline, after_or_asked, tail, coordinated, before, continued)
    cue = None
    put_to = None   # whether the words after it put the quote to someone (read at most once)
    for rule in order:
        cue = rule()
        if cue is not None:
            break
        if rule is after_or_asked:
            put_to = cues.put_to_subject(toks, k, _after_end(toks, k))
            if put_to:
                # "“…?” the witness was asked": put to the one named, by no one named; no
                # rule that guesses a speaker from the words around it may take it
                break
    if cue is None and part.kind is KIND_FULL and not (
            put_to if put_to is not None else cues.put_to_subject(toks, k, _after_end(toks, k))):
        if _sentence_like(part, preceding) and s0 > 0 and p.spoken_before(qi) < 0:
            ps0 = p.sentence_ending_at(s0)
            if ps0 is not None:
                # (no quote before this one in the paragraph has a speaker)
                cue = cues.match_reporting_sentence(toks, ps0, s0, text, quotes_ok=True)
                if cue is None and not any(t.kind == "q" for t in toks[ps0:s0]) and \
                        _stands_alone(toks, k, words):
                    # "The judge then turned to me. “Mr. Ruiz?”": the person the sentence
                    # before is about speaks a quote that is its own sentence (not one that
                    # words after it explain: "“Do svidaniya!” - Russian for …")
                    # (the clause after ", but" when there is one: "Playbook won't go that
                    # far, but Ruiz wants to …")
                    c0 = next((i + 1 for i in range(s0 - 2, ps0, -1) if toks[i].lower in
                               _CONTRASTING and toks[i - 1].text == ","), ps0)
                    subject = cues.sentence_subject(toks, c0, s0, text)
                    if subject is not None and subject.form in _ACTING_FORMS and (
                            subject.form is not MentionForm.PRONOUN
                            or subject.gender in ("male", "female")):
                        cue = cues.Cue("S.Q", subject)
        if cue is None and qi == 0 and len(p.parts) == 1 and pi + 1 < len(paras) and \
                text[p.span.start:part.raw.open].strip() == "" and \
                _stands_alone(toks, k, words) and k + 2 >= len(toks):
            # "“…”" as a paragraph, then "That was the message from Ann Boyd." opening the
            # next: whose words they were (one test of the next paragraph's first word)
            lead = text[paras[pi + 1].span.start:paras[pi + 1].span.start + 12].split(None, 1)
            if lead and lead[0].lower() in cues.WHOSE_WORDS_LEADS:
                # (the next paragraph is tokenized only then: most are read by no rule)
                nxt = paras[pi + 1].toks
                if nxt and nxt[0].lower in cues.WHOSE_WORDS_LEADS:
                    cue = cues.match_whose_words(nxt, -1, _after_end(nxt, -1), text)
        if cue is None and qi == 0 and text[p.span.start:part.raw.open].strip() == "" and pi > 0:
            cue = _from_previous_paragraph(text, paras[pi - 1], pi, last_para_speaker, book)
        if cue is None and qi == 0:
            cue = _answer_line(text, p, part, book)
    if cue is not None and (cue.rule not in _TIGHT_RULES
                            or cue.rule == "Q,VN" and cue.verb.endswith("ing")) \
            and _looks_like_a_name(quoted):
        # "on “Morning Joe,”", "the “Make America Great Again” hat", "the hosts of “Morning
        # Joe,” saying …": a title (a participle after it is its sentence's, not its cue)
        cue = None
    if cue is None:
        if part.kind is KIND_PARTIAL or _looks_like_a_name(quoted):
            part.kind = KIND_NON_SPEECH
        elif len(quoted.split(None, 3)) <= 3 and \
                text[part.raw.end - 1:part.raw.end] not in ".!?,":
            part.kind = QuoteKind.NON_SPEECH
        return
    # the quote before, in the paragraph or ending the one before, which this one may answer
    before = p.parts[qi - 1] if qi > 0 else paras[pi - 1].parts[-1] if pi > 0 and \
        paras[pi - 1].parts and text[p.span.start:part.raw.open].strip() == "" else None
    _apply(text, p, part, cue, book, before)


def _stands_alone(toks: list[Tok], k: int, words: str) -> bool:
    """Tell whether quote token ``k``, whose words are ``words``, is a sentence of its own:
    its words end in a stop and nothing after it goes on its sentence (the paragraph ends, a
    new sentence or quote starts, or its own full stop follows)."""
    if words[-1:] not in (".", "!", "?"):
        return False
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    return nxt.kind == "q" or nxt.is_word and nxt.capitalized or \
        nxt.kind == "p" and is_terminator(toks, k + 1)


def _asks(text: str, part: _Part) -> bool:
    """Tell whether a quote's words end with a question mark."""
    return text[part.raw.start:part.raw.end].rstrip().endswith("?")


def _turn_taker(text: str, p: _Para, qi: int, words: str) -> int | None:
    """Return the index of the earlier quote whose speaker takes the turn when a quote with
    no cue follows an exchange of question and answer between two speakers, or None: a
    question after an answer is the questioner's (“…?” the host asked. “No,” Ann Boyd said.
    “Why not?”), and an answer after that question the one who answered before. ``qi``: the
    paragraph's last quote before it that has a speaker; ``words``: its words."""
    o = p.other_speaker_before(qi)
    if o < 0:
        return None
    last, other = p.parts[qi], p.parts[o]
    asks = words.rstrip().endswith("?")
    if asks and not _asks(text, last) and _asks(text, other):
        return o     # the answer given, the one who asked before asks again
    if not asks and _asks(text, last) and not _asks(text, other):
        # the question asked again, the one who answered before answers again, when that
        # one answered a question of the same questioner
        b = p.spoken_before(o)
        if b >= 0 and p.parts[b].speaker == last.speaker and _asks(text, p.parts[b]):
            return o
    return None


def _match_after(text: str, toks: list[Tok], k: int, s0: int, part: _Part, words: str,
                 ends_sentence: bool) -> cues.Cue | None:
    """The reporting clause after quote token ``k`` (cues.match_after)."""
    return cues.match_after(toks, k, _after_end(toks, k), text, ends_sentence=ends_sentence,
                            embedded=part.kind is KIND_PARTIAL and words[-1:].isalnum(),
                            s0=s0)


# An interview's answer label opening a paragraph: "A: “…”", "Answer: “…”"
_ANSWER_LABEL = regex.compile(r"\s*(A|Answer|ANSWER)\s*:\s*")


def _answer_line(text: str, p: _Para, part: _Part, book: SpeakerBook) -> cues.Cue | None:
    """Match an interview's answer line, "A: “…”": the interviewee speaks, the person named
    last before the paragraph (a Q&A is introduced by who was interviewed; the questions are
    the interviewer's, and names inside quotes are not noted)."""
    label = _ANSWER_LABEL.fullmatch(text, p.span.start, part.raw.open)
    if label is None:
        return None
    named = book.name_before(p.span.start)
    if named is None or named.start < 0:
        # (a name in the headline, at a negative offset, cannot be the quote's mention: the
        # headline is not part of the text the offsets point into)
        return None
    return cues.Cue("A:Q", named, label.group(1), *label.span(1))


def _from_previous_paragraph(text, prev: _Para, pi: int, last_para_speaker,
                             book: SpeakerBook) -> cues.Cue | None:
    """A paragraph that opens with a quote and has no cue: look at the paragraph before."""
    toks = prev.toks
    if toks and toks[-1].text == ":":
        s0, _ = prev.sents[-1]
        k = len(toks)
        cue = cues.match_before(toks + [Tok("", toks[-1].end, toks[-1].end, "q")], k, s0, text)
        if cue is not None:
            return cues.Cue("NV:PQ", cue.phrase, cue.verb, cue.verb_start, cue.verb_end)
    if last_para_speaker is not None and last_para_speaker[0] == pi - 1 and prev.parts:
        last_tok = prev.parts[-1].token
        tail = [t for t in toks[last_tok + 1:] if t.is_word]
        if len(tail) <= 25:
            return cues.Cue("CONT-P", None, inherit=-1)
    if not prev.parts and prev.sents:
        # "Sanders said the party must unite." (paragraph break) "We will …"
        s0, s1 = prev.sents[-1]
        cue = cues.match_reporting_sentence(toks, s0, s1, text)
        if cue is not None:
            return cues.Cue("NV.PQ", cue.phrase, cue.verb, cue.verb_start, cue.verb_end)
    if last_para_speaker is not None and last_para_speaker[0] == pi - 2 and not prev.parts \
            and len(text[prev.span.start:prev.span.end].split()) <= 40 \
            and book.only_subject_is(last_para_speaker[1], prev.span.start, prev.span.end):
        # A short paragraph about the speaker between two of their quotes ("She pauses.",
        # "Viguerie is upbeat about the race.") does not change who speaks.
        return cues.Cue("CONT-P", None, inherit=-1)
    return None


def _apply(text: str, p: _Para, part: _Part, cue: cues.Cue, book: SpeakerBook,
           before: _Part | None = None) -> None:
    part.cue = cue
    if cue.inherit is not None:
        src = p.parts[cue.inherit] if cue.inherit >= 0 else None
        if src is None:
            src_speaker, src_mention = _last_speaker(book)
        else:
            src_speaker, src_mention = src.speaker, src.mention
        part.speaker = src_speaker
        part.mention = new_frozen(Mention, {
            "start": src_mention.start, "end": src_mention.end, "text": src_mention.text,
            "form": FORM_CONTINUATION}) if src_mention else None
        if src is not None and src.cue is not None and cue.rule == "Q&Q":
            part.cue = cues.Cue("Q&Q", src.cue.phrase, src.cue.verb, src.cue.verb_start,
                                src.cue.verb_end, inherit=cue.inherit)
        part.confidence = cues.BASE_CONFIDENCE[cue.rule] * (src.confidence if src else 0.8)
        if part.speaker is None:
            part.cue = None
        return
    phrase: Phrase = cue.phrase
    if cue.verb is not None and cue.rule not in _LABEL_RULES and not p.headline and \
            not _headline_like(text, p.span):
        # "“…,” King said": a capitalised role noun with no article before a reporting verb
        # is a surname, or the office with its article dropped ("“…,” President said"; not
        # a label: "Interviewer: “…”")
        phrase = speakers.bare_role_name(phrase) or phrase
    writer = _document_writer(text, book, phrase.start) \
        if phrase.form is FORM_PRONOUN and phrase.text.lower() in _DOCUMENT_PRONOUNS \
        and (cue.verb or "").lower() in _DOCUMENT_READS else None
    # "It read: “Dear Mr. Halvorsen, …”" after "The letter, signed by Ann Boyd, …": the
    # letter's words are its writer's. With no writer named, "it" stays as it was read: the
    # dev set's gold gives such a quote the speaker "it" (a sign, an email), and the grade
    # says no one is named.
    entity = book.speaker_going_on(phrase, phrase.start) \
        if phrase.form is FORM_TITLE and (cue.verb or "").lower() in _GOING_ON else None
    if entity is None and writer is None and phrase.head in DOCUMENT_NOUNS:
        # "“…,” the statement, issued by the ministry, said": the one who issued it speaks,
        # named in the cue's own clause
        phrase = _issued_by(text, phrase.end) or phrase
        if phrase.form is MentionForm.DESCRIPTOR and phrase.institution is None and \
                phrase.text.lower().startswith("the "):
            # "The ministry issued a statement on Friday. “…,” the statement said.": the
            # ministry speaks, through the statement (the mention)
            writer = _issuer_before(text, book, phrase, min(phrase.start, part.raw.open))
    if entity is None and phrase.form is FORM_PRONOUN and before is not None:
        asker = _asker(text, before, part)
        if asker is not None:
            entity = book.resolve_answer(phrase, phrase.start, asker)
    if entity is None:
        entity = book.resolve(writer if writer is not None else phrase,
                              writer.start if writer is not None else phrase.start,
                              text[part.raw.start:part.raw.end])
    # (built without the dataclass's __init__, as the Quote, Span and Cue of _assemble are:
    # see quotes.new_frozen)
    part.mention = new_frozen(Mention, {"start": phrase.start, "end": phrase.end,
                                        "text": phrase.text, "form": phrase.form})
    if entity is not None:
        part.speaker = entity.key
        # A fragment quoted inside someone's sentence ("X was asked by Y whether it would
        # be 'costly'") says less about who the next "he" is than a whole quoted sentence.
        book.mark_spoke(entity, part.raw.start, mention_at=phrase.start,
                        rank=SUBJECT if part.kind is KIND_PARTIAL else SPEAKS)
        entity.last_mention = part.mention
    part.confidence = round(cues.BASE_CONFIDENCE[cue.rule] * _FORM_FACTOR[phrase.form]
                            * (1.0 if entity is not None else 0.5), 3)


# Rules whose speaker is a label or a headline's subject, not a sentence's: a role noun
# there goes without an article ("Judge Says …", "Interviewer: …", "“…” — Reporter").
_LABEL_RULES = frozenset({"NV..Q", "Q,NV^", "N:Q", "N:...Q", "A:Q", "Q-N"})
# Marks that may close a paragraph after its last sentence's stop.
_CLOSING_MARKS = "”’\"')] "


def _headline_like(text: str, span: Span) -> bool:
    """Tell whether a paragraph reads as a headline in sentence case: no stop, question or
    exclamation mark ends it ("Judge says ‘disaster’ looms"), as one ends a sentence of copy.
    Only its end is read, back over closing marks and spaces."""
    end = span.end
    while end > span.start and text[end - 1] in _CLOSING_MARKS:
        end -= 1
    return end == span.start or text[end - 1] not in (".", "!", "?", "…", ",", ":")


# Verbs that report an answer ("“…,” he replied"), and those that put a question to someone
# ("“…?” a reporter asked Tom Weller").
_ANSWERING = frozenset({"replied", "replies", "answered", "answers", "responded", "responds",
                        "retorted", "retorts", "shot back", "fired back", "countered"})
_ASKING = frozenset({"asked", "asks", "pressed", "questioned", "quizzed"})


def _asker(text: str, prev: _Part, part: _Part) -> str | None:
    """Return the key of whoever put the question the quote ``part`` answers, or None: the
    speaker of the quote before it (``prev``), when that one asks ("…?") and this one does
    not, and either this quote's verb reports an answer ("he replied") or the question was
    put to someone named ("“…?” a reporter asked Tom Weller. “…,” he said")."""
    if _asks(text, part):
        return None
    if prev.speaker is None or prev.cue is None or prev.cue.verb is None or \
            not _asks(text, prev) or prev.cue.verb_end is None:
        return None
    if (part.cue.verb or "").lower() in _ANSWERING:
        return prev.speaker
    after = text[prev.cue.verb_end:prev.cue.verb_end + 2]
    if prev.cue.verb.lower() in _ASKING and after[:1] == " " and after[1:].isupper():
        return prev.speaker
    return None


# Verbs that say the one who spoke last goes on: "The chancellor added: …" after "Hunt told
# Sky News" is Hunt (see SpeakerBook.speaker_going_on).
_GOING_ON = frozenset({"added", "adds", "continued", "continues"})
# "It read: …", "This one reads: …": what a document says, not who (see _apply).
_DOCUMENT_PRONOUNS = frozenset({"it", "this"})
_DOCUMENT_READS = frozenset({"read", "reads"})
_WRITTEN_BY = regex.compile(r"\b(?:signed|written|sent|penned|authored|drafted)\s+by\s+")


# ", issued by …", ", which was released on Friday by …": who issued the document before it
_ISSUED_BY = regex.compile(
    rf"\s*,\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:{'|'.join(sorted(speakers.AUTHORING))})"
    r"\s+(?:[\p{L}\d]+\s+){0,3}?(?:by|from)\s+([^,.;:()“”\"]{1,80})")


def _issued_by(text: str, at: int) -> Phrase | None:
    """Return who issued the document whose description ends at ``at``, when a participle
    set off by a comma says so ("the statement, issued late on Friday by the Ministry of
    Health, said"), or None. A person, a description of one or an organisation."""
    m = _ISSUED_BY.match(text, at, min(len(text), at + 160))
    if m is None:
        return None
    gap = tokenize(text, m.start(0), m.start(1), [])
    if any(t.is_word and t.lower not in speakers.DATE_WORDS and t.lower not in
           speakers.AUTHORING and t.lower not in ("by", "from", "which", "that", "was", "were")
           and not t.text.isdigit() for t in gap):
        return None     # "the statement, issued to staff by …": words that are no date
    source = read_phrase(speakers.without_date(tokenize(text, m.start(1), m.end(1), [])), text)
    return source if source is not None and source.form in (
        MentionForm.NAME, MentionForm.ORGANIZATION, MentionForm.TITLE,
        MentionForm.DESCRIPTOR) and source.head not in DOCUMENT_NOUNS else None


# "issued a statement", "released a short report": a document put out by the clause's subject
_PUT_OUT = regex.compile(r"\b(?:issued|released|published|put out|posted|sent|filed)\s+"
                         r"(?:a|an)\s+(?:\p{Ll}+\s+){0,2}?("
                         + "|".join(map(regex.escape, sorted(DOCUMENT_NOUNS))) + r")\b")


def _issuer_before(text: str, book: SpeakerBook, document: Phrase, hi: int) -> Phrase | None:
    """Return who put out the document "the statement" (``document``) refers to, said in
    its sentence or the one before, before ``hi``: the subject opening the clause that put
    out a document of that noun ("The ministry issued a statement on Friday. “…,” the
    statement said." is the ministry's; "Ann Boyd released a letter" hers); or None. Not
    a subject after an opening clause ("Days later, the museum issued a statement") nor one
    whose verb is another's ("Trump's battle … after Nunberg filed a petition")."""
    here = book.sentence_of(document.start)
    lo = book.sentence_starts[max(here - 1, 0)]
    last = None
    for m in _PUT_OUT.finditer(text, lo, hi):
        if m.group(1) == document.head:
            last = m
    if last is None:
        return None
    subject = book.sentence_subject(last.start())
    # the subject of the verb itself, a date at most between them ("The ministry on Friday
    # issued"), not of a clause before it ("Trump's battle with Nunberg … after Nunberg filed
    # a petition")
    if subject is None:
        return None
    # (an organisation is noted at its article: "The ministry" ends after "ministry")
    at = text.find(subject.text, subject.start, subject.start + len(subject.text) + 4)
    end = subject.end if at < 0 else at + len(subject.text)
    gap = text[end:last.start()].split()
    return subject if len(gap) <= 2 and not text.startswith(("'s", "’s"), end) and \
        not any(w.endswith(",") for w in gap) else None


def _document_writer(text: str, book: SpeakerBook, at: int) -> Phrase | None:
    """Return the person named as a document's writer ("The letter, signed by council clerk
    Ann Boyd, …") in the sentence of ``at`` or the one before, before ``at``; or None."""
    here = book.sentence_of(at)
    lo = max(0, book.sentence_starts[max(here - 1, 0)])
    for m in _WRITTEN_BY.finditer(text, lo, at):
        named = book.name_between(m.end(), min(at, m.end() + 60))
        if named is not None:
            return named
    return None


def _last_speaker(book: SpeakerBook):
    best = None
    for e in book.entities:
        if e.spoke_at and (best is None or e.spoke_at[-1] > best.spoke_at[-1]):
            best = e
    return (best.key, best.last_mention) if best else (None, None)


def _assemble(text: str, paras: list[_Para]) -> list[DraftQuote]:
    """Join the parts of quotes that run over paragraphs; draft the quotes."""
    groups: list[list[_Part]] = []
    part: _Part
    lead: _Part
    for p in paras:
        for part in p.parts:
            if part.raw.continues and groups and groups[-1][-1].raw.paragraph == part.raw.paragraph - 1:
                groups[-1].append(part)
            else:
                groups.append([part])
    quotes = []
    for g in groups:
        raw = g[0].raw
        start = raw.start
        end = raw.end if len(g) == 1 else g[-1].raw.end
        if len(g) == 1:
            # (most quotes: one part, which leads; read without the generators below, which
            # cost more than the rest of the draft: 71M -> 45M instructions a pass)
            lead = g[0]
            kind = lead.kind
            words = text[start:end]
            parts = (new_frozen(Span, {"start": start, "end": end}),)
        else:
            lead = next((x for x in g if x.cue is not None
                         and x.cue.rule not in ("CONT", "CONT-P")),
                        next((x for x in g if x.cue is not None), g[0]))
            kind = QuoteKind.FULL
            words = " ".join(text[x.raw.start:x.raw.end] for x in g)
            parts = tuple(Span(x.raw.start, x.raw.end) for x in g)
        cue = lead.cue
        speech = kind is not KIND_NON_SPEECH
        # (every field, in order: start, end, text, kind, paragraph, parts, speaker, mention,
        # cue, confidence; made at once, see model.new_tuple)
        quotes.append(new_tuple(DraftQuote, (
            start, end, words, kind, raw.paragraph, parts,
            lead.speaker if speech else None,
            lead.mention if speech else None,
            new_frozen(Cue, {"rule": cue.rule, "verb": cue.verb, "start": cue.verb_start,
                             "end": cue.verb_end})
            if cue is not None and speech else None,
            lead.confidence if speech else 0.0,
        )))
    return quotes
