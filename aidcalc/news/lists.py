"""Tables and lists pasted into news text: the label of a row, a total row, a row's own year.

An article may carry a pledge table or a bulleted list as it stood in a briefing: one line per
giver, cells between ``|`` or tabs, items after ``-`` or ``•``, or items between semicolons on
one line. Such a row says in its own cells what prose says with words:

- its **label** (``row_label``) is the first cell of its line, or the words of its item before
  the amount, without the bullet and the colon or dash after it;
- a label that is a total word of any language (``TOTAL_LABELS`` of ``aidcalc/words``, and
  the labels that are whole ``SUM_WORDS`` phrases: "Total", "Gesamt", "Razem", "Всього",
  "Sous-total") makes the row the sum of the items before it (``is_total_row``), no giver's
  own pledge;
- a cell holding a year alone ("Germany | €3bn | 2024"), a year as the label ("2024 | €3bn"),
  or a year in brackets right after the amount ("Germany – €3bn (2024)"), is the row's own
  year (``row_year``), before any date the text states.

>>> text = "Germany | €3bn | 2024\\nTotal | €5bn |"
>>> row_label(text, 10), row_label(text, 30)
('Germany', 'Total')
>>> is_total_row(text, 30), row_year(text, (10, 14), [(10, 14)])
(True, '2024')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..words import SUM_WORDS, TOTAL_LABELS

# Between the cells of a pasted table row: a pipe or a tab.
CELL_RE = re.compile(r"[|\t]")
# A bullet or a number opening a list item ("- ", "• ", "1. ", "2) ").
BULLET_RE = re.compile(r"^\s*(?:[-–—*•·▪►]+|\d{1,2}[.)])\s+")
# The marks between a label and its amount ("Germany: €3bn", "Germany – €3bn", "Total = €5bn").
LABEL_END_RE = re.compile(r"[\s:=–—-]+$")
# A cell that is a year alone, bracketed or not ("2024", "(2025)").
YEAR_CELL_RE = re.compile(r"\(?\s*((?:19|20)\d\d)\s*\)?")
# A year in brackets right after an amount ("€3bn (2024)").
YEAR_AFTER_RE = re.compile(r"\s*\(\s*((?:19|20)\d\d)\s*\)")


@lru_cache(maxsize=1)
def total_words() -> frozenset[str]:
    """Return the folded labels of a total row in every language (``TOTAL_LABELS``, and the
    ``SUM_WORDS`` phrases that can stand alone as a label: "in total", "insgesamt", "łącznie").

    >>> {"total", "gesamt", "razem", "всього", "sous-total", "celkem"} <= total_words()
    True
    """
    words = {w.casefold() for table in TOTAL_LABELS.values() for w in table}
    words.update(w.casefold() for table in SUM_WORDS.values() for w in table if w.isalpha())
    return frozenset(words)


def _line(text: str, start: int) -> tuple[int, int]:
    """Return the (start, end) of the line of ``text`` holding offset ``start``."""
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", start)
    return low, len(text) if high < 0 else high


def row_label(text: str, start: int) -> str:
    """Return the label of the table row or list item whose amount starts at ``start``: the first
    non-empty cell of a ``|`` or tab row, else the words of its item (after the last ``;`` of
    the line before the amount), without the bullet and the marks after it ("- Total: " ->
    "Total"); '' when none.

    >>> row_label("- Deutschland: 3 Mrd. Euro", 15)
    'Deutschland'
    >>> row_label("Germany €3bn; France €2bn; total €5bn", 33)
    'total'
    """
    low, _ = _line(text, start)
    before = text[low:start]
    if CELL_RE.search(before):
        cells = [cell.strip() for cell in CELL_RE.split(before)]
        label = next((cell for cell in cells if cell), "")
    else:
        label = before.rsplit(";", 1)[-1]
    label = BULLET_RE.sub("", label)
    return LABEL_END_RE.sub("", label).strip()


def is_total_row(text: str, start: int) -> bool:
    """Return whether the amount at ``start`` is on a row or item labelled with a total word of
    any language (``total_words``): "Total | €5bn", "- Razem: 5 mld zł", "…; total €5bn".

    The label must end a row's cell, follow a bullet or a semicolon, or stand before a colon,
    dash or ``=``: a sentence opening with such a word is prose ("Insgesamt 5 Mrd. Euro hat
    Deutschland zugesagt", the whole of Germany's own pledges).

    >>> is_total_row("- Total: €5bn", 9), is_total_row("- Total aid: €5bn", 13)
    (True, False)
    >>> is_total_row("Insgesamt 5 Mrd. Euro hat Deutschland zugesagt", 10)
    False
    """
    label = row_label(text, start).casefold()
    if not label or label not in total_words():
        return False
    low, _ = _line(text, start)
    before = text[low:start]
    # a row or item, not prose: "Insgesamt 5 Mrd. Euro hat Deutschland zugesagt" is a sentence
    return bool(
        CELL_RE.search(before)
        or ";" in before
        or BULLET_RE.match(before)
        or LABEL_END_RE.search(before).group().strip()
    )


def row_year(text: str, where: tuple[int, int], wheres: Sequence[tuple[int, int]]) -> str | None:
    """Return the year of the table row or list item of the amount at ``where`` (offsets in
    ``text``), or None: a year in brackets right after the amount ("€3bn (2024)"), a label that
    is a year ("2024 | €3bn", "- 2024: €3bn"), else the one cell of its line that holds a year
    alone ("Germany | €3bn | 2024"; cells between ``|`` or tabs, or between ``;`` when the line
    holds no other amount of ``wheres``). Two different
    year cells give None: the row does not say which is the amount's.

    >>> row_year("Germany\\t€3bn\\t2024", (8, 12), [(8, 12)])
    '2024'
    >>> row_year("Germany – €3bn (2024), France – €2bn", (10, 14), [(10, 14), (32, 36)])
    '2024'
    >>> row_year("Germany | €3bn | 2023 | 2024", (10, 14), [(10, 14)]) is None
    True
    """
    after = YEAR_AFTER_RE.match(text, where[1])
    if after:
        return after[1]
    label = YEAR_CELL_RE.fullmatch(row_label(text, where[0]))
    if label:  # "2024 | €3bn", "- 2024: €3bn": a year as the row's label
        return label[1]
    low, high = _line(text, where[0])
    line = text[low:high]
    if CELL_RE.search(line):
        cells = CELL_RE.split(line)
    elif ";" in line and sum(low <= s < high for s, _ in wheres) == 1:
        cells = line.split(";")
    else:
        return None
    years = {m[1] for cell in cells if (m := YEAR_CELL_RE.fullmatch(cell.strip()))}
    return years.pop() if len(years) == 1 else None
