"""The pledge pipeline on dask (``pip install aidcalc[dask]``): the same functions, partition-wise.

Every function here runs the in-memory function of aidcalc on each partition (or each bag
item) and, where the result depends on the whole table, combines the partitions' results in
one reduce step, so that the result equals the in-memory path on the same data
(docs/scale.md, "On dask"):

- ``amounts_from_bag`` / ``pledges_from_bag``: a ``dask.bag`` of texts (or of article dicts
  ``{"id", "published", "text"}``) to a bag of rows, one per amount or pledge candidate;
- ``amounts_from_frame`` / ``pledges_from_frame``: a text column of a dask DataFrame to a dask
  DataFrame of rows indexed by the row of the text they come from (``amounts_frame`` and
  ``pledges_frame`` are the same on a pandas frame: the in-memory path);
- with ``across_texts=True``, the pledge functions group the same pledge reported by several
  texts (``aidcalc.news.dedup.ArticleDuplicates``, the rule ``aidcalc extract`` applies to a
  batch of files): the texts are read partition-wise, then one task marks the rows in order,
  so the result equals the in-memory ``pledges_across`` / ``pledges_frame(...,
  across_texts=True)`` whatever the partitions;
- ``normalize_on_dask``: ``aidcalc.normalize`` on each partition (no row depends on another);
- ``totals_on_dask``: ``aidcalc.totals`` as a map-reduce. Each partition gives its exact partial
  sums (``aidcalc.pledges.sums``), its measures, and the rows it cannot count; the reduce adds
  the sums exactly (the result does not depend on how the rows are partitioned), checks the
  measures of the whole table, and gathers the uncounted rows of every partition with their
  index labels. Review links (``part_of``, ``duplicate_of``) are judged against the rejected
  rows of the whole table, found in a first pass.

dask is imported by these functions only, so ``import aidcalc`` stays light. Workers load the
lexicon and the rates the way any process does (the shipped builds, else the user cache): see
docs/scale.md for shipping them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import MixedMeasures, ParseError
from ..parsing.mention import Mention
from . import totals as _totals

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# one row per amount (``Mention.record``); ``row`` (the index of a frame's rows) says which text
# it comes from
AMOUNT_COLUMNS = Mention.FIELDS
ROW = "row"


def _dask(what: str):
    try:
        import dask  # noqa: F401
    except ImportError as error:  # pragma: no cover - the extra is installed in the tests
        raise ImportError(f"{what} needs dask: pip install 'aidcalc[dask]'") from error


def amount_records(text: str, *, lang: str | None = None) -> list[dict[str, Any]]:
    """Return one dict per money amount of ``text`` (``extract_amounts``), with the keys of
    ``AMOUNT_COLUMNS``: offsets, the text of the mention, ``amount`` (``str(Amount)``, exact),
    ``value`` and ``high`` (``Decimal``), ``currency``, ``qualifier``, ``equivalent_of`` (the
    position of the amount it restates, in this text), ``assumptions`` (codes, spaces apart) and
    ``changed_to`` (the position of the amount a value before a change changed to).

    Raises ``ParseError`` when ``text`` is not a string.

    >>> [(r["amount"], r["equivalent_of"]) for r in amount_records("€5m (about $5.4m)")]
    [('EUR 5000000', None), ('approx USD 5400000', 0)]
    """
    from ..parsing import extract_amounts

    return [m.record(text) for m in extract_amounts(text, lang=lang)]


def _article(item: Any) -> tuple[str, dict[str, Any]]:
    """Return (text, the fields copied into its rows) of a bag item: a text, or a mapping with
    ``text`` and optionally ``id`` and ``published``."""
    if isinstance(item, str):
        return item, {}
    if isinstance(item, Mapping) and isinstance(item.get("text"), str):
        return item["text"], {key: item.get(key) for key in ("id", "published") if key in item}
    raise ParseError(
        f"expected a text or an article {{'text': ..., 'id': ..., 'published': ...}}, "
        f"not {type(item).__name__}"
    )


def _amounts_of_item(item: Any, lang: str | None) -> list[dict[str, Any]]:
    text, fields = _article(item)
    return [{**fields, **row} for row in amount_records(text, lang=lang)]


def _pledges_of_item(item: Any, lang: str | None, published: Any) -> list[dict[str, Any]]:
    from ..news.candidates import frame_row, pledge_candidates

    text, fields = _article(item)
    date = fields.get("published") or published
    rows = pledge_candidates(text, published=date, lang=lang)
    return [{**fields, **frame_row(row)} for row in rows]


def amounts_from_bag(bag: Any, *, lang: str | None = None) -> Any:
    """Return a ``dask.bag`` of amount rows (``amount_records``), one per amount, in the order
    of the texts; an article dict's ``id`` and ``published`` are copied into its rows.

    Raises ``ParseError`` (when computed) at an item that is neither a text nor an article.

    >>> import dask.bag as db
    >>> texts = db.from_sequence(["Latvia gave €5m.", {"id": "a2", "text": "$2m (€1.8m)"}])
    >>> [(r.get("id"), r["amount"]) for r in amounts_from_bag(texts).compute()]
    [(None, 'EUR 5000000'), ('a2', 'USD 2000000'), ('a2', 'EUR 1800000')]
    """
    _dask("amounts_from_bag")
    return bag.map(_amounts_of_item, lang=lang).flatten()


def pledges_from_bag(
    bag: Any, *, published: Any = None, lang: str | None = None, across_texts: bool = False
) -> Any:
    """Return a ``dask.bag`` of pledge candidates (dicts with the columns of
    ``extract_pledges``), in the order of the texts. ``published`` dates the texts that do
    not carry their own (an article dict's ``published`` wins); ``part_of`` and
    ``duplicate_of`` count candidates within one text, as ``extract_pledges`` does.

    With ``across_texts=True`` the same pledge reported by several texts (outlets) is grouped
    as ``pledges_across`` groups it in memory (``aidcalc.news.dedup.ArticleDuplicates``: same
    donor, recipient, currency, value and basis in the same month): ``part_of`` and
    ``duplicate_of`` are then positions among all the rows of the bag, and
    ``duplicate_source`` names the text of the counted row (its ``id``, else ``text N``).
    The texts are still read partition-wise; only the marking, a pass over the rows in order,
    runs in one task.

    >>> import dask.bag as db
    >>> news = db.from_sequence([{"id": 1, "text": "Germany pledged €5 million."}])
    >>> [(r["id"], r["donor"], r["value"]) for r in pledges_from_bag(news, published="2024-05-02")]
    [(1, 'DEU', 5000000.0)]
    >>> two = db.from_sequence(["Denmark pledged €5 million.", "Denmark pledged €5 million."],
    ...                        npartitions=2)
    >>> rows = pledges_from_bag(two, published="2024-05-02", across_texts=True).compute()
    >>> [(r["duplicate_of"], r["duplicate_source"]) for r in rows]
    [(None, None), (0, 'text 0')]
    """
    _dask("pledges_from_bag")
    if not across_texts:
        return bag.map(_pledges_of_item, lang=lang, published=published).flatten()
    import dask
    import dask.bag as db

    per_text = bag.map(_pledges_of_item, lang=lang, published=published)
    marked = dask.delayed(_mark_partitions)(per_text.to_delayed())
    return db.from_delayed([marked])


def pledges_across(
    items: Sequence[Any], *, published: Any = None, lang: str | None = None
) -> list[dict[str, Any]]:
    """Return the pledge candidates of ``items`` (texts or article dicts, as for
    ``pledges_from_bag``) with the same pledge of several texts grouped: the in-memory path
    of ``pledges_from_bag(..., across_texts=True)``, which gives the same rows.

    >>> rows = pledges_across(["Denmark pledged €5 million.",
    ...                        {"id": "b", "text": "Denmark has promised €5 million."}],
    ...                       published="2024-05-02")
    >>> [(r["donor"], r["duplicate_of"], r["duplicate_source"]) for r in rows]
    [('DNK', None, None), ('DNK', 0, 'text 0')]
    """
    return _mark_texts([_pledges_of_item(item, lang, published) for item in items])


def _mark_partitions(partitions: list[list[list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Mark the rows of the texts of all partitions (lists of per-text row lists), in order."""
    return _mark_texts([rows for partition in partitions for rows in partition])


def _mark_texts(texts: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Return the rows of ``texts`` (one list per text, in order) marked across texts."""
    from ..news.dedup import ArticleDuplicates

    batch = ArticleDuplicates()
    out: list[dict[str, Any]] = []
    for number, rows in enumerate(texts):
        rows = [dict(row) for row in rows]
        ident = rows[0].get("id") if rows else None
        source = f"text {number}" if ident is None else str(ident)
        out.extend(batch.mark(rows, source))
    return out


def _texts(frame: pd.DataFrame, text: str):
    """Yield (index label, text) of each row; a cell that is not a string raises ParseError
    naming its row."""
    for label, cell in zip(frame.index, frame[text].to_numpy(dtype=object), strict=True):
        if not isinstance(cell, str):
            raise ParseError(f"row {label!r}: expected text in column {text!r}, not {cell!r}")
        yield label, cell


def amounts_frame(frame: pd.DataFrame, text: str = "text", *, lang: str | None = None):
    """Return the amounts of the ``text`` column of a pandas frame: one row per amount, in
    order, indexed by the label of the row it comes from (index name ``row``), with the
    ``AMOUNT_COLUMNS``; ``value`` and ``high`` are float64 (``amount`` keeps the exact value),
    ``start``, ``end`` int64, ``equivalent_of`` and ``changed_to`` Int64 (positions within the
    same text), the
    words object columns. This is the in-memory path ``amounts_from_frame`` runs per partition.

    Raises ``ParseError`` naming the first row whose cell is not a string.

    >>> import pandas as pd
    >>> texts = pd.DataFrame({"text": ["no money here", "€5m and $2m"]}, index=[10, 11])
    >>> amounts_frame(texts)[["start", "amount"]]
         start       amount
    row
    11       0  EUR 5000000
    11       8  USD 2000000
    """
    import pandas as pd

    labels: list = []
    records: list = []
    for label, cell in _texts(frame, text):
        found = amount_records(cell, lang=lang)
        labels.extend([label] * len(found))
        records.extend(found)
    columns = {name: [record[name] for record in records] for name in AMOUNT_COLUMNS}
    index = pd.Index(labels, name=ROW, dtype=frame.index.dtype if not labels else None)
    out = pd.DataFrame(
        {
            "start": pd.array(columns["start"], dtype="int64"),
            "end": pd.array(columns["end"], dtype="int64"),
            **{k: _objects(columns[k]) for k in ("text", "amount")},
            "value": _floats(columns["value"]),
            **{k: _objects(columns[k]) for k in ("currency", "qualifier")},
            "high": _floats(columns["high"]),
            "equivalent_of": pd.array(columns["equivalent_of"], dtype="Int64"),
            "assumptions": _objects(columns["assumptions"]),
            "changed_to": pd.array(columns["changed_to"], dtype="Int64"),
        },
        index=index,
    )
    return out


def _objects(values: list) -> Any:
    import numpy as np

    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _floats(values: list) -> Any:
    import numpy as np

    return np.array([np.nan if v is None else float(v) for v in values], dtype="float64")


def pledges_frame(
    frame: pd.DataFrame,
    text: str = "text",
    *,
    published: str | None = None,
    lang: str | None = None,
    across_texts: bool = False,
):
    """Return the pledge candidates of the ``text`` column of a pandas frame (``extract_pledges``
    of each cell, in order), indexed by the label of the row they come from (``row``).

    ``published`` names a column holding each text's publication date (a date, an ISO string
    or missing). ``part_of`` and ``duplicate_of`` count candidates within one text, or, with
    ``across_texts=True``, all the rows, the same pledge of several texts grouped
    (``mark_frame_across``). This is
    the in-memory path ``pledges_from_frame`` runs per partition. Raises ``ParseError`` naming
    the first row whose cell is not a string.

    >>> import pandas as pd
    >>> news = pd.DataFrame({"text": ["Poland pledged €3 million."], "day": ["2024-06-01"]})
    >>> pledges_frame(news, published="day")[["donor", "date", "value"]]
        donor        date      value
    row
    0     POL  2024-06-01  3000000.0
    """
    import pandas as pd

    from ..news.candidates import extract_pledges

    dates = frame[published].to_numpy(dtype=object) if published else [None] * len(frame)
    parts = []
    for (label, cell), date in zip(_texts(frame, text), dates, strict=True):
        date = None if date is None or date != date else date  # NaN, NaT: no date
        found = extract_pledges(cell, published=date, lang=lang)
        found.index = pd.Index([label] * len(found), name=ROW)
        parts.append(found)
    if not parts:
        parts = [extract_pledges("")]
        parts[0].index = pd.Index([], name=ROW, dtype=frame.index.dtype)
    out = pd.concat(parts) if len(parts) > 1 else parts[0]
    out = out.astype(
        {c: object for c in out.columns if c not in ("value", "high", "part_of", "duplicate_of")}
    )
    return mark_frame_across(out) if across_texts else out


def amounts_from_frame(frame: Any, text: str = "text", *, lang: str | None = None) -> Any:
    """Return a dask DataFrame of the amounts of the ``text`` column of dask DataFrame
    ``frame``: ``amounts_frame`` on each partition (same columns, dtypes and index).

    >>> import dask.dataframe as dd, pandas as pd
    >>> texts = dd.from_pandas(pd.DataFrame({"text": ["€5m", "", "$2m"]}), npartitions=2)
    >>> amounts_from_frame(texts).compute()["amount"].tolist()
    ['EUR 5000000', 'USD 2000000']
    """
    _dask("amounts_from_frame")
    meta = amounts_frame(frame._meta, text, lang=lang)
    return frame.map_partitions(amounts_frame, text, lang=lang, meta=meta)


def pledges_from_frame(
    frame: Any,
    text: str = "text",
    *,
    published: str | None = None,
    lang: str | None = None,
    across_texts: bool = False,
) -> Any:
    """Return a dask DataFrame of the pledge candidates of the ``text`` column of dask
    DataFrame ``frame``: ``pledges_frame`` on each partition (same columns, dtypes, index).

    With ``across_texts=True`` the same pledge in several texts is grouped as
    ``pledges_frame(..., across_texts=True)`` groups it in memory (the result is then one
    partition; the texts are still read partition-wise)."""
    _dask("pledges_from_frame")
    meta = pledges_frame(frame._meta, text, published=published, lang=lang)
    found = frame.map_partitions(pledges_frame, text, published=published, lang=lang, meta=meta)
    if not across_texts:
        return found
    import dask
    import dask.dataframe as dd

    marked_meta = mark_frame_across(meta)
    marked = dask.delayed(_mark_frames)(found.to_delayed())
    return dd.from_delayed([marked], meta=marked_meta)


def _mark_frames(parts: list) -> Any:
    import pandas as pd

    return mark_frame_across(pd.concat(parts) if len(parts) > 1 else parts[0])


def mark_frame_across(found: pd.DataFrame) -> pd.DataFrame:
    """Return the candidates of ``pledges_frame`` (index ``row``: the text each comes from)
    with the same pledge of several texts grouped (``ArticleDuplicates``): ``part_of`` and
    ``duplicate_of`` become positions among all the rows, and ``duplicate_source`` names the
    text (its row label) of the counted row."""
    import pandas as pd

    from ..news.dedup import ArticleDuplicates

    records = found.reset_index().to_dict("records")
    for record in records:
        for column in ("part_of", "duplicate_of"):
            value = record[column]
            record[column] = None if value is None or value is pd.NA else int(value)
    batch = ArticleDuplicates()
    start = 0
    while start < len(records):
        label = records[start][ROW]
        end = start
        while end < len(records) and records[end][ROW] == label:
            end += 1
        batch.mark(records[start:end], str(label))
        start = end
    out = found.copy()
    out["part_of"] = pd.array([r["part_of"] for r in records], dtype="Int64")
    out["duplicate_of"] = pd.array([r["duplicate_of"] for r in records], dtype="Int64")
    out["duplicate_source"] = pd.Series(
        [r["duplicate_source"] for r in records], index=out.index, dtype=object
    )
    return out


def normalize_on_dask(frame: Any, to: str, **options: Any) -> Any:
    """Return ``aidcalc.normalize(partition, to, **options)`` of every partition of dask
    DataFrame ``frame``, lazily: each row is converted on its own, so the rows equal the
    in-memory ``normalize``. The added categorical columns (``rate_source``, ``rate_method``,
    ``rate_error``) stay categorical; their categories are those found in each partition
    (dask unites them when the partitions are put together).

    With ``errors="raise"`` (the default) computing raises the first failure dask meets;
    ``errors="coerce"`` leaves NaN and says why in ``rate_error``, row by row, so every failed
    row of every partition can be listed (``result[result.rate_error.notna()]``).

    >>> import dask.dataframe as dd, pandas as pd
    >>> rows = pd.DataFrame({"value": [1e6, 2e6], "currency": ["EUR", "USD"],
    ...                      "date": ["2024-11-04", "2024-11"]})
    >>> out = normalize_on_dask(dd.from_pandas(rows, npartitions=2), "EUR").compute()
    >>> out["value_eur"].round(2).tolist(), out["rate_method"].tolist()
    ([1000000.0, 1881442.26], ['previous', 'monthly'])
    """
    _dask("normalize_on_dask")
    from dask.dataframe.utils import clear_known_categories

    empty = _normalize_part(frame._meta, to, **options)
    added = [c for c in RATE_CATEGORIES if c in empty.columns]
    meta = clear_known_categories(empty, cols=added, index=False)
    return frame.map_partitions(_normalize_part, to, meta=meta, **options)


RATE_CATEGORIES = ("rate_source", "rate_method", "rate_error")


def _normalize_part(part, to: str, **options: Any):
    """``normalize`` of one partition, its categories all text (``str``) even where a
    partition has none, so that dask can unite the partitions' categories."""
    import pandas as pd

    from ..frames import normalize

    out = normalize(part, to, **options)
    for column in RATE_CATEGORIES:
        if column in out.columns:
            categories = out[column].cat.categories
            if categories.dtype != pd.Index([""], dtype=str).dtype:
                out[column] = out[column].cat.set_categories(pd.Index(categories, dtype=str))
    return out


def totals_on_dask(
    frame: Any,
    by: str | Sequence[str] = ("donor", "year"),
    to: str = "EUR",
    *,
    per: str | None = None,
    errors: str = "raise",
    measure: str | None = None,
    include_cumulative: bool = False,
    method: str | None = None,
    rates: Any = None,
    gdp_year: int | None = None,
):
    """Return ``aidcalc.totals`` of dask DataFrame ``frame`` (same arguments, same result:
    a pandas frame, or ``Totals(totals, uncounted)`` with ``errors="coerce"``), computed as a
    map-reduce.

    Map, per partition: the year, the counted rows (review judged against the rejected rows
    of the whole table), the measures seen, the values that cannot be counted, ``normalize``
    with ``errors="coerce"``, and the exact partial sums. Reduce: the partial sums added
    exactly (``aidcalc.pledges.sums``: each total is the float nearest to the exact sum, as
    in ``totals``, whatever the partitions), then ``per``. The checks raise as ``totals`` does,
    in its order, over the whole table: a date without a year (``ValueError`` naming every
    such row), mixed measures (``MixedMeasures``), values that cannot be counted
    (``ValueError`` naming up to ten rows of all partitions), a row without a rate (the error
    ``normalize`` raises for the first such row, counting the others). ``uncounted`` holds
    the rows of every partition, with their index labels.

    >>> import dask.dataframe as dd, pandas as pd
    >>> rows = pd.DataFrame({"donor": ["LTU", "LVA", "LTU"], "value": [1e6, 2e6, 3e6],
    ...                      "currency": ["EUR"] * 3, "date": ["2024-01-05"] * 3})
    >>> totals_on_dask(dd.from_pandas(rows, npartitions=2), by="donor")
      donor      total  total_high  count
    0   LTU  4000000.0   4000000.0      2
    1   LVA  2000000.0   2000000.0      1
    """
    _dask("totals_on_dask")
    import dask

    from ..amount import currency_code
    from ..frames import require_columns

    to = currency_code(to)
    meta = frame._meta
    require_columns(meta, ("value", "currency", "date"), "totals")
    keys = _totals._keys(by)
    if per not in _totals.PER:
        raise ValueError(f"per must be one of {_totals.PER}, not {per!r}")
    _totals.check_gdp_year(per, gdp_year)
    if errors not in _totals.ERRORS:
        raise ValueError(f"errors must be one of {_totals.ERRORS}, not {errors!r}")
    missing = [key for key in keys if key not in [*meta.columns, "year"]]
    if missing:
        raise KeyError(f"cannot group by {', '.join(missing)}: not a column of the pledge frame")
    rejected: set = set()
    if "status" in meta.columns and ({"part_of", "duplicate_of"} & set(meta.columns)):
        found = frame.map_partitions(
            lambda part: _rejected_series(_totals.rejected_rows_of(part)), meta=(None, object)
        )
        rejected = set(found.compute().tolist())
    options = dict(
        keys=keys,
        to=to,
        measure=measure,
        include_cumulative=include_cumulative,
        method=method,
        rates=rates,
        rejected=rejected,
    )
    partials = dask.compute(*[dask.delayed(_map)(part, **options) for part in frame.to_delayed()])
    return _reduce(
        list(partials), list(meta.columns), keys, to, per, errors, method, rates, gdp_year
    )


def _rejected_series(values: set):
    """A pandas Series of ``values`` (object dtype): one partition's rejected index labels."""
    import pandas as pd

    return pd.Series(sorted(values, key=repr), dtype=object)


def _map(part, keys, to, measure, include_cumulative, method, rates, rejected) -> dict:
    """The map step of ``totals_on_dask`` on one pandas partition."""
    year_given = "year" in part.columns
    rows = _totals.with_year(part, "coerce")
    bad_year = None
    if not year_given:
        missing = rows["year"].isna().to_numpy(dtype=bool)
        bad_year = part.loc[missing, ["date"]] if missing.any() else None
    rows = _totals.counted_rows(
        rows, measure=measure, include_cumulative=include_cumulative, rejected=rejected
    )
    measures: set = set()
    if "measure" in rows.columns and "measure" not in keys:
        measures = set(rows["measure"].dropna().unique())
    rows, unusable = _totals.checked_values(rows, "coerce")
    converted, failed = _totals.convert_rows(rows, to, method=method, rates=rates, errors="coerce")
    if not year_given:  # the rows left hold a year each
        converted = converted.assign(year=converted["year"].astype("int64"))
    return {
        "parts": _totals.partial_totals(converted, keys, to),
        "measures": measures,
        "bad_year": bad_year,
        "unusable": unusable,
        "failed": failed,
    }


def _reduce(partials, columns, keys, to, per, errors, method, rates, gdp_year=None):
    """The reduce step of ``totals_on_dask``: the checks over the whole table, then the sums."""
    import pandas as pd

    from . import sums

    if errors == "raise":
        bad = [p["bad_year"] for p in partials if p["bad_year"] is not None]
        if bad:
            dates = pd.concat(bad)["date"]
            listed = [f"row {row!r}: date {date!r}" for row, date in dates.items()]
            more = f" (and {len(listed) - 10} more)" if len(listed) > 10 else ""
            raise ValueError(
                f"{len(listed)} row(s) have a date that does not start with a year: "
                f"{'; '.join(listed[:10])}{more}"
            )
    measures = sorted(set().union(*(p["measures"] for p in partials)))
    if len(measures) > 1:
        raise MixedMeasures(
            f"the rows mix measures ({', '.join(measures)}): adding them double-counts; "
            "pick one with measure= (--measure) or group by measure"
        )
    unusable = _concat([p["unusable"] for p in partials])
    failed = _concat([p["failed"] for p in partials])
    if errors == "raise" and len(unusable):
        _totals.checked_values(unusable.drop(columns="reason"), "raise")
    if errors == "raise" and len(failed):
        from ..frames import normalize

        normalize(failed.drop(columns="reason"), to, method=method, rates=rates)
    parts = sums.merge([p["parts"] for p in partials])
    result = _totals.finish_sums(parts, keys, to, per=per, rates=rates, gdp_year=gdp_year)
    if errors == "raise":
        return result
    uncounted = pd.concat([unusable, failed]) if len(failed) else unusable
    return _totals.Totals(result, uncounted[[*dict.fromkeys([*columns, "reason"])]])


def _concat(frames: list):
    """Concatenate the partitions' frames; empty ones are left out (their columns' dtypes are
    not inferred from values, and would change the dtypes of the others)."""
    import pandas as pd

    full = [frame for frame in frames if len(frame)]
    return pd.concat(full) if full else frames[0]


__all__ = [
    "AMOUNT_COLUMNS",
    "amount_records",
    "amounts_frame",
    "amounts_from_bag",
    "amounts_from_frame",
    "normalize_on_dask",
    "pledges_frame",
    "pledges_from_bag",
    "pledges_from_frame",
    "totals_on_dask",
]
