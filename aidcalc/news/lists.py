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
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..amount import Amount
from ..words import OTHER_LABELS, SUM_WORDS, TOTAL_LABELS

# Between the cells of a pasted table row: a pipe or a tab.
CELL_RE = re.compile(r"[|\t]")
# A bullet or a number opening a list item ("- ", "• ", "1. ", "2) ").
BULLET_RE = re.compile(r"^\s*(?:[-–—*•·▪►]+|\d{1,2}[.)])\s+")
# The marks between a label and its amount ("Germany: €3bn", "Germany – €3bn", "Total = €5bn").
LABEL_END = " \t\n:=–—-"
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


@lru_cache(maxsize=1)
def other_words() -> frozenset[str]:
    """Return the folded labels of a list item of givers no name says, in every language
    (``OTHER_LABELS``: "Others", "Other donors", "Rest", "Sonstige", "Pozostali").

    >>> {"others", "sonstige", "pozostali", "autres"} <= other_words()
    True
    """
    return frozenset(w.casefold() for table in OTHER_LABELS.values() for w in table)


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
    return label.rstrip(LABEL_END).strip()


def is_total_row(text: str, start: int, end: int | None = None, lang: str | None = None) -> bool:
    """Return whether the amount at ``start`` (ending at ``end``) is on a row or item labelled
    with a total (``is_total_label``): "Total | €5bn", "- Razem: 5 mld zł", "…; total €5bn",
    "EU total | 500".

    The label must end a row's cell, follow a bullet or a semicolon, stand before a colon,
    dash or ``=``, or open a line that is an item of a list (``in_list``: "Total 5" under
    "Germany 3" and "France 2"): a sentence opening with such a word is prose ("Insgesamt 5
    Mrd. Euro hat Deutschland zugesagt", the whole of Germany's own pledges).

    >>> is_total_row("- Total: €5bn", 9), is_total_row("- Total aid: €5bn", 13)
    (True, False)
    >>> is_total_row("Insgesamt 5 Mrd. Euro hat Deutschland zugesagt", 10)
    False
    """
    label = item_label(text, start, end)
    return label is not None and is_total_label(label, lang)


def item_label(text: str, start: int, end: int | None = None) -> str | None:
    """Return the label of the row or item whose amount is at ``start`` (``row_label``), or
    None when the amount is not on a row or item: the label must end a row's cell, follow a
    bullet or a semicolon, stand before a colon, dash or ``=``, or (with ``end``) open a line
    that is an item of a list (``in_list``) or a row aligned with spaces (``_spaced_row``: a
    short label, a gap of two spaces, the amount). A sentence opening with words is prose.

    >>> item_label("- Scotland: €1bn", 12), item_label("Scotland pledged €1bn", 17)
    ('Scotland', None)
    """
    label = row_label(text, start)
    if not label:
        return None
    low, _ = _line(text, start)
    before = text[low:start]
    # a row or item, not prose: "Insgesamt 5 Mrd. Euro hat Deutschland zugesagt" is a sentence
    marked = bool(
        CELL_RE.search(before)
        or ";" in before
        or BULLET_RE.match(before)
        or before[len(before.rstrip(LABEL_END)) :].strip()
        or (end is not None and in_list(text, start, end))
        or _spaced_row(text, start, end)
    )
    return label if marked else None


def _spaced_row(text: str, start: int, end: int | None) -> bool:
    """Whether the amount at ``start``–``end`` is the cell of a row aligned with spaces: a
    label of at most five words, a gap of two spaces or more, the amount, perhaps a note
    ("Gesamt          1380" under "Land            Zusage"); without ``end``, at most five
    words from the amount to the end of its line."""
    low, high = _line(text, start)
    before = text[low:start]
    if not re.search(r"[^\W\d_.][^\S\n]{2,}$", before) or len(before.split()) > 5:
        return False
    if end is None:
        return len(text[start:high].split()) <= 5
    return bool(_AFTER_ITEM_RE.match(text, end, high))


