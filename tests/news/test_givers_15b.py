"""Turkish and Russian givers (round 15b): the Turkish i's in country names, the measure of a
Turkish verb, the instrumental as the agent in Russian and Ukrainian.

Every sentence is the project's own, written for these tests.
"""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.places import find_places, fold

PUBLISHED = "2025-03-01"


def _row(text: str, lang: str) -> dict:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert len(rows) == 1, rows
    return rows[0]


# "İ" casefolds to "i" and a combining dot, and the press writes "I" or "ı" for it: a name
# with a capital dotted İ (İsveç, İtalya, İspanya, İran, İrlanda) is found in any spelling,
# with or without a case ending after the apostrophe.
DOTTED = [
    ("İsveç", "SWE"),
    ("Isveç", "SWE"),
    ("İSVEÇ", "SWE"),
    ("İtalya'nın", "ITA"),
    ("Italya'dan", "ITA"),
    ("İspanya'ya", "ESP"),
    ("İrlanda", "IRL"),
    ("İran'a", "IRN"),
    ("Irak'ta", "IRQ"),
    ("İngiltere'nin", "GBR"),
]


@pytest.mark.parametrize(("written", "code"), DOTTED)
def test_turkish_dotted_names_found(written: str, code: str) -> None:
    places = find_places(f"Açıklamayı {written} yaptı", "tr")
    assert [p.code for p in places] == [code]
    assert len(fold(written)) == len(written)  # offsets of folded words stay the text's


# The giver of a Turkish sentence: a name with a dotted capital, subject or ablative.
TR_GIVERS = [
    ("İsveç Ukrayna'ya 300 milyon kron bağışladı.", "SWE", "UKR"),
    ("Isveç, Moldova'ya 40 milyon kron verdi.", "SWE", "MDA"),
    ("İtalya Ukrayna'ya 150 milyon avro gönderdi.", "ITA", "UKR"),
    ("İspanya'dan Ukrayna'ya 60 milyon avro yardım geldi.", "ESP", "UKR"),
    ("İrlanda, Lübnan'a 5 milyon avro sağladı.", "IRL", "LBN"),
]


@pytest.mark.parametrize(("text", "donor", "recipient"), TR_GIVERS)
def test_turkish_givers(text: str, donor: str, recipient: str) -> None:
    row = _row(text, "tr")
    assert (row["donor"], row["recipient"]) == (donor, recipient)


# The Turkish verb, last in its clause, tells the measure: the past of giving is an
# allocation, paying or receiving a disbursement, promising, pledging, deciding and the
# future a pledge ("söz verdi": the "verdi" of the phrase is no allocation).
TR_MEASURES = [
    ("Almanya Ukrayna'ya 2 milyar avro verdi.", "allocation"),
    ("Hollanda Ukrayna'ya 90 milyon avro bağışladı.", "allocation"),
    ("Japonya, Ürdün'e 30 milyon dolar ayırdı.", "allocation"),
    ("Kanada Ukrayna'ya 500 milyon dolar tahsis etti.", "allocation"),
    ("Norveç Ukrayna'ya 1 milyar kron ödedi.", "disbursement"),
    ("Ukrayna Dünya Bankası'ndan 700 milyon dolar aldı.", "disbursement"),
    ("Fransa Ukrayna'ya 500 milyon avro taahhüt etti.", "pledge"),
    ("Belçika Ukrayna'ya 1 milyar avro yardım sözü verdi.", "pledge"),
    ("Polonya Ukrayna'ya 100 milyon avro verecek.", "pledge"),
    ("Danimarka Ukrayna'ya 80 milyon avro vermeye karar verdi.", "pledge"),
    ("Avusturya Ukrayna'ya 20 milyon avro sağlayacak.", "pledge"),
    ("Ukrayna'ya İsveç tarafından 40 milyon kron verilecek.", "pledge"),
    ("Moldova'ya 15 milyon avro gönderilecek.", "pledge"),
]


@pytest.mark.parametrize(("text", "measure"), TR_MEASURES)
def test_turkish_measures(text: str, measure: str) -> None:
    assert _row(text, "tr")["measure"] == measure


# A country in the instrumental ("by Germany") after an aid noun or a passive verb gives;
# after a preposition that takes the instrumental ("together with", "between") it does not.
INSTRUMENTAL = [
    ("ru", "Поддержка Украины Германией составила 3 млрд евро.", "DEU", "UKR"),
    ("ru", "Помощь Молдове Литвой в 2024 году составила 20 млн евро.", "LTU", "MDA"),
    ("ru", "Украине было выделено Польшей 50 млн евро.", "POL", "UKR"),
    ("ru", "Вместе с Германией Франция выделила Украине 2 млрд евро.", "FRA", "UKR"),
    ("uk", "Підтримка України Німеччиною склала 3 млрд євро.", "DEU", "UKR"),
    ("uk", "Допомога Україні Канадою торік сягнула 900 млн доларів.", "CAN", "UKR"),
    ("uk", "Фінансування України Нідерландами торік сягнуло 400 млн євро.", "NLD", "UKR"),
    ("ru", "Помощь Грузии Нидерландами составила 15 млн евро.", "NLD", "GEO"),
    ("uk", "Разом із Польщею Литва надала Україні 10 млн євро.", "LTU", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), INSTRUMENTAL)
def test_instrumental_agent(lang: str, text: str, donor: str, recipient: str) -> None:
    row = _row(text, lang)
    assert (row["donor"], row["recipient"]) == (donor, recipient)
