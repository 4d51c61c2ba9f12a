"""Yearly amounts: "€4bn a year until 2027", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".

An amount with a ``PER_YEAR`` phrase of its language right beside it is one year's instalment
of a period, not a one-off sum: its row gets the basis ``per-year`` (docs/extraction.md,
"Basis"), and the year the period ends, when its clause names one ("until 2027", "frem til
2028"), goes into its evidence. ``totals`` counts such a row once, as the instalment of the
year of its value date, and ``aidcalc summary`` says how many rows it counted so
(docs/aggregation.md, "Yearly amounts"). The phrases are data, one module per language in
``aidcalc/words/``.

>>> text = "Germany will give €4bn a year until 2027."
>>> per_year(text, "en", (18, 22))
PerYear(phrase='a year', until='2027')
>>> per_year("Germany gave €4bn a year ago.", "en", (13, 17)) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..words import (
    PER_YEAR,
    PER_YEAR_NOT_BEFORE,
    RESTATEMENT_LINKS,
    SEVERAL_YEARS,
    SINCE,
    SPAN_LINKS,
    UNTIL,
    UNTIL_LINKS,
)

# How far a phrase may stand from its amount: at most this many words between them, after it
# ("€4bn a year") and before it, where an adverb may stand before the verb ("щороку
# надаватиме Україні 4 млрд євро")
WORDS_BETWEEN = 1
WORDS_BEFORE = 3
# A year closing the period, after the phrase in the amount's clause ("until 2027")
_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)")
# Where a clause ends: no phrase or end year beyond it
_CLAUSE_END_RE = re.compile(r"[;:()\[\]]|,(?!\s*\d)|\s[–—-]\s")
# a year of a period's span, as a pattern part
_YEAR = r"(?<![\d.,])(?:19|20)\d\d(?!\d)"


class PerYear(NamedTuple):
    """A yearly amount's phrase as written in the text, folded, and the year its period ends
    (``YYYY``) or None."""

    phrase: str
    until: str | None


@lru_cache(maxsize=32)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The patterns of ``lang``'s phrases right after an amount and right before one."""
    phrases = PER_YEAR.get(lang)
    if not phrases:
        return None
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    not_before = PER_YEAR_NOT_BEFORE.get(lang, ())
    # "a year from 2025 to 2027", "a year from 2026": a word of time ("a year from now")
    # before a year opens the period the yearly amount is paid over, no time of its own
    span = rf"\s+{_YEAR}"
    guard = (
        rf"(?!\s*(?:\d|(?:{'|'.join(map(re.escape, not_before))})(?!\w)(?!{span})))"
        if not_before
        else r"(?!\s*\d)"
    )
    between = rf"(?:[^\W\d_]+\s+){{0,{WORDS_BETWEEN}}}"
    after = re.compile(rf"\s*{between}({alternatives})(?!\w){guard}", re.IGNORECASE)
    # the words before the amount may name the period's years ("jährlich von 2025 bis 2027
    # 4 Mrd. Euro", "rocznie w latach 2025–2027 4 mld zł")
    years = rf"(?:{_YEAR}\.?(?:\s*[-–—]\s*{_YEAR}\.?)?\s+)?"
    before = re.compile(
        rf"(?<!\w)({alternatives})(?!\w){guard}\s*(?:[^\W\d_]+\s+{years}){{0,{WORDS_BEFORE}}}$",
        re.IGNORECASE,
    )
    return after, before


