"""The same pledge in several sentences or outlets: duplicates are marked, never dropped.

A headline and the lead under it, or two outlets, often report one pledge twice. Rows are
grouped by donor, recipient, currency, value and basis (``new`` or ``cumulative``); within one
article the dates may differ (a headline states none), across articles they must fall in the
same month. Parts (``part_of``) and rows without a donor are never grouped. The first row of a
group is counted; each other row keeps its sentence and source and gets ``duplicate_of``, the
index of the counted row, so the analyst sees every outlet that reported the pledge.

Within one article two rules keep a new pledge from being taken for a repeat (``new_pledge``):
a row whose amount the text calls more ("another €2bn", "weitere 2 Mrd. Euro", "DKK 9.7bn
more", or given "again", "erneut", "ponownie" in its clause: ``row["further"]``) is new,
unless the row it would repeat is the article's headline;
two rows whose sentences each state a date (``row["dated"]``) of their own are new when the
dates differ ("€2bn in January …; in March, … €2bn"). A third groups what the key cannot
(``headline_pairs``): a headline row (``row["headline"]``) and the first row of the same donor
and basis in the two sentences under it are one pledge when the headline's recipient is none
or the same and its value is the lead's within the headline's rounding, in the same currency
or in the currency of a restatement of the lead's amount ("€2bn ($2.2bn)":
``row["restated"]``), or the key groups them and only the lead states a date; a headline
line stating the lead's very value in its currency is one pledge with it whatever recipient,
basis, measure or date either reads. The lead row is counted, the headline gets
``duplicate_of``.

>>> rows = [
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-04", "article": "a"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-02", "article": "a"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2024-11-05", "article": "b"},
...     {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8, "basis": "new",
...      "date": "2025-03", "article": "c"},
... ]
>>> [row["duplicate_of"] for row in mark_duplicates(rows)]
[None, 0, 0, None]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..words import AGAIN_WORDS, FURTHER_AFTER, FURTHER_AMOUNT, NEWS_LANGUAGES
from .cues import phrase_pattern

KEY = ("donor", "recipient", "currency", "value", "basis")
# A headline's figure is rounded: it stands for the lead's value within half a unit of its last
# stated digit ("€2.5bn" for €2.46bn), but never more than this share of it ("€2bn" is not
# €2.4bn).
ROUNDING_CAP = Decimal("0.05")
# The lead under a headline: the sentences this many on from it at most.
LEAD_SENTENCES = 2


def mark_duplicates(rows: Iterable[dict[str, Any]], *, article: str = "article") -> list[dict]:
    """Return ``rows`` with ``duplicate_of`` set (the index of the first row of its group).

    ``rows[i][article]`` names the article a row comes from (rows without it are one article).
    Rows whose ``part_of`` is set or whose donor is missing keep ``duplicate_of`` None.
    """
    rows = list(rows)
    for row in rows:
        row.setdefault("duplicate_of", None)
    headline_pairs(rows)
    firsts: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        if row.get("part_of") is not None or not row.get("donor"):
            continue
        if row["duplicate_of"] is not None:
            continue  # a sum of rows that count instead, or a headline the lead restates
        key = tuple(row.get(name) for name in KEY)
        for first in firsts.get(key, ()):
            other = rows[first]
            same_article = other.get(article) == row.get(article)
            if same_article and new_pledge(other, row):
                continue
            if same_article and (row.get("table") is not None or other.get("table") is not None):
                continue  # a pasted table's rows: linked to the prose by news.article_tables
            if same_article or _month(other.get("date")) == _month(row.get("date")) is not None:
                row["duplicate_of"] = first
                break
        else:
            firsts.setdefault(key, []).append(index)
    return rows


def _restated_keys(row: dict[str, Any]) -> list[tuple]:
    """Return the ``KEY``s of a row stated in the currency of each of its restatements
    (``row["restated"]``, ``Amount``s: "1.3 billion euros (DKK 9.7bn)" is also DKK 9.7bn)."""
    keys = []
    for amount in row.get("restated") or ():
        alt = dict(row, currency=amount.currency, value=float(amount.value))
        keys.append(tuple(alt.get(name) for name in KEY))
    return keys


def new_pledge(first: dict[str, Any], row: dict[str, Any]) -> bool:
    """Return whether ``row`` is a new pledge although it repeats ``first``'s key (one article):
    its amount is called more ("another €2bn") and ``first`` is no headline (a short first
    sentence ended by a stop, ``"stop"``, counts as none), or both sentences state their own
    dates and these differ.

    >>> new_pledge({"date": "2025-01"}, {"date": "2025-01", "further": True})
    True
    >>> new_pledge({"date": "2025-01", "headline": True}, {"date": "2025-01", "further": True})
    False
    >>> new_pledge({"date": "2025-01", "dated": True}, {"date": "2025-03", "dated": True})
    True
    >>> new_pledge({"date": "2025-03-10"}, {"date": "2025-03", "dated": True})
    False
    """
    # a short first sentence that may be a headline run into its lead ("stop") is none here:
    # "Norway gave Ukraine NOK 5bn. On Friday, Norway gave … an additional NOK 5bn."
    if row.get("further") and first.get("headline") in (None, False, "stop"):
        return True
    return bool(first.get("dated") and row.get("dated") and first.get("date") != row.get("date"))


def headline_pairs(rows: list[dict[str, Any]]) -> None:
    """Mark each headline row (``row["headline"]``) as a duplicate of the lead row that restates
    it, when the key alone does not group them: the first later row, at most
    ``LEAD_SENTENCES`` sentences on (``row["sentence"]``), of the same donor and basis, no part,
    whose recipient is the headline's (or the headline names none) and whose value is the
    headline's within its rounding (``within_rounding``), in the headline's currency or in a
    restatement of the lead's amount (``row["restated"]``, ``Amount``s). The lead row is
    counted: it is the more precise one. ``evidence`` says so. When the key groups them
    already, the lead row is counted too if it states a date (``row["dated"]``: "BERLIN, Feb
    20 (Reuters) - Germany pledged €5bn … on Thursday") and the headline states none: the
    counted row then carries the pledge's date, not the publication's.

    A headline line (``"line"``, not a short first sentence run into its lead) whose value and
    currency the lead row states exactly is its duplicate whatever the recipients, bases or
    dates say ("Nederland trekt 3,5 miljard euro uit voor Oekraïne in 2025" over "reserveert
    voor volgend jaar 3,5 miljard euro"): a headline restates its lead, it adds no pledge. A
    lead with no recipient, or its own giver as one, takes the headline's.

    >>> from aidcalc.amount import Amount
    >>> rows = [
    ...     {"donor": "DEU", "recipient": None, "currency": "USD", "value": 2.2e9,
    ...      "basis": "new", "headline": True, "sentence": 0, "evidence": None},
    ...     {"donor": "DEU", "recipient": "UKR", "currency": "EUR", "value": 2e9,
    ...      "basis": "new", "sentence": 1, "evidence": None,
    ...      "restated": (Amount(Decimal("2.2e9"), "USD"),)},
    ... ]
    >>> headline_pairs(rows)
    >>> rows[0]["duplicate_of"], rows[0]["evidence"]
    (1, 'the headline of row 1, which states it more precisely')
    """
    for index, head in enumerate(rows):
        if not head.get("headline") or head.get("part_of") is not None:
            continue
        # a headline naming no giver restates only a lead of several givers' money that states
        # its very amount ("Conferenza di Parigi, promessi 3,4 miliardi …" over "I donatori …
        # hanno promesso 3,4 miliardi"); else it needs a giver of its own
        unnamed = not head.get("donor")
        if any(row.get("part_of") == index for row in rows):
            continue  # the whole of the lead's rows already ("€6bn" over "€3bn, €2bn and €1bn")
        for lead_index in range(index + 1, len(rows)):
            lead = rows[lead_index]
            if lead.get("sentence", 0) - head.get("sentence", 0) > LEAD_SENTENCES:
                break
            if lead.get("headline") or lead.get("part_of") is not None:
                continue
            if lead.get("donor") != head.get("donor"):
                continue
            if unnamed and not (
                lead.get("donor_from") == "collective"
                and head.get("headline") == "line"
                and _same_amount(head, lead)
                and head.get("recipient") == lead.get("recipient")
            ):
                continue
            # a headline line stating the lead's very amount restates it, whatever recipient,
            # basis or date either reads ("promessi 5,8 miliardi … per la Siria" over a lead's
            # 5,8 miliardi; "… in 2025" over "voor volgend jaar"; "soit 1,9 milliard au total")
            exact = head.get("headline") == "line" and _same_amount(head, lead)
            if lead.get("basis") != head.get("basis") and not exact:
                continue
            if not _restates(head, lead):
                continue
            same_recipient = head.get("recipient") in (None, lead.get("recipient"))
            ruled = same_recipient and lead.get("basis") == head.get("basis")
            if not ruled and not exact:
                continue
            if head.get("headline") == "stop" and (
                lead.get("donor_from") == "earlier sentence" or new_pledge(head, lead)
            ):
                continue  # a first sentence ran into the next: a lead names its own giver
            same = all(head.get(name) == lead.get(name) for name in KEY)
            if (
                same
                and (head["headline"] == "stop" or head.get("dated") or not lead.get("dated"))
                and not new_pledge(head, lead)
            ):
                break  # the key groups them already, the headline first
            head["duplicate_of"] = lead_index
            note = f"the headline of row {lead_index}, which states it more precisely"
            if not ruled or same and new_pledge(head, lead):  # an exact restatement only
                note = f"the headline of row {lead_index}, which states the same amount"
            elif same:  # the lead (under its dateline) states the date the headline lacks
                note = f"the headline of row {lead_index}, which states its date"
            if head.get("recipient") and lead.get("recipient") in (None, lead["donor"]):
                # the lead names no recipient but its own giver: the headline's is the one
                lead["recipient"] = head["recipient"]
                note_lead = f"recipient from the headline, row {index}"
                lead["evidence"] = "; ".join(filter(None, (lead.get("evidence"), note_lead)))
            head["evidence"] = "; ".join(filter(None, (head.get("evidence"), note)))
            break


def _restates(head: dict[str, Any], lead: dict[str, Any]) -> bool:
    """Return whether the lead row states the headline's value (see ``headline_pairs``)."""
    value = Decimal(str(head["value"]))
    stated = [(lead.get("currency"), Decimal(str(lead["value"])))]
    stated += [(a.currency, a.value) for a in lead.get("restated") or ()]
    return any(
        currency == head.get("currency") and within_rounding(value, other)
        for currency, other in stated
    )


def _same_amount(head: dict[str, Any], lead: dict[str, Any]) -> bool:
    """Return whether the lead row states the headline's very value in its currency."""
    return head.get("currency") == lead.get("currency") and Decimal(str(head["value"])) == Decimal(
        str(lead["value"])
    )


def within_rounding(rounded: Decimal, precise: Decimal) -> bool:
    """Return whether ``rounded`` (a headline's figure) may stand for ``precise``: within half a
    unit of its last non-zero digit and within ``ROUNDING_CAP`` of it.

    >>> within_rounding(Decimal("2.5e9"), Decimal("2.46e9"))
    True
    >>> within_rounding(Decimal("2e9"), Decimal("2.4e9"))
    False
    >>> within_rounding(Decimal("1.3e9"), Decimal("1.3e9"))
    True
    """
    if rounded <= 0:
        return rounded == precise
    step = Decimal(1).scaleb(rounded.normalize().as_tuple().exponent)
    gap = abs(rounded - precise)
    return gap <= step / 2 and gap <= rounded * ROUNDING_CAP


@lru_cache(maxsize=32)
def _further(lang: str | None, after: bool) -> re.Pattern[str] | None:
    words = (FURTHER_AFTER if after else FURTHER_AMOUNT).get(
        lang if lang in NEWS_LANGUAGES else "en", ()
    )
    if not words:
        return None
    body = "|".join(phrase_pattern(p) for p in sorted(words, key=len, reverse=True))
    if after:  # "€2bn more", not "€2bn more than France"
        return re.compile(rf"\s*(?:{body})(?!\s+(?:than|als|que|di|niż|ніж|dan|decât)\b)", re.I)
    return re.compile(rf"(?:{body})\s*$", re.IGNORECASE)


def says_further(sentence: str, lang: str | None, where: tuple[int, int]) -> bool:
    """Return whether the sentence calls the amount at ``where`` more than an earlier one: a
    phrase of ``FURTHER_AMOUNT`` right before it ("another €2bn", "weitere 2 Mrd. Euro") or
    one of ``FURTHER_AFTER`` right after it ("DKK 9.7bn more"; not "€2bn more than France").

    >>> says_further("Germany pledged another €2bn in March.", "en", (24, 28))
    True
    >>> says_further("In May, Denmark pledged DKK 9.7bn more.", "en", (24, 33))
    True
    >>> says_further("Germany gave €2bn more than France.", "en", (13, 17))
    False
    >>> says_further("Germany pledged €2bn.", "en", (16, 20))
    False
    """
    before = _further(lang, False)
    if before is not None and before.search(sentence[max(0, where[0] - 30) : where[0]]):
        return True
    after = _further(lang, True)
    if after is not None and after.match(sentence, where[1]) is not None:
        return True
    return _says_again(sentence, lang, where)


# Where the clause of an amount ends, for the words of AGAIN_WORDS: a comma, semicolon, colon
CLAUSE_STOP_RE = re.compile(r"[,;:]")


def _says_again(sentence: str, lang: str | None, where: tuple[int, int]) -> bool:
    """Return whether a word of ``AGAIN_WORDS`` stands in the clause of the amount at ``where``
    (from the comma, semicolon or colon before it to the one after it): "Germany gave €3bn
    again in May", "Deutschland gab erneut 3 Mrd. Euro", "Polska ponownie przekazała 1 mld zł"
    give once more, a new pledge.

    >>> _says_again("Germany gave €3bn again in May, officials said.", "en", (13, 17))
    True
    >>> _says_again("Germany gave €3bn, and said it would do so again.", "en", (13, 17))
    False
    """
    pattern = _again(lang)
    if pattern is None:
        return False
    stops = [m.start() for m in CLAUSE_STOP_RE.finditer(sentence)]
    low = max([stop for stop in stops if stop < where[0]], default=0)
    high = min([stop for stop in stops if stop >= where[1]], default=len(sentence))
    return pattern.search(sentence, low, high) is not None


@lru_cache(maxsize=32)
def _again(lang: str | None) -> re.Pattern[str] | None:
    words = AGAIN_WORDS.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(body, re.IGNORECASE)


def _month(value: object) -> str | None:
    """Return the ``YYYY-MM`` of a date text, or None for a year or no date."""
    text = str(value) if value is not None else ""
    return text[:7] if len(text) >= 7 and text[4] == "-" and text[5:7].isdigit() else None


class ArticleDuplicates:
    """Marks duplicates across the articles of a batch as they are read, one article at a time
    (``aidcalc extract`` over several files or outlets).

    ``mark(rows, source)`` takes the candidate rows of one article (as ``pledge_candidates``
    gives them, indexes within the article) and returns them with ``duplicate_of`` and
    ``part_of`` as indexes in the whole batch, and ``duplicate_source``, the source of the
    counted row of its group when that is another article, so the analyst sees every outlet
    that reported the pledge. The rule is ``mark_duplicates``'s: across articles, the same
    donor, recipient, currency, value and basis in the same month; a row's restatement in
    another currency (``row["restated"]``) is its value too ("DKK 9.7bn" in one article,
    "1.3 billion euros (DKK 9.7bn)" in the next), and so are the values of the rows of its
    own article that repeat it (a headline and its lead).

    >>> batch = ArticleDuplicates()
    >>> row = {"donor": "DNK", "recipient": "UKR", "currency": "EUR", "value": 5e8,
    ...        "basis": "new", "date": "2024-11-04", "part_of": None, "duplicate_of": None}
    >>> [r["duplicate_of"] for r in batch.mark([dict(row)], "a.txt")]
    [None]
    >>> [(r["duplicate_of"], r["duplicate_source"]) for r in batch.mark([dict(row)], "b.txt")]
    [(0, 'a.txt')]
    """

    def __init__(self) -> None:
        self._firsts: dict[tuple, list[tuple[int, str | None, str]]] = {}
        self._count = 0

    def mark(self, rows: list[dict[str, Any]], source: str) -> list[dict[str, Any]]:
        """Return the rows of one article with batch-wide ``duplicate_of`` and ``part_of``."""
        offset = self._count
        grouped: dict[int, list[tuple]] = {}  # a counted row: the keys of its repeats here
        for row in rows:
            own = row.get("duplicate_of")
            if own is not None and row.get("donor") and row.get("part_of") is None:
                key = tuple(row.get(name) for name in KEY)
                grouped.setdefault(own, []).extend([key, *_restated_keys(row)])
        for index, row in enumerate(rows):
            own = row.get("duplicate_of")
            row["duplicate_source"] = None
            if row.get("part_of") is not None:
                row["part_of"] += offset
            if own is not None:
                row["duplicate_of"] = own + offset
                continue
            if not row.get("donor") or row.get("part_of") is not None:
                continue
            keys = [tuple(row.get(name) for name in KEY), *_restated_keys(row)]
            keys += [key for key in grouped.get(index, ()) if key not in keys]
            month = _month(row.get("date"))
            found = next(
                (
                    (first, first_source)
                    for key in keys
                    for first, first_month, first_source in self._firsts.get(key, ())
                    if first_source != source and month is not None and month == first_month
                ),
                None,
            )
            if found is not None:
                row["duplicate_of"], row["duplicate_source"] = found
                continue
            for key in keys:
                self._firsts.setdefault(key, []).append((offset + index, month, source))
        self._count += len(rows)
        return rows
