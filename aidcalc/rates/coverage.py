"""What each rate source of a ``Rates`` covers: its name, what it quotes, its first and last date.

``coverage(rates)`` returns one ``Coverage`` per source, in the order ``Rates`` consults them
(the user table first when it overrides, else last): the ECB reference rates, the NBU official
UAH rates (one entry per anchor, USD and EUR), the legal fixed rates of hard pegs, the
redenominations, the World Bank annual averages, the irrevocable euro conversion rates, and the
user's table. ``last`` is the newest date a source has a figure for (a year's first day for the
World Bank); a legal fixed rate has no last date (``None``: it holds until repealed). The
command line only formats these (``aidcalc rates info``, the ``summary`` header).

>>> from aidcalc.rates import Rates
>>> found = {c.key: c for c in Rates.default().coverage()}
>>> found["ecb"].last, found["nbu-USD"].last, found["worldbank"].last_text
(datetime.date(2026, 10, 30), datetime.date(2025, 10, 20), '2025')
>>> found["pegs"].last is None, "SAR" in found["pegs"].quotes
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Coverage:
    """One rate source: ``key`` (a stable id), ``source`` (its name and credit), ``quotes``
    (what it quotes), ``first`` / ``last`` (dates; ``last`` None for a legal rate in force),
    ``precision`` (``day``, ``year`` or ``fixed``) and ``file`` (where its figures are read)."""

    key: str
    source: str
    quotes: str
    first: date | None
    last: date | None
    precision: str
    file: str

    @property
    def last_text(self) -> str:
        """Return ``last`` as text: ``YYYY-MM-DD``, ``YYYY`` for annual data, '' when open."""
        if self.last is None:
            return ""
        return str(self.last.year) if self.precision == "year" else self.last.isoformat()

    @property
    def first_text(self) -> str:
        """Return ``first`` as text, like ``last_text``."""
        if self.first is None:
            return ""
        return str(self.first.year) if self.precision == "year" else self.first.isoformat()


def coverage(rates) -> list[Coverage]:
    """Return the coverage of every source ``rates`` holds (see the module docstring)."""
    rows = [_ecb(rates), *_nbu(rates), _pegs(), _redenominations()]
    bank = _worldbank(rates)
    if bank is not None:
        rows.append(bank)
    rows.append(_legacy())
    user = _user(rates)
    if user is not None:
        rows.insert(0, user) if rates.override else rows.append(user)
    return rows


def _ecb(rates) -> Coverage:
    from .ecb import SOURCE

    series = rates.ecb.values()
    last = max(s.last for s in series)
    current = sorted(c for c, s in rates.ecb.items() if s.last == last)
    return Coverage(
        "ecb",
        f"{SOURCE}s (Source: ECB statistics)",
        f"{len(current)} currencies per EUR: {' '.join(current)}",
        min(s.first for s in series),
        rates.ecb_last_date,
        "day",
        rates.origin,
    )


def _nbu(rates) -> list[Coverage]:
    if not rates.nbu_files:
        return []
    gaps = [
        f"{first}..{last} at {rate}" if first != last else f"{first} at {rate}"
        for first, last, rate in rates.nbu_filled_gaps()
    ]
    rows = []
    for anchor, series in sorted(rates.nbu.items()):
        how = "filled with the NBU fixed rate" if anchor == "USD" else "crossed via USD"
        rows.append(
            Coverage(
                f"nbu-{anchor}",
                "NBU official rate (National Bank of Ukraine, bank.gov.ua)",
                f"UAH per {anchor}, every calendar day",
                series.first,
                series.last,
                "day",
                f"{rates.nbu_files[0]}" + (f" (gaps {', '.join(gaps)} {how})" if gaps else ""),
            )
        )
    return rows


def _pegs() -> Coverage:
    from .pegs import PEGS

    pegs = [peg for rows in PEGS.values() for peg in rows]
    anchors = sorted({peg.anchor for peg in pegs})
    ended = [peg.until for peg in pegs if peg.until is not None]
    return Coverage(
        "pegs",
        "legal fixed rates of hard pegs and currency boards (central banks, legal acts)",
        f"{len(PEGS)} currencies to {' '.join(anchors)}: {' '.join(sorted(PEGS))}",
        min(peg.since for peg in pegs),
        None if len(ended) < len(pegs) else max(ended),
        "fixed",
        _shipped("pegs.csv"),
    )


def _redenominations() -> Coverage:
    from .redenominations import ROWS

    changes = [f"{r.old}->{r.new}" for r in ROWS if r.old != r.new]
    return Coverage(
        "redenominations",
        "redenominations at their legal factor (central banks, laws)",
        f"{len(changes)} changes: {' '.join(changes)}",
        min(r.since for r in ROWS),
        None,
        "fixed",
        _shipped("redenominations.csv"),
    )


def _worldbank(rates) -> Coverage | None:
    bank = rates.worldbank_rates()
    if bank is None:
        return None
    years = [int(y) for ys, _ in bank.by_economy.values() for y in ys]
    return Coverage(
        "worldbank",
        "World Bank WDI PA.NUS.FCRF (IMF IFS via World Bank WDI, CC BY 4.0)",
        f"LCU per USD, annual average, {len(bank.economies)} currencies",
        date(min(years), 1, 1),
        date(max(years), 1, 1),
        "year",
        str(rates.worldbank_file),
    )


def _legacy() -> Coverage:
    from .legacy import LEGACY

    return Coverage(
        "legacy",
        "irrevocable euro conversion rates (Council Regulation (EC) No 2866/98 etc.)",
        " ".join(sorted(LEGACY)),
        min(rate.since for rate in LEGACY.values()),
        None,
        "fixed",
        "built in",
    )


def _user(rates) -> Coverage | None:
    table = rates.user
    if table is None:
        return None
    spans = table.coverage()
    precedence = (
        "used before the official sources"
        if rates.override
        else "used where no official source gives a rate"
    )
    return Coverage(
        "user",
        f"user table {table.path.name} ({precedence})",
        f"{table.rows} rows: "
        + " ".join(f"{currency}/{anchor}" for currency, anchor, _, _ in spans),
        min((first for *_, first, _ in spans), default=None),
        max((last for *_, last in spans), default=None),
        "day" if any(not table.series[c].annual for c, *_ in spans) else "year",
        str(table.path),
    )


def _shipped(name: str) -> str:
    from .._paths import data_file

    return str(data_file("rates", name))
