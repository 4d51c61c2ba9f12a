"""Session 11 (dates11b): a part phrase before a time noun, "this year", dates of relative
clauses and comparisons, respectively lists that do not pair, false headlines, the thanked
giver carried to another clause."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import amount_dates, relative_clauses
from aidcalc.news.parts import is_part

PUBLISHED = date(2025, 3, 1)


def rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def table(text: str, lang: str | None = None) -> list[tuple]:
    """(value, donor, part_of, date) of each row."""
    return [(str(r["amount"]), r["donor"], r["part_of"], r["date"]) for r in rows(text, lang)]


# --- 1. "w tym roku" is "this year", no part; "this year" dates its own clause ----------------

THIS_YEAR = [
    (
        "Polska przekazała Ukrainie w roku 2023 3 mld zł, a w tym roku 1 mld zł.",
        "pl",
        [("3 mld zł", "POL", None, "2023"), ("1 mld zł", "POL", None, "2025")],
    ),
    (
        "Polska przekazała Ukrainie 3 mld zł, a w tym tygodniu kolejne 500 mln zł.",
        "pl",
        [("3 mld zł", "POL", None, "2025-03-01"), ("500 mln zł", "POL", None, "2025-03-01")],
    ),
    (
        "Polska dała 2 mld zł, a w tym samym miesiącu jeszcze 300 mln zł.",
        "pl",
        [("2 mld zł", "POL", None, "2025-03-01"), ("300 mln zł", "POL", None, "2025-03-01")],
    ),
    (
        "Deutschland gab der Ukraine im Jahr 2023 3 Mrd. Euro und in diesem Jahr 1 Mrd. Euro.",
        "de",
        [("3 Mrd. Euro", "DEU", None, "2023"), ("1 Mrd. Euro", "DEU", None, "2025")],
    ),
    (
        "Poland gave Ukraine PLN 3bn in 2023 and PLN 1bn this year.",
        "en",
        [("PLN 3bn", "POL", None, "2023"), ("PLN 1bn", "POL", None, "2025")],
    ),
    (
        "La France a donné 3 milliards d'euros en 2023 et 1 milliard d'euros cette année.",
        "fr",
        [("3 milliards d'euros", "FRA", None, "2023"), ("1 milliard d'euros", "FRA", None, "2025")],
    ),
    (
        "España dio a Ucrania 3.000 millones de euros en 2023 y 1.000 millones de euros este año.",
        "es",
        [
            ("3.000 millones de euros", "ESP", None, "2023"),
            ("1.000 millones de euros", "ESP", None, "2025"),
        ],
    ),
    (
        "Україна отримала від Польщі 3 млрд злотих у 2023 році та 1 млрд злотих цього року.",
        "uk",
        [("3 млрд злотих", "POL", None, "2023"), ("1 млрд злотих", "POL", None, "2025")],
    ),
    (
        "Česko dalo v roce 2023 3 mld. Kč a letos 1 mld. Kč.",
        "cs",
        [("3 mld. Kč", "CZE", None, "2023"), ("1 mld. Kč", "CZE", None, "2025")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), THIS_YEAR)
def test_this_year_is_no_part_and_dates_its_clause(text, lang, expected):
    assert table(text, lang) == expected


PARTS = [  # the part phrase still reads as one before an amount or a purpose
    ("Polska przekazała Ukrainie 3 mld zł, w tym 1 mld zł na amunicję.", "pl", True),
    ("Polska przekazała 3 mld zł, w tym roku 1 mld zł.", "pl", False),
    ("Polska przekazała 3 mld zł, w tym celu 1 mld zł na drony.", "pl", False),
    ("Česko dalo 3 mld. Kč, z toho 1 mld. Kč na munici.", "cs", True),
    ("Česko dalo 3 mld. Kč, z toho důvodu i 1 mld. Kč navíc.", "cs", False),
]


@pytest.mark.parametrize(("text", "lang", "part"), PARTS)
def test_part_phrase_before_a_noun_of_time(text, lang, part):
    first = text.index("mld")
    previous_end = text.index(",", first)
    second = text.index("1 mld")
    assert is_part(text, lang, (second, second + 8), previous_end) is part


# --- 2. a relative clause's date is its own; a compared year dates nothing --------------------

RELATIVE = [
    (
        "Japan, which gave $1bn in 2023, said it would add another $500m.",
        "en",
        [("$1bn", "2023"), ("$500m", "2025-03-01")],
    ),
    ("Japan, which joined the coalition in 2023, pledged $500m.", "en", [("$500m", "2025-03-01")]),
    (
        "Japan, das im Jahr 2023 1 Mrd. Dollar gab, sagte weitere 500 Mio. Dollar zu.",
        "de",
        [("1 Mrd. Dollar", "2023"), ("500 Mio. Dollar", "2025-03-01")],
    ),
    (
        "Japonia, która w 2023 r. przekazała 1 mld dolarów, obiecała kolejne 500 mln dolarów.",
        "pl",
        [("1 mld dolarów", "2023"), ("500 mln dolarów", "2025-03-01")],
    ),
    (
        "Japonsko, které v roce 2023 dalo 1 mld. dolarů, slíbilo dalších 500 mil. dolarů.",
        "cs",
        [("1 mld. dolarů", "2023"), ("500 mil. dolarů", "2025-03-01")],
    ),
    # a date in the main clause still dates the list after it
    ("In 2023 Germany gave €3bn, France €2bn and Italy €1bn.", "en", [("€3bn", "2023")] * 1),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RELATIVE)
def test_relative_clause_date_stays_in_its_clause(text, lang, expected):
    found = [(str(r["amount"]), r["date"]) for r in rows(text, lang)]
    assert found[: len(expected)] == expected


def test_relative_clauses_spans():
    text = "Deutschland, das 2023 half, gab 1 Mrd. Euro, die im Mai flossen."
    assert [text[a:b] for a, b in relative_clauses(text, "de")] == [
        ", das 2023 half",
        ", die im Mai flossen.",
    ]
    assert relative_clauses("Germany, France and Italy gave €3bn.", "en") == []


COMPARED = [
    # "on Monday": the Monday before Saturday 1 March (tests/news/test_value_dates_12.py)
    ("Germany pledged €1bn on Monday, the same as last year.", "en", "2025-02-24"),
    ("Germany pledged €1bn on Monday, up from last year.", "en", "2025-02-24"),
    ("Germany pledged €1bn, more than last year.", "en", "2025-03-01"),
    ("Germany pledged €1bn last year.", "en", "2024"),
    ("Deutschland sagte 1 Mrd. Euro zu, so viel wie im Vorjahr.", "de", "2025-03-01"),
    ("Deutschland sagte im Vorjahr 1 Mrd. Euro zu.", "de", "2024"),
    ("Polska przekazała 1 mld zł, więcej niż w zeszłym roku.", "pl", "2025-03-01"),
    ("Polska przekazała 1 mld zł, tak jak w zeszłym roku.", "pl", "2025-03-01"),
    ("España dio 1.000 millones de euros, más que el año pasado.", "es", "2025-03-01"),
    # "que" opening what was said is no comparison
    ("Sánchez dijo que el año pasado España dio 1.000 millones de euros.", "es", "2024"),
    ("La France a donné 1 milliard d'euros, plus que l'an dernier.", "fr", "2025-03-01"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), COMPARED)
def test_compared_year_dates_nothing(text, lang, expected):
    assert [r["date"] for r in rows(text, lang)] == [expected]


def test_after_is_no_comparison():
    text = "Polska obiecała 1 mld euro, po tym jak w zeszłym roku przekazała 3 mld euro."
    assert [r["date"] for r in rows(text, "pl")] == ["2025-03-01", "2024"]


def test_amount_dates_relative_clause():
    text = "Japan, which gave $1bn in 2023, said it would add another $500m."
    wheres = [(18, 22), (58, 63)]
    assert [text[a:b] for a, b in wheres] == ["$1bn", "$500m"]
    assert amount_dates(text, PUBLISHED, "en", wheres, wheres) == [("2023", True), (None, False)]


# --- 3. respectively: every name of the list counts; a mismatch pairs nothing -----------------


def givers(text: str, lang: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(str(r["amount"]), r["donor"], r["donor_from"]) for r in rows(text, lang)]


RESPECTIVELY = [
    (
        "Germany, France and Scotland pledged €3bn, €2bn and £1bn respectively.",
        "en",
        [("€3bn", "DEU", "subject"), ("€2bn", "FRA", "subject"), ("£1bn", None, "unnamed")],
    ),
    (
        "Germany and France pledged €3bn, €2bn and €1bn respectively.",
        "en",
        [("€3bn", None, "collective"), ("€2bn", None, "collective"), ("€1bn", None, "collective")],
    ),
    (
        "Scotland and Germany pledged £1bn and €3bn respectively.",
        "en",
        [("£1bn", None, "unnamed"), ("€3bn", "DEU", "subject")],
    ),
    (
        "Germany and Narnia pledged £1bn and €3bn respectively.",
        "en",
        [("£1bn", "DEU", "subject"), ("€3bn", None, "unnamed")],
    ),
    (
        "Scotland, Wales and Germany pledged £1bn, £2bn and €3bn respectively.",
        "en",
        [("£1bn", None, "unnamed"), ("£2bn", None, "unnamed"), ("€3bn", "DEU", "subject")],
    ),
    (  # no list item: a time, a source
        "On Monday, Germany and France pledged €3bn and €2bn respectively.",
        "en",
        [("€3bn", "DEU", "subject"), ("€2bn", "FRA", "subject")],
    ),
    (
        "Germany and France, Reuters reported, pledged €3bn and €2bn respectively.",
        "en",
        [("€3bn", "DEU", "subject"), ("€2bn", "FRA", "subject")],
    ),
    (  # a sum before the pairs still pairs them
        "Germany and France pledged a combined €5bn, €3bn and €2bn respectively.",
        "en",
        [("€5bn", None, "collective"), ("€3bn", "DEU", "subject"), ("€2bn", "FRA", "subject")],
    ),
    (
        "Deutschland bzw. Frankreich sagten 3 Mrd. Euro bzw. 2 Mrd. Euro zu.",
        "de",
        [("3 Mrd. Euro", "DEU", "subject"), ("2 Mrd. Euro", "FRA", "subject")],
    ),
    (
        "Deutschland und Frankreich sagten 3 Mrd. Euro bzw. 2 Mrd. Euro zu.",
        "de",
        [("3 Mrd. Euro", "DEU", "subject"), ("2 Mrd. Euro", "FRA", "subject")],
    ),
    (
        "Saksa ja Ranska lupasivat 3 miljardia euroa ja 2 miljardia euroa vastaavasti.",
        "fi",
        [("3 miljardia euroa", "DEU", "subject"), ("2 miljardia euroa", "FRA", "subject")],
    ),
    (  # three names (one unknown, at the end), two amounts: collective
        "Saksa, Ranska ja Skotlanti lupasivat 3 miljardia euroa ja 2 miljardia euroa vastaavasti.",
        "fi",
        [("3 miljardia euroa", None, "collective"), ("2 miljardia euroa", None, "collective")],
    ),
    (
        "Niemcy i Szkocja przekazały odpowiednio 3 mld euro i 1 mld funtów.",
        "pl",
        [("3 mld euro", "DEU", "subject"), ("1 mld funtów", None, "unnamed")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RESPECTIVELY)
def test_respectively_pairs_only_matching_counts(text, lang, expected):
    assert givers(text, lang) == expected


# --- 4. a dated first sentence is no headline; "again" is more ---------------------------------

NOT_HEADLINES = [
    ("Germany pledged €3bn on Monday. On Tuesday, Germany pledged €3bn for Moldova.", "en"),
    ("Germany pledged €3bn in January. In March, Germany pledged €3bn for Moldova.", "en"),
    ("Germany gave €3bn last year. Germany gave €3bn for Moldova, officials said.", "en"),
    (
        "Deutschland gab am Montag 3 Mrd. Euro. Am Dienstag gab Deutschland der Republik Moldau "
        "3 Mrd. Euro.",
        "de",
    ),
    ("Germany gave €3bn. Germany gave €3bn again in May, officials said.", "en"),
    ("Deutschland gab 3 Mrd. Euro. Im Mai gab Deutschland erneut 3 Mrd. Euro.", "de"),
    ("Polska dała 1 mld zł. W maju Polska ponownie przekazała 1 mld zł.", "pl"),
    (
        "La France a donné 2 milliards d'euros. La France a donné à nouveau 2 milliards d'euros.",
        "fr",
    ),
    ("Україна отримала 1 млрд євро від Німеччини. Німеччина знову дала 1 млрд євро.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_HEADLINES)
def test_two_reports_are_no_headline_and_lead(text, lang):
    found = rows(text, lang)
    assert len(found) == 2
    assert [r["duplicate_of"] for r in found] == [None, None]


HEADLINES = [  # a headline run into its lead is still one
    ("Germany pledges €3bn. Germany pledged €3bn for Ukraine on Monday, officials said.", "en"),
    (
        "Deutschland sagt 2 Mrd. Euro zu. Deutschland sagte der Ukraine am Montag 2 Mrd. Euro zu.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), HEADLINES)
def test_headline_run_into_lead_is_its_duplicate(text, lang):
    assert [r["duplicate_of"] for r in rows(text, lang)] == [1, None]


def test_again_outside_the_clause_is_no_new_pledge():
    from aidcalc.news.dedup import says_further

    text = "Germany gave €3bn, and said it would do so again."
    assert not says_further(text, "en", (13, 17))
    text = "Germany once more gave €3bn."
    assert says_further(text, "en", (text.index("€"), text.index("€") + 4))


# --- 5. the one thanked gives only its own amount ------------------------------------------------

THANKED = [
    (
        "Selenskyj dankte Berlin für 3 Milliarden Euro und kündigte an, 2 Milliarden Euro selbst "
        "aufzubringen.",
        "de",
        [("3 Milliarden Euro", "DEU", None), ("2 Milliarden Euro", None, None)],
    ),
    (
        "Zelensky thanked Germany, which pledged €3bn, and France for €2bn.",
        "en",
        [("€3bn", "DEU", None), ("€2bn", "FRA", None)],
    ),
    (
        "Zelensky, who thanked Berlin for the new money and Paris for €500m in drones.",
        "en",
        [("€500m", "FRA", None)],
    ),
    (
        "Zelensky thanked Berlin for €300m and Paris for €200m.",
        "en",
        [("€300m", "DEU", None), ("€200m", "FRA", None)],
    ),
    (
        "Zelensky thanked Berlin for €3bn and said Ukraine would raise €2bn itself.",
        "en",
        [("€3bn", "DEU", None), ("€2bn", "UKR", None)],
    ),
    ("Zelensky thanked Germany for €3bn for Ukraine.", "en", [("€3bn", "DEU", "UKR")]),
    (  # the thanking verb in a later amount's own clause
        '"We need $5bn more," said the Ukrainian president, who thanked Berlin for the new '
        "money and Paris for €500m in drones.",
        "en",
        # the president asks for the $5bn (quotes11): no giver, Ukraine receives
        [("$5bn", None, "UKR"), ("€500m", "FRA", "UKR")],
    ),
    (
        "Kyiv received €1bn from Norway; Zelensky thanked Berlin for the new money and Paris "
        "for €500m.",
        "en",
        [("€1bn", "NOR", "UKR"), ("€500m", "FRA", "UKR")],
    ),
    (
        "Zełenski podziękował Berlinowi za 3 mld euro i Paryżowi za 2 mld euro.",
        "pl",
        [("3 mld euro", "DEU", None), ("2 mld euro", "FRA", None)],
    ),
    (
        "Zelensky a remercié Berlin pour 3 milliards d'euros et Paris pour 2 milliards d'euros.",
        "fr",
        [("3 milliards d'euros", "DEU", None), ("2 milliards d'euros", "FRA", None)],
    ),
    (
        "Selenskyj dankte Berlin für 3 Mrd. Euro Winterhilfe und Rom für 600 Millionen Euro.",
        "de",
        [("3 Mrd. Euro", "DEU", None), ("600 Millionen Euro", "ITA", None)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), THANKED)
def test_thanked_gives_only_its_own_amount(text, lang, expected):
    assert [(str(r["amount"]), r["donor"], r["recipient"]) for r in rows(text, lang)] == expected
