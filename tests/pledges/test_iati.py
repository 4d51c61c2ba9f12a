"""IATI activity files (issue 14, item 1): one test per mapping rule of ``aidcalc.pledges.iati``.

The fixture (tests/fixtures/iati/activities.xml) was written for these tests from the IATI
Activity Standard 2.03 schema; it holds no real record.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aidcalc import read_pledges
from aidcalc.errors import InvalidRows

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "iati" / "activities.xml"


def activity(
    transactions: str, attributes: str = 'default-currency="EUR"', extra: str = ""
) -> bytes:
    """Return a one-activity IATI file around ``transactions``."""
    return (
        '<?xml version="1.0"?>\n<iati-activities version="2.03">'
        f"<iati-activity {attributes}><iati-identifier>ZZ-T-9</iati-identifier>{extra}"
        f"{transactions}</iati-activity></iati-activities>"
    ).encode()


def transaction(
    code: str = "3",
    value: str = '<value value-date="2024-06-03">1000</value>',
    inner: str = '<provider-org ref="PL-GOV-1"/><recipient-country code="UA"/>',
) -> str:
    return f'<transaction><transaction-type code="{code}"/>{value}{inner}</transaction>'


@pytest.fixture(scope="module")
def fixture_read():
    with pytest.raises(InvalidRows) as caught:
        read_pledges(FIXTURE)
    return caught.value


def test_each_transaction_is_a_row_named_by_its_activity(fixture_read):
    assert list(fixture_read.valid.index) == [
        "XX-TEST-1-A1 transaction 1",
        "XX-TEST-1-A1 transaction 2",
        "XX-TEST-1-A1 transaction 3",
        "XX-TEST-1-A1 transaction 5",
        "XM-DAC-00000-TEST-B2 transaction 2",
    ]
    rows = {row for row, _, _ in fixture_read.errors}
    assert rows == {f"XM-DAC-00000-TEST-B2 transaction {n}" for n in (1, 3, 4)}


@pytest.mark.parametrize(
    ("code", "measure"), [("2", "commitment"), ("3", "disbursement"), ("4", "disbursement"),
                          ("12", "pledge")]
)  # fmt: skip
def test_transaction_types_map_to_measures(code, measure):
    frame = read_pledges(activity(transaction(code)), format="iati")
    assert frame["measure"].tolist() == [measure]


@pytest.mark.parametrize("code", ["1", "5", "6", "7", "8", "9", "10", "11", "13", ""])
def test_incoming_and_other_flows_are_kept_apart_and_counted(code):
    data = activity(transaction("3") + transaction(code))
    frame = read_pledges(data, format="iati")
    assert len(frame) == 1
    assert any(note.startswith("IATI transactions kept apart") for note in frame.attrs["notes"])


def test_currency_is_the_values_else_the_activity_default(fixture_read):
    currencies = fixture_read.valid["currency"].tolist()
    assert currencies == ["EUR", "USD", "EUR", "EUR", "EUR"]
    value = '<value currency="PLN" value-date="2024-06-03">1000</value>'
    own = read_pledges(activity(transaction(value=value)))
    assert own["currency"].tolist() == ["PLN"]  # the value's own code wins over the default


def test_no_currency_anywhere_is_reported(fixture_read):
    assert (
        "XM-DAC-00000-TEST-B2 transaction 3",
        "",
        "currency: neither value/@currency nor activity default-currency",
    ) in fixture_read.errors


@pytest.mark.parametrize(
    ("value", "date", "precision"),
    [
        ('<value value-date="2024-06-03">1000</value>', "2024-06-03", "day"),
        ('<value value-date="2023-12-31">1000</value>', "2023-12-31", "day"),
    ],
)
def test_the_value_date_is_the_date(value, date, precision):
    frame = read_pledges(activity(transaction(value=value)))
    assert frame["date"].tolist() == [date]
    assert frame["date_precision"].tolist() == [precision]


def test_a_missing_value_date_is_reported_not_taken_from_the_transaction_date():
    data = activity(
        '<transaction><transaction-type code="3"/><transaction-date iso-date="2024-01-05"/>'
        '<value>1000</value><recipient-country code="UA"/></transaction>'
    )
    with pytest.raises(InvalidRows, match="value-date: missing"):
        read_pledges(data)


@pytest.mark.parametrize(
    ("text", "value"), [("1.500", 1.5), ("1500", 1500.0), ("250000.50", 250000.5), ("-75", -75.0)]
)
def test_values_are_xsd_decimals_with_a_point(text, value):
    frame = read_pledges(
        activity(transaction(value=f'<value value-date="2024-06-03">{text}</value>'))
    )
    assert frame["value"].tolist() == [value]


@pytest.mark.parametrize("text", ["1,500", "1 500", "EUR 5", "1.5.0", ""])
def test_other_values_are_reported(text):
    value = f'<value value-date="2024-06-03">{text}</value>'
    with pytest.raises(InvalidRows, match="ZZ-T-9 transaction 1: value"):
        read_pledges(activity(transaction(value=value)))


@pytest.mark.parametrize(
    ("org", "donor"),
    [
        ('<provider-org ref="PL-GOV-1"/>', "POL"),
        ('<provider-org ref="GB-GOV-1"><narrative>A ministry</narrative></provider-org>', "GBR"),
        ('<provider-org ref="XM-DAC-00000"><narrative>Germany</narrative></provider-org>', "DEU"),
        ("<provider-org><narrative>Litauen</narrative></provider-org>", "LTU"),
    ],
)
def test_the_donor_is_the_provider_orgs_country(org, donor):
    inner = f'{org}<recipient-country code="UA"/>'
    assert read_pledges(activity(transaction(inner=inner)))["donor"].tolist() == [donor]


def test_without_a_provider_the_reporting_org_is_the_donor(fixture_read):
    assert fixture_read.valid.loc["XX-TEST-1-A1 transaction 3", "donor"] == "LTU"


def test_an_unknown_provider_is_reported():
    inner = '<provider-org ref="XM-DAC-1"><narrative>Fund</narrative></provider-org>'
    with pytest.raises(InvalidRows, match="ZZ-T-9 transaction 1, donor"):
        read_pledges(activity(transaction(inner=inner + '<recipient-country code="UA"/>')))


@pytest.mark.parametrize(
    ("extra", "inner", "recipient"),
    [
        ('<recipient-country code="UA"/>', '<provider-org ref="PL-1"/>', "UKR"),
        ('<recipient-country code="MD" percentage="100"/>', '<provider-org ref="PL-1"/>', "MDA"),
        ("", '<provider-org ref="PL-1"/><recipient-country code="GE"/>', "GEO"),
    ],
)
def test_the_recipient_is_the_transactions_country_else_the_activitys_only_one(
    extra, inner, recipient
):
    frame = read_pledges(activity(transaction(inner=inner), extra=extra))
    assert frame["recipient"].tolist() == [recipient]


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ('<recipient-country code="UA" percentage="50"/><recipient-country code="MD" '
         'percentage="50"/>', "split between countries"),
        ('<recipient-region code="298"/>', "region 298 only"),
        ("", "no recipient-country"),
    ],
)  # fmt: skip
def test_a_region_or_a_split_is_reported_never_defaulted(extra, reason):
    data = activity(transaction(inner='<provider-org ref="PL-1"/>'), extra=extra)
    with pytest.raises(InvalidRows, match=reason):
        read_pledges(data)


def test_receiver_and_type_in_note_identifier_in_source(fixture_read):
    row = fixture_read.valid.loc["XX-TEST-1-A1 transaction 1"]
    assert row["note"] == "IATI outgoing commitment; to Test Recovery Fund"
    assert row["source"] == "IATI XX-TEST-1-A1 T1"


def test_the_format_is_found_from_the_content_and_the_suffix(tmp_path):
    data = activity(transaction())
    assert len(read_pledges(data)) == 1
    path = tmp_path / "export.xml"
    path.write_bytes(data)
    assert len(read_pledges(path)) == 1


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b"<iati-activities>&a;</iati-activities>",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<iati-activities>&e;</iati-activities>",
        b"<iati-activities><iati-activity>",
        b"<other-root/>",
    ],
)
def test_entities_broken_xml_and_other_roots_are_refused(data):
    with pytest.raises(ValueError, match="IATI"):
        read_pledges(data, format="iati")
