"""``Rates``: which published figure converts one currency into another on a value date.

Every currency is expressed per 1 EUR (the ECB's quotation); a cross rate is the ratio of two such
legs. The legs: the ECB reference rate; the NBU official rate for UAH; the irrevocable rate for a
currency the euro replaced (after its changeover); World Bank annual averages (LCU per USD, times
the ECB's USD per EUR) for currencies neither the ECB nor the NBU quotes. UAH against USD uses the
NBU's UAH/USD rate directly. The scalar path (``rate``) and the vectorised one (``rate_arrays``)
share one resolution, so a frame and a single conversion pick the same fixings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import product

import numpy as np

from ..dates import parse_value_date
from ..errors import RateNotAvailable, UnknownCurrency
from . import ecb as ecb_source
from . import series as S
from . import store
from .base import DECIMAL, METHODS, PERIOD_OF, Rate, RateArrays, check_method
from .legacy import LEGACY, LegacyRate
from .series import Series, day_number, day_of, month_key, year_key

STALENESS_DAYS = 7

# currencies whose quotation a source stopped for a reason the message should name
SUSPENDED = {"RUB": "the ECB suspended its RUB reference rate after 2022-03-01"}


@dataclass(frozen=True)
class _Fixed:
    """A factor that does not move: a legacy currency's irrevocable rate."""

    legacy: LegacyRate

    @property
    def currency(self) -> str:
        return self.legacy.currency


@dataclass(frozen=True)
class _Missing:
    """A factor no source supplies on these days (a legacy currency before its changeover)."""

    currency: str
    since: date


