"""What extraction needs from ``extract_amounts``: every amount, restatements linked, no
non-money numbers. Written for issue 5 (extraction); the parser itself is in ``parsing.py``.

Each case is (text, expected mentions): a mention is (text of the span, ``str(amount)``,
index of the mention it restates or None).
"""

from __future__ import annotations

import pytest
from seeds import read_seeds

from aidcalc.parsing import extract_amounts


@pytest.fixture(scope="module")
def seed_texts():
    return read_seeds()


RESTATEMENTS = [
    # parentheses
    (
        "military support worth over 683 million euros (approximately $763 million).",
        [
            ("over 683 million euros", "over EUR 683000000", None),
            ("approximately $763 million", "approx USD 763000000", 0),
        ],
    ),
    (
        "CHF 100 million ($112 million)",
        [("CHF 100 million", "CHF 100000000", None), ("$112 million", "USD 112000000", 0)],
    ),
    (
        "La France a débloqué 300 millions d'euros (environ 325 millions de dollars).",
        [
            ("300 millions d'euros", "EUR 300000000", None),
            ("environ 325 millions de dollars", "approx USD 325000000", 0),
        ],
    ),
    (
        "Lietuva skyrė 10 mln. eurų (11 mln. JAV dolerių).",
        [("10 mln. eurų", "EUR 10000000", None), ("11 mln. JAV dolerių", "USD 11000000", 0)],
    ),
    (
        "Polska przekazała 500 mln zł (ok. 115 mln euro).",
        [("500 mln zł", "PLN 500000000", None), ("ok. 115 mln euro", "approx EUR 115000000", 0)],
    ),
    # appositions
    (
        "£1.5 billion, or about $1.9 billion",
        [
            ("£1.5 billion", "GBP 1500000000", None),
            ("about $1.9 billion", "approx USD 1900000000", 0),
        ],
    ),
    (
        "2 Mrd. Euro, umgerechnet rund 2,2 Mrd. Dollar",
        [
            ("2 Mrd. Euro", "EUR 2000000000", None),
            ("rund 2,2 Mrd. Dollar", "approx USD 2200000000", 0),
        ],
    ),
    (
        "$100 million, i.e. roughly €90 million",
        [
            ("$100 million", "USD 100000000", None),
            ("roughly €90 million", "approx EUR 90000000", 0),
        ],
    ),
    (
        "300 millions d'euros, soit environ 325 millions de dollars",
        [
            ("300 millions d'euros", "EUR 300000000", None),
            ("environ 325 millions de dollars", "approx USD 325000000", 0),
        ],
    ),
    (
        "1 000 000 грн, тобто близько 23 000 євро",
        [("1 000 000 грн", "UAH 1000000", None), ("близько 23 000 євро", "approx EUR 23000", 0)],
    ),
    (
        "500 mln zł, czyli ok. 115 mln euro",
        [("500 mln zł", "PLN 500000000", None), ("ok. 115 mln euro", "approx EUR 115000000", 0)],
    ),
    # "umgerechnet" right before the restatement links it even after the separable verb's
    # particle ("stellt … bereit, umgerechnet …")
    (
        "Deutschland stellt 2 Mrd. Euro bereit, umgerechnet rund 2,2 Mrd. Dollar.",
        [
            ("2 Mrd. Euro", "EUR 2000000000", None),
            ("rund 2,2 Mrd. Dollar", "approx USD 2200000000", 0),
        ],
    ),
    # Lithuanian "t. y." (tai yra, "that is") is the usual written form of the apposition
    (
        "Lietuva skyrė 10 mln. eurų, t. y. apie 11 mln. dolerių.",
        [
            ("10 mln. eurų", "EUR 10000000", None),
            ("apie 11 mln. dolerių", "approx USD 11000000", 0),
        ],
    ),
    # a parenthesised restatement a few words after its amount
    (
        "The Netherlands pledged €400 million for air defence (about $430 million).",
        [
            ("€400 million", "EUR 400000000", None),
            ("about $430 million", "approx USD 430000000", 0),
        ],
    ),
    # two amounts in the same currency are two amounts, not a restatement
    (
        "€5 million in May and €7 million (in June)",
        [("€5 million", "EUR 5000000", None), ("€7 million", "EUR 7000000", None)],
    ),
]

NOT_MONEY = [
    "the country of 2.8 million has provided Ukraine with helicopters",
    "a nation of 38 million",
    "The Kyiv Independent Martin Fornusek 10:04 AM",
    "by Kateryna Denisova November 4, 2024 9:50 PM 1 min read",
    "signed on Nov. 4, 2024.",
    "The parties also discussed plans for 2025.",
    "500,000 shells",
    "40 Bradley vehicles and 120mm ammunition",
    "the 12th aid package",
    "0.25% of GDP",
    "0,25 % des BIP",
    "Am 4. November 2024 um 9:50 Uhr",
    "2024 m. lapkričio 4 d. 21:50",
    "4 листопада 2024 року о 21:50",
    "4 listopada 2024 r. o godz. 21:50",
    "il y a 3 ans, 15 % des obus",
]


@pytest.mark.parametrize(("text", "expected"), RESTATEMENTS, ids=[t for t, _ in RESTATEMENTS])
def test_restatements_are_linked(text, expected):
    found = [(text[m.start : m.end], str(m.amount), m.equivalent_of) for m in extract_amounts(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_MONEY)
def test_numbers_that_are_not_money_are_not_mentions(text):
    assert [text[m.start : m.end] for m in extract_amounts(text)] == []


def test_kyiv_seed_mentions(seed_texts):
    text = seed_texts["kyiv"]
    found = [(text[m.start : m.end], str(m.amount), m.equivalent_of) for m in extract_amounts(text)]
    assert found == [
        ("over 683 million euros", "over EUR 683000000", None),
        ("approximately $763 million", "approx USD 763000000", 0),
        ("10 million euros", "EUR 10000000", None),
        ("$11 million", "USD 11000000", 2),
    ]


def test_elta_seed_has_no_amounts(seed_texts):
    assert extract_amounts(seed_texts["elta"]) == []
