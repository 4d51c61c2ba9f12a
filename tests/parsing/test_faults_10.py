"""Issue 9, parser10: the parser faults the last helpers found and left. One table per kind,
several forms of each in several languages, on ``parse_amount`` and ``extract_amounts`` with
``refused=``."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount


def _read(text: str, lang: str | None = None) -> tuple[list[tuple[str, int | None]], list]:
    refused: list = []
    found = extract_amounts(text, lang=lang, refused=refused)
    return [(str(m.amount), m.equivalent_of) for m in found], refused


# --- 1. a stop with a bracket or quote mark after it ends the sentence --------------------------

MARKED_STOPS = [  # (text, readings): each sentence's own language decides its scale words
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.(La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.)La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.) La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Canada will lend $2 billion to the Ukraine.' Der Bundestag hat die Mittel für die "
        "Ukraine bewilligt.",
        [("USD 2000000000", None)],
    ),
    (
        "Japan committed $4.5 billion.” Die Bundesregierung hat der Ukraine weitere Hilfen "
        "zugesagt.",
        [("USD 4500000000", None)],
    ),
    (
        "Japan committed $4.5 billion.»Die Bundesregierung hat der Ukraine weitere Hilfen "
        "zugesagt.",
        [("USD 4500000000", None)],
    ),
    (  # the other way round: the French sentence keeps its long scale
        "Le gouvernement a promis 1,5 billion d'euros à l'Ukraine.\"Britain will give much "
        "more money to Kyiv in loans.",
        [("EUR 1500000000000", None)],
    ),
    (
        "Die Regierung hat der Ukraine 2 Billionen Euro versprochen.) Britain will give much "
        "more money to Kyiv in loans.",
        [("EUR 2000000000000", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), MARKED_STOPS)
def test_a_stop_before_a_bracket_or_quote_ends_the_sentence(text, want):
    found, refused = _read(text)
    assert found == want
    assert refused == []
    assert str(parse_amount(text)) == want[0][0]


def test_a_stop_in_brackets_before_a_lower_case_word_cuts_nothing():
    from aidcalc.parsing.grammar import Reader

    cuts = Reader('Aid of €5m (approx.) was sent; "U.S." funds (in loans.) The', None, None)
    assert cuts.sentence_cuts()[3] == ([53], 4)  # the last stop only


# --- 2. a value before points at the amount, never at its restatement ---------------------------

RESTATED_VALUES_AFTER = [  # (text, [(amount, equivalent_of, changed_to)])
    (
        "Aid is €8bn ($8.7bn), versus €5bn ($5.4bn) a year earlier",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None)]
        + [("EUR 5000000000", None, 0), ("USD 5400000000", 2, None)],
    ),
    (
        "Aid is €8bn ($8.7bn), up from €5bn ($5.4bn) a year earlier.",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None)]
        + [("EUR 5000000000", None, 0), ("USD 5400000000", 2, None)],
    ),
    (
        "Die Hilfe beträgt 8 Mrd. Euro (8,7 Mrd. Dollar), gegenüber 5 Mrd. Euro im Vorjahr.",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None), ("EUR 5000000000", None, 0)],
    ),
    (
        "L'aide atteint 8 milliards d'euros (8,7 milliards de dollars), contre 5 milliards "
        "d'euros l'an dernier.",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None), ("EUR 5000000000", None, 0)],
    ),
    (
        "Pomoc wynosi 8 mld euro (ok. 8,7 mld dolarów), wobec 5 mld euro rok wcześniej.",
        [("EUR 8000000000", None, None), ("approx USD 8700000000", 0, None)]
        + [("EUR 5000000000", None, 0)],
    ),
    (
        "La ayuda es de 8.000 millones de euros (8.700 millones de dólares), frente a 5.000 "
        "millones de euros el año pasado.",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None), ("EUR 5000000000", None, 0)],
    ),
    (  # two restatements: the value before still changed to the first amount
        "Aid is £8bn (about $10bn, or €9.3bn), compared with £5bn last year.",
        [("GBP 8000000000", None, None), ("approx USD 10000000000", 0, None)]
        + [("EUR 9300000000", 0, None), ("GBP 5000000000", None, 0)],
    ),
    (  # the value before written after the value after: its "to" is before the amount
        "Germany raised its aid to €8bn ($8.7bn) from €5bn.",
        [("EUR 8000000000", None, None), ("USD 8700000000", 0, None), ("EUR 5000000000", None, 0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), RESTATED_VALUES_AFTER)
def test_a_value_before_changes_to_the_amount_not_its_restatement(text, want):
    refused: list = []
    found = extract_amounts(text, refused=refused)
    assert [(str(m.amount), m.equivalent_of, m.changed_to) for m in found] == want
    assert refused == []
    for mention in found:
        if mention.changed_to is not None:
            assert found[mention.changed_to].equivalent_of is None


# --- 3. a value before written second, after a "from" of several words ---------------------------

VALUES_BEFORE_WRITTEN_SECOND = [  # (text, [(amount, changed_to, assumptions)])
    (
        "Ajutorul a crescut la 8 miliarde de euro de la 5 miliarde.",
        [("EUR 8000000000", None, ()), ("EUR 5000000000", 0, ("shared-currency",))],
    ),
    (
        "Ajutorul a scăzut la 2 miliarde de euro, de la 5 miliarde.",
        [("EUR 2000000000", None, ()), ("EUR 5000000000", 0, ("shared-currency",))],
    ),
    (
        "Finanțarea s-a dublat la 400 de milioane de euro de la 200 de milioane acum un an.",
        [("EUR 400000000", None, ()), ("EUR 200000000", 0, ("shared-currency",))],
    ),
    (
        "Guvernul a majorat ajutorul la 3 miliarde de euro de la 2 miliarde anul trecut.",
        [("EUR 3000000000", None, ()), ("EUR 2000000000", 0, ("shared-currency",))],
    ),
    (  # with its own currency it was linked already, and still is
        "Ajutorul a crescut la 8 miliarde de euro de la 5 miliarde de euro.",
        [("EUR 8000000000", None, ()), ("EUR 5000000000", 0, ())],
    ),
    (  # the other languages' reversed forms, read as before
        "Допомога зросла до 3 млрд грн з 2 млрд.",
        [("UAH 3000000000", None, ()), ("UAH 2000000000", 0, ("shared-currency",))],
    ),
    (
        "Pomoc wzrosła do 3 mld zł z 2 mld.",
        [("PLN 3000000000", None, ()), ("PLN 2000000000", 0, ("shared-currency",))],
    ),
    (
        "Aid rose to €8bn from 5bn.",
        [("EUR 8000000000", None, ()), ("EUR 5000000000", 0, ("shared-currency",))],
    ),
    (  # a count of people after "de la" is no money: no value before
        "Ajutorul a crescut la 8 miliarde de euro de la 5 milioane de oameni.",
        [("EUR 8000000000", None, ())],
    ),
    (  # "de la" with no verb of change before the value after is no change
        "Ajutorul este de 8 miliarde de euro de la 5 miliarde.",
        [("EUR 8000000000", None, ())],
    ),
]


@pytest.mark.parametrize(("text", "want"), VALUES_BEFORE_WRITTEN_SECOND)
def test_a_value_before_written_second_is_read(text, want):
    refused: list = []
    found = extract_amounts(text, refused=refused)
    assert [(str(m.amount), m.changed_to, m.assumptions) for m in found] == want
    assert refused == []
    assert str(parse_amount(text)) == want[0][0]


# --- 4. a range opener with no range after it is no part of the mention ------------------------

OPENERS_WITHOUT_RANGE = [  # (text, [(amount, the mention's text)])
    ("They gave between €5bn in March.", [("EUR 5000000000", "€5bn")]),
    ("Military aid: between $5bn.", [("USD 5000000000", "$5bn")]),
    ("Loans from €5bn were agreed.", [("EUR 5000000000", "€5bn")]),
    (
        "La somme se situe entre 5 milliards d'euros selon Paris.",
        [("EUR 5000000000", "5 milliards d'euros")],
    ),
    ("Die Summe liegt zwischen 5 Mrd. Euro laut Berlin.", [("EUR 5000000000", "5 Mrd. Euro")]),
    ("De hulp ligt tussen €5 miljard volgens Den Haag.", [("EUR 5000000000", "€5 miljard")]),
    (
        "Suma este între 5 miliarde de euro conform guvernului.",
        [("EUR 5000000000", "5 miliarde de euro")],
    ),
    (
        "La ayuda está entre 5.000 millones de euros, dijo.",
        [("EUR 5000000000", "5.000 millones de euros")],
    ),
    ("Il prezzo varia tra 16,4 milioni di euro.", [("EUR 16400000", "16,4 milioni di euro")]),
    (  # a range keeps its opener, a qualifier its word
        "Of the total, between €2bn and €3bn goes to arms.",
        [("EUR 2000000000-3000000000", "between €2bn and €3bn")],
    ),
    (
        "Die Hilfe liegt zwischen 2 und 3 Mrd. Euro.",
        [("EUR 2000000000-3000000000", "zwischen 2 und 3 Mrd. Euro")],
    ),
    ("Germany pledged over €5bn.", [("over EUR 5000000000", "over €5bn")]),
    (
        "La France a promis plus de 5 milliards d'euros.",
        [("over EUR 5000000000", "plus de 5 milliards d'euros")],
    ),
]


@pytest.mark.parametrize(("text", "want"), OPENERS_WITHOUT_RANGE)
def test_an_opener_with_no_range_is_left_out_of_the_mention(text, want):
    refused: list = []
    found = extract_amounts(text, refused=refused)
    assert [(str(m.amount), text[m.start : m.end]) for m in found] == want
    assert refused == []
    first = parse_amount(text)
    assert str(first) == want[0][0]


# --- 5. a bracket after a country named in a comparison is that country's amount ---------------

COMPARED_COUNTRIES = [  # (text, [(amount, equivalent_of)])
    (
        "The EU pledged €8bn, nearly double the US ($5bn).",
        [("EUR 8000000000", None), ("USD 5000000000", None)],
    ),
    (
        "Germany gave €8bn, more than France ($5bn).",
        [("EUR 8000000000", None), ("USD 5000000000", None)],
    ),
    (
        "Germany gave €8bn, twice the US ($4bn).",
        [("EUR 8000000000", None), ("USD 4000000000", None)],
    ),
    (
        "Deutschland gab 8 Mrd. Euro, mehr als Frankreich (5 Mrd. Dollar).",
        [("EUR 8000000000", None), ("USD 5000000000", None)],
    ),
    (
        "Niemcy dały 8 mld euro, więcej niż Polska (20 mld zł).",
        [("EUR 8000000000", None), ("PLN 20000000000", None)],
    ),
    # no comparison, or no country as written: the bracket restates the amount
    (
        "Germany gave €10 million to Ukraine ($11 million).",
        [("EUR 10000000", None), ("USD 11000000", 0)],
    ),
    (
        "Germany gave €10 million to the US ($11 million).",
        [("EUR 10000000", None), ("USD 11000000", 0)],
    ),
    (
        "Germany gave €10 million, about as much as us ($11 million).",
        [("EUR 10000000", None), ("USD 11000000", 0)],
    ),
    (
        "Lithuania gave over 683 million euros (approximately $763 million).",
        [("over EUR 683000000", None), ("approx USD 763000000", 0)],
    ),
]


@pytest.mark.parametrize(("text", "want"), COMPARED_COUNTRIES)
def test_a_bracket_after_a_compared_country_is_its_own_amount(text, want):
    refused: list = []
    found = extract_amounts(text, refused=refused)
    assert [(str(m.amount), m.equivalent_of) for m in found] == want
    assert refused == []


# --- found on the way: a count after a word of comparison is no value before ---------------------

COUNTS_AFTER_A_COMPARISON = [  # (text, amounts): the count of people is no money
    (
        "L'aide est passée à 8 milliards d'euros, contre 5 millions de personnes.",
        ["EUR 8000000000"],
    ),
    (
        "La ayuda subió a 8.000 millones de euros, frente a 5 millones de personas.",
        ["EUR 8000000000"],
    ),
    ("Aid rose to €8bn, compared with 5 million of them.", ["EUR 8000000000"]),
    ("Ajutorul a crescut la 8 miliarde de euro de la 5 milioane de oameni.", ["EUR 8000000000"]),
    # the value before, a giver's amount and a part's kind stay read
    (
        "L'aide atteint 8 milliards d'euros, contre 5 milliards l'an dernier.",
        ["EUR 8000000000", "EUR 5000000000"],
    ),
    (
        "L'Italie a promis 3 milliards d'euros, contre 2 milliards de l'Allemagne.",
        ["EUR 3000000000", "EUR 2000000000"],
    ),
    (
        "La France a versé 3 milliards d'euros, dont 2 milliards de prêts.",
        ["EUR 3000000000", "EUR 2000000000"],
    ),
    ("Germany gave €90 million, of which 60 million of loans.", ["EUR 90000000", "EUR 60000000"]),
]


@pytest.mark.parametrize(("text", "want"), COUNTS_AFTER_A_COMPARISON)
def test_a_count_after_a_comparison_is_no_value_before(text, want):
    refused: list = []
    assert [str(m.amount) for m in extract_amounts(text, refused=refused)] == want
    assert refused == []
