"""read_pledges on the layouts trackers really keep (issue 11): each layout on a file made here."""

from __future__ import annotations

import gzip
import io

import pandas as pd
import pytest

from aidcalc import InvalidRows, read_pledges
from aidcalc.pledges.totals import totals


def csv_file(tmp_path, text: str, name: str = "t.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def bad_cells(error: InvalidRows) -> dict[tuple, str]:
    return {(row, column): reason for row, column, reason in error.errors}


# -- 1. a number with a separate currency column -----------------------------------------------

NUMBER_AND_CURRENCY = [
    # (amount cell, currency cell, lang, value)
    ("35,000,000", "NOK", None, 35e6),
    ("5000000", "NOK", None, 5e6),
    ("5 million", "NOK", None, 5e6),
    ("35.000.000", "DKK", None, 35e6),
    ("35 000 000", "SEK", None, 35e6),
    ("2,5 Mio.", "EUR", "de", 2.5e6),
    ("1,2 milliard", "EUR", "fr", 1.2e9),
    ("12 mln", "PLN", "pl", 12e6),
    ("$10 million", "CAD", None, 10e6),  # the column resolves a bare $
]


@pytest.mark.parametrize("amount,currency,lang,value", NUMBER_AND_CURRENCY)
def test_amount_without_currency_takes_the_currency_column(tmp_path, amount, currency, lang, value):
    frame = pd.DataFrame({"donor": ["NOR"], "date": ["2024"], "amount": [amount]})
    frame["currency"] = currency
    path = tmp_path / "t.csv"
    frame.to_csv(path, index=False)
    read = read_pledges(path, lang=lang)
    assert read[["value", "currency"]].values.tolist() == [[value, currency]]


def test_value_column_with_grouping_marks_read_by_the_number_rules(tmp_path):
    text = (
        "donor,date,value,currency\n"
        'NOR,2024,"35,000,000",NOK\n'
        "DNK,2024,35 000 000,DKK\n"
        'SWE,2024,"1,500",SEK\n'  # the column groups with ',' (35,000,000): 1500
        "FIN,2024,2500000.75,EUR\n"
    )
    frame = read_pledges(csv_file(tmp_path, text))
    assert frame["value"].tolist() == [35e6, 35e6, 1500.0, 2500000.75]


def test_the_column_decides_a_mark_that_could_group_or_end_the_integer(tmp_path):
    german = "donor;date;value;currency\nDEU;2024;1.500;EUR\nDEU;2024;2.750.000;EUR\n"
    assert read_pledges(csv_file(tmp_path, german))["value"].tolist() == [1500.0, 2.75e6]
    decimals = "donor;date;value;currency\nDEU;2024;1,500;EUR\nDEU;2024;2,75;EUR\n"
    assert read_pledges(csv_file(tmp_path, decimals))["value"].tolist() == [1.5, 2.75]
    alone = "donor;date;value;currency\nDEU;2024;1.500;EUR\n"
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, alone))
    assert "1500 or 1.5" in bad_cells(caught.value)[(2, "value")]
    assert read_pledges(csv_file(tmp_path, alone), lang="de")["value"].tolist() == [1500.0]
    assert read_pledges(csv_file(tmp_path, alone), lang="en")["value"].tolist() == [1.5]
    both = "donor;date;value;currency\nDEU;2024;1.500;EUR\nDEU;2024;2,75;EUR\nDEU;2024;2.5;EUR\n"
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, both))
    assert (2, "value") in bad_cells(caught.value)


def test_text_naming_another_currency_than_the_column_is_a_bad_row(tmp_path):
    text = "donor,date,amount,currency\nNOR,2024,€5 million,NOK\nNOR,2024,NOK 5 million,NOK\n"
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, text))
    reasons = bad_cells(caught.value)
    assert list(reasons) == [(2, "amount")]
    assert "EUR" in reasons[(2, "amount")] and "NOK" in reasons[(2, "amount")]
    assert caught.value.valid["value"].tolist() == [5e6]


def test_a_bare_number_without_a_currency_column_is_a_bad_row(tmp_path):
    with pytest.raises(InvalidRows, match="no currency"):
        read_pledges(csv_file(tmp_path, "donor,date,amount\nNOR,2024,5000000\n"))


# -- 3. dates as people write them -------------------------------------------------------------

