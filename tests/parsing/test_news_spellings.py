"""News spellings of currencies and scales (issue 9, item 15).

Symbols as the press writes them (``TL``, ``SFr.``, ``QR``, ``KD``, ``Dhs``; ``SR`` and ``Dh``
shared, decided by the country named), French ``Mds``, Greek ``εκατ.``/``δισ.`` and their
genitives, and Chinese, Japanese and Korean scales glued to their currency (``36.57亿元``,
``3兆円``, ``2억 원``).
"""

from __future__ import annotations

import pytest

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.atoms import _ideograph_pieces
from aidcalc.parsing.lexicon import lexicon

SPELLINGS = [
    ("Yardım tutarı 3,5 milyar TL'ye ulaştı.", "3500000000 TRY"),
    ("2 mld TL", "2000000000 TRY"),
    ("SFr. 5 Mio. für Kiew", "CHF 5000000"),
    ("Doha pledged QR 10 million", "QAR 10000000"),
    ("Kuwait adds KD 2 million", "KWD 2000000"),
    ("Dhs 50 million for relief", "AED 50000000"),
    ("Saudi Arabia gave SR 5 million", "SAR 5000000"),
    ("The Seychelles spent SR 5 million", "SCR 5000000"),
    ("Morocco sent Dh 30 million", "30000000 MAD"),
    ("Bruxelles a versé 4,2 Mds € au titre de la facilité.", "EUR 4200000000"),
    ("une enveloppe de 1,5 Mds€", "EUR 1500000000"),
    ("Η δόση των 1,5 εκατ. ευρώ εγκρίθηκε.", "EUR 1500000"),
    ("Περίπου 300 εκατ. € πηγαίνουν στην ενέργεια.", "approx EUR 300000000"),
    ("Οι ΗΠΑ προσφέρουν συνολικά 25,45 δισ δολαρίων.", "USD 25450000000"),
    ("βοήθεια ύψους 500 εκατομμυρίων ευρώ", "EUR 500000000"),
    ("中国宣布提供36.57亿元人道主义援助", "CNY 3657000000"),
    ("援助总额为100亿美元", "USD 10000000000"),
    ("36.57亿人民币", "CNY 3657000000"),
    ("日本は3兆円を拠出する", "JPY 3000000000000"),
    ("5000万円の支援", "JPY 50000000"),
    ("정부는 2억 원을 지원했다", "KRW 200000000"),
    ("3억 달러 규모", "USD 300000000"),
    ("1조 원", "KRW 1000000000000"),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_news_spellings(text, expected):
    assert [str(m.amount) for m in extract_amounts(text)] == [expected]
    assert str(parse_amount(text)) == expected


REFUSED = [
    "SR 5 million",  # Saudi riyal or Seychelles rupee: nothing says which
    "Dh 50 million",  # UAE or Moroccan dirham
    "Saudi Arabia and the Seychelles each spent SR 5 million",
]


@pytest.mark.parametrize("text", REFUSED)
def test_shared_symbols_without_their_country_are_refused(text):
    with pytest.raises(ParseError, match="ambiguous"):
        parse_amount(text)


NOT_MONEY = ["5万人が避難した", "3억 명", "2兆個"]  # people, people, pieces


@pytest.mark.parametrize("text", NOT_MONEY)
def test_a_scale_without_a_currency_is_no_amount(text):
    assert extract_amounts(text) == []


def test_ideograph_words_are_cut_into_entries():
    lex = lexicon()
    assert [p[1] for p in _ideograph_pieces("亿元", 10, lex)] == ["亿", "元"]
    assert [p[2:] for p in _ideograph_pieces("亿元", 10, lex)] == [(10, 11), (11, 12)]
    assert [p[1] for p in _ideograph_pieces("兆円", 0, lex)] == ["兆", "円"]
    assert [p[1] for p in _ideograph_pieces("人民币", 0, lex)] == ["人民币"]
