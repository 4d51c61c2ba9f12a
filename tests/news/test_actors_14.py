"""Who gives, who gets and when, from the faults of a new-user trial (issue 14, F2–F4, F9–F12).

Each rule is tested with sentences of the project's own in several languages, none of them a
sentence of the trial's articles.
"""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.donors import find_actors

PUBLISHED = "2025-03-01"


def _rows(text: str, lang: str) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# F2: an office of no named country is the press's home country's (an assumption), not the
# country of the sentence before: not the EU's, not the country the text's money goes to.
HOME_OFFICES = [
    (
        "es",
        "La Unión Europea anunció 50 millones de euros para Ucrania. El Gobierno explicó que "
        "Moldavia recibirá 3 millones de euros.",
        "ESP",
    ),
    (
        "it",
        "La Commissione europea ha stanziato 40 milioni di euro per la Siria. Il governo ha "
        "precisato che la Giordania riceverà 2 milioni di euro.",
        "ITA",
    ),
    (
        "nl",
        "Oekraïne besteedt 5 miljard hryvnja aan wegen. Het kabinet stelt daarnaast 20 miljoen "
        "euro beschikbaar.",
        "NLD",
    ),
    ("ja", "政府は、モルドバに対し500万ドルの支援を行うと発表した。", "JPN"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), HOME_OFFICES)
def test_an_office_of_no_named_country_is_the_home_countrys(lang, text, donor):
    row = _rows(text, lang)[-1]
    assert row["donor"] == donor
    assert "home-country" in row["assumptions"]
    assert "the press's own" in row["evidence"]


def test_an_office_after_a_named_giver_stays_that_givers():
    (row,) = _rows("Norge ger Ukraina stöd. Regeringen lovar 500 miljoner kronor.", "sv")
    assert row["donor"] == "NOR"
    assert "home-country" not in row["assumptions"]


# F4: a country where something happens ("in Poland", "din Grecia", "Ankara'da") or that
# opens an organisation's name ("Polska Misja Medyczna") is no giver.
LOCATED = [
    ("en", "The Red Cross received 2 million euros for flood victims in Poland.", "POL"),
    (
        "nl",
        "Het Rode Kruis kreeg 3 miljoen euro voor slachtoffers van de overstroming in Polen.",
        "POL",
    ),
    ("ro", "Guvernul a aprobat 1 milion de lei pentru victimele inundațiilor din Grecia.", "GRC"),
    ("tr", "AFAD, Lübnan'daki mültecilere 10 milyon lira değerinde yardım gönderdi.", "LBN"),
]


@pytest.mark.parametrize(("lang", "text", "place"), LOCATED)
def test_a_country_where_the_helped_are_is_no_giver(lang, text, place):
    (row,) = _rows(text, lang)
    assert row["donor"] != place
    assert row["recipient"] == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Destek, 6 Mart 2025'te Ankara'da düzenlenen törenle duyuruldu."),
        ("tr", "Toplantı Almanya'da yapıldı."),
    ],
)
def test_a_turkish_locative_names_no_actor(lang, text):
    assert [a.code for a in find_actors(text, lang)] == []


def test_a_sentence_without_an_amount_naming_a_venue_keeps_the_carried_giver():
    text = (
        "Avrupa Birliği, Suriye'ye 300 milyon avro destek verdi. Destek, Ankara'da düzenlenen "
        "törenle duyuruldu. Bunun yanında 20 milyon avro daha verilecek."
    )
    assert [r["donor"] for r in _rows(text, "tr")] == ["EU", "EU"]


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("tr", "AFAD, Lübnan'a 5 milyon lira değerinde yardım gönderdi.", "TUR"),
        ("tr", "Dünya Bankası 500 milyon dolarlık bir kredi onayladı.", "WBG"),
    ],
)
def test_turkish_agencies_and_banks_give(lang, text, donor):
    (row,) = _rows(text, lang)
    assert row["donor"] == donor


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("pl", "Polska Misja Medyczna otrzyma 2 mln zł na pomoc dla Libanu.", "POL"),
        ("it", "Italia Solidale Onlus riceverà 3 milioni di euro per il Libano.", "ITA"),
        ("nl", "Nederland Helpt Direct ontvangt 2 miljoen euro voor Libanon.", "NLD"),
    ],
)
def test_a_country_opening_an_organisations_name_is_no_actor(lang, text, country):
    # the organisation receives; the country its name opens neither gives nor receives, and
    # the place after a word of receiving is where the money goes, not who gives it
    (row,) = _rows(text, lang)
    assert (row["donor"], row["recipient"]) == (None, "LBN")


