"""``aidcalc summary`` reads ``aidcalc extract --what pledges``'s own output (issue tables11b):
a row no total counts (a total row, a headline, a part: ``duplicate_of`` or ``part_of`` set)
needs no donor; a counted row whose text named no giver is reported with its row number and
why, left out of the totals, and the other rows are totalled (exit status 1)."""

from __future__ import annotations

import pytest
from cli_output import data_part

from aidcalc.cli import main

# (lang, text, the donor totals printed, the rows reported without a giver: extract's numbers,
# from 0; the report names each as "row N (line L)", L its line in the CSV)
ARTICLES = [
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Total: 5\n",
        {"DEU": "3,000,000,000", "FRA": "2,000,000,000"},
        [],
    ),
    (
        "de",
        "Zusagen (in Mio. Euro):\n- Deutschland: 300\n- Frankreich: 200\n- Gesamt: 500\n",
        {"DEU": "300,000,000", "FRA": "200,000,000"},
        [],
    ),
    (
        "pl",
        "Wsparcie (w mln zł):\n- Niemcy: 300\n- Francja: 200\n- Razem: 500\n",
        {"DEU": None, "FRA": None},
        [],
    ),
    (
        "en",
        "Pledges (in € bn):\n- Germany: 3\n- France: 2\n- Others: 1\n- Total: 6\n",
        {"DEU": "3,000,000,000", "FRA": "2,000,000,000"},
        [2],
    ),
    (
        "en",
        "Pledges (EUR million):\nGermany | 300\nScotland | 100\nItaly | 200\n",
        {"DEU": "300,000,000", "ITA": "200,000,000"},
        [1],
    ),
]


def extracted(capsys, tmp_path, lang, text):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    argv = ["extract", str(article), "--what", "pledges", "--published", "2025-03-01"]
    assert main([*argv, "--lang", lang, "--format", "csv"]) == 0
    table = tmp_path / "pledges.csv"
    table.write_text(capsys.readouterr().out, encoding="utf-8")
    return table


@pytest.mark.parametrize(("lang", "text", "totals", "reported"), ARTICLES)
def test_summary_reads_extracts_own_output(capsys, tmp_path, lang, text, totals, reported):
    table = extracted(capsys, tmp_path, lang, text)
    status = main(["summary", str(table), "--by", "donor"])
    out, err = capsys.readouterr()
    lines = {line.split()[0]: line.split() for line in data_part(out).splitlines()[2:]}
    assert set(lines) == set(totals)
    for donor, total in totals.items():
        if total is not None:  # zł converted: only that the donor is totalled
            assert lines[donor][1] == total
    assert status == (1 if reported else 0)
    for row in reported:
        assert f"row {row} (line {row + 2}), donor: none named in the text (donor_from: " in err
    if reported:
        assert "left out of the totals; the other rows are totalled (exit status 1)" in err
    else:
        assert "invalid" not in err


def test_a_hand_made_table_without_a_donor_still_stops_the_totals(capsys, tmp_path):
    table = tmp_path / "tracker.csv"
    table.write_text("donor,date,amount\nGermany,2024-01,€5m\n,2024-02,€3m\n", encoding="utf-8")
    status = main(["summary", str(table)])
    out, err = capsys.readouterr()
    assert status == 1
    assert "row 3, donor: missing" in err
    assert "nothing totalled" in err


def test_a_duplicate_row_without_a_donor_needs_none(capsys, tmp_path):
    table = tmp_path / "tracker.csv"
    table.write_text(
        "donor,date,amount,duplicate_of,part_of\n"
        "Germany,2024-01,€5m,,\nFrance,2024-01,€3m,,\n,2024-01,€8m,0,\n,2024-01,€1m,,1\n",
        encoding="utf-8",
    )
    status = main(["summary", str(table), "--by", "donor"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "DEU" in out and "FRA" in out
