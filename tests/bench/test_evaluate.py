"""bench/evaluate.py's --by: the scorer's rows by a field of each gold document's meta."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from evaluate import grouped_by  # noqa: E402


@pytest.mark.parametrize("doc, field, expected", [
    ({"source": "wire", "meta": {"publisher": "ledger"}}, "publisher", "ledger"),
    ({"source": "wire", "meta": {"year": 2016}}, "year", "2016"),      # any value, as text
    ({"source": "wire", "meta": {"publisher": "ledger"}}, "desk", "?"),  # field absent
    ({"source": "wire"}, "publisher", "?"),                              # no meta at all
])
def test_rows_by_a_meta_field(doc, field, expected):
    doc = {**doc, "text": "t", "quotes": []}
    grouped = grouped_by(doc, field)
    assert grouped["source"] == expected
    assert {k: v for k, v in grouped.items() if k != "source"} == \
        {k: v for k, v in doc.items() if k != "source"}
