"""Words between a scaled number and its currency name (issue 9, item 16): a curated word
("emergency", "additional", "zusätzliche") may stand there; any other word breaks the amount."""

import pytest

from aidcalc.parsing import extract_amounts

BETWEEN = [
    ("900 million emergency euros", None, ["EUR 900000000"]),
    ("Washington sent 20 million additional dollars", None, ["USD 20000000"]),
    ("3 million more euros for Kharkiv", None, ["EUR 3000000"]),
    ("a further 40 million fresh pounds", None, ["GBP 40000000"]),
    ("80 Millionen zusätzliche Euro", None, ["EUR 80000000"]),
    ("50 mln dodatkowych złotych", None, ["PLN 50000000"]),
    ("100 млн додаткових гривень", None, ["UAH 100000000"]),
    ("€75m of new cash", None, ["EUR 75000000"]),
    # not curated, or no scale: no amount rather than a guess
    ("2 million more people won", None, []),
    ("5 emergency euros", None, []),
    ("900 million hungry euros", None, []),
]


@pytest.mark.parametrize(("text", "lang", "amounts"), BETWEEN)
def test_a_curated_word_may_stand_between_scale_and_currency(text, lang, amounts):
    assert [str(m.amount) for m in extract_amounts(text, lang=lang)] == amounts


def test_the_amount_spans_the_word_between():
    text = "Berlin adds 900 million emergency euros."
    (mention,) = extract_amounts(text)
    assert text[mention.start : mention.end] == "900 million emergency euros"