DATES = [
    ("2024-02-16", "2024-02-16", "day"),
    ("16.02.2024", "2024-02-16", "day"),
    ("2024/02/16", "2024-02-16", "day"),
    ("2024.02.16", "2024-02-16", "day"),
    ("Feb 2024", "2024-02", "month"),
    ("02.2024", "2024-02", "month"),
    ("11/2024", "2024-11", "month"),
    ("February 2024", "2024-02", "month"),
    ("Sept 2024", "2024-09", "month"),
    ("16 February 2024", "2024-02-16", "day"),
    ("February 16, 2024", "2024-02-16", "day"),
    ("16-Feb-2024", "2024-02-16", "day"),
    ("Q1 2024", "2024-Q1", "quarter"),
    ("2024-Q2", "2024-Q2", "quarter"),
    ("2024 Q3", "2024-Q3", "quarter"),
    ("Q4/2024", "2024-Q4", "quarter"),
    ("1Q2025", "2025-Q1", "quarter"),
    ("2024.0", "2024", "year"),
    ("2024", "2024", "year"),
]


def test_dates_as_people_write_them(tmp_path):
    rows = "".join(f'LTU,"{cell}",€1m\n' for cell, _, _ in DATES)
    frame = read_pledges(csv_file(tmp_path, "donor,date,amount\n" + rows))
    assert frame["date"].tolist() == [date for _, date, _ in DATES]
    assert frame["date_precision"].tolist() == [precision for _, _, precision in DATES]


def test_month_names_in_the_tables_language(tmp_path):
    text = "donor,date,amount\nDEU,März 2024,€1m\nDEU,16. Februar 2024,€1m\n"
    frame = read_pledges(csv_file(tmp_path, text), lang="de")
    assert frame["date"].tolist() == ["2024-03", "2024-02-16"]


def test_float_years_from_a_column_pandas_read_with_blanks():
    frame = pd.DataFrame({"donor": ["LTU", "LTU"], "date": [2024.0, 2023.0], "amount": ["€1m"] * 2})
    assert read_pledges(frame)["date"].tolist() == ["2024", "2023"]


ORDERS = [
    # (cells, options, dates, note)
    (["16/02/2024", "03/04/2024"], {}, ["2024-02-16", "2024-04-03"], "day first (DMY): row 2"),
    (["02/16/2024", "03/04/2024"], {}, ["2024-02-16", "2024-03-04"], "month first (MDY): row 2"),
    (["03-04-2024", "13-04-2024"], {}, ["2024-04-03", "2024-04-13"], "day first (DMY): row 3"),
    (["03/04/2024"], {"date_format": "DMY"}, ["2024-04-03"], "as date_format says"),
    (["03/04/2024"], {"date_format": "MDY"}, ["2024-03-04"], "as date_format says"),
    (["03/04/2024"], {"date_format": "%d/%m/%Y"}, ["2024-04-03"], None),
    (["03.04.2024"], {"lang": "de"}, ["2024-04-03"], "the short date of 'de'"),
    (["03/04/2024"], {"lang": "en"}, ["2024-03-04"], "the short date of 'en'"),
    (["03/04/2024"], {"lang": "fr"}, ["2024-04-03"], "the short date of 'fr'"),
    (["05/05/2024"], {}, ["2024-05-05"], None),  # both readings are the same day
]


@pytest.mark.parametrize("cells,options,dates,note", ORDERS)
def test_day_or_month_first_by_option_evidence_or_language(tmp_path, cells, options, dates, note):
    rows = "".join(f"LTU,{cell},€1m\n" for cell in cells)
    frame = read_pledges(csv_file(tmp_path, "donor,date,amount\n" + rows), **options)
    assert frame["date"].tolist() == dates
    notes = " ".join(frame.attrs["notes"])
    assert (note in notes) if note else "dates read" not in notes


@pytest.mark.parametrize(
    "cells,bad,reason",
    [
        (["03/04/2024", "05/06/2024"], {2, 3}, "no date in the column tells which"),
        (["16/02/2024", "02/16/2024", "03/04/2024"], {4}, "day first and month first"),
        (["16/02/24"], {2}, "two-digit year"),
        (["31.02.2024", "16.02.2024"], {2}, "not a valid value date"),
    ],
)
def test_day_or_month_first_is_never_guessed(tmp_path, cells, bad, reason):
    rows = "".join(f"LTU,{cell},€1m\n" for cell in cells)
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, "donor,date,amount\n" + rows))
    reasons = bad_cells(caught.value)
    assert {row for row, _ in reasons} == bad
    assert all(reason in text for text in reasons.values())