class Rates:
    """Published exchange rates from the ECB, the NBU, the World Bank and the euro changeovers."""

    def __init__(
        self,
        ecb: ecb_source.EcbHistory,
        *,
        nbu_daily=None,
        nbu_periods=None,
        worldbank=None,
        staleness_days: int = STALENESS_DAYS,
        origin: str = "",
    ):
        self.history = ecb
        self.staleness_days = staleness_days
        self.origin = origin or (str(ecb.path) if ecb.path else "ECB history")
        self._nbu_paths = (nbu_daily, nbu_periods) if nbu_daily and nbu_periods else None
        self._worldbank_path = worldbank
        self._nbu: dict[str, Series] | None = None
        self._worldbank = None
        self._wb_series: dict[str, Series | None] = {}
        self.ecb: dict[str, Series] = {}
        source_end = int(ecb.days[-1])
        for j, currency in enumerate(ecb.currencies):
            column = ecb.values[:, j]
            quoted = ~np.isnan(column)
            if quoted.any():
                self.ecb[currency] = Series(
                    currency,
                    "EUR",
                    ecb.days[quoted],
                    column[quoted],
                    (ecb_source.SOURCE,),
                    published=ecb.days,
                    source_end=source_end,
                )

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Rates:
        """Return the rates of the shipped data (or a newer user ECB file), loaded once."""
        return default_rates()

    @classmethod
    def from_files(
        cls,
        ecb: str | None = None,
        *,
        nbu_daily=None,
        nbu_periods=None,
        worldbank=None,
        staleness_days: int = STALENESS_DAYS,
    ) -> Rates:
        """Return rates read from the given files (the shipped ones where a path is None)."""
        from .._paths import data_file

        return cls(
            ecb_source.read(ecb or data_file("rates", "eurofxref-hist.zip")),
            nbu_daily=nbu_daily or data_file("rates", "nbu_uah_official_rates_usd_eur_daily.csv"),
            nbu_periods=nbu_periods or data_file("rates", "nbu_uah_usd_fixed_rate_periods.csv"),
            worldbank=worldbank or data_file("rates", "wb_official_exchange_rate_lcu_per_usd.csv"),
            staleness_days=staleness_days,
        )

    @staticmethod
    def live(**options):
        """Return live rates from forex-python (extra ``live``), cached in memory."""
        from .live import LiveRates

        return LiveRates(**options)

    # -- sources --------------------------------------------------------------------------------

    @property
    def nbu(self) -> dict[str, Series]:
        """Return the NBU UAH series per anchor currency ({} without NBU files)."""
        if self._nbu is None:
            if self._nbu_paths is None:
                self._nbu = {}
            else:
                from . import nbu

                self._nbu = nbu.build(*self._nbu_paths, self.ecb["USD"])
        return self._nbu

    def worldbank(self, currency: str) -> Series | None:
        """Return the World Bank annual series of ``currency`` per USD, if there is one."""
        if currency not in self._wb_series:
            if self._worldbank is None and self._worldbank_path is not None:
                from .worldbank import WorldBankRates

                self._worldbank = WorldBankRates(self._worldbank_path)
            found = self._worldbank.series(currency) if self._worldbank else None
            self._wb_series[currency] = found
        return self._wb_series[currency]

    @property
    def ecb_last_date(self) -> date:
        """Return the date of the last ECB fixing these rates hold (the data's vintage)."""
        from .series import day_of

        return day_of(int(self.history.days[-1]))

    @property
    def nbu_files(self):
        """Return (daily rates file, fixed-rate periods file) of the NBU data, or None."""
        return self._nbu_paths

    @property
    def worldbank_file(self):
        """Return the World Bank annual rates file these rates read (None without one)."""
        return self._worldbank_path

    def nbu_filled_gaps(self) -> list[tuple[date, date, str]]:
        """Return (first day, last day, UAH per USD) of each stretch the NBU fixed rate fills."""
        if self._nbu_paths is None:
            return []
        from . import nbu

        return nbu.filled_gaps(*self._nbu_paths)

    def check_quoted(self, currency: str) -> None:
        """Raise ``UnknownCurrency`` unless ``currency`` is ISO 4217 and some source quotes it."""
        self._factors_per_eur(currency)

    def currencies(self) -> list[str]:
        """Return the currencies quoted daily (ECB, NBU) or fixed to the euro."""
        daily = set(self.ecb) | {"EUR"} | ({"UAH"} if self._nbu_paths else set())
        return sorted(daily | set(LEGACY))

    # -- scalar ---------------------------------------------------------------------------------

    def rate(self, base: str, quote: str, on: object, method: str | None = None) -> Rate:
        """Return the rate converting 1 ``base`` into ``quote`` on value date ``on``.

        ``method=None`` picks by the value date's precision: ``previous`` for a day (so the
        default for a full date is ``previous``), ``monthly`` for YYYY-MM, ``annual`` for YYYY.
        Raises ``UnknownCurrency`` or ``RateNotAvailable``; never guesses.
        """
        value_date = parse_value_date(on)
        method = check_method(method, value_date, f"{base}->{quote}")
        day = day_number(value_date.start)
        if base == quote:
            self.check_quoted(base)
            return Rate(Decimal(1), value_date.start, "same currency", method)
        result = self.rate_arrays(base, quote, np.array([day], dtype=np.int64), method)
        if result.reasons[0]:
            raise RateNotAvailable(result.message(0))
        _, num, den = next(plan for plan in self._plan(base, quote, result.days) if plan[0][0])
        value = Decimal(1)
        for factor in num:
            value = DECIMAL.multiply(value, self._decimal(factor, day, method))
        for factor in den:
            value = DECIMAL.divide(value, self._decimal(factor, day, method))
        return Rate(
            value,
            day_of(result.rate_days[0]),
            result.sources[result.source_codes[0]],
            method,
        )

    def _decimal(self, factor, day: int, method: str) -> Decimal:
        if isinstance(factor, _Fixed):
            return factor.legacy.rate
        days = np.array([day], dtype=np.int64)
        if method in PERIOD_OF:
            period = PERIOD_OF[method]
            keys = month_key(days) if period == "month" else year_key(days)
            index, _ = factor.period(keys, period)
            table = factor.periods(period)
            return factor.decimal_mean(int(table.lo[index[0]]), int(table.hi[index[0]]))
        index, _ = factor.daily(days, method, self.staleness_days)
        return factor.decimal(int(index[0]))

    # -- vectorised -----------------------------------------------------------------------------

    def rate_arrays(self, base: str, quote: str, days: np.ndarray, method: str) -> RateArrays:
        """Return the rates converting ``base`` into ``quote`` on each day number, vectorised."""
        if method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, not {method!r}")
        days = np.asarray(days, dtype=np.int64)
        n = len(days)
        values = np.full(n, np.nan)
        rate_days = np.zeros(n, dtype=np.int64)
        codes = np.zeros(n, dtype=np.int32)
        reasons = np.zeros(n, dtype=np.int8)
        failed = np.full(n, -1, dtype=np.int16)
        factors: list = []
        sources: list[str] = []
        source_index: dict[str, int] = {}
        period = PERIOD_OF.get(method)
        if period:
            keys = month_key(days) if period == "month" else year_key(days)
            period_start = S.period_bounds(keys, period)[0]
        for mask, num, den in self._plan(base, quote, days):
            rows = np.flatnonzero(mask)
            sub = days[rows]
            value = np.ones(len(rows))
            # the earliest fixing among the factors (a fixed rate counts as the day itself)
            fix = period_start[rows] if period else np.full(len(rows), np.iinfo(np.int64).max)
            reason = np.zeros(len(rows), dtype=np.int8)
            who = np.full(len(rows), -1, dtype=np.int16)
            # a failure `aidcalc rates update` may cure (past the ECB data) gives way to a later
            # factor's failure that it cannot cure, so the message does not promise too much
            curable = np.zeros(len(rows), dtype=bool)
            combo = np.zeros(len(rows), dtype=np.int64)
            names: list[tuple[str, ...]] = []
            for position, factor in enumerate(num + den):
                factors.append(factor)
                f_value, f_fix, f_reason, f_source, f_names = self._evaluate(
                    factor, sub, keys[rows] if period else None, method
                )
                value = value * f_value if position < len(num) else value / f_value
                if not period:
                    fix = np.minimum(fix, f_fix)
                f_curable = (f_reason == S.AFTER_END) & _is_ecb(factor)
                bad = (f_reason != 0) & ((reason == 0) | (curable & ~f_curable))
                reason[bad] = f_reason[bad]
                who[bad] = len(factors) - 1
                curable[bad] = f_curable[bad]
                combo = combo * 256 + f_source
                names.append(f_names)
            for key in np.unique(combo):
                digits, k = [], int(key)
                for _ in names:
                    digits.append(k % 256)
                    k //= 256
                digits.reverse()
                text = _source_text([n[d] for n, d in zip(names, digits, strict=True)], num, den)
                if text not in source_index:
                    source_index[text] = len(sources)
                    sources.append(text)
                codes[rows[combo == key]] = source_index[text]
            if not period:
                fix = np.where(fix == np.iinfo(np.int64).max, sub, fix)
            ok = reason == 0
            values[rows[ok]] = value[ok]
            rate_days[rows] = fix
            reasons[rows] = reason
            failed[rows] = who
        return RateArrays(
            values,
            rate_days,
            codes,
            sources,
            reasons,
            failed,
            factors,
            days,
            base,
            quote,
            method,
            self,
        )

    def _evaluate(self, factor, days: np.ndarray, keys, method: str):
        """Return (values, fixing days, reasons, source ids, source names) of one factor."""
        n = len(days)
        if isinstance(factor, _Fixed):
            return (
                np.full(n, float(factor.legacy.rate)),
                days,
                np.zeros(n, dtype=np.int8),
                np.zeros(n, dtype=np.int64),
                (factor.legacy.source,),
            )
        if isinstance(factor, _Missing):
            return (
                np.full(n, np.nan),
                days,
                np.full(n, S.NOT_YET, dtype=np.int8),
                np.zeros(n, dtype=np.int64),
                ("",),
            )
        if method in PERIOD_OF:
            index, reason = factor.period(keys, PERIOD_OF[method])
            table = factor.periods(PERIOD_OF[method])
            safe = np.maximum(index, 0)
            values = np.where(index >= 0, table.means[safe] if len(table.means) else np.nan, np.nan)
            source = table.source_ids[safe] if len(table.keys) else np.zeros(n, dtype=np.int8)
            return values, days, reason, source.astype(np.int64), table.sources
        index, reason = factor.daily(days, method, self.staleness_days)
        safe = np.maximum(index, 0)
        if len(factor.days):
            values = np.where(index >= 0, factor.values[safe], np.nan)
            fix = np.where(index >= 0, factor.days[safe], days)
            source = factor.source_ids[safe].astype(np.int64)
        else:
            values, fix, source = np.full(n, np.nan), days, np.zeros(n, dtype=np.int64)
        return values, fix, reason, source, factor.sources

    # -- which factors --------------------------------------------------------------------------

    def _plan(self, base: str, quote: str, days: np.ndarray) -> list:
        """Return [(mask of days, numerator factors, denominator factors)] for base -> quote."""
        if {base, quote} == {"UAH", "USD"} and "USD" in self.nbu:
            direct = self.nbu["USD"]
            every = np.ones(len(days), dtype=bool)
            return [(every, [direct], []) if base == "USD" else (every, [], [direct])]
        plans = []
        for (q_mask, q_factors), (b_mask, b_factors) in product(
            self._legs(quote, days), self._legs(base, days)
        ):
            mask = q_mask & b_mask
            if mask.any():
                plans.append((mask, q_factors, b_factors))
        return plans

    def _legs(self, currency: str, days: np.ndarray) -> list[tuple[np.ndarray, list]]:
        """Return [(mask of days, factors whose product is ``currency`` per 1 EUR)]."""
        every = np.ones(len(days), dtype=bool)
        legacy = LEGACY.get(currency)
        if legacy is not None:
            after = days >= day_number(legacy.since)
            before: list = (
                [self.ecb[currency]] if currency in self.ecb else [_Missing(currency, legacy.since)]
            )
            return [(after, [_Fixed(legacy)]), (~after, before)]
        return [(every, self._factors_per_eur(currency))]

    def _factors_per_eur(self, currency: str) -> list:
        if currency == "EUR":
            return []
        if currency in self.ecb:
            return [self.ecb[currency]]
        if currency in LEGACY:
            return [_Fixed(LEGACY[currency])]
        if currency == "UAH" and "EUR" in self.nbu:
            return [self.nbu["EUR"]]
        from ..amount import check_currency

        check_currency(currency)
        annual = self.worldbank(currency)
        if annual is None:
            raise UnknownCurrency(
                currency,
                f"no source quotes {currency}: the ECB does not, the NBU is used for UAH only, "
                f"it is not a currency the euro replaced, and the World Bank file has no series "
                f"for it",
            )
        return [annual, self.ecb["USD"]]

    # -- messages -------------------------------------------------------------------------------

    def _explain(self, factor, reason: int, day: int, method: str, base: str, quote: str) -> str:
        when = _describe_day(day, method)
        pair = f"{base}->{quote}"
        if isinstance(factor, _Missing):
            return (
                f"no {method} rate for {pair} on {when}: {factor.currency} converts at its "
                f"irrevocable euro rate only from {factor.since}, and no source quotes it before"
            )
        currency = factor.currency
        name = factor.sources[0]
        if factor.annual:
            coverage = (
                f"{name} covers {currency}/{factor.anchor} {factor.first.year}..{factor.last.year}"
                f", annual averages"
            )
        else:
            coverage = (
                f"{name} covers {currency}/{factor.anchor} from {factor.first} to {factor.last}"
            )
        head = f"no {method} rate for {pair} on {when}"
        # a suspended quotation explains any failure after its last fixing
        suspended = SUSPENDED.get(currency) if _period_end(day, method) > factor.last else None
        if reason == S.ANNUAL_ONLY:
            return (
                f"{head}: {currency} is quoted only as annual averages ({name}, "
                f"{factor.first.year}..{factor.last.year}); use method='annual'"
            )
        if reason == S.AFTER_END:
            end = f"with {factor.last.year}" if factor.annual else f"on {day_of(factor.source_end)}"
            hint = (
                "run `aidcalc rates update` to fetch newer ECB rates"
                if _is_ecb(factor)
                else "the shipped data has nothing newer"
            )
            return f"{head}: the data end {end} ({coverage}); {hint}"
        if reason == S.BEFORE_START:
            return f"{head}: before the data start ({coverage})"
        if suspended:
            return f"{head}: {suspended} ({coverage})"
        if reason == S.NO_FIXING:
            return (
                f"{head}: no {currency} fixing that day ({coverage}; no fixing on weekends and "
                f"holidays); use method 'previous' or 'nearest'"
            )
        if reason == S.STALE:
            return f"{head}: {self._stale(factor, day, method)} ({coverage})"
        if reason == S.NOT_QUOTED:
            return f"{head}: the source published without {currency} then ({coverage})"
        if reason == S.PERIOD_INCOMPLETE:
            return f"{head}: the {currency} fixings do not cover the whole period ({coverage})"
        return f"{head}: no rate ({coverage})"

    def _stale(self, factor, day: int, method: str) -> str:
        """Return which fixings lie too far from ``day`` for the staleness limit."""
        after = int(np.searchsorted(factor.days, day, side="right"))
        near = []
        if after > 0:
            before = int(factor.days[after - 1])
            near.append(f"the last {factor.currency} fixing before it is of {day_of(before)}, "
                        f"{_days(day - before)} earlier")  # fmt: skip
        if method == "nearest" and after < len(factor.days):
            following = int(factor.days[after])
            near.append(f"the next is of {day_of(following)}, {_days(following - day)} later")
        return (
            f"{'; '.join(near) or 'no fixing near it'}: more than the staleness limit of "
            f"{self.staleness_days} days (Rates(staleness_days=...))"
        )


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _is_ecb(factor) -> bool:
    return isinstance(factor, Series) and factor.sources[0] == ecb_source.SOURCE


