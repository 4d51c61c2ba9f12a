"""Pledge-row faults left open after session 15 (pledgefaults16).

(1) A country inside a purpose phrase fronted before the subject ("Dla Ukrainy rząd …", "На
відбудову України уряд …", "Pro Ukrajinu vláda …") is the one given to: never the owner of the
office after it, never the giver.
"""

from __future__ import annotations

import pytest

from tests.news.pledge_rows import rows_of

# (1) lang, sentence, the donor the sentence names (None: it names none; the row then has no
# donor or the home country of its language, said in its assumptions), the recipient
FRONTED_PURPOSE = [
    ("pl", "Dla Ukrainy rząd przeznaczy 40 mln zł na szkoły.", None, "UKR"),
    ("pl", "Na odbudowę mostów Ukrainy rząd przeznaczy 40 mln zł.", None, "UKR"),
    ("uk", "Для України уряд Польщі виділить 40 млн євро на мости.", "POL", "UKR"),
    ("uk", "На відбудову лікарень України уряд виділить 40 млн євро.", None, "UKR"),
    ("ru", "На восстановление Украины правительство выделит 40 млн евро.", None, "UKR"),
    ("ru", "Для Украины правительство Японии выделит 40 млн долларов.", "JPN", "UKR"),
    ("cs", "Pro Ukrajinu vláda vyčlení 40 milionů eur na školy.", None, "UKR"),
    ("sk", "Pre Ukrajinu vláda vyčlení 40 miliónov eur na nemocnice.", None, "UKR"),
    ("hr", "Za Ukrajinu vlada će izdvojiti 40 milijuna eura.", None, "UKR"),
    ("en", "For Ukraine's hospitals the government will allocate €40m.", None, "UKR"),
    ("de", "Für die Ukraine stellt die Regierung 40 Mio. Euro bereit.", None, "UKR"),
    ("lt", "Ukrainos atstatymui vyriausybė skirs 40 mln. eurų.", None, "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), FRONTED_PURPOSE)
def test_a_country_in_a_fronted_purpose_phrase_receives(lang, text, donor, recipient):
    [row] = rows_of(text, lang)
    assert row["recipient"] == recipient
    if donor is not None:
        assert row["donor"] == donor
    else:  # never the receiver: none, or an assumption the row says
        assert row["donor"] is None or "home-country" in row["assumptions"]


# (2) "X's aid to Y reached N": the possessor of the aid noun gives (Turkish too, by its owner's
# ending: "Almanya'nın … yardımı"); a verb of a sum reached makes the amount the aid given so
# far (cumulative, an allocation), a verb of a sum the aid came to an allocation whose basis the
# other words tell. lang, sentence, donor, basis
REACHED = [
    ("tr", "Hollanda'nın Ukrayna'ya yardımı 3 milyar avroya ulaştı.", "NLD", "cumulative"),
    ("tr", "Japonya'nın Ukrayna'ya insani yardımı 2 milyar doları buldu.", "JPN", "cumulative"),
    ("en", "Norway's support for Ukraine has reached NOK 40bn.", "NOR", "cumulative"),
    ("en", "Canada's aid to Ukraine amounted to more than C$4bn.", "CAN", "new"),
    ("en", "Canada's aid to Ukraine has so far amounted to C$4bn.", "CAN", "cumulative"),
    ("pl", "Pomoc Szwecji dla Ukrainy osiągnęła 3 mld euro.", "SWE", "cumulative"),
    ("pl", "W 2023 roku pomoc Szwecji dla Ukrainy wyniosła 3 mld euro.", "SWE", "new"),
    ("fr", "L'aide de la Belgique à l'Ukraine a atteint 2 milliards d'euros.", "BEL", "cumulative"),
    ("de", "Die Hilfe Österreichs für die Ukraine erreichte 1 Mrd. Euro.", "AUT", "cumulative"),
    ("de", "Die Hilfe Österreichs für die Ukraine belief sich auf 1 Mrd. Euro.", "AUT", "new"),
    ("uk", "Допомога Швеції Україні сягнула 3 млрд євро.", "SWE", "cumulative"),
    ("ru", "Помощь Японии Украине составила 2 млрд долларов.", "JPN", "new"),
    ("ru", "Помощь Японии Украине достигла 2 млрд долларов.", "JPN", "cumulative"),
    ("es", "La ayuda de Portugal a Ucrania alcanzó 300 millones de euros.", "PRT", "cumulative"),
    (
        "it",
        "L'aiuto della Grecia all'Ucraina ha raggiunto 200 milioni di euro.",
        "GRC",
        "cumulative",
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "basis"), REACHED)
def test_aid_that_reached_a_sum_is_given_by_its_owner(lang, text, donor, basis):
    [row] = rows_of(text, lang)
    assert (row["donor"], row["recipient"], row["measure"], row["basis"]) == (
        donor,
        "UKR",
        "allocation",
        basis,
    )


# a package's size, a deal reached, an owner's ending on another noun: no running total, no giver
NOT_REACHED = [
    ("en", "The package amounted to €500m, officials in Oslo said.", None),
    ("en", "Ministers reached an agreement on a €50bn facility for Ukraine.", None),
    ("tr", "Rusya'nın saldırılarına karşı Ukrayna'ya yardım 5 milyar avroyu buldu.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "not_donor"), NOT_REACHED)
def test_a_package_or_a_deal_reached_is_no_running_total(lang, text, not_donor):
    [row] = rows_of(text, lang)
    if not_donor is None:
        assert row["basis"] == "new"
    else:
        assert row["donor"] != not_donor


# (3) the agent of an act of war ("occupied by Russia", "оккупированные Россией", "von Russland
# besetzten") wages the war: never the giver, even in the instrumental or after an agent's word.
# lang, sentence naming the war's agent, the giver (JPN: from Japan)
WAR_AGENTS = [
    ("ru", "Оккупированные Россией районы получат 7 млн евро от Японии."),
    ("ru", "Захваченные Россией порты получат 7 млн евро от Японии."),
    ("uk", "Окуповані Росією громади отримають 7 млн євро від Японії."),
    ("uk", "Зруйновані Росією школи отримають 7 млн євро від Японії."),
    ("pl", "Miasta okupowane przez Rosję otrzymają 7 mln euro od Japonii."),
    ("en", "Towns occupied by Russia will receive €7m from Japan."),
    ("de", "Die von Russland zerstörten Schulen erhalten 7 Mio. Euro von Japan."),
    ("fr", "Les villes occupées par la Russie recevront 7 millions d'euros du Japon."),
    ("es", "Las ciudades ocupadas por Rusia recibirán 7 millones de euros de Japón."),
]


@pytest.mark.parametrize(("lang", "text"), WAR_AGENTS)
def test_the_agent_of_an_act_of_war_gives_nothing(lang, text):
    [row] = rows_of(text, lang)
    assert row["donor"] == "JPN"
    assert row["recipient"] != "JPN"


# an agent of giving keeps its role: "оказанная Германией" (given by Germany)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Помощь, оказанная Германией, составила 7 млн евро."),
        ("pl", "Sprzęt przekazany przez Niemcy jest wart 7 mln euro."),
        ("en", "Generators supplied by Germany are worth €7m."),
    ],
)
def test_an_agent_of_giving_still_gives(lang, text):
    [row] = rows_of(text, lang)
    assert row["donor"] == "DEU"


# (4) cue gaps. Announcing verbs of Swedish, Danish and Norwegian ("meddelade", "annoncerede",
# "kunngjorde") make a pledge as "announced" does, over a measure word after them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Finland meddelade att landet har avsatt 300 miljoner euro till Ukraina."),
        ("sv", "Finland tillkännagav att landet har avsatt 300 miljoner euro till Ukraina."),
        ("da", "Finland annoncerede, at landet har afsat 300 millioner euro til Ukraine."),
        ("nb", "Finland kunngjorde at landet har sendt utstyr for 300 millioner euro til Ukraina."),
        ("en", "Finland announced it has allocated €300m to Ukraine."),
    ],
)
def test_announced_money_is_pledged_in_the_nordic_languages(lang, text):
    [row] = rows_of(text, lang)
    assert (row["donor"], row["measure"]) == ("FIN", "pledge")


