"""Slovenian, Serbian and Macedonian amounts (session 14, langs14).

Slovenian has its words module (``aidcalc/words/sl.py``): its qualifiers ("več kot", "skoraj",
"približno", "do") and the accusative plural "milijone" CLDR lacks.
Serbian (Cyrillic, ``sr``) and Macedonian (``mk``) are told from Ukrainian, Russian and
Bulgarian, and read with their own qualifiers; their scale words are CLDR's.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing.language import text_language


@pytest.mark.parametrize(
    ("text", "value", "high", "qualifier"),
    [
        ("Vlada je zagotovila več kot 2,5 milijona evrov.", "2500000", None, "over"),
        ("Namenila je skoraj 3 milijone evrov.", "3000000", None, "under"),
        ("Prispevala bo približno 1,2 milijarde evrov.", "1200000000", None, "approx"),
        ("Država bo namenila do 4 milijone evrov.", "4000000", None, "up_to"),
        ("Obljubila je vsaj 700 tisoč evrov.", "700000", None, "over"),
        ("Skupaj je namenila 5 milijonov evrov.", "5000000", None, None),
        ("Komisija je namenila 7 milijard evrov.", "7000000000", None, None),
        ("Komisija je namenila milijardo evrov.", "1000000000", None, None),
        ("Namenila je 1,5 mio. evrov.", "1500000", None, None),
        ("Namenila je 2,3 mrd. evrov.", "2300000000", None, None),
        ("Vlada je namenila od 2 do 3 milijone evrov.", "2000000", "3000000", None),
        ("Ministrstvo je poročalo o 3 milijardah evrov.", "3000000000", None, None),
    ],
)
def test_slovenian_amounts(text, value, high, qualifier):
    amount = parse_amount(text)
    assert amount.value == Decimal(value) and amount.currency == "EUR"
    assert amount.high == (Decimal(high) if high else None)
    assert amount.qualifier == qualifier
    assert text_language(text) == "sl"


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("Србија је Украјини дала 5 милиона евра.", "5000000", "EUR", None),
        ("Србија је издвојила више од 2,5 милијарди динара.", "2500000000", "RSD", "over"),
        ("Влада је одобрила око 2 милијарде динара.", "2000000000", "RSD", "approx"),
        ("Буџет предвиђа највише 1,5 милијарду динара.", "1500000000", "RSD", "up_to"),
        ("Владата ќе одвои повеќе од 3,5 милиони денари.", "3500000", "MKD", "over"),
        ("Владата ќе одвои околу 2 милијарди денари.", "2000000000", "MKD", "approx"),
    ],
)
def test_serbian_and_macedonian_amounts(text, value, currency, qualifier):
    (mention,) = extract_amounts(text)
    assert (mention.amount.value, mention.amount.currency) == (Decimal(value), currency)
    assert mention.amount.qualifier == qualifier
    assert text_language(text) in ("sr", "mk")


def test_a_decimal_comma_in_serbian_is_no_thousands_mark():
    # Serbian writes a decimal comma, as Ukrainian does: the guess changes no mark
    assert parse_amount("Србија је дала 1,500 милиона динара.").value == Decimal("1500000")
    assert parse_amount("Slovenija je dala 1,500 milijona evrov.").value == Decimal("1500000")
