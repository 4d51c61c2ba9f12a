"""Refresh the World Bank files (GDP, population, official exchange rate) from the WDI API v2.

Three indicators are kept, each in the shipped file's format (``iso3,country,year,value``,
sorted by economy and year, only the years with a value), under the same folder and name in the
shipped data and in the user's data folder:

- ``NY.GDP.MKTP.CD`` (GDP, current US$): ``worldbank/wb_gdp_current_usd.csv``, for
  ``totals(per="gdp")``;
- ``SP.POP.TOTL`` (population): ``worldbank/wb_population_total.csv``, for
  ``totals(per="capita")``;
- ``PA.NUS.FCRF`` (official exchange rate, LCU per US$, annual mean):
  ``rates/wb_official_exchange_rate_lcu_per_usd.csv``, for ``Rates`` (``worldbank``).

The API (<https://datahelpdesk.worldbank.org/knowledgebase/articles/898581>) answers
``/v2/country/all/indicator/<ID>?format=json&per_page=N&date=A:B&page=P`` with a JSON list of two
items: the page's metadata (``{"page": 1, "pages": 2, "per_page": 50, "total": 80, ...}``) and
its observations (``{"countryiso3code": "LTU", "country": {"value": "Lithuania"},
"date": "2024", "value": 77834000000.0, ...}``; ``value`` is ``null`` where there is none). An
error is a one-item list ``[{"message": [{"id": ..., "value": ...}]}]``. Every page is fetched.

Checks, in this order, before anything is written (``InvalidRatesFile`` names the first failure,
and no file is touched):

1. each page is a two-item JSON list whose metadata has the page asked for;
2. each observation names a known economy (``wb_country_metadata.csv``; the API's rows for
   codes it does not list are refused), a four-digit year not after this year, and a value that
   is ``null`` (skipped) or a positive finite number (a text value is refused);
3. no economy and year twice with different values;
4. every economy of the current file (the shipped one or an earlier update) still has a value:
   an answer that lost an economy is refused.

The three files are written only when all three indicators pass, each atomically
(``_paths.write_atomically``). Which file a reader uses is decided by ``current_file``: the
user's copy when it reads and reaches at least the shipped file's last year (an update is a
later release: its revisions win), else the shipped one.

>>> INDICATORS["SP.POP.TOTL"]
('worldbank', 'wb_population_total.csv')
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..errors import InvalidRatesFile

URL = "https://api.worldbank.org/v2/country/all/indicator/{indicator}"
FIRST_YEAR = 1960
PER_PAGE = 20000
MAX_PAGES = 100
# indicator -> (folder, file name), the same under the shipped data and the user's data folder
INDICATORS = {
    "NY.GDP.MKTP.CD": ("worldbank", "wb_gdp_current_usd.csv"),
    "SP.POP.TOTL": ("worldbank", "wb_population_total.csv"),
    "PA.NUS.FCRF": ("rates", "wb_official_exchange_rate_lcu_per_usd.csv"),
}
HEADER = ("iso3", "country", "year", "value")


def shipped_file(folder: str, name: str) -> Path:
    """Return the shipped copy of a World Bank file."""
    from .._paths import data_file

    return data_file(folder, name)


def user_file(folder: str, name: str) -> Path:
    """Return where the user's updated copy of a World Bank file is (it may not exist)."""
    from .._paths import user_data_dir

    return user_data_dir() / folder / name


def last_year(path: Path) -> int | None:
    """Return the latest year of a World Bank file, None when it cannot be read as one (a
    header other than ``iso3,country,year,value``, or a row whose year or value is no number).
    Remembered per file path, size and modification time."""
    try:
        status = Path(path).stat()
    except OSError:
        return None
    return _last_year(str(path), status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=16)
def _last_year(path: str, size: int, mtime_ns: int) -> int | None:
    try:
        lines = Path(path).read_bytes().decode("utf-8").splitlines()
        if not lines or tuple(lines[0].split(",")) != HEADER:
            return None
        latest = None
        for line in lines[1:]:
            _, year_text, value = line.rsplit(",", 2)  # a quoted name may hold commas
            year = int(year_text)
            float(value)
            latest = year if latest is None or year > latest else latest
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return latest


def current_file(folder: str, name: str) -> tuple[Path, str]:
    """Return (the World Bank file to read, 'shipped' or 'user').

    The user's copy is used when it reads and its last year is at least the shipped file's (a
    refresh is a later release, so its revised figures win); a newer shipped file (a later
    aidcalc) wins over an older refresh.
    """
    shipped = shipped_file(folder, name)
    user = user_file(folder, name)
    if user.is_file():
        mine, theirs = last_year(user), last_year(shipped)
        if mine is not None and (theirs is None or mine >= theirs):
            return user, "user"
    return shipped, "shipped"


def known_economies() -> dict[str, str]:
    """Return {iso3: name} of the economies and aggregates of ``wb_country_metadata.csv``."""
    from .._paths import data_file

    with data_file("worldbank", "wb_country_metadata.csv").open(encoding="utf-8") as handle:
        return {row["iso3"]: row["country"] for row in csv.DictReader(handle)}


