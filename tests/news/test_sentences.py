"""Sentence splitting: abbreviations, wrapped lines, quotes."""

from __future__ import annotations

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
