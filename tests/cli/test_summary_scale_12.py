"""summary's scale checks (issue tables12, aidcalc.pledges.sanity): a donor's total above its
GDP, one row above 1% of its donor's GDP, and a row 1000 times larger or smaller than the other
rows of its donor and year are flagged on stderr with the ratio measured; they are counted, not
refused, and the exit status stays 0. Each fixture is a small CSV of our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aidcalc.cli import main
from aidcalc.pledges.sanity import scale_flags
from aidcalc.rates import core

HEAD = "donor,date,amount,measure\n"

# (csv rows, {file row: the words its flags hold}); file rows count the header as row 1
FLAGGED = [
    (  # "EUR m" taken for euros the other way round: a row in millions among euros
        "LTU,2024-01,€5 million,pledge\nLTU,2024-02,€4 million,pledge\n"
        "LTU,2024-05,€6000 million,pledge\n",
        {4: ["of LTU's GDP of 2024", "above 1% for one row", "x the median of the rows"]},
    ),
    (  # a total above GDP: every row of that donor and year
        "EST,2023-03,€300 billion,pledge\nEST,2023-06,€20 billion,pledge\n",
        {
            2: ["EST's total for 2023 in this input is", "its GDP of 2023", "above 1%"],
            3: ["EST's total for 2023 in this input is", "its GDP of 2023", "above 1%"],
        },
    ),
    (  # two rows 1000x apart: each against the other
        "POL,2024-03,PLN 2 million,pledge\nPOL,2024-04,PLN 2 thousand,pledge\n",
        {2: ["x the other row of POL in 2024"], 3: ["x the other row of POL in 2024"]},
    ),
    (  # one row in a tiny unit among many
        "DEU,2023-01,€500 million,pledge\nDEU,2023-02,€300 million,pledge\n"
        "DEU,2023-03,€400 million,pledge\nDEU,2023-04,€200,pledge\n",
        {5: ["x the median of the rows of DEU in 2023"]},
    ),
    (  # a year as millions: 2,024 million hryvnias beside thousands of hryvnias, in USD terms
        "UKR,2024-01,UAH 50 thousand,pledge\nUKR,2024-02,UAH 40 thousand,pledge\n"
        "UKR,2024-03,UAH 2024 million,pledge\n",
        {4: ["x the median of the rows of UKR in 2024"]},
    ),
]


@pytest.fixture(autouse=True)
def shipped_rates(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    core.default_rates.cache_clear()
    yield
    core.default_rates.cache_clear()


def summary(tmp_path, capsys, rows, *args):
    path = tmp_path / "pledges.csv"
    path.write_text(HEAD + rows, encoding="utf-8")
    status = main(["summary", str(path), "--format", "csv", *args])
    out, err = capsys.readouterr()
    return status, out, err


def flagged_lines(err):
    return [line for line in err.splitlines() if "flagged, not refused" in line]


@pytest.mark.parametrize(("rows", "expected"), FLAGGED)
def test_implausible_rows_are_flagged_with_the_ratio(tmp_path, capsys, rows, expected):
    status, out, err = summary(tmp_path, capsys, rows)
    assert status == 0
    lines = flagged_lines(err)
    for row, words in expected.items():
        mine = " ".join(line for line in lines if f"row {row}, value:" in line)
        assert all(word in mine for word in words), (row, mine)
    flagged = {int(line.split("row ")[1].split(",")[0]) for line in lines}
    assert flagged == set(expected)
    assert f"{len(expected)} row(s) flagged for scale: counted in the totals" in err
    assert f"# rows_flagged_for_scale: {len(expected)}\n" in out


@pytest.mark.parametrize(("rows", "expected"), FLAGGED)
def test_flagged_rows_are_still_counted(tmp_path, capsys, rows, expected):
    _, out, _ = summary(tmp_path, capsys, rows)
    counts = [line.rsplit(",", 1)[-1] for line in out.splitlines() if line[:3].isupper()]
    assert sum(int(c) for c in counts) == rows.count("\n")


@pytest.mark.parametrize(
    "rows",
    [
        "LTU,2024-01,€5 million,pledge\nLTU,2024-02,€40 million,pledge\n",
        "DEU,2023-01,€5 billion,pledge\nDEU,2023-02,€30 million,pledge\n",
        "EU,2024-01,€50 billion,pledge\nEU,2024-02,€100 million,pledge\n",  # no GDP: spread only
        "GBR,2023,£2.3 billion,pledge\nFRA,2023,€3 million,pledge\n",  # 1000x, other donors
        "NOR,2024-01,NOK 10 billion,pledge\n",
    ],
)
def test_plausible_rows_are_not_flagged(tmp_path, capsys, rows):
    status, out, err = summary(tmp_path, capsys, rows)
    assert status == 0
    assert flagged_lines(err) == []
    assert "flagged" not in out


def test_the_rows_audit_flags_too(tmp_path, capsys):
    status, out, err = summary(tmp_path, capsys, FLAGGED[2][0], "--rows")
    assert status == 0
    assert len(flagged_lines(err)) == 2
    assert "# rows_flagged_for_scale: 2\n" in out


def test_a_shipped_dataset_is_not_flagged(capsys):
    assert main(["summary", "--dataset", "sample", "--format", "csv"]) in (0, 1)
    assert "flagged" not in capsys.readouterr().err


def test_scale_flags_reads_years_from_dates_and_keeps_the_index():
    import pandas as pd

    rows = pd.DataFrame(
        {
            "donor": ["LTU", "LTU", None],
            "date": ["2024-01", "2024", "2024"],
            "value": [5e6, 6e9, 6e12],
            "currency": ["EUR", "EUR", "EUR"],
        },
        index=[10, 20, 30],
    )
    flags = scale_flags(rows)
    assert {row for row, _ in flags} == {10, 20}  # no donor: not checked
    assert all(isinstance(row, int) for row, _ in flags)


def test_the_table_header_counts_the_flagged_rows(tmp_path, capsys):
    status, out, _ = summary(tmp_path, capsys, FLAGGED[0][0], "--format", "table")
    assert status == 0
    assert out.splitlines()[0].endswith("; rows flagged for scale: 1 (listed on stderr)")


@given(
    st.lists(st.floats(min_value=1.0, max_value=1e9), min_size=2, max_size=30),
    st.sampled_from([0.25, 1.0, 8.0, 1024.0]),  # powers of two: the ratios stay exact
)
def test_the_spread_check_does_not_depend_on_the_unit(values, factor):
    """EU rows (no GDP): only the spread check; a common factor on every value (a unit for the
    whole table, here a power of two) flags the same rows, and no row is flagged when all are
    within 1000x."""
    import pandas as pd

    def flagged(scale):
        rows = pd.DataFrame(
            {
                "donor": "EU",
                "year": 2024,
                "value": [v * scale for v in values],
                "currency": "USD",
            }
        )
        return {row for row, _ in scale_flags(rows)}

    assert flagged(1.0) == flagged(factor)
    if max(values) / min(values) < 1000:
        assert flagged(1.0) == set()