def test_a_quarter_converts_at_the_quarters_mean(tmp_path):
    text = "donor,date,amount\nUSA,Q1 2024,$100 million\nUSA,2024-01,$100 million\n"
    frame = read_pledges(csv_file(tmp_path, text))
    quarter = totals(frame.iloc[[0]], to="EUR")["total"].iloc[0]
    january = totals(frame.iloc[[1]], to="EUR")["total"].iloc[0]
    assert quarter != january and abs(quarter / january - 1) < 0.02


# -- 2. delimiters, title rows, sheets, .gz, buffers -----------------------------------------

DELIMITED = [
    ("semicolon.csv", "donor;date;amount\nLTU;2024;€1,5 Mio.\n", "delimiter ';'"),
    ("tab.csv", "donor\tdate\tamount\nLTU\t2024\t€1.5m\n", "delimiter '\\t'"),
    ("pipe.txt", "donor|date|amount\nLTU|2024|€1.5m\n", "delimiter '|'"),
    (
        "title.csv",
        "Aid tracker, export of 4 Nov 2024\n\ndonor,date,amount\nLTU,2024,€1.5m\n",
        "line 3",
    ),
]


@pytest.mark.parametrize("name,text,note", DELIMITED)
def test_delimiters_and_title_rows_are_found(tmp_path, name, text, note):
    frame = read_pledges(csv_file(tmp_path, text, name), lang="de" if "Mio" in text else None)
    assert frame["value"].tolist() == [1.5e6]
    assert any(note in found for found in frame.attrs["notes"])
    assert frame.index.tolist() == [text.count("\n")]  # the line the record is on


def test_header_row_given(tmp_path):
    text = "donor,date,amount\nnot,the,header\ndonor,date,amount\nLTU,2024,€1m\n"
    frame = read_pledges(csv_file(tmp_path, text), header=2)
    assert frame.index.tolist() == [4] and frame["donor"].tolist() == ["LTU"]


def test_no_usable_header_lists_what_it_saw_and_the_closest_names(tmp_path):
    with pytest.raises(ValueError) as caught:
        read_pledges(csv_file(tmp_path, "Donor country,Datum,Amout\nLTU,2024,€1m\n"))
    message = str(caught.value)
    assert "'Donor country'" in message and "'Amout' -> 'amount'?" in message
    assert "'Datum' -> 'date'?" in message


def test_gzip_files_and_buffers(tmp_path):
    text = "donor,date,amount\nLTU,2024,€1m\n"
    path = tmp_path / "t.csv.gz"
    path.write_bytes(gzip.compress(text.encode()))
    expected = [["LTU", 1e6]]
    assert read_pledges(path)[["donor", "value"]].values.tolist() == expected
    assert read_pledges(io.BytesIO(text.encode()))[["donor", "value"]].values.tolist() == expected
    assert read_pledges(io.StringIO(text))[["donor", "value"]].values.tolist() == expected
    assert read_pledges(text.encode())[["donor", "value"]].values.tolist() == expected
    lines = b'{"donor": "LTU", "date": "2024", "amount": "\\u20ac1m"}\n'
    assert read_pledges(io.BytesIO(lines))[["donor", "value"]].values.tolist() == expected
    assert read_pledges(gzip.compress(lines))[["donor", "value"]].values.tolist() == expected
    with pytest.raises(ValueError, match="unknown format"):
        read_pledges(path, format="parquet")


def workbook(path, sheets: dict[str, list[list]]):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_notes_sheet_first_and_a_title_row_are_skipped(tmp_path):
    path = workbook(
        tmp_path / "t.xlsx",
        {
            "Read me": [["This workbook lists pledges"], ["Source: ministry"]],
            "Pledges": [["Pledges 2024"], [], ["donor", "date", "value", "currency"],
                        ["LTU", "16.02.2024", 1.5e6, "EUR"]],
        },
    )  # fmt: skip
    frame = read_pledges(path)
    assert frame.index.tolist() == [4] and frame["value"].tolist() == [1.5e6]
    assert frame.attrs["notes"][:2] == ["sheet 'Pledges'", "header on row 3"]
    assert read_pledges(path, sheet="Pledges").index.tolist() == [4]
    assert read_pledges(path, sheet=1, header=2).index.tolist() == [4]
    with pytest.raises(ValueError, match="no sheet 'Other'; the workbook has 2: 'Read me'"):
        read_pledges(path, sheet="Other")
    with pytest.raises(ValueError, match=r"no sheet at position 2 \(from 0; 3 counted from 1\)"):
        read_pledges(path, sheet=2)


