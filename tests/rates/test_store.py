"""Updates of the ECB history you can trust: validated, bounded, locked; a bad copy set aside."""

from __future__ import annotations

import io
import threading
import time
import warnings
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from aidcalc.cli import main
from aidcalc.errors import InvalidRatesFile, RatesFileWarning
from aidcalc.rates import core, ecb, store


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    """Every test has its own user folder; nothing is downloaded."""
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))

    def no_network(*args, **kwargs):
        raise AssertionError("the tests must not download")

    monkeypatch.setattr(store, "download", no_network)
    core.default_rates.cache_clear()
    yield tmp_path / "home"
    core.default_rates.cache_clear()


def shipped_csv() -> bytes:
    return ecb.read_bytes(store.shipped_ecb_file())


def split(raw: bytes) -> tuple[bytes, list[bytes]]:
    header, _, rest = raw.partition(b"\n")
    return header, rest.strip(b"\n").split(b"\n")


def join(header: bytes, rows: list[bytes]) -> bytes:
    return header + b"\n" + b"\n".join(rows) + b"\n"


def newer_csv(day: str = "2026-11-02", usd: bytes = b"1.2345") -> bytes:
    """The shipped history with one more (made-up, test-only) fixing day on top."""
    header, rows = split(shipped_csv())
    cells = rows[0].split(b",")
    cells[0], cells[1] = day.encode(), usd
    return join(header, [b",".join(cells), *rows])


