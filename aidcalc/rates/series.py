"""``Series``: one currency's published fixings as sorted numpy arrays, and vectorised look-ups.

Days are ``int64`` days since 1970-01-01. Values are ``float64``; every shipped figure has at
most 15 significant digits, so ``Decimal(repr(value))`` gives back the published figure exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import numpy as np

EPOCH = date(1970, 1, 1)

# How far a period's first/last fixing may lie from its first/last day and the period still
# count as covered: weekends plus TARGET holidays (e.g. Good Friday..Easter Monday) span 4 days.
PERIOD_SLACK_DAYS = 4

# reasons a look-up fails (0 = found)
OK = 0
BEFORE_START = 1
AFTER_END = 2  # past the end of the source's data: `aidcalc rates update` may help
NO_FIXING = 3  # exact: no fixing that day
STALE = 4  # previous/nearest: the closest fixing is older than the staleness limit
NOT_QUOTED = 5  # the source published that day without this currency (suspended, hole)
PERIOD_INCOMPLETE = 6  # monthly/annual: the fixings do not cover the whole period
ANNUAL_ONLY = 7  # the source publishes annual averages only
NOT_YET = 8  # before a fixed rate starts to apply (legacy currency before its changeover)
UNIT_MISMATCH = 9  # the source states that period in another unit than the currency asked for
NOT_FIXED = 10  # method 'peg' asked, but the rate rests on a moving fixing


def day_number(day: date) -> int:
    """Return ``day`` as days since 1970-01-01."""
    return (day - EPOCH).days


def day_of(number: int) -> date:
    """Return the date of a day number."""
    return EPOCH + timedelta(days=int(number))


def to_decimal(value: float) -> Decimal:
    """Return a stored float as the decimal figure the source published."""
    return Decimal(repr(float(value)))


def month_key(days: np.ndarray) -> np.ndarray:
    """Return months since 1970-01 for each day number."""
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def year_key(days: np.ndarray) -> np.ndarray:
    """Return years since 1970 for each day number."""
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)


def quarter_key(days: np.ndarray) -> np.ndarray:
    """Return quarters since 1970-Q1 for each day number."""
    return month_key(days) // 3


def period_key(days: np.ndarray, period: str) -> np.ndarray:
    """Return the month, quarter or year key (``period``) of each day number."""
    if period == "month":
        return month_key(days)
    if period == "quarter":
        return quarter_key(days)
    return year_key(days)


def period_bounds(keys: np.ndarray, period: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the first and last day numbers of each month, quarter or year key."""
    if period == "quarter":  # a quarter is three months from month 3 * key
        start = (np.asarray(keys, dtype=np.int64) * 3).astype("datetime64[M]")
        end = start + 3
    else:
        start = keys.astype(f"datetime64[{'M' if period == 'month' else 'Y'}]")
        end = start + 1
    first = start.astype("datetime64[D]").astype(np.int64)
    last = end.astype("datetime64[D]").astype(np.int64) - 1
    return first, last


@dataclass
class Periods:
    """Means of a series' fixings per month or year, with where each period sits in the arrays."""

    keys: np.ndarray  # sorted period keys (months or years since 1970)
    lo: np.ndarray  # index of the period's first fixing
    hi: np.ndarray  # one past its last fixing
    means: np.ndarray
    covered: np.ndarray  # bool: the fixings span the whole period
    source_ids: np.ndarray  # index into ``sources``
    sources: tuple[str, ...] = ("",)  # the sources of a period's fixings, "; "-joined


