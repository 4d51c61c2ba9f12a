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
