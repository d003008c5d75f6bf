"""Tokens and sentences of one paragraph, with every quote folded into a single token.

Attribution rules read the words around a quote, never the words inside it, so each quote
region becomes one ``Q`` token that carries the quote's index.
"""
from __future__ import annotations

import regex

from .lexicon import (
    SENTENCE_ENDING_ABBREVIATIONS, SENTENCE_OPENERS, SPEECH_VERBS, TITLE_WORDS,
)

_ABBREVIATIONS = frozenset((
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Col|Jr|Sr|St|Inc|Corp|Co|Sgt|Capt|Adm|Rev|"
    "Prof|Pres|Maj|Cmdr|Ft|Mt|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|Vt|Ind|Calif|Fla|Mass|Va|Pa|"
    "Ill|Mich|Wis|Minn|Ariz|Colo|Conn|Tenn|Ky|La|Md|Mo|Nev|Okla|Ore|Wash|Ala|Ark|Del|Ga|Kan|"
    "Miss|Mont|Neb|Wyo|Tex|vs|etc|approx|Mx|Messrs|Gens|Supt|Atty|Dept|Univ|Assn|Bros|Ltd"
).split("|")) | {w[:-1].capitalize() for w in TITLE_WORDS if w.endswith(".") and "." not in w[:-1]}
# (every title written short: "Cpl.", "Insp.", "Det.", "Cllr.", "Pvt.")
# A word may carry a full stop; whether the stop belongs to it (an abbreviation, an initial)
# is decided in Python, which is faster than trying every abbreviation at every position.
# The whitespace before each token is captured too, so ``findall`` gives every offset without
# a match object per token (every character is either whitespace or part of a token).
_TOKEN = regex.compile(
    r"(\s*)(?:([\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*(?:['’][sS]\b)?)(\.)?"
    r"|([^\s\p{L}\p{M}\p{N}]))"
)
_INITIAL_FOLLOWS = regex.compile(r"\s*\p{Lu}")
# searched backwards ("(?r)"): the last character of a piece that is no space
_LAST_NON_SPACE = regex.compile(r"(?r)\S")
# After an abbreviation that may end a sentence, a word that only opens one: "Acme Corp. He"
_OPENER_FOLLOWS = regex.compile(
    r"\s+(?:" + "|".join(sorted(SENTENCE_OPENERS)) + r")\b(?![.'’\-])")
_TERMINATORS = frozenset(".!?")


def holds_any(text: str, parts: tuple) -> bool:   # (a C function: tokens.pxd)
    """Tell whether any of ``parts`` is in ``text``: ``any()`` over a generator written as a
    loop, which compiled makes no generator object for every call (sourcing's channels and
    relays, attribution's sentence openers ask it; a third of _channel's own cost). A caller
    that asks of a part of a text slices it: ``str.find`` within bounds here cost 8M
    instructions a dev pass more, compiled, than ``in``."""
    for part in parts:
        if part in text:
            return True
    return False


def _is_article_name(word: str) -> bool:
    """Tell whether a word is an Arabic surname written with its article in lower case
    ("al-Assad", "el-Sisi"): a name's word, as a capitalised one is."""
    return word[:2] in ("al", "el") and word[3:4].isupper()


class Tok:
    """One token: a word, an abbreviation, a punctuation mark, or a whole quote.

    Plain slots with the derived flags computed once: rules read them millions of times.
    Compiled, it is an extension type (tokens.pxd): a compiled module that cimports it reads
    a field of a token typed ``Tok`` as a C struct member, and tokens are made faster.
    """

    __slots__ = ("text", "start", "end", "kind", "quote", "lower", "is_word", "capitalized")

    def __init__(self, text: str, start: int, end: int, kind: str, quote: int = -1) -> None:
        self.text = text
        self.start = start
        self.end = end
        # "w" word, "a" abbreviation, "p" punctuation, "q" a quote, "t" a quoted title that
        # is a word of the phrase around it ("the host of “Morning Joe”"): a lowercase word
        # to the rules, so it never starts or joins a name.
        self.kind = kind
        self.quote = quote        # index of the quote for kinds "q" and "t"
        self.lower = text.lower()
        self.is_word = kind in ("w", "a", "t")
        self.capitalized = kind != "t" and self.is_word and (
            text[:1].isupper() or text[2:3] == "-" and _is_article_name(text))

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


