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
reasons: ``restatements.thousandfold_problems``), so the reasons are the loop's.
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

from .atoms import CUR, FILLER, LPAREN, NUM, PUNCT, QUAL, RPAREN, SCALE
from .grammar import Reader, _amount_starts
from .mention import Mention
from .rates import states_rate
from .restatements import thousandfold_problems
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
    read = reader.amount_at(inside)
    if read is None or reader.change is not None:
        return None
    amount, start_index, after = read
    if after != close or start_index < opened or states_rate(atoms, after):
        return None
    assumed = tuple(dict.fromkeys(reader.assumptions)) if reader.assumptions else ()
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
