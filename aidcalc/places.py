"""Finding the countries a sentence names: by name, short code, demonym or capital.

Layer 2, beside ``aidcalc.countries``: the news layer finds donors and recipients with it
(``aidcalc.news.places`` re-exports it) and the parser the country that makes a compared
amount another giver's (``aidcalc.parsing.changes``).

Names are CLDR's territory names (babel) in the text's language and English, turned into
ISO 3166 alpha-3 by ``aidcalc.countries``; demonyms and capitals used as metonyms ("Vilnius
announced") come from ``data/geo/capitals_demonyms.csv``. A form matches the start of a word
followed by at most a few letters, so inflected languages are matched through stems
("Lietuva" finds "Lietuvos", "Ukrainai"); see ``data/geo/README.md``.

>>> text = "In September, Vilnius announced aid for Ukrainian drones"
>>> [(p.code, p.kind) for p in find_places(text)]
[('LTU', 'capital'), ('UKR', 'demonym')]
>>> [p.code for p in find_places("Lietuva skyrė Ukrainai paramą", lang="lt")]
['LTU', 'UKR']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ._paths import data_file
from .words import (
    EXTRA_LETTERS,
    FLEETING_VOWELS,
    INFLECTED,
    NAME_CASE_ENDINGS,
    NAME_LOCALES_ALSO,
    PLACE_CASE_FORMS,
)
from .words import NEWS_LANGUAGES as LANGUAGES
from .words import PLACE_SHORT_FORMS as SHORT_FORMS

# The words are data, one module per language in aidcalc/words/: EXTRA_LETTERS (how many
# letters may follow a form in a word: inflection, plural, adjective endings), INFLECTED (the
# languages whose CLDR names lose their final vowel to become stems) and SHORT_FORMS (short
# forms and codes, matched exactly and case-sensitively).
MAX_EXTRA = max(EXTRA_LETTERS.values())
MIN_STEM = 4  # shorter forms match only whole words
STEMMED = INFLECTED
VOWELS = frozenset("aeiouyąęėįųūаеиіїоуюяєы")  # a stem drops one at its end
# A Polish soft consonant at a name's end is written hard before a case ending (ś + i: si).
SOFT_FINALS = {"ś": "s", "ć": "c", "ń": "n", "ź": "z"}

WORD_RE = re.compile(r"[^\W\d_]+")
DOTTED_RE = re.compile(r"\b(?:[A-Z]\.){2,3}")


@dataclass(frozen=True, slots=True)
class Place:
    """A country named in a text: offsets, ISO 3166 alpha-3 (or ``EU``), how it was named."""

    start: int
    end: int
    code: str
    kind: str  # "name", "short", "capital" or "demonym"
    whole: bool = False  # written in full as listed (a name in the nominative), not inflected


class _Form(NamedTuple):
    words: tuple[str, ...]  # folded stems, one per word
    full: tuple[str, ...]  # the folded words as listed (a name in the nominative)
    code: str
    kind: str
    extra: int  # letters allowed after each stem
    capital: bool  # must the text write it with a capital letter?
    exact: bool  # whole words only, case kept (codes such as "US")


def _stem(word: str, lang: str) -> str:
    """Return a name's stem: without its nominative ending in lt ("-s"), uk and pl (a vowel),
    a final soft sign ("Білорусь": "Білорусі") or a Polish soft consonant written hard
    ("Białoruś": "Białorusi")."""
    if lang not in STEMMED:
        return word
    if lang == "lt" and len(word) > MIN_STEM + 1 and word.endswith("s"):
        word = word[:-1]
    if len(word) <= MIN_STEM:
        return word
    if word[-1] in VOWELS or word[-1] == "ь":
        return word[:-1]
    if word[-1] in SOFT_FINALS:
        return word[:-1] + SOFT_FINALS[word[-1]]
    return word


def case_forms(name: str, lang: str) -> list[str]:
    """Return the folded oblique case forms of a one-word country ``name`` that its stem does
    not find (``NAME_CASE_ENDINGS`` of ``lang``): a name too short to be a stem
    (``MIN_STEM``: "Чад", Chad: "Чаду", "Чадом") with each ending, and a name that drops its
    last vowel before them (``FLEETING_VOWELS``: Croatian "Egipat", "Egipta"; Slovenian
    "Jemen", "Jemnu") without that vowel, with each ending. Such a form is a whole word.

    >>> case_forms("Чад", "ru")
    ['чада', 'чаду', 'чадом', 'чаде']
    >>> case_forms("Egipat", "hr")
    ['egipta', 'egiptu', 'egiptom', 'egipte']
    >>> case_forms("Jemen", "sl"), case_forms("Moldavija", "sl"), case_forms("Čad", "en")
    (['jemna', 'jemnu', 'jemnom'], [], [])
    """
    endings = NAME_CASE_ENDINGS.get(lang, ())
    words = WORD_RE.findall(fold(name))
    if not endings or len(words) != 1:
        return []
    word = words[0]
    if len(_stem(word, lang)) < MIN_STEM and word[-1] not in VOWELS:
        return [word + ending for ending in endings]
    fleeting = FLEETING_VOWELS.get(lang, "")
    if (
        len(word) > MIN_STEM
        and word[-2] in fleeting
        and word[-1] not in VOWELS
        and word[-3] not in VOWELS
    ):
        return [word[:-2] + word[-1] + ending for ending in endings]
    return []


# Turkish writes two i's: dotted "İ i" and dotless "I ı". ``str.casefold`` turns "İ" into
# "i" and a combining dot (no letter: "İsveç" would split in two words) and keeps "ı", and
# the press writes "Isveç" for CLDR's "İsveç" (Sweden) where a font or keyboard lacks the
# dotted capital: all four fold to "i", in names and text alike.
DOTTED_I = str.maketrans({"İ": "i", "ı": "i"})


def fold(text: str) -> str:
    """Return ``text`` casefolded for matching names, the Turkish i's as one letter "i"
    (``DOTTED_I``), so that a folded word keeps its length.

    >>> fold("İsveç"), fold("Isveç"), fold("Irak'ın"), fold("Straße")
    ('isveç', 'isveç', "irak'in", 'strasse')
    """
    return text.translate(DOTTED_I).casefold()


@lru_cache(maxsize=1)
def _geo_rows() -> list[dict[str, str]]:
    with data_file("geo", "capitals_demonyms.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


BRACKETED_RE = re.compile(r"\s*\(([^()]+)\)\s*")


def _bracketed_names(territories: dict[str, str], table: dict[str, str]) -> dict[str, str]:
    """Return the names CLDR writes with a second name in brackets ("Mjanma (Birma)", "Myanmar
    (Burma)", "Мьянма (Бирма)"), each on its own -> alpha-3: the press writes one of them, in
    its cases ("w Mjanmie", "dla Birmy"), not both. The name outside the brackets counts only
    when no other territory's name leaves the same words ("Svatý Martin (Francie)" and "Svatý
    Martin (Nizozemsko)": neither); the one inside only then too, and only when it starts with
    a capital, holds no comma and names no other territory ("SRA Hongkong (Chiny)": China is
    no name of Hong Kong; "(region)", "(fr.)", "(USA, Kanada)" are no names).

    >>> from babel import Locale
    >>> from .countries import alpha2_to_alpha3
    >>> names = _bracketed_names(Locale.parse("pl").territories, alpha2_to_alpha3())
    >>> names["Mjanma"], names["Birma"], "Chiny" in names
    ('MMR', 'MMR', False)
    """
    outside: dict[str, list[str]] = {}
    inside: dict[str, str] = {}
    for alpha2, name in territories.items():
        found = BRACKETED_RE.search(name)
        code = table.get(alpha2)
        if found is None or code is None:
            continue
        rest = " ".join((name[: found.start()] + " " + name[found.end() :]).split())
        if CJK_RE.search(rest):  # "ココス(キーリング)諸島": no space between words
            rest = rest.replace(" ", "")
        outside.setdefault(rest, []).append(code)
        inner = found.group(1).strip()
        if inner[:1].isupper() and "," not in inner and not inner.endswith("."):
            inside[rest] = inner
    known = {fold(name) for name in territories.values()}
    names: dict[str, str] = {}
    for rest, codes in outside.items():
        if len(set(codes)) != 1 or fold(rest) in known or rest[:1].islower():
            continue
        names[rest] = codes[0]
        inner = inside.get(rest)
        if inner is not None and fold(inner) not in known and not inner.isupper():
            names[inner] = codes[0]
    return names


@lru_cache(maxsize=16)
def _index(langs: tuple[str, ...]) -> dict[str, list[_Form]]:
    """Return first folded stem -> forms, for the given languages."""
    from babel import Locale

    from .countries import EU, alpha2_to_alpha3

    table = alpha2_to_alpha3()
    index: dict[str, list[_Form]] = {}

    def add(text: str, code: str, kind: str, lang: str, capital: bool, exact: bool = False) -> None:
        full = tuple(WORD_RE.findall(fold(text)))
        if not full:
            return
        words = tuple(_stem(word, lang) for word in full) if kind == "name" else full
        form = _Form(words, full, code, kind, EXTRA_LETTERS[lang], capital, exact)
        index.setdefault(words[0], []).append(form)
        if any(not whole.startswith(stem) for whole, stem in zip(full, words, strict=True)):
            # "Białoruś" is no stem "białorus" and more: the nominative as written too
            index.setdefault(full[0], []).append(form._replace(words=full))

    for lang in langs:
        # "Немачка" and "Nemačka": a language written in two scripts reads the names of both
        for locale in (lang, *NAME_LOCALES_ALSO.get(lang, ())):
            territories = Locale.parse(locale).territories
            for alpha2, name in territories.items():
                code = EU if alpha2 == EU else table.get(alpha2)
                if code:
                    add(name, code, "name", lang, capital=True)
                    for form in case_forms(name, lang):  # "Чаду", "Egipta": never a subject
                        case = _Form((form,), (), code, "short", 0, True, False)
                        index.setdefault(form, []).append(case)
            for name, code in _bracketed_names(territories, table).items():
                add(name, code, "name", lang, capital=True)
        for short, code in SHORT_FORMS[lang].items():
            add(short, code, "short", lang, capital=True, exact=short.isupper())
        for form, code in PLACE_CASE_FORMS.get(lang, {}).items():
            # "za Moldovu", "Gaze pôjde": never the form as listed in the nominative (``full``
            # empty: ``Place.whole`` is False), so never a subject
            words = tuple(WORD_RE.findall(fold(form)))
            case = _Form(words, (), code, "short", 0, True, False)
            index.setdefault(words[0], []).append(case)
        for row in _geo_rows():
            if row["lang"] != lang:
                continue
            for capital in filter(None, row["capital"].split("|")):
                add(capital, row["iso3"], "capital", lang, capital=True)
            for demonym in filter(None, row["demonym"].split("|")):
                add(demonym, row["iso3"], "demonym", lang, capital=lang == "en")
    return index


def find_places(text: str, lang: str | None = None) -> list[Place]:
    """Return the countries ``text`` names, in order, without overlaps.

    ``lang`` (ISO 639-1) chooses the names, demonyms and capitals searched (with English ones
    always); without it, all supported languages are searched.
    """
    langs = tuple(sorted({lang, "en"})) if lang in LANGUAGES else LANGUAGES
    index = _index(langs)
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    folded = [fold(word) for _, _, word in words]
    places: list[Place] = []
    for start, end, code in _dotted(text, langs):
        places.append(Place(start, end, code, "short", True))
    taken = {p.start for p in places}
    # whether an entry of the index starts with each word (``_stems``, remembered per word):
    # ``_match_at`` finds nothing at a word with none, so it is not asked there
    stems = _stems_table(index)
    starts = list(map(stems.get, folded))
    if None in starts:
        starts = [
            _stems(index, word) if found is None else found
            for word, found in zip(folded, starts, strict=True)
        ]
    i = 0
    while i < len(words):
        if words[i][0] in taken or not starts[i]:
            i += 1
            continue
        found = _match_at(words, folded, i, index)
        if found is None:
            i += 1
            continue
        form, used = found
        whole = tuple(folded[i : i + used]) == form.full
        places.append(Place(words[i][0], words[i + used - 1][1], form.code, form.kind, whole))
        i += used
    if CJK_RE.search(text):  # "日本政府はウクライナに…": names inside runs without spaces
        places.extend(_cjk_places(text))
    places.sort(key=lambda place: place.start)
    return places


# A character of Japanese, Chinese or Korean writing: such text has no spaces between words.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Katakana (and its long mark): a name in it is a whole word only between other characters
# ("マリ" is Mali, not the start of "マリウポリ").
KATAKANA_RE = re.compile(r"[\u30a0-\u30ff]")


def _cjk_places(text: str) -> list[Place]:
    """The countries named in Japanese, Chinese or Korean writing: CLDR's territory names of
    those languages (two characters at least) and their ``PLACE_SHORT_FORMS`` ("米国",
    "한국"), found anywhere in a run of characters, the longest first; a name in katakana not
    inside a longer katakana word.

    >>> [(p.code, p.start) for p in _cjk_places("日本政府はウクライナに45億ドルの支援を表明した")]
    [('JPN', 0), ('UKR', 5)]
    """
    pattern, codes = _cjk_pattern()
    places = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if KATAKANA_RE.match(text, end) and KATAKANA_RE.match(text, end - 1):
            continue
        if start and KATAKANA_RE.match(text, start - 1) and KATAKANA_RE.match(text, start):
            continue
        places.append(Place(start, end, codes[match.group()], "name", True))
    return places


@lru_cache(maxsize=1)
def _cjk_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from babel import Locale

    from .countries import EU, alpha2_to_alpha3
    from .words import SCRIPTS

    table = alpha2_to_alpha3()
    codes: dict[str, str] = {}
    for lang, script in SCRIPTS.items():
        if script not in ("Jpan", "Hani", "Kore"):
            continue
        for alpha2, name in Locale.parse(lang).territories.items():
            code = EU if alpha2 == EU else table.get(alpha2)
            if code and len(name) >= 2 and CJK_RE.match(name):
                codes.setdefault(name, code)
        for name, code in _bracketed_names(Locale.parse(lang).territories, table).items():
            if len(name) >= 2 and CJK_RE.match(name):  # "ミャンマー (ビルマ)": "ミャンマー"
                codes.setdefault(name, code)
        for short, code in SHORT_FORMS.get(lang, {}).items():
            codes.setdefault(short, code)
    body = "|".join(re.escape(name) for name in sorted(codes, key=len, reverse=True))
    return re.compile(body), codes


def _dotted(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Return the dotted short forms ("U.S.", "U.K.") as (start, end, code)."""
    forms = {
        short: code for lang in langs for short, code in SHORT_FORMS[lang].items() if "." in short
    }
    return [
        (m.start(), m.end(), forms[m.group()])
        for m in DOTTED_RE.finditer(text)
        if m.group() in forms
    ]


def _match_at(words, folded, i, index) -> tuple[_Form, int] | None:
    """Return the longest form that starts at word ``i`` and how many words it covers."""
    word = folded[i]
    best: tuple[_Form, int] | None = None
    best_size = (0, 0, False)
    for length, forms in _stems(index, word):
        for form in forms:
            if not _word_fits(words[i][2], word, form.words[0], form):
                continue
            used = _rest_fits(words, folded, i, form)
            if used is None:
                continue
            size = (used, length, form.kind != "demonym")  # a tie: "Czechy" is the name
            if size > best_size:
                best, best_size = (form, used), size
    return best


def _stems(index: dict[str, list[_Form]], word: str) -> tuple[tuple[int, list[_Form]], ...]:
    """Return the (length, forms) of the index's entries that ``word`` (folded) starts with,
    from the whole word down to ``MAX_EXTRA`` letters shorter, longest first: remembered per
    index and word (``_STEMS``), as a sentence's words recur and most start no entry.

    >>> _stems(_index(("en",)), "ukrainian")[0][0], _stems(_index(("en",)), "said")
    (9, ())
    """
    table = _stems_table(index)
    found = table.get(word)
    if found is None:
        lowest = max(1, len(word) - MAX_EXTRA)
        found = tuple(
            (length, forms)
            for length in range(len(word), lowest - 1, -1)
            if (forms := index.get(word[:length]))
        )
        if len(table) >= _STEMS_MAX:
            table.clear()
        table[word] = found
    return found


def _stems_table(index: dict[str, list[_Form]]) -> dict[str, tuple]:
    """Return the table of ``_stems`` answers held for ``index``."""
    held = _STEMS.get(id(index))
    if held is None or held[0] is not index:
        held = _STEMS[id(index)] = (index, {})
    return held[1]


# {id(index): (index, {folded word: ``_stems``})}, filled as words are met
_STEMS: dict[int, tuple[dict, dict[str, tuple]]] = {}
_STEMS_MAX = 100_000  # words remembered per index before its table starts afresh


def _word_fits(raw: str, word: str, stem: str, form: _Form) -> bool:
    if form.exact:
        return raw.isupper() and len(raw) == len(stem)
    if form.capital and not raw[0].isupper():
        return False
    extra = len(word) - len(stem)
    if len(stem) < MIN_STEM:
        return extra == 0
    return 0 <= extra <= form.extra


def _rest_fits(words, folded, i, form: _Form) -> int | None:
    for offset, stem in enumerate(form.words[1:], start=1):
        j = i + offset
        if j >= len(words) or not folded[j].startswith(stem):
            return None
        # words of one name are next to each other ("United States", "Royaume-Uni")
        gap = words[j][0] - words[j - 1][1]
        if gap > 2 or not _word_fits(words[j][2], folded[j], stem, form._replace(capital=False)):
            return None
    return len(form.words)
