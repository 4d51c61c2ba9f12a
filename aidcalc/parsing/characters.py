"""Characters the reader cleans before tokenizing, keeping every offset pointing into the original.

News text copied from web pages and PDFs carries characters a reader does not see: zero-width
spaces and joiners, soft hyphens, word joiners, byte-order marks, bidirectional marks and NUL
bytes, and the other control characters of C0 and C1 and DEL (a tab, a line feed, a vertical tab,
a form feed, a carriage return and the next-line character U+0085 stay: they part words and
lines). Inside a number they would cut it in two (``€5\\u200b00 million`` would read as €5), so
they are dropped. Digits of other scripts (full-width ``５００``, Arabic-Indic ``٥٠٠``, Eastern
Arabic-Indic ``۵۰۰``) and the full-width and Arabic decimal and grouping marks become their
ASCII forms, which keeps the string's length, as do full-width brackets (``（約150億円）``),
spaces of other widths (a figure space between digit groups, ``5\u2007000 €``, becomes a
space) and full-width Latin letters (``€5ｍ``). The
characters dropped are Unicode's "Cf" (format) class plus the controls ("Cc") but the five
ASCII spaces and U+0085; each digit maps to the ASCII
digit of the same value.

``clean`` returns the cleaned text and, when characters were dropped, the offset in the original
of every cleaned character (plus one past the end), so that a mention found at
``clean[start:end]`` is ``original[offsets[start]:offsets[end - 1] + 1]``.

>>> clean("€5\\u200b00 million")
('€500 million', [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
>>> clean("€５００ million")
('€500 million', None)
>>> clean("5\u2007000 €"), clean("€5ｍ")
(('5 000 €', None), ('€5m', None))
>>> clean("1億ドル（約150億円）")
('1億ドル(約150億円)', None)
>>> clean("$5\\x00 million"), clean("€5\\x7f\\x9b million")[0]
(('$5 million', [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11]), '€5 million')
"""

from __future__ import annotations

import re
from html import unescape

# Format characters (Unicode category Cf) and the control characters (Cc) but tab, line feed,
# vertical tab, form feed, carriage return and next line (U+0085): nothing a reader sees.
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
_INVISIBLE_RE = re.compile(
    f"[{_CONTROLS}\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)

# Digits of other scripts and the marks that go with them, mapped one to one (length kept).
_DIGIT_BLOCKS = ("\uff10", "\u0660", "\u06f0", "\u0966", "\u09e6")  # full-width, Arabic-Indic…
_LOOK_ALIKES = {ord(base) + i: str(i) for base in _DIGIT_BLOCKS for i in range(10)}
_LOOK_ALIKES.update(
    {
        ord("\uff0c"): ",",  # full-width comma
        ord("\uff0e"): ".",  # full-width full stop
        ord("\u066b"): ".",  # Arabic decimal separator
        ord("\u066c"): ",",  # Arabic thousands separator
        ord("\u2212"): "-",  # minus sign
        ord("\u2010"): "-",  # hyphen
        ord("\u2011"): "-",  # non-breaking hyphen ("twenty‑five million euros")
        ord("\uff04"): "$",  # full-width dollar
        ord("\uffe5"): "¥",  # full-width yen
        ord("\uffe1"): "£",  # full-width pound
        ord("\uff08"): "(",  # full-width brackets: "1억 달러（약 1천420억원）" restates
        ord("\uff09"): ")",
    }
)
# Spaces of other widths (Unicode "Zs" besides the space, the no-break space, the narrow no-break
# space and the thin space, which the tokenizer knows as grouping marks): a figure space between
# digit groups ("5\u2007000 €") is a space, never the end of the number ("5" and "000 €")
_SPACES = "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u200a\u205f\u3000"
_LOOK_ALIKES.update({ord(space): " " for space in _SPACES})
# full-width Latin letters ("€5ｍ"): the letters they look like
_LOOK_ALIKES.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
_LOOK_ALIKES.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
_NEEDS_WORK_RE = re.compile(
    f"[{_CONTROLS}\u00ad\u02bc\u060c\u061c\u2e41\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2212\ufeff\uff04\uff08\uff09\uff0c\uff0e"
    "\uff10-\uff19\uffe1\uffe5\u1680\u2000-\u200a\u205f\u3000\uff21-\uff3a\uff41-\uff5a"
    "\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u00b4\u2032\u2010\u2011]"
)

# A footnote marker written as superscript digits glued to a word ("€5 million¹", "5 Mio.²
# Euro", "₴5 млн³"): no part of the amount, dropped as an invisible character is, so that the
# scale word reads as written (glued, "million¹" was no scale word and "€5" was read alone: a
# value a million times too small). Only after a word of two letters or more, or a word's full
# stop: a single letter's "m²" and the units of area and volume ("km²", "cm³") keep theirs, and
# after a digit a superscript is an exponent ("10⁶"), left to the reader.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_FOOTNOTE_RE = re.compile(
    f"(?:(?<=[^\\W\\d_]{{2}})|(?<=[^\\W\\d_]\\.))[{_SUPERSCRIPTS}]+(?![^\\W_])"
)
_FOOTNOTE_WORD_RE = re.compile(r"[^\W\d_]+\.?$")
# written in lower case, as SI writes them: the finance press's "MM" (a million) is no "mm"
_UNITS_OF_AREA = frozenset({"km", "cm", "mm", "dm", "ft", "yd", "mi", "in", "sq"})
_POWERS = frozenset({"\u00b2", "\u00b3"})  # the powers a unit of area or volume takes: ², ³

# the controls an ASCII text may hold that are dropped (not the five spaces among them)
_ASCII_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


