"""The date of an amount for a span of years, and a month with its year opening a sentence
(session 13, dates13c): "1,9 miliardy eur na roky 2025 až 2027" is the money of three years,
dated by the span's first year with ``year-span`` recorded and the span named in ``evidence``
(never silently one year's money); "Nakon potresa u veljači 2023. Vlada je poslala …" keeps
its opening date, the full stop after 2023 being the Croatian ordinal one."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.sentences import split_sentences
from aidcalc.news.yearly import year_span

PUBLISHED = date(2025, 9, 22)
TODAY = PUBLISHED.isoformat()


def rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# --- (1) an amount for a span of years --------------------------------------------------------

# (text, lang, value, first year, last year)
SPANS = [
    (
        "Európska únia pripravila pre Moldavsko Plán rastu v objeme 1,9 miliardy eur na roky "
        "2025 až 2027.",
        "sk",
        1.9e9,
        "2025",
        "2027",
    ),
    ("The EU will give Moldova €1.9bn for 2025–2027.", "en", 1.9e9, "2025", "2027"),
    ("The EU will give Moldova €1.9bn for 2026 to 2028.", "en", 1.9e9, "2026", "2028"),
    (
        "Die EU stellt Moldau für 2025 bis 2027 1,9 Milliarden Euro bereit.",
        "de",
        1.9e9,
        "2025",
        "2027",
    ),
    (
        "Unia Europejska przeznaczy dla Mołdawii na lata 2025–2027 1,9 mld euro.",
        "pl",
        1.9e9,
        "2025",
        "2027",
    ),
    (
        "L'UE accordera à la Moldavie 1,9 milliard d'euros pour 2025-2027.",
        "fr",
        1.9e9,
        "2025",
        "2027",
    ),
    (
        "L'UE accordera à la Moldavie 1,9 milliard d'euros de 2026 à 2028.",
        "fr",
        1.9e9,
        "2026",
        "2028",
    ),
    (
        "Europska unija dat će Moldaviji 1,9 milijardi eura za razdoblje 2025.–2027.",
        "hr",
        1.9e9,
        "2025",
        "2027",
    ),
    ("정부는 2025~2027년 우크라이나에 21억 달러를 지원하기로 했다.", "ko", 2.1e9, "2025", "2027"),
    (
        "De EU geeft Moldavië voor 2026 tot en met 2028 1,9 miljard euro.",
        "nl",
        1.9e9,
        "2026",
        "2028",
    ),
    ("La UE dará a Moldavia 1.900 millones de euros para 2025-2027.", "es", 1.9e9, "2025", "2027"),
]


@pytest.mark.parametrize(("text", "lang", "value", "first", "last"), SPANS)
def test_an_amount_for_a_span_is_dated_by_its_first_year_and_says_so(
    text: str, lang: str, value: float, first: str, last: str
) -> None:
    found = [row for row in rows(text, lang) if row["value"] == value]
    assert len(found) == 1, rows(text, lang)
    row = found[0]
    assert row["date"] == first
    assert row["basis"] == "new"
    assert "year-span" in row["assumptions"]
    assert f"span {first}–{last}" in row["evidence"]


def test_a_part_of_a_span_amount_rests_on_the_same_assumption() -> None:
    text = (
        "Európska únia pripravila pre Moldavsko Plán rastu v objeme 1,9 miliardy eur na roky "
        "2025 až 2027, z toho 385 miliónov eur vo forme grantov."
    )
    whole, part = rows(text, "sk")
    assert part["part_of"] == 0
    assert part["date"] == whole["date"] == "2025"
    assert "year-span" in part["assumptions"]


# (text, lang, date): no span, or a span the rule leaves alone
NOT_SPANS = [
    ("Germany gave Ukraine €3bn in 2024.", "en", "2024"),
    ("Germany gave Ukraine €3bn in 2023 and 2024.", "en", "2023"),  # a pair, not a span
    ("Germany will give Ukraine €4bn a year in 2025–2027.", "en", "2025"),  # yearly
    (
        "Die EU stellt der Ukraine über die Ukraine-Fazilität 2024–2027 50 Mrd. Euro bereit.",
        "de",
        TODAY,
    ),
    ("Since 2022 to 2024 Germany has given Ukraine €3bn in total.", "en", TODAY),
    ("Polska przekaże Ukrainie do 2027 r. łącznie 2 mld zł.", "pl", TODAY),
    ("Die EU stellt Moldau 2027 bis 2025 1,9 Milliarden Euro bereit.", "de", None),  # backwards
]


@pytest.mark.parametrize(("text", "lang", "when"), NOT_SPANS)
def test_other_years_make_no_span(text: str, lang: str, when: str | None) -> None:
    (row,) = rows(text, lang)
    assert "year-span" not in row["assumptions"]
    if when is not None:
        assert row["date"] == when


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die EU stellt 1,9 Milliarden Euro für 2025 bis 2027 bereit.", "de", ("2025", "2027")),
        ("EU dá 1,9 miliardy eur na roky 2025 až 2027.", "sk", ("2025", "2027")),
        ("EU gives €1.9bn for 2025 and 2027.", "en", None),
        ("EU gives €1.9bn for 2027-2025.", "en", None),
        ("EU gave €1.9bn in 2024.", "en", None),
    ],
)
def test_year_span(text: str, lang: str, expected: tuple[str, str] | None) -> None:
    start = text.index("1,9") if "1,9" in text else text.index("€")
    where = (start, text.index(" ", text.index(" ", start) + 1))  # "1,9 Milliarden", "€1.9bn for"
    assert year_span(text, lang, where, [where]) == expected


# (text, lang, value, date, phrase): money spread over several years under one date, said
SEVERAL = [
    (
        "정부는 2024년부터 중장기적으로 21억 달러를 대외경제협력기금(EDCF)을 통해 지원하기로 "
        "약속한 바 있다.",
        "ko",
        2.1e9,
        None,  # "2024년부터" dates it 2024 in the article's sentence, the text's date alone
        "중장기적으로",
    ),
    ("Germany pledged a multi-year €2bn to Ukraine in 2024.", "en", 2e9, "2024", "multi-year"),
    (
        "Deutschland sagte der Ukraine 2024 ein mehrjähriges Paket von 2 Milliarden Euro zu.",
        "de",
        2e9,
        "2024",
        "mehrjährig",
    ),
    (
        "Polska przekaże Ukrainie wieloletnie wsparcie o wartości 2 mld zł.",
        "pl",
        2e9,
        TODAY,
        "wieloletni",
    ),
    (
        "La France accordera à l'Ukraine une aide pluriannuelle de 2 milliards d'euros.",
        "fr",
        2e9,
        TODAY,
        "pluriannuel",
    ),
]


@pytest.mark.parametrize(("text", "lang", "value", "when", "phrase"), SEVERAL)
def test_money_of_several_years_under_one_date_says_so(
    text: str, lang: str, value: float, when: str | None, phrase: str
) -> None:
    (row,) = [row for row in rows(text, lang) if row["value"] == value]
    if when is not None:
        assert row["date"] == when
    assert "year-span" in row["assumptions"]
    assert f"('{phrase}')" in row["evidence"]


# --- (2) a month and its year with the ordinal full stop, opening a sentence ------------------

# (text, lang, recipient, date)
OPENING_DATES = [
    (
        "Nakon potresa u veljači 2023. Vlada je poslala pomoć vrijednu 2 milijuna eura Turskoj.",
        "hr",
        "TUR",
        "2023-02",
    ),
    ("U veljači 2023. Hrvatska je Turskoj poslala 2 milijuna eura.", "hr", "TUR", "2023-02"),
    ("U ožujku 2024. Hrvatska je Ukrajini poslala 3 milijuna eura.", "hr", "UKR", "2024-03"),
    ("Krajem veljače 2024. Hrvatska je Ukrajini dala 3 milijuna eura.", "hr", "UKR", "2024-02"),
    ("V marci 2024. Slovensko poslalo Ukrajine 3 milióny eur.", "sk", "UKR", "2024-03"),
]


@pytest.mark.parametrize(("text", "lang", "recipient", "when"), OPENING_DATES)
def test_a_month_and_year_with_an_ordinal_stop_opens_the_sentence(
    text: str, lang: str, recipient: str, when: str
) -> None:
    assert len(split_sentences(text)) == 1
    (row,) = rows(text, lang)
    assert row["recipient"] == recipient
    assert row["date"] == when


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a sentence of its own that ends with a month and year still ends there
        ("Pomoć od 2 milijuna eura stigla je u Tursku u veljači 2023. Vlada je poslala još.", 2),
        ("Germany gave €2m in February 2023. France gave €1m.", 2),
        ("It was 2023. Germany gave €2m.", 2),  # no month before the year
    ],
)
def test_a_long_sentence_ending_in_a_year_still_ends(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


# --- (2b) one amount for several receivers: the row names the first and says so --------------

# (text, lang, recipient, the others)
SHARED = [
    (
        "Nakon potresa u veljači 2023. Vlada je poslala pomoć vrijednu 2 milijuna eura Turskoj "
        "i Siriji.",
        "hr",
        "TUR",
        ("SYR",),
    ),
    ("Germany sent €2m to Turkey and Syria after the earthquake.", "en", "TUR", ("SYR",)),
    ("Deutschland schickte der Türkei und Syrien 2 Millionen Euro.", "de", "TUR", ("SYR",)),
    ("Polska przekazała Turcji i Syrii 2 mln euro.", "pl", "TUR", ("SYR",)),
]


@pytest.mark.parametrize(("text", "lang", "recipient", "others"), SHARED)
def test_a_second_receiver_is_named_not_dropped(
    text: str, lang: str, recipient: str, others: tuple[str, ...]
) -> None:
    (row,) = rows(text, lang)
    assert row["recipient"] == recipient
    assert "shared-recipient" in row["assumptions"]
    assert f"shared with {', '.join(others)}" in row["evidence"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany sent €2m to Turkey.", "en"),
        ("Germany sent €2m to Turkey, France €1m to Syria.", "en"),
        ("Polska przekazała Ukrainie 2 mln euro.", "pl"),
    ],
)
def test_one_receiver_is_not_shared(text: str, lang: str) -> None:
    for row in rows(text, lang):
        assert "shared-recipient" not in row["assumptions"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("België geeft 150 miljoen euro aan Oekraïne en Luxemburg 20 miljoen euro.", "nl"),
        ("Germany pledged €5 million for Ukraine and Poland gave 3 mln euro to Kyiv.", "en"),
        ("Germany pledged €5bn to Ukraine and Japan a further $2bn.", "en"),
    ],
)
def test_a_country_after_and_with_an_amount_of_its_own_is_a_giver(text: str, lang: str) -> None:
    for row in rows(text, lang):
        assert "shared-recipient" not in row["assumptions"]
