"""``Amount``: a money value with its ISO 4217 currency, qualifier and range; babel formats it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    get_currency_symbol,
    list_currencies,
)

from .errors import UnknownCurrency
from .words.currency import CODE_LIKE_WORDS

QUALIFIERS = ("approx", "over", "under", "up_to")

# How a qualifier is written back when an amount is formatted, per language.
# (The parser reads many more words; these are the canonical ones it writes.)
QUALIFIER_WORDS = {
    "en": {"approx": "about", "over": "over", "under": "under", "up_to": "up to"},
    "de": {"approx": "rund", "over": "über", "under": "unter", "up_to": "bis zu"},
    "fr": {"approx": "environ", "over": "plus de", "under": "moins de", "up_to": "jusqu'à"},
    "lt": {"approx": "apie", "over": "daugiau nei", "under": "mažiau nei", "up_to": "iki"},
    "uk": {"approx": "близько", "over": "понад", "under": "менше", "up_to": "до"},
    "pl": {"approx": "około", "over": "ponad", "under": "poniżej", "up_to": "do"},
}


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """Return every ISO 4217 code CLDR knows, current and withdrawn (e.g. ``LTL``, ``DEM``)."""
    return frozenset(list_currencies())


def check_currency(code: str) -> str:
    """Return ``code`` if it is an ISO 4217 code; raise ``UnknownCurrency`` otherwise."""
    if not isinstance(code, str) or code not in known_currencies():
        raise UnknownCurrency(str(code))
    return code


def currency_code(code: object) -> str:
    """Return ``code`` as an ISO 4217 code in capitals: ``"usd"`` gives ``"USD"``.

    The argument form of a currency, as ``convert``, ``normalize`` and ``totals`` take it:
    case does not matter, surrounding spaces do not either. Raises ``UnknownCurrency`` when the
    capitalised code is not ISO 4217 (as CLDR lists it). ``Amount`` itself stays strict.

    >>> currency_code("usd"), currency_code(" Eur ")
    ('USD', 'EUR')
    """
    if not isinstance(code, str):
        raise UnknownCurrency(str(code))
    return check_currency(code.strip().upper())


def to_decimal(value: object, what: str = "value") -> Decimal:
    """Return ``value`` as a finite ``Decimal`` (floats go through their shortest repr)."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise TypeError(f"{what} must be a number, not a bool")
    elif isinstance(value, int | str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{what} {value!r} is not a number") from None
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        raise TypeError(f"{what} must be a Decimal, int, str or float, not {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"{what} must be finite, not {value!r}")
    return result


def plain(value: Decimal) -> str:
    """Return ``value`` as a plain decimal string: no exponent, no trailing zeros."""
    text = format(value, "f")  # exact at any precision (normalize() would round to 28 digits)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _unambiguous(value: Decimal) -> str:
    """``plain(value)``, with a fourth fraction digit where it has exactly three: ``12.3490``,
    a decimal point in every convention (``12.349`` may be twelve thousand).

    >>> _unambiguous(Decimal("12.349")), _unambiguous(Decimal("12.5")), _unambiguous(Decimal(7))
    ('12.3490', '12.5', '7')
    """
    text = plain(value)
    head, dot, tail = text.partition(".")
    return f"{text}0" if dot and len(tail) == 3 else text


@dataclass(frozen=True, slots=True)
class Amount:
    """A money amount as a source states it.

    ``value`` is the amount (the low end of a range), ``high`` the range's upper end or None,
    ``qualifier`` one of ``None``, ``"approx"``, ``"over"``, ``"under"``, ``"up_to"``.

    >>> a = Amount(Decimal("683000000"), "EUR", qualifier="over")
    >>> str(a)
    'over EUR 683000000'
    >>> a.format("en")
    'over €683 million'
    >>> Amount(Decimal("683000000"), "EUR").format("lt")
    '683 mln. €'
    >>> Amount(Decimal("683000000"), "EUR").format("de")
    '683 Mio. €'
    """

    value: Decimal
    currency: str
    qualifier: str | None = None
    high: Decimal | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", to_decimal(self.value))
        check_currency(self.currency)
        if self.qualifier is not None and self.qualifier not in QUALIFIERS:
            raise ValueError(
                f"qualifier must be one of {QUALIFIERS} or None, not {self.qualifier!r}"
            )
        if self.high is not None:
            high = to_decimal(self.high, "high")
            if high < self.value:
                raise ValueError(f"range high end {high} is below its low end {self.value}")
            object.__setattr__(self, "high", high)

    @property
    def is_range(self) -> bool:
        """True when the amount is a range (``high`` is set)."""
        return self.high is not None

    def __str__(self) -> str:
        """The canonical string: ``[qualifier] CODE value[-high]``, which ``parse_amount``
        reads back to an equal ``Amount`` (issue 9: parse(str(a)) == a).

        The code comes first, except for the codes that are also words
        (``words.currency.CODE_LIKE_WORDS``: ``TRY``, ``ALL``, ``PEN``, ``TOP``…): a word in
        capitals before a number may be the word shouted ("TRY 250" is refused as "try"), so
        those codes are written after the number, where a code is read as a code; there a
        point before exactly three digits would read as a thousands separator (``12.349 TRY``
        is 12,349, as continental writing has it), so such a value is written with a fourth
        fraction digit (``12.3490 TRY``). Values are plain decimals (no exponent, no
        grouping). Not read back: a range with a negative end
        (the parser reads no negative range) and a value of more than 28 digits (more than a
        value keeps, refused); a range of equal ends reads back as its one value.

        >>> str(Amount(Decimal("683000000"), "EUR", qualifier="over"))
        'over EUR 683000000'
        >>> str(Amount(Decimal("250000000"), "TRY"))
        '250000000 TRY'
        >>> str(Amount(Decimal("2.5"), "PEN", "up_to", Decimal("3")))
        'up to 2.5-3 PEN'
        >>> str(Amount(Decimal("12.349"), "TRY"))
        '12.3490 TRY'
        """
        prefix = f"{self.qualifier.replace('_', ' ')} " if self.qualifier else ""
        if self.currency.casefold() in CODE_LIKE_WORDS:
            number = _unambiguous(self.value)
            if self.high is not None:
                number += f"-{_unambiguous(self.high)}"
            return f"{prefix}{number} {self.currency}"
        number = plain(self.value)
        if self.high is not None:
            number += f"-{plain(self.high)}"
        return f"{prefix}{self.currency} {number}"

    def format(self, locale: str = "en", compact: bool = True) -> str:
        """Return the amount written for people in ``locale`` (CLDR patterns through babel).

        ``compact`` uses the locale's short scale abbreviations (``683 Mio. €``), except where
        CLDR abbreviates a scale to a bare letter (English ``M``, ``B``): there the long word is
        written, as news text does (``€683 million``).
        """
        text = _format_one(self.value, self.currency, locale, compact)
        if self.high is not None:
            text = f"{text} – {_format_one(self.high, self.currency, locale, compact)}"
        if self.qualifier:
            language = locale.replace("-", "_").split("_")[0]
            words = QUALIFIER_WORDS.get(language, QUALIFIER_WORDS["en"])
            text = f"{words[self.qualifier]} {text}"
        return text.replace("\xa0", " ").replace("\u202f", " ")

    def display(self) -> str:
        """Return the amount as a notebook shows it: ``€683 million (over)``.

        The English compact form (``format``) without the qualifier word, then the qualifier
        code in brackets, so the figure stays first and the reading stays exact.

        >>> Amount(Decimal("683000000"), "EUR", "over").display()
        '€683 million (over)'
        """
        plain_amount = Amount(self.value, self.currency, None, self.high)
        text = plain_amount.format("en")
        return f"{text} ({self.qualifier})" if self.qualifier else text

    def _repr_markdown_(self) -> str:
        """Jupyter's Markdown view: ``display()``, with ``$`` escaped (it would start math)."""
        return markdown_text(self.display())

    def _repr_html_(self) -> str:
        """Jupyter's HTML view: ``display()``; the exact reading (``str``) as its tooltip."""
        return html_span(self.display(), str(self), "aidcalc-amount")


def markdown_text(text: str) -> str:
    """Return ``text`` safe inside Markdown: ``$``, ``*``, ``_``, ``` ` ``` and ``\\`` escaped.

    >>> markdown_text("$10 million")
    '\\\\$10 million'
    """
    return re.sub(r"([\\`*_$<>\[\]|])", r"\\\1", text)


def html_span(text: str, title: str, css_class: str) -> str:
    """Return ``text`` as an HTML ``<span>`` with a tooltip, both escaped.

    >>> html_span("€5 <m>", "EUR 5000000", "aidcalc-amount")
    '<span class="aidcalc-amount" title="EUR 5000000">€5 &lt;m&gt;</span>'
    """
    from html import escape

    return f'<span class="{css_class}" title="{escape(title)}">{escape(text)}</span>'


def _format_one(value: Decimal, currency: str, locale: str, compact: bool) -> str:
    if not compact or abs(value) < 1000:
        return format_currency(value, currency, locale=locale)
    short = format_compact_currency(value, currency, locale=locale, fraction_digits=3)
    symbol = get_currency_symbol(currency, locale=locale)
    scale = re.findall(r"[^\W\d_]+", short.replace(symbol, " "))
    if scale and all(len(w) == 1 for w in scale):
        number = format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=3)
        return f"{symbol}{number}" if short.startswith(symbol) else f"{number} {symbol}"
    return short
