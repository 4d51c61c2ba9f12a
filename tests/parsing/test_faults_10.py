"""Issue 9, parser10: the parser faults the last helpers found and left. One table per kind,
several forms of each in several languages, on ``parse_amount`` and ``extract_amounts`` with
``refused=``."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount


def _read(text: str, lang: str | None = None) -> tuple[list[tuple[str, int | None]], list]:
    refused: list = []
    found = extract_amounts(text, lang=lang, refused=refused)
    return [(str(m.amount), m.equivalent_of) for m in found], refused


# --- 1. a stop with a bracket or quote mark after it ends the sentence --------------------------

MARKED_STOPS = [  # (text, readings): each sentence's own language decides its scale words
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.(La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.)La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.) La France a "
        "débloqué 300 millions d'euros pour l'Ukraine.",
        [("GBP 1500000000", None), ("approx USD 1900000000", 0), ("EUR 300000000", None)],
    ),
    (
        "Canada will lend $2 billion to the Ukraine.' Der Bundestag hat die Mittel für die "
        "Ukraine bewilligt.",
        [("USD 2000000000", None)],
    ),
    (
        "Japan committed $4.5 billion.” Die Bundesregierung hat der Ukraine weitere Hilfen "
        "zugesagt.",
        [("USD 4500000000", None)],
    ),
    (
        "Japan committed $4.5 billion.»Die Bundesregierung hat der Ukraine weitere Hilfen "
        "zugesagt.",
        [("USD 4500000000", None)],
    ),
    (  # the other way round: the French sentence keeps its long scale
        "Le gouvernement a promis 1,5 billion d'euros à l'Ukraine.\"Britain will give much "
        "more money to Kyiv in loans.",
        [("EUR 1500000000000", None)],
    ),
    (
        "Die Regierung hat der Ukraine 2 Billionen Euro versprochen.) Britain will give much "
        "more money to Kyiv in loans.",
        [("EUR 2000000000000", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), MARKED_STOPS)
def test_a_stop_before_a_bracket_or_quote_ends_the_sentence(text, want):
    found, refused = _read(text)
    assert found == want
    assert refused == []
    assert str(parse_amount(text)) == want[0][0]


def test_a_stop_in_brackets_before_a_lower_case_word_cuts_nothing():
    from aidcalc.parsing.grammar import Reader

    cuts = Reader('Aid of €5m (approx.) was sent; "U.S." funds (in loans.) The', None, None)
    assert cuts.sentence_cuts()[3] == ([53], 4)  # the last stop only
