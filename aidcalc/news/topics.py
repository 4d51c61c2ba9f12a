"""A recipient named by a fronted topic phrase: "For Ukraine, the government approved €10m",
"Für die Ukraine hat die Regierung …", "Για την Ουκρανία, η κυβέρνηση …".

Such a phrase opens its sentence with a word before a recipient (``RECIPIENT_MARKERS``:
"for", "für", "για"), perhaps determiners ("die", "την"), then a country the gazetteer knows.
It sets that one sentence apart from the article's subject ("Greece gives €5m for Gaza. For
Ukraine, …"), so its recipient is not carried to a later sentence of another giver, which
takes the article's recipient instead (``aidcalc.news.candidates``; docs/extraction.md, "Who
gives", rule 6).
"""

from __future__ import annotations

import re

from ..words import DETERMINERS, RECIPIENT_MARKERS
from .places import find_places

_WORD_RE = re.compile(r"[^\W\d_]+")


def fronted_recipient(sentence: str, lang: str | None) -> str | None:
    """Return the code of the country a topic phrase opening ``sentence`` names ("For
    Ukraine, …": UKR), or None when the sentence opens otherwise.

    >>> fronted_recipient("For Ukraine, the government approved a €10m package.", "en")
    'UKR'
    >>> fronted_recipient("Για την Ουκρανία, η κυβέρνηση ενέκρινε πακέτο 10 εκατ. ευρώ.", "el")
    'UKR'
    >>> fronted_recipient("The government approved €10m for Ukraine.", "en") is None
    True
    """
    markers = RECIPIENT_MARKERS.get(lang or "en", frozenset()) | RECIPIENT_MARKERS["en"]
    determiners = DETERMINERS.get(lang or "en", frozenset())
    words = _WORD_RE.finditer(sentence)
    first = next(words, None)
    if first is None or sentence[: first.start()].strip(" \t\n\"'«»“”„‘’(") != "":
        return None
    if first[0].casefold() not in markers:
        return None
    at = first.end()
    for word in words:
        if word[0].casefold() not in determiners:
            at = word.start()
            break
    else:
        return None
    found = [p for p in find_places(sentence, lang) if p.start == at]
    return found[0].code if found else None
