"""The shipped datasets: the Kiel tracker as a pledge frame, the Lithuania sample."""

from __future__ import annotations

import pandas as pd
import pytest

from aidcalc._paths import data_file
from aidcalc.pledges.datasets import kiel, kiel_release, sample_pledges
from aidcalc.pledges.schema import COLUMNS


@pytest.fixture(scope="module")
def frame():
    return kiel()


def billions(frame, **where):
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return round(rows["value"].sum() / 1e9, 3)


def test_kiel_is_a_pledge_frame(frame):
    assert list(frame.columns) == list(COLUMNS)
    assert set(frame["category"]) == {"military", "financial", "humanitarian"}
    assert set(frame["measure"]) == {"allocation"} and set(frame["basis"]) == {"new"}
    assert set(frame["currency"]) == {"EUR"} and set(frame["date_precision"]) == {"month"}
    assert frame["date"].str.fullmatch(r"\d{4}-\d{2}").all()
    assert (frame["value"] > 0).all()
    assert "EU" in set(frame["donor"]) and "TWN" in set(frame["donor"])
    assert frame["source"].iloc[0].startswith("Kiel Institute for the World Economy")
    assert "Release 29" in frame["source"].iloc[0]


@pytest.mark.parametrize(
    ("donor", "year", "bn"),
    [
        ("LTU", 2022, 0.411),
        ("LTU", 2023, 0.379),
        ("LTU", 2024, 0.333),
        ("LTU", 2025, 0.258),
        ("LTU", 2026, 0.211),
    ],
)
def test_kiel_published_yearly_totals(frame, donor, year, bn):
    assert billions(frame, donor=donor, year=year) == bn


@pytest.mark.parametrize(
    ("donor", "bn"), [("LTU", 1.593), ("EST", 0.963), ("DEU", 29.928), ("USA", 115.381)]
)
def test_kiel_published_overall_totals(frame, donor, bn):
    assert billions(frame, donor=donor) == bn


def test_kiel_monthly_sums_match_the_trackers_all_donor_file(frame):
    allocations = pd.read_csv(data_file("kiel", "total_allocations.csv"))
    ours = frame.groupby("date")["value"].sum() / 1e9
    for row in allocations.itertuples():
        assert ours[f"{row.year}-{row.month:02d}"] == pytest.approx(row.total_allocations, abs=1e-6)


def test_kiel_release_metadata():
    assert kiel_release()["release"] == "29" and kiel_release()["date"] == "2026-08-04"


def test_sample_pledges_path_is_shipped():
    assert sample_pledges().name == "lithuania-ukraine-2024.csv" and sample_pledges().is_file()


def test_shipped_kiel_file_matches_the_shared_copy(shared_dir):
    shipped = data_file("kiel", "data_explorer.csv").read_bytes()
    assert shipped == (shared_dir / "data" / "kiel" / "data_explorer.csv").read_bytes()
