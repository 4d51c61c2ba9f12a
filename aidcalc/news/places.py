"""The countries a sentence names, for the news layer: the gazetteer itself is
``aidcalc.places`` (layer 2), so that the parser's comparison rule (``parsing.changes``) finds
the same inflected names ("od Niemiec", "Німеччиною", "des États-Unis") as donor finding does.

>>> [p.code for p in find_places("Lietuva skyrė Ukrainai paramą", lang="lt")]
['LTU', 'UKR']
"""

from __future__ import annotations

from ..places import Place, find_places

__all__ = ["Place", "find_places"]
