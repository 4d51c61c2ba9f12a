"""Costs, needs, running totals, budget lines and a period's total beside its yearly amount
(trial 13, F2 and F4): none is a new pledge of the day it was printed.

Every passage is written for this file; the forms are those of the news of each language.
"""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.budget_lines import budget_line
from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.other_money import other_money

PUBLISHED = datetime.date(2025, 10, 9)


def rows_of(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, lang=lang, published=PUBLISHED)


def counted(rows: list[dict]) -> list[dict]:
    """The rows a summary would add as new money of their date."""
    return [
        r
        for r in rows
        if r["status"] != "rejected"
        and r["basis"] != "cumulative"
        and r["part_of"] is None
        and r["duplicate_of"] is None
    ]


# (a) needs, costs, damage, estimates and appeals: rejected, the reason naming the kind
NOT_PLEDGES = [
    # Finnish: a cost and an estimate
    (
        "Maailmanpankin mukaan Ukrainan jälleenrakennuksen kustannukset ovat noin 486 "
        "miljardia dollaria.",
        "kustannukset",
    ),
    (
        "Maailmanpankki arvioi jälleenrakennuksen hinnaksi noin 500 miljardia dollaria, ja se on "
        "paljon.",
        "arvioi",
    ),
    ("Ukrainan rahoitustarve on ensi vuonna noin 40 miljardia euroa.", "rahoitustarve"),
    # German: a need as the head of a compound, a past estimate verb
    ("Kiew bezifferte seinen Finanzbedarf für 2026 auf 45 Mrd. Dollar.", "Finanzbedarf"),
    (
        "Der Finanzierungsbedarf der Ukraine liegt 2026 bei rund 40 Mrd. Euro.",
        "Finanzierungsbedarf",
    ),
    (
        "Die Weltbank beziffert den Wiederaufbaubedarf der Ukraine auf 524 Mrd. US-Dollar.",
        "Wiederaufbaubedarf",
    ),
    ("Die Regierung in Kiew bezifferte die Lücke auf 19 Mrd. Euro.", "bezifferte"),
    # Greek: needs, damage, an appeal, estimate verbs
    ("Οι ανάγκες ανοικοδόμησης της Γάζας εκτιμώνται σε 53 δισ. δολάρια.", "ανάγκες"),
    ("Οι ζημιές στις υποδομές υπολογίζονται σε 29,9 δισ. δολάρια.", "ζημιές"),
    ("Ο ΟΗΕ έχει ζητήσει 4,07 δισ. δολάρια για το 2025.", "ζητήσει"),
    ("Η Ουκρανία ζήτησε από την ΕΕ 20 δισ. ευρώ.", "ζήτησε"),
    ("Το κόστος της ανοικοδόμησης εκτιμάται σε 40 δισ. ευρώ.", "κόστος"),
    # Bulgarian: damage, needs, a request
    ("Световната банка оценява щетите в Украйна на над 176 млрд. долара.", "щетите"),
    ("Киев поиска от ЕС допълнителни 20 млрд. евро за 2026 г.", "поиска"),
    ("Нуждите от възстановяване са 524 млрд. долара.", "Нуждите"),
    ("ООН призова за 3 млрд. долара хуманитарна помощ.", "призова"),
    # Korean: a cost, an estimate, a need, an appeal or request
    ("세계은행은 우크라이나의 재건 비용을 5240억 달러로 추산했다.", "비용을"),
    ("유엔은 올해 우크라이나 인도적 지원을 위해 26억 달러가 필요하다고 호소했다.", "필요하다고"),
    ("유엔은 20억 달러 지원을 요청했다.", "요청했다"),
    ("재건 비용은 5000억 달러로 추정된다.", "비용은"),
    # a financing need as a noun in the other news languages
    ("Ukraine's financing gap next year is $19 billion.", "financing gap"),
    ("Le déficit de financement de l'Ukraine atteint 19 milliards de dollars.", "déficit"),
    ("Ukrainas finansieringsbehov för nästa år är 40 miljarder euro.", "finansieringsbehov"),
    ("De financieringsbehoefte van Oekraïne bedraagt volgend jaar 38 miljard euro.", "behoefte"),
    (
        "Las necesidades de financiación de Ucrania ascienden a 40.000 millones de euros.",
        "necesidades",
    ),
    ("Il fabbisogno finanziario dell'Ucraina è di 40 miliardi di euro.", "fabbisogno"),
    ("Luka finansowa Ukrainy w przyszłym roku to 19 mld dolarów.", "Luka finansowa"),
    ("Фінансові потреби України на наступний рік становлять 45 млрд доларів.", "потреби"),
    ("Finanční potřeby Ukrajiny na příští rok činí 40 miliard eur.", "potřeby"),
    ("Ukrainas finansieringsbehov er 40 milliarder euro neste år.", "finansieringsbehov"),
    # English, Polish, Norwegian, Swedish: needs and appeals already known, kept
    ("Ukraine needs $45 billion next year.", "needs"),
    ("Ukraina potrzebuje 40 mld euro na odbudowę.", "potrzebuje"),
    ("FN ber om 4 milliarder dollar til Gaza.", "ber"),
    ("Ukraina behöver 40 miljarder euro nästa år.", "behöver"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLEDGES)
def test_needs_costs_and_appeals_are_rejected(text, word):
    rows = rows_of(text)
    assert rows, text
    row = rows[0]
    assert row["status"] == "rejected", row
    assert word in row["evidence"], row["evidence"]
    assert "not a pledge" in row["evidence"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kiew bezifferte seinen Finanzbedarf für 2026 auf 45 Mrd. Dollar.", "need"),
        ("Οι ανάγκες ανοικοδόμησης της Γάζας εκτιμώνται σε 53 δισ. δολάρια.", "need"),
        ("유엔은 26억 달러가 필요하다고 호소했다.", "need"),
        ("Ukrainan rahoitustarve on 40 miljardia euroa.", "need"),
        ("Le déficit de financement de l'Ukraine atteint 19 milliards de dollars.", "need"),
        ("Maailmanpankki arvioi hinnaksi 500 miljardia dollaria.", "estimate"),
        ("Световната банка оценява загубата на 100 млрд. долара.", "loss"),
    ],
)
def test_the_reason_names_the_kind(text, kind):
    digit = next(i for i, c in enumerate(text) if c.isdigit())
    lang = {"K": "de", "Ο": "el", "유": None, "U": "fi", "M": "fi", "С": "bg", "L": "fr"}[text[0]]
    found = other_money(text, lang, (digit, digit + 12))
    assert found is not None and found.kind == kind, found