def _word_token(text: str, start, end) -> Tok:   # (offsets typed in tokens.pxd)
    """Return ``Tok(text, start, end, "w")``, built without calling the class: in CPython 3.11
    a call to a class with ``__init__`` costs more than a call to a function, and the
    tokenizer builds most tokens here. (``Tok.__new__(Tok)``, not ``object.__new__(Tok)``:
    compiled, Tok is an extension type (tokens.pxd), which object.__new__ refuses.)"""
    t: Tok = Tok.__new__(Tok)
    t.text = text
    t.start = start
    t.end = end
    t.kind = "w"
    t.quote = -1
    t.lower = text.lower()
    t.is_word = True
    t.capitalized = text[:1].isupper() or text[2:3] == "-" and _is_article_name(text)
    return t


def _mark_token(mark: str, start) -> Tok:   # (offset typed in tokens.pxd)
    """Return ``Tok(mark, start, start + 1, "p")`` for a one-character punctuation mark,
    built the way ``_word_token`` builds a word's."""
    t: Tok = Tok.__new__(Tok)
    t.text = mark
    t.start = start
    t.end = start + 1
    t.kind = "p"
    t.quote = -1
    t.lower = mark.lower()
    t.is_word = False
    t.capitalized = False
    return t


def word_tokens(words: list[str]) -> list[Tok]:
    """Return one word token per word, at its offsets in ``" ".join(words)``: the tokens
    ``tokenize`` gives words that are each one plain word (letters, perhaps joined by
    apostrophes or hyphens), made without the pattern."""
    toks, at = [], 0
    for w in words:
        toks.append(_word_token(w, at, at + len(w)))
        at += len(w) + 1
    return toks


def tokenize(text: str, start: int, end: int, regions: list[tuple[int, int, int]],
             quote_tokens: list[int] | None = None) -> list[Tok]:
    """Tokenize text[start:end]; each (open, close_end, index) region becomes one quote token.
    ``quote_tokens``, when given, gets the index of each quote token (so its caller need not
    walk every token for the few that are quotes)."""
    toks: list[Tok] = []
    pos = start
    for open_, close_end, index in sorted(regions):
        if close_end <= start or open_ >= end:
            continue
        toks.extend(_words(text, pos, max(pos, open_)))
        if quote_tokens is not None:
            quote_tokens.append(len(toks))
        toks.append(Tok(text[open_:close_end], open_, close_end, "q", index))
        pos = max(pos, close_end)
    toks.extend(_words(text, pos, end))
    return toks


def _words(text: str, start, end) -> list[Tok]:   # (offsets typed in tokens.pxd)
    """Tokenize text[start:end] (no quote in it).

    Most of news text is plain ASCII words between single spaces, optionally followed by a
    comma or a full stop: those pieces are read with string methods, and only the rest goes
    to the pattern, which costs far more per token. Both read a piece the same way.
    """
    out: list[Tok] = []
    append = out.append
    at = start
    rest = -1  # where the pieces left to the pattern start, if any
    chunk = text[start:end]
    for piece in chunk.split(" "):
        plain = _plain_word(piece)
        if plain or _joined_word(piece):  # most pieces
            if rest >= 0:
                _pattern_words(text, rest, at, end, out)
                rest = -1
            # _word_token(piece, at, at + len(piece)) written out: most tokens are made
            # here, and the call cost a third of making one
            t: Tok = Tok.__new__(Tok)
            t.text = piece
            t.start = at
            at += len(piece)
            t.end = at
            t.kind = "w"
            t.quote = -1
            # (a plain piece with no capital, 1, is its own lower case: not copied)
            t.lower = piece if plain == 1 else piece.lower()
            t.is_word = True
            # (a hyphen is in no plain piece: most are not sliced again for "al-Assad"; the
            # piece is not empty: its first character, compiled, is tested as a C character)
            t.capitalized = piece[0].isupper() or not plain and piece[2:3] == "-" and \
                _is_article_name(piece)
            append(t)
            at += 1
            continue
        if _marks_only(piece):     # "-", "—", "--", "&": a mark token each
            if rest >= 0:
                _pattern_words(text, rest, at, end, out)
                rest = -1
            for mark in piece:
                append(_mark_token(mark, at))
                at += 1
            at += 1
            continue
        word, mark = piece, ""
        if piece[-1:] in _PLAIN_ENDS:
            word, mark = piece[:-1], piece[-1]
        if not (_plain_word(word) or _joined_word(word)):
            if piece and rest < 0:
                rest = at
            at += len(piece) + 1
            continue
        if rest >= 0:
            _pattern_words(text, rest, at, end, out)
            rest = -1
        w_end = at + len(word)
        if mark == ".":
            _word_and_stop(text, word, at, end, out)
        else:
            out.append(_word_token(word, at, w_end))
            if mark:
                out.append(_mark_token(mark, w_end))
        at += len(piece) + 1
    if rest >= 0:
        _pattern_words(text, rest, end, end, out)
    return out