def is_total_label(label: str, lang: str | None = None) -> bool:
    """Return whether a row's ``label`` names a total: a total word alone (``total_words``), or
    a total word first or last beside the name of a giver or area ("Total EU", "EU total",
    "Nordics total", "Gesamt Deutschland"): a place the gazetteer knows, or capitalised words
    of a name. "Total aid" is a label of its own, no total.

    >>> [is_total_label(x) for x in ("Total", "Total EU", "Nordics total", "Total aid")]
    [True, True, True, False]
    """
    folded = label.casefold()
    if folded in total_words():
        return True
    words = label.split()
    if len(words) < 2 or len(words) > 4:
        return False
    for rest, word in ((words[1:], words[0]), (words[:-1], words[-1])):
        if word.casefold() in total_words():
            name = " ".join(rest)
            if all(w[0].isupper() for w in rest) or _names_place(name, lang):
                return True
    return False


def _names_place(name: str, lang: str | None) -> bool:
    from .places import find_places

    return any(p.start == 0 and p.end == len(name) for p in find_places(name, lang))


# A line that is an item by its form alone: a short label, then a number or amount, perhaps a
# note in brackets or after a comma ("Germany 3", "France: 2 (provisional)", "Total 5").
_SHORT_LABEL_RE = re.compile(
    r"^[^\S\n]*(?:[-–—*•·▪►]+[^\S\n]*|\d{1,2}[.)][^\S\n]+)?"
    r"[^\W\d_][^\d:=|;\n]{0,60}?[^\S\n]*[:=–—-]?[^\S\n]*$"
)
_AFTER_ITEM_RE = re.compile(r"[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*(?:,[^\n;]*)?[.;]?[^\S\n]*$")


def in_list(text: str, start: int, end: int) -> bool:
    """Return whether the amount at ``start``–``end`` is an item of a list by its line alone:
    its line is a short label (at most four words), the amount and perhaps a note, and the
    lines above it up to a header ending with a colon ("Pledges (in € bn):") are such items
    too (or bulleted, or table rows). "Germany 3" on its own line under a header is an item,
    and so is "Total 5" under it (offsets in the whole text: the header is
    a sentence of its own).

    >>> in_list("Pledges (in € bn):\\nGermany 3\\nTotal 5", 35, 36)
    True
    >>> in_list("Germany pledged €3bn", 16, 20)
    False
    """
    low, high = _line(text, start)
    label = _SHORT_LABEL_RE.match(text[low:start])
    if not label or len(text[low:start].split()) > 5 or not _AFTER_ITEM_RE.match(text, end, high):
        return False
    return list_header(text, start) is not None


def list_header(text: str, start: int) -> str | None:
    """Return the header of the list whose item holds offset ``start``: the nearest line above
    it that ends with a colon, when every line between is an item (bulleted, a table row, or a
    short label and a number); None at a blank line or a line of prose.

    >>> list_header("Pledges 2024 (EUR m):\\n- Germany: 3\\n- France: 2", 40)
    'Pledges 2024 (EUR m)'
    """
    low, _ = _line(text, start)
    while low > 0:  # the lines above: items, up to the header
        high = low - 1
        low = text.rfind("\n", 0, high) + 1
        line = text[low:high].strip()
        if not line:
            return None
        if line.endswith(":"):
            return line[:-1].strip()
        if CELL_RE.search(line) or BULLET_RE.match(line):
            continue
        if not re.fullmatch(r"[^\W\d_][^\d:=|;\n]{0,60}?\s*[:=–—-]?\s*\S*\d\S*.*", line):
            return None
        if len(line.split()) > 8:
            return None
    return None


def header_year(text: str, start: int) -> str | None:
    """Return the one year the header of the list holding offset ``start`` names
    ("Pledges (EUR million), 2024:", "Pledges 2024 (EUR million):"), or None: the year of
    each of its rows that states none of its own.

    >>> header_year("Pledges (EUR million), 2024:\\nGermany | 300", 38)
    '2024'
    """
    head = list_header(text, start)
    years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", head or ""))
    return years.pop() if len(years) == 1 else None


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


