"""English counts written in words before a scale word and a currency: a speed-up, never a
reading.

"two billion euros", "half a billion dollars", "three hundred million euros": the general
grammar reads the count words (``number_spans``), the scale word and the currency name, and
weighs the text's languages, which are English alone here. ``worded_parts`` reads the count
from a table of the English counts such texts write, by one regular expression over the whole
text, and leaves the currency to ``parsing._worded_amount`` (a code, or a name of one currency
that no rule weighs, or "dollars"/"dollar", which the grammar reads as US dollars by default).

The rule, in the order it is applied:

1. the text is [count] [scale] [currency], parted by single spaces, nothing else;
2. the count is one of ``COUNTS``: "a", "half a", "one" to "nineteen", the tens, a ten and a
   one joined by a hyphen ("twenty-five"), and "a hundred" or a one before "hundred"
   ("three hundred"), all in lower case;
3. the scale is "thousand", "million", "billion" or "trillion", read in the short scale
   (English alone writes the text).

tests/parsing/test_worded.py reads every count before every scale and a table of currencies both
ways: the same ``Amount``.

>>> worded_parts("half a billion dollars")
(Decimal('0.5'), 9, 'dollars')
>>> worded_parts("two and a half billion euros") is None
True
"""

from __future__ import annotations

import re
from decimal import Decimal

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _counts() -> dict[str, Decimal]:
    counts = {"a": Decimal(1), "half a": Decimal("0.5"), "a hundred": Decimal(100)}
    for value, word in enumerate(_ONES, 1):
        counts[word] = Decimal(value)
        counts[f"{word} hundred"] = Decimal(100 * value)
    for value, word in enumerate(_TEENS, 10):
        counts[word] = Decimal(value)
    for tens, word in enumerate(_TENS, 2):
        counts[word] = Decimal(10 * tens)
        for value, one in enumerate(_ONES, 1):
            counts[f"{word}-{one}"] = Decimal(10 * tens + value)
    return counts


COUNTS = _counts()  # the English counts in words and their values
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}  # in the short scale
_WORDED_RE = re.compile(
    r"(?P<count>(?:half )?a(?: hundred)?|[a-z]+(?:-[a-z]+)?(?: hundred)?)"
    r" (?P<scale>thousand|million|billion|trillion) (?P<mark>[A-Z]{3}|[a-z]+)"
)


def worded_parts(text: str) -> tuple[Decimal, int, str] | None:
    """(the count, the scale's power of ten, the currency's word) of a text of the module's
    shape, or None."""
    match = _WORDED_RE.fullmatch(text)
    if match is None:
        return None
    count = COUNTS.get(match.group("count"))
    if count is None:
        return None
    return count, SCALES[match.group("scale")], match.group("mark")
