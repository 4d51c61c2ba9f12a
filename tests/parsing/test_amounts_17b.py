"""Issue 9, amounts17b: silent wrong amounts found in round 1.

Each table holds forms of our own in several languages for one kind: a gated qualifier dropped
because the currency word does not tell the language; ranges that lost an end; the "M" of a
scaled code ("MUSD") read by the text's language; the "mil" of a framed sentence.
"""

from __future__ import annotations

import pytest
from babel import Locale

from aidcalc import ParseError, extract_amounts, parse_amount
from aidcalc.parsing.cldr import home_currencies
from aidcalc.parsing.lexicon import lexicon
from aidcalc.words import GATED_QUALIFIERS, LANGUAGES
from aidcalc.words.currency import NAME_SUPPLEMENT


def _home_names(lang: str) -> set[str]:
    """The names of the home currency of ``lang``: CLDR's (every plural form), their first and
    last words that the lexicon reads as that currency, and the curated supplements."""
    home = home_currencies().get(lang)
    if home is None:
        return set()
    locale = Locale.parse(lang)
    names = {locale.currencies.get(home)} | set(
        locale._data["currency_names_plural"].get(home, {}).values()
    )
    names = {name for name in names if name}
    names |= {name for name, code in NAME_SUPPLEMENT.get(lang, {}).items() if code == home}
    heads = set()
    for name in names:
        words = name.split()
        for word in {words[0], words[-1]} if len(words) > 1 else ():
            form = lexicon().name(word.casefold())
            if form is not None and home in form.codes:
                heads.add(word)
    return names | heads


def _gated_cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for lang, module in LANGUAGES.items():
        for kind, forms in getattr(module, "QUALIFIERS", {}).items():
            for word in forms:
                if word not in GATED_QUALIFIERS:
                    continue
                for name in sorted(_home_names(lang)):
                    form = lexicon().name(name.casefold())
                    if form is not None and "en" in form.langs:
                        continue  # "do 300 euro": English writes the name too, no language told
                    cases.append((lang, kind, word, name))
    return cases


GATED = _gated_cases()


def test_the_generated_table_holds_the_kind():
    """The table is not empty, and holds the Polish bare złoty of the fault."""
    assert ("pl", "up_to", "do", "złotych") in GATED
    assert len({lang for lang, *_ in GATED}) >= 3


@pytest.mark.parametrize(("lang", "kind", "word", "name"), GATED)
def test_gated_qualifier_before_a_home_currency_name_is_never_dropped(lang, kind, word, name):
    """A qualifier that is also an English word ("do", "tot", "alle") counts only in its own
    language; before every name of that language's home currency that English does not
    write, the name tells the language: the qualifier is read, or the amount refused."""
    text = f"{word} 300 {name}"
    try:
        amount = parse_amount(text)
    except ParseError:
        return
    assert amount.qualifier == kind, (text, str(amount))


QUALIFIED_HOME_NAMES = [
    ("do 300 milionów złotych", "up to PLN 300000000"),
    ("Rząd przeznaczy do 5 mld złotych na pomoc.", "up to PLN 5000000000"),
    ("ponad 40 tys. złotych", "over PLN 40000"),
    ("do 1 miliona złotych", "up to PLN 1000000"),
    ("até 5 mil reais", "up to BRL 5000"),
]


@pytest.mark.parametrize(("text", "want"), QUALIFIED_HOME_NAMES)
def test_qualifier_read_before_a_bare_home_name_with_a_scale(text, want):
    assert str(parse_amount(text)) == want
    assert [str(m.amount) for m in extract_amounts(text)] == [want]


def test_home_names_carry_their_language():
    """Every head word of a curated language's home-currency name that names that currency
    is a word of that language too (CLDR gave the Polish "złotych" to Sorbian, the Portuguese
    "reais" to Luxembourgish: nothing told the language)."""
    missing = []
    homes = home_currencies()
    for lang in LANGUAGES:
        home = homes.get(lang)
        for name in _home_names(lang):
            form = lexicon().name(name.casefold())
            one_word = len(name.split()) == 1
            if form is not None and home in form.codes and one_word and lang not in form.langs:
                missing.append((lang, name))
    assert missing == []


