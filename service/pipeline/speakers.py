"""Who is speaking: read a noun phrase, and resolve it to one speaker per person in an article.

``read_phrase`` turns the tokens of a subject or object into a ``Phrase`` (a name with its
role, a pronoun, a role noun, an organisation or an unnamed-source descriptor).
``SpeakerBook`` keeps the people, organisations and unnamed sources of one article, and
resolves each phrase to one of them: surnames, honorifics and titles to the person named
in full; pronouns to the salient earlier person of the right gender; role nouns to the
person or unnamed source introduced with that role.
"""
from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Callable, NamedTuple

import regex

from . import census_names
from . import identity
from .identity import generation
from .lexicon import (
    ARTICLES, BRIEF_WORDS, COLLECTIVE_NOUNS, COMPANY_TRADES, CROWD_NOUNS, DAY_WORDS, DEMONYMS,
    DETERMINERS, DOCUMENT_NOUNS, INDEFINITE_ARTICLES,
    FEMALE_NAMES,
    EPITHET_TRADES, FIRM_NOUNS, GIVEN_NAMES, HONORIFICS, KIN_NOUNS, MALE_NAMES, MONTH_SURNAMES,
    NUMBER_WORDS,
    FIRM_NAMES, ORG_NAMES, NATIONALITIES, ORG_NOUNS, PARTY_NAMES, POST_NOMINALS,
    PERSON_ROLE_NOUNS, PRONOUNS,
    OWN_WORD_DOCUMENTS, ROLE_SURNAMES, SPOKESPEOPLE, STOP_CAPITALS, TITLE_WORDS, US_STATES,
)
from .model import (
    FORM_DESCRIPTOR, FORM_NAME, FORM_ORGANIZATION, FORM_PRONOUN, FORM_TITLE, TYPE_PERSON,
    MentionForm, Speaker, SpeakerType,
)
from .tokens import Tok, word_tokens

# The key of the offset-ordered lists (mentions, organisations): an item's first field.
# A C callable: bisect and insort call it on each item they compare, a lambda costs a
# Python call each time.
_FIRST = itemgetter(0)

# Lower-case words that belong to a surname: "von der Leyen", "ten Hag", "bin Salman".
PARTICLES = frozenset({"de", "del", "della", "da", "van", "von", "der", "den", "la", "le",
                       "bin", "al", "ibn", "di", "du", "dos", "das", "ter", "ten"})
_SUFFIXES = frozenset({"jr.", "sr.", "ii", "iii", "iv", "jr", "sr"})
_TITLE_CONNECTORS = frozenset({"of", "for", "the", "and"})
_ROLE_NOUNS_AS_NAMES = frozenset({"guy"})     # role nouns that are also first names
# Role nouns that are given names too, read as the given name only before a lone surname
# ("said Ally McLeod"): a role noun written with a capital and no title is a headline's.
_ROLE_NOUNS_AS_GIVEN_NAMES = frozenset({"ally"})
_ROLE_BREAKERS = frozenset({"to", "with", "by", "from", "at", "in", "on", "about", "against",
                            "who", "that", "which", "whose", "and", "or", "but", "said", "says",
                            "told", "is", "was", "are", "were", "has", "had", "have", "will",
                            "would", "a", "an", "as", "when", "while", "after", "before", "if"})
# lowercase words (and the ampersand of "Procter & Gamble") a capitalized run may hold
_RUN_CONNECTORS = _TITLE_CONNECTORS | PARTICLES | {"&"}
_PLURAL_NUMBERS = NUMBER_WORDS - {"one"}
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)")
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eon", "ee", "man", "woman", "person")
# Words with an agent's ending that name no one: participles and particles ("a message sent
# to residents" is not someone "sent").
_NOT_AGENTS = frozenset({"sent", "spent", "meant", "went", "lent", "bent", "other", "after",
                         "over", "under", "later", "never", "ever", "rather", "further"})
_POSTMODIFIER_STARTS = frozenset({"familiar", "close", "with", "who", "briefed", "involved",
                                  "knowledgeable", "aware", "privy", "in", "at", "from", "for",
                                  "to", "of", "on", "that", "inside", "within", "speaking",
                                  "working", "based", "tied", "loyal", "linked", "near"})
_FEMALE_ROLES = frozenset({"spokeswoman", "congresswoman", "chairwoman", "businesswoman",
                           "councilwoman", "actress", "woman", "mother", "queen", "princess",
                           "wife", "daughter", "sister", "grandmother", "lady"})
_MALE_ROLES = frozenset({"spokesman", "congressman", "chairman", "businessman", "councilman",
                         "actor", "man", "father", "king", "prince", "husband", "son", "brother",
                         "grandfather"})


