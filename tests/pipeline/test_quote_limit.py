"""extract(max_quotes=N): a text of more than N quoted passages is refused before its quotes
are attributed (a 2 MB body of nothing but quotes took minutes); at N it reads as without."""
from __future__ import annotations

import pickle

import pytest

import service.pipeline
from service.pipeline import TooManyQuotes, extract

# (text, its quoted passages: the spans between marks, one per paragraph a quote runs over)
TEXTS = [
    pytest.param("No quote here, Ann Boyd said.", 0, id="none"),
    pytest.param("“One,” Ann Boyd said. “Two,” she added. “Three.”", 3, id="one-paragraph"),
    pytest.param("“a” “b” “c” (Ann) “x,” they said.", 4, id="unbroken-quotes"),
    pytest.param("“The first part of it.\n\n“The second part,” Ann Boyd said.", 2,
                 id="one-quote-over-two-paragraphs"),
    pytest.param("“One,” Ann Boyd said.\r\n“Two,” she added.", 2, id="windows-line-ends"),
    pytest.param("“He told me ‘no’ twice,” Ann Boyd said.", 1, id="nested-single-marks"),
]


@pytest.mark.parametrize("text, passages", TEXTS)
def test_at_the_limit_the_extraction_is_the_same_as_without(text, passages):
    assert extract(text, max_quotes=passages) == extract(text)


@pytest.mark.parametrize("text, passages", [t for t in TEXTS if t.values[1] > 0])
def test_one_passage_over_the_limit_raises_with_the_counts(text, passages):
    with pytest.raises(TooManyQuotes) as caught:
        extract(text, max_quotes=passages - 1)
    assert (caught.value.found, caught.value.limit) == (passages, passages - 1)
    assert str(caught.value) == (f"The text holds {passages} quoted passages, more than the "
                                 f"{passages - 1} allowed.")


def test_the_refusal_comes_before_any_quote_is_attributed(monkeypatch):
    """The check is what bounds the time: it must come before the costly stages."""
    def attribute(*args, **kwargs):
        raise AssertionError("attributed")

    monkeypatch.setattr(service.pipeline, "attribute", attribute)
    with pytest.raises(TooManyQuotes):
        extract("“a” “b” “c”", max_quotes=2)


def test_the_refusal_pickles_with_its_counts():
    """The importer's worker processes hand it back to the importing one."""
    again = pickle.loads(pickle.dumps(TooManyQuotes(1001, 1000)))
    assert (again.found, again.limit, str(again)) == (
        1001, 1000, "The text holds 1001 quoted passages, more than the 1000 allowed.")