# ---------------------------------------------------------------- 2. ranges that lost an end
CJK_RANGES = [
    ("300万至500万美元", "USD 3000000-5000000"),
    ("300万到500万美元", "USD 3000000-5000000"),
    ("300至500万美元", "USD 3000000-5000000"),
    ("中方将提供3亿至5亿元人民币", "CNY 300000000-500000000"),
    ("300万~500万美元", "USD 3000000-5000000"),
    ("300万～500万美元", "USD 3000000-5000000"),
    ("300万～500万ドル", "USD 3000000-5000000"),
    ("300～500万ドル", "USD 3000000-5000000"),
    ("2億〜3億円を拠出する", "JPY 200000000-300000000"),
    ("300만~500만 달러", "USD 3000000-5000000"),
    ("3억~5억 원을 지원한다", "KRW 300000000-500000000"),
    ("5.6到5.78元", "CNY 5.6-5.78"),
    ("约300万~500万美元", "approx USD 3000000-5000000"),
    ("€5~10 million", "EUR 5000000-10000000"),
]


@pytest.mark.parametrize(("text", "want"), CJK_RANGES)
def test_cjk_range_joiners_read_both_ends(text, want):
    assert str(parse_amount(text)) == want
    assert [str(m.amount) for m in extract_amounts(text)] == [want]


NOT_RANGES = [
    ("~500万美元", "approx USD 5000000"),  # a tilde before the amount alone: about
    ("至少500万美元", "over USD 5000000"),  # "at least": no joiner
    ("约5亿美元", "approx USD 500000000"),
    ("3억 6000만 원", "KRW 360000000"),
    ("5억 6000여만원", "over KRW 560000000"),
    ("-€1-2 million", "EUR -2000000--1000000"),  # a sign before a range: both ends
    ("EUR -5 million", "EUR -5000000"),
    ("€5m - 3 projects", "EUR 5000000"),  # a count of a noun after: no range
    ("€5–3 million", "EUR 3000000-5000000"),  # a scale on the top: reordered, said so
    ("The loss was EUR -5 million in 2023.", "EUR -5000000"),
]


@pytest.mark.parametrize(("text", "want"), NOT_RANGES)
def test_amounts_beside_the_range_rules_keep_their_reading(text, want):
    assert str(parse_amount(text)) == want


REFUSED_ENDS = [
    "EUR -5 to -3",
    "EUR -5--3",
    "EUR -5 – -3",
    "EUR -5 to 3",
    "€-5 – 3",
    "USD -2 to 2024",
    "-5 do -3 mln zł",
    "EUR 5 to 3",
    "€5 to 3, said the minister",
    "EUR 5-3.",
    "CHF 50–30",
    "3억여 6000만 원",
    "3億余 6000万円",
    "3亿多 6000万元",
]


@pytest.mark.parametrize("text", REFUSED_ENDS)
def test_a_range_that_would_lose_an_end_is_refused(text):
    """Never one end alone: the range is read, or refused with its reason."""
    with pytest.raises(ParseError):
        parse_amount(text)
    assert extract_amounts(text) == []


# ------------------------------------------------------------- 3. the "M" of a scaled code
SCALED_CODES = [
    ("Las ventas de la minera llegaron a MUSD 500 en 2023.", None, "USD 500000", ()),
    ("MUSD 500", "es", "USD 500000", ()),
    ("MUSD 500", "es_CL", "USD 500000", ()),
    ("Bolaget fick MUSD 500 i intäkter under året.", None, "USD 500000000", ()),
    ("Revenue of the company was MUSD 500 last year.", None, "USD 500000000", ()),
    ("MUSD 500", "sv", "USD 500000000", ()),
    ("MUSD 500", None, "USD 500000000", ("scale-default",)),
    ("KUSD 500", "es", "USD 500000", ()),
    ("Las ventas de la empresa llegaron a MEUR 500.", None, "EUR 500000000", ()),
]


@pytest.mark.parametrize(("text", "lang", "want", "assumed"), SCALED_CODES)
def test_m_of_a_scaled_code_by_the_language(text, lang, want, assumed):
    mentions = extract_amounts(text, lang=lang) if lang else extract_amounts(text)
    assert [str(m.amount) for m in mentions] == [want]
    assert tuple(mentions[0].assumptions) == assumed


# ------------------------------------------------------ 4. the "mil" of a framed sentence
FRAMES = ["", "a package worth a package worth ", "Laut Reuters: ", "Nel 2023 si legge: "]
MIL_SENTENCES = [
    ("O Brasil doou à Ucrânia 5 mil reais.", "BRL 5000"),
    ("O governo enviou 20 mil reais à Ucrânia.", "BRL 20000"),
    ("Rząd przekazał 5 mln złotych.", "PLN 5000000"),
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("sentence", "want"), MIL_SENTENCES)
def test_the_amount_own_currency_name_outranks_the_frame(frame, sentence, want):
    """The currency name of the amount tells its language ("reais", Portuguese: "mil" is a
    thousand) whatever the words framing the sentence."""
    assert str(parse_amount(frame + sentence)) == want
