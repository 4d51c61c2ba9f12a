"""The value date a sentence states: an explicit date, or a month or year resolved against the
article's publication date.

Month names come from CLDR through babel (format and stand-alone, wide and abbreviated), with
the case Lithuanian, Ukrainian and Polish use for "in September" ("rugsėjį", "у вересні",
"we wrześniu") derived from them. A date after "since", "seit", "depuis",
"nuo", "з", "від", "od" starts a running total and is not the value date. These words are
data, one module per language in ``aidcalc/words/``.

>>> from datetime import date
>>> sentence_date("In September, Vilnius announced plans", date(2024, 11, 4), "en")
'2024-09'
>>> sentence_date("The aid was signed on Nov. 4, 2024.", None, "en")
'2024-11-04'
>>> sentence_date("Im Dezember sagte Berlin zu", date(2024, 11, 4), "de")  # after November
'2023-12'
>>> sentence_date("Lietuva 2024 m. rugsėjo 12 d. skyrė", None, "lt")
'2024-09-12'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import accumulate, chain

from ..words import (
    DAY_SUFFIXES,
    EXTRA_MONTH_ABBREVIATIONS,
    IN_YEAR,
    IN_YEAR_PHRASES,
    IRREGULAR_MONTHS,
    LIST_AND,
    MONTH_IN_CASE,
    RELATIVE_YEARS,
    SINCE,
)
from ..words import NEWS_LANGUAGES as LANGUAGES

# The date words are data, one module per language in aidcalc/words/: SINCE (words before a
# date that make it the start of a period, not the value date), IN_YEAR (words before a bare
# year that make it a value date: "in 2023", "w 2023 r."), DAY_SUFFIXES ("4th", "12 d."),
# MONTH_IN_CASE and IRREGULAR_MONTHS (the "in <month>" case), EXTRA_MONTH_ABBREVIATIONS.

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|\S")
ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")


@lru_cache(maxsize=8)
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


@lru_cache(maxsize=8)
def weekday_words(lang: str) -> frozenset[str]:
    """Return the casefolded names of the days of the week in ``lang`` (CLDR through babel,
    wide and abbreviated, format and stand-alone).

    >>> sorted(weekday_words("en"))[:3]
    ['fri', 'friday', 'mon']
    """
    from babel import Locale

    days = Locale.parse(lang).days
    return frozenset(
        name.casefold().rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in days[context][width].values()
    )


def _year(token: str) -> int | None:
    if len(token) == 4 and token.isdigit() and 1990 <= int(token) <= 2099:
        return int(token)
    return None


def _day(token: str) -> int | None:
    if token.isdigit() and len(token) <= 2 and 1 <= int(token) <= 31:
        return int(token)
    return None


def sentence_date(
    sentence: str, published: date | None, lang: str | None, skip: Sequence[tuple[int, int]] = ()
) -> str | None:
    """Return the value date ``sentence`` states (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), or
    ``published`` (ISO) when it states none; None when neither is known."""
    found = explicit_date(sentence, published, lang, skip)
    if found is not None:
        return found
    return published.isoformat() if published else None


def explicit_date(
    sentence: str,
    published: date | None,
    lang: str | None,
    skip: Sequence[tuple[int, int]] = (),
    future_from: int | None = None,
) -> str | None:
    """Return the first date ``sentence`` states that is not the start of a period, or None.

    Numbers inside the ``skip`` spans (the money mentions) are never read as days or years:
    "im Oktober 2 Mrd. Euro" is October. A month without its year is the last such month up
    to ``published``; after a future-tense word at ``future_from`` ("will … in March") it is
    the next one from it. Last, a year named relative to the publication ("last year", "im
    Vorjahr", "торік": ``RELATIVE_YEARS``) is that year of ``published``; unknown without it.

    >>> explicit_date("im Oktober 2 Mrd. Euro", date(2024, 11, 4), "de", skip=[(11, 22)])
    '2024-10'
    >>> explicit_date("wird im März liefern", date(2024, 11, 4), "de", future_from=0)
    '2025-03'
    """
    for match in ISO_RE.finditer(sentence):
        if not _after_since(sentence, match.start()):
            return _iso(int(match[1]), int(match[2]), int(match[3]))
    for match in DOTTED_RE.finditer(sentence):
        if not _after_since(sentence, match.start()):
            return _iso(int(match[3]), int(match[2]), int(match[1]))
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    # the tokens and where each starts, from the lengths of the spaces and tokens before it
    pairs = _SPACED_TOKEN_RE.findall(sentence)
    texts = [token for _, token in pairs]
    starts = list(accumulate(map(len, chain.from_iterable(pairs))))[0::2]
    for low, high in skip:  # the tokens starting inside a money mention are no date
        for i in range(bisect_left(starts, low), bisect_left(starts, high)):
            texts[i] = "\0"
    tables = [(lg, month_words(lg)) for lg in langs]
    for i, token in enumerate(texts):
        if not token[0].isalpha():
            continue
        month = _month_in(token, tables)
        if month is not None:
            day, year, first = _around_month(texts, i)
            if _since_before(texts, first) or month < 0 and day is None and year is None:
                continue
            future = future_from is not None and starts[i] > future_from
            return _resolve(year, abs(month), day, published, future)
    # a bare year only after "in" ("in 2023", "w 2023 r.") or a phrase with a year noun ("im
    # Jahr 2023", "in the year 2023", "w roku 2023": ``IN_YEAR_PHRASES``)
    for i, token in enumerate(texts):
        year = _year(token)
        if year and i and texts[i - 1].casefold() in IN_YEAR and not _since_before(texts, i - 1):
            return f"{year:04d}"
        if year and i and _year_phrase_before(sentence, starts[i]):
            return f"{year:04d}"
    if published is not None:
        return _relative_year(sentence, published, langs)
    return None


# How far before a year its phrase may start ("im Laufe des Jahres 2023").
YEAR_PHRASE_REACH = 30


def _year_phrase_before(sentence: str, at: int) -> bool:
    """Return whether a phrase of ``IN_YEAR_PHRASES`` ends right before the year at ``at`` and
    no "since" word stands before it ("seit dem Jahr 2023" starts a period).

    >>> _year_phrase_before("Deutschland hat im Jahr 2023 3 Mrd. Euro zugesagt.", 24)
    True
    >>> _year_phrase_before("Germany pledged in the year 2023.", 28)
    True
    """
    head = max(0, at - YEAR_PHRASE_REACH)
    match = _YEAR_PHRASE_RE.search(sentence[head:at].casefold().replace("\u2019", "'"))
    return match is not None and not _after_since(sentence, head + match.start())


_YEAR_PHRASE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\s+".join(map(re.escape, phrase.casefold().split()))
        for phrase in sorted(IN_YEAR_PHRASES, key=len, reverse=True)
    )
    + r")\s+\Z"
)


@lru_cache(maxsize=16)
def _relative_re(langs: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of the ``RELATIVE_YEARS`` phrases of ``langs`` and {phrase: years added}."""
    offsets = {
        phrase.casefold(): offset
        for lang in langs
        for phrase, offset in RELATIVE_YEARS.get(lang, ())
    }
    if not offsets:
        return re.compile(r"(?!)"), offsets
    alternatives = "|".join(map(re.escape, sorted(offsets, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), offsets


def _relative_year(sentence: str, published: date, langs: list[str]) -> str | None:
    """The year a phrase of ``RELATIVE_YEARS`` names from ``published`` ("last year": the year
    before), unless it follows a "since" word ("seit dem Vorjahr"), else None.

    >>> _relative_year("Germany gave €3bn last year.", date(2025, 3, 10), ["en"])
    '2024'
    """
    pattern, offsets = _relative_re(tuple(langs))
    folded = sentence.casefold().replace("\u2019", "'")
    for match in pattern.finditer(folded):
        if not _after_since(sentence, match.start()):
            return f"{published.year + offsets[match[0]]:04d}"
    return None


# Where a clause ends: a comma not before a digit ("March 3, 2025"), a semicolon, a colon, a
# bracket or a dash between spaces.
CLAUSE_END_RE = re.compile(r",(?!\s*\d)|[;:()\[\]]|\s[–—-]\s")


def clause_spans(
    sentence: str, wheres: Sequence[tuple[int, int]], lang: str | None
) -> list[tuple[int, int]]:
    """Return the (start, end) of the clause of each amount at ``wheres`` (sorted (start, end)
    offsets in ``sentence``): from the last clause end before it to the first after it, and
    never past a neighbouring amount; between two amounts with no clause end between them the
    last "and" word (``LIST_AND``) divides, else the end of the first amount.

    >>> text = "Germany pledged €1bn in 2023 and €2bn in 2024."
    >>> [text[a:b] for a, b in clause_spans(text, [(16, 20), (33, 37)], "en")]
    ['Germany pledged €1bn in 2023 ', 'and €2bn in 2024.']
    """
    ends = [(m.start(), m.end()) for m in CLAUSE_END_RE.finditer(sentence)]
    # the point dividing each pair of neighbouring amounts
    dividers: list[int] = []
    for (_, left), (right, _) in zip(wheres, wheres[1:], strict=False):
        between = [end for start, end in ends if left <= start and end <= right]
        if between:
            dividers.append(between[-1])
            continue
        words = list(re.finditer(r"[^\W\d_]+", sentence[left:right]))
        joined = [w for w in words if lang in LIST_AND.get(w[0].casefold(), ())]
        dividers.append(left + joined[-1].start() if joined else left)
    spans = []
    for index, (start, end) in enumerate(wheres):
        low = max([e for s, e in ends if e <= start], default=0)
        high = min([s for s, e in ends if s >= end], default=len(sentence))
        if index:
            low = max(low, dividers[index - 1])
        if index < len(dividers):
            high = min(high, dividers[index])
        spans.append((low, high))
    return spans


def amount_dates(
    sentence: str,
    published: date | None,
    lang: str | None,
    wheres: Sequence[tuple[int, int]],
    skip: Sequence[tuple[int, int]] = (),
    future_from: int | None = None,
) -> list[tuple[str | None, bool]]:
    """Return (date, its own) for each amount at ``wheres``: the date ``sentence`` states for it
    (``explicit_date``'s forms, None where it states none) and whether its own clause states
    it. A date in an amount's own clause (``clause_spans``) is that amount's; a later amount
    whose clause has no verb of its own (a list item: "…, France €2bn and Italy €1bn") takes
    the date of the amount before it; the others take the first date of the rest of the
    sentence, the clauses of the amounts with dates of their own left out.

    >>> text = "Germany pledged €1bn on Monday, after giving €3bn in 2024."
    >>> amount_dates(text, date(2025, 3, 10), "en", [(16, 20), (45, 49)], [(16, 20), (45, 49)])
    [(None, False), ('2024', True)]
    >>> text = "Germany pledged €1bn on Monday, after giving €3bn last year."
    >>> amount_dates(text, date(2025, 3, 10), "en", [(16, 20), (45, 49)], [(16, 20), (45, 49)])
    [(None, False), ('2024', True)]
    >>> text = "In 2023 Germany gave €3bn, France €2bn and Italy €1bn."
    >>> [found for found, _ in amount_dates(text, None, "en", [(21, 25), (34, 38), (49, 53)])]
    ['2023', '2023', '2023']
    """

    def within(low: int, high: int) -> str:  # the sentence with the rest blanked, offsets kept
        return " " * low + sentence[low:high] + " " * (len(sentence) - high)

    whole = explicit_date(sentence, published, lang, skip, future_from)
    if whole is None:  # no date anywhere: none in any clause either (most sentences)
        return [(None, False)] * len(wheres)
    spans = clause_spans(sentence, wheres, lang)
    own = [explicit_date(within(*span), published, lang, skip, future_from) for span in spans]
    dated = [span for span, found in zip(spans, own, strict=True) if found is not None]
    if not dated:
        return [(whole, False)] * len(wheres)
    blanked = list(sentence)
    for low, high in dated:
        blanked[low:high] = " " * (high - low)
    rest = explicit_date("".join(blanked), published, lang, skip, future_from)
    dates: list[tuple[str | None, bool]] = []
    for index, ((low, high), found) in enumerate(zip(spans, own, strict=True)):
        if found is not None:
            dates.append((found, True))
        elif index and not _has_verb(sentence[low:high], lang):
            # a list item sharing the verb before it ("…, France €2bn and Italy €1bn"): its date
            dates.append((dates[-1][0], False))
        else:
            dates.append((rest, False))
    return dates


def _has_verb(clause: str, lang: str | None) -> bool:
    """True when ``clause`` holds a giving or receiving verb of its own (``VERB``, not an
    auxiliary)."""
    from .cues import VERB, find_cues

    return any(cue.kind != "aux" for cue in find_cues(clause, lang, VERB))


# ``TOKEN_RE`` with the spaces before each token: ``findall`` gives the offsets by the lengths
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({TOKEN_RE.pattern})")


def _month_in(token: str, tables: list[tuple[str, dict[str, int]]]) -> int | None:
    """The month ``token`` names in the first language of ``tables`` ((language,
    ``month_words``) each) that has one, else None. In English a month starts with a capital
    ("may", "march" are not months).

    >>> _month_in("Oktober", [("en", month_words("en")), ("de", month_words("de"))])
    10
    """
    folded = None
    for lang, forms in tables:
        if lang == "en" and not token[:1].isupper():  # "may", "march" are not months in English
            continue
        if folded is None:
            folded = token.casefold()
        month = forms.get(folded)
        if month:
            return month
    return None


def _around_month(texts: list[str], i: int) -> tuple[int | None, int | None, int]:
    """Return (day, year, index of the first token) of the date around the month at ``i``."""
    day = year = None
    first = i
    # day before the month: "4 November", "4. November"
    j = i - 1
    if j >= 0 and texts[j] == ".":
        j -= 1
    if j >= 0 and _day(texts[j]):
        day, first = _day(texts[j]), j
    # after the month: "Nov. 4, 2024", "September 2024", "rugsėjo 12 d."
    k = i + 1
    if k < len(texts) and texts[k] == ".":
        k += 1
    if day is None and k < len(texts) and _day(texts[k]):
        day = _day(texts[k])
        k += 1
        while k < len(texts) and (texts[k] in (",", ".") or texts[k] in DAY_SUFFIXES):
            k += 1
    if k < len(texts) and _year(texts[k]):
        year = _year(texts[k])
    # year before: "2024 m. rugsėjo", "2024 року"
    back = first - 1
    while year is None and back >= max(0, first - 3):
        if _year(texts[back]):
            year, first = _year(texts[back]), back
        back -= 1
    return day, year, first


def _since_before(texts: list[str], first: int) -> bool:
    """True when one of the two tokens before ``first`` is a "since" word."""
    return any(texts[j].casefold() in SINCE for j in range(max(0, first - 2), first))


def _after_since(sentence: str, start: int) -> bool:
    words = TOKEN_RE.findall(sentence[max(0, start - 30) : start])
    return _since_before(words, len(words))


def _resolve(
    year: int | None, month: int, day: int | None, published: date | None, future: bool = False
) -> str | None:
    """Return the ISO date, taking a missing year from ``published``: the year before when the
    month is after the publication month, or for the future the year after when it is before."""
    if year is None:
        if published is None:
            return None
        if future:
            year = published.year + (1 if month < published.month else 0)
        else:
            year = published.year - (1 if month > published.month else 0)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _iso(year, month, day) or f"{year:04d}-{month:02d}"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