# A span of years: "2023–2024", "2023-24", "2024/25" (a label or in brackets)
SPAN_RE = re.compile(r"\(?\s*((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\s*\)?")
# A span in brackets right after an amount ("€3bn (2023–2024)")
SPAN_AFTER_RE = re.compile(r"\s*\(\s*((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)\s*\)")


def row_span(text: str, where: tuple[int, int]) -> tuple[str, str] | None:
    r"""Return the (first, last) year (``YYYY``) of a span of years that labels the table row or
    list item of the amount at ``where`` (offsets in ``text``), in brackets right after it
    ("€3bn (2023–2024)") or as its label ("2023–2024 – 5,63 mld zł", "2024/25 | €3bn"), or
    None. A short last year takes the century of the first ("2024/25": 2025); a span must run
    forward.

    >>> row_span("2022 – 7,23 mld zł\n2023–2024 – 5,63 mld zł", (31, 42))
    ('2023', '2024')
    >>> row_span("Germany €3bn (2024/25)", (8, 12))
    ('2024', '2025')
    >>> row_span("2022 – 7,23 mld zł", (7, 18)) is None
    True
    """
    found = SPAN_AFTER_RE.match(text, where[1]) or SPAN_RE.fullmatch(row_label(text, where[0]))
    if found is None:
        return None
    first, last = found[1], found[2]
    if len(last) == 2:
        last = first[:2] + last
    return (first, last) if last > first else None


def span_evidence(span: tuple[str, str]) -> str:
    """The evidence of a row dated by a span of years (``row_span``).

    >>> span_evidence(("2023", "2024"))
    'date from the span 2023–2024 labelling its row: the sum of those years, dated by the first'
    """
    first, last = span
    return (
        f"date from the span {first}–{last} labelling its row: the sum of those years, "
        "dated by the first"
    )


# Words before a unit in a list's header: "in euros", "en millions d'euros", "w mln zł",
# "у млн грн"; a unit in brackets needs none ("(EUR million)", "(in € bn)").
UNIT_PREPOSITIONS = ("in", "en", "em", "w", "we", "у", "в", "v", "ve", "im", "i", "na")
# a header may name a year ("Pledges (EUR million), 2024:", "Pledges 2024 (EUR million):")
HEADER_RE = re.compile(
    r"^[^\S\n]*(?P<head>(?=[^\n:]{1,80}:)(?:[^\n:|\d]|(?<!\d)(?:19|20)\d\d(?!\d))+):",
    re.MULTILINE,
)
_PREPOSITION = "|".join(UNIT_PREPOSITIONS)
UNIT_AFTER_RE = re.compile(rf"(?:^|\s)(?:{_PREPOSITION})\s+(?P<unit>[^()]+?)\s*$", re.IGNORECASE)
BRACKET_RE = re.compile(rf"\(\s*(?:(?:{_PREPOSITION})\s+)?(?P<unit>[^()]+?)\s*\)", re.IGNORECASE)
# A list item: a label of words, a colon, dash or nothing, then a number alone, perhaps with a
# scale word of its own ("France: 2bn", "Italy 1", "Polska – 1,5"), perhaps a year in brackets.
# A bullet or a number ("1. ", "2) ") may open it, its label may be a year ("- 2023: 300") or a
# span of years ("2023–2024 – 5,63"; ``row_span`` dates it), and
# a note may follow its number: in brackets ("(provisional)", "(2024)", "(NOK bn)": a unit of
# its own) or after a comma (", plus 30 howitzers"), but no second item ("Germany 3, France 2").
ITEM_RE = re.compile(
    r"^[^\S\n]*(?:[-–—*•·▪►]+[^\S\n]*|\d{1,2}[.)][^\S\n]+)?"
    r"(?P<label>[^\W\d_][^\d:=|;\n]*?|(?:19|20)\d\d"
    r"(?:[^\S\n]*[-–—/][^\S\n]*(?:19|20)?\d\d)?)"  # a year or a span ("2023–2024", "2023/24")
    r"[^\S\n]*[:=–—-]?[^\S\n]*"
    r"(?P<number>\d+(?:[.,  ]\d+)*)(?:[^\S\n]?(?P<scale>[^\W\d_]{1,5}\.?))?"
    r"(?:[^\S\n]*\((?P<note>[^()\n]*)\))?"
    r"(?:[^\S\n]*,(?![^\S\n]*[^\W\d_][^\d:=|;\n]*?[:=–—-]?[^\S\n]*\d[\d.,]*[^\S\n]*$)[^\n;]*)?"
    r"[^\S\n]*[.;,]?[^\S\n]*$"
)
NUMBER_CELL_RE = re.compile(
    r"(?P<number>\d+(?:[.,  ]\d+)*)(?:[^\S\n]?(?P<scale>[^\W\d_]{1,5}\.?))?"
)
# Between items on one line: a semicolon, or a bullet after spaces ("- Germany: €3bn - France").
ITEM_SPLIT_RE = re.compile(r";|[^\S\n]+[-–—•·][^\S\n]+(?=[^\W\d_])")