class Phrase:
    """A noun phrase that names or points at a speaker.

    Treated as immutable (cached readings are shared). A plain class with the methods a
    dataclass would give it (``__init__``, ``__eq__``, ``__repr__``), not a dataclass:
    compiled, it is an extension type (speakers.pxd), whose ``__init__`` is compiled too
    (a dataclass's is generated Python, and the name scan builds thousands of phrases).
    """

    __slots__ = ("start", "end", "text", "form", "name", "role", "head", "gender", "plural",
                 "institution")

    def __init__(self, start: int, end: int, text: str, form: MentionForm,
                 name: str | None = None, role: str | None = None, head: str | None = None,
                 gender: str | None = None, plural: bool = False,
                 institution: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.form = form
        self.name = name                # person or organisation name
        self.role = role                # title or role words: "White House Press Secretary"
        self.head = head                # head noun of a role noun or descriptor: "official"
        self.gender = gender            # "male", "female", "plural" or None
        self.plural = plural
        self.institution = institution  # the organisation an unnamed spokesperson speaks for

    def _fields(self) -> tuple:
        return (self.start, self.end, self.text, self.form, self.name, self.role, self.head,
                self.gender, self.plural, self.institution)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None   # mutable, compared by value (as a dataclass with eq and not frozen)

    def __repr__(self) -> str:
        return ("Phrase(start={!r}, end={!r}, text={!r}, form={!r}, name={!r}, role={!r}, "
                "head={!r}, gender={!r}, plural={!r}, institution={!r})").format(*self._fields())

    def shifted(self, delta: int) -> Phrase:
        """Return the same phrase ``delta`` characters further on (positional: replace() is slow)."""
        return Phrase(self.start + delta, self.end + delta, self.text, self.form, self.name,
                      self.role, self.head, self.gender, self.plural, self.institution)


def _is_name_token(t: Tok) -> bool:
    return t.capitalized and t.lower.rstrip(".") not in STOP_CAPITALS or (
        t.kind == "a" and len(t.text) == 2)  # an initial: "M."


# Reporting verbs that are surnames too ("Omar Said", "Sam Told"): STOP_CAPITALS, so a
# capital alone does not make one a name's word.
VERB_SURNAMES = frozenset({"said", "told", "asked"})


def _is_surname_at(toks: list[Tok], i) -> bool:   # (i typed in speakers.pxd)
    """Tell whether token ``i`` can be a name's last word.

    A month after a given name can ("Theresa May"), and so can a capitalised reporting verb
    after a capitalised given name when it is the phrase's last word: the readers cut a
    phrase before its verb or at the sentence's end, so "“…,” Omar Said replied" names
    Omar Said (a title-case headline's verb has more words after it: "Omar Said To Run")."""
    t = toks[i]
    if _is_name_token(t):
        return True
    if not (t.capitalized and i > 0 and toks[i - 1].lower in GIVEN_NAMES):
        return False
    return t.lower in MONTH_SURNAMES or (t.lower in VERB_SURNAMES and i == len(toks) - 1
                                         and toks[i - 1].capitalized)


def month_given_name(toks: list[Tok]) -> bool:
    """Tell whether the tokens open with a month that is a given name before one name word
    ("April Ryan", "June Carter"; not "April 5", "June and July", nor "June Ann Boyd",
    which is more often "Since June, Ann Boyd …" without its comma)."""
    return len(toks) > 1 and toks[0].capitalized and toks[0].lower in MONTH_SURNAMES and \
        toks[0].lower in GIVEN_NAMES and _is_name_token(toks[1]) and \
        (len(toks) == 2 or not _is_name_token(toks[2]))


def _strip(toks: list[Tok]) -> list[Tok]:
    """Drop punctuation and quote tokens at both ends."""
    i, j = 0, len(toks)
    t: Tok   # (typed: is_word is read as a C struct member when compiled)
    while i < j:
        t = toks[i]
        if t.is_word:
            break
        i += 1
    while j > i:
        t = toks[j - 1]
        if t.is_word:
            break
        j -= 1
    return toks[i:j]


def _gender_of(first: str | None, role: str | None, honorific: str | None) -> str | None:
    if honorific and HONORIFICS.get(honorific.lower()):
        return HONORIFICS[honorific.lower()]
    if role:
        words = set(role.lower().split())
        if words & _FEMALE_ROLES:
            return "female"
        if words & _MALE_ROLES:
            return "male"
    return given_name_gender(first) if first else None


def gender_of_role(noun: str) -> str | None:
    """Return the gender a role or kin noun tells ("daughter": "female"), or None."""
    return _gender_of(None, noun, None)


def given_name_gender(first: str) -> str | None:
    """Return the gender a given name tells ("male", "female"), or None: a name in both
    lists, as unisex names are ("Lee", "Dana"), or in neither, tells none."""
    f = first.lower().rstrip(".")
    if f in MALE_NAMES:
        return None if f in FEMALE_NAMES else "male"
    return "female" if f in FEMALE_NAMES else None


_HOME_NATIONS = frozenset({"england", "scotland", "wales", "ireland", "canada", "australia"})


def _no_person_word(low: str) -> bool:
    """Tell whether a lower-case word is no given name, title or role noun."""
    return low not in GIVEN_NAMES and not census_given_name(low) and not _is_title(low) \
        and low not in PERSON_ROLE_NOUNS and low not in NATIONALITIES


def _is_org_name(words: list[str]) -> bool:
    low = " ".join([w.lower() for w in words])
    last = words[-1].lower()
    if len(last) == 2 and not words[-1].isupper() and not (last == "co" and len(words) > 1):
        return False     # "UN", "EU", "AP" only in capitals: "Kim Jong Un" is a person (but
                         # "Tokyo Electric Power Co", the run before its full stop, is a firm)
    if last in _HOME_NATIONS and len(words) == 2 and (
            words[0].isupper() or words[0].lower() in ORG_NOUNS
            or words[0].istitle() and (_no_person_word(words[0].lower())
                                       or words[0].lower() in BRIEF_WORDS
                                       and words[0].lower() not in GIVEN_NAMES)):
        # "NHS England", "Police Scotland", "Health Canada", "Cricket Australia": a
        # national body (not "Harry England", a person); a government's brief too, which is
        # also a title's word ("Health Canada", "Environment Canada", "Finance Canada")
        return True
    if low in ORG_NAMES or last in ORG_NOUNS and last not in PERSON_ROLE_NOUNS \
            or _names_an_org_of(low) or (last in COMPANY_TRADES or last == "co") \
            and len(words) > 1:
        return True
    if " & " in low:                 # "Procter & Gamble", not "Procter & Gamble spokeswoman …"
        split = low.split()
        return _no_person_after(split, split.index("&"))
    return "&" in low and len(words) == 1 and words[0].isupper()     # "AT&T"


def _names_an_org_of(low: str) -> bool:
    """Tell whether lower-case words name an organisation by its noun and what it is of:
    "Bank of America", "University of Michigan", "Department of Justice" (not a person called
    America); not when a title or a role and a name follow ("Bank of America CEO Brian
    Moynihan")."""
    if " of " not in low and " for " not in low:
        return False
    split = low.split()
    # (or "for", the British way: "Department for Work and Pensions")
    of = 0
    while split[of] not in ("of", "for"):
        of += 1
    return 0 < of < len(split) - 1 and split[of - 1] in ORG_NOUNS \
        and split[of - 1] not in PERSON_ROLE_NOUNS and _no_person_after(split, of)


def _no_person_after(low: list[str], at) -> bool:   # (at typed in speakers.pxd)
    """Tell whether no title or role word with a word after it follows word ``at``: the
    words name a firm ("Procter & Gamble"), not its spokeswoman ("Procter & Gamble
    spokeswoman Ann Boyd")."""
    if not 0 < at < len(low) - 1:
        return False
    for i in range(at + 1, len(low) - 1):
        w = low[i]
        if (_is_title(w) or w in PERSON_ROLE_NOUNS) and not _joins_brief(low, i):
            return False
    return True


def _joins_brief(low: list[str], i) -> bool:   # (i typed in speakers.pxd)
    """Tell whether word ``i`` of lower-case words is an "and", or the word before one, that
    joins two parts of a body's brief ("Department of Health and Social Care"), not a
    person's name to it ("the Ministry of Defence and Ann Boyd")."""
    j = i if low[i] == "and" else i + 1 if low[i + 1] == "and" else -1
    return 0 < j < len(low) - 1 and low[j + 1] not in GIVEN_NAMES


def _span_text(toks: list[Tok], text: str) -> str:
    return text[toks[0].start:toks[-1].end]


def _is_title(word: str) -> bool:
    """Tell whether a lower-case word is a title or office word ("sen.", "lt", "secretary")."""
    bare = word.rstrip(".")
    return word in TITLE_WORDS or bare in TITLE_WORDS or bare + "." in TITLE_WORDS


def _split_name(toks: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """Split a capitalized run into (role tokens, name tokens): 'Sen. Ted Cruz' -> (Sen.), (Ted Cruz)."""
    j = len(toks)
    i = j
    while i > 0 and toks[i - 1].lower in _SUFFIXES:
        i -= 1
    if i == 0 or not _is_surname_at(toks, i - 1):
        return toks, []
    i -= 1  # the surname, even when it is also a title word ("Peter King")
    if _is_title(toks[i].lower) and not (i > 0 and _is_name_token(toks[i - 1])
                                         and not _is_title(toks[i - 1].lower)):
        return toks, []  # "RNC Chief": a title with no name before it
    while i > 0:
        t = toks[i - 1]
        low = t.lower
        if t.kind == "a" and len(t.text) == 2:          # an initial
            i -= 1
        elif low in PARTICLES and i - 1 > 0 and (_is_name_token(toks[i - 2]) or (
                toks[i - 2].lower in PARTICLES and i - 2 > 0 and _is_name_token(toks[i - 3]))):
            i -= 1   # "ten Hag", "von der Leyen"
        elif _is_name_token(t) and not _is_title(low) and low not in ORG_NOUNS \
                and (low not in PERSON_ROLE_NOUNS or low in _ROLE_NOUNS_AS_NAMES) \
                and not low.startswith("ex-") \
                or low in MONTH_SURNAMES and month_given_name(toks[i - 1:]):
            i -= 1   # (a role noun is no name: "Striker Tom Weller", "Engineer …"; but "Guy")
        else:
            break
    if i == 1 and len(toks) == 2 and toks[0].lower in _ROLE_NOUNS_AS_GIVEN_NAMES:
        return [], toks   # "Ally McLeod": a given name (not in a longer title-case run)
    # "Undersecretary for Political Affairs Wendy Sherman", "Goldman Sachs Lloyd Blankfein":
    # capitalized words of an office or a firm run into the name. A known given name after
    # them starts the person's name: after one such word when a title's "for" or "of" came
    # before, after two otherwise ("Kwame Anthony Appiah" keeps his first name).
    lead = 2
    for p in range(i):
        if toks[p].lower in _TITLE_CONNECTORS:
            lead = 1
            break
    given = -1
    for p in range(i + lead, len(toks) - 1):
        if toks[p].lower in GIVEN_NAMES and toks[p + 1].lower not in _SUFFIXES:
            given = p
            for q in range(i, p):
                if toks[q].lower in GIVEN_NAMES or toks[q].kind == "a":
                    given = -1
                    break
            break
    if given >= 0:
        i = given
    elif len(toks) - i > 2 and toks[i].lower in DEMONYMS and (
            identity.is_given_name(toks[i + 1].lower)):
        # "Spaniard Rafael Nadal", "Kenyan Mary Kiprono": a nationality before a given name
        # and a surname says where the person is from (no demonym is a given name in the
        # lists; "Scot Peterson", two words, stays a name)
        i += 1
    elif i > 1 and toks[i - 1].lower in ("of", "for") and len(toks) - i > 2 and \
            _is_office(toks[i - 2].lower):
        # "Mayor of London Idris Okafor": the place of the office, then the name (two words
        # of the place when it starts "Greater", "New" …, or when its next word is one that
        # ends place names: "Grand Rapids", "Salt Lake City"); two words are left for the name
        i += 2 if toks[i].lower in _PLACE_PREFIXES and len(toks) - i > 3 else 1
        while len(toks) - i > 2 and toks[i].lower in _PLACE_ENDINGS:
            i += 1
    return toks[:i], toks[i:]


# First words of places written in two ("Greater Manchester", "New York", "West Midlands").
_PLACE_PREFIXES = frozenset({"greater", "new", "north", "south", "east", "west", "northern",
                             "southern", "eastern", "western", "upper", "lower", "san", "los",
                             "las", "st", "st.", "saint", "santa", "tel", "hong", "sri", "el",
                             "fort", "port", "mount", "grand", "cape", "palm", "little"})
# Words that end place names written in two or three ("Grand Rapids", "Salt Lake City",
# "Colorado Springs", "Lagos State"): never a given name.
_PLACE_ENDINGS = frozenset({"city", "town", "rapids", "falls", "springs", "beach", "heights",
                            "park", "forks", "rock", "island", "islands", "bay", "harbor",
                            "harbour", "valley", "lake", "lakes", "county", "hills", "creek",
                            "point", "bend", "junction", "state", "province", "district",
                            "region", "borough", "village", "vale", "bridge", "ford", "haven"})


# "the Duke of Wessex", "the Mayor of Greater Manchester": the words of an office of a place
_OFFICE_LENGTHS = frozenset({3, 4})


def _portfolio_office(words: list[str]) -> int | None:
    """Return how many of ``words`` name an office and its brief ("Minister for Finance",
    "Secretary of State for Northern Ireland", "Minister of State for Housing and Planning"),
    up to a name after the brief ("Minister for Finance Ciaran Doyle": 3; see BRIEF_WORDS),
    or None when they open with no such office."""
    if len(words) < 3 or not words[0][:1].isupper() or not _is_office(words[0].lower()):
        return None
    at = 3 if words[1:3] == ["of", "State"] else 1     # "Minister of State for …"
    if at >= len(words) - 1 or words[at] != "for" or not words[at + 1][:1].isupper():
        return None
    end = at + 2
    while end < len(words) and words[end].lower() in BRIEF_WORDS and \
            words[end].lower() not in GIVEN_NAMES and \
            (words[end][:1].isupper() or words[end] == "and" and end + 1 < len(words)):
        end += 1
    return end


def _is_office(low: str) -> bool:
    """Tell whether a lower-case word is an office held "of" a place ("mayor", "duke")."""
    return (_is_title(low) or low in PERSON_ROLE_NOUNS) and low not in ORG_NOUNS


def _drop_parentheticals(toks: list[Tok]) -> list[Tok]:
    """Drop short asides in parentheses: 'Harry Reid (D-Nev.)'."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        if toks[i].text == "(":
            j = next((k for k in range(i + 1, min(len(toks), i + 10)) if toks[k].text == ")"), None)
            if j is not None:
                i = j + 1
                continue
        out.append(toks[i])
        i += 1
    return out


def _plural_owner_org(toks: list[Tok], text: str) -> Phrase | None:
    """Read "the Nurses’ Union", "Miners' Federation": capitalised words, one a plural
    ending in an apostrophe, the last an organisation noun, as the organisation they name
    (the plural is part of the name, not an owner of the words after it)."""
    words = toks[1:] if toks[0].lower == "the" else toks
    if len(words) < 3 or words[-1].lower not in ORG_NOUNS or words[-1].lower in \
            PERSON_ROLE_NOUNS or words[0].kind == "p":
        return None
    for i, t in enumerate(words):
        if t.kind == "p":
            prev = words[i - 1]
            if t.text not in ("'", "’") or t.start != prev.end or \
                    not prev.lower.endswith("s") or not words[i + 1:] or \
                    words[i + 1].kind == "p":
                return None
        elif not (t.is_word and t.capitalized):
            return None
    whole = _span_text(toks, text)
    return Phrase(toks[0].start, toks[-1].end, whole, MentionForm.ORGANIZATION,
                  name=_span_text(words, text))


def _document_owner(toks: list[Tok], text: str) -> Phrase | None:
    """Read "the ministry statement", "the Boyd campaign statement", "the Ann Boyd
    statement", "the Water Authority report": the body or person before the document noun
    speaks through it, with or without "the" (the one path for a document after its owner).

    A body ("the ministry", "the Boyd campaign") speaks as it would with no document; a
    person only when the text names them with a given name too ("Ann Boyd ... the Boyd
    statement"); a capitalised word that is neither ("the Kestrel statement") leaves a
    written source, named by its words, and so does a document that need not be in its
    owner's words ("the Water Authority lawsuit", "the Rove ad": OWN_WORD_DOCUMENTS). None
    when the words before the document read as no owner ("the joint statement", "the new
    report"): the description is read as before.
    """
    doc = toks[-1]
    owner = toks[1:-1] if toks[0].lower == "the" else toks[:-1]
    if not owner or doc.capitalized or doc.lower in PERSON_ROLE_NOUNS or not all(
            t.is_word and not t.text.endswith(("'s", "’s")) for t in owner):
        return None
    start, end = toks[0].start, doc.end
    whole = _span_text(toks, text)
    if doc.lower not in OWN_WORD_DOCUMENTS:
        # (not a body called "Water Authority lawsuit")
        return Phrase(start, end, whole, MentionForm.DESCRIPTOR, head=doc.lower,
                      role=whole) if owner[-1].capitalized else None
    if owner[0].capitalized:
        person = read_phrase(owner, text)
        if person is not None and person.form is MentionForm.NAME:
            if " " not in person.name and not _named_in_full(person.name, text):
                # a surname no one in the text has in full ("the Trump statement" alone):
                # the statement's words, not a body called "Trump"
                return Phrase(start, end, whole, MentionForm.DESCRIPTOR, head=doc.lower,
                              role=whole)
            if " " not in person.name or identity.is_given_name(
                    person.name.split(" ", 1)[0].lower()):
                # (not "the Harbor Transit statement": no given name, a body's name)
                return Phrase(start, end, whole, MentionForm.NAME, name=person.name,
                              role=person.role, gender=person.gender)
    body = read_phrase(toks[:-1], text)
    if body is not None and body.form is MentionForm.ORGANIZATION and not body.plural:
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=body.name,
                      head=body.head)
    if owner[0].capitalized and body is None or body is not None and \
            body.form is MentionForm.NAME:
        # an owner we cannot read as a body or a person named in the text
        return Phrase(start, end, whole, MentionForm.DESCRIPTOR, head=doc.lower, role=whole)
    return None


def _named_in_full(surname: str, text: str) -> bool:
    """Tell whether ``text`` names someone with ``surname`` after a capitalised given name
    ("Ann Boyd", not "The Boyd" opening a sentence)."""
    for m in regex.finditer(r"\b(\p{Lu}[\p{Ll}.'’-]+)\s+" + regex.escape(surname) + r"\b",
                            text):
        if m.group(1).lower() not in STOP_CAPITALS and m.group(1).lower() not in TITLE_WORDS:
            return True
    return False


def _owned_role_name(toks: list[Tok], text: str) -> Phrase | None:
    """Read a plural's apostrophe, a role in lower case and a name after it ("the Chiefs'
    head coach Andy Hill", "the victims' lawyer Ruth Adams") as that named person, whose
    role is the words before the name; None for anything else."""
    mark = next((i for i in range(1, len(toks) - 2) if toks[i].text in ("'", "’")
                 and toks[i].start == toks[i - 1].end and toks[i - 1].lower.endswith("s")),
                None)
    if mark is None or not toks[mark + 1].text.islower() or not all(
            t.lower == "the" or t.capitalized for t in toks[:mark - 1]):
        return None     # (not a clause: "The timing of Sanders’ surge doesn’t …")
    named = read_phrase(toks[mark + 1:], text)
    if named is None or named.form is not MentionForm.NAME or not named.role or \
            named.end != toks[-1].end or len(named.role.split()) > 3 or \
            named.role.split()[-1].lower() not in PERSON_ROLE_NOUNS:
        return None
    role = text[toks[0].start:named.end - len(named.name)].rstrip()
    return Phrase(toks[0].start, named.end, text[toks[0].start:named.end], MentionForm.NAME,
                  name=named.name, role=role, gender=named.gender)


# The first word of a demonym of two words ("the Northern Irishman", "the South Korean")
_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "north", "south",
                            "east", "west", "new"})
# Small words inside a body's name of capitalised words ("Transport for London", "Save the
# Children", "Doctors Without Borders", "Campaign Against Arms Trade")
_BODY_JOINS = frozenset({"for", "the", "without", "against"})


# Verbs that open a campaign's name before "the" ("Save the Children", "Stop the War")
_CAMPAIGN_VERBS = frozenset({"save", "stop", "feed", "free", "heal", "protect", "fight", "end",
                             "keep", "help", "ban", "defend", "reclaim"})


def _joined_body(toks: list[Tok]) -> str | None:
    """Return the name of a body written as capitalised words joined by "for", "the",
    "without" or "against" ("Transport for London", "the Centre for Cities think tank"),
    without a leading "the" or a body's noun after it; None for anything else, and for an
    office ("Minister for Finance", "the Secretary of State for Wales": its first word a
    title or a role)."""
    i = 1 if toks[0].lower == "the" else 0
    j = len(toks)
    while j > i + 3 and toks[j - 1].text.islower() and toks[j - 1].is_word:
        j -= 1    # "the Centre for Cities think tank": the body's noun after its name
    if j < len(toks) and toks[-1].lower not in ORG_NOUNS and not (
            toks[-1].lower == "tank" and toks[-2].lower == "think"):
        return None
    words = toks[i:j]
    first = words[0].lower if words else ""
    if len(words) < 3 or not words[0].capitalized or words[-1].lower in _BODY_JOINS or \
            first in TITLE_WORDS or first in STOP_CAPITALS or first in GIVEN_NAMES or \
            first in PERSON_ROLE_NOUNS and not first.endswith("s"):
        return None     # (a plural may open a body's name: "Doctors Without Borders")
    joined = False
    for k, t in enumerate(words):
        if not t.is_word:
            return None
        if t.lower in _BODY_JOINS and 0 < k and words[k - 1].lower not in _BODY_JOINS and (
                t.lower != "the" or k == 1 and first in _CAMPAIGN_VERBS):
            if words[k - 1].lower in TITLE_WORDS:
                return None  # an office after its country: "Singapore's Minister for Trade"
            joined = True    # ("the" after a verb only: not "the Amendment the Framers …")
        elif not t.capitalized or t.lower in GIVEN_NAMES and k > 1:
            return None     # (a given name: an office's holder, "… for Trade Helen Voss")
    return " ".join(t.text for t in words) if joined else None


# The endings of a web address used as a firm's or a site's name ("Shopwise.com said")
WEB_ENDINGS = (".com", ".org", ".net", ".gov", ".edu", ".io", ".info", ".tv", ".co.uk",
               ".org.uk", ".com.au", ".co.nz", ".co.za", ".co.in")


def web_name(word: str) -> bool:
    """Tell whether one word is a web address written as a name: "Shopwise.com",
    "fixmystreet.org.uk" (a letter before its first full stop)."""
    low = word.lower()
    return low.endswith(WEB_ENDINGS) and low[:1].isalnum() and \
        low.index(".") > 0 and low[low.index(".") - 1].isalnum()


def read_phrase(toks: list[Tok], text: str) -> Phrase | None:
    """Classify the tokens of a subject or object as a speaker phrase, or None."""
    # Tests on the words' text ("(" in it) spare the loops over the tokens that most
    # phrases need not make: a token's text is part of it.
    if toks and "(" in text[toks[0].start:toks[-1].end]:
        toks = _drop_parentheticals(toks)
    toks = _strip(toks)
    if not toks or len(toks) > 16:
        return None
    t: Tok
    for t in toks:
        if t.kind == "q":
            return None
    first = toks[0].lower
    opens_the = first == "the"   # (asked once: a dozen rules below ask it, 5M a pass)
    start, end = toks[0].start, toks[-1].end
    whole = _span_text(toks, text)
    if len(toks) == 1 and first in MONTH_SURNAMES and toks[0].capitalized:
        return Phrase(start, end, whole, MentionForm.NAME, name=whole)   # "May said"
    if len(toks) == 1 and toks[0].capitalized and web_name(first):
        # "Shopwise.com said": a firm (or a site) named by its web address, not a person
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=whole)
    if ("s' " in whole or "s’ " in whole) and len(toks) > 3:
        named = _owned_role_name(toks, text)
        if named is not None:     # "the Chiefs' head coach Andy Hill"
            return named
    if opens_the and 3 <= len(toks) <= 4 and all(t.capitalized for t in toks[1:-1]):
        last = toks[-1]
        if last.text == "international":
            # "the England international": a player capped by the country, not a body
            return Phrase(start, end, whole, MentionForm.TITLE, role=whole, head=last.lower)
        if len(toks) == 3 and last.capitalized and last.lower in DEMONYMS and \
                toks[1].lower in _COMPASS_WORDS:
            # "the Northern Irishman", "the South African": a demonym of two words
            one = read_phrase([toks[0], last], text)
            if one is not None and one.form is MentionForm.TITLE:
                return Phrase(start, end, whole, one.form, role=whole, head=one.head,
                              gender=one.gender)
    if len(toks) > 2 and toks[-2].lower in _RANK_WORDS and opens_the and (
            toks[-1].text.isdigit() or toks[-1].lower in NUMBER_WORDS):
        # "the world No 1", "the former world number one": a player's ranking, an epithet
        # for the player just named
        return Phrase(start, end, whole, MentionForm.TITLE, role=whole, head=RANK_HEAD)
    if len(toks) == 2 and toks[1].text == "10" and toks[0].text in _NUMBER_TEN:
        # "Number 10 said", "No 10 insisted": the prime minister's office, as "Downing
        # Street" is (not "the world No 10", a ranking, read above)
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=whole)
    if opens_the and 2 < len(toks) <= 5 and toks[-1].lower in (SEED_HEAD, "great") and \
            toks[-1].text.islower() and _seeding_or_greatness(toks):
        # "the top seed", "the No 3 seed", "the Kenyan great": an epithet for the player just
        # named (SpeakerBook._resolve_role, as for any trade of TRADE_EPITHETS)
        return Phrase(start, end, whole, MentionForm.TITLE, role=whole, head=toks[-1].lower)
    if len(toks) > 2 and (" for " in whole or " the " in whole or " Without " in whole
                          or " without " in whole or " Against " in whole):
        body = _joined_body(toks)
        if body is not None:     # "Transport for London", "Save the Children"
            return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=body)
    if len(toks) == 1 and first in PRONOUNS:
        g = PRONOUNS[first]
        return Phrase(start, end, whole, FORM_PRONOUN, gender=g,
                      plural=first in ("they", "we"))
    if len(toks) == 1 and toks[0].text == "both" or len(toks) == 2 and opens_the and \
            toks[1].lower == "two":
        # "“…,” both said", "the two said": as "they" (not "Both Bolton and Gorka …")
        return Phrase(start, end, whole, MentionForm.PRONOUN, gender="plural", plural=True)
    if len(toks) == 2 and opens_the and toks[1].lower in _ORDINAL_PRONOUNS:
        # "the latter said": one of the last two people named (see SpeakerBook)
        return Phrase(start, end, whole, MentionForm.PRONOUN, gender="person")
    if first in _POSSESSIVES and len(toks) > 1 and _owned_words(toks[1:]):
        # "Her statement said", "their reply was": the one the pronoun points back to
        pronoun = _POSSESSIVES[first]
        return Phrase(start, end, whole, MentionForm.PRONOUN, gender=PRONOUNS[pronoun],
                      plural=pronoun == "they")
    if first in ARTICLES or first in _DOCUMENTS:
        # "a statement from the White House said", "a court filing signed by …": the one it
        # comes from speaks (not one who "obtained" it)
        at = next((i for i in range(1, min(len(toks) - 1, 10)) if toks[i].lower in ("from", "by")),
                  None)
        doc = -1
        if at is not None:
            # "a statement released on Friday by …": a date between the participle and "by"
            j = at - 1
            while j > 1 and (toks[j].lower in DATE_WORDS or toks[j].text.isdigit()):
                j -= 1
            doc = j - 1 if toks[j].lower in AUTHORING else j if j == at - 1 else -1
        if doc > 0 and (toks[doc].lower in _DOCUMENTS or toks[at].lower == "from"
                        and toks[doc].lower in UTTERANCES) and all(
                t.is_word and not t.capitalized for t in toks[1:doc]):
            # (and "the reaction from the ministry", "a warning from Ann Boyd": their words)
            # "… by the Ministry of Health on Friday": the source without its date
            source = read_phrase(without_date(toks[at + 1:]), text)
            if source is not None and source.form is not MentionForm.PRONOUN:
                return source
        site = _site_owner(toks, text)
        if site is not None:
            return site
    owner_at = None
    if "'s" in whole or "’s" in whole:
        for i in range(len(toks) - 1):
            if toks[i].text.endswith(("'s", "’s")):
                owner_at = i
                break
    if owner_at is not None and toks[owner_at].capitalized and \
            toks[-1].lower in SPOKESPEOPLE and len(toks) - owner_at <= 3 and \
            all(t.is_word and not t.capitalized for t in toks[owner_at + 1:]):
        # "Tom Weller's spokesman", "the Kremlin's spokeswoman": the owner's words, as
        # "a spokesman for Tom Weller" (SpeakerBook._resolve_description)
        owner = _span_text(toks[:owner_at + 1], text)[:-2]
        return Phrase(start, end, whole, MentionForm.DESCRIPTOR, role=whole,
                      head=toks[-1].lower, gender=_gender_of(None, toks[-1].lower, None),
                      institution=owner.removeprefix("the ").removeprefix("The "))
    if owner_at is not None and (toks[owner_at].capitalized or first in _GENERIC_DETERMINERS) \
            and _owned_words(toks[owner_at + 1:]):
        # "Tom Weller's response", "the White House's statement", "Ann Boyd's motto for her
        # players": the owner's words; "the campaign's statement", "the mayor's reply", "her
        # opponent's reply", "one critic's verdict": the one described speaks
        o = toks[owner_at]
        owner = _owner_speaker(
            [*toks[:owner_at], Tok(o.text[:-2], o.start, o.end - 2, o.kind)], text)
        if owner is not None:
            return owner
    if owner_at is None and ("’" in whole or "'" in whole):
        org = _plural_owner_org(toks, text)
        if org is not None:
            return org
    if owner_at is None and first in _GENERIC_DETERMINERS and ("’" in whole or "'" in whole):
        # a plural owner: "their rivals’ message", "the engineers' reply"
        mark = next((i for i in range(1, len(toks) - 1) if toks[i].text in ("'", "’")
                     and toks[i].start == toks[i - 1].end and toks[i - 1].is_word), None)
        if mark is not None and _owned_words(toks[mark + 1:]):
            owner = _owner_speaker(toks[:mark], text)
            if owner is not None:
                return owner
    if owner_at is not None and owner_at > 0 and toks[owner_at].capitalized and all(
            t.capitalized or t.lower == "the" for t in toks[:owner_at]):
        # "the Zionist Union Party’s Nachman Shai": the owner is the person's role (not
        # "while The Guardian's Ann Boyd", a clause of its own)
        rest = read_phrase(toks[owner_at + 1:], text)
        if rest is not None and rest.form is MentionForm.NAME:
            role = " ".join(filter(None, [_span_text(toks[:owner_at + 1], text), rest.role]))
            return Phrase(start, end, whole, MentionForm.NAME, name=rest.name, role=role,
                          gender=rest.gender)
    if opens_the and toks[-1].capitalized and toks[-1].lower in DEMONYMS and \
            len(toks) <= 4 and all(t.is_word and not t.capitalized for t in toks[1:-1]):
        # "the Scot", "the 21-year-old Pole": someone named before, described by nationality
        head = toks[-1].lower
        return Phrase(start, end, whole, MentionForm.TITLE, head=head, role=whole,
                      gender="female" if head.endswith(("woman", "filipina")) else
                      "male" if head.endswith("man") and head != "german" else None)
    if len(toks) > 1 and toks[-1].lower in DOCUMENT_NOUNS and (
            opens_the and len(toks) > 2 or all(t.capitalized for t in toks[:-1])):
        # "the ministry statement", "Water Authority report" (a capitalised owner, no "the")
        owned = _document_owner(toks, text)
        if owned is not None:
            return owned
    if opens_the and 3 <= len(toks) <= 5 and toks[-1].text in _SIDE_NOUNS and all(
            t.kind == "w" and t.capitalized for t in toks[1:-1]):
        # "the Championship side", "the Serie A outfit": a club, as "the club" is
        return Phrase(start, end, whole, MentionForm.ORGANIZATION,
                      name=_span_text(toks[1:], text))
    if opens_the and 3 <= len(toks) <= 5 and toks[-1].lower == _MAKER and \
            _product_words(toks[1:-1]):
        # "the iPhone maker", "the Dove soap maker": a firm's epithet (SpeakerBook._resolve_org)
        return Phrase(start, end, whole, MentionForm.ORGANIZATION,
                      name=_span_text(toks[1:], text), head=_MAKER)
    if opens_the and len(toks) > 1 and (toks[1].capitalized or toks[1].kind == "a"):
        p = _read_capitalized(toks, text)
        if p is not None and p.form is MentionForm.ORGANIZATION and any(
                t.is_word and not t.capitalized and t.lower in PERSON_ROLE_NOUNS and
                t.lower not in ORG_NOUNS for t in toks[2:-1]):
            # "the Harvard economist Ana Ruiz", "the Leeds-based singer Tom Weller": a person
            # named after a role in lower case, not an organisation of all those words
            named = _read_role_name(toks, text)
            if named is not None:
                return named
        if p is not None:
            return p
    if first in DETERMINERS or first in NUMBER_WORDS:
        p = _read_description(toks, text)
        if p is None and opens_the:
            p = _read_role_name(toks, text)  # "the younger Mr. Trump"
        elif p is None and first in _POSSESSIVES and len(toks) > 2:
            # "his daughter Laura Mills", "her longtime friend Carol Vance": the name, the
            # words before it (with the pronoun) the role, when they say how the two are
            # related (not "their rivals Manchester United", a club)
            inner = _read_role_name(toks[1:], text)
            if inner is not None and inner.role.rsplit(None, 1)[-1].lower() in _RELATIONS:
                role = f"{toks[0].text} {inner.role}"
                p = Phrase(start, end, whole, MentionForm.NAME, name=inner.name, role=role,
                           gender=inner.gender)
        return p
    if toks[0].text.endswith(("'s", "’s")) and len(toks) > 1:
        owner = toks[0].text[:-2]
        rest = read_phrase(toks[1:], text)
        if rest is not None and rest.form is MentionForm.NAME:
            return Phrase(start, end, whole, MentionForm.NAME, name=rest.name,
                          role=f"{owner}'s {rest.role or ''}".strip(), gender=rest.gender)
        if owner.lower() in _CONTRACTED:
            # "there's a threat many people make": "there is", no owner
            return _read_description(toks[1:], text)
        desc = _read_description(toks[1:], text, owner=owner)
        if desc is not None and desc.start > toks[1].start:
            return desc   # the source the owner's phrase runs into ("Boyd's call one aide …")
        if desc is not None:
            return Phrase(start, end, whole, desc.form, name=desc.name, role=desc.role,
                          head=desc.head, gender=desc.gender, plural=desc.plural,
                          institution=desc.institution)
        return None
    if toks[0].capitalized and toks[0].lower in STOP_CAPITALS and toks[0].lower != "the" \
            and not (first in MONTH_SURNAMES and month_given_name(toks)):
        # "As John Cornyn put it", "From Andrea Peyser writing at …": the name after it; but
        # "In a statement, …" is no speaker ("In April Ryan said": nor the month)
        skip = 2 if len(toks) > 2 and toks[1].lower in MONTH_SURNAMES and \
            month_given_name(toks[1:]) else 1
        rest = read_phrase(toks[skip:], text) if len(toks) > skip and toks[skip].capitalized \
            else None
        if rest is not None and rest.form is MentionForm.NAME and first in HONORIFICS:
            # "Mrs Reyes", "Mr Barnes": the British honorific with no full stop is part of
            # the mention and tells the gender, as "Mrs." does
            return Phrase(start, rest.end, text[start:rest.end], MentionForm.NAME,
                          name=rest.name, role=rest.role,
                          gender=HONORIFICS[first] or rest.gender)
        return rest if rest is not None and rest.form in (MentionForm.NAME,
                                                          MentionForm.ORGANIZATION) else None
    if toks[0].capitalized or toks[0].kind == "a":
        conj = next((i for i, t in enumerate(toks) if t.lower == "and"), None) \
            if "and" in whole.lower() else None
        if conj is not None and 0 < conj < len(toks) - 1:
            # "Edward-Isaac Dovere and Gabriel Debenedetti wrote": the first-named author.
            left, right = _read_capitalized(toks[:conj], text), _read_capitalized(toks[conj + 1:], text)
            if left is not None and right is not None and left.form is right.form is MentionForm.NAME:
                return Phrase(start, end, whole, MentionForm.NAME, name=left.name, role=left.role,
                              gender="plural", plural=True)
            if left is not None and left.form is MentionForm.NAME and right is None and \
                    not (left.role or "A").rsplit(None, 1)[-1].islower() and \
                    _unnamed_company(toks[conj + 1:], text):
                # "Ann Boyd and others said", "Sen. Ann Boyd and several colleagues wrote":
                # the one named speaks (the others are nobody the text names); not
                # "Supporters of Ann Boyd and others"
                return Phrase(start, end, whole, MentionForm.NAME, name=left.name,
                              role=left.role, gender=left.gender)
        p = _read_capitalized(toks, text)
        if p is not None:
            return p
    if toks[-1].text in _BARE_FORCES and len(toks) <= 3 and all(
            t.is_word and t.text.islower() and t.lower not in STOP_CAPITALS for t in toks):
        # "police said", "state police said", "gardaí said": crime copy's bare institution,
        # as "Police"
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=whole)
    p = _read_role_name(toks, text)
    if p is not None:
        return p
    if (toks[0].lower in PERSON_ROLE_NOUNS or toks[-1].lower in PERSON_ROLE_NOUNS and not any(
            t.lower in STOP_CAPITALS for t in toks[:-1])) and toks[0].lower not in STOP_CAPITALS:
        # bare plurals: "officials said", "Senate Republicans said", "sources familiar with
        # the call" (not a clause ending in one: "Freddy circled it as his friends")
        return _read_description(toks, text)
    h = 0 if toks[0].lower in _PLURAL_DOCUMENTS else 1 if len(toks) > 1 and \
        toks[1].lower in _PLURAL_DOCUMENTS and toks[0].is_word and \
        toks[0].lower not in STOP_CAPITALS else None
    if h is not None and (h + 1 == len(toks) or toks[h + 1].lower in _SEEN and
                          h + 2 < len(toks) and toks[h + 2].lower == "by"):
        # papers read together: "court records", "documents reviewed by the Post" (the
        # papers speak; not "emails in a way Director Ann Boyd …")
        return _read_description(toks[:h + 1], text)
    return None


def _product_words(toks: list[Tok]) -> bool:
    """Tell whether the words between "the" and "maker" name what a firm makes: a brand of
    one or two capitalised or camel-case words ("iPhone", "Kit Kat", "Prius"), then at most
    one word in lower case ("the Dove soap maker"), or one trade's word alone ("the drinks
    maker")."""
    if not all(t.kind == "w" for t in toks):
        return False
    if len(toks) == 1 and toks[0].lower in EPITHET_TRADES:
        return True
    brand = 0
    while brand < len(toks) and brand < 2 and not toks[brand].text.islower():
        brand += 1
    return brand > 0 and len(toks) - brand <= 1 and toks[0].lower not in STOP_CAPITALS and \
        all(t.text.islower() for t in toks[brand:])


def _seeding_or_greatness(toks: list[Tok]) -> bool:
    """Tell whether the words between "the" and a last "seed" or "great" make a player's
    epithet: a seeding ("top", "second", "No 3", "12th", "former top") before "seed"; a
    capitalised country, nationality or club ("Kenyan", "Liverpool", "All Blacks") or
    "all-time" before "great"."""
    mid = toks[1:-1]
    if toks[-1].lower == SEED_HEAD:
        if len(mid) == 2 and mid[0].lower in _RANK_WORDS:
            return mid[1].text.isdigit()                  # "the No 3 seed"
        return all(t.lower in _SEED_WORDS or _ORDINAL.fullmatch(t.lower) for t in mid)
    return all(t.is_word for t in mid) and (
        mid[-1].lower in _GREAT_WORDS or all(t.capitalized for t in mid)
        and mid[0].lower not in STOP_CAPITALS and len(mid) <= 2)


# The words before "10" that make it Downing Street, and the forces crime copy names bare
_NUMBER_TEN = frozenset({"Number", "No", "No."})
_BARE_FORCES = frozenset({"police", "gardaí", "gardai"})


# A quote that speaks for a body says "we" and never "I" (_speaks_for_a_firm)
_WE_WORDS = frozenset({"we", "our", "us", "we're", "we've", "we'll", "we'd", "ours"})
_I_WORDS = frozenset({"i", "my", "me", "i'm", "i've", "i'll", "i'd", "mine", "myself"})
_WORD_BREAKS = str.maketrans({c: " " for c in ",.;:!?\"“”‘()—–"})


def _hyphened(word: str) -> bool:
    """Tell whether ``word`` is capitalised words joined by hyphens ("Rolls-Royce")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})
# "the latter" is the last of the last two people named, "the former" the one before.
_ORDINAL_PRONOUNS = {"latter": 0, "former": 1}
# Capitals that are surnames too: alone, the government, when the text names no one so.
_CAPITALS_AND_SURNAMES = frozenset({"washington", "london", "paris"})
_SEEN = frozenset({"reviewed", "obtained", "seen", "viewed", "released", "published", "cited",
                   "examined", "shared"})
_PLURAL_DOCUMENTS = frozenset(w for w in DOCUMENT_NOUNS if w.endswith("s") and
                              w[:-1] in DOCUMENT_NOUNS | {"e-mail", "record"})
# Other words for an office, which a later description may use: "the senator" is "Sen. Ann
# Boyd", "the pontiff" is "Pope Leo", "the lawmaker" any member of a legislature.
_LEGISLATORS = ("sen", "senator", "rep", "representative", "congressman", "congresswoman",
                "assemblyman", "assemblywoman", "assemblymember", "mp", "legislator")
_ROLE_ABBREVIATIONS = {"senator": ("sen",), "representative": ("rep",),
                       "congressman": ("rep",), "congresswoman": ("rep",),
                       "governor": ("gov",), "general": ("gen",), "president": ("pres",),
                       "professor": ("prof",), "doctor": ("dr",), "lieutenant": ("lt",),
                       "colonel": ("col",), "captain": ("capt",), "sergeant": ("sgt",),
                       "admiral": ("adm",), "reverend": ("rev",), "pontiff": ("pope",),
                       "inspector": ("insp",), "superintendent": ("supt",),
                       "corporal": ("cpl",), "detective": ("det",), "councillor": ("cllr", "cr"),
                       "commander": ("cmdr",), "major": ("maj",), "ambassador": ("amb",),
                       "pm": ("prime",),
                       "monarch": ("king", "queen"), "lawmaker": _LEGISLATORS,
                       "legislator": _LEGISLATORS,
                       # "Mr Justice Holt", "Lord Justice Carr", "Justice Kennedy": a judge
                       "judge": ("justice",)}
# Heads of a description that a newsroom gives a source it does not name.
_UNNAMED_HEADS = frozenset({"official", "source", "aide", "adviser", "advisor", "diplomat",
                            "person"})
# Heads of an unnamed source that opens a sentence ("A senior official, who …, said …",
# "A spokeswoman for Harbor Bank declined …"): a later "he" or "the official" may be them.
UNNAMED_SUBJECT_HEADS = SPOKESPEOPLE | (_UNNAMED_HEADS - {"person"})
# Nouns that describe a person already named rather than introduce someone new.
_EPITHETS = frozenset({
    "democrat", "republican", "candidate", "nominee", "front-runner", "frontrunner",
    "president-elect",
    "billionaire", "mogul", "tycoon", "incumbent", "challenger", "hopeful", "contender",
    "populist", "firebrand", "newcomer", "centrist", "progressive", "conservative", "liberal",
    "libertarian", "socialist", "independent", "businessman", "businesswoman",
    # an age or a time of life, as local and tabloid copy re-describes the one named ("Maeve
    # Doyle, 100, … the centenarian said", "the pensioner", "the teenager")
    "centenarian", "nonagenarian", "octogenarian", "septuagenarian", "pensioner", "teenager",
    "schoolboy", "schoolgirl",
}) | DEMONYMS
# A performer's or player's trade, which entertainment and sports copy uses as an epithet for
# the person just named ("Marisol Vega has played a queen. “…,” the actress said."); not when
# that person is known with another role ("Manager Ange Kovac …" is no striker).
TRADE_EPITHETS = frozenset({
    "actor", "actress", "singer", "rapper", "musician", "songwriter", "comedian", "filmmaker",
    "novelist", "superstar", "athlete", "sprinter", "swimmer", "cyclist", "golfer", "boxer",
    "striker", "midfielder", "defender", "winger", "goalkeeper", "batter", "batsman",
    "batswoman", "bowler", "all-rounder", "opener", "pitcher", "quarterback", "youngster",
    "forward", "player", "driver", "rider", "runner", "skier", "gymnast", "scientist",
    "researcher", "author", "writer", "artist", "chef", "designer", "playwright", "poet",
    "international",    # "the England international": a player capped by a country
    "champion",         # "the three-time champion", "the defending champion"
    # a player's position in rugby, cricket and football ("the fly-half said")
    "fly-half", "scrum-half", "flanker", "full-back", "fullback", "centre-back",
    "center-back", "playmaker", "spinner", "seamer", "paceman", "wicketkeeper",
    "wicket-keeper", "keeper", "star",     # "the tennis star", "the Chelsea star"
    # who tabloid and entertainment copy says a person is ("the influencer said")
    "influencer", "presenter", "podcaster", "youtuber", "blogger", "vlogger", "dancer",
    "no. 1",            # RANK_HEAD: "the world No 1", "the former world number one"
    # a draw's seeding, a medal, and a player remembered as one of a country's or a club's
    # best ("the top seed", "the Olympic gold medallist", "the Kenyan great")
    "seed", "medallist", "medalist", "great",     # (SEED_HEAD)
    # rugby league's and rugby union's positions, and sports' other people
    "halfback", "half-back", "five-eighth", "hooker", "jockey", "hurdler", "marathoner",
    "rower", "skater", "wrestler", "cricketer", "footballer", "netballer", "olympian",
    "paralympian", "finalist",
})
# "the mother-of-two", "the dad-of-three", "the grandmother-of-five": tabloid epithets for a
# person just named
PARENT_OF = ("mother-of-", "mum-of-", "mom-of-", "father-of-", "dad-of-", "grandmother-of-",
             "grandfather-of-", "grandad-of-", "granddad-of-", "gran-of-", "nan-of-")
# The head read_phrase gives a player's ranking ("the world No 1"), and the words before its
# number
RANK_HEAD = "no. 1"
_RANK_WORDS = frozenset({"no", "no.", "number"})
# The head read_phrase gives a player's seeding in a draw ("the top seed", "the second seed",
# "the No 3 seed", "the 12th seed"), an epithet for the player just named as a ranking is,
# and the words that may say which seed
SEED_HEAD = "seed"
_SEED_WORDS = frozenset({"top", "first", "second", "third", "fourth", "fifth", "sixth",
                         "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                         "former", "defending", "home"})
# A word before "great" that makes it a player's epithet ("the all-time great"); a
# capitalised country, nationality or club does too ("the Kenyan great", "the Liverpool
# great"), not another adjective ("the great said" is no one)
_GREAT_WORDS = frozenset({"all-time", "former", "late", "sporting"})
# The trades of TRADE_EPITHETS that sport has: a capitalised word before one is the player's
# team or country ("the Chelsea striker", "the England batsman")
SPORT_TRADES = frozenset({
    "athlete", "sprinter", "swimmer", "cyclist", "golfer", "boxer", "striker", "midfielder",
    "defender", "winger", "goalkeeper", "batter", "batsman", "batswoman", "bowler",
    "all-rounder", "opener", "pitcher", "quarterback", "forward", "rider", "runner", "skier",
    "gymnast", "international", "champion", RANK_HEAD, "driver", "fly-half", "scrum-half",
    "flanker", "full-back", "fullback", "centre-back", "center-back", "playmaker", "spinner",
    "seamer", "paceman", "wicketkeeper", "wicket-keeper", "keeper", "star",
    "seed", "medallist", "medalist", "great", "halfback", "half-back", "five-eighth",
    "hooker", "jockey", "hurdler", "marathoner", "rower", "skater", "wrestler", "cricketer",
    "footballer", "netballer", "olympian", "paralympian", "finalist",
    # and a presenter's channel ("the BBC presenter", "the TV presenter")
    "presenter"})
# A team's offices, which a capitalised team or country before them makes an epithet for the
# person just named, when no one was introduced with the office ("Harry Kane scored. “…,” the
# England captain said.", "the City boss"); not with a lower-case word between ("the Clinton
# campaign manager")
SPORT_OFFICES = frozenset({"captain", "skipper", "boss", "manager", "coach"})
# A man or a woman after their county, town or club ("the Offaly man", "the Cork woman", "the
# Leeds man"): Irish and British copy's epithet for the person just named (as team_before
# reads it: one or two capitalised words, no party's)
PLACE_PEOPLE = frozenset({"man", "woman"})
# Trades a scholar's title goes with: "Professor Ana Ruiz … the scientist said" is the one
# person, as "Manager Ange Kovac … the striker said" is not
_SCHOLAR_TRADES = frozenset({"scientist", "researcher", "author", "writer"})
_SCHOLAR_TITLES = frozenset({"prof", "prof.", "professor", "dr", "dr.", "doctor"})


def team_before(text: str) -> bool:
    """Tell whether a description is "the", one or two capitalised words (a team's or a
    country's name, no party's) and its head: "the England captain", "the City boss"."""
    words = text.split()
    if len(words) > 3 and words[1] == "former":
        del words[1]      # "the former England captain"
    if len(words) > 3 and words[-2] == "head":
        del words[-2]     # "the Newcastle head coach" (not "the City assistant manager")
    return 3 <= len(words) <= 4 and words[0].lower() == "the" and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in _PARTY_WORDS
        for w in words[1:-1])


# Capitalised words before an office that make it a party's, not a team's ("the Labour leader")
_PARTY_WORDS = frozenset({"labour", "tory", "conservative", "democrat", "democratic",
                          "republican", "liberal", "green", "gop", "senate", "house", "white"})


def _trade_fits(head: str, roles: str) -> bool:
    """Tell whether a trade epithet ``head`` may describe someone known with ``roles``."""
    return head in roles or head in _SCHOLAR_TRADES and any(
        w.strip(",") in _SCHOLAR_TITLES for w in roles.split())


# Offices a place's adjective before them turns into an epithet ("the Ukrainian leader", "the
# Texas senator"): one holder per place, whom the article has named. Not ministers of a
# portfolio or envoys ("the Russian foreign minister", "the French ambassador"): those are
# often new participants.
_PLACE_OFFICES = frozenset({"leader", "president", "premier", "chancellor", "dictator",
                            "strongman", "autocrat", "monarch", "king", "queen", "senator",
                            "governor", "congressman", "congresswoman", "lawmaker", "mayor"})


_PLACE_WORDS = NATIONALITIES | US_STATES


def _place_of(text: str) -> str | None:
    """Return the place of a place's office ("russian" for "the Russian leader", "new york" for
    "the New York senator", "israeli" for "the Israeli prime minister"), or None."""
    words = text.split()
    if len(words) < 3 or words[0].lower() != "the" or not words[-1].islower():
        return None
    office = 2 if words[-2:] == ["prime", "minister"] else 1
    if office == 1 and words[-1] not in _PLACE_OFFICES:
        return None
    place = " ".join(words[1:-office])
    if not 1 <= len(words) - 1 - office <= 2 or not place.istitle():
        return None
    place = place.lower()
    return place if place in _PLACE_WORDS else None


def _other_place(place: str, roles: str) -> bool:
    """Tell whether the office or offices ``roles`` are another place's than ``place``'s.

    An office that names a place is that place's ("Russian President" is not "the Ukrainian
    president"). An office written bare ("President Trump", "Prime Minister Ann Boyd") is
    the article's own country's, so it is another country's than the one a nationality names
    ("the Israeli prime minister" may be Israel's even when the article wrote "Prime Minister
    Benjamin Netanyahu", but which bare office is the article's own is not known: left
    unresolved rather than given to the article's own leader), and may be a state's ("Sen.
    Ann Boyd" can be "the Texas senator")."""
    low = " ".join(roles.lower().replace(".", "").split())
    if not low or place in low:
        return False
    words = low.split()
    named = any(w in _PLACE_WORDS for w in words) or any(
        f"{a} {b}" in _PLACE_WORDS for a, b in zip(words, words[1:]))
    return named or place in NATIONALITIES


def _other_institution(institution: str | None, roles: str) -> bool:
    """Tell whether a spokesperson's roles ``roles`` name a body and it is not
    ``institution``, the one a later "the Treasury spokeswoman" names: "Ann Boyd, a White
    House spokeswoman," is not the Treasury's, nor "a spokeswoman for the authority" the
    union's. A role that names no body ("a spokeswoman") may be any body's."""
    if not institution or not roles:
        return False
    words = roles.replace("’s", "").replace("'s", "").split()
    names_one = any(w[:1].isupper() for w in words[1:]) or any(
        w in ("for", "of", "at", "with") for w in words)
    return names_one and institution.lower().split()[-1] not in roles.lower()


# Offices of one holder in a place, which news gives as an epithet for the one person it has
# just named doing what the office does ("Maria Olsen signed the bill. “…,” the governor
# said.": SpeakerBook._sole_subject_before), as a later "she" would be
SOLE_OFFICES = frozenset({"governor", "president", "premier", "chancellor", "mayor",
                           "taoiseach", "tánaiste", "tanaiste", "prime minister",
                           "first minister", "chief minister", "opposition leader"})


# Words before an office that make it another, lower one: "vice president", "deputy mayor".
_LOWER_OFFICES = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "associate"})


# Words that speak for whoever issued them ("a statement from the White House"), with the
# words that go before them ("a joint press release by").
_DOCUMENTS = DOCUMENT_NOUNS | {"speech", "remarks", "opinion", "announcement", "brief",
                               "joint", "press", "news", "written"}
# Days and times a document is dated by ("released late on Friday by", "issued by the
# ministry on 3 May"): a date's words, and the small words that set them.
_DATE_NOUNS = DAY_WORDS | frozenset({
    "morning", "afternoon", "evening", "night", "week", "weekend",
    "month", "year", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
})
DATE_WORDS = _DATE_NOUNS | {"on", "late", "early", "earlier", "later", "last", "this",
                             "next", "overnight", "recently"}


# Where an organisation or a person posts its own words: "posted on the ministry’s website".
_OWN_SITES = frozenset({"website", "site", "page", "account", "feed", "channel", "blog",
                        "homepage", "web"})


def _site_owner(toks: list[Tok], text: str) -> Phrase | None:
    """Read "a statement posted on the ministry’s website", "a message published on Ann
    Boyd’s Facebook page" as the owner of the site, who posted it; or None."""
    doc = next((i for i in range(1, min(len(toks) - 3, 5)) if toks[i].lower in _DOCUMENTS),
               None)
    if doc is None or not all(t.is_word and not t.capitalized for t in toks[1:doc]):
        return None
    on = doc + 2 if toks[doc + 1].lower in ("posted", "published") else doc + 1
    if on >= len(toks) - 1 or toks[on].lower != "on":
        return None
    owner_at = next((i for i in range(on + 1, min(len(toks) - 1, on + 6))
                     if toks[i].text.endswith(("'s", "’s"))), None)
    if owner_at is None or not any(t.lower in _OWN_SITES for t in toks[owner_at + 1:owner_at + 4]):
        return None
    o = toks[owner_at]
    return _owner_speaker([*toks[on + 1:owner_at], Tok(o.text[:-2], o.start, o.end - 2, o.kind)],
                          text)


def without_date(toks: list[Tok]) -> list[Tok]:
    """Return ``toks`` without a date that ends them ("the ministry on Friday", "the
    ministry late last week"), when one does."""
    j = len(toks)
    while j > 1 and (toks[j - 1].lower in DATE_WORDS or toks[j - 1].text.isdigit()):
        j -= 1
    dated = any(t.lower in _DATE_NOUNS or t.text.isdigit() for t in toks[j:])
    return toks[:j] if dated and j < len(toks) and toks[j].lower in DATE_WORDS - _DATE_NOUNS \
        else toks
# Words whose "'s" is "is" or "has", not an owner's.
_CONTRACTED = frozenset({"there", "here", "it", "that", "what", "who", "where", "he", "she",
                         "this", "everyone", "nobody", "somebody", "someone"})
_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Nouns that say how someone is related to the one a possessive points to: after "his" or
# "her" and before a name, they are that person's role ("his daughter Laura Mills").
_RELATIONS = KIN_NOUNS | {
    "friend", "pal", "neighbour", "neighbor", "colleague", "boyfriend", "girlfriend", "teammate",
    "bandmate", "co-star", "costar", "classmate", "roommate", "flatmate", "lawyer", "attorney",
    "agent", "publicist", "biographer", "mentor", "protege", "protégé", "pupil", "student",
    "carer", "caregiver", "ex-wife", "ex-husband", "stepson", "stepdaughter", "grandchild",
    "rival", "opponent", "predecessor", "successor", "deputy", "boss", "co-founder",
    "cofounder", "collaborator", "co-author", "coauthor", "companion", "fiance", "fiancee"}
# Where an organisation or a person puts out their own words: "a statement on its website".
_OWN_CHANNELS = frozenset({"website", "site", "page", "account", "blog", "feed", "channel",
                           "homepage", "newsletter", "profile"})
AUTHORING = frozenset({"filed", "issued", "released", "sent", "written", "signed", "posted",
                        "published", "authored", "submitted", "prepared", "drafted"})
# What someone says, owned by them: "Tom Weller's response".
UTTERANCES = frozenset({"response", "reply", "answer", "comment", "comments", "words",
                         "message", "verdict", "retort", "explanation", "warning", "advice",
                         "assessment", "take", "view", "reaction", "rebuttal", "pitch", "plea",
                         "promise", "pledge", "vow", "argument", "defense", "defence", "joke",
                         "quip", "line", "motto", "mantra", "rallying", "cry", "dictum", "maxim",
                         "slogan", "catchphrase", "refrain", "credo", "watchword",
                         # "That was the conclusion of Dr Ana Lima", "the admission from X"
                         "conclusion", "prediction", "admission", "assurance", "appeal",
                         "boast", "complaint", "confession", "diagnosis", "prognosis",
                         "sentiment"})
# Words before an owner's utterance that keep it one: "her closing argument", "his opening
# statement" (not an utterance alone: "Boyd's opening" is no one's words).
_UTTERANCE_MODIFIERS = frozenset({"closing", "opening"})
_PEOPLE_NOUNS = frozenset({
    "crowd", "audience", "wife", "husband", "boy", "girl", "child", "kid", "son", "daughter",
    "mother", "father", "brother", "sister", "family", "couple", "voice-over", "narrator",
    "congregation", "panel", "jury", "choir", "group", "class", "team", "pair", "trio", "fan",
    "woman", "man", "guy", "lady", "gentleman", "teen", "youngster", "veteran", "nurse", "host",
    "widow", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "friend",
    "pal", "neighbor", "neighbour", "colleague", "partner", "spouse", "boss", "assistant", "guest",
    "caller", "student", "pupil", "patient", "victim", "survivor", "witness", "suspect",
}) | KIN_NOUNS    # ("her grandson", "his fiancée", "their mum")
# Words that cannot sit between the determiner and the head of one description.
_PHRASE_BREAKERS = frozenset({"the", "a", "an", "as", "if", "when", "while", "that", "which",
                              "who", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                              "its", "their", "our", "my", "your"})
_GENERIC_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "another",
                                  "some", "our", "my", "your"})


_OWNED_POSTMODIFIERS = frozenset({"to", "for", "on", "about", "in", "at"})


def _unnamed_company(toks: list[Tok], text: str) -> bool:
    """Tell whether ``toks``, after "Ann Boyd and", are people the text does not name:
    "others", "colleagues", "two other officials", "her aides" (not "her husband", one
    person, nor "the committee")."""
    if toks[0].capitalized:
        return False
    p = read_phrase(toks, text)
    return p is not None and p.form is MentionForm.DESCRIPTOR and p.plural and \
        p.head in PERSON_ROLE_NOUNS and p.head not in DOCUMENT_NOUNS


def _owner_speaker(toks: list[Tok], text: str) -> Phrase | None:
    """Read the owner of someone's words ("Tom Weller", "the mayor", "her opponent", "the
    company", the tokens before the "'s") as their speaker: a name or an organisation when
    it ends in a capital, else a role noun, an organisation or a description of someone (not
    a thing: "the budget's message")."""
    owner = read_phrase(toks, text)
    if owner is None:
        return None
    if toks[-1].capitalized:
        return owner if owner.form in (MentionForm.NAME, MentionForm.ORGANIZATION) else None
    if owner.form is MentionForm.DESCRIPTOR:
        head = owner.head or ""
        return owner if head in PERSON_ROLE_NOUNS or head not in DOCUMENT_NOUNS else None
    return owner if owner.form in (MentionForm.TITLE, MentionForm.ORGANIZATION) else None


def _owned_words(toks: list[Tok]) -> bool:
    """Tell whether ``toks`` (after an owner's "'s") name what the owner said or wrote,
    optionally with a short prepositional phrase: "reply", "press release", "dictum to his
    interns"."""
    first = 1 if len(toks) > 1 and toks[0].lower in _UTTERANCE_MODIFIERS else 0
    n = next((i for i, t in enumerate(toks) if i >= first and t.lower not in _DOCUMENTS
              and t.lower not in UTTERANCES), len(toks))
    return n > first and (n == len(toks) or toks[n].lower in _OWNED_POSTMODIFIERS
                          and len(toks) - n <= 5 and all(t.is_word for t in toks[n:]))


# Legal endings of a firm's name that the text may leave off: "Harbor Mills Inc." is then
# "Harbor Mills". (Not "Group": "Adani Group" and the man "Adani".)
_LEGAL_ENDINGS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "llc", "ltd",
                            "limited", "plc", "gmbh", "ag", "sa", "s.a", "nv", "n.v", "asa",
                            "spa", "oyj", "kgaa", "holdings", "pty", "pvt", "bhd"})
