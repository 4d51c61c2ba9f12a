"""``summary --names LANG`` and the plot (issue 14): country names where people read, a plot that
is never cut, draws a range's high end and writes PNG, SVG or PDF by its suffix."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc.cli import main
from aidcalc.cli.output import names_problem, with_names
from aidcalc.countries import country_name

PLEDGES = (
    "donor,date,amount,category\n"
    "DEU,2024-11-04,€1-2 billion,military\n"
    "FRA,2024-11-04,€500m,military\n"
    "IMF,2024-11-04,$1.5-3bn,financial\n"
    "GBR,2024-11-04,£300m,military\n"
    "EU,2024-11-04,€50m,humanitarian\n"
)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, data_part(out), err  # the rows, after the provenance record


@pytest.fixture
def pledges(tmp_path):
    path = tmp_path / "pledges.csv"
    path.write_text(PLEDGES, encoding="utf-8")
    return path


# (code, locale, name): CLDR names through babel; organisations keep their documented names
NAMES = [
    ("DEU", "en", "Germany"),
    ("DEU", "de", "Deutschland"),
    ("DEU", "fr", "Allemagne"),
    ("DEU", "uk", "Німеччина"),
    ("UKR", "lt", "Ukraina"),
    ("USA", "es", "Estados Unidos"),
    ("GBR", "de", "Vereinigtes Königreich"),
    ("EU", "en", "European Union"),
    ("EU", "de", "Europäische Union"),
    ("IMF", "de", "International Monetary Fund"),
    ("IDA", "fr", "International Development Association"),
    ("XKX", "en", "Kosovo"),
    ("BRA", "pt_BR", "Brasil"),
]


@pytest.mark.parametrize(("code", "locale", "name"), NAMES)
def test_country_name(code, locale, name):
    assert country_name(code, locale) == name


def test_with_names_keeps_what_has_no_name():
    frame = pd.DataFrame(
        {"donor": ["DEU", "QQQ", None], "recipient": ["UKR"] * 3, "total": [1.0, 2.0, 3.0]}
    )
    named = with_names(frame, "de")
    assert named["donor"].tolist()[:2] == ["Deutschland", "QQQ"] and pd.isna(named["donor"][2])
    assert named["recipient"].tolist() == ["Ukraine"] * 3
    assert named["total"].tolist() == [1.0, 2.0, 3.0]
    assert frame["donor"].tolist()[0] == "DEU"  # the caller's frame is not changed


@pytest.mark.parametrize(("locale", "fine"), [("de", True), ("pt-BR", True), ("xx", False)])
def test_names_problem(locale, fine):
    assert (names_problem(locale) is None) == fine


@pytest.mark.parametrize(
    ("locale", "names"),
    [
        ("en", {"Germany", "France", "United Kingdom", "European Union"}),
        ("de", {"Deutschland", "Frankreich", "Vereinigtes Königreich", "Europäische Union"}),
        ("uk", {"Німеччина", "Франція", "Європейський Союз"}),
    ],
)
def test_summary_names(capsys, pledges, locale, names):
    status, out, _ = run(capsys, "summary", str(pledges), "--by", "donor", "--names", locale)
    assert status == 0
    assert all(name in out for name in names)
    assert "International Monetary Fund" in out and "DEU" not in out


def test_summary_names_in_csv_rows_and_cumulative(capsys, pledges):
    args = ["summary", str(pledges), "--names", "fr", "--format", "csv"]
    status, out, _ = run(capsys, *args, "--by", "donor")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and {row["donor"] for row in rows} >= {"Allemagne", "Union européenne"}
    status, out, _ = run(capsys, *args, "--rows")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and {row["recipient"] for row in rows} == {"Ukraine"}
    status, out, _ = run(
        capsys,
        "summary",
        "data/pledges/lithuania-ukraine-2024.csv",
        "--cumulative",
        "--names",
        "lt",
    )
    assert status == 0 and "Lietuva" in out


def test_unknown_names_language_is_wrong_usage(capsys, pledges):
    status, out, err = run(capsys, "summary", str(pledges), "--names", "xx")
    assert status == 2 and out == "" and "unknown language 'xx' for --names" in err


def edges_are_blank(path) -> bool:
    """True when the image's outermost columns and rows are background: nothing is cut."""
    import matplotlib.image

    pixels = matplotlib.image.imread(path)
    border = [pixels[:, :2], pixels[:, -2:], pixels[:2, :], pixels[-2:, :]]
    return all(float(part[..., :3].min()) > 0.99 for part in border)


@pytest.mark.parametrize(
    ("suffix", "magic"),
    [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<?xml"), ("pdf", b"%PDF-")],
)
def test_plot_type_by_suffix(capsys, pledges, tmp_path, suffix, magic):
    pytest.importorskip("matplotlib")
    path = tmp_path / f"totals.{suffix}"
    args = ["summary", str(pledges), "--by", "donor,category", "--names", "de"]
    status, _, _ = run(capsys, *args, "--plot", str(path))
    assert status == 0 and path.read_bytes()[: len(magic)] == magic
    if suffix == "svg":
        text = path.read_text(encoding="utf-8")
        assert "Deutschland" in text and "International Monetary Fund" in text
        assert "high end of ranges" in text  # DEU and IMF give ranges
        assert "Totals by donor and category" in text and "military" in text
    if suffix == "png":
        assert edges_are_blank(path)


def test_plot_without_ranges_draws_no_high_end(capsys, tmp_path):
    pytest.importorskip("matplotlib")
    path = tmp_path / "totals.svg"
    status, _, _ = run(
        capsys, "summary", "data/pledges/lithuania-ukraine-2024.csv", "--plot", str(path)
    )
    assert status == 0 and "high end of ranges" not in path.read_text(encoding="utf-8")


def test_long_names_and_footnote_are_not_cut(capsys, tmp_path):
    pytest.importorskip("matplotlib")
    path = tmp_path / "kiel.png"
    args = ["summary", "--dataset", "kiel", "--by", "donor", "--names", "de", "--plot", str(path)]
    status, _, _ = run(capsys, *args)
    assert status == 0 and edges_are_blank(path)
