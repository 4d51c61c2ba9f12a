"""``aidcalc summary``: formats, Kiel reproduction, bad rows, mixed measures, plot."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_output import data_part

from aidcalc.cli import main
from aidcalc.cli.summary import ecb_end
from aidcalc.rates import Rates

SAMPLE = "data/pledges/lithuania-ukraine-2024.csv"


def run(capsys, *argv):
    """Return (status, the data part of stdout, stderr): the provenance lines are left out
    (tests/cli/test_provenance.py checks them)."""
    status = main(["summary", *argv])
    out, err = capsys.readouterr()
    return status, data_part(out), err


def test_table_names_method_and_vintage_and_sorts_by_total(capsys):
    status, out, _ = run(capsys, "--dataset", "kiel", "--by", "donor")
    header, columns, first, second = out.splitlines()[:4]
    assert status == 0
    assert f"ECB reference rates to {ecb_end(Rates.default())}" in header
    assert "Release 29" in header and "value date = Kiel allocation month" in header
    assert columns.split() == ["donor", "total", "total_high", "count"]
    assert first.split()[:2] == ["USA", "115,380,650,000"]
    assert second.split()[0] == "EU"


def test_ecb_end_is_read_from_the_rates():
    rates = Rates.from_files()  # the shipped history, whatever a user has updated
    assert ecb_end(rates) == "2026-10-30"


def test_kiel_by_donor_year_reproduces_the_tracker(capsys):
    status, out, _ = run(capsys, "--dataset", "kiel", "--by", "donor,year", "--format", "csv")
    rows = {(r["donor"], r["year"]): float(r["total"]) for r in csv.DictReader(io.StringIO(out))}
    assert status == 0
    assert round(rows[("LTU", "2022")] / 1e9, 3) == 0.411
    assert round(rows[("LTU", "2026")] / 1e9, 3) == 0.211
    estonia = sum(total for (donor, _), total in rows.items() if donor == "EST")
    germany = sum(total for (donor, _), total in rows.items() if donor == "DEU")
    assert round(estonia / 1e9, 3) == 0.963 and round(germany / 1e9, 3) == 29.928


def test_sample_to_usd_csv_and_json(capsys):
    status, out, _ = run(capsys, SAMPLE, "--to", "USD", "--format", "csv")
    assert status == 0
    assert out.splitlines() == [
        "donor,year,total,total_high,count",
        "LTU,2024,11106000.0,11106000.0,1",
    ]
    status, out, _ = run(capsys, SAMPLE, "--per", "gdp", "--format", "json")
    record = json.loads(out)
    assert record["total"] == 10e6 and record["gdp_year"] == 2024
    assert record["pct_gdp"] == pytest.approx(10e6 / (85503938573.5664 / 1.08238046875) * 100)


def test_markdown(capsys):
    status, out, _ = run(capsys, SAMPLE, "--format", "markdown", "--per", "capita")
    lines = out.splitlines()
    assert status == 0 and lines[1] == ""
    assert lines[2].startswith("| donor | year | total |")
    assert lines[4] == "| LTU | 2024 | 10,000,000 | 10,000,000 | 1 | 3.46 | 2024 |"


def test_cumulative_shows_the_latest_statement(capsys):
    status, out, _ = run(capsys, SAMPLE, "--cumulative", "--to", "USD", "--format", "json")
    record = json.loads(out)
    assert status == 0 and record["date"] == "2024-11-04"
    assert record["total"] == pytest.approx(683e6 * 1.0904) and record["qualifier"] == "over"


BAD_CSV = (
    "donor,recipient,date,amount,category,measure,basis\n"
    "Atlantis,,2024-01,€5 million,,,\n"  # 2
    "LTU,,2024-02-30,€1 million,,,\n"  # 3
    "LTU,,2024-05-05,RUB 100 million,,,\n"  # 4: no RUB rate after 2022-03-01
    "EST,,2024-05,€3 million,military,,\n"  # 5: fine
    "\n"  # 6: blank, not a row
    'LTU,,2024-05,three drones,,,"new"\n'  # 7
    "LTU,Narnia,2024-05,€2 million,weapons,promise,total\n"  # 8: four bad cells
    "LTU,,2024-05,€2 million,,,,,surplus\n"  # 9: more cells than the header
    ",,,,,,\n"  # 10: blank
    'EST,,2024-06,"€4\nmillion",,,\n'  # 11-12: one record over two lines, fine
    "LTU,,,,,,\n"  # 13
)


def test_every_bad_row_reported_with_its_line_and_exit_1(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    status, out, err = run(capsys, str(path))
    assert status == 1 and out == ""
    *lines, last = err.splitlines()
    assert [line.removeprefix(f"{path}: ").split(":")[0] for line in lines] == [
        "row 2, donor",
        "row 3, date",
        "row 4, amount",
        "row 7, amount",
        "row 8, basis",
        "row 8, category",
        "row 8, measure",
        "row 8, recipient",
        "row 9",
        "row 13, amount",
        "row 13, date",
    ]
    assert "RUB" in lines[2] and "'promise' is not one of" in lines[6]
    assert "9 cells, the header has 7" in lines[8]
    assert last.endswith("7 invalid row(s): nothing totalled; --skip-invalid totals the valid rows")

    status, out, err = run(capsys, str(path), "--skip-invalid")
    assert status == 1  # the project rule: 1 when any input could not be handled
    *skipped, last = err.splitlines()
    assert skipped == lines
    assert last.endswith("7 invalid row(s): skipped, the valid rows are totalled (exit status 1)")
    header, columns, row = out.splitlines()
    assert "rows counted: 2" in header and "invalid rows skipped: 7 (listed on stderr)" in header
    assert row.split() == ["EST", "2024", "7,000,000", "7,000,000", "2"]


def test_json_lines_bad_lines_are_reported_by_line(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"donor": "LTU", "date": "2024", "amount": "€1 million"}\n\n'
        '{"donor": "LTU",\n[1, 2]\n'
        '{"donor": "Atlantis", "date": "2024", "amount": "€1 million"}\n',
        encoding="utf-8",
    )
    status, out, err = run(capsys, str(path), "--skip-invalid", "--format", "csv")
    assert status == 1 and out.splitlines()[1] == "LTU,2024,1000000.0,1000000.0,1"
    assert [line.removeprefix(f"{path}: ")[:22] for line in err.splitlines()[:3]] == [
        "row 3: not valid JSON ",
        "row 4: not a JSON obje",
        "row 5, donor: unknown ",
    ]


def test_mixed_measures_refused_unless_one_is_picked(tmp_path, capsys):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "donor,date,amount,measure\n"
        "LTU,2024-01,€5 million,pledge\n"
        "LTU,2024-02,€1 million,commitment\n",
        encoding="utf-8",
    )
    # a grouping given that adds measures is refused; without --by the rows are grouped by
    # measure too (tests/cli/test_default_outputs_17.py)
    status, _, err = run(capsys, str(path), "--by", "donor,year")
    assert status == 1 and "mix measures" in err
    status, out, _ = run(capsys, str(path), "--measure", "pledge", "--format", "csv")
    assert status == 0 and out.splitlines()[1] == "LTU,2024,5000000.0,5000000.0,1"
    status, out, _ = run(capsys, str(path), "--by", "donor,measure", "--format", "csv")
    assert status == 0 and len(out.splitlines()) == 3


def test_usage_errors_exit_2(capsys):
    assert run(capsys)[0] == 2
    assert run(capsys, SAMPLE, "--dataset", "kiel")[0] == 2
    assert run(capsys, SAMPLE, "--by", "donor", "--per", "gdp")[0] == 2
    assert run(capsys, SAMPLE, "--by", "colour")[0] == 2


def test_plot_writes_a_png(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    path = tmp_path / "totals.png"
    status, _, _ = run(capsys, "--dataset", "kiel", "--plot", str(path))
    assert status == 0
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


MESSY = (
    "Tracker export, 4 Nov 2024\n"
    "\n"
    "donor;date;amount;currency;category\n"
    "Norway;16.02.2024;35.000.000;NOK;military\n"  # line 4
    "Norway;16.02.2024;35.000.000;NOK;military\n"  # 5: repeats line 4
    "Sweden;03.04.2024;1.500.000,5;SEK;financial\n"  # 6
    "Denmark;Q1 2024;5 Mio.;DKK;humanitarian\n"  # 7
    "Finland;02.2024;-1000000;EUR;military\n"  # 8: a correction
    'Latvia;05.2024;"€5m;military\n'  # 9: an unclosed quote
    "Latvia;2024;€100m + €50m;;\n"  # 10: two amounts
)


def stdin_bytes(monkeypatch, text: str):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_summary_reads_stdin_and_a_messy_table(capsys, monkeypatch):
    stdin_bytes(monkeypatch, MESSY)
    status, out, err = run(
        capsys, "-", "--lang", "de", "--by", "Donor", "--skip-invalid", "--format", "csv"
    )
    assert status == 1  # rows 9 and 10 could not be handled
    totals = {row["donor"]: row for row in csv.DictReader(io.StringIO(out))}
    assert set(totals) == {"NOR", "SWE", "DNK", "FIN"}
    assert totals["NOR"]["count"] == "1"  # the repeated row counted once
    assert float(totals["FIN"]["total"]) == -1e6
    assert "<stdin>: delimiter ';'" in err and "header on line 3" in err
    assert "dates read day first (DMY): row 4 has 16.02.2024" in err
    assert "rows 4, 5 are identical: counted once" in err
    assert "<stdin>: row 9: a quote opens a cell" in err
    assert "<stdin>: row 10, amount: 2 amounts in one cell" in err


@pytest.mark.parametrize(
    ("groups", "extra", "listed", "more"),
    [
        (3, (), 3, None),  # few groups: every one listed, no summary line
        (20, (), 20, None),  # exactly the limit
        (21, (), 20, "1 more groups of repeated rows (2 rows) not listed"),
        (27, (), 20, "7 more groups of repeated rows (14 rows) not listed"),
        (27, ("--all-duplicates",), 27, None),
        (27, ("--keep-duplicates",), 20, "(14 rows) not listed (kept: --keep-duplicates)"),
    ],
)
def test_many_duplicate_groups_are_summarised_past_a_limit(
    capsys, tmp_path, groups, extra, listed, more
):
    # a pair of identical rows per month: one group each, all merged whatever is listed
    rows = [
        f"EST,{2022 + i // 12}-{i % 12 + 1:02d}-15,€{i + 1} million,other\n" for i in range(groups)
    ]
    path = tmp_path / "pairs.csv"
    path.write_text("donor,date,amount,category\n" + "".join(r + r for r in rows), "utf-8")
    status, out, err = run(capsys, str(path), "--by", "donor", *extra)
    assert status == 0
    group_lines = [line for line in err.splitlines() if "are identical" in line]
    assert len(group_lines) == listed
    assert group_lines[0].endswith(
        "rows 2, 3 are identical: counted once"
        + (" (kept: --keep-duplicates)" if "--keep-duplicates" in extra else "")
    )
    summary = [line for line in err.splitlines() if "not listed" in line]
    if more is None:
        assert summary == []
    else:
        assert len(summary) == 1 and more in summary[0] and "--all-duplicates" in summary[0]
    total = out.splitlines()[2].split()
    expected = sum(range(1, groups + 1)) * (2 if "--keep-duplicates" in extra else 1)
    assert total[0] == "EST" and total[1] == f"{expected * 1_000_000:,}"
    if "--keep-duplicates" not in extra:
        assert f"duplicate rows merged: {groups}" in out.splitlines()[0]


def test_keep_duplicates_counts_every_row_and_the_header_says_what_was_merged(capsys, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "donor,date,amount,category\n"
        "LTU,2024-03-01,€10 million,military\n"
        "LTU,2024-03-01,€10 million,military\n"
        "LTU,2024-03-01,€10 million,humanitarian\n"  # another category: another pledge
        "LVA,2024,€6 million,other\n"
        "LVA,2024,€4 million,military\n"
        "LVA,2024,€2 million,humanitarian\n",  # 6 = 4 + 2: a package and its items
        encoding="utf-8",
    )
    status, out, err = run(capsys, str(path), "--by", "donor")
    assert status == 0
    assert "duplicate rows merged: 2" in out.splitlines()[0]
    assert "rows 2, 3 are identical" in err and "row 5 is the sum of rows 6, 7" in err
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert lines["LTU"][1] == "20,000,000" and lines["LVA"][1] == "6,000,000"
    status, out, err = run(capsys, str(path), "--by", "donor", "--keep-duplicates")
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert lines["LTU"][1] == "30,000,000" and lines["LVA"][1] == "12,000,000"
    assert "merged" not in out and "(kept: --keep-duplicates)" in err


@pytest.mark.parametrize(
    "argv,message",
    [
        (["--measure", "pledges"], "invalid choice: 'pledges'"),
        (["--by", "donr,year"], "'donr' (did you mean 'donor'?)"),
        (["--by", "country"], "the columns are donor, recipient"),
    ],
)
def test_near_misses_exit_2_with_the_valid_values(capsys, argv, message):
    try:
        status, _, err = run(capsys, SAMPLE, *argv)
    except SystemExit as exit:  # argparse's own usage errors
        status, err = exit.code, capsys.readouterr().err
    assert status == 2 and message in err


def test_measure_and_by_are_case_insensitive(capsys):
    status, out, _ = run(capsys, SAMPLE, "--measure", "Pledge", "--by", "Donor,YEAR")
    assert status == 0 and out.splitlines()[1].split()[:2] == ["donor", "year"]


def test_reading_options_reach_the_reader(capsys, tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("note\ndonor,date,amount\nUSA,03/04/2024,$1 million\n", encoding="utf-8")
    status, out, err = run(capsys, str(path), "--date-format", "MDY", "--header-row", "2")
    assert status == 0 and "month first (MDY)" in err
    status, _, err = run(capsys, str(path), "--header-row", "2")
    assert status == 1 and "no date in the column tells which" in err


# -- review columns (issue 10, item 13): extract | summary counts each pledge once --------------

ARTICLES = {
    "a.txt": "The Netherlands pledged EUR 400 million in military aid to Ukraine on 3 March 2025, "
    "including EUR 100 million for drones.\n",
    "b.txt": "Poland pledged 50 mln zł to Ukraine on 4 March 2025. Warsaw said on 4 March 2025 "
    "that Poland pledged 50 mln zł for Ukraine.\n",
    "c.txt": "Sweden pledged SEK 300 million to Ukraine on 5 March 2025, including SEK 120 million "
    "for demining.\n",
}


def extracted_csv(capsys, tmp_path, names) -> str:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(ARTICLES[name], encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", *paths, "--what", "pledges", "--format", "csv"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("names", [("a.txt", "b.txt", "c.txt"), ("c.txt", "b.txt", "a.txt")])
def test_extract_of_several_files_piped_to_summary_counts_each_pledge_once(
    capsys, monkeypatch, tmp_path, names
):
    text = extracted_csv(capsys, tmp_path, names)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6  # two per file: a whole and its part, a pledge and its repeat
    for row in rows:  # every link points at a row of the same file, in the whole output
        for column in ("part_of", "duplicate_of"):
            if row[column]:
                assert rows[int(row[column])]["file"] == row["file"]
    stdin_bytes(monkeypatch, text)
    status, out, err = run(capsys, "-", "--by", "donor", "--format", "csv")
    assert status == 0, err
    totals = {row["donor"]: row for row in csv.DictReader(io.StringIO(out))}
    assert float(totals["NLD"]["total"]) == 400_000_000
    assert int(totals["NLD"]["count"]) == 1
    assert int(totals["POL"]["count"]) == 1 and int(totals["SWE"]["count"]) == 1
    stdin_bytes(monkeypatch, text)
    header = run(capsys, "-", "--by", "donor")[1].splitlines()[0]
    assert "rows left out by review (rejected, parts, duplicates): 3" in header
    assert "unreviewed candidates counted: 3" in header


def test_summary_skips_rejected_rows_and_says_so(capsys, monkeypatch):
    table = (
        "donor,date,amount,status,part_of,duplicate_of\n"
        "DEU,2025-03-03,EUR 10m,accepted,,\n"
        "DEU,2025-03-04,EUR 99m,rejected,,\n"
        "FRA,2025-03-04,EUR 5m,candidate,,\n"
    )
    stdin_bytes(monkeypatch, table)
    status, out, _ = run(capsys, "-", "--by", "donor", "--format", "csv")
    totals = {row["donor"]: row for row in csv.DictReader(io.StringIO(out))}
    assert status == 0
    assert float(totals["DEU"]["total"]) == 10_000_000
    stdin_bytes(monkeypatch, table)
    header = run(capsys, "-", "--by", "donor")[1].splitlines()[0]
    assert "rows left out by review (rejected, parts, duplicates): 1" in header
    assert "unreviewed candidates counted: 1" in header
    stdin_bytes(monkeypatch, table)
    status, out, _ = run(capsys, "-", "--rows", "--format", "csv")
    assert status == 0
    assert [row["donor"] for row in csv.DictReader(io.StringIO(out))] == [
        "DEU",
        "FRA",
    ]
