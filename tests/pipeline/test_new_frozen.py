"""quotes.new_frozen builds the frozen dataclasses of model.py without their __init__: what it
builds must equal what the class builds from the same fields (equality, hash, repr, the
fields' order), and the pipeline's stages must give every field, in order."""
from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from service.pipeline import extract
from service.pipeline.model import Quote, RawQuote, Reason, Sourcing, Span
from service.pipeline.quotes import find_quotes, new_frozen, paragraphs

_CASES = [
    (Span, {"start": 3, "end": 9}),
    (RawQuote, {"start": 1, "end": 5, "open": 0, "close": 5, "paragraph": 0,
                "continues": False, "nested": True}),
    (Reason, {"signal": "channel", "text": "told reporters", "start": 4, "end": 18}),
    (Sourcing, {"level": 6, "label": "named_on_record", "signals": {"plural": False},
                "reasons": (Reason("named_speaker", "Ann Boyd", 0, 8),)}),
]


@pytest.mark.parametrize("cls, values", _CASES)
def test_new_frozen_builds_what_the_class_builds(cls, values):
    built, made = new_frozen(cls, dict(values)), cls(**values)
    assert type(built) is cls
    assert built == made and repr(built) == repr(made)
    assert list(vars(built)) == list(vars(made)) == [f.name for f in fields(cls)]
    if cls is not Sourcing:     # (its signals, a dict, are no part of its hash)
        assert hash(built) == hash(made)
    with pytest.raises(FrozenInstanceError):
        built.start = 0


def _field_names(obj) -> list[str]:
    return [f.name for f in fields(type(obj))]


def test_stages_give_every_field_in_order():
    text = ("“We will not back down,” Ann Boyd told reporters on Monday.\n\n"
            "“It is ‘over’,” a spokesman said in a statement.")
    assert all(list(vars(span)) == _field_names(span) for span in paragraphs(text))
    raw, _ = find_quotes(text)
    assert raw and all(list(vars(q)) == _field_names(q) for q in raw)
    quotes = extract(text).quotes
    assert quotes
    for quote in quotes:
        assert list(vars(quote)) == _field_names(quote)
        assert list(vars(quote.sourcing)) == _field_names(quote.sourcing)
        assert all(list(vars(r)) == _field_names(r) for r in quote.sourcing.reasons)
