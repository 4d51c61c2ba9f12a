"""Donors and recipients as the field names them (issue 11, item 4): ISO 3166-1 official names,
UN M49 and OCHA names, multilateral donors with codes of their own; an unknown name is refused
with the closest known names."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from aidcalc import read_pledges
from aidcalc._paths import data_file
from aidcalc.countries import alpha2_to_alpha3, organisations, resolve_country
from aidcalc.errors import InvalidRows, UnknownCountry

NAMES = [
    # ISO 3166-1 short names, inverted
    ("Korea, Republic of", "KOR"),
    ("Korea, Democratic People's Republic of", "PRK"),
    ("Iran, Islamic Republic of", "IRN"),
    ("Moldova, Republic of", "MDA"),
    ("Tanzania, United Republic of", "TZA"),
    ("Venezuela, Bolivarian Republic of", "VEN"),
    ("Congo, The Democratic Republic of the", "COD"),
    ("Palestine, State of", "PSE"),
    ("Netherlands, Kingdom of the", "NLD"),
    ("Lao People's Democratic Republic", "LAO"),
    ("Virgin Islands, U.S.", "VIR"),
    # UN M49
    ("Bolivia (Plurinational State of)", "BOL"),
    ("Republic of Moldova", "MDA"),
    ("the Republic of Korea", "KOR"),
    ("China, Hong Kong Special Administrative Region", "HKG"),
    # UN OCHA / FTS
    ("occupied Palestinian territory", "PSE"),
    ("Occupied Palestinian Territory", "PSE"),
    ("oPt", "PSE"),
    ("Türkiye", "TUR"),
    ("TURKIYE", "TUR"),
    # still CLDR in other languages, and World Bank names
    ("Südkorea", "KOR"),
    ("Korea, Rep.", "KOR"),
    ("Moldavie", "MDA"),
    # multilateral donors
    ("IMF", "IMF"),
    ("International Monetary Fund", "IMF"),
    ("World Bank", "WBG"),
    ("IDA", "IDA"),
    ("International Development Association", "IDA"),
    ("EIB", "EIB"),
    ("European Bank for Reconstruction and Development", "EBRD"),
    ("NATO", "NATO"),
    ("North Atlantic Treaty Organisation", "NATO"),
    ("UNICEF", "UNICEF"),
    ("World Food Programme", "WFP"),
    ("UN Refugee Agency", "UNHCR"),
    ("European Peace Facility", "EU"),  # an EU body, counted as the EU (Kiel)
    ("European Commission", "EU"),
]


@pytest.mark.parametrize(("name", "code"), NAMES)
def test_field_names_resolve(name, code):
    assert resolve_country(name) == code


def test_a_pledge_table_reads_the_field_names():
    frame = read_pledges(
        pd.DataFrame(
            {
                "donor": ["Korea, Republic of", "IDA", "NATO", "Türkiye"],
                "recipient": ["occupied Palestinian territory", "UKR", "Ukraine", "Syria"],
                "date": "2025",
                "amount": "$5m",
            }
        )
    )
    assert frame["donor"].tolist() == ["KOR", "IDA", "NATO", "TUR"]
    assert frame["recipient"].tolist() == ["PSE", "UKR", "UKR", "SYR"]


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("Germny", "Germany (DEU)"),
        ("Untied States", "United States (USA)"),
        ("Lithuana", "Lithuania (LTU)"),
        ("Internatonal Monetary Fund", "International Monetary Fund (IMF)"),
        ("Korea, Republc of", "Korea, Republic of (KOR)"),
        ("ocupied Palestinian territory", "occupied Palestinian territory (PSE)"),
    ],
)
def test_an_unknown_name_names_the_closest(name, closest):
    with pytest.raises(UnknownCountry) as caught:
        resolve_country(name)
    assert closest in str(caught.value)
    assert "closest known" in str(caught.value)


def test_nothing_close_says_so_plainly():
    with pytest.raises(UnknownCountry, match=r"^unknown country 'Xqzw' \(no CLDR"):
        resolve_country("Xqzw")


def test_a_bad_donor_row_carries_the_hint():
    with pytest.raises(InvalidRows) as caught:
        read_pledges(io.StringIO("donor,date,amount\nFrnace,2025,EUR 5m\n"), format="csv")
    assert "France (FRA)" in str(caught.value)


def test_organisation_codes_collide_with_no_country_code():
    iso = set(alpha2_to_alpha3()) | set(alpha2_to_alpha3().values())
    assert not set(organisations()) & iso
    assert {"IMF", "WBG", "IDA", "EIB", "EBRD", "NATO", "UNICEF", "WFP", "UNHCR"} <= set(
        organisations()
    )


def test_official_names_data_is_well_formed():
    with data_file("geo", "official_names.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    iso3 = set(alpha2_to_alpha3().values())
    for row in rows:
        assert row["iso3"] in iso3, row
        assert row["source"] in {"ISO 3166-1", "UN M49", "OCHA"}, row
