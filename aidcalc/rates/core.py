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
from .legacy import LEGACY
from .pegs import PEGS
from .redenominations import KEPT_CODE, REDENOMINATIONS
from .series import Series, day_number, day_of, year_key

STALENESS_DAYS = 7

# currencies whose quotation a source stopped for a reason the message should name
SUSPENDED = {"RUB": "the ECB suspended its RUB reference rate after 2022-03-01"}


@dataclass(frozen=True)
class _Fixed:
    """A factor that does not move: an irrevocable euro rate, a peg or a redenomination factor.

    ``fixed`` has ``currency``, ``rate`` (units of it per 1 unit of what it is fixed to) and
    ``source``; ``kind`` is ``legacy``, ``peg`` or ``redenomination``.
    """

    fixed: object
    kind: str

    @property
    def currency(self) -> str:
        return self.fixed.currency

    @property
    def rate(self) -> Decimal:
        return self.fixed.rate

    @property
    def source(self) -> str:
        return self.fixed.source


@dataclass(frozen=True)
class _Refused:
    """A factor no source can give, for a reason the message states (a unit mismatch)."""

    currency: str
    text: str


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
        user_table=None,
        override: bool = False,
        staleness_days: int = STALENESS_DAYS,
        origin: str = "",
    ):
        self.history = ecb
        self.staleness_days = staleness_days
        self.origin = origin or (str(ecb.path) if ecb.path else "ECB history")
        self._nbu_paths = (nbu_daily, nbu_periods) if nbu_daily and nbu_periods else None
        self._worldbank_path = worldbank
        self._nbu: dict[str, Series] | None = None
        self._nbu_gaps: list | None = None
        self._worldbank = None
        self._wb_series: dict[str, object] = {}
        self.user = None
        self.override = override
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
        if user_table is not None:
            self._set_user(user_table, override)

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
        user_table=None,
        override: bool = False,
        staleness_days: int = STALENESS_DAYS,
    ) -> Rates:
        """Return rates read from the given files (the shipped ones where a path is None).

        ``user_table``: a CSV of the user's own rates (``date,base,quote,rate[,source]``), used
        where no official source gives a rate, or before them with ``override=True``.
        """
        from .._paths import data_file
        from .cache import read_ecb

        return cls(
            read_ecb(ecb or data_file("rates", "eurofxref-hist.zip")),
            nbu_daily=nbu_daily or data_file("rates", "nbu_uah_official_rates_usd_eur_daily.csv"),
            nbu_periods=nbu_periods or data_file("rates", "nbu_uah_usd_fixed_rate_periods.csv"),
            worldbank=worldbank or data_file("rates", "wb_official_exchange_rate_lcu_per_usd.csv"),
            user_table=user_table,
            override=override,
            staleness_days=staleness_days,
        )

    def with_table(self, path, *, override: bool = False) -> Rates:
        """Return these rates plus the user's own rate table at ``path`` (a new ``Rates``).

        The table's rates are used only where no official source gives a rate (XDR, VES, a day
        the World Bank gives only a year for), unless ``override=True`` puts them first. Its
        rates are cited as ``user table <file name>`` (and the row's ``source``, if given).
        """
        import copy

        other = copy.copy(self)
        other._set_user(path, override)
        return other

    def _set_user(self, table, override: bool) -> None:
        from .user import UserTable

        self.override = override
        self.user = table if isinstance(table, UserTable) else UserTable(table, self._official)

    def _official(self, code: str) -> int:
        """Return how closely official sources quote ``code``: 0 EUR, 1 daily (ECB, NBU, euro
        legacy), 2 pegged, redenominated or World Bank annual, 3 not at all."""
        if code == "EUR":
            return 0
        if code in self.ecb or code in LEGACY or (code == "UAH" and self._nbu_paths):
            return 1
        if code in PEGS or code in REDENOMINATIONS:
            return 2
        try:
            return 2 if isinstance(self._wb(code), tuple) else 3
        except UnknownCurrency:
            return 3

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
        """Return the World Bank annual series serving ``currency`` per USD (in the unit the
        World Bank states it in, ``series.currency``), if there is one."""
        found = self._wb(currency)
        return found[0] if isinstance(found, tuple) else None

    def _wb(self, currency: str):
        """Return (series, redenomination steps from ``currency`` to its unit), a refusal text
        (the series is in another unit), or None."""
        if currency not in self._wb_series:
            bank = self.worldbank_rates()
            self._wb_series[currency] = bank.series(currency) if bank else None
        return self._wb_series[currency]

    def worldbank_rates(self):
        """Return the ``WorldBankRates`` these rates read (None without a World Bank file)."""
        if self._worldbank is None and self._worldbank_path is not None:
            from .worldbank import WorldBankRates

            self._worldbank = WorldBankRates(self._worldbank_path)
        return self._worldbank

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

    def coverage(self) -> list:
        """Return a ``coverage.Coverage`` per source: its name, what it quotes, first and last
        date (see ``aidcalc.rates.coverage``), in the order the sources are consulted."""
        from .coverage import coverage

        return coverage(self)

    def nbu_filled_gaps(self) -> list[tuple[date, date, str]]:
        """Return (first day, last day, UAH per USD) of each stretch the NBU fixed rate fills."""
        if self._nbu_paths is None:
            return []
        if self._nbu_gaps is None:
            # the days of the USD series whose source is not the daily file (source id 0),
            # in runs of consecutive days; read from the built series, not the files again
            usd = self.nbu["USD"]
            filled = np.flatnonzero(usd.source_ids != 0)
            ids = usd.source_ids[filled]
            breaks = np.flatnonzero((np.diff(usd.days[filled]) != 1) | (np.diff(ids) != 0)) + 1
            self._nbu_gaps = [
                (
                    day_of(usd.days[run[0]]),
                    day_of(usd.days[run[-1]]),
                    str(S.to_decimal(usd.values[run[0]])),
                )
                for run in np.split(filled, breaks)
                if len(run)
            ]
        return self._nbu_gaps

    def check_quoted(self, currency: str) -> None:
        """Raise ``UnknownCurrency`` unless ``currency`` is ISO 4217 and some source quotes it."""
        if self.user is not None and currency in self.user.series:
            return
        if currency in PEGS or currency in REDENOMINATIONS:
            return
        self._factors_per_eur(currency)

    def currencies(self) -> list[str]:
        """Return the currencies quoted daily (ECB, NBU), fixed to the euro or pegged."""
        daily = set(self.ecb) | {"EUR"} | ({"UAH"} if self._nbu_paths else set())
        return sorted(daily | set(LEGACY) | set(PEGS))

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
        user = bool(result.user_used[0]) if result.user_used is not None else False
        _, num, den = next(
            plan for plan in self._plan(base, quote, result.days, user) if plan[0][0]
        )
        value = Decimal(1)
        for factor in num:
            value = DECIMAL.multiply(value, self._decimal(factor, day, method))
        for factor in den:
            value = DECIMAL.divide(value, self._decimal(factor, day, method))
        return Rate(
            value,
            day_of(result.rate_days[0]),
            result.sources[result.source_codes[0]],
            "peg" if result.pegged is not None and result.pegged[0] else method,
        )

    def _decimal(self, factor, day: int, method: str) -> Decimal:
        if isinstance(factor, _Fixed):
            return factor.rate
        days = np.array([day], dtype=np.int64)
        if method in PERIOD_OF:
            period = PERIOD_OF[method]
            keys = S.period_key(days, period)
            index, _ = factor.period(keys, period)
            table = factor.periods(period)
            return factor.decimal_mean(int(table.lo[index[0]]), int(table.hi[index[0]]))
        index, _ = factor.daily(days, method, self.staleness_days)
        return factor.decimal(int(index[0]))

    # -- vectorised -----------------------------------------------------------------------------

    def rate_arrays(self, base: str, quote: str, days: np.ndarray, method: str) -> RateArrays:
        """Return the rates converting ``base`` into ``quote`` on each day number, vectorised.

        With a user table, the official sources come first and the table fills the days they
        refuse (``override=True``: the other way round).
        """
        user = self.user
        if user is None or not (base in user.series or quote in user.series):
            return self._rate_arrays(base, quote, days, method, False)
        order = (True, False) if self.override else (False, True)
        results, errors = [], []
        for use_user in order:
            try:
                results.append(self._rate_arrays(base, quote, days, method, use_user))
            except UnknownCurrency as error:
                errors.append(error)
                continue
            if not results[0].reasons.any():
                return results[0]
        if not results:
            raise errors[0]
        return results[0] if len(results) == 1 else _merge(*results)

    def _rate_arrays(
        self, base: str, quote: str, days: np.ndarray, method: str, use_user: bool
    ) -> RateArrays:
        if method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, not {method!r}")
        days = np.asarray(days, dtype=np.int64)
        n = len(days)
        values = np.full(n, np.nan)
        rate_days = np.zeros(n, dtype=np.int64)
        codes = np.zeros(n, dtype=np.int32)
        reasons = np.zeros(n, dtype=np.int8)
        failed = np.full(n, -1, dtype=np.int16)
        pegged = np.zeros(n, dtype=bool)
        user_used = np.full(n, use_user)
        factors: list = []
        sources: list[str] = []
        source_index: dict[str, int] = {}
        period = PERIOD_OF.get(method)
        if period:
            keys = S.period_key(days, period)
            period_start = S.period_bounds(keys, period)[0]
        for mask, num, den in self._plan(base, quote, days, use_user):
            rows = np.flatnonzero(mask)
            sub = days[rows]
            fixed = all(isinstance(f, _Fixed) for f in num + den)
            pegged[rows] = fixed and any(f.kind == "peg" for f in num + den)
            if method == "peg" and not fixed:
                # a legal fixed rate was asked for, but this one moves with a fixing
                moving = next(f for f in num + den if not isinstance(f, _Fixed))
                factors.append(moving)
                reasons[rows] = S.NOT_FIXED
                failed[rows] = len(factors) - 1
                rate_days[rows] = sub
                continue
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
            pegged,
            user_used,
        )

    def _evaluate(self, factor, days: np.ndarray, keys, method: str):
        """Return (values, fixing days, reasons, source ids, source names) of one factor."""
        n = len(days)
        if isinstance(factor, _Fixed):
            return _constant(days, float(factor.rate), 0, factor.source)
        if isinstance(factor, _Refused):
            return _constant(days, np.nan, S.UNIT_MISMATCH, "")
        if isinstance(factor, _Missing):
            return _constant(days, np.nan, S.NOT_YET, "")
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

    def _plan(self, base: str, quote: str, days: np.ndarray, user: bool = False) -> list:
        """Return [(mask of days, numerator factors, denominator factors)] for base -> quote."""
        if {base, quote} == {"UAH", "USD"} and "USD" in self.nbu and not user:
            direct = self.nbu["USD"]
            every = np.ones(len(days), dtype=bool)
            return [(every, [direct], []) if base == "USD" else (every, [], [direct])]
        plans = []
        for (q_mask, q_factors), (b_mask, b_factors) in product(
            self._legs(quote, days, user=user), self._legs(base, days, user=user)
        ):
            mask = q_mask & b_mask
            if mask.any():
                plans.append((mask, *_cancel(q_factors, b_factors)))
        return plans

    def _legs(
        self, currency: str, days: np.ndarray, *, chained: bool = False, user: bool = False
    ) -> list[tuple[np.ndarray, list]]:
        """Return [(mask of days, factors whose product is ``currency`` per 1 EUR)].

        ``chained``: reached from an older code through a redenomination (so a change of unit
        that kept the code applies); ``user``: the user table's series first.
        """
        if user and self.user is not None and currency in self.user.series:
            series = self.user.series[currency]
            return [(m, [series, *f]) for m, f in self._legs(series.anchor, days)]
        legacy = LEGACY.get(currency)
        if legacy is not None:
            after = days >= day_number(legacy.since)
            before: list = (
                [self.ecb[currency]] if currency in self.ecb else [_Missing(currency, legacy.since)]
            )
            return [(after, [_Fixed(legacy, "legacy")]), (~after, before)]
        if chained and currency in KEPT_CODE:
            step = KEPT_CODE[currency]
            after = days >= day_number(step.since)
            own = self._own(currency, days)
            return [(after & m, [_Fixed(step, "redenomination"), *f]) for m, f in own] + [
                (~after & m, f) for m, f in own
            ]
        step = REDENOMINATIONS.get(currency)
        if step is None:
            return self._own(currency, days)
        before = days < day_number(step.since)
        after = ~before
        legs = []
        if step.ends is not None:
            ceased = days > day_number(step.ends)
            text = (
                f"{currency} became {step.new} on {step.since}, and {step.new} was abandoned on "
                f"{step.ends}; no legal factor links it to a later currency"
            )
            legs.append((ceased, [_Refused(currency, text)]))
            after &= ~ceased
        for mask, factors in self._legs(step.new, days, chained=True):
            if len(factors) == 1 and isinstance(factors[0], _Refused):
                text = f"{currency} became {step.new} on {step.since}; {factors[0].text}"
                factors = [_Refused(currency, text)]
            legs.append((after & mask, [_Fixed(step, "redenomination"), *factors]))
        try:
            legs += [(before & m, f) for m, f in self._own(currency, days)]
        except UnknownCurrency:
            text = (
                f"{currency} converts at its legal factor only from {step.since}, and no source "
                f"quotes it before"
            )
            legs.append((before, [_Refused(currency, text)]))
        return legs

    def _own(self, currency: str, days: np.ndarray) -> list[tuple[np.ndarray, list]]:
        """Return the legs of ``currency`` by its own quotation: the ECB, a peg, or the rest."""
        every = np.ones(len(days), dtype=bool)
        pegs = PEGS.get(currency) if currency not in self.ecb else None
        if not pegs:
            return [(every, self._factors_per_eur(currency))]
        legs, rest = [], every.copy()
        for peg in pegs:
            inside = days >= day_number(peg.since)
            if peg.until is not None:
                inside &= days <= day_number(peg.until)
            for mask, factors in self._legs(peg.anchor, days):
                legs.append((inside & mask, [_Fixed(peg, "peg"), *factors]))
            rest &= ~inside
        if rest.any():
            try:
                legs.append((rest, self._factors_per_eur(currency)))
            except UnknownCurrency:
                spans = ", ".join(
                    f"from {p.since}" + (f" to {p.until}" if p.until else "") for p in pegs
                )
                text = (
                    f"{currency} converts at its legal fixed rate {spans} only, and no source "
                    f"quotes it otherwise"
                )
                legs.append((rest, [_Refused(currency, text)]))
        return legs

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
        found = self._wb(currency)
        if found is None:
            raise UnknownCurrency(
                currency,
                f"no source quotes {currency}: the ECB does not, the NBU is used for UAH only, "
                f"it is not a currency the euro replaced, pegged or redenominated, and the World "
                f"Bank file has no series for it; pass your own rate table "
                f"(Rates.default().with_table(path), or --rates FILE on the command line)",
            )
        if isinstance(found, str):
            return [_Refused(currency, found)]
        annual, steps = found
        return [*(_Fixed(step, "redenomination") for step in steps), annual, self.ecb["USD"]]

    # -- messages -------------------------------------------------------------------------------

    def _explain(self, factor, reason: int, day: int, method: str, base: str, quote: str) -> str:
        when = _describe_day(day, method)
        pair = f"{base}->{quote}"
        if isinstance(factor, _Refused):
            return f"no {method} rate for {pair} on {when}: {factor.text}"
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
        if reason == S.NOT_FIXED:
            return (
                f"{head}: {pair} is not a legal fixed rate; it moves with {currency} ({coverage})"
                f"; use method {_describe_default(method, day)}"
            )
        if reason == S.UNIT_MISMATCH:
            start = int(S.period_bounds(year_key(np.array([day], dtype=np.int64)), "year")[0][0])
            note = factor.unit_notes.get(start, "the source states that period in another unit")
            return f"{head}: {note} ({coverage})"
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
                else "run `aidcalc rates update --source nbu` to fetch newer NBU rates"
                if name.startswith("NBU")
                else "the user table has nothing newer"
                if name.startswith("user table")
                else "the shipped data has nothing newer"
            )
            if day_of(day) > date.today():
                # "2027": no source fixes a rate for a time still to come; an update cannot help
                hint = f"{when} is still to come, so no source has fixed that rate yet"
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


