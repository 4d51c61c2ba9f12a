"""The shipped CLDR builds (data/cldr): they match a rebuild, load first, and the cache is safe.

The lexicon and the country-name index ship built for the pinned babel and num2words; a rebuild
must give the same bytes (``python tools/write_cldr_builds.py`` regenerates them). Other
versions build once into the user's cache, written atomically beside other versions' files.
"""

from __future__ import annotations

import os
from functools import lru_cache

import pytest

from aidcalc import _paths, countries, parse_amount
from aidcalc.parsing import lexicon as lexicon_module
from aidcalc.parsing.lexicon import Lexicon, build_lexicon, lexicon

REGENERATE = "stale: run `python tools/write_cldr_builds.py` and commit data/cldr"


@pytest.fixture
def fresh_lexicon(tmp_path, monkeypatch):
    """An empty cache folder and no lexicon in memory (the real one is reloaded afterwards)."""
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))
    lexicon.cache_clear()
    yield tmp_path / "cache"
    lexicon.cache_clear()


@lru_cache(maxsize=1)
def _lexicon_in_use() -> bytes:
    """The lexicon the running checkout reads (shipped, else cached or built), as bytes."""
    return lexicon().to_bytes()


@pytest.fixture(autouse=True)
def _load_before_pretending():
    """Read the lexicon in use before a test points the cache elsewhere."""
    _lexicon_in_use()


def _pretend_other_babel(monkeypatch, version: str) -> None:
    """Make the running libraries miss the shipped key; 'build' by copying the lexicon in use.

    The copy is the lexicon the checkout reads, so these cache tests hold on a branch whose
    words changed before its shipped build is regenerated.
    """
    in_use = _lexicon_in_use()
    monkeypatch.setattr(lexicon_module, "library_key", lambda: f"babel{version}-num2words0.5.14")
    monkeypatch.setattr(lexicon_module, "build_lexicon", lambda: Lexicon.from_bytes(in_use))


def test_shipped_lexicon_equals_a_rebuild():
    path = lexicon_module.shipped_path()
    assert path.is_file(), (
        f"no shipped lexicon for the running libraries: {path.name}; {REGENERATE}"
    )
    assert build_lexicon().to_bytes() == path.read_bytes(), REGENERATE


def test_shipped_country_index_equals_a_rebuild():
    path = _paths.shipped_build(countries.INDEX, countries.index_key())
    assert path.is_file(), f"no shipped country index for the running babel: {path.name}"
    assert countries._build_index() == path.read_bytes(), REGENERATE


def test_matching_libraries_load_the_shipped_lexicon_without_building(fresh_lexicon, monkeypatch):
    def no_build():
        raise AssertionError("built although the shipped lexicon matches")

    monkeypatch.setattr(lexicon_module, "build_lexicon", no_build)
    assert parse_amount("over 683 million euros").value == 683_000_000
    assert not fresh_lexicon.exists()  # nothing written to the cache


def test_builds_of_two_versions_coexist_in_the_cache(fresh_lexicon, monkeypatch):
    _pretend_other_babel(monkeypatch, "0.1")
    assert str(parse_amount("over 683 million euros")) == "over EUR 683000000"
    first = lexicon_module.cache_path()
    lexicon.cache_clear()
    _pretend_other_babel(monkeypatch, "0.2")
    assert str(parse_amount("5 Mio. Euro")) == "EUR 5000000"
    second = lexicon_module.cache_path()
    assert first != second
    builds = sorted([first.name, second.name])
    hashes = [f"{name}.sha256" for name in builds]  # each checked before it is loaded
    assert sorted(os.listdir(fresh_lexicon)) == sorted(builds + hashes)  # no temp file
    assert Lexicon.from_bytes(first.read_bytes()).to_bytes() == first.read_bytes()


def test_the_cached_build_is_read_back(fresh_lexicon, monkeypatch):
    _pretend_other_babel(monkeypatch, "0.1")
    lexicon()
    lexicon.cache_clear()
    monkeypatch.setattr(lexicon_module, "build_lexicon", lambda: pytest.fail("built twice"))
    assert parse_amount("€5m").currency == "EUR"


def test_a_cache_folder_that_cannot_be_written_still_parses(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # refused even to root, unlike a read-only mode
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(blocker / "cache"))
    lexicon.cache_clear()
    try:
        _pretend_other_babel(monkeypatch, "0.1")
        assert str(parse_amount("over 683 million euros")) == "over EUR 683000000"
    finally:
        lexicon.cache_clear()


def test_a_corrupt_cache_file_is_rebuilt(fresh_lexicon, monkeypatch):
    _pretend_other_babel(monkeypatch, "0.1")
    path = lexicon_module.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage")
    assert lexicon().symbol("$").codes >= {"USD"}
    assert Lexicon.from_bytes(path.read_bytes())  # replaced by a good build


def test_atomic_write_replaces_the_file_and_leaves_others(tmp_path):
    other = tmp_path / "lexicon-babel1.0-num2words0.1-x.marshal"
    other.write_bytes(b"another version, maybe in use")
    target = tmp_path / "lexicon-babel2.0-num2words0.1-x.marshal"
    _paths.write_atomically(target, b"one")
    _paths.write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert other.read_bytes() == b"another version, maybe in use"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other.name, target.name])
