"""A number joined by a hyphen to a number word that is also a scale (trial 15, F1): with its
language told, Slovak "400-tisíc eur" was read as the range EUR 400-1000 (the lexicon reads
"tisíc" as the number 1000 there), a silent wrong value. A glued hyphen joins a number to its
scale in every language; a spaced dash before a bare scale word is refused (scale or range's top,
not told); words that join a range keep it ("entre 400 y mil euros")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc.errors import ParseError
from aidcalc.parsing import extract_amounts, parse_amount

# (lang, number, thousand in that language, currency word, ISO code)
THOUSANDS = [
    ("sk", 400, "tisíc", "eur", "EUR"),
    ("cs", 250, "tisíc", "korun", "CZK"),
    ("hr", 400, "tisuća", "eura", "EUR"),
    ("es", 300, "mil", "euros", "EUR"),
    ("pt", 120, "mil", "reais", "BRL"),
    ("fr", 400, "mille", "euros", "EUR"),
    ("it", 700, "mila", "euro", "EUR"),
    ("nl", 400, "duizend", "euro", "EUR"),
    ("tr", 400, "bin", "lira", "TRY"),
    ("pl", 400, "tysięcy", "euro", "EUR"),
    ("uk", 400, "тисяч", "гривень", "UAH"),
    ("bg", 400, "хиляди", "лева", "BGN"),
    ("fi", 400, "tuhatta", "euroa", "EUR"),
    ("da", 400, "tusind", "kroner", "DKK"),
    ("en", 400, "thousand", "dollars", "USD"),
]


@pytest.mark.parametrize("lang,number,word,currency,code", THOUSANDS)
@pytest.mark.parametrize("told", [True, False])
def test_a_hyphen_joins_a_number_to_its_scale_word(lang, number, word, currency, code, told):
    text = f"{number}-{word} {currency}"
    kwargs = {"lang": lang} if told else {}
    try:
        amount = parse_amount(text, **kwargs)
    except ParseError:
        # untold, a word of a language whose scales are read only when told may be refused:
        # never a wrong value
        assert not told
        return
    assert amount.high is None, f"{text!r} read as a range {amount}"
    assert amount.value == Decimal(number) * 1000
    if told:
        assert amount.currency == code
        spaced = parse_amount(f"{number} {word} {currency}", lang=lang)
        assert (amount.value, amount.currency) == (spaced.value, spaced.currency)
        found = extract_amounts(f"Vláda dala {text} na pomoc.", lang=lang)
        assert [(m.amount.value, m.amount.high) for m in found] == [(amount.value, None)]


@pytest.mark.parametrize("lang,number,word,currency,code", THOUSANDS)
def test_a_spaced_dash_before_a_bare_scale_word_is_refused(lang, number, word, currency, code):
    text = f"{number} – {word} {currency}"
    with pytest.raises(ParseError):
        parse_amount(text, lang=lang)
    refused: list = []
    found = extract_amounts(text, lang=lang, refused=refused)
    assert all(m.amount.value != 1000 and m.amount.high != 1000 for m in found), found


@pytest.mark.parametrize(
    "lang,text,low,high",
    [
        ("es", "entre 400 y mil euros", 400, 1000),
        ("sk", "od 400 do tisíc eur", 400, 1000),
        ("sk", "2-3 tisíc eur", 2000, 3000),
        ("hr", "2 – 3 tisuće eura", 2000, 3000),
        ("es", "400 – 1.000 euros", 400, 1000),
    ],
)
def test_ranges_written_in_words_or_digits_stay_ranges(lang, text, low, high):
    amount = parse_amount(text, lang=lang)
    assert (amount.value, amount.high) == (Decimal(low), Decimal(high))
