"""Grade how strongly each quote is sourced, with the words in the text that decided it.

| level | label                | when                                                          |
|-------|----------------------|---------------------------------------------------------------|
| 6     | named_on_record      | a named person in the attribution of the same sentence        |
| 5     | named_resolved       | a named person reached through a pronoun, a title or role noun,|
|       |                      | or a later quote that continues theirs                        |
| 4     | institutional        | an organisation or office speaks, or a spokesperson for a     |
|       |                      | named person ("a spokesperson for Sen. Ann Boyd")             |
| 3     | anonymous_positioned | an unnamed person with a position or affiliation              |
| 2     | anonymous_vague      | unnamed, known only by proximity or expertise                 |
| 1     | unattributed         | no speaker, or a crowd ("critics say")                        |
| 0     | not_speech           | scare quotes, titles, nicknames                               |

Signals are reported beside the level, never folded into it: ``anonymity_reason``,
``plural``, ``channel``, ``relayed`` and ``partial``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from os.path import commonprefix
from typing import TYPE_CHECKING

import regex

from .lexicon import (
    ANONYMITY_REASONS, ARBITRARY_SPEAKERS, ASSEMBLY_NOUNS, AUDIENCE_NOUNS, CHANNEL_NOUNS,
    CHANNEL_PATTERNS, CHANNEL_VERBS, CHANT_NOUNS, COURT_NOUNS, CROWD_NOUNS, DETERMINERS,
    KIN_NOUNS, NUMBER_WORDS, ORG_NAMES, PARTY_NAMES,
    NEWS_OUTLET_NOUNS, ORG_NOUNS, PARENTS_BY_CHILDREN, PERSON_ROLE_NOUNS, PLATFORMS, PRONOUNS,
    PROXIMITY_PHRASES, SPOKESPEOPLE, STOP_CAPITALS, TITLE_WORDS, VAGUE_HEADS,
)
from .model import (
    FORM_DESCRIPTOR, FORM_NAME, KIND_NON_SPEECH, KIND_PARTIAL, TYPE_ANONYMOUS, TYPE_ORGANIZATION,
    TYPE_PERSON, TYPE_UNKNOWN, MentionForm, Quote, QuoteKind, Reason, Sourcing, Speaker,
    SpeakerType,
)
from .quotes import new_frozen
from .tokens import holds_any

if TYPE_CHECKING:
    from .attribution import DraftQuote

LABELS = {
    6: "named_on_record", 5: "named_resolved", 4: "institutional", 3: "anonymous_positioned",
    2: "anonymous_vague", 1: "unattributed", 0: "not_speech",
}
LEVELS = {label: level for level, label in LABELS.items()}

# The reason a person's grade cites, by how the quote's mention points at them
_RESOLVED_BY = {MentionForm.PRONOUN: "pronoun", MentionForm.TITLE: "role_noun",
                MentionForm.CONTINUATION: "continuation"}

# Words that open a description's complement: "the mayor of Tarrant", "the head of a union".
_COMPLEMENT_WORDS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
_CROWDS = frozenset({"crowd", "crowds", "audience", "audiences", "protesters", "demonstrators",
                     "supporters", "fans", "voters", "onlookers", "congregation"})
# (not "partner": a firm's, as often)
_RELATIONS = frozenset({"friend", "friends", "pal", "pals", "man", "woman", "boy", "girl",
                        "guy"}) | (KIN_NOUNS - {"partner"}) | PARENTS_BY_CHILDREN
# Rules whose speaker was named elsewhere: a later quote that continues theirs, or an
# interview's answer line ("A: “…”") whose speaker the introduction named
_CONTINUATIONS = frozenset({"CONT", "CONT-P", "A:Q"})
_MEDIA = regex.compile(
    r"\b(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:Times|Post|News|Journal|Network|Magazine|"
    r"Tribune|Herald|Globe|Gazette|Telegraph|Guardian|Reuters|Associated Press|AP|CNN|MSNBC|"
    r"NBC|CBS|ABC|BBC|NPR|Fox|Politico|Axios|Bloomberg|Radio|TV|Television|Channel|Daily|"
    # wire services and broadcasters beyond the US ("told AFP", "told Sky News")
    r"AFP|Agence France-Presse|Xinhua|TASS|Tass|Interfax|Kyodo|Yonhap|ITV|CBC|RTE|RTÉ|Sky|"
    r"Jazeera|Spiegel|Monde)\b")
_PLATFORM = regex.compile(
    r"\s+(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*(?:\s+\p{Lu}[\p{L}'’-]*(?:\.\p{L}+)*){0,3})")
# "wrote on X", "posted on Threads", "via Telegram", "took to Facebook": a platform's name,
# capitalised, after "on", "via" or "took to" (the one rule for platforms: lower-case phrases
# would take "on x" in "on xenon"), or in lower case when no word is spelled so ("on
# twitter": _LOWER_PLATFORMS)
# The platforms' names as one alternation, longest first ("truth social" spaced as written)
_PLATFORM_NAMES = "|".join(name.replace(" ", r"\s+")
                           for name in sorted(PLATFORMS, key=len, reverse=True))
# A platform's name in lower case where no common word is spelled so ("on twitter", "in a
# facebook post"; not "on x", "on threads", "via telegram")
_LOWER_PLATFORMS = ("facebook", "instagram", "tiktok", "twitter", "youtube")
# A platform's name: capitalised, or one of those in lower case
_A_PLATFORM = (r"(?:(?=\p{Lu})(?i:" + _PLATFORM_NAMES + r")|" + "|".join(_LOWER_PLATFORMS)
               + r")")
_ON_PLATFORM = regex.compile(
    r"\b(?i:on|via|t(?:ook|akes|aking)\s+to)\s+" + _A_PLATFORM + r"\b(?!['’]s\b)")
# "in a statement", "in his opening statement", "during a Tuesday briefing" (CHANNEL_NOUNS):
# the words between the determiner and the noun are no function words ("in a way that his
# speech …" is none), and a call is not "a call for" or "a call to" something ("a call to
# arms"; "a call to ABC’s …" is one)
_IN_CHANNEL = regex.compile(
    r"\b(?i:in|during)\s+(?:a|an|his|her|its|their|the|one)\s+"
    r"(?:(?!(?:that|which|who|and|or|of|to|with|for|by|on|in|at|the|a|an|his|her|its|their)\b)"
    r"[\p{L}'’-]+\s+){0,3}?(" + "|".join(sorted(CHANNEL_NOUNS, key=len, reverse=True))
    + r")\b(?!(?<=call)\s+(?:for\b|to\s+(?!\p{Lu})))")
# A statement read out at a debate, a hearing or a trial, spoken: "in his opening statement",
# "in her closing statement"
_SPOKEN_STATEMENT = regex.compile(r"(?i)\b(?:opening|closing)\s+statement\b")
# The last words of CHANNEL_NOUNS, one of which is in a sentence _IN_CHANNEL can match: most
# sentences have "in " and none of these, and are spared its search
_CHANNEL_NOUN_ENDS = tuple(sorted({noun.rsplit(" ", 1)[-1] for noun in CHANNEL_NOUNS}))
# The words one of which is in a sentence _ON_PLATFORM can match ("took to", "takes to",
# "taking to"); most sentences have none, and are spared its search
_PLATFORM_OPENERS = ("on ", "via ", "ook to ", "kes to ", "king to ")
# The first words of the platforms' names (but "x", in too many words: see _names_a_platform)
_PLATFORM_WORDS = tuple(sorted({name.split()[0] for name in PLATFORMS} - {"x"}))
# The characters that (?i) matches to a letter of another script's case: "İ" to "i", "ſ" to
# "s", "K" (the Kelvin sign) to "k"
_ODD_CASES = ("\u0130", "\u017f", "\u212a")


def _names_a_platform(sentence: str, low: str) -> bool:
    """Tell whether ``sentence`` (``low`` lower-cased) may hold a platform's name where
    _ON_PLATFORM can match it: one of the names' first words in it, or an "x" after a space.
    Most sentences with "on " name none, and are spared the pattern's search (26,000
    instructions each: _channel 99M -> 86M a pass over the dev set;
    tests/pipeline/test_platform_names.py)."""
    if not sentence.isascii() and holds_any(sentence, _ODD_CASES):
        return True
    if holds_any(low, _PLATFORM_WORDS):
        return True
    i = low.find("x", 1)
    while i >= 0:
        if low[i - 1].isspace():   # (every character \s matches is a space to str.isspace)
            return True
        i = low.find("x", i + 1)
    return False


# "told" and whom (lexicon: AUDIENCE_NOUNS): an audience ("told the crowd", "told a town
# hall audience", "told supporters"), else an outlet or its people after "the": named in
# capitals ("told the Harbor Times") or by a noun ("told the Paris daily Le Monde", "told
# the hosts", "told the Reuters news agency"). The words after a capitalised name are read
# by _told.
# (a full stop inside a word or an abbreviation before another capitalised word: "U.S.
# Senate", not the sentence's)
_CAPITAL_WORD = r"\p{Lu}[\p{L}&'’-]*(?:\.\p{L}+)*(?:\.(?=\s+\p{Lu}))?"
_TOLD = regex.compile(
    r"\btold\s+(?:(?P<audience>(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?!(?:that|to|of|and|who|which|about|how|what|why|it|them|him|her)\b)"
    r"[\p{L}'’-]+\s+){0,3}?(?:" + "|".join(sorted(AUDIENCE_NOUNS, key=len, reverse=True))
    + r")\b)|[Tt]he\s+(?:(?P<court>(?:" + "|".join(sorted(COURT_NOUNS)) + r")\b)"
    + r"|(?P<outlet>(?:" + _CAPITAL_WORD + r"\s+){0,4}?(?:(?:news|wire)\s+)?(?:"
    + "|".join(sorted(NEWS_OUTLET_NOUNS, key=len, reverse=True))
    + r")\b(?:\s+" + _CAPITAL_WORD + r"){0,3})|(?P<name>" + _CAPITAL_WORD
    + r"(?:\s+" + _CAPITAL_WORD + r"){0,3})(?:\s+(?P<after>\p{Ll}[\p{L}'’-]*))?))")
# "told Reuters", "told AFP", "told Sky News": an outlet's name (_MEDIA) after "told", no "the"
_TOLD_BARE = regex.compile(r"\btold\s+(?=\p{Lu})")
# A local station's channel number after its network's name ("Fox 35", "ABC 7", not the
# "2" of "told CNN 2 things")
_STATION_NUMBER = regex.compile(
    r"\s+\d{1,3}(?=[,.;:]|\s+(?:on|that|in|last|this|about|after)\b|$)")
# "in a Facebook post", "in her Truth Social post", "in a YouTube video": a platform's name,
# capitalised, before the thing posted there
_PLATFORM_POST = regex.compile(
    r"\bin\s+(?:a|an|the|his|her|their|its)\s+" + _A_PLATFORM
    + r"\s+(?:post|video|message|livestream|story|thread)\b")
# A broadcast show named after its channel: "told CNN’s “State of the Union”", "said on
# Fox News’ “Sunday Morning Futures”" (the show's title, in capitals, is no speaker).
_SHOW = regex.compile(
    r"\b(?:told|on)\s+(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:['’]s|s['’])\s+"
    r"[“\"]\p{Lu}[^”\"\n]{0,60}[”\"]")
# A show's title after its channel's possessive, in capitals with small words between ("’s
# State of the Union", "'s Meet the Press", "’s “Face the Nation”"), maybe in quotation marks;
# not the day after it ("’s Meet the Press on Sunday")
_SHOW_TITLE = (r"(?:['’]s|(?<=s)['’])\s+[“\"]?\p{Lu}[\p{L}'’-]*"
               r"(?:\s+(?:(?:of|the|and|for|in|on|a|with)\s+){0,2}"
               r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
               r"\p{Lu}[\p{L}'’-]*){0,5}"
               r"(?:[.,]?[”\"])?")
# "in an interview on CNN", "… on CNN's State of the Union": the outlet (_MEDIA) that aired
# an interview, and its show
_AIRED_ON = regex.compile(r"\s+on\s+(?:" + _MEDIA.pattern + r")(?:" + _SHOW_TITLE + r")?")
# "said on CNN's State of the Union", "appeared on NBC’s Meet the Press": a broadcast show,
# its title in capitals after an outlet's possessive (_SHOW reads one in quotation marks)
_ON_SHOW = regex.compile(r"\bon\s+(?:" + _MEDIA.pattern + r")" + _SHOW_TITLE)
_RELAY_WORDS = ("told", "according to", "reported by", "in an interview with", "as reported by",
                "said to")
_RELAY_CUE = regex.compile(r"\b(?:" + "|".join(_RELAY_WORDS) + r")\s+")
# The relay words that hold no other ("reported by", not "as reported by"): a sentence holds
# one of _RELAY_WORDS when it holds one of these, tested before _RELAY_CUE's search (11.6M
# -> 9.8M instructions a pass over the dev set)
_RELAY_WORDS_HELD = tuple(w for w in _RELAY_WORDS
                          if not any(o != w and o in w for o in _RELAY_WORDS))
_CLAUSE_AFTER = regex.compile(r",\s+\S+(?:\s+\S+){0,6}\s+\p{Ll}+")
_WORDS = regex.compile(r"[\p{L}'’-]+")
_SENTENCE_END = regex.compile(r"(?<![A-Z])[.!?](?=\s+[\p{Lu}“\"‘'])|\n")
# The same ends, searched backwards (every match is one character, so the first match found
# backwards is the last one forwards): a quote's sentence starts after the nearest one.
# (_last_sentence_end finds them faster: this is what the tests hold it to)
_LAST_SENTENCE_END = regex.compile("(?r)" + _SENTENCE_END.pattern)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence (or sentences) from ``start`` to ``end``."""
    para_start, _ = _paragraph_bounds(text, start)
    _, para_end = _paragraph_bounds(text, end)
    lo = max(para_start, start - _SENTENCE_REACH)
    # Each search reads at most _SENTENCE_REACH characters. concurrent=False: releasing the
    # GIL for the search costs more than a short search; it is passed by position (after
    # endpos), as the regex module reads a keyword more slowly
    # The search ends at ``start``, so an end whose look-ahead needs the capital there is
    # not seen: when the speaker's mention opens its sentence ("In the interview, Reid
    # praised him. He said “…”"), the sentence read runs back over the one before, and a
    # channel set there is the quote's. Measured on the dev set (2026-11-24): reading one
    # character further loses 6 channels, all 6 right in context, and fixes none.
    s = _last_sentence_end(text, lo, start)
    hi = min(para_end, end + _SENTENCE_REACH)
    e = _first_sentence_end(text, end, hi)
    # (not the paragraph's end: in a paragraph of hundreds of quotes and no full stop, each
    # quote's rules read the rest of the paragraph, n * n / 2 characters in all)
    return (lo if s < 0 else s), (hi if e < 0 else e)


