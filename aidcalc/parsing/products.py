"""A product or a comparison written in words before an amount is refused, never read as it.

"Germany gave 3 times £50m" states a count of amounts whose total the text leaves unwritten:
read as £50m, a table would undercount by the factor (issue 9 "never a silent wrong value").
So, as ``2 x €50 million`` is, an amount right after a word that multiplies it is refused and
reported ("multiplies an amount"): a count and a word for "times" (``words.MULTIPLY_WORDS``:
"3 times", "trois fois", "3 mal", "trzy razy", "три рази"), or a one-word factor
(``FACTOR_WORDS``: "twice", "dreimal", "двічі", "dvaput"), perhaps with a word for "each"
after it (``PRODUCT_EACH``: "trzy razy po 50 mln zł"). The count is a number, or a number word
of the multiplying word's language.

With words between the factor and the amount ("twice as much as €5bn", "dreimal so viel wie 5
Mrd. Euro", "deux fois plus que 5 milliards", "trzy razy więcej niż 2 mld zł"), the amount is
the measure of a comparison: the amount meant (the product) is not written, and the one
written is not given by the subject, so it is refused too ("compares with an amount"), never
read as "up to €5bn" from "as much as". A count before a currency sign with no word of
multiplying ("three $200 million loans") is no product: that amount stands, the count before
it is a count of things.

>>> from aidcalc.parsing import extract_amounts, parse_amount
>>> extract_amounts("Germany gave 3 times £50m.")
[]
>>> parse_amount("Sie gab dreimal 50 Mio. Euro.")
Traceback (most recent call last):
...
aidcalc.errors.ParseError: 'dreimal 50 Mio. Euro' at position 8 multiplies an amount: ...
>>> str(parse_amount("The US approved three $200 million loans."))
'USD 200000000'
"""

from __future__ import annotations

from operator import attrgetter

from ..words import FACTOR_WORDS, MULTIPLY_WORDS, PRODUCT_EACH
from .atoms import FILLER, JOIN, NUM, OTHER, QUAL, WORDS, Atom
from .sides import NO_LANGS, _is_number_word

# words between a factor and the amount of a comparison ("as much as", "so viel wie", "plus
# que", "więcej niż"); a number, currency, scale word or punctuation mark ends the search
MAX_COMPARISON_WORDS = 4
_COMPARISON_KINDS = frozenset({OTHER, JOIN, FILLER, WORDS, QUAL})
# the words a factor ends with: a one-word factor, or a word for "times" after its count
_FACTOR_OR_TIMES = frozenset(w for w, langs in FACTOR_WORDS.items() if langs) | frozenset(
    w for w, langs in MULTIPLY_WORDS.items() if langs
)
_TEXT = attrgetter("text")  # an atom's text

PRODUCT = "multiplies an amount: the total is not written, nor read"
COMPARISON = "compares with an amount: the amount meant is not written, nor read"


def product_before(atoms: list[Atom], first: int) -> tuple[int, str] | None:
    """(the index of the factor's first atom, the reason) when the amount starting at atom
    ``first`` follows a factor in words: ``PRODUCT`` right after it, ``COMPARISON`` with up
    to ``MAX_COMPARISON_WORDS`` words between; None otherwise."""
    # every factor ends with its word among the atoms from MAX_COMPARISON_WORDS + 2 before the
    # amount to right before it: with none of them such a word, none is there (one pass in C)
    near = atoms[max(0, first - 2 - MAX_COMPARISON_WORDS) : first]
    if _FACTOR_OR_TIMES.isdisjoint(map(_TEXT, near)):
        return None
    end = first
    if end > 1 and PRODUCT_EACH.get(atoms[end - 1].text, NO_LANGS) & _factor_langs(atoms, end - 1):
        end -= 1  # "trzy razy po": "po" is "each"
    start = _factor_start(atoms, end)
    if start is not None:
        return start, PRODUCT
    for at in range(end - 1, max(-1, end - 1 - MAX_COMPARISON_WORDS), -1):
        if atoms[at].kind not in _COMPARISON_KINDS and atoms[at].text != ",":
            return None  # a comma may stand before "than" ("вдвічі більше, ніж")
        start = _factor_start(atoms, at)
        if start is not None:
            return start, COMPARISON
    return None


def _factor_langs(atoms: list[Atom], end: int) -> frozenset[str]:
    """The languages of a factor ending right before atom ``end`` (none when there is none)."""
    if end < 1:
        return NO_LANGS
    word = atoms[end - 1].text
    return FACTOR_WORDS.get(word, NO_LANGS) | MULTIPLY_WORDS.get(word, NO_LANGS)


def _factor_start(atoms: list[Atom], end: int) -> int | None:
    """The index of the first atom of a factor that ends right before atom ``end``: a one-word
    factor ("twice"), or a count and a word for "times" ("3 times", "trzy razy")."""
    if end < 1:
        return None
    word = atoms[end - 1].text
    if FACTOR_WORDS.get(word):
        return end - 1
    langs = MULTIPLY_WORDS.get(word, NO_LANGS)
    if not langs or end < 2:
        return None
    count = atoms[end - 2]
    if count.kind in (NUM, WORDS) or _is_number_word(count.text, langs):
        return end - 2
    return None
