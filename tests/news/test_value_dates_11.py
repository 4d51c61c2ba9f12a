"""Value dates of pledge rows (issue 11): full dates keep their day in every language the
registry knows, a month is read when the language guess is wrong, "last year" words and "in the
year 2023" forms."""

from __future__ import annotations

from datetime import date

import pytest
from babel import Locale

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.dates import DATE_LANGUAGES, explicit_date

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
    # an ordinal ending or sign on the day before the month (en, fr, it, pt, es)
    ("on the 3rd of March 2025, Japan", "en", "2025-03-03"),
    ("on 21st December 2024 Tokyo", "en", "2024-12-21"),
    ("in March of 2024", "en", "2024-03"),
    ("le 1er mars 2025, la France", "fr", "2025-03-01"),
    ("il 1º marzo 2025 l'Italia", "it", "2025-03-01"),
    ("em 1º de março de 2025", "pt", "2025-03-01"),
    ("el 1.º de marzo de 2025", "es", "2025-03-01"),
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


@pytest.mark.parametrize("lang", DATE_LANGUAGES)
def test_every_cldr_month_name_in_a_full_date(lang):
    """Every wide month name CLDR gives (format and stand-alone) of every registry language,
    day first ("17 März 2023", "17. März 2023") or month first ("März 17, 2023"), with and
    without ``lang``; Croatian "listopad" (October) is Polish November without ``lang``."""
    months = Locale.parse(lang).months
    for context in ("format", "stand-alone"):
        for number in range(1, 13):
            name = months[context]["wide"][number]
            for text in (f"17 {name} 2023", f"17. {name} 2023", f"{name} 17, 2023"):
                assert explicit_date(text, PUBLISHED, lang) == f"2023-{number:02d}-17", text
                if not name.casefold().startswith("listopad"):
                    assert explicit_date(text, PUBLISHED, None) == f"2023-{number:02d}-17", text


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


# --- 2. a month is read when the language guess is wrong -------------------------------------

# (text, date) without ``lang``: the guess for the text is another language (Dutch ties with
# English on "in", Swedish with Polish and Croatian on "i"), the month is of the language the
# sentence's words lead with, or, in a full date, of any language naming it
GUESSED_WRONG = [
    ("Nederland gaf in december 100 miljoen euro aan Oekraïne.", "2024-12"),
    ("Sverige gav i december 100 miljoner kronor till Ukraina.", "2024-12"),
    ("Norge ga i desember 100 millioner kroner til Ukraina.", "2024-12"),
    ("Danmark gav i december 100 millioner kroner til Ukraine.", "2024-12"),
    ("In maart beloofde Noorwegen 40 miljoen euro aan Oekraïne.", "2025-03"),
    ("Danmark gav den 3. marts 2025 100 millioner kroner til Ukraine.", "2025-03-03"),
    ("Türkiye 3 Mart 2025 tarihinde Ukrayna'ya 100 milyon dolar verdi.", "2025-03-03"),
    ("Hrvatska je 3. ožujka 2025. odobrila 100 milijuna eura Ukrajini.", "2025-03-03"),
    ("Slovensko schválilo 3. marca 2025 balík 100 miliónov eur pre Ukrajinu.", "2025-03-03"),
    ("Sverige gav den 3 mars 2025 100 miljoner kronor till Ukraina.", "2025-03-03"),
    ("Η Ελλάδα ενέκρινε στις 3 Μαρτίου 2025 πακέτο 100 εκατομμυρίων ευρώ.", "2025-03-03"),
    ("България отпусна на 3 март 2025 г. 100 милиона евро за Украйна.", "2025-03-03"),
]


@pytest.mark.parametrize(("text", "expected"), GUESSED_WRONG)
def test_a_month_is_read_whatever_the_guess(text, expected):
    assert row_dates(text) == [expected]


