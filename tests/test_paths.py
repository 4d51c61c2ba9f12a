"""``_paths`` on a shared machine: cache files checked before loading, no planted symlink
followed, paths shown without the user's machine in them."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from aidcalc import _paths


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("AIDCALC_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "cache"


def load_counting(cache_dir, builds):
    def build():
        builds.append(1)
        return marshal.dumps({"EUR": ("€", "euro")}, _paths.MARSHAL_VERSION)

    return _paths.built("probe", "key0", lambda: "r1", build, marshal.loads)


def test_a_cached_build_is_read_back_when_its_hash_matches(cache):
    builds = []
    assert load_counting(cache, builds) == load_counting(cache, builds)
    assert builds == [1]
    assert sorted(p.name for p in cache.iterdir()) == [
        "probe-key0-r1.marshal",
        "probe-key0-r1.marshal.sha256",
    ]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda path: path.write_bytes(marshal.dumps({"EUR": ("$", "dollar")})),  # other content
        lambda path: path.write_bytes(path.read_bytes()[:-3]),  # cut short
        lambda path: _paths.digest_file(path).unlink(),  # no hash
        lambda path: _paths.digest_file(path).write_text("0" * 64),  # another hash
        lambda path: os.chmod(path, 0o666),  # anyone may write it
    ],
)
def test_a_cached_build_that_does_not_check_out_is_built_again(cache, tamper):
    builds = []
    first = load_counting(cache, builds)
    tamper(cache / "probe-key0-r1.marshal")
    assert load_counting(cache, builds) == first
    assert builds == [1, 1]


def test_a_planted_symlink_at_the_target_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "lexicon.marshal").symlink_to(victim)
    _paths.write_atomically(folder / "lexicon.marshal", b"build")
    assert victim.read_bytes() == b"precious"
    assert not (folder / "lexicon.marshal").is_symlink()
    assert (folder / "lexicon.marshal").read_bytes() == b"build"


def test_a_cache_folder_that_is_a_symlink_is_not_written_into(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OSError, match="symbolic link"):
        _paths.write_atomically(tmp_path / "cache" / "lexicon.marshal", b"build")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown (root)")
def test_a_cache_folder_of_another_user_is_not_written_into(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    with pytest.raises(OSError, match="another user"):
        _paths.write_atomically(folder / "lexicon.marshal", b"build")


def test_temporary_names_are_not_predictable(tmp_path, monkeypatch):
    seen = []
    real = _paths.tempfile.mkstemp

    def spy(**kwargs):
        handle, name = real(**kwargs)
        seen.append(Path(name).name)
        return handle, name

    monkeypatch.setattr(_paths.tempfile, "mkstemp", spy)
    for _ in range(3):
        _paths.write_atomically(tmp_path / "x.marshal", b"1")
    assert len(set(seen)) == 3 and all(name.startswith(".x.marshal.") for name in seen)


@pytest.mark.parametrize(
    "where, shown",
    [
        (
            lambda: _paths.user_data_dir() / "rates" / "eurofxref-hist.zip",
            "<user data>/rates/eurofxref-hist.zip",
        ),
        (lambda: _paths.user_data_dir(), "<user data>"),
        (lambda: _paths.user_cache_dir() / "lexicon.marshal", "<user cache>/lexicon.marshal"),
        (lambda: _paths.data_dir() / "rates" / "pegs.csv", "<shipped data>/rates/pegs.csv"),
        (lambda: Path.home() / "Downloads" / "x.zip", "~/Downloads/x.zip"),
        (lambda: Path("relative/x.zip"), "relative/x.zip"),
        (lambda: Path("/srv/shared/x.zip"), "/srv/shared/x.zip"),
    ],
)
def test_display_path(cache, where, shown):
    assert _paths.display_path(where()) == shown