def header_unit(head: str, lang: str | None):
    """Return the ``Amount`` of one unit a list's header states (``EUR 1`` for "in euros",
    ``EUR 1000000000`` for "(in € bn)"), with the codes of the defaults its reading rests on,
    or None: the phrase in brackets, or after a preposition, read as "1 <unit>" by the parser.

    >>> str(header_unit("Pledges (in € bn)", "en")[0]), header_unit("Zusagen in Mio. Euro", "de")[0]
    ('EUR 1000000000', Amount(value=Decimal('1000000'), currency='EUR', qualifier=None, high=None))
    >>> header_unit("Pledges so far", "en") is None
    True
    """
    from ..parsing import extract_amounts

    found = [m["unit"] for m in BRACKET_RE.finditer(head)]
    after = UNIT_AFTER_RE.search(head)
    if after:
        found.append(after["unit"])
    found.extend(piece.strip() for piece in head.split(",")[1:])  # "Pledges, EUR million"
    for unit in found:
        written = f"1 {unit.rstrip('.')}"  # "(mio. kr.)": an abbreviation's dot ends no unit
        mentions = extract_amounts(written, lang=lang)
        whole = len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(written))
        if whole and mentions[0].amount.value > 0:
            return mentions[0].amount, mentions[0].assumptions
    return None


