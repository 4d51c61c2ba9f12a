"""Two silent values found while merging issue 9's branches (never a silent ×1000):

- an English dotted scale abbreviation ("bln.", "mln.", "bil.", as the Ukrainian, Russian and
  Baltic press write English) took CLDR's Dutch "bln." (a biljoen, 10^12): "€1 bln. to Kyiv"
  was a trillion with nothing assumed;
- an amount written to the cent with no cents ("1,00 €") took the scale of a later list item
  ("1,00 € und € 1 Mrd.": a billion).
"""

import pytest

from aidcalc import extract_amounts


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The EU pledged € 1 bln. to Kyiv.", 10**9, "EUR"),
        ("€ 1 bln. the EU pledged", 10**9, "EUR"),
        ("Ukraine received UAH 2 bln. from the state budget.", 2 * 10**9, "UAH"),
        ("Lithuania allocated EUR 5 mln. for drones.", 5 * 10**6, "EUR"),
        ("The bank approved USD 3 bil. in loans.", 3 * 10**9, "USD"),
        ("Kyiv expects EUR 1.5 bln. more by May.", 15 * 10**8, "EUR"),
    ],
)
def test_an_english_dotted_scale_abbreviation_is_the_short_scale(text, value, currency):
    (mention,) = extract_amounts(text)
    assert (mention.amount.value, mention.amount.currency) == (value, currency)


@pytest.mark.parametrize(
    "text",
    [
        "De Europese Unie geeft 1 bln. euro aan Oekraïne voor de wederopbouw.",
        "De EU geeft 1 bln. euro aan Oekraïne",
        "Polska przekaże 1 bln. zł na odbudowę kraju.",
    ],
)
def test_a_dotted_scale_of_two_powers_is_never_read_silently(text):
    """Dutch and Polish write "bln." for 10^12: the reading is 10^12, or says what it assumed."""
    (mention,) = extract_amounts(text)
    assert mention.amount.value % 10**9 == 0
    assert mention.amount.value == 10**12 or mention.assumptions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,00 € und € 1 Mrd. zugesagt", ["EUR 1", "EUR 1000000000"]),
        ("€5.00, €10 and €20 million", ["EUR 5", "EUR 10000000", "EUR 20000000"]),
        ("£2.00 and £3 billion", ["GBP 2", "GBP 3000000000"]),
        ("1 000,00 zł i 2 mln zł", ["PLN 1000", "PLN 2000000"]),
        # a count with a decimal part still shares the scale
        ("€5, €10 and €20 million", ["EUR 5000000", "EUR 10000000", "EUR 20000000"]),
        ("$1.5, $2.5 and $3 billion", ["USD 1500000000", "USD 2500000000", "USD 3000000000"]),
    ],
)
def test_an_amount_written_to_the_cent_takes_no_later_scale(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
