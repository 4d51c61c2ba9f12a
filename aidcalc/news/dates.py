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
    ANCHORED_YEARS,
    CJK_ANCHORED_YEARS,
    CJK_COMPARED_AFTER,
    CJK_DATE_PARTS,
    CJK_RELATIVE_YEARS,
    COMPARED_WORDS,
    DATE_LINKS,
    DAY_SUFFIXES,
    DETERMINERS,
    EACH_WORDS,
    ECONOMY_NOUNS,
    IN_YEAR,
    IN_YEARS,
    LIST_AND,
    MONTH_FIRST_DATES,
    NOT_WEEKDAYS,
    RANGE_OPENERS,
    RELATIVE_WEEKS,
    RELATIVE_WORDS,
    RELATIVE_YEARS,
    RESPECTIVELY,
    SINCE,
    SINCE_AFTER,
    TODAY,
    UNTIL,
    UNTIL_LINKS,
    WEEKDAY_FORMS,
    YEAR_BASIS_BEFORE,
)
from ..words import LANGUAGES as REGISTRY
from .months import month_words

# The date words are data, one module per language in aidcalc/words/: SINCE (words before a
# date that make it the start of a period, not the value date), IN_YEAR (words or phrases
# before a bare year that make it a value date: "in 2023", "w 2023 r.", "im Jahr 2023"),
# RELATIVE_YEARS ("last year", "loni"), DAY_SUFFIXES ("4th", "12 d."),
# MONTH_IN_CASE and IRREGULAR_MONTHS (the "in <month>" case), EXTRA_MONTH_ABBREVIATIONS,
# DATE_LINKS (words between a day, its month and its year: "3 de marzo de 2025").

# The languages whose month names are read: every language of the registry written in an
# alphabet (a news language or not: "den 3. marts 2025", "3 Mart 2025", "3 Μαρτίου 2025" with
# ``lang`` set); Japanese, Chinese and Korean number their months ("1月", "1월"), and their
# modules hold no month words (qualifiers and news words only).
DATE_LANGUAGES: tuple[str, ...] = tuple(
    code for code, module in REGISTRY.items() if module.SCRIPT not in ("Jpan", "Hani", "Kore")
)

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|\S")
# Each starts with its first digit, the look-behind after it ("no digit before the first"
# asked of the two characters up to it): a pattern that opens with a character class lets the
# search skip to the next digit at once, one that opens with a look-behind tries every position.
ISO_RE = re.compile(r"(\d(?<!\d\d)\d{3})-(\d{2})-(\d{2})(?!\d)")  # no digit before it
DOTTED_RE = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?!\d)")  # no digit or dot
# a day, a month and a year with a space after each stop ("12. 2. 2025", Czech and Slovak) or
# with slashes ("12/02/2025")
SPACED_DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\. (\d{1,2})\. (\d{4})(?![\d.,]\d)")
SLASHED_RE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


@lru_cache(maxsize=16)
def _month_forms(langs: tuple[str, ...], elsewhere: bool = False) -> frozenset[str]:
    """The folded forms that name a month (``month_words``) in any of ``langs``, and with
    ``elsewhere`` the full month names of every language (``_all_month_names``)."""
    forms = frozenset(form for lang in langs for form, month in month_words(lang).items() if month)
    return forms | _all_month_names().keys() if elsewhere else forms


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


def year_inferred(
    sentence: str, stated: str | None, published: date | None, lang: str | None
) -> bool:
    """True when the month or day ``stated`` (``YYYY-MM`` or ``YYYY-MM-DD``, read from
    ``sentence``) takes its year from ``published``, not from the text: the sentence writes no
    such year and no phrase that names it ("last year", "this week", a weekday, "today").
    ``explicit_date`` reads a month with no year as the last such month up to ``published`` (the
    next one after a word of the future): a choice the row records (``inferred-year``).

    >>> text = "Il 3 marzo l'Italia ha donato 5 milioni."
    >>> year_inferred(text, "2024-03-03", date(2025, 2, 28), "it")
    True
    >>> year_inferred("Il 3 marzo 2024 l'Italia ha donato 5 milioni.", "2024-03-03", None, "it")
    False
    >>> year_inferred("L'Italia ha donato 5 milioni nel 2024.", "2024", date(2025, 2, 28), "it")
    False
    """
    if stated is None or len(stated) < len("2025-01") or published is None:
        return False
    if re.search(rf"(?<!\d){stated[:4]}(?!\d)", sentence):
        return False
    langs = [lang] if lang in DATE_LANGUAGES else list(DATE_LANGUAGES)
    return not (
        _relative_year(sentence, published, langs)
        or relative_week(sentence, published, lang)
        or weekday_date(sentence, published, lang)
        or today_date(sentence, published, lang)
    )


def explicit_date(
    sentence: str,
    published: date | None,
    lang: str | None,
    skip: Sequence[tuple[int, int]] = (),
    future_from: int | None = None,
    context: str | None = None,
) -> str | None:
    """Return the first date ``sentence`` states that is not the start of a period, or None.

    Numbers inside the ``skip`` spans (the money mentions) are never read as days or years:
    "im Oktober 2 Mrd. Euro" is October. Month names are those of ``lang`` (of every language
    of the registry when it is None); a word naming no month in ``lang`` may name one in the
    language the sentence's own words lead with, or inside a full date in any
    (``_month_elsewhere``): ``lang`` may be a wrong guess. A month without its year is the
    last such month up to ``published``; after a future-tense word at ``future_from`` ("will
    … in March"; for a month of another language, its future words) it is the next one from
    it. Then a bare year after an ``IN_YEAR`` word or phrase ("in 2023", "im Jahr 2023"), or
    next to the amount, unless it is the year of a country's GDP ("ВВП України у 2023 році":
    ``_economy_year``). Then a year named from the year before it ("the year before", "rok
    wcześniej": ``ANCHORED_YEARS``), counted from the last year ``context`` (the whole
    sentence, when ``sentence`` is one clause of it with the rest blanked, offsets kept; else
    ``sentence``) names before it (``anchored_year``); a Japanese year (``cjk_year``: 昨年,
    来年, 前年, "2022年"). Last, a year named relative to the publication ("last year", "im
    Vorjahr", "торік", "loni", "next year": ``RELATIVE_YEARS``) is that year of
    ``published``. docs/extraction.md, "Value dates", lists every rule in this order.

    >>> explicit_date("im Oktober 2 Mrd. Euro", date(2024, 11, 4), "de", skip=[(11, 22)])
    '2024-10'
    >>> explicit_date("wird im März liefern", date(2024, 11, 4), "de", future_from=0)
    '2025-03'
    >>> text = "Nederland gaf in december 100 miljoen euro aan Oekraïne."
    >>> explicit_date(text, date(2025, 3, 12), "en")  # Dutch leads as much as English
    '2024-12'
    """
    for match in ISO_RE.finditer(sentence):
        if not _after_since(sentence, match.start()):
            return _iso(int(match[1]), int(match[2]), int(match[3]))
    for pattern in (DOTTED_RE, SPACED_DOTTED_RE):
        for match in pattern.finditer(sentence):
            if not _after_since(sentence, match.start()):
                return _iso(int(match[3]), int(match[2]), int(match[1]))
    for match in SLASHED_RE.finditer(sentence):
        if not _after_since(sentence, match.start()):
            found = _slashed(int(match[1]), int(match[2]), int(match[3]), lang)
            if found is not None:
                return found
    langs = [lang] if lang in DATE_LANGUAGES else list(DATE_LANGUAGES)
    # the tokens and where each starts, from the lengths of the spaces and tokens before it
    pairs = _SPACED_TOKEN_RE.findall(sentence)
    texts = [token for _, token in pairs]
    starts = list(accumulate(map(len, chain.from_iterable(pairs))))[0::2]
    for low, high in skip:  # the tokens starting inside a money mention are no date
        for i in range(bisect_left(starts, low), bisect_left(starts, high)):
            texts[i] = "\0"
    tables = [(lg, month_words(lg)) for lg in langs]
    # only a token whose folded form is a month word of one of the languages can be a month
    # (``_month_in`` finds none at any other), and with one language, which may be a wrong
    # guess, a full month name of any (``_month_elsewhere``): those are picked out first
    forms = _month_forms(tuple(langs), len(langs) == 1)
    for i in [i for i, token in enumerate(texts) if token.casefold() in forms]:
        token = texts[i]
        if not token[0].isalpha():
            continue
        month = _month_in(token, tables)
        near, named_in = False, ()  # a month only in a full date; the languages naming it
        if month is None and len(langs) == 1:  # the language may be guessed wrong
            month, near, named_in = _month_elsewhere(token, sentence)
        if month is not None:
            day, year, first = _around_month(texts, i)
            if (
                _since_before(texts, first)
                or _since_after(texts, i)
                or month < 0
                and day is None
                and year is None
            ):
                continue
            if near and (day is None or year is None):
                continue
            if future_from is None and named_in:  # the future words of the month's language
                future_from = _future_start(sentence, named_in)
            future = future_from is not None and starts[i] > future_from
            return _resolve(year, abs(month), day, published, future)
    # a bare year only after "in" ("in 2023", "w 2023 r.", "im Jahr 2023")
    for i, token in enumerate(texts):
        if len(token) != 4:
            continue  # no year (``_year``): most tokens, answered without a call
        year = _year(token)
        if year and i and _after_in_year(texts, i) and not _economy_year(texts, i):
            return f"{year:04d}"
    # then a bare year next to the amount or the giving verb ("der Ukraine 2024 insgesamt")
    for i, token in enumerate(texts):
        if (
            len(token) == 4
            and _bare_year(sentence, texts, starts, i, lang)
            and not _economy_year(texts, i)
        ):
            return token
    anchored = anchored_year(sentence, published, lang, skip, context)
    if anchored is not None:
        return anchored
    cjk = cjk_year(sentence, published, skip, context)
    if cjk is not None:
        return cjk
    if published is None:
        return None
    return (
        _relative_year(sentence, published, langs)
        or relative_week(sentence, published, lang)
        or weekday_date(sentence, published, lang)
        or today_date(sentence, published, lang)
    )


