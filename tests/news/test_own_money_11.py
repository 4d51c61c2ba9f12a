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