def per_year(sentence: str, lang: str | None, where: tuple[int, int]) -> PerYear | None:
    """Return the ``PerYear`` of the amount at ``where`` (offsets in ``sentence``), or None.

    A phrase of ``PER_YEAR`` counts right after the amount ("€4bn a year", "2 mia. kr. om
    året", "4 mld zł rocznie"), with at most ``WORDS_BETWEEN`` word between, or before it
    ("jährlich 4 Mrd. Euro", "щороку надаватиме Україні 4 млрд євро") with at most
    ``WORDS_BEFORE`` words between, within the amount's clause; not followed by a digit ("im
    Jahr 2023" is a date) or by one of ``PER_YEAR_NOT_BEFORE`` ("a year ago", "l'an
    dernier"). The last year after it in the clause is the end of the period ("until 2027",
    "de 2025 à 2027").

    >>> per_year("Danmark giver 2 mia. kr. om året til Ukraine frem til 2028.", "da", (14, 25))
    PerYear(phrase='om året', until='2028')
    >>> per_year("Deutschland zahlt jährlich 4 Mrd. Euro.", "de", (27, 38))
    PerYear(phrase='jährlich', until=None)
    >>> per_year("Deutschland zahlte im Jahr 2023 4 Mrd. Euro.", "de", (32, 43)) is None
    True
    """
    patterns = _patterns(lang or "")
    if patterns is None:
        return None
    after, before = patterns
    start, end = where
    ends = [m for m in _CLAUSE_END_RE.finditer(sentence)]
    clause_end = next((m.start() for m in ends if m.start() >= end), len(sentence))
    clause_start = max((m.end() for m in ends if m.end() <= start), default=0)
    found = after.match(sentence, end, clause_end)
    if found is None:
        found = before.search(sentence[clause_start:start])
        if found is None:
            return None
        rest_from = clause_start + found.end(1)  # "rocznie w latach 2025–2027 4 mld zł"
    else:
        rest_from = found.end()
    from .dates import ends_period

    # "bis 2027 jährlich", "tot en met 2027 elk jaar": a year after an "until" word anywhere in
    # the clause ends the period; else the last year after the phrase ("de 2025 à 2027")
    ends = [
        m[1]
        for m in _YEAR_RE.finditer(sentence, clause_start, clause_end)
        if not start <= m.start() < end and ends_period(sentence, m.start())
    ]
    # a year right after "from" or "since" starts the period ("a year from 2026"), no end
    starts = {*PER_YEAR_NOT_BEFORE.get(lang or "", ()), *SINCE}
    years = ends or [
        m[1]
        for m in _YEAR_RE.finditer(sentence, rest_from, clause_end)
        if not start <= m.start() < end
        and not any(w.casefold() in starts for w in sentence[rest_from : m.start()].split()[-1:])
    ]
    return PerYear(found[1].casefold(), years[-1] if years else None)


def period_start(
    sentence: str,
    lang: str | None,
    where: tuple[int, int],
    wheres: Sequence[tuple[int, int]],
    found: PerYear,
) -> str | None:
    """Return the first year (``YYYY``) of the period a yearly amount (``found``, at ``where``
    in ``sentence``) is paid over, or None: the value date of its row, its first instalment.

    The years are those its own clause names (``aidcalc.news.dates.clause_spans`` among the
    sentence's amounts at ``wheres``: "Germany gave €4bn in 2023 and will give €4bn a year
    until 2027" gives the second only 2027), not after a ``SINCE`` word (a running period,
    dated by the text). Two or more years give the period from the first to the last ("Voor
    de jaren 2026 tot en met 2028 … 3 miljard euro per jaar", "Für 2026 … 8,5 Milliarden
    Euro pro Jahr bis 2029": 2026); one year alone
    starts it unless it is the year the period ends ("€4bn a year until 2027": None, the row
    keeps the date the text gives it).

    >>> text = "Für 2026 plant die Regierung 8,5 Milliarden Euro pro Jahr bis 2029 ein."
    >>> where = (29, 48)
    >>> period_start(text, "de", where, [where], per_year(text, "de", where))
    '2026'
    >>> text = "Germany will give €4bn a year until 2027."
    >>> period_start(text, "en", (18, 22), [(18, 22)], per_year(text, "en", (18, 22))) is None
    True
    """
    from .dates import clause_spans, ends_period

    start, end = where
    ordered = sorted(set(wheres) | {where})
    low, high = clause_spans(sentence, ordered, lang)[ordered.index(where)]
    years = []
    for match in _YEAR_RE.finditer(sentence, low, high):
        if start <= match.start() < end:
            continue
        before = sentence[low : match.start()].split()[-2:]
        if any(word.casefold().strip("'’") in SINCE for word in before):
            continue
        if ends_period(sentence, match.start()):  # "bis 2027 jährlich": the period's end
            continue
        years.append(match[1])
    if len(set(years)) >= 2:
        return min(years)
    if len(years) == 1 and years[0] != found.until:
        return years[0]
    return None


def period_end(
    sentence: str, lang: str | None, where: tuple[int, int], wheres: Sequence[tuple[int, int]]
) -> str | None:
    """Return the year (``YYYY``) a period ends that the clause of the amount at ``where``
    names (``aidcalc.news.dates.clause_spans`` among the sentence's amounts at ``wheres``),
    after an "until" word (``aidcalc.news.dates.ends_period``: "bis 2027", "do końca 2027
    r."), the last when several; None when it names none. Such a year is no value date: the
    row keeps the date its text gives and its ``evidence`` names the period
    (``period_end_evidence``).

    >>> text = "Polska przekaże Ukrainie do 2027 r. łącznie 2 mld zł."
    >>> period_end(text, "pl", (44, 52), [(44, 52)])
    '2027'
    >>> period_end("Polska przekazała Ukrainie w 2024 r. 2 mld zł.", "pl", (37, 45), [(37, 45)])
    """
    if not _YEAR_RE.search(sentence):
        return None  # most sentences name no year
    from .dates import clause_spans, ends_period

    ordered = sorted(set(wheres) | {where})
    low, high = clause_spans(sentence, ordered, lang)[ordered.index(where)]
    ends = [
        match[1]
        for match in _YEAR_RE.finditer(sentence, low, high)
        if not where[0] <= match.start() < where[1] and ends_period(sentence, match.start())
    ]
    return ends[-1] if ends else None


