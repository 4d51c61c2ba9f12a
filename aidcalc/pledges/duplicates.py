"""Rows a table holds twice: the same pledge on two rows, or a package and its items.

``find_duplicates`` applies two rules, in this order, to the rows of a pledge frame:

1. **identical rows**: the same donor, recipient, value date, value, range top, currency,
   category, measure and basis. The first row of each group is kept; the others repeat it.
   Rows that differ in category (a military and a humanitarian package of equal value on one
   day) are two pledges, not one.
2. **a package and its items**: among the rows of one donor, recipient, value date, currency,
   measure and basis (that are not ranges), a row whose value equals the sum of all the other
   rows' values (at least two of them), to the cent: the items are kept, the package row
   repeats them.

Either way the rows are reported by row number; ``aidcalc summary`` counts each group once
unless ``--keep-duplicates`` is given.

>>> import pandas as pd
>>> frame = pd.DataFrame({"donor": ["LTU"] * 4, "recipient": "UKR", "date": "2024",
...     "value": [7.0, 7.0, 3.0, 2.0], "high": float("nan"), "currency": "EUR",
...     "category": ["military", "military", "other", "other"], "measure": "pledge",
...     "basis": "new"}, index=[2, 3, 4, 5])
>>> keep, groups = find_duplicates(frame)
>>> keep.tolist(), groups
([True, False, True, True], [('identical', [2, 3])])
>>> frame.loc[[2, 3], "value"] = 5.0  # and now 5 = 3 + 2: rows 4 and 5 are row 2's items
>>> find_duplicates(frame)
(array([False, False,  True,  True]), [('identical', [2, 3]), ('package', [2, 4, 5])])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

IDENTICAL = ("donor", "recipient", "date", "value", "high", "currency", "category", "measure")
IDENTICAL += ("basis",)
PACKAGE = ("donor", "recipient", "date", "currency", "measure", "basis")


def find_duplicates(frame: pd.DataFrame) -> tuple[np.ndarray, list[tuple[str, list[Any]]]]:
    """Return (which rows to count, the groups found as (rule, row labels)).

    The first label of an ``identical`` group is the row kept; the first label of a
    ``package`` group is the package row left out, the others its items.
    """
    import numpy as np

    keep = np.ones(len(frame), dtype=bool)
    groups: list[tuple[str, list[Any]]] = []
    if len(frame) < 2:
        return keep, groups
    columns = [c for c in IDENTICAL if c in frame.columns]
    work = frame[columns].reset_index(drop=True)
    repeated = work.duplicated(keep=False).to_numpy()
    if repeated.any():
        labels = frame.index.to_numpy()
        positions = np.flatnonzero(repeated)
        for _, members in (
            work.iloc[positions].groupby(columns, dropna=False, sort=False).groups.items()
        ):
            members = sorted(members)
            groups.append(("identical", [_plain(labels[i]) for i in members]))
            keep[members[1:]] = False
    _packages(frame, keep, groups)
    return keep, groups


def _packages(frame: pd.DataFrame, keep: np.ndarray, groups: list) -> None:
    """Mark package rows whose items follow them in the same group (rule 2), in place."""
    import numpy as np

    columns = [c for c in PACKAGE if c in frame.columns]
    values = frame["value"].to_numpy(dtype="float64")
    ranged = (
        frame["high"].notna().to_numpy() if "high" in frame.columns else np.zeros(len(frame), bool)
    )
    labels = frame.index.to_numpy()
    counted = keep & ~ranged & np.isfinite(values)
    if counted.sum() < 3:
        return
    sub = frame[columns].reset_index(drop=True)[counted]
    for _, members in sub.groupby(columns, dropna=False, sort=False).groups.items():
        members = list(members)
        if len(members) < 3:
            continue
        cents = np.round(values[members] * 100)
        total = cents.sum()
        for i, position in enumerate(members):
            if cents[i] != 0 and cents[i] * 2 == total:  # the row equals the sum of the others
                items = [m for m in members if m != position]
                found = [labels[position], *(labels[m] for m in items)]
                groups.append(("package", [_plain(label) for label in found]))
                keep[position] = False
                break


def _plain(label: Any) -> Any:
    """Return a row label as a plain Python value (numpy integers unboxed)."""
    return label.item() if hasattr(label, "item") else label


def describe_groups(groups: list[tuple[str, list[Any]]]) -> list[str]:
    """Return one line per group: ``rows 3, 4 are identical`` / ``row 2 is the sum of rows …``."""
    lines = []
    for rule, rows in groups:
        if rule == "identical":
            lines.append(f"rows {', '.join(map(str, rows))} are identical: counted once")
        else:
            items = ", ".join(map(str, rows[1:]))
            lines.append(f"row {rows[0]} is the sum of rows {items}: the items are counted")
    return lines
