"""Measures carried or shared wrongly, from a re-check of a new-user trial (round 15b).

1. A sentence with no measure word of its own takes the measure and basis of the earlier
   sentence only when it names no giver of its own other than that sentence's: another
   giver's money is no part of the earlier giver's giving. Bulgarian "обяви" (announced) is a
   verb of pledging, as "announced" is in English.
2. An amount after another in the same sentence whose clause has no verb of its own shares
   the verb, and the tense, of the amount before it ("will be paid out through UNHCR, and
   €1m through UNICEF": both future, both pledges); a future between an amount and its own
   clause's measure word after it makes a pledge ("€2m will be paid out").

Each rule is tested with sentences of the project's own in several languages, none of them a
sentence of the trial's articles.
"""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.places import find_places

PUBLISHED = "2025-03-01"


def _rows(text: str, lang: str) -> list[dict]:
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# rule 1: another giver's sentence takes no measure from the earlier giver's running total
ANOTHER_GIVER = [
    (
        "bg",
        "Според министерството България е предоставила над 200 млн. лв. помощ за Украйна. "
        "Европейският съюз обяви нов пакет от 1,2 млрд. евро за Украйна.",
    ),
    (
        "bg",
        "Досега България е изпратила помощ за 90 млн. лв. на Украйна. "
        "Новият пакет на ЕС: 2 млрд. евро.",
    ),
    (
        "en",
        "So far Denmark has delivered weapons worth over €5bn to Ukraine. "
        "The EU's fresh package: €1.2bn.",
    ),
    (
        "de",
        "Bisher hat Dänemark Waffen im Wert von über 5 Mrd. Euro an die Ukraine geliefert. "
        "Das neue Paket der EU: 1,2 Mrd. Euro.",
    ),
    (
        "pl",
        "Dotąd Dania przekazała Ukrainie broń wartą ponad 5 mld euro. "
        "Nowy pakiet UE: 1,2 mld euro.",
    ),
    (
        "uk",
        "Досі Данія передала Україні зброю на понад 5 млрд євро. Новий пакет ЄС: 1,2 млрд євро.",
    ),
    (
        "fr",
        "Jusqu'ici, le Danemark a livré à l'Ukraine des armes pour plus de 5 milliards d'euros. "
        "Le nouveau paquet de l'UE : 1,2 milliard d'euros.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_GIVER)
def test_another_giver_takes_no_earlier_measure(lang: str, text: str) -> None:
    first, second = _rows(text, lang)
    assert first["measure"] == "allocation"
    assert second["donor"] not in (None, first["donor"])
    assert (second["measure"], second["basis"]) == ("pledge", "new")
    assert "measure and basis from an earlier sentence" not in (second["evidence"] or "")


# the same giver going on still takes the earlier sentence's measure and basis
SAME_GIVER = [
    (
        "en",
        "So far Denmark has delivered weapons worth over €5bn to Ukraine. "
        "Most of it in ten shipments worth €1.2bn.",
    ),
    (
        "de",
        "Bisher hat Dänemark Waffen im Wert von über 5 Mrd. Euro an die Ukraine geliefert. "
        "Davon allein im Januar 1,2 Mrd. Euro.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_GIVER)
def test_same_giver_keeps_earlier_measure(lang: str, text: str) -> None:
    first, second = _rows(text, lang)
    assert second["donor"] == first["donor"]
    assert second["measure"] == first["measure"] == "allocation"


# rule 2: the second part shares the first's verb and tense
SHARED_FUTURE = [
    (
        "hr",
        "Hrvatska je odobrila 3 milijuna eura pomoći Siriji. Od toga će 2 milijuna eura biti "
        "isplaćena preko UNHCR-a, a 1 milijun eura preko UNICEF-a.",
    ),
    (
        "en",
        "Ireland approved €3m in aid for Syria. Of this, €2m will be paid out through UNHCR, "
        "and €1m through UNICEF.",
    ),
    (
        "en",
        "Ireland approved €3m in aid for Syria. Of this, it will disburse €2m via UNHCR "
        "and €1m via UNICEF.",
    ),
    (
        "de",
        "Österreich hat 3 Mio. Euro für Syrien bewilligt. Davon werden 2 Mio. Euro über das "
        "UNHCR ausgezahlt und 1 Mio. Euro über UNICEF.",
    ),
    (
        "pl",
        "Polska przyznała 3 mln euro pomocy dla Syrii. Z tego 2 mln euro będzie wypłacone "
        "przez UNHCR, a 1 mln euro przez UNICEF.",
    ),
    (
        "cs",
        "Česko schválilo 3 miliony eur pomoci Sýrii. Z toho budou 2 miliony eur vyplaceny "
        "přes UNHCR a 1 milion eur přes UNICEF.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SHARED_FUTURE)
def test_parts_share_the_future(lang: str, text: str) -> None:
    rows = _rows(text, lang)
    assert [r["value"] for r in rows][1:] == [2_000_000, 1_000_000]
    assert [r["measure"] for r in rows[1:]] == ["pledge", "pledge"]


# the past keeps its measure for both parts: the rule shares the verb, it invents no tense
SHARED_PAST = [
    ("en", "Ireland has paid out €2m through UNHCR and €1m through UNICEF."),
    ("hr", "Hrvatska je isplatila 2 milijuna eura preko UNHCR-a, a 1 milijun eura preko UNICEF-a."),
    ("de", "Österreich hat 2 Mio. Euro über das UNHCR ausgezahlt und 1 Mio. Euro über UNICEF."),
    ("pl", "Polska wypłaciła 2 mln euro przez UNHCR, a 1 mln euro przez UNICEF."),
]


@pytest.mark.parametrize(("lang", "text"), SHARED_PAST)
def test_parts_share_the_past(lang: str, text: str) -> None:
    rows = _rows(text, lang)
    assert [r["measure"] for r in rows] == ["disbursement", "disbursement"]


# 3. a capitalised word right after a noun of an event and a word of place is the event's
# place, never the first name of a person whose surname would be the country after it: the
# country gives ("Brysselissä Suomi", "in Ramstein Germany")
VENUE_THEN_GIVER = [
    ("fi", "Libanonin avunantajakokouksessa Pariisissa Norja lupasi 10 miljoonaa euroa.", "NOR"),
    ("fi", "Ukrainan tukikokouksessa Ramsteinissa Suomi lupasi 30 miljoonaa euroa.", "FIN"),
    ("en", "At the donors' meeting in Ramstein Germany pledged €500m for Ukraine.", "DEU"),
    (
        "de",
        "Bei der Geberkonferenz in Ramstein Dänemark sagte der Ukraine 200 Mio. Euro zu.",
        "DNK",
    ),
    ("pl", "Podczas konferencji w Ramstein Polska obiecała Ukrainie 100 mln euro.", "POL"),
]


@pytest.mark.parametrize(("lang", "text", "giver"), VENUE_THEN_GIVER)
def test_a_venue_is_no_first_name(lang: str, text: str, giver: str) -> None:
    assert giver in [p.code for p in find_places(text, lang)]
    (row,) = _rows(text, lang)
    assert row["donor"] == giver
    assert "earlier-donor" not in row["assumptions"]


# a first name after a verb stays one: the surname that is a country names a person
FIRST_NAMES = [
    ("pt", "A ajuda foi anunciada ontem por Luís Montenegro.", []),
    ("pt", "A Ucrânia recebe, disse Luís Montenegro.", ["UKR"]),
    ("en", "The meeting was chaired by Luís Montenegro.", []),
]


@pytest.mark.parametrize(("lang", "text", "codes"), FIRST_NAMES)
def test_a_first_name_stays_one(lang: str, text: str, codes: list[str]) -> None:
    assert [p.code for p in find_places(text, lang)] == codes