# Since-phrases: Greek "από το 2022", "από τον Φεβρουάριο του 2022"; the postpositions of
# Finnish ("vuodesta 2022 lähtien") and Turkish ("2022'den itibaren") after the date; Bulgarian
# "от … насам". The amount is a running total and the date no value date. lang, sentence
SINCE_PHRASES = [
    ("el", "Η Πορτογαλία έχει δώσει στην Ουκρανία 90 εκατ. ευρώ από τον Απρίλιο του 2022."),
    ("el", "Από το 2022 η Πορτογαλία έχει στείλει στην Ουκρανία 90 εκατ. ευρώ."),
    ("fi", "Viro on antanut Ukrainalle helmikuusta 2022 lähtien 90 miljoonaa euroa."),
    ("tr", "Macaristan, Mart 2022'den itibaren Ukrayna'ya 90 milyon avro yardım gönderdi."),
    ("bg", "От март 2022 г. насам Гърция е предоставила на Украйна 90 млн. евро."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_PHRASES)
def test_a_since_phrase_makes_a_running_total_and_no_value_date(lang, text):
    [row] = rows_of(text, lang)
    assert row["basis"] == "cumulative"
    assert not str(row["date"]).startswith("2022")


# a future's amount after "από τον Μάρτιο" (from March) keeps its own time: new
def test_a_greek_future_from_a_month_is_new():
    [row] = rows_of("Από τον Μάρτιο η Πορτογαλία θα δώσει στην Ουκρανία 9 εκατ. ευρώ.", "el")
    assert (row["measure"], row["basis"]) == ("pledge", "new")


# Bulgarian "през 2023 г." (in 2023) dates its amount by that year; Greek perfect "έχει διαθέσει"
# (has allocated) is an allocation
@pytest.mark.parametrize(
    ("lang", "text", "date", "measure"),
    [
        ("bg", "През 2023 г. Румъния предостави на Украйна 90 млн. евро.", "2023", "allocation"),
        ("bg", "Румъния предостави на Украйна 90 млн. евро през 2023 г.", "2023", "allocation"),
        ("el", "Η Ρουμανία έχει διαθέσει 90 εκατ. ευρώ στην Ουκρανία.", None, "allocation"),
    ],
)
def test_year_and_perfect_cues(lang, text, date, measure):
    [row] = rows_of(text, lang)
    assert row["measure"] == measure
    if date is not None:
        assert row["date"] == date


# A channel written after the organisation (Turkish and Finnish postpositions: "Dünya Bankası
# aracılığıyla", "Maailmanpankin kautta") pays the money out: the giver is the subject. lang,
# sentence, giver; the organisation alone as subject still gives
@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        ("tr", "Japonya, Dünya Bankası aracılığıyla Ukrayna'ya 10 milyon dolar verdi.", "JPN"),
        ("tr", "Norveç, AB kanalıyla Ukrayna'ya 10 milyon avro sağladı.", "NOR"),
        ("tr", "Kanada, UNICEF üzerinden Ukrayna'ya 10 milyon dolar gönderdi.", "CAN"),
        ("fi", "Maailmanpankin kautta Ruotsi antaa Ukrainalle 10 miljoonaa euroa.", "SWE"),
        ("tr", "Dünya Bankası Ukrayna'ya 10 milyon dolar verdi.", "WBG"),
    ],
)
def test_a_channel_after_its_organisation_gives_nothing(lang, text, donor):
    [row] = rows_of(text, lang)
    assert (row["donor"], row["recipient"]) == (donor, "UKR")


