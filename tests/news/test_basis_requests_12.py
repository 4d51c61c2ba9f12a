"""Basis of running totals and of money of its own time, and requests or needs in every news
language (session 12: basis12, trial findings F9 and F10)."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import bases_of
from aidcalc.news.not_giving import not_given_by
from aidcalc.news.own_time import has_own_time, names_year
from tests.news.pledge_rows import rows_of


def _bases(text, lang=None):
    return [(row["value"], row["basis"]) for row in rows_of(text, lang)]


# (text, lang, [(value, basis), ...]): a start ("since 2022", "from the start of the war") or
# "already" makes a running total; a year or a future tense of the amount's own makes it new.
BASIS_TABLE = [
    # from the start / since
    (
        "De la începutul războiului din Ucraina, România a oferit Moldovei sprijin de peste "
        "300 de milioane de euro.",
        "ro",
        [(300e6, "cumulative")],
    ),
    (
        "Von Beginn an hat Österreich der Ukraine Hilfe im Wert von 250 Mio. Euro geleistet.",
        "de",
        [(250e6, "cumulative")],
    ),
    (
        "From the start of the invasion Canada has sent Ukraine C$4 billion in military aid.",
        "en",
        [(4e9, "cumulative")],
    ),
    (
        "Sinds het begin van de oorlog heeft Nederland 3 miljard euro aan Oekraïne gegeven.",
        "nl",
        [(3e9, "cumulative")],
    ),
    # already
    (
        "L'Italia ha già destinato all'Ucraina aiuti per 1,7 miliardi di euro.",
        "it",
        [(1.7e9, "cumulative")],
    ),
    ("Polska przekazała już Ukrainie pomoc o wartości 3 mld euro.", "pl", [(3e9, "cumulative")]),
    ("Sverige har redan gett Ukraina 2 miljarder kronor.", "sv", [(2e9, "cumulative")]),
    ("Lietuva jau skyrė Ukrainai 700 milijonų eurų paramos.", "lt", [(700e6, "cumulative")]),
    # "since 2022" after the first amount, a new clause of its own year and future after it
    (
        "L'Italia ha destinato all'Ucraina aiuti per 1,7 miliardi di euro dal 2022 e nel 2025 "
        "stanzierà 15 milioni di euro per la Moldova.",
        "it",
        [(1.7e9, "cumulative"), (15e6, "new")],
    ),
    (
        "Germany has given Ukraine €28 billion since 2022 and in 2026 it will add €9 billion.",
        "en",
        [(28e9, "cumulative"), (9e9, "new")],
    ),
    # a total of one named year is that year's money
    (
        "Česko v roce 2023 věnovalo Ukrajině celkem 4,2 miliardy korun.",
        "cs",
        [(4.2e9, "new")],
    ),
    ("In 2023 Germany provided a total of €5 billion to Ukraine.", "en", [(5e9, "new")]),
    (
        "Im Jahr 2024 hat Deutschland der Ukraine insgesamt 7 Mrd. Euro gegeben.",
        "de",
        [(7e9, "new")],
    ),
    ("W 2023 roku Polska przekazała Ukrainie łącznie 2 mld zł.", "pl", [(2e9, "new")]),
    # a total in the future tense is money to come
    ("Norge vil totalt gi Ukraina 5 milliarder kroner.", "nb", [(5e9, "new")]),
    # the running totals stay running totals
    ("Since 2022 Germany has provided €28 billion to Ukraine.", "en", [(28e9, "cumulative")]),
    ("Germany gave Ukraine €28 billion in total since 2022.", "en", [(28e9, "cumulative")]),
    ("Česko od roku 2022 věnovalo Ukrajině celkem 8 miliard korun.", "cs", [(8e9, "cumulative")]),
    (
        "Lithuania has provided support worth over 683 million euros.",
        "en",
        [(683e6, "cumulative")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BASIS_TABLE)
def test_basis_table(text, lang, expected):
    assert _bases(text, lang) == expected


def test_a_carried_running_total_skips_an_amount_of_its_own_year():
    text = (
        "Seit Beginn des Krieges hat Deutschland der Ukraine rund 38 Milliarden Euro geleistet. "
        "Im Haushalt 2025 sind für die Ukraine 7 Mrd. € vorgesehen."
    )
    assert _bases(text, "de") == [(38e9, "cumulative"), (7e9, "new")]


def test_a_carried_running_total_still_reaches_a_yearless_amount():
    text = (
        "Seit Beginn des Krieges hat Deutschland der Ukraine rund 38 Milliarden Euro geleistet. "
        "Davon entfallen auf Waffen rund 28 Mrd. €."
    )
    assert [basis for _, basis in _bases(text, "de")] == ["cumulative", "cumulative"]


def test_bases_of_moves_a_since_cue_to_the_amount_before_it():
    sentence = "Italy gave €1.7bn since 2022 and in 2025 will give €15m"
    assert bases_of(sentence, "en", [(11, 17), (51, 55)]) == ["cumulative", "new"]


@pytest.mark.parametrize(
    ("sentence", "where", "expected"),
    [
        ("In 2023 Germany gave a total of €5bn", (32, 36), True),
        ("Germany will give a total of €5bn", (29, 33), True),
        ("Since 2022 Germany gave a total of €5bn", (35, 39), False),
        ("Germany gave, in 2023, a total of €5bn", (34, 38), False),  # a comma closes the clause
    ],
)
def test_has_own_time(sentence, where, expected):
    assert sentence[where[0] : where[1]].startswith("€")
    cues = [(m, m + 5) for m in [sentence.find("total")] if m >= 0]
    assert has_own_time(sentence, "en", where, [where], cues) is expected


def test_names_year_skips_the_year_of_since():
    assert names_year("Seit 2022 sind es 38 Mrd. €", (18, 27), [(18, 27)]) is False
    assert names_year("The 2025 budget sets aside €7bn", (27, 31), [(27, 31)]) is True


# (text, lang): a request, a need or an estimate of need, in each news language: rejected.
REQUESTS = [
    ("Ukraina har dessutom bett om 5 miljarder kronor för minröjning.", "sv"),
    ("Ukraina har behov av 3 miljarder kronor för energi.", "sv"),
    ("Ukraine har bedt Danmark om 2 milliarder kroner til minerydning.", "da"),
    ("Ukraine har brug for 5 milliarder kroner fra Danmark.", "da"),
    ("Ukraina har bedt Norge om 3 milliarder kroner til energi.", "nb"),
    ("Ukrainas behov anslås til 4 milliarder kroner.", "nb"),
    ("Ukrainan tarve on arviolta 2 miljardia euroa.", "fi"),
    ("Oekraïne heeft om 500 miljoen euro gevraagd.", "nl"),
    ("De behoefte van Oekraïne wordt geschat op 3 miljard euro.", "nl"),
    ("Las necesidades de Ucrania se estiman en 486.000 millones de dólares.", "es"),
    ("As necessidades da Ucrânia são estimadas em 500 milhões de euros.", "pt"),
    ("Il fabbisogno dell'Ucraina è stimato in 38 miliardi di dollari.", "it"),
    ("Necesarul de finanțare al Ucrainei este de 38 de miliarde de dolari.", "ro"),
    ("Ukrajina podala žádost o 2 miliardy korun.", "cs"),
    ("Potřeba Ukrajiny se odhaduje na 40 miliard dolarů.", "cs"),
    ("Potreba Ukrajiny sa odhaduje na 40 miliárd dolárov.", "sk"),
    ("Potrebe Ukrajine procjenjuju se na 40 milijardi dolara.", "hr"),
    ("Potrzeby Ukrainy szacuje się na 40 mld dolarów.", "pl"),
    ("Die Ukraine hat um 2 Mrd. Euro gebeten.", "de"),
    ("Kiew schätzt den Bedarf auf 40 Mrd. Euro.", "de"),
    ("Les besoins de l'Ukraine sont estimés à 40 milliards de dollars.", "fr"),
    ("Ukrainos poreikis siekia 40 milijardų dolerių.", "lt"),
    (
        "Уряд оцінює потребу у зовнішньому фінансуванні у 2025 році у 38,4 млрд доларів.",
        "uk",
    ),
    ("Україна надіслала прохання про 2 млрд євро.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_requests_and_needs_are_rejected(text, lang):
    rows = rows_of(text, lang)
    assert rows, text
    assert all(row["status"] == "rejected" for row in rows), rows
    assert all("a request, not a pledge" in row["evidence"] for row in rows)


# the same words beside real giving stay pledges
GIVEN = [
    ("Für den Bedarf der Ukraine stellt Deutschland 1 Mrd. Euro bereit.", "de"),
    ("Danmark giver Ukraine 2 milliarder kroner, ikke kun til våben.", "da"),
    ("Україна отримала від Німеччини 500 млн євро.", "uk"),
    ("Німеччина фінансує відбудову України на 500 млн євро.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), GIVEN)
def test_giving_beside_need_words_stays_a_pledge(text, lang):
    rows = rows_of(text, lang)
    assert rows and all(row["status"] != "rejected" for row in rows), rows


def test_not_given_by_names_the_need_noun():
    text = "Kiew schätzt den Bedarf auf 40 Mrd. Euro."
    assert not_given_by(text, "de", (28, 40)) == "a request, not a pledge (Bedarf)"
