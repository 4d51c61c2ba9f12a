"""OCHA FTS flows (issue 14, item 2): one test per mapping rule of ``aidcalc.pledges.fts``.

The fixture (tests/fixtures/fts/flows.json) was written for these tests from the FTS API v1
flow fields; it holds no real flow.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aidcalc import read_pledges
from aidcalc.errors import InvalidRows

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "fts" / "flows.json"


def flows(*items: dict) -> bytes:
    return json.dumps({"status": "ok", "data": {"flows": list(items)}}).encode()


def flow(**fields) -> dict:
    base = {
        "id": "7",
        "status": "paid",
        "amountUSD": 110,
        "originalAmount": 100,
        "originalCurrency": "EUR",
        "decisionDate": "2024-06-03T00:00:00Z",
        "sourceObjects": [{"type": "Location", "name": "Lithuania"}],
        "destinationObjects": [{"type": "Location", "name": "Ukraine"}],
    }
    return {**base, **fields}


@pytest.fixture(scope="module")
def fixture_read():
    with pytest.raises(InvalidRows) as caught:
        read_pledges(FIXTURE)
    return caught.value


def test_each_flow_is_a_row_with_its_id_as_source(fixture_read):
    frame = fixture_read.valid
    assert list(frame.index) == ["FTS flow 900001", "FTS flow 900002", "FTS flow 900003"]
    assert frame["source"].tolist() == list(frame.index)
    assert {row for row, _, _ in fixture_read.errors} == {"FTS flow 900004", "FTS flow 900005"}


@pytest.mark.parametrize(
    ("status", "measure"),
    [("pledge", "pledge"), ("commitment", "commitment"), ("paid", "disbursement"),
     ("Paid", "disbursement")],
)  # fmt: skip
def test_statuses_map_to_measures(status, measure):
    assert read_pledges(flows(flow(status=status)))["measure"].tolist() == [measure]


@pytest.mark.parametrize("status", ["parked", "", None, "pledged"])
def test_other_statuses_are_reported(status):
    with pytest.raises(InvalidRows, match="FTS flow 7: status"):
        read_pledges(flows(flow(status=status)))


def test_the_original_amount_and_currency_are_the_amount_usd_kept_in_note():
    frame = read_pledges(flows(flow(originalAmount=5000000, originalCurrency="SEK")))
    assert frame[["value", "currency"]].values.tolist() == [[5000000.0, "SEK"]]
    assert frame["note"].tolist() == ["FTS amountUSD 110"]


def test_without_an_original_amount_the_usd_amount_is_used_and_said():
    frame = read_pledges(flows(flow(originalAmount=None, originalCurrency=None)))
    assert frame[["value", "currency"]].values.tolist() == [[110.0, "USD"]]
    assert "reported in USD only" in frame["note"].iloc[0]


def test_no_amount_at_all_is_reported():
    with pytest.raises(InvalidRows, match="amount: neither"):
        read_pledges(flows(flow(originalAmount=None, amountUSD=None)))


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        ({"decisionDate": "2024-06-03T00:00:00Z", "date": "2024-07-01T00:00:00Z"}, "2024-06-03"),
        ({"decisionDate": None, "date": "2024-07-01T00:00:00Z"}, "2024-07-01"),
        ({"decisionDate": "2023-12-29"}, "2023-12-29"),
    ],
)
def test_the_decision_date_is_the_value_date_else_the_flow_date(fields, date):
    assert read_pledges(flows(flow(**fields)))["date"].tolist() == [date]


def test_no_date_is_reported():
    with pytest.raises(InvalidRows, match="date: neither"):
        read_pledges(flows(flow(decisionDate=None)))


@pytest.mark.parametrize(
    ("source", "donor"),
    [
        ([{"type": "Location", "name": "Poland"}], "POL"),
        (
            [{"type": "Organization", "name": "X"}, {"type": "Location", "name": "Deutschland"}],
            "DEU",
        ),
        ([{"type": "Organization", "name": "Sweden"}], "SWE"),
    ],
)
def test_the_donor_is_the_source_location_else_organisation(source, donor):
    assert read_pledges(flows(flow(sourceObjects=source)))["donor"].tolist() == [donor]


@pytest.mark.parametrize(
    "destination",
    [[], [{"type": "Organization", "name": "Agency"}],
     [{"type": "Location", "name": "Ukraine"}, {"type": "Location", "name": "Moldova"}]],
)  # fmt: skip
def test_no_single_recipient_location_is_reported_never_defaulted(destination):
    with pytest.raises(InvalidRows, match="recipient: one location needed"):
        read_pledges(flows(flow(destinationObjects=destination)))


def test_category_is_humanitarian_and_the_receiver_is_noted(fixture_read):
    frame = fixture_read.valid
    assert set(frame["category"]) == {"humanitarian"}
    assert frame.loc["FTS flow 900001", "note"] == "FTS amountUSD 1090400; to Test Relief Agency"


def test_found_from_content_under_any_name(tmp_path):
    data = flows(flow())
    assert len(read_pledges(data)) == 1
    for name in ("answer.json", "answer"):
        (tmp_path / name).write_bytes(data)
        assert len(read_pledges(tmp_path / name)) == 1
    assert len(read_pledges(data, format="fts")) == 1


@pytest.mark.parametrize("data", [b'{"data": {"flows": 3}}', b"{not json", b'{"flows": []}'])
def test_other_json_is_refused(data):
    with pytest.raises(ValueError, match="FTS"):
        read_pledges(data, format="fts")