def _describe_default(method: str, day: int) -> str:
    return "'previous', 'monthly' or 'annual' (or None: the value date's precision picks)"


def _cancel(num: list, den: list) -> tuple[list, list]:
    """Drop a series common to both sides when only fixed rates remain (SAR->USD: the peg)."""
    common = [f for f in num if isinstance(f, Series) and any(f is g for g in den)]
    if not common:
        return num, den
    num2 = [f for f in num if not any(f is c for c in common)]
    den2 = [f for f in den if not any(f is c for c in common)]
    if all(isinstance(f, _Fixed) or _is_user(f) for f in num2 + den2):
        return num2, den2
    return num, den


def _is_user(factor) -> bool:
    return isinstance(factor, Series) and factor.sources[0].startswith("user table")


def _merge(first: RateArrays, second: RateArrays) -> RateArrays:
    """Return ``first`` with its failed entries taken from ``second`` where that has a rate."""
    take = (first.reasons != 0) & (second.reasons == 0)
    values, rate_days = first.values.copy(), first.rate_days.copy()
    codes, reasons, failed = (
        first.source_codes.copy(),
        first.reasons.copy(),
        first.failed_factor.copy(),
    )
    values[take], rate_days[take] = second.values[take], second.rate_days[take]
    codes[take] = second.source_codes[take] + len(first.sources)
    reasons[take], failed[take] = 0, -1
    pegged = np.where(take, second.pegged, first.pegged)
    user_used = np.where(take, second.user_used, first.user_used)
    return RateArrays(
        values, rate_days, codes, first.sources + second.sources, reasons, failed,
        first.factors + second.factors, first.days, first.base, first.quote, first.method,
        first.owner, pegged, user_used,
    )  # fmt: skip