def list_amounts(
    text: str, mentions: Sequence[Any], lang: str | None, refused: list | None = None
) -> list[Any]:
    """Return ``mentions`` (``parsing.Mention``s of ``text``, in order) with the bare numbers
    of a list or table whose header or first item states the currency, each read in it.

    A header is the words before a colon opening a line ("Pledges (in € bn):", "Zusagen in
    Mio. Euro:", "Wsparcie (w mln zł):"); the list runs from the colon to a blank line or to
    the first line with neither an item nor an amount. Its items are the lines, the
    ``;``-separated or bulleted pieces of a line, and the rows of a ``|`` or tab table
    (``ITEM_RE``: a label, then a number alone with perhaps a scale word of its own). The unit
    the header states (``header_unit``) applies to each number: a bare one takes its currency
    and scale ("Germany 3" under "(in € bn)": EUR 3000000000), one with a scale word of its own
    its currency only ("France: 2bn" under "in euros"). Without a unit in the header, the
    currency of the list's first amount ("- Germany: €3bn") applies to the items that write
    a scale word of their own ("- France: 2bn"), never to a bare number. A cell holding a year
    alone is never an amount. Each such mention records ``list-currency`` in its
    ``assumptions``, after the codes its reading rests on; restatement and change indexes are
    renumbered.

    >>> found = list_amounts("Pledges (in € bn): Germany 3; France 2", [], "en")
    >>> [(str(m.amount), m.assumptions) for m in found]
    [('EUR 3000000000', ('list-currency',)), ('EUR 2000000000', ('list-currency',))]
    """
    if ":" not in text:
        return list(mentions)
    added: list[Any] = []
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    at = stop = 0
    while (header := HEADER_RE.search(text, at)) is not None:
        at = header.end()
        first = _first_item(text, header.start(), starts, ends)
        if first is not None:  # "Deutschland: 3 Mrd.; …": an item, no header; a unit after it
            at = max(at, _unit_after(text, first, mentions, lang, added, refused))
            continue
        unit = header_unit(header["head"], lang)
        if stop <= at:  # the next blank line, found once for all the headers before it
            stop = text.find("\n\n", at)
            stop = len(text) if stop < 0 else stop
        if unit is None:
            first = bisect_left(starts, at)
            if first == len(starts) or starts[first] >= stop:  # no amount: a unit after it?
                at = max(at, _unit_after(text, at, mentions, lang, added, refused))
                continue
            currency, scale, codes = mentions[first].amount.currency, None, ()
        else:
            currency, scale, codes = unit[0].currency, unit[0].value, unit[1]
        items, at, unread = _items(text, at, stop, starts, ends)  # and the next header's start
        head = header["head"].strip()
        for number, own_scale, start, end, note in items:
            own_unit = header_unit(f"({note})", lang) if note else None
            if own_unit is not None:  # "- Norway: 20 (NOK bn)": a unit of its own
                unit_of = (own_unit[0].currency, own_unit[0].value, own_unit[1])
            else:
                unit_of = (currency, scale, codes)
            amount = _item_amount(number, own_scale, unit_of[0], unit_of[1], lang)
            if amount is None:
                unread.append((start, text[start:end]))
                continue
            value, assumed = amount
            kept = unit_of[2] if own_scale is None else ()
            assumptions = tuple(dict.fromkeys((*kept, *assumed, "list-currency")))
            added.append((start, end, Amount(value=value, currency=unit_of[0]), assumptions))
        if refused is not None:
            from ..parsing import Refusal

            refused.extend(
                Refusal(at_, f"an item of the list under {head!r} that could not be read: {line!r}")
                for at_, line in unread
            )
    if not added:
        return list(mentions)
    from ..parsing import Mention

    mentions = list(mentions)
    items = [Mention(amount, start, end, assumptions=codes) for start, end, amount, codes in added]
    return merged_mentions(mentions, mentions, items)


def merged_mentions(kept: list[Any], original: list[Any], added: list[Any]) -> list[Any]:
    """Return the mentions ``kept`` (of ``original``, the parser's) and ``added`` (read from a
    list or table) in order of their starts, with the restatement and change indexes of
    ``kept`` renumbered; an index to a mention of ``original`` not kept is cleared."""
    position = {id(m): i for i, m in enumerate(original)}
    merged = sorted(
        [(m.start, 0, position[id(m)], m) for m in kept]
        + [(m.start, 1, i, m) for i, m in enumerate(added)]
    )
    new_index = {i: k for k, (_, kind, i, _) in enumerate(merged) if kind == 0}
    out = []
    for _, kind, _, mention in merged:
        if kind == 0 and (mention.equivalent_of is not None or mention.changed_to is not None):
            mention = replace(
                mention,
                equivalent_of=new_index.get(mention.equivalent_of),
                changed_to=new_index.get(mention.changed_to),
            )
        out.append(mention)
    return out


def _covered(starts: list[int], ends: list[int], low: int, high: int) -> int | None:
    """Return the index of the mention covering the number at ``low``-``high``, or None."""
    index = bisect_left(starts, high) - 1  # the last mention starting before its end
    return None if index < 0 or ends[index] <= low else index


def _first_item(text: str, low: int, starts: list[int], ends: list[int]) -> int | None:
    """Return ``low`` when the line there opens with a list item whose number no mention
    covers ("Deutschland: 3 Mrd.; …", "- Polska: 1 mld"): its "header" is the item's label."""
    high = text.find("\n", low)
    high = len(text) if high < 0 else high
    split = ITEM_SPLIT_RE.search(text, low, high)
    for _number, _scale, start, end, _note in _line_items(text, low, high):
        if (split and start > split.start()) or _covered(starts, ends, start, end) is not None:
            return None
        return low
    return None


