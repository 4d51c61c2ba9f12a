"""A country's own spending or budget is no pledge (own11): money beside a pledge, rule 2
"Own money" of aidcalc.news.beside (docs/extraction.md, "Money beside a pledge")."""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = datetime.date(2025, 3, 1)


def _rows(text: str, lang: str | None = None) -> list[dict]:
    return pledge_candidates(text, lang=lang, published=PUBLISHED)


# (text, language, value of the own-money row, its donor)
OWN_MONEY = [
    ("Germany pledged €3bn. Russia spends €120bn a year on its army.", "en", 120e9, "RUS"),
    ("Germany pledged €3bn. Moscow's military budget is €120bn this year.", "en", 120e9, "RUS"),
    ("Germany pledged €3bn. Russia's defence budget rose to €120bn.", "en", 120e9, "RUS"),
    ("Germany pledged €3bn while Russia spends €120bn a year on its army.", "en", 120e9, "RUS"),
    ("Norway pledged $2bn. China will spend $250bn on its armed forces.", "en", 250e9, "CHN"),
    ("Germany pledged €3bn. Russia will spend €120bn.", "en", 120e9, "RUS"),
    (
        "Germany pledged €3bn. Russia, by contrast, spends about €120bn a year on its army.",
        "en",
        120e9,
        "RUS",
    ),
    (
        "Deutschland sagte 3 Mrd. Euro zu. Russland gibt jährlich 120 Mrd. Euro für sein "
        "Militär aus.",
        "de",
        120e9,
        "RUS",
    ),
    (
        "Deutschland sagte 3 Mrd. Euro zu. Der Verteidigungshaushalt Russlands liegt bei "
        "120 Mrd. Euro.",
        "de",
        120e9,
        "RUS",
    ),
    (
        "La France a promis 3 milliards d'euros. La Russie dépense 120 milliards d'euros "
        "pour son armée.",
        "fr",
        120e9,
        "RUS",
    ),
    (
        "La France a promis 3 milliards d'euros. Le budget militaire de la Russie atteint "
        "120 milliards d'euros.",
        "fr",
        120e9,
        "RUS",
    ),
    ("Polska obiecała 3 mld euro. Rosja wydaje 120 mld euro na swoje wojsko.", "pl", 120e9, "RUS"),
    (
        "Німеччина пообіцяла 3 млрд євро. Росія витрачає 120 млрд євро на свою армію.",
        "uk",
        120e9,
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "lang", "value", "donor"), OWN_MONEY)
def test_own_spending_or_budget_is_rejected(text, lang, value, donor):
    rows = _rows(text, lang)
    assert rows[0]["status"] == "candidate"  # the pledge before it still counts
    own = next(r for r in rows if r["value"] == value)
    assert own["status"] == "rejected"
    assert own["donor"] == donor  # the owner, never the earlier sentence's giver
    assert own["recipient"] is None
    assert "own money" in own["evidence"]


