"""Amount texts that differ only in their numbers, read once per shape (issue 11, "Speed").

A tracker's amount column holds many texts of few shapes: ``€730 million``, ``€45 million``,
``12-40 million euros``. ``Shapes.read`` gives the parser's reading of such a text without
running the parser on every one of them. Rules, in the order they are applied:

1. **Who takes part**: a text whose digits are one or two runs of ASCII digits, each a number
   from 2 to 999 written without a leading zero, and that holds no other numeric character
   (``½``, ``٥``). Anything else is read by the parser: ``1`` (a singular noun may follow),
   ``0`` and leading zeros, four digits or more (a year, ``1000`` as a scale), three runs
   (grouping marks, ``€1,234,567``), decimals (``€1.5m``: two runs whose value is not a
   multiple of one of them, refused at rule 3).
2. **The shape** of a text is the text around and between its runs, the number of digits of
   each run (the grammar has rules on two-digit cents and four-digit years) and, with two
   runs, whether the first is smaller, equal or greater (a range written high to low is read
   low to high with the assumption ``range-reordered``; equal ends make no range). A shape is
   taken per language and currency hint, as the parser is called.
3. **The first text of a shape is read by the parser**; when a second text of the shape comes,
   so are *probes*: the same shape
   with other numbers of the same digit count and order (``PROBES``: the smallest and largest
   numbers of that many digits, and numbers that are days, months or hours). The shape is
   derived from then on only when every reading is one amount that spans the whole text
   (spaces aside) and restates nothing, all readings agree in currency, qualifier, whether
   there is a top, and assumptions, and the value (and the top) is the number of one run times
   one factor, exactly, written as the parser writes it (``str`` of the ``Decimal``). Else
   every text of the shape is read by the parser.
4. **A derived reading** is the first text's reading with the value (and top) of its own
   runs: the run's number times the factor, the offsets spanning the text.

A text the parser refuses makes its shape parser-only (its message quotes the text, so it is
not derived). ``tests/pledges/test_shapes.py`` checks with hypothesis that every derived
reading is the parser's, over generated texts of many shapes in several languages.

>>> from aidcalc.parsing import parse_mention
>>> shapes = Shapes(parse_mention)
>>> first, _ = shapes.read("over 45 million euros", None, None)
>>> second, _ = shapes.read("over 72 million euros", None, None)
>>> str(second.amount), second.start, second.end, shapes.derived
('over EUR 72000000', 0, 21, 1)
>>> second == parse_mention("over 72 million euros")
True
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..amount import Amount
from ..parsing import Mention

__all__ = ["PROBES", "Shapes", "field"]

_RUN = re.compile(r"[0-9]+")
# the numbers a shape is probed with, by digit count (rule 3): the smallest and largest, and
# numbers that are days, months, hours or a year's days
PROBES = {1: (2, 9, 5, 3), 2: (10, 99, 12, 31, 32, 60), 3: (100, 999, 365, 512)}
# a shape with two runs is probed with at most this many pairs of the numbers above
PAIRS = 6

Reading = tuple[Mention | None, ValueError | None]
_FIRST = object()  # marks a shape seen once: its first text and reading, not yet probed
# how a field of a derived reading is made: (index of the run, factor), or None (no top)
Rule = tuple[int, Decimal] | None


def shape_of(text: str) -> tuple[tuple, tuple[int, ...]] | None:
    """Return (the shape of ``text``, the numbers of its runs), or None when the text does not
    take part (rule 1).

    >>> shape_of("€730 million")
    ((('€', ' million'), (3,), 0), (730,))
    >>> shape_of("40-12 million euros")[0]
    (('', '-', ' million euros'), (2, 2), 1)
    >>> [shape_of(text) for text in ("€1 million", "€2024 million", "€1.5m", "€5m ½")]
    [None, None, None, None]
    """
    runs = _RUN.findall(text)
    if not runs or len(runs) > 2:
        return None
    for run in runs:
        if len(run) > 3 or run[0] == "0" or run == "1":
            return None
    pieces = tuple(_RUN.split(text))
    if not text.isascii() and not _plain(pieces):
        return None
    numbers = tuple(int(run) for run in runs)
    order = 0 if len(numbers) == 1 else (numbers[0] > numbers[1]) - (numbers[0] < numbers[1])
    return (pieces, tuple(map(len, runs)), order), numbers


@functools.lru_cache(maxsize=4096)
def _plain(pieces: tuple[str, ...]) -> bool:
    """True when ``pieces`` (a text around its runs of ASCII digits) hold no other numeric
    character (``½``, ``٥``, ``²``); once per shape."""
    return not any(char.isnumeric() for piece in pieces for char in piece)


def _probes(lengths: tuple[int, ...], order: int) -> list[tuple[int, ...]]:
    """Return the numbers a shape of runs of ``lengths`` digits in ``order`` is probed with."""
    if len(lengths) == 1:
        return [(n,) for n in PROBES[lengths[0]]]
    pairs = [
        (a, b)
        for a, b in itertools.product(PROBES[lengths[0]], PROBES[lengths[1]])
        if (a > b) - (a < b) == order
    ]
    step = max(len(pairs) // PAIRS, 1)
    return pairs[::step][:PAIRS]


def _text(pieces: tuple[str, ...], numbers: tuple[int, ...]) -> str:
    return pieces[0] + "".join(f"{n}{piece}" for n, piece in zip(numbers, pieces[1:], strict=True))


def _spans(text: str, mention: Mention) -> bool:
    """True when ``mention`` is one amount spanning ``text`` but the spaces around it."""
    return (
        mention.equivalent_of is None
        and mention.start == len(text) - len(text.lstrip())
        and mention.end == len(text.rstrip())
    )


def _rule(values: list[Decimal | None], numbers: list[tuple[int, ...]]) -> Rule | bool:
    """Return how a field is derived from the runs (rule 3): None when no reading has it,
    (run, factor) when every value is that run's number times the factor, written alike;
    False when there is no such rule."""
    if all(value is None for value in values):
        return None
    if any(value is None for value in values):
        return False
    for run in range(len(numbers[0])):
        factor = values[0] / numbers[0][run]
        if factor == factor.to_integral_value():
            factor = Decimal(int(factor))
        if all(
            str(Decimal(n[run]) * factor) == str(value)
            for value, n in zip(values, numbers, strict=True)
        ):
            return run, factor
    return False


def field(rule: Rule, numbers: tuple[int, ...]) -> Decimal | None:
    """Return the value (or top) a rule of a template derives from the numbers of a text."""
    return None if rule is None else Decimal(numbers[rule[0]]) * rule[1]


class Shapes:
    """The readings of one table's amount texts, the parser's or derived from it per shape.

    ``parse(text, lang=, currency_hint=)`` is the parser (``aidcalc.parsing.parse_mention``);
    ``read(text, lang, hint)`` returns (its mention, None) or (None, the parser's error).
    ``parsed`` and ``derived`` count the texts read each way (probes included in ``parsed``).
    """

    def __init__(self, parse: Callable[..., Mention]):
        self.parse = parse
        self.templates: dict[tuple, Any] = {}
        self.parsed = 0
        self.derived = 0
        self._last: tuple[str, Any] = ("", None)  # the last text's shape: derivable, then read

    def shape(self, text: str) -> tuple[tuple, tuple[int, ...]] | None:
        """Return ``shape_of(text)``, found once when ``derivable`` and ``read`` ask in turn."""
        last, found = self._last
        if text != last or not text:
            found = shape_of(text)
            self._last = (text, found)
        return found

    def parsed_reading(self, text: str, lang: str | None, hint: str | None) -> Reading:
        """Return the parser's reading of ``text``."""
        self.parsed += 1
        try:
            return self.parse(text, lang=lang, currency_hint=hint), None
        except ValueError as error:  # ParseError, UnknownCurrency
            return None, error

    def read(self, text: str, lang: str | None, hint: str | None) -> Reading:
        """Return the reading of ``text`` with ``lang`` and ``hint``, derived when its shape
        allows (rules 1-4), else the parser's."""
        found = self.shape(text)
        if found is None:
            return self.parsed_reading(text, lang, hint)
        shape, numbers = found
        key = (shape, lang, hint)
        template = self.templates.get(key, self)  # self: not seen yet
        if template is self:  # the first text of its shape: the parser's, kept for a second
            reading = self.parsed_reading(text, lang, hint)
            self.templates[key] = (_FIRST, numbers, reading)
            return reading
        if template is not None and template[0] is _FIRST:  # a second text: probe the shape
            template = self._template(shape, template[1], template[2], lang, hint)
            self.templates[key] = template
        if template is None:
            return self.parsed_reading(text, lang, hint)
        currency, qualifier, assumptions, value_rule, high_rule = template
        value = field(value_rule, numbers)
        amount = Amount(value, currency, qualifier, field(high_rule, numbers))
        self.derived += 1
        start = len(text) - len(text.lstrip())
        return Mention(amount, start, len(text.rstrip()), None, None, assumptions), None

    def derivable(self, text: str, lang: str | None, hint: str | None) -> tuple | None:
        """Return (the template that derives the reading of ``text``, the numbers of its runs)
        when its shape has passed its probes (rule 3), else None; nothing is read or counted.
        The template is (currency, qualifier, assumptions, value rule, high rule); ``field``
        of a rule and the numbers gives the value (or top) ``read`` would give.

        >>> from aidcalc.parsing import parse_mention
        >>> shapes = Shapes(parse_mention)
        >>> shapes.derivable("€730 million", None, None) is None  # not seen yet
        True
        >>> _ = shapes.read("€730 million", None, None), shapes.read("€450 million", None, None)
        >>> template, numbers = shapes.derivable("€120 million", None, None)
        >>> template[:3], field(template[3], numbers)
        (('EUR', None, ()), Decimal('120000000'))
        """
        found = self.shape(text)
        if found is None:
            return None
        template = self.templates.get((found[0], lang, hint))
        if template is None or template[0] is _FIRST:
            return None
        return template, found[1]

    def _template(self, shape, numbers, reading: Reading, lang, hint) -> tuple | None:
        """Return what derives the readings of ``shape`` (rule 3), or None: the parser's."""
        mention, _ = reading
        pieces, lengths, order = shape
        text = _text(pieces, numbers)
        if mention is None or not _spans(text, mention):
            return None
        mentions, samples = [mention], [numbers]
        for probe in _probes(lengths, order):
            if probe == numbers:
                continue
            probe_text = _text(pieces, probe)
            found, _ = self.parsed_reading(probe_text, lang, hint)
            if found is None or not _spans(probe_text, found):
                return None
            mentions.append(found)
            samples.append(probe)
        first = mention.amount
        if any(
            (m.amount.currency, m.amount.qualifier, m.assumptions, m.amount.high is None)
            != (first.currency, first.qualifier, mention.assumptions, first.high is None)
            for m in mentions
        ):
            return None
        value_rule = _rule([m.amount.value for m in mentions], samples)
        high_rule = _rule([m.amount.high for m in mentions], samples)
        if value_rule is None or value_rule is False or high_rule is False:
            return None
        return first.currency, first.qualifier, mention.assumptions, value_rule, high_rule
