"""``Rates.coverage()``: every source with what it quotes and its first and last date."""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.rates import Rates
from aidcalc.rates.legacy import LEGACY
from aidcalc.rates.pegs import PEGS
from aidcalc.rates.redenominations import REDENOMINATIONS


@pytest.fixture(scope="module")
def rates() -> Rates:
    return Rates.from_files()  # the shipped files, whatever the user has updated


def by_key(rates) -> dict:
    return {found.key: found for found in rates.coverage()}


def test_every_shipped_source_is_listed_in_the_order_they_are_consulted(rates):
    keys = [found.key for found in rates.coverage()]
    assert keys == ["ecb", "nbu-EUR", "nbu-USD", "pegs", "redenominations", "worldbank", "legacy"]


@pytest.mark.parametrize(
    ("key", "first", "last", "last_text"),
    [
        # checked against the files: the ECB zip's first and last rows, the NBU CSV's, the WDI's
        ("ecb", date(1999, 1, 4), date(2026, 10, 30), "2026-10-30"),
        ("nbu-USD", date(1996, 9, 2), date(2025, 10, 20), "2025-10-20"),
        ("nbu-EUR", date(1999, 1, 1), date(2025, 10, 20), "2025-10-20"),
        ("worldbank", date(1960, 1, 1), date(2025, 1, 1), "2025"),
        ("pegs", date(1999, 1, 1), None, ""),  # legal rates in force: no last date
        ("redenominations", date(2005, 1, 1), None, ""),  # TRL -> TRY is the earliest
        ("legacy", date(1999, 1, 1), None, ""),
    ],
)
def test_first_and_last_dates(rates, key, first, last, last_text):
    found = by_key(rates)[key]
    assert (found.first, found.last, found.last_text) == (first, last, last_text)


def test_what_each_source_quotes(rates):
    found = by_key(rates)
    assert (
        found["ecb"].quotes.startswith("29 currencies per EUR") and " USD " in found["ecb"].quotes
    )
    assert "RUB" not in found["ecb"].quotes  # suspended: not quoted at the last date
    assert all(code in found["pegs"].quotes for code in PEGS)
    assert all(f"{old}->" in found["redenominations"].quotes for old in REDENOMINATIONS)
    assert found["legacy"].quotes.split() == sorted(LEGACY)
    assert "36.5686" in found["nbu-USD"].file and "filled" in found["nbu-USD"].file
    assert found["worldbank"].first_text == "1960" and found["ecb"].first_text == "1999-01-04"


def test_the_nbu_gaps_are_read_from_the_series_as_the_files_give_them(rates):
    from aidcalc.rates import nbu

    assert rates.nbu_filled_gaps() == nbu.filled_gaps(*rates.nbu_files)
    assert rates.nbu_filled_gaps()[-1] == (date(2022, 7, 21), date(2023, 7, 31), "36.5686")


def test_a_user_table_is_listed_last_or_first_when_it_overrides(rates, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "date,base,quote,rate\n2024-11-01,XDR,USD,1.32\n2024-11-04,XDR,USD,1.33\n"
        "2023,VES,USD,0.03\n",
        encoding="utf-8",
    )
    found = rates.with_table(path).coverage()
    user = found[-1]
    assert user.key == "user" and "mine.csv" in user.source and "where no official" in user.source
    assert (user.first, user.last, user.last_text) == (
        date(2023, 1, 1),
        date(2024, 11, 4),
        "2024-11-04",
    )
    assert user.quotes == "3 rows: VES/USD XDR/USD"
    first = rates.with_table(path, override=True).coverage()[0]
    assert first.key == "user" and "before the official sources" in first.source
    assert [c.key for c in rates.coverage()][-1] == "legacy"  # the original is unchanged
