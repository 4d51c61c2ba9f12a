"""The pledge schema: the columns of a pledge frame, their vocabularies and their dtypes.

``donor`` and ``recipient`` hold ISO 3166 alpha-3 codes (or ``EU``), ``date`` a value date
(``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) with its ``date_precision``; ``value`` and ``high`` are
float64 in units of ``currency`` (ISO 4217). DESIGN.md lists the contract.

>>> pledge_frame({name: [] for name in COLUMNS}).dtypes["value"]
dtype('float64')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CATEGORIES = ("military", "financial", "humanitarian", "other")
MEASURES = ("pledge", "commitment", "allocation", "disbursement")
BASES = ("new", "cumulative", "per-year")

# Columns a pledge frame has after reading, in this order.
COLUMNS = (
    "donor",
    "recipient",
    "date",
    "date_precision",
    "year",
    "amount",
    "value",
    "currency",
    "qualifier",
    "high",
    "category",
    "measure",
    "basis",
    "source",
    "note",
)

# The review columns ``extract_pledges`` writes (docs/extraction.md); a frame has them only when
# its table did. ``part_of`` / ``duplicate_of`` hold the index (row number) of the row they
# point at; ``status`` is one of STATUSES.
REVIEW_COLUMNS = ("status", "donor_from", "part_of", "duplicate_of", "evidence")
STATUSES = ("candidate", "accepted", "rejected")
# Columns a frame has only when its table (or its reading) gives them: the review columns, and
# ``assumptions`` (the documented codes of the defaults an amount's reading rests on, ``|``
# between them), present when any row's reading rests on one.
OPTIONAL = (*REVIEW_COLUMNS, "assumptions")

# What an empty or missing cell means.
DEFAULTS = {"recipient": "UKR", "category": "other", "measure": "pledge", "basis": "new"}


def pledge_frame(columns: dict[str, Iterable[Any]]) -> pd.DataFrame:
    """Return the pledge frame with its dtypes: str columns, float64 money, int64 year; the
    ``REVIEW_COLUMNS`` in ``columns`` follow the ``COLUMNS``."""
    import pandas as pd

    names = [*COLUMNS, *(name for name in OPTIONAL if name in columns)]
    frame = pd.DataFrame({name: _column_data(columns[name]) for name in names})
    frame["value"] = frame["value"].astype("float64")
    frame["high"] = frame["high"].astype("float64")
    frame["year"] = frame["year"].astype("int64")
    for name in ("part_of", "duplicate_of"):
        if name in frame.columns and all(isinstance(v, int | None) for v in columns[name]):
            frame[name] = frame[name].astype("Int64")
    frame["qualifier"] = frame["qualifier"].astype("str").where(frame["qualifier"].notna())
    return frame


def _column_data(cells: Iterable[Any]) -> Any:
    """Return ``cells`` as ``pd.DataFrame`` takes them fastest to the dtype a list would get: a
    pandas array, a numeric array, or an object array of text (missing cells aside), as it is;
    else a list."""
    import numpy as np
    import pandas as pd
    from pandas.api.types import infer_dtype

    if isinstance(cells, pd.api.extensions.ExtensionArray):  # already typed (read._spread)
        return cells
    if (
        isinstance(cells, np.ndarray)
        and len(cells)
        and (cells.dtype != object or infer_dtype(cells, skipna=True) == "string")
    ):
        return cells
    return list(cells)
