"""_NAME_RUN is written for the regex engine's speed: it must find what the plainer pattern it
was written from finds, on every text (the scan of _name_runs, and the bounded matches made at
a position)."""
from __future__ import annotations

import random

import pytest
import regex

from service.pipeline.attribution import (
    _FUNCTION_CAPITALS, _NAME_RUN, _NAME_TITLES, _PARTICLE, _TITLE_LENGTHS, _first_letters,
    _grouped_by_first_letter,
)

# The pattern as it was first written: each name word's three forms in turn, and a particle
# tried (optionally) before every word after a space.
_PLAIN_NAME_WORD = (
    rf"(?:(?:\p{{Lu}}\.){{2,}}"
    rf"|(?={_first_letters(_NAME_TITLES)}[a-z]{{{_TITLE_LENGTHS[0] - 1},{_TITLE_LENGTHS[-1] - 1}}}\.)"
    rf"(?:{_grouped_by_first_letter(_NAME_TITLES)})\.|"
    r"\p{Lu}(?:\.(?=[ \t]+\p{Lu})|[a-z\p{L}\p{M}\p{N}'’\-&]*(?:\.\p{L}+)*))")
_PLAIN_NAME_RUN = regex.compile(
    rf"(?=\p{{Lu}})(?<![^\s(\[—–-])(?!(?:{_grouped_by_first_letter(_FUNCTION_CAPITALS)})\b(?![’'.-]))"
    rf"{_PLAIN_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+|[ae]l-(?=\p{{Lu}}))?{_PLAIN_NAME_WORD})*")


def _spans(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    end = len(text) if endpos is None else endpos
    return [m.span() for m in pattern.finditer(text, pos, end, concurrent=False)]


def _at(pattern: regex.Pattern, text: str, pos: int, endpos: int):
    m = pattern.match(text, pos, endpos, False)
    return None if m is None else m.span()


@pytest.mark.parametrize("text", [
    "Sen. Harry M. Reid said",
    "Hot Air. Trump said",
    "The U.S. Army and the U.S.A. team",
    "Mr. Smith, Mrs Jones and Dr.Who met Prof. X. Y. Zed.",
    "Drx. Boyd, Mrx Reyes, Mrs. Boyd's aide",
    "Erik ten Hag, Ursula von der Leyen, Bank of America, Ayman al-Zawahiri, El-Sisi",
    "Anne-Marie O'Rourke and Trump’s aide; Marks & Spencer; A&E; AT&T",
    "The Senate, But Trump, It's, I-95, It. Its Board",
    "St. Louis Cardinals vs. Jr. Smith Sr.",
    "J.R.R. Tolkien, J. K. Rowling, e.e. cummings, A.",
    "Van der Berg, de la Cruz, Maria de la Cruz, Juan de Dios",
    "“Trump said” (Biden) [Obama] —Clinton –Bush -Carter",
    "Théo Žižek Ørsted İstanbul Ōsaka",
    "Sen.\tAnn\t\tBoyd  and  Rep.   Tom",
    "Boyd of the Senate; Boyd of\tSenate; Boyd ofSenate",
    "Boyd.Jones.Smith Boyd.jones Boyd. jones",
    "",
])
def test_name_run_finds_what_the_plain_pattern_finds(text):
    assert _spans(_NAME_RUN, text) == _spans(_PLAIN_NAME_RUN, text)


def test_name_run_on_random_texts():
    rng = random.Random(11)
    pieces = ["Ann", "Boyd", "A", "I", "The", "But", "Its", "Mr", "Mrs", "Dr", "Sen", "St", "Jr",
              "U", "S", "X", "É", "Ø", "of", "von", "der", "van", "de", "la", "al-", "el-", "al",
              "ten", "bin", "said", "a", "e", "é", "ß", "1", "’", "'", "-", "&", ".", ". ", ",",
              " ", " ", " ", "  ", "\t", "\n", "(", "[", "—", "“", "\u0301", "_", "\xa0", "Ⓐ"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _spans(_NAME_RUN, text) == _spans(_PLAIN_NAME_RUN, text), text
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert _spans(_NAME_RUN, text, pos, endpos) == \
            _spans(_PLAIN_NAME_RUN, text, pos, endpos), (text, pos, endpos)
        assert _at(_NAME_RUN, text, pos, endpos) == _at(_PLAIN_NAME_RUN, text, pos, endpos), \
            (text, pos, endpos)