def test_two_pledge_sheets_ask_which(tmp_path):
    table = [["donor", "date", "amount"], ["LTU", "2024", "€1m"]]
    path = workbook(tmp_path / "t.xlsx", {"2024": table, "2025": table})
    with pytest.raises(ValueError, match="'2024', '2025' all hold pledge tables"):
        read_pledges(path)
    assert len(read_pledges(path, sheet="2025")) == 1


# -- 6. negative rows are corrections ----------------------------------------------------------


def test_negative_rows_subtract(tmp_path):
    text = (
        "donor,date,amount,value,currency\n"
        "LTU,2024,€10 million,,\n"
        "LTU,2024,-€1 million,,\n"
        "LTU,2024,,-500000,EUR\n"
        "LTU,2024,\u22122 million,,EUR\n"
        "LTU,2024,-€1-2 million,,\n"
    )
    frame = read_pledges(csv_file(tmp_path, text))
    assert frame["value"].tolist() == [10e6, -1e6, -5e5, -2e6, -2e6]
    assert frame["high"].iloc[4] == -1e6  # a negative range: low end -2 million, top -1 million
    result = totals(frame, to="EUR")
    assert result["total"].tolist() == [10e6 - 1e6 - 5e5 - 2e6 - 2e6]
    assert result["total_high"].tolist() == [10e6 - 1e6 - 5e5 - 2e6 - 1e6]


# -- 8. two amounts in one cell ------------------------------------------------------------------

TWO_AMOUNTS = [
    ("€100m + €50m", "2 amounts"),
    ("€50m (2024) and €70m (2025)", "2 amounts"),
    ("2 x €50 million", "multiplies"),
    ("€50 million × 3", "multiplies"),
    ("100 Mio. € und 50 Mio. €", "2 amounts"),
]


@pytest.mark.parametrize("cell,reason", TWO_AMOUNTS)
def test_two_amounts_in_one_cell_are_a_bad_row(tmp_path, cell, reason):
    text = f'donor,date,amount\nLTU,2024,"{cell}"\nLTU,2024,€10 million ($11 million)\n'
    with pytest.raises(InvalidRows) as caught:
        read_pledges(csv_file(tmp_path, text), lang="de" if "Mio" in cell else None)
    assert reason in bad_cells(caught.value)[(2, "amount")]
    assert caught.value.valid["value"].tolist() == [10e6]  # a restatement is one amount


# -- 11. encodings -------------------------------------------------------------------------------


def test_encodings_are_detected_or_refused_with_save_as_utf8(tmp_path):
    text = "donor;date;amount;note\nLTU;2024;€1 million;Vilnius café\n"
    for encoding, note in (("cp1252", "cp1252"), ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16")):
        frame = read_pledges(csv_file(tmp_path, text, encoding=encoding))
        assert frame["value"].tolist() == [1e6] and frame["note"].tolist() == ["Vilnius café"]
        assert any(note in found for found in frame.attrs["notes"])
    # a cp1251 file was refused; its Cyrillic letters now tell it (aidcalc.textfiles, cli11)
    cyrillic = "donor;date;amount\nЛатвія;2024;5 млн євро\n"
    frame = read_pledges(csv_file(tmp_path, cyrillic, encoding="cp1251"))
    assert frame["donor"].tolist() == ["LVA"] and frame["value"].tolist() == [5e6]
    assert "encoding cp1251 (Cyrillic), guessed: not UTF-8" in frame.attrs["notes"]
    garbled = b"donor;date;amount\nLVA;2024;5 \x98\x81 EUR\n"  # no code page reads it
    with pytest.raises(ValueError, match="save the file as UTF-8, or pass the --encoding"):
        read_pledges(csv_file(tmp_path, garbled.decode("latin-1"), encoding="latin-1"))
