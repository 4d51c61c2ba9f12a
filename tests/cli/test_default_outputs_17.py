"""What the default outputs show a new user (trialfixa17): ``aidcalc extract --what pledges``
as a table shows each row's number and review status, and the ``part_of`` / ``duplicate_of``
links when some row has one, so a rejected row (a request, a withdrawn figure) never looks
like a counted pledge; ``aidcalc summary`` without ``--by`` totals rows that mix measures by
donor, year and measure, saying why, while a ``--by`` given still refuses to add measures."""

from __future__ import annotations

import json

import pytest
from cli_output import data_part

from aidcalc.cli import main

# texts of our own, each with a package and a part of it, and a request that is no pledge
ARTICLES = {
    "en": (
        "Britain pledged £300 million to Ukraine on Tuesday. Of this, £120 million will buy "
        "drones. The UN appealed for $2 billion for Sudan on Wednesday."
    ),
    "de": (
        "Die Bundesregierung sagte der Ukraine am Montag 200 Millionen Euro zu. Davon gehen 80 "
        "Millionen Euro in die Luftabwehr. Die Vereinten Nationen hatten zuvor um 3 Milliarden "
        "US-Dollar für den Sudan gebeten."
    ),
    "pl": (
        "Polska przekaże Ukrainie 90 mln zł na sprzęt medyczny. Z tej kwoty 30 mln zł trafi do "
        "szpitali. Agencja ONZ zaapelowała o 1,5 mld dolarów na pomoc dla Sudanu."
    ),
}


def _extract(capsys, path, fmt):
    status = main(
        ["extract", str(path), "--what", "pledges", "--published", "2025-03-01", "--format", fmt]
    )
    out, _ = capsys.readouterr()
    return status, out


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_pledge_table_shows_status_and_links_as_the_rows_have_them(capsys, tmp_path, lang):
    path = tmp_path / f"{lang}.txt"
    path.write_text(ARTICLES[lang], encoding="utf-8")
    status, out = _extract(capsys, path, "json")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines() if not line.startswith('{"_')]
    assert any(row["status"] == "rejected" for row in rows), rows
    assert any(row["part_of"] is not None for row in rows), rows
    status, table = _extract(capsys, path, "table")
    header, *lines = table.splitlines()
    names = header.split()
    assert names[:2] == ["row", "file"]
    assert names.index("basis") < names.index("status") < names.index("part_of")
    assert "duplicate_of" not in names  # no row repeats another here
    assert len(lines) == len(rows)
    starts = [header.index(name) for name in names]
    for number, (line, row) in enumerate(zip(lines, rows, strict=True)):
        cells = {
            name: line[start:end].strip()
            for name, start, end in zip(names, starts, [*starts[1:], None], strict=True)
        }
        assert cells["row"] == str(number)
        assert cells["status"] == row["status"]
        assert cells["part_of"] == ("" if row["part_of"] is None else str(row["part_of"]))


def test_the_pledge_table_without_links_has_no_link_columns(capsys, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Norway pledged NOK 500 million to Ukraine on Monday.", encoding="utf-8")
    _, table = _extract(capsys, path, "table")
    names = table.splitlines()[0].split()
    assert "status" in names and "part_of" not in names and "duplicate_of" not in names


MIXED = "donor,date,amount,measure\nEST,2024-03,€4 million,pledge\nEST,2024-05,€2 million,{}\n"


@pytest.mark.parametrize("other", ["commitment", "allocation", "disbursement"])
def test_summary_without_by_totals_mixed_measures_by_measure_and_says_why(capsys, tmp_path, other):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED.format(other), encoding="utf-8")
    status = main(["summary", str(path), "--format", "csv"])
    out, err = capsys.readouterr()
    assert status == 0
    assert f"the rows mix measures ({', '.join(sorted(['pledge', other]))})" in err
    assert "never added together: totals by donor, year, measure" in err
    header, *lines = data_part(out).splitlines()
    assert header.split(",")[:3] == ["donor", "year", "measure"]
    assert sorted(line.split(",")[2] for line in lines) == sorted(["pledge", other])
    status = main(["summary", str(path), "--by", "donor,year"])  # asked for: still refused
    out, err = capsys.readouterr()
    assert status == 1 and "adding them double-counts" in err and not data_part(out).strip()


def test_summary_of_one_measure_keeps_the_default_grouping(capsys, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text(MIXED.format("pledge"), encoding="utf-8")
    status = main(["summary", str(path), "--format", "csv"])
    out, err = capsys.readouterr()
    assert status == 0 and "mix measures" not in err
    assert data_part(out).splitlines()[0].split(",")[:3] == ["donor", "year", "total"]
    path.write_text(MIXED.format("commitment"), encoding="utf-8")
    status = main(["summary", str(path), "--format", "csv", "--measure", "pledge"])
    out, err = capsys.readouterr()
    assert status == 0 and "mix measures" not in err
    assert data_part(out).splitlines()[0].split(",")[:3] == ["donor", "year", "total"]