# "Year" abbreviated after a year ("2023 г.", "2023 r.") ends its sentence before a capital
# letter, unless a short date phrase opens the sentence with it: the next sentence's amount
# takes no date of the sentence before. lang, text, (donor, date) per row
@pytest.mark.parametrize(
    ("lang", "text", "rows"),
    [
        (
            "bg",
            "Румъния предостави на Украйна 30 млн. евро през 2023 г. Германия даде 60 млн. евро.",
            [("ROU", "2023"), ("DEU", "2025-03-01")],
        ),
        (
            "bg",
            "През 2023 г. Румъния предостави на Украйна 30 млн. евро.",
            [("ROU", "2023")],
        ),
        (
            "pl",
            "Rumunia przekazała Ukrainie 30 mln euro w 2023 r. Niemcy dały 60 mln euro.",
            [("ROU", "2023"), ("DEU", "2025-03-01")],
        ),
        (
            "ru",
            "Румыния передала Украине 30 млн евро в 2023 г. Германия выделила 60 млн евро.",
            [("ROU", "2023"), ("DEU", "2025-03-01")],
        ),
    ],
)
def test_a_year_abbreviation_ends_its_sentence(lang, text, rows):
    found = rows_of(text, lang)
    assert [(row["donor"], row["date"]) for row in found] == rows
