"""A user's own rate table: ``date,base,quote,rate[,source]`` rows, cited as ``user table <name>``.

``rate`` is units of ``quote`` per 1 ``base`` on ``date`` (``YYYY-MM-DD``, or ``YYYY`` for an
annual average). Each row rates one currency the table serves against an anchor an official source
quotes (or EUR): of the two sides, the one official sources quote less closely (EUR, then daily
rates, then pegs and annual averages, then nothing), the base on a tie.
A bad row raises ``InvalidRatesFile`` naming its row number (the header is row 1).
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import numpy as np

from ..errors import InvalidRatesFile
from .base import DECIMAL
from .series import Series, day_number, to_decimal

MAX_SOURCES = 60  # distinct row sources cited one by one; beyond that, the file only


class UserSeries(Series):
    """A series from the user's table: its figures kept exactly as ``Decimal``."""

    exact: list[Decimal]

    def decimal(self, index: int) -> Decimal:
        return self.exact[index]

    def decimal_mean(self, lo: int, hi: int) -> Decimal:
        return sum(self.exact[lo:hi], Decimal(0)) / (hi - lo)


class UserTable:
    """The series of a user's rate table, one per currency it serves."""

    def __init__(self, path, official):
        self.path = Path(path)
        self.rows = 0
        self.series: dict[str, UserSeries] = {}
        self._read(official)

    def _read(self, official) -> None:
        from ..amount import check_currency

        where = str(self.path)
        name = f"user table {self.path.name}"
        found: dict[str, dict] = {}
        with open(self.path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip().lower() for h in reader.fieldnames or []]
            missing = [c for c in ("date", "base", "quote", "rate") if c not in header]
            if missing:
                raise InvalidRatesFile(f"{where}: row 1: the header lacks {', '.join(missing)}")
            reader.fieldnames = header
            for number, row in enumerate(reader, start=2):
                bad = _row_problem(row, check_currency)
                if bad:
                    raise InvalidRatesFile(f"{where}: row {number}: {bad}")
                base, quote = row["base"].strip().upper(), row["quote"].strip().upper()
                rate = Decimal(row["rate"].strip())
                text = row["date"].strip()
                annual = len(text) == 4
                day = date(int(text), 1, 1) if annual else date.fromisoformat(text)
                # the table serves the side official sources quote less closely (the base on
                # a tie); the other side is its anchor
                if official(quote) > official(base):
                    currency, anchor, value = quote, base, rate
                else:
                    currency, anchor, value = base, quote, DECIMAL.divide(Decimal(1), rate)
                if official(anchor) > 2:
                    raise InvalidRatesFile(
                        f"{where}: row {number}: no official source quotes {base} or {quote}; "
                        f"one side must be EUR or a currency an official source quotes"
                    )
                entry = found.setdefault(
                    currency, {"anchor": anchor, "annual": annual, "days": {}, "row": number}
                )
                if entry["anchor"] != anchor:
                    raise InvalidRatesFile(
                        f"{where}: row {number}: {currency} is rated against {anchor} here but "
                        f"against {entry['anchor']} in row {entry['row']}; use one anchor"
                    )
                if entry["annual"] != annual:
                    raise InvalidRatesFile(
                        f"{where}: row {number}: {currency} mixes daily and annual (YYYY) dates"
                    )
                key = day_number(day)
                source = (row.get("source") or "").strip()
                if key in entry["days"] and entry["days"][key][0] != value:
                    raise InvalidRatesFile(
                        f"{where}: row {number}: a second, different {currency}/{anchor} rate "
                        f"for {text} (row {entry['days'][key][2]})"
                    )
                entry["days"][key] = (value, f"{name}: {source}" if source else name, number)
                self.rows += 1
        for currency, entry in found.items():
            keys = sorted(entry["days"])
            values = [entry["days"][k][0] for k in keys]
            texts = [entry["days"][k][1] for k in keys]
            names = list(dict.fromkeys(texts))
            if len(names) > MAX_SOURCES:
                names, texts = [name], [name] * len(texts)
            series = UserSeries(
                currency,
                entry["anchor"],
                np.array(keys, dtype=np.int64),
                np.array([float(v) for v in values]),
                tuple(names),
                source_ids=np.array([names.index(t) for t in texts], dtype=np.int8),
                annual=entry["annual"],
            )
            series.exact = values
            self.series[currency] = series

    def coverage(self) -> list[tuple[str, str, date, date]]:
        """Return (currency, anchor, first day, last day) of each series."""
        return [(c, s.anchor, s.first, s.last) for c, s in sorted(self.series.items())]


def _row_problem(row: dict, check_currency) -> str:
    """Return what is wrong with a row ('' if nothing)."""
    if None in row or any(row.get(c) is None for c in ("date", "base", "quote", "rate")):
        return "wrong number of cells"
    text = row["date"].strip()
    try:
        if len(text) == 4 and text.isdigit():
            date(int(text), 1, 1)
        elif len(text) == 10:
            date.fromisoformat(text)
        else:
            raise ValueError
    except ValueError:
        return f"date {text!r} is not YYYY-MM-DD or YYYY"
    codes = []
    for column in ("base", "quote"):
        code = row[column].strip().upper()
        try:
            check_currency(code)
        except ValueError as error:
            return f"{column}: {error}"
        codes.append(code)
    if codes[0] == codes[1]:
        return f"base and quote are both {codes[0]}"
    try:
        rate = Decimal(row["rate"].strip())
    except InvalidOperation:
        return f"rate {row['rate']!r} is not a number"
    if not rate.is_finite() or rate <= 0:
        return f"rate {row['rate']!r} must be a positive number"
    if to_decimal(float(rate)) != rate.normalize() and len(rate.as_tuple().digits) > 15:
        return f"rate {row['rate']!r} has more than 15 significant digits"
    return ""
