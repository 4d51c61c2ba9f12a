"""Issue 9 (pledgespeed12): speed-ups of the pledge candidates that change no reading. Each
short cut is checked against the long way it replaces, over the sentences of the news
passages in every text language and over sentences of my own."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import words
from aidcalc.news import cues
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
    """``sentence_language`` as it was before the short cut: every language's verbs counted
    (since lang12b, a capitalised verb after the sentence's first word only for the text's
    language: inside a sentence it is a name, "Les Pays-Bas")."""
    if text_language is None:
        return None
    found = language_scores(POSSESSIVE_RE.sub("", sentence).casefold())
    if found.cyrillic_words:
        return None
    evidence = dict(found.latin)
    opening = next((i for i, ch in enumerate(sentence) if ch.isalnum() or ch == "_"), -1)
    for lang in NEWS_LANGUAGES:
        verbs = sum(
            cue.kind != "aux"
            and (lang == text_language or cue.start == opening or not cue.text[0].isupper())
            for cue in find_cues(sentence, lang, VERB)
        )
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


# --- cue patterns: phrases gathered behind their first letter (cues._alternatives) ---

CUE_TABLES = ("BASIS", "CATEGORY", "FUTURE", "INTENTION", "MEASURE", "NOT_GIVING", "VERB")


def _plain_pattern(table: dict, lang: str) -> re.Pattern[str] | None:
    """``cues._compiled`` with the plain alternation of each kind's phrases."""
    groups, firsts = [], set()
    for index, by_lang in enumerate(table.values()):
        spec = by_lang.get(lang)
        if spec:
            # the same phrases ("od ####" with its month forms too: cues._with_months)
            phrases = sorted(cues._with_months(cues._phrases(spec), lang), key=len, reverse=True)
            firsts.update("12" if p.startswith("####") else p[0].casefold() for p in phrases)
            body = "|".join(cues.phrase_pattern(p, word_start=False) for p in phrases)
            groups.append(f"(?P<k{index}>{body})")
    if not groups:
        return None
    ahead = "(?=[" + re.escape("".join(sorted("".join(firsts)))) + "])"
    pattern = r"(?<!\w)" + ahead + "(?:" + "|".join(groups) + ")"
    if words.SCRIPTS.get(lang) in cues.UNSPACED_SCRIPTS:  # found inside runs: no word bounds
        pattern = pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", "")
    return re.compile(pattern, re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[str | None, int, int]]:
    return [(m.lastgroup, m.start(), m.end()) for m in pattern.finditer(text)]


CUE_CASES = [
    (name, lang)
    for name in CUE_TABLES
    for lang in sorted({lang for by_lang in getattr(words, name).values() for lang in by_lang})
]


@pytest.mark.parametrize(("name", "lang"), CUE_CASES, ids=[f"{n}-{g}" for n, g in CUE_CASES])
def test_gathered_cue_pattern_finds_what_the_plain_one_finds(name, lang):
    table = getattr(words, name)
    fast, plain = cues._compiled(table, lang), _plain_pattern(table, lang)
    assert (fast is None) == (plain is None)
    if fast is None:
        return
    own = " ".join(p for by_lang in table.values() for p in cues._phrases(by_lang.get(lang, "")))
    for text in [*SENTENCES, own, own.upper(), own.title(), f"x{own}x"]:
        assert _found(fast, text) == _found(plain, text), text


@pytest.mark.parametrize(
    ("phrases", "gathered"),
    [
        (["gave", "give*", "sent"], r"g(?:ave(?!\w)|ive\w*(?!\w))|sent(?!\w)"),
        (["Gave", "give"], r"g(?:ave(?!\w)|ive(?!\w))"),  # a capital is the same letter
        (["für", "fournit", "zugesagt"], r"f(?:ür(?!\w)|ournit(?!\w))|zugesagt(?!\w)"),
        (["надала", "надасть", "виділила"], r"н(?:адала(?!\w)|адасть(?!\w))|виділила(?!\w)"),
        (["since ####", "so far"], r"s(?:ince\s+(?:19|20)\d\d(?!\w)|o\s+far(?!\w))"),
        # kept plain: a year or an apostrophe first, two letters that one character matches
        (["#### budget", "gave"], r"(?:19|20)\d\d\s+budget(?!\w)|gave(?!\w)"),
        (["'s", "gave"], r"['’]s(?!\w)|gave(?!\w)"),
        (["kick", "\u212aelvin"], r"k(?:ick(?!\w)|elvin(?!\w))"),  # the Kelvin sign is a k
        (["sent", "ſent"], r"sent(?!\w)|ſent(?!\w)"),  # "ſ" is no "s" of its own: kept plain
    ],
)
def test_alternatives_table(phrases, gathered):
    assert cues._alternatives(phrases) == gathered
    plain = "|".join(cues.phrase_pattern(p, word_start=False) for p in phrases)
    one, other = (re.compile(rf"(?<!\w)(?:{p})", re.I) for p in (gathered, plain))
    text = " ".join([*phrases, *(p.upper() for p in phrases), "Gives KICK \u212aick ſince 2024"])
    assert _found(one, text) == _found(other, text)


# letters whose case-blind matches go beyond upper and lower case (ſ, the Kelvin sign, dotted
# and dotless i, final sigma) among the cue phrases' own letters
_LETTERS = "".join(
    sorted(
        {
            c
            for name in CUE_TABLES
            for by_lang in getattr(words, name).values()
            for spec in by_lang.values()
            for c in spec.replace("*", "")
        }
        | set("ſ\u212aİıςΣ'’- 0123")
    )
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(CUE_CASES),
    st.lists(
        st.one_of(
            st.text(_LETTERS, max_size=12),
            st.sampled_from(
                sorted(
                    {
                        p
                        for n in CUE_TABLES
                        for b in getattr(words, n).values()
                        for s in b.values()
                        for p in cues._phrases(s)
                    }
                )
            ),
        ),
        max_size=8,
    ).map(" ".join),
)
def test_gathered_cue_pattern_equals_the_plain_one_on_any_text(case, text):
    table = getattr(words, case[0])
    fast, plain = cues._compiled(table, case[1]), _plain_pattern(table, case[1])
    if fast is not None:
        assert _found(fast, text) == _found(plain, text)
        assert _found(fast, text.upper()) == _found(plain, text.upper())


# --- cues.count_cues: find_cues's count, no cue built ---


@pytest.mark.parametrize("name", CUE_TABLES)
def test_count_cues_counts_what_find_cues_finds(name):
    table = getattr(words, name)
    for lang in [*NEWS_LANGUAGES, "xx", None]:
        for but in ["", *table]:
            for sentence in SENTENCES[::3]:
                found = find_cues(sentence, lang, table)
                assert cues.count_cues(sentence, lang, table, but=but) == sum(
                    cue.kind != but for cue in found
                ), (lang, but, sentence)


@pytest.mark.parametrize(
    ("sentence", "lang", "count"),
    [
        ("Germany has pledged and will send more aid.", "en", 2),  # "has", "will": aux
        ("Deutschland hat 2 Mrd. Euro zugesagt und wird mehr bereitstellen.", "de", 2),
        ("Lietuva skyrė 10 mln. eurų ir suteiks daugiau.", "lt", 2),
        ("Polska przekazała Ukrainie 500 mln zł.", "pl", 1),
        ("Polska przekazała Ukrainie 500 mln zł.", "en", 0),
        ("No verb here: 500 million euros.", "en", 0),
    ],
)
def test_count_cues_table(sentence, lang, count):
    assert cues.count_cues(sentence, lang, VERB, but="aux") == count
