"""A bracket after another bracket has closed holds the next item's own amount (trial 8): in
'Norway (NOK 7.5bn, about €650m), Sweden (SEK 3bn)' Sweden's and Denmark's amounts were read as
restatements of Norway's, and the pledge path made no row of them."""

from __future__ import annotations

import pytest

from aidcalc.parsing import extract_amounts

ITEMS = [
    (
        "Nordic donors led: Norway (NOK 7.5bn, about €650m), Sweden (SEK 3bn) and Denmark "
        "(DKK 2bn).",
        [None, 0, None, None],
    ),
    ("Die Geber: Norwegen (7,5 Mrd. NOK), Schweden (3 Mrd. SEK).", [None, None]),
    ("Donateurs : Norvège (7,5 mrd NOK), Suède (3 mrd SEK).", [None, None]),
    # a bracket right after an amount or its purpose still restates it
    ("€400 million for air defence (about $430 million)", [None, 0]),
    ("CHF 100 million ($112 million), i.e. €90 million", [None, 0, 0]),
]


@pytest.mark.parametrize(("text", "links"), ITEMS)
def test_a_bracket_after_a_closed_one_is_its_items_own(text, links):
    assert [m.equivalent_of for m in extract_amounts(text)] == links
