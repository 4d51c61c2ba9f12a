"""Parts of a pledge: an amount that breaks down the one before it is not a new pledge.

"Belgium pledged €1 billion, of which €150 million for demining", "£2.5 billion, including
£245 million for …", "davon 400 Mio. Euro", "з них 200 мільйонів": the part gets ``part_of``, the
row of the whole, and ``aidcalc summary`` never adds it again. An amount is a part when a phrase
of ``PART_BEFORE`` (``aidcalc/words/``) stands between the previous amount of its sentence (or
the sentence start) and it, or a phrase of ``PART_AFTER`` follows it within a few characters
("€150 million of it"); the whole is the latest earlier row that is no part itself, in the same
sentence or the one before.

>>> is_part("Germany pledged €1 billion, of which €400 million has been disbursed.", "en",
...         (37, 49), 26)
True
>>> is_part("Germany pledged €1 billion for drones.", "en", (16, 26), 0)
False
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..words import (
    BREAKDOWN_OPENERS,
    CONTRAST_OPENERS,
    FRACTIONS,
    FURTHER_AMOUNT,
    ITEM_WITH,
    LIST_AND,
    LIST_OR,
    NEWS_LANGUAGES,
    PART_AFTER,
    PART_BEFORE,
    PART_CONTENTS,
    PART_NOT_AFTER,
    PART_NOT_BEFORE,
    PART_SHARES,
    REST_AFTER,
    REST_WORDS,
    SCRIPTS,
    SHARE_WHOLES,
    SUM_WORDS,
    UNREAD_FRACTIONS,
    WHOLE_BEFORE,
)
from .cues import UNSPACED_SCRIPTS, VERB, find_cues, phrase_pattern

# The words (no digits, no symbols) a mention opens with.
LEAD_WORDS_RE = re.compile(r"(?:[^\W\d_]+\s+)*")
# How far after an amount a PART_AFTER phrase may start ("€150 million of it").
AFTER_REACH = 3
# Parts that add up to their whole within this share of it are its parts ("€5.1bn": €3bn and
# €2.1bn; rounded figures such as "€1.2bn: €700m and €480m" stay within it too).
SUM_TOLERANCE = Decimal("0.02")
# How far from an amount a SUM_WORDS phrase may stand ("a combined €5bn", "€5bn in total").
SUM_REACH = 30


@lru_cache(maxsize=32)
def _pattern(lang: str | None, table: str) -> re.Pattern[str] | None:
    words = {"before": PART_BEFORE, "after": PART_AFTER, "contents": PART_CONTENTS}[table]
    # a language of no news cues may still have its part phrases ("heraf", "bunun")
    own = lang in NEWS_LANGUAGES or lang in PART_BEFORE
    phrases = words.get(lang, ()) if own else words["en"]
    if table == "before":  # "The package includes €1bn": a verb of contents is a part phrase
        phrases = (*phrases, *(PART_CONTENTS.get(lang, ()) if own else PART_CONTENTS["en"]))
    if not phrases:
        return None
    # "…" in a phrase is one word ("w skład … wchodzi": "W skład pakietu wchodzi")
    body = "|".join(_whole_pattern(p.rstrip(".")) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(_unspaced(body, lang if own else "en"), re.IGNORECASE)


def _unspaced(pattern: str, lang: str | None) -> str:
    r"""``pattern`` without the word starts and ends ``phrase_pattern`` asks for when ``lang``
    is written without spaces (``cues.UNSPACED_SCRIPTS``: Chinese, Japanese): "其中" stands
    inside a run of letters and digits ("，其中1.5亿美元用于…").

    >>> _unspaced(r"(?<!\w)其中(?!\w)", "zh"), _unspaced(r"(?<!\w)of which(?!\w)", "en")
    ('其中', '(?<!\\w)of which(?!\\w)')
    """
    if SCRIPTS.get(lang or "") not in UNSPACED_SCRIPTS:
        return pattern
    return pattern.replace(r"(?<!\w)", "").replace(r"(?!\w)", "")


def is_part(sentence: str, lang: str | None, where: tuple[int, int], previous_end: int) -> bool:
    """Return whether the amount at ``where`` is part of an earlier one, by the words between
    ``previous_end`` (the end of the sentence's previous amount, or 0) and it, or just after it."""
    before = _pattern(lang, "before")
    # the words a mention opens with ("entre 2 milliards", "over 2 miljard": the parser may
    # read them as a qualifier) may end the phrase ("répartis entre", "verdeeld over")
    lead = LEAD_WORDS_RE.match(sentence, where[0], where[1])
    if before is not None and any(
        not _bound(sentence, previous_end, found, lang)
        and not _of_time(sentence, found, lang)
        and not _aside(sentence, found.end(), where[0], lang)
        for found in before.finditer(sentence, previous_end, lead.end())
    ):
        return True
    share = _share_pattern(lang)
    if share is not None and share.search(sentence, previous_end, where[0]):
        return True
    rest = _rest_pattern(lang)
    if rest is not None and rest.search(sentence, previous_end, where[0]):
        return True
    after = _pattern(lang, "after")
    if after is not None:
        found = after.search(sentence, where[1], min(len(sentence), where[1] + 40))
        if found and found.start() - where[1] <= AFTER_REACH:
            return True
    rest_after = _rest_after_pattern(lang)
    return rest_after is not None and rest_after.match(sentence, where[1]) is not None


def _aside(sentence: str, begin: int, end: int, lang: str | None) -> bool:
    """True when the words between a part phrase (ending at ``begin``) and the amount at
    ``end`` are an aside of the item before, closed by a comma and a list's "and"
    (``LIST_AND``): "1,2 Mrd. Euro auf Luftverteidigung, darunter zwei Patriot-Systeme, und
    700 Mio. Euro auf Munition". The phrase names what the item before holds; the amount after
    the "and" is the next item of the same list, no part of the item before.

    >>> text = "€3bn for air defence, including two systems, and €2bn for shells"
    >>> _aside(text, text.index(" two"), text.index("€2bn"), "en")
    True
    >>> _aside("€5bn, including €2bn", 15, 16, "en")
    False
    """
    table = lang if lang in NEWS_LANGUAGES else "en"
    between = sentence[begin:end]
    found = _ASIDE_END.search(between)
    return (
        found is not None
        and _WORD.search(between, 0, found.start()) is not None
        and table in LIST_AND.get(found.group(1).casefold(), ())
    )


_ASIDE_END = re.compile(r",\s*([^\W\d_]+)\s*$")
_WORD = re.compile(r"[^\W\d_]")


def names_contents(sentence: str, lang: str | None, where: tuple[int, int]) -> bool:
    """Return whether a verb of ``PART_CONTENTS`` ("includes", "umfasst", "omfattar", "w skład
    … wchodzi") stands in ``sentence`` before the amount at ``where``, with no other amount
    between: the sentence names what a package holds, and the package it speaks of may have
    been named a few sentences before ("Paketet omfattar bland annat luftvärn för 4 miljarder
    kronor" under the 13,5 miljarder kronor package). ``is_part`` then holds too.

    >>> names_contents("Das Paket umfasst Munition für 800 Mio. Euro.", "de", (33, 45))
    True
    >>> names_contents("Das Paket kommt im Mai.", "de", (0, 3))
    False
    """
    contents = _pattern(lang, "contents")
    return contents is not None and contents.search(sentence, 0, where[0]) is not None


def _bound(sentence: str, begin: int, found: re.Match, lang: str | None) -> bool:
    """True when the word right before a phrase ``found`` binds it into a phrase of its own
    (``PART_NOT_AFTER``: "on top of that, €2bn" is more money, no part of the one before)."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    heads = PART_NOT_AFTER.get(table, ())
    if not heads:
        return False
    last = _LAST_WORD.search(sentence, begin, found.start())
    return last is not None and last.group(1).casefold() in heads


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _of_time(sentence: str, found: re.Match, lang: str | None) -> bool:
    """True when the word right after a phrase ``found`` makes it one of time or reason
    (``PART_NOT_BEFORE``): Polish "w tym" is "of which" before an amount but "this" before a
    noun, "w tym roku 1 mld zł" being this year's money, no part of the amount before.

    >>> import re
    >>> text = "3 mld zł w 2023 r., a w tym roku 1 mld zł"
    >>> _of_time(text, re.search("w tym", text), "pl")
    True
    """
    table = lang if lang in NEWS_LANGUAGES else "en"
    nouns = PART_NOT_BEFORE.get(table, ())
    if not nouns:
        return False
    following = _NEXT_WORD.match(sentence, found.end())
    return following is not None and following.group(1).casefold() in nouns


@lru_cache(maxsize=32)
def _share_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A share of the amount before, then a phrase of ``PART_AFTER`` ("of it", "of that") or
    of the whole it is taken of (``SHARE_WHOLES``: "of the package", "des Pakets", "pakietu"),
    at the end of the text it searches: the amount right after it, set off by a comma, bracket,
    colon or dash and perhaps an "or" word (``LIST_OR``), is that share ("a third of it
    (€1bn)", "15% of it, or €450m", "half of it, €1.5bn"). The share is a number with a
    percent sign or word, a fraction word (``FRACTIONS``, ``UNREAD_FRACTIONS``) or a word of
    a share (``PART_SHARES``: "most of it, €2bn")."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    # "of it", or the whole named ("a third of the package (€1.3bn)": ``SHARE_WHOLES``)
    phrases = (*PART_AFTER.get(table, ()), *SHARE_WHOLES.get(table, ()))
    if not phrases:
        return None
    fractions = [w for w, langs in UNREAD_FRACTIONS.items() if table in langs]
    fractions += list(FRACTIONS) if table == "en" else []
    fractions += PART_SHARES.get(table, ())
    ors = [w for w, langs in LIST_OR.items() if table in langs]
    body = "|".join(_whole_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    shares = "|".join(re.escape(w) for w in sorted(fractions, key=len, reverse=True))
    share = r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|percent\b|prozent\b|procent\b|proc\.)"
    if shares:
        share += rf"|\b(?:{shares})"
    link = rf"(?:(?:{'|'.join(map(re.escape, ors))})\s+)?" if ors else ""
    return re.compile(rf"(?:{share})\s+(?:{body})\s*[,(:–—-]?\s*{link}$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _rest_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The rest of a whole (``REST_WORDS``: "the rest", "der Rest", "le reste", "reszta",
    "решта") opening its clause, then a comma, bracket, colon or dash at the end of the text it
    searches: the amount right after it is the rest of the amount before ("Germany pledged
    €3bn. The rest, €1.5bn, will follow next year.")."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    words = REST_WORDS.get(table, ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    # set off ("The rest, €1.5bn") or right before it ("the remaining €1.5bn", "Loput 10")
    return re.compile(
        rf"(?:(?:^|[.,;:(–—-])\s*(?:{body})\s*[,(:–—-]|(?:{body}))\s*$", re.IGNORECASE
    )


@lru_cache(maxsize=32)
def _rest_after_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A word of the rest (``REST_AFTER``: "restants", "restantes", "rimanenti") right after an
    amount: "les 10 millions d'euros restants" is the rest of the amount before."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    words = REST_AFTER.get(table, ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{body})", re.IGNORECASE)


def _whole_pattern(phrase: str) -> str:
    """The pattern of a phrase of ``PART_AFTER`` or ``SHARE_WHOLES``; "…" in it stands for one
    word, a determiner or a possessive ("of … package": "of the package", "of Germany's
    package", "of its package")."""
    if "…" not in phrase:
        return phrase_pattern(phrase)
    one_word = r"\s+[^\W\d_]+(?:['’]s)?\s+"
    return one_word.join(phrase_pattern(part.strip()) for part in phrase.split("…"))


def continues_parts(
    sentence: str, lang: str | None, where: tuple[int, int], previous_end: int
) -> bool:
    """Return whether the amount at ``where`` may go on a list of parts whose last part ends at
    ``previous_end``: no giving verb stands between and a comma or "and" stands right before it
    ("including €3bn for weapons and €1bn for energy"; not "…, and later added €1bn"; a verb
    of the last part's own clause before that comma or "and" counts not: "de los cuales 4
    millones se destinarán al PMA y 3 millones a UNICEF"). The caller checks the donor, the
    currency and that the parts stay within the whole.

    >>> continues_parts("€5bn, including €3bn for arms and €1bn for energy.", "en", (34, 38), 20)
    True
    >>> continues_parts("€5bn, including €3bn for arms, and later added €1bn.", "en", (47, 51), 20)
    False
    >>> continues_parts("€5bn, of which €3bn for arms, while €2bn for fuel.", "en", (36, 40), 19)
    True
    """
    before = sentence[previous_end : where[0]].rstrip()
    # a giving verb after the list's last comma or "and" opens a clause of its own ("…, and
    # later added €1bn"); one before it is the last part's own ("de los cuales 4 millones se
    # destinarán al PMA y 3 millones a UNICEF")
    table = lang if lang in NEWS_LANGUAGES else "en"
    joiners = [
        m.end()
        for m in _JOINER.finditer(before)
        if m.group() == "," or table in LIST_AND.get(m.group().casefold(), ())
    ]
    opens = previous_end + (joiners[-1] if joiners else 0)
    verbs = find_cues(sentence, lang, VERB)
    if any(v.kind == "give" and opens <= v.start < where[0] for v in verbs):
        return False
    if before.endswith(","):
        return True
    contrast = _contrast_end(table)
    if contrast is not None and contrast.search(before):
        return True  # "…, mens 1,3 mia. kr. bruges på …": the next item, its verb after it
    if before.endswith("("):  # "led by Germany (€3bn) and France (€2bn)": a bracketed item
        return "," in before or any(
            (lang if lang in NEWS_LANGUAGES else "en") in LIST_AND.get(w.casefold(), ())
            for w in before.split()
        )
    words = before.rsplit(None, 1)
    if bool(words) and table in LIST_AND.get(words[-1].casefold(), ()):
        return True
    # "including Germany with €4bn and France with €2bn": an item of a giver joined by a word
    # of ITEM_WITH, the list going on after a comma or "and"
    joined = _with_end(table)
    return (
        joined is not None
        and joined.search(before) is not None
        and ("," in before or any(table in LIST_AND.get(w.casefold(), ()) for w in before.split()))
    )


_JOINER = re.compile(r",|[^\W\d_]+")


@lru_cache(maxsize=32)
def _contrast_end(table: str) -> re.Pattern[str] | None:
    """A comma and a word of ``CONTRAST_OPENERS`` ("while", "mens", "a") at the end of the
    text between a part and the next amount: that amount opens the list's next item."""
    words = CONTRAST_OPENERS.get(table, ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf",\s*(?:{body})$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _with_end(table: str) -> re.Pattern[str] | None:
    phrases = ITEM_WITH.get(table, ())
    if not phrases:
        return None
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})$", re.IGNORECASE)


def adds_up(whole: Decimal, parts: list[Decimal]) -> bool:
    """Return whether ``parts`` (two or more) add up to ``whole`` within ``SUM_TOLERANCE``.

    >>> adds_up(Decimal(5), [Decimal(3), Decimal(2)])
    True
    >>> adds_up(Decimal(5), [Decimal(3), Decimal(1)])
    False
    """
    return len(parts) >= 2 and abs(sum(parts) - whole) <= whole * SUM_TOLERANCE


def within_whole(whole: Decimal, parts: list[Decimal]) -> bool:
    """Return whether ``parts`` fit in ``whole`` as the figures are written: a figure of two or
    more significant digits stands for any value that rounds to it (half a unit of its last
    digit either way), a figure of one ("€4bn") for itself, and the parts' least values may not
    add up to more than the whole's greatest. "1,8 milliard d'euros, dont 385 millions … et 1,5
    milliard": 384.5m + 1.45bn fits in 1.85bn, though 385m + 1.5bn is more than 1.8bn; €3bn
    and €2bn do not fit in €4bn.

    >>> within_whole(Decimal("1.8E9"), [Decimal("3.85E8"), Decimal("1.5E9")])
    True
    >>> within_whole(Decimal(4), [Decimal(3), Decimal(2)])
    False
    """
    least = sum(part - _half_unit(part) for part in parts)
    return least <= whole + _half_unit(whole)


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last significant digit of ``value`` (1.8E+9: 5E+7; 385E+6: 5E+5), or
    0 for a figure of one significant digit (4E+9), taken as exact."""
    digits = value.normalize().as_tuple()
    if len(digits.digits) < 2:
        return Decimal(0)
    return Decimal(5).scaleb(digits.exponent - 1)


@lru_cache(maxsize=32)
def _phrases(lang: str | None, table: str) -> re.Pattern[str] | None:
    words = SUM_WORDS if table == "sum" else WHOLE_BEFORE
    phrases = words.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not phrases:
        return None
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    if table == "whole":
        return re.compile(rf"(?:{body})\s*$", re.IGNORECASE)
    return re.compile(body, re.IGNORECASE)


def names_whole(text: str, lang: str | None, start: int, end: int) -> bool:
    """Return whether the words beside the amount at ``start``–``end`` make it a sum of others:
    a phrase of ``SUM_WORDS`` within ``SUM_REACH`` characters of it and in its clause ("a
    combined €5bn", "€5bn in total", "insgesamt 5 Mrd. Euro"), or one of ``WHOLE_BEFORE`` right
    before it ("Of the €5bn, …").

    >>> names_whole("Germany and France pledged a combined €5bn.", "en", 38, 42)
    True
    >>> names_whole("Of the €5bn pledged, €3bn came from Germany.", "en", 7, 11)
    True
    >>> names_whole("Germany pledged €5bn.", "en", 16, 20)
    False
    """
    total = _phrases(lang, "sum")
    if total is not None:
        before = re.split(r"[,;:.()]", text[max(0, start - SUM_REACH) : start])[-1]
        after = re.split(r"[,;:.()]", text[end : end + SUM_REACH])[0]
        if total.search(before) or total.search(after):
            return True
    whole = _phrases(lang, "whole")
    return whole is not None and whole.search(text[max(0, start - SUM_REACH) : start]) is not None


@lru_cache(maxsize=32)
def _opening(lang: str | None) -> re.Pattern[str] | None:
    phrases = WHOLE_BEFORE.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not phrases:
        return None
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s,;:(])(?:{body})(?:\s+\w+)?\s*$", re.IGNORECASE)


def opens_whole(text: str, lang: str | None, start: int) -> bool:
    """Return whether a phrase of ``WHOLE_BEFORE`` stands right before the amount at ``start``,
    at most one word (an adjective) between: "Of the €5bn, …", "Von den deutschen 4 Mrd. Euro
    sind …". An amount after it in its sentence, of the same giver and currency and smaller, is
    a part of it even alone (``aidcalc.news.candidates``).

    >>> text = "Von den deutschen 4 Mrd. Euro sind 1,5 Mrd. Euro bestimmt."
    >>> opens_whole(text, "de", 18), opens_whole(text, "de", 35)
    (True, False)
    """
    opening = _opening(lang)
    return (
        opening is not None and opening.search(text[max(0, start - SUM_REACH) : start]) is not None
    )


# At most one word (an article) before a sentence's first amount: "Los 30 millones … restantes".
_LEAD_WORD = re.compile(r"[\s\"'„“”«»(]*(?:[^\W\d_]+\s+)?")
# Quotes and brackets a sentence may open with, and what may set a phrase off from its amount.
_OPENING = r"[\s\"'„“”«»(]*"
_SET_OFF = " \t\n,:(–—-"


@lru_cache(maxsize=64)
def _opener(lang: str | None, table: str) -> re.Pattern[str] | None:
    words = BREAKDOWN_OPENERS if table == "openers" else REST_WORDS
    # a language with the table but no giving verbs (Korean "이 중") has its own phrases
    table_lang = lang if lang in NEWS_LANGUAGES or lang in words else "en"
    phrases = words.get(table_lang, ())
    if not phrases:
        return None
    number = r"\d[\d.,\s]*?(?:\s*[^\W\d_]+)?(?!\w)"  # "Av de 500 millionene", "Von den 1,9"
    body = "|".join(
        _unspaced(phrase_pattern(p.removesuffix("#").strip()), table_lang)
        + (rf"\s+{number}" if p.endswith("#") else "")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"{_OPENING}(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=32)
def _further_end(lang: str | None) -> re.Pattern[str] | None:
    words = FURTHER_AMOUNT.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})\s*$", re.IGNORECASE)


def opens_breakdown(sentence: str, lang: str | None, where: tuple[int, int] | None = None) -> bool:
    """Return whether ``sentence`` opens with a phrase breaking down a total said before it
    (``BREAKDOWN_OPENERS``: "Of this", "Davon", "Tästä", "Do montante total", "Av de 500
    millionene", a number restating the total after the phrases that end in "#") or with a
    word of the rest (``REST_WORDS``: "The remaining", "Loput"), or, given the ``where`` of
    its first amount, with that amount and a word of the rest after it, one word before it
    at most (``REST_AFTER``: "Los 30 millones de euros restantes"). Its amounts may then be
    parts of a total a sentence or a few before it, not only of the sentence right before
    (``aidcalc.news.candidates``: the giver's latest total they fit in).

    Given ``where``, the first amount must be in the phrase's own clause: no comma, colon or
    semicolon between them but one right after the phrase ("Of this, €3bn"; not "De ellos
    habló el ministro, que anunció …"), no word of ``FURTHER_AMOUNT`` right before the amount
    ("otros 50 millones": more money); a word of the rest stands right before it ("The
    remaining €2bn", "Loput 10 miljoonaa"; not "The remaining allies gave €2bn"). A noun of
    ``PART_NOT_BEFORE`` after the phrase makes it one of time or reason ("Davon unabhängig",
    "Z tego powodu", "Of this year's budget").

    >>> opens_breakdown("Davon entfallen 1,2 Mrd. Euro auf Luftverteidigung.", "de")
    True
    >>> opens_breakdown("Av de 500 millionene går 275 millioner til UNRWA.", "nb")
    True
    >>> opens_breakdown("Av de nordiske landene gir Norge mest.", "nb")
    False
    >>> opens_breakdown("Germany pledged €1bn, of which €400m for drones.", "en")
    False
    >>> opens_breakdown("Davon unabhängig gibt Berlin 50 Mio. Euro.", "de")
    False
    >>> opens_breakdown("Los 30 millones de euros restantes irán al desminado.", "es", (4, 24))
    True
    >>> opens_breakdown("The remaining allies gave €2bn.", "en", (26, 30))
    False
    """
    if where is not None and _LEAD_WORD.fullmatch(sentence, 0, where[0]):
        rest_after = _rest_after_pattern(lang)
        if rest_after is not None and rest_after.match(sentence, where[1]):
            return True
    rest = _opener(lang, "rest")
    found = rest.match(sentence) if rest is not None else None
    if (
        found is not None
        and not _of_time(sentence, found, lang)
        and (where is None or not sentence[found.end() : where[0]].strip(_SET_OFF))
    ):
        return True  # "Loput 10 miljoonaa", "The rest, €1.5bn"
    opener = _opener(lang, "openers")
    found = opener.match(sentence) if opener is not None else None
    # "Davon unabhängig …", "Z tego powodu …": a phrase of reason, no breakdown
    if found is None or _of_time(sentence, found, lang):
        return False
    if where is None:
        return True
    between = sentence[found.end() : where[0]].lstrip(_SET_OFF)
    further = _further_end(lang)
    return not re.search(r"[,;:]", between) and (further is None or not further.search(between))
