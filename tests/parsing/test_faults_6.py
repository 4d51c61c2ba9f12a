"""Issue 9, faults6: the kinds of fault the new-user trial left open (silent wrong values,
amounts dropped without a report, wrong refusals, assumptions not said). One table per kind,
several forms of each in several languages."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount


def _read(text: str, lang: str | None = None) -> list[str]:
    return [str(m.amount) for m in extract_amounts(text, lang=lang)]


# --- A1. a list's scale is shared across currencies ---------------------------------------------

LISTS_IN_SEVERAL_CURRENCIES = [  # (text, amounts, indexes recording shared-scale)
    (
        "€5, $10 and £20 million were pledged.",
        ["EUR 5000000", "USD 10000000", "GBP 20000000"],
        [0, 1],
    ),
    ("€5 and $10 million", ["EUR 5000000", "USD 10000000"], [0]),
    ("5 €, 10 $ et 20 millions £", ["EUR 5000000", "USD 10000000", "GBP 20000000"], [0, 1]),
    ("zł5, €10 i $20 mln", ["PLN 5000000", "EUR 10000000", "USD 20000000"], [0, 1]),
    ("€2, £3 und $4 Mrd.", ["EUR 2000000000", "GBP 3000000000", "USD 4000000000"], [0, 1]),
    ("€5 or $6 million", ["EUR 5000000", "USD 6000000"], [0]),
    # not one list: each keeps its own value
    ("It costs €5, and $10 million goes to schools", ["EUR 5", "USD 10000000"], []),
    ("Tickets cost €5. $10 million went to schools.", ["EUR 5", "USD 10000000"], []),
    ("€3,500,000 and $2 million", ["EUR 3500000", "USD 2000000"], []),
    ("€5.00, $10 and £20 million", ["EUR 5", "USD 10000000", "GBP 20000000"], [1]),
]


@pytest.mark.parametrize(("text", "want", "shared"), LISTS_IN_SEVERAL_CURRENCIES)
def test_a_list_shares_its_last_scale_across_currencies_and_says_so(text, want, shared):
    found = extract_amounts(text)
    assert [str(m.amount) for m in found] == want
    assert [i for i, m in enumerate(found) if "shared-scale" in m.assumptions] == shared


def test_parse_amount_reads_the_first_item_of_a_list_in_its_scale():
    assert parse_amount("€5, $10 and £20 million were pledged.").value == D(5000000)
    with pytest.raises(ParseError, match="shared-scale"):
        parse_amount("€5, $10 and £20 million were pledged.", strict=True)


# --- A2. two different signs glued before one number: refused -----------------------------------

TWO_SIGNS = [
    "The fund got €$5 million.",
    "£€5",
    "$€5 million",
    "zł€5 mln",
    "€£ 5",
    "Le fonds a reçu €$ 5 millions.",
    "Der Fonds erhielt £€ 3 Mio.",
]


@pytest.mark.parametrize("text", TWO_SIGNS)
def test_two_signs_glued_before_one_number_are_refused_and_reported(text):
    with pytest.raises(ParseError, match="names two currencies"):
        parse_amount(text)
    refused: list = []
    assert extract_amounts(text, refused=refused) == []
    assert len(refused) == 1 and "names two currencies" in refused[0].reason


@pytest.mark.parametrize(
    ("text", "want"),
    [("NZD $100", "NZD 100"), ("US$5", "USD 5"), ("MOP$ 5", "5 MOP"), ("EUR$5", "EUR 5")],
)
def test_a_code_glued_before_the_sign_it_names_stays_one_currency(text, want):
    assert str(parse_amount(text)) == want


# --- A3. pounds of goods are weight, scaled too; a phrase neither goods nor money refused -------

POUNDS_OF = [  # (text, amounts read, refused)
    ("They shipped 5 million pounds of aid supplies.", [], False),
    ("The airlift carried 2.5 million pounds of humanitarian cargo.", [], False),
    ("Trucks brought 300,000 pounds of medical supplies.", [], False),
    ("Se enviaron 2 millones de libras de arroz.", [], False),
    ("Ils ont livré 3 millions de livres de farine.", [], False),
    ("The UK sent 100 million pounds of military equipment.", [], True),
    ("Ils ont livré 2 millions de livres de matériel lourd.", [], True),
    # money: a money noun in the phrase
    ("London adds 20 million pounds of new aid.", ["GBP 20000000"], False),
    ("5 million pounds of humanitarian aid", ["GBP 5000000"], False),
    ("5 million pounds of funding", ["GBP 5000000"], False),
    ("Londres aportó 2 millones de libras de ayuda.", ["GBP 2000000"], False),
    ("Londres verse 4 millions de livres d'aide.", ["GBP 4000000"], False),
]


@pytest.mark.parametrize(("text", "want", "refused"), POUNDS_OF)
def test_pounds_of_goods_weigh_and_an_unclear_phrase_is_refused(text, want, refused):
    left_out: list = []
    assert [str(m.amount) for m in extract_amounts(text, refused=left_out)] == want
    assert bool(left_out) == refused
    if refused:
        assert "weight or a sum" in left_out[0].reason


# --- A4. a grouped number with three digits after its decimal mark: no cents of a 2-decimal ----

GROUPED_THEN_THREE_REFUSED = [
    "€1,234.567",
    "€1.234,567",
    "1.234,567 €",
    "$12,345.678 was paid",
    "1 234,567 zł",
    "Die Stadt zahlte 1.234,567 Euro.",
    "CHF 1'234.567",
    "Le don: 12 345,678 €",
]


@pytest.mark.parametrize("text", GROUPED_THEN_THREE_REFUSED)
def test_a_grouped_number_with_three_decimals_is_refused_for_a_two_decimal_currency(text):
    with pytest.raises(ParseError, match="three digits after its decimal mark"):
        parse_amount(text)
    left_out: list = []
    assert extract_amounts(text, refused=left_out) == []
    assert "three digits after its decimal mark" in left_out[0].reason


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("KWD 1,234.567", "KWD 1234.567"),  # three decimals: fils
        ("BHD 1.234,567", "BHD 1234.567"),
        ("€1,234.567 million", "EUR 1234567000"),  # a scale: a fraction of millions
        ("1.234,567 Mio. €", "EUR 1234567000"),
        ("€1,234,567", "EUR 1234567"),
        ("€1.234.567", "EUR 1234567"),
        ("€1,234.56", "EUR 1234.56"),
        ("12.345.678,90 €", "EUR 12345678.9"),
    ],
)
def test_three_decimals_stay_read_where_they_can_be_right(text, want):
    assert str(parse_amount(text)) == want


# --- A5. a shared name or sign follows the country the text names -------------------------------

BY_COUNTRY = [  # (text, lang, currency, assumption)
    ("Belarus lent 5 billion rubles.", None, "BYN", "country-context"),
    ("Russia lent 5 billion rubles.", None, "RUB", "country-context"),
    ("Belarus received 2 million roubles.", None, "BYN", "country-context"),
    ("Belarus zahlte 5 Millionen Rubel.", None, "BYN", "country-context"),
    ("Russland zahlte 5 Millionen Rubel.", None, "RUB", "country-context"),
    ("Беларусь выделила 5 миллиардов рублей.", None, "BYN", "country-context"),
    ("Nicaragua budgeted C$ 500 million.", None, "NIO", "country-context"),
    ("Nicaragua destinó C$ 200 millones.", None, "NIO", "country-context"),
    ("Canada budgeted C$ 500 million.", None, "CAD", "country-context"),
    ("Morocco got 5 million dirhams.", None, "MAD", "country-context"),
    ("The United Arab Emirates paid 5 million dirhams.", None, "AED", "country-context"),
    ("Malawi received 5 million kwacha.", None, "MWK", "country-context"),
    ("Zambia received 5 million kwacha.", None, "ZMW", "country-context"),
    ("Oman gave 5 million rials.", None, "OMR", "country-context"),
    ("Iran gave 5 million rials.", None, "IRR", "country-context"),
    ("Uzbekistan spent 5 million som.", None, "UZS", "country-context"),
    ("Pakistan got Rs 5 billion.", None, "PKR", "country-context"),
    ("Sri Lanka spent Rs 5 billion.", None, "LKR", "country-context"),
    ("Le Rwanda a reçu 5 millions de francs.", None, "RWF", "country-context"),
    # the caller's language still decides first
    ("5 миллионов рублей", "ru", "RUB", "home-currency"),
    ("1 рубль", "ru", "RUB", "home-currency"),
    ("Det är 5 000 som.", "sv", "KGS", None),
    # with no country: the sign's own default, said so
    ("C$ 500 million", None, "CAD", "default-currency"),
]


@pytest.mark.parametrize(("text", "lang", "code", "assumed"), BY_COUNTRY)
def test_a_shared_name_or_sign_follows_the_country_the_text_names(text, lang, code, assumed):
    (mention,) = extract_amounts(text, lang=lang)
    assert mention.amount.currency == code
    if assumed is not None:
        assert assumed in mention.assumptions


@pytest.mark.parametrize(
    "text",
    ["He paid 5 billion rubles.", "1 dirham", "5 million rials", "1 som", "Er zahlte 5 Rubel."],
)
def test_a_shared_name_with_no_country_is_refused_not_guessed(text):
    with pytest.raises(ParseError, match="is ambiguous"):
        parse_amount(text)
    left_out: list = []
    assert extract_amounts(text, refused=left_out) == []
    assert "is ambiguous" in left_out[0].reason


# --- A6. plural demonyms (and their accented or plural variants) are people, not money ----------

PEOPLE = [
    "They hosted 5 Bangladeshis.",
    "They hosted 5 Israelis.",
    "5 Nigerians arrived",
    "The town took in 12 Nicaraguans.",
    "Llegaron 5 brasileños.",
    "Viajaron 40 venezolanos.",
    "Ayudaron a 3 hondureños.",
    "Chegaram 7 moçambicanos.",
    "Chegaram 10 angolanos ao porto.",
    "Sono arrivati 5 angolani.",
    "Arrivent 5 Cambodgiens.",
    "200 Iraqi families",
]


@pytest.mark.parametrize("text", PEOPLE)
def test_a_people_word_after_a_number_is_no_currency(text):
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Venezuela pagó 5 millones de bolívares.", "VES 5000000"),
        ("Moçambique recebeu 5 milhões de meticais.", "MZN 5000000"),
        ("Bangladesh got 5 million taka", "BDT 5000000"),
        ("Israel gave 5 million shekels.", "ILS 5000000"),
        ("Nigeria spent 5 billion naira.", "NGN 5000000000"),
        ("El Brasil aportó 5 millones de reales.", "BRL 5000000"),
    ],
)
def test_the_currency_nouns_beside_those_people_words_stay_money(text, want):
    assert _read(text) == [want]


# --- A7. a bracketed restatement reads its scale by its own words; a thousandfold pair refused --

BRACKETED = [  # (text, amounts, equivalent_of)
    (
        "La France a annoncé 3 milliards d'euros (£1.5 billion).",
        ["EUR 3000000000", "GBP 1500000000"],
        [None, 0],
    ),
    (
        "Die Bundesregierung gibt 2 Milliarden Euro ($2.2 billion) für die Ukraine.",
        ["EUR 2000000000", "USD 2200000000"],
        [None, 0],
    ),
    (
        "Polska przekaże 4 mld zł (about $1 billion) na odbudowę.",
        ["PLN 4000000000", "approx USD 1000000000"],
        [None, 0],
    ),
    (
        "The UK pledged £3 billion (3,5 milliards d'euros).",
        ["GBP 3000000000", "EUR 3500000000"],
        [None, 0],
    ),
]


@pytest.mark.parametrize(("text", "want", "links"), BRACKETED)
def test_a_bracketed_restatement_reads_its_scale_by_its_own_words(text, want, links):
    found = extract_amounts(text)
    assert [str(m.amount) for m in found] == want
    assert [m.equivalent_of for m in found] == links


THOUSANDFOLD = [
    "Die EU gibt 3 Milliarden Euro ($3,3 Billionen).",
    "The EU gives €3 billion ($3.3 million).",
    "€10 million ($11 billion)",
    "2 Mrd. Euro, umgerechnet rund 2,2 Mio. Dollar",
    "683 millions d'euros (environ 763 000 dollars)",
]


@pytest.mark.parametrize("text", THOUSANDFOLD)
def test_a_restatement_a_thousandfold_off_is_refused_with_its_amount(text):
    left_out: list = []
    assert extract_amounts(text, refused=left_out) == []
    assert left_out and all("thousandfold" in r.reason for r in left_out)


# --- A8. a label noun's number before a dash is no range's low end ------------------------------

LABELLED = [
    ("Tranche 2 – 500 Mio. €", "EUR 500000000"),
    ("Paket 4 - 3 Mrd. Euro", "EUR 3000000000"),
    ("Phase 3 – 2 million euros", "EUR 2000000"),
    ("Package 12 — 300 million dollars", "USD 300000000"),
    ("Étape 2 – 40 millions d'euros", "EUR 40000000"),
    ("Tramo 3 – 20 millones de euros", "EUR 20000000"),
    ("Etap 2 – 5 mln zł", "PLN 5000000"),
    ("Fase 1 – 10 milioni di euro", "EUR 10000000"),
]


@pytest.mark.parametrize(("text", "want"), LABELLED)
def test_a_labelled_number_before_a_dash_starts_no_range(text, want):
    assert _read(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The cost is 2 – 5 million euros", "EUR 2000000-5000000"),
        ("€2–5 million", "EUR 2000000-5000000"),
        ("zwischen 2 und 5 Mio. €", "EUR 2000000-5000000"),
    ],
)
def test_ranges_without_a_label_stay_ranges(text, want):
    assert _read(text) == [want]


# --- B. money-like forms left out are reported; "marks" follows the country named ----------------

REPORTED = [
    ("The bank lent €5 million million.", "scale words stacked"),
    ("5 million million euros", "scale words stacked"),
    ("$5 bn bn", "scale words stacked"),
    ("Die Bank lieh € 5 Millionen Millionen.", "scale words stacked"),
]


@pytest.mark.parametrize(("text", "reason"), REPORTED)
def test_a_refused_form_is_reported_by_extraction(text, reason):
    left_out: list = []
    assert extract_amounts(text, refused=left_out) == []
    assert len(left_out) == 1 and reason in left_out[0].reason


MARKS = [  # (text, lang, currency)
    ("Bosnia got 20 million marks.", None, "BAM"),
    ("Bosnia and Herzegovina received 20 million marks.", None, "BAM"),
    ("Finland paid 5 million marks in 1995.", None, "FIM"),
    ("Germany paid 5 million marks in 1990.", None, "DEM"),
    ("Deutschland zahlte 5 Millionen Mark", None, "DEM"),
    ("Suomi antoi 10 miljoonaa markkaa", None, "FIM"),
]


@pytest.mark.parametrize(("text", "lang", "code"), MARKS)
def test_marks_follow_the_country_the_text_names(text, lang, code):
    (mention,) = extract_amounts(text, lang=lang)
    assert mention.amount.currency == code


@pytest.mark.parametrize("text", ["She got 5 marks for the essay.", "a 10 mark", "Top 3 marks"])
def test_marks_with_no_country_are_no_money_in_english(text):
    assert extract_amounts(text) == []


# --- C. a whole and a half in one German word is a count ------------------------------------------

HALVES = [  # (text, lang, amount)
    ("eineinhalb Milliarden Euro", None, "EUR 1500000000"),
    ("Berlin gibt anderthalb Milliarden Euro.", None, "EUR 1500000000"),
    ("zweieinhalb Millionen Euro", "de", "EUR 2500000"),
    ("Die Ukraine erhält dreieinhalb Milliarden Euro.", None, "EUR 3500000000"),
]


@pytest.mark.parametrize(("text", "lang", "want"), HALVES)
def test_a_german_whole_and_a_half_counts_its_scale(text, lang, want):
    assert _read(text, lang) == [want]
