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