def update_from(tmp_path, raw: bytes, name: str = "new.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def zipped(raw: bytes, name: str = "eurofxref-hist.csv") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, raw)
    return buffer.getvalue()


# -- item 7: a new history is checked before it replaces the old -----------------------------


def shifted(raw: bytes, first: int = 101, second: int = 103) -> bytes:
    """Two compensating faults: a cell missing on one row, one too many on another; the
    columns between them move by one (USD reads the JPY column there)."""
    header, rows = split(raw)
    cells = rows[first].split(b",")
    rows[first] = b",".join(cells[:1] + cells[2:])
    cells = rows[second].split(b",")
    rows[second] = b",".join(cells[:1] + [b"175.97"] + cells[1:])
    return join(header, rows)


def with_column(raw: bytes, code: bytes) -> bytes:
    """Every row with one more column named ``code`` (the value of the first column again)."""
    header, rows = split(raw)
    out = [header.rstrip(b",") + b"," + code + b","]
    for row in rows:
        cells = row.rstrip(b",").split(b",")
        out.append(b",".join([*cells, cells[1]]) + b",")
    return b"\n".join(out) + b"\n"


def without_last_column(raw: bytes) -> bytes:
    header, rows = split(raw)
    drop = [line.rstrip(b",").rsplit(b",", 1)[0] + b"," for line in [header, *rows]]
    return b"\n".join(drop) + b"\n"


TOMORROW = (date.today() + timedelta(days=2)).isoformat()

REFUSED = [
    ("compensating shifts", lambda: shifted(shipped_csv()), "line 103 does not hold a date"),
    ("shifted near the end", lambda: shifted(shipped_csv(), 6000, 6400), "line 6002"),
    ("a cell too many", lambda: shifted(shipped_csv(), 5, 0), "line 2 does not hold"),
    ("USD twice", lambda: with_column(shipped_csv(), b"USD"), "names USD more than once"),
    (
        "made-up code",
        lambda: with_column(shipped_csv(), b"XQZ"),
        "not ISO 4217 currency codes: XQZ",
    ),
    ("a date to come", lambda: newer_csv(TOMORROW), "after today"),
    ("a currency dropped", lambda: without_last_column(shipped_csv()), "lacks currencies the"),
    ("an empty cell", lambda: with_cell(shipped_csv(), 5, b""), "numbers or N/A"),
    ("a blank cell", lambda: with_cell(shipped_csv(), 5, b" "), "positive numbers"),
    ("a word", lambda: with_cell(shipped_csv(), 5, b"n.a."), "numbers or N/A"),
]


def with_cell(raw: bytes, row: int, cell: bytes) -> bytes:
    """``raw`` with the USD cell of one row replaced."""
    header, rows = split(raw)
    cells = rows[row].split(b",")
    cells[1] = cell
    rows[row] = b",".join(cells)
    return join(header, rows)


@pytest.mark.parametrize("case, make, reason", REFUSED, ids=[case for case, *_ in REFUSED])
def test_update_refuses_a_broken_history_and_keeps_the_copy(
    capsys, tmp_path, user_dir, case, make, reason
):
    good = update_from(tmp_path, newer_csv(), "good.csv")
    assert main(["rates", "update", "--from-file", str(good)]) == 0
    kept = (user_dir / "rates" / "eurofxref-hist.csv").read_bytes()
    capsys.readouterr()
    bad = update_from(tmp_path, make(), "bad.csv")
    status = main(["rates", "update", "--from-file", str(bad)])
    err = capsys.readouterr().err
    assert status == 1 and reason in err and "nothing changed" in err, err
    assert (user_dir / "rates" / "eurofxref-hist.csv").read_bytes() == kept


def test_the_shift_was_accepted_by_sampling_every_50th_row():
    # the fault the issue names: rows 101 and 103 fall between the sampled ones
    header, rows = split(shifted(shipped_csv()))
    assert all(row.count(b",") == rows[0].count(b",") for row in rows[:: len(rows) // 50])


@pytest.mark.parametrize("factor", [10.0, 0.01, 100.0])
def test_implausible_moves_are_reported_not_refused(capsys, tmp_path, factor):
    header, rows = split(newer_csv())
    cells = rows[0].split(b",")
    cells[1] = f"{float(cells[1]) * factor:.4f}".encode()  # a misplaced decimal mark
    rows[0] = b",".join(cells)
    path = update_from(tmp_path, join(header, rows))
    assert main(["rates", "update", "--from-file", str(path)]) == 0
    err = capsys.readouterr().err
    assert "too large for a market: USD" in err and "on 2026-11-02" in err


def test_the_shipped_history_has_no_implausible_move():
    assert ecb.jumps(ecb.read(store.shipped_ecb_file())) == []


def test_a_zip_member_is_read_with_a_size_limit(tmp_path):
    bomb = zipped(b"0" * (ecb.MAX_CSV_BYTES + 10))  # ~65 kB that inflate to 64 MB
    assert len(bomb) < ecb.MAX_CSV_BYTES // 500
    started = time.monotonic()
    with pytest.raises(InvalidRatesFile, match="larger than 64 MB"):
        store.update(update_from(tmp_path, bomb, "bomb.zip"))
    assert time.monotonic() - started < 10


def test_a_zip_that_lies_about_its_member_size_is_still_bounded(monkeypatch):
    csv = shipped_csv()
    raw = zipped(csv)
    monkeypatch.setattr(ecb, "MAX_CSV_BYTES", 1_000_000)
    # the directory's size says 1.9 MB: refused before reading; then a lie of 100 bytes
    with pytest.raises(InvalidRatesFile, match="larger than"):
        ecb.zip_member(raw)
    size = len(csv).to_bytes(4, "little")
    lying = raw.replace(size, (100).to_bytes(4, "little"))
    with pytest.raises(InvalidRatesFile):
        ecb.zip_member(lying)


class Dripping:
    """A server response that never ends: a byte every few milliseconds."""

    def __init__(self, chunk=b"x", pause=0.01):
        self.chunk, self.pause = chunk, pause

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def read1(self, size):
        time.sleep(self.pause)
        return self.chunk


def test_a_download_has_an_overall_deadline(monkeypatch):
    from urllib import request

    monkeypatch.setattr(request, "urlopen", lambda *args, **kwargs: Dripping())
    started = time.monotonic()
    with pytest.raises(OSError, match="not finished in 0.2 s"):
        REAL_DOWNLOAD("https://example.invalid/eurofxref-hist.zip", deadline=0.2)
    assert time.monotonic() - started < 2


def test_a_download_has_a_size_limit(monkeypatch):
    from urllib import request

    monkeypatch.setattr(request, "urlopen", lambda *a, **k: Dripping(b"x" * 65536, 0))
    monkeypatch.setattr(store, "MAX_DOWNLOAD_BYTES", 1_000_000)
    with pytest.raises(OSError, match="more than 1000000 bytes"):
        REAL_DOWNLOAD("https://example.invalid/eurofxref-hist.zip")


REAL_DOWNLOAD = store.download


# -- item 8: concurrent updates, crashes ---------------------------------------------------------


def test_two_updates_at_once_never_lose_the_user_copy(tmp_path, user_dir):
    as_zip = update_from(tmp_path, zipped(newer_csv()), "new.zip")
    as_csv = update_from(tmp_path, newer_csv(), "new.csv")
    folder = user_dir / "rates"
    lost, errors = [], []

    def run(source):
        for _ in range(6):
            try:
                store.update(source)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            if not any((folder / name).is_file() for name in store.USER_NAMES):
                lost.append(source.name)

    threads = [threading.Thread(target=run, args=(source,)) for source in (as_zip, as_csv)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and not lost
    assert sum((folder / name).is_file() for name in store.USER_NAMES) == 1
    assert not list(folder.glob(".update-*"))


def test_after_a_crash_the_newer_history_by_content_wins(tmp_path, user_dir):
    folder = user_dir / "rates"
    folder.mkdir(parents=True)
    (folder / "eurofxref-hist.zip").write_bytes(zipped(newer_csv("2026-11-02")))
    (folder / "eurofxref-hist.csv").write_bytes(newer_csv("2026-11-03", b"1.3"))
    assert store.user_ecb_file() == folder / "eurofxref-hist.csv"
    assert store.current_ecb_file() == (folder / "eurofxref-hist.csv", "user")
    (folder / "eurofxref-hist.csv").write_bytes(newer_csv("2026-11-01", b"1.3"))
    assert store.user_ecb_file() == folder / "eurofxref-hist.zip"


def test_stale_temporary_files_are_cleaned_by_the_next_update(tmp_path, user_dir):
    folder = user_dir / "rates"
    folder.mkdir(parents=True)
    for name in (".update-a1b2c3", ".update-zz"):
        (folder / name).write_bytes(b"half a download")
    store.update(update_from(tmp_path, newer_csv()))
    assert sorted(p.name for p in folder.iterdir()) == [".update.lock", "eurofxref-hist.csv"]


def test_a_planted_lock_symlink_is_not_followed(tmp_path, user_dir):
    folder = user_dir / "rates"
    folder.mkdir(parents=True)
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (folder / store.LOCK_NAME).symlink_to(victim)
    with pytest.raises(OSError):
        store.update(update_from(tmp_path, newer_csv()))
    assert victim.read_bytes() == b"precious"


# -- item 6: a corrupt user copy that looks newer ------------------------------------------------


def corrupt_copies() -> list[tuple[str, bytes]]:
    good = newer_csv()
    header, rows = split(good)
    return [
        ("cut short", good[: len(good) // 3]),
        ("garbage after the head", good[:5000] + b"\x00\xff" * 3000),
        ("shifted", shifted(good)),
        ("a broken zip", zipped(good)[:3000]),
        ("negative", join(header, [rows[0], *(r.replace(b",1.", b",-1.") for r in rows[1:])])),
    ]


@pytest.mark.parametrize("case, raw", corrupt_copies(), ids=[c for c, _ in corrupt_copies()])
def test_a_corrupt_newer_user_copy_falls_back_to_the_shipped_one(capsys, user_dir, case, raw):
    folder = user_dir / "rates"
    folder.mkdir(parents=True)
    name = "eurofxref-hist.zip" if raw[:2] == b"PK" else "eurofxref-hist.csv"
    (folder / name).write_bytes(raw)
    with pytest.warns(RatesFileWarning, match="not usable|cannot be read"):
        path, origin = store.current_ecb_file()
    assert origin == "shipped"
    for argv in (
        ["rates", "info"],
        ["rates", "show", "USD", "--from", "2024-09-02", "--to", "2024-09-03"],
        ["convert", "€5m", "--to", "USD", "--on", "2024-11-04"],
    ):
        core.default_rates.cache_clear()
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            assert main(argv) == 0, argv
        out, err = capsys.readouterr()
        assert "aidcalc: warning: the updated ECB history <user data>/rates/" in err
        assert "Traceback" not in err and str(user_dir) not in err + out


def test_rates_info_and_update_do_not_show_the_home_folder(capsys, tmp_path, user_dir):
    source = update_from(tmp_path, newer_csv())
    assert main(["rates", "update", "--from-file", str(source)]) == 0
    assert main(["rates", "info"]) == 0
    out, err = capsys.readouterr()
    assert "stored <user data>/rates/eurofxref-hist.csv" in out
    assert "user ECB file <user data>/rates/eurofxref-hist.csv" in out  # the rates info row
    assert str(user_dir) not in out + err and str(Path.home()) not in out + err
    assert str(core.default_rates().rate("EUR", "USD", "2026-11-02").value) == "1.2345"