def _constant(days: np.ndarray, value: float, reason: int, source: str):
    """Return what ``_evaluate`` returns for a factor that is the same on every day: a legal
    rate (reason 0), or a refusal (NaN with its reason)."""
    n = len(days)
    return (
        np.full(n, value),
        days,
        np.full(n, reason, dtype=np.int8),
        np.zeros(n, dtype=np.int64),
        (source,),
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
    keys = S.period_key(keys, period)
    return day_of(int(S.period_bounds(keys, period)[1][0]))


def _describe_day(day: int, method: str) -> str:
    text = day_of(day).isoformat()
    if method == "monthly":
        return text[:7]
    if method == "quarterly":
        return f"{text[:4]}-Q{(int(text[5:7]) + 2) // 3}"
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
    """Return ``Rates`` from the shipped data, the newer of the shipped and the user's ECB history,
    NBU file and World Bank exchange-rate file (cached per process)."""
    from .._paths import display_path
    from . import update_nbu, update_worldbank

    path, origin = store.current_ecb_file()
    nbu_path, _ = update_nbu.current_file()
    wb_path, _ = update_worldbank.current_file(*update_worldbank.INDICATORS["PA.NUS.FCRF"])
    rates = Rates.from_files(path, nbu_daily=nbu_path, worldbank=wb_path)
    rates.origin = f"{origin} ECB file {display_path(path)}"
    return rates


store.AFTER_UPDATE.append(default_rates.cache_clear)