def _plain_word(piece: str) -> int:
    """Return 0 unless a piece is one or more ASCII letters and digits (what
    ``piece.isalnum() and piece.isascii()`` accepts); else 1 when it has no capital letter
    ("said", "2020"), 2 when it has one.

    Compiled, its characters are read as C values (tokens.pxd): cheaper than the two method
    calls, and the answer says whether the piece needs lower-casing (most do not).
    """
    form = 1
    for c in piece:
        if "a" <= c <= "z" or "0" <= c <= "9":
            continue
        if "A" <= c <= "Z":
            form = 2
            continue
        return 0
    return form if piece else 0


def _joined_word(piece: str) -> bool:
    """Tell whether a piece is ASCII letters and digits joined by single apostrophes,
    hyphens, full stops or ampersands ("Trump's", "don’t", "re-elect", "U.S", "AT&T"): the
    pattern reads it as one word, and a call to the pattern costs many times this test.

    Compiled, its characters are read as C values (tokens.pxd), and the pieces it refuses
    ("said,") are refused at their first other character: 4M instructions a pass fewer
    than three searches, a replace and a split."""
    joined = False
    after_joiner = True     # (at the start as after a joiner: none may come first)
    for c in piece:
        if "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9":
            after_joiner = False
        elif c in "'’-.&" and not after_joiner:
            after_joiner = joined = True
        else:
            return False
    return joined and not after_joiner


def _marks_only(piece: str) -> bool:
    """Tell whether a piece is only marks the pattern reads one by one as punctuation tokens
    (ASCII punctuation, dashes, curly quotes: none a space, letter, mark or number), such as
    "-", "—", "--", "&": read without the pattern, whose call costs some 16,000 instructions."""
    for c in piece:
        if c not in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~—–―‐‘’“”…":
            return False
    return piece != ""


# A word followed by one of these is read as the word and a punctuation token.
_PLAIN_ENDS = frozenset(".,;:!?)\"'")


def _pattern_words(text: str, start, end, limit, out):   # (typed in tokens.pxd)
    """Append the tokens of text[start:end] read with the pattern; ``limit`` bounds the look
    past a full stop for an initial."""
    at = start
    if end - start > 1 and text[end - 2:end].isspace():
        # Spaces at the end make no token, and the pattern, finding none after them, would
        # try again from each of them: a run of n tabs read n * n / 2 characters (a tab run
        # of 200,000 took more than two seconds). After the last word the pattern always
        # finds a token, so it reads every character once.
        last = _LAST_NON_SPACE.search(text, start, end, concurrent=False)
        end = start if last is None else last.end()
    # concurrent=False: releasing the GIL for the match costs more than a short match
    for space, word, dot, punct in _TOKEN.findall(text, start, end, concurrent=False):
        s = at + len(space)
        if punct:
            at = s + 1
            out.append(Tok(punct, s, at, "p"))
        elif not dot:
            at = s + len(word)
            out.append(_word_token(word, s, at))
        else:
            at = _word_and_stop(text, word, s, limit, out)


def _word_and_stop(text: str, word: str, start, limit, out):   # (typed in tokens.pxd)
    """Append a word followed by a full stop: one abbreviation token ("Sen.", "U.S.", the
    initial in "Harry M. Reid") or a word and a full stop. Return the offset past the stop."""
    stop = start + len(word)
    if (word in _ABBREVIATIONS or "." in word or (
            len(word) == 1 and word.isupper()
            and _INITIAL_FOLLOWS.match(text, stop + 1, limit))) \
            and not abbreviation_ends_sentence(text, word, stop + 1, limit):
        out.append(Tok(word + ".", start, stop + 1, "a"))
    else:
        out.append(_word_token(word, start, stop))
        out.append(_mark_token(".", stop))
    return stop + 1


