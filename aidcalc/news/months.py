"""Month names of a language for the news layer: CLDR's wide and abbreviated names in both
contexts, plus the "in <month>" case the words give (``MONTH_IN_CASE``, ``IRREGULAR_MONTHS``,
``EXTRA_MONTH_ABBREVIATIONS`` in ``aidcalc/words/``). Read by ``aidcalc.news.dates`` (dates) and
``aidcalc.news.cues`` ("since <month> <year>" phrases), neither importing the other for it.
"""

from __future__ import annotations

from functools import lru_cache

from ..words import EXTRA_MONTH_ABBREVIATIONS, IRREGULAR_MONTHS, MONTH_IN_CASE

__all__ = ["month_words"]


@lru_cache(maxsize=32)
def month_words(lang: str) -> dict[str, int]:
    """Return folded month forms -> month number for ``lang``, from CLDR plus the "in …" case.

    Abbreviations are negative (-9 for "Sep"): they count only next to a day or year, because
    many are words too (Ukrainian "лист" is a letter, Polish "lis" a fox).

    >>> month_words("uk")["вересні"], month_words("pl")["wrześniu"], month_words("lt")["rugsėjį"]
    (9, 9, 9)
    """
    from babel import Locale

    months = Locale.parse(lang).months
    forms: dict[str, int] = dict(IRREGULAR_MONTHS.get(lang, {}))
    for number in range(1, 13):
        for context in ("format", "stand-alone"):
            short = months[context]["abbreviated"][number].casefold().rstrip(".")
            forms.setdefault(short, -number)
            forms[months[context]["wide"][number].casefold()] = number
        # "in September": locative (uk, pl) from the genitive, accusative (lt) from the nominative
        if lang in MONTH_IN_CASE:
            context, endings = MONTH_IN_CASE[lang]
            name = months[context]["wide"][number].casefold()
            for ending, replacement in endings:
                if name.endswith(ending):
                    forms.setdefault(name[: -len(ending)] + replacement, number)
                    break
    for abbreviation, number in EXTRA_MONTH_ABBREVIATIONS.get(lang, {}).items():
        forms[abbreviation] = -number
    return forms
