"""Rows a table holds twice: the same pledge on two rows, or a package and its items.

``find_duplicates`` applies two rules, in this order, to the rows of a pledge frame:

1. **identical rows**: the same donor, recipient, value date, value, range top, currency,
   category, measure and basis. The first row of each group is kept; the others repeat it.
   Rows that differ in category (a military and a humanitarian package of equal value on one
   day) are two pledges, not one.
2. **a coarser date**: rows identical but for the value date, one date a period that holds
   the other (``2024-06`` holds ``2024-06-11``; ``2024`` and ``2024-Q2`` hold both): the
   same pledge written once to the day and once to the month or year. The row of the finest
   date is kept, the coarser ones repeat it. Rows whose dates hold neither the other
   (``2024-05`` and ``2024-06``) are two pledges.
3. **a package and its items**: among the rows of one donor, recipient, value date, currency,
   measure and basis (that are not ranges), a row whose value equals the sum of all the other
   rows' values (at least two of them), to the cent: the items are kept, the package row
   repeats them. Not when one of those items is itself the sum of the others (a total and
   its breakdown beside a larger row, 200 = 100 + 60 + 40 where 100 = 60 + 40): such a sum
   counts one total twice, so no row is taken as a package (trial 13c, N6).

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
>>> frame.loc[3, "date"] = "2024-06"  # row 2 is dated 2024: the month holds row 3's pledge
>>> frame.loc[3, "category"] = "military"
>>> find_duplicates(frame)[1]
[('coarser date', [2, 3])]
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

IDENTICAL = ("donor", "recipient", "date", "value", "high", "currency", "category", "measure")
IDENTICAL += ("basis",)
# rule 2: the columns of IDENTICAL but the value date
UNDATED = tuple(c for c in IDENTICAL if c != "date")
PACKAGE = ("donor", "recipient", "date", "currency", "measure", "basis")


def find_duplicates(frame: pd.DataFrame) -> tuple[np.ndarray, list[tuple[str, list[Any]]]]:
    """Return (which rows to count, the groups found as (rule, row labels)).

    The first label of an ``identical`` group is the row kept; the first label of a
    ``package`` group is the package row left out, the others its items. Vectorised: group
    numbers, counts and sums per group, then one pass over the groups found.
    """
    import numpy as np

    keep = np.ones(len(frame), dtype=bool)
    groups: list[tuple[str, list[Any]]] = []
    if len(frame) < 2:
        return keep, groups
    labels = frame.index.to_numpy()
    columns = [c for c in IDENTICAL if c in frame.columns]
    coded: dict = {}  # each column's codes, for both rules
    group = _group_numbers(frame, columns, np.ones(len(frame), dtype=bool), coded)
    size = np.bincount(group)
    repeated = np.flatnonzero(size[group] > 1)
    if len(repeated):
        order = repeated[np.lexsort((repeated, group[repeated]))]
        starts = np.flatnonzero(np.diff(group[order], prepend=-1))  # each group's first row
        keep[order] = False
        keep[order[starts]] = True
        members = _plain_labels(labels[order])  # one conversion, then slices of a list
        bounds = [*starts.tolist(), len(order)]
        groups.extend(("identical", members[a:b]) for a, b in itertools.pairwise(bounds))
    _coarser_dates(frame, keep, groups, labels, coded)
    _packages(frame, keep, groups, labels, coded)
    return keep, groups


def _coarser_dates(
    frame: pd.DataFrame, keep: np.ndarray, groups: list, labels: np.ndarray, coded: dict
) -> None:
    """Mark the rows of rule 2 (a coarser date holding a finer one of an otherwise identical
    row), in place: among the kept rows, those of one ``UNDATED`` group of which one at least
    has a date coarser than a day; each coarser row holding the date of a finer one repeats the
    finest such row. Only such groups are walked in Python (a table's rows are mostly dated to
    the day or stand alone)."""
    import numpy as np

    from ..dates import parse_value_date

    if "date" not in frame.columns or frame["date"].dtype.kind == "f":  # no date written
        return
    lengths = frame["date"].str.len().to_numpy(dtype="float64", na_value=np.nan)
    written = ~np.isnan(lengths)
    coarse = written & (lengths < len("2024-06-11"))  # a month, quarter or year
    if not (keep & coarse).any():
        return
    dates = frame["date"].to_numpy(dtype=object)
    rows = keep & written
    columns = [c for c in UNDATED if c in frame.columns]
    group = _group_numbers(frame, columns, rows, {k: v for k, v in coded.items() if k != "date"})
    size = np.bincount(group[rows])
    inside = np.flatnonzero(rows)
    walked = inside[size[group[inside]] >= 2]
    held = set(group[np.flatnonzero(keep & coarse)].tolist())
    by_group: dict[int, list[int]] = {}
    for position in walked.tolist():
        if group[position] in held:
            by_group.setdefault(int(group[position]), []).append(position)
    for members in by_group.values():
        spans = {}
        for position in members:
            try:
                spans[position] = parse_value_date(dates[position])
            except ValueError:
                continue
        for position, span in spans.items():
            finer = [
                other
                for other, inner in spans.items()
                if other != position
                and inner.end - inner.start < span.end - span.start
                and span.start <= inner.start
                and inner.end <= span.end
            ]
            if finer:
                finest = min(finer, key=lambda o: (spans[o].end - spans[o].start, o))
                keep[position] = False
                groups.append(("coarser date", [_plain(labels[position]), _plain(labels[finest])]))


def _group_numbers(
    frame: pd.DataFrame, columns: list[str], rows: np.ndarray, coded: dict | None = None
) -> np.ndarray:
    """Return the group number of each row in ``rows`` (a mask) by ``columns``; -1 elsewhere.

    The numbers of ``groupby(columns, dropna=False, sort=False).ngroup()`` on those rows:
    groups numbered in the order their first row comes, a missing value one value. Each column
    is factorized once, as groupby factorizes it (``coded`` keeps the codes for the next call),
    and the codes of a row are one number in mixed radix, factorized at the end: no sorting.
    """
    import numpy as np
    import pandas as pd

    coded = {} if coded is None else coded
    numbers = np.full(len(frame), -1, dtype=np.int64)
    every = bool(rows.all())
    key = np.zeros(len(frame) if every else int(rows.sum()), dtype=np.int64)
    span = 1  # the numbers key can hold so far
    for column in columns:
        if column not in coded:
            codes, uniques = factorized(frame[column])
            coded[column] = (codes.astype(np.int64, copy=False), max(len(uniques), 1))
        codes, count = coded[column]
        if span * count >= 1 << 62:  # would overflow: number the keys so far first
            key, uniques = pd.factorize(key)
            span = max(len(uniques), 1)
        key = key * count + (codes if every else codes[rows])
        span *= count
    numbers[rows] = pd.factorize(key)[0]
    return numbers


def factorized(column: pd.Series) -> tuple[np.ndarray, Any]:
    """Return ``pd.factorize(column, use_na_sentinel=False)``: the code of each cell in the
    order of first appearance, and the distinct cells. A column that holds one value in every
    row (``recipient``, ``measure``, ``basis`` of most tables), or only missing cells, is
    found by one comparison (pyarrow's for text), not by hashing a million cells.

    >>> import pandas as pd
    >>> codes, uniques = factorized(pd.Series(["pledge"] * 3, dtype="str"))
    >>> codes.tolist(), list(uniques)
    ([0, 0, 0], ['pledge'])
    >>> codes, uniques = factorized(pd.Series(["new", "new", "cumulative"], dtype="str"))
    >>> codes.tolist(), list(uniques)
    ([0, 0, 1], ['new', 'cumulative'])
    """
    import numpy as np
    import pandas as pd

    values = column.array
    if len(values) > 1 and hasattr(values, "__arrow_array__") and column.dtype == "str":
        import pyarrow.compute as pc

        cells = values.__arrow_array__()
        if not cells.null_count and pc.all(pc.equal(cells, cells[0])).as_py():
            return np.zeros(len(values), dtype=np.intp), values[:1]
    elif len(values) > 1 and column.dtype == "float64" and column.isna().all():
        return np.zeros(len(values), dtype=np.intp), values[:1]
    return pd.factorize(column, sort=False, use_na_sentinel=False)


def _packages(
    frame: pd.DataFrame, keep: np.ndarray, groups: list, labels: np.ndarray, coded: dict | None
) -> None:
    """Mark package rows whose items share their group (rule 2), in place."""
    import numpy as np

    values = frame["value"].to_numpy(dtype="float64")
    ranged = (
        frame["high"].notna().to_numpy() if "high" in frame.columns else np.zeros(len(frame), bool)
    )
    counted = keep & ~ranged & np.isfinite(values)
    if counted.sum() < 3:
        return
    columns = [c for c in PACKAGE if c in frame.columns]
    group = _group_numbers(frame, columns, counted, coded)
    cents = np.where(counted, np.round(np.nan_to_num(values) * 100), 0.0)
    inside = np.flatnonzero(counted)
    size = np.bincount(group[inside])
    total = np.bincount(group[inside], weights=cents[inside])
    candidate = inside[
        (size[group[inside]] >= 3)
        & (cents[inside] != 0)
        & (cents[inside] * 2 == total[group[inside]])
    ]
    if not len(candidate):
        return
    # the rows of the groups that hold a package, by group, each group's in row order
    held = inside[np.isin(group[inside], group[candidate])]
    by_group = held[np.argsort(group[held], kind="stable")]
    starts = np.searchsorted(group[by_group], np.arange(len(size) + 1))
    seen: set[int] = set()
    for position in candidate:  # the first package row of each group
        number = int(group[position])
        if number in seen:
            continue
        seen.add(number)
        members = by_group[starts[number] : starts[number + 1]]
        items = [i for i in members if i != position]
        # items that hold a total and its own parts (100 = 60 + 40 beside 200 = 100 + 60 + 40)
        # would count that total twice in the sum: no package, the rows are left as they are
        held_cents = sum(cents[i] for i in items)
        if len(items) >= 3 and any(cents[i] * 2 == held_cents for i in items):
            continue
        groups.append(("package", [_plain(labels[position]), *(_plain(labels[i]) for i in items)]))
        keep[position] = False


def _plain_labels(labels: np.ndarray) -> list[Any]:
    """Return row labels as a list of plain Python values (``_plain`` of each)."""
    if labels.dtype != object:
        return labels.tolist()  # numpy integers (or other scalars) unboxed all at once
    return [_plain(label) for label in labels]


def _plain(label: Any) -> Any:
    """Return a row label as a plain Python value (numpy integers unboxed)."""
    return label.item() if hasattr(label, "item") else label


def describe_groups(groups: list[tuple[str, list[Any]]]) -> list[str]:
    """Return one line per group: ``rows 3, 4 are identical`` / ``row 7 is row 2 at a coarser
    date …`` / ``row 2 is the sum of rows …``."""
    lines = []
    for rule, rows in groups:
        if rule == "identical":
            lines.append(f"rows {', '.join(map(str, rows))} are identical: counted once")
        elif rule == "coarser date":
            lines.append(
                f"row {rows[0]} is row {rows[1]} at a coarser date (its period holds row "
                f"{rows[1]}'s date): counted once, at row {rows[1]}'s"
            )
        else:
            items = ", ".join(map(str, rows[1:]))
            lines.append(f"row {rows[0]} is the sum of rows {items}: the items are counted")
    return lines
