"""Decide whether a speaker extracted from one article is a speaker already stored.

Pure Python: the caller loads the stored candidates (see ``identity_key``) and this module only
decides. When a decision would be a guess (two stored people fit equally well), it refuses and
says why, so the caller stores a new speaker instead of merging two people.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

import regex
from rapidfuzz.distance import OSA

from . import census_names
from .lexicon import GIVEN_NAMES, PERSON_ROLE_NOUNS
from .model import Speaker, SpeakerType

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case particles that belong to the surname: "von der Leyen", "de Gaulle", "bin Salman".
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du",
                               "la", "le", "ter", "bin", "al", "el", "ibn"})
# Words that say nothing about which office a role is: "the President of the Republic".
ROLE_STOPWORDS = frozenset({"the", "of", "a", "an", "for", "and", "s"})
ORGANIZATION_ARTICLES = frozenset({"the"})
# Titles and roles before a claimed speaker's name, which aliases need not hold ("Senator
# Ann Boyd", "campaign manager Ann Boyd", "CBS co-anchor Ann Boyd").
_TITLES = HONORIFICS | PERSON_ROLE_NOUNS | frozenset("""
president vice sen senator rep representative congressman congresswoman gov governor lt mayor
secretary minister premier chancellor judge justice gen general col capt sgt adm admiral
reverend pastor father rabbi imam king queen prince princess chairman chairwoman chair
speaker leader whip attorney prosecutor commissioner director chief ambassador spokesman
spokeswoman spokesperson ceo founder officer treasurer sheriff former acting lady professor
pope cardinal bishop archbishop""".split())

_DROPPED = regex.compile(r"[.'’`]+")          # "U.S." -> "US", "O'Brien" -> "OBrien"
_POSSESSIVE = regex.compile(r"['’]s\s*$")    # "Clinton's" -> "Clinton"
# Marks a claimed word that is a given name's initial (see claimed_name_words)
INITIAL = "*"
_SEPARATORS = regex.compile(r"[^\p{L}\p{N}]+")
_ASCII_NAME = str.maketrans({**{chr(c): " " for c in range(128) if not chr(c).isalnum()},
                             **dict.fromkeys(".'`")})    # deleted, as _DROPPED does


@dataclass(frozen=True)
class KnownSpeaker:
    """A stored speaker, as much of it as the identity decision needs."""

    id: int
    name: str
    type: SpeakerType
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """The decision: the stored speaker to reuse (or None) and why."""

    speaker_id: int | None
    reason: str
    candidates: tuple[int, ...] = field(default=())


# The name functions below are pure and the same names and roles recur in article after
# article: a bulk load decides the same speakers again and again, and each decision splits
# every stored candidate's name and role anew without these caches.
@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Return ``text`` case-folded, without accents or punctuation, single-spaced."""
    if text.isascii():
        # The same steps for ASCII, where NFKD and casefold change nothing but the case:
        # one translate drops _DROPPED and turns every other non-alphanumeric into a space.
        return " ".join(text.lower().translate(_ASCII_NAME).split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = _DROPPED.sub("", bare.casefold(), timeout=1.0)
    return " ".join(_SEPARATORS.split(bare, timeout=1.0)).strip()


def claimed_name_words(name: str) -> tuple[str, ...]:
    """Return the words of a claimed speaker that one alias of the speaker must hold.

    Titles, roles, honorifics and "the" in front ("President Trump", "Sen. Boyd",
    "campaign manager Ann Boyd", "the White House"), a possessive ("Clinton's"), middle initials ("Donald J. Trump") and, in a
    person's name (its first word a given name), middle names ("Hillary Rodham Clinton")
    are dropped: a stored alias need not carry them. A given name written as an initial
    ("H. Clinton") comes back as ``INITIAL`` after its letter: an alias word starting with
    it holds it. Folded as ``normalise_name`` folds aliases; at least one word is kept.
    """
    words = normalise_name(_POSSESSIVE.sub("", name)).split()
    # a generation ("Donald Trump Jr.") is kept, last: it tells two people apart
    suffix = [words.pop()] if len(words) > 1 and words[-1] in SUFFIXES else []
    # The name follows the last title or role that something follows: "White House Press
    # Secretary Karoline Leavitt", "Secretary of State Mary Ruiz", "Mr. King", "Clinton
    # adviser John Podesta"; not a surname after a given name ("John King", "Ann Baker")
    for i in range(len(words) - 2, -1, -1):
        if words[i] in _TITLES and not (i == 1 and is_given_name(words[0])):
            rest = words[i + 1:]
            if rest[0] in ("of", "for") and len(rest) > 2:
                rest = rest[2:]
            words = rest
            break
    else:
        while len(words) > 1 and words[0] in ORGANIZATION_ARTICLES:
            words.pop(0)
    if len(words) > 2 and is_given_name(words[0]):
        words = [words[0], words[-1]]       # "hillary rodham clinton": her given name and surname
    words = [w for i, w in enumerate(words)
             if not (len(w) == 1 and 0 < i < len(words) - 1 and w.isalpha())]
    if len(words) > 1 and len(words[0]) == 1 and words[0].isalpha():
        words[0] += INITIAL                 # "h clinton": a given name starting with "h"
    return tuple(words + suffix)


def _mistyped(word: str, alias_word: str) -> bool:
    """Tell whether a claimed name word is an alias word mistyped: both of four letters or
    more, one letter dropped, added, changed or two swapped (two in a word of eight or
    more): "hilary" for "hillary", "clintno" for "clinton"."""
    if len(word) < 4 or len(alias_word) < 4:
        return False
    slips = 2 if max(len(word), len(alias_word)) >= 8 else 1
    return OSA.distance(word, alias_word, score_cutoff=slips) <= slips


def spelt_alike(claimed: tuple[str, ...], alias_norm: str) -> bool:
    """Tell whether an alias holds the claimed name's words (``claimed_name_words``) but
    for one of them that it holds mistyped ("hilary clinton" and "hillary clinton"); false
    when it holds them all as they are (that is no misspelling) or the claim is an initial.

    Names spelt alike may still be two people's: the caller asks only when no stored
    speaker holds the claimed name as written.
    """
    words = alias_norm.split()
    slips = 0
    for word in claimed:
        if word.endswith(INITIAL):
            if not any(w.startswith(word[:-1]) for w in words):
                return False
        elif word not in words:
            if slips or not any(_mistyped(word, w) for w in words):
                return False
            slips += 1
    return slips == 1


def is_given_name(word: str) -> bool:
    """Tell whether a lower-case word is a given name: the lexicon's, or one the census
    lists with a clear gender ("marta", "tomas")."""
    return word in GIVEN_NAMES or word in census_names.FEMALE or word in census_names.MALE


@lru_cache(maxsize=16384)
def split_person_name(name: str) -> tuple[tuple[str, ...], str]:
    """Return (given-name tokens, surname) of a person's name; surname may be ''."""
    tokens = [t for t in normalise_name(name).split() if t not in HONORIFICS]
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    if not tokens:
        return (), ""
    cut = len(tokens) - 1
    while cut > 0 and tokens[cut - 1] in SURNAME_PARTICLES:
        cut -= 1
    return tuple(tokens[:cut]), " ".join(tokens[cut:])


@lru_cache(maxsize=16384)
def generation(name: str) -> str:
    """Return a person's generational suffix ("jr", "iii") or "": Donald Trump Jr. and
    Donald Trump are two people, as are Robert F. Kennedy Jr. and Robert F. Kennedy."""
    return next((t for t in normalise_name(name).split()[1:] if t in SUFFIXES), "")


def organization_key(name: str) -> str:
    """Return the normalised organisation name: 'The White House' -> 'white house'; the
    initials after a full name are dropped ('World Health Organization (WHO)')."""
    if name.endswith(")") and " (" in name:
        name = name[:name.rindex(" (")]
    tokens = normalise_name(name).split()
    while len(tokens) > 1 and tokens[0] in ORGANIZATION_ARTICLES:
        tokens.pop(0)
    return " ".join(tokens)


def identity_key(name: str, type: SpeakerType) -> str | None:
    """Return the key under which stored candidates for a speaker are looked up, or None."""
    if type is SpeakerType.PERSON:
        return split_person_name(name)[1] or None
    if type is SpeakerType.ORGANIZATION:
        return organization_key(name) or None
    # Unnamed and unknown sources are never the same speaker across articles.
    return None


def _given_names_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """Return whether two first names can be the same person ('D' fits 'donald')."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y


@lru_cache(maxsize=4096)
def _role_tokens(role: str) -> frozenset[str]:
    return frozenset(t for t in normalise_name(role).split() if t not in ROLE_STOPWORDS)


def roles_conflict(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Return whether two sets of roles cannot belong to one person.

    Roles agree when one is contained in the other ('President' in 'U.S. President'); with no
    role on either side there is nothing to conflict.
    """
    mine = [r for r in map(_role_tokens, ours) if r]
    other = [r for r in map(_role_tokens, theirs) if r]
    if not mine or not other:
        return False
    return not any(a <= b or b <= a for a in mine for b in other)


def _speaker_roles(speaker: Speaker) -> tuple[str, ...]:
    return tuple(r for r in (speaker.role, *speaker.roles) if r)


def _given(known: KnownSpeaker) -> tuple[str, ...]:
    return split_person_name(known.name)[0]


def _match_bare_surname(same_surname: Sequence[KnownSpeaker], roles: Sequence[str],
                        given: Sequence[str]) -> Match:
    """Merge across a bare surname only when nobody else stored shares it."""
    if len(same_surname) != 1:
        return Match(None, "surname shared by several stored people",
                     tuple(k.id for k in same_surname))
    only = same_surname[0]
    if roles_conflict(roles, only.roles):
        return Match(None, "roles conflict")
    if not _given_names_agree(given, _given(only)):
        return Match(None, "first names differ")
    return Match(only.id, "only stored person with this surname")


def _match_person(candidate: Speaker, known: Sequence[KnownSpeaker]) -> Match:
    given, surname = split_person_name(candidate.name)
    if not surname:
        return Match(None, "no name to compare")
    suffix = generation(candidate.name)
    same_surname = [k for k in known if k.type is SpeakerType.PERSON
                    and split_person_name(k.name)[1] == surname
                    and (not given or generation(k.name) == suffix)]
    if not same_surname:
        return Match(None, "no stored person with this surname")
    roles = _speaker_roles(candidate)
    if not given:
        return _match_bare_surname(same_surname, roles, given)
    fitting = [k for k in same_surname if _given(k) and not roles_conflict(roles, k.roles)]
    exact = [k for k in fitting if _given(k) == given]
    if len(exact) == 1:
        return Match(exact[0].id, "same name")
    agreeing = exact or [k for k in fitting if _given_names_agree(given, _given(k))]
    if len(agreeing) > 1:
        return Match(None, "several stored people fit", tuple(k.id for k in agreeing))
    if agreeing:
        return Match(agreeing[0].id, "compatible first name")
    if any(not _given(k) for k in same_surname):
        return _match_bare_surname(same_surname, roles, given)
    named = [k for k in same_surname if _given(k)]
    if any(_given_names_agree(given, _given(k)) for k in named):
        return Match(None, "roles conflict")
    return Match(None, "first names differ")


def find_same_speaker(candidate: Speaker, known: Sequence[KnownSpeaker]) -> Match:
    """Return which of ``known`` is the same speaker as ``candidate``, if exactly one is."""
    if candidate.type is SpeakerType.PERSON:
        return _match_person(candidate, known)
    if candidate.type is SpeakerType.ORGANIZATION:
        key = organization_key(candidate.name)
        same = [k for k in known if k.type is SpeakerType.ORGANIZATION
                and organization_key(k.name) == key]
        if key and same:
            return Match(min(k.id for k in same), "same organisation name")
        return Match(None, "no stored organisation with this name")
    return Match(None, f"{candidate.type.value} sources are never merged across articles")


def clear_caches() -> None:
    """Forget the names and roles split so far (benchmarks start every pass cold)."""
    for cached in (normalise_name, split_person_name, generation, _role_tokens):
        cached.cache_clear()
