"""IATI activity files (XML, standard versions 2.0x) as pledge rows: one row per ``transaction``.

The rules follow the IATI Activity Standard (iatistandard.org, version 2.03 reference):

1. Each ``iati-activity/transaction`` is one row; its activity's ``iati-identifier`` names it
   (``row`` is ``<identifier> transaction <n>``, n from 1 within the activity).
2. ``transaction-type/@code`` (the TransactionType codelist): 2 outgoing commitment ->
   ``commitment``; 3 disbursement and 4 expenditure -> ``disbursement``; 12 outgoing pledge ->
   ``pledge``. Incoming flows (1 incoming funds, 11 incoming commitment, 13 incoming pledge)
   and the other types (loan repayments, interest, equity, guarantees) are kept apart: not
   rows, counted in a note, since adding them to outgoing aid would count money twice.
3. ``value`` is the amount; its ``@currency``, else the activity's ``@default-currency``;
   its ``@value-date`` is the value date (the standard names it as the date for conversion).
   No currency or no value date: the transaction is reported, never guessed.
4. ``provider-org``: donor. Its ``@ref`` is an organisation identifier whose first part is a
   registration agency named by an ISO 3166 alpha-2 code (``GB-GOV-1`` -> ``GB``); without a
   country prefix (``XM-DAC-…`` multilaterals) its name (``narrative``) is used, which
   ``read_pledges`` resolves or reports. Missing on the transaction: the activity's
   ``reporting-org``.
5. ``recipient-country/@code`` of the transaction, else the activity's only one (or the one
   at 100 %). A region only (``recipient-region``), or several countries split by
   percentage, is reported: a total by country cannot take it whole.
6. ``receiver-org`` name, the transaction type and the region go in ``note``; the activity
   identifier and the transaction's ``@ref`` in ``source``.

Parsing uses defusedxml (no DTDs, entities or external references) and ``iterparse``, so a
large file is read one activity at a time.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

MEASURES = {"2": "commitment", "3": "disbursement", "4": "disbursement", "12": "pledge"}
TYPE_NAMES = {
    "1": "incoming funds",
    "2": "outgoing commitment",
    "3": "disbursement",
    "4": "expenditure",
    "5": "interest payment",
    "6": "loan repayment",
    "7": "reimbursement",
    "8": "purchase of equity",
    "9": "sale of equity",
    "10": "credit guarantee",
    "11": "incoming commitment",
    "12": "outgoing pledge",
    "13": "incoming pledge",
}
DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")  # xsd:decimal: a point, never grouping
COLUMNS = ("donor", "recipient", "date", "value", "currency", "measure", "basis", "source", "note")


def looks_like_iati(data: bytes) -> bool:
    """Return whether ``data`` starts like an IATI activity file (an ``iati-activities`` root).

    >>> looks_like_iati(b'<?xml version="1.0"?>\\n<iati-activities version="2.03">')
    True
    """
    return b"<iati-activities" in data[:4096]


def _text(element: Any) -> str:
    """Return the first ``narrative`` of ``element`` (or its own text), stripped."""
    if element is None:
        return ""
    narrative = element.find("narrative")
    text = narrative.text if narrative is not None else element.text
    return (text or "").strip()


def _donor(org: Any) -> str:
    """Return the donor cell of a ``provider-org``: its ref's ISO alpha-2 prefix, else its name."""
    if org is None:
        return ""
    ref = (org.get("ref") or "").strip()
    prefix = ref.split("-", 1)[0]
    if len(prefix) == 2 and prefix.isalpha() and prefix.isupper() and not prefix.startswith("X"):
        return prefix
    return _text(org)