def _period_end(day: int, method: str) -> date:
    """Return the last day a look-up of ``day`` under ``method`` covers."""
    period = PERIOD_OF.get(method)
    if period is None:
        return day_of(day)
    keys = np.array([day], dtype=np.int64)
    keys = month_key(keys) if period == "month" else year_key(keys)
    return day_of(int(S.period_bounds(keys, period)[1][0]))


def _describe_day(day: int, method: str) -> str:
    text = day_of(day).isoformat()
    if method == "monthly":
        return text[:7]
    if method == "annual":
        return text[:4]
    return text


def _source_text(names: list[str], num: list, den: list) -> str:
    # the base currency's sources first: "World Bank …; ECB …" reads as NGN -> USD does
    ordered = names[len(num) :] + names[: len(num)]
    unique = list(dict.fromkeys(n for n in ordered if n))
    text = "; ".join(unique)
    if num and den and not any("NBU" in n and len(num) + len(den) == 1 for n in unique):
        text += " (cross rate via EUR)"
    return text


@lru_cache(maxsize=1)
def default_rates() -> Rates:
    """Return ``Rates`` from the shipped data and the newer ECB history (cached per process)."""
    path, origin = store.current_ecb_file()
    rates = Rates.from_files(path)
    rates.origin = f"{origin} ECB file {path}"
    return rates


store.AFTER_UPDATE.append(default_rates.cache_clear)
