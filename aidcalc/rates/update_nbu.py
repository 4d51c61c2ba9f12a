"""Refresh the NBU official UAH rates (per USD and per EUR) from the NBU's open data API.

The API (<https://bank.gov.ua/ua/open-data/api-dev>, ``NBU_Exchange/exchange_site``) answers a
date range for one currency with a JSON list of objects such as
``{"exchangedate": "04.11.2024", "cc": "USD", "rate_per_unit": 41.2891, "units": 1, ...}``
(``rate_per_unit``: UAH per 1 unit; older answers give ``rate`` per ``units``). ``update``
asks for the days after the current file's last one, checks every answer, and writes the
current file plus the new days, in the shipped file's format, atomically to
``<user data>/rates/nbu_uah_official_rates_usd_eur_daily.csv``. The newer of it and the shipped
file is used. Nothing is written when any check fails: the earlier copy stays as it was.

Checks: a JSON list; each entry has a ``DD.MM.YYYY`` date after the file's last day and not in
the future, the currency asked for, and a positive finite rate; no day twice; and no rate more
than twice or less than half the one before it (a rate per 100 units read as per 1 would be).
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import InvalidRatesFile

URL = "https://bank.gov.ua/NBU_Exchange/exchange_site"
NAME = "nbu_uah_official_rates_usd_eur_daily.csv"
CURRENCIES = ("USD", "EUR")
SOURCE_COLUMN = "NBU open data API"
MAX_STEP = 2.0  # a day's rate within a factor of 2 of the day before


def shipped_file() -> Path:
    """Return the NBU daily file shipped with the package."""
    from .._paths import data_file

    return data_file("rates", NAME)


def user_file() -> Path | None:
    """Return the user's updated NBU daily file, if there is one."""
    from .._paths import user_data_dir

    path = user_data_dir() / "rates" / NAME
    return path if path.is_file() else None


def current_file() -> tuple[Path, str]:
    """Return (the newer of the shipped and the user NBU file, 'shipped' or 'user')."""
    from .nbu import read_daily

    user = user_file()
    if user is not None:
        try:
            mine, shipped = read_daily(user), read_daily(shipped_file())
            if all(mine[c][0][-1] > shipped[c][0][-1] for c in CURRENCIES):
                return user, "user"
        except (OSError, ValueError, KeyError, IndexError):
            pass  # an unreadable user copy: the shipped one
    return shipped_file(), "shipped"


def last_days(raw: bytes) -> dict[str, date]:
    """Return {currency: its last day} in an NBU daily file's bytes (USD and EUR)."""
    from .nbu import parse_daily
    from .series import day_of

    return {
        currency: day_of(int(days[-1]))
        for currency, (days, _) in parse_daily(raw).items()
        if currency in CURRENCIES and len(days)
    }


def parse_answer(raw: bytes, currency: str, after: date, today: date) -> list[tuple[date, str]]:
    """Return [(day, UAH per unit as text)] of an API answer for ``currency``, checked.

    Only days after ``after`` are kept (the API may repeat the first day asked for). Raises
    ``InvalidRatesFile`` naming the entry that fails a check of the module docstring.
    """
    try:
        entries = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidRatesFile(f"NBU {currency}: the answer is not JSON ({error})") from None
    if not isinstance(entries, list):
        raise InvalidRatesFile(f"NBU {currency}: the answer is not a JSON list")
    found: dict[date, str] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"NBU {currency}: entry {number}"
        if not isinstance(entry, dict):
            raise InvalidRatesFile(f"{where}: not an object")
        if str(entry.get("cc", "")).upper() != currency:
            raise InvalidRatesFile(f"{where}: currency {entry.get('cc')!r}, not {currency}")
        try:
            day_text = str(entry["exchangedate"])
            dd, mm, yyyy = day_text.split(".")
            day = date(int(yyyy), int(mm), int(dd))
        except (KeyError, ValueError):
            raise InvalidRatesFile(
                f"{where}: exchangedate {entry.get('exchangedate')!r} is not DD.MM.YYYY"
            ) from None
        rate = _rate(entry, where)
        if day > today:
            raise InvalidRatesFile(f"{where}: {day} is in the future")
        if day <= after:
            continue
        if day in found and found[day] != rate:
            raise InvalidRatesFile(f"{where}: a second, different rate for {day}")
        found[day] = rate
    return sorted(found.items())


def _rate(entry: dict, where: str) -> str:
    """Return the entry's UAH per 1 unit as decimal text (``rate_per_unit``, else rate/units)."""
    try:
        if "rate_per_unit" in entry:
            value = Decimal(str(entry["rate_per_unit"]))
        else:
            value = Decimal(str(entry["rate"])) / Decimal(str(entry.get("units", 1)))
    except (KeyError, InvalidOperation, ArithmeticError):
        raise InvalidRatesFile(f"{where}: no numeric rate_per_unit or rate") from None
    if not value.is_finite() or value <= 0 or not math.isfinite(float(value)):
        raise InvalidRatesFile(f"{where}: rate {value} must be a positive number")
    return format(value.normalize(), "f")