# "the company" is the organisation named before with one of these endings ("Acme Corp."),
# "the paper" one named like a newspaper.
_COMPANY_ENDINGS = frozenset({"group", "company", "industries", "technologies"}) \
    | COMPANY_TRADES | _LEGAL_ENDINGS
_PAPER_ENDINGS = frozenset({"times", "post", "journal", "tribune", "herald", "globe", "gazette",
                            "telegraph", "guardian", "examiner", "chronicle", "inquirer",
                            "sentinel", "register", "dispatch", "courier", "bulletin", "monitor",
                            "enquirer", "ledger", "star", "observer", "record", "news", "daily"})
# "the watchdog" a regulator so named ("the Financial Conduct Authority"), "the charity" a
# trust or foundation, and the other FIRM_NOUNS ("the airline", "the lender") a company.
_REGULATOR_ENDINGS = frozenset({"authority", "commission", "agency", "office", "board",
                                "bureau", "regulator", "administration", "council"})
_CHARITY_ENDINGS = frozenset({"foundation", "trust", "fund", "society", "charity", "appeal",
                              "mission", "alliance", "association", "network"})
_KINDS_OF = {"company": _COMPANY_ENDINGS, "firm": _COMPANY_ENDINGS,
             "corporation": _COMPANY_ENDINGS, "paper": _PAPER_ENDINGS,
             "newspaper": _PAPER_ENDINGS,
             **{noun: _COMPANY_ENDINGS | {noun} for noun in FIRM_NOUNS},
             "lender": _COMPANY_ENDINGS | {"bank", "lender"},
             "regulator": _REGULATOR_ENDINGS, "watchdog": _REGULATOR_ENDINGS,
             "charity": _CHARITY_ENDINGS, "nonprofit": _CHARITY_ENDINGS,
             "force": frozenset({"police", "constabulary"}),
             # "Greenfield Academy … the school said", "Kingsmead Infirmary … the hospital"
             "school": frozenset({"school", "academy", "college"}),
             "hospital": frozenset({"hospital", "infirmary", "clinic"})}