# a giving verb keeps its money a gift, whatever need or cost word stands beside it
GIFTS = [
    ("Deutschland sagt der Ukraine 1 Mrd. Euro zu.", "DEU"),
    ("한국은 우크라이나에 재건 비용 1억 달러를 지원한다.", "KOR"),
    ("정부는 튀르키예·시리아 지진 피해 복구를 위해 300만 달러를 추가로 지원한다.", None),
    ("Η Ελλάδα θα δώσει στην Ουκρανία 20 εκατ. ευρώ.", "GRC"),
    ("България ще отпусне на Украйна 30 милиона лева помощ.", "BGR"),
    ("Suomi antoi Ukrainalle 200 miljoonaa euroa.", "FIN"),
]


@pytest.mark.parametrize(("text", "donor"), GIFTS)
def test_gifts_stay_candidates(text, donor):
    row = rows_of(text)[0]
    assert row["status"] == "candidate", row
    assert donor is None or row["donor"] == donor


# (b) a running total is cumulative, and its recipient is the aid's, never the giver
RUNNING_TOTALS = [
    (
        "Suomi lähettää Ukrainalle paketin. Suomen Ukrainalle toimittaman puolustustarvikeavun "
        "kokonaisarvo nousee paketin myötä 2,7 miljardiin euroon.",
        "UKR",
    ),
    ("Ruotsin Ukrainalle antaman avun kokonaismäärä on nyt 9 miljardia euroa.", "UKR"),
    ("Norge har samlet gitt Ukraina 40 milliarder kroner.", "UKR"),
    ("Deutschland hat der Ukraine insgesamt 40 Mrd. Euro gegeben.", "UKR"),
    ("Polska przekazała Ukrainie łącznie 40 mld zł.", "UKR"),
    ("Sweden sent a new package, bringing its total aid to Ukraine to SEK 80 billion.", "UKR"),
    ("Danmark har i alt givet Ukraine 70 mia. kr.", "UKR"),
]


@pytest.mark.parametrize(("text", "recipient"), RUNNING_TOTALS)
def test_running_totals_are_cumulative(text, recipient):
    row = rows_of(text)[-1]
    assert row["basis"] == "cumulative", row
    assert row["recipient"] == recipient
    assert row["donor"] != recipient


def test_finnish_allative_marks_the_recipient_wherever_it_stands():
    row = rows_of("Ukrainalle Suomi lahjoitti 30 miljoonaa euroa.")[0]
    assert (row["donor"], row["recipient"]) == ("FIN", "UKR")