# A dash or tilde joining the two years of a span ("2025–2027", "2025.–2027.", "2025~2027년")
_SPAN_DASH_RE = re.compile(r"\.?\s*[-–—~〜]\s*")


def _span_link(between: str) -> bool:
    """Return whether ``between`` joins two years into a span: a dash or tilde, or a word of
    ``SPAN_LINKS`` or ``UNTIL`` followed by at most two of ``UNTIL_LINKS`` ("to", "až", "bis",
    "tot en met", "년부터")."""
    if _SPAN_DASH_RE.fullmatch(between):
        return True
    words = between.strip(" .").casefold().split()
    return (
        1 <= len(words) <= 3
        and (words[0] in SPAN_LINKS or words[0] in UNTIL)
        and all(word in UNTIL_LINKS for word in words[1:])
    )


def year_span(
    sentence: str, lang: str | None, where: tuple[int, int], wheres: Sequence[tuple[int, int]]
) -> tuple[str, str] | None:
    """Return the first and last year (``YYYY``) of a span of years the clause of the amount
    at ``where`` names (``aidcalc.news.dates.clause_spans`` among the sentence's amounts at
    ``wheres``), or None: two years running forward, joined by a dash or tilde, or by a word of
    ``SPAN_LINKS`` or ``UNTIL`` and at most two of ``UNTIL_LINKS`` ("na roky 2025 až 2027",
    "for 2025–2027", "für 2025 bis 2027", "na lata 2025–2027", "za razdoblje 2025.–2027.",
    "2025~2027년", "voor 2026 tot en met 2028"); the first neither after a ``SINCE`` word nor
    right after a capitalised word (a name: "Ukraine-Fazilität 2024–2027"). An amount for such
    a span is the money of several years: its row is dated by the span's first year and
    records ``year-span`` (docs/extraction.md, ``basis``).

    >>> text = "Die EU stellt 1,9 Milliarden Euro für 2025 bis 2027 bereit."
    >>> year_span(text, "de", (14, 33), [(14, 33)])
    ('2025', '2027')
    >>> year_span("Germany gave €3bn in 2024.", "en", (13, 17), [(13, 17)]) is None
    True
    """
    if not _YEAR_RE.search(sentence):
        return None  # most sentences name no year
    from .dates import clause_spans

    ordered = sorted(set(wheres) | {where})
    low, high = clause_spans(sentence, ordered, lang)[ordered.index(where)]
    years = [
        m for m in _YEAR_RE.finditer(sentence, low, high) if not where[0] <= m.start() < where[1]
    ]
    for first, last in zip(years, years[1:], strict=False):
        if int(first[1]) >= int(last[1]) or int(last[1]) - int(first[1]) > PERIOD_YEARS:
            continue
        if not _span_link(sentence[first.end() : last.start()]):
            continue
        before = sentence[low : first.start()].split()[-2:]
        if any(word.casefold().strip("'’") in SINCE for word in before):
            continue  # "since 2022 to 2024": a running total's start
        if before and before[-1][:1].isupper() and sentence[first.start() - 1].isspace():
            continue  # "die Ukraine-Fazilität 2024–2027": the span is part of a name
        return first[1], last[1]
    return None


def several_years(
    sentence: str, lang: str | None, where: tuple[int, int], wheres: Sequence[tuple[int, int]]
) -> str | None:
    """Return the phrase of ``SEVERAL_YEARS`` the clause of the amount at ``where`` holds (an
    amount spread over several years: "2024년부터 중장기적으로 21억 달러", "a multi-year
    €2bn"), or None. Such an amount is the money of several years under one date: its row
    records ``year-span`` (docs/extraction.md, ``basis``).

    >>> text = "Germany pledged a multi-year €2bn to Ukraine."
    >>> several_years(text, "en", (29, 33), [(29, 33)])
    'multi-year'
    >>> several_years("Germany pledged €2bn to Ukraine.", "en", (16, 20), [(16, 20)]) is None
    True
    """
    from .dates import clause_spans

    ordered = sorted(set(wheres) | {where})
    low, high = clause_spans(sentence, ordered, lang)[ordered.index(where)]
    clause = sentence[low:high].casefold()
    found = [phrase for phrase in SEVERAL_YEARS if phrase in clause]
    return max(found, key=len) if found else None