# Grouping marks CLDR writes between digits that are letters or punctuation elsewhere: the
# Arabic comma U+060C (ks, bgn, nqo: "5،400،000") and the reversed comma U+2E41 (ff-Adlm) are
# the comma they stand for, the modifier letter apostrophe U+02BC the apostrophe of "1’000"
# (typed for it, as in Swiss text); between two digits only, so that an Arabic comma in prose
# or the apostrophe of a Ukrainian word ("обʼєкт") stays as written.
# tests/parsing/test_separators_signs_18.py checks every group and decimal symbol babel lists.
# A backtick, an acute accent or a prime typed for the Swiss apostrophe ("CHF 2`500`000",
# "1´000´000 CHF") is that apostrophe too: read as written, the number ended at the mark.
_BETWEEN_DIGITS_RE = re.compile(
    "(?<=[0-9])(?:[\u02bc\u060c\u2e41](?=[0-9])|[`\u00b4\u2032](?=[0-9]{3}(?![0-9])))"
)  # the typed ones before a group of three only: "2´5 millones" writes a decimal mark
_BETWEEN_DIGITS = {"\u060c": ",", "\u2e41": ",", "\u02bc": "\u2019"}
_BETWEEN_DIGITS.update({mark: "\u2019" for mark in "`\u00b4\u2032"})
_BETWEEN_DIGITS_MARKS = frozenset(_BETWEEN_DIGITS)

# HTML character references left in text copied from a page's source ("€5&nbsp;million",
# "5&#160;000&#160;000 euros", "&euro;5m"): each is the one character it names (the standard
# library's ``html.unescape``), its offset the reference's first; read as written, the space
# reference cut the amount ("€5&nbsp;million" was EUR 5)
_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def clean(text: str) -> tuple[str, list[int] | None]:
    """Return ``(cleaned text, offsets or None)``: invisible characters dropped, look-alike digits
    and marks made ASCII, HTML character references made the character they name
    (``_references``). ``offsets`` (the offset in ``text`` of each character kept, then
    ``len(text)``) is None when nothing was dropped (offsets are unchanged).

    >>> clean("€6\u060c898\u060c524.36")[0], clean("5\u2e41400 OMR")[0]
    ('€6,898,524.36', '5,400 OMR')
    """
    references = "&" in text and _REFERENCE_RE.search(text) is not None
    if text.isascii():
        if (
            (text.isprintable() or _ASCII_CONTROL_RE.search(text) is None)
            and not references
            and "`" not in text
        ):
            return text, None
    elif _NEEDS_WORK_RE.search(text) is None and not references:
        return text, None
    text = text.translate(_LOOK_ALIKES)
    if not _BETWEEN_DIGITS_MARKS.isdisjoint(text):
        text = _BETWEEN_DIGITS_RE.sub(lambda m: _BETWEEN_DIGITS[m.group()], text)
    footnotes = _footnote_marks(text)
    named = _references(text) if references else {}
    if not footnotes and not named and _INVISIBLE_RE.search(text) is None:
        return text, None
    offsets = []
    kept = []
    index = 0
    while index < len(text):
        if index in named:
            end, char = named[index]
            if char:
                offsets.append(index)
                kept.append(char)
            index = end
            continue
        char = text[index]
        if index not in footnotes and not _INVISIBLE_RE.match(char):
            offsets.append(index)
            kept.append(char)
        index += 1
    offsets.append(len(text))
    return "".join(kept), offsets


def _references(text: str) -> dict[int, tuple[int, str]]:
    """{offset: (end, character)} of the HTML character references of ``text`` that name one
    character (``html.unescape``); an unknown name ("&T;" in "AT&T;") is left as written.

    >>> clean("€5&nbsp;million")[0] == "€5\u00a0million", clean("&euro;5m")[0]
    (True, '€5m')
    >>> clean("5&#160;000&#160;000 euros")[1][:4]
    [0, 1, 7, 8]
    """
    found: dict[int, tuple[int, str]] = {}
    for reference in _REFERENCE_RE.finditer(text):
        char = unescape(reference.group()).translate(_LOOK_ALIKES)  # "&ensp;": a space
        if len(char) == 1 and char != reference.group():
            # an invisible one ("&NoBreak;", "&zwnj;") is dropped as the character would be
            found[reference.start()] = (reference.end(), "" if _INVISIBLE_RE.match(char) else char)
    return found


def _footnote_marks(text: str) -> frozenset[int]:
    """The offsets of the superscript digits of ``text`` that mark a footnote after a word
    (``_FOOTNOTE_RE``), which ``clean`` drops; a lone ² or ³ after a unit of area or volume
    in lower case ("km²") is its power and kept ("$5 MM¹" is a footnote after the finance
    million, and so is "€5 mm¹": no unit is written to the power 1).

    >>> clean("€5 million¹")[0], clean("5 Mio.² Euro")[0], clean("120 m² for €5m")[0]
    ('€5 million', '5 Mio. Euro', '120 m² for €5m')
    >>> clean("a 5 km² site")[0], clean("€5 mm¹")[0], clean("$5 in¹²")[0]
    ('a 5 km² site', '€5 mm', '$5 in')
    """
    marks: set[int] = set()
    for found in _FOOTNOTE_RE.finditer(text):
        word = _FOOTNOTE_WORD_RE.search(text, 0, found.start())
        if (
            found.group() in _POWERS
            and word is not None
            and word.group().rstrip(".") in _UNITS_OF_AREA
        ):
            continue  # "km²": a unit's power; "€5 mm¹" is a footnote (no unit is to the power 1)
        marks.update(range(found.start(), found.end()))
    return frozenset(marks)
