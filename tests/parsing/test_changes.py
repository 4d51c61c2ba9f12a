"""A change of value is two amounts, never a range (aidcalc.parsing.changes; issue 9 "never a
silent wrong value"): "rose from €5bn to €8bn" was one range of 5 to 8 billion, and "stieg von
5 auf 8 Milliarden Euro", "wzrosła z 2 do 3 mld zł" lost the value before; a value given for
comparison ("up from €5bn") made a second pledge row."""

import pytest

from aidcalc import extract_amounts, extract_pledges, parse_amount


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
        ("El coste será de 2 a 3 millones de euros.", [("EUR 2000000-3000000", None)]),
        ("Il costo sarà di 2 a 3 milioni di euro.", [("EUR 2000000-3000000", None)]),
        ("Spain pledged by 2026 €2m to €3m.", [("EUR 2000000-3000000", None)]),
        ("Pomoc vzrostla o 2 až 3 miliony eur.", [("EUR 2000000-3000000", None)]),
        # a bare number after "to" that counts the word after it: no value after a change, nor
        # a range's top (probe 24b: "na 3 roky" read CZK 3 million; "to 5 regions" EUR 2-5m)
        ("Česko navýšilo pomoc Ukrajině o 500 milionů korun na 3 roky.", [("CZK 500000000", None)]),
        (
            "L'Italia ha aumentato gli aiuti di 2 milioni di euro a 3 Paesi.",
            [("EUR 2000000", None)],
        ),
        ("Germany gave €2m to 5 regions.", [("EUR 2000000", None)]),
        ("They gave €5 to 10 families.", [("EUR 5", None)]),
        ("Die Hilfe stieg um 2 Mio. Euro auf 5 Jahre.", [("EUR 2000000", None)]),
        ("€5 to 10 per person", [("EUR 5-10", None)]),
        ("EUR 5 to 10 each", [("EUR 5-10", None)]),
        ("La spesa è di 2 a 3 milioni di euro.", [("EUR 2000000-3000000", None)]),
        # a passive's "by" far after a verb of change: the agent, a range after it (probe 24:
        # a first reach of ten words with no possessive read each as a change)
        (
            "Funding rose for charities in the east of the country hit by $2m to $5m cuts.",
            [("USD 2000000-5000000", None)],
        ),
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
        # the words for "by" of Italian and Czech (probe 24: a range, or the change lost), and
        # a word elided by an apostrophe counted once ("per l'Ucraina di 2 milioni")
        (
            "L'Italia ha aumentato il suo impegno per l'Ucraina di 2 milioni a 5 milioni di euro.",
            2e6,
            5e6,
        ),
        ("Česko zvýšilo svůj závazek vůči Ukrajině o 2 miliony eur na 5 milionů eur.", 2e6, 5e6),
        # a verb further before "by" than before "from", its object a possessive's ("by €2.5
        # million to €5 million" was a range of 2.5 to 5 million until session 24)
        (
            "Germany raised its total commitment for Ukraine this year by €2.5m to €5 million.",
            2.5e6,
            5e6,
        ),
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


# changes8, issue 9 "Silently wrong" 1: a verb of change, a bare amount and a word for "to"
# (no "from", no "by") was one range ("Aid rose €3bn to €8bn": EUR 3-8bn); it is the change,
# then the value after, as "by" gives it.
BARE_CHANGES = [
    ("Aid rose €3bn to €8bn.", "EUR", 3e9, 8e9),
    ("Spending climbed $2bn to $9bn last year.", "USD", 2e9, 9e9),
    ("The fund was cut £1bn to £4bn.", "GBP", 1e9, 4e9),
    ("Die Hilfe stieg 3 Mrd. auf 8 Mrd. Euro.", "EUR", 3e9, 8e9),
    ("Die Ausgaben sanken 2 Mrd. Euro auf 6 Mrd. Euro.", "EUR", 2e9, 6e9),
    ("Pomoc wzrosła o 1 mld zł do 3 mld zł.", "PLN", 1e9, 3e9),
    ("Допомога зросла на 1 млрд до 3 млрд грн.", "UAH", 1e9, 3e9),
    ("Помощь выросла на 1 млрд до 3 млрд рублей.", "RUB", 1e9, 3e9),
    ("Pomoć je porasla za 1 na 3 milijarde eura.", "EUR", 1e9, 3e9),
]


