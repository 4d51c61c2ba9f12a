"""Value dates and yearly amounts of pledge rows (docs/extraction.md, "Value dates" and
`basis`; docs/aggregation.md, "Yearly amounts"): a bare year next to the amount or the giving
verb, days of the week, "last week", "last year" words of every news language, yearly amounts,
a headline above a dateline. The passages are written for these tests. Published on Saturday
1 March 2025 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.cli import main
from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import explicit_date, relative_week, week_note, weekday_date
from aidcalc.news.yearly import per_year

PUBLISHED = date(2025, 3, 1)  # a Saturday


def dates_of(text, lang=None):
    return [row["date"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)]


# 1. A bare year without a preposition, next to the amount or the giving verb, dates its row.
BARE_YEARS = [
    ("de", "Deutschland hat der Ukraine 2024 insgesamt 7 Mrd. Euro zugesagt.", "2024"),
    ("en", "Norway's 2023 package of NOK 5bn was delivered in full.", "2023"),
    ("pl", "Francja przekazała 2023 roku Ukrainie 1 mld zł.", "2023"),
    ("uk", "Німеччина 2024 року надала Україні 7 млрд євро.", "2024"),
    ("en", "The 2023 package of €3bn from Germany reached Ukraine.", "2023"),
    ("cs", "Česko 2024 poslalo Ukrajině 80 mil. korun.", "2024"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_YEARS)
def test_a_bare_year_next_to_the_amount_or_verb_dates_the_row(lang, text, expected):
    assert dates_of(text, lang) == [expected]


# ... but a deadline, a range, a name, a count, a pair of years, a table cell or another
# clause's year is no value date: the row keeps the publication date.
NOT_BARE_YEARS = [
    ("en", "Germany will give €4bn to Ukraine until 2027."),
    ("de", "Deutschland gibt der Ukraine bis 2027 insgesamt 7 Mrd. Euro."),
    ("da", "Danmark giver 2 mia. kr. til Ukraine frem til 2028."),
    ("de", "Die EU stellt der Ukraine über die Ukraine-Fazilität 2024–2027 50 Mrd. Euro bereit."),
    ("en", "Horizon 2020 gave Ukraine €50 million for research."),
    ("en", "Germany sent 2000 troops and €1bn to Ukraine."),
    ("pl", "Polska przekazała Ukrainie 1 mld zł w latach 2023 i 2024."),
    ("en", "Germany gave Ukraine €3bn, 2023 was a hard year."),
    ("en", "Germany will give Ukraine €2bn in the 2025/26 budget."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_BARE_YEARS)
def test_a_year_that_is_a_deadline_range_name_or_count_dates_nothing(lang, text):
    assert set(dates_of(text, lang)) == {"2025-03-01"}


# 2. Days of the week: the last such day on or before the publication.
WEEKDAYS = [
    ("en", "Norway said on Tuesday it would give Ukraine NOK 5bn.", "2025-02-25"),
    ("de", "Deutschland hat der Ukraine am Dienstag 2 Mrd. Euro zugesagt.", "2025-02-25"),
    ("fr", "La France a annoncé mardi 2 milliards d'euros pour l'Ukraine.", "2025-02-25"),
    ("pl", "Polska przekazała we wtorek Ukrainie 1 mld zł.", "2025-02-25"),
    ("pl", "Polska przekazała w środę Ukrainie 1 mld zł.", "2025-02-26"),
    ("uk", "Німеччина у вівторок надала Україні 1 млрд євро.", "2025-02-25"),
    ("uk", "Україна отримала у п'ятницю 1 млрд євро від Німеччини.", "2025-02-28"),
    ("es", "España anunció el domingo 1.000 millones de euros para Ucrania.", "2025-02-23"),
    ("en", "Norway pledged NOK 5bn to Ukraine on Saturday.", "2025-03-01"),  # the day itself
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAYS)
def test_a_day_of_the_week_is_the_last_such_day_up_to_publication(lang, text, expected):
    assert dates_of(text, lang) == [expected]


def test_weekday_names_as_cldr_writes_them_and_not_everyday_words():
    assert weekday_date("В среду Германия выделила Украине 1 млрд евро.", PUBLISHED, "ru") == (
        "2025-02-26"
    )
    assert weekday_date("Окружающая среда получила 1 млрд евро.", PUBLISHED, "ru") is None
    assert weekday_date("Plácido Domingo donó 1 millón de euros.", PUBLISHED, "es") is None
    assert weekday_date("Antanas antradienį skyrė 1 mln. eurų.", PUBLISHED, "lt") == "2025-02-25"
    assert weekday_date("Suomi antoi tiistaina 1 miljoonaa euroa.", PUBLISHED, "fi") == (
        "2025-02-25"
    )


# 2. "Last week": the month of the week's Thursday, said to be approximate.
LAST_WEEK = [
    ("en", "Sweden pledged SEK 2bn last week."),
    ("de", "Deutschland hat der Ukraine letzte Woche 2 Mrd. Euro zugesagt."),
    ("fr", "La France a promis la semaine dernière 2 milliards d'euros à l'Ukraine."),
    ("pl", "Polska przekazała Ukrainie w zeszłym tygodniu 1 mld zł."),
    ("uk", "Німеччина минулого тижня надала Україні 1 млрд євро."),
    ("sv", "Sverige gav Ukraina förra veckan 2 miljarder kronor."),
]


@pytest.mark.parametrize(("lang", "text"), LAST_WEEK)
def test_last_week_is_the_month_of_its_thursday_with_a_note(lang, text):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [row["date"] for row in rows] == ["2025-02"]
    assert "2025-02-17 to 2025-02-23" in rows[0]["evidence"]
    assert "approximate" in rows[0]["evidence"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2025, 3, 1), "2025-02"),  # 17-23 February
        (date(2025, 3, 5), "2025-02"),  # 24 February - 2 March: Thursday 27 February
        (date(2025, 10, 8), "2025-10"),  # 29 September - 5 October: Thursday 2 October
        (date(2025, 3, 12), "2025-03"),  # 3-9 March
        (date(2026, 1, 6), "2025-12"),  # 29 December - 4 January: Thursday 1 January? no
    ],
)
def test_a_week_over_two_months_takes_its_thursdays(published, expected):
    if published == date(2026, 1, 6):  # 29 Dec 2025 - 4 Jan 2026: Thursday 1 January 2026
        expected = "2026-01"
    assert relative_week("Sweden pledged SEK 2bn last week.", published, "en") == expected
    assert week_note("Sweden pledged SEK 2bn last week.", published, "en").startswith(
        "date approximate"
    )


# 2. "Last year" words of every news language, also in a text guessed in a neighbour language.
LAST_YEAR = [
    (None, "Slovensko poslalo Ukrajine vlani 80 mil. eur."),
    ("sk", "Slovensko poslalo Ukrajine vlani 80 mil. eur."),
    ("cs", "Česko loni poslalo Ukrajině 80 mil. korun."),
    ("hr", "Hrvatska je lani dala Ukrajini 50 milijuna eura."),
    ("nl", "Nederland gaf Oekraïne het afgelopen jaar 2 miljard euro."),
    ("es", "España dio a Ucrania el pasado año 1.000 millones de euros."),
    ("it", "L'Italia ha dato all'Ucraina l'anno passato 1 miliardo di euro."),
]


@pytest.mark.parametrize(("lang", "text"), LAST_YEAR)
def test_last_year_words_date_the_year_before(lang, text):
    assert dates_of(text, lang) == ["2024"]


def test_a_capitalised_last_year_word_of_another_language_is_a_name():
    assert explicit_date("Lani Smith gave Ukraine $5m.", PUBLISHED, "en") is None


# 3. Yearly amounts: basis per-year, the period's end in evidence, counted once by summary.
YEARLY = [
    ("da", "Danmark giver 2 mia. kr. om året til Ukraine frem til 2028.", "2028"),
    ("sv", "Sverige ger Ukraina 2 miljarder kronor per år fram till 2027.", "2027"),
    ("en", "Germany will give €4bn a year until 2027.", "2027"),
    ("de", "Deutschland gibt der Ukraine jährlich 4 Mrd. Euro.", None),
    ("pl", "Polska przekaże Ukrainie 4 mld zł rocznie.", None),
    ("fr", "La France donnera 4 milliards d'euros par an à l'Ukraine jusqu'en 2027.", "2027"),
    ("nl", "Nederland geeft Oekraïne 2 miljard euro per jaar tot 2026.", "2026"),
    ("uk", "Німеччина щороку надаватиме Україні 4 млрд євро.", None),
]


@pytest.mark.parametrize(("lang", "text", "until"), YEARLY)
def test_a_yearly_amount_is_marked_per_year(lang, text, until):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [row["basis"] for row in rows] == ["per-year"]
    assert "yearly amount" in rows[0]["evidence"]
    assert (f"until {until}" in rows[0]["evidence"]) == (until is not None)
    assert rows[0]["date"] == "2025-03-01"  # "until 2027" is the period's end, no value date


NOT_YEARLY = [
    ("en", "Germany gave €4bn a year ago."),
    ("de", "Deutschland zahlte im Jahr 2023 4 Mrd. Euro."),
    ("en", "Germany gave Ukraine €4bn this year."),
    ("fr", "La France a donné 2 milliards d'euros l'an dernier."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_YEARLY)
def test_a_time_is_no_yearly_amount(lang, text):
    assert [row["basis"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)] == [
        "new"
    ]


def test_per_year_phrase_before_or_after_the_amount():
    assert per_year("Deutschland zahlt jährlich 4 Mrd. Euro.", "de", (27, 38)).phrase == "jährlich"
    assert per_year("Polska da 4 mld zł rocznie.", "pl", (10, 18)).phrase == "rocznie"
    assert per_year("Polska da 4 mld zł na rok 2025.", "pl", (10, 18)) is None  # a year's budget


def test_summary_counts_a_yearly_row_once_under_its_year_and_lists_it(tmp_path, capsys):
    table = tmp_path / "yearly.csv"
    table.write_text(
        "donor,date,amount,basis\nDEU,2025-03-01,€4bn,per-year\nFRA,2025-02-01,€1bn,new\n",
        encoding="utf-8",
    )
    status = main(["summary", str(table), "--to", "EUR", "--format", "csv"])
    out, err = capsys.readouterr()
    assert status == 0
    assert "# yearly_rows_counted: 1" in out
    assert "DEU,2025,4000000000" in out.replace(".0", "")
    assert "row 2: a yearly amount (DEU, 2025-03-01)" in err


# 4. A headline above a dateline: the lead, which carries the date, is the counted row.
HEADLINES = [
    (
        "en",
        "Germany pledges €5bn to Ukraine\nBERLIN, Feb 20 (Reuters) - Germany pledged €5bn to "
        "Ukraine on Thursday.",
        "2025-02-20",
    ),
    (
        "en",
        "Germany pledges €5bn to Ukraine\nBERLIN, Feb 20 (Reuters) - Germany pledged €5bn to "
        "Ukraine.",
        "2025-02-20",
    ),
    (
        "de",
        "Deutschland sagt der Ukraine 5 Mrd. Euro zu\nBERLIN, 20. Februar (dpa) - Deutschland hat "
        "der Ukraine am Donnerstag 5 Mrd. Euro zugesagt.",
        "2025-02-20",
    ),
    (
        "en",
        "Norway to give Ukraine NOK 5bn\n\nNorway will give Ukraine NOK 5bn, the government "
        "said on Tuesday.",
        "2025-02-25",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEADLINES)
def test_the_counted_row_of_a_headline_and_its_lead_carries_the_leads_date(lang, text, expected):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    counted = [row for row in rows if row["duplicate_of"] is None]
    assert len(rows) == 2 and len(counted) == 1
    assert counted[0]["date"] == expected


def test_a_headline_and_an_undated_lead_keep_the_headline_counted():
    text = "Germany pledges €5bn to Ukraine\n\nGermany pledged €5bn to Ukraine."
    rows = pledge_candidates(text, published=PUBLISHED, lang="en")
    assert [row["duplicate_of"] for row in rows] == [None, 0]


# 5. A value before a change is no row; its year dates nothing else.
CHANGES = [
    ("en", "Germany pledged €5bn in 2025 (up from €2bn in 2024).", [("EUR", 5e9, "2025")]),
    ("en", "Germany pledged €5bn in 2025, up from €2bn in 2024.", [("EUR", 5e9, "2025")]),
    ("en", "Germany's 2025 pledge of €5bn is up from €2bn.", [("EUR", 5e9, "2025")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGES)
def test_a_value_before_is_no_row_and_dates_nothing(lang, text, expected):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert [(row["currency"], row["value"], row["date"]) for row in rows] == expected
