"""aidcalc/words/: one module of plain data per language, one registry that merges them.

The code reads the registry's tables and nothing else: the parser finds every qualifier of every
language module, the news modules hold no word lists of their own, and a new language is one
module plus one line in ``LANGUAGES``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from types import ModuleType

import pytest

import aidcalc.words as words
from aidcalc import parse_amount
from aidcalc.words import LANGUAGES, build

PACKAGE = Path(words.__file__).resolve().parent.parent
WORDS = PACKAGE / "words"
NOT_LANGUAGES = {"__init__", "currency"}


def test_the_registry_lists_every_language_module():
    modules = {path.stem for path in WORDS.glob("*.py")} - NOT_LANGUAGES
    assert set(LANGUAGES) == modules
    for code, module in LANGUAGES.items():
        assert module.__name__ == f"aidcalc.words.{code}"
    assert {"en", "de", "fr", "lt", "uk", "pl", "ru", "es", "it", "pt", "nl"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_a_language_module_is_plain_data(code):
    tree = ast.parse((WORDS / f"{code}.py").read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring and "curated by the project" in docstring.casefold()
    for node in tree.body[1:]:
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module == "decimal"  # stdlib only, never aidcalc
            continue
        assert isinstance(node, (ast.Assign, ast.AnnAssign)), ast.dump(node)[:80]
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            assert isinstance(target, ast.Name) and target.id.isupper(), ast.dump(target)
    # a table written twice (two branches each adding it) would keep only the later one; one
    # that extends itself ("CUE_PHRASES = (*CUE_PHRASES, …)") keeps both
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
        and not any(
            isinstance(name, ast.Name) and name.id == target.id for name in ast.walk(node.value)
        )
    ]
    twice = sorted({name for name in names if names.count(name) > 1})
    assert not twice, f"{code}.py assigns {twice} more than once: join them into one table"
    for node in ast.walk(tree):
        assert not isinstance(node, (ast.FunctionDef, ast.Lambda, ast.ClassDef, ast.Import))
    assert isinstance(LANGUAGES[code].SCRIPT, str)


def test_the_registry_tables_are_built_from_the_modules():
    tables = build(LANGUAGES)
    for name, value in tables.items():
        assert getattr(words, name) == value, name
    assert words.NEWS_LANGUAGES == (
        "en",
        "de",
        "fr",
        "lt",
        "uk",
        "pl",
        "ru",  # actors15: Russian giving verbs, cases and offices
        "es",
        "it",
        "pt",
        "nl",
        "ro",
        "da",
        "sv",
        "nb",
        "bg",  # lang13: Bulgarian giving verbs
        "cs",
        "sk",
        "fi",
        "hr",
        "el",  # lang13: Greek giving verbs
        "tr",  # issue 13 (actors13): Turkish giving verbs
        "sl",  # langs14: Slovenian giving verbs
        "sr",  # trialfixc16: Serbian giving verbs, both scripts
        "mk",  # mk16b: Macedonian giving verbs
    )
    # the module's own forms first, then its negated "over" forms (numfix: "nie więcej niż")
    own = LANGUAGES["pl"].QUALIFIERS["up_to"]
    up_to = words.QUALIFIER_FORMS["up_to"]["pl"]
    assert up_to[: len(own)] == own
    assert set(up_to[len(own) :]) == {f"nie {form}" for form in LANGUAGES["pl"].QUALIFIERS["over"]}
    assert words.FILLER_LANGS["de"] == {"fr", "es", "pt", "ro"}
    assert {"-", "to", "bis", "iki", "до"} <= words.RANGE_JOINERS_ALONE


def test_the_code_reads_the_registry():
    from aidcalc import countries, places  # the gazetteer is layer 2 (issue 9 parser9)
    from aidcalc.news import cues, dates, donors, institutions, sentences
    from aidcalc.parsing import language, numbers

    assert cues.VERB is words.VERB and cues.MEASURE is words.MEASURE
    assert cues.PHRASES is words.CUE_PHRASES
    # month names of every registry language, not only the news languages (issue 11, dates11)
    assert dates.SINCE is words.SINCE and dates.REGISTRY is words.LANGUAGES
    assert places.SHORT_FORMS is words.PLACE_SHORT_FORMS
    assert places.LANGUAGES is words.NEWS_LANGUAGES
    assert language.STOP_WORDS is words.STOP_WORDS
    assert sentences.ABBREVIATIONS is words.ABBREVIATIONS
    assert donors.INFLECTED is words.INFLECTED  # the donor rules moved out of candidates
    assert institutions.INSTITUTIONS is words.INSTITUTIONS
    assert donors.AGENT_MARKERS is words.AGENT_MARKERS
    assert numbers.UNITS is LANGUAGES["en"].UNITS
    assert countries.EU_INSTITUTIONS is LANGUAGES["en"].EU_INSTITUTIONS


def test_no_code_module_writes_out_the_languages():
    """The tuple of news languages is the registry's alone."""
    six = re.compile(r"""\(\s*"en",\s*"de",\s*"fr",\s*"lt",\s*"uk",\s*"pl"\s*\)""")
    for path in PACKAGE.rglob("*.py"):
        if path.parent != WORDS:
            assert not six.search(path.read_text(encoding="utf-8")), path


