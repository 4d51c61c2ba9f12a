"""What a result rests on, as a record: the rate sources and their last dates, the method, the
counts of rows counted, merged, skipped and unreviewed, and the assumptions the readings rest on.

``summary`` and ``normalize`` print it as their header line in a table, and write it ahead of
the rows in CSV (``#`` comment lines) and JSON lines (a first ``{"_provenance": {...}}`` line)
through ``aidcalc.cli.output.write_provenance`` (docs/cli.md, "Provenance in CSV and JSON").
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

# the dated rate sources a header names, by their ``Rates.coverage()`` key
VINTAGE_NAMES = {
    "ecb": "ECB reference rates",
    "nbu-USD": "NBU official UAH rates",
    "worldbank": "World Bank annual rates",
}


def rate_sources(rates: Any) -> list[str]:
    """Return each dated rate source with its last date (``Rates.coverage()``), then the user's
    table when one is given: ``['ECB reference rates to 2026-10-30', …]``."""
    found_sources = []
    for found in rates.coverage():
        name = VINTAGE_NAMES.get(found.key)
        if found.key == "user":
            name = f"user table {Path(found.file).name}"
        if name and found.last is not None:
            found_sources.append(f"{name} to {found.last_text}")
    return found_sources


def assumption_counts(frame: Any) -> tuple[int, dict[str, int]]:
    """Return (how many rows of ``frame`` rest on an assumption, the rows per assumption code).

    The codes are those of the ``assumptions`` column (``|`` between them; the column exists
    only when some reading rests on a default, ``aidcalc.parsing.explain.ASSUMPTIONS`` and
    ``donor-currency``); codes are counted in the order of their first row.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"assumptions": ["dollar-usd", "", "short-scale|donor-currency",
    ...                                       "dollar-usd"]})
    >>> assumption_counts(frame)
    (3, {'dollar-usd': 2, 'short-scale': 1, 'donor-currency': 1})
    >>> assumption_counts(pd.DataFrame({"assumptions": ["", "short-scale|dollar-usd", None,
    ...                                                 "dollar-usd", "short-scale|dollar-usd"]}))
    (3, {'short-scale': 2, 'dollar-usd': 3})
    >>> assumption_counts(pd.DataFrame({"donor": ["LTU"]}))
    (0, {})
    """
    if "assumptions" not in getattr(frame, "columns", ()):
        return 0, {}
    import numpy as np
    import pandas as pd

    rows, codes = 0, Counter()
    # each distinct cell once, with its number of rows: factorized in the order of first
    # appearance, so the codes keep the order of their first row (a million cells are not
    # made Python strings one by one)
    found, cells = pd.factorize(frame["assumptions"], use_na_sentinel=False)
    for cell, count in zip(cells, np.bincount(found, minlength=len(cells)).tolist(), strict=True):
        if isinstance(cell, str) and cell:
            rows += count
            for code in dict.fromkeys(code for code in cell.split("|") if code):
                codes[code] += count
    return rows, dict(codes)


def assumption_text(frame: Any, counts: tuple[int, dict[str, int]] | None = None) -> str:
    """Return the header's words on assumptions: ``rows resting on an assumption: 2
    (dollar-usd 1, donor-currency 1)``; empty when no row rests on one. ``counts``: the
    frame's ``assumption_counts`` when already found.

    >>> import pandas as pd
    >>> assumption_text(pd.DataFrame({"assumptions": ["dollar-usd", "", "dollar-usd"]}))
    'rows resting on an assumption: 2 (dollar-usd 2)'
    """
    rows, codes = assumption_counts(frame) if counts is None else counts
    if not rows:
        return ""
    listed = ", ".join(f"{code} {count}" for code, count in codes.items())
    return f"rows resting on an assumption: {rows} ({listed})"


def flag_assumed(errors: list, frame: Any) -> list:
    """Return the bad rows ``(row, column, reason)`` with, for each row of ``frame`` whose
    reading rests on an assumption, the codes after the reason: ``… (reading assumed:
    dollar-usd)``, so the report says what the failed reading took for granted.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"assumptions": ["dollar-usd", ""]}, index=[2, 3])
    >>> flag_assumed([(2, "amount", "no rate"), (3, "amount", "no rate")], frame)
    [(2, 'amount', 'no rate (reading assumed: dollar-usd)'), (3, 'amount', 'no rate')]
    """
    if "assumptions" not in getattr(frame, "columns", ()):
        return list(errors)
    codes = frame["assumptions"]
    flagged = []
    for row, column, reason in errors:
        assumed = codes.get(row) if row in codes.index else None
        if isinstance(assumed, str) and assumed:
            reason = f"{reason} (reading assumed: {assumed.replace('|', ', ')})"
        flagged.append((row, column, reason))
    return flagged


def record(header: str, **fields: Any) -> dict[str, Any]:
    """Return the provenance record: the aidcalc version, the ``fields`` in the order given,
    then the ``header`` line a table prints (the same words, for people)."""
    from .._version import __version__

    return {"aidcalc": __version__, **fields, "header": header}
