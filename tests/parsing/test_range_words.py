"""Range words of each language: "from 2 to 3 million" keeps both ends (issue 9).

A range's low end was lost ("de 2 a 3 millones de euros" read 3 million) or an opener was read
as a currency ("von 2 bis 3 Millionen Euro" read won). The joiners, openers and from-words are
curated per language in ``aidcalc/words/<lang>.py`` (``RANGE_JOINERS``, ``RANGE_JOINERS_ALONE``,
``RANGE_OPENERS``, ``RANGE_FROM``); a joiner that is also another word ("a", "tot", "do")
joins only in an amount of its own language.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidcalc import Amount, extract_amounts
from aidcalc.parsing import parse_mention

M = 1_000_000

RANGES = [
    # (text, lang of the words, low, high, currency)
    ("de 2 a 3 millones de euros", "es", 2 * M, 3 * M, "EUR"),
    ("de 1,5 a 2 millones de dólares", "es", 1_500_000, 2 * M, "USD"),
    ("desde 40 hasta 60 millones de euros", "es", 40 * M, 60 * M, "EUR"),
    ("entre 2 y 3 millones de euros", "es", 2 * M, 3 * M, "EUR"),
    ("da 2 a 3 milioni di euro", "it", 2 * M, 3 * M, "EUR"),
    ("de 2 a 3 milhões de euros", "pt", 2 * M, 3 * M, "EUR"),
    ("de 5 a 8 milhões de reais", "pt", 5 * M, 8 * M, "BRL"),
    ("von 2 bis 3 Millionen Euro", "de", 2 * M, 3 * M, "EUR"),
    ("von 20 bis 30 Milliarden Euro", "de", 20_000 * M, 30_000 * M, "EUR"),
    ("van 2 tot 3 miljoen euro", "nl", 2 * M, 3 * M, "EUR"),
    ("4 tot 6 miljoen euro", "nl", 4 * M, 6 * M, "EUR"),
    ("od 2 do 3 mln zł", "pl", 2 * M, 3 * M, "PLN"),
    ("od 2 do 3 milionů eur", "cs", 2 * M, 3 * M, "EUR"),
    ("2 až 3 miliony eur", "cs", 2 * M, 3 * M, "EUR"),
    ("mezi 2 a 3 miliony eur", "cs", 2 * M, 3 * M, "EUR"),
    ("od 2 do 3 miliónov eur", "sk", 2 * M, 3 * M, "EUR"),
    ("5 až 7 miliónov eur", "sk", 5 * M, 7 * M, "EUR"),
    ("från 2 till 3 miljoner euro", "sv", 2 * M, 3 * M, "EUR"),
    ("10 till 15 miljoner euro", "sv", 10 * M, 15 * M, "EUR"),
    ("fra 2 til 3 millioner euro", "da", 2 * M, 3 * M, "EUR"),
    ("mellem 2 og 3 millioner euro", "da", 2 * M, 3 * M, "EUR"),
    ("fra 4 til 6 millioner euro", "nb", 4 * M, 6 * M, "EUR"),
    ("între 2 și 3 milioane de euro", "ro", 2 * M, 3 * M, "EUR"),
    ("de la 2 la 3 milioane de euro", "ro", 2 * M, 3 * M, "EUR"),
    ("de 2 à 3 millions d'euros", "fr", 2 * M, 3 * M, "EUR"),
    ("від 2 до 3 млн грн", "uk", 2 * M, 3 * M, "UAH"),
    ("от 2 до 3 млн рублей", "ru", 2 * M, 3 * M, "RUB"),
    ("от 2 до 3 млн лева", "bg", 2 * M, 3 * M, "BGN"),
    ("od 2 do 3 milijuna eura", "hr", 2 * M, 3 * M, "EUR"),
    ("između 2 i 3 milijuna eura", "hr", 2 * M, 3 * M, "EUR"),
    ("από 2 έως 3 εκατ. ευρώ", "el", 2 * M, 3 * M, "EUR"),
    ("2 έως 3 εκατομμύρια ευρώ", "el", 2 * M, 3 * M, "EUR"),
]


@pytest.mark.parametrize(("text", "lang", "low", "high", "code"), RANGES)
@pytest.mark.parametrize("given", [False, True], ids=["no-lang", "lang"])
def test_range_keeps_both_ends(text, lang, low, high, code, given):
    mention = parse_mention(text, lang=lang if given else None)
    assert mention.amount == Amount(Decimal(low), code, high=Decimal(high))


@pytest.mark.parametrize(("text", "lang", "low", "high", "code"), RANGES)
def test_range_in_a_sentence_is_one_mention_from_its_opener(text, lang, low, high, code):
    sentence = f"Le projet: {text}."
    mentions = extract_amounts(sentence)
    assert [m.amount for m in mentions] == [Amount(Decimal(low), code, high=Decimal(high))]
    shown = sentence[mentions[0].start : mentions[0].end]
    assert text.endswith(shown)  # the whole range, its opener included (but "de" of "de la")
    assert len(shown) >= len(text) - 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joiner of one language is no joiner in another: Czech "a" is "and"
        ("1,5 miliardy korun a 300 milionů korun", ["CZK 1500000000", "CZK 300000000"]),
        ("9,3 miliónov eur a 850 ton materiálu", ["EUR 9300000"]),
        # English: "a" and "to" keep their readings
        ("$5 a month", ["USD 5"]),
        ("from 2 to 3 million euros", ["EUR 2000000-3000000"]),
        # "von" before a single amount is a preposition, not the won
        ("Hilfe von 2 Millionen Euro", ["EUR 2000000"]),
        # a from-word with no range after it is an ordinary word
        ("5 de 10 millones de euros", ["EUR 10000000"]),
        # Swedish "till" ("to") before a count is no range end
        ("500 miljoner euro till 3 länder", ["EUR 500000000"]),
    ],
)
def test_range_words_only_where_they_join(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == expected
