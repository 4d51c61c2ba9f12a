"""Review columns (issue 10, item 13): read_pledges keeps them; totals leaves out rejected rows,
parts of a counted whole and duplicates of a counted first row, and counts candidates."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from aidcalc import read_pledges, totals
from aidcalc.errors import InvalidRows
from aidcalc.pledges.totals import review_counts, reviewed_out

HEAD = "donor,date,amount,status,part_of,duplicate_of\n"


def frame_of(body: str) -> pd.DataFrame:
    return read_pledges(io.StringIO(HEAD + body), format="csv")


# (rows after the header, total EUR by donor, rows left out by review, candidates counted)
CASES = [
    # a whole and its part: the whole counts
    (
        "DEU,2025-03-03,EUR 400m,candidate,,\nDEU,2025-03-03,EUR 100m,candidate,0,\n",
        {"DEU": 400e6},
        1,
        1,
    ),
    # a rejected row never counts
    ("FRA,2025-03-03,EUR 5m,rejected,,\nFRA,2025-03-04,EUR 7m,accepted,,\n", {"FRA": 7e6}, 1, 0),
    # a duplicate counts once, in any language of the amount
    (
        "POL,2025-03-03,5 mln zł,candidate,,\nPOL,2025-03-03,5 mln zł,accepted,,0\n",
        {"POL": 5e6 / 4.17},
        1,
        1,
    ),
    # a part of a rejected whole counts itself
    ("NLD,2025-03-03,EUR 9m,rejected,,\nNLD,2025-03-03,EUR 2m,accepted,0,\n", {"NLD": 2e6}, 1, 0),
    # a duplicate of a rejected first row counts itself
    (
        'ITA,2025-03-03,"1,2 Mio. EUR",rejected,,\nITA,2025-03-03,EUR 1.2m,candidate,,0\n',
        {"ITA": 1.2e6},
        1,
        1,
    ),
    # an empty status is a row written by hand: accepted
    ("ESP,2025-03-03,EUR 3m,,,\nESP,2025-03-05,EUR 4m,candidate,,\n", {"ESP": 7e6}, 0, 1),
    # a part pointing at a later whole, and a second part
    (
        "SWE,2025-03-03,SEK 10m,candidate,2,\nSWE,2025-03-03,SEK 20m,candidate,2,\n"
        "SWE,2025-03-03,SEK 50m,accepted,,\n",
        None,
        2,
        0,
    ),
]


@pytest.mark.parametrize(("body", "expected", "left_out", "candidates"), CASES)
def test_review_rules(body, expected, left_out, candidates):
    frame = frame_of(body)
    assert review_counts(frame) == {"left_out": left_out, "candidates": candidates}
    result = totals(frame, "donor", "EUR")
    assert int(result["count"].sum()) == len(frame) - left_out
    if expected is None:  # SEK: only the whole counts
        whole = totals(frame.iloc[[2]], "donor", "EUR")
        assert result["total"].tolist() == whole["total"].tolist()
        return
    got = dict(zip(result["donor"], result["total"], strict=True))
    for donor, value in expected.items():
        if donor == "POL":  # converted: exactly one row's worth
            one = totals(frame.iloc[[0]], "donor", "EUR")["total"].iloc[0]
            assert got[donor] == pytest.approx(one)
        else:
            assert got[donor] == pytest.approx(value)


def test_review_columns_are_kept_with_links_as_row_numbers():
    frame = frame_of("DEU,2025,EUR 4m,candidate,,\nDEU,2025,EUR 1m,accepted,0,\n")
    assert list(frame.columns[-3:]) == ["status", "part_of", "duplicate_of"]
    assert frame.index.tolist() == [2, 3]  # row numbers in the file
    assert frame["part_of"].tolist()[1] == 2  # position 0 is the row numbered 2
    assert str(frame["part_of"].dtype) == "Int64"


def test_without_review_columns_nothing_changes():
    frame = read_pledges(io.StringIO("donor,date,amount\nDEU,2025,EUR 4m\n"), format="csv")
    assert "status" not in frame.columns
    assert reviewed_out(frame) is None
    assert review_counts(frame) == {"left_out": 0, "candidates": 0}


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ("maybe,,", "status"),
        ("candidate,7,", "part_of"),  # no row 7
        ("candidate,,1", "duplicate_of"),  # its own row
        ("candidate,-1,", "part_of"),
        ("candidate,0.5,", "part_of"),
        ("candidate,first,", "part_of"),
    ],
)
def test_bad_review_cells_are_bad_rows(cells, column):
    body = "DEU,2025,EUR 4m,candidate,,\nDEU,2025,EUR 1m," + cells + "\n"
    with pytest.raises(InvalidRows) as caught:
        frame_of(body)
    assert (3, column) in [(row, col) for row, col, _ in caught.value.errors]


def test_extract_pledges_frame_totals_each_pledge_once():
    from aidcalc import extract_pledges

    text = (
        "The Netherlands pledged EUR 400 million in military aid to Ukraine on 3 March 2025, "
        "including EUR 100 million for drones. Germany pledged EUR 50 million to Ukraine on "
        "4 March 2025. Berlin said on 4 March 2025 that Germany pledged EUR 50 million for Ukraine."
    )
    frame = read_pledges(extract_pledges(text))
    result = totals(frame, "donor", "EUR")
    got = dict(zip(result["donor"], result["total"], strict=True))
    assert got == {"NLD": 400e6, "DEU": 50e6}


# --- a reviewed file's value and currency against its amount text (item 13) -------------------

REVIEWED_HEAD = "donor,date,amount,value,currency,status\n"


@pytest.mark.parametrize(
    "row",
    [
        "DNK,2024-11-04,EUR 500000000,500000000,EUR,accepted",  # as extract writes it
        "DNK,2024-11-04,€500 million,500000000,,accepted",
        "DNK,2024-11-04,over EUR 683000000,683000000,EUR,candidate",
        "POL,2024-11-04,5 mln zł,5000000,PLN,accepted",
        "DNK,2024-11-04,EUR 2-3 million,2000000,EUR,accepted",  # a range: its low end
    ],
)
def test_a_value_that_agrees_with_the_amount_is_read(row):
    frame = read_pledges(io.StringIO(REVIEWED_HEAD + row + "\n"), format="csv")
    assert len(frame) == 1


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        # a reviewer corrected the value and left the amount text: neither wins silently
        ("DNK,2024-11-04,EUR 500000000,50000000,EUR,accepted", "value", "disagrees"),
        ("LTU,2024-11-04,10 mln eurų,12000000,,accepted", "value", "disagrees"),
        ("DEU,2024-11-04,2 Mrd. Euro,2000000,EUR,candidate", "value", "disagrees"),
        ("DNK,2024-11-04,EUR 500000000,lots,EUR,accepted", "value", "disagrees"),
        # a reviewer corrected the currency: the text's currency disagrees (rule 3)
        ("CAN,2024-11-04,$50 million,50000000,CAD,accepted", None, None),
        ("NOR,2024-11-04,EUR 15000000,15000000,NOK,accepted", "amount", "currency column"),
    ],
)
def test_an_edited_value_or_currency_that_disagrees_is_a_bad_row(row, column, words):
    source = io.StringIO(REVIEWED_HEAD + row + "\n")
    if column is None:  # a bare $ with a currency cell is the cell's dollar: they agree
        frame = read_pledges(source, format="csv")
        assert frame["currency"].tolist() == ["CAD"]
        return
    with pytest.raises(InvalidRows) as caught:
        read_pledges(source, format="csv")
    ((line, bad_column, reason),) = caught.value.errors
    assert (line, bad_column) == (2, column)
    assert words in reason
