"""Number grammar: digit grouping, decimal separators and English number words.

The number words themselves (``UNITS``, ``MULTIPLIERS``, ``FRACTIONS``, ``ARTICLES``) are data in
``aidcalc/words/en.py``.

>>> read_number("1,234.56")
Decimal('1234.56')
>>> read_number("1.234,56")
Decimal('1234.56')
>>> read_number("15,5")
Decimal('15.5')
>>> read_number("1.500", decimal=",")
Decimal('1500')
>>> read_number("12,34,567")
Decimal('1234567')
>>> read_number(".5")
Decimal('0.5')
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from ..words import ARTICLES, FRACTIONS, MULTIPLIERS, UNITS

GROUP_ONLY = " \u00a0\u202f\u2009'\u2019"

# Words that can start an English number phrase.
NUMBER_WORDS = frozenset(UNITS) | frozenset(MULTIPLIERS) | ARTICLES | frozenset(FRACTIONS)


# The three readers below are remembered per number text (functools.lru_cache): the same
# digits recur in a text and across texts ("5", "1.5", "100"), and each answer is a pure
# function of the text (a Decimal is immutable).
MEMO_MAX = 50_000


@lru_cache(maxsize=MEMO_MAX)
def read_number(text: str, decimal: str | None = None) -> Decimal:
    """Return the value of a digit string with grouping marks.

    ``decimal`` is the language's decimal separator (``"."`` or ``","``) when known; it decides
    only the one truly ambiguous shape, a single separator followed by exactly three digits
    (``1.500``, ``1,500``). Without it, ``,`` groups and ``.`` marks decimals, as in English.
    Raises ``decimal.InvalidOperation`` for a text that holds no number.
    """
    grouped_by_space = any(c in GROUP_ONLY for c in text)
    digits = "".join(c for c in text if c not in GROUP_ONLY)
    if digits.startswith((".", ",")):
        return Decimal("0." + digits[1:].replace(",", "").replace(".", ""))
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        point = "." if digits.rfind(".") > digits.rfind(",") else ","
        if digits.count(point) > 1:  # "1.234.567,8.9": no decimal part makes sense; group all
            return Decimal(digits.replace(".", "").replace(",", ""))
        other = "," if point == "." else "."
        whole, _, fraction = digits.replace(other, "").partition(point)
        return Decimal(f"{whole}.{fraction}")
    if not dots and not commas:
        return Decimal(digits)
    mark = "." if dots else ","
    if digits.count(mark) > 1:
        return Decimal(digits.replace(mark, ""))
    whole, _, fraction = digits.partition(mark)
    if len(fraction) != 3 or grouped_by_space or whole == "0":
        return Decimal(f"{whole}.{fraction}")
    is_decimal = mark == decimal if decimal else mark == "."
    return Decimal(f"{whole}.{fraction}") if is_decimal else Decimal(whole + fraction)


@lru_cache(maxsize=MEMO_MAX)
def regular_grouping(text: str) -> bool:
    """True unless grouping marks split the integer part as no writing system does.

    Groups after the first hold three digits (``1.234.567``, ``1,234,567.89``), or two then a
    last three in the Indian system (``12,34,567``); ``1.1.1.1`` or ``04.11.2024`` is no number.
    A number with both marks uses one to group and the other, once and last, as the decimal
    mark: a mark after the decimal one (``5,000,000.00.00``, ``1.234,567.8``) is no number.

    >>> regular_grouping("1.234.567,8"), regular_grouping("12,34,567"), regular_grouping("1.1.1")
    (True, True, False)
    >>> regular_grouping("5,000,000.00.00"), regular_grouping("1.234,567.8")
    (False, False)
    """
    digits = "".join(c for c in text if c not in GROUP_ONLY)
    marks = [c for c in digits if c in ".,"]
    if len(marks) < 2 or digits.startswith((".", ",")):
        return True
    whole = digits
    if len(set(marks)) > 1:
        if any(mark != marks[0] for mark in marks[:-1]) or marks[-1] == marks[0]:
            return False  # a mark after the decimal one: no writing system does this
        whole = digits[: digits.rfind(marks[-1])]  # "1,234,567.89": the last mark is decimal
    groups = whole.replace(",", ".").split(".")
    if len(groups) < 2:
        return True
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    if 1 <= len(first) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return True
    return 1 <= len(first) <= 2 and all(len(g) == 2 for g in middle) and len(last) == 3


@lru_cache(maxsize=MEMO_MAX)
def is_ambiguous(text: str) -> bool:
    """True when ``text`` reads differently with a decimal point and a decimal comma."""
    digits = "".join(c for c in text if c not in GROUP_ONLY)
    if any(c in GROUP_ONLY for c in text) or digits.startswith((".", ",")):
        return False
    marks = [c for c in digits if c in ".,"]
    if len(marks) != 1:
        return False
    whole, _, fraction = digits.partition(marks[0])
    return len(fraction) == 3 and whole != "0"


def read_number_words(words: list[str]) -> tuple[Decimal, int] | None:
    """Return (value, words used) for the English number phrase at the start of ``words``.

    ``words`` are casefolded tokens without spaces (hyphens, "and", "of" and "point" may
    appear). A fraction joins with "and" ("one and a half billion" is 1.5 billion; after a
    magnitude it is a fraction of that magnitude: "a million and a half" is 1.5 million) or
    leads through "of" or a hyphen ("a quarter of a billion", "a quarter-billion"). "point"
    before digit words is the decimal mark ("one point five billion" is 1.5 billion). The
    reading stops before a unit word that follows another unit word ("two three million"): two
    counts in a row are not one number, and the caller refuses them (``unit_follows``).

    >>> read_number_words(["three", "hundred", "million", "euros"])
    (Decimal('300000000'), 3)
    >>> read_number_words(["half", "a", "billion"])
    (Decimal('500000000'), 3)
    >>> read_number_words(["a", "billion", "dollars"])
    (Decimal('1000000000'), 2)
    >>> read_number_words(["one", "and", "a", "half", "billion"])
    (Decimal('1500000000'), 5)
    >>> read_number_words(["a", "quarter", "of", "a", "billion"])
    (Decimal('250000000'), 5)
    >>> read_number_words(["a", "quarter", "-", "billion"])
    (Decimal('250000000'), 4)
    >>> read_number_words(["a", "million", "and", "a", "half"])
    (Decimal('1500000'), 5)
    >>> read_number_words(["one", "point", "five", "billion"])
    (Decimal('1500000000'), 4)
    >>> read_number_words(["two", "point", "three", "five", "million"])
    (Decimal('2350000'), 5)
    >>> read_number_words(["three", "thousand", "million"])
    (Decimal('3000000000'), 3)
    >>> read_number_words(["two", "three", "million"])
    (Decimal('2'), 1)
    >>> read_number_words(["a", "country"]) is None
    True
    """
    total = Decimal(0)
    current = Decimal(0)
    used = 0
    seen_number = False
    fraction = Decimal(1)
    last_unit: Decimal | None = None  # the unit word just read, if the last word was one
    largest = 0  # the largest magnitude ("thousand", "million"…) read so far
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in UNITS:
            if last_unit is not None and not (_is_tens(last_unit) and 0 < UNITS[word] < 10):
                break  # "two three": a second count, not part of this number
            current += UNITS[word]
            seen_number = True
            last_unit = UNITS[word]
            index += 1
            used = index
            continue
        previous_unit, last_unit = last_unit, None
        if word in ARTICLES and not seen_number:
            if following not in MULTIPLIERS and following not in FRACTIONS:
                break
            current = Decimal(1)
            seen_number = True
        elif word in FRACTIONS and fraction == 1 and total == 0:
            # "half a billion", "a quarter million", "three quarters billion", "a quarter of a
            # billion", "a quarter-billion"
            step = 1
            if following in ("of", "-"):
                step += 1
            if index + step < len(words) and words[index + step] in ARTICLES:
                step += 1
            if index + step >= len(words) or words[index + step] not in MULTIPLIERS:
                break
            fraction = FRACTIONS[word] * (current or 1)
            current = Decimal(1)
            seen_number = True
            index += step - 1
        elif (
            word == "and"
            and seen_number
            and fraction == 1
            and following in ARTICLES
            and index + 2 < len(words)
            and words[index + 2] in FRACTIONS
            and words[index + 2] != "quarters"
        ):
            if current == 0 and largest >= 1000:
                total += largest * FRACTIONS[words[index + 2]]  # "a million and a half"
            else:
                current += FRACTIONS[words[index + 2]]  # "one and a half"
            index += 2
        elif (
            word == "point"
            and seen_number
            and fraction == 1
            and (current != 0 or total == 0)  # not "a billion point five"
            and current == current.to_integral_value()
            and following in UNITS
            and UNITS[following] < 10
        ):
            # "one point five billion": the digits after the point, each a word
            digits = ""
            while index + 1 < len(words) and UNITS.get(words[index + 1], 10) < 10:
                index += 1
                digits += str(UNITS[words[index]])
            current += Decimal(f"0.{digits}")
        elif word in MULTIPLIERS and seen_number:
            factor = MULTIPLIERS[word]
            if factor == 100 or factor == 12:
                current = (current or 1) * factor
            elif factor > largest > 0:
                # "three thousand million": a larger magnitude counts all read before it
                total = (total + current) * factor
                current = Decimal(0)
                largest = factor
            else:
                total += (current or 1) * factor
                current = Decimal(0)
                largest = max(largest, factor)
        elif word in ("-", "and") and seen_number and following in UNITS:
            last_unit = previous_unit  # "twenty-three", but "two-three" stays two counts
        else:
            break
        index += 1
        used = index
    if not seen_number or used == 0:
        return None
    value = (total + current) * fraction
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return value, used


def _is_tens(value: Decimal) -> bool:
    """True for "twenty" … "ninety", which a unit may follow ("twenty three")."""
    return 20 <= value < 100 and value % 10 == 0


def plain_integer(value: Decimal) -> Decimal:
    """Write a whole scaled value without exponent (5E+6 -> 5000000) where precision allows."""
    if value == value.to_integral_value() and value.adjusted() < 27:
        return value.quantize(_ONE)
    return value


_ONE = Decimal(1)  # made once: ``plain_integer`` runs for every amount read
