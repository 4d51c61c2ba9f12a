"""Tables and lists pasted inside articles (issue tables12b): a row takes its giver from its own
label, else from the table's caption, else from the article's main giver (said in
``evidence``), never from the sentence above; a row restating a prose amount of the same giver
is its duplicate, the rows breaking down a package of the prose are its parts; a table is never
``cumulative`` by a word of the sentence above it; two items of one table are never each
other's duplicates; a first item naming a giver is that giver's item, never the list's whole.
Forms in de, nl, fr, sv, cs, en, it, pl (and ro, tr, es)."""

from __future__ import annotations

import pytest
from pledge_rows import counted, rows_of

# (lang, a one-line list whose first item equals the sum of the rest)
FIRST_ITEM_GIVERS = [
    ("en", "Germany: €3bn; France: €2bn; Poland: €1bn."),
    ("de", "Deutschland: 3 Mrd. Euro; Frankreich: 2 Mrd. Euro; Polen: 1 Mrd. Euro."),
    (
        "fr",
        "Allemagne : 3 milliards d'euros ; France : 2 milliards d'euros ; "
        "Pologne : 1 milliard d'euros.",
    ),
    ("pl", "Niemcy: 3 mld euro; Francja: 2 mld euro; Polska: 1 mld euro."),
    ("en", "- Germany: €3bn\n- France: €2bn\n- Poland: €1bn"),
    ("nl", "Duitsland: 3 miljard euro; Frankrijk: 2 miljard euro; Polen: 1 miljard euro."),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_ITEM_GIVERS)
def test_a_first_item_naming_a_giver_is_its_own(lang, text):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["value"]) for r in rows] == [
        ("DEU", 3e9),
        ("FRA", 2e9),
        ("POL", 1e9),
    ]
    assert all(r["duplicate_of"] is None and r["part_of"] is None for r in rows)
    assert counted(rows) == [("DEU", 3e9, "EUR"), ("FRA", 2e9, "EUR"), ("POL", 1e9, "EUR")]


# a whole still needs a total word or a label of several givers
WHOLES = [
    ("en", "Allies: €3bn; France: €2bn; Poland: €1bn.", [(None, 3e9, 1), ("FRA", 2e9, None)], 3e9),
    (
        "en",
        "The allies pledged €6bn: Germany (€3bn), France (€2bn) and Italy (€1bn).",
        [(None, 6e9, 1), ("DEU", 3e9, None)],
        6e9,
    ),
    (
        "en",
        "Germany: €3bn; France: €2bn; Poland: €1bn; total €6bn.",
        [("DEU", 3e9, None), ("FRA", 2e9, None)],
        6e9,
    ),
]


@pytest.mark.parametrize(("lang", "text", "head", "total"), WHOLES)
def test_a_whole_still_needs_a_total_or_a_collective_label(lang, text, head, total):
    rows = rows_of(text, lang)
    assert [(r["donor"], r["value"], r["duplicate_of"]) for r in rows][: len(head)] == head
    assert sum(r["value"] for r in rows if r["duplicate_of"] is None) == total