# "the company", "the airline": nouns for a firm, which a firm's bare name opening a recent
# sentence may be ("Ryanair cut its forecast."; see SpeakerBook._lone_firm)
_FIRM_TRADE_NOUNS = FIRM_NOUNS | {"company", "firm", "corporation", "bank"}


# A firm's or a body's noun written before its name: "the regulator Ofgem"
_FIRM_OR_BODY_NOUNS = FIRM_NOUNS | {"company", "firm", "corporation", "bank", "agency",
                                    "authority", "commission", "group", "party", "union"}


# Nouns for a public body whose name need not hold them ("NASA", "Frontex", "Ofcom"), which
# a lone name opening a recent sentence may be (see SpeakerBook._lone_firm)
_BODY_NOUNS = frozenset({"agency", "authority", "commission", "organisation", "organization",
                         "body"})
# A firm's epithet: up to three words of its nationality or trade ("French", "US", "food",
# "oil") before a noun for a firm ("the French carmaker", "the Swiss food giant"); not "the
# rival carmaker" or "the new company", which may be another
# (a nationality of two words is one of them: "the South Korean tech giant"). A public
# body's noun too, after its reach or its field ("the UN agency", "the space agency", "the
# federal agency"), which wire copy gives a body it has named ("NASA", "the World Health
# Organization")
_EPITHET_WORDS = NATIONALITIES | EPITHET_TRADES | COMPANY_TRADES \
    | {"us", "u.s.", "uk", "british", "american", "dutch", "un", "u.n.", "eu", "federal",
       "national", "space", "health", "weather", "refugee", "nuclear", "environment",
       "environmental", "statistics", "competition", "aviation", "election", "electoral",
       "border", "immigration", "aid", "relief", "humanitarian", "medicines", "safety"}
_EPITHET = regex.compile(
    r"(?:(?:" + "|".join(sorted(_EPITHET_WORDS, key=len, reverse=True)).replace(".", r"\.")
    + r")\s){1,3}(?:" + "|".join(sorted(_FIRM_TRADE_NOUNS | _BODY_NOUNS | {"group"}, key=len,
                                        reverse=True))
    + r")")
# Words of a product after "the" and before "maker" that make a firm's epithet: a capitalised
# or camel-case brand ("the iPhone maker", "the Kit Kat maker") and then what it is in lower
# case ("the Dove soap maker"); or a trade alone ("the drinks maker")
_MAKER = "maker"
# A club's nouns after its league or its country ("the League One club", "the Championship
# side", "the Serie A outfit"), which sports copy gives the club it has named
_SIDE_NOUNS = frozenset({"side", "outfit"})
_CLUB_NOUNS = _SIDE_NOUNS | {"club"}


def _firm_major(low: list[str]) -> bool:
    """Tell whether words in lower case, a determiner first, are a firm's epithet with the
    noun "major": a trade just before it ("the oil major", "the Anglo-Dutch energy major",
    "the mining major"), which a rank never has ("the major", "the British major", "the
    retired major" are an officer)."""
    return len(low) >= 3 and low[-1] == "major" and low[-2] in EPITHET_TRADES and \
        low[0] == "the"


# Titles of a scholar, which "of" a place after the name does not extend ("Prof Alan Watts
# of Imperial College" holds no office "Prof of Imperial College")
_ACADEMIC_TITLES = frozenset({"prof", "professor", "assoc prof", "associate professor",
                              "assistant professor", "lecturer", "researcher"})
# Bodies of people whose names carry no word for what they are ("The Lumineers", "Harlow
# Rovers"): "the band", "the group", "the club" point back to the organisation named last.
_COLLECTIVES = COLLECTIVE_NOUNS | {"group", "club", "team"}
_SPEAKS_FOR = SPOKESPEOPLE | {"statement"}     # a description that speaks for an institution
# Pronoun-like words that stand for an unnamed person in a speaker's slot. (Not "some" or
# "many": "some cheer when he insists that …" is no speaker of his words.)
_BARE_SOURCES = frozenset({"one", "another", "someone", "somebody"})
_BARE_SOURCE_PLACES = frozenset({"of", "in", "at", "from", "among"})
# How near such a one is to what they speak of: "someone close to the talks", "someone
# familiar with the plan", "someone with knowledge of the deal", "someone briefed on it".
_BARE_SOURCE_PROXIMITY = frozenset({"close", "familiar", "with", "briefed", "involved",
                                    "knowledgeable", "privy", "inside", "within"})


def read_speaker(toks: list[Tok], text: str) -> Phrase | None:
    """Read the words in a speaker's slot (the subject of "said", the words after it).

    Besides every phrase ``read_phrase`` knows, a short description of anyone will do
    there: "the heckler yelled", "his wife whispered", "the crowd cried out".
    """
    p = read_phrase(toks, text)
    if p is not None:
        return p
    toks = _strip(toks)
    if len(toks) > 3 and toks[0].lower in _BARE_SOURCES and toks[1].lower == "of":
        # "one of two people briefed on the talks", "one of the officials at the meeting":
        # one of the sources the words after "of" describe
        among = read_phrase(toks[2:], text)
        if among is not None and among.plural and among.form is MentionForm.DESCRIPTOR:
            whole = _span_text(toks, text)
            return Phrase(toks[0].start, toks[-1].end, whole, MentionForm.DESCRIPTOR,
                          head=among.head, role=whole, institution=among.institution)
    if toks and toks[0].lower in _BARE_SOURCES and (len(toks) == 1 or (
            2 < len(toks) <= 5 and toks[1].lower in _BARE_SOURCE_PLACES
            or 2 < len(toks) <= 7 and toks[1].lower in _BARE_SOURCE_PROXIMITY)
            and all(t.is_word for t in toks)):
        # "“It will hold,” one said. “I doubt it,” another said.", "one of them said",
        # "someone in the audience shouted", "someone close to the talks said"
        whole = _span_text(toks, text)
        return Phrase(toks[0].start, toks[-1].end, whole, MentionForm.DESCRIPTOR,
                      head=toks[0].lower, role=whole)
    # The determiner may be an owner's name: "Ann Boyd's husband".
    owner = next((i for i, t in enumerate(toks[:3]) if t.text.endswith(("'s", "’s"))), None) \
        if toks and toks[0].capitalized else None
    if owner is not None and all(t.capitalized for t in toks[:owner + 1]):
        rest = toks[owner + 1:]
    elif 2 <= len(toks) <= 5 and toks[0].lower in _GENERIC_DETERMINERS:
        rest = toks[1:]
    else:
        return None
    if not 1 <= len(rest) <= 4:
        return None
    if any(not t.is_word or t.capitalized or t.lower in STOP_CAPITALS or t.lower in PRONOUNS
           or t.lower.endswith("ly") for t in rest):
        return None
    head = rest[-1].lower
    if not (head in PERSON_ROLE_NOUNS or head in _PEOPLE_NOUNS or head.endswith(_AGENT_SUFFIXES)
            and head not in _NOT_AGENTS or head.rstrip("s") in _PEOPLE_NOUNS):
        return None  # "a short answer": the word is not someone who can speak
    whole = _span_text(toks, text)
    if head in CROWD_NOUNS:
        # "the crowd chanted", "the audience shouted": many people no one names, an unnamed
        # source of its own (not a role that points back to someone named before)
        return Phrase(toks[0].start, toks[-1].end, whole, MentionForm.DESCRIPTOR, head=head,
                      role=whole, plural=True)
    return Phrase(toks[0].start, toks[-1].end, whole, MentionForm.TITLE if toks[0].lower == "the"
                  else MentionForm.DESCRIPTOR, head=head, role=whole,
                  plural=head.endswith("s") and not head.endswith("ss"))


def _read_role_name(toks: list[Tok], text: str) -> Phrase | None:
    """Read a role written before a name: 'Republican political consultant Chris Russell'."""
    j = len(toks)
    i = j
    while i > 0 and (toks[i - 1].capitalized or toks[i - 1].kind == "a"
                     or toks[i - 1].lower in _SUFFIXES
                     or (toks[i - 1].lower == "of" and i > 1 and toks[i - 2].capitalized)):
        i -= 1
    if i == 0 or i == j or j - i > 8:
        return None
    role = toks[:i]
    if len(role) > 9 or role[0].lower in _ROLE_BREAKERS or any(
            not t.is_word or t.lower in PRONOUNS or (
                t.lower in STOP_CAPITALS and t.lower not in _TITLE_CONNECTORS)
            or t.lower in _ROLE_BREAKERS for t in role):
        return None
    head = role[-1]
    of = next((k for k in (len(role) - 2, len(role) - 3) if k > 0 and role[k].lower == "of"),
              None)
    if of is not None and role[of - 1].lower in PERSON_ROLE_NOUNS and all(
            t.text.islower() and t.text.isalpha() for t in role[of + 1:]):
        # "head of research Ann Boyd", "Harbor Bank director of public affairs Tom Reyes": a
        # role and what it is of, in lower case, before the name
        head = role[of - 1]
    if head.lower in _FIRM_OR_BODY_NOUNS and len(role) <= 3 and role[0].lower == "the" and \
            head.text.islower():
        # "the regulator Ofgem", "the retailer Tesco", "the airline Aer Lingus": a body's
        # noun before its name, which is no person's
        # (not a given name first: "the regulator Ann Boyd" may be a person's job)
        inner = _read_capitalized(toks[i:], text) if toks[i].lower not in GIVEN_NAMES \
            else None
        if inner is not None and inner.form in (MentionForm.NAME, MentionForm.ORGANIZATION) \
                and not inner.role:
            return Phrase(toks[0].start, toks[-1].end, _span_text(toks, text),
                          MentionForm.ORGANIZATION, name=inner.name or inner.text)
    if not (head.capitalized or head.lower in PERSON_ROLE_NOUNS or _is_title(head.lower)
            or head.lower.endswith(_AGENT_SUFFIXES) or head.lower in KIN_NOUNS):
        return None  # the word before the name must be what the person is
    inner = _read_capitalized(toks[i:], text)
    if inner is None or inner.form is not MentionForm.NAME:
        return None
    role_text = " ".join(filter(None, [_span_text(role, text), inner.role]))
    return Phrase(toks[0].start, toks[-1].end, _span_text(toks, text), MentionForm.NAME,
                  name=inner.name, role=role_text,
                  gender=inner.gender or _gender_of(None, role_text, None))


def _read_capitalized(toks: list[Tok], text: str) -> Phrase | None:
    """Read a phrase that starts with a capital: a name with titles, or an organisation."""
    start, end = toks[0].start, toks[-1].end
    # Stop the run at the first lowercase word that is not a title connector.
    run: list[Tok] = []
    t: Tok
    for t in toks:
        if t.capitalized or t.kind == "a" or (run and t.lower in _RUN_CONNECTORS) \
                or (not run and t.lower == "the" and len(toks) > 1) \
                or (run and t.lower[:1].isdigit() and _ORDINAL.fullmatch(t.lower)) \
                or (run and (t.lower in TITLE_WORDS or t.lower in ORG_NOUNS)):
            run.append(t)
        else:
            break
    while run and not (run[-1].capitalized or run[-1].kind == "a"
                       or run[-1].lower in ORG_NOUNS):
        run.pop()
    if not run or run[-1].text.endswith(("'s", "’s")):
        return None
    for k in range(len(run), len(toks)):
        t = toks[k]
        if t.is_word:
            # trailing words after a name are allowed only when they are a role noun phrase
            # written after it ("Podesta, chairman of ..."): the caller cuts those at commas.
            return None
    words = [t.text for t in run]
    opens_the = run[0].lower == "the"    # (words[0].lower(), asked once: 7M a pass)
    whole = _span_text(run, text)
    if len(run) > 2 and words[-1] in POST_NOMINALS:
        # "Tom Weller KC", "Ann Boyd MP": the person named before the letters (not a club,
        # "Harlow SC", whose words read as no person's name)
        named = _read_capitalized(run[:-1], text)
        if named is not None and named.form is MentionForm.NAME:
            seat = words[-1] if words[-1].lower() in PERSON_ROLE_NOUNS else None  # "MP"
            return Phrase(start, end, whole, MentionForm.NAME, name=named.name,
                          role=named.role or seat, gender=named.gender)
    # "Mr. Nevins of Showtime", "Meenakshi Ganguly of Human Rights Watch": the person is
    # before "of" unless that word ends a title ("Secretary of State John Kerry").
    of = -1
    if "of" in whole.lower():   # the words' text first: most runs have no "of"
        for k in range(len(run)):
            if run[k].lower == "of":
                of = k
                break
    if 0 < of < len(run) - 1 and run[of - 1].lower.rstrip(".") not in TITLE_WORDS \
            and run[of - 1].lower not in ORG_NOUNS:
        left = _read_capitalized(run[:of], text)
        if left is not None and left.form is MentionForm.NAME:
            place = _span_text(run[of:], text)
            if left.role and left.role.lower().rstrip(".") in _ACADEMIC_TITLES:
                # "Prof Alan Watts of Imperial College": a professor at it, not "Prof of …"
                role = f"{left.role}, {place.removeprefix('of ')}"
            else:
                role = " ".join(filter(None, [left.role, place]))
            return Phrase(start, end, _span_text(toks, text), MentionForm.NAME, name=left.name,
                          role=role, gender=left.gender)
    if opens_the and len(run) > 2 and (_is_title(run[1].lower) or len(run) > 3
                                                       and run[1].lower in DEMONYMS):
        # "The Rev. Al Sharpton", "the Spaniard Rafael Nadal": a titled person or one described
        # by nationality, not an organisation
        inner = _read_capitalized(run[1:], text)
        if inner is not None and inner.form is MentionForm.NAME:
            return Phrase(start, end, whole, MentionForm.NAME, name=inner.name, role=inner.role,
                          gender=inner.gender)
    office = words[1:] if opens_the else words
    if len(office) in _OFFICE_LENGTHS and office[1] in ("of", "for") \
            and _is_office(office[0].lower()) and office[0][:1].isupper() \
            and (len(office) == 3 or office[2].lower() in _PLACE_PREFIXES):
        # "the Archbishop of Canterbury", "the Governor of Texas", "the Duke of Wessex", "the
        # Mayor of Greater Manchester": an office, not a person called Canterbury nor an
        # organisation
        return Phrase(start, end, whole, MentionForm.TITLE, head=office[0].lower().rstrip("."),
                      role=" ".join(office))
    portfolio = _portfolio_office(office)
    if portfolio is not None:
        # "the Minister for Finance", "the Secretary of State for Northern Ireland": an office
        # and its brief, the British and Irish way, not a person called Finance; a name after
        # the brief is its holder's ("Minister for Finance Michael McGrath")
        title_end = len(words) - len(office) + portfolio
        role = " ".join(office[:portfolio])
        if title_end == len(run):
            return Phrase(start, end, whole, MentionForm.TITLE, head=office[0].lower(),
                          role=role)
        named = _read_capitalized(run[title_end:], text)
        if named is not None and named.form is MentionForm.NAME:
            return Phrase(start, end, whole, MentionForm.NAME, name=named.name,
                          role=" ".join(filter(None, [role, named.role])),
                          gender=named.gender)
    if len(run) > 2 and run[0].lower in PERSON_ROLE_NOUNS and run[1].lower in ("for", "to"):
        for k in range(1, len(run)):
            if run[k].capitalized:
                break
        else:
            return None   # "Counsel for the ministry": a description capitalised as the
            # sentence opens, not an organisation's name ("Counsel for the Ministry")
    if _is_org_name(words) or (opens_the and len(words) > 1):
        name = " ".join(words[1:] if opens_the else words)  # "the White House"
        low = name.lower()
        if (low.rstrip("s") in PERSON_ROLE_NOUNS or words[-1].lower() in PERSON_ROLE_NOUNS) \
                and not _names_an_org_of(low) and not (
                    low in PARTY_NAMES and opens_the) \
                and " & " not in low:             # "Department of Justice", "Boyd & Associates"
            head = words[-1].lower()
            # "the Harbor Authority spokesman": the spokesman of the words before it
            institution = name.rpartition(" ")[0] or None if head in SPOKESPEOPLE else None
            return Phrase(start, end, whole, MentionForm.TITLE, head=head, role=name,
                          institution=institution)
        return Phrase(start, end, whole, FORM_ORGANIZATION, name=name)
    if len(run) == 1 and run[0].lower in PERSON_ROLE_NOUNS:
        return _read_description(run, text)  # "Critics say", "Officials said"
    role_toks, name_toks = _split_name(run)
    if len(run) == 2 and len(role_toks) == 1 and run[0].lower == "lady" and \
            not text[max(0, run[0].start - 6):run[0].start].lower().startswith("first"):
        # "Lady Hale", "Lady Gaga": an honour kept in the name, as "Lord" and "Sir" are (not
        # "First Lady Biden", a first lady's title)
        role_toks, name_toks = [], run
    for t in role_toks:
        if t.lower in _ROLE_BREAKERS and t.lower != "and":
            return None   # a title-case headline: "Former Clinton Pollster Says Clinton Is In …"
    if not name_toks:
        low = [w.lower() for w in words]
        if low[-1] in PERSON_ROLE_NOUNS or low[-1].rstrip(".") in TITLE_WORDS:
            return Phrase(start, end, whole, MentionForm.TITLE, head=low[-1], role=whole)
        return None
    if len(name_toks) == 1 and not role_toks and \
            name_toks[0].lower.rstrip(".") in TITLE_WORDS:
        return Phrase(start, end, whole, MentionForm.TITLE, head=name_toks[0].lower, role=whole)
    for k in range(1, len(name_toks) - 1):
        if name_toks[k].lower in STOP_CAPITALS:
            return None
    if (
            name_toks[0].lower in STOP_CAPITALS and len(name_toks) > 1
            and not month_given_name(name_toks)) or (
            name_toks[-1].lower in STOP_CAPITALS and not _is_surname_at(name_toks,
                                                                        len(name_toks) - 1)):
        return None
    role = _span_text(role_toks, text) if role_toks else None
    honorific = role_toks[-1].text if role_toks and role_toks[-1].lower in HONORIFICS else None
    name = " ".join([t.text for t in name_toks])
    first = name_toks[0].text if len(name_toks) > 1 else None
    if role and role.lower() in HONORIFICS:
        role = None
    return Phrase(start, end, whole, FORM_NAME, name=name, role=role,
                  gender=_gender_of(first, role, honorific))


