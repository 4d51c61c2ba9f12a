"""Exchange rates in the parser: statements of a rate are not amounts ("(€1 = $1.09)", "1 EUR =
1.08 USD", "EUR/USD 1.08"), and a restatement must be a plausible conversion.

Two amounts in different currencies joined by "=" state a rate, not money pledged or spent;
a number after a currency pair ("EUR/USD", two currency codes or signs joined by "/") is a
rate too. Neither side is a mention.

>>> from aidcalc.parsing import extract_amounts
>>> [str(m.amount) for m in extract_amounts("at €1 = $1.09, the $5 billion is €4.6 billion")]
['USD 5000000000', 'EUR 4600000000']
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from ..amount import Amount
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


# How far a restatement may stray beyond the range the shipped rates span for its pair: press
# restatements round ("roughly $115m"), and a text may be older than the rates
RESTATEMENT_SLACK = Decimal(3)


def plausible_restatement(amount: Amount, restated: Amount) -> bool:
    """True when ``restated`` may be ``amount`` converted at some rate the shipped data spans.

    Each currency's lowest and highest value in US dollars (``data/rates/rate_ranges.csv``,
    written by ``tools/write_rate_ranges.py`` from the shipped ECB, NBU, World Bank, peg and
    legacy rates) bound the rate between the two: ``restated / amount`` must lie between the
    lowest and highest such rate, widened by ``RESTATEMENT_SLACK`` each way. A currency the
    table lacks, or a value of zero or below, tells nothing (True).

    >>> from aidcalc.amount import Amount
    >>> usd = Amount(Decimal("115000000"), "USD")
    >>> plausible_restatement(Amount(Decimal("1250000000"), "NOK"), usd)
    True
    >>> plausible_restatement(Amount(Decimal("1250000"), "NOK"), usd)
    False
    """
    ranges = rate_ranges()
    low, high = ranges.get(amount.currency), ranges.get(restated.currency)
    if low is None or high is None or amount.value <= 0 or restated.value <= 0:
        return True
    ratio = restated.value / amount.value
    return low[0] / high[1] / RESTATEMENT_SLACK <= ratio <= low[1] / high[0] * RESTATEMENT_SLACK


@lru_cache(maxsize=1)
def rate_ranges() -> dict[str, tuple[Decimal, Decimal]]:
    """Return {ISO code: (lowest, highest) value of one unit in US dollars} from the table."""
    from .._paths import data_file

    lines = data_file("rates", "rate_ranges.csv").read_text(encoding="utf-8").splitlines()
    return {
        code: (Decimal(low), Decimal(high))
        for code, low, high in (line.split(",") for line in lines[1:] if line)
    }


def thousandfold_restatement(amount: Amount, restated: Amount) -> bool:
    """True when ``restated`` is no plausible conversion of ``amount`` but would be one with
    its value a thousand or a million times smaller or larger: one of the two read a scale
    word in the wrong scale ("3 milliards d'euros (£1.5 billion)" with the billion read as
    10^12), which a reader must be told rather than given two amounts.

    >>> from aidcalc.amount import Amount
    >>> eur = Amount(Decimal("3000000000"), "EUR")
    >>> thousandfold_restatement(eur, Amount(Decimal("2600000000000"), "GBP"))
    True
    >>> thousandfold_restatement(eur, Amount(Decimal("2600000000"), "GBP"))
    False
    """
    if plausible_restatement(amount, restated) or restated.value <= 0:
        return False
    return any(
        plausible_restatement(amount, Amount(restated.value.scaleb(power), restated.currency))
        for power in (-6, -3, 3, 6)
    )
