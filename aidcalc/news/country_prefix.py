"""A country written before a currency symbol: the giver of a list item, not only a prefix.

The parser reads "UK £2bn", "US $5bn" and "NZ $5m" whole, the country's short name telling
which pound or dollar the symbol is, and the mention's span starts at the name. In a list of
givers and their amounts ("The UK £2bn and Germany €3bn were pledged", "Germany gave €3bn and
the US $5bn") that name is also the item's giver: donor finding must see it beside the amount,
not inside it. ``giver_start`` gives where the amount starts for donor finding: after the name
when the name is a country (``aidcalc.places``) that opens its item (the text's start, a
comma, colon, semicolon or line end, a list word of ``words.LIST_AND`` or a determiner of
``words.DETERMINERS`` before it); else the mention's own start ("Ukraine will get US $5bn":
the name follows a verb and is the currency's prefix only). The amount is read the same
either way: only the stretch searched for its giver changes.

>>> text = "The UK £2bn and Germany €3bn were pledged to Ukraine."
>>> start = text.index("UK")
>>> text[giver_start(text, start, start + 7, "en") : start + 7]
'£2bn'
>>> text = "Ukraine will get US $5bn."
>>> start = text.index("US")
>>> giver_start(text, start, start + 7, "en") == start
True
"""

from __future__ import annotations

import re

from ..words import DETERMINERS, LIST_AND, NEWS_LANGUAGES
from .places import find_places

# a name of letters, then spaces, then what is not a letter or digit (the symbol)
_NAME = re.compile(r"([^\W\d_]{2,}\.?)\s+(?=[^\w\s])")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_ITEM_OPENERS = (",", ";", ":", "\n")


def giver_start(text: str, start: int, end: int, lang: str | None) -> int:
    """The offset in ``text`` where the amount spanning [``start``, ``end``) starts for donor
    finding: after a country's name that opens it and opens a list item (see the module),
    else ``start``."""
    match = _NAME.match(text, start, end)
    if match is None:
        return start
    places = find_places(match.group(1).rstrip("."))
    if (
        not places
        or places[0].kind == "demonym"
        or places[0].end != len(match.group(1).rstrip("."))
    ):
        return start
    return match.end() if _opens_item(text[:start], lang) else start


def _opens_item(before: str, lang: str | None) -> bool:
    """True when ``before``, the text before a name, ends where a list item may begin."""
    stripped = before.rstrip(" \t")
    if not stripped or stripped.endswith(_ITEM_OPENERS):
        return True
    last = _LAST_WORD.search(stripped)
    if last is None:
        return False
    word = last.group(1).casefold()
    table = lang if lang in NEWS_LANGUAGES else "en"
    return table in LIST_AND.get(word, ()) or word in DETERMINERS.get(table, frozenset())