def _item_lines(text: str, low: int, starts: list[int], ends: list[int]):
    """Yield (start, end, items, mention) of the lines from ``low`` whose pieces are all items
    (``_line_items``), up to the first line that is not; the last piece of a line may instead
    hold a mention that ends the line ("…; Polen: 1 Mrd. Euro"): ``mention`` is its index
    (else None), and that line ends the list."""
    while low < len(text):
        high = text.find("\n", low)
        high = len(text) if high < 0 else high
        line = text[low:high]
        if CELL_RE.search(line):
            return
        items = list(_line_items(text, low, high))
        pieces = len(ITEM_SPLIT_RE.split(line))
        last = bisect_left(starts, high) - 1
        closing = (
            last
            if last >= 0
            and starts[last] >= low
            and not text[ends[last] : high].strip(" .;,")
            and (not items or items[-1][3] <= starts[last])
            else None
        )
        if closing is not None and len(items) == pieces - 1:
            yield low, high, items, closing
            return
        if not items or len(items) != pieces:
            return
        yield low, high, items, None
        low = high + 1


def _unit_after(text, low, mentions, lang, added, refused) -> int:
    """Read the list from ``low`` (a line opening with an item, or the items after a header
    that states no unit and holds no amount) in the unit written after it; return where the
    list ends. The list is the lines of items from ``low`` (one line of two items at least,
    between ``;``, or several lines); its unit is the note of its last item ("Polen: 1 Mrd.
    (Euro)"), else a line right after it that is a unit alone ("(Angaben in Euro)", "in
    Mio. Euro"), else the currency of the last item's own amount ("Polen: 1 Mrd. Euro"). The
    items without a currency of their own are read in it (``list-currency``); without one, an
    item that writes a scale word of money ("3 Mrd.") is refused with the reason, and a bare
    number says no money."""
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    if not text[low : text.find("\n", low) if "\n" in text[low:] else len(text)].strip():
        low = text.find("\n", low) + 1 or len(text)  # a header's colon ends its line
    lines = list(_item_lines(text, low, starts, ends))
    items = [item for _, _, found, _ in lines for item in found]
    end = lines[-1][1] if lines else low
    own = lines[-1][3] if lines else None
    if len(items) + (own is not None) < 2:
        return end
    unit = None
    note = items[-1][4] if own is None else None
    if note:
        unit = header_unit(f"({note})", lang)
    after_end = text.find("\n", end + 1)
    after_end = len(text) if after_end < 0 else after_end
    after = text[end + 1 : after_end].strip() if end < len(text) else ""
    if unit is None and after and not any(c.isdigit() for c in after) and len(after) <= 60:
        bare = after.strip("() .")
        unit = header_unit(f"({bare})", lang) or header_unit(bare, lang)
        if unit is not None:
            end = after_end
    scale = None if unit is None else unit[0].value
    if unit is None and own is not None and len(lines) == 1:  # "…; Polen: 1 Mrd. Euro"
        unit = (Amount(value=Decimal(1), currency=mentions[own].amount.currency), ())
    for number, own_scale, start, item_end, _note in items:
        if _covered(starts, ends, start, item_end) is not None:
            continue
        amount = None
        if unit is not None:
            amount = _item_amount(number, own_scale, unit[0].currency, scale, lang)
        if amount is not None:
            value, assumed = amount
            kept = unit[1] if own_scale is None else ()
            codes = tuple(dict.fromkeys((*kept, *assumed, "list-currency")))
            added.append((start, item_end, Amount(value=value, currency=unit[0].currency), codes))
        elif refused is not None and (
            unit is not None or _item_amount(number, own_scale, "EUR", None, lang) is not None
        ):  # "3 Mrd." with no currency: money; "3 tanks" is no money
            from ..parsing import Refusal

            if unit is not None:
                why = "could not be read in the unit written after its list"
            elif own is not None:
                why = "has no currency: only the list's last line writes one, for itself or all"
            else:
                why = "has no currency written before, in or after its list"
            refused.append(Refusal(start, f"an item of a list {why}: {text[start:item_end]!r}"))
    return end


