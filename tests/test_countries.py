"""Donor and recipient names to ISO 3166 alpha-3: CLDR names in any language, codes, short forms."""

from __future__ import annotations

import csv

import pytest

from aidcalc._paths import data_file
from aidcalc.countries import (
    UnknownCountry,
    alpha2_to_alpha3,
    country_name,
    country_names,
    normalize_name,
    resolve_country,
    world_bank_economies,
)

CASES = [
    ("Lithuania", "LTU"),
    ("Lietuva", "LTU"),
    ("lietuvA", "LTU"),
    ("Литва", "LTU"),
    ("Deutschland", "DEU"),
    ("Allemagne", "DEU"),
    ("Niemcy", "DEU"),
    ("LT", "LTU"),
    ("ltu", "LTU"),
    ("UK", "GBR"),
    ("U.K.", "GBR"),
    ("US", "USA"),
    ("USA", "USA"),
    ("U.S.", "USA"),
    ("the United States", "USA"),
    ("Turkiye", "TUR"),
    ("Türkei", "TUR"),
    ("South Korea", "KOR"),
    ("Korea, Rep.", "KOR"),  # World Bank name
    ("Taiwan", "TWN"),  # no World Bank economy: CLDR's alpha-3
    ("Kosovo", "XKX"),  # no ISO alpha-3: the World Bank's code
    ("Côte d’Ivoire", "CIV"),
    ("cote d'ivoire", "CIV"),
    ("Україна", "UKR"),
    ("EU", "EU"),
    ("European Union", "EU"),
    ("Europäische Union", "EU"),
    ("European Commission", "EU"),
    ("EU (Commission and Council)", "EU"),
]


@pytest.mark.parametrize(("name", "code"), CASES)
def test_resolve_country(name, code):
    assert resolve_country(name) == code


@pytest.mark.parametrize("name", ["Atlantis", "", "   ", "Lithuanian", "XX", "DDR", "EUU", "WLD"])
def test_unknown_names_are_errors_not_guesses(name):
    with pytest.raises(UnknownCountry):
        resolve_country(name)


def test_unknown_country_is_a_value_error_with_a_readable_message():
    # a ValueError like every other input error (issue "The house"), no longer a KeyError
    with pytest.raises(ValueError, match="unknown country 'Atlantis'") as caught:
        resolve_country("Atlantis")
    assert not isinstance(caught.value, KeyError) and caught.value.name == "Atlantis"


def test_alpha2_table_is_one_to_one_and_uses_current_codes():
    table = alpha2_to_alpha3()
    assert len(set(table.values())) == len(table)
    assert table["DE"] == "DEU" and table["MM"] == "MMR" and table["CD"] == "COD"
    assert table["NA"] == "NAM"  # the code that CSV readers like to turn into NaN


def test_every_world_bank_economy_code_resolves_to_itself():
    for code in world_bank_economies():
        assert resolve_country(code) == code


def test_every_kiel_donor_resolves_by_name_and_by_code():
    with data_file("kiel", "data_explorer.csv").open(encoding="utf-8") as handle:
        donors = {(row["country"], row["iso"]) for row in csv.DictReader(handle)}
    for name, code in donors:
        assert resolve_country(name) == code, name
        assert resolve_country(code) == code


def test_country_names_folds_and_maps_names_for_searching_text():
    names = country_names()
    assert names["lietuva"] == "LTU"
    assert names["deutschland"] == "DEU"
    assert all(len(code) in (2, 3) for code in names.values())


def test_a_name_two_languages_give_to_different_countries_needs_lang():
    with pytest.raises(UnknownCountry, match="ambiguous.*COD, COG"):
        resolve_country("Kongo")
    assert resolve_country("Kongo", lang="nb") == "COD"
    assert resolve_country("Kongo", lang="bs") == "COG"


def test_normalize_name_keeps_indic_vowel_signs():
    assert normalize_name("अंगोला") != normalize_name("अगल")
    assert normalize_name("ÉSTONIA.") == "estonia"


def test_country_name_is_the_cldr_name():
    assert country_name("DEU", "de") == "Deutschland"
    assert country_name("XKX") == "Kosovo"
    assert country_name("EU", "fr") == "Union européenne"


@pytest.fixture
def fresh_index(tmp_path, monkeypatch):
    """An empty cache folder and no name index in memory (reloaded for later tests)."""
    from aidcalc import countries

    monkeypatch.setenv("AIDCALC_CACHE_HOME", str(tmp_path / "cache"))
    caches = (countries._name_index, countries._english_names, countries._all_names)
    for cache in caches:
        cache.cache_clear()
    yield tmp_path / "cache"
    for cache in caches:
        cache.cache_clear()


def test_a_foreign_name_reads_no_locale_when_the_index_ships(fresh_index, monkeypatch):
    from aidcalc.parsing import cldr

    def no_locale_reads(*args, **kwargs):
        raise AssertionError("read CLDR locales although the index ships")

    monkeypatch.setattr(cldr, "territory_names", no_locale_reads)
    assert resolve_country("Litauen") == "LTU"
    assert resolve_country("Allemagne") == "DEU"
    assert not fresh_index.exists()  # nothing cached: the shipped index was read


def test_another_babel_builds_the_index_once_into_the_cache(fresh_index, monkeypatch):
    from aidcalc import _paths, countries

    shipped = _paths.shipped_build(countries.INDEX, countries.index_key()).read_bytes()
    builds = []
    monkeypatch.setattr(countries, "index_key", lambda: "babel0.1")
    monkeypatch.setattr(countries, "_build_index", lambda: builds.append(1) or shipped)
    assert resolve_country("Litauen") == "LTU"
    cached = sorted(p.name for p in fresh_index.iterdir())
    assert [name.startswith("countries-babel0.1-") for name in cached] == [True, True]
    assert cached[1] == cached[0] + ".sha256"  # the build and its hash, checked before loading
    countries._name_index.cache_clear()
    countries._all_names.cache_clear()
    assert resolve_country("Lituanie") == "LTU"
    assert builds == [1]  # the second process-like load read the cache
