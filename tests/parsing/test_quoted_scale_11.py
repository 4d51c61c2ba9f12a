"""A scale word read by the words around it: a quote's own language, a lower-case "billion"
among German words, and a caller's ``lang`` that the words around contradict (issue 11,
quotes11 item 2: never a silent thousandfold)."""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount
from aidcalc.parsing.side_value import _quoted, writes_scale

# (text, lang, amounts as (str(Amount), assumptions holding a scale code or None))
READINGS = [
    # a quote in English inside a German sentence: its own words decide
    (
        "Die Bundesregierung sagte 3 Milliarden Euro zu. „We will give 2 billion dollars“, "
        "sagte Biden.",
        None,
        [("EUR 3000000000", None), ("USD 2000000000", None)],
    ),
    (
        'Der Minister erklärte: "Canada will provide 4 billion dollars in loans."',
        None,
        [("USD 4000000000", None)],
    ),
    # a lower-case "billion" among German words is no German word
    ("Die USA kündigten $2 billion an.", None, [("USD 2000000000", "short-scale")]),
    # ... nor after a German qualifier alone: the amount's only German word (it read 5x10^12)
    ("über $5 billion", None, [("over USD 5000000000", "short-scale")]),
    ("rund 3 billion dollars", None, [("approx USD 3000000000", "short-scale")]),
    ("über 5 Billionen Euro", None, [("over EUR 5000000000000", None)]),
    # French by its own words ("de", the elided "d'": lang13), so its "billion" is the French
    # 10^12 by the text's language, as with lang="fr" below; before, no word told the language
    # and the power was recorded as a default
    ("plus de 5 billion d'euros", None, [("over EUR 5000000000000", None)]),
    ("Die USA kündigten $2 billion an.", "de", [("USD 2000000000", "short-scale")]),
    (
        "Die Vereinigten Staaten haben der Ukraine weitere 1,5 billion Dollar zugesagt.",
        "de",
        [("USD 1500000000", "short-scale")],
    ),
    # the German word itself stays German
    ("Die EU gibt der Ukraine 1 Billion Euro.", None, [("EUR 1000000000000", None)]),
    ("Die EU gibt der Ukraine 1 Billion Euro.", "de", [("EUR 1000000000000", None)]),
    # French writes "billion" lower-case for 10^12: its own word
    ("La France donne 1 billion d'euros à l'Ukraine.", "fr", [("EUR 1000000000000", None)]),
    # a caller's German for an English quote or sentence: the caller's power, recorded
    (
        'Die Regierung sagte 3 Mrd. Euro zu. Laut Reuters: "Germany will provide 1.5 billion '
        'euros more."',
        "de",
        [("EUR 3000000000", None), ("EUR 1500000000000", "scale-default")],
    ),
    (
        "Die EU sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion.",
        "de",
        [("EUR 5000000000", None), ("USD 2000000000000", "scale-default")],
    ),
    # no words around: the caller's language, as before (recorded when the text is not its)
    ("1 billion euros", "de", [("EUR 1000000000000", "scale-default")]),
]

SCALE_CODES = {"short-scale", "scale-default"}


@pytest.mark.parametrize(("text", "lang", "expected"), READINGS)
def test_a_scale_word_is_read_by_the_words_around_it(text, lang, expected):
    found = extract_amounts(text, lang=lang)
    got = [(str(m.amount), next(iter(SCALE_CODES & set(m.assumptions)), None)) for m in found]
    assert got == expected


def test_parse_amount_reads_the_same():
    assert parse_amount("Die USA kündigten $2 billion an.").value == 2 * 10**9
    with pytest.raises(ValueError, match="default"):
        parse_amount("Die USA kündigten $2 billion an.", strict=True)


@pytest.mark.parametrize(
    ("lang", "written", "writes"),
    [
        ("de", "billion", False),
        ("de", "Billion", True),
        ("de", "milliarden", False),
        ("de", "Milliarden", True),
        ("fr", "billion", True),
        ("da", "billion", True),
        ("en", "billion", True),
        ("xx", "billion", True),  # a language CLDR does not know: no evidence against
    ],
)
def test_writes_scale_reads_the_capitals_of_cldr(lang, written, writes):
    assert writes_scale(lang, written) is writes


@pytest.mark.parametrize(
    ("text", "at", "quoted"),
    [
        ('Er sagte: "We give 2 billion." Dann', "2", "We give 2 billion."),
        ("„Wir geben 2 Mrd.“, sagte sie.", "2", "Wir geben 2 Mrd."),
        ("« Nous donnons 2 milliards », a-t-il dit.", "2", " Nous donnons 2 milliards "),
        ('"Yes," he said, and gave 2 billion.', "2", None),  # the quote closed before it
        ("Sie gab 2 Mrd. Euro.", "2", None),
    ],
)
def test_quoted_finds_the_quote_around_an_amount(text, at, quoted):
    bounds = _quoted(text, 0, len(text), text.index(at))
    assert (text[slice(*bounds)] if bounds else None) == quoted
