"""A number grouped by spaces whose first group is the number of the word before it.

The tokenizer reads digit groups parted by single spaces as one number ("1 250 euros" is 1,250
euros, as French, Polish, Swedish, Czech or Ukrainian write it). After a word that takes a
number of its own the first group is that word's: a label noun ("Article 3 250 euros",
"Phase 2 500 000 €", "Tranche 4 250 Mio. €": ``words.LABEL_NOUNS``, which also lists the
weapon systems whose model number follows them: "the Leopard 2 500 million euro package"), a
heading that numbers
("No. 5 250 euros", "Nr. 3 100 000 zł": ``words.ID_HEADERS``), a section or number sign ("§ 5
250 euros", "№ 3 250 грн"), and a month name of a language that writes the day after the
month, before a group of one or two digits from 1 to 31 that can be a day ("On March 15 250
million dollars were approved", "kovo 15 250 mln. eurų": ``cldr.month_day_names``). A label
takes one number and no writer groups a label's number by spaces; a day is at most two
digits. So the first group is split off as a number of its own, and the groups after it are
the amount: "Article 3 250 euros" is EUR 250 in English and French alike, never EUR 3,250.

Not split: a month of a language that writes the day first ("le 15 mars 2 500 000 euros",
"w marcu 2 500 000 zł": after the month a number is a year or an amount), a group after a
month above 31 ("March 150 000 euros"), and a number after any other word ("les 1 250
euros").

>>> from aidcalc import extract_amounts
>>> [str(m.amount) for m in extract_amounts("On March 15 250 million dollars were approved")]
['USD 250000000']
>>> [str(m.amount) for m in extract_amounts("Article 3 250 euros")]
['EUR 250']
>>> [str(m.amount) for m in extract_amounts("en mai 2 500 000 euros")]
['EUR 2500000']
"""

from __future__ import annotations

import re

from .atoms import CUR, NUM, OTHER, SCALE, Atom
from .cldr import month_day_names, number_labels

# a space, then a number grouped by spaces: the only texts ``split_numbered`` looks at (one
# search, no pass over the atoms otherwise; ``numbered_by`` then asks what stands before it).
# The search starts at the space, not at a word before it: a pattern opening with a letter class
# is tried at every letter of the text (callgrind: 14% of ``extract_amounts`` on the bench's
# first 0.1 MB, against well under 1% so)
_NUMBERED_RE = re.compile(r"[ \u00a0]\d{1,3}[ \u00a0\u202f\u2009]\d{3}(?!\d)")
_FIRST_GROUP = re.compile(r"\d{1,3}")
# a number grouped by spaces, perhaps after a hyphen: where a designation's number may stand
# glued before one ("F-16 500", "G7 500"); the letter before it is checked on each match (a
# pattern opening with a letter class is tried at every letter of the text: see above)
_GROUPED_RE = re.compile(r"\d[ \u00a0\u202f\u2009]\d{3}(?!\d)")
_TIMES = frozenset({"x", "X"})  # "3x500 000": a multiplication's sign, not a designation
# the space of a number grouped by spaces, a digit before it: what every match of the two
# expressions above holds (one search for both where a text has none; each match of theirs
# starts at most 4 characters before the first match of this one, where they start looking)
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f\u2009](?<=\d.)\d{3}(?!\d)")


def _designation_in(text: str, pos: int = 0) -> bool:
    """True when a number grouped by spaces in ``text`` (from ``pos`` on) is glued to a letter
    before it, at once or by a hyphen ("G7 500", "F-16 500"), or to a colon ("10:30 500"):
    ``designated`` then looks at its atoms."""
    for found in _GROUPED_RE.finditer(text, pos):
        start = found.start()  # the last digit of the first group: back to its first
        while start and text[start - 1].isdigit() and found.start() - start < 2:
            start -= 1
        if start and text[start - 1] == "-":
            start -= 1
        if start and (text[start - 1].isalpha() or text[start - 1] == ":"):
            return True
    return False


