"""A recipient read as the default is named: ``recipient-default`` (session 12, basis12, F11)."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from aidcalc.pledges.read import read_pledges, with_guess


@pytest.mark.parametrize(
    ("csv", "expected"),
    [
        # no recipient column: every row rests on the default
        (
            "donor,date,amount,note\nItaly,2025-03-17,30 milioni di euro,for Syria\n",
            [("UKR", "recipient-default")],
        ),
        # an empty cell defaults; a named recipient does not
        (
            "donor,recipient,date,amount\nJapan,,2025-03-01,$10m\nJapan,Sudan,2025-03-01,$5m\n"
            "Japan,Gaza,2025-03-01,$3m\n",
            [
                ("UKR", "dollar-usd|recipient-default"),
                ("SDN", "dollar-usd"),
                ("PSE", "dollar-usd"),
            ],
        ),
        # the codes a table already holds come first, each once
        (
            "donor,recipient,date,amount,assumptions\nNorway,,2025-03-01,5 mrd kroner,"
            "recipient-default\n",
            [("UKR", "recipient-default|donor-currency")],
        ),
        (
            "donor,recipient,date,amount\nPolska,Ukraina,2025-03-01,5 mln zł\n",
            [("UKR", "")],
        ),
    ],
)
def test_recipient_default_is_an_assumption(csv, expected):
    frame = read_pledges(io.BytesIO(csv.encode()), format="csv", assumptions=True)
    got = list(zip(frame["recipient"], frame["assumptions"], strict=True))
    assert got == expected


def test_without_assumptions_the_default_is_still_ukr():
    frame = read_pledges(pd.DataFrame({"donor": ["ITA"], "date": ["2025"], "amount": ["€1m"]}))
    assert list(frame["recipient"]) == ["UKR"]
    assert "assumptions" not in frame.columns


def test_summary_counts_the_default(tmp_path, capsys):
    from aidcalc.cli import main

    path = tmp_path / "r.csv"
    path.write_text("donor,date,amount,note\nItaly,2025-03-17,30 milioni di euro,for Syria\n")
    main(["summary", str(path), "--by", "donor,recipient", "--rows", "--format", "csv"])
    out = capsys.readouterr().out
    assert "# rows_with_assumptions: 1" in out
    assert "# assumptions: recipient-default 1" in out


def test_the_encoding_hint_goes_only_on_cells_with_letters_beyond_ascii():
    errors = [(5, "amount", "no number in '5 xyz'"), (5, "donor", "unknown country 'Grß'")]
    cells = {(5, "amount"): "5 xyz", (5, "donor"): "Grß"}
    hinted = with_guess(errors, "guessed", frozenset({5}), lambda r, c: cells.get((r, c)))
    assert [reason for _, _, reason in hinted] == [
        "no number in '5 xyz'",
        "unknown country 'Grß'; guessed",
    ]


def test_großbritannien_in_a_cp1252_table_is_read():
    text = "donor,date,amount\nGroßbritannien,2025-03-01,5 Mio. Pfund\n"
    frame = read_pledges(io.BytesIO(text.encode("cp1252")), format="csv")
    assert list(frame["donor"]) == ["GBR"]
