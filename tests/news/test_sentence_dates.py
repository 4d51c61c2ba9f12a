"""Value dates written in sentences: explicit dates, months and the tense rule."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import extract_pledges, pledge_candidates
from aidcalc.news.dates import explicit_date, sentence_date


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("In September, Vilnius announced plans", "en", "2024-09"),
        ("In December Berlin pledged", "en", "2023-12"),  # after November: the year before
        ("The deal was signed on Nov. 4, 2024.", "en", "2024-11-04"),
        ("On 4 November 2024 Germany pledged", "en", "2024-11-04"),
        ("In 2023, Germany provided", "en", "2023"),
        ("Since February 2022, Lithuania has provided", "en", None),
        ("you may march", "en", None),
        ("Am 4. November 2024 sagte Deutschland", "de", "2024-11-04"),
        ("Le 4 novembre 2024, la France", "fr", "2024-11-04"),
        ("En septembre, Paris a annoncé", "fr", "2024-09"),
        ("Lietuva 2024 m. rugsėjo 12 d. skyrė", "lt", "2024-09-12"),
        ("Rugsėjį Vilnius paskelbė", "lt", "2024-09"),
        ("4 листопада 2024 року Литва", "uk", "2024-11-04"),
        ("У вересні Вільнюс оголосив", "uk", "2024-09"),
        ("лист до Києва", "uk", None),  # "лист" (a letter) abbreviates листопад only next to a day
        ("We wrześniu Warszawa ogłosiła", "pl", "2024-09"),
        ("dnia 01.10.2024 r.", "pl", "2024-10-01"),
    ],
)
def test_explicit_dates(sentence, lang, expected):
    assert explicit_date(sentence, date(2024, 11, 4), lang) == expected


def test_month_without_publication_date_is_unknown():
    assert sentence_date("In September, Vilnius announced plans", None, "en") is None
    assert sentence_date("Vilnius announced plans", date(2024, 11, 4), "en") == "2024-11-04"


# --- deviations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # future tense before the month: the next such month from the publication date
        ("Lithuania will deliver 5 million euros of ammunition to Ukraine in March.", "2025-03"),
        (
            "Deutschland wird im Dezember 2 Mrd. Euro für die Luftverteidigung der Ukraine "
            "bereitstellen.",
            "2024-12",
        ),
        # a month before the future verb dates the announcement: the last such month
        (
            "We wrześniu Polska zapowiedziała, że przeznaczy dla Ukrainy 100 mln euro na drony.",
            "2024-09",
        ),
        ("In December, Lithuania gave Ukraine 5 million euros for drones.", "2023-12"),
    ],
)
def test_month_without_year_follows_the_tense(sentence, expected):
    rows = extract_pledges(sentence, published="2024-11-04")
    assert list(rows["date"]) == [expected]


# (lang, sentence, date): a month after a future-tense word is the next such month, in several
# languages (published 2024-11-04).
FUTURE_MONTHS = [
    ("de", "Deutschland will im Juli 20 Mio. Euro an die Ukraine liefern.", "2025-07"),
    ("de", "Deutschland wird im März 1 Mrd. Euro bereitstellen.", "2025-03"),
    ("en", "Spain will deliver €20 million to Ukraine in July.", "2025-07"),
    ("es", "España entregará 20 millones de euros a Ucrania en julio.", "2025-07"),
    ("nl", "Nederland zal in juli 20 miljoen euro aan Oekraïne geven.", "2025-07"),
    ("sv", "Sverige ska i mars ge 300 miljoner kronor till Ukraina.", "2025-03"),
    ("de", "Am 24. Februar sagte Schweden der Ukraine 300 Mio. Euro zu.", "2024-02-24"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), FUTURE_MONTHS)
def test_a_month_after_a_future_word_is_ahead(lang, sentence, expected):
    rows = extract_pledges(sentence, published="2024-11-04", lang=lang)
    assert list(rows["date"]) == [expected]


# (lang, sentence, date): a month in the clause of a future-tense word, before or after it, is
# the next such month after the publication date (2024-11-04), in every news language; a
# month after a past giving verb stays behind.
FUTURE_MONTHS = [
    ("en", "In March, Berlin will deliver €200 million to Ukraine.", "2025-03"),
    ("en", "Berlin will deliver €200 million to Ukraine in March.", "2025-03"),
    ("en", "In September, Germany pledged €5 million that will come later.", "2024-09"),
    ("de", "Im Dezember will Berlin weitere 200 Millionen Euro zahlen.", "2024-12"),
    ("de", "Deutschland will im Juli 200 Millionen Euro an die Ukraine zahlen.", "2025-07"),
    ("de", "Im März wird Deutschland der Ukraine 200 Millionen Euro geben.", "2025-03"),
    ("pl", "W marcu Polska przekaże Ukrainie 50 mln zł.", "2025-03"),
    ("pl", "Polska przekaże Ukrainie 50 mln zł w marcu.", "2025-03"),
    ("uk", "У березні Німеччина надасть Україні 200 млн євро.", "2025-03"),
    ("uk", "Німеччина буде надавати Україні 200 млн євро з березня.", "2024-11-04"),
    ("fr", "En mars, la France livrera 200 millions d'euros à l'Ukraine.", "2025-03"),
    ("es", "En marzo España entregará 200 millones de euros a Ucrania.", "2025-03"),
    ("it", "A marzo l'Italia darà 200 milioni di euro all'Ucraina.", "2025-03"),
    ("pt", "Em março Portugal vai enviar 20 milhões de euros à Ucrânia.", "2025-03"),
    ("nl", "In maart zal Nederland 100 miljoen euro aan Oekraïne geven.", "2025-03"),
    ("ro", "În martie România va trimite 50 de milioane de euro Ucrainei.", "2025-03"),
    ("sv", "I mars ska Sverige skicka 500 miljoner kronor till Ukraina.", "2025-03"),
    ("cs", "V březnu Česko pošle Ukrajině 100 milionů korun.", "2025-03"),
    ("sk", "V marci Slovensko pošle Ukrajine 5 miliónov eur.", "2025-03"),
    ("lt", "Kovo mėnesį Lietuva skirs Ukrainai 10 mln. eurų.", "2025-03"),
    ("fi", "Maaliskuussa Suomi aikoo antaa Ukrainalle 50 miljoonaa euroa.", "2025-03"),
    ("hr", "U ožujku će Hrvatska Ukrajini poslati 5 milijuna eura.", "2025-03"),
    ("en", "In March, Berlin delivered €200 million to Ukraine.", "2024-03"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FUTURE_MONTHS)
def test_a_month_of_the_future_is_ahead_in_every_language(lang, text, expected):
    (row,) = pledge_candidates(text, published="2024-11-04", lang=lang)
    assert row["date"] == expected


def test_the_dateline_date_is_the_whole_articles_publication_date():
    text = (
        "KYIV, March 3, 2025 (Reuters) - Germany pledged €500 million to Ukraine. Berlin "
        "will deliver another €200 million in April. Norway gave NOK 1 billion."
    )
    assert [r["date"] for r in pledge_candidates(text)] == ["2025-03-03", "2025-04", "2025-03-03"]
    text = (
        "BERLIN, 4. November 2024 (dpa) – Deutschland sagte der Ukraine 500 Millionen Euro "
        "zu. Im Dezember will Berlin weitere 200 Millionen Euro zahlen."
    )
    assert [r["date"] for r in pledge_candidates(text, lang="de")] == ["2024-11-04", "2024-12"]
    # a given publication date wins; a dateline without a year gives none
    assert pledge_candidates(text, published="2024-11-10", lang="de")[1]["date"] == "2024-12"
    assert pledge_candidates("KYIV (Reuters) - Germany pledged €5 million.")[0]["date"] is None


# Issue 9 (pledges10 item 1): a date in an amount's own clause is that amount's; a year named
# from the publication ("last year") resolves against it; the other amounts keep the sentence's
# date. Published 2025-03-10; each expected row is (value, date).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Germany pledged €1bn on Monday, after giving €3bn in 2024.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        (
            "en",
            "Germany pledged €1bn on Monday, after giving €3bn last year.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        (
            "en",
            "Germany, which gave €3bn in 2023, pledged €1bn on Monday.",
            [(3e9, "2023"), (1e9, "2025-03-10")],
        ),
        ("en", "Germany pledged €1bn in 2023 and €2bn in 2024.", [(1e9, "2023"), (2e9, "2024")]),
        ("en", "In 2023, Germany gave €3bn and France €2bn.", [(3e9, "2023"), (2e9, "2023")]),
        ("en", "Germany gave €3bn last year.", [(3e9, "2024")]),
        ("en", "Germany has given €3bn since last year.", [(3e9, "2025-03-10")]),
        (
            "de",
            "Deutschland sagte am Montag 1 Mrd. Euro zu, nachdem es im Vorjahr 3 Mrd. Euro "
            "gegeben hatte.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        (
            "de",
            "Deutschland hat der Ukraine im vergangenen Jahr 3 Mrd. Euro gegeben.",
            [(3e9, "2024")],
        ),
        (
            "fr",
            "La France a promis 1 milliard d'euros lundi, après avoir donné 3 milliards "
            "d'euros l'an dernier.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        (
            "fr",
            "La France a promis 1 milliard d'euros, après 3 milliards d'euros en 2023.",
            [(1e9, "2025-03-10")],
        ),  # the value before is no row, and its year not the row's
        (
            "pl",
            "Polska obiecała 1 mld euro, po tym jak w zeszłym roku przekazała 3 mld euro.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        ("pl", "Polska przekazała Ukrainie 3 mld euro w ubiegłym roku.", [(3e9, "2024")]),
        (
            "uk",
            "Німеччина пообіцяла 1 млрд євро, після того як торік надала 3 млрд євро.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        ("uk", "Німеччина надала Україні 3 млрд євро минулого року.", [(3e9, "2024")]),
        (
            "es",
            "Alemania prometió 1.000 millones de euros, tras aportar 3.000 millones de euros "
            "el año pasado.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        (
            "it",
            "La Germania ha promesso 1 miliardo di euro, dopo averne dati 3 miliardi di euro "
            "l'anno scorso.",
            [(1e9, "2025-03-10"), (3e9, "2024")],
        ),
        # a list item with no verb of its own shares the date of the amount before it
        (
            "en",
            "In 2023 Germany gave €3bn, France €2bn and Italy €1bn.",
            [(3e9, "2023"), (2e9, "2023"), (1e9, "2023")],
        ),
        (
            "en",
            "Germany pledged €1bn on 3 March 2025, and France €2bn.",
            [(1e9, "2025-03-03"), (2e9, "2025-03-03")],
        ),
        (
            "de",
            "Im Oktober gab Deutschland 3 Mrd. Euro, Frankreich 2 Mrd. Euro.",
            [(3e9, "2024-10"), (2e9, "2024-10")],
        ),
        (
            "en",
            "Germany gave €3bn in 2023, and on Monday pledged €1bn more.",
            [(3e9, "2023"), (1e9, "2025-03-10")],
        ),
    ],
)
def test_a_date_in_an_amounts_own_clause_is_that_amounts(lang, text, expected):
    rows = pledge_candidates(text, published="2025-03-10", lang=lang)
    assert [(row["value"], row["date"]) for row in rows] == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Germany gave €3bn last year.", "en", "2024"),
        ("im Vorjahr hatte Berlin", "de", "2024"),
        ("l’an dernier, Paris", "fr", "2024"),  # a typographic apostrophe
        ("w zeszłym roku Warszawa", "pl", "2024"),
        ("торік Вільнюс", "uk", "2024"),
        ("pernai Vilnius skyrė", "lt", "2024"),
        ("seit dem Vorjahr", "de", None),  # "seit": the start of a period
        ("the last years", "en", None),
    ],
)
def test_a_year_named_from_the_publication(sentence, lang, expected):
    assert explicit_date(sentence, date(2025, 3, 10), lang) == expected
    assert explicit_date(sentence, None, lang) is None  # unknown without the publication


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Netherlands pledged EUR 400 million to Ukraine on 3 March 2025, including "
            "EUR 100 million for drones.",
            ["2025-03-03", "2025-03-03"],
        ),
        (
            "de",
            "Deutschland sagte der Ukraine am 3. März 2025 4 Mrd. Euro zu, davon 1 Mrd. Euro "
            "für Munition.",
            ["2025-03-03", "2025-03-03"],
        ),
        (
            "fr",
            "La France a promis 3 milliards d'euros en 2024, dont 1 milliard d'euros pour les "
            "munitions.",
            ["2024", "2024"],
        ),
    ],
)
def test_a_part_without_a_date_of_its_own_is_dated_with_its_whole(lang, text, expected):
    rows = pledge_candidates(text, published=None, lang=lang)
    assert [row["date"] for row in rows] == expected
    assert rows[1]["part_of"] == 0