# Role nouns a subject may use with no article ("Staff said", "Counsel argued", "Family
# said"): mass and collective nouns, which a capital alone does not make a name.
_MASS_ROLE_NOUNS = frozenset({"staff", "family", "counsel", "personnel", "clergy", "crew",
                              "faculty", "security", "youth"})


def bare_role_name(phrase: Phrase) -> Phrase | None:
    """Return a lone capitalised role or title word in a speaker's slot read as what it is:
    the surname it is when the word is also one ("“…,” King said", "said Judge", "Baker told
    reporters": lexicon.ROLE_SURNAMES), else the office with its article left out ("“…,”
    President said" is "the president", which points back to whoever holds it); or None.

    English puts an article before a singular count noun ("the king said", "a judge said"),
    so such a word with none is a name or copy that dropped the article; plurals and mass
    nouns need none ("Officials said", "Staff said"), nor does a headline ("Judge rules …"),
    which the caller rules out. Not an abbreviation or initials ("Sen.", "PM"), nor a word
    that is no role ("One said").
    """
    if phrase.form not in (FORM_DESCRIPTOR, FORM_TITLE) or phrase.plural:
        return None
    word = phrase.text
    if len(word) < 3 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return None
    low = word.lower()
    if low in _MASS_ROLE_NOUNS or low in ORG_NOUNS or low in STOP_CAPITALS or not (
            low in PERSON_ROLE_NOUNS or low in TITLE_WORDS):
        return None
    if low in ROLE_SURNAMES:
        return Phrase(phrase.start, phrase.end, word, MentionForm.NAME, name=word)
    return Phrase(phrase.start, phrase.end, word, MentionForm.TITLE, role=word,
                  head=phrase.head, gender=phrase.gender)


def read_plain_name(words: list[str], text: str) -> Phrase | None | bool:
    """Read ``text``, capitalized ``words`` joined by single spaces, each of letters perhaps
    joined by apostrophes or hyphens (one token each: "O'Rourke", "Clinton’s"), as
    ``read_phrase`` reads their tokens, when no word is one the reader treats specially (see
    ``_WORDS_READ_SPECIALLY``); return False to leave the run to ``read_phrase``.

    Most runs of capitalized words in news are such names ("Ted Cruz", "Goldman Sachs Lloyd
    Blankfein"), and reading them without tokens costs a fraction of the general reader.
    """
    low = [w.lower() for w in words]
    if len(words) > 16 or not _WORDS_READ_SPECIALLY.isdisjoint(low) \
            or not all(w[:1].isupper() for w in words) or low[0].startswith("ex-") \
            or low[-1] == "co":
        return False     # (and "Ex-mayor Ann Boyd": a former office, read by _split_name;
                         # "Tokyo Electric Power Co", a firm, by _is_org_name)
    owner = [w.endswith(("'s", "’s")) for w in words]
    if any(owner):
        # "Bill Clinton’s": an owner with nothing owned after it names nobody
        return False if any(owner[:-1]) else None
    if " ".join(low) in ORG_NAMES:
        return False
    # As _split_name: every word is a name word, so the name is the whole run unless a known
    # given name follows two words that are not given names (an office or a firm before it).
    at = next((p for p in range(2, len(words) - 1) if low[p] in GIVEN_NAMES), 0)
    if at and (low[0] in GIVEN_NAMES or low[1] in GIVEN_NAMES):
        at = 0
    role = " ".join(words[:at]) or None
    first = words[at] if len(words) - at > 1 else None
    return Phrase(0, len(text), text, FORM_NAME, name=" ".join(words[at:]), role=role,
                  gender=_gender_of(first, role, None))


# Every word that read_phrase, _read_capitalized or _split_name tests a token against: a
# run holding none of them takes the same path through them every time.
_WORDS_READ_SPECIALLY = (
    frozenset(PRONOUNS) | DETERMINERS | NUMBER_WORDS | PERSON_ROLE_NOUNS | ORG_NOUNS
    | TITLE_WORDS | {w.rstrip(".") for w in TITLE_WORDS} | DOCUMENT_NOUNS | frozenset(HONORIFICS)
    | {w.rstrip(".") for w in HONORIFICS} | STOP_CAPITALS | _SUFFIXES | PARTICLES
    | _TITLE_CONNECTORS | _DOCUMENTS | ARTICLES | _ROLE_BREAKERS
    | COMPANY_TRADES | COLLECTIVE_NOUNS | {"and", "of", "the"}
    | {w.lower() for w in POST_NOMINALS} | DEMONYMS)


# Words before which a reporting verb in a description's post-modifier is not the sentence's:
# a relative clause's own ("officials who told reporters"), or a participle ("a person
# familiar with what was said").
_NOT_BEFORE_TAIL_VERB = frozenset({"who", "that", "which", "what", "whom", "whose", "was",
                                   "were", "is", "are", "be", "been", "being", "has", "have",
                                   "had"})
# The forms in which a sentence's reporting verb follows its subject; not "report" or
# "statement", which are nouns as often ("issued a report this month").
_TAIL_REPORTING = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote",
                             "writes", "insisted", "insists", "warned", "warns"})


def _reports_in_tail(toks: list[Tok], cut: int) -> bool:
    """Tell whether a description's post-modifier (from ``toks[cut]``) holds the sentence's
    reporting verb: the phrase then runs over its own verb ("people familiar with the matter
    said the deal", "two aides who spoke on condition of anonymity said the sale")."""
    return any(toks[i].text in _TAIL_REPORTING and toks[i - 1].text not in _NOT_BEFORE_TAIL_VERB
               for i in range(cut + 1, len(toks)))


# Small words inside an institution's proper name: "Ministry of Defence", "Food and Drug
# Administration".
_NAME_CONNECTORS = frozenset({"of", "and", "for"})


def _plural_mark(toks: list[Tok], i: int) -> bool:
    """Tell whether token ``i`` is the apostrophe of a plural written right before it
    ("Nurses’", "Teachers'")."""
    return toks[i].text in ("'", "’") and i > 0 and toks[i].start == toks[i - 1].end and \
        toks[i - 1].lower.endswith("s")


def _joins_proper_name(toks: list[Tok], i: int) -> bool:
    """Say whether the small word or plural's apostrophe at ``i`` joins the capitalised
    words of one proper name set before a role or organisation noun ("a Ministry of Defence
    spokesman", "a Bank of England official in London", "a Midwives’ Union official"),
    rather than starting a post-modifier ("a spokesman for the ministry", "the President of
    France")."""
    if not (toks[i].lower in _NAME_CONNECTORS or _plural_mark(toks, i)) or \
            not toks[i - 1].capitalized or i + 1 >= len(toks) or not toks[i + 1].capitalized:
        return False
    if not all(t.capitalized or _plural_mark(toks, n + 1) for n, t in enumerate(toks[1:i])):
        return False
    j = i + 1
    while j < len(toks) and (toks[j].capitalized or
                             (toks[j].lower in _NAME_CONNECTORS or _plural_mark(toks, j))
                             and j + 1 < len(toks) and toks[j + 1].capitalized):
        j += 1
    # the nouns the name is set before, up to a post-modifier of their own ("in London")
    tail = toks[j:]
    end = next((n for n, t in enumerate(tail) if n and (t.lower in _POSTMODIFIER_STARTS
                                                         or t.kind == "p")), len(tail))
    return bool(tail) and all(t.is_word and not t.capitalized and
                              (t.lower in PERSON_ROLE_NOUNS or t.lower in ORG_NOUNS)
                              for t in tail[:end])


def _counted_bodies(low: list[str]) -> bool:
    """Tell whether the words ``low`` count organisations of one kind: "the two ministries",
    "both agencies", "the three companies" (not "the ministries", which may be a building's
    staff, nor "many companies", which are not named)."""
    if len(low) == 3 and low[0] == "the" and low[1] in _PLURAL_NUMBERS or \
            len(low) == 2 and low[0] == "both":
        noun = low[-1]
        single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        return noun.endswith("s") and single in ORG_NOUNS and single not in PERSON_ROLE_NOUNS
    return False


# Words that open a clause after a description's complement: "a spokeswoman for the ministry
# who declined to be named" speaks for the ministry.
_CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "where", "when",
                             "speaking"})


def _read_description(toks: list[Tok], text: str, owner: str | None = None) -> Phrase | None:
    """Read 'a senior administration official', 'sources familiar with the call', 'the president'."""
    start, end = toks[0].start, toks[-1].end
    whole = _span_text(toks, text)
    low = [t.lower for t in toks]
    # The head is the last role or organisation noun before any post-modifier.
    cut = len(toks)
    for i in range(1, len(toks)):
        if (low[i] in _POSTMODIFIER_STARTS and toks[i].text != "WHO" or toks[i].kind == "p") \
                and not _joins_proper_name(toks, i):
            # (not "a WHO official": the World Health Organization's initials)
            cut = i
            break
    if any(t.kind == "p" and t.text not in "-’'" for t in toks[cut:]):
        return None  # "One document, obtained by the paper, includes …": a clause, not a name
    # a plural's apostrophe ends the words read so far: "the Nurses’ Union", "the victims’"
    plural_owner = 0 < cut < len(toks) - 1 and toks[cut].text in ("'", "’") and \
        toks[cut].start == toks[cut - 1].end and low[cut - 1].endswith("s")
    if plural_owner and toks[cut + 1].capitalized:
        named = cut + 1
        while named < len(toks) and toks[named].capitalized:
            named += 1
        if low[named - 1] in ORG_NOUNS and (named == len(toks)
                                            or low[named] not in PERSON_ROLE_NOUNS):
            return None  # "the Nurses’ Union in a statement": the plural names an
                         # organisation, read without the words after it (_plural_owner_org);
                         # not "a Nurses’ Union official", whose head is after the name
    if plural_owner and owner is None and low[0] in ("the", "a", "an") and \
            all(t.is_word and not t.capitalized for t in toks[cut + 1:]):
        # "the victims’ lawyer", "the players’ union": the plural owns the head after the
        # mark, which is who speaks (one lawyer; a union, as "the players' union" is)
        desc = _read_description(toks[cut + 1:], text,
                                 owner=_span_text(toks[1:cut], text) if cut > 1 else None)
        if desc is not None and desc.start == toks[cut + 1].start and desc.end == end:
            return Phrase(start, end, whole, desc.form, name=desc.name, role=whole,
                          head=desc.head, gender=desc.gender, plural=desc.plural,
                          institution=desc.institution)
    if _reports_in_tail(toks, cut):
        return None  # "people with knowledge of the matter said the deal": two clauses
    core = toks[:cut]
    head_i = next((i for i in range(len(core) - 1, -1, -1)
                   if core[i].lower in PERSON_ROLE_NOUNS or core[i].lower in ORG_NOUNS
                   or core[i].lower in DOCUMENT_NOUNS or core[i].lower.endswith("year-old")), None)
    if head_i is None and cut == len(toks) and _counted_bodies(low):
        # "the two ministries", "both agencies", "the three companies": organisations
        # speaking together
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=_span_text(
            toks[1:], text) if low[0] == "the" else whole, head=low[-1], plural=True)
    if head_i is None or head_i != len(core) - 1:
        if core[-1].text not in COLLECTIVE_NOUNS:
            return None
        head_i = len(core) - 1      # "the band" (the lists' words before it, checked first)
    if any(t.lower in _PHRASE_BREAKERS and t.text != "WHO" or t.kind == "q"
           for t in core[1:head_i]):
        return None  # two phrases run together: "a prospect the White House", "the boat as
                     # her friends"
    counted = next((i for i in range(1, head_i) if low[i] in NUMBER_WORDS
                    and low[i - 1] not in DETERMINERS), None)
    if counted is not None:
        # "a call one diplomat called …", "a threat many people make": the source is the
        # phrase its number starts (not "the two officials")
        return _read_description(toks[counted:], text, owner)
    head = core[head_i].lower
    det = low[0]
    if head in DOCUMENT_NOUNS and head not in PERSON_ROLE_NOUNS and (
            head not in ORG_NOUNS or cut == len(toks) and owner is None and not any(
                t.capitalized or t.kind == "a" or t.lower in ORG_NOUNS for t in core[1:head_i])):
        # "the email said": a written source, named by its words; also "the statement" and
        # "the joint statement", which name no body ("the ministry statement", "a statement
        # from the ministry" are the ministry's)
        return Phrase(start, end, whole, MentionForm.DESCRIPTOR, head=head, role=whole,
                      institution=owner)
    plural = head.endswith("s") and not head.endswith(("ss", "us")) or head in ("people", "spokespeople", "staff") \
        or det in _PLURAL_NUMBERS
    caps = [t.text for t in core[1:head_i] if t.capitalized or t.kind == "a"]
    is_org_head = head in ORG_NOUNS and head not in PERSON_ROLE_NOUNS or \
        core[head_i].text in COLLECTIVE_NOUNS or _firm_major(low[:head_i + 1])
    spokes = head in _SPEAKS_FOR
    if det == "the" and is_org_head:
        name = _span_text(core[1:head_i + 1], text) if head_i >= 1 else head
        return Phrase(start, end, whole, MentionForm.ORGANIZATION, name=name, head=head)
    institution = None
    if spokes or is_org_head:
        mods = core[1:head_i]
        if caps and all(t.capitalized or t.kind == "a" or t.text.isdigit() or
                        0 < j < len(mods) - 1 and (t.lower in _NAME_CONNECTORS
                                                   or _plural_mark(core, j + 1))
                        for j, t in enumerate(mods)):
            # "a No 10 spokesman": numbers too; "a Ministry of Defence spokesman": the
            # small words inside a proper name
            institution = _span_text(mods, text)
        elif caps and (mods[0].capitalized or mods[0].kind == "a") and all(
                t.capitalized or t.kind == "a" or t.lower in ORG_NOUNS for t in mods):
            institution = _span_text(mods, text)   # "a Boyd campaign spokesman": the campaign
        elif caps:
            institution = " ".join(caps)
        elif owner:
            institution = owner
        elif spokes and mods and all(t.lower in ORG_NOUNS and t.lower not in _SPEAKS_FOR
                                     for t in mods):
            institution = _span_text(mods, text)   # "a police spokeswoman": the police
        else:
            tail = low[cut:]
            if tail[:1] in (["for"], ["of"]) and len(toks) > cut + 1:
                # up to a clause of its own: "for the ministry who declined to be named"
                inst = _strip(toks[cut + 1:next((i for i in range(cut + 1, len(toks))
                                                 if toks[i].text in _CLAUSE_OPENERS),
                                                len(toks))])   # (not "the WHO")
                if inst and inst[0].lower == "the":
                    inst = inst[1:]
                institution = _span_text(inst, text) if inst else None
    if det == "the" and not plural and head_i == len(core) - 1:
        return Phrase(start, end, whole, MentionForm.TITLE, head=head, role=whole,
                      gender=_gender_of(None, head, None), institution=institution)
    return Phrase(start, end, whole, FORM_DESCRIPTOR, head=head, role=whole,
                  plural=plural, gender="plural" if plural else _gender_of(None, head, None),
                  institution=institution)


# --------------------------------------------------------------------------- resolution

@dataclass
class _Entity:
    key: str
    type: SpeakerType
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    positions: list[int] = field(default_factory=list)
    subject_positions: list[int] = field(default_factory=list)
    spoke_at: list[int] = field(default_factory=list)
    last_mention: object = None    # the Mention of this speaker's latest attribution
    initials: str = ""             # an organisation's initials, when the text uses both forms
    # The words SpeakerBook files the speaker under: its roles' (_add_role), its names'
    # (_index_person).
    role_words: set[str] = field(default_factory=set)
    name_words: set[str] = field(default_factory=set)
    made: int = 0                  # its rank in the making of the article's speakers

    @property
    def surname(self) -> str:
        return _without_article(self.name.split()[-1].lower()) \
            if self.type is SpeakerType.PERSON else ""

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0].lower() if len(parts) > 1 else ""


class PronounSubject(NamedTuple):
    """A sentence outside quotes whose subject is "he" or "she" ("She resigned in March."):
    it keeps its referent in view for a later pronoun, as a name would."""
    at: int
    gender: str


class RoleSubject(NamedTuple):
    """A sentence outside quotes whose subject is an office or role and no name ("The
    minister struck a defiant tone."): a later pronoun may mean its holder, as it may mean
    a person named, whether or not they have spoken yet."""
    phrase: Phrase


class NamedPair(NamedTuple):
    """Two people named as one subject ("Pelosi and Schumer issued a statement"): a later
    "they" points back to them, and speaks as the first-named, as "X and Y said" does."""
    first: Phrase


def _personal(ref) -> bool:
    """Tell whether a mention is of a person: a name read in the text, or a person speaker
    (not an office no name goes with)."""
    if isinstance(ref, RoleSubject):
        return False
    return not isinstance(ref, _Entity) or ref.type is SpeakerType.PERSON


def _roles_of(ref) -> str:
    """Return the role words of a speaker, a name read in the text or two people named
    together (the first's), as _holds_role reads them: a speaker's roles joined by "; "."""
    if isinstance(ref, _Entity):
        return "; ".join(ref.roles)
    return (ref.first.role if isinstance(ref, NamedPair) else ref.role) or ""


def _gender_told(name: Phrase) -> str | None:
    """Return the gender a name mention tells by its honorific, role or given name, or None."""
    return name.gender or given_name_gender(name.name.split()[0])


def census_given_name(word: str) -> bool:
    """Tell whether the census lists a lower-case word as a given name of clear gender."""
    return word in census_names.FEMALE or word in census_names.MALE


def census_gender(name: str) -> str | None:
    """Return the gender the census gives the first name of a full name the hand-made lists
    lack, or None (see _census_gender)."""
    return _census_gender(name)


def _census_gender(name: str) -> str | None:
    """Return the gender the census gives the first name of a full name, or None.

    Only for first names the hand-made lists do not know: those lists hold a name in both
    when it is not telling ("Chris", "Jean"), and that decision stands.
    """
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    if first in GIVEN_NAMES:
        return None
    return "male" if first in census_names.MALE else "female" \
        if first in census_names.FEMALE else None


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    key = []
    for w in name.replace("’s", "").replace("'s", "").split():
        low = w.lower().rstrip(".")
        if low not in _SUFFIXES:
            key.append(_without_article(low))
    return tuple(key)


def _without_article(word: str) -> str:
    """Return a lower-case name word without the Arabic article written onto it: "al-assad"
    is the "Assad" a later sentence writes ("Bashar al-Assad ... Assad said")."""
    return word[3:] if word[2:3] == "-" and word[:2] in ("al", "el") and len(word) > 3 else word


def clear_caches() -> None:
    """Forget the name keys read so far, and the identity module's split names."""
    _name_key.cache_clear()
    identity.clear_caches()


