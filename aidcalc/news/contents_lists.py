"""A package's contents listed under it: the items of a list after "The package includes:"
are parts of the package's amount, never new pledges beside it.

A release states a total and then lists what it holds, one item a line ("The Foreign
Secretary announced £120 million for Ukraine. The package includes:" then "- £50 million for
…", "- £40 million for …", "- £30 million for …"). Each item is its own sentence, so the rules
of ``news.parts`` that read one sentence, or a sentence opening with "Of this", see no part.
The rule: after an amount, the words up to a list's first item end with a colon and hold a
verb of ``PART_CONTENTS`` ("includes", "umfasst", "omfattar", "включает"; ``words``) in their
last sentence; the amounts that open the list's items (a line starting with "-", "–", "•",
"*" or "1." / "1)"), one per item, in the whole's currency, that add up to it
(``parts.adds_up``) are its parts: ``part_of`` the whole's row. Items that do not add up
stay rows of their own (the list may hold other money).

>>> from aidcalc.news.candidates import pledge_candidates
>>> text = ("Sweden announced €90 million for Moldova. The package includes:\\n"
...         "- €50 million for energy;\\n- €40 million for schools.")
>>> [r["part_of"] for r in pledge_candidates(text, published="2025-03-01", lang="en")]
[None, 0, 0]
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .parts import adds_up, names_contents

# A list item's opening: a dash, a bullet or a number, at a line's start
_ITEM_RE = re.compile(r"\n[^\S\n]*(?:[-–•*]|\d{1,2}[.)])[^\S\n]+$")
# The lead's last sentence: after the last stop before its colon
_LAST_SENTENCE_RE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*):\s*$")


def contents_list_parts(rows: list[dict[str, Any]], text: str, lang: str | None) -> None:
    """Mark the items of a list of contents ``part_of`` the amount before its lead (see the
    module docstring). ``rows`` hold ``start``, ``end``, ``parsed`` and ``part_of``."""
    index = 0
    while index < len(rows) - 1:
        whole = rows[index]
        first = rows[index + 1]
        lead = text[whole["end"] : first["start"]]
        opening = _ITEM_RE.search(lead)
        last = _LAST_SENTENCE_RE.search(lead, 0, opening.start()) if opening else None
        if (
            whole["part_of"] is not None
            or last is None
            or not names_contents(last[1], lang, (len(last[1]), len(last[1])))
        ):
            index += 1
            continue
        items = [index + 1]
        while items[-1] + 1 < len(rows):
            gap = text[rows[items[-1]]["end"] : rows[items[-1] + 1]["start"]]
            if not _ITEM_RE.search(gap) or "\n" in gap[: gap.rfind("\n")]:
                break  # the next amount opens no item of the next line
            items.append(items[-1] + 1)
        parts = [rows[i]["parsed"] for i in items]
        total = whole["parsed"]
        if all(
            p.currency == total.currency and rows[i]["part_of"] is None
            for p, i in zip(parts, items, strict=True)
        ) and adds_up(Decimal(total.value), [Decimal(p.value) for p in parts]):
            for i in items:
                rows[i]["part_of"] = index
        index = items[-1] + 1