# (c) a country inside a compound or a quote is no giver; a budget line is an allocation of the
# budget's country, dated by the budget's year
BUDGET_LINES = [
    (
        '"Wir lassen die Ukraine nicht im Stich", sagte Pistorius. Im Haushalt 2026 sind für '
        "die Ukraine-Hilfe 11,5 Milliarden Euro vorgesehen, nach rund 8 Mrd. Euro im laufenden "
        "Jahr.",
        [("DEU", "UKR", "2026"), ("DEU", "UKR", "2025")],
    ),
    (
        "Die Bundesregierung hat im Haushalt 2026 für die Ukraine 11,5 Mrd. Euro eingeplant.",
        [("DEU", "UKR", "2026")],
    ),
    (
        "W budżecie na 2026 r. zapisano 1 mld zł na pomoc dla Ukrainy.",
        [("POL", "UKR", "2026")],
    ),
    (
        "Regeringen har i budgeten för 2026 avsatt 2 miljarder kronor till Ukraina.",
        [("SWE", "UKR", "2026")],
    ),
    (
        "Ukraina-programmet får mer. Stortinget vedtok i fjor å øke rammen for 2025 til 22,5 "
        "milliarder kroner.",
        [("NOR", "UKR", "2025")],
    ),
    (
        "Dans le budget 2026, le gouvernement prévoit 3 milliards d'euros pour l'Ukraine.",
        [("FRA", "UKR", "2026")],
    ),
    ("Germany's budget for 2026 includes €8bn for Ukraine.", [("DEU", "UKR", "2026")]),
    ("The budget for 2026 includes $2bn for Ukraine.", [(None, "UKR", "2026")]),
    ("De begroting voor 2026 bevat 3 miljard euro voor Oekraïne.", [("NLD", "UKR", "2026")]),
    ("Finanslovens ramme for 2026 er 10 mia. kr. til Ukraine.", [("DNK", "UKR", "2026")]),
]


def test_a_budget_of_the_receiving_country_is_its_own():
    row = rows_of("Ukraine's budget for 2026 includes $20bn for defence.")[0]
    assert (row["donor"], row["recipient"], row["status"]) == ("UKR", None, "rejected")
    assert "its own budget, no gift" in row["evidence"]


@pytest.mark.parametrize(("text", "expected"), BUDGET_LINES)
def test_budget_lines_are_allocations_of_their_year(text, expected):
    rows = rows_of(text)
    assert [(r["donor"], r["recipient"], r["date"]) for r in rows] == expected
    assert all(r["measure"] == "allocation" and r["basis"] == "new" for r in rows)
    assert all("a budget line" in r["evidence"] for r in rows)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany pledged €2bn from its budget.", "en"),
        ("The EU gave €5bn in budget support in 2025.", "en"),
        (
            "Im Haushalt 2026 ist nichts vorgesehen, doch Deutschland sagte der Ukraine "
            "1 Mrd. Euro zu.",
            "de",
        ),
        ("Im Haushalt ist viel Geld: 3 Mrd. Euro.", "de"),
    ],
)
def test_no_budget_line(text, lang):
    digit = next(i for i, c in enumerate(text) if c.isdigit() and not text[i : i + 4].isdigit())
    assert budget_line(text, lang, (digit, digit + 4)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Ukraine-Fonds erhält 2 Mrd. Euro von Deutschland.",
        "Ukraina-programmet er på 15 milliarder kroner i året.",
        '"Wir lassen die Ukraine nicht im Stich", sagte Pistorius. Es gibt 1 Mrd. Euro.',
    ],
)
def test_compound_or_quote_names_no_giver(text):
    assert all(r["donor"] != "UKR" for r in rows_of(text))


# (d) a period's total beside its yearly amount: one pledge, the yearly row counted
PERIODS = [
    "Norge gir Ukraina 75 milliarder kroner over fem år, det vil si 15 milliarder kroner i året.",
    "Deutschland gibt der Ukraine 8 Mrd. Euro jährlich, das heißt 32 Mrd. Euro über vier Jahre.",
    "Japan will give $9bn over three years, that is $3bn a year.",
    "Polska przekaże Ukrainie 3 mld zł w ciągu trzech lat, czyli 1 mld zł rocznie.",
    "Sverige ger Ukraina 40 miljarder kronor över två år, det vill säga 20 miljarder kronor "
    "per år.",
]


@pytest.mark.parametrize("text", PERIODS)
def test_period_total_restates_its_yearly_amount(text):
    rows = rows_of(text)
    assert len(rows) == 2
    kept = counted(rows)
    assert [r["basis"] for r in kept] == ["per-year"]
    total = next(r for r in rows if r["basis"] == "new")
    assert rows[total["duplicate_of"]]["basis"] == "per-year"
    assert "counted there" in total["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan will give $9bn, and $3bn a year in loans.",  # no link: two pledges
        "Japan will give $10bn over three years, that is $3bn a year.",  # no whole number
    ],
)
def test_no_period_total(text):
    rows = rows_of(text)
    assert all(r["duplicate_of"] is None for r in rows)
