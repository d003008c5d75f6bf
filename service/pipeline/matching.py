"""Normalise and compare a claimed quote with stored ones (pure: no Flask, no database).

A comparison works on words, not characters: typography (curly or straight marks, dashes,
case, spacing, punctuation at the ends) never counts as a difference, while a changed, added or
dropped word does. Two word forms are kept for each text:

- *surface* words: lower case with straight apostrophes ("it's", "don't"); equality of
  surface words is the ``exact`` level (the claim is the stored quote or a contiguous part);
- *canonical* words: surface words with contractions expanded ("it", "is"); the similarity
  of the closest window of canonical words decides whether a quote is ``close``.

A contraction expanded ("it's" -> "it is") therefore has canonical similarity 1.0 but is not
exact: the verdict is "altered" and the diff shows the change.

An ellipsis in a claim ("…", "...", ". . .") marks words left out, as newsrooms quote: a
claim whose parts between ellipses are in one stored quote, in order, is ``exact``, and
the diff shows the words left out as ``elided``. Words in square brackets are the editor's,
standing for at most four of the speaker's ("[Sanders] should stay in", "I told [the mayor]
no"): a claim whose other words are in one stored quote with at most that many words where
the brackets are is ``exact`` too, and the diff shows those words as ``bracketed``.
Brackets inside a word ("[T]he", "govern[ment]") only change its letters, "[…]" is an
ellipsis, and "[sic]" or "(sic)" is dropped.

Alignment uses rapidfuzz, chosen by measurement over ``regex`` fuzzy matching
(bench/matching_alignment.py: 1,000 claims x 50 candidates of eval-set sentences, on the
same word encoding): rapidfuzz's ``partial_ratio_alignment`` + ``Indel`` took 5.3 us per
candidate (p99 0.35 ms per claim), a ``regex`` ``{e<=k}`` BESTMATCH search 40 us (p99 4.7
ms per claim, and its cost grows with the edits allowed), with the same close/not-close
decision on every candidate. Each word is encoded as one private-use character, so both
libraries align words, never letters.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from .lexicon import OTHER_SPACES

# One timeout for every pattern run on user text; claims are at most a few thousand chars.
REGEX_TIMEOUT = 1.0

_TYPOGRAPHY = str.maketrans({
    **dict.fromkeys("’‘‛ʼ′`´", "'"),
    **dict.fromkeys("“”„‟«»‹›″", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    **dict.fromkeys(OTHER_SPACES, " "),        # the spaces extract() reads as spaces
})
_SPACES = regex.compile(r"\s+")
_EDGE_PUNCTUATION = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*")
# The editor's marks in a claim (see the module's docstring): a bracketed aside or an
# ellipsis ("…", "...", ". . .") between the speaker's words, brackets that only change a
# word's letters, "sic".
_EDITORIAL = regex.compile(r"\[([^\[\]]{0,80})\]|…|\.[ \u00a0]?\.[ \u00a0]?\.")
_IN_WORD_BRACKETS = regex.compile(
    r"(?<=[\p{L}\p{N}])\[([\p{L}\p{N}'’]{1,20})\]|\[([\p{L}\p{N}'’]{1,20})\](?=[\p{L}\p{N}])")
_SIC = regex.compile(r"[\[(]\s*sic\s*[\])]", regex.IGNORECASE)
MAX_BRACKETED = 4      # the most stored words an editor's bracketed words may stand for
MISSPELT_MIN_LETTERS = 4   # shorter claim words are never read as misspelt (Matcher.align_misspelt)
# ASCII text is split by bytes.translate, which is C speed: upper case becomes lower case
# and every other byte that no word can hold a space; str.split then does the rest (see
# _ascii_words).
_ASCII_SEPARATORS = bytes(c + 32 if chr(c).isupper() and c < 128 else
                          c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789'" else 32
                          for c in range(256))

# The words of a normal form that may expand.
_EXPANDING = regex.compile(r"[^ ]*'[^ ]*|\bcannot\b")
# Contractions whose expansion is not "stem + suffix word".
_IRREGULAR = {
    "won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
    "shan't": ("shall", "not"), "ain't": ("is", "not"), "let's": ("let", "us"),
}
_SUFFIXES = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"),
             ("'m", "am"), ("'d", "would"))
# "'s" is "is" only after these; elsewhere it is a possessive ("Trump's").
_S_IS = frozenset({"it", "that", "what", "there", "here", "he", "she", "who", "where", "how",
                   "everything", "nothing", "this"})

EXACT = "exact"     # the claim's surface words are the stored words or a contiguous part
CLOSE = "close"     # similar enough to be the same quote with words changed
FAR = "far"         # not the same quote


def normalise(text: str) -> str:
    """Return ``text`` with typography folded: straight marks, hyphens, lower case, one space.

    Punctuation and spaces at both ends are dropped. The mapping of marks is one character
    to one character; only the squeezing of spaces and the trimmed ends change the length.
    """
    folded = text.translate(_TYPOGRAPHY).lower()
    return _EDGE_PUNCTUATION.sub("", _SPACES.sub(" ", folded, timeout=REGEX_TIMEOUT),
                                 timeout=REGEX_TIMEOUT)


def _fold_typography(text: str) -> str:
    """Return ``text.translate(_TYPOGRAPHY)``, by str.replace of the few marks present.

    translate() looks every character up in a dict, several times slower on a quote.
    """
    if text.isascii():              # every character _TYPOGRAPHY folds is outside ASCII
        return text
    # Asking for each of the ~30 marks is a C scan each; set(text) made a string object
    # per character of the quote. Marks fold to ASCII, so the order of replacing is free.
    for char, folded in _TYPOGRAPHY_CHARS:
        if char in text:
            text = text.replace(char, folded)
    return text


_TYPOGRAPHY_CHARS = tuple((chr(k), v) for k, v in _TYPOGRAPHY.items())


def words(text: str) -> tuple[str, ...]:
    """Return the surface words of ``text``: normalised, apostrophes kept inside words."""
    return tuple(_word_list(text))


def _word_list(text: str) -> list[str]:
    if "[" in text or "(" in text:
        text = _without_marks_in_words(text)
    if text.isascii():         # nothing to fold: every mark _TYPOGRAPHY folds is outside ASCII
        spaced = text.encode("ascii").translate(_ASCII_SEPARATORS)     # lower case too
    else:
        folded = _fold_typography(text).lower()
        if not folded.isascii():
            return _WORD.findall(folded, timeout=REGEX_TIMEOUT)
        spaced = folded.encode("ascii").translate(_ASCII_SEPARATORS)
    return _ascii_words(spaced.decode("ascii"))


def _without_marks_in_words(text: str) -> str:
    """Return ``text`` without "[sic]" and with brackets inside a word dropped ("[W]ith" is
    "with"): an editor's marks, not words of the speaker's, in a claim or a stored quote
    alike. Bracketed words between words ("[the mayor]") stay: ``claim_parts`` reads them."""
    text = _SIC.sub(" ", text, timeout=REGEX_TIMEOUT)
    return _IN_WORD_BRACKETS.sub(lambda m: m.group(1) or m.group(2), text,
                                 timeout=REGEX_TIMEOUT)


def _ascii_words(spaced: str) -> list[str]:
    """Return the words of text holding only a-z, 0-9, apostrophes and spaces.

    As in ``_WORD``, an apostrophe belongs to a word only between two letters or digits;
    anywhere else it separates words like a space. A pattern did this at a quarter of the
    speed: half the quotes hold an apostrophe, nearly always inside a word.
    """
    if "'" not in spaced:
        return spaced.split()
    # Doubled apostrophes first: what is left of a run of three then stands beside a space.
    # Three C-speed replaces; a loop over the tokens of the one quote in eight that has an
    # apostrophe at a word's edge cost more than all the rest of this function.
    return (f" {spaced} ".replace("''", "  ").replace(" '", "  ").replace("' ", "  ")
            .split())


def expand(word: str) -> tuple[str, ...]:
    """Return the canonical words of one surface word: "don't" -> ("do", "not")."""
    if "'" not in word:
        return _IRREGULAR.get(word, (word,))
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, full in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[:-len(suffix)], full)
    if word.endswith("'s") and word[:-2] in _S_IS:
        return (word[:-2], "is")
    return (word,)


@dataclass(frozen=True)
class Prepared:
    """A text split into surface and canonical words, ready to compare."""

    surface: tuple[str, ...]
    canonical: tuple[str, ...]
    origin: tuple[int, ...]        # index of the surface word each canonical word comes from


def normal_form(text: str) -> str:
    """Return the surface words of ``text`` joined by single spaces.

    Stored with each quote, it lets the database test word-exact containment as a substring
    test on ``" " + form + " "``, and ``normal_form(x).split(" ")`` gives back ``words(x)``.
    """
    return " ".join(_word_list(text))     # no tuple: a bulk load calls this per quote


def prepare(text: str) -> Prepared:
    """Split ``text`` into surface and canonical words."""
    return prepare_words(words(text))


def prepare_form(form: str) -> Prepared:
    """Return the surface and canonical words of a normal form (see ``normal_form``)."""
    surface = tuple(form.split())
    if "'" not in form and "cannot" not in form:     # one scan of the string: nothing to expand
        return Prepared(surface, surface, tuple(range(len(surface))))
    return prepare_words(surface)


def prepare_words(surface: tuple[str, ...]) -> Prepared:
    """Return the surface and canonical words of already split surface words.

    Only the few words that can expand (an apostrophe, "cannot") are looked at one by one;
    the runs of words between them are copied by slices (most of a quote: the word by word
    loop cost 3x as much on stored quotes with a contraction).
    """
    expanding = [i for i, w in enumerate(surface) if "'" in w or w in _IRREGULAR]
    if not expanding:
        return Prepared(surface, surface, tuple(range(len(surface))))   # nothing to expand
    canonical: list[str] = []
    origin: list[int] = []
    done = 0                       # surface words taken so far
    for i in expanding:
        parts = expand(surface[i])
        canonical += surface[done:i]
        canonical += parts
        origin += range(done, i)
        origin += [i] * len(parts)
        done = i + 1
    canonical += surface[done:]
    origin += range(done, len(surface))
    return Prepared(surface, tuple(canonical), tuple(origin))


@dataclass(frozen=True)
class DiffOp:
    op: str                        # "equal", "replace", "insert" (claim only), "delete" (stored
                                   # only), "elided" (stored only, where the claim has an ellipsis),
                                   # "bracketed" (the claim's bracketed words, for ``stored``)
    stored: tuple[str, ...]
    claimed: tuple[str, ...]


@dataclass(frozen=True)
class Alignment:
    level: str                     # EXACT, CLOSE or FAR
    similarity: float              # 0..1, on canonical words of the aligned window
    start_word: int                # aligned window of the stored surface words
    end_word: int
    diff: tuple[DiffOp, ...]


@dataclass(frozen=True)
class ClaimParts:
    """A claim cut where the editor's marks are: the speaker's words in ``parts``, and
    between each two of them the gap the marks leave (``gaps[i]`` follows ``parts[i]``)."""

    parts: tuple[tuple[str, ...], ...]      # surface words of each part; () for no words
    gaps: tuple[DiffOp, ...]               # "elided" (any number of stored words left out)
                                           # or "bracketed" (the editor's words, ``claimed``)
    before: tuple[str, ...] = ()           # the editor's bracketed words before the first
    after: tuple[str, ...] = ()            # part, and after the last


def claim_parts(text: str) -> ClaimParts:
    """Cut a claim at its ellipses and bracketed words (see the module's docstring).

    An ellipsis at either end leaves nothing out of what is compared ("… and then" is one
    part); a bracket at either end is kept as the editor's words before or after. Marks
    next to each other make one gap, elided if one of them is an ellipsis.
    """
    if "[" in text or "(" in text:
        text = _without_marks_in_words(text)
    if "[" not in text and "…" not in text and ".." not in text and ". ." not in text:
        return ClaimParts((words(text),), ())
    parts: list[tuple[str, ...]] = []
    gaps: list[DiffOp] = []
    before: tuple[str, ...] = ()
    pending: DiffOp | None = None          # the gap since the last part with words
    at = 0
    for m in [*_EDITORIAL.finditer(text, timeout=REGEX_TIMEOUT), None]:
        piece = words(text[at:m.start() if m else len(text)])
        if piece:
            if parts:
                gaps.append(pending or DiffOp("elided", (), ()))
            elif pending is not None and pending.op == "bracketed":
                before = pending.claimed
            parts.append(piece)
            pending = None
        if m is None:
            break
        at = m.end()
        inside = words(m.group(1)) if m.group(1) is not None else ()
        mark = DiffOp("bracketed", (), inside) if inside else DiffOp("elided", (), ())
        if pending is None:
            pending = mark
        elif "elided" in (pending.op, mark.op):
            pending = DiffOp("elided", (), ())
        else:
            pending = DiffOp("bracketed", (), pending.claimed + mark.claimed)
    after = pending.claimed if pending is not None and pending.op == "bracketed" else ()
    if not parts:
        return ClaimParts(((),), ())
    return ClaimParts(tuple(parts), tuple(gaps), before, after)


class Codec:
    """Encodes words as single characters so string aligners compare whole words."""

    _BASE = 0xF0000                # private use planes 15-16: room for 131,000 words

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def encode(self, items: tuple[str, ...]) -> str:
        """Return one character per word, the same character for the same word."""
        codes = self._codes
        for item in set(items).difference(codes):    # new words, in no particular order:
            codes[item] = chr(self._BASE + len(codes))  # codes only need to be distinct
        return "".join(map(codes.__getitem__, items))


def word_diff(stored: tuple[str, ...], claimed: tuple[str, ...],
              encoded: tuple[str, str] | None = None) -> tuple[DiffOp, ...]:
    """Return the word-level edit script turning ``stored`` into ``claimed``.

    Neighbouring changes are merged into one op, so an expanded contraction reads as
    "it's" -> "it is" rather than an insert followed by a replace. ``encoded``: both as
    ``Codec`` strings, if at hand (the same edits, found without hashing each word).
    """
    out: list[DiffOp] = []
    for op in Levenshtein.opcodes(*(encoded or (stored, claimed))):
        old, new = stored[op.src_start:op.src_end], claimed[op.dest_start:op.dest_end]
        if op.tag != "equal" and out and out[-1].op != "equal":
            old, new = out[-1].stored + old, out.pop().claimed + new
        tag = "equal" if op.tag == "equal" else \
            "replace" if old and new else "delete" if old else "insert"
        out.append(DiffOp(tag, old, new))
    return tuple(out)


class Matcher:
    """Compares one claimed quote with any number of stored quotes."""

    def __init__(self, claim: str, *, min_similarity: float) -> None:
        cut = claim_parts(claim)
        # the speaker's words: an editor's bracketed words are not compared with the stored
        self.claim = prepare_words(tuple(w for part in cut.parts for w in part))
        self.min_similarity = min_similarity
        self._codec = Codec()
        self._surface = self._codec.encode(self.claim.surface)
        self.parts = cut.parts
        self._parts = tuple(map(self._codec.encode, self.parts)) if len(self.parts) > 1 else ()
        self._gaps = cut.gaps
        self._bracketed_gap = any(g.op == "bracketed" for g in cut.gaps)
        self._before = (DiffOp("bracketed", (), cut.before),) if cut.before else ()
        self._after = (DiffOp("bracketed", (), cut.after),) if cut.after else ()
        self._canonical = self._codec.encode(self.claim.canonical)
        self._counts = Counter(self.claim.canonical)
        # each part's canonical words and their codes, to align the parts one by one
        self._part_words = tuple(prepare_words(p) for p in self.parts) if self._parts else ()
        self._part_codes = tuple(self._codec.encode(p.canonical) for p in self._part_words)

    def _framed(self, diff) -> tuple[DiffOp, ...]:
        """Return a diff with the editor's bracketed words before and after the claim's
        first and last parts, as they stand in the claim."""
        return (*self._before, *diff, *self._after)

    def bound(self, stored: Prepared) -> float:
        """Return an upper bound of the similarity ``align_prepared`` can find, cheaply.

        Similarity is 2 * LCS / (claim words + window words); the LCS is at most the m claim
        words (with repeats) that occur in the stored quote, and the window holds at least
        LCS words, so the similarity is at most 2m / (claim words + m).
        """
        return self._bound(stored.canonical) if stored.surface else 0.0

    def bound_form(self, form: str) -> float:
        """Return ``bound`` of a stored normal form (see ``normal_form``), without preparing
        it: an upper bound too, since the surface words are added to the canonical ones."""
        stored = form.split()
        if "'" in form or "cannot" in form:      # and the words they expand to
            stored += [w for word in _EXPANDING.findall(form) for w in expand(word)]
        return self._bound(stored)

    def _bound(self, canonical) -> float:
        n = len(self.claim.canonical)
        if not n or not canonical:
            return 0.0
        counts = self._counts
        m = sum(map(counts.__getitem__, counts.keys() & canonical))   # set operations in C
        return 2 * m / (n + m)

    def align_best(self, stored: list[Prepared], *,
                   best: float = -1.0) -> list[Alignment | None]:
        """Align the claim with each stored quote that can be close or the most similar.

        Quotes are aligned in order of their bound; once no bound left reaches the
        similarity threshold nor the best similarity found (``best`` at the start: that of
        quotes aligned apart), the rest are far and less similar than the best, and get
        None instead of an alignment.
        """
        out: list[Alignment | None] = [None] * len(stored)
        bounds = sorted(((self.bound(p), i) for i, p in enumerate(stored)), reverse=True)
        for bound, i in bounds:
            if bound < self.min_similarity and bound < best:
                break
            out[i] = self.align_prepared(stored[i])
            best = max(best, out[i].similarity)
        return out

    def align_contained(self, form: str) -> Alignment | None:
        """Align the claim with a stored normal form (see ``normal_form``) that holds the
        claim's words in a row: the EXACT alignment ``align_prepared`` gives it, found by
        one substring search instead of encoding every stored word. None if it does not
        hold them."""
        claimed = self.claim.surface
        if self._parts:
            return None     # words left out: align_prepared finds the parts
        at = f" {form} ".find(" " + " ".join(claimed) + " ") if claimed else -1
        if at < 0:
            return None
        first = form.count(" ", 0, at)      # words before the match: one space after each
        return Alignment(EXACT, 1.0, first, first + len(claimed),
                         self._framed((DiffOp("equal", claimed, claimed),)))

    def align(self, stored_text: str) -> Alignment:
        """Align the claim with the closest window of one stored quote."""
        return self.align_prepared(prepare(stored_text))

    def align_prepared(self, stored: Prepared) -> Alignment:
        """Align the claim with the closest window of one prepared stored quote."""
        claim = self.claim
        if not claim.surface or not stored.surface:
            return Alignment(FAR, 0.0, 0, 0, ())
        stored_surface = self._codec.encode(stored.surface)
        # one character per word: word-exact (bracketed words between parts stand for some
        # stored words, so such a claim is never found whole)
        at = -1 if self._bracketed_gap else stored_surface.find(self._surface)
        if at >= 0:
            end = at + len(claim.surface)
            return Alignment(EXACT, 1.0, at, end, self._framed(
                (DiffOp("equal", stored.surface[at:end], claim.surface),)))
        if self._parts:
            found = self._in_gaps(stored_surface, stored.surface)
            if found is not None:
                return found
        canonical = stored_surface if stored.canonical is stored.surface else \
            self._codec.encode(stored.canonical)
        start, end = self._window(canonical, self._canonical)
        # on the encoded words: the same similarity as on the words, without hashing them
        similarity = Indel.normalized_similarity(canonical[start:end], self._canonical)
        first, last = stored.origin[start], stored.origin[end - 1] + 1
        if self._parts:
            parts = self._close_parts(canonical, stored)
            if parts is not None and parts.similarity > similarity:
                return parts
        level = CLOSE if similarity >= self.min_similarity else FAR
        diff = self._framed(word_diff(stored.surface[first:last], claim.surface,
                                      (stored_surface[first:last], self._surface))) \
            if level == CLOSE else ()
        return Alignment(level, round(similarity, 4), first, last, diff)

    def align_misspelt(self, stored: Prepared) -> Alignment | None:
        """Align the claim as ``align_prepared`` does, each claim word the stored quote lacks
        read as the stored word it misspells, if one is a letter off, or two letters swapped
        (two such slips for words of more than six letters: "rebuld", "brdige", "harbor",
        "were" for "we're"; words of four letters or more only, so "in" is never "on"). A
        misspelt word counts as half a word in common, and the diff shows it changed: the
        level is CLOSE or FAR, never EXACT. None if no claim word is misspelt, if the claim
        could not be close even so, or if it has editor's marks."""
        if not stored.surface or self._parts:
            return None
        have = set(stored.surface)
        claimed = self.claim.surface
        held = sum(w in have for w in claimed)
        slips = [w for w in set(claimed).difference(have)
                 if len(w) >= MISSPELT_MIN_LETTERS and not w.isdigit()]
        # About the similarity if every such word were a slip (half a word in common each)
        # in a window of the words in common and the slips: most claims cannot be close.
        could = sum(w in slips for w in claimed)
        if not could or \
                (2 * held + could) / (len(claimed) + held + could) < self.min_similarity:
            return None
        pool = [w for w in have if len(w) >= MISSPELT_MIN_LETTERS - 1]
        fixes = {}
        for word in slips:
            found = process.extractOne(word, pool, scorer=OSA.distance,
                                       score_cutoff=1 if len(word) <= 6 else 2)
            if found is not None:
                fixes[word] = found[0]
        if not fixes:
            return None
        fixed = prepare_words(tuple(fixes.get(w, w) for w in self.claim.surface))
        claim = self._codec.encode(fixed.canonical)
        canonical = self._codec.encode(stored.canonical)
        start, end = self._window(canonical, claim)
        misspelt = sum(w in fixes for w in self.claim.surface)
        similarity = Indel.normalized_similarity(canonical[start:end], claim) - \
            misspelt / (end - start + len(claim))
        first, last = stored.origin[start], stored.origin[end - 1] + 1
        level = CLOSE if similarity >= self.min_similarity else FAR
        diff = self._framed(word_diff(stored.surface[first:last], self.claim.surface)) \
            if level == CLOSE else ()
        return Alignment(level, round(max(similarity, 0.0), 4), first, last, diff)

    def _close_parts(self, encoded: str, stored: Prepared) -> Alignment | None:
        """Align a claim with ellipses part by part, each in the closest window after the one
        before: the left-out words between the windows are elided, not dropped ("time to stop
        killing … we will do it right now" is close to a quote that has both parts). The
        similarity is that of the parts with their windows. None if a part is not close to
        its window."""
        diff: list[DiffOp] = []
        at = 0                       # canonical words of ``stored`` taken by the parts so far
        first = last = -1
        common = total = 0.0
        for k, (part, codes) in enumerate(zip(self._part_words, self._part_codes)):
            if at >= len(encoded):
                return None
            start, end = self._window(encoded[at:], codes)
            start, end = at + start, at + end
            window = stored.canonical[start:end]
            alike = Indel.normalized_similarity(encoded[start:end], codes)
            if alike < self.min_similarity:
                return None          # a part not there (or not in order): compared whole
            common += alike * (len(window) + len(part.canonical)) / 2
            total += len(window) + len(part.canonical)
            lo, hi = stored.origin[start], stored.origin[end - 1] + 1
            if first < 0:
                first = lo
            elif lo > last or self._gaps[k - 1].op == "bracketed":
                diff.append(replace(self._gaps[k - 1], stored=stored.surface[last:max(lo, last)]))
            diff.extend(word_diff(stored.surface[max(lo, last):hi], part.surface))
            last, at = max(hi, last), end
        similarity = 2 * common / total if total else 0.0
        level = CLOSE if similarity >= self.min_similarity else FAR
        return Alignment(level, round(similarity, 4), first, last,
                         self._framed(diff) if level == CLOSE else ())

    def _in_gaps(self, encoded: str, stored: tuple[str, ...]) -> Alignment | None:
        """Align a claim with ellipses or bracketed words between its parts, all of which are
        in ``stored`` in order: the first place of each part after the one before (the
        earliest places leave the most room for the parts after them). Any number of stored
        words may be where an ellipsis is (elided), at most MAX_BRACKETED where bracketed
        words are, unless they are those words. None if a part is missing or too far from
        the one before."""
        diff: list[DiffOp] = []
        first, at = -1, 0
        for k, (code, part) in enumerate(zip(self._parts, self.parts)):
            found = encoded.find(code, at)
            if found < 0:
                return None
            if first < 0:
                first = found
            elif self._gaps[k - 1].op == "bracketed":
                gap = self._gaps[k - 1]
                # (any number of them when they are the claim's words: the stored quote
                # holds the same editor's brackets)
                if found - at > MAX_BRACKETED and stored[at:found] != gap.claimed:
                    return None
                diff.append(DiffOp("equal", gap.claimed, gap.claimed)   # "the [race] until"
                            if stored[at:found] == gap.claimed else
                            replace(gap, stored=stored[at:found]))
            elif found > at:
                diff.append(DiffOp("elided", stored[at:found], ()))
            at = found + len(part)
            diff.append(DiffOp("equal", stored[found:at], part))
        return Alignment(EXACT, 1.0, first, at, self._framed(diff))

    def _window(self, stored: str, claim: str) -> tuple[int, int]:
        """Return the canonical-word window of ``stored`` that best matches ``claim`` (both
        encoded)."""
        if len(stored) <= len(claim):
            start, end = 0, len(stored)
        else:
            found = fuzz.partial_ratio_alignment(claim, stored)
            start, end = found.dest_start, found.dest_end
        # partial_ratio windows are as long as the claim; widen by the slack an added or
        # dropped word needs, then give back the stored words left unmatched at the edges.
        slack = 2 + len(claim) // 4
        lo, hi = max(0, start - slack), min(len(stored), end + slack)
        ops = Levenshtein.opcodes(stored[lo:hi], claim)
        kept = list(ops)
        while kept and kept[0].tag == "delete":
            kept.pop(0)
        while kept and kept[-1].tag == "delete":
            kept.pop()
        if not kept:
            return start, end
        return lo + kept[0].src_start, lo + max(kept[-1].src_end, kept[0].src_start + 1)


def fts_words(text: str) -> list[str]:
    """Return the words of ``text`` as the FTS5 unicode61 tokenizer splits them."""
    return _FTS_TOKEN.findall(_fold_typography(text).lower(), timeout=REGEX_TIMEOUT)


_FTS_TOKEN = regex.compile(r"[\p{L}\p{N}_]+")


def index_terms(form: str) -> set[str]:
    """Return the distinct index words of a normal form (as the unicode61 tokenizer splits)."""
    if form.isascii():     # only letters, digits, apostrophes and spaces
        return set(form.replace("'", " ").split())
    return set(_FTS_TOKEN.findall(form, timeout=REGEX_TIMEOUT))


def normal_form_and_terms(text: str) -> tuple[str, set[str]]:
    """Return ``normal_form(text)`` and its ``index_terms``, splitting the text once.

    A bulk load needs both for every quote; the index words of an ASCII form are its
    words, those holding an apostrophe cut there ("don't" -> "don", "t").
    """
    found = _word_list(text)
    form = " ".join(found)
    if not form.isascii():
        return form, index_terms(form)
    terms = set(found)
    if "'" in form:
        for word in [w for w in terms if "'" in w]:
            terms.discard(word)
            terms.update(word.split("'"))
    return form, terms

# Function words: never good at telling one quote from another, so never a candidate key.
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its
itself just let me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
s t ll re ve d m don didn doesn isn aren wasn weren won can't said says say also one two
""".split())


def rare_words(text: str, count: int) -> list[str]:
    """Return up to ``count`` distinct words of ``text`` most likely to be rare in a corpus.

    Rarity is guessed without the corpus: function words never qualify and longer words are
    preferred (word length is a good proxy for corpus frequency in news English).
    """
    seen = dict.fromkeys(w for w in fts_words(text) if w not in STOPWORDS and len(w) > 1)
    return sorted(seen, key=lambda w: (-len(w), w))[:count]
