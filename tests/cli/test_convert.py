"""``aidcalc convert`` and ``aidcalc rates info|show|update`` (downloads mocked)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest

from aidcalc import _paths
from aidcalc._paths import data_file
from aidcalc.cli import main
from aidcalc.rates import Rates, core, store

REAL_DOWNLOAD = store.download  # before the fixture below forbids it


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    """Every test gets its own, empty user data directory; the real download is forbidden."""
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))

    def no_network(*args, **kwargs):
        raise AssertionError("the tests must not download")

    monkeypatch.setattr(store, "download", no_network)
    core.default_rates.cache_clear()
    yield tmp_path / "home"
    core.default_rates.cache_clear()


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_convert_json(capsys):
    status, out, _ = run(
        capsys,
        "convert",
        "683 million euros",
        "--to",
        "USD",
        "--on",
        "2024-11-04",
        "--format",
        "json",
    )
    assert status == 0
    row = json.loads(out)
    assert row["value"] == "744743200" and row["currency"] == "USD" and row["rate"] == "1.0904"
    assert row["rate_date"] == "2024-11-04" and row["method"] == "previous"
    assert row["source"] == "ECB euro reference rate" and row["amount"] == "EUR 683000000"


def test_convert_table_keeps_qualifier_and_range(capsys):
    status, out, _ = run(capsys, "convert", "up to $5-10 million", "--to", "EUR", "--on", "2024-09")
    assert status == 0
    assert "monthly" in out and "2024-09-01" in out and "€" in out


def test_convert_reports_each_failure_and_exits_1(capsys):
    status, out, _ = run(
        capsys, "convert", "683 million euros", "no money here", "RUB 5 million",
        "--to", "USD", "--on", "2024-11-04", "--format", "csv",
    )  # fmt: skip
    assert status == 1
    lines = out.strip().splitlines()
    assert len(lines) == 4 and lines[0].startswith("line,text,amount,converted")
    assert "744743200" in lines[1] and "RUB" in lines[3] and "suspended" in lines[3]


def test_convert_method_option(capsys):
    status, out, _ = run(
        capsys,
        "convert",
        "EUR 100",
        "--to",
        "USD",
        "--on",
        "2024-11-02",
        "--method",
        "exact",
        "--format",
        "json",
    )
    assert status == 1 and "exact" in json.loads(out)["error"]


@pytest.mark.parametrize(
    "argv", [["--to", "XYZ", "--on", "2024-11-04"], ["--to", "USD", "--on", "Nov 4"]]
)
def test_convert_usage_errors_exit_2(capsys, argv):
    status, _, err = run(capsys, "convert", "EUR 100", *argv)
    assert status == 2 and "aidcalc convert" in err


def test_rates_info(capsys):
    status, out, _ = run(capsys, "rates", "info", "--format", "json")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["last"] == "2026-10-30" and "shipped" in rows[0]["file"]
    assert any("NBU" in row["source"] and row["last"] == "2025-10-20" for row in rows)
    assert any("World Bank" in row["source"] for row in rows)
    assert any("LTL" in row["quotes"] for row in rows)


def test_rates_show(capsys):
    status, out, _ = run(
        capsys,
        "rates",
        "show",
        "USD",
        "--from",
        "2024-09-01",
        "--to",
        "2024-09-30",
        "--format",
        "csv",
    )
    assert status == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1 + 21  # 21 TARGET days in September 2024
    assert lines[1].startswith("2024-09-02,1.1061,USD per EUR")
    status, out, _ = run(
        capsys, "rates", "show", "UAH", "--from", "2023-07-31", "--to", "2023-07-31"
    )
    assert status == 0 and "36.5686" in out and "ECB" in out
    assert run(capsys, "rates", "show", "USD", "--from", "2030-01-01")[0] == 1


def test_rates_show_says_why_nothing_is_shown(capsys):
    status, _, err = run(capsys, "rates", "show", "XYZ")
    assert status == 1 and "unknown currency code 'XYZ'" in err
    status, _, err = run(
        capsys, "rates", "show", "NGN", "--from", "2024-09-01", "--to", "2024-09-30"
    )
    assert status == 1 and "one annual mean a year" in err
    status, out, _ = run(
        capsys,
        "rates",
        "show",
        "NGN",
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "--format",
        "csv",
    )
    assert status == 0 and out.splitlines()[1].startswith("2024-01-01,")


def shipped_csv() -> bytes:
    with zipfile.ZipFile(data_file("rates", "eurofxref-hist.zip")) as archive:
        return archive.read(archive.namelist()[0])


def newer_csv() -> bytes:
    """The shipped history with one more (made-up, test-only) fixing day on top."""
    raw = shipped_csv()
    header, _, rest = raw.partition(b"\n")
    latest = rest.split(b"\n", 1)[0]
    extra = b"2026-11-02" + latest[10:].replace(b"1.1172,", b"1.2345,", 1)
    return header + b"\n" + extra + b"\n" + rest


def test_update_from_file_is_used_when_newer(capsys, tmp_path, user_dir):
    source = tmp_path / "new.csv"
    source.write_bytes(newer_csv())
    with pytest.raises(Exception, match="rates update"):
        Rates.default().rate("EUR", "USD", "2026-11-02")
    status, out, _ = run(capsys, "rates", "update", "--from-file", str(source))
    assert status == 0 and "2026-11-02" in out
    assert (user_dir / "rates" / "eurofxref-hist.csv").read_bytes() == source.read_bytes()
    rate = Rates.default().rate("EUR", "USD", "2026-11-02")
    assert (str(rate.value), rate.date) == ("1.2345", date(2026, 11, 2))
    assert "user" in run(capsys, "rates", "info")[1]


def test_update_download_writes_the_zip(capsys, monkeypatch, user_dir):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", newer_csv())
    monkeypatch.setattr(store, "download", lambda url=None, timeout=60: buffer.getvalue())
    status, out, _ = run(capsys, "rates", "update")
    assert status == 0
    assert (user_dir / "rates" / "eurofxref-hist.zip").read_bytes() == buffer.getvalue()
    assert store.current_ecb_file()[1] == "user"


def test_an_older_user_copy_is_not_used(capsys, tmp_path):
    old = tmp_path / "old.csv"
    raw = shipped_csv()
    header, _, rest = raw.partition(b"\n")
    old.write_bytes(header + b"\n" + rest.split(b"\n", 1)[1])  # without the newest day
    assert run(capsys, "rates", "update", "--from-file", str(old))[0] == 0
    assert store.current_ecb_file()[1] == "shipped"


def test_failed_or_broken_downloads_change_nothing(capsys, monkeypatch, tmp_path, user_dir):
    good = tmp_path / "new.csv"
    good.write_bytes(newer_csv())
    assert run(capsys, "rates", "update", "--from-file", str(good))[0] == 0
    before = sorted(p.name for p in (user_dir / "rates").iterdir())
    kept = (user_dir / "rates" / "eurofxref-hist.csv").read_bytes()

    def offline(url=None, timeout=60):
        raise OSError("network unreachable")

    monkeypatch.setattr(store, "download", offline)
    status, _, err = run(capsys, "rates", "update")
    assert status == 1 and "network unreachable" in err and "nothing changed" in err
    truncated = newer_csv()[:50000]
    monkeypatch.setattr(store, "download", lambda url=None, timeout=60: truncated)
    assert run(capsys, "rates", "update")[0] == 1
    monkeypatch.setattr(store, "download", lambda url=None, timeout=60: b"PK\x03\x04 broken zip")
    assert run(capsys, "rates", "update")[0] == 1
    assert sorted(p.name for p in (user_dir / "rates").iterdir()) == before
    assert (user_dir / "rates" / "eurofxref-hist.csv").read_bytes() == kept


def test_user_data_dir_defaults(monkeypatch, tmp_path):
    monkeypatch.delenv("AIDCALC_DATA_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert _paths.user_data_dir() == tmp_path / "xdg" / "aidcalc"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert _paths.user_data_dir().parts[-3:] == (".local", "share", "aidcalc")


def test_an_ascending_user_copy_is_used_when_newer(capsys, tmp_path):
    # ``update`` accepts a history in ascending order; its newest day is then the last row
    header, _, rest = newer_csv().partition(b"\n")
    rows = rest.strip(b"\n").split(b"\n")
    ascending = tmp_path / "ascending.csv"
    ascending.write_bytes(header + b"\n" + b"\n".join(reversed(rows)) + b"\n")
    status, out, _ = run(capsys, "rates", "update", "--from-file", str(ascending))
    assert status == 0 and "stays in use" not in out
    assert store.last_date(ascending) == date(2026, 11, 2)
    assert store.current_ecb_file()[1] == "user"
    assert Rates.default().rate("EUR", "USD", "2026-11-02").date == date(2026, 11, 2)


def test_a_zip_without_exactly_one_csv_is_refused(capsys, monkeypatch, user_dir):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("README.txt", "not rates")
        archive.writestr("a.csv", newer_csv())
        archive.writestr("b.csv", newer_csv())
    monkeypatch.setattr(store, "download", lambda url=None, timeout=60: buffer.getvalue())
    status, _, err = run(capsys, "rates", "update")
    assert status == 1 and "one CSV file" in err and "nothing changed" in err
    assert not (user_dir / "rates").exists() or not any((user_dir / "rates").iterdir())


def test_a_broken_connection_is_an_os_error(monkeypatch):
    from http.client import IncompleteRead
    from urllib import request

    class Truncated:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read(self):
            raise IncompleteRead(b"PK\x03\x04 partial", 4_000_000)

    monkeypatch.setattr(request, "urlopen", lambda *args, **kwargs: Truncated())
    with pytest.raises(OSError, match="IncompleteRead"):
        REAL_DOWNLOAD("https://example.invalid/eurofxref-hist.zip")