def read_file(path: Path) -> dict[str, dict[int, str]]:
    """Return {iso3: {year: value text}} of a World Bank file."""
    table: dict[str, dict[int, str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table.setdefault(row["iso3"], {})[int(row["year"])] = row["value"]
    return table


def parse_page(raw: bytes, indicator: str, page: int) -> tuple[int, list[dict]]:
    """Return (the number of pages, the observations) of one page of the API's answer."""
    where = f"World Bank {indicator} page {page}"
    try:
        answer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidRatesFile(f"{where}: the answer is not JSON ({error})") from None
    if isinstance(answer, list) and len(answer) == 1 and isinstance(answer[0], dict):
        messages = answer[0].get("message") or [{}]
        text = "; ".join(str(m.get("value", m)) for m in messages if isinstance(m, dict))
        raise InvalidRatesFile(f"{where}: the API refused the request: {text}")
    if not (isinstance(answer, list) and len(answer) == 2 and isinstance(answer[0], dict)):
        raise InvalidRatesFile(f"{where}: not a [metadata, observations] list")
    meta, rows = answer
    try:
        pages, got = int(meta.get("pages", 0)), int(meta.get("page", 0))
    except (TypeError, ValueError):
        raise InvalidRatesFile(f"{where}: page numbers {meta!r} are not numbers") from None
    if got != page:
        raise InvalidRatesFile(f"{where}: the answer is page {got}")
    if rows is None:  # the API gives null for an empty answer
        rows = []
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise InvalidRatesFile(f"{where}: the observations are not a list of objects")
    return pages, rows


def check_rows(
    rows: list[dict], indicator: str, known: dict[str, str], today: date
) -> dict[str, tuple[str, dict[int, str]]]:
    """Return {iso3: (name, {year: value text})} of the API's observations, checked (2, 3)."""
    table: dict[str, tuple[str, dict[int, str]]] = {}
    for number, row in enumerate(rows, start=1):
        iso3 = str(row.get("countryiso3code") or "")
        where = f"World Bank {indicator}: observation {number} ({iso3 or 'no code'})"
        if iso3 not in known:
            raise InvalidRatesFile(f"{where}: {iso3!r} is not a known World Bank economy")
        year_text = str(row.get("date", ""))
        if not (len(year_text) == 4 and year_text.isdigit()):
            raise InvalidRatesFile(f"{where}: date {row.get('date')!r} is not a year")
        year = int(year_text)
        if year > today.year:
            raise InvalidRatesFile(f"{where}: the year {year} is in the future")
        value = row.get("value")
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InvalidRatesFile(f"{where} {year}: value {value!r} is not a number")
        if not math.isfinite(value) or value <= 0:
            raise InvalidRatesFile(f"{where} {year}: value {value!r} must be positive")
        text = str(value) if isinstance(value, int) else repr(float(value))
        country = row.get("country")
        name = country.get("value") if isinstance(country, dict) else None
        _, years = table.setdefault(iso3, (str(name or known[iso3]), {}))
        if years.get(year, text) != text:
            raise InvalidRatesFile(f"{where}: two different values for {year}")
        years[year] = text
    return table


def check_kept(table: dict, indicator: str, current: Path) -> None:
    """Raise ``InvalidRatesFile`` when an economy of the current file has no value any more."""
    lost = sorted(set(read_file(current)) - set(table))
    if lost:
        shown = ", ".join(lost[:10]) + (f" and {len(lost) - 10} more" if len(lost) > 10 else "")
        raise InvalidRatesFile(
            f"World Bank {indicator}: the answer has no value for {shown}, which the current "
            "file has; not replacing it"
        )


def render(table: dict[str, tuple[str, dict[int, str]]]) -> bytes:
    """Return the CSV bytes of a checked table in the shipped files' format."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for iso3 in sorted(table):
        name, years = table[iso3]
        for year in sorted(years):
            writer.writerow((iso3, name, year, years[year]))
    return out.getvalue().encode("utf-8")


def fetch(indicator: str, page: int, today: date, per_page: int = PER_PAGE, timeout=60) -> bytes:
    """Return one page of the API's answer for ``indicator`` (``FIRST_YEAR`` to this year)."""
    from .update_nbu import http_get

    params = {
        "format": "json",
        "per_page": str(per_page),
        "date": f"{FIRST_YEAR}:{today.year}",
        "page": str(page),
    }
    return http_get(URL.format(indicator=indicator), params, timeout)


def download(indicator: str, today: date, per_page: int = PER_PAGE) -> list[dict]:
    """Return the observations of every page of ``indicator`` (check 1 on each page)."""
    rows: list[dict] = []
    page, pages = 1, 1
    while page <= pages:
        pages, found = parse_page(fetch(indicator, page, today, per_page), indicator, page)
        if pages > MAX_PAGES:
            raise InvalidRatesFile(f"World Bank {indicator}: {pages} pages; more than expected")
        rows += found
        page += 1
    return rows


def update(today: date | None = None, per_page: int | None = None) -> dict[str, tuple]:
    """Fetch the three indicators, check them, and write them as the user's copies.

    Returns {indicator: (written path, economies, first year, last year, rows)}. Raises
    ``InvalidRatesFile`` (a ``ValueError``) or ``OSError``; then no file is written.
    """
    from .._paths import write_atomically

    today = today or date.today()
    per_page = per_page or PER_PAGE
    known = known_economies()
    ready: dict[str, tuple[Path, bytes, tuple]] = {}
    for indicator, (folder, name) in INDICATORS.items():
        table = check_rows(download(indicator, today, per_page), indicator, known, today)
        check_kept(table, indicator, current_file(folder, name)[0])
        years = [year for _, by_year in table.values() for year in by_year]
        if not years:
            raise InvalidRatesFile(f"World Bank {indicator}: the answer holds no value")
        counts = (len(table), min(years), max(years), len(years))
        ready[indicator] = (user_file(folder, name), render(table), counts)
    for path, data, _ in ready.values():
        write_atomically(path, data)
    from .store import AFTER_UPDATE

    for forget in AFTER_UPDATE:
        forget()
    return {indicator: (path, *counts) for indicator, (path, _, counts) in ready.items()}