# The characters a sentence end (_SENTENCE_END) starts at: found with str.find and rfind, the
# pattern is tried only there, not at every character (_sentence_bounds 43M -> 33M
# instructions a pass over the dev set)
_END_CHARS = ".!?\n"


def _first_sentence_end(text: str, start, end) -> int:   # (offsets typed in sourcing.pxd)
    """Return where the first sentence end from ``start`` to ``end`` ends, or -1: the end of
    ``_SENTENCE_END.search(text, start, end)``."""
    at = start
    while True:
        p = end
        for c in _END_CHARS:
            i = text.find(c, at, p)
            if i >= 0:
                p = i
        if p == end:
            return -1
        e = _end_at(text, p, end)
        if e >= 0:
            return e
        at = p + 1


def _last_sentence_end(text: str, start, end) -> int:   # (offsets typed in sourcing.pxd)
    """Return where the last sentence end from ``start`` to ``end`` ends, or -1: the end of
    ``_LAST_SENTENCE_END.search(text, start, end)``."""
    at = end
    while True:
        p = start - 1
        for c in _END_CHARS:
            i = text.rfind(c, p + 1, at)
            if i >= 0:
                p = i
        if p < start:
            return -1
        e = _end_at(text, p, end)
        if e >= 0:
            return e
        at = p