# signs that number what follows them, in every language
NUMBER_SIGNS = frozenset({"§", "№", "#"})


def numbered_by(atoms: list[Atom], k: int, text: str) -> bool:
    """True when the number at atom ``k`` is the number of the word or sign before it, parted by
    a space: a label noun, a numbering heading or sign, or a month name of a language that
    writes the day after the month before a number from 1 to 31; or glued to it, a
    designation's (the rules of this module)."""
    if k and atoms[k].adjacent:
        return designated(atoms, k, text)
    if k == 0:
        return False
    before = atoms[k - 1]
    word = before.text
    if word == "." and k >= 2 and atoms[k - 1].adjacent:
        word = atoms[k - 2].text + "."  # "No. 5", "Nr. 3", "Art. 4"
    if word in NUMBER_SIGNS or word in number_labels():
        return True
    first = _FIRST_GROUP.match(atoms[k].text)
    if first is None or not 1 <= int(first.group()) <= 31 or len(first.group()) > 2:
        return False
    written = text[before.start : before.end]
    if written == "." and k >= 2:
        written = text[atoms[k - 2].start : before.end]  # "Sept. 15", "kov. 15"
    names = month_day_names()
    if written not in names and written.rstrip(".") not in names:
        return False  # "Sept. 15": CLDR's abbreviation without its dot
    # "in June 2 500 million euros": after "in" a month is the month, the number may be the
    # amount's (read whole, ``grouped_after_name``; EUR 500 million, silently, until session
    # 24); "on June 2" is a day
    month = k - 1 if "." not in written else k - 2
    return not (month >= 1 and atoms[month - 1].text == "in")


def designated(atoms: list[Atom], k: int, text: str) -> bool:
    """True when the number at atom ``k`` is glued to the letters before it, at once or by a
    hyphen: the number of a designation ("G7", "F-16", "PAC-3", "COVID-19", "MiG-29",
    "Leopard-2"), never the first group of a number that goes on after a space ("the F-16
    500 million euro package" is EUR 500 million, not EUR 16,500 million); and so the digits
    after a colon glued to digits, a time's minutes or a ratio's second term ("10:30 500
    million euros" in a live ticker was EUR 30,500 million: two digits after one or two).
    A currency's sign or code glued before its number ("EUR5 000"), a multiplication's "x",
    an ordinary word ("Ukraine-1 000 000 €") and a rest that starts with a zero group are no
    designation."""
    first = _FIRST_GROUP.match(atoms[k].text)
    rest = atoms[k].text[first.end() + 1 :] if first is not None else ""
    if first is None or rest[:1] == "0":
        return False  # "Ukraine-1 000 000 €": no number starts with a group "000"
    before = atoms[k - 1]
    if before.text == ":" and k >= 2 and before.adjacent and atoms[k - 2].kind == NUM:
        # "10:30 500 million euros", "John 3:16 500": a time's minutes, a verse; not "Lot
        # 2:1 250 000 €" nor "Budget 2024:1 500 000 EUR", a label and its number
        return len(first.group()) == 2 and len(atoms[k - 2].text) <= 2
    if before.text == "-" and k >= 2 and before.adjacent:
        before = atoms[k - 2]
    if before.kind == CUR or not before.text.isalpha() or before.text in _TIMES:
        return False
    written = text[before.start : before.end]
    # a designation's letters: capitals ("F", "PAC", "IRIS"), a capital inside ("MiG"), or
    # two letters with one ("Su"); an ordinary word ("Ukraine-1", "Aid-1", "total-1") is none
    return (
        written.isupper()
        or any(c.isupper() for c in written[1:])
        or (len(written) <= 2 and written[0].isupper())
    )