# (lang, text, date) published 2024-11-04: the future words of the month's language count
FUTURE_GUESSED_WRONG = [
    ("nl", "Nederland zal in maart 100 miljoen euro aan Oekraïne geven.", "2025-03"),
    ("nl", "Nederland zal in juli 20 miljoen euro aan Oekraïne geven.", "2025-07"),
    ("nl", "In maart zal Nederland 100 miljoen euro aan Oekraïne geven.", "2025-03"),
    ("sv", "Sverige ska i mars ge 300 miljoner kronor till Ukraina.", "2025-03"),
    ("sv", "I mars ska Sverige skicka 500 miljoner kronor till Ukraina.", "2025-03"),
    ("sk", "V marci Slovensko pošle Ukrajine 5 miliónov eur.", "2025-03"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FUTURE_GUESSED_WRONG)
def test_a_future_month_is_ahead_whatever_the_guess(lang, text, expected):
    guessed = pledge_candidates(text, published="2024-11-04")
    stated = pledge_candidates(text, published="2024-11-04", lang=lang)
    assert [row["date"] for row in guessed] == [row["date"] for row in stated] == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Nederland gaf in december 100 miljoen euro aan Oekraïne.", "en", "2024-12"),
        ("Sverige gav i december 100 miljoner kronor till Ukraina.", "pl", "2024-12"),
        ("Zagreb je 3. ožujka 2025. odobrio paket.", "cs", "2025-03-03"),
        ("Ankara 3 Mart 2025 tarihinde", "de", "2025-03-03"),
    ],
)
def test_the_month_of_another_language(sentence, lang, expected):
    assert explicit_date(sentence, PUBLISHED, lang) == expected


# words that are months in a language the sentence does not show are no dates out of a full
# date: Dutch "leden" (members) is Czech January, "Mars" French and Swedish March, Turkish
# "Ocak" January, "Mart" Turkish March
@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("De leden van de NAVO gaven 100 miljoen euro aan Oekraïne.", "nl"),
        ("Mars Inc. pledged $5m to Ukraine.", "en"),
        ("The ministry cited the Mars 2025 mission.", "en"),
        ("Ocak Holding gave Ukraine $5m.", "en"),
        ("The Mart chain gave $2m to Ukraine.", "en"),
        ("L'Italia non ha mai dato 100 milioni di euro all'Ucraina.", "it"),
    ],
)
def test_a_word_of_the_sentence_is_no_month_of_another_language(sentence, lang):
    assert explicit_date(sentence, PUBLISHED, lang) is None
    assert row_dates(sentence) in ([], [PUBLISHED.isoformat()])


# --- 3. "last year" words and "in the year 2023" ---------------------------------------------

# (lang, sentence): a year named from the publication (2025-03-12): the year before
LAST_YEAR = [
    ("cs", "Česko loni poslalo Ukrajině 100 milionů korun."),
    ("cs", "Česká republika minulý rok věnovala Ukrajině 50 milionů korun."),
    ("cs", "V loňském roce dala Praha Ukrajině 20 milionů eur."),
    ("sk", "Slovensko minulý rok poslalo Ukrajine 5 miliónov eur."),
    ("sk", "Slovensko vlani poslalo Ukrajine 5 miliónov eur."),
    ("fi", "Suomi antoi viime vuonna Ukrainalle 50 miljoonaa euroa."),
    ("fi", "Ruotsi lahjoitti Ukrainalle viime vuonna 300 miljoonaa euroa."),
    ("ro", "România a trimis anul trecut Ucrainei 50 de milioane de euro."),
    ("hr", "Hrvatska je prošle godine poslala Ukrajini 5 milijuna eura."),
    ("hr", "Lani je Hrvatska Ukrajini dala 3 milijuna eura."),
    ("nb", "Norge ga i fjor Ukraina 1 milliard kroner."),
    ("da", "Danmark gav sidste år 1 mia. kroner til Ukraine."),
    ("da", "Danmark gav i fjor 1 mia. kroner til Ukraine."),
    ("tr", "Türkiye geçen yıl Ukrayna'ya 100 milyon dolar verdi."),
    ("tr", "Türkiye geçtiğimiz yıl Ukrayna'ya 50 milyon dolar verdi."),
    ("el", "Η Ελλάδα έδωσε πέρυσι 5 εκατ. ευρώ."),
    ("bg", "България даде миналата година 5 млн. евро."),
    ("ru", "Россия в прошлом году выделила 5 млн рублей."),
]