# (text, language, value, donor, recipient): spending that goes to a recipient is a gift
STILL_PLEDGES = [
    ("Germany spends €3bn on aid to Ukraine.", "en", 3e9, "DEU", "UKR"),
    ("Germany pledged €3bn to Ukraine. Poland will spend €2bn.", "en", 2e9, "POL", "UKR"),
    ("From its defence budget, Germany pledged €3bn to Ukraine.", "en", 3e9, "DEU", "UKR"),
    ("Germany pledged €3bn to Ukraine.", "en", 3e9, "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "lang", "value", "donor", "recipient"), STILL_PLEDGES)
def test_spending_for_a_recipient_stays_a_pledge(text, lang, value, donor, recipient):
    row = next(r for r in _rows(text, lang) if r["value"] == value)
    assert (row["donor"], row["recipient"], row["status"]) == (donor, recipient, "candidate")


def test_budget_with_no_country_takes_no_earlier_donor():
    rows = _rows("Germany pledged €3bn. Its military budget is €90bn.", "en")
    own = rows[1]
    assert (own["donor"], own["status"]) == (None, "rejected")


def test_own_money_is_not_carried_to_a_later_sentence():
    text = "Germany pledged €3bn. Russia spends €120bn on its army. It also gave €1bn."
    rows = _rows(text, "en")
    assert rows[-1]["donor"] == "DEU"


# (text, language): a need reported in the past or the subjunctive is a request of the one
# reported, never that one's pledge (item 2)
REPORTED_REQUESTS = [
    ("The Ukrainian president said Kyiv needed $5bn.", "en"),
    ("Officials said Ukraine needed €5bn before winter.", "en"),
    ("Selenskyj sagte, die Ukraine brauche 5 Milliarden Dollar.", "de"),
    ("Selenskyj sagte, die Ukraine bräuchte 5 Milliarden Dollar.", "de"),
    ("Selenskyj erklärte, die Ukraine benötige 5 Milliarden Euro.", "de"),
    ("Zełenski powiedział, że Ukraina potrzebowała 5 mld dolarów.", "pl"),
    ("Зеленський сказав, що Україна потребувала 5 млрд доларів.", "uk"),
    ("Zelenski dijo que Ucrania necesitaba 5.000 millones de dólares.", "es"),
    ("Zelensky a dit que l'Ukraine avait besoin de 5 milliards de dollars.", "fr"),
    ("The Ukrainian president said Kyiv had requested $5bn.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), REPORTED_REQUESTS)
def test_reported_request_is_no_pledge_of_the_requester(text, lang):
    (row,) = _rows(text, lang)
    assert (row["donor"], row["recipient"], row["status"]) == (None, "UKR", "rejected")
    assert row["evidence"].startswith("a request")


def test_a_past_need_then_a_giving_verb_stays_a_pledge():
    rows = _rows("Germany said it needed to give Ukraine €2bn and pledged it at once.", "en")
    assert (rows[0]["donor"], rows[0]["status"]) == ("DEU", "candidate")


# (text, language, value of the main clause's amount): a request inside a relative clause that
# a comma closes governs only that clause, never the main clause's money (item 3)
RELATIVE_REQUESTS = [
    ("Kyiv, which has asked for $5bn, got $2bn from Washington on Monday.", "en", 2e9),
    ("Ukraine, which needs €5bn, received €2bn from Germany.", "en", 2e9),
    ("Ukraine, who asked for €5bn, received €2bn from Germany.", "en", 2e9),
    ("Ukraina, która prosiła o 5 mld euro, otrzymała 2 mld euro od Niemiec.", "pl", 2e9),
    (
        "L'Ukraine, qui a demandé 5 milliards d'euros, a reçu 2 milliards d'euros de la France.",
        "fr",
        2e9,
    ),
    ("Україна, яка просила 5 млрд євро, отримала 2 млрд євро від Німеччини.", "uk", 2e9),
]


@pytest.mark.parametrize(("text", "lang", "value"), RELATIVE_REQUESTS)
def test_request_in_a_relative_clause_leaves_the_main_clause_given(text, lang, value):
    rows = _rows(text, lang)
    asked = rows[0]
    assert asked["status"] == "rejected"  # the clause's own amount is still asked for
    given = next(r for r in rows if r["value"] == value)
    assert given["status"] == "candidate"
    assert given["evidence"] is None or "request" not in given["evidence"]


# the request outside any relative clause still governs the amounts after it
STILL_REQUESTS = [
    ("Ukraine asked for $5bn, and got $2bn.", "en"),
    ("Ukraine, which is at war, asked for $5bn.", "en"),
    ("Die Ukraine, die im Krieg ist, bat um 5 Mrd. Euro.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_REQUESTS)
def test_request_outside_a_relative_clause_still_rejects(text, lang):
    assert all(r["status"] == "rejected" for r in _rows(text, lang))
