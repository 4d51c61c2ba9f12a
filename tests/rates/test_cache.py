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