def test_a_name_opening_an_organisations_name_in_english():
    (row,) = _rows("The Kenya Red Cross received 2 million dollars for drought victims.", "en")
    assert (row["donor"], row["recipient"]) == (None, None)


# F10: a total promised by several, in a passive or impersonal form, has no single donor.
COLLECTIVE = [
    ("it", "Alla conferenza di Bruxelles sono stati promessi complessivamente 5 miliardi di euro."),
    ("ro", "La reuniunea de la Berlin s-au promis în total 3 miliarde de euro pentru Moldova."),
    ("uk", "Молдова отримала від партнерів понад 2 млрд доларів."),
    ("tr", "Brüksel'deki bağışçılar konferansında toplam 6 milyar avro taahhüt edildi."),
]


@pytest.mark.parametrize(("lang", "text"), COLLECTIVE)
def test_a_total_promised_by_many_has_no_donor(lang, text):
    rows = _rows("Italia ha dato 5 milioni di euro. " + text if lang == "it" else text, lang)
    row = rows[-1]
    assert (row["donor"], row["donor_from"]) == (None, "collective")


def test_a_venue_after_a_meeting_noun_and_its_noun_is_no_recipient():
    text = (
        "L'Italia darà 10 milioni di euro al Libano. Alla conferenza dei donatori di Parigi "
        "sono stati promessi complessivamente 900 milioni di euro."
    )
    assert _rows(text, "it")[-1]["recipient"] != "FRA"


# F11: the country whose rebuilding or fund the money is for receives it.
@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("nl", "Nederland trekt 50 miljoen euro uit voor de wederopbouw van Moldavië.", "MDA"),
        ("nl", "België geeft 10 miljoen euro aan het noodfonds van Libanon.", "LBN"),
    ],
)
def test_the_country_of_a_purpose_receives(lang, text, recipient):
    (row,) = _rows(text, lang)
    assert row["recipient"] == recipient
    assert row["donor"] != recipient


# F9: a later item's giver ("…, Portugal con 5 millones") receives nothing; a Japanese phrase
# opened by a country and ended by a particle of receiving names the receiver.
@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("it", "La Spagna si è impegnata con 20 milioni di euro, il Belgio con 5 milioni.", "BEL"),
        ("es", "España aportó 20 millones de euros, Portugal con 5 millones.", "PRT"),
    ],
)
def test_a_later_items_giver_is_no_recipient(lang, text, second):
    assert _rows(text, lang)[0]["recipient"] != second


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("日本はウクライナに1億ドルを供与する。レバノンの危機に対し、500万ドルを拠出する。", "LBN"),
        ("日本はウクライナに1億ドルを供与する。ガザ地区の復興のため、200万ドルを拠出する。", "PSE"),
    ],
)
def test_a_japanese_phrase_opened_by_a_country_names_the_receiver(text, recipient):
    rows = _rows(text, "ja")
    assert [r["recipient"] for r in rows] == ["UKR", recipient]


def test_a_recipient_carried_with_the_giver_is_said():
    rows = _rows(
        "Tyskland gav 100 miljoner euro till Ukraina. Därtill kommer 5 miljoner euro.", "sv"
    )
    assert rows[-1]["recipient"] == "UKR"
    assert "from an earlier sentence" in rows[-1]["evidence"]


