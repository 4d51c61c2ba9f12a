"""Issue 9, parser9: amounts a trial found silently wrong or dropped on main (trial 8, sections
3 and 4). One table per kind, several forms of each in several languages, each checked on the
paths that must agree: ``parse_amount``, ``extract_amounts`` (with what it leaves out,
``refused=``) and, where a cell can hold the text, a pledge table's amount cell
(``pledges.values.read_amounts``)."""

from __future__ import annotations

import re

import pytest
from readings import left_out, read_cell

from aidcalc import ParseError, extract_amounts, parse_amount


def _read(text: str, lang: str | None = None) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text, lang=lang)]


# --- 1. a spaced dash between two full amounts is a break, not a range --------------------------

DASH_BREAKS = [  # (text, lang, amounts in order)
    (
        "Germany pledged €3bn — €2bn for air defence, €1bn for ammunition.",
        None,
        ["EUR 3000000000", "EUR 2000000000", "EUR 1000000000"],
    ),
    (
        "Germany gave Ukraine €3bn – €2bn in grants and €1bn in loans – in 2024.",
        None,
        ["EUR 3000000000", "EUR 2000000000", "EUR 1000000000"],
    ),
    ("Japan gave $4.5bn - $3bn of it in loans.", None, ["USD 4500000000", "USD 3000000000"]),
    (
        "Deutschland sagte 3 Mrd. Euro zu – 2 Mrd. Euro für die Luftabwehr.",
        "de",
        ["EUR 3000000000", "EUR 2000000000"],
    ),
    (
        "Deutschland sagte 3 Mrd. Euro – 2 Mrd. Euro für die Luftabwehr, 1 Mrd. Euro für Munition.",
        "de",
        ["EUR 3000000000", "EUR 2000000000", "EUR 1000000000"],
    ),
    (
        "La France a promis 900 millions d'euros — 600 millions d'euros pour l'énergie.",
        "fr",
        ["EUR 900000000", "EUR 600000000"],
    ),
    (
        "Polska przekaże 3 mld zł — 2 mld zł na obronę powietrzną.",
        "pl",
        ["PLN 3000000000", "PLN 2000000000"],
    ),
    # a top without its own currency, followed by a purpose word: the first part of a breakdown
    (
        "Germany pledged €3bn – 2bn for air defence and 1bn for ammunition.",
        None,
        ["EUR 3000000000", "EUR 2000000000", "EUR 1000000000"],
    ),
    (
        "Deutschland gibt 3 Mrd. Euro – 2 Mrd. für die Luftabwehr und 1 Mrd. für Munition.",
        "de",
        ["EUR 3000000000", "EUR 2000000000", "EUR 1000000000"],
    ),
    (
        "Alemania aporta 3.000 millones de euros — 2.000 millones para defensa aérea.",
        "es",
        ["EUR 3000000000", "EUR 2000000000"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), DASH_BREAKS)
def test_a_spaced_dash_before_a_lower_amount_is_a_break(text, lang, amounts):
    assert left_out(text, lang) == (amounts, [])
    assert str(parse_amount(text, lang=lang)) == amounts[0]


DASH_RANGES = [  # (text, amount, assumptions): still one range
    ("€2bn–€3bn", "EUR 2000000000-3000000000", ("short-scale",)),
    ("€2bn – €3bn", "EUR 2000000000-3000000000", ("short-scale",)),  # rising: a range
    ("£6.95 - £9.95", "GBP 6.95-9.95", ("default-currency",)),
    ("Estimate: $45,000 — $70,000", "USD 45000-70000", ("dollar-usd",)),
    ("€3bn–€2bn", "EUR 2000000000-3000000000", ("short-scale", "range-reordered")),  # glued
    ("€9 – 6 million", "EUR 6000000-9000000", ("range-reordered",)),  # no purpose after it
    ("€3bn – 2bn", "EUR 2000000000-3000000000", ("short-scale", "range-reordered")),
    ("between €3bn – €2bn", "EUR 2000000000-3000000000", ("short-scale", "range-reordered")),
    ("zwischen 3 Mrd. Euro – 2 Mrd. Euro", "EUR 2000000000-3000000000", ("range-reordered",)),
]


@pytest.mark.parametrize(("text", "amount", "assumptions"), DASH_RANGES)
def test_a_glued_or_rising_dash_stays_a_range(text, amount, assumptions):
    (mention,) = extract_amounts(text)
    assert (str(mention.amount), mention.assumptions) == (amount, assumptions)
    assert str(parse_amount(text)) == amount


@pytest.mark.parametrize(
    "cell", ["€3bn — €2bn", "3 Mrd. Euro – 2 Mrd. Euro", "£9.95 – £6.95", "€3bn - 2bn for tanks"]
)
def test_a_cell_with_a_break_is_two_amounts(cell):
    column, reason = read_cell(cell)
    assert column == "amount" and reason.startswith("2 amounts in one cell")


def test_a_cell_with_a_glued_range_is_one_range():
    assert read_cell("€2bn–€3bn") == (2e9, "EUR", None, 3e9)


# --- 2. the verbs of change each language's press uses: "porte … de 4 à 8" is two amounts -------

CHANGES_BY_VERB = [  # (lang, text, value before, value after): the first changes to the second
    ("fr", "L'Allemagne porte son aide à l'Ukraine de 4 à 8 milliards d'euros.", "4", "8"),
    ("fr", "Berlin va porter son aide de 4 à 8 milliards d'euros.", "4", "8"),
    ("fr", "Paris portera son budget de 2 à 3 milliards d'euros.", "2", "3"),
    ("fr", "Le gouvernement fait passer l'enveloppe de 4 à 8 milliards d'euros.", "4", "8"),
    ("fr", "Paris relève son aide de 2 à 3 milliards d'euros.", "2", "3"),
    ("fr", "Paris rehausse son aide de 2 à 3 milliards d'euros.", "2", "3"),
    ("fr", "La Commission double son aide de 2 à 4 milliards d'euros.", "2", "4"),
    ("es", "Madrid amplía su ayuda de 400 a 800 millones de euros.", "0.4", "0.8"),
    ("es", "Madrid ampliará su ayuda de 400 a 800 millones de euros.", "0.4", "0.8"),
    ("es", "Madrid rebaja su ayuda de 800 a 400 millones de euros.", "0.8", "0.4"),
    ("it", "Roma porta il suo aiuto da 4 a 8 miliardi di euro.", "4", "8"),
    ("it", "Roma alza il suo contributo da 4 a 8 miliardi di euro.", "4", "8"),
    ("it", "Roma innalza il contributo da 4 a 8 miliardi di euro.", "4", "8"),
    ("it", "Roma eleva il contributo da 4 a 8 miliardi di euro.", "4", "8"),
    ("it", "Roma incrementa il contributo da 4 a 8 miliardi di euro.", "4", "8"),
    ("it", "Roma taglia il contributo da 8 a 4 miliardi di euro.", "8", "4"),
    ("pl", "Polska chce podnieść pomoc z 2 do 3 mld euro.", "2", "3"),
    ("pl", "Rząd podwyższył pomoc z 2 do 3 mld euro.", "2", "3"),
    ("pl", "Rząd obciął pomoc z 3 do 2 mld euro.", "3", "2"),
    ("pt", "Lisboa amplia a ajuda de 400 para 800 milhões de euros.", "0.4", "0.8"),
    ("pt", "Lisboa reforça a ajuda de 400 para 800 milhões de euros.", "0.4", "0.8"),
    ("uk", "Німеччина підняла допомогу з 4 до 8 млрд євро.", "4", "8"),
    ("uk", "Німеччина наростила допомогу з 4 до 8 млрд євро.", "4", "8"),
    ("cs", "Vláda navýšila pomoc z 2 na 3 miliardy eur.", "2", "3"),
    ("ro", "Guvernul majorează ajutorul de la 4 la 8 miliarde de euro.", "4", "8"),
    ("ro", "Guvernul a crescut ajutorul de la 4 la 8 miliarde de euro.", "4", "8"),
    ("en", "Berlin lifted its aid from €4bn to €8bn.", "4", "8"),
    ("en", "Berlin stepped up its aid from €4bn to €8bn.", "4", "8"),
    ("en", "Berlin ramped up its aid from €4bn to €8bn.", "4", "8"),
    ("en", "Berlin scaled back its aid from €8bn to €4bn.", "8", "4"),
    ("de", "Berlin will die Hilfe von 4 auf 8 Mrd. Euro aufstocken.", "4", "8"),
]


def _billions(value: str) -> str:
    return f"EUR {int(float(value) * 1e9)}"


@pytest.mark.parametrize(("lang", "text", "before", "after"), CHANGES_BY_VERB)
def test_a_verb_of_change_makes_two_amounts_not_a_range(lang, text, before, after):
    for given in (lang, None):
        found = [(str(m.amount), m.changed_to) for m in extract_amounts(text, lang=given)]
        assert found == [(_billions(before), 1), (_billions(after), None)], given
    amount = parse_amount(text, lang=lang)
    assert (str(amount), amount.high) == (_billions(before), None)


@pytest.mark.parametrize(
    "cell",
    [
        "porte son aide de 4 à 8 milliards d'euros",
        "amplia a ajuda de 400 para 800 milhões de euros",
    ],
)
def test_a_cell_stating_a_change_is_refused_as_two_amounts(cell):
    column, reason = read_cell(cell)
    assert column == "amount" and reason.startswith("2 amounts in one cell")


RANGES_WITHOUT_A_VERB = [  # a range word with no verb of change before it: still one range
    ("fr", "Le coût est estimé de 4 à 8 milliards d'euros.", "EUR 4000000000-8000000000"),
    ("fr", "La porte-parole parle de 4 à 8 milliards d'euros.", "EUR 4000000000-8000000000"),
    ("it", "Il costo va da 4 a 8 miliardi di euro.", "EUR 4000000000-8000000000"),
    ("ro", "Costul este de la 4 la 8 miliarde de euro.", "EUR 4000000000-8000000000"),
    ("es", "Un amplio paquete de 400 a 800 millones de euros.", "EUR 400000000-800000000"),
    ("pl", "Koszt wyniesie od 2 do 3 mld euro.", "EUR 2000000000-3000000000"),
]


@pytest.mark.parametrize(("lang", "text", "amount"), RANGES_WITHOUT_A_VERB)
def test_a_range_with_no_verb_of_change_stays_a_range(lang, text, amount):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == [amount]
    assert str(parse_amount(text, lang=lang)) == amount


# --- 3. a compared amount whose clause names a country, in any case, is another giver's --------

ANOTHER_GIVERS = [  # (lang, text): the second amount is no value before (changed_to None)
    ("pl", "Polska obiecała 1 mld euro, wobec 3 mld euro od Niemiec."),
    ("pl", "Polska obiecała 1 mld euro, wobec 2 mld euro od Francji."),
    ("pl", "Polska dała 1 mld euro, wobec 5 mld dolarów od Stanów Zjednoczonych."),
    ("uk", "Польща надала 1 млрд євро, порівняно з 3 млрд євро, наданими Німеччиною."),
    ("uk", "Польща надала 1 млрд євро, порівняно з 2 млрд євро від Франції."),
    ("fr", "La France a promis 1 milliard d'euros, contre 5 milliards de dollars des États-Unis."),
    ("fr", "La France a promis 1 milliard d'euros, contre 3 milliards d'euros de l'Allemagne."),
    (
        "es",
        "España prometió 1.000 millones de euros, frente a 5.000 millones de dólares de EE. UU.",
    ),
    ("es", "España dio 1.000 millones de euros, frente a 3.000 millones de euros de Alemania."),
    ("it", "L'Italia ha promesso 1 miliardo di euro, contro 3 miliardi di euro dalla Germania."),
    ("en", "The EU pledged €8bn, versus $5bn (€4.6bn) from the United States."),
    ("en", "Japan gave $2bn, compared with €3bn (about $3.3bn) from Germany."),
    ("de", "Polen gab 1 Mrd. Euro, gegenüber 3 Mrd. Euro (3,3 Mrd. Dollar) aus Deutschland."),
    ("cs", "Polsko dalo 1 miliardu eur, oproti 3 miliardám eur poskytnutým Německem."),
    ("cs", "Polsko dalo 1 miliardu eur, ve srovnání se 3 miliardami eur od Německa."),
    ("sk", "Slovensko dalo 1 miliardu eur, oproti 3 miliardám eur od Nemecka."),
    ("pl", "Polska dała 1 mld euro, w porównaniu z 3 miliardami euro od Niemiec."),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_GIVERS)
def test_a_compared_amount_named_for_another_country_is_kept(lang, text):
    for given in (lang, None):
        found = [m for m in extract_amounts(text, lang=given) if m.equivalent_of is None]
        assert len(found) == 2, (given, found)
        assert [m.changed_to for m in found] == [None, None], given


VALUES_BEFORE = [  # (lang, text): a comparison with no country: the value before
    ("en", "Aid is €8bn, compared with €5bn a year ago."),
    ("en", "Aid is €8bn, versus 5bn US dollars a year earlier."),
    ("fr", "L'aide atteint 8 milliards d'euros, contre 5 milliards l'an dernier."),
    ("fr", "L'aide atteint 8 milliards de dollars, contre 5 milliards de dollars américains."),
    ("pl", "Polska dała 3 mld euro, wobec 2 mld euro rok wcześniej."),
    ("uk", "Допомога становить 3 млрд євро, порівняно з 2 млрд євро торік."),
    ("es", "La ayuda es de 8.000 millones de euros, frente a 5.000 millones en 2023."),
]


@pytest.mark.parametrize(("lang", "text"), VALUES_BEFORE)
def test_a_compared_amount_with_no_country_is_the_value_before(lang, text):
    found = extract_amounts(text, lang=lang)
    assert [m.changed_to for m in found] == [None, 0]


# --- 4a. scale words in the cases CLDR's compact forms lack are read, never dropped --------------

SCALES_IN_CASES = [  # (lang, text, amount)
    ("cs", "oproti 3 miliardám eur", "EUR 3000000000"),
    ("cs", "ve srovnání se 3 miliardami eur", "EUR 3000000000"),
    ("cs", "o 2 milionech korun", "CZK 2000000"),
    ("cs", "díky 5 milionům eur", "EUR 5000000"),
    ("sk", "oproti 3 miliardám eur", "EUR 3000000000"),
    ("sk", "s 2 miliónmi eur", "EUR 2000000"),
    ("pl", "dzięki 3 miliardom euro", "EUR 3000000000"),
    ("pl", "o 3 milionach euro", "EUR 3000000"),
]


@pytest.mark.parametrize(("lang", "text", "amount"), SCALES_IN_CASES)
def test_a_scale_word_in_another_case_is_read(lang, text, amount):
    assert left_out(text, lang) == ([amount], [])
    assert str(parse_amount(text, lang=lang)) == amount
    assert read_cell(text, lang=lang)[1] == amount[:3]


# --- 4b. list items that leave their currency to an earlier item are read --------------------

BRACKET_ITEMS = [  # (lang, text): three bracketed items, the first alone writing the currency
    (
        "fr",
        "L'Allemagne (3 milliards d'euros), la France (2 milliards) et l'Italie (1 milliard) "
        "ont le plus promis.",
    ),
    (
        "es",
        "Alemania (3.000 millones de euros), Francia (2.000 millones) e Italia (1.000 millones) "
        "fueron los mayores donantes.",
    ),
    ("en", "Germany (€3bn), France (2bn) and Italy (1bn) led the pledges."),
    ("en", "Germany (3 billion euros), France (2 billion), and Italy (1 billion) led."),
    ("de", "Deutschland (3 Mrd. Euro), Frankreich (2 Mrd.) und Italien (1 Mrd.) führten."),
    ("pl", "Niemcy (3 mld euro), Francja (2 mld) i Włochy (1 mld) przodowały."),
    ("it", "La Germania (3 miliardi di euro), la Francia (2 miliardi) e l'Italia (1 miliardo)."),
]


@pytest.mark.parametrize(("lang", "text"), BRACKET_ITEMS)
def test_a_bracketed_item_without_its_currency_takes_the_first_item_s(lang, text):
    for given in (lang, None):
        found = extract_amounts(text, lang=given)
        assert [str(m.amount) for m in found] == [
            "EUR 3000000000",
            "EUR 2000000000",
            "EUR 1000000000",
        ], given
        assert [m.assumptions for m in found][1:] == [("shared-currency",)] * 2
        assert [m.equivalent_of for m in found] == [None, None, None]
    assert str(parse_amount(text, lang=lang)) == "EUR 3000000000"


NOT_BRACKET_ITEMS = [  # (text, amounts): no name before the bracket, or more than a number in it
    ("The fund (€3bn) and its reserve (2bn)", ["EUR 3000000000"]),
    ("Germany (€3bn), and 2 million people (2 million)", ["EUR 3000000000"]),
    ("Germany (€3bn), France (2 million tanks)", ["EUR 3000000000"]),
]


@pytest.mark.parametrize(("text", "amounts"), NOT_BRACKET_ITEMS)
def test_a_bracket_that_is_no_list_item_borrows_nothing(text, amounts):
    assert _read(text) == amounts


RESPECTIVELY_WORDS = [  # (lang, text, amounts): "bzw.", "respectiv" join a list as "and" does
    ("de", "Spanien und Italien sagten 20 bzw. 30 Millionen Euro zu.", [20e6, 30e6]),
    ("de", "Spanien und Italien sagten 20 beziehungsweise 30 Millionen Euro zu.", [20e6, 30e6]),
    (
        "de",
        "Spanien, Italien bzw. Griechenland gaben 10, 20 bzw. 30 Mio. Euro.",
        [10e6, 20e6, 30e6],
    ),
    ("ro", "Spania și Italia au promis 3, respectiv 2 miliarde de euro.", [3e9, 2e9]),
    ("ro", "Spania și Italia au promis 3 respectiv 2 miliarde de euro.", [3e9, 2e9]),
    ("en", "Spain and Italy gave 20, and 30 million euros respectively.", [20e6, 30e6]),
    ("cs", "Španělsko a Itálie daly 3, resp. 5 milionů eur.", [3e6, 5e6]),
]


@pytest.mark.parametrize(("lang", "text", "values"), RESPECTIVELY_WORDS)
def test_a_respectively_word_joins_a_list(lang, text, values):
    found = extract_amounts(text, lang=lang)
    assert [(m.amount.value, m.amount.currency) for m in found] == [(v, "EUR") for v in values]
    assert all("shared-currency" in m.assumptions for m in found)
    column, reason = read_cell(text, lang=lang)
    assert column == "amount" and reason.startswith(f"{len(values)} amounts in one cell")


# --- 4c. a bare compared amount of another giver takes the currency, never dropped ---------------

COMPARED_GIVERS = [  # (lang, text): the second, with no currency, is another giver's (EUR 3bn)
    (
        "es",
        "España dio 1.000 millones de euros, frente a los 3.000 millones aportados por Alemania.",
    ),
    ("pl", "Polska dała 1 mld euro, wobec 3 mld od Niemiec."),
    ("uk", "Польща надала 1 млрд євро, порівняно з 3 млрд наданими Німеччиною."),
    ("uk", "Польща надала 1 млрд євро, порівняно з 3 млрд від Німеччини."),
    ("cs", "Polsko dalo 1 miliardu eur, oproti 3 miliardám poskytnutým Německem."),
    ("fr", "La France a promis 1 milliard d'euros, contre 3 milliards versés par l'Allemagne."),
    ("fr", "La France a promis 1 milliard d'euros, contre les 3 milliards de l'Allemagne."),
    ("en", "Japan gave €1bn, compared with 3bn from Germany."),
]


@pytest.mark.parametrize(("lang", "text"), COMPARED_GIVERS)
def test_a_bare_compared_amount_of_another_giver_is_read(lang, text):
    found = extract_amounts(text, lang=lang)
    assert [(str(m.amount), m.changed_to) for m in found] == [
        ("EUR 1000000000", None),
        ("EUR 3000000000", None),
    ]
    assert found[1].assumptions == ("shared-currency",)


COMPARED_NOT_MONEY = [  # (lang, text, amounts): a noun after the number counts, no giver
    ("en", "Aid is €8bn, compared with 5 million people from Germany.", ["EUR 8000000000"]),
    ("es", "Da 1.000 millones de euros, frente a los 3 millones de personas de Alemania.", None),
]


@pytest.mark.parametrize(("lang", "text", "amounts"), COMPARED_NOT_MONEY)
def test_a_compared_count_of_people_takes_no_currency(lang, text, amounts):
    found = [str(m.amount) for m in extract_amounts(text, lang=lang)]
    assert found == (amounts or ["EUR 1000000000"])


def test_a_czech_comparison_gives_the_value_before():
    text = "Česko dalo 3 miliardy eur, oproti 2 miliardám eur loni."
    assert [m.changed_to for m in extract_amounts(text, lang="cs")] == [None, 0]


# --- 5. sums and signs: refused with the text as written, never read as one part ----------------

REFUSED = [  # (text, the reason's opening)
    ("5 + 3 million euros", "'5 + 3 million euros' at position 0 adds amounts"),
    ("5+3 million euros", "'5+3 million euros' at position 0 adds amounts"),
    ("Germany gave 5 + 3 million euros.", "'5 + 3 million euros' at position 13 adds amounts"),
    ("5 + €3 million", "'5 + €3 million' at position 0 adds amounts"),
    ("Polska dała 2 + 1 mld zł.", "'2 + 1 mld zł' at position 12 adds amounts"),
    # a first addend with its sign and no scale word: the scale may be the last one's
    ("€5 + €3 million", "'€5 + €3 million' at position 0 adds amounts"),
    ("Germany gave €5 + 3 million.", "'€5 + 3 million' at position 13 adds amounts"),
    ("$2+$1 billion in aid", "'$2+$1 billion' at position 0 adds amounts"),
    ("5,-5 €", "the number '5,-5' at position 0 runs a dash on into other digits"),
    ("Preis: 10,-20 Euro", "the number '10,-20' at position 7 runs a dash on into other digits"),
    ("1.5,- €", "the number '1.5,-' at position 0 groups its digits as no writing system does"),
    ("2-3+ million euros", "'2-3+ million euros' at position 0 qualifies one end of a range"),
    ("€2-3+ million", "'€2-3+ million' at position 0 qualifies one end of a range"),
    ("€2–3 million+", "'€2–3 million+' at position 0 qualifies one end of a range"),
    ("€2bn-€3bn-plus", "'€2bn-€3bn-plus' at position 0 qualifies one end of a range"),
    ("2–3+ Mio. Euro", "'2–3+ Mio. Euro' at position 0 qualifies one end of a range"),
    ("2 bis 3+ Mio. Euro", "'2 bis 3+ Mio. Euro' at position 0 qualifies one end of a range"),
    ("2 to 3+ million euros", "'2 to 3+ million euros' at position 0 qualifies one end of a"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_a_sum_or_a_sign_that_is_no_amount_is_refused(text, reason):
    found, reasons = left_out(text)
    assert found == [] and len(reasons) == 1 and reasons[0].startswith(reason), reasons
    with pytest.raises(ParseError, match="^" + re.escape(reason)):
        parse_amount(text)
    column, why = read_cell(text)
    assert column == "amount" and why


STILL_READ = [  # (text, amounts): the forms the rules above must leave alone
    ("€5m + €3m", ["EUR 5000000", "EUR 3000000"]),
    ("+3 million euros", ["EUR 3000000"]),
    ("€5m+", ["over EUR 5000000"]),
    ("€5bn-plus", ["over EUR 5000000000"]),
    ("€2–3 million + VAT", ["EUR 2000000-3000000"]),
    ("5,- €", ["EUR 5"]),
    ("Sie zahlten 250.000,- Euro", ["EUR 250000"]),
    ("1.000,- €", ["EUR 1000"]),
]


@pytest.mark.parametrize(("text", "amounts"), STILL_READ)
def test_plain_signs_still_read(text, amounts):
    assert left_out(text) == (amounts, [])
