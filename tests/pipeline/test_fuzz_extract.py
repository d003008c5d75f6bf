"""Seeded fuzzing of ``extract``: news-like texts recombined from sentence shapes, names from
the lexicons, mixed and unbalanced quote marks and odd characters. No text may raise, and every
extraction keeps the invariants below. (The larger fuzzer this was cut from found a TypeError
on a dash and a name after words that go on from a quote, and an answer line whose mention
pointed into the headline: test_no_raise_credit_after_words.py,
test_headline_names_stay_out_of_offsets.py.)"""
from __future__ import annotations

import random

import pytest

from service.pipeline import extract
from service.pipeline.lexicon import (EPITHET_TRADES, FIRM_NAMES, GIVEN_NAMES, NATIONALITIES,
                                      ORG_NAMES, ORG_NOUNS, PARTY_NAMES, PERSON_ROLE_NOUNS,
                                      TITLE_WORDS)

SHAPES = [
    "“{Q},” {P} said.", "“{Q},” said {P}, {E}.", "{P} said: “{Q}.”", "{E} added: “{Q}”",
    "“{Q},” {E} said. “{Q}.”", "“{Q}?” a reporter asked {P}. “{Q},” {pro} said.",
    "According to {O}, the plan is “{Q}.”", "{O} said in a statement that it was “{Q}.”",
    "“{Q}” — {P}", "{P}, {E}, told reporters on Monday that {Q}.", "{P} went on: “{Q}",
    "Q: “{Q}?”\nA: “{Q}.”", "“{Q},” {O} said. “{Q},” the {noun} added.", "It gets worse: “{Q}.”",
    "In a chat with {P}, {E} said: “{Q}.”", "{Pro} said it was ‘{Q}’.", "''{Q},'' {P} said.",
    "``{Q},'' {E} said.", "“{Q}” later, — {P}", "“{Q}” in {O}, {pro} said.", "{O} cut jobs.",
    "{P} met {P} and {P} in Leeds.", "That was the view of {P}.", "A spokesman for {O} said “{Q}”",
    "Sources familiar with the talks said {Q}.", "The {nat} {trade} said: “{Q}.”",
    "LONDON (Reuters) — {P} said on X: “{Q}.”", "• {P}: “{Q}”", "1. {Q}.", "The {noun} said.",
]
WORDS = ["we will win this", "it is over", "nothing is agreed", "not yet", "fine",
         "the deal is close", "I did not think I could do it again", "we never stopped",
         "rates stay where they are", "why now", "there is no plan B"]
MARKS = "“”‘’\"'`«»„"
ODD = ["\u00a0", "\u200b", "\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u202e", "😀", "\ufeff", "\t",
       "\r\n", "\r", "\ud800", "\u2028", "\x00", "…", "—", "\n", "\n\n"]


def _pick(rng: random.Random, words) -> str:
    return rng.choice(sorted(w for w in words if isinstance(w, str)))


def _name(rng: random.Random, slot: str) -> str:
    given = _pick(rng, GIVEN_NAMES).title()
    surname = rng.choice(["Boyd", "Reyes", "O'Neill", "van der Berg", "Smith-Jones", "May",
                          "Said", "Park", "King", "Group", "Agency", "Co"])
    org = rng.choice([_pick(rng, ORG_NAMES).title(), _pick(rng, FIRM_NAMES).title(),
                      _pick(rng, PARTY_NAMES).title(), "Swiss", "Environment", surname])
    return {
        "P": rng.choice([f"{given} {surname}", surname, f"{given[0]}. K. {surname}",
                         f"{_pick(rng, TITLE_WORDS).title()} {given} {surname}"]),
        "O": rng.choice([org, f"{org} Group", f"the {org} Agency", f"{org} Co.",
                         f"{org.lower()}.com", f"the {_pick(rng, ORG_NOUNS)}"]),
        "E": rng.choice([f"the {_pick(rng, PERSON_ROLE_NOUNS)}", "the Offaly man",
                         f"the {_pick(rng, NATIONALITIES).title()} {_pick(rng, EPITHET_TRADES)}",
                         "the company", "the union", "the iPhone maker"]),
        "Q": rng.choice(WORDS).capitalize(), "pro": rng.choice(["he", "she", "they", "it"]),
        "Pro": rng.choice(["He", "She", "They", "It"]), "noun": _pick(rng, ORG_NOUNS),
        "nat": _pick(rng, NATIONALITIES).title(), "trade": _pick(rng, EPITHET_TRADES),
    }[slot]


def fuzzed_text(rng: random.Random) -> tuple[str, str | None]:
    """Return a generated text and a headline (or None)."""
    sentences = []
    for _ in range(rng.randint(1, 20)):
        shape = rng.choice(SHAPES)
        for slot in ("{P}", "{O}", "{E}", "{Q}", "{pro}", "{Pro}", "{noun}", "{nat}", "{trade}"):
            while slot in shape:
                shape = shape.replace(slot, _name(rng, slot[1:-1]), 1)
        sentences.append(shape)
    text = "".join(s + rng.choice([" ", " ", "\n", "\n\n", "\r\n"]) for s in sentences)
    chars = list(text)
    for _ in range(rng.choice([0, 0, 2, 10])):     # damaged quote marks
        chars[rng.randrange(len(chars))] = rng.choice(MARKS)
    for _ in range(rng.choice([0, 0, 1, 5])):      # odd characters anywhere
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
    text = "".join(chars)
    if rng.random() < 0.1:
        text = text.replace(" ", rng.choice(["\u00a0", "\t", "  "]))
    title = None
    if rng.random() < 0.3:
        title = rng.choice([f"{_name(rng, 'P')}: ‘{_name(rng, 'Q')}’",
                            f"Opinion | {_name(rng, 'P')}\t{_name(rng, 'E')} said",
                            f"{_name(rng, 'O')} to cut 2,000 jobs"])
    return text, title


def _check(text: str, ex) -> None:
    keys = {s.key for s in ex.speakers}
    assert len(keys) == len(ex.speakers)
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        if q.parts:
            assert all(q.start <= p.start <= p.end <= q.end for p in q.parts)
            assert " ".join(text[p.start:p.end] for p in q.parts) == q.text
        else:
            assert text[q.start:q.end] == q.text
        assert q.speaker is None or q.speaker in keys
        if q.mention is not None:
            assert 0 <= q.mention.start <= q.mention.end <= len(text)
            assert text[q.mention.start:q.mention.end] == q.mention.text
        if q.cue is not None and q.cue.start is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.verb
        assert q.sourcing is not None and 0 <= q.sourcing.level <= 6
        for r in q.sourcing.reasons:
            assert 0 <= r.start <= r.end <= len(text) and text[r.start:r.end] == r.text
    spans = sorted((q.start, q.end) for q in ex.quotes)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:])), "overlapping quotes"
    for w in ex.warnings:
        assert 0 <= w.start <= w.end <= len(text)


@pytest.mark.parametrize("seed", range(300))
def test_fuzzed_text_keeps_the_invariants(seed):
    text, title = fuzzed_text(random.Random(seed))
    _check(text, extract(text))
    if title is not None:
        _check(text, extract(text, title=title))
