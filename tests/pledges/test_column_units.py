"""A unit written once for the amount column, in its header or in a title row above the header
(aidcalc.pledges.units; trial 12: `Pledges to Ukraine (EUR million)` above bare numbers was
skipped and every value read a million times too small, with no word said)."""

from __future__ import annotations

import io

import pytest

from aidcalc.errors import InvalidRows
from aidcalc.pledges.read import read_pledges

# (title line or "", header amount cell, delimiter, cells of the amount column, values read)
TITLED = [
    ("Pledges to Ukraine (EUR million)", "amount", ",", ["1400", "250.5"], [1.4e9, 250.5e6]),
    ("Zusagen an die Ukraine, in Mio. Euro", "amount", ";", ["1.400", "250,5"], [1.4e9, 250.5e6]),
    ("Wsparcie dla Ukrainy (mln zł)", "amount", ";", ["800", "12,5"], [800e6, 12.5e6]),
    ("Допомога Україні (млн грн)", "amount", ";", ["800", "12,5"], [800e6, 12.5e6]),
    ("Aide à l'Ukraine (en millions d'euros)", "amount", ";", ["300", "2 500"], [300e6, 2.5e9]),
    ("Ayuda a Ucrania (millones de euros)", "amount", ";", ["300", "1.250"], [300e6, 1.25e9]),
    ("All figures in USD bn", "amount", ",", ["2", "0.5"], [2e9, 0.5e9]),
    ("Grants to Moldova (EUR '000)", "amount", ",", ["1500", "20"], [1.5e6, 20e3]),
    ("", "amount (EUR m)", ",", ["1400", "-15"], [1.4e9, -15e6]),
    ("", "Amount [USD bn]", ",", ["2", "0.5"], [2e9, 0.5e9]),
    ("", "amount, Mio. €", ";", ["1.400", "2,5"], [1.4e9, 2.5e6]),
    ("", "amount in млн грн", ";", ["800", "1"], [800e6, 1e6]),
    ("", "value (EUR m)", ",", ["1400", "3"], [1.4e9, 3e6]),
]


def _csv(title: str, column: str, delimiter: str, cells: list[str]) -> bytes:
    lines = [title, ""] if title else []
    lines.append(delimiter.join(["donor", "date", column]))
    lines += [
        delimiter.join([donor, "2024", cell])
        for donor, cell in zip(["DEU", "FRA"], cells, strict=True)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("title, column, delimiter, cells, values", TITLED)
def test_a_unit_written_once_applies_to_every_bare_number(title, column, delimiter, cells, values):
    frame = read_pledges(_csv(title, column, delimiter, cells))
    assert frame["value"].tolist() == pytest.approx(values)
    assert any("written after 2 bare numbers" in note for note in frame.attrs["notes"])


@pytest.mark.parametrize("title, column, delimiter, cells, values", TITLED)
def test_a_cell_writing_its_own_unit_under_a_written_unit_is_a_bad_row(
    title, column, delimiter, cells, values
):
    data = _csv(title, column, delimiter, [cells[0], "€3bn"])
    with pytest.raises(InvalidRows) as raised:
        read_pledges(data)
    [(row, name, reason)] = raised.value.errors
    assert name == "amount" and "writes its own ('€3bn')" in reason
    assert row == (5 if title else 3)


def test_a_scale_alone_takes_the_currency_column():
    data = b"Pledges (million)\ndonor,date,amount,currency\nDEU,2024,1400,EUR\nPOL,2024,800,PLN\n"
    frame = read_pledges(data)
    assert frame[["value", "currency"]].values.tolist() == [[1.4e9, "EUR"], [800e6, "PLN"]]


def test_the_currency_column_must_agree_with_the_units_currency():
    data = b"Pledges (EUR million)\ndonor,date,amount,currency\nDEU,2024,1400,USD\n"
    with pytest.raises(InvalidRows) as raised:
        read_pledges(data)
    assert "the currency column says USD" in raised.value.errors[0][2]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"Pledges (EUR million)\nAll in USD bn\ndonor,date,amount\nDEU,2024,1\n", "two units"),
        (b"Pledges (EUR million)\ndonor,date,amount (USD bn)\nDEU,2024,1\n", "keep one"),
        (b"donor,date,amount (as pledged)\nDEU,2024,1\n", "does not read as a currency"),
        (b"donor,date,amount (EUR m),amount\nDEU,2024,1,EUR 1m\n", "two amount columns"),
    ],
)
def test_units_that_cannot_be_decided_refuse_the_table(data, message):
    with pytest.raises(ValueError, match=message):
        read_pledges(data)


@pytest.mark.parametrize(
    "title", ["Pledges to Ukraine, 2024", "Source: Kiel Institute (IfW)", "Report (2025)", ""]
)
def test_titles_without_a_unit_change_nothing(title):
    data = _csv(title, "amount", ",", ["EUR 5m", "EUR 1.5bn"])
    frame = read_pledges(data)
    assert frame["value"].tolist() == [5e6, 1.5e9]
    assert not any("unit" in note for note in frame.attrs["notes"])


def test_a_workbook_title_row_gives_the_unit():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Pledges to Ukraine (EUR million)"])
    sheet.append([])
    sheet.append(["donor", "date", "amount"])
    sheet.append(["DEU", "2024-06-11", 1400])
    sheet.append(["FRA", "2024", 2.5])
    buffer = io.BytesIO()
    book.save(buffer)
    frame = read_pledges(buffer.getvalue(), format="xlsx")
    assert frame["value"].tolist() == [1.4e9, 2.5e6]
    assert frame.index.tolist() == [4, 5]


def test_the_cli_total_takes_the_title_unit(tmp_path, capsys):
    from aidcalc.cli import main

    path = tmp_path / "pledges.csv"
    path.write_bytes(_csv("Pledges to Ukraine (EUR million)", "amount", ",", ["1400", "600"]))
    assert main(["summary", str(path), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "DEU,2024,1400000000.0," in out and "FRA,2024,600000000.0," in out
    assert "unit 'EUR million' of the title on line 1 written after 2 bare numbers" in out
