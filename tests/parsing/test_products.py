"""A count times an amount states no total: "Germany gave 2 x €50 million" read EUR 50 million
in extraction, a silent undercount of the pledge (trial 6; tables already refused such a cell).
It is refused and reported, before or after the amount, with x, × or *."""

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.errors import ParseError


@pytest.mark.parametrize(
    "text",
    [
        "Germany gave 2 x €50 million to Ukraine.",
        "They gave 3x€5m.",
        "Deutschland zahlt 2 × 50 Mio. €.",
        "Polska przekaże 3 * 100 mln zł.",
        "The EU sends €50 million × 3 to Kyiv.",
        "Grants of €5m x 3 years were approved.",
    ],
)
def test_a_count_times_an_amount_is_refused_and_reported(text):
    refused = []
    assert extract_amounts(text, refused=refused) == []
    assert len(refused) == 1 and "multiplies an amount" in refused[0].reason
    with pytest.raises(ParseError, match="multiplies an amount"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A 4x4 truck cost €50,000.", "EUR 50000"), ("Box 2 x 3 m, €500", "EUR 500")],
)
def test_a_product_of_other_things_leaves_the_amount_alone(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]
