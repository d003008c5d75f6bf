"""The exact and close lookups sharing index lookups (the quotes holding the two rarest
words, then all three and two or more) find what each finds on its own, in the same order."""
from __future__ import annotations

import pytest
from said import store_said

from service import repository
from service.db import connect, migrate

# Quotes holding all three of harbour / bridge / spring, two of them (each pair), one, none;
# said by Jane Doe or Ann Roe in turn, published on different days.
WORDS = [
    "the harbour bridge will open in spring",
    "the harbour bridge will open in spring they said",
    "in spring the harbour bridge will open",
    "the harbour bridge will open in summer",
    "the harbour will open in spring",
    "the bridge will open in spring",
    "the harbour bridge is closed",
    "spring is here at the harbour",
    "the bridge in spring",
    "only the harbour",
    "nothing to see",
]


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "shared.db")
    migrate(db)
    store_said(db, WORDS * 3)
    return db


TERMS = ["harbour", "bridge", "spring"]
LOOKUPS = [{"speaker": s, **d} for s in (None, "Doe", "Nobody")
           for d in ({}, {"published_before": "2024-01-20"},
                     {"published_after": "2024-01-05", "published_before": "2024-01-30"})]


def holding(terms, least):
    """The ids of the stored quotes (one per sentence of WORDS * 3, in order) that hold at
    least ``least`` of ``terms`` as words: what the index lookups must find."""
    return [i for i, words in enumerate(WORDS * 3, start=1)
            if sum(t in words.split() for t in terms) >= least]


@pytest.mark.parametrize("terms", [TERMS, TERMS[::-1], ["spring", "harbour", "bridge"],
                                   ["harbour", "bridge", "zebra"],
                                   ["zebra", "harbour", "bridge"], ["zebra", "ferry", "see"]])
def test_pairs_give_the_quotes_holding_all_three_and_two_or_more(db, terms):
    found = repository.quotes_by_pairs(db, terms)
    assert found.all_three == holding(terms, 3)
    assert found.two_or_more == holding(terms, 2)
    assert len(repository.quotes_by_pairs(db, TERMS).all_three) == 3 * 3   # three wordings


@pytest.mark.parametrize("terms", [TERMS, ["spring", "harbour", "bridge"],
                                   ["zebra", "harbour", "bridge"]])
def test_pairs_from_the_quotes_holding_the_two_rarest_words(db, terms):
    both = repository.quotes_holding(db, terms[:2])
    assert both == holding(terms[:2], 2)
    assert repository.quotes_by_pairs(db, terms, both) == repository.quotes_by_pairs(db, terms)


@pytest.mark.parametrize("lookup", LOOKUPS)
@pytest.mark.parametrize("limit", [2, 20])
def test_shared_lookup_finds_what_each_lookup_finds_alone(db, lookup, limit):
    held = repository.quotes_by_pairs(db, TERMS)
    both = repository.quotes_holding(db, TERMS[:2])
    for form in ("harbour bridge will open in spring", "open in spring", "zebra crossing"):
        alone = repository.find_exact(db, form, TERMS, limit=limit, scan=100, **lookup)
        assert repository.find_exact(db, form, TERMS, limit=limit, scan=100,
                                     among=both, **lookup) == alone
    alone = repository.find_close(db, TERMS, limit=limit, scan=100, **lookup)
    shared = repository.find_close(db, TERMS, limit=limit, scan=100, holding=held, **lookup)
    assert shared == alone
    for pool in (1, 4, 12, 200):       # the ranked ids cut short before rows are read
        assert repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool,
                                     holding=held, **lookup) == \
            repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool, **lookup)
    assert shared or lookup.get("published_after")    # the lookups found something to compare


def test_close_lookup_ranks_quotes_holding_all_three_first(db):
    found = repository.quotes_by_pairs(db, TERMS)
    held = set(found.all_three)
    rows = repository.find_close(db, TERMS, speaker=None, limit=30, scan=100, holding=found)
    first = [r["id"] in held for r in rows]
    assert first == sorted(first, reverse=True) and sum(first) == len(held)
    assert len(rows) == 3 * 9      # every quote holding two of the words or more


@pytest.mark.parametrize("terms", [TERMS, ["zebra", "harbour", "bridge"], TERMS[:2]])
@pytest.mark.parametrize("speaker", [None, "Doe"])
def test_close_candidates_say_which_hold_every_term(db, terms, speaker):
    # with the shared lookups (three terms) or asking the index pair by pair
    ways = [None] + ([repository.quotes_by_pairs(db, terms)] if len(terms) == 3 else [])
    for held in ways:
        found = repository.close_candidates(db, terms, speaker=speaker, scan=100,
                                            holding=held)
        assert sorted(found.ranked) == holding(terms, min(2, len(terms)))
        assert found.holding_all.intersection(found.ranked) == set(holding(terms, len(terms)))