def split_numbered(atoms: list[Atom], text: str) -> list[Atom]:
    """Return ``atoms`` with every number grouped by spaces that ``numbered_by`` gives to the
    word before it split in two: its first group, and the groups after it (a number of its
    own, not adjacent). The same list when the text holds no such number."""
    space = _GROUP_SPACE.search(text)
    if space is None:
        return atoms
    at = max(0, space.start() - 4)
    if _NUMBERED_RE.search(text, at) is None and not _designation_in(text, at):
        return atoms
    out: list[Atom] = []
    for k, atom in enumerate(atoms):
        if atom.kind == NUM and not atom.text.isdigit() and numbered_by(atoms, k, text):
            first = _FIRST_GROUP.match(atom.text)
            cut = first.end() if first is not None else 0
            if cut and cut + 1 < len(atom.text) and not atom.text[cut].isdigit():
                rest = atom.text[cut + 1 :]
                if rest[:1].isdigit() and atom.text[cut] in " \u00a0\u202f\u2009":
                    head = atom.start + cut
                    out.append(Atom(NUM, atom.start, head, atom.text[:cut], None, atom.adjacent))
                    out.append(Atom(NUM, head + 1, atom.end, rest, None, False))
                    continue
        out.append(atom)
    return out


# a number of one digit, a space and one group of three: "2 500"; after a month, of a day's
# one or two digits: "15 250"
_ONE_DIGIT_GROUPED = re.compile(r"\d[ \u00a0\u202f\u2009]\d{3}")
_DAY_GROUPED = re.compile(r"(?:[1-9]|[12]\d|3[01])[ \u00a0\u202f\u2009]\d{3}")


def grouped_after_name(text: str, atoms: list[Atom], k: int) -> bool:
    """True when the number at atom ``k`` is one digit and one group of three parted by a space,
    a scale word after it, and a capitalised word before it that is neither a sentence's first
    word nor a place ("sent Zuzana 2 500 million euros", "Krab 2 500 mln zł"): the digit may
    be the name's model number (a howitzer's "Zuzana 2", then 500 million) or the first group
    of 2,500 million. The reading is the whole number, as the text groups it, with the
    assumption ``grouped-after-name``. So with a month after "in", before a group of a day's
    digits ("in June 2 500 million euros", "In March 15 250 million"): a day or the amount's
    first group; after "on" the day is split off (``numbered_by``). A designation glued to
    its number ("F-16 500") and a label or weapon system that ``words.LABEL_NOUNS`` lists
    ("Leopard 2 500") were split before (``split_numbered``), so their numbers never come
    here whole.

    >>> from aidcalc.parsing.atoms import atomize
    >>> from aidcalc.parsing.lexicon import lexicon
    >>> text = "Slovakia sent Zuzana 2 500 million euros."
    >>> atoms = atomize(text, lexicon())
    >>> k = next(i for i, a in enumerate(atoms) if a.kind == NUM)
    >>> grouped_after_name(text, atoms, k)
    True
    >>> text = "Slovakia sent 2 500 million euros."
    >>> atoms = atomize(text, lexicon())
    >>> grouped_after_name(text, atoms, next(i for i, a in enumerate(atoms) if a.kind == NUM))
    False
    """
    if not (0 < k < len(atoms) - 1 and atoms[k].kind == NUM and atoms[k + 1].kind == SCALE):
        return False
    before = atoms[k - 1]
    word = text[before.start : before.end]
    if word == "." and k >= 2:
        word = text[atoms[k - 2].start : before.end]  # "in Sept. 15 250 million"
    if word.rstrip(".") in month_day_names() and _DAY_GROUPED.fullmatch(atoms[k].text):
        return True  # "in June 2 500 million", "In March 15 250 million": a day, or the amount
    if before.kind != OTHER:
        return False
    if not _ONE_DIGIT_GROUPED.fullmatch(atoms[k].text):
        return False
    if len(word) < 3 or not word[:1].isupper() or not word.isalpha():
        return False
    opening = text[: before.start].rstrip()
    if not opening or opening[-1] in ".!?:;\n\"'“”«»()":
        return False  # a sentence's first word, capitalised as any is
    from ..places import find_places

    return not find_places(word)
