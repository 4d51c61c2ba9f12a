"""A change of value is two amounts, never a range (aidcalc.parsing.changes; issue 9 "never a
silent wrong value"): "rose from €5bn to €8bn" was one range of 5 to 8 billion, and "stieg von
5 auf 8 Milliarden Euro", "wzrosła z 2 do 3 mld zł" lost the value before; a value given for
comparison ("up from €5bn") made a second pledge row."""

import pytest

from aidcalc import extract_amounts, extract_pledges


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(str(m.amount), m.changed_to) for m in extract_amounts(text)]


CHANGES = [
    ("The budget rose from €5bn to €8bn.", "EUR", 5 * 10**9, 8 * 10**9),
    ("Aid fell from $10bn to $5bn last year.", "USD", 10 * 10**9, 5 * 10**9),
    ("The cap was sharply cut from €5bn to €3bn.", "EUR", 5 * 10**9, 3 * 10**9),
    ("Germany increased its military aid to Ukraine from €5bn to €8bn.", "EUR", 5e9, 8e9),
    ("The fund grew from 5 to 8 million dollars.", "USD", 5 * 10**6, 8 * 10**6),
    ("Die Hilfe stieg von 5 auf 8 Milliarden Euro.", "EUR", 5 * 10**9, 8 * 10**9),
    ("Berlin erhöht 2024 die Hilfe von 4 auf 8 Mrd. Euro.", "EUR", 4 * 10**9, 8 * 10**9),
    ("L'aide est passée de 2 à 3 milliards d'euros.", "EUR", 2 * 10**9, 3 * 10**9),
    ("La ayuda pasó de 2 a 3 millones de euros.", "EUR", 2 * 10**6, 3 * 10**6),
    ("L'aiuto è passato da 2 a 3 miliardi di euro.", "EUR", 2 * 10**9, 3 * 10**9),
    ("A ajuda passou de 2 para 3 milhões de euros.", "EUR", 2 * 10**6, 3 * 10**6),
    ("De steun steeg van 2 naar 3 miljard euro.", "EUR", 2 * 10**9, 3 * 10**9),
    ("Pomoc wzrosła z 2 do 3 mld zł.", "PLN", 2 * 10**9, 3 * 10**9),
    ("Допомога зросла з 2 до 3 млрд євро.", "EUR", 2 * 10**9, 3 * 10**9),
    ("Stödet ökade från 2 till 3 miljarder kronor.", "SEK", 2 * 10**9, 3 * 10**9),
    ("Pomoc vzrostla z 2 na 3 miliardy korun.", "CZK", 2 * 10**9, 3 * 10**9),
]


@pytest.mark.parametrize(("text", "code", "before", "after"), CHANGES)
def test_a_change_of_value_is_the_value_before_and_the_value_after(text, code, before, after):
    first, second = extract_amounts(text)
    assert (first.amount.currency, first.amount.value, first.amount.high) == (code, before, None)
    assert (second.amount.currency, second.amount.value, second.amount.high) == (code, after, None)
    assert (first.changed_to, second.changed_to) == (1, None)