def _items(text: str, start: int, stop: int, starts: list[int], ends: list[int]):
    """Return the items from ``start`` to ``stop`` whose number no mention (``starts``,
    ``ends``: sorted, not overlapping) covers, as (number, its scale word or None, start, end,
    its note or None), where the list ends: at the first line after the header's with neither
    an item nor a mention, nor cells of a table row; and the (start, line) of the lines that
    have the form of an item but could not be read as one (``_unread_item``), to be refused."""
    items = []
    unread: list[tuple[int, str]] = []  # lines of items that could not be read
    line_start = start
    while line_start < stop:
        line_end = text.find("\n", line_start, stop)
        line_end = stop if line_end < 0 else line_end
        mentioned = bisect_left(starts, line_start) < bisect_left(starts, line_end)
        row = bool(CELL_RE.search(text, line_start, line_end))  # a table row goes on the table
        found = mentioned or row
        read = False
        for number, scale, low, high, note in _line_items(text, line_start, line_end):
            read = True
            index = bisect_left(starts, high) - 1  # the last mention starting before its end
            if index < 0 or ends[index] <= low:
                found = True
                items.append((number, scale, low, high, note))
        line = text[line_start:line_end].strip()
        if not read and not mentioned and _unread_item(line, row):
            unread.append((line_start + text[line_start:line_end].index(line), line))
            found = True  # refused, and the list goes on after it
        if not found and line_start > start and line:
            return items, line_start, unread
        line_start = line_end + 1
    return items, stop, unread


def _unread_item(line: str, row: bool) -> bool:
    """Return whether ``line``, in a list and read as no item, has the form of one: a table row
    or a bulleted or labelled line ("- France: about 2", "Italy | n/a 1") with a number."""
    if not any(c.isdigit() for c in line):
        return False
    if row:
        return any(c.isdigit() for c in CELL_RE.split(line, maxsplit=1)[-1])
    return bool(BULLET_RE.match(line) or _LABELLED_RE.match(line))


_LABELLED_RE = re.compile(r"[^\W\d_][^\d:=|;\n]{0,40}?[^\S\n]*[:=–—-][^\S\n]*\S*\d")


def _line_items(text: str, low: int, high: int):
    """Yield (number, scale word or None, start, end, note in brackets or None) of the items of
    one line."""
    line = text[low:high]
    if CELL_RE.search(line):  # a table row: its label first, then its first number cell
        cells, at = [], low
        for cell in CELL_RE.split(line):
            cells.append((cell, at))
            at += len(cell) + 1
        labelled = False
        for cell, at in cells:
            stripped = cell.strip()
            if not labelled:
                labelled = bool(stripped) and (
                    stripped[0].isalpha() or bool(YEAR_CELL_RE.fullmatch(stripped))
                )  # "Germany | 300", "2024 | 300"
                continue
            found = NUMBER_CELL_RE.fullmatch(stripped)
            if found and not YEAR_CELL_RE.fullmatch(stripped):
                offset = at + cell.index(stripped)
                yield found["number"], found["scale"], offset, offset + len(stripped), None
                return
        return
    at = low
    for piece in ITEM_SPLIT_RE.split(line):
        found = ITEM_RE.fullmatch(piece)
        if found and len(found["label"].split()) <= 4:
            end = found.end("scale") if found["scale"] else found.end("number")
            yield (
                found["number"],
                found["scale"],
                at + found.start("number"),
                at + end,
                found["note"],
            )
        at += len(piece)
        rest = ITEM_SPLIT_RE.match(text, at, high)
        if rest:
            at = rest.end()


def _item_amount(number: str, scale_word, currency: str, scale, lang):
    """Return (value, assumption codes) of an item's number in the list's currency, or None:
    with a scale word of its own read as written, else (with the header's scale) multiplied by
    it."""
    from ..parsing import extract_amounts

    if scale_word is None and scale is None:
        return None  # a bare number under a first item's currency: no money said
    written = f"{number} {scale_word} {currency}" if scale_word else f"{number} {currency}"
    mentions = extract_amounts(written, lang=lang)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(written)):
        return None
    value = mentions[0].amount.value
    if mentions[0].amount.currency != currency or mentions[0].amount.high is not None:
        return None
    return (value if scale_word else value * scale), mentions[0].assumptions
