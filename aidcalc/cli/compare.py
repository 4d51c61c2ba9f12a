"""``aidcalc summary --compare``: our conversion to US dollars next to the publisher's own.

For every row that carries the publisher's own USD value (FTS ``amountUSD``;
``aidcalc.pledges.fts.publisher_usd``), the row is converted to USD as ``summary`` converts it
(``normalize``, the same rates and methods) and shown beside the publisher's figure with the
difference in per cent, ``(ours / theirs - 1) * 100``: where sources disagree, an analyst sees
it row by row. Rows without a publisher value are counted in the header, not shown.
"""

from __future__ import annotations

import sys

COLUMNS = (
    "row", "source", "donor", "date", "value", "currency", "ours_usd", "theirs_usd",
    "difference_pct", "rate", "rate_date", "rate_source", "rate_method", "rate_error",
)  # fmt: skip


def compare_rows(frame, method=None, rates=None):
    """Return (the comparison table, rows without a publisher value): one line per row with a
    publisher USD value, ``ours_usd`` and ``theirs_usd`` (float64) and ``difference_pct``
    (NaN when ours could not be converted; ``rate_error`` says why)."""
    import numpy as np

    from ..frames import normalize
    from ..pledges.fts import publisher_usd

    theirs = publisher_usd(frame)
    has = theirs.notna()
    rows = frame[has]
    converted = normalize(rows, "USD", method=method, rates=rates, errors="coerce")
    if "rate_error" not in converted:
        converted["rate_error"] = None
    table = converted.assign(
        row=list(rows.index),
        ours_usd=converted["value_usd"],
        theirs_usd=theirs[has].to_numpy(),
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        table["difference_pct"] = (table["ours_usd"] / table["theirs_usd"] - 1.0) * 100.0
    table["rate_date"] = table["rate_date"].dt.strftime("%Y-%m-%d")
    table = table[[column for column in COLUMNS if column in table.columns]]
    return table.reset_index(drop=True), int((~has).sum())


def run_compare(args, frame, label: str, errors, notes, rates, vintage: str) -> int:
    """Write the comparison (``summary --compare``; ``vintage`` names the rates' last dates);
    return 1 when no row has a publisher value, when any row could not be read or converted,
    else 0."""
    from .normalize import METHOD_TEXT
    from .output import write_invalid, write_output

    if errors:
        write_invalid(label, errors)
    table, without = compare_rows(frame, method=args.method, rates=rates)
    if table.empty:
        print(
            f"aidcalc summary: {label}: --compare: no row carries the publisher's own USD "
            "value (FTS amountUSD; IATI files give none)",
            file=sys.stderr,
        )
        return 1
    failed = table["rate_error"].notna()
    if failed.any():
        write_invalid(
            label, [(r, "amount", e) for r, e in table.loc[failed, ["row", "rate_error"]].values]
        )
    header = (
        "Our conversion to USD next to the publisher's own (FTS amountUSD); difference_pct = "
        f"(ours / theirs - 1) x 100; {vintage}; "
        f"{METHOD_TEXT if not args.method else 'method: ' + args.method}; "
        f"rows compared: {len(table)}; rows without a publisher USD value: {without}"
    )
    write_output(table, args.format, header, args.output, notes, rates)
    return 1 if errors or failed.any() else 0
