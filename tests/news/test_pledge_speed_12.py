"""Issue 9 (pledgespeed12): speed-ups of the pledge candidates that change no reading. Each
short cut is checked against the long way it replaces, over the sentences of the news
passages in every text language and over sentences of my own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc.news.cues import VERB, find_cues
from aidcalc.news.language import POSSESSIVE_RE, sentence_language
from aidcalc.news.sentences import split_sentences
from aidcalc.parsing.language import language_scores
from aidcalc.words import NEWS_LANGUAGES

sys.path.insert(0, str(Path(__file__).parent))
import passages as P  # noqa: E402


def _passage_sentences() -> list[str]:
    texts = [
        item[1] for group in (P.PASSAGES, P.HELD_OUT, P.HELD_OUT_3, P.HELD_OUT_4) for item in group
    ]
    return [text[a:b] for text in texts for a, b in split_sentences(text)]


SENTENCES = _passage_sentences()
LANGUAGES = [*NEWS_LANGUAGES, "uk", "ru", "xx", None]


def _sentence_language_long_way(sentence: str, text_language: str | None) -> str | None:
    """``sentence_language`` as it was before the short cut: every language's verbs counted."""
    if text_language is None:
        return None
    found = language_scores(POSSESSIVE_RE.sub("", sentence).casefold())
    if found.cyrillic_words:
        return None
    evidence = dict(found.latin)
    for lang in NEWS_LANGUAGES:
        verbs = sum(cue.kind != "aux" for cue in find_cues(sentence, lang, VERB))
        evidence[lang] = evidence.get(lang, 0) + 2 * verbs
    if evidence.get(text_language, 0):
        return None
    best = max(evidence, key=evidence.get)
    return best if evidence[best] >= 2 else None


# sentences of my own: a sentence in another language than the text's, one with only a verb of
# the text's language, one with no word of any language, ties of verbs
@pytest.mark.parametrize(
    ("sentence", "text_language", "expected"),
    [
        ("The Netherlands pledged €300 million.", "de", "en"),
        ("Die Niederlande sagten 300 Millionen Euro zu.", "en", "de"),
        ("La France a promis 300 millions d'euros à l'Ukraine.", "de", "fr"),
        ("Nederland belooft 300 miljoen euro.", "de", "nl"),
        ("Szwecja przekazała 30 mln euro.", "en", "pl"),
        ("Ruotsi lahjoitti 30 miljoonaa euroa.", "de", "fi"),
        ("Deutschland zugesagt 2 Mrd. Euro.", "de", None),  # the text's verb alone keeps it
        ("Germany pledged €2bn.", "en", None),
        ("€2bn, $3bn.", "de", None),  # no word of any language
        ("Німеччина надала 2 млрд євро.", "de", None),  # Cyrillic keeps the text's
        ("Germany pledged €2bn.", None, None),
    ],
)
def test_sentence_language_table(sentence, text_language, expected):
    assert sentence_language(sentence, text_language) == expected
    assert _sentence_language_long_way(sentence, text_language) == expected


def test_sentence_language_equals_the_long_way_over_the_passages():
    assert len(SENTENCES) > 400
    differ = [
        (sentence, lang)
        for sentence in SENTENCES
        for lang in LANGUAGES
        if sentence_language(sentence, lang) != _sentence_language_long_way(sentence, lang)
    ]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join),
    st.sampled_from(LANGUAGES),
)
def test_sentence_language_equals_the_long_way_on_mixed_sentences(sentence, lang):
    assert sentence_language(sentence, lang) == _sentence_language_long_way(sentence, lang)
