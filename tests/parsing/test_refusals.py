"""An amount the text writes but the parser refuses is reported, never dropped silently:
``extract_amounts(..., refused=[])`` and ``aidcalc extract`` name each one with its offset and
the reason ``parse_amount`` gives for it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aidcalc.cli import main
from aidcalc.parsing import Refusal, extract_amounts, iter_amounts

REFUSED = [  # (text, the form refused starts with, a word of the reason, amounts still read)
    ("Norway and Denmark each give 1 billion kroner.", "kroner", "ambiguous", []),
    ("Norwegen und Dänemark geben je 5 Mio. Kronen.", "Kronen", "ambiguous", []),
    ("Riga gave €2m and €100 USD.", "€100 USD", "two currencies", ["EUR 2000000"]),
    ("Die Hilfe: 5 Millionen Euro USD und 3 Mio. €", "5 Millionen", "two currencies",
     ["EUR 3000000"]),
    ("Polska przekazała 100 zł EUR na pomoc.", "100 zł EUR", "two currencies", []),
    ("A typo: 1e30 EUR, then €5m.", "1e30", "digits", ["EUR 5000000"]),
    ("Le Danemark et la Norvège versent 2 milliards de couronnes.", "couronnes", "ambiguous",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "form", "word", "read"), REFUSED)
def test_a_refused_amount_is_reported_with_its_offset_and_reason(text, form, word, read):
    refused: list[Refusal] = []
    mentions = extract_amounts(text, refused=refused)
    assert [str(m.amount) for m in mentions] == read
    assert len(refused) == 1, refused
    # the offset points at the refused form, or at the number the form starts with
    at = refused[0].start
    assert text[at:].startswith(form) or form in text[at : at + len(form) + 20], (at, text[at:])
    assert word in refused[0].reason
    assert f"position {at}" in refused[0].reason or "position" not in refused[0].reason


NOT_REFUSED = [  # numbers that were never money: nothing to report
    "Norsk støtte sikrer lønn til en halv million ansatte.",
    "200 families and 10^30 atoms.",
    "Lithuania gave €5 million in 2024.",
    "",
    "The vote was 5-3.",
]


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_text_with_no_refused_money_reports_nothing(text):
    refused: list[Refusal] = []
    extract_amounts(text, refused=refused)
    assert refused == []


def test_offsets_point_into_the_text_as_given_after_invisible_characters():
    text = "\u200bRiga\u00ad gave €2m and €100 USD."
    refused: list[Refusal] = []
    extract_amounts(text, refused=refused)
    assert [text[r.start :].startswith("€100") for r in refused] == [True]
    assert f"position {refused[0].start}" in refused[0].reason


def test_refusals_of_a_long_text_read_in_blocks_are_each_reported_once():
    from aidcalc.parsing import BLOCK

    paragraph = "Norway and Denmark each give 1 billion kroner. Latvia gave €5m.\n\n"
    text = paragraph * (3 * BLOCK // len(paragraph))
    refused: list[Refusal] = []
    mentions = list(iter_amounts(text, refused=refused))
    count = text.count(paragraph)
    assert len(mentions) == count
    assert len(refused) == count
    assert all(text[r.start :].startswith("kroner") for r in refused)
    assert [r.start for r in refused] == sorted({r.start for r in refused})


@given(
    st.lists(
        st.sampled_from(
            ["€5m", "€100 USD", "1 billion kroner", "Norway", "Denmark", "and", "200", ".", ","]
        ),
        max_size=12,
    )
)
def test_no_refusal_lies_inside_an_amount_read_and_they_come_in_order(words):
    text = " ".join(words)
    refused: list[Refusal] = []
    mentions = extract_amounts(text, refused=refused)
    starts = [r.start for r in refused]
    assert starts == sorted(set(starts))
    for r in refused:
        assert 0 <= r.start < len(text)
        assert not any(m.start <= r.start < m.end for m in mentions)


def test_extract_reports_each_refused_amount_on_stderr_and_exits_1(tmp_path, capsys):
    path = tmp_path / "aid.txt"
    path.write_text(
        "Norway and Denmark each give 1 billion kroner.\nRiga gave €2m and €100 USD.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert "EUR 2000000" in out
    lines = [line for line in err.splitlines() if "left out" in line]
    assert [line.split(": ")[1] for line in lines] == [f"{path}:39", f"{path}:65"]
    assert "kroner" in lines[0] and "two currencies" in lines[1]


def test_extract_of_a_text_with_nothing_refused_exits_0(tmp_path, capsys):
    path = tmp_path / "aid.txt"
    path.write_text("Latvia gave €5 million; Estonia gave €2 million.\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    assert "left out" not in capsys.readouterr().err


NOT_MONEY_NEAR_MONEY = [  # (text, the amounts read): numbers refused that were never money
    ("24/7 support costs €5m.", ["EUR 5000000"]),
    ("a 50/50 split of €10m", ["EUR 10000000"]),
    ("FY 2023/24: €5m", ["EUR 5000000"]),
    ("Rating: 4.5/5 €20", ["EUR 20"]),
    ("€1 = $1.09 today", []),
    ("Le taux: 1 EUR = 1,08 USD.", []),
]


@pytest.mark.parametrize(("text", "read"), NOT_MONEY_NEAR_MONEY)
def test_a_number_refused_without_a_currency_of_its_own_is_not_reported(text, read):
    """A fraction or a rate beside an amount is no refused amount: the currency after "24/7
    support costs" leads its own number, and an exchange rate is no amount by design."""
    refused: list[Refusal] = []
    assert [str(m.amount) for m in extract_amounts(text, refused=refused)] == read
    assert refused == []


@pytest.mark.parametrize(
    ("text", "form"),
    [("10^30 EUR", "10^30"), ("5×10^6 dollars", "5×10^6"), ("€5_000", "5_000")],
)
def test_the_numbers_of_one_glued_form_are_one_refusal(text, form):
    refused: list[Refusal] = []
    assert extract_amounts(text, refused=refused) == []
    assert len(refused) == 1
    assert text[refused[0].start :].startswith(form)


def test_pledge_candidates_report_the_amounts_they_leave_out(tmp_path, capsys):
    """``extract_pledges(refused=)`` and ``aidcalc extract --what pledges`` name the refused
    amount as the amounts mode does (it was dropped without a word, exit status 0)."""
    from aidcalc.news.candidates import extract_pledges

    text = "Norway and Denmark each give 1 billion kroner. Latvia pledged €5 million to Ukraine."
    refused: list[Refusal] = []
    frame = extract_pledges(text, published="2024-11-04", refused=refused)
    assert list(frame["currency"]) == ["EUR"]
    assert [text[r.start :].startswith("kroner") for r in refused] == [True]
    path = tmp_path / "nordic.txt"
    path.write_text(text + "\n", encoding="utf-8")
    code = main(["extract", str(path), "--what", "pledges", "--published", "2024-11-04"])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{path}:39: left out: 'kroner' is ambiguous" in err
