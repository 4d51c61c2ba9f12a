"""Loaders for the shipped data: the Kiel Ukraine Support Tracker release, sample pledges."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .._paths import data_file

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

KIEL_CATEGORIES = ("military", "financial", "humanitarian")


def sample_pledges() -> Path:
    """Return the path of the shipped sample: Lithuania's pledges in the Kyiv Independent seed."""
    return data_file("pledges", "lithuania-ukraine-2024.csv")


@lru_cache(maxsize=1)
def kiel_release() -> dict[str, str]:
    """Return the Kiel release's metadata: ``release``, ``period``, ``date``, ``label``.

    >>> kiel_release()["label"]
    'Ukraine Support Tracker, Release 29 (04/2026)'
    """
    with data_file("kiel", "release_info.csv").open(encoding="utf-8", newline="") as handle:
        return next(csv.DictReader(handle))


def kiel() -> pd.DataFrame:
    """Return the Kiel tracker's allocations as a pledge frame, values in EUR.

    One row per donor, month and category with a non-zero value: the file's € bn times 1e9,
    ``date`` ``YYYY-MM`` (month precision), ``measure`` ``allocation``, ``basis`` ``new``.

    >>> frame = kiel()
    >>> lithuania = frame[(frame.donor == "LTU") & (frame.year == 2022)]
    >>> float(round(lithuania.value.sum() / 1e9, 3))
    0.411
    """
    import pandas as pd

    from .schema import COLUMNS, pledge_frame

    raw = pd.read_csv(data_file("kiel", "data_explorer.csv"), keep_default_na=False)
    release = kiel_release()
    source = f"Kiel Institute for the World Economy, {release['label']}, released {release['date']}"
    long = raw.melt(
        id_vars=["country", "iso", "year", "month"],
        value_vars=list(KIEL_CATEGORIES),
        var_name="category",
        value_name="bn",
    )
    long = long[long["bn"] != 0].sort_values(["iso", "year", "month", "category"], kind="stable")
    months = long["year"].astype(str) + "-" + long["month"].astype(int).map("{:02d}".format)
    count = len(long)
    columns = {
        "donor": long["iso"].tolist(),
        "recipient": ["UKR"] * count,
        "date": months.tolist(),
        "date_precision": ["month"] * count,
        "year": long["year"].tolist(),
        "amount": [""] * count,
        "value": (long["bn"] * 1e9).tolist(),
        "currency": ["EUR"] * count,
        "qualifier": [None] * count,
        "high": [float("nan")] * count,
        "category": long["category"].tolist(),
        "measure": ["allocation"] * count,
        "basis": ["new"] * count,
        "source": [source] * count,
        "note": long["country"].tolist(),
    }
    return pledge_frame({name: columns[name] for name in COLUMNS})