@pytest.mark.parametrize(("lang", "sentence"), LAST_YEAR)
def test_last_year_words(lang, sentence):
    assert explicit_date(sentence, PUBLISHED, lang) == "2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Česko loni poslalo Ukrajině 100 milionů korun.", "2024"),
        ("Suomi antoi viime vuonna Ukrainalle 50 miljoonaa euroa.", "2024"),
        ("Hrvatska je prošle godine poslala Ukrajini 5 milijuna eura.", "2024"),
        ("Norge ga i fjor Ukraina 1 milliard kroner.", "2024"),  # guessed Polish
        ("Danmark gav sidste år 1 mia. kroner til Ukraine.", "2024"),
        ("Türkiye geçen yıl Ukrayna'ya 100 milyon dolar verdi.", "2024"),
        ("România a trimis anul trecut Ucrainei 50 de milioane de euro.", "2024"),
    ],
)
def test_pledge_rows_of_last_year(text, expected):
    assert row_dates(text) == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Lani Smith said Germany gave $5m.", "en"),  # a name, not Croatian "lani"
        ("Lani Smith said Germany gave $5m.", None),
        ("Seit dem Vorjahr gab Berlin 3 Mrd. Euro.", "de"),
        ("Od loni poslalo Česko Ukrajině 100 milionů korun.", "cs"),  # since last year
    ],
)
def test_no_last_year(sentence, lang):
    assert explicit_date(sentence, PUBLISHED, lang) is None


# (lang, sentence, year): a year after a word or phrase for "in (the year)"
IN_THE_YEAR = [
    ("de", "Deutschland gab im Jahr 2023 100 Millionen Euro.", "2023"),
    ("de", "Im Jahre 2022 sagte Berlin 2 Mrd. Euro zu.", "2022"),
    ("en", "In the year 2023 Japan gave $1bn.", "2023"),
    ("es", "España dio en el año 2023 100 millones de euros.", "2023"),
    ("es", "España dio en 2023 100 millones de euros.", "2023"),
    ("pt", "Portugal enviou no ano de 2023 20 milhões de euros.", "2023"),
    ("it", "L'Italia ha dato nell'anno 2023 100 milioni di euro.", "2023"),
    ("fr", "La France a donné en l'an 2023 100 millions d'euros.", "2023"),
    ("nl", "Nederland gaf in het jaar 2023 100 miljoen euro.", "2023"),
    ("pl", "Polska przekazała w roku 2023 Ukrainie 100 mln zł.", "2023"),
    ("cs", "Česko v roce 2023 poslalo Ukrajině 100 milionů korun.", "2023"),
    ("sk", "Slovensko v roku 2023 poslalo Ukrajine 5 miliónov eur.", "2023"),
    ("ro", "România a trimis în anul 2023 50 de milioane de euro.", "2023"),
    ("sv", "Sverige gav under år 2023 300 miljoner kronor.", "2023"),
    ("fi", "Suomi antoi vuonna 2023 Ukrainalle 50 miljoonaa euroa.", "2023"),
    ("hr", "Hrvatska je u 2023. poslala 5 milijuna eura.", "2023"),
    ("da", "Danmark gav i 2023 1 mia. kroner.", "2023"),
    ("uk", "Німеччина у 2023 році надала Україні 100 млн євро.", "2023"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), IN_THE_YEAR)
def test_in_the_year(lang, sentence, expected):
    assert explicit_date(sentence, PUBLISHED, lang) == expected
    assert explicit_date(sentence, PUBLISHED, None) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Seit dem Jahr 2022 gab Berlin 3 Mrd. Euro.", "de"),
        ("Desde el año 2022 España dio 100 millones de euros.", "es"),
        ("Od roku 2022 Polska przekazała 100 mln zł.", "pl"),
        ("Das Jahr 2023 war teuer.", "de"),  # a year word without "in"
    ],
)
def test_no_value_year(sentence, lang):
    assert explicit_date(sentence, PUBLISHED, lang) is None


def test_in_the_year_dates_the_pledge_row():
    text = "Deutschland gab im Jahr 2023 100 Millionen Euro an die Ukraine."
    assert row_dates(text) == row_dates(text, "de") == ["2023"]
    text = "Polska przekazała w roku 2023 Ukrainie 100 mln zł."
    assert row_dates(text) == ["2023"]
