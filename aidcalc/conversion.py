"""Converting one amount (``convert``) and checking a restatement (``deviation``).

Scalars are ``Decimal`` throughout: the rate is the published figure (or an exact ratio of two),
and the converted amount is not rounded. Frames are converted by ``aidcalc.frames.normalize``.

>>> from decimal import Decimal
>>> from aidcalc.amount import Amount
>>> result = convert(Amount(Decimal("683000000"), "EUR", "over"), "USD", on="2024-11-04")
>>> str(result.amount), result.rate, result.rate_date, result.source
('over USD 744743200', Decimal('1.0904'), datetime.date(2024, 11, 4), 'ECB euro reference rate')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .amount import Amount, currency_code, html_span, markdown_text
from .rates.base import DECIMAL

if TYPE_CHECKING:  # pragma: no cover
    from .rates import Rates


@dataclass(frozen=True, slots=True)
class Conversion:
    """An amount converted at a published rate: the result and where the rate came from."""

    amount: Amount
    rate: Decimal
    rate_date: date
    source: str
    method: str

    def display(self) -> str:
        """Return the result with its rate, as a notebook shows it.

        >>> from aidcalc.amount import Amount
        >>> convert(Amount(Decimal("683000000"), "EUR", "over"), "USD", on="2024-11-04").display()
        '$744.743 million (over) at 1.0904, 2024-11-04, ECB euro reference rate (previous)'
        """
        where = f"{self.rate_date.isoformat()}, {self.source} ({self.method})"
        return f"{self.amount.display()} at {self.rate}, {where}"

    def _repr_markdown_(self) -> str:
        """Jupyter's Markdown view: ``display()`` with Markdown's special characters escaped."""
        return markdown_text(self.display())

    def _repr_html_(self) -> str:
        """Jupyter's HTML view: ``display()``; the exact converted amount as tooltip."""
        return html_span(self.display(), str(self.amount), "aidcalc-conversion")


def default_rates(rates: Any) -> Any:
    """Return ``rates``, or ``Rates.default()`` when it is None."""
    if rates is not None:
        return rates
    from .rates import Rates

    return Rates.default()


def convert(
    amount: Amount | str,
    to: str,
    *,
    on: object,
    method: str | None = None,
    rates: Rates | None = None,
) -> Conversion:
    """Return ``amount`` converted into currency ``to`` at the rate of value date ``on``.

    ``amount`` is an ``Amount`` or a text that ``parse_amount`` reads (its ``ParseError`` is
    raised unchanged); ``to`` is an ISO 4217 code in any case (``"usd"``).

    ``method=None`` picks by the precision of ``on``: ``previous`` for a day, ``monthly`` for
    ``YYYY-MM``, ``annual`` for ``YYYY``. The qualifier is kept and both ends of a range are
    converted. Raises ``UnknownCurrency`` or ``RateNotAvailable``; ``TypeError`` for anything
    but an ``Amount`` or a ``str``.

    >>> result = convert("683 million euros", "usd", on="2024-11-04")
    >>> str(result.amount), result.rate
    ('USD 744743200', Decimal('1.0904'))
    """
    if isinstance(amount, str):
        from .parsing import parse_amount

        amount = parse_amount(amount)
    elif not isinstance(amount, Amount):
        raise TypeError(f"convert takes an Amount or amount text, not {type(amount).__name__}")
    to = currency_code(to)
    rate = default_rates(rates).rate(amount.currency, to, on, method)
    value = DECIMAL.multiply(amount.value, rate.value)
    high = DECIMAL.multiply(amount.high, rate.value) if amount.high is not None else None
    converted = Amount(value, to, amount.qualifier, high)
    return Conversion(converted, rate.value, rate.date, rate.source, rate.method)


def deviation(
    original: Amount,
    restated: Amount,
    on: object,
    *,
    method: str | None = None,
    rates: Rates | None = None,
) -> Decimal:
    """Return how far ``restated`` is from ``original`` converted at the reference rate.

    A signed fraction: ``restated / reference − 1``, so ``0.02`` means the source's own
    restatement is 2 % above the reference conversion. Ranges compare their low ends.

    >>> from decimal import Decimal
    >>> eur = Amount(Decimal("683000000"), "EUR")
    >>> round(deviation(eur, Amount(Decimal("763000000"), "USD"), "2024-11-04"), 4)
    Decimal('0.0245')
    """
    reference = convert(original, restated.currency, on=on, method=method, rates=rates)
    if reference.amount.value == 0:
        raise ValueError("cannot compare a restatement with a zero amount")
    return DECIMAL.subtract(DECIMAL.divide(restated.value, reference.amount.value), Decimal(1))
