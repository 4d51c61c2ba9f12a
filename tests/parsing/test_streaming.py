"""``iter_amounts``: amounts read block by block from a text or a text file (issue 13, item 1).

The blocks are made small here (``BLOCK`` of a few hundred characters) so that every cut
rule is exercised on short texts: a block never cuts an amount, offsets point into the whole
input, restatement links count from its start, and a file gives what the same text gives.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidcalc.parsing as parsing
from aidcalc.errors import ParseError
from aidcalc.parsing import extract_amounts, iter_amounts

PARAGRAPHS = [
    "Germany pledged €500 million in winter aid for Ukraine on 12 December 2023.",
    "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.",
    "Switzerland allocated CHF 100 million ($112 million) for humanitarian demining.",
    "Deutschland hat der Ukraine im Oktober 2 Mrd. Euro für Luftverteidigung zugesagt.",
    "La France a débloqué 300 millions d'euros (environ 325 millions de dollars) pour l'Ukraine.",
    "Rugsėjį Vilnius paskyrė 10 mln. eurų Ukrainos dronams.",
    "У вересні Литва виділила Україні 10 мільйонів євро на дрони.",
    "We wrześniu Polska przekazała Ukrainie 500 mln zł (ok. 115 mln euro) na pomoc humanitarną.",
    "The country of 38 million spends 0.25% of GDP on the 12th aid package.",
    "Japan will provide 4.5 billion dollars, between $1bn and $2bn of it this year.",
]


def rows(mentions, text):
    return [(text[m.start : m.end], str(m.amount), m.equivalent_of) for m in mentions]


def shifted(pieces: list[str], separator: str):
    """The mentions of each piece read alone, offsets and links moved to the joined text."""
    out, offset, count = [], 0, 0
    for piece in pieces:
        found = extract_amounts(piece)
        for m in found:
            linked = None if m.equivalent_of is None else m.equivalent_of + count
            out.append((offset + m.start, offset + m.end, str(m.amount), linked))
        count += len(found)
        offset += len(piece) + len(separator)
    return out


def spans(mentions):
    return [(m.start, m.end, str(m.amount), m.equivalent_of) for m in mentions]


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(parsing, "BLOCK", 400)
    monkeypatch.setattr(parsing, "READ", 37)


@pytest.mark.parametrize("separator", ["\n\n", "\n \n", "\n", " ", "  "])
def test_blocks_cut_between_paragraphs_lines_and_sentences(small_blocks, separator):
    pieces = PARAGRAPHS * 15
    text = separator.join(pieces)
    assert len(text) > 10 * parsing.BLOCK
    expected = shifted(pieces, separator)
    assert spans(iter_amounts(text)) == expected
    assert spans(iter_amounts(io.StringIO(text))) == expected
    assert spans(extract_amounts(text)) == expected


@pytest.mark.parametrize(
    "unit",
    ["€5 million", "over $12.5bn", "10 mln. eurų", "CHF 100 million ($112 million)", "₴3 млрд"],
)
def test_a_cut_at_a_space_never_splits_an_amount(small_blocks, unit):
    # one line, no sentence end: the blocks can only end at spaces
    text = " and ".join([unit] * 60)
    whole = extract_amounts(unit)
    found = list(iter_amounts(io.StringIO(text)))
    assert len(found) == 60 * len(whole)
    assert {(text[m.start : m.end], str(m.amount)) for m in found} == {
        (unit[m.start : m.end], str(m.amount)) for m in whole
    }
    links = [m.equivalent_of for m in found]
    if len(whole) == 2:  # each restatement points at the amount just before it
        assert links == [None if i % 2 == 0 else i - 1 for i in range(len(found))]


def test_a_text_without_spaces_is_still_read_to_the_end(small_blocks):
    text = "x" * 1000 + " €5m " + "y" * 900 + " $2m"
    assert rows(iter_amounts(text), text) == [
        ("€5m", "EUR 5000000", None),
        ("$2m", "USD 2000000", None),
    ]


def test_a_short_text_is_one_block():
    text = "\n\n".join(PARAGRAPHS)
    assert spans(iter_amounts(text)) == spans(parsing.Reader(text, None, None).mentions())


def test_lazy_the_first_amount_comes_before_the_file_is_read(small_blocks):
    class Endless(io.TextIOBase):
        reads = 0

        def read(self, size=-1):
            Endless.reads += 1
            return "Latvia gave €5m.\n\n" * 3

    first = next(iter_amounts(Endless()))
    assert str(first.amount) == "EUR 5000000" and Endless.reads < 50


@pytest.mark.parametrize("value", [b"\xe2\x82\xac5m", io.BytesIO(b"5m EUR"), 5, None])
def test_not_text_is_refused(value):
    with pytest.raises(ParseError, match="expected text"):
        list(iter_amounts(value))


SENTENCES = st.sampled_from(PARAGRAPHS)


@settings(max_examples=40, deadline=None)
@given(
    pieces=st.lists(SENTENCES, min_size=1, max_size=30),
    separator=st.sampled_from(["\n\n", "\n", " "]),
    block=st.integers(min_value=1000, max_value=4000),
    read=st.integers(min_value=1, max_value=500),
)
def test_any_block_size_gives_the_pieces_amounts(pieces, separator, block, read):
    text = separator.join(pieces)
    old = parsing.BLOCK, parsing.READ
    parsing.BLOCK, parsing.READ = block, read
    try:
        found = spans(iter_amounts(io.StringIO(text)))
    finally:
        parsing.BLOCK, parsing.READ = old
    assert found == shifted(pieces, separator)