QUALIFIERS = [
    (code, kind, form)
    for code, module in LANGUAGES.items()
    for kind, forms in getattr(module, "QUALIFIERS", {}).items()
    for form in forms
]


@pytest.mark.parametrize(("code", "kind", "form"), QUALIFIERS)
def test_parse_amount_reads_every_qualifier_of_every_language(code, kind, form):
    assert parse_amount(f"{form} 5 EUR", lang=code).qualifier == kind


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("über 5 Millionen Euro", "de", "over"),
        ("environ 3 millions d'euros", "fr", "approx"),
        ("daugiau nei 10 mln. eurų", "lt", "over"),
        ("понад 2 млрд гривень", "uk", "over"),
        ("około 5 mln zł", "pl", "approx"),
        ("do 5 mln zł", "pl", "up_to"),
        ("bijna 3 miljoen euro", "nl", "under"),
    ],
)
def test_qualifiers_in_news_phrases(text, lang, qualifier):
    assert parse_amount(text, lang=lang).qualifier == qualifier


def test_a_new_language_is_one_module_and_one_registry_line():
    extra = ModuleType("aidcalc.words.xx")
    extra.SCRIPT = "Latn"
    extra.QUALIFIERS = {"over": ["zorp"], "up_to": ["blit"]}
    extra.RANGE_OPENERS = ("twix",)
    extra.FILLERS = ("oq",)
    extra.VERBS = {"give": "gav*"}
    extra.STOP_WORDS = "qa qe"
    extra.PLACE_SHORT_FORMS = {"XQ": "USA"}
    extra.EXTRA_LETTERS = 2
    tables = build({**LANGUAGES, "xx": extra})
    assert tables["QUALIFIER_FORMS"]["over"]["xx"] == ["zorp"]
    assert tables["QUALIFIER_FORMS"]["up_to"]["xx"] == ["blit"]
    assert "xx" not in tables["QUALIFIER_FORMS"]["approx"]
    assert "twix" in tables["RANGE_OPENERS"]
    assert tables["FILLER_LANGS"]["oq"] == {"xx"}
    assert tables["NEWS_LANGUAGES"] == (*words.NEWS_LANGUAGES, "xx")
    assert tables["VERB"]["give"]["xx"] == "gav*"
    assert tables["STOP_WORDS"]["xx"] == {"qa", "qe"}
    assert tables["PLACE_SHORT_FORMS"]["xx"] == {"XQ": "USA"}
    # the languages that are there keep their tables
    assert tables["QUALIFIER_FORMS"]["over"]["de"] == words.QUALIFIER_FORMS["over"]["de"]
    assert tables["RANGE_JOINERS"] == words.RANGE_JOINERS
