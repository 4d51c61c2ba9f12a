"""Extraction speed (issue 9, session 13): the faster steps give exactly what the plain rules give.

Each test holds a plain, slow statement of a rule beside the fast code that now applies it, and
checks that both answer alike on table rows and on generated texts.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.parsing import language
from aidcalc.words import STOP_WORDS

# -- the language scores: "$" windows and words that score nothing ---------------------------


def _plain_scores(sample: str) -> language.Scores:
    """The scoring as first written: the whole text's sign letters cut, then word by word."""
    scores = dict.fromkeys(STOP_WORDS, 0)
    cyrillic = latin = ukrainian = russian = 0
    for word in language._WORD_RE.findall(language._SIGN_LETTERS.sub(" ", sample)):
        found = language._points(word)
        if found[0]:
            cyrillic += 1
            ukrainian += found[1]
            russian += found[2]
            continue
        latin += 1
        for lang, point in found[1]:
            scores[lang] += point
    return language.Scores(scores, cyrillic, latin, ukrainian, russian)


@pytest.mark.parametrize(
    "text",
    [
        "au$5 and nz$ 3, $us 2; abcd$1 us$$au",
        "$",
        "$$$",
        "abc$",
        "$abc",
        "$abcd",
        "a$b$c$d",
        "australia pledged au$1.1 billion for the fund",
        "la france a donné 5 millions de dollars us$ et r$ 3 millions",
        "канада надала c$40 мільйонів, або us$28 мільйонів",
        "le fonds a reçu 3 milliards $us de la part des donateurs",
        "über 5 mio. us$ für die ukraine",
        "",
    ],
)
def test_sign_letters_cut_around_each_dollar_as_over_the_whole_text(text):
    assert language._without_sign_letters(text) == language._SIGN_LETTERS.sub(" ", text)
    assert language._scores(text) == _plain_scores(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab$ 1é_.üщ", max_size=40))
def test_sign_letters_windows_are_the_whole_text_substitution(text):
    assert language._without_sign_letters(text) == language._SIGN_LETTERS.sub(" ", text)


_WORDS = ["the", "der", "und", "les", "de", "i", "ir", "och", "für", "żeby", "і", "ы", "aid"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.sampled_from(["us$", "$au", "5", "AU$3"])),
        max_size=30,
    )
)
def test_scores_of_words_that_score_nothing_skipped_are_the_word_by_word_sum(words):
    sample = " ".join(words).casefold()
    assert language._scores(sample) == _plain_scores(sample)
