"""Sentence splitting: abbreviations, wrapped lines, quotes."""

from __future__ import annotations

import pytest

from aidcalc.news.sentences import split_sentences


def test_sentences_keep_abbreviations_together():
    text = (
        "On Nov. 4 the U.S. Defense Dept. said 5 Mio. Euro were sent. Dr. Smith agreed! "
        "Lietuva skyrė 10 mln. eurų. Kyiv thanked Vilnius?\nHeadline line\n\nNew para"
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "On Nov. 4 the U.S. Defense Dept. said 5 Mio. Euro were sent.",
        "Dr. Smith agreed!",
        "Lietuva skyrė 10 mln. eurų.",
        "Kyiv thanked Vilnius?",
        "Headline line",
        "New para",
    ]


def test_wrapped_lines_are_one_sentence():
    text = "Lithuania has provided Ukraine with\nmilitary support. Then more."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Lithuania has provided Ukraine with\nmilitary support.",
        "Then more.",
    ]


def test_quotes_end_sentences():
    text = '"We agreed," he said. "It is done." Next.'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        '"We agreed," he said.',
        '"It is done."',
        "Next.",
    ]


# --- language, places, dates --------------------------------------------------------------------


# (text, sentences): a day number before a month name is no sentence end; a currency written
# last ends one before a capital letter, in several languages.
ORDINALS_AND_CURRENCIES = [
    (
        "Am 24. Februar sagte Schweden zu. Das ist neu.",
        ["Am 24. Februar sagte Schweden zu.", "Das ist neu."],
    ),
    ("Bis zum 3. Oktober kam nichts. Dann Geld.", ["Bis zum 3. Oktober kam nichts.", "Dann Geld."]),
    ("Er kam am 3. Dann ging er.", ["Er kam am 3.", "Dann ging er."]),
    (
        "Polska dała 500 mln zł. Kijów podziękował.",
        ["Polska dała 500 mln zł.", "Kijów podziękował."],
    ),
    ("Україна отримала 5 млн грн. Це багато.", ["Україна отримала 5 млн грн.", "Це багато."]),
    ("Sverige gav 5 mdr kr. Ukraina tackade.", ["Sverige gav 5 mdr kr.", "Ukraina tackade."]),
    ("Česko dalo 5 mil. Kč. Kyjev děkoval.", ["Česko dalo 5 mil. Kč.", "Kyjev děkoval."]),
    (
        "Polska dała 500 zł. (ok. 115 euro) na pomoc.",
        ["Polska dała 500 zł. (ok. 115 euro) na pomoc."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), ORDINALS_AND_CURRENCIES)
def test_ordinal_dates_and_currencies_at_sentence_ends(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text)] == sentences
