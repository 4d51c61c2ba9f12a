"""``Mention``: one amount found in a text, with its span, restatement link and assumptions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..amount import Amount, html_span, markdown_text


@dataclass(frozen=True, slots=True)
class Mention:
    """One money amount found in a text.

    ``start``/``end`` are character offsets (``text[start:end]`` is the mention, qualifier
    included); ``equivalent_of`` is the index of the mention this one restates in another
    currency, as in "10 million euros ($11 million)"; ``deviation`` is filled in by
    ``aidcalc.news.candidates`` when a date is known (restated / reference-converted - 1);
    ``assumptions`` are the codes of the defaults the reading rests on
    (``explain.ASSUMPTIONS``), empty when the text decides everything; ``changed_to`` is the
    index of the mention this value changed to, when the text gives it as the value before a
    change ("rose from €5bn to €8bn", "€8bn, up from €5bn": ``aidcalc.parsing.changes``).
    """

    amount: Amount
    start: int
    end: int
    equivalent_of: int | None = None
    deviation: Decimal | None = None
    assumptions: tuple[str, ...] = ()
    changed_to: int | None = None

    # the fields of ``record``, in the order tables show them
    FIELDS = (
        "start",
        "end",
        "text",
        "amount",
        "value",
        "currency",
        "qualifier",
        "high",
        "equivalent_of",
        "assumptions",
        "changed_to",
    )

    def record(self, text: str, offset: int = 0) -> dict:
        """Return the mention as one table row, keyed by ``FIELDS``: offsets (plus ``offset``,
        where ``text`` starts in a larger file), the mention as written, ``amount``
        (``str(Amount)``, exact), ``value`` and ``high`` (``Decimal``), ``currency``,
        ``qualifier``, ``equivalent_of``, ``assumptions`` (codes, spaces apart) and ``changed_to``.

        >>> text = "Aid: $11 million"
        >>> row = Mention(Amount(Decimal("11000000"), "USD"), 5, 16, None, None, ("dollar-usd",))
        >>> row.record(text, offset=100)["start"], row.record(text)["text"]
        (105, '$11 million')
        """
        amount = self.amount
        return {
            "start": offset + self.start,
            "end": offset + self.end,
            "text": text[self.start : self.end],
            "amount": str(amount),
            "value": amount.value,
            "currency": amount.currency,
            "qualifier": amount.qualifier,
            "high": amount.high,
            "equivalent_of": self.equivalent_of,
            "assumptions": " ".join(self.assumptions),
            "changed_to": self.changed_to,
        }

    def display(self) -> str:
        """Return the mention as a notebook shows it: amount, offsets, restatement, defaults.

        >>> Mention(Amount(Decimal("11000000"), "USD"), 17, 30, 0, None, ("dollar-usd",)).display()
        '$11 million [17:30] restates #0; assumes dollar-usd'
        """
        text = f"{self.amount.display()} [{self.start}:{self.end}]"
        if self.equivalent_of is not None:
            text += f" restates #{self.equivalent_of}"
        if self.assumptions:
            text += f"; assumes {', '.join(self.assumptions)}"
        return text

    def _repr_markdown_(self) -> str:
        """Jupyter's Markdown view of ``display()``."""
        return markdown_text(self.display())

    def _repr_html_(self) -> str:
        """Jupyter's HTML view of ``display()``; the exact amount (``str``) as tooltip."""
        return html_span(self.display(), str(self.amount), "aidcalc-mention")
