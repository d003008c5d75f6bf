"""The exact and close lookups sharing one index lookup (the quotes holding all three rarest
words) find what each finds on its own, in the same order."""
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


def test_quotes_holding_lists_the_quotes_holding_every_word(db):
    held = repository.quotes_holding(db, TERMS, scan=100)
    assert len(held) == 3 * 3                 # the first three wordings, three times over
    assert repository.quotes_holding(db, TERMS, scan=4) == sorted(held)[:4]
    assert repository.quotes_holding(db, ["harbour", "zebra"], scan=100) == []
    assert repository.quotes_holding(db, [], scan=100) == []


@pytest.mark.parametrize("lookup", LOOKUPS)
@pytest.mark.parametrize("limit", [2, 20])
def test_shared_lookup_finds_what_each_lookup_finds_alone(db, lookup, limit):
    held = repository.quotes_holding(db, TERMS, scan=100)
    for form in ("harbour bridge will open in spring", "open in spring", "zebra crossing"):
        alone = repository.find_exact(db, form, TERMS, limit=limit, scan=100, **lookup)
        assert repository.find_exact(db, form, TERMS, limit=limit, scan=100, among=held,
                                     **lookup) == alone
    alone = repository.find_close(db, TERMS, limit=limit, scan=100, **lookup)
    shared = repository.find_close(db, TERMS, limit=limit, scan=100, holding_all=held,
                                   **lookup)
    assert shared == alone
    for pool in (1, 4, 12):            # the ranked ids cut short before rows are read
        assert repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool,
                                     holding_all=held, **lookup) == \
            repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool, **lookup)
    assert shared or lookup.get("published_after")    # the lookups found something to compare


def test_close_lookup_ranks_quotes_holding_all_three_first(db):
    held = set(repository.quotes_holding(db, TERMS, scan=100))
    rows = repository.find_close(db, TERMS, speaker=None, limit=30, scan=100,
                                 holding_all=sorted(held))
    first = [r["id"] in held for r in rows]
    assert first == sorted(first, reverse=True) and sum(first) == len(held)
    assert len(rows) == 3 * 9      # every quote holding two of the words or more


@pytest.mark.parametrize("words", [TERMS, TERMS[::-1], ["spring", "harbour", "bridge"],
                                   ["harbour", "bridge"], ["harbour", "zebra", "spring"]])
def test_any_pair_query_finds_the_quotes_holding_two_of_the_words(db, words):
    def ids(match):
        return {r[0] for r in db.execute(
            "SELECT rowid FROM quote_words WHERE quote_words MATCH ?", [match])}
    pairs = set().union(*(ids(repository.all_words_query([a, b]))
                          for i, a in enumerate(words) for b in words[i + 1:]))
    assert ids(repository.any_pair_query(words)) == pairs


@pytest.mark.parametrize("terms", [TERMS, ["spring", "harbour", "bridge"], ["harbour", "bridge",
                                   "zebra"], ["zebra", "harbour", "bridge"]])
def test_pairs_give_the_quotes_holding_all_three_and_any_two(db, terms):
    """quotes_by_pairs' two lookups find what quotes_holding and the any-pair query find."""
    every, two = repository.quotes_by_pairs(db, terms)
    assert every == repository.quotes_holding(db, terms, scan=100)
    assert two == sorted(repository._json_ids(
        db, "SELECT json_group_array(rowid) FROM quote_words WHERE quote_words MATCH ?",
        repository.any_pair_query(terms)))
    assert len(two) >= len(every) and set(every) <= set(two)


@pytest.mark.parametrize("lookup", LOOKUPS)
@pytest.mark.parametrize("pool", [1, 4, 200])
def test_close_lookup_given_both_sets_finds_what_it_finds_alone(db, lookup, pool):
    every, two = repository.quotes_by_pairs(db, TERMS)
    for limit in (2, 20):
        assert repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool,
                                     holding_all=every, holding_two=two, **lookup) == \
            repository.find_close(db, TERMS, limit=limit, scan=100, pool=pool, **lookup)
