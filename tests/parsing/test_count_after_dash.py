"""A bare number after a dash that counts the word after it is no range's top (session 14's
review: "$5 million - 10 tanks" read USD 5-10 million, silently; docs/parsing.md)."""

import pytest

from aidcalc import extract_amounts, parse_amount


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("$5 million - 10 tanks were sent", None, "USD 5000000"),
        ("€5m – 10 projects were funded", None, "EUR 5000000"),
        ("Berlin gab 5 Mio. € – 10 Panzer folgen", "de", "EUR 5000000"),
        ("Paris a versé 5 millions d'euros – 10 camions sont partis", "fr", "EUR 5000000"),
        ("Polska dała 5 mln zł – 10 czołgów trafi na front", "pl", "PLN 5000000"),
    ],
)
def test_a_count_after_a_dash_is_no_top(text, lang, read):
    found = extract_amounts(text, lang=lang)
    assert [str(m.amount) for m in found] == [read]
    assert found[0].amount.high is None


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("$5-10 million for schools", None, "5000000", "10000000"),
        ("€5m-10m for schools", None, "5000000", "10000000"),
        ("$5 million - 10 million", None, "5000000", "10000000"),
        ("€5m–€10m in grants", None, "5000000", "10000000"),
        ("5-10 Mio. Euro für Schulen", "de", "5000000", "10000000"),
    ],
)
def test_ranges_stay_ranges(text, lang, low, high):
    amount = parse_amount(text, lang=lang)
    assert (str(amount.value), str(amount.high)) == (low, high)