@dataclass
class Series:
    """Fixings of ``currency`` per 1 ``anchor`` (e.g. USD per 1 EUR), sorted by day.

    ``published`` holds every day the source published on (with or without this currency), so a
    day the source skipped this currency is told apart from a day without any fixing.
    ``annual`` series hold one yearly average per year (day = 1 January) and serve ``annual`` only.
    """

    currency: str
    anchor: str
    days: np.ndarray
    values: np.ndarray
    sources: tuple[str, ...]
    source_ids: np.ndarray | None = None
    published: np.ndarray | None = None
    source_end: int | None = None  # last day of the source's data (all currencies)
    every_day: bool = False  # the source publishes every calendar day (NBU)
    annual: bool = False
    # period start day -> why the source's figure of that period is not in this currency's unit
    unit_notes: dict[int, str] = field(default_factory=dict)
    _periods: dict[str, Periods] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.days = np.asarray(self.days, dtype=np.int64)
        self.values = np.asarray(self.values, dtype=np.float64)
        if self.source_ids is None:
            self.source_ids = np.zeros(len(self.days), dtype=np.int8)
        if self.published is None:
            self.published = self.days
        if self.source_end is None:
            self.source_end = int(self.published[-1])
        if len(self.days) and np.any(np.diff(self.days) <= 0):
            raise ValueError(f"{self.currency} fixings are not in strictly ascending date order")

    @property
    def first(self) -> date:
        """Return the first day with a fixing."""
        return day_of(self.days[0])

    @property
    def last(self) -> date:
        """Return the last day with a fixing."""
        return day_of(self.days[-1])

    def decimal(self, index: int) -> Decimal:
        """Return fixing ``index`` as the published decimal figure."""
        return to_decimal(self.values[index])

    def decimal_mean(self, lo: int, hi: int) -> Decimal:
        """Return the exact decimal mean of fixings ``lo`` .. ``hi - 1``."""
        total = sum((to_decimal(v) for v in self.values[lo:hi]), Decimal(0))
        return total / (hi - lo)

    def daily(self, days: np.ndarray, method: str, staleness: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (index of the fixing used or -1, reason) for each day under a daily method."""
        n = len(self.days)
        index = np.full(len(days), -1, dtype=np.int64)
        reason = np.zeros(len(days), dtype=np.int8)
        if self.annual:
            reason[:] = ANNUAL_ONLY
            return index, reason
        after = np.searchsorted(self.days, days, side="right")  # first fixing after the day
        prev = after - 1
        has_prev = prev >= 0
        prev_day = np.where(has_prev, self.days[np.maximum(prev, 0)], np.iinfo(np.int64).min // 2)
        # the source's last publication on or before the day: if later than this currency's
        # fixing, the source published without the currency (suspended, discontinued, a hole)
        pub_after = np.searchsorted(self.published, days, side="right")
        last_pub = np.where(pub_after > 0, self.published[np.maximum(pub_after - 1, 0)], -(2**40))
        if method == "exact":
            found = has_prev & (prev_day == days)
            index[found] = prev[found]
            reason[~found] = NO_FIXING
            # the source published that day, without this currency (suspended, a hole)
            reason[~found & (last_pub == days)] = NOT_QUOTED
        else:
            use_prev = has_prev & (last_pub <= prev_day)
            if method == "nearest":
                has_next = after < n
                next_day = np.where(has_next, self.days[np.minimum(after, n - 1)], 2**40)
                next_pub = np.searchsorted(self.published, days, side="left")
                first_pub = np.where(
                    next_pub < len(self.published),
                    self.published[np.minimum(next_pub, len(self.published) - 1)],
                    2**40,
                )
                use_next = has_next & (first_pub >= next_day)
                closer_next = use_next & (~use_prev | (next_day - days < days - prev_day))
                chosen = np.where(closer_next, after, prev)
                chosen_day = np.where(closer_next, next_day, prev_day)
                usable = use_prev | use_next
            elif method == "previous":
                chosen, chosen_day, usable = prev, prev_day, use_prev
            else:
                raise ValueError(f"not a daily method: {method!r}")
            age = np.abs(days - chosen_day)
            fresh = usable & (age <= staleness)
            index[fresh] = chosen[fresh]
            reason[~usable] = NOT_QUOTED
            reason[usable & ~fresh] = STALE
        if n:
            reason[(index < 0) & ~has_prev & (days < self.days[0])] = BEFORE_START
            beyond = days > self.source_end
            if self.every_day:
                unknown = beyond
            else:
                # a weekday after the data's end may have a fixing this copy does not hold
                weekdays = np.busday_count(
                    np.full(len(days), self.source_end + 1).astype("datetime64[D]"),
                    (days + 1).astype("datetime64[D]"),
                )
                unknown = beyond & (weekdays > 0)
            index[unknown] = -1
            reason[unknown] = AFTER_END
        else:
            reason[:] = NOT_QUOTED
        return index, reason

    def periods(self, period: str) -> Periods:
        """Return the per-month, per-quarter or per-year (``period``) means of the series."""
        cached = self._periods.get(period)
        if cached is not None:
            return cached
        keys_all = period_key(self.days, period)
        keys, lo = np.unique(keys_all, return_index=True)
        hi = np.append(lo[1:], len(keys_all))
        names: tuple[str, ...] = ("",)
        if len(keys):
            sums = np.add.reduceat(self.values, lo)
            # the set of sources behind each period's fixings, as a bit mask, so that a mean
            # cites exactly the sources it rests on
            bits = np.left_shift(np.int64(1), self.source_ids.astype(np.int64))
            masks = np.bitwise_or.reduceat(bits, lo)
            distinct, source_ids = np.unique(masks, return_inverse=True)
            names = tuple(
                "; ".join(name for j, name in enumerate(self.sources) if int(mask) >> j & 1)
                for mask in distinct
            )
        else:
            sums = source_ids = np.zeros(0)
        means = sums / (hi - lo)
        first, last = period_bounds(keys, period)
        if self.annual:
            covered = np.ones(len(keys), dtype=bool)
        else:
            covered = (self.days[lo] <= first + PERIOD_SLACK_DAYS) & (
                self.days[hi - 1] >= last - PERIOD_SLACK_DAYS
            )
        result = Periods(keys, lo, hi, means, covered, np.asarray(source_ids, dtype=np.int8), names)
        self._periods[period] = result
        return result

    def period(self, keys: np.ndarray, period: str) -> tuple[np.ndarray, np.ndarray]:
        """Return (index into ``periods(period)`` or -1, reason) for each period key."""
        index = np.full(len(keys), -1, dtype=np.int64)
        reason = np.zeros(len(keys), dtype=np.int8)
        if self.annual and period != "year":
            reason[:] = ANNUAL_ONLY
            return index, reason
        table = self.periods(period)
        at = np.searchsorted(table.keys, keys)
        inside = at < len(table.keys)
        hit = inside & (table.keys[np.minimum(at, len(table.keys) - 1)] == keys)
        ok = hit & table.covered[np.minimum(at, len(table.keys) - 1)]
        index[ok] = at[ok]
        first, last = period_bounds(keys, period)
        reason[~ok] = PERIOD_INCOMPLETE
        # no fixing of this currency in a period the source published in: not quoted then
        published = np.searchsorted(self.published, last, side="right") - np.searchsorted(
            self.published, first
        )
        reason[~hit & (published > 0)] = NOT_QUOTED
        if len(self.days):
            reason[~ok & (last < self.days[0])] = BEFORE_START
            end = self.source_end if not self.annual else int(self.days[-1])
            reason[~ok & (last > end)] = AFTER_END
        if self.unit_notes:
            noted = np.isin(first, np.fromiter(self.unit_notes, dtype=np.int64))
            reason[~ok & noted] = UNIT_MISMATCH
        return index, reason
