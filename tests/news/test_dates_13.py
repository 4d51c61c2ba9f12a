"""The date of a pledge when its sentence names other years (session 13, dates13): a year that
ends a span ("bis 2027", "tot 2027", "hasta 2027") is no value date; a year or relative time in
the clause of another figure ("; en 2023 había aportado 15 millones", "contre 60 millions l'an
dernier") dates that figure only; a day of the week opening a sentence in every news language
is the last such day up to the publication."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import amount_dates, ends_period, weekday_date
from aidcalc.news.figures import figures_apart
from aidcalc.news.yearly import per_year

PUBLISHED = date(2025, 3, 6)  # a Thursday: its Tuesday is 4 March
TODAY = PUBLISHED.isoformat()
TUESDAY = "2025-03-04"


def rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# --- (a) a year that ends a span -------------------------------------------------------------

# (text, lang, the yearly row's period end): the row is dated by the text, says the end
YEARLY_UNTIL = [
    ("Deutschland stellt der Ukraine bis 2027 jährlich 500 Millionen Euro bereit.", "de", "2027"),
    (
        "Deutschland stellt der Ukraine bis Ende 2027 pro Jahr 500 Millionen Euro bereit.",
        "de",
        "2027",
    ),
    ("Germany will provide Ukraine 500 million euros annually until 2027.", "en", "2027"),
    ("Until the end of 2028 Germany gives Ukraine €500m a year.", "en", "2028"),
    ("Nederland geeft Oekraïne tot 2027 jaarlijks 500 miljoen euro.", "nl", "2027"),
    ("Nederland geeft Oekraïne tot en met 2029 elk jaar 500 miljoen euro.", "nl", "2029"),
    ("España dará a Ucrania hasta 2027 cada año 500 millones de euros.", "es", "2027"),
    ("España dará a Ucrania hasta el año 2028 500 millones de euros anuales.", "es", "2028"),
    (
        "La France versera à l'Ukraine jusqu'en 2027 chaque année 500 millions d'euros.",
        "fr",
        "2027",
    ),
    ("L'Italia darà all'Ucraina fino al 2027 ogni anno 500 milioni di euro.", "it", "2027"),
    ("Polska przekaże Ukrainie do 2027 r. co roku 500 mln zł.", "pl", "2027"),
    ("Polska przekaże Ukrainie do końca 2028 r. rocznie 400 mln zł.", "pl", "2028"),
    ("Česko poskytne Ukrajině až do roku 2027 ročně 500 milionů korun.", "cs", "2027"),
    ("Sverige ger Ukraina fram till 2027 varje år 5 miljarder kronor.", "sv", "2027"),
    ("Sverige ger Ukraina till och med 2028 årligen 5 miljarder kronor.", "sv", "2028"),
    ("Danmark giver Ukraine frem til 2028 hvert år 2 mia. kr.", "da", "2028"),
    ("Norge gir Ukraina fram til 2030 hvert år 15 milliarder kroner.", "nb", "2030"),
    ("Portugal dará à Ucrânia até 2027 todos os anos 100 milhões de euros.", "pt", "2027"),
    ("România va oferi Ucrainei până în 2027 anual 100 de milioane de euro.", "ro", "2027"),
    ("Suomi antaa Ukrainalle vuoteen 2027 asti vuosittain 100 miljoonaa euroa.", "fi", "2027"),
    ("Lietuva iki 2027 m. kasmet skirs Ukrainai 50 mln. eurų.", "lt", "2027"),
    ("Slovensko poskytne Ukrajine do roku 2027 ročne 50 miliónov eur.", "sk", "2027"),
]


@pytest.mark.parametrize(("text", "lang", "until"), YEARLY_UNTIL)
def test_a_year_ending_the_period_dates_no_yearly_row(text, lang, until):
    (row,) = rows(text)
    assert row["basis"] == "per-year"
    assert row["date"] == TODAY
    assert f"until {until}" in row["evidence"]


@pytest.mark.parametrize(("text", "lang", "until"), YEARLY_UNTIL)
def test_the_same_with_the_language_given(text, lang, until):
    (row,) = rows(text, lang)
    assert (row["date"], row["basis"]) == (TODAY, "per-year")


# a year that both starts a period and is named with an end: the first year still dates it
FIRST_YEARS = [
    ("Für 2026 plant die Regierung 8,5 Milliarden Euro pro Jahr bis 2029 ein.", "2026"),
    ("Voor de jaren 2026 tot en met 2028 trekt het kabinet 3 miljard euro per jaar uit.", "2026"),
]


@pytest.mark.parametrize(("text", "first"), FIRST_YEARS)
def test_a_period_named_from_its_first_year_keeps_that_year(text, first):
    assert [row["date"] for row in rows(text)] == [first]


# one-off totals over a period up to a year: dated by the text, not by the period's end
TOTALS_UNTIL = [
    "Deutschland stellt der Ukraine bis 2027 insgesamt 2 Milliarden Euro bereit.",
    "Polska przekaże Ukrainie do 2027 r. łącznie 2 mld zł.",
    "Česko poskytne Ukrajině do roku 2027 celkem 2 miliardy korun.",
    "España dará a Ucrania hasta 2027 un total de 2.000 millones de euros.",
    "L'Italia darà all'Ucraina fino al 2027 2 miliardi di euro.",
    "Nederland geeft Oekraïne tot 2027 in totaal 2 miljard euro.",
    "Sverige ger Ukraina 5 miljarder kronor till 2027.",
    "La France versera à l'Ukraine 3 milliards d'euros jusqu'à la fin de 2027.",
]


@pytest.mark.parametrize("text", TOTALS_UNTIL)
def test_a_total_until_a_year_is_dated_by_the_text(text):
    (row,) = rows(text)
    assert row["date"] == TODAY
    assert "a period until 2027" in row["evidence"]  # the row says the span


def test_a_year_of_its_own_names_no_period():
    (row,) = rows("Polska przekazała Ukrainie w 2024 r. łącznie 2 mld zł.")
    assert row["date"] == "2024"
    assert "a period until" not in (row["evidence"] or "")


ENDS = [
    ("bis 2027", True),
    ("bis Ende 2027", True),
    ("until the end of 2027", True),
    ("jusqu'en 2027", True),
    ("jusqu'à la fin de 2027", True),
    ("fino al 2027", True),
    ("hasta finales de 2027", True),
    ("až do roku 2027", True),
    ("do końca 2027", True),
    ("tot en met 2027", True),
    ("till och med 2027", True),
    ("frem til 2027", True),
    ("in 2027", False),
    ("der Ukraine 2027", False),
    ("till Ukraina 2027", False),  # a name between: "to Ukraine", no span
    ("w 2027", False),
]


@pytest.mark.parametrize(("words", "ends"), ENDS)
def test_ends_period(words, ends):
    assert ends_period(words, words.index("2027")) is ends


def test_the_end_year_anywhere_in_the_clause_is_the_yearly_amounts():
    text = "Deutschland stellt der Ukraine bis 2027 jährlich 500 Millionen Euro bereit."
    where = (text.index("500"), text.index(" bereit"))
    assert per_year(text, "de", where).until == "2027"
    text = "Deutschland zahlt jährlich 500 Millionen Euro; 2027 endet das Programm."
    where = (text.index("500"), text.index(";"))
    assert per_year(text, "de", where).until is None  # another clause's year


# --- (b) a year or relative time of another clause --------------------------------------------

# (text, the dates of its rows): the pledge keeps the text's own time
OTHER_CLAUSE = [
    (
        "España prometió 20 millones de euros a Ucrania; en 2023 había aportado 15 millones.",
        [TODAY],
    ),
    (
        "España prometió 20 millones de euros a Ucrania, frente a 15 millones el año pasado.",
        [TODAY],
    ),
    (
        "España prometió 20 millones de euros a Ucrania; el año pasado había dado 15 millones.",
        [TODAY],
    ),
    (
        "La France a promis 100 millions d'euros à l'Ukraine, contre 60 millions l'an dernier.",
        [TODAY],
    ),
    (
        "La France a promis 100 millions d'euros à l'Ukraine; en 2023 elle avait donné "
        "60 millions.",
        [TODAY],
    ),
    (
        "Deutschland sagte der Ukraine 100 Millionen Euro zu, gegenüber 60 Millionen im Vorjahr.",
        [TODAY],
    ),
    (
        "Deutschland sagte der Ukraine 100 Millionen Euro zu; 2023 hatte es 60 Millionen gegeben.",
        [TODAY],
    ),
    (
        "Deutschland sagte der Ukraine 100 Millionen Euro zu, nachdem es im Vorjahr 60 Millionen "
        "gegeben hatte.",
        [TODAY],
    ),
    ("Germany pledged €100m to Ukraine, compared with 60 million last year.", [TODAY]),
    ("Germany pledged €100m to Ukraine; last year it gave 60 million.", [TODAY]),
    ("Germany pledged €100m to Ukraine; in 2023 it had given 60 million.", [TODAY]),
    (
        "L'Italia ha promesso 100 milioni di euro all'Ucraina, rispetto a 60 milioni nel 2023.",
        [TODAY],
    ),
    (
        "L'Italia ha promesso 100 milioni di euro all'Ucraina; l'anno scorso aveva dato "
        "60 milioni.",
        [TODAY],
    ),
    ("Polska obiecała Ukrainie 100 mln zł, w porównaniu z 60 mln w 2023 r.", [TODAY]),
    ("Polska obiecała Ukrainie 100 mln zł; w zeszłym roku przekazała 60 mln.", [TODAY]),
    ("Nederland beloofde Oekraïne 100 miljoen euro, tegenover 60 miljoen vorig jaar.", [TODAY]),
    ("Nederland beloofde Oekraïne 100 miljoen euro; in 2023 had het 60 miljoen gegeven.", [TODAY]),
    ("Sverige lovade Ukraina 100 miljoner kronor, jämfört med 60 miljoner i fjol.", [TODAY]),
    ("Sverige lovade Ukraina 100 miljoner kronor; 2023 hade landet gett 60 miljoner.", [TODAY]),
    ("Česko slíbilo Ukrajině 100 milionů korun, oproti 60 milionům v roce 2023.", [TODAY]),
    ("Česko slíbilo Ukrajině 100 milionů korun; loni poskytlo 60 milionů.", [TODAY]),
    # no comma: a comparison or a past perfect's auxiliary divides the clauses
    ("Germany pledged €100m to Ukraine compared with 60 million last year.", [TODAY]),
    (
        "Deutschland sagte der Ukraine 100 Millionen Euro gegenüber 60 Millionen im Vorjahr zu.",
        [TODAY],
    ),
    ("Germany pledged €100m to Ukraine after it had given 60 million in 2023.", [TODAY]),
    (
        "España prometió 20 millones de euros después de que en 2023 había aportado 15 millones.",
        [TODAY],
    ),
    # a colon right before an amount labels it: the bracket's time is its own
    ("Deutschland gibt der Ukraine 8 Mrd. Euro (im Vorjahr: 7 Mrd. Euro).", [TODAY]),
    ("Polska przekaże Ukrainie 2 mld zł (w 2024 r.: 1,5 mld zł).", [TODAY]),
    ("Britain will give Ukraine £2bn (last year: £1.5bn).", [TODAY]),
    ("La France donne 2 milliards d'euros à l'Ukraine (en 2024 : 1,5 milliard).", [TODAY]),
    # the pledge's own time stays its own
    ("Germany pledged €100m to Ukraine on Tuesday; in 2023 it gave 60 million.", [TUESDAY]),
    ("España prometió el martes 20 millones de euros; en 2023 había dado 15 millones.", [TUESDAY]),
    # the other clause's amount, a row itself, keeps its own year
    ("Germany pledged €100m to Ukraine; in 2023 it had given €60m.", [TODAY, "2023"]),
    ("La France a promis 100 millions d'euros, contre 60 millions d'euros en 2023.", None),
    ("Polska obiecała Ukrainie 100 mln zł; w 2023 r. przekazała 60 mln zł.", [TODAY, "2023"]),
    ("Deutschland sagte 100 Millionen Euro zu; 2023 hatte es 60 Millionen Euro gegeben.", None),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_CLAUSE)
def test_another_clauses_year_dates_no_pledge(text, expected):
    found = rows(text)
    assert found[0]["date"] == (expected[0] if expected else TODAY)
    if expected is not None:
        assert [row["date"] for row in found] == expected
    else:  # a value compared with may be no row; when it is one, it keeps its own year
        assert all(row["date"] == "2023" for row in found[1:])


# a date that is the pledge's own, in its own clause or shared by the whole sentence, stays
SAME_CLAUSE = [
    ("In 2024, Germany pledged €500m to Ukraine.", ["2024"]),
    ("In 2023 Germany gave Ukraine €3bn, France €2bn and Italy €1bn.", ["2023"] * 3),
    ("Germany pledged €3bn; the deal was signed on 3 March 2023.", ["2023-03-03"]),
    ("Germany will deliver 1 million shells worth €2bn in 2025.", ["2025"]),
    ("Im Jahr 2024 sagte Deutschland der Ukraine 500 Millionen Euro zu.", ["2024"]),
    ("El año pasado España prometió 20 millones de euros a Ucrania.", ["2024"]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_CLAUSE)
def test_the_pledges_own_date_stays(text, expected):
    assert [row["date"] for row in rows(text)] == expected


FIGURES = [
    (
        "España prometió 20 millones de euros; en 2023 había aportado 15 millones.",
        "es",
        ["15 millones"],
    ),
    ("Frankreich sagte 100 Mio. Euro zu, gegenüber 60 Mio. im Vorjahr.", "de", ["60 Mio."]),
    ("Germany pledged €100m, compared with 60 million last year.", "en", ["60 million"]),
    ("Polska obiecała 100 mln zł, wobec 60 mln w 2023 r.", "pl", ["60 mln"]),
    ("Germany will deliver 1 million shells worth €2bn.", "en", []),  # same clause
    ("Germany pledged €100m for 3 million people.", "en", []),
    ("Germany pledged €100m; it had 3 soldiers there.", "en", []),  # no scale word
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIGURES)
def test_figures_apart(text, lang, expected):
    from aidcalc.news.candidates import extract_amounts

    first = extract_amounts(text)[0]  # the pledge; the parser may read the other as one too
    wheres = [(first.start, first.end)]
    assert [text[a:b] for a, b in figures_apart(text, lang, wheres)] == expected


def test_amount_dates_gives_a_figure_its_clause():
    text = "Germany pledged €100m to Ukraine; in 2023 it had given 60 million."
    where = (16, 21)
    assert amount_dates(text, PUBLISHED, "en", [where], [where]) == [(None, False)]


# --- (c) weekdays in every news language ------------------------------------------------------

WEEKDAYS = [
    ("Mardi, la France a promis 100 millions d'euros à l'Ukraine.", "fr"),
    ("Mardi la France a promis 100 millions d'euros à l'Ukraine.", "fr"),
    ("Martes, España prometió 100 millones de euros a Ucrania.", "es"),
    ("El martes, España prometió 100 millones de euros a Ucrania.", "es"),
    ("Martedì l'Italia ha promesso 100 milioni di euro all'Ucraina.", "it"),
    ("Dienstag hat Deutschland der Ukraine 100 Millionen Euro zugesagt.", "de"),
    ("Am Dienstag hat Deutschland der Ukraine 100 Millionen Euro zugesagt.", "de"),
    ("Dinsdag beloofde Nederland Oekraïne 100 miljoen euro.", "nl"),
    ("We wtorek Polska obiecała Ukrainie 100 mln zł.", "pl"),
    ("V úterý Česko slíbilo Ukrajině 100 milionů korun.", "cs"),
    ("I tisdags lovade Sverige Ukraina 100 miljoner kronor.", "sv"),
    ("Tisdag lovade Sverige Ukraina 100 miljoner kronor.", "sv"),
    ("I tirsdags lovede Danmark Ukraine 100 mio. kr.", "da"),
    ("Tirsdag lovet Norge Ukraina 100 millioner kroner.", "nb"),
    ("I tirsdags lovet Norge Ukraina 100 millioner kroner.", "nb"),
    ("Na terça-feira, Portugal prometeu 100 milhões de euros à Ucrânia.", "pt"),
    ("Terça-feira, Portugal prometeu 100 milhões de euros à Ucrânia.", "pt"),
    ("On Tuesday, France pledged 100 million euros to Ukraine.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), WEEKDAYS)
def test_a_weekday_dates_the_pledge(text, lang):
    assert [row["date"] for row in rows(text)] == [TUESDAY]
    assert weekday_date(text, PUBLISHED, lang) == TUESDAY


DAY_FORMS = [
    ("Tiistaina Suomi lupasi Ukrainalle 100 miljoonaa euroa.", "fi"),
    ("Antradienį Lietuva skyrė Ukrainai 100 mln. eurų.", "lt"),
    ("У вівторок Україна отримала 100 млн євро.", "uk"),
    ("Marți, România a promis 100 de milioane de euro.", "ro"),
    ("U utorak je Hrvatska obećala 100 milijuna eura.", "hr"),
    ("V utorok Slovensko sľúbilo 100 miliónov eur.", "sk"),
    ("I fredags lovade Sverige 5 miljarder kronor.", "sv"),
]


@pytest.mark.parametrize(("text", "lang"), DAY_FORMS)
def test_weekday_forms_of_every_news_language(text, lang):
    day = weekday_date(text, PUBLISHED, lang)
    expected = "2025-02-28" if "fredags" in text else TUESDAY
    assert day == expected


def test_a_hyphenated_word_keeps_its_day_by_its_parts():
    # before the hyphen counts as before ("Dienstag-Treffen": the Tuesday meeting)
    assert weekday_date("Beim Dienstag-Treffen sagte Berlin zu.", PUBLISHED, "de") == TUESDAY
