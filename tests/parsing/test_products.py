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


# changes8, issue 9 "Silently wrong" 4: a product written in words ("3 times £50m", "twice
# £50 million", "dreimal 50 Mio. Euro") read the amount alone, its factor dropped.
PRODUCTS_IN_WORDS = [
    "Germany gave 3 times £50m.",
    "Britain gave twice £50 million to Kyiv.",
    "Britain sent three times £40m in 2023.",
    "Deutschland gab dreimal 50 Mio. Euro.",
    "Deutschland gab 3 mal 50 Mio. Euro.",
    "Polska dała trzy razy po 50 mln zł.",
    "Polska dała 2 razy po 50 mln zł.",
    "La France a donné 3 fois 50 millions d'euros.",
    "La France a donné trois fois 50 millions d'euros.",
    "España dio tres veces 50 millones de euros.",
    "Nederland gaf drie keer 50 miljoen euro.",
    "Україна отримала двічі по 50 млн грн.",
    "Україна отримала три рази по 50 млн грн.",
    "Hrvatska je dala dvaput 50 milijuna eura.",
    "Lietuva skyrė 3 kartus po 5 mln. eurų.",
]


@pytest.mark.parametrize("text", PRODUCTS_IN_WORDS)
def test_a_product_in_words_is_refused_and_reported(text):
    refused = []
    assert extract_amounts(text, refused=refused) == []
    assert len(refused) == 1 and "multiplies an amount" in refused[0].reason
    with pytest.raises(ParseError, match="multiplies an amount"):
        parse_amount(text)


COMPARISONS = [
    "Germany gave twice as much as €5bn.",
    "Germany gave three times more than €5bn.",
    "Deutschland gab doppelt so viel wie 5 Mrd. Euro.",
    "Deutschland gab dreimal so viel wie 5 Mrd. Euro.",
    "L'Allemagne a donné deux fois plus que 5 milliards d'euros.",
    "Polska dała trzy razy więcej niż 2 mld zł.",
    "Україна отримала вдвічі більше, ніж 50 млн грн.",
]


@pytest.mark.parametrize("text", COMPARISONS)
def test_a_factor_of_comparison_before_an_amount_is_refused_not_read_as_up_to(text):
    refused = []
    found = extract_amounts(text, refused=refused)
    assert found == [] or all(m.amount.qualifier != "up_to" for m in found)
    assert found == []
    assert "compares with an amount" in refused[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a count of things before an amount, and words that multiply nothing, leave it alone
        ("The US approved three $200 million loans.", ["USD 200000000"]),
        ("Japan signed two ¥50 billion loans.", ["JPY 50000000000"]),
        ("At times €50m a month was spent.", ["EUR 50000000"]),
        ("Germany pledged €50m twice.", ["EUR 50000000"]),
        ("Berlin gab noch mal 50 Mio. Euro.", ["EUR 50000000"]),
        ("Kyiv will get as much as €5bn.", ["up to EUR 5000000000"]),
        ("Deutschland gab zum ersten Mal 50 Mio. Euro.", ["EUR 50000000"]),
        ("Nicht mal 50 Mio. Euro kamen an.", ["EUR 50000000"]),
        ("La France a donné pour la première fois 50 millions d'euros.", ["EUR 50000000"]),
        ("España dio por primera vez 50 millones de euros.", ["EUR 50000000"]),
    ],
)
def test_a_count_of_things_or_a_word_after_is_no_product(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected


def test_a_product_in_words_makes_no_pledge_row():
    from aidcalc import extract_pledges

    assert len(extract_pledges("Germany gave Ukraine 3 times €50m in 2024.")) == 0
