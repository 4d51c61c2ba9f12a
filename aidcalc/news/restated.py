"""A restatement written as a sentence: "Canada's contribution of C$40 million is roughly
US$28 million" states one amount twice.

The parser links a restatement in brackets, after a comma or a link word
(``aidcalc.parsing.restatements``). In news text the same money is also restated by a verb of
being (``words.COPULAS``: "is", "ist", "est", "è", "to jest", "становить"): a mention that
follows the one before with only such a verb between, or two words of the table ("is
equivalent to", "echivalează cu": a short preposition may follow; its qualifier, "roughly", is
part of the mention), in another currency, and at a value a rate of the shipped data could give
(``parsing.rates.plausible_restatement``) restates it: its ``equivalent_of`` points to it
(or to the mention that one restates), so it is no second pledge, never a pledge to the
country its currency's name holds.

>>> from aidcalc.parsing import extract_amounts
>>> text = "Canada's contribution of C$40 million is roughly US$28 million."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "en")]
[None, 0]
>>> text = "Suma de 10 milioane de euro echivalează cu aproximativ 49,7 milioane de lei."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "ro")]
[None, 0]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..parsing import Mention
from ..parsing.rates import plausible_restatement
from ..words import COPULAS, NEWS_LANGUAGES

# The gap between the two mentions: a verb of being, perhaps a second word of the table or a
# short word ("is equivalent to", "echivalează cu", "komt overeen met"), then perhaps a short
# preposition ("est d'environ …", "è di circa …"), no comma or bracket.
GAP_RE = re.compile(
    r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+[^\W\d_]{1,3}\s+|\s+[^\W\d_]{1,2}['’]|\s+)"
)
# The longest short word that may stand as the gap's second word ("cu", "met", "to").
SHORT_WORD = 3


def copula_restatements(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Return ``mentions`` with each one that restates the one before by a verb of being
    linked to it (see the module docstring); the others unchanged."""
    words = COPULAS.get(lang if lang in NEWS_LANGUAGES else "en", frozenset())
    if not words or len(mentions) < 2:
        return mentions
    result = list(mentions)
    for index in range(1, len(result)):
        before, mention = result[index - 1], result[index]
        if mention.equivalent_of is not None or mention.amount.currency == before.amount.currency:
            continue
        gap = GAP_RE.fullmatch(text, before.end, mention.start)
        if gap is None or gap.group(1).casefold() not in words:
            continue
        second = gap.group(2)
        if second is not None and second.casefold() not in words and len(second) > SHORT_WORD:
            continue  # "is roughly": a qualifier the mention holds; "is already": no link
        if not plausible_restatement(before.amount, mention.amount):
            continue
        root = before.equivalent_of if before.equivalent_of is not None else index - 1
        result[index] = replace(mention, equivalent_of=root)
    return result