def sentences(toks: list, quote_text: dict) -> list[tuple[int, int]]:   # (list[Tok] and
    # dict[int, str], typed in tokens.pxd: Cython takes list[Tok] for another type than list)
    """Split a paragraph's tokens into sentences as (first, past-last) index pairs.

    A sentence ends at . ! ? (never at an abbreviation), or after a quote whose words end
    with one of them when the next token starts a new sentence.
    """
    out = []
    first = 0
    n = len(toks)
    t: Tok
    for i, t in enumerate(toks):
        if t.kind == "w":
            continue  # most tokens: neither a stop nor a quote
        end_here = False
        if t.kind == "p" and t.text in _TERMINATORS and is_terminator(toks, i):
            nxt = toks[i + 1] if i + 1 < n else None
            end_here = nxt is None or not (nxt.kind == "p" and nxt.text in _TERMINATORS)
        elif t.kind in ("q", "t"):
            words = quote_text.get(t.quote, "").rstrip()
            nxt = toks[i + 1] if i + 1 < n else None
            if words[-1:] in _TERMINATORS and (nxt is None or nxt.kind == "q"
                                               or (nxt.capitalized and not _starts_cue(toks, i + 1))):
                end_here = True
        if end_here:
            out.append((first, i + 1))
            first = i + 1
    if first < n:
        out.append((first, n))
    return out


_CLOSING_MARKS = "”\"’'"


def title_end(t: Tok) -> str:
    """Return the last character inside the marks of a quoted title token ("," for
    "“The Rules,”"), or "" for any other token."""
    return t.text.rstrip(_CLOSING_MARKS)[-1:] if t.kind == "t" else ""


def closes_phrase(t: Tok) -> bool:
    """Tell whether a quoted title ends with the punctuation of the phrase it is part of
    ("the author of “The Rules,” said"): a comma or stop written inside the marks."""
    return title_end(t) in (",", ".", ";", ":", "!", "?")


def abbreviation_ends_sentence(text: str, word: str, at: int, limit: int) -> bool:
    """Tell whether an abbreviation ``word`` (written without its stop, which ends before
    ``at``) ends its sentence: it can ("Corp.", "U.S.", "Fla.") and the next word only opens
    one ("He", "The")."""
    return (word.lower() in SENTENCE_ENDING_ABBREVIATIONS or "." in word) and \
        _OPENER_FOLLOWS.match(text, at, limit) is not None


def is_terminator(toks: list, i) -> bool:   # (list[Tok], int: typed in tokens.pxd)
    """Tell whether token ``i`` ends a sentence: '.', '!' or '?' not inside '(D-Nev.)' or before a
    lowercase word."""
    t: Tok = toks[i]
    if t.kind != "p" or t.text not in _TERMINATORS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if nxt.kind == "p" and nxt.text in "),;:":
        return False
    return not (nxt.is_word and nxt.text[:1].islower())


_OBJECT_STARTS = frozenset({"that", "the", "a", "an"})   # "told state media that …"
# Verbs that go on a subject an aside interrupted: "Voters, one pollster said, are …" is a new
# sentence whose reporting clause is set in commas, not the quote's own cue.
_RESUMING = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                       "can", "could", "may", "might", "must", "should", "remain", "remains",
                       "seem", "seems", "seemed"})


def _starts_cue(toks: list[Tok], i: int) -> bool:
    """Tell whether the tokens from i look like 'Name said' (the quote's own attribution):
    a reporting verb that ends its clause within two words ("Trump said.", "Ann Boyd said
    on Monday,"), not one with an object clause ("Spokesman Dmitry Peskov told state media
    that …", a new sentence)."""
    for j in range(i, min(len(toks), i + 8)):
        t = toks[j]
        if t.kind == "p" and t.text in ".!?":
            return False
        if t.is_word and t.lower in SPEECH_VERBS:
            after = toks[j + 1:j + 4]   # the clause closes: punctuation or the paragraph's end
            stop = next((w for w in after if w.kind != "w"), None)
            if stop is not None and stop.text == "," and \
                    any(w.text == "," for w in toks[i + 1:j]) and stop is not after[-1] and \
                    after[after.index(stop) + 1].lower in _RESUMING:
                return False   # "Voters, one pollster said, are …": an aside in a new sentence
            # (not a quote of its own: "“No entry.” Boyd said it was “a joke.”")
            return (len(after) < 3 if stop is None else stop.kind != "q") and not any(
                w.lower in _OBJECT_STARTS for w in after)
    return False