# How much a mention of a person says about who a later "he" or "she" is, within its
# sentence: a speaker the sentence reports ("Cruz is right, Viguerie argues") or quotes
# outranks the sentence's subject, which outranks a name mentioned in passing.
MENTIONED, SUBJECT, SPEAKS = 0, 1, 2
# How many sentences back a pronoun looks for whom it means; a "she" that is a sentence's
# subject looks less far for the one it continues ("Ann Fields did not reply. She resigned
# in March.").
_PRONOUN_REACH = 8
_ANTECEDENT_MENTIONS = 60      # mentions a pronoun looks back over, at most (dev: 26 at most)
_PRONOUN_CHAIN_REACH = 3


def _someone_new(phrase: Phrase) -> bool:
    """Tell whether a role subject introduces someone not named before: "A Dayton woman",
    "One delegate" (an indefinite article and a role noun other than an unnamed source's or
    a spokesperson's: see _indefinite_subject in attribution.py)."""
    return phrase.text.partition(" ")[0].lower() in INDEFINITE_ARTICLES and \
        phrase.head not in UNNAMED_SUBJECT_HEADS


class SpeakerBook:
    """The speakers of one article, built up in reading order."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self._keyed: dict[str, _Entity] = {}
        # People by the first and the last word of every name they have had ("ann", "boyd"
        # for "Ann Boyd"), in the order they were made: a name's lookup reads only those,
        # not every speaker (an article of thousands of speakers took quadratic time).
        self._people_by_word: dict[str, list[_Entity]] = {}
        # Speakers by each word of their roles, and the organisations, in the order they
        # were made: who holds a role is looked up among those only.
        self._by_role_word: dict[str, list[_Entity]] = {}
        self._organisations: list[_Entity] = []
        self._known_names: list[tuple[int, Phrase, int]] = []  # every person name in the text
        self._resolved: dict[tuple[int, int], _Entity | None] = {}
        self._referents: dict[int, object] = {}      # pronoun subject's offset -> mention
        # (offset, sentence index, rank in the sentence, a Phrase or an _Entity)
        self._mentions: list[tuple[int, int, int, object]] = []
        self._surname_gender: dict[str, str] = {}
        self._full_names: dict[str, list[Phrase]] = {}  # surname -> full-name mentions in order
        # a middle word of a name of three or more -> those mentions ("Lula" in "Luiz Inácio
        # Lula da Silva", "López" in "Andrés Manuel López Obrador"), read when no surname is
        self._middle_names: dict[str, list[Phrase]] = {}
        # given name -> the people named in full with it, in the order they were first
        # named: name key -> [first offset, longest mention] ("will" -> "Will Hartigan"),
        # for a later given name alone or after "Sir"
        self._given_names: dict[str, dict[tuple[str, ...], list]] = {}
        self._two_last: dict[tuple[str, ...], Phrase] = {}   # ("lópez", "obrador") -> the first
        # name of three words or more ending so
        # Organisations named in the text, in text order: (offset, name, subject), and by
        # the last word of the name.
        self._orgs: list[tuple[int, str, bool]] = []
        # Organisations a sentence says were contacted ("contacted the ministry"), in text
        # order: (offset, name); from scans of the text run when _subject_org first asks.
        self._contacted: list[tuple[int, str]] = []
        self._contact_scans: list[tuple[Callable, str, int]] = []
        self._orgs_by_last: dict[str, list[tuple[int, str]]] = {}
        # Names written like a person's that read as a body's, in text order: (offset, name)
        # ("The Lumineers", "Harlow Rovers"), for a later "the band" or "the club".
        self._bodies: list[tuple[int, str]] = []
        self._bodies_by_last: dict[str, list[tuple[int, str]]] = {}
        # Organisation speakers by lower-case name and by its last word: (creation, entity).
        self._org_by_name: dict[str, tuple[int, _Entity]] = {}
        self._org_by_last: dict[str, tuple[int, _Entity]] = {}
        # Firms the text also names bare, by the bare name in lower case: "harbor mills" ->
        # "Harbor Mills Inc", "nordvik" -> "Nordvik" ("Shares of Nordvik fell")
        self._firms: dict[str, str] = {}
        # One capitalised word opening its sentence, as wire copy names a firm ("Ryanair cut
        # its forecast."): (offset, word), in text order, for "the airline said" when no
        # organisation was named with a telltale ending
        self._lone_subjects: list[tuple[int, str]] = []
        # those no "his" or "her" follows: word -> the offsets it opens a sentence at
        self._firm_subjects: dict[str, set[int]] = {}
        self._name_words_read: tuple[int, frozenset[str]] = (0, frozenset())
        self.sentence_starts: list[int] = [-(10 ** 9)]

    def _new(self, type_: SpeakerType, name: str, **kw) -> _Entity:
        e = _Entity(key=f"s{len(self.entities) + 1}", type=type_, name=name,
                    made=len(self.entities), **kw)
        self.entities.append(e)
        self._keyed[e.key] = e
        if type_ is TYPE_PERSON:
            self._index_person(e)
        elif type_ is SpeakerType.ORGANIZATION:
            self._organisations.append(e)
        low = name.lower()
        if type_ is SpeakerType.ORGANIZATION and low.split():
            made = (len(self.entities), e)
            self._org_by_name[low] = made
            self._org_by_last[low.split()[-1]] = made
        return e

    def only_subject_is(self, key: str, start: int, end: int) -> bool:
        """Tell whether no sentence subject between ``start`` and ``end`` is anyone but ``key``."""
        for at, _, subject, ref in self._mentions[bisect_left(self._mentions, start, key=_FIRST):]:
            if at >= end:
                break
            if subject and isinstance(ref, PronounSubject):
                ref = self._referent(ref)
                if ref is None:
                    continue
            if isinstance(ref, RoleSubject):
                continue     # an office no name goes with: who holds it is not known here
            if subject and not isinstance(ref, _Entity) and self._person_by_name(
                    ref.name or ref.text, at) is not self._by_key(key):
                return False
            if subject and isinstance(ref, _Entity) and ref.key != key:
                return False
        return True

    def _by_key(self, key: str) -> _Entity | None:
        return self._keyed.get(key)

    def _index_person(self, e: _Entity) -> None:
        """File a person under the first and last words of their name as it now is."""
        key = _name_key(e.name)
        for word in (key[0], key[-1]) if key else ():
            if word not in e.name_words:
                e.name_words.add(word)
                # at the end but for a word a rename gave an older person
                insort(self._people_by_word.setdefault(word, []), e, key=_MADE)

    def _add_role(self, e: _Entity, role: str) -> None:
        """Give ``e`` another role and file it under the role's words (as ``_holds_role``
        reads them: lower case, no full stops)."""
        e.roles.append(role)
        for word in role.lower().replace(".", "").replace(";", " ").split():
            if word not in e.role_words:
                e.role_words.add(word)
                insort(self._by_role_word.setdefault(word, []), e, key=_MADE)

    def _add_titles_of(self, e: _Entity, name: str, pos: int) -> None:
        """Give ``e`` the roles written with its one-word ``name`` before ``pos``."""
        key = _name_key(name)
        if len(key) != 1:
            return
        for at, p, _ in self._known_names[:bisect_left(self._known_names, pos, key=_FIRST)]:
            if p.role and p.role not in e.roles and _name_key(p.name or "") == key:
                self._add_role(e, p.role)

    def note_name(self, phrase: Phrase, subject: int) -> None:
        """Record a person name seen anywhere in the text (for surnames and pronouns)."""
        self._known_names.append((phrase.start, phrase, subject))
        key = _name_key(phrase.name or "")
        if len(key) > 1:
            self._full_names.setdefault(key[-1], []).append(phrase)
            given = _given_of(key)
            if given is not None:
                known = self._given_names.setdefault(given, {}).setdefault(
                    key, [phrase.start, phrase])
                if len(phrase.name) > len(known[1].name):
                    known[1] = phrase
            for word in key[1:-1]:
                if word not in PARTICLES:
                    self._middle_names.setdefault(word, []).append(phrase)
            if len(key) > 2:
                self._two_last.setdefault(key[-2:], phrase)
        # (sentence_of inlined: a method call costs more than the bisection, and every name
        # found is noted)
        at = phrase.start
        self._mentions.append((at, bisect_right(self.sentence_starts, at) - 1, subject, phrase))
        if key and phrase.gender in ("male", "female"):
            self._surname_gender.setdefault(key[-1], phrase.gender)

    def name_between(self, lo: int, hi: int) -> Phrase | None:
        """Return the first person name noted that starts at or after ``lo`` and before
        ``hi``, or None."""
        i = bisect_left(self._known_names, lo, key=_FIRST)     # noted in text order
        return self._known_names[i][1] if i < len(self._known_names) and \
            self._known_names[i][0] < hi else None

    def name_before(self, at: int) -> Phrase | None:
        """Return the last person name noted before offset ``at``, or None."""
        i = bisect_left(self._known_names, at, key=_FIRST)     # noted in text order
        return self._known_names[i - 1][1] if i > 0 else None

    def note_pair(self, first: Phrase) -> None:
        """Record two people named together, ``first`` the first-named (see NamedPair)."""
        insort(self._mentions, (first.start, self.sentence_of(first.start), MENTIONED,
                                NamedPair(first)), key=_FIRST)

    def note_pronoun_subject(self, at: int, gender: str) -> None:
        """Record a sentence's subject "he" or "she" at offset ``at``."""
        insort(self._mentions, (at, self.sentence_of(at), SUBJECT, PronounSubject(at, gender)),
               key=_FIRST)

    def note_role_subject(self, phrase: Phrase) -> None:
        """Record a sentence whose subject is a role noun with no name ("The minister …"),
        unless it only re-describes someone named before it ("The front-runner", "The
        70-year-old", "The former senator": see _resolve_role); with no one named before,
        "The former prime minister …" is the one a later "he" points back to."""
        words = phrase.text.lower().split()
        if words[0] not in INDEFINITE_ARTICLES and (phrase.head in _EPITHETS or (
                "former" in words or "year-old" in phrase.text) and
                self.name_before(phrase.start) is not None):
            return      # ("A former aide …", "A 29-year-old woman …" are someone new)
        insort(self._mentions, (phrase.start, self.sentence_of(phrase.start), SUBJECT,
                                RoleSubject(phrase)), key=_FIRST)

    def _referent(self, subject: PronounSubject) -> object:
        """Return the mention a pronoun subject points back to, or None (once per pronoun)."""
        if subject.at not in self._referents:
            self._referents[subject.at] = self._antecedent(subject.gender, subject.at, False,
                                                           reach=_PRONOUN_CHAIN_REACH)
        return self._referents[subject.at]

    def note_org(self, at: int, name: str, subject: bool) -> None:
        """Record an organisation named anywhere in the text, for "the company said", and
        whether it opens its sentence (its subject), for "it said"."""
        self._orgs.append((at, name, subject))
        base, _, last = name.rpartition(" ")
        last = last.lower().rstrip(".")
        if last:
            self._orgs_by_last.setdefault(last, []).append((at, name))
        head, _, rest = name.removeprefix("The ").partition(" ")
        if rest.startswith(("of ", "for ")) and head.lower() in ORG_NOUNS:
            # "the bureau" for "the Bureau of Meteorology", "the department" for "the
            # Department for Education": a body's noun first, then what it is of or for
            self._orgs_by_last.setdefault(head.lower(), []).append((at, name))
        elif not base and last in FIRM_NAMES:
            # "Amazon said …; the company said": a firm known by one word
            self._orgs_by_last.setdefault("company", []).append((at, name))
        elif not base and web_name(last):
            # "Shopwise.com pulled the listing. … the website said" (not yet "the company":
            # on dev the one such quote is the gold's "the company", which the name of the
            # site would no longer match: the attribution score fell by one quote)
            for noun in ("website", "site"):
                self._orgs_by_last.setdefault(noun, []).append((at, name))
        elif name.lower().removeprefix("the ") in PARTY_NAMES:
            # "Labour said …; the party said", "the Lib Dems … the party"
            self._orgs_by_last.setdefault("party", []).append((at, name))
        if last in _LEGAL_ENDINGS and base:
            self._firms.setdefault(base.rstrip(",").lower(), name)   # "Harbor Mills Inc."

    def note_org_noun(self, at: int, name: str, noun: str) -> None:
        """Record the noun written after an organisation's name ("the RMT union", "the BBC
        website" is no such noun), for a later "the union"."""
        self._orgs_by_last.setdefault(noun, []).append((at, name))

    def note_firm(self, at: int, name: str, subject: bool = False) -> None:
        """Record a name the text writes as a firm's ("Shares of Nordvik", "Halden & Moss"):
        written bare in a speaker's slot it is that firm, and "the company" may mean it (and
        "it", when it opens its sentence: ``subject``)."""
        self._orgs.append((at, name, subject))
        self._orgs_by_last.setdefault("company", []).append((at, name))
        self._firms.setdefault(name.lower(), name)

    def note_lone_subject(self, at: int, word: str, personal: bool = False) -> None:
        """Record one capitalised word, no title or given name before it, that opens its
        sentence ("Ryanair cut its forecast."): a firm's name, if no person is named so
        (``personal``: "his" or "her" follows it, "Okafor raised his game")."""
        self._lone_subjects.append((at, word))
        if not personal:
            self._firm_subjects.setdefault(word, set()).add(at)

    def _lone_firm(self, pos: int) -> str | None:
        """Return the latest word noted with note_lone_subject in the sentence of ``pos`` or
        the one before it that names no person: no full name ends with it, no person
        speaker has it and it is no given name ("Ryanair cut its forecast. … the airline
        said"); None when there is none."""
        here = self.sentence_of(pos)
        for at, word in reversed(self._lone_subjects):
            if at >= pos:
                continue
            if self.sentence_of(at) < here - 1:
                return None
            low = word.lower()
            if low in self._full_names or low in self._people_by_word or \
                    low in self._surname_gender or census_given_name(low):
                return None    # the last one is a person's name: no firm to fall back on
            return word
        return None

    def note_org_subject(self, at: int, noun: str) -> None:
        """Record a sentence that opens with "the" and an organisation noun ("The company was
        more muted."): its subject for a later "it said", as a named organisation's is."""
        insort(self._orgs, (at, noun, True), key=_FIRST)

    def _named_org(self, noun: str, pos: int) -> str | None:
        """Return the organisation named last before ``pos`` that a bare "the <noun>" points
        back to: "the authority" to "the Water Authority", "the company" to "Acme Corp."."""
        best, kinds = None, []
        for last in (noun, *_KINDS_OF.get(noun, ())):
            named = self._orgs_by_last.get(last)
            i = bisect_left(named, (pos,)) - 1 if named else -1
            if i >= 0:
                kinds.append(named)
                if best is None or named[i][0] > best[0]:
                    best = named[i]
        if best is None:
            return None
        # Of two named in that sentence, the one that opened it if it is of that kind, as for
        # people: "Acme Corp. sued Bolt Inc. … the company said" is Acme's.
        opener = self._opening_org(best[0], 0)
        if opener is not None and any(opener in named for named in kinds):
            best = opener
        return best[1]

    def note_body(self, at: int, name: str) -> None:
        """Record a name written like a person's that reads as a body's: after "the" ("The
        Lumineers", "the Velvet Parish") or ending in a club's word ("Harlow Rovers")."""
        self._bodies.append((at, name))
        self._bodies_by_last.setdefault(name.rpartition(" ")[2].lower(), []).append((at, name))

    def _collective_named(self, pos: int) -> str | None:
        """Return the body named last in the three sentences before ``pos`` or its own, an
        organisation that opened its sentence or a name noted with note_body, for "the band",
        "the group" or "the club" when no organisation was named with that word: "The
        Lumineers cancelled the tour. … the band added" (a band's or a club's name has no
        telltale ending)."""
        here = self.sentence_of(pos)
        best = self._opening_org(pos, 3, named=True)
        i = bisect_left(self._bodies, (pos,)) - 1
        if i >= 0 and self.sentence_of(self._bodies[i][0]) >= here - 3 and (
                best is None or self._bodies[i][0] > best[0]):
            best = self._bodies[i]
        return best[1] if best is not None else None

    def _opening_org(self, pos: int, back: int, named: bool = False) -> tuple[int, str] | None:
        """Return (offset, name) of the last organisation before ``pos`` that opened its
        sentence, in the sentence of ``pos`` or the ``back`` before it; with ``named``, only
        one written with a capital ("The Lumineers", not "the company"). None when there is
        none."""
        here = self.sentence_of(pos)
        for i in range(bisect_left(self._orgs, pos, key=_FIRST) - 1, -1, -1):
            at, name, is_subject = self._orgs[i]
            if self.sentence_of(at) < here - back:
                return None
            if is_subject and (not named or name[:1].isupper()):
                return at, name
        return None

    def sentence_subject(self, pos: int) -> Phrase | None:
        """Return who opens the sentence of ``pos`` before it as its subject: an organisation
        ("The ministry issued …"), or a person's name ("Ann Boyd issued …"); else None."""
        org = self._opening_org(pos, 0)
        if org is not None:
            at, name = org
            return Phrase(at, at + len(name), name, MentionForm.ORGANIZATION, name=name)
        st = self.sentence_starts[self.sentence_of(pos)]
        name = self.name_between(st, pos)
        return name if name is not None and name.start - st < 4 else None

    def defer_contact_scan(self, scan: Callable[[str, SpeakerBook, int], None], text: str,
                           shift: int) -> None:
        """Keep ``scan``, which records the organisations ``text`` says were contacted (with
        note_contacted), until a spokesperson for no one named asks for one: most texts never
        do. (Kept as data: a closure over the book would make it a cycle only the garbage
        collector frees.)"""
        self._contact_scans.append((scan, text, shift))

    def note_contacted(self, at: int, name: str) -> None:
        """Record an organisation a sentence says was contacted ("The Ledger contacted the
        ministry"): a spokesperson in that sentence or the next may speak for it."""
        insort(self._contacted, (at, name), key=_FIRST)

    def _subject_org(self, pos: int, contacted: bool = False) -> str | None:
        """Return the organisation that opens the sentence of ``pos`` or the one before, or
        with ``contacted`` (for a spokesperson, not for "it") one contacted there after it,
        closer to ``pos``."""
        subject = self._opening_org(pos, 1)
        if not contacted:
            return subject[1] if subject is not None else None
        here = self.sentence_of(pos)
        while self._contact_scans:
            scan, text, shift = self._contact_scans.pop()
            scan(text, self, shift)
        i = bisect_left(self._contacted, pos, key=_FIRST) - 1
        if i >= 0 and self.sentence_of(self._contacted[i][0]) >= here - 1 and (
                subject is None or self._contacted[i][0] > subject[0]):
            at, name = self._contacted[i]
            if name in _POSSESSIVES:
                # "I reached out to her office": the person "her" points back to
                owner = self._possessive_owner(name, at)
                return owner.name if owner is not None else None
            return name
        return subject[1] if subject else None

    def _possessive_owner(self, possessive: str, at: int) -> _Entity | None:
        """Return the person "his" or "her" at ``at`` points back to, or None."""
        ref = self._possessive_ref(possessive, at, at + len(possessive), possessive, at,
                                   people_only=True)
        return ref if ref is not None and ref.type is SpeakerType.PERSON else None

    def _possessive_ref(self, possessive: str, start: int, end: int, text: str, pos: int,
                        people_only: bool = False) -> _Entity | None:
        """Return the one ``possessive`` ("his", "its", "their" …) points back to, read as its
        pronoun in the mention ``text`` at start..end."""
        pronoun = _POSSESSIVES[possessive]
        return self._resolve_pronoun(Phrase(start, end, text, MentionForm.PRONOUN,
                                            gender=PRONOUNS[pronoun], plural=pronoun == "they"),
                                     pos, people_only=people_only)

    def _owner_spoken_for(self, phrase: Phrase, pos: int) -> _Entity | None:
        """"Her spokesman's answer: …", "his spokeswoman said": the person the possessive
        points back to speaks through them, as with "a spokesman for Ann Boyd"; None when
        it points back to no one."""
        words = phrase.text.lower().split()
        if len(words) != 2 or words[0] not in ("his", "her"):
            return None
        owner = self._possessive_owner(words[0], phrase.start)
        if owner is None:
            return None
        return self._resolve_name(Phrase(phrase.start, phrase.end, phrase.text,
                                         MentionForm.NAME, name=owner.name,
                                         gender=owner.gender), pos)

    # -- lookups
    def _person_by_name(self, name: str, pos: int) -> _Entity | None:
        key = _name_key(name)
        if not key:
            return None
        suffix = generation(name)
        best = None
        # Only people filed under the word the tests below compare (in the order they were
        # made, as the loop over every speaker read them): key[0] for a surname alone (their
        # first or last word), else key[-1] (their last word).
        for e in self._people_by_word.get(key[0] if len(key) == 1 else key[-1], ()):
            ek = _name_key(e.name)
            if not ek:
                continue
            if len(key) == 1:
                if suffix and suffix != generation(e.name):
                    continue  # "Trump Jr." is the one named with "Jr."
                if key[0] == ek[-1] and (best is None or _name_key(best.name)[-1] != key[0]):
                    best = e  # the first person with that surname
                elif len(ek) > 1 and key[0] == ek[0] and best is None:
                    best = e
            elif key[-1] == ek[-1] and (len(ek) == 1 or _same_first(key[0], ek[0])) \
                    and suffix in ("", generation(e.name)):
                # A suffix tells a son from his father; its absence tells nothing, since
                # news drops it ("Brent Bozell, Jr." reads as "Brent Bozell").
                return e
        return best

    def _full_name(self, name: str, pos: int, gender: str | None = None) -> Phrase | None:
        """The richest earlier (or, failing that, later) mention of a surname in the text: the
        last word or words of a longer name, or a middle word of one ("Lula"); of
        ``gender``, when given, among people who share the surname ("Ms. Whitfield" after
        "Edward Whitfield" and "his daughter, Clara Whitfield")."""
        key = _name_key(name)
        if len(key) == 2:
            # "López Obrador" after "Andrés Manuel López Obrador": a longer name's last words
            return self._two_last.get(key)
        if len(key) != 1:
            return None
        cands = self._full_names.get(key[0]) or self._middle_names.get(key[0], [])
        distinct = {_name_key(p.name) for p in cands}
        if len(distinct) == 1:
            return max(cands, key=lambda p: len(p.name))
        # Two people share the surname ("Donald Trump", "Eric Trump"): news style keeps the
        # bare surname for the one introduced first and names the other in full, and an
        # honorific tells which one it means ("Mrs Reyes" after "Tom Reyes and his wife,
        # Maria Reyes").
        if gender in ("male", "female") and len(distinct) > 1 and \
                _gender_told(cands[0]) not in (None, gender):
            fits = next((p for p in cands if _gender_told(p) == gender), None)
            if fits is not None:
                return fits
        return cands[0] if cands else None

    def _given_full(self, name: str, pos: int) -> Phrase | None:
        """The one person named in full before ``pos`` whose given name ``name`` is, when
        no one is named with it as a surname: "Will" after "Will Hartigan coaches …" (a
        given name that is a common word, too), "Ann" after "Ann Boyd"; None when two
        people share it."""
        key = _name_key(name)
        if len(key) != 1:
            return None
        found = None
        for first, longest in self._given_names.get(key[0], {}).values():
            if first >= pos:         # the people are in the order they were first named
                break
            if found is not None:
                return None
            found = longest
        return found

    # -- resolution
    def resolve(self, phrase: Phrase, pos: int, quoted: str = "") -> _Entity | None:
        """Return the speaker a phrase points at, creating it when it is new. ``quoted``: the
        words of the quote the phrase reports, if any (see _titled_in)."""
        key = (phrase.start, phrase.end)
        if key not in self._resolved:  # two rules may read the same words
            self._resolved[key] = self._resolve(phrase, pos, quoted)
        return self._resolved[key]

    def resolve_answer(self, phrase: Phrase, pos: int, asker_key: str) -> _Entity | None:
        """Resolve a he or she that reports the answer to a question the speaker with
        ``asker_key`` just put ("“…?” a reporter asked Tom Weller. “…,” he replied"): anyone
        the pronoun fits but the asker, or None when no one else does."""
        asker = self._by_key(asker_key)
        if asker is None or phrase.form is not MentionForm.PRONOUN or \
                phrase.gender not in ("male", "female"):
            return None
        keys = {_name_key(a) for a in asker.aliases}

        def is_asker(ref) -> bool:
            return ref is asker or isinstance(ref, Phrase) and ref.form is MentionForm.NAME \
                and _name_key(ref.name or "") in keys

        found = self._resolve_pronoun(phrase, pos, skip=is_asker)
        if found is not None:
            self._resolved[(phrase.start, phrase.end)] = found
        return found

    def _resolve(self, phrase: Phrase, pos: int, quoted: str = "") -> _Entity | None:
        found = None
        if quoted and phrase.form is FORM_PRONOUN and phrase.gender in ("male", "female"):
            # "“… whether Senator Boyd's message could carry the state …,” he said": nobody
            # speaks of himself by title and surname, so "he" is someone else, if anyone fits
            found = self._resolve_pronoun(phrase, pos, skip=lambda ref: _titled_in(ref, quoted))
        if found is None and quoted and phrase.form is FORM_NAME and \
                phrase.text == phrase.name and " " not in phrase.text and \
                self._speaks_for_a_firm(phrase.text, quoted, phrase.start):
            found = self._resolve_org(phrase.text, pos)
        if found is None:
            found = self._resolve_form(phrase, pos)
        if found is None:
            # Nobody to point back to ("it said", "I said" in a first-person piece): keep
            # the words as written rather than guess.
            found = self._new(SpeakerType.UNKNOWN, phrase.text, gender=phrase.gender,
                              plural=phrase.plural)
            found.aliases.append(phrase.text)
        return found

    def _name_words(self) -> frozenset[str]:
        """Return every word of the person names noted so far (read once per count)."""
        if self._name_words_read[0] != len(self._known_names):
            self._name_words_read = (len(self._known_names), frozenset(
                w for _, p, _ in self._known_names for w in _name_key(p.name or "")))
        return self._name_words_read[1]

    def _speaks_for_a_firm(self, word: str, quoted: str, at: int) -> bool:
        """Tell whether one capitalised word that reports a quote is a firm's or a body's
        name ("“We are disappointed,” Nvidia said."): the text names no person with it (news
        names a person in full before the surname alone), it is no given name, a sentence
        opens with it as a firm's name does ("Nvidia raised …": note_lone_subject), and the
        quote speaks as "we", never as "I"."""
        opens = self._firm_subjects.get(word)
        if not opens or len(opens) == 1 and at in opens:
            return False    # no other sentence opens with it as a firm's name does
        low = word.lower()
        if not (word.isalpha() or _hyphened(word)) or low in self._full_names or \
                low in self._people_by_word or low in self._surname_gender or \
                low in self._given_names or low in self._middle_names or \
                census_given_name(low) or low in GIVEN_NAMES or \
                self._person_by_name(word, at) is not None or \
                low in self._name_words():
            return False    # ("President Boyd" before: a person's surname)
        said = set(quoted.lower().replace("’", "'").translate(_WORD_BREAKS).split())
        return not said.isdisjoint(_WE_WORDS) and said.isdisjoint(_I_WORDS)

    def _resolve_form(self, phrase: Phrase, pos: int) -> _Entity | None:
        form = phrase.form
        if form is FORM_NAME:
            return self._resolve_name(phrase, pos)
        if form is MentionForm.ORGANIZATION:
            e = self._resolve_org(phrase.name or phrase.text, pos)
            if phrase.plural:
                e.plural = True     # "the two ministries"
            if phrase.name and phrase.text.startswith(("the ", "The ")) and \
                    len(phrase.text) > len(phrase.name) + 5:
                noun = phrase.text[4:-len(phrase.name) - 1]
                if noun in _FIRM_OR_BODY_NOUNS:
                    # "the regulator Ofgem said … the regulator added": its noun names it
                    self._org_by_last[noun] = (len(self.entities), e)
            return e
        if form is MentionForm.PRONOUN:
            return self._resolve_pronoun(phrase, pos)
        bare = [w for w in phrase.text.split() if w.lower() not in HONORIFICS]
        if len(bare) == 1 and bare[0][:1].isupper() and self._full_name(bare[0], pos):
            # "Mr. King", "King" after "Charlie King": a surname that is also a title or
            # role word is the person named in full with it
            return self._resolve_name(Phrase(phrase.start, phrase.end, phrase.text,
                                             MentionForm.NAME, name=bare[0],
                                             gender=phrase.gender), pos)
        if form is MentionForm.TITLE:
            return self._resolve_role(phrase, pos)
        return self._resolve_description(phrase, pos)

    def _resolve_name(self, phrase: Phrase, pos: int) -> _Entity:
        name = phrase.name or phrase.text
        words = name.split()
        firm = self._firms.get(name.lower()) if self._firms else None
        if firm is not None and self._full_name(name, pos) is None and \
                self._person_by_name(name, pos) is None:
            # "Harbor Mills said" after "Harbor Mills Inc.", "Nordvik said" after "Shares of
            # Nordvik": the firm, unless the text names a person so
            return self._resolve_org(firm, pos)
        if name.lower() in _CAPITALS_AND_SURNAMES and self._full_name(name, pos) is None and \
                self._person_by_name(name, pos) is None:
            # "Washington urged restraint": the government, unless the text names a person so
            return self._resolve_org(name, pos)
        if len(words) == 2 and words[0].lower() in FIRST_NAME_HONORIFICS:
            # "Sir Keir" after "Keir Starmer": British honours go with the first name
            # ("Sir Graham" after "Sir Graham Lowe": the honour may be written in the name)
            full = next((longest for _, longest in
                         self._given_names.get(words[1].lower(), {}).values()), None)
            if full is not None:
                return self._resolve_name(Phrase(phrase.start, phrase.end, phrase.text,
                                                 MentionForm.NAME, name=full.name,
                                                 gender=full.gender or phrase.gender), pos)
        # A bare surname means the person the text names in full with it ("Trump" after
        # "Donald Trump"), even when a relative with that surname spoke earlier.
        full = self._full_name(name, pos, phrase.gender) \
            if len(_name_key(name)) <= 2 and not generation(name) else None
        e = self._person_by_name(full.name if full is not None else name, pos)
        if e is None and full is None:
            full = self._given_full(name, pos)
            if full is not None:
                e = self._person_by_name(full.name, pos)
        if e is None:
            richest = full if full is not None else phrase
            e = self._new(TYPE_PERSON, richest.name, gender=richest.gender or phrase.gender)
            if richest.role:
                self._add_role(e, richest.role)
            elif full is None:
                # "President Boyd had reason to smile. … Boyd said": the title written with
                # the bare surname before is the role of the one who speaks by it
                self._add_titles_of(e, name, pos)
            if richest is not phrase:
                e.aliases.append(richest.name)
        if len(name.split()) > len(e.name.split()):
            e.name = name
            self._index_person(e)
        if phrase.role and phrase.role not in e.roles:
            self._add_role(e, phrase.role)
        if name not in e.aliases:
            e.aliases.append(name)
        e.gender = e.gender or phrase.gender
        return e

    def _resolve_org(self, name: str, pos: int) -> _Entity:
        norm = name.lower().removeprefix("the ").strip()
        # the latest organisation speaker of that name, or ending with that one word
        known = [self._org_by_name.get(norm)]
        if len(norm.split()) == 1:
            known.append(self._org_by_last.get(norm))
        latest = max((k for k in known if k is not None), default=None, key=_FIRST)
        if latest is not None:
            return latest[1]
        spelled = self._by_initials(name.removeprefix("the ").removeprefix("The "), pos)
        if spelled is not None:
            return spelled
        named = self._named_org(norm, pos) if norm.isalpha() and norm in ORG_NOUNS and \
            name.split()[-1].islower() else None
        if named is None and norm in _COLLECTIVES and name.split()[-1].islower():
            # a band's or a club's name, or a firm's alone ("Unilever cut jobs. … the group
            # said", "Hartley confirmed the signing. … the club said")
            named = self._collective_named(pos) or self._lone_firm(pos)
        if named is None and norm in _FIRM_TRADE_NOUNS and name.split()[-1].islower():
            named = self._lone_firm(pos)    # "Ryanair cut its forecast. … the airline said"
        if named is None and norm in _BODY_NOUNS and name.split()[-1].islower():
            # "Frontex sent more boats. … the agency said", "NASA delayed the launch. …"
            opening = self._opening_org(pos, 1, named=True)
            named = self._lone_firm(pos) or (opening[1] if opening is not None else None)
        if named is None and norm.isalpha() and name.split()[-1][:1].isupper():
            named = self._longer_name_ending(norm, pos)
        if named is None and " " in norm and _firm_major(["the", *norm.split()]):
            # "the oil major": a firm's epithet, as "the oil company" is
            norm = norm.removesuffix("major") + "company"
        if named is None and " " in norm and name.split()[-1].islower() and \
                _EPITHET.fullmatch(norm):
            # "the French carmaker", "the Swiss food giant", "the US company": a firm's
            # epithet, its nationality or trade before its noun, means the firm named before
            # as the noun alone would (none: the epithet names one of its own)
            head = norm.rpartition(" ")[2]
            named = self._named_org(head, pos)
            if named is None and head in _COLLECTIVES:
                named = self._collective_named(pos) or self._lone_firm(pos)
            if named is None and head in _FIRM_TRADE_NOUNS:
                named = self._lone_firm(pos)
            if named is None and head in _BODY_NOUNS:
                # "NASA delayed the launch. … the space agency said", as "the agency" does
                opening = self._opening_org(pos, 1, named=True)
                named = self._lone_firm(pos) or (opening[1] if opening is not None else None)
        if named is None and " " in norm and norm.rpartition(" ")[2] in _CLUB_NOUNS and \
                name.split()[-1].islower() and all(
                    w[:1].isupper() for w in name.removeprefix("the ").split()[:-1]):
            # "Harlow Rovers sacked their manager. … the Championship side said", "the
            # Premier League club": the club named last, as "the club" is
            named = self._collective_named(pos) or self._lone_firm(pos)
        if named is None and norm.endswith(" " + _MAKER) and name.endswith(_MAKER):
            # "Apple reported record sales. … the iPhone maker said": the firm named last,
            # as "the company" is
            named = self._lone_firm(pos) or self._named_org("company", pos)
        if named is not None and named.lower().removeprefix("the ") != norm:
            e = self._resolve_org(named, pos)
            if name not in e.aliases:
                e.aliases.append(name)
            return e
        e = self._new(SpeakerType.ORGANIZATION, name.removeprefix("the ").removeprefix("The "),
                      gender="plural")
        e.aliases.append(e.name)
        return e

    def _longer_name_ending(self, word: str, pos: int) -> str | None:
        """Return the latest organisation or body named before ``pos`` in more words the
        last of which is ``word`` (lower case): "the Herons" after "The Portland Herons",
        "the Post" after "The Washington Post"; None when there is none."""
        # both lists are in text order: the latest fit of each is the last before pos
        found = [next(((at, name) for at, name in reversed(named)
                       if at < pos and " " in name), (-1, None))
                 for named in (self._orgs_by_last.get(word, ()),
                               self._bodies_by_last.get(word, ()))]
        return max(found, key=_FIRST)[1]

    def _by_initials(self, name: str, pos: int) -> _Entity | None:
        """Return the organisation speaker that an organisation's initials or full name also
        name ("the WHO" and "the World Health Organization"), or None: one that spoke named
        the other way, else, for initials, a new one when the text writes the name in full.
        Both forms are its aliases."""
        if _is_initials(name):
            for low, (_, e) in self._org_by_name.items():
                if " " in low and _initialed(e.name, name):
                    return self._also_named(e, name)
            full = next((n for _, n, _ in self._orgs if " " in n and _initialed(n, name)),
                        None)
            if full is None:
                return None
            e = self._new(SpeakerType.ORGANIZATION, full, gender="plural")
            e.aliases.append(full)
            return self._also_named(e, name)
        if " " not in name:
            return None
        letters = _initials_of(name)
        made = self._org_by_name.get(letters.lower()) if len(letters) > 1 else None
        if made is None or made[1].name != letters:
            return None
        return self._also_named(made[1], name)

    def _also_named(self, e: _Entity, name: str) -> _Entity:
        """Record ``name``, its initials or its full name, as another name of the organisation
        speaker ``e``: the speaker is then named as a first reference is written, "World
        Health Organization (WHO)", whichever form it spoke under."""
        e.aliases.append(name)
        self._org_by_name.setdefault(name.lower(), (len(self.entities), e))
        if _is_initials(name):
            e.initials = name
        else:
            e.initials, e.name = e.name, name
        return e

    def _role_holder(self, phrase: Phrase, pos: int) -> _Entity | Phrase | None:
        """Return who holds the role of a role noun ("the senator"): the latest speaker
        introduced with it, else the latest name written with it before ``pos``, else None.
        Not someone holding another place's office ("President Trump" is not "the Russian
        president"), nor another body's spokesperson ("the Treasury spokeswoman")."""
        head = (phrase.head or "").lower()
        place = _place_of(phrase.text)
        below = _lower_office(phrase.text, head)
        # The latest speaker first, among those who can be it: the ones with the role's word
        # (or its abbreviation) in a role and, for a spokesperson, the organisations.
        filed = [found for w in (head, *_ROLE_ABBREVIATIONS.get(head, ())) if head
                 for found in [self._by_role_word.get(w)] if found]
        if head in SPOKESPEOPLE and self._organisations:
            filed.append(self._organisations)
        latest_first = heapq.merge(*(reversed(f) for f in filed), key=_MADE, reverse=True) \
            if len(filed) > 1 else reversed(filed[0]) if filed else ()
        last = None
        for e in latest_first:
            if e is last:
                continue      # in two of the lists (merged, its two places are adjacent)
            last = e
            if e.type is SpeakerType.ORGANIZATION:
                if head in SPOKESPEOPLE and _spoken_for(e, None):
                    return e   # "the spokesperson" again: the organisation they spoke for
                continue
            if e.type is SpeakerType.PERSON and e.gender and phrase.gender \
                    and e.gender != phrase.gender:
                continue
            if not head:
                continue
            roles = _roles_of(e)
            if _holds_role(head, roles, below) and not (place and _other_place(place, roles)) \
                    and not _other_institution(phrase.institution, roles):
                return e
        for at, p, _ in reversed(self._known_names):
            if at < pos and p.role and _holds_role(head, p.role, below) and not (
                    place and _other_place(place, p.role)) and \
                    not _other_institution(phrase.institution, p.role):
                return p
        return None

    def _resolve_role(self, phrase: Phrase, pos: int) -> _Entity:
        head = (phrase.head or "").lower()
        place = _place_of(phrase.text)
        below = _lower_office(phrase.text, head)

        def another_holds(ref) -> bool:
            # someone holding another place's office: "President Trump" is not "the Russian
            # president"
            return _other_place(place, _roles_of(ref))

        def other_office(ref) -> bool:
            # someone holding the office below or above it, and not it: the vice president is
            # not "the former president"
            levels = _office_levels(head, _roles_of(ref))
            return below not in levels and bool(levels)
        best = self._role_holder(phrase, pos)
        if isinstance(best, Phrase):
            return self._resolve_name(best, pos)
        if best is None and phrase.institution and head in _SPEAKS_FOR:
            # "the Harbor Authority spokesman", "the spokeswoman for the union", named by no
            # one before: the institution speaks, as through "a Harbor Authority spokesman"
            return self._resolve_description(phrase, pos)
        def person_before(skip: Callable[[object], bool] | None) -> _Entity | None:
            # the description points back as a pronoun does, to a person, past the names
            # its own sentence mentions in passing
            return self._resolve_pronoun(Phrase(phrase.start, phrase.end, phrase.text,
                                                MentionForm.PRONOUN,
                                                gender=phrase.gender or "person"), pos,
                                         people_only=True, skip=skip, passing=False)
        if best is None and place:
            best = person_before(another_holds)
        if best is None and ("year-old" in phrase.text or head in _EPITHETS
                             or head.startswith(PARENT_OF) or (
                phrase.text.lower().startswith("the former ") and head not in _UNNAMED_HEADS
                and head not in SPOKESPEOPLE)):
            # "the 81-year-old", "the Democrat", "the front-runner", "the former prime
            # minister", "the Ukrainian leader": news names a person once and then describes
            # them; the description points back as a pronoun does
            best = person_before(other_office)
        if best is None and (head in TRADE_EPITHETS and (phrase.text[1:].islower() or all(
                w.islower() or w.lower() in NATIONALITIES or head in SPORT_TRADES
                for w in phrase.text.split()[1:])) or (head in SPORT_OFFICES or
                                                       head in PLACE_PEOPLE)
                and team_before(phrase.text)):
            # ("the veteran opener", or "The singer" opening a sentence, "the Portuguese
            # forward", "the British athlete", "the Bayern Munich forward": a player's team;
            # not "the Lincoln actor", an actor known for a part)
            best = person_before(None if head in PLACE_PEOPLE else
                                 lambda ref: bool(_roles_of(ref)) and
                                 not _trade_fits(head, _roles_of(ref).lower()))
        if best is None and phrase.text.lower().removeprefix("the ") in SOLE_OFFICES:
            # "Maria Olsen signed the bill. “…,” the governor said.": an office no one was
            # named with, just after the one person the text has been following
            best = self._sole_subject_before(pos, phrase.gender)
        if head in UNNAMED_SUBJECT_HEADS and (best is None or isinstance(best, _Entity)):
            # an unnamed source who opened a sentence after the one who holds the role spoke
            # last is the one meant ("“…,” one source said. Asked to confirm it, a second
            # source did so: “…,” the source said"): the nearer of the two
            last = max((at for at in best.spoke_at if at < pos), default=-1) \
                if best is not None else -1
            best = self._unnamed_subject(head, pos, after=last) or best
        if best is not None:
            if phrase.text not in best.aliases and best.type is not SpeakerType.PERSON:
                best.aliases.append(phrase.text)
            return best
        text = phrase.text
        e = self._new(SpeakerType.ANONYMOUS if head in _UNNAMED_HEADS else SpeakerType.UNKNOWN,
                      text, gender=phrase.gender)
        self._add_role(e, text)
        e.aliases.append(text)
        return e

    def _resolve_description(self, phrase: Phrase, pos: int) -> _Entity | None:
        if phrase.head in DOCUMENT_NOUNS and phrase.institution is None:
            owner = self._channel_owner(phrase, pos)
            if owner is not None:
                return owner
            if phrase.head in ("website", "site") and phrase.text.lower() == "the " + phrase.head:
                # "Shopwise.com pulled it. … the website said": the site named by its address
                named = self._named_org(phrase.head, pos)
                if named is not None:
                    return self._resolve_org(named, pos)
        if phrase.head in DOCUMENT_NOUNS and phrase.head not in PERSON_ROLE_NOUNS \
                and (phrase.head not in ORG_NOUNS or phrase.institution is None):
            return None     # a written source no one is named with: kept as written
        institution = phrase.institution
        if institution is None and phrase.head in SPOKESPEOPLE:
            owner = self._owner_spoken_for(phrase, pos)
            if owner is not None:
                return owner
            # "The State Department did not respond. A spokesperson later said …"
            institution = self._subject_org(pos, contacted=True)
            if institution is None:
                institution = self._lone_firm(pos)   # "Ryanair cut two routes. … a spokesman"
        if institution and phrase.head in _SPEAKS_FOR:
            # (not "a Clinton campaign spokesman": the campaign speaks)
            person = None if any(w in ORG_NOUNS and w not in _SPEAKS_FOR
                                 for w in phrase.text.lower().split()) \
                else self._person_spoken_for(institution, pos)
            if person is not None:
                # "a spokesperson for Sen. Ann Boyd": her words, through her office
                return self._resolve_name(Phrase(phrase.start, phrase.end, phrase.text,
                                                 MentionForm.NAME, name=person.name,
                                                 gender=person.gender), pos)
            office = institution.lower().removeprefix("the ")
            if office in PERSON_ROLE_NOUNS and office not in ORG_NOUNS and \
                    office not in SPOKESPEOPLE and office.isalpha() and institution.islower():
                # "Governor Ann Boyd … a spokesman for the governor": her words, through an
                # aide, as for "a spokesman for Ann Boyd" (with no holder named, the office
                # speaks as before)
                holder = self._role_holder(Phrase(phrase.start, phrase.end, f"the {office}",
                                                  MentionForm.TITLE, role=f"the {office}",
                                                  head=office), pos)
                if isinstance(holder, Phrase):
                    return self._resolve_name(holder, pos)
                if holder is not None and holder.type is SpeakerType.PERSON:
                    return holder
            e = self._resolve_org(institution, pos)
            if phrase.text not in e.roles:
                self._add_role(e, phrase.text)
            return e
        if phrase.institution and phrase.head in ORG_NOUNS and phrase.head not in \
                PERSON_ROLE_NOUNS and not phrase.plural:
            # "Powell’s office", "Boyd's campaign": an organisation, named as written
            return self._resolve_org(phrase.text, pos)
        e = self._new(SpeakerType.ANONYMOUS, phrase.text, gender=phrase.gender,
                      plural=phrase.plural)
        self._add_role(e, phrase.text)
        e.aliases.append(phrase.text)
        return e

    def _channel_owner(self, phrase: Phrase, pos: int) -> _Entity | None:
        """Return whose channel a written source was put out on, "a statement on its
        website", "a post on her website": the one the possessive points back to (an
        organisation for "its"), or None when it points back to no one. Not "a report on its
        finances", which is about it."""
        words = phrase.text.lower().split()
        if len(words) < 4 or words[-1] not in _OWN_CHANNELS:
            return None
        at = next((i for i in range(2, len(words) - 1) if words[i] in _POSSESSIVES), None)
        if at is None or words[at - 1] not in ("on", "in") or \
                words[at - 2] != phrase.head or len(words) - at > 3:
            return None
        return self._possessive_ref(words[at], phrase.start, phrase.end, phrase.text, pos)

    def _person_spoken_for(self, words: str, pos: int) -> Phrase | None:
        """Read the one a spokesperson speaks for as a person when something says it is one:
        a title ("Sen. Ann Boyd"), a known first name ("Ann Boyd"), or a person the text
        names ("Boyd" after "Ann Boyd"); otherwise it is an organisation ("Goldman Sachs")."""
        parts = words.split()
        named = read_phrase(word_tokens(parts), " ".join(parts))
        if named is None or named.form is not MentionForm.NAME or _is_org_name(parts):
            return None
        first = named.name.split()[0].lower()
        if named.role or first in GIVEN_NAMES or self._full_name(named.name, pos) is not None \
                or self._person_by_name(named.name, pos) is not None:
            return named
        return None

    def _resolve_pronoun(self, phrase: Phrase, pos: int, people_only: bool = False,
                         skip: Callable[[object], bool] | None = None,
                         passing: bool = True) -> _Entity | None:
        """Resolve he/she/they: the latest sentence that mentions a person of the right
        gender decides, and within it a speaker it reports or quotes wins over its subject,
        which wins over names mentioned in passing. Names inside quotes never count.
        "It" is an organisation that spoke in the last three sentences ("…,” the company
        said. It added: …"). With ``passing`` false, a name mentioned in passing in the
        sentence of ``pos``, before it, is not meant (see ``_antecedent``)."""
        g = phrase.gender
        here = self.sentence_of(pos)
        if g == "neuter":
            for i in range(bisect_left(self._mentions, pos, key=_FIRST) - 1, -1, -1):
                _, sent, _, ref = self._mentions[i]
                if sent < here - 3:
                    break
                if isinstance(ref, _Entity) and ref.type is SpeakerType.ORGANIZATION:
                    return ref
            # else the organisation that is the subject of this sentence or the one before
            # ("The Water Authority released a report. “…,” it said.")
            name = self._subject_org(pos)
            if name is None:
                # or a firm's one word that opened it ("Tesco said profits fell. “…,” it
                # said."): "it" is no person
                name = self._lone_firm(pos)
            return self._resolve_org(name, pos) if name is not None else None
        if g in ("self", "plural_self"):
            return None
        which = phrase.text.lower().split()[-1]
        if which in _ORDINAL_PRONOUNS and phrase.text.lower().startswith("the "):
            return self._of_last_two(_ORDINAL_PRONOUNS[which], pos)
        ref = self._antecedent(g, pos, people_only, skip=skip, passing=passing)
        if ref is None and g == "plural" and not people_only:
            # no people for "they": the body that opens this sentence or the one before, as
            # British copy calls one ("The Conservatives said the plan was unaffordable.
            # “…,” they said.")
            name = self._subject_org(pos)
            return self._resolve_org(name, pos) if name is not None else None
        return None if ref is None else self._entity_of(ref, pos)

    def _of_last_two(self, back: int, pos: int) -> _Entity | None:
        """Return the last (``back`` 0: "the latter") or the one before (1: "the former") of
        the last two people named before ``pos`` in the sentences a pronoun reaches, or None
        when fewer than two are."""
        here = self.sentence_of(pos)
        seen: list[object] = []
        keys: set[tuple[str, ...]] = set()
        for i in range(bisect_left(self._mentions, pos, key=_FIRST) - 1, -1, -1):
            _, sent, _, ref = self._mentions[i]
            if sent < here - _PRONOUN_REACH:
                break
            if isinstance(ref, (PronounSubject, NamedPair, RoleSubject)) or \
                    not _personal(ref):
                continue
            key = _name_key(ref.name or "")
            if key and key[-1:] not in keys:
                keys.add(key[-1:])
                seen.append(ref)
                if len(seen) > back:
                    return self._entity_of(seen[back], pos)
        return None

    def _antecedent(self, g: str | None, pos: int, people_only: bool,
                    reach: int = _PRONOUN_REACH,
                    skip: Callable[[object], bool] | None = None,
                    passing: bool = True) -> object:
        """Return the mention (a name read in the text, or a speaker) that a he, she or they
        at ``pos`` points back to from at most ``reach`` sentences before, or None (see
        _resolve_pronoun). Mentions ``skip`` tells true for are passed over, and with
        ``passing`` false so are the names mentioned in passing in the sentence of ``pos``:
        a role or epithet that is its sentence's subject ("In a chat with Tom Reyes, the
        actor …") is not someone its opening phrase names."""
        here = self.sentence_of(pos)
        latest: list[tuple[int, int, object]] = []   # (offset, rank, mention)
        latest_sentence = None
        # Walk back from the pronoun through the last few sentences (mentions are in order),
        # over _ANTECEDENT_MENTIONS mentions at most: a text with no sentence break the
        # splitter sees ("“x,” they said. “y,” they said. …", lower case after each mark)
        # is one sentence, which every pronoun walked back over whole (quadratic).
        last = bisect_left(self._mentions, pos, key=_FIRST) - 1
        for i in range(last, max(-1, last - _ANTECEDENT_MENTIONS), -1):
            at, sent, subject, ref = self._mentions[i]
            if sent < here - reach or (latest_sentence is not None and sent < latest_sentence):
                break
            if not passing and sent == here and subject == MENTIONED:
                continue
            if isinstance(ref, PronounSubject):
                # "She resigned after Boyd grabbed her. On Twitter, she wrote …": the earlier
                # "she" is the subject, and the one she points back to is meant
                if ref.gender != g or sent == here:
                    continue
                ref = self._referent(ref)
                if ref is None:
                    if not latest:
                        return None   # the same unknown "she" as before: not anyone older
                    continue
            elif isinstance(ref, RoleSubject):
                # "The minister struck a defiant tone. “…,” she said.": whoever holds the
                # office, named or not
                # (not "One pastor said …" after "Joseph Brown, a pastor": someone new, as
                # the indefinite article says; the one holding an office is meant only for
                # the unnamed sources and spokespeople, whose words say whose they are)
                ref = ref if ref.phrase.plural or _someone_new(ref.phrase) \
                    else self._role_holder(ref.phrase, at) or ref
            if self._fits(g, ref) and (not people_only or _personal(ref)) and \
                    (skip is None or not skip(ref)):
                latest_sentence = sent
                latest.insert(0, (at, subject, ref))
        if not latest:
            return None
        top = max(m[1] for m in latest)
        ranked = [ref for _, rank, ref in latest if rank == top]
        # The first of the highest rank; a named person before an unnamed one ("When someone
        # in the audience shouted, “…,” Beck joked, “…”. He went on …" is about Beck).
        chosen = next((r for r in ranked if _personal(r)), ranked[0])
        if isinstance(chosen, RoleSubject) and chosen.phrase.form is not MentionForm.DESCRIPTOR:
            # (not "A spokeswoman for the bank declined …": someone new, not one named before)
            # "Ann Boyd arrived late. The minister struck a defiant tone. “…,” she said.": the
            # minister may be Boyd described again, so the person named before (within the
            # reach left) is meant, unless something says the office is someone else's
            role = chosen.phrase
            left = reach - (here - self.sentence_of(role.start))
            older = self._antecedent(g, role.start, people_only, left, skip, passing=False) \
                if left >= 0 else None
            if older is not None and _personal(older) and not self._someone_else(older, role):
                return older
        return chosen

    def _someone_else(self, ref, role: Phrase) -> bool:
        """Tell whether the office a sentence's subject ``role`` names is not held by ``ref``,
        a person named before: "The other man", or a person known with another role."""
        if "other" in role.text.lower().split():
            return True
        roles = _roles_of(ref)
        return bool(roles) and not _holds_role(role.head or "", roles)

    def _fits(self, g: str | None, ref) -> bool:
        if isinstance(ref, NamedPair):
            return g == "plural"
        if isinstance(ref, RoleSubject):   # one person, of the office's gender if it has one
            if ref.phrase.plural:          # or a group: "The researchers published …"
                return g == "plural"
            return g in ("male", "female") and ref.phrase.gender in (None, g)
        if isinstance(ref, _Entity):
            gender, plural = ref.gender, ref.plural or ref.type is SpeakerType.ORGANIZATION
            if ref.type is SpeakerType.ORGANIZATION:
                # "she" after "a spokeswoman for the hospital said": the hospital
                return g == "plural" or g in ("male", "female") and _spoken_for(ref, g)
            if gender is None and ref.type is SpeakerType.PERSON:
                gender = _census_gender(ref.name)
        else:
            gender, plural = self._gender_of_name(ref), bool(ref.plural)
        if g == "plural":
            return plural or gender == "plural"
        if g == "person":   # one person of either gender
            return not plural and gender != "plural" and (
                not isinstance(ref, _Entity) or ref.type is SpeakerType.PERSON)
        return not plural and gender in (None, g)

    def _gender_of_name(self, phrase: Phrase) -> str | None:
        if phrase.gender:
            return phrase.gender
        key = _name_key(phrase.name or "")
        if not key:
            return None
        return self._surname_gender.get(key[-1]) or _census_gender(phrase.name)

    def _unnamed_subject(self, head: str, pos: int, after: int = -1) -> _Entity | None:
        """Return the unnamed source that opened a sentence shortly before ``pos`` (and after
        offset ``after``) with the role noun ``head`` ("A senior official, who spoke on
        condition of anonymity, said …", "A spokeswoman for Harbor Bank declined …"), for a
        later "the official" or "the spokeswoman"; or None."""
        here = self.sentence_of(pos)
        for i in range(bisect_left(self._mentions, pos, key=_FIRST) - 1, -1, -1):
            at, sent, _, ref = self._mentions[i]
            if sent < here - _PRONOUN_CHAIN_REACH or at <= after:
                break
            if isinstance(ref, RoleSubject) and ref.phrase.form is MentionForm.DESCRIPTOR \
                    and ref.phrase.head == head:
                return self.resolve(ref.phrase, ref.phrase.start)
        return None

    def _sole_subject_before(self, pos: int, gender: str | None) -> _Entity | None:
        """Return the person who is the subject of the sentence before ``pos`` or of its own
        sentence before it, when the two sentences name no one else, no "he", "she" or office
        is their subject, and the person is known with no role (a role would say whether
        they hold the office); else None."""
        here = self.sentence_of(pos)
        found, key, subject = None, None, False
        for i in range(bisect_left(self._mentions, pos, key=_FIRST) - 1, -1, -1):
            _, sent, rank, ref = self._mentions[i]
            if sent < here - 1:
                break
            if isinstance(ref, (PronounSubject, RoleSubject, NamedPair)) or not _personal(ref):
                return None
            last = _name_key(ref.name or "")[-1:]
            if found is not None and last != key:
                return None
            found, key, subject = found or ref, last, subject or rank >= SUBJECT
        if found is None or not subject or _roles_of(found) or not key or \
                not self._fits(gender or "person", found):
            return None
        return self._entity_of(found, pos)

    def _entity_of(self, ref, pos: int) -> _Entity:
        if isinstance(ref, NamedPair):
            ref = ref.first
        if isinstance(ref, RoleSubject):
            return self.resolve(ref.phrase, ref.phrase.start)
        return ref if isinstance(ref, _Entity) else self._resolve_name(ref, pos)

    def speaker_going_on(self, phrase: Phrase, pos: int) -> _Entity | None:
        """Return the person who spoke last when a role noun that nobody holds reports that
        someone "added" something right after ("Hunt told Sky News. The chancellor added:
        …"): news names a person, then varies the reference with their office; or None.
        Not when someone holds that role, nor when the one who spoke last is known with
        another role, is of the other gender, or spoke more than a sentence before."""
        head = (phrase.head or "").lower()
        if not head or head in _UNNAMED_HEADS or head in SPOKESPEOPLE or \
                self._role_holder(phrase, pos) is not None:
            return None
        last = max((e for e in self.entities if e.spoke_at), default=None,
                   key=lambda e: e.spoke_at[-1])
        if last is None or last.type is not SpeakerType.PERSON or \
                self.sentence_of(pos) - self.sentence_of(last.spoke_at[-1]) > 1:
            return None
        if last.gender and phrase.gender and last.gender != phrase.gender:
            return None
        roles = _roles_of(last)
        if roles and not _holds_role(head, roles, _lower_office(phrase.text, head)):
            return None
        return last

    def sentence_of(self, pos: int) -> int:
        """Return the index of the sentence that holds offset ``pos``."""
        return bisect_right(self.sentence_starts, pos) - 1

    def mark_spoke(self, entity: _Entity, pos: int, mention_at: int | None = None,
                   rank: int = SPEAKS) -> None:
        """Record that ``entity`` speaks a quote; its mention ranks ``rank`` in its sentence."""
        entity.spoke_at.append(pos)
        at = pos if mention_at is None else mention_at
        insort(self._mentions, (at, self.sentence_of(at), rank, entity), key=_FIRST)

    def speakers(self) -> tuple[Speaker, ...]:
        """Freeze the speakers for the extraction result."""
        out = []
        for e in self.entities:
            if e.type is TYPE_PERSON:  # the fullest title: "White House Press Secretary"
                titles = [r for r in e.roles if r.lower() not in HONORIFICS]
                role = max(titles, key=len) if titles else None
            elif e.type is SpeakerType.ORGANIZATION:
                role = None
            else:  # an unnamed source's role is the description it was introduced with
                role = e.roles[0] if e.roles else None
            name = f"{e.name} ({e.initials})" if e.initials else e.name
            out.append(Speaker(key=e.key, name=name, type=e.type, role=role,
                               aliases=tuple(dict.fromkeys(e.aliases)),
                               roles=tuple(dict.fromkeys(e.roles)), plural=e.plural))
        return tuple(out)


