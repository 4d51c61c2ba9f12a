"""The whole a pledge is a share of is no second pledge of its giver (issue shares11).

"Germany pledged €3bn, a third of the €9bn total." gave Germany €3bn and €9bn. An amount right
after a share and "of" (``SHARE_OF_LINKS``: "a third of the", "40% of the", "ein Drittel der",
"un tiers des", "jedną trzecią z", "третину з") is the whole the pledge is a share of:
``rejected`` with evidence (``aidcalc.news.beside``, rule 4). Each table row gives the sentence,
its language and the rows that count as (donor, currency, value).
"""

from __future__ import annotations

import pytest

from aidcalc.news.beside import money_beside
from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def rows(text, lang=None):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def counted(text, lang=None):
    """The rows that count: no part, no repeat, not rejected, as (donor, currency, value)."""
    return [
        (r["donor"], r["currency"], r["value"])
        for r in rows(text, lang)
        if r["part_of"] is None and r["duplicate_of"] is None and r["status"] != "rejected"
    ]


WHOLES = [
    ("Germany pledged €3bn, a third of the €9bn total.", "en", [("DEU", "EUR", 3e9)]),
    (
        "Germany pledged €3bn, a third of the €9bn the allies pledged on Monday.",
        "en",
        [("DEU", "EUR", 3e9)],
    ),
    (
        "Germany pledged €3bn, or a third of the €9bn package agreed in Brussels.",
        "en",
        [("DEU", "EUR", 3e9)],
    ),
    ("Germany pledged €3bn, 40% of the €7.5bn total.", "en", [("DEU", "EUR", 3e9)]),
    ("Norway gave $500m, about 10 per cent of the $5bn fund.", "en", [("NOR", "USD", 5e8)]),
    ("Britain committed £1bn, half of the £2bn pot for drones.", "en", [("GBR", "GBP", 1e9)]),
    (
        "Deutschland sagte 3 Mrd. Euro zu, ein Drittel der 9 Mrd. Euro des Pakets.",
        "de",
        [("DEU", "EUR", 3e9)],
    ),
    (
        "Frankreich sagte 2 Mrd. Euro zu, 20 Prozent der 10 Mrd. Euro der EU.",
        "de",
        [("FRA", "EUR", 2e9)],
    ),
    (
        "La France a promis 3 milliards d'euros, soit un tiers des 9 milliards d'euros du paquet.",
        "fr",
        [("FRA", "EUR", 3e9)],
    ),
    (
        "Polska przekazała 3 mld zł, jedną trzecią z 9 mld zł pakietu.",
        "pl",
        [("POL", "PLN", 3e9)],
    ),
    (
        "Німеччина виділила 3 млрд євро, третину з 9 млрд євро пакета.",
        "uk",
        [("DEU", "EUR", 3e9)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WHOLES)
def test_the_whole_of_a_share_is_no_pledge_of_the_giver(text, lang, expected):
    assert counted(text, lang) == expected
    assert counted(text) == expected  # the language inferred


@pytest.mark.parametrize(("text", "lang", "expected"), WHOLES)
def test_the_whole_is_rejected_with_evidence(text, lang, expected):
    whole = rows(text, lang)[-1]
    assert whole["status"] == "rejected"
    assert "the whole a share is taken of" in whole["evidence"]


def test_the_whole_keeps_its_recipient():
    # the share and its whole have one recipient; "agreed in Brussels" names where the package
    # was agreed, no receiver of it (donors12b: a capital after "in" is a venue)
    text = "Germany pledged €3bn, or a third of the €9bn package agreed in Brussels."
    assert [r["recipient"] for r in rows(text, "en")] == [None, None]
    text = "Germany pledged €3bn, or a third of the €9bn package for Moldova agreed in Brussels."
    assert [r["recipient"] for r in rows(text, "en")] == ["MDA", "MDA"]


# a share whose whole is a noun (the share is the amount), or no share before the amount: the
# rule leaves the amount alone
NOT_WHOLES = [
    (
        "Germany pledged €4bn, a third of the package (€1.3bn) for drones.",
        "en",
        [("DEU", "EUR", 4e9)],
    ),
    (
        "Germany pledged €3bn, the third such package, and France €2bn.",
        "en",
        [("DEU", "EUR", 3e9), ("FRA", "EUR", 2e9)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_WHOLES)
def test_no_share_right_before_the_amount(text, lang, expected):
    assert counted(text, lang) == expected


@pytest.mark.parametrize(
    ("before", "lang"),
    [
        ("Germany pledged €3bn, a third of the ", "en"),
        ("Germany pledged €3bn, a quarter of ", "en"),
        ("Germany pledged €3bn, most of the ", "en"),
        ("Germany pledged €3bn, 33.3% of the ", "en"),
        ("Deutschland gab 3 Mrd. Euro, die Hälfte der ", "de"),
        ("Deutschland gab 3 Mrd. Euro, ein Viertel von ", "de"),
        ("La France a donné 3 milliards, la moitié des ", "fr"),
        ("La France a donné 3 milliards, un tiers de l'", "fr"),
        ("Polska dała 3 mld zł, połowę z ", "pl"),
        ("Україна отримала 3 млрд, половину з ", "uk"),
    ],
)
def test_money_beside_reads_the_whole(before, lang):
    text = before + "€9bn."
    found = money_beside(text, lang, (len(before), len(before) + 4), None)
    assert found is not None and found.kind == "whole"


# --- the rest of a whole, set off before an amount, is a part of it --------------------------

RESTS = [
    ("Germany pledged €3bn. The rest, €1.5bn, will follow next year.", "en"),
    ("Germany pledged €3bn in January. The remainder (€1.5bn) comes in May.", "en"),
    ("Deutschland sagte 3 Mrd. Euro zu. Der Rest, 1,5 Mrd. Euro, folgt im nächsten Jahr.", "de"),
    (
        "La France a promis 3 milliards d'euros. Le reste (1,5 milliard d'euros) suivra.",
        "fr",
    ),
    ("Polska obiecała 3 mld zł. Reszta, 1,5 mld zł, trafi w przyszłym roku.", "pl"),
    ("Німеччина пообіцяла 3 млрд євро. Решта, 1,5 млрд євро, надійде пізніше.", "uk"),
    ("Німеччина пообіцяла 3 млрд євро. Решта – 1,5 млрд євро – надійде пізніше.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), RESTS)
def test_the_rest_is_a_part_of_the_whole(text, lang):
    found = rows(text, lang)
    assert [r["part_of"] for r in found] == [None, 0]
    assert len(counted(text, lang)) == 1


def test_a_rest_word_not_set_off_makes_no_part():
    text = "Germany pledged €3bn. France gave the rest of its €2bn to Moldova."
    assert [r["part_of"] for r in rows(text, "en")] == [None, None]


# --- a share word with no "of it" going on a list of shares -----------------------------------

LISTED_SHARES = [
    "Germany pledged €3bn. Half of it (€1.5bn) goes to air defence, a quarter (€750m) to drones.",
    "Germany pledged €3bn, half of it (€1.5bn) for air defence and a quarter (€750m) for drones.",
]


@pytest.mark.parametrize("text", LISTED_SHARES)
def test_a_bare_share_going_on_a_list_of_shares_is_a_part(text):
    found = rows(text, "en")
    assert [(r["value"], r["currency"], r["part_of"]) for r in found] == [
        (3e9, "EUR", None),
        (1.5e9, "EUR", 0),
        (7.5e8, "EUR", 0),
    ]