# How far before a year an ``ECONOMY_NOUNS`` noun may stand ("ВВП України у 2023 році")
ECONOMY_TOKENS = 4


def _economy_year(texts: list[str], i: int) -> bool:
    """True when the year at ``texts[i]`` is the year of a measure of a country's economy:
    an ``ECONOMY_NOUNS`` noun stands up to ``ECONOMY_TOKENS`` tokens before it with no clause
    end between ("GDP in 2023", "номінальний ВВП України у 2023 році", "PKB Polski w 2023
    r.") or right after it ("Ukraine's 2023 GDP"). That year dates no amount: "Прямі збитки
    … 486 млрд доларів, … більше за ВВП України у 2023 році" is no money of 2023.

    >>> _economy_year(TOKEN_RE.findall("більше за номінальний ВВП України у 2023 році"), 6)
    True
    >>> _economy_year(TOKEN_RE.findall("Україна отримала у 2023 році"), 3)
    False
    """
    for j in range(i - 1, max(-1, i - 1 - ECONOMY_TOKENS), -1):
        if texts[j] in _CLAUSE_ENDS or texts[j] == "\0":
            break
        if texts[j].casefold() in ECONOMY_NOUNS:
            return True
    return i + 1 < len(texts) and texts[i + 1].casefold() in ECONOMY_NOUNS


# A bare year dates its clause only between these years (a four-digit number outside them is
# a count), never a round hundred ("2000 soldiers") and within NEAR_TOKENS words of the amount
# or the giving verb.
BARE_YEARS = (1990, 2035)
NEAR_TOKENS = 4
# a digit group or decimal mark before or after the year: part of a number ("12 2024", "1,2024")
_NUMBER_BEFORE_RE = re.compile(r"\d[.,'’  ]?\s*$")
_NUMBER_AFTER_RE = re.compile(r"[.,'’  ]?\d|\s*%")
# a dash or slash and a digit: a range or a span of years ("2024–2027", "2024/25")
_RANGE_AFTER_RE = re.compile(r"\s*[-–—/]\s*\d")
_RANGE_BEFORE_RE = re.compile(r"\d\s*[-–—/]\s*$")


def _bare_year(
    sentence: str, texts: list[str], starts: list[int], i: int, lang: str | None
) -> bool:
    r"""True when ``texts[i]``, a four-digit token without an ``IN_YEAR`` word before it, is a
    year that dates its clause (docs/extraction.md, "Value dates", rule 5). It must be

    1. a year of ``BARE_YEARS`` and no round hundred ("2000 soldiers" is a count);
    2. no part of a number (a digit group or decimal mark beside it), a percentage, a range
       or span ("2024–2027", "2024/25"), or a pair ("2023 and 2024", "bis 2027 … 2028": no
       other year within three tokens): a period is no value date;
    3. after no word but a name of a country ("der Ukraine 2024"), a possessive ("Norway's
       2023 package"), a giving verb ("przekazała 2023 roku"), a determiner of ``lang``
       ("the 2024 package") or none at all; a preposition ("until 2027", "bis 2027", "by
       2030") or another capitalised word ("Horizon 2020", "Facility 2024") makes it a
       deadline or a name;
    4. no "since" year, no cell of a table row ("Germany | 400 | 2024": the table's own rule
       reads it), and within ``NEAR_TOKENS`` tokens of the amount (a blanked money token) or
       of a giving verb of ``lang`` with no clause end between them ("Germany gave €3bn,
       2023 was a year": another clause's year).

    >>> text = "Deutschland hat der Ukraine 2024 insgesamt \0 Mrd. Euro zugesagt."
    >>> texts = TOKEN_RE.findall(text)
    >>> starts = [m.start() for m in TOKEN_RE.finditer(text)]
    >>> _bare_year(text, texts, starts, 4, "de")
    True
    >>> text = "Die Ukraine-Fazilität 2024–2027 umfasst \0 Mrd. Euro."
    >>> texts = TOKEN_RE.findall(text)
    >>> starts = [m.start() for m in TOKEN_RE.finditer(text)]
    >>> _bare_year(text, texts, starts, 3, "de")
    False
    """
    year = _year(texts[i])
    if year is None or not BARE_YEARS[0] <= year <= BARE_YEARS[1] or year % 100 == 0:
        return False
    start = starts[i]
    before, after = sentence[:start], sentence[start + 4 :]
    if (
        _NUMBER_BEFORE_RE.search(before)
        or _NUMBER_AFTER_RE.match(after)
        or _RANGE_AFTER_RE.match(after)
        or _RANGE_BEFORE_RE.search(before)
        or any(_year(token) for token in (*texts[max(0, i - 3) : i], *texts[i + 1 : i + 4]))
        or _since_before(texts, i)
        or _since_after(texts, i)
        or "|" in (before.rstrip()[-1:], after.lstrip()[:1])
        or "\t" in (before[-1:], after[:1])
    ):
        return False
    verbs = _verb_tokens(sentence, starts, lang)
    if i:
        word = texts[i - 1]
        if word in ("'", "\u2019", "\0") or not word[:1].isalpha():
            pass  # a clause end, a bracket, a dash, the amount: nothing names it
        elif i >= 2 and word.casefold() == "s" and texts[i - 2] in ("'", "\u2019"):
            pass  # "Norway's 2023 package"
        elif i - 1 in verbs or word.casefold() in DETERMINERS.get(lang or "", ()):
            pass
        elif word[:1].isupper():
            from .places import find_places

            if not find_places(word, lang):  # "Horizon 2020": a name
                return False
        else:
            return False  # a preposition or adverb: "until 2027", "bis 2027"
    for step in (-1, 1):  # the nearest tokens each way, up to a clause end
        j = i + step
        while 0 <= j < len(texts) and abs(j - i) <= NEAR_TOKENS and texts[j] not in _CLAUSE_ENDS:
            if texts[j] == "\0" or j in verbs:
                return True
            j += step
    return False


# Tokens that end a clause or a table cell: a bare year beyond one is another clause's
_CLAUSE_ENDS = frozenset(",;:()[]|\t")


