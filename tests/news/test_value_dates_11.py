"""Value dates of pledge rows (issue 11): full dates keep their day in every language the
registry knows, a month is read when the language guess is wrong, "last year" words and "in the
year 2023" forms."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import explicit_date

PUBLISHED = date(2025, 3, 12)


def row_dates(text: str, lang: str | None = None) -> list[str | None]:
    return [row["date"] for row in pledge_candidates(text, published=PUBLISHED, lang=lang)]


# --- 1. a full date keeps its day ------------------------------------------------------------

FULL_DATES = [
    # a link word between the day, the month and the year (es, pt)
    ("España aprobó el 3 de marzo de 2025 un paquete", "es", "2025-03-03"),
    ("El Gobierno anunció el 14 de noviembre de 2024 la ayuda", "es", "2024-11-14"),
    ("el 3 de marzo del 2024 se firmó", "es", "2024-03-03"),
    ("el 3 de marzo", "es", "2025-03-03"),
    ("el 28 de febrero", "es", "2025-02-28"),
    ("el 20 de diciembre", "es", "2024-12-20"),  # after March: the year before
    ("Portugal aprovou em 3 de março de 2025 um pacote", "pt", "2025-03-03"),
    ("a 9 de Outubro de 2024 o Governo", "pt", "2024-10-09"),
    ("em 3 de março", "pt", "2025-03-03"),
    # languages of the registry that are no news languages (da, tr, el, bg)
    ("Regeringen besluttede den 3. marts 2025", "da", "2025-03-03"),
    ("Folketinget vedtog den 12. december 2024", "da", "2024-12-12"),
    ("Türkiye 3 Mart 2025 tarihinde", "tr", "2025-03-03"),
    ("Ankara 15 Kasım 2024 günü", "tr", "2024-11-15"),
    ("Η Ελλάδα ενέκρινε στις 3 Μαρτίου 2025", "el", "2025-03-03"),
    ("Στις 21 Νοεμβρίου 2024 η Αθήνα", "el", "2024-11-21"),
    ("България отпусна на 3 март 2025 г.", "bg", "2025-03-03"),
    ("на 18 ноември 2024 г. София", "bg", "2024-11-18"),
    ("Stortinget vedtok 3. mars 2025", "nb", "2025-03-03"),
    # news languages with the day before the month
    ("Hrvatska je 3. ožujka 2025. odobrila", "hr", "2025-03-03"),
    ("Slovensko schválilo 3. marca 2025 balík", "sk", "2025-03-03"),
    ("Sverige gav den 3 mars 2025", "sv", "2025-03-03"),
]


@pytest.mark.parametrize(("sentence", "lang", "expected"), FULL_DATES)
def test_full_dates_keep_the_day(sentence, lang, expected):
    assert explicit_date(sentence, PUBLISHED, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "España aprobó el 3 de marzo de 2025 un paquete de 1.000 millones de euros para "
            "Ucrania.",
            "es",
            "2025-03-03",
        ),
        (
            "Portugal aprovou em 3 de março de 2025 um pacote de 100 milhões de euros para a "
            "Ucrânia.",
            "pt",
            "2025-03-03",
        ),
        ("Danmark gav den 3. marts 2025 100 millioner kroner til Ukraine.", "da", "2025-03-03"),
        ("Türkiye 3 Mart 2025 tarihinde Ukrayna'ya 100 milyon dolar verdi.", "tr", "2025-03-03"),
        (
            "Η Ελλάδα ενέκρινε στις 3 Μαρτίου 2025 πακέτο 100 εκατομμυρίων ευρώ για την Ουκρανία.",
            "el",
            "2025-03-03",
        ),
        ("България отпусна на 3 март 2025 г. 100 милиона евро за Украйна.", "bg", "2025-03-03"),
    ],
)
def test_pledge_rows_keep_the_day(text, lang, expected):
    assert row_dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("de 2025", "es"),  # a link word alone is no date
        ("3 de los 10 paquetes", "es"),  # a day and a link word without a month
        ("desde el 3 de marzo de 2024", "es"),  # the start of a running total
    ],
)
def test_link_words_alone_are_no_date(sentence, lang):
    assert explicit_date(sentence, PUBLISHED, lang) is None
