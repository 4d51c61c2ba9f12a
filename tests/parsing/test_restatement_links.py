"""Restatement links after a comma (issue 9, item 4 of the open grammar items): a comma after
the link word, and a qualifier absorbed into the second amount, still link it."""

import pytest

from aidcalc.parsing import extract_amounts

LINKS = [
    ("3 millones de euros, es decir, 3,3 millones de dólares", None, [None, 0]),
    ("C$500 million, about US$365 million", None, [None, 0]),
    ("€90m, that is, roughly $97m", None, [None, 0]),
    ("€1 billion, i.e., about $1.1 billion", None, [None, 0]),
    ("100 mln zł, czyli, około 23 mln euro", None, [None, 0]),
    ("10 Mio. Euro, also, rund 11 Mio. Dollar", None, [None, 0]),
    ("£2bn, around €2.3bn", None, [None, 0]),
    ("CHF 100 million ($112 million), i.e. roughly €90 million", None, [None, 0, 0]),
    # not restatements: a list, words before the comma, the same currency
    ("€5m, $3m and £2m", None, [None, None, None]),
    ("$5m to Kyiv, about €3m to Lviv", None, [None, None]),
    ("€5m, about €3m", None, [None, None]),
]


@pytest.mark.parametrize(("text", "lang", "links"), LINKS)
def test_restatement_links_after_a_comma(text, lang, links):
    assert [m.equivalent_of for m in extract_amounts(text, lang=lang)] == links


# A list restated by a list of the same length links item by item (issue 9 item 13; a new-user
# trial found the second restating amount counted as a new amount).
PAIRED_LISTS = [
    (
        "It gave €500 million in 2024 and €300 million in 2025, or $540 million and $324 million.",
        [None, None, 0, 1],
    ),
    (
        "Polska przekazała 100 mln zł w 2023 r. i 200 mln zł w 2024 r., czyli 23 mln euro i "
        "46 mln euro.",
        [None, None, 0, 1],
    ),
    (
        "Die Schweiz gab 2023 100 Mio. Franken und 2024 200 Mio. Franken, also rund 105 Mio. "
        "Euro und 210 Mio. Euro.",
        [None, None, 0, 1],
    ),
    (
        "Sverige ger 1 miljard kronor och 2 miljarder kronor, det vill säga omkring 90 miljoner "
        "euro och 180 miljoner euro.",
        [None, None, 0, 1],
    ),
    # one restating amount: the single link to the amount right before it stays
    ("It gave €500 million and €300 million, or $540 million.", [None, None, 1]),
    # words between the restating amounts: the second is a new amount
    (
        "It gave €500 million and €300 million, or $540 million, and later $20 million.",
        [None, None, 1, None],
    ),
    # three before, two after: which items are restated is not told, the single link stays
    (
        "It gave €1 million, €2 million and €3 million, or $1.1 million and $2.2 million.",
        [None, None, None, 2, None],
    ),
]


@pytest.mark.parametrize(("text", "links"), PAIRED_LISTS)
def test_a_list_restated_by_a_list_links_item_by_item(text, links):
    assert [m.equivalent_of for m in extract_amounts(text)] == links
