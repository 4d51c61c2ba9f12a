"""The packaging metadata (issue 14, item 11): licence file, classifiers, the ``all`` extra."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_licence_file_is_the_mit_licence_pyproject_names():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text
    assert PROJECT["license-files"] == ["LICENSE"]  # hatchling puts it in the wheel's dist-info


def test_the_sdist_holds_the_licence():
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "LICENSE" in build["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_classifiers_name_the_licence_free_python_versions_and_topics():
    classifiers = PROJECT["classifiers"]
    assert not [c for c in classifiers if c.startswith("License ::")]  # PEP 639: SPDX instead
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert any(c.startswith("Topic :: Office/Business :: Financial") for c in classifiers)
    assert classifiers == sorted(set(classifiers), key=classifiers.index)  # no repeats


def test_the_all_extra_is_every_feature_extra():
    extras = PROJECT["optional-dependencies"]
    features = {dep for name in ("live", "excel", "plot") for dep in extras[name]}
    assert set(extras["all"]) == features
