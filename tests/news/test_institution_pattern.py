"""``news.institutions._compiled`` asks "no word character before" once, before all its
phrases, and matches at every word start what the pattern with that look-behind inside every
phrase matches: the same institution, the same code, the same words."""

from __future__ import annotations

import re

import pytest

from aidcalc.news import institutions
from aidcalc.news.cues import phrase_pattern
from aidcalc.news.institutions import find_institutions
from aidcalc.words import INSTITUTIONS


def _each_phrase_asks(lang: str | None) -> re.Pattern[str]:
    """The pattern as first written: every phrase with its own look-behind."""
    langs = [lang] if lang in INSTITUTIONS and lang != "en" else []
    phrases = [
        form for code_lang in ["en", *langs] for forms in INSTITUTIONS[code_lang].values()
        for form in forms
    ]  # fmt: skip
    phrases.sort(key=len, reverse=True)
    groups = []
    for index, form in enumerate(phrases):
        body = phrase_pattern(form)
        acronym = form.isupper() and len(form) > 1
        groups.append(f"(?P<i{index}>" + (f"(?-i:{body})" if acronym else body) + ")")
    return re.compile("|".join(groups), re.IGNORECASE)


LANGS = [*sorted(INSTITUTIONS), None]


@pytest.mark.parametrize("lang", LANGS)
def test_institution_pattern_matches_what_each_phrase_matches(lang):
    fast, plain = institutions._compiled(lang)[0], _each_phrase_asks(lang)
    forms = [
        form for code_lang in {"en", lang} & set(INSTITUTIONS)
        for forms in INSTITUTIONS[code_lang].values() for form in forms
    ]  # fmt: skip
    joined = " ".join(forms)
    # as written, in capitals, glued after a digit or an underscore (no word start there)
    for text in (joined, joined.upper(), "5" + " 5".join(forms), "_".join(forms)):
        for word in institutions.WORD_RE.finditer(text):
            a, b = fast.match(text, word.start()), plain.match(text, word.start())
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The Pentagon and the German government", "en", [("USA", "Pentagon"), ("", "government")]),
        ("Уряд Японії надав Україні", "uk", [("", "Уряд")]),
        (
            "Die Bundesregierung und das Verteidigungsministerium sagten zu",
            "de",
            [("", "Bundesregierung"), ("", "Verteidigungsministerium")],
        ),
        ("Die Bundeswehr und das Weiße Haus", "de", [("DEU", "Bundeswehr"), ("USA", "Weiße Haus")]),
        ("Rząd przeznaczy 40 mln zł", "pl", [("", "Rząd")]),
        ("the 5government said", "en", []),  # no word start before "government"
    ],
)
def test_institutions_found(text, lang, found):
    assert [(i.code, i.text) for i in find_institutions(text, lang)] == found
