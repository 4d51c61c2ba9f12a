"""One rule for an amount in brackets, wherever its currency stands (session 12 trial, F12).

Accounting writes a negative in brackets. A table cell that is one amount in brackets is
refused with the same words whether the currency is inside the brackets, outside them or
absent, by ``read_pledges`` and by ``parse_amounts`` / ``Series.aidcalc.parse`` alike.
"""

from __future__ import annotations

import pytest

from aidcalc import read_pledges
from aidcalc.errors import InvalidRows
from aidcalc.frames import parse_amounts

REFUSED = [
    "(GBP 5,000,000)",
    "(€5m)",
    "(5,000,000) GBP",
    "GBP (5,000,000)",
    "(£5 million)",
    "(5 Mio. €)",
    "(about €5m)",
    "(100000000)",
]

NOT_BRACKETED = [
    ("€10 million ($11 million)", 10_000_000.0),
    ("NOK 5 million (about €430,000)", 5_000_000.0),
    ("€5m", 5_000_000.0),
    ("-€5m", -5_000_000.0),
]


@pytest.mark.parametrize("cell", REFUSED)
def test_an_amount_wholly_in_brackets_is_refused_in_a_table(tmp_path, cell):
    path = tmp_path / "b.csv"
    path.write_text(f'donor,date,amount\nGBR,2024-03-06,"{cell}"\n', encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        read_pledges(path)
    (row, column, reason), *_ = caught.value.errors
    assert (row, column) == (2, "amount")
    assert reason.startswith(f"{cell!r} is a number in brackets, as accounting writes a negative")


@pytest.mark.parametrize("cell", REFUSED)
def test_an_amount_wholly_in_brackets_is_refused_by_parse_amounts(cell):
    frame = parse_amounts([cell], errors="coerce")
    assert frame["value"].isna().all()
    assert frame["error"].iloc[0].startswith(f"{cell!r} is a number in brackets")


def test_the_three_forms_of_the_trial_are_refused_with_the_same_words(tmp_path):
    cells = ["(GBP 5,000,000)", "(€5m)", "(5,000,000) GBP"]
    rows = "".join(f'GBR,2024-03-0{day},"{cell}"\n' for day, cell in enumerate(cells, 6))
    path = tmp_path / "b.csv"
    path.write_text("donor,date,amount\n" + rows, encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        read_pledges(path)
    reasons = [reason for _, _, reason in caught.value.errors]
    assert len(reasons) == 3
    tails = {reason.split("' is ", 1)[1].split(":", 1)[0] for reason in reasons}
    assert tails == {"a number in brackets, as accounting writes a negative"}


@pytest.mark.parametrize(("cell", "value"), NOT_BRACKETED)
def test_brackets_after_an_amount_are_no_accounting_negative(cell, value):
    frame = parse_amounts([cell], errors="coerce")
    assert frame["value"].tolist() == [value]