@pytest.mark.parametrize(("text", "code", "change", "after"), BARE_CHANGES)
def test_a_verb_before_a_bare_amount_and_to_is_the_change_then_the_value(text, code, change, after):
    first, second = extract_amounts(text)
    assert (first.amount.currency, first.amount.value, first.amount.high) == (code, change, None)
    assert (second.amount.currency, second.amount.value, second.amount.high) == (code, after, None)
    assert (first.changed_to, second.changed_to) == (1, None)


# changes8, issue 9 "Silently wrong" 2: "up to", "do", "до" right after a verb of change is the
# word for "to" of the change, not a ceiling ("Spending went up to €8bn" read up_to), and a
# value before written after it, with or without its own currency, is linked to it.
TO_AFTER_A_VERB = [
    ("Spending went up to €8bn.", [("EUR 8000000000", None)]),
    ("Spending went up to €8bn, from €5bn.", [("EUR 8000000000", None), ("EUR 5000000000", 0)]),
    ("Pomoc wzrosła do 3 mld zł.", [("PLN 3000000000", None)]),
    ("Pomoc wzrosła do 3 mld zł z 2 mld zł.", [("PLN 3000000000", None), ("PLN 2000000000", 0)]),
    ("Pomoc wzrosła w 2024 r. do 3 mld zł.", [("PLN 3000000000", None)]),
    ("Pomoc wzrosła o 20 proc. do 3 mld zł.", [("PLN 3000000000", None)]),
    (
        "Rząd zwiększył pomoc o 1 mld zł, do 3 mld zł.",
        [("PLN 1000000000", 1), ("PLN 3000000000", None)],
    ),
    ("Допомога зросла до 3 млрд грн з 2 млрд.", [("UAH 3000000000", None), ("UAH 2000000000", 0)]),
    ("Допомога зросла на 20% до 3 млрд грн.", [("UAH 3000000000", None)]),
    (
        "Помощь выросла до 3 млрд рублей с 2 млрд.",
        [("RUB 3000000000", None), ("RUB 2000000000", 0)],
    ),
    (
        "Pomoć je porasla s 2 na 3 milijarde kuna.",
        [("HRK 2000000000", 1), ("HRK 3000000000", None)],
    ),
    (
        "Pomoć je porasla sa 2 na 3 milijarde kuna.",
        [("HRK 2000000000", 1), ("HRK 3000000000", None)],
    ),
    ("Pomoć je porasla do 3 milijarde eura.", [("EUR 3000000000", None)]),
    (
        "Pomoć je porasla na 3 milijarde eura s 2 milijarde.",
        [("EUR 3000000000", None), ("EUR 2000000000", 0)],
    ),
    # lists15b: infinitive, plural and future forms of the verb ("tot", "do" read "up to")
    ("Het kabinet wil het kader verhogen tot 4 miljard euro.", [("EUR 4000000000", None)]),
    ("De bijdrage moet stijgen tot 6 miljoen euro.", [("EUR 6000000", None)]),
    ("De uitgaven daalden tot 900 miljoen euro.", [("EUR 900000000", None)]),
    ("Den Haag wil het noodfonds ophogen tot 250 miljoen euro.", [("EUR 250000000", None)]),
    ("Het budget zal verlagen tot 1,5 miljard euro.", [("EUR 1500000000", None)]),
    ("Budżet pomocy wzrośnie do 4 mld euro.", [("EUR 4000000000", None)]),
    ("Wydatki mają wzrosnąć do 700 mln zł.", [("PLN 700000000", None)]),
    ("Koszty spadną do 2 mld zł.", [("PLN 2000000000", None)]),
    (
        "Het kabinet wil de steun verhogen van 2 naar 3 miljard euro.",
        [("EUR 2000000000", 1), ("EUR 3000000000", None)],
    ),
    ("Wydatki wzrosną z 2 do 3 mld zł.", [("PLN 2000000000", 1), ("PLN 3000000000", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TO_AFTER_A_VERB)
def test_to_after_a_verb_of_change_is_the_value_after_not_a_ceiling(text, expected):
    found = extract_amounts(text)
    assert _read(text) == expected
    assert all(m.amount.qualifier is None for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a ceiling stays a ceiling: no verb of change, a "to" or "by" between, a sentence start
        ("Aid could rise to up to €8bn.", "up_to"),
        ("Aid rose by up to €8bn.", "up_to"),
        ("Kyiv will get up to €8bn.", "up_to"),
        ("Koszt wyniesie do 3 mld zł.", "up_to"),
        ("Ukraina otrzyma do 3 mld zł.", "up_to"),
        ("Україна отримає до 3 млрд грн.", "up_to"),
        ("Koszty wzrosły o 20 proc. Do 3 mld zł dołoży UE.", "up_to"),
        ("Hrvatska će dati do 3 milijarde eura.", "up_to"),
        ("Nederland geeft tot 3 miljard euro.", "up_to"),
        ("Het fonds kan tot 400 miljoen euro uitkeren.", "up_to"),
        ("Polska przekaże do 500 mln zł.", "up_to"),
    ],
)
def test_a_ceiling_with_no_verb_of_change_before_it_stays_a_ceiling(text, expected):
    (found,) = extract_amounts(text)
    assert found.amount.qualifier == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Spending went up to €8bn.", 8e9),
        ("Pomoc wzrosła do 3 mld zł.", 3e9),
        ("Допомога зросла до 3 млрд грн з 2 млрд.", 3e9),
        ("Aid rose €3bn to €8bn.", 3e9),  # the first amount the text states: the change
    ],
)
def test_parse_amount_reads_a_change_s_to_as_extraction_does(text, value):
    amount = parse_amount(text)
    assert (amount.value, amount.qualifier, amount.high) == (value, None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [  # one pledge row per change: the value after, never the change or the value before
        ("Germany's aid to Ukraine rose €3bn to €8bn in 2024.", 8e9),
        ("Deutschlands Hilfe für die Ukraine stieg 2024 um 3 Mrd. auf 8 Mrd. Euro.", 8e9),
        ("Germany's aid to Ukraine went up to €8bn, from €5bn.", 8e9),
        ("Polska pomoc dla Ukrainy wzrosła do 3 mld zł z 2 mld zł.", 3e9),
        ("Pomoc Polski dla Ukrainy wzrosła o 1 mld zł, do 3 mld zł.", 3e9),
        ("Допомога Польщі Україні зросла до 3 млрд грн з 2 млрд.", 3e9),
        ("Germany's aid to Ukraine rose by €3bn, or 60%, to €8bn.", 8e9),
        ("Germany's aid to Ukraine grew from €5bn, to €8bn.", 8e9),
    ],
)
def test_a_change_makes_one_pledge_row_of_the_value_after(text, value):
    rows = extract_pledges(text)
    assert list(rows["value"]) == [value]
    assert rows["high"].isna().all()