def test_a_value_before_written_without_scale_or_currency_says_it_borrowed_them():
    first, second = extract_amounts("Die Hilfe stieg von 5 auf 8 Milliarden Euro.")
    assert {"shared-scale", "shared-currency"} <= set(first.assumptions)
    assert "shared-scale" not in second.assumptions


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # no verb of change: a range stays a range
        ("Costs are estimated at from €5bn to €8bn.", [("EUR 5000000000-8000000000", None)]),
        ("Pledges of €5bn to €8bn are expected.", [("EUR 5000000000-8000000000", None)]),
        ("Kyiv sought from $5 to $10 billion a year.", [("USD 5000000000-10000000000", None)]),
        (
            "Die Kosten liegen zwischen 5 und 8 Milliarden Euro.",
            [("EUR 5000000000-8000000000", None)],
        ),
        ("Le coût ira de 2 à 3 milliards d'euros.", [("EUR 2000000000-3000000000", None)]),
    ],
)
def test_a_range_with_no_verb_of_change_stays_a_range(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid is €8bn this year, up from €5bn.", [("EUR 8000000000", None), ("EUR 5000000000", 0)]),
        (
            "Spending hit $5bn in 2023 versus $3bn in 2022.",
            [("USD 5000000000", None), ("USD 3000000000", 0)],
        ),
        (
            "Die Hilfe beträgt 8 Mrd. Euro gegenüber 5 Mrd. Euro im Vorjahr.",
            [("EUR 8000000000", None), ("EUR 5000000000", 0)],
        ),
        (
            "Polska przekaże 3 mld zł wobec 2 mld zł rok wcześniej.",
            [("PLN 3000000000", None), ("PLN 2000000000", 0)],
        ),
        (
            "La France donne 3 milliards d'euros, contre 2 milliards d'euros en 2023.",
            [("EUR 3000000000", None), ("EUR 2000000000", 0)],
        ),
        # a cue in another sentence compares nothing
        (
            "Aid is €8bn. Up from there, €5bn went to Kyiv.",
            [("EUR 8000000000", None), ("EUR 5000000000", None)],
        ),
    ],
)
def test_a_value_given_for_comparison_is_the_value_before(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany increased its military aid to Ukraine from €5bn to €8bn in 2024.",
        "Germany will provide €8bn to Ukraine in 2024, up from €5bn last year.",
        "Deutschland erhöht die Militärhilfe für die Ukraine 2024 von 5 auf 8 Milliarden Euro.",
        "Polska przekaże Ukrainie 3 mld zł wobec 2 mld zł rok wcześniej.",
    ],
)
def test_the_value_before_a_change_makes_no_pledge_row(text):
    rows = extract_pledges(text)
    assert len(rows) == 1
    assert rows["value"].iloc[0] in (8e9, 3e9)
    assert rows["high"].isna().all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La France donne 3 milliards d'euros, contre 1,7 milliard.", "EUR 1700000000"),
        ("Polska daje 3 mld zł, wobec 2 mld.", "PLN 2000000000"),
        ("Aid was $8bn versus 5bn.", "USD 5000000000"),
        ("Aid was €8bn, compared with 5bn in 2023.", "EUR 5000000000"),
    ],
)
def test_a_value_compared_with_takes_the_currency_written_once_before_it(text, expected):
    first, second = extract_amounts(text)
    assert (str(second.amount), second.changed_to) == (expected, 0)
    assert "shared-currency" in second.assumptions


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [  # the change's verb after it, a change by an amount, more verbs and languages
        ("Deutschland hat die Hilfe von 5 Milliarden Euro auf 8 Milliarden Euro erhöht.", 5e9, 8e9),
        ("De steun ging van 2 naar 3 miljard euro.", 2e9, 3e9),
        ("Aid rose by €3bn to €8bn.", 3e9, 8e9),
        ("Die Hilfe wurde um 3 auf 8 Mrd. Euro erhöht.", 3e9, 8e9),
        ("The deficit widened from £20bn to £35bn.", 20e9, 35e9),
        ("The EU upped its aid from €5bn to €8bn.", 5e9, 8e9),
        ("Parama išaugo nuo 5 iki 8 mln. eurų.", 5e6, 8e6),
        ("Koszty wzrosły od 2 do 3 mld zł.", 2e9, 3e9),
    ],
)
def test_more_forms_of_a_change(text, before, after):
    first, second = extract_amounts(text)
    assert (first.amount.value, second.amount.value) == (before, after)
    assert (first.amount.high, second.amount.high) == (None, None)
    assert (first.changed_to, second.changed_to) == (1, None)


@pytest.mark.parametrize(
    "text",
    [
        "Germany raised its aid to Ukraine to €8bn from €5bn.",
        "Germany raised its aid to €8bn from €5bn last year.",
        "Die Hilfe stieg auf 8 Mrd. Euro von 5 Mrd. Euro.",
    ],
)
def test_a_change_written_after_before_is_marked_too(text):
    first, second = extract_amounts(text)
    assert (first.changed_to, second.changed_to) == (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged €8bn to Ukraine, versus $5bn from the United States.",
        "Germany pledged €8bn, compared with $5bn from the United States.",
        "La France a versé 3 milliards d'euros, contre 1,7 milliard à l'Allemagne.",
        "Germany gave €8bn in 2024, compared with €5bn from France in 2024.",
        "Germany gave €8bn to Ukraine from €5bn reserves.",  # no verb of change
        "Koszt wyniesie od 2 do 3 mld zł.",  # a range: no verb of change
        "Die Kosten liegen von 5 bis 8 Milliarden Euro.",
    ],
)
def test_another_givers_amount_or_a_range_is_no_value_before(text):
    assert all(m.changed_to is None for m in extract_amounts(text))