def _verb_tokens(sentence: str, starts: list[int], lang: str | None) -> frozenset[int]:
    """The indices of the tokens (at ``starts``) that open a giving or receiving verb of
    ``lang`` (``VERB``, no auxiliary) in ``sentence``."""
    if lang is None:
        return frozenset()
    from .cues import VERB, find_cues

    return frozenset(
        bisect_left(starts, cue.start)
        for cue in find_cues(sentence, lang, VERB)
        if cue.kind != "aux"
    )


# The weekday of ISO 8601's rule: a week belongs to the month that holds its Thursday.
THURSDAY = 3


def relative_week(sentence: str, published: date, lang: str | None) -> str | None:
    """The month (``YYYY-MM``) of the week a ``RELATIVE_WEEKS`` phrase of ``lang`` names ("last
    week", "letzte Woche", "w zeszłym tygodniu"), counted in calendar weeks (Monday to Sunday)
    from the publication's week; the month that holds the week's Thursday, as ISO 8601 gives a
    week its year, when the week runs over two months. Approximate: ``week_note`` says which
    days. None without such a phrase.

    >>> relative_week("Sweden pledged SEK 2bn last week.", date(2025, 3, 1), "en")
    '2025-02'
    >>> relative_week("Polska przekazała w zeszłym tygodniu 1 mld zł.", date(2025, 3, 5), "pl")
    '2025-02'
    """
    found = _week_of(sentence, published, lang)
    return None if found is None else (found + _days(THURSDAY)).strftime("%Y-%m")


def week_note(sentence: str, published: date | None, lang: str | None) -> str | None:
    """The note on a row dated by ``relative_week``: the days of the week the sentence names
    and the month that stands for them, or None when it names no week.

    >>> week_note("Sweden pledged SEK 2bn last week.", date(2025, 3, 1), "en")
    'date approximate: the week of 2025-02-17 to 2025-02-23, dated by the month of its Thursday'
    """
    if published is None:
        return None
    found = _week_of(sentence, published, lang)
    if found is None:
        return None
    return (
        f"date approximate: the week of {found.isoformat()} to "
        f"{(found + _days(6)).isoformat()}, dated by the month of its Thursday"
    )


def _days(count: int):
    from datetime import timedelta

    return timedelta(days=count)


def _week_of(sentence: str, published: date, lang: str | None) -> date | None:
    """The Monday of the week a ``RELATIVE_WEEKS`` phrase of ``lang`` names, or None."""
    phrases = RELATIVE_WEEKS.get(lang or "", ())
    if not phrases:
        return None
    folded = sentence.casefold()
    for phrase, weeks in phrases:
        match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
        if match and not _after_since(sentence, match.start()):
            monday = published - _days(published.weekday())
            return monday + _days(7 * weeks)
    return None


@lru_cache(maxsize=32)
def weekday_forms(lang: str) -> dict[str, int]:
    """Return {form: weekday, 0 = Monday} of ``lang``: CLDR's wide names (format and
    stand-alone) as CLDR writes them, so a capital counts (English "Tuesday", German
    "Dienstag"; Spanish "martes" but not the name "Domingo"), the ``WEEKDAY_FORMS`` of its
    cases ("we środę", "у п'ятницю") and no ``NOT_WEEKDAYS`` (Russian "среда", environment).

    >>> weekday_forms("pl")["środę"], weekday_forms("en")["Tuesday"]
    (2, 1)
    """
    from babel import Locale

    days = Locale.parse(lang).days
    forms = {
        days[context]["wide"][number]: number
        for context in ("format", "stand-alone")
        for number in range(7)
    }
    forms.update({form: number - 1 for form, number in WEEKDAY_FORMS.get(lang, {}).items()})
    for word in NOT_WEEKDAYS.get(lang, ()):
        forms.pop(word, None)
    return forms


# A word, with an apostrophe's or a hyphen's second part ("terça-feira")
# a word, perhaps with an apostrophe or hyphen inside ("l'an", "week-end"): the weekdays' and
# the words before a list of years (``respective_years``)
_WEEKDAY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)?")


def today_date(sentence: str, published: date, lang: str | None) -> str | None:
    """The day (ISO) of ``published`` when ``sentence`` says "today" in ``lang`` (``TODAY``:
    "heute", "i dag", "aujourd'hui"), else None: the caller passes the day the text counts
    from, a dateline's day when one stands above the sentence ("København, 20. januar 2025."
    over "Regeringen har i dag besluttet …").

    >>> today_date("Regeringen har i dag besluttet at give 8 mia. kr.", date(2025, 1, 20), "da")
    '2025-01-20'
    >>> today_date("Regeringen har besluttet at give 8 mia. kr.", date(2025, 1, 20), "da")
    """
    folded = sentence.casefold()
    for phrase in TODAY.get(lang or "", ()):
        match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
        if match and not _after_since(sentence, match.start()):
            return published.isoformat()
    return None


def weekday_date(sentence: str, published: date, lang: str | None) -> str | None:
    """The day (ISO) a day of the week of ``lang`` names (``weekday_forms``): the last such day
    on or before ``published`` ("on Tuesday" in a text of Saturday 1 March 2025 is 25
    February); None when the sentence names none. A day after a "since" word is not read.

    >>> weekday_date("Norway said on Tuesday it would give NOK 5bn.", date(2025, 3, 1), "en")
    '2025-02-25'
    >>> weekday_date("La France a annoncé mardi 2 milliards d'euros.", date(2025, 3, 1), "fr")
    '2025-02-25'
    >>> weekday_date("Na terça-feira, Portugal prometeu 5 milhões.", date(2025, 3, 1), "pt")
    '2025-02-25'
    """
    if lang not in DATE_LANGUAGES:
        return None
    forms = weekday_forms(lang)
    for match in _WEEKDAY_WORD_RE.finditer(sentence):
        # "terça-feira" whole; "Dienstag-Treffen" by its first part, as before the hyphen
        for word, at in _word_parts(match[0], match.start()):
            day = forms.get(word)
            if day is None and word[:1].isupper():  # a sentence's first word is capitalised
                day = forms.get(word.lower()) if not at else None
            if day is not None and not _after_since(sentence, at):
                return (published - _days((published.weekday() - day) % 7)).isoformat()
    return None


def _word_parts(word: str, at: int) -> list[tuple[str, int]]:
    """``word`` (at ``at``), then, when hyphenated, each of its parts and where it starts."""
    if "-" not in word:
        return [(word, at)]
    first, second = word.split("-", 1)
    return [(word, at), (first, at), (second, at + len(first) + 1)]


@lru_cache(maxsize=1)
def _in_year_phrases() -> tuple[frozenset[tuple[str, ...]], int]:
    """The ``IN_YEAR`` words and phrases as tuples of folded tokens, and the longest's length."""
    phrases = frozenset(tuple(TOKEN_RE.findall(phrase.casefold())) for phrase in IN_YEAR)
    return phrases, max(map(len, phrases))


def _after_in_year(texts: list[str], i: int) -> bool:
    """True when the tokens right before ``texts[i]`` are an ``IN_YEAR`` word or phrase ("in",
    "im Jahr", "w roku", "nell'anno") not after a "since" word.

    >>> _after_in_year(TOKEN_RE.findall("Berlin gab im Jahr 2023"), 4)
    True
    >>> _after_in_year(TOKEN_RE.findall("seit dem Jahr 2022"), 3)
    False

    Nor after an ``UNTIL`` word ("jusqu'en 2027") or a year ("w latach 2023 i 2024", where
    "i" is Nordic "in"): the end of a period, a pair of years.

    >>> _after_in_year(TOKEN_RE.findall("jusqu'en 2027"), 3)
    False
    """
    phrases, longest = _in_year_phrases()
    for length in range(1, min(i, longest) + 1):
        if tuple(token.casefold() for token in texts[i - length : i]) in phrases:
            before = [t.casefold() for t in texts[max(0, i - length - 2) : i - length] if t != "'"]
            if before and _year(before[-1]) or _until_before(texts, i):
                return False  # "jusqu'en 2027": a period's end; "2023 i 2024": a pair
            return not _since_before(texts, i - length)
    return False


# How many ``UNTIL_LINKS`` words may stand between an ``UNTIL`` word and the year it closes
# ("jusqu'à la fin de 2027")
UNTIL_LINK_WORDS = 4


