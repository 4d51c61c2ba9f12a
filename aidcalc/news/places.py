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
    key = (text, lang)
    found = _RECENT.get(key)
    if found is None:
        places = _gazetteer_places(text, lang)
        persons = person_places(text, places, lang) if places else set()
        found = tuple(p for i, p in enumerate(places) if i not in persons)
        if len(text) <= RECENT_CHARS:
            if len(_RECENT) >= RECENT_SIZE:
                try:  # the oldest goes
                    del _RECENT[next(iter(_RECENT))]
                except (RuntimeError, StopIteration, KeyError):  # another thread changed it
                    _RECENT.clear()
            _RECENT[key] = found
    return list(found)


# The answers for the last few texts, {(text, language): places}, oldest first: the rules of
# one sentence ask for its countries several times (its actors, its shared recipients, a
# topic phrase), each a gazetteer scan of the whole sentence. ``Place`` is frozen: the
# answers are shared, each caller gets a list of its own.
RECENT_SIZE = 16
RECENT_CHARS = 4096  # longer texts (a whole article) are not kept
_RECENT: dict[tuple[str, str | None], tuple[Place, ...]] = {}
