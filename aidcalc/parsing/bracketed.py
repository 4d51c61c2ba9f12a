"""Whether a plain amount's bracketed restatement is a thousandfold apart, without a whole read.

``parse_amount`` reads "10 million euros ($11 million)" off its atoms (``plain``), then must
learn whether extraction would leave both amounts out as a thousandfold pair
(``restatements.link_restatements``: "€5 million (€5 billion)"). Reading the whole text again
with ``Reader.mentions`` cost two thirds of such a string. When the text is the plain amount
right before a bracket that holds one more amount and closes the text, the reading loop of
``Reader.mentions`` reads exactly two mentions: the plain one, then the one that
``Reader.amount_at`` reads at the bracket's first number or currency. ``bracket_problems``
makes that one call, then runs the loop's own last steps on the two (``shared.borrow_shared``,
then the thousandfold check of ``restatements.link_restatements``, the step that records its
reasons: ``restatements.thousandfold_problems``), so the reasons are the loop's; when the
two values are far from any ratio at which a thousandfold rule may hold (``_zones``), those
steps could find no pair, and are skipped.
Any other text, or a bracket the loop might read otherwise (no amount read there, an amount
that does not end at the closing bracket, a rate, a change), gives None: the caller reads
the whole text as before.

>>> from aidcalc.parsing.grammar import Reader
>>> from aidcalc.parsing.plain import plain_mention
>>> reader = Reader("€5 million (€5 billion)", None, None)
>>> first = plain_mention(reader)
>>> [reason[:45] for _, reason in bracket_problems(reader, first, bracket_shape(reader, first))]
['EUR 5000000 and its restatement EUR 500000000', 'EUR 5000000 and its restatement EUR 500000000']
>>> reader = Reader("€5 million ($5.4 million)", None, None)
>>> first = plain_mention(reader)
>>> bracket_problems(reader, first, bracket_shape(reader, first))
[]
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal

from ..amount import Amount
from .atoms import CUR, FILLER, LPAREN, NUM, PUNCT, QUAL, RPAREN, SCALE
from .grammar import Reader, _amount_starts
from .mention import Mention
from .plain import plain_inside
from .rates import RESTATEMENT_SLACK, rate_ranges, states_rate
from .restatements import SAME_CURRENCY_SLACK, thousandfold_problems
from .shared import borrow_shared

# the kinds of atom the bracket may hold after its qualifier: an amount of a plain shape
_HELD = frozenset({CUR, NUM, SCALE, FILLER})


def bracket_shape(reader: Reader, first: Mention) -> tuple[int, int, int, int] | None:
    """(the first mention's first atom, the opening bracket, the bracket's first currency or
    number, the closing bracket) when the text of ``reader`` is the mention ``first`` (read by
    ``plain.plain_mention`` off ``reader``, which has read nothing else) right before a
    bracket holding one amount: "(", a qualifier or not, then only currencies, numbers,
    scale words and the words linking them ("de"), one currency at least, then ")" and a
    full stop or not ending the text; else None. Reads nothing: ``reader`` is left as it
    was."""
    atoms = reader.atoms
    count = len(atoms)
    if count and atoms[-1].kind == PUNCT and atoms[-1].text == ".":
        count -= 1
    close = count - 1
    if close < 3 or atoms[close].kind != RPAREN:
        return None
    # the bracket opens right after the first mention's last atom
    opened = next((k for k in range(close) if atoms[k].kind == LPAREN), None)
    if not opened or reader.end_position(atoms[opened - 1].end) != first.end:
        return None
    low_first = next(
        (k for k in range(opened) if reader.position(atoms[k].start) == first.start), None
    )
    if low_first is None:
        return None
    inside = opened + 1
    if inside < close and atoms[inside].kind == QUAL:
        inside += 1
    kinds = {atoms[k].kind for k in range(inside, close)}
    if CUR not in kinds or not kinds <= _HELD:
        return None
    # the loop's next start after the first mention is the bracket's first currency or number
    starts = [k for k in _amount_starts(atoms) if k >= opened]
    if not starts or starts[0] != inside:
        return None
    return low_first, opened, inside, close


def bracket_problems(
    reader: Reader, first: Mention, shape: tuple[int, int, int, int]
) -> list[tuple[int, str]] | None:
    """The reasons (offset, message) ``reader.mentions()`` records about the two amounts of a
    text of ``bracket_shape`` (``shape`` is what it returned), or None when the bracket is
    not read as one amount ending at its closing bracket, or is read as a rate or a change:
    the caller then reads the whole text with a new ``Reader``, as this one has read the
    bracket (``Reader.amount_at`` changes what it keeps about the amount being read)."""
    atoms = reader.atoms
    low_first, opened, inside, close = shape
    # a bracket of a plain shape ("($11 million)") is read as ``plain`` reads one, the same
    # amount as the grammar's at a third of the cost; when no thousandfold pair can hold for
    # it, the loop's last steps would find none: the grammar need not read it
    quick = plain_inside(reader, opened + 1, close)
    if quick is not None and not _thousandfold_possible(
        atoms, first, quick, range(low_first, opened), range(opened + 1, close)
    ):
        return []
    read = reader.amount_at(inside)
    if read is None or reader.change is not None:
        return None
    amount, start_index, after = read
    if after != close or start_index < opened or states_rate(atoms, after):
        return None
    assumed = tuple(dict.fromkeys(reader.assumptions)) if reader.assumptions else ()
    if not _thousandfold_possible(
        atoms, first, amount, range(low_first, opened), range(start_index, after)
    ):
        return []  # what the loop's last steps would find: no thousandfold pair
    second = Mention(
        amount,
        reader.position(atoms[start_index].start),
        reader.end_position(atoms[after - 1].end),
        assumptions=assumed,
    )
    found, spans = borrow_shared(
        reader, [first, second], [(low_first, opened), (start_index, after)]
    )
    return thousandfold_problems(atoms, found, spans, reader.text)


def _thousandfold_possible(
    atoms: list, first: Mention, second: Amount, first_atoms: range, second_atoms: range
) -> bool:
    """False when the loop's last steps (``shared.borrow_shared``, then the thousandfold check)
    cannot find ``first`` and the bracket's amount ``second`` (read by ``Reader.amount_at``
    off ``second_atoms``, which end at the closing bracket) a thousandfold pair
    (``rates.thousandfold_restatement``, ``restatements.same_currency_thousandfold``), so that
    they need not run; True when they may. The bracket's amount must hold one scale word,
    whose power it has (nothing is shared into it); the first's value is the one read, or,
    when it has no scale word of its own, that times any power the bracket's scale word has
    in some language (the loop may share it). Each value pair's ratio is checked against the
    ratios at which either rule may hold (``_zones``), so a pair near one is left to the
    steps themselves."""
    scales = [k for k in second_atoms if atoms[k].kind == SCALE]
    if len(scales) != 1:
        return True
    powers = _powers(atoms[scales[0]].data)
    if powers is None:
        return True
    amount = first.amount
    firsts = {amount.value}
    if not any(atoms[k].kind == SCALE for k in first_atoms):
        firsts.update(amount.value.scaleb(power) for power in powers)
    value = second.value
    if value <= 0:
        return False  # neither rule holds for a value of zero or below
    bounds = _zones(amount.currency, second.currency)
    for low in firsts:
        if low <= 0:
            continue
        ratio = value / low
        at = bisect_right(bounds, ratio)
        if at % 2 or (at and bounds[at - 1] == ratio):
            return True  # within a zone, or on its edge
    return False


def _powers(scale: object) -> frozenset[int] | None:
    """Every power of ten a scale word's dict gives in some language (a dotted word's own
    too), or None for no such dict."""
    if not isinstance(scale, dict) or not scale:
        return None
    powers = set(scale.values())
    dotted = getattr(scale, "dotted", None)
    if dotted:
        powers.update(dotted.values())
    return frozenset(powers)


# a bound moved out by this part of itself: the zones hold every ratio the rules may meet
_MARGIN = Decimal("1e-9")
# {(the first amount's code, the restatement's): the zones' bounds}
_ZONES: dict[tuple[str, str], list[Decimal]] = {}


def _zones(code: str, restated: str) -> list[Decimal]:
    """The sorted bounds [low, high, low, high, …] of the ratios (restated value / first
    value) at which a restatement in ``restated`` of an amount in ``code`` may be a
    thousandfold one: for another currency, within the rate span of the pair
    (``rates.plausible_restatement``'s bounds) times 10^-6, 10^-3, 10^3 or 10^6; in ``code``
    itself, within ``restatements.SAME_CURRENCY_SLACK`` of those powers. Zones that overlap
    are joined; each bound is moved out by ``_MARGIN`` of itself. Remembered per key."""
    key = (code, restated)
    found = _ZONES.get(key)
    if found is not None:
        return found
    ranges = rate_ranges()
    zones = []
    own, theirs = ranges.get(code), ranges.get(restated)
    if restated == code:
        low, high = 1 / SAME_CURRENCY_SLACK, SAME_CURRENCY_SLACK
    elif own is None or theirs is None:
        low = high = None  # every restatement is plausible: never a thousandfold one
    else:
        low = own[0] / theirs[1] / RESTATEMENT_SLACK
        high = own[1] / theirs[0] * RESTATEMENT_SLACK
    if low is not None:
        for power in (-6, -3, 3, 6):
            zones.append((low.scaleb(power) * (1 - _MARGIN), high.scaleb(power) * (1 + _MARGIN)))
    zones.sort()
    merged: list[list[Decimal]] = []
    for low, high in zones:
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    found = [bound for zone in merged for bound in zone]
    if len(_ZONES) >= 4096:
        _ZONES.clear()
    _ZONES[key] = found
    return found