def _end_at(text: str, p, end) -> int:   # (offsets typed in sourcing.pxd)
    """Return where the sentence end that starts at ``p`` (one of _END_CHARS) ends, reading
    no further than ``end``, or -1: the end of ``_SENTENCE_END.match(text, p, end)``. Read
    by hand, the pattern tried only when a character other than ASCII or an opening quote
    mark follows the spaces (a match call costs ten times as much: _sentence_bounds 33M ->
    27M instructions a pass over the dev set; tests/pipeline/test_sentence_ends.py)."""
    if text[p] == "\n":
        return p + 1
    if p > 0 and "A" <= text[p - 1] <= "Z":
        return -1                     # an abbreviation's full stop ("U.S. Senate")
    q = p + 1
    while q < end and text[q] in " \t\n\r\f\v":   # (\s in ASCII: not \x1c-\x1f)
        q += 1
    if q == p + 1 or q == end:
        return -1 if q == end or text[q] < "\x80" else _end_by_pattern(text, p, end)
    c = text[q]
    if c < "\x80":
        return p + 1 if "A" <= c <= "Z" or c == '"' or c == "'" else -1
    if c == "“" or c == "‘":
        return p + 1
    return _end_by_pattern(text, p, end)


def _end_by_pattern(text: str, p, end) -> int:
    m = _SENTENCE_END.match(text, p, end, False)
    return -1 if m is None else m.end()


def _find(text: str, phrases, start: int, end: int) -> list[tuple[str, int, int]]:
    low = text[start:end].lower()
    out = []
    for p in phrases:
        i = low.find(p if isinstance(p, str) else p[0])
        if i >= 0:
            key = p if isinstance(p, str) else p[0]
            out.append((key, start + i, start + i + len(key)))
    return out