# changes8, issue 9 "Silently wrong" 3: more forms of the value before, which were two
# unlinked amounts (two pledge rows) or lost the value before.
VALUES_BEFORE = [
    ("Aid grew from €5bn, to €8bn.", [("EUR 5000000000", 1), ("EUR 8000000000", None)]),
    (
        "Die Hilfe stieg auf 8 Mrd. Euro von zuvor 5 Mrd. Euro.",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    ("Aid is €8bn (previously €5bn).", [("EUR 8000000000", None), ("EUR 5000000000", 0)]),
    ("Aid is now $8bn, formerly $5bn.", [("USD 8000000000", None), ("USD 5000000000", 0)]),
    (
        "Die Hilfe beträgt 8 Mrd. Euro (bisher: 5 Mrd. Euro).",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    (
        "Die Hilfe beträgt 8 Mrd. Euro (bisher: 5 Mrd.).",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    (
        "Die Hilfe beträgt 8 Mrd. Euro, zuvor 5 Mrd. Euro.",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    (
        "L'aide atteint 8 milliards d'euros (contre 5 milliards l'an dernier).",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    (
        "L'aide atteint 8 milliards d'euros, contre 5 milliards l'an dernier.",
        [("EUR 8000000000", None), ("EUR 5000000000", 0)],
    ),
    ("Aid was €5bn, up 20% from €4.2bn.", [("EUR 5000000000", None), ("EUR 4200000000", 0)]),
    ("Aid was €5bn, up 20% from 4.2bn.", [("EUR 5000000000", None), ("EUR 4200000000", 0)]),
    ("Aid was $3bn, down 25% from $4bn.", [("USD 3000000000", None), ("USD 4000000000", 0)]),
    ("Aid was €8bn against €5bn a year ago.", [("EUR 8000000000", None), ("EUR 5000000000", 0)]),
    (
        "Pomoc wyniosła 3 mld zł (wobec 2 mld zł rok wcześniej).",
        [("PLN 3000000000", None), ("PLN 2000000000", 0)],
    ),
    ("Aid rose by €3bn, or 60%, to €8bn.", [("EUR 3000000000", 1), ("EUR 8000000000", None)]),
    (
        "Die Hilfe stieg um 3 Mrd. (60 %) auf 8 Mrd. Euro.",
        [("EUR 3000000000", 1), ("EUR 8000000000", None)],
    ),
    (
        "L'aide a augmenté de 3 milliards, soit 60 %, à 8 milliards d'euros.",
        [("EUR 3000000000", 1), ("EUR 8000000000", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VALUES_BEFORE)
def test_more_forms_of_the_value_before_are_linked(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another giver's amount, or no cue, stays an amount of its own
        (
            "Germany pledged €8bn, versus 5bn from the United States.",
            [("EUR 8000000000", None), ("EUR 5000000000", None)],
        ),
        (
            "Germany gave €8bn against Russia's aggression and €5bn for refugees.",
            [("EUR 8000000000", None), ("EUR 5000000000", None)],
        ),
    ],
)
def test_a_cue_with_another_giver_or_no_cue_links_nothing(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare number after a value after or a cue with no scale, or a noun it counts, is no
        # value before: it never takes the amount's currency
        ("Aid rose to €8bn from 27 member states.", ["EUR 8000000000"]),
        ("Допомога зросла до 3 млрд грн з 27 країн.", ["UAH 3000000000"]),
        ("Aid was €8bn, compared with 27 countries last year.", ["EUR 8000000000"]),
        ("Aid was €8bn, up from 5 donors.", ["EUR 8000000000"]),
        ("Aid was €8bn, compared with 5 million people last year.", ["EUR 8000000000"]),
        ("Germany raised its aid to €8bn from 2025 on.", ["EUR 8000000000"]),
    ],
)
def test_a_count_of_things_after_a_cue_takes_no_currency(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [  # one pledge row: the value after
        "Germany's aid to Ukraine is €8bn (previously €5bn).",
        "Deutschlands Hilfe für die Ukraine beträgt 8 Mrd. Euro (bisher: 5 Mrd. Euro).",
        "Germany's aid to Ukraine was €8bn, up 20% from €6.6bn.",
        "Germany's aid to Ukraine was €8bn against €5bn a year ago.",
        "L'aide de la France à l'Ukraine atteint 8 milliards d'euros (contre 5 milliards avant).",
    ],
)
def test_a_value_before_in_these_forms_makes_no_pledge_row(text):
    rows = extract_pledges(text)
    assert list(rows["value"]) == [8e9]
