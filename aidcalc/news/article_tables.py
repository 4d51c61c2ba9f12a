"""Tables pasted inside an article's prose: where one starts and ends, what its caption says,
and how its rows stand to the prose around them.

A briefing's table is often pasted under the article's paragraphs ("Übersicht der deutschen
Zusagen:", a blank line, then "Luftverteidigung   900 Mio. EUR" lines). Its rows are no
sentences of the prose: they never take the giver, recipient or basis of the sentence above
them. The rules, in the order the code applies them:

1. **The table** (``article_table``): the lines around an amount's line that are rows (cells
   between ``|`` or tabs, or a short label, a gap of two spaces, dots, a colon or a dash, then
   the amount; a header row of cells without digits goes with them), and the caption above them
   (a short line ending with a colon, perhaps with one blank line under it). Two rows at least,
   or one under a caption; else the line is prose.
2. **Whose rows** (``ArticleTable.givers``): when a label of its rows names a giver the gazetteer
   knows ("Germany | €125m"), the table lists givers, and each row keeps the giver its label
   names (``label_giver`` looks a label up alone when the row's words did not resolve it). A
   label is looked up in the text's language, else in any language (``_label_codes``: a short
   text's language can be guessed wrong, and a name alone is no word of another language).
   Otherwise its labels are items of one giver's aid ("Luftverteidigung", "Munice",
   "Stridsfordon", "UNRWA"), never givers: the giver is the one the caption names
   (``caption_giver``: an adjective, "der deutschen Zusagen", "Aide française", or a name not
   after a word before a recipient, "Pomoc Polski"), else the article's main giver
   (``main_giver``: the giver of its first candidate row), said in ``evidence``.
3. **To whom** (``caption_recipient``): a row takes the recipient its caption names after a
   word before a recipient ("Pomoc dla Ukrainy"; in a table of givers any country it names),
   else the article's main recipient, never the last sentence's.
4. **Basis and measure**: the row's own basis, never ``cumulative`` by a word of the sentence
   above; the caption's measure when it names one ("Tableau des engagements").
5. **Against the prose** (``link_to_prose``, after all rows are read): a row restating an amount
   of the prose (same giver, same value and currency, or the amount a bracket of the prose
   restates it in: "€160 million ($167 million)" for "EU | 167" in USD) is its
   ``duplicate_of``; so is a row of a giver whose prose amount is in another currency and
   restated in none when the two agree within ``RESTATE_RANGE`` at the reference rate of the
   prose row's date ("Germany 131" in USD for 125 million euros on 14 February 2025), else the
   row says so in ``evidence``, asks for a check and records ``may-restate`` in its
   ``assumptions``; each prose amount
   is restated by one row at most, the one whose label the prose words beside the amount repeat
   ("4 miljarder kronor till luftvärn" for "Luftvärn 4 000"), else the first. The rows left that
   break down a package of the prose (all the rows add up to it, or those left do, or they are
   at most the package whose other parts the restated rows are) are its parts (``part_of``).
   Such a row takes the measure and basis of its prose twin or package.
   A table whose rows are labelled by places that give nothing in the prose, and add up to a
   package of the prose, lists that package's recipients (``_labels_receive``: "Gaza 150 /
   Sudan 250" under "Sverige ger 400 miljoner kronor"): its rows are the package's parts.
   Two rows of one table are never each other's duplicates: two items of the same value are two
   items (``aidcalc.news.dedup`` leaves the rows of a table to this rule within one article).

>>> text = "Übersicht der deutschen Zusagen:\\n\\nLuftverteidigung  900 Mio. €\\nMunition  500 €"
>>> table = article_table(text, text.index("900"), text.index("900") + 10)
>>> table.caption, table.rows, table.givers
('Übersicht der deutschen Zusagen', 2, False)
>>> caption_giver(table.caption, "de")
'DEU'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from ..words import DETERMINERS, RECIPIENT_HEADERS, RECIPIENT_MARKERS
from .header_tables import cells as header_cells
from .lists import CELL_RE
from .parts import adds_up
from .places import find_places

# A row that is no cell row: a bullet perhaps, a label of words (or a year, "2023–2024"), a gap
# (two spaces, a tab, dot leaders, a colon, ``=`` or a dash; or one space before a number that
# closes the line, perhaps with one or two short units of letters or currency signs, five at
# most, a period after each: "Ukraina 198 M€", "Gaza 5 mio. kr."; not "Hilfe 2025:", not "je
# skoraj 2 milijona evrov"), then the amount and little more.
ROW_RE = re.compile(
    r"[^\S\n]*(?:[-–—*•·▪►]+[^\S\n]*)?"
    r"(?P<label>(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?|[^\W\d_][^\d\n:|;=]{0,60}?)"
    r"(?P<gap>[^\S\n]{2,}|[^\S\n]*(?:\.{2,}|[:=–—-])[^\S\n]*"
    r"|[^\S\n](?=\d[\d.,  ]*(?:[^\S\n]?(?:[^\W\d_]|[€$£¥₴]){1,5}\.?){0,2}[^\S\n]*$))"
    r"(?P<amount>[^\w\s]{0,3}[^\S\n]?\d[^\n]{0,40})"
)
# A decimal digit (``str.isdigit`` holds more: superscripts, circled numbers)
_DIGIT_RE = re.compile(r"\d")
# A caption: a short line ending with a colon ("Přehled pomoci (mil. Kč):").
CAPTION_WORDS = 12
# Words of a row's label at most, and of what follows its number.
LABEL_WORDS = 5
AMOUNT_WORDS = 5


class ArticleTable(NamedTuple):
    """A table pasted in an article: ``start``/``end`` offsets of its rows, its ``caption``
    (without the colon; None when it has none), how many ``rows`` it has, ``givers``:
    whether a row's label names a giver, and ``receivers``: whether its header row heads the
    labels' column with a word for the recipient ("Empfänger", "Recipient": the labels are
    the recipients, never givers)."""

    start: int
    end: int
    caption: str | None
    rows: int
    givers: bool
    receivers: bool = False


def _row(line: str) -> str | None:
    """Return the label of ``line`` when it is a table row with an amount, else None; '' for a
    header row of cells without digits ("| Donor | Amount | Type |", "|---|---|")."""
    # ``CELL_RE``'s two marks, looked for by ``in`` (a regex's scan of a class is many times
    # slower on a long line, and an article run into one line is asked once per amount)
    if "|" in line or "\t" in line:
        cells = [cell.strip() for cell in CELL_RE.split(line)]
        if not any(c.isdigit() for c in line):
            return ""
        return next((cell for cell in cells if cell), "")
    if _spaced_header(line):  # "Land            Zusage": a header row aligned with spaces
        return ""
    found = ROW_RE.fullmatch(line)
    if found is None:
        return None
    label = found["label"].strip().rstrip(".").strip()
    if len(label.split()) > LABEL_WORDS or len(found["amount"].split()) > AMOUNT_WORDS:
        return None
    return label


def _spaced_header(line: str) -> bool:
    """Whether ``line`` is a header row of cells between gaps of two spaces, without digits."""
    # the digits first: a line of prose holding an amount has one, and its cells (the whole
    # text when it is one line) are not cut at all (``_DIGIT_RE`` finds most digits at once)
    if _DIGIT_RE.search(line) or any(c.isdigit() for c in line):
        return False
    found = header_cells(line, 0, len(line))
    return (
        2 <= len(found) <= 8
        and all(len(cell.split()) <= 4 for cell, _, _ in found)
        and found[0][0][:1].isalpha()
    )


def _receivers(text: str, first: int, last: int) -> bool:
    """Whether a header row among the lines ``first``–``last`` opens with a word for the
    recipient ("Empfänger      Mio. Euro", "Recipient | USD m")."""
    for line in text[first:last].split("\n"):
        if any(c.isdigit() for c in line):
            continue
        found = header_cells(line, 0, len(line))
        if len(found) >= 2 and found[0][0].casefold().strip(" :") in RECIPIENT_HEADERS:
            return True
    return False


def _lines(text: str, start: int) -> tuple[int, int]:
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", start)
    return low, len(text) if high < 0 else high


def article_table(text: str, start: int, end: int, lang: str | None = None) -> ArticleTable | None:
    """Return the table pasted in ``text`` whose row holds the amount at ``start``–``end``, or
    None when its line is prose (rule 1 of the module)."""
    low, high = _lines(text, start)
    if end > high:
        return None
    label = _row(text[low:high])
    if label in (None, ""):
        return None
    labels = [label]
    first, last = low, high
    while first > 0:  # the rows above
        a, b = _lines(text, first - 1)
        label = _row(text[a:b])
        if label is None:
            break
        labels.insert(0, label)
        first = a
    while last < len(text):  # the rows below
        a, b = _lines(text, last + 1)
        label = _row(text[a:b])
        if label is None or a >= len(text):
            break
        labels.append(label)
        last = b
    caption = None
    if first > 0:
        a, b = _lines(text, first - 1)
        blank = not text[a:b].strip()
        if blank and a > 0:  # one blank line under the caption
            a, b = _lines(text, a - 1)
        line = text[a:b].strip()
        if len(line.split()) <= CAPTION_WORDS and (
            line.endswith(":")
            or (not blank and line and not line.endswith((".", "!", "?")) and _no_amount(line))
        ):  # "Übersicht …:" (a blank line may follow), or a title line right above the rows
            caption = line.rstrip(":").strip()
    rows = sum(1 for label in labels if label)
    if rows < 2 and caption is None:
        return None
    receivers = _receivers(text, first, last)
    givers = not receivers and any(_label_codes(label, lang) for label in labels if label)
    return ArticleTable(first, last, caption, rows, givers, receivers)


def _no_amount(line: str) -> bool:
    """Whether ``line`` holds no digit but a year's ("Air defence pledges to Ukraine, 2024")."""
    return not any(c.isdigit() for c in re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", line))


def label_giver(text: str, start: int, lang: str | None = None) -> str | None:
    """Return the code of the giver the label of the table row holding offset ``start``
    names in full ("Польща | ? | 80": POL), or None.

    >>> label_giver("Країна | 2023 | 2024\\nПольща | ? | 80", 33, "uk")
    'POL'
    """
    low, high = _lines(text, start)
    label = _row(text[low:high]) or ""
    codes = _label_codes(label, lang)
    return codes.pop() if label and len(codes) == 1 else None


def _label_codes(label: str, lang: str | None) -> set[str]:
    """The codes of the countries a row's ``label`` names in full, in ``lang``, else in any
    language: a label is a name alone, and the language guessed for a short text can be wrong
    ("Andere Zusagen beim Treffen (in Mio. Euro):" over "Niederlande  500" reads as English).

    >>> sorted(_label_codes("Niederlande", "en")), sorted(_label_codes("Munition", "de"))
    (['NLD'], [])
    """

    def whole(language: str | None) -> set[str]:
        return {
            p.code for p in find_places(label, language) if p.start == 0 and p.end == len(label)
        }

    return whole(lang) or (whole(None) if lang is not None else set())


def _bare(caption: str) -> str:
    """The caption without its brackets: "(Angaben der Bundesregierung)", "(source : …)" name
    a source or a unit, no giver."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m[0]), caption)


def caption_giver(caption: str | None, lang: str | None, recipient: str | None = None):
    """Return the code of the one giver a table's caption names outside its brackets: an
    adjective ("Übersicht der deutschen Zusagen", "Aide française"), or a name opening it
    ("Polska pomoc (mln zł)"), not ``recipient``; None when it names none or several.

    >>> caption_giver("Übersicht der deutschen Zusagen (Angaben der Bundesregierung)", "de")
    'DEU'
    >>> caption_giver("Tableau des engagements (source : Commission européenne)", "fr") is None
    True
    >>> caption_giver("Pomoc dla Ukrainy (mln zł)", "pl") is None
    True
    """
    return _one_place(
        caption,
        lang,
        lambda p, bare: (
            p.kind != "capital"
            and (p.kind == "demonym" or not _after_marker(bare, p.start, lang))
            and p.code != recipient
        ),
    )


def _one_place(caption: str | None, lang: str | None, keep) -> str | None:
    """Return the code of the one country among the places of ``caption`` (without its
    brackets, ``_bare``) that ``keep(place, bare caption)`` keeps, else None."""
    if not caption:
        return None
    bare = _bare(caption)
    codes = {p.code for p in find_places(bare, lang) if keep(p, bare)}
    return codes.pop() if len(codes) == 1 else None


def _after_marker(caption: str, start: int, lang: str | None) -> bool:
    """Whether the place at ``start`` follows a word before a recipient ("für die", "dla",
    "to", "pour la"), perhaps with a determiner between."""
    markers = RECIPIENT_MARKERS.get(lang or "en", frozenset()) | RECIPIENT_MARKERS["en"]
    determiners = DETERMINERS.get(lang or "en", frozenset())
    words = [w.casefold().strip("'’") for w in re.findall(r"[^\W\d_]+['’]?", caption[:start])]
    while words and words[-1] in determiners:
        words.pop()
    return bool(words) and words[-1] in markers


def caption_recipient(caption: str | None, lang: str | None, givers: bool = False) -> str | None:
    """Return the code of the one country a table's caption names as the recipient, or None:
    after a word before a recipient ("Pomoc dla Ukrainy", "Aid to Moldova (EUR m)"); in a
    table of givers (``givers``), any country it names but by an adjective ("Допомога
    Україні"): the givers are the rows'.

    >>> caption_recipient("Pomoc dla Ukrainy (mln zł)", "pl")
    'UKR'
    >>> caption_recipient("Допомога Україні", "uk", givers=True)
    'UKR'
    """
    return _one_place(
        caption,
        lang,
        lambda p, bare: (
            p.kind not in ("demonym", "capital") and (givers or _after_marker(bare, p.start, lang))
        ),
    )


class ProseIndex:
    """The prose rows (``link_to_prose``'s ``prose``: indexes in ascending order) by what a
    table row is matched on, each list in the order of the rows: by giver and money
    (``amounts``), by giver and the money a bracket restates them in (``restated``), by
    recipient and money (``received``), by giver and currency (``money``) and by giver and
    basis (``bases``); and the givers and recipients of all of them. Made once per text, so
    that a table row looks up its prose twin without walking every prose row again."""

    def __init__(self, rows: list[dict[str, Any]], prose: list[int]):
        self.amounts: dict[tuple, list[int]] = {}
        self.restated: dict[tuple, list[int]] = {}
        self.received: dict[tuple, list[int]] = {}
        self.money: dict[tuple, list[int]] = {}
        self.bases: dict[tuple, list[int]] = {}
        self.donors = {rows[i]["donor"] for i in prose}
        self.recipients = {rows[i]["recipient"] for i in prose}
        for i in prose:
            row = rows[i]
            money = (row["currency"], row["value"], row["high"])
            self.amounts.setdefault((row["donor"], *money), []).append(i)
            for key in dict.fromkeys(
                (row["donor"], a.currency, float(a.value)) for a in row.get("restated") or ()
            ):
                self.restated.setdefault(key, []).append(i)
            if row["recipient"] is not None:
                self.received.setdefault((row["recipient"], *money), []).append(i)
            self.money.setdefault((row["donor"], row["currency"]), []).append(i)
            self.bases.setdefault((row["donor"], row["basis"]), []).append(i)
        # by giver and basis: the first row in another currency than the first row's
        self._second: dict[tuple, int | None] = {
            key: next((i for i in found if rows[i]["currency"] != rows[found[0]]["currency"]), None)
            for key, found in self.bases.items()
        }

    def first_received(self, row: dict[str, Any], used: set[int]) -> int | None:
        """The first prose row not in ``used`` of ``row``'s money whose recipient is ``row``'s
        giver or recipient."""
        money = (row["currency"], row["value"], row["high"])
        found = [
            next((i for i in self.received.get((place, *money), ()) if i not in used), None)
            for place in {row["donor"], row["recipient"]} - {None}
        ]
        return min((i for i in found if i is not None), default=None)

    def other_currency(self, rows: list[dict[str, Any]], row: dict[str, Any]) -> int | None:
        """The first prose row of ``row``'s giver and basis in another currency than its."""
        key = (row["donor"], row["basis"])
        found = self.bases.get(key)
        if not found:
            return None
        if rows[found[0]]["currency"] != row["currency"]:
            return found[0]
        return self._second[key]  # the first's currency is row's: the first in another


def _stem(word: str) -> str:
    return word.casefold()[:5]


def _names_label(text: str, row: dict[str, Any], label: str) -> bool:
    """Whether the prose words beside ``row``'s amount repeat a table row's ``label``."""
    stems = {_stem(w) for w in re.findall(r"[^\W\d_]{4,}", label)}
    if not stems:
        return False
    near = text[max(0, row["start"] - 80) : row["end"] + 80]
    return any(_stem(w) in stems for w in re.findall(r"[^\W\d_]{4,}", near))


def link_to_prose(rows: list[dict[str, Any]], text: str) -> None:
    """Mark the rows of pasted tables (``row["table"]``: the table's start) that restate a
    prose amount as its ``duplicate_of``, and those that break down a package of the prose as
    its parts (rule 5 of the module)."""
    tables: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        if row.get("table") is not None and row["donor_from"] != "total":
            tables.setdefault(row["table"], []).append(index)
    if not tables:
        return
    prose = [
        i
        for i, row in enumerate(rows)
        if row.get("table") is None and row["status"] == "candidate" and row["donor"]
    ]
    # the prose rows by what a table row is matched on, made once: the rules below change no
    # prose row, and a walk over all of them for each table row made a long text of many
    # tables quadratic
    lookup = ProseIndex(rows, prose)
    for items in tables.values():
        _labels_receive(rows, items, prose, text, lookup)
        twins: dict[int, int] = {}  # a table row: the prose row it restates
        used: set[int] = set()
        receiving: list[int] = []  # the rows whose label names their prose twin's recipient
        for index in items:
            row = rows[index]
            if row["status"] != "candidate" or not row["donor"]:
                continue
            if row["duplicate_of"] is not None or row["part_of"] is not None:
                continue
            money = (row["currency"], row["value"], row["high"])
            same = [i for i in lookup.amounts.get((row["donor"], *money), ()) if i not in used]
            if not same:  # "€160 million ($167 million)" for "EU | 167" in a table in USD
                key = (row["donor"], row["currency"], row["value"])
                same = [i for i in lookup.restated.get(key, ()) if i not in used]
            received = None
            if not same:  # "Gaza | 5 mln zł" for "… otrzyma 5 mln zł na pomoc dla … Gazy": the
                # label names where the prose's money goes, not who gives it
                received = lookup.first_received(row, used)
            if received is not None:
                used.add(received)
                twins[index] = received
                receiving.append(index)
                row["duplicate_of"] = received
                # the label, read as the giver, or as the recipient under a purpose header
                row["donor"] = rows[received]["donor"]
                row["recipient"] = rows[received]["recipient"]
                row["donor_from"] = "article"
                row["measure"] = rows[received]["measure"]
                _note(
                    row,
                    f"a row of a pasted table restating row {received} of the prose: its label "
                    "names the prose row's recipient",
                )
                continue
            if not same:
                other = lookup.other_currency(rows, row)
                if other is not None and other not in used and _converts_to(rows[other], row):
                    used.add(other)  # "Germany 131" (USD) for "125 million euros" in February 2025
                    twins[index] = other
                    row["duplicate_of"] = other
                    row["measure"] = rows[other]["measure"]
                    _note(
                        row,
                        f"a row of a pasted table restating row {other} of the prose in "
                        f"{row['currency']}: the values agree at the reference rate of its date",
                    )
                elif other is not None:  # "Germany 300" (USD) under "… 125 million euros"
                    _note(
                        row,
                        f"the prose gives this giver's amount in {rows[other]['currency']} (row "
                        f"{other}): this row may restate it in another currency; check",
                    )
                    # counted only under an assumption summary names ("may-restate"), never
                    # silently beside the prose's amount
                    row["assumptions"] = (*row.get("assumptions", ()), "may-restate")
                continue
            same.sort(key=lambda i: (rows[i]["headline"] is not None, i))
            label = _label(text, row)
            named = [i for i in same if _names_label(text, rows[i], label)]
            # another row of the table with this value whose label the prose repeats
            others = [
                j
                for j in items
                if j != index
                and rows[j]["value"] == row["value"]
                and any(_names_label(text, rows[i], _label(text, rows[j])) for i in same)
            ]
            if not named and others:
                continue  # "Ammunition 4 000" beside "Luftvärn 4 000": the prose is Luftvärn's
            twin = (named or same)[0]
            used.add(twin)
            twins[index] = twin
            row["duplicate_of"] = twin
            row["measure"] = rows[twin]["measure"]
            _note(row, f"a row of a pasted table restating row {twin} of the prose")
        if receiving:
            _labels_are_recipients(rows, items, receiving, lookup.donors)
        _parts_of_package(rows, items, twins, lookup)


def _labels_are_recipients(
    rows: list[dict[str, Any]], items: list[int], receiving: list[int], givers: set
) -> None:
    """When rows of a table restate prose rows whose recipients their labels name ("Ukraina
    198 M€" under "Suomi lähettää 198 miljoonaa euroa Ukrainalle"), the table's labels are
    recipients: a row of it whose label was read as its giver and that gives nothing in the
    prose ("Gaza 5 M€") is the article's giver's money to that label's country, never the
    label's gift.

    >>> rows = [
    ...     {"donor": "FIN", "recipient": "UKR", "donor_from": "subject", "evidence": None},
    ...     {"donor": "FIN", "recipient": "UKR", "donor_from": "article", "evidence": None,
    ...      "duplicate_of": 0, "part_of": None, "status": "candidate"},
    ...     {"donor": "PSE", "recipient": "UKR", "donor_from": "nearest", "evidence": None,
    ...      "duplicate_of": None, "part_of": None, "status": "candidate"},
    ... ]
    >>> _labels_are_recipients(rows, [1, 2], [1], {"FIN"})
    >>> rows[2]["donor"], rows[2]["recipient"], rows[2]["donor_from"]
    ('FIN', 'PSE', 'article')
    """
    giver = rows[receiving[0]]["donor"]
    if giver is None or any(rows[i]["donor"] != giver for i in receiving):
        return
    for index in items:
        row = rows[index]
        if (
            index in receiving
            or row["status"] != "candidate"
            or row["duplicate_of"] is not None
            or row["part_of"] is not None
            or row["donor_from"] not in ("list", "nearest")
            or row["donor"] in givers
            or row["donor"] is None
        ):
            continue
        label = row["donor"]
        row["donor"], row["recipient"], row["donor_from"] = giver, label, "article"
        _note(
            row,
            f"a row of a pasted table whose labels name the prose's recipients: {label} "
            f"receives, {giver} gives",
        )


# How far a table row may stand from a prose amount converted at the reference rate of the
# prose row's date and still restate it: the rounding of a table in whole units of its scale
# ("131" millions) and a few days' movement of the rate around the date.
RESTATE_RANGE = Decimal("0.02")


def _converts_to(prose: dict[str, Any], row: dict[str, Any]) -> bool:
    """Return whether the table ``row`` restates the ``prose`` row in another currency: its
    value is within ``RESTATE_RANGE`` of the prose amount converted at the reference rate of
    the prose row's date (``aidcalc.conversion.deviation``); False when no rate covers it."""
    from ..conversion import deviation

    try:  # UnknownCurrency, RateNotAvailable, a date no rate reads
        gap = deviation(prose["parsed"], row["parsed"], prose["date"])
    except (LookupError, ValueError, TypeError):
        return False
    return abs(gap) <= RESTATE_RANGE


def _labels_receive(
    rows: list[dict[str, Any]], items: list[int], prose: list[int], text: str, lookup: ProseIndex
) -> None:
    """Read the places labelling the rows of one table as their recipients when all the rows
    add up to one package of the prose and the prose names each label's place only as a
    recipient of its rows, or not at all ("Sverige ger 400 miljoner kronor …" over "Gaza 150 /
    Sudan 250"): the rows are the package's giver's parts, each to the place its label names.
    A place the prose names otherwise ("Germany said it was ready to help") may be a giver,
    whatever the sums."""
    if len(items) < 2 or any(rows[i]["donor_from"] not in ("nearest", "list") for i in items):
        return
    labels = {rows[i]["donor"] for i in items}
    currencies = {rows[i]["currency"] for i in items}
    if None in labels or len(currencies) != 1 or not labels.isdisjoint(lookup.donors):
        return
    _, end = _lines(text, rows[items[-1]]["end"])
    around = text[: rows[items[0]]["table"]] + " " + text[end:]
    receiving = lookup.recipients
    if any(p.code in labels - receiving for p in find_places(around)):
        return
    values = [Decimal(str(rows[i]["value"])) for i in items]
    for whole in prose:
        package = rows[whole]
        if (
            package["currency"] in currencies
            and package["part_of"] is None
            and package["basis"] == "new"
            and package["high"] is None
            and adds_up(Decimal(str(package["value"])), values)
        ):
            break
    else:
        return
    for i in items:
        row = rows[i]
        row["recipient"], row["donor"] = row["donor"], package["donor"]
        row["donor_from"] = "article"
        row["part_of"] = whole
        row["basis"], row["measure"] = package["basis"], package["measure"]
        _note(row, f"its label receives: with the other rows of its table, adds up to row {whole}")


def _label(text: str, row: dict[str, Any]) -> str:
    low, high = _lines(text, row["start"])
    return _row(text[low:high]) or ""


def _parts_of_package(rows, items, twins, lookup: ProseIndex) -> None:
    """Link the rows of one table that no prose amount restates to the package of the prose
    they break down (rule 5)."""
    left = [i for i in items if i not in twins and rows[i]["status"] == "candidate"]
    left = [i for i in left if rows[i]["donor"] and rows[i]["part_of"] is None]
    if not left:
        return
    donor, currency = rows[left[0]]["donor"], rows[left[0]]["currency"]
    if any(rows[i]["donor"] != donor or rows[i]["currency"] != currency for i in left):
        return
    every = [i for i in items if rows[i]["donor"] == donor and rows[i]["currency"] == currency]
    values = [Decimal(str(rows[i]["value"])) for i in every]
    rest = [Decimal(str(rows[i]["value"])) for i in left]
    restated = set(twins.values())
    wholes = [
        i
        for i in lookup.money.get((donor, currency), ())
        if rows[i]["part_of"] is None
        and rows[i]["basis"] == "new"
        and rows[i]["high"] is None
        and i not in restated
    ]
    wholes.sort(key=lambda i: (rows[i]["headline"] is not None, i))
    whole, why = None, ""
    for i in wholes:
        total = Decimal(str(rows[i]["value"]))
        if len(values) > 1 and adds_up(total, values):
            whole, why = i, "with the other rows of its table, adds up to"
            break
        if len(rest) > 1 and adds_up(total, rest):
            whole, why = i, "with the rows of its table the prose does not restate, adds up to"
            break
    if whole is None:  # the package whose other parts the restated rows are
        packages = {rows[twin]["part_of"] for twin in twins.values()} - {None}
        if len(packages) == 1:
            package = packages.pop()
            if (
                rows[package]["donor"] == donor
                and rows[package]["currency"] == currency
                and sum(values) <= Decimal(str(rows[package]["value"]))
            ):
                whole, why = package, "a row of its table, a part of the package of"
    if whole is None:
        return
    for i in left:
        rows[i]["part_of"] = whole
        rows[i]["basis"] = rows[whole]["basis"]
        rows[i]["measure"] = rows[whole]["measure"]
        _note(rows[i], f"{why} row {whole} of the prose")


def _note(row: dict[str, Any], text: str) -> None:
    row["evidence"] = f"{row['evidence']}; {text}" if row["evidence"] else text


def main_giver(rows: Sequence[dict[str, Any]]) -> tuple[str | None, str | None]:
    """Return the article's main giver and recipient: the giver of its first candidate row
    that has one (its headline or lead), and the recipient of its first candidate row (None
    when that row names none: no recipient rather than one of a later aside)."""
    donor = next(
        (
            r["donor"]
            for r in rows
            if r["status"] == "candidate"
            and r["donor"]
            and r["donor_from"] not in ("other clause", "quote", "collective", "total", "asked")
        ),
        None,
    )
    recipient = next((r["recipient"] for r in rows if r["status"] == "candidate"), None)
    return donor, recipient
