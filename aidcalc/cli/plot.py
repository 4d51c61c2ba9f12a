"""Bar charts of totals by donor (extra ``plot``, matplotlib with the Agg backend)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SCALES = ((1e9, "bn"), (1e6, "million"), (1e3, "thousand"), (1, ""))


def plot_problem(path: str | Path) -> str | None:
    """Return why a chart cannot be saved at ``path`` (no such folder, an image type
    matplotlib does not write, no matplotlib), or None; checked before any work is done.

    >>> plot_problem("totals.png") is None
    True
    >>> plot_problem("no/such/folder/totals.png")
    'cannot save totals.png: no folder no/such/folder'
    >>> plot_problem("totals.qqq")
    "unknown image type 'qqq' for totals.qqq (...pdf, ...png, ...svg...)"
    """
    path = Path(path)
    if not path.parent.is_dir():
        return f"cannot save {path.name}: no folder {path.parent}"
    try:
        from matplotlib.backend_bases import FigureCanvasBase
    except ImportError:
        return "--plot needs matplotlib: pip install 'aidcalc[plot]'"
    kinds = FigureCanvasBase.get_supported_filetypes()
    kind = path.suffix.lower().lstrip(".")
    if kind and kind not in kinds:
        return f"unknown image type {kind!r} for {path.name} ({', '.join(sorted(kinds))})"
    return None


def plot_totals(
    result: pd.DataFrame,
    by: Sequence[str],
    currency: str,
    path: str | Path,
    footnote: str = "",
    title: str | None = None,
) -> Path:
    """Draw ``total`` by the first ``by`` key as bars stacked by the second; return the path.

    Bars are labelled with the first key's values as ``result`` holds them (country names
    after ``--names``), the largest at the top. Where a group's ``total_high`` (the sum of its
    ranges' high ends) is above its total, a line with a cap runs from the bar's end to the
    high end. The image type follows the suffix of ``path`` (PNG, SVG, PDF, … as matplotlib
    writes them), and the whole figure is kept (``bbox_inches="tight"``: no label or
    footnote is cut at an edge)."""
    try:
        import matplotlib
    except ImportError as error:
        raise ImportError("--plot needs matplotlib: pip install 'aidcalc[plot]'") from error
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = list(by)
    first = keys[0]
    stack = keys[1] if len(keys) > 1 else None
    if stack:
        table = result.pivot_table(index=first, columns=stack, values="total", aggfunc="sum")
    else:
        table = result.groupby(first)[["total"]].sum()
    table = table.fillna(0.0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    ends = table.sum(axis=1)
    if "total_high" in result.columns:
        highs = result.groupby(first)["total_high"].sum(min_count=1).reindex(table.index)
        above = (highs.fillna(ends) - ends).clip(lower=0.0)
    else:
        above = ends * 0.0
    peak = float((ends + above).max()) if len(table) else 0.0
    scale, unit = next((s, u) for s, u in SCALES if peak >= s or s == 1)

    height = max(3.0, 0.28 * len(table) + 1.8)
    figure, axes = plt.subplots(figsize=(9, height))
    left = None
    colours = plt.get_cmap("tab10" if table.shape[1] <= 10 else "tab20")
    for j, column in enumerate(table.columns):
        values = table[column].to_numpy() / scale
        label = str(column) if stack else None
        axes.barh(
            table.index.astype(str), values, 0.7, left=left, label=label, color=colours(j % 20)
        )
        left = values if left is None else left + values
    if (above > 0).any():
        rows = [i for i, extra in enumerate(above) if extra > 0]
        axes.errorbar(
            (ends.to_numpy() / scale)[rows],
            rows,
            xerr=[[0.0] * len(rows), (above.to_numpy() / scale)[rows]],
            fmt="none",
            ecolor="0.15",
            elinewidth=1.2,
            capsize=4,
            label="high end of ranges",
        )
    axes.set_xlabel(f"{currency} {unit}".strip())
    axes.set_ylabel(first)
    axes.set_title(title or f"Totals by {' and '.join(keys)}, {currency}")
    axes.grid(axis="x", alpha=0.3)
    axes.margins(x=0.02, y=0.5 / max(len(table), 1))
    axes.set_axisbelow(True)
    if stack or (above > 0).any():
        axes.legend(title=stack, loc="lower right", fontsize="small")
    if footnote:
        lines = textwrap.wrap(footnote, 125)
        figure.text(0.01, 0.01, "\n".join(lines), fontsize=6.5, va="bottom", color="0.3")
        reserved = (0.12 * len(lines) + 0.15) / height  # inches of footnote, as a fraction
        figure.tight_layout(rect=(0, reserved, 1, 1))
    else:
        figure.tight_layout()
    path = Path(path)
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text (editable)
        figure.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(figure)
    return path
