"""The count of one group of a Korean, Japanese or Chinese number written with digits and the
units inside a group: "5천240억" is 5,240 hundred-millions, "3千5百万" 3,500 ten-thousands.

Korean, Japanese and Chinese count in groups of four digits closed by a group unit (만/万 10^4,
억/億/亿 10^8, 조/兆 10^12); inside a group, news writes a digit before a unit of thousands,
hundreds or tens (천/千, 백/百, 십/十) and the digits left after the last unit, glued or, in
Korean, one space apart ("7천 5백만": 75 million). The whole group,
not its last digits alone, counts the group unit (``words.CJK_DIGIT_UNITS``).
"""

from __future__ import annotations

import re

from ..words import CJK_DIGIT_UNITS

_UNITS = "".join(CJK_DIGIT_UNITS)
# a run of digits, then one digit unit right after; the digits after the last unit
_TERM = re.compile(rf" ?(\d+)([{_UNITS}])")
_DIGITS = re.compile(r" ?(\d+)(?![\d.,])")


def group_count(text: str, start: int) -> tuple[int, int] | None:
    """Read the count of one number group written from ``text[start]`` on with digit units.

    Returns ``(count, end)``: the count (an int below 10,000) and the offset after its last
    digit or unit; None when no digit unit follows the digits at ``start`` (a plain number).
    Its terms may stand one space apart ("1천 1백 70만").
    Each digit unit takes one digit from 1 to 9, the units fall from left to right, and the
    digits after the last unit are fewer than its zeros (the positional reading of the
    Korean, Japanese and Chinese numerals). Raises ``ValueError`` with the reason for any
    other shape ("12천", "5백3천", "5천2400"), which is no one number.

    >>> group_count("5천240억 달러", 0)
    (5240, 5)
    >>> group_count("3千5百万円", 0)
    (3500, 4)
    >>> group_count("2억 4천만", 3)
    (4000, 5)
    >>> group_count("1천 1백 70만 달러", 0)
    (1170, 8)
    >>> group_count("240억", 0) is None
    True
    >>> group_count("5천2400억", 0)
    Traceback (most recent call last):
    ...
    ValueError: has more digits after its unit '천' than the unit has zeros: not one number
    """
    count, at, last = 0, start, 4
    while True:
        term = _TERM.match(text, at)
        if term is None or term.start(1) > at and at == start:
            break
        digits, unit = term.groups()
        power = CJK_DIGIT_UNITS[unit]
        if term.start(1) > at and (len(digits) > 1 or power >= last):
            break  # "5천 12백", "1천 2천": after a space, a number of its own
        if len(digits) > 1 or digits == "0":
            raise ValueError(f"writes {digits!r} before the unit {unit!r}: not one number")
        if power >= last:
            raise ValueError(f"writes the unit {unit!r} after a smaller one: not one number")
        count += int(digits) * 10**power
        at, last = term.end(), power
    if at == start:
        return None
    rest = _DIGITS.match(text, at)
    if rest is not None and rest.start(1) > at and len(rest.group(1)) > last:
        rest = None  # "5천 2024년": a number of its own after a space
    if rest is not None:
        unit = text[at - 1]
        if len(rest.group(1)) > last:
            raise ValueError(
                f"has more digits after its unit {unit!r} than the unit has zeros: not one number"
            )
        count += int(rest.group(1))
        at = rest.end()
    return count, at