# F12: "the same day" is the day of the earlier sentence, not the publication's.
SAME_DAY = [
    ("en", "Germany pledged €3bn on 12 February 2025. France gave €1bn on the same day."),
    (
        "nl",
        "Polen gaf op 12 februari 2025 1 miljard euro. Italië gaf dezelfde dag 9 miljoen euro.",
    ),
    (
        "sv",
        "Danmark gav 1 miljard euro den 12 februari 2025. Finland gav samma dag 2 miljoner euro.",
    ),
    (
        "de",
        "Am 12. Februar 2025 sagte Polen 1 Mrd. Euro zu. Frankreich gab am selben Tag 5 Mio. Euro.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_DAY)
def test_the_same_day_is_the_earlier_sentences_day(lang, text):
    rows = _rows(text, lang)
    assert [r["date"] for r in rows] == ["2025-02-12", "2025-02-12"]
    assert "the same day" in rows[-1]["evidence"]


def test_the_same_day_with_no_earlier_day_is_the_publication():
    (row,) = _rows("France announced €1bn for Ukraine on the same day.", "en")
    assert row["date"] == PUBLISHED


# F3: a crown read as the press's own currency is no earlier giver's of another currency.
@pytest.mark.parametrize(
    ("lang", "text", "home"),
    [
        (
            "sv",
            "Norge ger 1 miljard norska kronor till Ukraina. Stödpaketet på 2 miljarder kr ingår "
            "inte i beloppet.",
            "SWE",
        ),
        (
            "da",
            "Norge giver 1 milliard norske kroner til Ukraine. Pakken på 500 mio. kr. er ny.",
            "DNK",
        ),
    ],
)
def test_the_home_currency_is_no_carried_givers_of_another(lang, text, home):
    row = _rows(text, lang)[-1]
    assert (row["donor"], row["donor_from"]) == (home, "home currency")
    assert "home-country" in row["assumptions"]


# A pasted table's row whose label is the place a prose row's money goes to, with the same
# amount, restates that prose row (its label the recipient), whatever its header.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Norway gives 40 million euros to Moldova. Sweden gives 3 million euros to Chad.\n"
            "Purpose | Amount\nMoldova | 40 million euros\nChad | 3 million euros",
        ),
        (
            "pl",
            "Polska przekaże Mołdawii 40 mln zł na szkoły. Czechy dadzą Libanowi 2 mln euro.\n"
            "Cel | Kwota\nMołdawia | 40 mln zł\nLiban | 2 mln euro",
        ),
    ],
)
def test_a_table_row_labelled_by_a_prose_rows_recipient_restates_it(lang, text):
    rows = _rows(text, lang)
    assert len(rows) == 4
    for table_row, prose in ((rows[2], 0), (rows[3], 1)):
        assert table_row["duplicate_of"] == prose
        assert (table_row["donor"], table_row["recipient"]) == (
            rows[prose]["donor"],
            rows[prose]["recipient"],
        )


# F12: a sentence without amounts, opening with an aid noun and stating a day, dates the
# rows of the sentence before it that state none ("The package was announced on …").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Japonya, Çad'a 5 milyon dolar verecek. Destek, 3 Şubat 2025'te açıklandı."),
        ("en", "Japan will give $5 million to Chad. The package was announced on 3 February 2025."),
        ("de", "Japan gibt dem Tschad 5 Mio. Euro. Die Hilfe wurde am 3. Februar 2025 verkündet."),
    ],
)
def test_a_day_in_the_next_sentence_about_the_aid_dates_it(lang, text):
    (row,) = _rows(text, lang)
    assert row["date"] == "2025-02-03"
    assert "by the next sentence" in row["evidence"]


def test_a_day_in_a_next_sentence_about_something_else_dates_nothing():
    (row,) = _rows("Japan will give $5 million to Chad. Talks began on 3 February 2025.", "en")
    assert row["date"] == PUBLISHED
