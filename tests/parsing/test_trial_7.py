"""Silent values a new-user trial found in the parser (issue 9, trial 7), each kind with forms
in several languages: digit groups parted by single spaces as no number groups them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import extract_amounts, parse_amount
from aidcalc.errors import ParseError
from aidcalc.parsing import _simple_amount
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.plain import plain_amount
from aidcalc.parsing.spaced import word_amount


def _read(text: str) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text)]


# digit groups one space apart that no writing system groups so: neither head nor tail is read
IRREGULAR_RUNS = [
    "1 234 5678 €",
    "12 34 €",
    "1 23 456 €",
    "1,234 567 zł",
    "1.234 567 zł",
    "€1 234 5678",
    "12 34 EUR",
    "5 12 34 €",
    "1 234\u00a05678 €",  # a no-break space parts the groups
    "Die Hilfe betrug 12 34 Euro.",
    "Polska przekazała 1 23 456 zł.",
    "L'aide atteint 1 234 5678 euros.",
    "Україна отримала 12 34 гривень.",
    "Lietuva skyrė 1 234 5678 eurų.",
    "In 2024 12 34 € were paid.",  # the year read, the run after it still irregular
]


@pytest.mark.parametrize("text", IRREGULAR_RUNS)
def test_an_irregular_run_of_spaced_digit_groups_is_refused_whole(text):
    assert _read(text) == []
    with pytest.raises(ParseError, match="grouped by spaces as no number is"):
        parse_amount(text)


@pytest.mark.parametrize("text", IRREGULAR_RUNS)
def test_the_fast_paths_decline_an_irregular_run(text):
    assert _simple_amount(text) is None
    assert word_amount(text) is None
    assert plain_amount(Reader(text, None, None)) is None


KEPT = [  # regular groupings, a year before the amount, cents after dollars, words between
    ("1 234 567 €", ["EUR 1234567"]),
    ("12 345 678,9 €", ["EUR 12345678.9"]),
    ("1,00,00,000 €", ["EUR 10000000"]),
    ("In 2024 5 million euros were pledged.", ["EUR 5000000"]),
    ("Im Jahr 2023 150 000 € gezahlt.", ["EUR 150000"]),
    ("W 2022 300 mln zł trafiło do Kijowa.", ["PLN 300000000"]),
    ("In 2024  5 million euros", ["EUR 5000000"]),  # two spaces: no grouping
    ("In 2024, 5 € were paid.", ["EUR 5"]),
    ("Of the 120 soldiers, 45 million euros", ["EUR 45000000"]),
    ("$20 43", ["USD 20.43"]),
    ("EUR 12 34", ["EUR 12.34"]),
    ("50 50 dollar bills", ["USD 50"]),  # fifty 50-dollar bills: a count, then notes' value
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_regular_groups_and_years_before_an_amount_read_as_before(text, expected):
    assert _read(text) == expected


@settings(max_examples=60, deadline=None)
@given(
    head=st.integers(min_value=1, max_value=999),
    tail=st.integers(min_value=1000, max_value=99999),
    currency=st.sampled_from(["€", "EUR", "zł", "euros"]),
)
def test_a_head_before_a_longer_group_never_leaves_its_tail(head, tail, currency):
    # "12 3456 €": the 4- or 5-digit group cannot follow a group, so nothing is read
    text = f"{head} {tail} {currency}"
    assert _read(text) == []


# A year written with Lithuanian "m." (metai): the letter is no scale (it is a million only in
# Afrikaans and Icelandic), so the year is no amount and what follows reads on its own.
YEAR_LETTER = [
    ("Lietuvos 2024 m. parama Ukrainai siekė 500 mln. eurų.", ["EUR 500000000"]),
    ("Ukrainos 2025 m. biudžeto deficitas siekia 40 mlrd. dolerių.", ["USD 40000000000"]),
    ("Per 2024 m. € 5 mln. skirta Kyjivui.", ["EUR 5000000"]),
    (
        "Parama 2023 m. siekė 15 mln. eurų, 2024 m. – 20 mln. eurų.",
        ["EUR 15000000", "EUR 20000000"],
    ),
    ("Skirta 5 ir 2024 m. eurų", []),
    ("EUR 2024 m. skirta", []),
    ("Parama sudarė € 2024 m.", []),  # the dot ends the sentence
    ("W 2024 r. Polska przekazała 5 mln zł.", ["PLN 5000000"]),  # Polish "r." (rok)
    (
        "Polska w 2023 r. przekazała 300 mln zł, a w 2024 r. 200 mln zł.",
        ["PLN 300000000", "PLN 200000000"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_LETTER)
def test_a_year_with_the_lithuanian_year_letter_is_no_amount(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("5 m. eurų", None, ["EUR 5000000"]),  # no year: the letter keeps its scale
        ("€2024m.", None, ["EUR 2024000000"]),  # glued: an English million
        ("Die regering het 2024 m. rand vir die projek bewillig.", "af", ["ZAR 2024000000"]),
    ],
)
def test_the_letter_stays_a_scale_off_a_year_or_in_its_own_languages(text, lang, expected):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == expected


# A country's case form or adjective that heads CLDR's currency names on the country side
# ("Lietuvos litas", "złoty polski") names the country, never money alone.
COUNTRY_WORDS = [
    ("Lietuvos 500 karių išvyko į Vokietiją.", []),
    ("Polskiego 500 karių", []),
    ("Ukrainos 300 karių grįžo.", []),
    ("Λιθουανίας 500 στρατιώτες", []),
    ("Izraelskiego 200 żołnierzy", []),
    ("Українських 300 військових", []),
    ("Lietuvos bankas skyrė 5 mln. eurų.", ["EUR 5000000"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_WORDS)
def test_a_country_word_of_a_currency_name_is_no_currency_alone(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("500 Lietuvos litų", "LTL 500"),
        ("Lietuvos litas 500", "LTL 500"),
        ("5 mln. Ukrainos grivinų", "UAH 5000000"),
        ("500 złotych polskich", "PLN 500"),
        ("500 złotego polskiego", "PLN 500"),
        ("20 francs suisses", "CHF 20"),  # "francs" starts as "France" does: a noun, kept
        ("500 боливиано", "500 BOB"),  # a noun named after its country, on the noun side
    ],
)
def test_the_full_names_and_nouns_still_read(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]


REMOVED = {  # what the rule takes from the lexicon's bare names, some of 414 (cldr.py)
    "lietuvos": "lt", "ukrainos": "lt", "polskiego": "pl", "polskich": "pl",
    "λιθουανίασ": "el", "liettuan": "fi", "ukrajinských": "cs", "izraelskiego": "pl",
    "українських": "uk", "китайських": "uk", "soudanaise": "fr", "gwatemalskiego": "pl",
}  # fmt: skip
KEPT_NOUNS = ["francs", "boliviano", "боливиано", "bolívares", "litas", "dolerių", "złotych"]


def test_the_territory_forms_removed_and_the_nouns_kept():
    from aidcalc.parsing.cldr import territory_form
    from aidcalc.parsing.lexicon import lexicon

    lex = lexicon()
    assert [word for word in REMOVED if lex.name(word) is not None] == []
    assert [word for word in KEPT_NOUNS if lex.name(word) is None] == []
    assert territory_form("lietuvos", {"lietuv"}) and territory_form("polskiego", {"polsk"})
    assert not territory_form("lietuva", {"lietuvos"}) and not territory_form("litas", {"lietuv"})


# A list's scale is no longer shared with items in another currency named by the words of a
# clause of their own, nor with a bare number that counts a noun.
NOT_ONE_LIST = [
    (
        "He paid €5; she paid $10 and £20 million was raised.",
        ["EUR 5", "USD 10", "GBP 20000000"],
    ),
    (
        "A meal costs €5, a room $40 and the hospital cost £20 million.",
        ["EUR 5", "USD 40", "GBP 20000000"],
    ),
    (
        "Un repas coûte 5 €, une chambre 40 $ et l'hôpital a coûté 20 millions £.",
        ["EUR 5", "USD 40", "GBP 20000000"],
    ),
    ("It sold for €5 and 10 million people watched.", ["EUR 5"]),
    ("Es wurde für 5 € verkauft und 10 Millionen Menschen sahen zu.", ["EUR 5"]),
    ("Bilet kosztował 5 zł i 2 mln widzów przyszło.", ["PLN 5"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ONE_LIST)
def test_items_of_other_clauses_share_no_scale(text, expected):
    assert _read(text) == expected


STILL_ONE_LIST = [  # (text, amounts): named by bare names, or a verb after the bare number
    (
        "The EU gave €5, the US $10 and Japan ¥20 billion.",
        ["EUR 5000000000", "USD 10000000000", "JPY 20000000000"],
    ),
    (
        "Germany pledged €5, France €3 and Italy €2 million.",
        ["EUR 5000000", "EUR 3000000", "EUR 2000000"],
    ),
    ("€5, $10 and £20 million were pledged.", ["EUR 5000000", "USD 10000000", "GBP 20000000"]),
    ("€5 and $10 million", ["EUR 5000000", "USD 10000000"]),
    ("€5 and 6 million were pledged.", ["EUR 5000000", "EUR 6000000"]),
    ("€5 and 6 million for schools", ["EUR 5000000", "EUR 6000000"]),
    ("€5 or 6 million", ["EUR 5000000-6000000"]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_ONE_LIST)
def test_lists_named_by_bare_names_still_share_their_scale(text, expected):
    assert _read(text) == expected


# A scale word whose power differs by language and that English does not write ("mil": a
# thousand in Spanish and Portuguese), beside a currency name English writes too, rests on a
# default unless the sentence is in one of the scale word's languages.
@pytest.mark.parametrize(
    ("text", "lang", "expected", "assumed"),
    [
        ("5 mil euros", None, "EUR 5000", True),
        # the curated languages' million (the American press's "mil"), as "$5 mil." reads
        # at a sentence end (session 16, amountfaults16)
        ("$5 mil", None, "USD 5000000", True),
        ("5 mil dollars", None, "USD 5000000", True),
        ("He paid 5 mil euros for it", None, "EUR 5000", True),
        ("5 mil euros", "es", "EUR 5000", False),
        ("5 mil euros", "pt", "EUR 5000", False),
        ("5 mil dólares", None, "USD 5000", False),  # a Spanish name tells the language
        ("El gobierno pagó 5 mil euros por ello", None, "EUR 5000", False),
        ("O governo pagou 5 mil euros por isso", None, "EUR 5000", False),
    ],
)
def test_a_scale_no_english_word_tells_records_its_default(text, lang, expected, assumed):
    (mention,) = extract_amounts(text, lang=lang)
    assert str(mention.amount) == expected
    assert ("scale-default" in mention.assumptions) is assumed


def test_strict_refuses_a_scale_no_word_tells():
    assert parse_amount("5 mil euros") == parse_amount("5 mil euros", lang="es")
    with pytest.raises(ParseError, match="scale-default"):
        parse_amount("5 mil euros", strict=True)
    assert str(parse_amount("5 mil euros", lang="es", strict=True)) == "EUR 5000"


def test_a_pledge_table_refuses_an_irregular_run_with_the_reason():
    import io

    from aidcalc import read_pledges

    table = "donor,amount,date\nDEU,12 34 €,2024-01-01\nFRA,1 234 567 €,2024-01-01\n"
    with pytest.raises(ValueError, match="row 2, amount: the digits '12 34'") as caught:
        read_pledges(io.StringIO(table))
    assert "row 3" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Polish "do" between two numbers is a range's joiner without "od" (trial 6: the low end
        # was lost and the top read "up to")
        ("Pomoc wyniesie 5 do 6 mln zł.", ["PLN 5000000-6000000"]),
        ("5 do 6 mln zł", ["PLN 5000000-6000000"]),
        ("Koszt: 1,5 do 2 mld zł.", ["PLN 1500000000-2000000000"]),
        # "do" before an amount alone is still "up to", and a year is no range's low end
        ("Pomoc do 6 mln zł.", ["up to PLN 6000000"]),
        ("W 2024 do 6 mln zł trafi do Kijowa.", ["up to PLN 6000000"]),
        ("Dano 3 czołgi do 5 mln zł.", ["up to PLN 5000000"]),
    ],
)
def test_polish_do_between_two_numbers_joins_a_range(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # German "bis" and "ab" before an amount alone qualify it (trial 6: the qualifier was lost)
        ("Förderung bis 6 Mio. Euro.", ["up to EUR 6000000"]),
        ("Förderung ab 6 Mio. Euro.", ["over EUR 6000000"]),
        ("ab 2,99 €", ["over EUR 2.99"]),
        # between two numbers "bis" joins a range; before a year it qualifies nothing
        ("Kosten von 5 bis 8 Mio. Euro.", ["EUR 5000000-8000000"]),
        ("5 bis 8 Milliarden Euro", ["EUR 5000000000-8000000000"]),
        ("Die Hilfe steigt bis 2025 auf 8 Mrd. Euro.", ["EUR 8000000000"]),
        ("Von 2022 bis 2024 gab Berlin 5 Mrd. Euro.", ["EUR 5000000000"]),
    ],
)
def test_german_bis_and_ab_before_an_amount_qualify_it(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
    assert str(parse_amount(text)) == expected[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # Croatian "do" between two numbers joins a range, as Polish "do" does
        ("približno 100 do 200 dolara", ["approx USD 100-200"]),
        ("otprilike 100 dolara do 200 dolara", ["approx USD 100-200"]),
        ("Hrvatska daje do 200 milijuna eura.", ["up to EUR 200000000"]),
    ],
)
def test_croatian_do_between_two_numbers_joins_a_range(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