def _until_before(texts: Sequence[str], i: int) -> bool:
    """True when an ``UNTIL`` word stands before ``texts[i]`` with at most ``UNTIL_LINK_WORDS``
    words of ``UNTIL_LINKS`` (and apostrophes) between: "until 2027", "bis Ende 2027", "fino
    al 2027", "až do roku 2027"."""
    links = 0
    for token in reversed(texts[max(0, i - 2 * UNTIL_LINK_WORDS - 1) : i]):
        word = token.casefold()
        if word in UNTIL:
            return True
        if word in ("'", "\u2019"):
            continue
        if word not in UNTIL_LINKS or links == UNTIL_LINK_WORDS:
            return False
        links += 1
    return False


def ends_period(sentence: str, start: int) -> bool:
    """Return whether the year at ``start`` in ``sentence`` is the end of a period, not a time
    of its own: an ``UNTIL`` word of any news language stands before it, with at most
    ``UNTIL_LINK_WORDS`` of ``UNTIL_LINKS`` between ("bis 2027", "tot en met 2027", "hasta el
    año 2027", "do końca 2027 r.", "fram till 2027"). Such a year dates no amount: the amount
    is of the text's own time, and a yearly amount's row names the year as its period's end
    (``aidcalc.news.yearly``; docs/extraction.md, "Value dates").

    >>> text = "Deutschland stellt der Ukraine bis Ende 2027 jährlich 500 Mio. Euro bereit."
    >>> ends_period(text, text.index("2027"))
    True
    >>> ends_period("Sverige gav Ukraina 2 miljarder kronor 2024.", 39)
    False
    """
    texts = TOKEN_RE.findall(sentence[max(0, start - 80) : start])
    return _until_before(texts, len(texts))


# A year written as a number, no part of a longer number or of a decimal ("1,2024")
_YEAR_NUMBER_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)")


