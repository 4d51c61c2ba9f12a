"""The countries a sentence names, for the news layer: the gazetteer itself is
``aidcalc.places`` (layer 2), so that the parser's comparison rule (``parsing.changes``) finds
the same inflected names ("od Niemiec", "Німеччиною", "des États-Unis") as donor finding does.

>>> [p.code for p in find_places("Lietuva skyrė Ukrainai paramą", lang="lt")]
['LTU', 'UKR']
"""

from __future__ import annotations

from ..places import Place
from ..places import find_places as _gazetteer_places
from .persons import person_places

__all__ = ["Place", "find_places"]


def find_places(text: str, lang: str | None = None) -> list[Place]:
    """Return the countries ``text`` names (``aidcalc.places.find_places``), without the
    country names that name a person ("primeiro-ministro, Luís Montenegro":
    ``aidcalc.news.persons``).

    >>> text = "O primeiro-ministro, Luís Montenegro, visitou a Ucrânia"
    >>> [p.code for p in find_places(text, "pt")]
    ['UKR']
    """
    places = _gazetteer_places(text, lang)
    persons = person_places(text, places, lang) if places else set()
    return [p for i, p in enumerate(places) if i not in persons] if persons else places
