"""Value dates from the time an amount is about (trial report F8): a year named from the year
before it ("a year earlier"), "next year", a span of years as a list label, Japanese relative
years, a year beside a dash, a year of another noun, and the first year of a yearly amount's
period."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import anchored_year, explicit_date, respective_years

PUBLISHED = date(2025, 3, 3)


def rows(text: str, lang: str | None = None, published: date = PUBLISHED) -> list[dict]:
    return pledge_candidates(text, published=published, lang=lang)


def row_dates(text: str, lang: str | None = None, published: date = PUBLISHED) -> list[str]:
    return [row["date"] for row in rows(text, lang, published)]


# --- 1. a year named from the year before it -------------------------------------------------

ANCHORED = [
    # the trial's sentence: "a year earlier" after "in 2025"
    (
        "W 2025 r. na pomoc humanitarną dla Ukrainy rząd przeznaczy 150 mln zł, a rok "
        "wcześniej było to 120 mln zł.",
        "pl",
        ["2025", "2024"],
    ),
    (
        "W 2023 r. Polska przekazała Ukrainie 3 mld zł, a rok wcześniej 2 mld zł.",
        "pl",
        ["2023", "2022"],
    ),
    (
        "In 2023 Germany gave €3bn to Ukraine; the year before, it gave €2bn.",
        "en",
        ["2023", "2022"],
    ),
    ("Norway gave NOK 5bn to Ukraine in 2022 and NOK 7bn a year later.", "en", ["2022", "2023"]),
    (
        "Im Jahr 2023 gab Deutschland der Ukraine 5 Mrd. Euro, im Jahr davor 2 Mrd. Euro.",
        "de",
        ["2023", "2022"],
    ),
    (
        "En 2024, la France a versé 2 milliards d'euros, l'année précédente 1 milliard d'euros.",
        "fr",
        ["2024", "2023"],
    ),
    (
        "Nel 2024 l'Italia ha stanziato 300 milioni di euro, un anno prima 200 milioni di euro.",
        "it",
        ["2024", "2023"],
    ),
    (
        "In 2024 gaf Nederland 2 miljard euro, een jaar eerder 1 miljard euro.",
        "nl",
        ["2024", "2023"],
    ),
    (
        "У 2023 році Україна отримала 42 млрд доларів, а роком раніше – 31 млрд доларів.",
        "uk",
        ["2023", "2022"],
    ),
    (
        "V roce 2024 Česko poslalo Ukrajině 3 miliardy korun, o rok dříve 2 miliardy korun.",
        "cs",
        ["2024", "2023"],
    ),
    # counted from a year named from the publication
    (
        "Im vergangenen Jahr gab Deutschland 8 Mrd. Euro, im Jahr davor 6 Mrd. Euro.",
        "de",
        ["2024", "2023"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ANCHORED)
def test_a_year_named_from_the_year_before_it(text, lang, expected):
    assert row_dates(text, lang) == expected


ANCHORED_DATES = [
    # with no year before it: counted from the publication's
    ("The year before, Germany gave €2bn.", "en", "2024"),
    ("Rok wcześniej Polska dała 2 mld zł.", "pl", "2024"),
    # the last year before it, not the first
    ("In 2020 and in 2023 it gave €1bn; the year before €2bn.", "en", "2022"),
    # no such phrase
    ("Germany gave €2bn.", "en", None),
    # compared with, no date; a running total's start
    ("Germany gave €1bn in 2023, more than the year before.", "en", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ANCHORED_DATES)
def test_anchored_year(text, lang, expected):
    assert anchored_year(text, PUBLISHED, lang) == expected


def test_a_year_before_with_no_year_named_says_so():
    (alone,) = rows("The year before, Germany gave €2bn to Ukraine.", "en")
    assert alone["date"] == "2024"
    assert "follows no year in its sentence" in alone["evidence"]
    named = rows("In 2023 Germany gave €3bn to Ukraine; the year before, it gave €2bn.", "en")
    assert [row["date"] for row in named] == ["2023", "2022"]
    assert not any("follows no year" in (row["evidence"] or "") for row in named)
    (polish,) = rows("Rok wcześniej Polska przekazała Ukrainie 2 mld zł.", "pl")
    assert polish["date"] == "2024" and "'rok wcześniej'" in polish["evidence"]


DEICTIC = [
    # a year named from the publication stays so after another year
    ("In 2023 gaf Nederland 1 miljard euro, vorig jaar 2 miljard euro.", "nl", ["2023", "2024"]),
    (
        "У 2022 році Канада дала 1 млрд доларів, а рік тому – 2 млрд доларів.",
        "uk",
        ["2022", "2024"],
    ),
    ("In 2022 Japan gave $1bn, and a year ago $2bn.", "en", ["2022", "2024"]),
    ("W 2022 r. Polska dała 1 mld zł, a rok temu 2 mld zł.", "pl", ["2022", "2024"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DEICTIC)
def test_a_year_named_from_the_publication_stays_so(text, lang, expected):
    assert row_dates(text, lang) == expected


# --- 2. next year -----------------------------------------------------------------------------

NEXT_YEAR = [
    (
        "Czechia expects to release between 700 million and 1 billion koruna for Ukraine "
        "next year.",
        "en",
    ),
    ("Česko v příštím roce uvolní pro Ukrajinu 700 milionů korun.", "cs"),
    ("Deutschland will nächstes Jahr 4 Mrd. Euro an die Ukraine zahlen.", "de"),
    ("Deutschland stellt der Ukraine im kommenden Jahr 4 Mrd. Euro bereit.", "de"),
    ("Nederland geeft volgend jaar 2 miljard euro aan Oekraïne.", "nl"),
    ("Polska przekaże Ukrainie w przyszłym roku 2 mld zł.", "pl"),
    ("La France versera l'an prochain 2 milliards d'euros à l'Ukraine.", "fr"),
    ("Канада виділить Україні наступного року 2 млрд доларів.", "uk"),
    ("Sverige ger Ukraina 5 miljarder kronor nästa år.", "sv"),
    ("L'Italia stanzierà il prossimo anno 300 milioni di euro per l'Ucraina.", "it"),
    ("España aportará el próximo año 1.000 millones de euros a Ucrania.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), NEXT_YEAR)
def test_next_year(text, lang):
    assert row_dates(text, lang, date(2024, 12, 5)) == ["2025"]


def test_next_year_without_a_language():
    text = (
        "Czechia expects to release between 700 million and 1 billion koruna for Ukraine next year."
    )
    assert row_dates(text, None, date(2024, 12, 5)) == ["2025"]
    assert (
        explicit_date("Polska przekaże w przyszłym roku 2 mld zł.", date(2024, 12, 5), None)
        == "2025"
    )


# --- 3. a span of years labelling a list item or table row: dated by its first year, as a span
# of prose is (one rule for both, docs/extraction.md rule 4 of "Pasted tables and lists") -------

SPANS = [
    # the trial's list: the first item a year, the second a span
    (
        "Zestawienie pomocy (dane MON):\n\n2022 – 7,23 mld zł\n2023–2024 – 5,63 mld zł",
        None,
        ["2022", "2023"],
    ),
    ("Pledges by year:\n- 2022: €1bn\n- 2023/24: €2bn", "en", ["2022", "2023"]),
    ("Zusagen:\n2022 | 1,5 Mrd. Euro\n2023-2024 | 4 Mrd. Euro", "de", ["2022", "2023"]),
    # a bare number under a header's unit: the span is the item's label, the item is read
    ("Zestawienie pomocy (mld zł):\n2022 – 7,23\n2023–2024 – 5,63", "pl", ["2022", "2023"]),
    ("Pledges (EUR bn):\n- 2022: 1.5\n- 2023/24: 4", "en", ["2022", "2023"]),
    ("Norway gave NOK 10bn (2023–2024) and NOK 5bn (2025).", "en", ["2023", "2025"]),
    ("Допомога Канади:\n2022–2023 – 2 млрд доларів\n2024 – 1 млрд доларів", "uk", ["2022", "2024"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPANS)
def test_a_span_of_years_dates_by_its_first_year(text, lang, expected):
    assert row_dates(text, lang) == expected


def test_a_span_row_says_so():
    text = "Zestawienie pomocy (dane MON):\n\n2022 – 7,23 mld zł\n2023–2024 – 5,63 mld zł"
    year, span = rows(text)
    assert "year-span" in span["assumptions"] and "year-span" not in year["assumptions"]
    assert "span 2023–2024" in span["evidence"]
    assert "span" not in (year["evidence"] or "")


NO_SPANS = [
    # a span that runs backward, or a year alone, is no span
    ("Pledges by year:\n- 2024–2023: €2bn", "en", ["2025-03-03"]),
    ("Pledges by year:\n- 2023: €2bn", "en", ["2023"]),
    # a range of numbers is no span of years
    ("Germany gave €2bn (20–30%).", "en", ["2025-03-03"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NO_SPANS)
def test_no_span(text, lang, expected):
    assert row_dates(text, lang) == expected


# --- 4. a yearly amount over several years: its first year -----------------------------------

PERIODS = [
    # (text, lang, date, the end of the period in the evidence)
    (
        "Voor de jaren 2026 tot en met 2028 trekt het kabinet 3 miljard euro per jaar uit voor "
        "Oekraïne.",
        "nl",
        "2026",
        None,
    ),
    (
        "Für 2026 plant die Regierung 8,5 Milliarden Euro pro Jahr bis 2029 für die Ukraine ein.",
        "de",
        "2026",
        "2029",
    ),
    ("Polska przekaże Ukrainie w latach 2025–2027 po 2 mld zł rocznie.", "pl", "2025", None),
    (
        "La France versera 3 milliards d'euros par an de 2025 à 2027 à l'Ukraine.",
        "fr",
        "2025",
        "2027",
    ),
    ("Denmark will give Ukraine DKK 2bn a year in 2026–2028.", "en", "2026", "2028"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "until"), PERIODS)
def test_a_yearly_amount_is_dated_by_its_first_year(text, lang, expected, until):
    (row,) = rows(text, lang, date(2024, 9, 19))
    assert row["basis"] == "per-year"
    assert row["date"] == expected
    if until is not None:
        assert f"until {until}" in row["evidence"]


NO_PERIODS = [
    # only the year the period ends: the text's date
    ("Germany will give €4bn a year until 2027.", "en", "2024-09-19"),
    # a year of another amount's clause
    ("Germany gave €4bn in 2023 and will give €4bn a year until 2027.", "en", "2024-09-19"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NO_PERIODS)
def test_no_period_start(text, lang, expected):
    found = rows(text, lang, date(2024, 9, 19))[-1]
    assert found["basis"] == "per-year"
    assert found["date"] == expected
    assert "first year of its period" not in found["evidence"]


# --- 5. a year before a dash labels the amount after it ----------------------------------------

DASHED = [
    (
        "У 2024 році обсяг зовнішнього фінансування склав 41,7 млрд доларів, у 2023 році – "
        "42,5 млрд доларів.",
        "uk",
        ["2024", "2023"],
    ),
    ("Polska dała Ukrainie w 2024 r. 3 mld zł, w 2023 r. – 2 mld zł.", "pl", ["2024", "2023"]),
    ("Germany gave Ukraine €7bn in 2024, in 2023 – €5bn.", "en", ["2024", "2023"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DASHED)
def test_a_year_before_a_dash_dates_the_amount_after_it(text, lang, expected):
    assert row_dates(text, lang) == expected


# --- 6. a year of a country's GDP dates no amount ----------------------------------------------

ECONOMY = [
    (
        "Прямі збитки від війни оцінюються в 152 млрд доларів, а потреби у відновленні – в 486 "
        "млрд доларів, тобто приблизно в 2,8 раза більше за номінальний ВВП України у 2023 році.",
        "uk",
        ["2025-03-03", "2025-03-03"],
    ),
    ("Germany's aid of €8bn equals 0.2% of its GDP in 2023.", "en", ["2025-03-03"]),
    ("Polska przekazała Ukrainie 3 mld zł, czyli 0,1% PKB w 2023 r.", "pl", ["2025-03-03"]),
    ("Deutschland gab 8 Mrd. Euro, 0,2 Prozent des BIP im Jahr 2023.", "de", ["2025-03-03"]),
    ("Norway gave NOK 5bn, 0.1% of Norway's 2023 GDP.", "en", ["2025-03-03"]),
    # a year that is no GDP's still dates
    ("Polska przekazała Ukrainie w 2023 r. 3 mld zł.", "pl", ["2023"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ECONOMY)
def test_a_year_of_gdp_dates_no_amount(text, lang, expected):
    assert row_dates(text, lang) == expected


# --- 7. Japanese years ---------------------------------------------------------------------------

JAPANESE = [
    (
        "日本はこれまでに総額121億ドルの支援を表明した。昨年は約1兆円の支援を決定した。",
        ["2024-12-27", "2023"],
    ),
    ("日本は去年、ウクライナに5億ドルを拠出した。", ["2023"]),
    ("日本政府は来年、ウクライナに45億ドルの追加支援を行う。", ["2025"]),
    ("日本は今年5億ドルを拠出した。", ["2024"]),
    ("日本は2022年に5億ドル、その前年に3億ドルを拠出した。", ["2022", "2021"]),
    # compared with last year: no date
    ("支援額は昨年比で2割増え、5億ドルとなった。", ["2024-12-27"]),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE)
def test_japanese_years(text, expected):
    assert row_dates(text, None, date(2024, 12, 27)) == expected


# --- a list of amounts, then a list of as many years: one year each, in order -----------------
# (session 23: "€5m, €6m and €7m in 2024, 2025 and 2026" dated the last amount 2024 and the
# others by the publication date)

RESPECTIVE_YEARS = [
    ("Germany will give €5m, €6m and €7m in 2024, 2025 and 2026.", "en",
     ["2024", "2025", "2026"]),
    ("Germany will give €5, 6 and 7 million in 2024, 2025 and 2026.", "en",
     ["2024", "2025", "2026"]),
    ("Deutschland gibt 5, 6 und 7 Mio. Euro in den Jahren 2024, 2025 und 2026.", "de",
     ["2024", "2025", "2026"]),
    ("La France versera 5 et 6 millions d'euros en 2025 et 2026.", "fr", ["2025", "2026"]),
    ("Polska przekaże 5 i 6 mln zł w latach 2025 i 2026.", "pl", ["2025", "2026"]),
    ("España aportará 5 y 6 millones de euros en 2025 y 2026, respectivamente.", "es",
     ["2025", "2026"]),
    # the recipient between, "respectively" after the years (probe 24: the €5m undated)
    ("Germany pledged €5m and €6m to Ukraine in 2024 and 2025 respectively.", "en",
     ["2024", "2025"]),
    ("La France versera 5 et 6 millions d'euros à l'Ukraine en 2025 et 2026 respectivement.",
     "fr", ["2025", "2026"]),
    # "in" before each year, "respectively" before the years (probe 24b)
    ("Germany pledged €5m and €6m to Ukraine in 2024 and in 2025 respectively.", "en",
     ["2024", "2025"]),
    ("L'Italia darà all'Ucraina 5 e 6 milioni di euro nel 2024 e nel 2025 rispettivamente.",
     "it", ["2024", "2025"]),
    ("Polska przekaże Ukrainie 5 i 6 mln zł odpowiednio w 2024 i 2025 roku.", "pl",
     ["2024", "2025"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "years"), RESPECTIVE_YEARS)
def test_a_list_of_years_after_a_list_of_amounts_dates_each_in_order(text, lang, years):
    assert row_dates(text, lang) == years


def test_years_of_another_count_or_far_away_pair_nothing():
    text = "Germany will give €5m and €6m in 2024, 2025 and 2026."
    assert respective_years(text, [(18, 21), (26, 29)]) is None  # two amounts, three years
    text = "Germany will give €5m and €6m, the ministry said on Monday, in 2024 and 2025."
    assert respective_years(text, [(18, 21), (26, 29)]) is None  # the years far after
    text = "Germany gave €5m in 2024 and €6m in 2025."
    assert respective_years(text, [(13, 16), (29, 32)]) is None  # a year between: no list


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a comparison, a range or "both" before the years: no year of each amount (probe 23b:
        # a first version paired them)
        ("Germany gave €5m and €6m, up from 2022 and 2023.", "en"),
        ("Germany gave €5m and €6m, compared with 2022 and 2023.", "en"),
        ("Germany gave €5m and €6m between 2025 and 2026.", "en"),
        ("Germany gave €5m and €6m in both 2025 and 2026.", "en"),
        ("Deutschland gab 5 und 6 Mio. Euro, mehr als 2022 und 2023.", "de"),
        ("Polska dała 5 i 6 mln zł, więcej niż w 2022 i 2023.", "pl"),
    ],
)
def test_years_after_a_comparison_range_or_both_date_no_amount_of_the_list(text, lang):
    dates = row_dates(text, lang, published=date(2024, 11, 4))
    assert len(dates) == 2 and dates[0] == dates[1]


# --- a list of years, a word for "respectively", then a list of as many amounts ---------------
# (session 24: each amount took the first year, "In 2024, …", or none, "2024, 2025 und 2026
# jeweils …")

YEARS_BEFORE_RESPECTIVELY = [
    ("In 2024, 2025 and 2026 Germany pledged €5m, €6m and €7m respectively.", "en",
     ["2024", "2025", "2026"]),
    ("For 2024 and 2025, Germany pledged €5m and €6m respectively.", "en", ["2024", "2025"]),
    ("Deutschland sagte der Ukraine 2024 und 2025 beziehungsweise 5 und 6 Mio. Euro zu.", "de",
     ["2024", "2025"]),
    ("W latach 2024, 2025 i 2026 Polska przekaże odpowiednio 5, 6 i 7 mln zł.", "pl",
     ["2024", "2025", "2026"]),
    ("En 2024 et 2025, la France versera respectivement 5 et 6 millions d'euros.", "fr",
     ["2024", "2025"]),
    ("En 2025 y 2026 España aportará 5 y 6 millones de euros, respectivamente.", "es",
     ["2025", "2026"]),
    # a one-letter word for "and" of another language after the amounts ("a Ucrania": Czech
    # "a") is no list of names (probe 24b)
    ("En 2024 y 2025, España aportará 5 y 6 millones de euros a Ucrania, respectivamente.",
     "es", ["2024", "2025"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "years"), YEARS_BEFORE_RESPECTIVELY)
def test_a_list_of_years_before_respectively_and_a_list_of_amounts_dates_each(text, lang, years):
    assert row_dates(text, lang) == years
    assert row_dates(text, None) == years


@pytest.mark.parametrize(
    "text",
    [
        # a span of years, or a list of givers that "respectively" pairs: no year each
        "Between 2024 and 2025 Germany pledged €5m and €6m respectively.",
        "Since 2022 and 2023 Germany has pledged €5m and €6m respectively.",
        "In 2022 and 2023, Germany and France gave €5m and €6m respectively.",
        # no word for "respectively": the years are not said to pair
        "In 2024 and 2025 Germany pledged €5m and €6m.",
        # "respectively" after another list: it pairs the recipients or the givers (probe 24)
        "In 2024 and 2025 Germany pledged €5m and €6m to Ukraine and Moldova respectively.",
        "In 2023 and 2024 Ukraine received €5m and €6m from Germany and France respectively.",
        # German "jeweils" is "each" as often (probe 24: a first version paired these)
        "2024 und 2025 gab Deutschland jeweils 5 Mio. Euro an die Ukraine, 6 Mio. an Moldau.",
        "Deutschland sagte der Ukraine 2024, 2025 und 2026 jeweils 5 und 6 Mio. Euro zu.",
    ],
)
def test_years_before_without_a_pairing_date_no_amount_of_the_list_apart(text):
    dates = row_dates(text, None, published=date(2026, 1, 10))
    assert len(dates) == 2 and dates[0] == dates[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of a price basis dates no row (new-user replay 24: dated 2022)
        ("The US gave Ukraine aid worth $50 billion in 2022 dollars.", ["2024-11-04"]),
        ("In constant 2015 euros, Germany gave Ukraine €5m in 2023.", ["2023"]),
        ("Germany gave Ukraine €5m in 2022.", ["2022"]),
    ],
)
def test_a_price_basis_year_dates_no_row(text, expected):
    assert row_dates(text, "en", published=date(2024, 11, 4)) == expected