def check_steps(currency: str, previous: float, rows: list[tuple[date, str]]) -> None:
    """Raise ``InvalidRatesFile`` when a rate jumps by more than ``MAX_STEP`` from the one
    before it (the file's last, for the first new day)."""
    for day, text in rows:
        value = float(text)
        if not previous / MAX_STEP <= value <= previous * MAX_STEP:
            raise InvalidRatesFile(
                f"NBU {currency}: {text} UAH on {day} is not within a factor of {MAX_STEP:g} of "
                f"the day before ({previous:g}); is it per 1 unit?"
            )
        previous = value


def fetch(currency: str, start: date, end: date, timeout: float = 60) -> bytes:
    """Return the API's answer for ``currency`` from ``start`` to ``end`` (inclusive)."""
    params = {
        "start": start.strftime("%Y%m%d"),
        "end": end.strftime("%Y%m%d"),
        "valcode": currency.lower(),
        "sort": "exchangedate",
        "order": "asc",
        "json": "",
    }
    return http_get(URL, params, timeout)


def http_get(url: str, params: dict, timeout: float = 60) -> bytes:
    """Return the body of a GET of ``url`` with ``params`` (requests when installed, else
    urllib); raise ``OSError`` on a failed request or a status other than 200."""
    try:
        import requests
    except ImportError:  # pragma: no cover - requests is nearly always there
        from urllib.parse import urlencode

        from .store import download

        return download(f"{url}?{urlencode(params)}", timeout)
    try:
        response = requests.get(
            url, params=params, timeout=timeout, headers={"User-Agent": "aidcalc (rates update)"}
        )
    except requests.RequestException as error:
        raise OSError(f"download of {url} failed: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise OSError(f"download of {url} failed: HTTP {response.status_code}")
    return response.content


def update(from_file: Path | None = None, today: date | None = None) -> tuple[Path, dict]:
    """Fetch (or read from ``from_file``) the NBU rates after the current file's last day,
    check them and store the extended file atomically as the user copy.

    ``from_file``: a JSON answer of the API holding USD and EUR entries (or one of them).
    Returns (the written path, {currency: (first new day, last new day, count)}). Raises
    ``InvalidRatesFile`` (a ``ValueError``) or ``OSError``; then nothing is written.
    """
    from .nbu import parse_daily

    today = today or date.today()
    base, _ = current_file()
    raw = base.read_bytes()
    daily = parse_daily(raw, base)
    ends = last_days(raw)
    new: dict[str, list[tuple[date, str]]] = {}
    for currency in CURRENCIES:
        after = ends[currency]
        if from_file is not None:
            answer = _only(Path(from_file).read_bytes(), currency)
        elif after >= today:
            answer = b"[]"
        else:
            answer = fetch(currency, after + timedelta(days=1), today)
        rows = parse_answer(answer, currency, after, today)
        check_steps(currency, float(daily[currency][1][-1]), rows)
        new[currency] = rows
    if not any(new.values()):
        raise InvalidRatesFile(
            f"no NBU rates after {min(ends.values())} in the "
            f"{'file' if from_file else 'answer'}; nothing to add"
        )
    lines = [f"{day},{currency},{rate},{SOURCE_COLUMN}" for currency in CURRENCIES
             for day, rate in new[currency]]  # fmt: skip
    lines.sort()  # by day, then currency, as the shipped file is
    text = raw.rstrip(b"\r\n") + b"\n" + "\n".join(lines).encode("utf-8") + b"\n"
    parse_daily(text, "the extended NBU file")  # the whole file must still read
    target = _write(text)
    summary = {c: (rows[0][0], rows[-1][0], len(rows)) for c, rows in new.items() if rows}
    from .store import AFTER_UPDATE

    for forget in AFTER_UPDATE:
        forget()
    return target, summary


def _only(raw: bytes, currency: str) -> bytes:
    """Return the entries of one currency of a JSON answer holding several."""
    try:
        entries = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidRatesFile(f"the file is not a JSON answer of the NBU API ({error})") from None
    if not isinstance(entries, list):
        raise InvalidRatesFile("the file is not a JSON list (an answer of the NBU API)")
    mine = [e for e in entries if isinstance(e, dict) and str(e.get("cc", "")).upper() == currency]
    others = [e for e in entries if not isinstance(e, dict) or "cc" not in e]
    return json.dumps(mine + others).encode("utf-8")


def _write(text: bytes) -> Path:
    """Write ``text`` as the user's NBU file atomically; return its path."""
    from .._paths import user_data_dir, write_atomically

    folder = user_data_dir() / "rates"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / NAME
    write_atomically(target, text, prefix=".nbu-", durable=True)
    return target