_SPOKESPEOPLE_GENDER = {"spokesman": "male", "spokeswoman": "female", "spokesperson": None,
                        "representative": None}


def _spoken_for(org: _Entity, gender: str | None) -> bool:
    """Tell whether the organisation ``org`` spoke last through one spokesperson ("a
    spokeswoman for the hospital", "a Treasury spokesman"), of ``gender`` when it is given
    and the noun tells one."""
    mention = org.last_mention
    if mention is None or mention.form is not MentionForm.DESCRIPTOR:
        return False
    for word in mention.text.lower().split():
        if word in _SPOKESPEOPLE_GENDER:
            told = _SPOKESPEOPLE_GENDER[word]
            return gender is None or told is None or told == gender
    return False


# Small words an organisation's initials leave out ("Federal Bureau of Investigation", FBI).
_NOT_INITIALED = frozenset({"of", "the", "for", "and", "&", "on", "in", "to"})


def _titled_in(ref, quoted: str) -> bool:
    """Tell whether ``quoted`` names the person ``ref`` (a name read in the text or a person
    speaker) by a title or honorific and their surname: "Senator Boyd's", "Mr. Boyd"."""
    if isinstance(ref, (PronounSubject, RoleSubject, NamedPair)) or not _personal(ref):
        return False
    key = _name_key(ref.name or "")
    if not key or key[-1] not in quoted.lower():
        return False
    words = quoted.replace("’s", "").replace("'s", "").split()
    return any(w.strip(",.;:!?“”\"'‘’()").lower() == key[-1] and i > 0 and (
        words[i - 1].lower() in TITLE_WORDS or words[i - 1].lower() in HONORIFICS)
        for i, w in enumerate(words))


