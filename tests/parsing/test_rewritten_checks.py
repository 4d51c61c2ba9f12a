"""Checks rewritten for speed give what the expressions they replace gave (issue 9, "Speed is
part of the design"): each old expression is kept here as the reference and compared on a table
of real forms and on any text hypothesis draws."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.parsing.side_value import SENTENCE_WORDS, _has_words


def _has_words_before(piece: str, least: int) -> bool:
    """``side_value._has_words`` as it was: a generator over each word's characters."""
    count = 0
    for word in piece.split():
        if (len(word) > 1 and word.isalpha()) or sum(c.isalpha() for c in word) >= 2:
            count += 1
            if count >= least:
                return True
    return False


WORD_PIECES = [
    "AU$1.1 billion",
    "Kyiv got €5m from them",
    "Die EU gibt 1 Billion Euro",
    "£2½m for the 2nd tranche",
    "x² y³ z",
    "З 1,5 млрд доларів США",
    "Η Ελλάδα δίνει 5 εκατ. ευρώ",
    "3兆円を 拠出",
    "d'euros l'aide u.s. e.u. a b",
    "ponad 2 mld zł dla Ukrainy",
    "",
]


@pytest.mark.parametrize("piece", WORD_PIECES)
@pytest.mark.parametrize("least", [1, 2, SENTENCE_WORDS])
def test_has_words_as_before(piece, least):
    assert _has_words(piece, least) is _has_words_before(piece, least)


@given(
    st.lists(
        st.sampled_from(list("ab é1²½ .'-€$\u0301\u00a0ж日") + ["\n", "mln"]), max_size=40
    ).map("".join),
    st.integers(min_value=1, max_value=5),
)
@settings(max_examples=500, deadline=None)
def test_has_words_as_before_on_any_text(piece, least):
    assert _has_words(piece, least) is _has_words_before(piece, least)