def several_years_evidence(phrase: str, when: str) -> str:
    """The evidence of a row spread over several years (``several_years``) under one date.

    >>> several_years_evidence("multi-year", "2024")
    "an amount over several years ('multi-year'): their sum, all dated 2024"
    """
    return f"an amount over several years ('{phrase}'): their sum, all dated {when}"


def year_span_evidence(first: str, last: str) -> str:
    """The evidence of a row whose amount is for a span of years (``year_span``).

    >>> year_span_evidence("2025", "2027")
    'an amount for the span 2025–2027: the sum of those years, dated by the first'
    """
    return f"an amount for the span {first}–{last}: the sum of those years, dated by the first"


def period_end_evidence(year: str) -> str:
    """The evidence of a row whose clause names the year its period ends (``period_end``).

    >>> period_end_evidence("2027")
    'a period until 2027: the year it ends, not the date of the amount'
    """
    return f"a period until {year}: the year it ends, not the date of the amount"


def period_evidence(first: str) -> str:
    """The evidence of a yearly row dated by its period's first year (``period_start``).

    >>> period_evidence("2026")
    "date from the first year of its period, 2026: the first year's instalment"
    """
    return f"date from the first year of its period, {first}: the first year's instalment"


def per_year_evidence(found: PerYear) -> str:
    """The evidence of a yearly row.

    >>> per_year_evidence(PerYear("a year", "2027"))
    "a yearly amount ('a year') until 2027: one year's instalment, not the period's sum"
    """
    until = f" until {found.until}" if found.until else ""
    return f"a yearly amount ('{found.phrase}'){until}: one year's instalment, not the period's sum"


# How many years a period's total may hold of its yearly amount ("75 milliarder kroner over fem
# år, det vil si 15 milliarder kroner i året": 5)
PERIOD_YEARS = 30


def period_totals(rows: list[dict], first: int, text: str) -> None:
    """Mark, among ``rows[first:]`` (one sentence's rows), a period's total stated beside its
    yearly amount as that amount restated: "75 milliarder kroner over fem år, det vil si 15
    milliarder kroner i året" is one pledge stated twice, and the yearly row counts (a yearly
    row is counted as stated, docs/extraction.md "Basis"). The total gets ``duplicate_of`` the
    yearly row when both have one giver and currency, the total is the yearly amount times a
    whole number of years from 2 to ``PERIOD_YEARS``, and a word of ``RESTATEMENT_LINKS``
    ("det vil si", "d.h.", "that is", "czyli") stands between them, in either order.

    >>> from decimal import Decimal as D
    >>> from aidcalc.amount import Amount
    >>> rows = [
    ...     {"donor": "NOR", "basis": "new", "part_of": None, "duplicate_of": None,
    ...      "parsed": Amount(D(75), "NOK"), "start": 0, "end": 5, "evidence": None},
    ...     {"donor": "NOR", "basis": "per-year", "part_of": None, "duplicate_of": None,
    ...      "parsed": Amount(D(15), "NOK"), "start": 30, "end": 35, "evidence": None}]
    >>> period_totals(rows, 0, "NOK75 over fem år, det vil si NOK15 i året")
    >>> rows[0]["duplicate_of"], rows[0]["evidence"]
    (1, "the total of 5 years of the yearly amount of row 1 ('det vil si'): counted there")
    """
    for index in range(first, len(rows)):
        yearly = rows[index]
        if yearly["basis"] != "per-year" or yearly["duplicate_of"] is not None:
            continue
        for other in range(first, len(rows)):
            total = rows[other]
            if (
                other == index
                or total["basis"] != "new"
                or total["part_of"] is not None
                or total["duplicate_of"] is not None
                or total["donor"] != yearly["donor"]
                or total["parsed"].currency != yearly["parsed"].currency
                or not yearly["parsed"].value
            ):
                continue
            years = total["parsed"].value / yearly["parsed"].value
            if years != int(years) or not 2 <= years <= PERIOD_YEARS:
                continue
            low, high = sorted((total, yearly), key=lambda row: row["start"])
            link = _restatement_link(text[low["end"] : high["start"]])
            if link is None:
                continue
            total["duplicate_of"] = index
            note = (
                f"the total of {int(years)} years of the yearly amount of row {index} "
                f"('{link}'): counted there"
            )
            total["evidence"] = "; ".join(filter(None, (total["evidence"], note)))


def _restatement_link(between: str) -> str | None:
    """The longest phrase of ``RESTATEMENT_LINKS`` standing as whole words in ``between``
    (punctuation ignored: "d.h." is "d h"), or None."""
    words = " ".join(re.findall(r"[^\W\d_]+", between.casefold()))
    found = [
        p for p in RESTATEMENT_LINKS if re.search(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", words)
    ]
    return max(found, key=len) if found else None
