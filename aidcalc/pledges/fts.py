"""OCHA Financial Tracking Service flows (the JSON its public API returns) as pledge rows.

The rules, in order (field names as the FTS API v1 ``/public/fts/flow`` documents them):

1. Each object of ``data.flows`` is one row, labelled ``FTS flow <id>``; ``source`` is that
   label, so a total can be traced back to the flow.
2. ``status``: ``pledge`` -> ``pledge``, ``commitment`` -> ``commitment``, ``paid`` ->
   ``disbursement``; any other status is reported.
3. ``originalAmount`` in ``originalCurrency`` is the amount. Without them the flow was
   reported in US dollars: ``amountUSD`` in ``USD``, and the note says so. ``amountUSD`` is
   always written in ``note`` for comparison with our own conversion.
4. ``decisionDate`` (the donor's decision, the announcement) is the value date, else ``date``
   (the flow's date); the first 10 characters, ``YYYY-MM-DD``.
5. Donor: the ``Location`` of ``sourceObjects`` (a country), else its ``Organization`` name;
   recipient: the ``Location`` of ``destinationObjects``. Several locations on one side, or
   none, is reported: never defaulted.
6. ``category`` is ``humanitarian`` (FTS tracks humanitarian funding); the destination
   organisation's name goes in ``note``.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

MEASURES = {"pledge": "pledge", "commitment": "commitment", "paid": "disbursement"}
COLUMNS = (
    "donor", "recipient", "date", "value", "currency", "measure", "category", "basis", "source",
    "note",
)  # fmt: skip


def looks_like_fts(data: bytes) -> bool:
    """Return whether ``data`` starts like an FTS API answer (a JSON object with ``flows``).

    >>> looks_like_fts(b'{"status": "ok", "data": {"flows": []}}')
    True
    """
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    return head[:1] == b"{" and b'"flows"' in head


def _objects(flow: dict, side: str, kind: str) -> list[str]:
    objects = flow.get(side) or []
    return [str(o.get("name") or "").strip() for o in objects if o.get("type") == kind]


def read_fts(data: bytes, notes: list[str]) -> tuple[pd.DataFrame, list[Any], list]:
    """Return (pledge columns, row labels ``FTS flow <id>``, unreadable flows).

    Raises ``ValueError`` when the text is not JSON or holds no ``data.flows`` list.
    """
    import pandas as pd

    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as error:
        raise ValueError(f"not readable FTS JSON: {error}") from None
    flows = (document.get("data") or {}).get("flows") if isinstance(document, dict) else None
    if not isinstance(flows, list):
        raise ValueError("not an FTS flows answer: no data.flows list")
    cells: dict[str, list[Any]] = {column: [] for column in COLUMNS}
    rows: list[Any] = []
    errors: list[tuple[Any, str, str]] = []
    for n, flow in enumerate(flows, start=1):
        if not isinstance(flow, dict):
            errors.append((f"FTS flow #{n}", "", "not a JSON object"))
            continue
        row = f"FTS flow {flow.get('id', f'#{n}')}"
        cell, problems = _flow(flow)
        if problems:
            errors.extend((row, "", problem) for problem in problems)
            continue
        rows.append(row)
        cell["source"] = row
        for column in COLUMNS:
            cells[column].append(cell[column])
    return pd.DataFrame(cells, dtype=object), rows, errors


def _flow(flow: dict) -> tuple[dict[str, Any], list[str]]:
    problems = []
    status = str(flow.get("status") or "").strip().lower()
    if status not in MEASURES:
        problems.append(f"status: {status or 'missing'!r} is not pledge, commitment or paid")
    usd = flow.get("amountUSD")
    notes = [f"FTS amountUSD {usd}"] if usd is not None else []
    value, currency = flow.get("originalAmount"), flow.get("originalCurrency")
    if value is None or not currency:
        if usd is None:
            problems.append("amount: neither originalAmount/originalCurrency nor amountUSD")
        value, currency = usd, "USD"
        notes.append("reported in USD only")
    date = str(flow.get("decisionDate") or flow.get("date") or "")[:10]
    if not date:
        problems.append("date: neither decisionDate nor date")
    donors = _objects(flow, "sourceObjects", "Location") or _objects(
        flow, "sourceObjects", "Organization"
    )
    recipients = _objects(flow, "destinationObjects", "Location")
    for column, names in (("donor", donors), ("recipient", recipients)):
        if len(names) != 1:
            found = ", ".join(names) if names else "none"
            problems.append(f"{column}: one location needed, found {found}")
    receiver = _objects(flow, "destinationObjects", "Organization")
    if receiver:
        notes.append(f"to {receiver[0]}")
    cell = {
        "donor": donors[0] if donors else "",
        "recipient": recipients[0] if recipients else "",
        "date": date,
        "value": value if isinstance(value, int | float) else str(value),
        "currency": str(currency or "").strip().upper(),
        "measure": MEASURES.get(status, ""),
        "category": "humanitarian",
        "basis": "new",
        "note": "; ".join(notes),
    }
    return cell, problems


# the note rule 3 writes: "FTS amountUSD <n>", first in the note (JSON numbers, Python's str)
_USD_NOTE = re.compile(r"FTS amountUSD (-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?:;|$)")


def publisher_usd(frame: pd.DataFrame) -> pd.Series:
    """Return, per row of a pledge frame, the US-dollar value FTS itself gives (``amountUSD``,
    kept in ``note`` by rule 3), as float64; NaN where there is none to compare with.

    Only rows read from FTS carry one (``source`` ``FTS flow <id>``); a row that FTS reported
    in US dollars only has its value *from* ``amountUSD``, so it has nothing to compare and is
    NaN too. IATI activity files give no publisher USD value (the standard has none).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"source": ["FTS flow 1", "FTS flow 2", "a CSV row"],
    ...     "note": ["FTS amountUSD 1090400; to X", "FTS amountUSD 5; reported in USD only",
    ...              "FTS amountUSD 7"]})
    >>> publisher_usd(frame).tolist()
    [1090400.0, nan, nan]
    """
    import pandas as pd

    empty = pd.Series("", index=frame.index, dtype=object)
    notes = frame["note"].fillna("").astype(str) if "note" in frame else empty
    sources = frame["source"].fillna("").astype(str) if "source" in frame else empty
    found = notes.str.extract(_USD_NOTE, expand=False)
    usable = sources.str.startswith("FTS flow ") & ~notes.str.contains("reported in USD only")
    return pd.to_numeric(found.where(usable), errors="coerce").astype("float64")
