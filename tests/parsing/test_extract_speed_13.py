"""Extraction speed (issue 9, session 13): the faster steps give exactly what the plain rules give.

Each test holds a plain, slow statement of a rule beside the fast code that now applies it, and
checks that both answer alike on table rows and on generated texts.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.parsing import atoms, context, extract_amounts, language
from aidcalc.parsing.lexicon import lexicon
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


# -- no time the square of a text's tail: the scans stop at the last token or word -------------

# a line and a file separator too, made by ``chr``: in a literal they would cut the lines of
# the JSON-lines record of ``benchmarks/differential.py``, which splits at them
_TAIL_CHARACTERS = "ab 1\n.,$é-'_\u00a0\u2009\u200b²¼(€" + chr(0x2028) + chr(0x1C)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_TAIL_CHARACTERS, max_size=30))
def test_the_token_scan_up_to_the_last_token_is_the_whole_scan(text):
    last = len(text.rstrip()) if text[-1:].isspace() else len(text)
    assert atoms._SCAN_TOKENS.findall(text, 0, last) == atoms._SCAN_TOKENS.findall(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_TAIL_CHARACTERS, max_size=30))
def test_the_word_scan_up_to_the_last_word_is_the_whole_scan(text):
    tail = context._NO_LETTERS.match(text[::-1]).end()
    found = context._GAP_WORD.findall(text, 0, len(text) - tail)
    assert found == context._GAP_WORD.findall(text)


class _Bounds:
    """A compiled pattern that records the end position of each ``findall`` it is asked for:
    the scans' work is bounded by how far they read, so the tests below check that bound
    instead of timing the scans (speed is measured in ``benchmarks/``, never by a timed test).
    """

    def __init__(self, pattern):
        self.pattern, self.ends = pattern, []

    def findall(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.ends.append(end)
        return self.pattern.findall(text, pos, end)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("Germany gave €5 million to Ukraine." + " " * 20_000, ["EUR 5000000"]),
        ("Germany gave €5 million to Ukraine.\n" + "\n" * 20_000, ["EUR 5000000"]),
        ("Polska przekazała 500 mln zł." + "\u00a0 " * 10_000, ["PLN 500000000"]),
    ],
)
def test_a_long_run_of_spaces_at_the_end_is_never_scanned(text, amounts, monkeypatch):
    # before: the scan ran to the text's end, every space of the tail trying the token
    # expression (about 5 s for 10,000 spaces, 46 s for 30,000); it stops at the last token
    bounds = _Bounds(atoms._SCAN_TOKENS)
    monkeypatch.setattr(atoms, "_SCAN_TOKENS", bounds)
    assert [str(m.amount) for m in extract_amounts(text)] == amounts
    assert bounds.ends and max(bounds.ends) <= len(text.rstrip())


def test_a_long_tail_without_letters_is_never_scanned_for_countries(monkeypatch):
    # before: 1.4 s for 3,000 numbers after the last word ("1, 1, 1, …": a pasted column)
    text = "Canada gave $5 million to Ukraine. " + "1, " * 3_000
    lex = lexicon()
    named = context.named_countries(text, lex)
    assert [text[n.start : n.end] for n in named] == ["Canada", "Ukraine"]
    bounds = _Bounds(context._GAP_WORD)
    monkeypatch.setattr(context, "_GAP_WORD", bounds)
    context.named_countries.__wrapped__(text + "2", lex)
    assert bounds.ends and max(bounds.ends) <= text.index("Ukraine") + len("Ukraine.")
