"""``update_nbu``: the NBU official UAH rates refreshed from the NBU API (answers recorded in
tests/fixtures/rates, served with ``responses``; never the network), checked, stored atomically."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import responses
from responses import matchers

from aidcalc.cli import main
from aidcalc.errors import InvalidRatesFile, RateNotAvailable
from aidcalc.rates import Rates, core, update_nbu

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rates"
USD = (FIXTURES / "nbu_exchange_site_usd.json").read_bytes()
EUR = (FIXTURES / "nbu_exchange_site_eur.json").read_bytes()
TODAY = date(2025, 10, 23)


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    core.default_rates.cache_clear()
    yield tmp_path / "home"
    core.default_rates.cache_clear()


def serve(mock, currency: str, body: bytes, status: int = 200):
    params = {"start": "20251021", "end": "20251023", "valcode": currency.lower(),
              "sort": "exchangedate", "order": "asc", "json": ""}  # fmt: skip
    mock.add(
        responses.GET,
        update_nbu.URL,
        body=body,
        status=status,
        match=[matchers.query_param_matcher(params)],
    )


def test_update_asks_for_the_days_after_the_file_and_extends_it(user_dir):
    with pytest.raises(RateNotAvailable, match="rates update --source nbu"):
        Rates.default().rate("USD", "UAH", "2025-10-22")
    with responses.RequestsMock() as mock:
        serve(mock, "USD", USD)
        serve(mock, "EUR", EUR)
        path, added = update_nbu.update(today=TODAY)
    assert path == user_dir / "rates" / update_nbu.NAME
    assert added == {
        "USD": (date(2025, 10, 21), date(2025, 10, 23), 3),  # 2025-10-20 was in the file
        "EUR": (date(2025, 10, 21), date(2025, 10, 23), 3),
    }
    assert update_nbu.current_file() == (path, "user")
    rates = Rates.default()  # the update made it forget the rates it had loaded
    # the figures of the recorded answers
    usd = rates.rate("USD", "UAH", "2025-10-22")
    assert (usd.value, usd.date, usd.source) == (
        Decimal("41.7643"),
        date(2025, 10, 22),
        "NBU official rate",
    )
    assert rates.rate("EUR", "UAH", "2025-10-23").value == Decimal("48.4735")
    assert rates.rate("USD", "UAH", "2025-10-20").value == Decimal("41.7308")  # shipped, kept
    assert path.read_text(encoding="utf-8").endswith(
        "2025-10-23,EUR,48.4735,NBU open data API\n2025-10-23,USD,41.7419,NBU open data API\n"
    )
    assert {c.key: c.last for c in rates.coverage()}["nbu-USD"] == date(2025, 10, 23)


def test_update_from_a_file_holding_both_currencies(user_dir):
    both = user_dir.parent / "answer.json"
    both.write_text(json.dumps(json.loads(USD) + json.loads(EUR)), encoding="utf-8")
    path, added = update_nbu.update(both, today=TODAY)
    assert added["USD"][2] == added["EUR"][2] == 3
    # a second time, nothing is newer than the user copy: refused, the copy unchanged
    kept = path.read_bytes()
    with pytest.raises(InvalidRatesFile, match="no NBU rates after 2025-10-23"):
        update_nbu.update(both, today=TODAY)
    assert path.read_bytes() == kept


def _entry(day: str, rate, currency: str = "USD", **more) -> dict:
    return {"exchangedate": day, "cc": currency, "rate_per_unit": rate, **more}


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b'{"error": "bad request"}', "not a JSON list"),
        (json.dumps([_entry("21.10.2025", 41.75, "EUR")]), "currency 'EUR', not USD"),
        (json.dumps([_entry("2025-10-21", 41.75)]), "not DD.MM.YYYY"),
        (json.dumps([_entry("21.10.2025", "n/a")]), "no numeric"),
        (json.dumps([_entry("21.10.2025", -41.75)]), "positive"),
        (json.dumps([_entry("21.10.2025", 0)]), "positive"),
        (json.dumps([_entry("24.10.2025", 41.75)]), "in the future"),
        (json.dumps([_entry("21.10.2025", 41.75), _entry("21.10.2025", 41.8)]), "second"),
        (json.dumps([_entry("21.10.2025", 4175.21)]), "factor of 2"),  # per 100 read as per 1
        (json.dumps([_entry("21.10.2025", 41.75), _entry("22.10.2025", 0.4175)]), "factor of 2"),
        (json.dumps(["41.75"]), "not an object"),
    ],
)
def test_a_bad_answer_changes_nothing(user_dir, answer, message):
    good = user_dir.parent / "good.json"
    good.write_bytes(USD)
    update_nbu.update(good, today=TODAY)  # an earlier, good user copy
    stored = (user_dir / "rates" / update_nbu.NAME).read_bytes()
    later = date(2025, 10, 25)
    body = answer if isinstance(answer, bytes) else answer.encode()
    body = body.replace(b"21.10.2025", b"24.10.2025").replace(b"22.10.2025", b"25.10.2025")
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, update_nbu.URL, body=body)
        mock.add(responses.GET, update_nbu.URL, body=EUR)
        with pytest.raises(InvalidRatesFile, match=message):
            update_nbu.update(today=later if "future" not in message else date(2025, 10, 23))
    assert (user_dir / "rates" / update_nbu.NAME).read_bytes() == stored
    assert [p.name for p in (user_dir / "rates").iterdir()] == [update_nbu.NAME]


def test_rates_per_several_units_are_divided():
    entry = {"exchangedate": "21.10.2025", "cc": "USD", "rate": 4175.21, "units": 100}
    rows = update_nbu.parse_answer(json.dumps([entry]).encode(), "USD", date(2025, 10, 20), TODAY)
    assert rows == [(date(2025, 10, 21), "41.7521")]


def test_a_failed_download_changes_nothing(user_dir):
    with responses.RequestsMock() as mock:
        serve(mock, "USD", b"", status=503)
        with pytest.raises(OSError, match="HTTP 503"):
            update_nbu.update(today=TODAY)
    assert not (user_dir / "rates").exists()
    assert update_nbu.current_file()[1] == "shipped"


def test_the_command(capsys, user_dir):
    both = user_dir.parent / "answer.json"
    both.write_text(json.dumps(json.loads(USD) + json.loads(EUR)), encoding="utf-8")
    status = main(["rates", "update", "--source", "nbu", "--from-file", str(both)])
    out, _ = capsys.readouterr()
    assert status == 0 and "UAH per USD 2025-10-21 .. 2025-10-23 (3 days)" in out
    main(["rates", "info", "--format", "json"])
    rows = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    nbu = [row for row in rows if row["source"].startswith("NBU")]
    assert [row["last"] for row in nbu] == ["2025-10-23", "2025-10-23"]
    assert nbu[0]["file"].startswith("<user data>/rates/")  # the updated copy, shown relative
    assert main(["rates", "update", "--source", "all", "--from-file", str(both)]) == 2
    status = main(["rates", "update", "--source", "nbu", "--from-file", str(both)])
    assert status == 1 and "NBU failed, nothing changed" in capsys.readouterr()[1]
