"""Number and currency forms a new-user trial of session 13 found read wrong (trial faults F1,
F12, F13 and two more): each rule with forms of our own, in several languages where it
applies."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.cjk_groups import group_count

# 1. A Korean, Japanese or Chinese number group written with digit units (천/千 thousands,
# 백/百 hundreds, 십/十 tens) is read whole before its group unit (만/万, 억/億/亿, 조/兆):
# "5천240억" is 524 billion, never the 240억 alone (20 times too small).
GROUPS = [
    # (text, value, currency)
    ("5천240억 달러", "524000000000", "USD"),
    ("약 1천420억원", "142000000000", "KRW"),
    ("5천400만 달러", "54000000", "USD"),
    ("세계은행은 재건 비용을 5천240억 달러로 추산했다.", "524000000000", "USD"),
    ("미국은 같은 날 5천400만 달러의 지원을 약속했다.", "54000000", "USD"),
    ("3천5백만 달러", "35000000", "USD"),
    ("2억4천5백만원", "245000000", "KRW"),
    ("1천2백만 달러", "12000000", "USD"),
    ("5백억원", "50000000000", "KRW"),
    ("1억2천3백4십5만6천7백8십9원", "123456789", "KRW"),
    ("1조2천억원", "1200000000000", "KRW"),
    # Korean may set the terms of a group one space apart
    ("1천 1백 70만 달러", "11700000", "USD"),
    ("7천 5백만 달러", "75000000", "USD"),
    ("2억 4천 7백만 달러 이상의 수입", "247000000", "USD"),
    ("4천 820만 달러 상당의 계약", "48200000", "USD"),
    ("1백억 5천만 홍콩 달러", "10050000000", "HKD"),
    # forms that were read right keep their reading
    ("1천만 달러", "10000000", "USD"),
    ("4억5천만 달러", "450000000", "USD"),
    ("2억 4천만 달러", "240000000", "USD"),
    ("5천원", "5000", "KRW"),
    ("5천300원", "5300", "KRW"),
    # Japanese
    ("5千240億円", "524000000000", "JPY"),
    ("3千5百万円", "35000000", "JPY"),
    ("政府は1千420億円の支援を決めた。", "142000000000", "JPY"),
    ("7百円", "700", "JPY"),
    ("1兆2千億円", "1200000000000", "JPY"),
    ("12万3千円", "123000", "JPY"),
    # Chinese
    ("5千240亿美元", "524000000000", "USD"),
    ("5千400万美元", "54000000", "USD"),
    ("3十亿美元", "3000000000", "USD"),
    ("中国宣布提供2千5百万美元的援助。", "25000000", "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), GROUPS)
def test_a_cjk_group_is_read_whole(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (D(value), currency)
    (mention,) = extract_amounts(text)
    assert mention.amount.value == D(value)


# a group that no one number writes is refused, never read in part
BAD_GROUPS = [
    ("5천2400억원", "more digits after its unit"),
    ("12천만원", "writes '12' before the unit"),
    ("5백3천만 달러", "after a smaller one"),
    ("5千2400億円", "more digits after its unit"),
    ("약 천 4백만 달러", "starts with '천' alone"),
    ("천 5만 달러", "starts with '천' alone"),
]


@pytest.mark.parametrize(("text", "reason"), BAD_GROUPS)
def test_a_malformed_group_is_refused(text, reason):
    with pytest.raises(ParseError, match=reason):
        parse_amount(text)
    assert extract_amounts(text) == []


def test_group_count_reads_one_group():
    assert group_count("5천240억", 0) == (5240, 5)
    assert group_count("2억 4천 7백만", 3) == (4700, 8)
    assert group_count("5천 2024년", 0) == (5000, 2)  # a number of its own after a space
    assert group_count("240억", 0) is None


_SYSTEMS = {
    # small units (thousands, hundreds, tens), group units (10^4, 10^8, 10^12), currencies,
    # whether a space may part the groups
    "ko": ("천백십", "만억조", ("원", " 달러"), True),
    "ja": ("千百十", "万億兆", ("円", "ドル"), False),
    "zh": ("千百十", "万亿兆", ("美元", "元"), False),
}


def _write_group(count: int, cut: int, units: str) -> str:
    """``count`` (below 10,000) with its digits above position ``cut`` written with units and
    the rest in digits: 5240 is "5천240" (cut 3), "5천2백4십" (cut 1), "5240" (cut 4)."""
    if cut == 4:
        return str(count)
    digits = f"{count:04d}"
    written = "".join(
        digits[3 - power] + units[3 - power]
        for power in range(3, cut - 1, -1)
        if digits[3 - power] != "0"
    )
    rest = count % 10**cut
    return written + (str(rest) if rest else "")


def write_grouped(n: int, lang: str, cuts: list[int], spaced: bool) -> str:
    small, big, _, _ = _SYSTEMS[lang]
    parts = []
    for index, unit in enumerate((big[2], big[1], big[0], "")):
        count = n // 10 ** (4 * (3 - index)) % 10**4
        if count:
            parts.append(_write_group(count, cuts[index], small) + unit)
    return (" " if spaced else "").join(parts)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 10**16 - 1),
    st.sampled_from(sorted(_SYSTEMS)),
    st.lists(st.integers(1, 4), min_size=4, max_size=4),
    st.booleans(),
    st.data(),
)
def test_grouped_forms_read_back_their_number(n, lang, cuts, spaced, data):
    spaced = spaced and _SYSTEMS[lang][3]
    currency = data.draw(st.sampled_from(_SYSTEMS[lang][2]))
    text = write_grouped(n, lang, cuts, spaced) + currency
    assert parse_amount(text).value == D(n), text


# 1b. Korean qualifiers before and after an amount (words/ko.py), a particle glued to the
# amount before the word after it; the Japanese and Chinese ones of the same kinds
QUALIFIED = [
    # (text, qualifier, value, currency)
    ("약 120억원", "approx", "12000000000", "KRW"),
    ("약 1천420억원", "approx", "142000000000", "KRW"),
    ("정부는 약 3억 달러 규모의 지원을 약속했다.", "approx", "300000000", "USD"),
    ("최대 5억 달러", "up_to", "500000000", "USD"),
    ("최소 2천만 달러", "over", "20000000", "USD"),
    ("5억 달러 이상의 지원", "over", "500000000", "USD"),
    ("1천억 원이 넘는 지원", "over", "100000000000", "KRW"),
    ("5억 달러가 넘는 원조", "over", "500000000", "USD"),
    ("4억 달러를 넘는 규모", "over", "400000000", "USD"),
    ("1억 달러에 가까운 지원", "under", "100000000", "USD"),
    ("3천만 달러 미만", "under", "30000000", "USD"),
    ("2억 달러 가량", "approx", "200000000", "USD"),
    ("約5億円", "approx", "500000000", "JPY"),
    ("5億円以上", "over", "500000000", "JPY"),
    ("5億円超", "over", "500000000", "JPY"),
    ("5億円近く", "under", "500000000", "JPY"),
    ("约5亿美元", "approx", "500000000", "USD"),
    ("5亿美元以上", "over", "500000000", "USD"),
    ("超5亿美元", "over", "500000000", "USD"),
    ("中国宣布提供超3亿美元援助。", "over", "300000000", "USD"),
    ("近5亿美元", "under", "500000000", "USD"),
]


@pytest.mark.parametrize(("text", "qualifier", "value", "currency"), QUALIFIED)
def test_korean_japanese_and_chinese_qualifiers_are_read(text, qualifier, value, currency):
    amount = parse_amount(text)
    assert (amount.qualifier, amount.value, amount.currency) == (qualifier, D(value), currency)
    (mention,) = extract_amounts(text)
    assert mention.amount == amount


# a particle without a qualifier after it adds none; a qualifier form inside another word is
# no qualifier ("계약금", a deposit, holds "약")
NOT_QUALIFIED = [
    ("5억 달러가 필요하다", "500000000", "USD"),
    ("5억 달러를 지원했다", "500000000", "USD"),
    ("계약금 5천 달러에 팔렸다", "5000", "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), NOT_QUALIFIED)
def test_no_qualifier_without_its_word(text, value, currency):
    amount = parse_amount(text)
    assert (amount.qualifier, amount.value, amount.currency) == (None, D(value), currency)


# 2. A restatement in brackets links to the amount before it in Korean, Japanese and Chinese
# too, in ASCII or full-width brackets, with or without its qualifier (trial 13 F12)
RESTATED = [
    # (text, first amount, restatement)
    (
        "유럽연합(EU)은 4억5천만 유로(약 7천억원) 규모의 지원을 발표했다.",
        "EUR 450000000",
        "approx KRW 700000000000",
    ),
    (
        "정부가 1억 달러(약 1천420억원) 규모의 지원을 제공한다.",
        "USD 100000000",
        "approx KRW 142000000000",
    ),
    (
        "정부가 1억 달러（약 1천420억원） 규모의 지원을 제공한다.",
        "USD 100000000",
        "approx KRW 142000000000",
    ),
    ("1억 달러(1천420억원)", "USD 100000000", "KRW 142000000000"),
    ("日本は1億ドル（約150億円）の支援を発表した。", "USD 100000000", "approx JPY 15000000000"),
    ("日本は1億ドル(約150億円)の支援を発表した。", "USD 100000000", "approx JPY 15000000000"),
    ("中国宣布提供1亿美元（约7.2亿元人民币）援助。", "USD 100000000", "approx CNY 720000000"),
]


@pytest.mark.parametrize(("text", "first", "restated"), RESTATED)
def test_a_cjk_bracketed_restatement_is_linked(text, first, restated):
    one, two = extract_amounts(text)
    assert (str(one.amount), str(two.amount)) == (first, restated)
    assert (one.equivalent_of, two.equivalent_of) == (None, 0)


# 3a. Finnish case forms of the crown and the pound (trial 13 F13): the crown is any of four
# until the country named decides, as with its partitive "kruunua"
FINNISH_CASES = [
    # (text, value, currency)
    ("Ruotsi ilmoitti 1,6 miljardin kruunun tukipaketista Ukrainalle.", "1600000000", "SEK"),
    ("Norja lupasi 2 miljardin kruunun avun.", "2000000000", "NOK"),
    ("Tanska antoi 500 miljoonan kruunun paketin.", "500000000", "DKK"),
    ("Ruotsi tuki hanketta 300 miljoonalla kruunulla.", "300000000", "SEK"),
    ("Norja antoi 5 miljoonaa kruunua.", "5000000", "NOK"),
    ("Britannia antoi 10 miljoonan punnan avun.", "10000000", "GBP"),
    ("Suomi antoi 3,1 miljardin euron paketin.", "3100000000", "EUR"),
    ("Suomi tuki 2,7 miljardilla eurolla.", "2700000000", "EUR"),
    ("Yhdysvallat antoi 5 miljoonan dollarin avun.", "5000000", "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), FINNISH_CASES)
def test_finnish_case_forms_are_currencies(text, value, currency):
    (mention,) = extract_amounts(text)
    assert (mention.amount.value, mention.amount.currency) == (D(value), currency)


def test_a_finnish_crown_without_a_country_is_refused_not_dropped_silently():
    with pytest.raises(ParseError, match="'kruunun' is ambiguous"):
        parse_amount("1,6 miljardin kruunun")
    assert str(parse_amount("1,6 miljardin kruunun", lang="fi_SE")) == "SEK 1600000000"


# 3b. A bare million or billion before a currency is one of it (hr, cs, sk, pl, bg, el), with
# or without lang=; a count before it still counts
ONE_SCALE = [
    # (text, lang, value, currency)
    ("milijun eura", None, "1000000", "EUR"),
    ("milijun eura", "hr", "1000000", "EUR"),
    ("Vlada je poslala milijun eura pomoći Siriji.", None, "1000000", "EUR"),
    ("milijardu eura", "hr", "1000000000", "EUR"),
    ("Vláda poslala milion korun.", None, "1000000", "CZK"),
    ("Vláda poslala milión eur.", "sk", "1000000", "EUR"),
    ("Rząd przekazał milion złotych.", None, "1000000", "PLN"),
    ("Rząd przekazał miliard złotych.", "pl", "1000000000", "PLN"),
    ("Правителството отпусна милион евро.", None, "1000000", "EUR"),
    ("Η κυβέρνηση διέθεσε εκατομμύριο ευρώ.", None, "1000000", "EUR"),
    ("ένα εκατομμύριο ευρώ", None, "1000000", "EUR"),
    ("jedan milijun eura", None, "1000000", "EUR"),
    ("pet milijuna eura", None, "5000000", "EUR"),
    ("2 milijuna eura", "hr", "2000000", "EUR"),
    ("5 milion złotych", None, "5000000", "PLN"),
]


@pytest.mark.parametrize(("text", "lang", "value", "currency"), ONE_SCALE)
def test_a_bare_scale_word_is_one_of_it(text, lang, value, currency):
    amount = parse_amount(text, lang=lang)
    assert (amount.value, amount.currency) == (D(value), currency)


# 4. A regional lang= names its country: the language's own home currency decides only when
# it is that country's ("£5" with lang="ar_AE" is no Egyptian pound; with "ar_EG" it is)
REGIONAL = [
    # (text, lang, currency, assumptions)
    ("£5", "ar_AE", "GBP", ("default-currency",)),
    ("£5", "ar_EG", "EGP", ()),
    ("50 SR", "ar_AE", "SAR", ("home-currency",)),
    ("300 pesos", "es_MX", "MXN", ()),
    ("1,6 miljardin kruunun", "fi_SE", "SEK", ()),
]


@pytest.mark.parametrize(("text", "lang", "currency", "assumed"), REGIONAL)
def test_a_region_decides_over_the_language_home(text, lang, currency, assumed):
    (mention,) = extract_amounts(text, lang=lang)
    assert mention.amount.currency == currency
    assert tuple(a for a in mention.assumptions if a != "scale-default") == assumed


# 5. A qualifier word that is the particle of the verb before it is no qualifier
PARTICLES = [
    # (text, qualifier)
    ("Germany handed over 250.000 € worth of drones.", None),
    ("The army handed over €5 million worth of equipment.", None),
    ("The ministry hands over $2 million in kit each month.", None),
    ("They took over $2 million in debt.", None),
    ("He turned over €3m to the fund.", None),
    ("The firm signed over $10 million to the charity.", None),
    ("The EU gave over €5 million.", "over"),
    ("Over €5 million was handed over.", "over"),
    ("They handed over more than €5 million.", "over"),
    ("The state paid over £1m in fees.", "over"),
]


@pytest.mark.parametrize(("text", "qualifier"), PARTICLES)
def test_a_verb_particle_is_no_qualifier(text, qualifier):
    assert parse_amount(text).qualifier == qualifier
    (mention,) = extract_amounts(text)
    assert mention.amount.qualifier == qualifier
