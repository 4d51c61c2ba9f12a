"""The binary cache of the ECB arrays: same arrays, keyed by the file's hash, written atomically."""

from __future__ import annotations

import numpy as np

from aidcalc._paths import data_file
from aidcalc.rates import cache, ecb


def test_cache_gives_the_parsed_arrays_and_keeps_other_versions(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path))
    other = tmp_path / "rates" / "ecb-another-version.npz"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    path = data_file("rates", "eurofxref-hist.zip")
    parsed = ecb.read(path)
    first = cache.read_ecb(path)  # parses and writes the cache
    written = cache.cache_file(path.read_bytes())
    assert written.is_file() and other.read_bytes() == b"not ours"
    second = cache.read_ecb(path)  # reads the cache
    for got in (first, second):
        assert got.currencies == parsed.currencies
        assert np.array_equal(got.days, parsed.days)
        assert np.array_equal(got.values, parsed.values, equal_nan=True)
    assert not [p for p in written.parent.iterdir() if p.name.startswith(".ecb-")]


def test_a_broken_cache_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path))
    path = data_file("rates", "eurofxref-hist.zip")
    target = cache.cache_file(path.read_bytes())
    target.parent.mkdir(parents=True)
    target.write_bytes(b"garbage")
    assert len(cache.read_ecb(path).days) == len(ecb.read(path).days)


# -- the NBU daily file and the World Bank file (issue 12: load time) ---------------------------


def _nbu_parsed(path):
    from aidcalc.rates import nbu

    return nbu.parse_daily(path.read_bytes(), path)


def test_nbu_arrays_from_the_cache_equal_the_parsed_ones(tmp_path, monkeypatch):
    from aidcalc.rates import nbu

    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path))
    other = tmp_path / "rates" / "nbu-another-version.npz"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    path = data_file("rates", "nbu_uah_official_rates_usd_eur_daily.csv")
    parsed = _nbu_parsed(path)
    first = nbu.read_daily(path)  # parses and writes
    assert cache.cache_file(path.read_bytes(), "nbu").is_file()
    second = nbu.read_daily(path)  # reads the cache
    for got in (first, second):
        assert sorted(got) == sorted(parsed) == ["EUR", "USD"]
        for currency, (days, values) in parsed.items():
            assert np.array_equal(got[currency][0], days)
            assert np.array_equal(got[currency][1], values)
    assert other.read_bytes() == b"not ours"
    assert not [p for p in other.parent.iterdir() if p.name.startswith(".")]


def test_worldbank_arrays_from_the_cache_equal_the_parsed_ones(tmp_path, monkeypatch):
    from aidcalc.rates.worldbank import WorldBankRates

    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path))
    path = data_file("rates", "wb_official_exchange_rate_lcu_per_usd.csv")
    first = WorldBankRates(path)
    expected_economies = first._choose_economies()
    assert first.economies == expected_economies  # built, then stored
    second = WorldBankRates(path)
    assert second.economies == expected_economies and second.economies["NGN"] == "NGA"
    assert list(second.by_economy) == list(first.by_economy)
    for iso3, (years, values) in first.by_economy.items():
        assert np.array_equal(second.by_economy[iso3][0], years)
        assert np.array_equal(second.by_economy[iso3][1], values)
    years, values = second.by_economy["NGA"]
    # checked against the file: the NGA rows of 2023 and 2024
    text = path.read_text(encoding="utf-8")
    for year in (2023, 2024):
        line = next(row for row in text.splitlines() if row.startswith(f"NGA,Nigeria,{year},"))
        assert values[list(years).index(year)] == float(line.rsplit(",", 1)[1])
    kinds = sorted(p.name.split("-")[0] for p in (tmp_path / "rates").iterdir())
    assert kinds == ["wb", "wb"]  # the series and the economies


def test_a_changed_file_gets_its_own_cache_and_a_broken_one_is_parsed_again(tmp_path, monkeypatch):
    from aidcalc.rates import nbu

    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "daily.csv"
    path.write_text(
        "date,currency,rate_per_unit_in_UAH,source_repo\n2024-11-04,USD,41.2891,x\n"
        "2024-11-04,EUR,44.9,x\n",
        encoding="utf-8",
    )
    assert nbu.read_daily(path)["USD"][1].tolist() == [41.2891]
    path.write_text(path.read_text().replace("41.2891", "41.3"), encoding="utf-8")
    assert nbu.read_daily(path)["USD"][1].tolist() == [41.3]  # not the first file's cache
    assert len(list((tmp_path / "cache" / "rates").iterdir())) == 2
    cache.cache_file(path.read_bytes(), "nbu").write_bytes(b"garbage")
    assert nbu.read_daily(path)["EUR"][1].tolist() == [44.9]


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    from aidcalc.rates import nbu

    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(blocked))
    path = data_file("rates", "nbu_uah_official_rates_usd_eur_daily.csv")
    assert len(nbu.read_daily(path)["USD"][0]) == len(_nbu_parsed(path)["USD"][0])
