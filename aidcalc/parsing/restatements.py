"""Restatements: "10 million euros ($11 million)" states one amount twice, in two currencies.

A mention restates the one before it when only a bracket, a comma or a link word
(``words.RESTATEMENT_LINKS``: "i.e.", "umgerechnet", "тобто"; a comma after it changes nothing)
stands between them and its currency differs, or only a comma when it starts with a qualifier
("C$500 million, about US$365 million"); a chain ("CHF 100 million ($112 million), i.e.
roughly €90 million") points back to the first.

>>> from aidcalc.parsing import extract_amounts
>>> [m.equivalent_of for m in extract_amounts("CHF 100 million ($112 million), i.e. €90 million")]
[None, 0, 0]
"""

from __future__ import annotations

from dataclasses import replace

from ..words import RESTATEMENT_LINKS
from .atoms import LPAREN, PUNCT, QUAL, RPAREN, Atom

MAX_GAP_ATOMS = 6


def link_restatements(atoms: list[Atom], found: list, spans: list[tuple[int, int]]) -> list:
    """Mark each mention that restates the one before it in another currency."""
    linked: list = []
    for index, mention in enumerate(found):
        if index:
            before = linked[index - 1]
            # "CHF 100 million ($112 million), i.e. roughly €90 million": both restate CHF
            root = before.equivalent_of if before.equivalent_of is not None else index - 1
            currencies = {before.amount.currency, linked[root].amount.currency}
            if mention.amount.currency not in currencies and is_restatement(
                atoms, spans[index - 1][1], spans[index][0], atoms[spans[index][0]].kind == QUAL
            ):
                mention = replace(mention, equivalent_of=root)
        linked.append(mention)
    return linked


def is_restatement(
    atoms: list[Atom], gap_first: int, gap_after: int, qualified: bool = False
) -> bool:
    """True when the atoms between two mentions make the second a restatement.

    A comma after the link word changes nothing ("es decir, 3,3 millones"); a lone comma
    links a second amount that starts with a qualifier ("C$500 million, about US$365
    million").
    """
    if gap_after - gap_first > MAX_GAP_ATOMS:
        return False
    gap = atoms[gap_first:gap_after]
    if len(gap) > 1 and gap[-1].text == "," and gap[-2].text not in (",", "(", ")"):
        gap = gap[:-1]  # "es decir, 3,3 millones": the comma after the link
    if qualified and [a.text for a in gap] == [","]:
        return True
    # what follows the last "(" or "," must be a link ("i.e.", "umgerechnet") or nothing
    # after "(": "€400 million for air defence (about $430 million)"
    cut = max((i for i, a in enumerate(gap) if a.kind == LPAREN or a.text == ","), default=-1)
    tail = [
        a.text.replace(" .", "") for a in gap[cut + 1 :] if a.kind not in (PUNCT, LPAREN, RPAREN)
    ]
    phrase = " ".join(tail)
    if cut >= 0 and gap[cut].kind == LPAREN and not tail:
        return True
    return bool(tail) and phrase in RESTATEMENT_LINKS
