"""A second receiver joined to a row's recipient ("Turskoj i Siriji", "to Turkey and Syria"):
the amount is shared, and a row names one recipient only, so the row says so.

>>> text = "Vlada je poslala pomoć vrijednu 2 milijuna eura Turskoj i Siriji."
>>> shared_recipients(text, "hr", "TUR", "HRV")
('SYR',)
"""

from __future__ import annotations

import re

from ..words import LIST_AND
from .places import find_places

# The rest of a clause after a country: up to the next comma, semicolon, colon or full stop
_CLAUSE_REST_RE = re.compile(r"[^,;:.!?]*")


def shared_recipients(
    sentence: str,
    lang: str | None,
    recipient: str | None,
    donor: str | None,
    where: tuple[int, int] = (0, 0),
) -> tuple[str, ...]:
    """Return the codes of the countries ``sentence`` joins to ``recipient`` by a list word
    (``LIST_AND``: "and", "und", "i") right after the recipient's name, other than
    the recipient and the donor, and with no figure after it in its clause but the row's own
    amount at ``where`` ("to Ukraine and Poland gave 3 mln euro": Poland gives an amount of
    its own): the receivers that share the
    row's amount. Empty when there
    are none, when ``recipient`` is None or the sentence does not name it.

    >>> shared_recipients("Germany sent €2m to Turkey and Syria.", "en", "TUR", "DEU")
    ('SYR',)
    >>> shared_recipients("Germany sent €2m to Turkey.", "en", "TUR", "DEU")
    ()
    """
    if recipient is None:
        return ()
    places = find_places(sentence, lang)
    found: list[str] = []
    for index, place in enumerate(places):
        if place.code != recipient:
            continue
        end = place.end
        for following in places[index + 1 :]:
            if sentence[end : following.start].strip().casefold() not in LIST_AND:
                break
            low, high = _CLAUSE_REST_RE.match(sentence, following.end).span()
            if any(
                char.isdigit() and not where[0] <= at < where[1]
                for at, char in enumerate(sentence[low:high], low)
            ):
                break  # "… Ukraine and Japan a further $2bn": a giver of its own amount
            if following.code not in (recipient, donor) and following.code not in found:
                found.append(following.code)
            end = following.end
        break
    return tuple(found)


def shared_evidence(recipient: str, others: tuple[str, ...]) -> str:
    """The evidence of a row whose amount its sentence gives to several receivers.

    >>> shared_evidence("TUR", ("SYR",))
    'shared with SYR: the sentence names several receivers of one amount, the row only TUR'
    """
    return (
        f"shared with {', '.join(others)}: the sentence names several receivers of one amount,"
        f" the row only {recipient}"
    )
