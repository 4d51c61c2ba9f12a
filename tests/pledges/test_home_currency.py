"""The donor's home currency decides a bare $ or kroner (issue 11, item 5), recorded as the
assumption ``donor-currency``; a currency the text or the currency column names always wins."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from cli_output import data_part

from aidcalc import read_pledges
from aidcalc.cli import main

# (donor, amount, lang, currency cell, expected currency, expected assumptions contain)
CASES = [
    ("Canada", "$5 million", None, "", "CAD", "donor-currency"),
    ("Australia", "$12m", None, "", "AUD", "donor-currency"),
    ("Norway", "5 mrd kroner", "nb", "", "NOK", ""),  # lang=nb decides alone
    ("Norway", "5 mrd kroner", None, "", "NOK", "donor-currency"),
    ("Danmark", "kr 50m", None, "", "DKK", "donor-currency"),
    ("Sverige", "50 mln kr", None, "", "SEK", "donor-currency"),
    ("United States", "$5m", None, "", "USD", "dollar-usd"),  # the default is the home
    ("Germany", "$5m", None, "", "USD", "dollar-usd"),  # EUR cannot be '$': the default stays
    ("IMF", "$1 billion", None, "", "USD", "dollar-usd"),  # no home currency
    ("Canada", "€5m", None, "", "EUR", ""),  # the text names its currency
    ("Canada", "US$5m", None, "", "USD", ""),
    ("Canada", "$5m", None, "USD", "USD", ""),  # the currency column wins
    ("Norway", "5 mrd kroner", None, "DKK", "DKK", ""),
]


@pytest.mark.parametrize(("donor", "amount", "lang", "cell", "currency", "assumed"), CASES)
def test_home_currency(donor, amount, lang, cell, currency, assumed):
    frame = read_pledges(
        pd.DataFrame({"donor": [donor], "date": "2025", "amount": [amount], "currency": [cell]}),
        lang=lang,
        assumptions=True,
    )
    assert frame["currency"].tolist() == [currency]
    found = frame["assumptions"].iloc[0]
    if assumed:
        assert assumed in found.split("|")
    if assumed != "donor-currency":
        assert "donor-currency" not in found


def test_without_assumptions_the_frame_has_the_schema_columns_only():
    frame = read_pledges(pd.DataFrame({"donor": ["CAN"], "date": "2025", "amount": ["$5m"]}))
    assert "assumptions" not in frame.columns
    assert frame["currency"].tolist() == ["CAD"]  # the reading is the same either way


def test_kroner_without_a_donor_home_is_refused():
    from aidcalc.errors import InvalidRows

    with pytest.raises(InvalidRows, match="ambiguous"):
        read_pledges(pd.DataFrame({"donor": ["EIB"], "date": "2025", "amount": ["5 mrd kroner"]}))


def test_normalize_audit_shows_the_assumption(capsys, monkeypatch):
    table = "donor,recipient,date,amount\nCanada,UKR,2025-03-03,$5m\nLithuania,UKR,2025-03-03,€5m\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(table.encode())))
    assert main(["normalize", "-", "--to", "EUR", "--format", "csv"]) == 0
    lines = data_part(capsys.readouterr().out).splitlines()

    rows = list(csv.DictReader(lines))
    assert [(r["currency"], r["assumptions"]) for r in rows] == [
        ("CAD", "donor-currency"),
        ("EUR", ""),
    ]
