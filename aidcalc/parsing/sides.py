"""One end of an amount while it is read (``Side``), and the constants and small helpers
the reading steps share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..words import (
    LANGUAGES,
)
from .atoms import (
    NUM,
    Atom,
)  # fmt: skip
from .lexicon import lexicon
from .numbers import (
    GROUP_ONLY,
    regular_grouping,
)
from .tokens import strip_accents

SIGNS = ("-",)  # the minus sign U+2212 is "-" once the text is cleaned


@dataclass(slots=True)
class Side:
    """One end of an amount while it is being read."""

    value: Decimal | None = None
    number_text: str = ""
    scales: tuple[dict[str, int], ...] = ()
    minor: Decimal | None = None  # "20 dollars 43 cents": the 43 cents, in main units
    currency: list = field(default_factory=list)
    langs: list = field(default_factory=list)
    number_start: int = -1  # character offset of the number, for the symbol's position
    exponent: int = 0  # written power of ten: "2.5E6"
    negative: bool = False  # "-€3 million", "€ -15.00"
    addends: list = field(default_factory=list)  # "2 billion 300 million": the 300 million
    split: bool = False  # "118, 99 TL": a number split by a space after its decimal mark
    magnitude: int = 0  # "two billion" in words: the last magnitude word's value (10**9)
    plus: Decimal = Decimal(0)  # "un milione e mezzo", "£2½m": a fraction added to the count
    qualifier: str | None = None  # "5 billion-plus euros", "€5bn plus to Kyiv": over


UNKNOWN = object()
NO_LANGS: frozenset[str] = frozenset()


def _curated(langs: frozenset[str] | None) -> frozenset[str] | None:
    """The languages aidcalc curates words for among ``langs``, else ``langs``: "Millionen" is
    German, though Colognian (``ksh``, decimal point in CLDR) spells it too."""
    if not langs:
        return langs
    return langs & CURATED or langs


CURATED = frozenset(LANGUAGES)
_SCALE_LANGS: dict[int, tuple[dict, frozenset[str]]] = {}


def _scale_langs(scale: dict[str, int]) -> frozenset[str]:
    """The languages that write a scale word (its dict's keys), remembered per lexicon dict."""
    cached = _SCALE_LANGS.get(id(scale))
    if cached is not None and cached[0] is scale:
        return cached[1]
    langs = frozenset(scale)
    if len(_SCALE_LANGS) >= 4096:  # scales made while reading ("deux mille") fill it: afresh
        _SCALE_LANGS.clear()
    _SCALE_LANGS[id(scale)] = (scale, langs)  # kept with the dict, whose id stays its own
    return langs


@lru_cache(maxsize=64)
def _number_tokens(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return (number words, links) of ``lang`` in the lexicon, without accents ("și" and "şi"
    alike): the words that are a number alone ("treinta", "dois"), with the first five letters
    of the longer ones so that a form the lexicon lacks ("veintiún") is known too; and the
    other words of its number phrases, which join numbers ("y", "și", "de")."""
    words = lexicon().number_words.get(lang, {})
    alone = {strip_accents(phrase) for phrase in words if " " not in phrase}
    alone |= {word[:5] for word in alone if len(word) >= 5}
    links = {strip_accents(token) for phrase in words for token in phrase.split()} - alone
    return frozenset(alone), frozenset(links)


def _is_number_word(word: str, langs: frozenset[str]) -> bool:
    """True when ``word`` is, or starts like, a number word of one of ``langs``."""
    bare = strip_accents(word)
    return any(bare in _number_tokens(x)[0] or bare[:5] in _number_tokens(x)[0] for x in langs)


@lru_cache(maxsize=50_000)
def _decimal_shown(number: str) -> str | None:
    """Return the decimal mark an unambiguous number shows ("1.234,5" and "15,5": ","), or
    None when it shows none (remembered per number text)."""
    if any(c in GROUP_ONLY for c in number) or number.startswith((".", ",")):
        return None
    marks = [c for c in number if c in ".,"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    groups = number.split(marks[0])
    if len(marks) > 1:  # "1.234.567": the mark groups, so the other one is decimal
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return "," if marks[0] == "." else "."
        return None  # "04.11.2024" is a date, not a number
    return marks[0]  # one mark, not three digits after it: "15,5", "2.25"


def _whole_count(atom: Atom) -> bool:
    """True unless ``atom`` is a number with a fractional part ("6.4", "1,5"): only a whole
    count of a scale has a smaller part written after it ("3 mlrd. 200 mln.", "1.500 Mrd. …")."""
    if atom.kind != NUM:
        return True
    text = atom.text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    parts = text.replace(",", ".").split(".")
    return all(len(p) == 3 for p in parts[1:]) and regular_grouping(text)


def _smaller_part(scale: dict[str, int], part: dict[str, int]) -> bool:
    """True when the scale word ``part`` is a smaller power of ten than ``scale`` in a language
    both belong to: "2 billion 300 million" (English 10⁹ then 10⁶) and "3 mlrd. 200 mln."
    (Lithuanian) are one amount; "$5bn. 2bn" (a repeat) and "$5bn. 2 bln" (no language writes
    both: the first word is read as Afrikaans 10¹² only because of its dot) are two."""
    return any(part[x] < scale[x] for x in part if x in scale)


_EXPONENTS: dict[tuple[int, frozenset[str] | None], tuple[dict, int]] = {}


def _exponent(scale: dict[str, int], langs: frozenset[str] | None) -> int:
    """Return the power of ten a scale word means in the amount's language (remembered per
    scale dict of the lexicon and set of languages, like ``_varies``)."""
    key = (id(scale), langs)
    cached = _EXPONENTS.get(key)
    if cached is not None and cached[0] is scale:
        return cached[1]
    exponent = _exponent_of(scale, langs)
    if len(_EXPONENTS) >= 4096:  # scales made while reading ("deux mille") fill it: afresh
        _EXPONENTS.clear()
    _EXPONENTS[key] = (scale, exponent)  # kept with the dict, whose id stays its own
    return exponent


class StopScale(dict):
    """A dotted scale word whose dot may be a sentence's full stop ("CZK 800 mil.", "EUR 5
    t."): the powers of the dotted word and of the bare one by language, and ``dotted``, the
    dotted word's own. Where the amount's languages name no single power, the dotted word's
    default is read, the one the same word reads with a currency after it ("800 mil. CZK"),
    so that the order of currency and number never changes the value (issue 12, item 1);
    ``SideValue.exponent_of`` records the doubt.

    >>> _exponent(StopScale({"es": 3, "cs": 6}, dotted={"cs": 6}), None)
    6
    >>> _exponent(StopScale({"es": 3, "cs": 6}, dotted={"cs": 6}), frozenset({"es"}))
    3
    """

    __slots__ = ("dotted",)

    def __init__(self, powers: dict[str, int], dotted: dict[str, int]) -> None:
        super().__init__(powers)
        self.dotted = dotted


def _exponent_of(scale: dict[str, int], langs: frozenset[str] | None) -> int:
    if langs:
        values = {scale[x] for x in langs if x in scale}
        if len(values) == 1:
            return values.pop()
        if type(scale) is StopScale:
            return _exponent_of(scale.dotted, langs)
        if "en" in langs and "en" in scale:
            return scale["en"]
    if type(scale) is StopScale:
        return _exponent_of(scale.dotted, langs)
    if "en" in scale:
        return scale["en"]
    # the power most curated languages give the word, else most of CLDR's: "mil" is a
    # million in Czech, Slovak, Croatian, Serbian and Romanian, a thousand in Spanish and
    # Portuguese, so "€5 mil" that nothing decides reads as "€5 mil." at a sentence end does
    # (the dotted "mil." is theirs alone), a default recorded (issue 9 item 2, amountfaults16);
    # counting every locale (Interlingua, Esperanto, Papiamento…) made it a thousand
    curated = Counter(v for x, v in scale.items() if x in CURATED)
    return (curated or Counter(scale.values())).most_common(1)[0][0]