def _by_first_word(patterns) -> dict[str, list[tuple[str, str]]]:
    """Group (phrase, kind) pairs by the phrase's first two words and the space after them,
    each group keyed by the words all its phrases start with."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for phrase, kind in patterns:
        words = phrase.split(" ")
        first = " ".join(words[:2]) + " " if len(words) > 2 else phrase
        groups.setdefault(first, []).append((phrase, kind))
    # ("in a ", "at a ", not "in ", "at "): a sentence without those words holds none of the
    # group's phrases, and most sentences hold "in " and "at " but not "in a " or "at a ",
    # which spares their phrases' searches (channels 93M -> 66M instructions a pass); two
    # words, so "in the interview" does not make a group of "in "
    return {commonprefix([phrase for phrase, _ in group]): group for group in groups.values()}


def _by_opening_word(groups: dict[str, list[tuple[str, str]]]
                     ) -> tuple[tuple[str, tuple[tuple[str, list[tuple[str, str]]], ...]], ...]:
    """Nest the groups of phrases (``_by_first_word``) under the first word they share when
    three or more do ("told ", "on "): a sentence without that word is spared their
    searches. A group alone stays as it is (its words tested once: "" below it)."""
    by_word: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    for words, patterns in groups.items():
        by_word.setdefault(words.split(" ", 1)[0] + " ", []).append((words, patterns))
    out = []
    for word, members in by_word.items():
        if len(members) >= 3:
            out.append((word, tuple(members)))
        else:
            out.extend((words, (("", patterns),)) for words, patterns in members)
    return tuple(out)


# The channel phrases by their first words, which most sentences lack ("during a ", "in a "):
# one search for the words passes over all their phrases, and one for the first word over
# all the groups that open with it ("told reporters", "told a ", "told state ", …). The
# order of the phrases does not matter: no two can start at the same place ("in a
# statement", "in a written statement"). (As tuples: compiled, a tuple is walked for a
# fraction of a dict's items: _channel 118M -> 110M instructions a pass over the dev set;
# nested, 99M.)
_CHANNELS_BY_FIRST_WORD = _by_opening_word(_by_first_word(CHANNEL_PATTERNS))


def _channel_outside(text: str, start: int, end: int, quoted: list, seen: dict
                     ) -> tuple[dict | None, Reason | None]:
    """Find the channel in the sentence from ``start`` to ``end`` outside the quoted words.

    The channel is how the speaker's words reached us, which the attribution says ("she said
    on Twitter", "she wrote in a statement"); the quoted words may name a channel of their
    own ("“I saw it on Twitter,” she said") that says nothing about how they were given.
    ``quoted`` holds the (start, end) spans of the speech quoted in the text, in order;
    ``seen`` the channels found in the text so far (``_channel_in``).
    """
    at = start
    # From the last span that starts before ``start`` (it may run past it), found by
    # bisection: the spans are disjoint and in order, and the text's earlier quotes are not
    # walked again for each quote (read by index: ``islice`` steps over them one by one, and
    # did: bench/large_article.py's 2 MB article took 8.9-9.4 s, growing 2.5-2.7x per
    # doubling; 6.0 s and 2.0x read by index).
    first = max(bisect_right(quoted, (start, start)) - 1, 0)
    for k in range(first, len(quoted)):
        a, b = quoted[k]
        if b <= at:
            continue
        if a >= end:
            break
        if a > at:
            found = _channel_in(text, at, a, seen)
            if found[0] is not None:
                return found
        at = b
    return _channel_in(text, at, end, seen) if at < end else (None, None)


def _channel_in(text: str, start: int, end: int, seen: dict
                ) -> tuple[dict | None, Reason | None]:
    """Return ``_channel(text, start, end)``, found once a text: the quotes of one sentence
    read the same words outside them (``seen`` holds what was found, by span; a pass over the
    dev set reads 5,155 spans in 6,115 calls)."""
    key = (start, end)
    found = seen.get(key)
    if found is None:
        found = seen[key] = _channel(text, start, end)
    elif found[0] is not None:
        # each quote its own dict: one quote's signals shared with another's are one edit
        # away from a wrong channel
        found = ({**found[0]}, found[1])
    return found


# What opens the clause of another speech event in a sentence: "“…,” she said, and later
# wrote on social media, “…”", "… said “…,” while the union said in a statement …", a
# sentence after a quote's closing mark ("… told the Herald: “….” She added, “…”"); the last
# one before a cue verb (searched backwards).
_NEXT_CLAUSE = regex.compile(
    r"(?r)[,;]?\s+(?:and|but|while|whereas|before|after|then|though|although|yet)\s|;"
    r"|(?<=[.!?][”\"’'])\s+(?=\p{Lu})")


# What opens a clause after the cue that tells of another event than the quote's (see
# _cue_region): a perfect participle, one that cites or refers to words ("citing a report
# by", "referring to a tweet by", "quoting", "pointing to"), and a participle of a later,
# earlier or separate event ("adding in a later statement", "writing in a separate post")
_OTHER_EVENT = regex.compile(
    r",\s+(?:having|citing|quoting|(?:referring|pointing|alluding)\s+to)\s"
    r"|,\s+(?:and\s+)?(?:later|subsequently|earlier|previously)\s"
    r"|,\s+\p{Ll}+ing\s+(?:later\s|(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:later|subsequent|separate|earlier|previous|prior)\s)")


def _cue_region(text: str, cue, s: int, e: int, cues: list) -> tuple[int, int]:
    """Return the part of the sentence from ``s`` to ``e`` whose channel is the quote's.

    ``cues`` holds the offsets of the cue verbs of the text's speech quotes, in order. With
    one cue verb in the sentence (or none) it is the whole sentence. With more, a clause
    that opens between two of them starts another speech event with a channel of its own:
    "“…,” she said, and later wrote on social media, “…”" (the post is the second quote's
    channel, and "In a statement, the ministry said “…,” while the union said “…”" the first
    one's); verbs with no clause opener between them are one event ("said on Channel Four,
    adding, “…”"). A quote whose cue verb is not in such a sentence has no part.
    """
    lo, hi = bisect_left(cues, s), bisect_left(cues, e)
    if hi - lo < 2:
        if cue is not None and cue.start is not None and s <= cue.start < e:
            # "“…,” she said, having suggested in a recent speech that …": a perfect
            # participle after the cue tells of an earlier event, its channel not the quote's;
            # so do one that cites another's words ("citing a post on X by …", "referring to
            # remarks in an interview") and one of a later or separate event ("adding in a
            # later statement that …"); not "speaking at a rally on Monday", where the words
            # were said
            if text.find(", ", cue.end, e) >= 0:
                m = _OTHER_EVENT.search(text, cue.end, e)
                if m is not None:
                    return s, m.start()
        return s, e
    at = cue.start if cue is not None else None
    if at is None or at < s or at >= e:
        return s, s
    i = bisect_left(cues, at)
    start = next((b for k in range(i, lo, -1)
                  for b in [_clause_start(text, cues[k - 1], cues[k])] if b >= 0), s)
    end = next((b for k in range(i + 1, hi)
                for b in [_clause_start(text, cues[k - 1], cues[k])] if b >= 0), e)
    return start, end


def _clause_start(text: str, after: int, cue: int) -> int:
    """Return where the last clause opener between offsets ``after`` and ``cue`` (two cue
    verbs) starts, or -1 when there is none."""
    m = _NEXT_CLAUSE.search(text, after, cue)
    return m.start() if m is not None else -1


def _find_words(low: str, phrase: str) -> int:
    """Return where ``phrase`` first stands in ``low`` as whole words, or -1: "at a rally"
    is not in "at a rallying point", "on air" not in "on airline safety" nor "told reporters"
    in "foretold reporters"."""
    i = low.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
            return i
        i = low.find(phrase, i + 1)
    return -1


def _channel(text: str, start: int, end: int) -> tuple[dict | None, Reason | None]:
    """Find the channel the words went through: 'in a post on Truth Social', 'told reporters'."""
    sentence = text[start:end]
    low = sentence.lower()
    best = None
    for opening, groups in _CHANNELS_BY_FIRST_WORD:
        if opening not in low:
            continue
        for first_words, patterns in groups:
            if first_words and first_words not in low:
                continue
            for phrase, kind in patterns:
                i = _find_words(low, phrase)
                if i >= 0 and (best is None or i < best[0]):
                    best = (i, phrase, kind)
    if ("in " in low or "during " in low) and holds_any(low, _CHANNEL_NOUN_ENDS):
        m = _IN_CHANNEL.search(text, start, end)
        if m is not None and (best is None or m.start() - start < best[0]):
            kind = CHANNEL_NOUNS[m.group(1).lower()]
            if kind == "statement" and _SPOKEN_STATEMENT.search(m.group()) is not None:
                kind = "speech"     # "in her opening statement" at a debate or a hearing
            best = (m.start() - start, m.group().lower(), kind)
    if holds_any(low, _PLATFORM_OPENERS) and _names_a_platform(sentence, low):
        m = _ON_PLATFORM.search(text, start, end)
        if m is not None and (best is None or m.start() - start < best[0]):
            best = (m.start() - start, m.group().lower(), "social post")
    if "told " in low:
        told = _told(text, start, end)
        if told is not None and (best is None or told[0] - start < best[0]):
            best = (told[0] - start, text[told[0]:told[1]].lower(), told[2])
    if " post" in low or " video" in low or " message" in low or " live" in low or \
            " story" in low or " thread" in low:
        m = _PLATFORM_POST.search(text, start, end)
        if m is not None and (best is None or m.start() - start <= best[0]):
            best = (m.start() - start, m.group().lower(), "social post")
    show = _SHOW.search(text, start, end) if "’s “" in sentence or \
        "'s \"" in sentence or "s’ “" in sentence or "s' \"" in sentence else None
    if show is None and "on " in low and ("’s " in sentence or "'s " in sentence or
                                          "s’ " in sentence or "s' " in sentence):
        show = _ON_SHOW.search(text, start, end)
    if show is not None and (best is None or show.start() - start <= best[0]):
        words = text[show.start():show.end()]
        return ({"kind": "broadcast", "text": words, "start": show.start(), "end": show.end()},
                _reason("channel", words, show.start(), show.end()))
    if best is None:
        return None, None
    i, phrase, kind = best
    s, e = start + i, start + i + len(phrase)
    if phrase.endswith((" on", " the", "interview")):
        m = _PLATFORM.match(text, e, end)
        if phrase.endswith("interview") and text[e:e + 6] == " with ":
            m = _PLATFORM.match(text, e + 5, end)
        elif phrase.endswith("interview") and text[e:e + 4] == " on ":
            # "in an interview on CNN’s State of the Union": the outlet that aired it
            m = _AIRED_ON.match(text, e, end)
        if m:
            e = m.end()
        elif phrase.endswith(" the"):
            # "speaking to the Guardian", "wrote in the Lancet" name an outlet; so does one
            # named by its noun ("writing in the journal"); any other noun names no channel
            # (another phrase may follow, from the next character: "wrote in the ruling"
            # holds "in the ruling")
            noun = text[e:min(end, e + 20)].split(None, 1)[:1]
            noun = noun[0].strip(",.;:").lower() if noun else ""
            if noun not in NEWS_OUTLET_NOUNS:
                return _channel(text, s + 1, end)
            e += 1 + len(noun)
    if kind in ("video", "recording", "statement") and \
            text.startswith(_POSTED, e, min(end, e + 11)):
        # "in a video posted on Instagram": a post on a platform
        m = _POSTED_ON.match(text, e, end)
        if m is not None:
            kind, e = "social post", m.end()
    words = text[s:e]
    return {"kind": kind, "text": words, "start": s, "end": e}, _reason("channel", words, s, e)


# What puts a video or a statement on a platform: "in a video posted on Instagram",
# "uploaded to YouTube"
_POSTED = (" posted ", " shared ", " uploaded ", " published ")
_POSTED_ON = regex.compile(
    r"\s+(?:posted|shared|uploaded|published)\s+(?:on|to)\s+" + _A_PLATFORM
    + r"\b(?!['’]s\b)")


def _told(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Return the first "told" channel from ``start`` to ``end``: its offsets and kind, a
    speech to an audience, words in court or an interview with an outlet ("told the
    Herald", "told Reuters"); None when "told" names someone else ("told the President",
    "told the Senate", "told Tom Hale", "told the Biblical story")."""
    found = None
    for m in _TOLD.finditer(text, start, end):
        found = _told_whom(m)
        if found is not None:
            break
    for m in _TOLD_BARE.finditer(text, start, end if found is None else found[0]):
        outlet = _MEDIA.match(text, m.end(), end)
        if outlet is not None and not outlet.group().startswith(("the ", "The ")):
            # a local station by its channel number: "told Fox 35", "told ABC 7"
            number = _STATION_NUMBER.match(text, outlet.end(), end)
            return m.start(), number.end() if number else outlet.end(), "interview"
    return found


def _told_whom(m) -> tuple[int, int, str] | None:
    """Return the channel of one match of _TOLD (see ``_told``), or None."""
    if m.group("audience"):
        return m.start(), m.end(), "speech"
    if m.group("court"):
        return m.start(), m.end(), "court"
    if m.group("outlet"):
        return m.start(), m.end(), "interview"
    last = m.group("name").rsplit(None, 1)[-1].lower()
    after = m.group("after")
    if last in AUDIENCE_NOUNS:
        return m.start(), m.end("name"), "speech"      # "told the Party Conference"
    if last in COURT_NOUNS:
        return m.start(), m.end("name"), "court"       # "told the High Court"
    if last in NEWS_OUTLET_NOUNS or last not in ASSEMBLY_NOUNS and last not in \
            TITLE_WORDS and (after is None or after.lower() in STOP_CAPITALS):
        # "told the Associated Press", "told the Herald on Friday"
        return m.start(), m.end("name"), "interview"
    return None


def _channel_of_verb(cue, s: int, e: int) -> tuple[dict | None, Reason | None]:
    """Return the channel the quote's own cue verb names ("“…,” Boyd tweeted": a social post;
    "Boyd emailed: “…”": an email), when that verb is in the quote's sentence (a quote that
    continues an earlier one has its cue elsewhere, and its channel is not read there)."""
    if cue is None or cue.verb is None or cue.start is None or cue.start < s or cue.end > e:
        return None, None
    kind = CHANNEL_VERBS.get(cue.verb.split(" ", 1)[0].lower())
    if kind is None:
        return None, None
    return ({"kind": kind, "text": cue.verb, "start": cue.start, "end": cue.end},
            _reason("channel", cue.verb, cue.start, cue.end))


def _is_vague(speaker: Speaker) -> bool:
    desc = speaker.name.lower()
    words = _WORDS.findall(desc)
    at = min((i for i in map(desc.find, PROXIMITY_PHRASES) if i >= 0), default=-1)
    if at >= 0:
        # proximity alone: "a defense expert familiar with ...", "three people with
        # knowledge of ...", unless a position is stated before it ("a senior official
        # familiar with ...")
        core_words = _WORDS.findall(desc[:at])
        return not core_words or core_words[-1] in VAGUE_HEADS
    head = next((w for w in reversed(words) if w in PERSON_ROLE_NOUNS), None)
    if head in _PLACED_HEADS and _placed(speaker.name, head):
        return False
    # a relation holds no position ("one mother, who lost her son"; "his wife": see _level)
    return head is None or head in VAGUE_HEADS or head in _RELATIONS


# A source or insider is placed when the words say where they work: "a White House source",
# "a senior Pentagon source", "a source in the prime minister's office", "a government
# insider" (not "a source close to the White House": proximity, read before this).
_PLACED_HEADS = frozenset({"source", "sources", "insider", "insiders"})
_PLACING_WORDS = frozenset({"senior", "administration", "government", "campaign", "military",
                            "intelligence", "diplomatic", "congressional", "cabinet",
                            "ministry", "party", "police", "palace", "embassy", "agency",
                            "department", "committee", "official"})
_WITHIN = regex.compile(r"\s(?:in|at|inside|within|from)\s+(?:the\s+)?(\S+(?:\s+\S+){0,3})")


def _placed(name: str, head: str) -> bool:
    """Tell whether an unnamed source's description says where they work."""
    words = name.split()
    low = [w.lower().strip(",") for w in words]
    at = low.index(head) if head in low else len(low)
    if any(w[:1].isupper() or lw in _PLACING_WORDS for w, lw in zip(words[1:at], low[1:at])):
        return True
    if at and low[0] not in DETERMINERS and low[0] not in NUMBER_WORDS and (
            low[0] in _PLACING_WORDS or low[0] in ORG_NOUNS or low[0] in ORG_NAMES
            or low[0] in PARTY_NAMES):
        return True     # "Government sources said", "Pentagon sources", "Labour sources"
                        # (not "Gulf sources", a region, which no determiner names either)
    # "… in the prime minister's office", "… at the Pentagon": an organisation after it
    m = _WITHIN.match(" " + " ".join(words[at + 1:]))
    return m is not None and any(
        w[:1].isupper() or w.lower().removesuffix("’s").removesuffix("'s") in ORG_NOUNS
        for w in m.group(1).split())


def _is_arbitrary(speaker: Speaker) -> bool:
    desc = speaker.name.lower().strip()
    # a crowd ("the crowd chanted") is graded as "critics say" is: no one in it is named
    # (not "someone in the audience": one of them, a member of the public)
    words = desc.split()
    if words and (words[-1] in CROWD_NOUNS or words[-1] in CHANT_NOUNS) and \
            not _COMPLEMENT_WORDS.intersection(words):
        return True
    return desc in ARBITRARY_SPEAKERS or desc.removeprefix("some ").removeprefix(
        "many ") in ARBITRARY_SPEAKERS


def grade(quote: DraftQuote, speaker: Speaker | None, text: str, quoted: list, cues: list,
          seen: dict) -> Sourcing:
    """Grade one quote: the level, the signals beside it, and the words that decided both.

    ``quoted`` holds the spans of the text's quoted speech, in order (``_speech_spans``): no
    channel is read inside them; ``cues`` the offsets of their cue verbs (``_cue_region``);
    ``seen`` the channels found in the text so far (``_channel_in``).
    """
    reasons: list[Reason] = []
    signals: dict = {"anonymity_reason": None, "plural": False, "channel": None,
                     "relayed": False, "partial": quote.kind is KIND_PARTIAL}
    if quote.kind is KIND_NON_SPEECH:
        reasons.append(_reason("not_speech", text[quote.start:quote.end], quote.start, quote.end))
        return _sourcing(0, signals, reasons)
    mention = quote.mention
    cue = quote.cue
    lo, hi = quote.start, quote.end
    if mention is not None and mention.end >= quote.start - _SENTENCE_REACH and \
            mention.start <= quote.end + _SENTENCE_REACH:
        # the sentence runs from the mention to the quote ("Ann Boyd said in a statement on
        # Monday: “…”"); a mention farther away (the one a continuation goes on from, an
        # interview's answer line) is in a sentence of its own: reading from it, each of a
        # speaker's many quotes re-read all the ones before (n * n / 2 characters)
        lo, hi = min(lo, mention.start), max(hi, mention.end)
    s, e = _sentence_bounds(text, lo, hi)
    if speaker is None:
        level = 1
        if mention is not None:
            reasons.append(_reason("unresolved_speaker", mention.text, mention.start, mention.end))
        else:
            reasons.append(_reason("no_speaker", text[quote.start:quote.end], quote.start,
                                   quote.end))
    else:
        signals["plural"] = speaker.plural
        level = _level(quote, speaker, mention, reasons, text[quote.start:quote.end])
    channel, why = _channel_outside(text, *_cue_region(text, cue, s, e, cues), quoted, seen)
    if channel is None and speaker is not None:
        channel, why = _channel_of_verb(cue, s, e)
    if channel is not None and speaker is not None:
        signals["channel"] = channel
        reasons.append(why)
    if speaker is not None and (speaker.type is TYPE_ANONYMOUS or speaker.type is TYPE_UNKNOWN
                                and level in (2, 3)):
        # (an unnamed source read as a title, "the nurse", is graded as one too)
        found = _find(text, ANONYMITY_REASONS, *_paragraph_bounds(text, lo))
        if found:
            phrase, a, b = found[0]
            signals["anonymity_reason"] = text[a:b]
            reasons.append(_reason("anonymity_reason", text[a:b], a, b))
    relay = _relay(text, quote, speaker, cue, s, e)
    if relay is not None:
        signals["relayed"] = True
        reasons.append(relay)
    return _sourcing(level, signals, reasons)


def _paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    """Return the span of the paragraph (the line) that holds offset ``at``, read at most
    ``_PARAGRAPH_REACH`` characters either side of it."""
    lo = max(0, at - _PARAGRAPH_REACH)
    s = text.rfind("\n", lo, at) + 1 or lo
    e = text.find("\n", at, at + _PARAGRAPH_REACH)
    return s, (min(len(text), at + _PARAGRAPH_REACH) if e < 0 else e)


# A sentence is not longer than this (in characters): _sentence_bounds reads no further, so
# a mention farther from its quote is not in the quote's sentence
_SENTENCE_REACH = 600

# News paragraphs are shorter than this; a text of one line (a pasted transcript) is not
# read whole for each of its quotes (n * n / 2 characters in all)
_PARAGRAPH_REACH = 3000


def _level(quote: DraftQuote, speaker: Speaker, mention, reasons: list[Reason],
           quote_words: str) -> int:
    form = mention.form if mention is not None else None
    # Without a mention (a quote that continues an earlier one) the quote's own words are cited.
    words, a, b = (mention.text, mention.start, mention.end) if mention is not None else (
        quote_words, quote.start, quote.end)
    if speaker.type is TYPE_PERSON:
        if form is FORM_NAME and quote.cue.rule not in _CONTINUATIONS:
            reasons.append(_reason("named_speaker", words, a, b))
            return 6
        if form is FORM_DESCRIPTOR and SPOKESPEOPLE.intersection(
                _WORDS.findall(mention.text.lower())):
            # "a spokesperson for Sen. Ann Boyd": her office speaks, she is not quoted
            reasons.append(_reason("spokesperson", words, a, b))
            return 4
        why = _RESOLVED_BY.get(form, "continuation")
        reasons.append(_reason(why, words, a, b))
        return 5
    if speaker.type is TYPE_ORGANIZATION:
        reasons.append(_reason("organization", words, a, b))
        return 4
    if speaker.type is TYPE_ANONYMOUS:
        if _is_arbitrary(speaker):
            reasons.append(_reason("arbitrary_speaker", words, a, b))
            return 1
        if _is_vague(speaker):
            reasons.append(_reason("vague_source", words, a, b))
            return 2
        reasons.append(_reason("positioned_source", words, a, b))
        return 3
    # Nobody we could name: a pronoun with no antecedent, a crowd, an office ("the president"
    # with no name in the text), or someone described by a relation ("his wife").
    name_words = _WORDS.findall(speaker.name.lower())
    # the head is the last word before a complement: "the mayor of Tarrant" is a mayor
    cut = next((i for i in range(1, len(name_words)) if name_words[i] in _COMPLEMENT_WORDS),
               len(name_words))
    head = name_words[cut - 1] if name_words else ""
    if not name_words or speaker.name.lower() in PRONOUNS:
        # (also a later quote continuing an unresolved "he"; a "he" that points back to "the
        # president" no one named is graded as the office is, below)
        reasons.append(_reason("unresolved_pronoun", words, a, b))
        return 1
    if head in ARBITRARY_SPEAKERS or head in _CROWDS:
        reasons.append(_reason("arbitrary_speaker", words, a, b))
        return 1
    if head in TITLE_WORDS or (head in PERSON_ROLE_NOUNS and head not in VAGUE_HEADS
                               and head not in _RELATIONS):
        reasons.append(_reason("unresolved_title", words, a, b))
        return 3
    reasons.append(_reason("vague_source", words, a, b))
    return 2


def _relay(text: str, quote: DraftQuote, speaker: Speaker | None, cue, s: int, e: int
           ) -> Reason | None:
    """Tell whether the words reached the article through a third party or another outlet."""
    if cue is None:
        return None
    if cue.rule == "ACC" and cue.start is not None:
        # "According to sources, the two leaders discussed 'X'": the sources relay others' words.
        clause_after = text[cue.end:quote.start]
        if "," in clause_after and _CLAUSE_AFTER.search(clause_after):
            return _reason("relayed", text[cue.start:cue.end], cue.start, cue.end)
    sentence = text[s:e]
    if " reported" in sentence:
        found = _reported_by_outlet(text, quote, cue, s, e)
        if found is not None:
            return found
    if not holds_any(sentence, _RELAY_WORDS_HELD):
        return None  # the cue pattern cannot match: most sentences need no scan for it
    for m in _RELAY_CUE.finditer(sentence):
        outlet = _MEDIA.match(text, s + m.end(), e)
        if outlet and outlet.group().split()[-1] not in ("the",):
            a, b = s + m.start(), outlet.end()
            return _reason("relayed", text[a:b], a, b)
    return None


# An outlet's name that ends where "reported" starts ("Reuters reported that …", "…, the
# Harbor Times reported"), searched in the 60 characters before it
_OUTLET_ENDING = regex.compile(r"(?:" + _MEDIA.pattern + r")\s+\Z")
_REPORTED = regex.compile(r"\breported\b")


def _reported_by_outlet(text: str, quote: DraftQuote, cue, s: int, e: int) -> Reason | None:
    """Return the words of an outlet that reported the quote's words, or None: "Reuters
    reported that the ministry said in a statement: “…”" (the cue in the "that" clause),
    "“…,” the ministry said, the Harbor Times reported" and "The ministry said in a
    statement, Reuters reported: “…”" (the outlet after a comma) relay the ministry's words
    through the outlet, in the cue's sentence. Not the outlet's own words ("“…,” the Times
    reported": the quote's speaker), nor a report of something else ("Politico reported
    about an email …")."""
    if cue is None or cue.start is None:
        return None
    mention = quote.mention
    for m in _REPORTED.finditer(text, s, e):
        at = m.start()
        if quote.start <= at < quote.end:
            continue
        that = at < cue.start and text.startswith(" that ", m.end())
        lo, hi = (m.end(), cue.start) if at < cue.start else (cue.end, at)
        if lo < hi and _SENTENCE_END.search(text, lo, hi) is not None:
            continue    # ("…,” she said. The Times reported that …": another sentence's)
        outlet = _OUTLET_ENDING.search(text, max(s, at - 60), at)
        if outlet is None:
            continue
        a = outlet.start() + len(outlet.group()) - len(outlet.group().lstrip())
        if mention is not None and mention.start < at and a < mention.end:
            continue    # the outlet speaks: its own report
        if not that and not text[max(s, a - 3):a].rstrip().endswith(
                (",", ",”", ",\"", ",’", ",'")):
            continue    # ("As the Times reported, …"; "… said, “No comment,” the Herald
            # reported" after the quote's own comma)
        return _reason("relayed", text[a:m.end()], a, m.end())
    return None


def grade_all(quotes: list[DraftQuote], speakers: dict[str, Speaker], text: str) -> list[Quote]:
    """Return the quotes with their sourcing grades set."""
    quoted = _speech_spans(quotes)
    cues = sorted({q.cue.start for q in quotes if q.kind is not KIND_NON_SPEECH and
                   q.cue is not None and q.cue.start is not None})
    seen: dict = {}
    # Each Quote is built once, here, from the draft's fields and its grade (the last field,
    # sourcing), without its __init__ (quotes.new_frozen; the draft unpacked whole: read by
    # index, a field of the NamedTuple costs ten times as much)
    out = []
    for q in quotes:
        start, end, words, kind, paragraph, parts, speaker, mention, cue, confidence = q
        out.append(new_frozen(Quote, {
            "start": start, "end": end, "text": words, "kind": kind, "paragraph": paragraph,
            "parts": parts, "speaker": speaker, "mention": mention, "cue": cue,
            "confidence": confidence,
            "sourcing": grade(q, speakers.get(speaker) if speaker else None, text, quoted,
                              cues, seen)}))
    return out


def _reason(signal: str, words: str, start, end) -> Reason:   # (typed in sourcing.pxd)
    """Return ``Reason(signal, words, start, end)``, built without its __init__ (see
    quotes.new_frozen: grading builds one to three a quote)."""
    return new_frozen(Reason, {"signal": signal, "text": words, "start": start, "end": end})


def _sourcing(level, signals: dict, reasons: list[Reason]) -> Sourcing:  # (typed in .pxd)
    """Return a quote's Sourcing, built without its __init__ (see quotes.new_frozen)."""
    return new_frozen(Sourcing, {"level": level, "label": LABELS[level], "signals": signals,
                                 "reasons": tuple(reasons)})


def _speech_spans(quotes: list[DraftQuote]) -> list[tuple[int, int]]:
    """Return the spans of the quotes' words, each part of a quote over paragraphs on its
    own, in order. Titles and scare quotes are left out: a show's title after its channel
    ("told CNN’s “State of the Union”") is part of the channel's words."""
    spans = []
    for q in quotes:
        if q.kind is KIND_NON_SPEECH:
            continue
        if q.parts:
            for p in q.parts:   # (a loop: a generator costs more to make than to run here)
                spans.append((p.start, p.end))
        else:
            spans.append((q.start, q.end))
    spans.sort()
    return spans