def _is_initials(name: str) -> bool:
    """Tell whether a name is written as capital initials only ("WHO", "FBI")."""
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def _initials_of(name: str) -> str:
    """Return the initials of an organisation's full name ("WHO" for "World Health
    Organization"); "" when a word is not capitalized."""
    words = [w for w in name.split() if w.lower() not in _NOT_INITIALED]
    if not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _initialed(full: str, initials: str) -> bool:
    """Tell whether ``initials`` ("WHO", "UKHSA", "USDA") are those of the organisation's full
    name ``full``: the first letter of each word, or all of a short word in capitals ("UK
    Health Security Agency", "US Department of Agriculture")."""
    first = _initials_of(full)
    if not first or first == initials:
        return first == initials
    return "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in full.split()
                   if w.lower() not in _NOT_INITIALED) == initials


_MADE = attrgetter("made")


def _holds_role(head: str, roles: str, below: str | None = None) -> bool:
    """Tell whether the role words ``roles`` hold the role noun ``head``, written out or
    abbreviated ("the senator" is "Sen. Ann Boyd"), as the same office: "vice president" is
    not the office of "the former president", nor "president" that of "the vice president"
    (``below``: the word before ``head`` that makes the office a lower one, or None)."""
    return below in _office_levels(head, roles)


def _office_levels(head: str, roles: str) -> set[str | None]:
    """Return the levels at which the role words ``roles`` hold the office ``head``: the word
    that makes each place it is written a lower office ("vice"), or None for the office
    itself ("Vice President Ann Boyd, the party's president" holds both). Roles are joined
    by "; "; a role's complement is another's office ("an aide to the senator")."""
    low = roles.lower().replace(".", "")
    if head not in low and not any(a in low for a in _ROLE_ABBREVIATIONS.get(head, ())):
        return set()
    other = _ROLE_ABBREVIATIONS.get(head, ())
    levels = set()
    for role in low.split(";"):
        words = role.split()
        for i, w in enumerate(words):
            if w in _COMPLEMENT_STARTS:
                break
            if w == head or w in other:
                levels.add(words[i - 1] if i and words[i - 1] in _LOWER_OFFICES else None)
    return levels


# Words that open a role noun's complement, whose nouns are not the role's holder's offices
# ("a spokesman for the senator", "the wife of the mayor").
_COMPLEMENT_STARTS = frozenset({"for", "to", "with", "at", "of", "in"})


def _lower_office(phrase_text: str, head: str) -> str | None:
    """Return the word before ``head`` in a description that makes it a lower office
    ("vice" in "the vice president"), or None."""
    words = phrase_text.lower().split()
    at = words.index(head) if head in words else 0
    return words[at - 1] if at and words[at - 1] in _LOWER_OFFICES else None


def _given_of(key: tuple[str, ...]) -> str | None:
    """Return the given name of a full name's key, after an honour ("graham" for "Sir Graham
    Lowe"), or None for a name of one word (or an honour and one word)."""
    at = 1 if key and key[0] in FIRST_NAME_HONORIFICS else 0
    return key[at] if len(key) > at + 1 else None


def _same_first(a: str, b: str) -> bool:
    """Tell whether two first names can be the same person's (an initial matches)."""
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))

