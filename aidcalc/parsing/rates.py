"""Exchange-rate statements are not amounts: "(€1 = $1.09)", "1 EUR = 1.08 USD", "EUR/USD 1.08".

Two amounts in different currencies joined by "=" state a rate, not money pledged or spent;
a number after a currency pair ("EUR/USD", two currency codes or signs joined by "/") is a
rate too. Neither side is a mention.

>>> from aidcalc.parsing import extract_amounts
>>> [str(m.amount) for m in extract_amounts("at €1 = $1.09, the $5 billion is €4.6 billion")]
['USD 5000000000', 'EUR 4600000000']
"""

from __future__ import annotations

from .atoms import CUR, Atom

RATE_SIGNS = frozenset({"="})


def states_rate(atoms: list[Atom], after: int) -> bool:
    """True when the amount ending before atom ``after`` is the left side of a rate ("€1 =")."""
    return after < len(atoms) and atoms[after].text in RATE_SIGNS


def after_rate_sign(atoms: list[Atom], first: int) -> bool:
    """True when the amount starting at atom ``first`` is the right side of a rate ("= $1.09")."""
    return first > 0 and atoms[first - 1].text in RATE_SIGNS


def is_pair(atoms: list[Atom], k: int) -> bool:
    """True when the currency at atom ``k`` closes a currency pair ("EUR/USD")."""
    return (
        k >= 2
        and atoms[k].kind == CUR
        and atoms[k - 1].text == "/"
        and atoms[k - 2].kind == CUR
        and atoms[k].adjacent
        and atoms[k - 1].adjacent
    )
