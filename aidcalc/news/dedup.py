"""The same pledge in several sentences or outlets: duplicates are marked, never dropped.

A headline and the lead under it, or two outlets, often report one pledge twice. Rows are
grouped by donor, recipient, currency, value and basis (``new`` or ``cumulative``); within one
article the dates may differ (a headline states none), across articles they must fall in the
same month. Parts (``part_of``) and rows without a donor are never grouped. The first row of a
group is counted; each other row keeps its sentence and source and gets ``duplicate_of``, the
index of the counted row, so the analyst sees every outlet that reported the pledge.

>>> rows = [
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-04", "article": "a"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-02", "article": "a"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-05", "article": "b"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2025-03", "article": "c"},
... ]
>>> [row["duplicate_of"] for row in mark_duplicates(rows)]
[None, 0, 0, None]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

KEY = ("donor", "recipient", "currency", "value", "basis")


def mark_duplicates(rows: Iterable[dict[str, Any]], *, article: str = "article") -> list[dict]:
    """Return ``rows`` with ``duplicate_of`` set (the index of the first row of its group).

    ``rows[i][article]`` names the article a row comes from (rows without it are one article).
    Rows whose ``part_of`` is set or whose donor is missing keep ``duplicate_of`` None.
    """
    rows = list(rows)
    firsts: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        row.setdefault("duplicate_of", None)
        if row.get("part_of") is not None or not row.get("donor"):
            continue
        key = tuple(row.get(name) for name in KEY)
        for first in firsts.get(key, ()):
            other = rows[first]
            same_article = other.get(article) == row.get(article)
            if same_article or _month(other.get("date")) == _month(row.get("date")) is not None:
                row["duplicate_of"] = first
                break
        else:
            firsts.setdefault(key, []).append(index)
    return rows


def _month(value: object) -> str | None:
    """Return the ``YYYY-MM`` of a date text, or None for a year or no date."""
    text = str(value) if value is not None else ""
    return text[:7] if len(text) >= 7 and text[4] == "-" and text[5:7].isdigit() else None


class ArticleDuplicates:
    """Marks duplicates across the articles of a batch as they are read, one article at a time
    (``aidcalc extract`` over several files or outlets).

    ``mark(rows, source)`` takes the candidate rows of one article (as ``pledge_candidates``
    gives them, indexes within the article) and returns them with ``duplicate_of`` and
    ``part_of`` as indexes in the whole batch, and ``duplicate_source``, the source of the
    counted row of its group when that is another article, so the analyst sees every outlet
    that reported the pledge. The rule is ``mark_duplicates``'s: across articles, the same
    donor, recipient, currency, value and basis in the same month.

    >>> batch = ArticleDuplicates()
    >>> row = {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8,
    ...        "basis": "new", "date": "2024-11-04", "part_of": None, "duplicate_of": None}
    >>> [r["duplicate_of"] for r in batch.mark([dict(row)], "a.txt")]
    [None]
    >>> [(r["duplicate_of"], r["duplicate_source"]) for r in batch.mark([dict(row)], "b.txt")]
    [(0, 'a.txt')]
    """

    def __init__(self) -> None:
        self._firsts: dict[tuple, list[tuple[int, str | None, str]]] = {}
        self._count = 0

    def mark(self, rows: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
        """Return the rows of one article with batch-wide ``duplicate_of`` and ``part_of``."""
        offset = self._count
        for index, row in enumerate(rows):
            own = row.get("duplicate_of")
            row["duplicate_source"] = None
            if row.get("part_of") is not None:
                row["part_of"] += offset
            if own is not None:
                row["duplicate_of"] = own + offset
                continue
            if not row.get("donor") or row.get("part_of") is not None:
                continue
            key = tuple(row.get(name) for name in KEY)
            month = _month(row.get("date"))
            for first, first_month, first_source in self._firsts.get(key, ()):
                if first_source != source and month is not None and month == first_month:
                    row["duplicate_of"], row["duplicate_source"] = first, first_source
                    break
            else:
                self._firsts.setdefault(key, []).append((offset + index, month, source))
        self._count += len(rows)
        return rows
