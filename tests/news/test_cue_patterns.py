"""``news.cues._compiled`` asks "no word character before" once, before all its phrases, and
finds what the pattern with that look-behind repeated before every phrase finds: the same
cues, of the same kinds, at the same places."""

from __future__ import annotations

import re

import pytest

from aidcalc import words
from aidcalc.news import cues
from aidcalc.news.cues import find_cues

TABLES = ("BASIS", "CATEGORY", "FUTURE", "INTENTION", "MEASURE", "NOT_GIVING", "VERB")


def _each_phrase_asks(table: dict, lang: str) -> re.Pattern[str] | None:
    """The pattern as first written: every phrase with its own look-behind."""
    groups, firsts = [], set()
    for index, by_lang in enumerate(table.values()):
        spec = by_lang.get(lang)
        if spec:
            phrases = sorted(cues._phrases(spec), key=len, reverse=True)
            firsts.update("12" if p.startswith("####") else p[0].casefold() for p in phrases)
            body = "|".join(cues.phrase_pattern(p) for p in phrases)
            groups.append(f"(?P<k{index}>{body})")
    if not groups:
        return None
    ahead = "(?=[" + re.escape("".join(sorted("".join(firsts)))) + "])"
    pattern = r"(?<!\w)" + ahead + "(?:" + "|".join(groups) + ")"
    if words.SCRIPTS.get(lang) in cues.UNSPACED_SCRIPTS:  # found inside runs: no word bounds
        pattern = pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", "")
    return re.compile(pattern, re.IGNORECASE)


SENTENCES = [
    "Germany pledged €500 million in military aid, and will deliver more air defence in 2025.",
    "Deutschland hat der Ukraine im Oktober 2 Mrd. Euro für Luftverteidigung zugesagt.",
    "La France a débloqué 300 millions d'euros d'aide humanitaire pour l'Ukraine.",
    "Rugsėjį Vilnius paskyrė 10 mln. eurų Ukrainos dronams ir karinei paramai.",
    "Polska przekazała Ukrainie 500 mln zł na pomoc humanitarną, a w 2024 r. więcej.",
    "Загалом Німеччина надала Україні понад 28 мільярдів євро військової допомоги.",
    "Sverige har lovat Ukraina 3 miljarder kronor i militärt stöd nästa år.",
    "The U.S. has not yet disbursed the $61bn it promised; it intends to pay in tranches.",
]

CASES = [
    (name, lang)
    for name in TABLES
    for lang in sorted({lang for by_lang in getattr(words, name).values() for lang in by_lang})
]


@pytest.mark.parametrize(("name", "lang"), CASES, ids=[f"{n}-{g}" for n, g in CASES])
def test_cue_pattern_finds_what_each_phrase_finds(name, lang):
    table = getattr(words, name)
    fast, plain = cues._compiled(table, lang), _each_phrase_asks(table, lang)
    assert (fast is None) == (plain is None)
    if fast is None:
        return
    own = " ".join(p for by_lang in table.values() for p in cues._phrases(by_lang.get(lang, "")))
    for text in [*SENTENCES, own, own.upper(), own.title(), f"x{own}x"]:
        found = [(m.span(), m.lastgroup) for m in fast.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("sentence", "lang", "kinds"),
    [
        ("Germany pledged €500 million in military aid.", "en", ["military"]),
        ("Die Ukraine erhält humanitäre Hilfe im Wert von 5 Mio. Euro.", "de", ["humanitarian"]),
        ("Polska przekazała 500 mln zł na pomoc humanitarną.", "pl", ["humanitarian"]),
    ],
)
def test_category_cues_found(sentence, lang, kinds):
    assert [cue.kind for cue in find_cues(sentence, lang, words.CATEGORY)] == kinds