@lru_cache(maxsize=16)
def _anchored_re(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The pattern of the ``ANCHORED_YEARS`` phrases of ``lang`` and {phrase: years added}."""
    offsets = {phrase.casefold(): offset for phrase, offset in ANCHORED_YEARS.get(lang, ())}
    if not offsets:
        return re.compile(r"(?!)"), offsets
    alternatives = "|".join(map(re.escape, sorted(offsets, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), offsets


def anchored_year(
    sentence: str,
    published: date | None,
    lang: str | None,
    skip: Sequence[tuple[int, int]] = (),
    context: str | None = None,
) -> str | None:
    """The year (``YYYY``) an ``ANCHORED_YEARS`` phrase of ``lang`` in ``sentence`` names:
    the year named last before it in ``context`` (``sentence`` when None; the same offsets)
    plus its years ("In 2025 … 150 mln zł, a rok wcześniej 120 mln zł": 2024). The year
    named before it is the last year number outside the ``skip`` spans, else the date
    ``explicit_date`` reads in the text before it ("im vergangenen Jahr …, im Jahr davor"),
    else the year of ``published``; None without such a phrase, after a "since" word or a
    word of ``COMPARED_WORDS`` ("more than the year before"), or with neither. A phrase
    named from the publication ("last year", "vorig jaar", "рік тому") is ``RELATIVE_YEARS``'
    and never counted from another year: "In 2023 … 1 mld, vorig jaar 2 mld" is the year
    before the publication's.

    >>> text = "W 2025 r. rząd przeznaczy 150 mln zł, a rok wcześniej było to 120 mln zł."
    >>> anchored_year(text, date(2025, 3, 1), "pl")
    '2024'
    >>> anchored_year("Im Jahr davor gab Berlin 1 Mrd. Euro.", date(2025, 3, 1), "de")
    '2024'
    """
    pattern, offsets = _anchored_re(lang or "")
    if not offsets:
        return None
    folded = sentence.casefold().replace("\u2019", "'")
    for match in pattern.finditer(folded):
        if _after_since(sentence, match.start()) or _compared(folded, match.start(), [lang]):
            continue
        before = (context if context is not None else sentence)[: match.start()]
        years = [
            found
            for found in _YEAR_NUMBER_RE.finditer(before)
            if not any(low <= found.start() < high for low, high in skip)
            and not _after_since(before, found.start())
        ]
        anchor: int | None = int(years[-1][1]) if years else None
        if anchor is None:
            earlier = explicit_date(before, published, lang, skip) if before.strip() else None
            anchor = int(earlier[:4]) if earlier else published.year if published else None
        if anchor is not None:
            return f"{anchor + offsets[match[0]]:04d}"
    return None


def anchored_note(sentence: str, published: date | None, lang: str | None) -> str | None:
    """The note on a row dated by an ``ANCHORED_YEARS`` phrase of ``lang`` that has no year
    named before it in ``sentence`` (``anchored_year`` then counts from the publication's
    year, which the text may not mean: the year may be in an earlier sentence), else None.

    >>> anchored_note("The year before, Germany gave €2bn.", date(2025, 3, 1), "en")
    "date counted from the publication's year: 'the year before' follows no year in its sentence"
    >>> anchored_note("In 2023 it gave €3bn; the year before, €2bn.", date(2025, 3, 1), "en")
    >>> anchored_note("It gave €3bn, more than the year before.", date(2025, 3, 1), "en")
    """
    pattern, offsets = _anchored_re(lang or "")
    if not offsets or published is None:
        return None
    folded = sentence.casefold().replace("\u2019", "'")
    match = next(  # the phrase ``anchored_year`` reads: none after "since" or compared with
        (
            found
            for found in pattern.finditer(folded)
            if not _after_since(sentence, found.start())
            and not _compared(folded, found.start(), [lang])
        ),
        None,
    )
    if match is None:
        return None
    before = sentence[: match.start()]
    if _YEAR_NUMBER_RE.search(before) or (
        before.strip() and explicit_date(before, published, lang) is not None
    ):
        return None
    return f"date counted from the publication's year: '{match[0]}' follows no year in its sentence"


# Japanese kana: a sentence holding them is Japanese, not Chinese
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_CJK_PART = {part: f"[{units}]" for part, units in CJK_DATE_PARTS.items()}
_CJK_YEAR_RE = re.compile(
    "|".join(map(re.escape, sorted({**CJK_RELATIVE_YEARS, **CJK_ANCHORED_YEARS}, key=len)))
    + rf"|(?<!\d)((?:19|20)\d\d){_CJK_PART['year']}(?!{_CJK_PART['fiscal']})"
    + rf"(?:\s?(\d{{1,2}}){_CJK_PART['month']}(?:\s?(\d{{1,2}}){_CJK_PART['day']})?)?"
)
# "自2022年以来", "2022년 이후": a "since" word right before a date written in these scripts
# (``SINCE`` words of no Latin, Greek or Cyrillic letter: "自", "从") or right after it
# (``SINCE_AFTER``) makes it a running period's start, no value date
_CJK_SINCE_BEFORE_RE = re.compile(
    "(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(SINCE, key=len, reverse=True)
        if not re.search(r"[a-zA-Z\u00c0-\u04ff]", word)
    )
    + r")\s*$"
)
# a year and a range mark right before a year: the span's end ("2025~2027년", "2025-2027年")
_CJK_SPAN_END_RE = re.compile(r"(?:19|20)\d\d\s*[~〜\-–—]\s*$")
_CJK_SINCE_AFTER_RE = re.compile(r"\s?(?:" + "|".join(map(re.escape, SINCE_AFTER)) + ")")


def cjk_year(
    sentence: str,
    published: date | None,
    skip: Sequence[tuple[int, int]] = (),
    context: str | None = None,
) -> str | None:
    """The year (``YYYY``) a Japanese or Chinese year word names (``CJK_RELATIVE_YEARS``: 昨年
    is the year before ``published``'s, 来年 the year after; ``CJK_ANCHORED_YEARS``: 前年 is
    the year before the last year number ahead of it in ``context``, ``sentence`` when None,
    else before the publication's), or None. These scripts put no space between words, so the
    words are found anywhere but inside the ``skip`` spans; one right before a word of
    ``CJK_COMPARED_AFTER`` (昨年比, 昨年より) is compared with, no date; 前年 counts only with
    kana in the sentence (in Chinese it is the year before last). A year written with 年 or
    Korean 년 ("2022年", "2024年3月", "2024年3月5日", "2025년 2월 19일"; no fiscal year, "2024年度")
    is read as it stands, unless a "since" word stands right before it ("自2022年": ``SINCE``)
    or after it ("2022年以来", "2022년 이후": ``SINCE_AFTER``): the start of a running total.

    >>> cjk_year("昨年は約1兆円の支援を決定した。", date(2024, 12, 27))
    '2023'
    >>> text = "2022年に5億ドル、前年は3億ドルを拠出した。"
    >>> cjk_year(text, date(2024, 12, 27))
    '2022'
    >>> clause = " " * text.index("、") + text[text.index("、") :]  # its clause, offsets kept
    >>> cjk_year(clause, date(2024, 12, 27), context=text)
    '2021'
    >>> cjk_year("支援額は昨年比で2割増えた。", date(2024, 12, 27)) is None
    True
    >>> cjk_year("日本は2024年3月5日に発表した。", None)
    '2024-03-05'
    >>> cjk_year("서울, 2025년 2월 19일 - 정부는 1억 달러를 지원한다.", None)
    '2025-02-19'
    >>> cjk_year("自2022年以来，美国援助总额超过650亿美元。", None) is None
    True
    """
    for match in _CJK_YEAR_RE.finditer(sentence):
        word = match[0]
        if any(low <= match.start() < high for low, high in skip):
            continue
        if match[1] and (
            _CJK_SINCE_BEFORE_RE.search(sentence, 0, match.start())
            or _CJK_SINCE_AFTER_RE.match(sentence, match.end())
        ):
            continue  # "自2022年以来", "2022년 이후": since then, a running total's start
        if match[1] and _CJK_SPAN_END_RE.search(sentence, 0, match.start()):
            continue  # "2025~2027년": the end of a span (aidcalc.news.yearly dates it)
        if match[1]:  # "2022年", "2024年3月", "2024年3月5日" (no fiscal year: "2024年度")
            month, day = (int(match[2]) if match[2] else None), match[3]
            if month is None or not 1 <= month <= 12:
                return match[1]
            return _resolve(int(match[1]), month, int(day) if day else None, published)
        if sentence.startswith(CJK_COMPARED_AFTER, match.end()):
            continue
        if word in CJK_RELATIVE_YEARS:
            if published is not None:
                return f"{published.year + CJK_RELATIVE_YEARS[word]:04d}"
            continue
        if word == "前年" and not _KANA_RE.search(sentence):
            continue
        before = (context if context is not None else sentence)[: match.start()]
        years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?=年)", before)
        anchor = int(years[-1]) if years else published.year if published else None
        if anchor is not None:
            return f"{anchor + CJK_ANCHORED_YEARS[word]:04d}"
    return _cjk_month_day(sentence, published, skip)


# A month and day with no year before them ("2月25日", "2월 25일"): the last such day up to the
# publication (``_resolve``), as a month name without its year is read in other scripts
_CJK_MONTH_DAY_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_CJK_PART['month']}\s?(\d{{1,2}}){_CJK_PART['day']}"
)
_CJK_YEAR_BEFORE_RE = re.compile(rf"\d{_CJK_PART['year']}\s?$")


def _cjk_month_day(
    sentence: str, published: date | None, skip: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The day a month and day written with no year name ("政府は2月25日、…": the last 25
    February up to ``published``), or None: no such day, one inside ``skip``, one after a year
    (``cjk_year`` reads those), one after a "since" word or before one, or no ``published``.

    >>> _cjk_month_day("政府は2月25日、ウクライナに対し支援を発表した。", date(2025, 3, 1))
    '2025-02-25'
    >>> _cjk_month_day("政府は12月5日に発表した。", date(2025, 3, 1))
    '2024-12-05'
    >>> _cjk_month_day("政府は2月25日に発表した。", None) is None
    True
    """
    if published is None:
        return None
    for match in _CJK_MONTH_DAY_RE.finditer(sentence):
        if any(low <= match.start() < high for low, high in skip):
            continue
        if _CJK_YEAR_BEFORE_RE.search(sentence, 0, match.start()):
            continue  # "2025年2月25日": a full date, cjk_year's
        if _CJK_SINCE_BEFORE_RE.search(sentence, 0, match.start()) or _CJK_SINCE_AFTER_RE.match(
            sentence, match.end()
        ):
            continue
        month, day = int(match[1]), int(match[2])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return _resolve(None, month, day, published)
    return None


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
    before), unless it follows a "since" word ("seit dem Vorjahr"), else None. A phrase of
    another language than the one of ``langs`` (given or guessed for the whole text, maybe
    wrongly; all languages when it is None) counts too when it is of several words ("i
    fjor", "anul trecut"), written in lower case ("vlani": "Lani" and "Loni" are names too)
    or the sentence's own words lead with its language (``leading_languages``).

    >>> _relative_year("Germany gave €3bn last year.", date(2025, 3, 10), ["en"])
    '2024'
    >>> _relative_year("Danmark gav i fjor 1 mia. kroner til Ukraine.", date(2025, 3, 10), ["pl"])
    '2024'
    """
    folded = sentence.casefold().replace("\u2019", "'")
    found = _relative_in(sentence, folded, published, langs) if len(langs) == 1 else None
    if found is not None:
        return found
    pattern, offsets = _relative_re(DATE_LANGUAGES)
    leading: frozenset[str] | None = None
    for match in pattern.finditer(folded):
        if _after_since(sentence, match.start()):
            continue
        if _compared(folded, match.start(), _relative_languages()[match[0]]):
            continue
        written = sentence[match.start() : match.end()]
        if " " not in match[0] and not written.islower():
            # one capitalised word ("Lani", "Loni" are names too): only of a language the
            # sentence leads with; in lower case ("vlani" in a Slovak text guessed Czech) a
            # name it is not
            from ..parsing.language import leading_languages

            leading = leading_languages(sentence) if leading is None else leading
            if not leading & _relative_languages()[match[0]]:
                continue
        return f"{published.year + offsets[match[0]]:04d}"
    return None


def _relative_in(sentence: str, folded: str, published: date, langs: Sequence[str]) -> str | None:
    """The year the first ``RELATIVE_YEARS`` phrase of ``langs`` in ``folded`` names."""
    pattern, offsets = _relative_re(tuple(langs))
    for match in pattern.finditer(folded):
        if not _after_since(sentence, match.start()) and not _compared(
            folded, match.start(), langs
        ):
            return f"{published.year + offsets[match[0]]:04d}"
    return None


# The last two words before a point (the second may be a contraction: "qu'en")
_LAST_WORD_RE = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+(?:'[^\W\d_]+)?)\W*$")


def _compared(folded: str, start: int, langs: Sequence[str] | frozenset[str]) -> bool:
    """True when the word right before ``start`` is one of ``COMPARED_WORDS`` in one of
    ``langs``, or the two words before it are one of its phrases: the year named there is
    compared with, not the value date ("the same as last year", "up from last year", "wie im
    Vorjahr", "niż w zeszłym roku", "más que el año pasado"; a bare "que" also opens what was
    said, "dijo que el año pasado …", so only after a comparative).

    >>> text = "germany pledged €1bn, up from last year."
    >>> _compared(text, text.index("last"), ["en"]), _compared(text, text.index("up"), ["en"])
    (True, False)
    """
    last = _LAST_WORD_RE.search(folded, max(0, start - 30), start)
    if last is None:
        return False
    pair = f"{last[1]} {last[2]}" if last[1] else None
    return any(
        last[2] in COMPARED_WORDS.get(lang, ()) or pair in COMPARED_WORDS.get(lang, ())
        for lang in langs
    )


@lru_cache(maxsize=1)
def _relative_languages() -> dict[str, frozenset[str]]:
    """{folded ``RELATIVE_YEARS`` phrase: the languages writing it}."""
    found: dict[str, set[str]] = {}
    for lang, phrases in RELATIVE_YEARS.items():
        for phrase, _ in phrases:
            found.setdefault(phrase.casefold(), set()).add(lang)
    return {phrase: frozenset(langs) for phrase, langs in found.items()}


# Where a clause ends: a comma not before a digit ("March 3, 2025"), a semicolon, a colon, a
# bracket or a dash between spaces.
CLAUSE_END_RE = re.compile(r",(?!\s*\d)|[;:()\[\]]|\s[–—-]\s")
_SPACES_RE = re.compile(r"\s*")


def clause_spans(
    sentence: str, wheres: Sequence[tuple[int, int]], lang: str | None
) -> list[tuple[int, int]]:
    """Return the (start, end) of the clause of each amount at ``wheres`` (sorted (start, end)
    offsets in ``sentence``): from the last clause end before it to the first after it, and
    never past a neighbouring amount; between two amounts with no clause end between them the
    last "and" word (``LIST_AND``) divides, else the end of the first amount. A dash or a colon
    right before an amount ends no clause: the words before it label the amount ("у 2023 році –
    42,5 млрд доларів", "2022 – 7,23 mld zł", "(im Vorjahr: 7 Mrd. Euro)").

    >>> text = "Germany pledged €1bn in 2023 and €2bn in 2024."
    >>> [text[a:b] for a, b in clause_spans(text, [(16, 20), (33, 37)], "en")]
    ['Germany pledged €1bn in 2023 ', 'and €2bn in 2024.']
    >>> text = "У 2024 році – 41,7 млрд, у 2023 році – 42,5 млрд."
    >>> [text[a:b] for a, b in clause_spans(text, [(14, 23), (39, 48)], "uk")]
    ['У 2024 році – 41,7 млрд', ' у 2023 році – 42,5 млрд.']
    """
    starts = {start for start, _ in wheres}
    ends = [
        (m.start(), m.end())
        for m in CLAUSE_END_RE.finditer(sentence)
        # "у 2023 році – 42,5 млрд", "(im Vorjahr: 7 Mrd. Euro)": a label of the amount
        if not (m[0].strip() in "–—-:" and _SPACES_RE.match(sentence, m.end()).end() in starts)
    ]
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
    it. A figure without currency in a clause apart (``aidcalc.news.figures``: "…; en 2023
    había aportado 15 millones") has its own clause as an amount has. A date in an amount's
    own clause (``clause_spans``) is that amount's; a later amount
    whose clause has no verb of its own (a list item: "…, France €2bn and Italy €1bn") takes
    the date of the amount before it; the others take the first date of the rest of the
    sentence, the clauses of the amounts with dates of their own left out.

    >>> text = "Germany pledged €1bn on Monday, after giving €3bn in 2024."
    >>> amount_dates(text, date(2025, 3, 12), "en", [(16, 20), (45, 49)], [(16, 20), (45, 49)])
    [('2025-03-10', True), ('2024', True)]
    >>> text = "Germany pledged €1bn, after giving €3bn last year."
    >>> amount_dates(text, date(2025, 3, 10), "en", [(16, 20), (35, 39)], [(16, 20), (35, 39)])
    [(None, False), ('2024', True)]
    >>> text = "In 2023 Germany gave €3bn, France €2bn and Italy €1bn."
    >>> [found for found, _ in amount_dates(text, None, "en", [(21, 25), (34, 38), (49, 53)])]
    ['2023', '2023', '2023']
    """

    def within(low: int, high: int) -> str:  # the sentence with the rest blanked, offsets kept
        return " " * low + sentence[low:high] + " " * (len(sentence) - high)

    paired = respective_years(sentence, wheres)
    if paired is not None:  # "€5m, €6m and €7m in 2024, 2025 and 2026": one year each
        return [(year, True) for year in paired]
    whole = explicit_date(sentence, published, lang, skip, future_from)
    if whole is None:  # no date anywhere: none in any clause either (most sentences)
        return [(None, False)] * len(wheres)
    written = written_day(sentence, published, lang, skip)
    if written is not None:  # "Lisboa, 12 de fevereiro de 2025 – … aprovou esta quarta-feira"
        published = written
        whole = explicit_date(sentence, published, lang, skip, future_from)
    # "…; en 2023 había aportado 15 millones": a figure without currency in a clause apart has
    # that clause (and its date) of its own, as an amount has
    from .figures import figures_apart

    asked = list(wheres)
    wheres = sorted({*wheres, *figures_apart(sentence, lang, [*wheres, *skip])})
    relative = relative_clauses(sentence, lang)
    spans = clause_spans(sentence, wheres, lang)
    # a clause that is the whole sentence (one amount, no clause end) has the date found above
    own = [
        whole
        if clause == sentence
        else explicit_date(clause, published, lang, skip, future_from, sentence)
        for clause in (within(*span) for span in spans)
    ]
    dated = [span for span, found in zip(spans, own, strict=True) if found is not None]
    if not dated and not relative:
        return [(whole, False)] * len(wheres)
    blanked = list(sentence)
    for low, high in [*dated, *relative]:  # a relative clause's date is its own amount's only
        blanked[low:high] = " " * (high - low)
    # the rest of the sentence dates only the amounts whose clauses have no date of their own
    rest = (
        explicit_date("".join(blanked), published, lang, skip, future_from, sentence)
        if None in own
        else None
    )
    dates: list[tuple[str | None, bool]] = []
    for index, ((low, high), found) in enumerate(zip(spans, own, strict=True)):
        if found is not None:
            dates.append((found, True))
        elif (
            index
            and not _has_verb(sentence[low:high], lang)
            and not _inside(spans[index - 1], relative)
        ):
            # a list item sharing the verb before it ("…, France €2bn and Italy €1bn"): its date
            dates.append((dates[-1][0], False))
        else:
            dates.append((rest, False))
    return [dates[wheres.index(where)] for where in asked]


# A list of years written in full: commas, or a word for "and" of a curated language, between
# them ("2024, 2025 and 2026", "2024 und 2025"); its start a few words after the last amount
_YEAR_LIST_RE = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?:(?:\s*,\s*|,?\s+(?:"
    + "|".join(sorted((re.escape(w) for w in LIST_AND if w.isalpha()), key=len, reverse=True))
    + r")\s+)(?:(?:"
    # a word for "in" before a later year ("in 2024 and in 2025", "nel 2024 e nel 2025")
    + "|".join(sorted((re.escape(w) for w in IN_YEAR if w.isalpha()), key=len, reverse=True))
    + r")\s+)?(?:19|20)\d\d)+(?!\d)",
    re.IGNORECASE,
)
_YEARS_AFTER = 24  # characters between two amounts of the list, at most
_LIST_GAP_RE = re.compile(r"[^\d.;:!?()]*")  # between two amounts of a list: no number nor end


def respective_years(sentence: str, wheres: Sequence[tuple[int, int]]) -> list[str] | None:
    """Return one year per amount at ``wheres`` when the amounts are one list and a list of as
    many years follows the last of them, nothing between or a phrase of ``IN_YEAR`` or
    ``IN_YEARS`` ("in", "in den Jahren", "w latach"): the years pair with the amounts in
    order ("Germany will give €5m, €6m and €7m in 2024, 2025 and 2026": 2024, 2025, 2026;
    until session 23 the last amount took 2024 and the others none). None otherwise: a list of
    years of another length, other words before the years ("up from 2022 and 2023", "between
    2025 and 2026", "in both 2025 and 2026"), or amounts apart.

    >>> respective_years("€5m, €6m and €7m in 2024, 2025 and 2026", [(0, 3), (5, 8), (13, 16)])
    ['2024', '2025', '2026']
    >>> respective_years("€5m and €6m in 2024, 2025 and 2026", [(0, 3), (8, 11)]) is None
    True
    """
    if len(wheres) < 2:
        return None
    ordered = sorted(wheres)
    for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False):
        if _LIST_GAP_RE.fullmatch(sentence, end, start) is None or start - end > _YEARS_AFTER:
            return None  # the amounts are no list of their own
    last = ordered[-1][1]
    found = _YEAR_LIST_RE.search(sentence, last)
    if found is None:
        found = _years_before(sentence, ordered[0][0], last)
        if found is None:
            return None
    else:
        words = _WEEKDAY_WORD_RE.findall(sentence[last : found.start()].casefold())
        if words and words[0] in _RESPECTIVELY_WORDS:
            words = words[1:]  # "5 i 6 mln zł odpowiednio w 2024 i 2025 roku"
        gap = " ".join(words)
        if (
            gap
            and gap not in IN_YEAR
            and gap not in IN_YEARS
            and not _respectively_after(sentence, found.end(), words)
        ):
            return None  # "up from 2022 and 2023", "between 2025 and 2026", "in both 2025 and …"
    years = _FULL_YEAR_RE.findall(found.group())
    if len(years) != len(wheres):
        return None
    by_place = dict(zip(ordered, years, strict=True))
    return [by_place[where] for where in wheres]


# the words that pair the items of two lists in order, of every language ("respectively",
# "beziehungsweise", "odpowiednio"), but those that are also "each" (``EACH_WORDS``: German
# "jeweils", in "2024 und 2025 gab Deutschland jeweils 5 Mio. Euro an die Ukraine und 6 Mio.
# Euro an Moldau"); and the words before a list of years that make it a span ("between",
# "from", "since")
_RESPECTIVELY_WORDS = frozenset(
    w.casefold() for ws in RESPECTIVELY.values() for w in ws
) - frozenset().union(*EACH_WORDS.values())
_SPAN_OPENERS = frozenset(RANGE_OPENERS) | frozenset(SINCE)
_LIST_WORDS = frozenset(w.casefold() for w in LIST_AND if w.isalpha()) - _RESPECTIVELY_WORDS
# two capitalised words joined by a word for "and": a list of names
_NAMES_LIST_RE = re.compile(
    r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*,?\s+(?:"
    + "|".join(sorted((re.escape(w) for w in _LIST_WORDS), key=len, reverse=True))
    + r")\s+[^\W\d_a-z]"
)


def _names_a_list(text: str) -> bool:
    """True when ``text`` joins two capitalised words by a word for "and" ("Germany and
    France", "Ukraine and Moldova", "Niemcy i Francja"): a list of names that a word of
    "respectively" pairs, not the years.

    >>> _names_a_list(" to Ukraine and Moldova "), _names_a_list(" de euros a Ucrania, ")
    (True, False)
    """
    return _NAMES_LIST_RE.search(text) is not None


# a word of time or of a price basis, a year, a word: "in 2022 dollars", "constant 2015 euros"
_BASIS_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(map(re.escape, YEAR_BASIS_BEFORE), key=len, reverse=True))
    + r")\s+((?:19|20)\d\d)\s+([^\W\d_]+)",
    re.IGNORECASE,
)


def price_basis_years(sentence: str) -> list[tuple[int, int]]:
    """The spans of the years that name a price basis or a time before a currency ("worth $50
    billion in 2022 dollars", "in constant 2015 euros"): the parser reads no amount there
    (``parsing.currency_beside.year_before_noun``), and they date no row either (until session
    24 the row took 2022 as its date).

    >>> price_basis_years("worth $50 billion in 2022 dollars")
    [(21, 25)]
    >>> price_basis_years("Germany gave €5m in 2022 to Kyiv")
    []
    """
    from ..parsing.lexicon import lexicon

    lex = lexicon()
    return [
        found.span(1)
        for found in _BASIS_YEAR_RE.finditer(sentence)
        if lex.name(found.group(2).casefold()) is not None
    ]


def _respectively_after(sentence: str, end: int, gap: list[str]) -> bool:
    """True when a word of ``RESPECTIVELY`` follows the years ending at ``end`` and the words
    ``gap`` between the amounts and the years end with a phrase of ``IN_YEAR`` or ``IN_YEARS``
    after words with no list in them ("€5m and €6m to Ukraine in 2024 and 2025 respectively":
    the recipient between; probe 24 dated the €6m 2024 and the €5m not at all).

    >>> text = "… to Ukraine in 2024 and 2025 respectively"
    >>> _respectively_after(text, 30, ["to", "ukraine", "in"])
    True
    """
    after = _WEEKDAY_WORD_RE.findall(sentence[end : end + 30].casefold())
    if not after or after[0] not in _RESPECTIVELY_WORDS or _names_a_list(" ".join(gap)):
        return False
    return any(
        " ".join(gap[-size:]) in IN_YEAR or " ".join(gap[-size:]) in IN_YEARS
        for size in range(1, min(4, len(gap)) + 1)
    )


def _years_before(sentence: str, first: int, last: int) -> re.Match[str] | None:
    """The list of years before the amount starting at ``first`` that pairs with the amounts
    of its list, the last ending at ``last``: a word of ``RESPECTIVELY`` (not German
    "jeweils", also "each") between them, or after the amounts with no other list between
    (the givers' or recipients' a word of "respectively" pairs); no number and no other list
    between the years and the amounts, no word of a span before the years ("In 2024, 2025 and
    2026 Germany pledged €5m, €6m and €7m respectively", "2024 und 2025 beziehungsweise 5 und
    6 Mio. Euro"; until session 24 each amount took the first year, or none); else None.

    >>> _years_before("In 2024 and 2025 it gave respectively €5m and €6m", 38, 50).group()
    '2024 and 2025'
    >>> _years_before("Between 2024 and 2025 it gave respectively €5m and €6m", 43, 55) is None
    True
    """
    found = None
    for found in _YEAR_LIST_RE.finditer(sentence, 0, first):  # noqa: B007 (the last one)
        pass
    if found is None:
        return None
    between = sentence[found.end() : first]
    if any(ch.isdigit() for ch in between) or _LIST_GAP_RE.fullmatch(between) is None:
        return None  # "In 2024 and 2025 … gave €3m; … €5m and €6m": another number, an end
    if _names_a_list(between):
        return None  # "In 2022 and 2023, Germany and France gave …": the givers pair
    if not set(_WEEKDAY_WORD_RE.findall(between.casefold())) & _RESPECTIVELY_WORDS:
        # not "In 2024 and 2025 it gave respectively €5m …": the word after the amounts, no
        # other list before it ("… €5m and €6m to Ukraine and Moldova respectively" pairs the
        # recipients: probe 24)
        tail = sentence[last : last + 80]
        said = next(
            (
                m
                for m in _WEEKDAY_WORD_RE.finditer(tail)
                if m.group().casefold() in _RESPECTIVELY_WORDS
            ),
            None,
        )
        if said is None or _names_a_list(tail[: said.start()]):
            return None
    before = _WEEKDAY_WORD_RE.findall(sentence[: found.start()].casefold())
    if before and before[-1] in _SPAN_OPENERS:
        return None  # "between 2024 and 2025", "since 2022 and 2023"
    return found


# A year written in full, which a day written in full holds.
_FULL_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def written_day(
    sentence: str, published: date | None, lang: str | None, skip: Sequence[tuple[int, int]] = ()
) -> date | None:
    """Return the day ``sentence`` writes in full (day, month and year: a dateline "Lisboa, 12
    de fevereiro de 2025 – …") when it also names a day of the week, or None: that day of the
    week is the last one on or before the written day, not before the publication (a text
    published on 1 March 2025 saying "Lisboa, 12 de fevereiro de 2025 – O Governo aprovou esta
    quarta-feira …" means Wednesday 12 February). A written day after ``published`` is none.

    >>> text = "Lisboa, 12 de fevereiro de 2025 – O Governo aprovou esta quarta-feira 5 milhões."
    >>> written_day(text, date(2025, 3, 1), "pt")
    datetime.date(2025, 2, 12)
    >>> written_day("O Governo aprovou esta quarta-feira 5 milhões.", date(2025, 3, 1), "pt")
    """
    if published is None or not _FULL_YEAR_RE.search(sentence):
        return None  # no year, no day written in full: the sentence is not read again
    if weekday_date(sentence, published, lang) is None:
        return None
    found = explicit_date(sentence, None, lang, skip)
    if found is None or len(found) != 10:
        return None
    day = date.fromisoformat(found)
    return day if day <= published else None


def relative_clauses(sentence: str, lang: str | None) -> list[tuple[int, int]]:
    """Return the (start, end) of each relative clause of ``sentence``: from a comma followed by
    a relative pronoun of ``lang`` (``RELATIVE_WORDS``: "which", "der", "który") to the next
    clause end (``CLAUSE_END_RE``) or the sentence end.

    >>> text = "Japan, which gave $1bn in 2023, said it would add another $500m."
    >>> [text[a:b] for a, b in relative_clauses(text, "en")]
    [', which gave $1bn in 2023']
    """
    words = RELATIVE_WORDS.get(lang or "", frozenset())
    if not words:
        return []
    found = []
    for match in _RELATIVE_OPEN_RE.finditer(sentence):
        if match[1].casefold() not in words:
            continue
        end = CLAUSE_END_RE.search(sentence, match.end())
        found.append((match.start(), end.start() if end else len(sentence)))
    return found


# A comma and the word after it: a relative clause opens there when the word is a pronoun
_RELATIVE_OPEN_RE = re.compile(r",\s*([^\W\d_]+)")


def _inside(span: tuple[int, int], clauses: Sequence[tuple[int, int]]) -> bool:
    """True when ``span`` lies within one of ``clauses`` (both (start, end) offsets)."""
    return any(low <= span[0] and span[1] <= high for low, high in clauses)


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


@lru_cache(maxsize=1)
def _all_month_names() -> dict[str, dict[str, int]]:
    """Return {folded full month name: {language: month}} over ``DATE_LANGUAGES`` (no
    abbreviations: those count only in the text's own language)."""
    names: dict[str, dict[str, int]] = {}
    for lang in DATE_LANGUAGES:
        for form, month in month_words(lang).items():
            if month > 0:
                names.setdefault(form, {})[lang] = month
    return names


def _month_elsewhere(token: str, sentence: str) -> tuple[int | None, bool, tuple[str, ...]]:
    """The month ``token`` names in any language of ``DATE_LANGUAGES`` (for a token that names
    none in the language given or guessed for the whole text, which may be wrong for this
    sentence), whether it counts only inside a full date (a day, the month and a year), and
    the languages naming it; (None, False, ()) when it names none or the languages disagree.

    A full month name of a language leading the sentence's own words (``leading_languages``:
    "december" in "Nederland gaf in december …", where Dutch ties with English) is read as it
    stands; a month name of a language the sentence's words do not show only inside a full
    date ("3 Mart 2025"): Dutch "leden" (members) is no Czech January, "Mars 2025" no March.
    Croatian "listopad" (October) is Polish and Czech November: read only when the languages
    left agree.

    >>> _month_elsewhere("december", "Nederland gaf in december 100 miljoen euro aan Oekraïne.")
    (12, False, ('nl',))
    >>> _month_elsewhere("Mart", "Ankara 3 Mart 2025 tarihinde")  # Turkish: no stop word
    (3, True, ('tr',))
    >>> _month_elsewhere("leden", "De leden van de NAVO gaven 100 miljoen euro.")  # Czech
    (1, True, ('cs',))
    """
    names = _all_month_names().get(token.casefold())
    if not names:
        return None, False, ()
    if not token[:1].isupper():  # "may", "march" are not months in English
        names = {lg: month for lg, month in names.items() if lg != "en"}
    from ..parsing.language import leading_languages

    leading = leading_languages(sentence)
    shown = {lg: month for lg, month in names.items() if lg in leading}
    near = not shown  # no language the sentence shows names it: only inside a full date
    found = names if near else shown
    if len(set(found.values())) != 1:
        return None, False, ()
    return next(iter(found.values())), near, tuple(found)


def _future_start(sentence: str, langs: Sequence[str]) -> int | None:
    """Where the future of ``sentence`` starts for a month read in one of ``langs`` (not the
    text's language), by the rule of ``aidcalc.news.candidates.future_start``: at the first
    future-tense word (``FUTURE``) of the first of ``langs`` that has one, or at the start (-1)
    when no giving or receiving verb stands before it; None without a future word.

    >>> _future_start("Nederland zal in juli 20 miljoen euro aan Oekraïne geven.", ["nl"])
    -1
    """
    from .cues import FUTURE, VERB, find_cues

    for lang in langs:
        future = find_cues(sentence, lang, FUTURE)
        if future:
            first = future[0].start
            verbs = find_cues(sentence, lang, VERB)
            return first if any(v.kind != "aux" and v.end <= first for v in verbs) else -1
    return None


def _around_month(texts: list[str], i: int) -> tuple[int | None, int | None, int]:
    """Return (day, year, index of the first token) of the date around the month at ``i``."""
    day = year = None
    first = i
    # day before the month: "4 November", "4. November", "3 de marzo", "3rd of March", "1er mars"
    j = i - 1
    if j >= 0 and (texts[j] == "." or texts[j].casefold() in DATE_LINKS):
        j -= 1
    if j >= 1 and texts[j] in DAY_SUFFIXES:
        j -= 2 if j >= 2 and texts[j - 1] == "." and _day(texts[j - 2]) else 1  # "1.º"
    if j >= 0 and _day(texts[j]):
        day, first = _day(texts[j]), j
    # after the month: "Nov. 4, 2024", "September 2024", "rugsėjo 12 d.", "marzo de 2025"
    k = i + 1
    if k < len(texts) and texts[k] == ".":
        k += 1
    if day is None and k < len(texts) and _day(texts[k]):
        day = _day(texts[k])
        k += 1
        while k < len(texts) and (texts[k] in (",", ".") or texts[k] in DAY_SUFFIXES):
            k += 1
    if k + 1 < len(texts) and texts[k].casefold() in DATE_LINKS and _year(texts[k + 1]):
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


def _since_after(texts: list[str], last: int) -> bool:
    """True when a word of ``SINCE_AFTER`` follows the date whose token ``last`` is, past
    the rest of the date (a year, a day, a stop), an apostrophe and a case ending of at most
    four letters: "Şubat 2022'den itibaren", "helmikuusta 2022 lähtien" (since).

    >>> _since_after(TOKEN_RE.findall("Şubat 2022'den itibaren"), 0)
    True
    >>> _since_after(TOKEN_RE.findall("Şubat 2022'de verdi"), 0)
    False
    """
    for token in texts[last + 1 : last + 7]:
        folded = token.casefold()
        if folded in SINCE_AFTER:
            return True
        ending = token.isalpha() and len(token) <= 4  # "den", "dan": the case ending
        if not (ending or token in (".", "'", "’") or _year(token) or _day(token)):
            return False
    return False


def _after_since(sentence: str, start: int) -> bool:
    words = TOKEN_RE.findall(sentence[max(0, start - 30) : start])
    return _since_before(words, len(words))


def _slashed(first: int, second: int, year: int, lang: str | None) -> str | None:
    """Return the ISO date of "first/second/year": day first, unless the language's press may
    write it month first (``MONTH_FIRST_DATES``: English, and a text of no language known):
    then the number above 12 tells the day, and two numbers up to 12 give no date (None: never
    a day and month swapped in silence).

    >>> _slashed(12, 2, 2025, "pt"), _slashed(14, 2, 2025, "en"), _slashed(2, 14, 2025, "en")
    ('2025-02-12', '2025-02-14', '2025-02-14')
    >>> _slashed(12, 2, 2025, "en") is None
    True
    """
    if lang in DATE_LANGUAGES and lang not in MONTH_FIRST_DATES:
        return _iso(year, second, first)
    if first > 12 >= second:
        return _iso(year, second, first)
    if second > 12 >= first:
        return _iso(year, first, second)
    return None


def _resolve(
    year: int | None, month: int, day: int | None, published: date | None, future: bool = False
) -> str | None:
    """Return the ISO date, taking a missing year from ``published``: the last such day (or
    month) up to the publication, so the year before when the day (the month, when no day is
    given) comes after the publication's; for the future, the next one from it, the year after
    when it comes before. Days are compared whole: "17 March" published 1 March 2025 is
    2024-03-17, never a day still ahead.

    >>> _resolve(None, 3, 17, date(2025, 3, 1)), _resolve(None, 3, 1, date(2025, 3, 1))
    ('2024-03-17', '2025-03-01')
    >>> published = date(2025, 3, 1)
    >>> _resolve(None, 3, 17, published, future=True), _resolve(None, 3, None, published)
    ('2025-03-17', '2025-03')
    """
    if year is None:
        if published is None:
            return None
        when = (month, day if day is not None else 0)
        now = (published.month, published.day if day is not None else 0)
        if future:
            year = published.year + (1 if when < now else 0)
        else:
            year = published.year - (1 if when > now else 0)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _iso(year, month, day) or f"{year:04d}-{month:02d}"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