def _recipient(transaction: Any, activity: Any) -> tuple[str, str]:
    """Return (the recipient country code, '') or ('', why no single country)."""
    own = transaction.find("recipient-country")
    if own is not None and own.get("code"):
        return own.get("code").strip(), ""
    countries = [c for c in activity.findall("recipient-country") if c.get("code")]
    if len(countries) == 1:
        return countries[0].get("code").strip(), ""
    whole = [c for c in countries if (c.get("percentage") or "").strip() in ("100", "100.0")]
    if len(whole) == 1:
        return whole[0].get("code").strip(), ""
    if countries:
        codes = ", ".join(c.get("code") for c in countries)
        return "", f"recipient: split between countries ({codes}); give the transaction one"
    region = transaction.find("recipient-region")
    if region is None:
        region = activity.find("recipient-region")
    if region is not None:
        return "", f"recipient: region {region.get('code')} only, no recipient country"
    return "", "recipient: no recipient-country"


def read_iati(data: bytes, notes: list[str]) -> tuple[pd.DataFrame, list[Any], list]:
    """Return (text cells in pledge columns, row labels, unreadable transactions).

    ``data`` is an IATI activity file; rows are labelled ``<iati-identifier> transaction <n>``.
    Raises ``ValueError`` when the XML cannot be parsed or is not an IATI activity file.
    """
    import pandas as pd
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    cells: dict[str, list[str]] = {column: [] for column in COLUMNS}
    rows: list[Any] = []
    errors: list[tuple[Any, str, str]] = []
    apart: dict[str, int] = {}
    root = None
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end")):
            if root is None:
                root = element
                if element.tag != "iati-activities":
                    raise ValueError(f"not an IATI activity file: the root is <{element.tag}>")
            if event == "end" and element.tag == "iati-activity":
                _activity(element, cells, rows, errors, apart)
                root.clear()  # stream: drop the activities already read
    except (ParseError, DefusedXmlException) as error:
        raise ValueError(f"not readable IATI XML: {error}") from None
    if apart:
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(apart.items()))
        notes.append(f"IATI transactions kept apart (not aid given): {kinds}")
    return pd.DataFrame(cells, dtype=object), rows, errors


def _activity(activity: Any, cells: dict, rows: list, errors: list, apart: dict) -> None:
    identifier = (activity.findtext("iati-identifier") or "").strip() or "(no iati-identifier)"
    default_currency = (activity.get("default-currency") or "").strip()
    reporting = activity.find("reporting-org")
    for n, transaction in enumerate(activity.findall("transaction"), start=1):
        row = f"{identifier} transaction {n}"
        kind = transaction.find("transaction-type")
        code = (kind.get("code") if kind is not None else "") or ""
        if code not in MEASURES:
            apart[TYPE_NAMES.get(code, f"type {code or 'missing'}")] = (
                apart.get(TYPE_NAMES.get(code, f"type {code or 'missing'}"), 0) + 1
            )
            continue
        value = transaction.find("value")
        problems = []
        number = ((value.text if value is not None else "") or "").strip()
        if not number:
            problems.append("value: missing")
        elif not DECIMAL.fullmatch(number):
            problems.append(f"value: {number!r} is not an xsd:decimal (digits, one '.' point)")
        currency = ((value.get("currency") if value is not None else "") or "").strip()
        currency = currency or default_currency
        if not currency:
            problems.append("currency: neither value/@currency nor activity default-currency")
        value_date = ((value.get("value-date") if value is not None else "") or "").strip()
        if not value_date:
            problems.append("value-date: missing (the date IATI converts at)")
        recipient, why = _recipient(transaction, activity)
        if why:
            problems.append(why)
        donor = _donor(transaction.find("provider-org")) or _donor(reporting)
        if problems:
            errors.extend((row, "", problem) for problem in problems)
            continue
        receiver = _text(transaction.find("receiver-org"))
        note = f"IATI {TYPE_NAMES[code]}" + (f"; to {receiver}" if receiver else "")
        reference = (transaction.get("ref") or "").strip()
        rows.append(row)
        for column, cell in (
            ("donor", donor),
            ("recipient", recipient),
            ("date", value_date),
            ("value", float(Decimal(number))),  # a number cell: never re-read as text
            ("currency", currency),
            ("measure", MEASURES[code]),
            ("basis", "new"),
            ("source", f"IATI {identifier}" + (f" {reference}" if reference else "")),
            ("note", note),
        ):
            cells[column].append(cell)
