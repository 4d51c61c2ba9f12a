"""The trial 15 faults in counting (F6, F7, F8, F10) and Finnish counts in case forms (F12).

F6: a part opened by a phrase of its language ("От тях", "от които", "Heraf") is linked to its
package, never counted twice, and takes the package's date. F7: a running total carried from an
earlier sentence is not the basis of another giver's money, nor of money the sentence calls a
new package. F8: "raise the framework to N" sets a whole's new level: cumulative, no new money
("raised its aid to €8bn, after €5bn last year" names no whole: a year's amount, new). F10: a
month after a "since" word starts a running period; it is no statement's date. F12: Finnish
number words in the genitive or illative before a scale word of the same case are read.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.parsing import parse_amount
from aidcalc.words import LANGUAGES, NEWS_LANGUAGES

PUBLISHED = datetime.date(2025, 3, 1)


def rows(text: str, lang: str) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# --- F6: every news language has its part phrases; a part is linked and dated as its package


@pytest.mark.parametrize("lang", NEWS_LANGUAGES)
def test_every_news_language_has_part_phrases(lang):
    assert getattr(LANGUAGES[lang], "PART_BEFORE", ()), f"{lang} has no PART_BEFORE"


PARTS = [
    (
        "bg",
        "На 12 януари 2025 г. кабинетът одобри помощ от 8 млн. лв. за Молдова. "
        "От тях 5 млн. лв. отиват за отопление.",
    ),
    (
        "bg",
        "На 12 януари 2025 г. кабинетът одобри помощ от 8 млн. лв. за Молдова, "
        "от които 3 млн. лв. за училища.",
    ),
    (
        "bg",
        "На 12 януари 2025 г. кабинетът одобри помощ от 8 млн. лв. за Молдова. "
        "От сумата 2 млн. лв. са за храни.",
    ),
    (
        "da",
        "Den 12. januar 2025 gav Danmark 8 mio. kr. til Moldova. Heraf går 5 mio. kr. til varme.",
    ),
    (
        "hr",
        "Hrvatska je 12. siječnja 2025. odobrila 8 milijuna eura Moldaviji. "
        "Od toga je 5 milijuna eura za grijanje.",
    ),
]


@pytest.mark.parametrize("lang,text", PARTS)
def test_a_part_is_linked_to_its_package_and_dated_as_it(lang, text):
    found = rows(text, lang)
    assert len(found) == 2, found
    whole, part = found
    assert whole["part_of"] is None
    assert part["part_of"] == 0
    assert part["date"] == whole["date"] != PUBLISHED.isoformat()
    assert part["value"] < whole["value"]


# --- F7: a carried running total is no basis of another giver's or of a new package's money

NEW_AFTER_TOTAL = [
    (
        "bg",
        "България е дала общо над 300 млн. лв. на Украйна от началото на войната. "
        "Европейският съюз обяви нов пакет от 2 млрд. евро за Украйна.",
    ),
    (
        "bg",
        "Според министерството България е предоставила над 200 млн. лв. от началото на войната. "
        "Германия отпусна 300 милиона евро за Украйна.",
    ),
    (
        "bg",
        "България е дала общо над 300 млн. лв. на Украйна от началото на войната. "
        "Тя обяви нов пакет от 15 млн. лв. за Украйна.",
    ),
    (
        "nb",
        "Norge har til sammen gitt 10 milliarder kroner. "
        "Regjeringen la fram en ny pakke på 2 milliarder kroner.",
    ),
]


@pytest.mark.parametrize("lang,text", NEW_AFTER_TOTAL)
def test_a_new_giver_or_a_new_package_is_new_money(lang, text):
    found = rows(text, lang)
    assert [r["basis"] for r in found] == ["cumulative", "new"], found


# --- F8: a new level set for a programme is cumulative, with or without "from"

RAISED_TO = [
    ("nb", "Stortinget vedtok i desember å øke rammen til 135 milliarder kroner."),
    ("da", "Folketinget besluttede at hæve rammen til 80 mia. kroner."),
    ("sv", "Riksdagen beslutade att höja ramen till 75 miljarder kronor."),
    ("de", "Der Bundestag beschloss, den Rahmen auf 135 Mrd. Euro zu erhöhen."),
    ("de", "Die Regierung erhöht den Rahmen für die Ukraine auf 8 Mrd. Euro."),
    ("en", "Parliament voted to raise the envelope to 135 billion euros."),
    ("en", "Germany raised the fund from €5bn to €8bn."),
    ("fr", "Paris relève l'enveloppe à 3 milliards d'euros."),
    ("es", "El Gobierno aumentó el fondo para Ucrania a 500 millones de euros."),
    # a pledge or commitment raised to an amount: the pledge's new size (session 23: "raised
    # its pledge by €2m to €5m" was a new €5m, counted on top of the pledge it raised)
    ("en", "Germany raised its pledge by €2m to €5m."),
    ("en", "Japan increased its commitment to $4.5bn."),
    ("de", "Deutschland erhöhte seine Zusage auf 5 Mio. Euro."),
    ("de", "Die Bundesregierung will ihre Zusage auf 5 Mio. Euro erhöhen."),
    ("fr", "La France a porté son engagement à 5 millions d'euros."),
    ("es", "España elevó su compromiso a 5 millones de euros."),
    ("sv", "Sverige höjde sitt åtagande till 5 miljoner kronor."),
    ("da", "Danmark hævede sit tilsagn til 5 mio. kr."),
    # Polish and Ukrainian (user trial 23: counted as new money)
    ("pl", "Litwa zwiększyła swoje zobowiązanie do 5 mln euro."),
    ("pl", "Niemcy podniosły swoją deklarację do 5 mln euro."),
    ("uk", "Литва збільшила свої зобов'язання до 5 млн євро."),
    # the Danish and Norwegian perfect (probe 24b)
    ("da", "Danmark har hævet sit tilsagn til Ukraine til 5 mia. kr."),
    ("nb", "Norge har økt tilsagnet til Ukraina til 5 milliarder kroner."),
]


@pytest.mark.parametrize("lang,text", RAISED_TO)
def test_raising_a_framework_to_an_amount_is_no_new_money(lang, text):
    found = rows(text, lang)
    assert found and found[-1]["basis"] == "cumulative", found


# A pledge raised to an amount with its recipient and the change (or the value before) in the
# frame: each amount counts as one word, whatever its spelling, and the frame holds up to ten
# (session 24: each was a new 5 million, counted on top of the pledge it raised; the change
# "um 2 Mio. Euro" broke the frame at "Mio.", "to Ukraine by €2m" made it too long)
RAISED_WITH_CHANGE = [
    ("en", "Germany raised its pledge to Ukraine by €2m to €5m."),
    ("en", "Germany raised its pledge to Ukraine from €3m to €5m."),
    (
        "en",
        "Germany raised its total commitment for Ukraine this year by €2.5 million to €5 million.",
    ),
    ("de", "Deutschland erhöhte seine Zusage für die Ukraine um 2 Mio. Euro auf 5 Mio. Euro."),
    ("de", "Deutschland stockte seine Zusage von 3 Mio. Euro auf 5 Mio. Euro auf."),
    ("fr", "La France a porté son engagement envers l'Ukraine de 2 millions à 5 millions d'euros."),
    ("fr", "La France a relevé sa promesse de 2 millions d'euros à 5 millions d'euros."),
    ("es", "España elevó su promesa a Ucrania en 2 millones hasta 5 millones de euros."),
    ("es", "España elevó su compromiso con Ucrania de 2 millones a 5 millones de euros."),
    ("pl", "Polska zwiększyła swoje zobowiązanie wobec Ukrainy o 2 mln euro do 5 mln euro."),
    ("uk", "Польща збільшила свої зобов'язання на 2 млн євро до 5 млн євро."),
    # probe 24: a passive, other verbs, other tenses and languages
    ("en", "Germany's pledge to Ukraine was raised by €2m to €5m."),
    ("en", "Germany upped its pledge to Ukraine by €2m to €5m."),
    ("en", "Germany topped up its pledge to Ukraine by €2m to €5m."),
    (
        "es",
        "España ha aumentado su compromiso con Ucrania en 2 millones hasta 5 millones de euros.",
    ),
    ("es", "España incrementó su promesa a Ucrania en 2 millones hasta 5 millones de euros."),
    (
        "it",
        "L'Italia ha aumentato il suo impegno per l'Ucraina di 2 milioni di euro a 5 milioni.",
    ),
    (
        "pt",
        "Portugal aumentou o seu compromisso com a Ucrânia em 2 milhões para 5 milhões de euros.",
    ),
    ("cs", "Česko zvýšilo svůj závazek vůči Ukrajině o 2 miliony eur na 5 milionů eur."),
    # a passive with no change (probe 24b)
    ("en", "Germany's pledge to Ukraine was raised to €5m."),
    ("en", "Germany's pledge to Ukraine has been topped up to €5m."),
]


@pytest.mark.parametrize("lang,text", RAISED_WITH_CHANGE)
def test_a_pledge_raised_by_a_change_to_an_amount_is_its_new_size(lang, text):
    for told in (lang, None):
        found = rows(text, told)
        assert [(r["value"], r["basis"]) for r in found] == [(5e6, "cumulative")], found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany raised its aid to Ukraine from €3m to €5m."),
        ("de", "Deutschland erhöhte seine Hilfe für die Ukraine um 2 Mio. Euro auf 5 Mio. Euro."),
        # a meeting named by the plural of a level noun raises no whole (probe 24b)
        (
            "pt",
            "Na conferência de promessas Portugal aumentou a ajuda para 5 milhões de euros.",
        ),
        (
            "cs",
            "Na dárcovské konferenci o příslibech Česko navýšilo pomoc Ukrajině na 5 milionů eur.",
        ),
        ("en", "Following Germany's pledge last week Italy raised aid to Ukraine to €5m."),
        ("en", "Germany's aid to Ukraine was raised to €5m."),
        ("es", "España aumentó su ayuda a Ucrania en 2 millones hasta 5 millones de euros."),
    ],
)
def test_aid_raised_by_a_change_to_an_amount_stays_a_years_amount(lang, text):
    assert [(r["value"], r["basis"]) for r in rows(text, lang)] == [(5e6, "new")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany raised €2bn to help Ukraine."),
        ("en", "Germany will increase support by up to €5bn."),
        ("en", "Germany raised its aid to Ukraine to €8bn, after €5bn last year."),
        ("de", "Deutschland erhöht die Hilfe auf 8 Mrd. Euro, nach 5 Mrd. Euro im Vorjahr."),
        ("de", "Deutschland gibt 3 Mrd. Euro für die Ukraine."),
        ("nb", "Norge gir 2 milliarder kroner til Ukraina."),
        ("pl", "Polska zwiększyła pomoc do 5 mln zł."),
        ("uk", "Німеччина збільшила допомогу до 5 млн євро."),
    ],
)
def test_money_given_or_added_stays_new(lang, text):
    assert [r["basis"] for r in rows(text, lang)] == ["new"]


# --- F10: "since <month year>" is no statement's date

SINCE_LANGUAGES_AFTER = {"fi", "tr"}  # "helmikuusta 2022 lähtien", "Şubat 2022'den beri"


@pytest.mark.parametrize("lang", sorted(set(NEWS_LANGUAGES) - SINCE_LANGUAGES_AFTER))
def test_every_news_language_writing_since_before_the_date_has_its_word(lang):
    assert getattr(LANGUAGES[lang], "SINCE", ()), f"{lang} has no SINCE"


SINCE = [
    ("da", "Danmark har samlet givet over 68 mia. kroner til Ukraine siden februar 2022."),
    ("nb", "Norge har siden februar 2022 gitt over 10 milliarder kroner til Ukraina."),
    ("bg", "България е предоставила над 100 млн. лева на Украйна от февруари 2022 г."),
    ("hr", "Hrvatska je od veljače 2022. dala više od 100 milijuna eura Ukrajini."),
    ("sv", "Sverige har sedan februari 2022 gett 40 miljarder kronor till Ukraina."),
    ("de", "Deutschland hat seit Februar 2022 über 30 Mrd. Euro an die Ukraine gegeben."),
]


@pytest.mark.parametrize("lang,text", SINCE)
def test_a_month_after_since_is_no_date_of_the_row(lang, text):
    (row,) = rows(text, lang)
    assert row["date"] == PUBLISHED.isoformat()
    dated = rows(text.replace(SINCE_WORD[lang], IN_WORD[lang], 1), lang)
    assert dated and dated[0]["date"] == "2022-02"


SINCE_WORD = {"da": "siden", "nb": "siden", "bg": "от", "hr": "od", "sv": "sedan", "de": "seit"}
IN_WORD = {"da": "i", "nb": "i", "bg": "през", "hr": "u", "sv": "i", "de": "im"}


# --- F12: Finnish counts in the genitive and illative before a scale word


@pytest.mark.parametrize(
    "text,value",
    [
        ("yli kolmen miljardin euron", 3 * 10**9),
        ("kahden miljoonan euron", 2 * 10**6),
        ("viiden miljoonan euron", 5 * 10**6),
        ("kolmeen miljardiin euroon", 3 * 10**9),
        ("sadan miljoonan euron", 100 * 10**6),
    ],
)
def test_finnish_counts_in_case_forms_before_a_scale(text, value):
    amount = parse_amount(text, lang="fi")
    assert (amount.value, amount.currency) == (Decimal(value), "EUR")


@pytest.mark.parametrize(
    "text",
    [
        # the pledge's size before the raise, named in the frame: a level too, no new money
        # (probe 24: €3m and €2m counted as new)
        "Germany raised its pledge of €3m to Ukraine by €2m to €5m.",
        "Germany raised its €3m pledge to Ukraine by €2m to €5m.",
        "Deutschland erhöhte seine Zusage von 3 Mio. Euro um 2 Mio. Euro auf 5 Mio. Euro.",
    ],
)
def test_a_pledge_s_size_before_its_raise_is_no_new_money(text):
    found = rows(text, None)
    assert [(r["value"], r["basis"]) for r in found] == [(3e6, "cumulative"), (5e6, "cumulative")]


def test_money_given_before_a_raise_in_the_same_clause_stays_new():
    found = rows("Germany gave €3m in January and raised its pledge to €5m.", "en")
    assert [(r["value"], r["basis"]) for r in found] == [(3e6, "new"), (5e6, "cumulative")]
