"""Correction notes under an article: the figure an earlier version gave is retracted, never a
pledge, and the right figure restates the pledge it corrects, never a new one.

A paper that got a figure wrong appends a note ("Rettelse: I en tidligere versjon av saken
sto det at UNRWA får 257 millioner kroner. Riktig tall er 275 millioner kroner."). Its
amounts are no news of their own. The rules, in the order the code applies them:

1. **The note** (``correction_notes``): from a correction label before a colon that opens a
   line or a sentence ("Correction:", "Korrektur:", "Rettelse:", "Correction :",
   "Sprostowanie:", "Виправлення:"; ``CORRECTION_LABELS`` in ``aidcalc/words/``), or from the
   start of a sentence naming an earlier version ("An earlier version of this article said
   …", "In einer früheren Fassung hieß es …"; ``EARLIER_VERSION``), or from the start of a
   sentence naming an earlier report that the same sentence revises ("Ранее сообщалось, что …
   300 млн крон; позднее министерство уточнило, что речь идет о 350 млн крон": a phrase of
   ``EARLIER_REPORT`` with a word of ``CORRECT_FIGURE`` after it in its sentence; without one
   the earlier report is background, no retraction), to the end of its paragraph. The words
   of every language are searched: a note is often in the house style, whatever the
   article's language was guessed to be. A label's colon may be a full-width one ("更正：").
2. **The retracted figure**: an amount of the note in a sentence naming the earlier version
   (or report),
   or right after a "not" following a comma ("…: 1,2 Mrd. Euro, nicht 1,4 Mrd. Euro";
   ``CORRECTION_NOT``), is ``rejected`` with ``evidence`` "retracted in a correction"; a
   donor carried to it from an earlier sentence (or the home country put in its place,
   ``donor_from`` ``home currency``) is dropped, and no row is its duplicate. In the sentence
   naming the earlier version, an amount after a turn to the right figure (a semicolon or
   spaced dash after the phrase, or a word of ``CORRECT_FIGURE``: "…; the correct figure is
   €500 million") is no retracted one.
3. **The right figure**: any other amount of the note restates the row of the article
   before the note with its value and currency: it is that row's ``duplicate_of`` and takes
   its giver, recipient, measure, basis and date. When no row has that figure, the note
   corrects something the rows do not hold: its row keeps no donor carried from an earlier
   sentence (never the last sentence's giver), and ``evidence`` asks for a check. A shared
   currency name or sign the parser read by a country the note names ("the Sudan funding was
   £10 million; the correct figure is £15 million": SDG) restates a row in another currency
   the name can mean (GBP), and takes that row's currency.
4. **The note's reach** ends with the sentence of its first right figure: the sentences after
   it are the article's own again, and no check of rule 3 falls on them ("Correction: an
   earlier version said £10m; the correct figure is £15m. Denmark gave €4m." leaves Denmark's
   row alone). A note with no right figure reaches to the end of its paragraph.
5. **A turn to the right figure** (``_turns``): in a sentence of two amounts of one currency,
   a clause break and a phrase of ``CORRECT_FIGURE`` right before the second ("Earlier
   reports had put it at ₹200 crore; the correct figure is ₹250 crore") retract the first,
   whatever introduced it; the second is the right figure of rule 3.

>>> text = "Norge gir 275 mill. kroner. Rettelse: Tidligere sto det 257. Riktig tall er 275."
>>> [text[a:b] for a, b in correction_notes(text)]
['Rettelse: Tidligere sto det 257. Riktig tall er 275.']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from ..words import (
    CORRECT_FIGURE,
    CORRECTION_LABELS,
    CORRECTION_NOT,
    EARLIER_REPORT,
    EARLIER_VERSION,
)

_LABEL_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?»\"”]\s))[^\S\n]*(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})"
    r"[^\S\n]?[:：]",
)
# a phrase of a script written without spaces between words (Chinese, Japanese; Korean words
# take particles): found inside a longer run of letters
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+\S)|\n")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)$")
_NOT_SPACE_RE = re.compile(r"\S")  # a character that is not str.isspace() (str.lstrip's spaces)


def _ends(text: str, low: int = 0, high: int | None = None):
    """The sentence ends of ``text[low:high]`` (``_SENTENCE_END_RE``), but for the stop of an
    abbreviation (``news.sentences.abbreviations``: "9 Mio. Euro", "300 tūkst. eurų"); a
    currency's abbreviation written last ends its sentence before a capital ("500 mln zł.
    Sprostowanie: …"; ``words.ENDING_ABBREVIATIONS``), as ``news.sentences`` has it."""
    from ..words import ENDING_ABBREVIATIONS
    from .sentences import abbreviations

    known = abbreviations()
    for found in _SENTENCE_END_RE.finditer(text, low, len(text) if high is None else high):
        if found[0] == ".":
            word = _WORD_BEFORE_RE.search(text, max(0, found.start() - 20), found.start())
            folded = word[1].casefold() if word is not None else ""
            # the first character after the spaces (the look-ahead saw one): found, not the
            # rest of the text copied and stripped for each stop
            after = _NOT_SPACE_RE.search(text, found.end())[0]
            if folded in known and not (folded in ENDING_ABBREVIATIONS and after.isupper()):
                continue
        yield found


def _end(text: str, at: int, high: int | None = None):
    """The first sentence end of ``_ends`` from ``at`` on, or None."""
    return next(_ends(text, at, high), None)


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding offset ``at``: after the last end of ``_ends`` over
    ``text`` up to the character at ``at`` itself (a sentence end's look-ahead needs it:
    "Tuesday. An earlier version …" opens a sentence at "An"), found by bisection in the ends
    of the whole text (``_sentence_ends``), not by reading the text from its start again."""
    stops, seen = _sentence_ends(text)
    high = min(len(text), at + 1)
    last = bisect_left(stops, high) - 1
    # a stop whose look-ahead reaches beyond ``at`` is no end up to ``at``; the one before it
    # is (its look-ahead stops at the later stop's mark at the latest)
    if last >= 0 and seen[last] >= high:
        last -= 1
    low = stops[last] + 1 if last >= 0 else 0
    while low < at and text[low].isspace():
        low += 1
    return low


# the sentence ends of the last text asked for: (text, (stops, seen))
_ENDS_OF: list = [None, None]


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Return the offsets of the sentence ends of ``_ends`` over the whole of ``text`` (each
    one character: a stop or a line break) and, for each, the offset its look-ahead must see
    (the first character after a stop's spaces; a line break's own), made once per text: the
    correction rules ask for the start of many sentences of one text."""
    if _ENDS_OF[0] is not text:
        stops: list[int] = []
        seen: list[int] = []
        for found in _ends(text):
            stops.append(found.start())
            seen.append(
                found.start()
                if found[0] == "\n"
                else _NOT_SPACE_RE.search(text, found.end()).start()
            )
        _ENDS_OF[:] = [text, (stops, seen)]
    return _ENDS_OF[1]


def correction_notes(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of the correction notes of ``text`` (rule 1), in order."""
    starts = [
        found.start("label")
        for found in _LABEL_RE.finditer(text)
        if found["label"].casefold() in CORRECTION_LABELS
    ]
    folded = text.casefold()
    for phrase in EARLIER_VERSION | EARLIER_REPORT:
        at = folded.find(phrase)
        while at >= 0:
            if phrase in EARLIER_VERSION or _revised(folded, at + len(phrase)):
                starts.append(_sentence_start(text, at))
            at = folded.find(phrase, at + 1)
    notes: list[tuple[int, int]] = []
    for start in sorted(set(starts)):
        if notes and start < notes[-1][1]:
            continue
        notes.append((start, _paragraph_end(text, start)))
    return notes


def _revised(folded: str, at: int) -> bool:
    """Whether the sentence of ``folded`` from offset ``at`` on (after an earlier report's
    phrase) holds a word of ``CORRECT_FIGURE``: "…; позднее министерство уточнило …"."""
    end = _end(folded, at)
    return _names_right_figure(folded[at : end.start() if end else len(folded)])


def _names_right_figure(between: str) -> bool:
    """Whether a word or phrase of ``CORRECT_FIGURE`` stands whole in ``between`` (folded):
    "the correct figure is", "richtig sind", not "incorrectly"; a phrase of a script written
    without spaces anywhere ("应为")."""
    words = " ".join(re.findall(r"[^\W\d_]+", between))
    return any(
        phrase in between
        if _UNSPACED_RE.search(phrase)
        else re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", words)
        for phrase in CORRECT_FIGURE
    )


def _sentence(text: str, at: int, low: int, high: int) -> str:
    """The sentence of the note ``low``–``high`` holding offset ``at``."""
    start = max(low, _sentence_start(text, at))
    end = _end(text, at, high)
    return text[start : end.start() if end else high]


# What ends the earlier version's clause of its sentence: a semicolon or a dash set off by
# spaces ("An earlier version said €600m; the correct figure is €500m")
_CLAUSE_BREAK_RE = re.compile(r";|\s[–—-]\s")


def _right_after(between: str) -> bool:
    """Whether ``between``, the words from the earlier version's phrase to an amount, turn to
    the right figure (rule 2): a clause break (``_CLAUSE_BREAK_RE``) or a word or phrase of
    ``CORRECT_FIGURE`` standing whole ("the correct figure is", "richtig sind"; not
    "incorrectly")."""
    if _CLAUSE_BREAK_RE.search(between):
        return True
    return _names_right_figure(between.casefold())


def _retracted(text: str, row: dict[str, Any], low: int, high: int) -> bool:
    """Whether the amount of ``row`` in the note ``low``–``high`` is the retracted figure."""
    sentence = _sentence(text, row["start"], low, high).casefold()
    earlier = EARLIER_VERSION | EARLIER_REPORT
    if any(phrase in sentence for phrase in earlier):
        # "An earlier version said €600m; the correct figure is €500m": a figure after the
        # turn to the right one is no retracted one
        before = text[max(low, _sentence_start(text, row["start"])) : row["start"]].casefold()
        opened = [before.find(phrase) for phrase in earlier if phrase in before]
        return not opened or not _right_after(before[min(opened) :])
    before = text[max(low, row["start"] - 30) : row["start"]].casefold()
    found = re.search(r"[,;–—(]\s*((?:[^\W\d_]+\s+)?[^\W\d_]+)\s*$", before)
    return bool(found) and (found[1] in CORRECTION_NOT or found[1].split()[-1] in CORRECTION_NOT)


def mark_corrections(rows: list[dict[str, Any]], text: str) -> None:
    """Mark the rows of correction notes (rules 2 and 3): the retracted figures ``rejected``,
    the right ones ``duplicate_of`` the row they restate. ``rows`` hold ``start``, their
    amounts' offsets in ``text``; run after ``dedup.mark_duplicates``."""
    ordered = sorted(rows, key=lambda r: r["start"])  # for each note's reach, sorted once
    notes = [_reach(text, ordered, *note) for note in correction_notes(text)]
    turned = _turns(rows, text, notes)
    if not notes and not turned:
        return
    notes = sorted([*notes, *turned.values()])
    # the rows of each value, and the rows restating each row: looked up, not walked, for
    # each row of a note (a long text of many notes made them quadratic)
    same_value: dict[Any, list[int]] = {}
    restating: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        same_value.setdefault(row["value"], []).append(index)
        if row["duplicate_of"] is not None:
            restating.setdefault(row["duplicate_of"], []).append(index)
    note_of = _note_finder(notes)
    for index, row in enumerate(rows):
        note = note_of(row["start"])
        if note is None:
            continue
        if row["donor_from"] in ("earlier sentence", "home currency"):
            # a giver carried, or the home country put for it: no giver of the note's own
            row["donor"] = row["donor_from"] = None
            row["assumptions"] = tuple(a for a in row["assumptions"] if a != "home-country")
        if index in turned or (note not in turned.values() and _retracted(text, row, *note)):
            row["status"] = "rejected"
            row["duplicate_of"] = row["part_of"] = None
            _note(row, "retracted in a correction: the figure an earlier version gave")
            for other in restating.get(index, ()):  # each row still restating it
                if rows[other]["duplicate_of"] == index:
                    rows[other]["duplicate_of"] = None
            continue
        twin = next(
            (
                i
                for i in same_value[row["value"]]
                if i < index
                and rows[i]["start"] < note[0]
                and _same_money(text, row, rows[i]["currency"])
                and rows[i]["status"] != "rejected"
            ),
            None,
        )
        if twin is None:
            _note(row, "a figure of a correction note that restates no row of the article: check")
            continue
        if row["currency"] != rows[twin]["currency"]:  # "the Sudan funding … £15 million"
            row["currency"] = rows[twin]["currency"]
            if row.get("parsed") is not None:
                row["parsed"] = replace(row["parsed"], currency=row["currency"])
            row["assumptions"] = tuple(a for a in row["assumptions"] if a not in _BY_CONTEXT)
        first = rows[twin]["duplicate_of"]
        row["duplicate_of"] = twin if first is None else first
        restating.setdefault(row["duplicate_of"], []).append(index)
        row["part_of"] = None
        for key in ("donor", "recipient", "donor_from", "measure", "basis", "date"):
            row[key] = rows[twin][key]
        # the giver may rest on a default of the twin's reading ("home-country")
        row["assumptions"] = tuple(dict.fromkeys((*row["assumptions"], *rows[twin]["assumptions"])))
        _note(row, f"the right figure of a correction: restates row {twin}")


def _note_finder(notes: list[tuple[int, int]]):
    """Return a function giving the first of ``notes`` (start, end) that holds an offset, or
    None: found by bisection when the notes follow each other without overlapping (only the
    last one starting by the offset can hold it), else by a walk over them."""
    apart = all(a <= b for a, b in notes) and all(
        b <= c for (_, b), (c, _) in zip(notes, notes[1:], strict=False)
    )

    def note_of(at: int) -> tuple[int, int] | None:
        if not apart:
            return next(((a, b) for a, b in notes if a <= at < b), None)
        last = bisect_right(notes, (at, float("inf"))) - 1
        return notes[last] if last >= 0 and at < notes[last][1] else None

    return note_of


# The parser's marks of a shared currency name read by the countries a text names
# (``news.currency.BY_CONTEXT``)
_BY_CONTEXT = frozenset({"country-context", "country-subject", "default-currency"})


def _same_money(text: str, row: dict[str, Any], currency: str) -> bool:
    """Whether the amount of ``row`` is in ``currency``: its own, or a name or sign several
    countries share that the parser read by a country the note names ("the Sudan funding was
    £10 million; the correct figure is £15 million": SDG by the clause, GBP the row corrected)
    and that can mean ``currency`` (read again with it as the hint)."""
    if row["currency"] == currency:
        return True
    if not _BY_CONTEXT & set(row["assumptions"]):
        return False
    from ..parsing import parse_amount

    try:
        read = parse_amount(text[row["start"] : row["end"]], currency_hint=currency)
    except ValueError:  # ParseError included
        return False
    return read.currency == currency


# A clause turning to the right figure between two amounts of one sentence (rule 5): a
# semicolon, a spaced dash or a comma, at most two words, a phrase of CORRECT_FIGURE, at most
# three more words, then the right figure ("…; the correct figure is", ", správná částka je")
_TURN_RE = re.compile(
    r"[^;]*?(?:;|\s[–—-]\s|,)\s*(?P<words>(?:[^\W\d_]+\s+){1,8})[^\w\s]{0,3}\s*",
)


def _turns(
    rows: list[dict[str, Any]], text: str, notes: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """The amounts of ``rows`` a sentence retracts by turning to the right figure (rule 5),
    whatever introduced them: {index of the retracted row: (start, end) of its sentence}.

    Two amounts of one sentence, the same currency and two values, with only a clause break,
    at most two words, a phrase of ``CORRECT_FIGURE`` and at most three words between them
    ("Earlier reports put the grant at ₹200 crore; the correct figure is ₹250 crore"): the
    first is retracted, the second the right figure. Two givers or two receivers named are two
    gifts, no turn ("Germany gave €5m; actually France gave €3m"). A sentence inside a note of
    rules 1–4 is left to them."""
    turned: dict[int, tuple[int, int]] = {}
    note_of = _note_finder(notes)
    order = sorted(range(len(rows)), key=lambda i: rows[i]["start"])
    for first, second in zip(order, order[1:], strict=False):
        one, two = rows[first], rows[second]
        between = text[one["end"] : two["start"]]
        found = _TURN_RE.fullmatch(between)
        if (
            found is None
            or one["currency"] != two["currency"]
            or one["value"] == two["value"]
            # another giver or receiver: two gifts ("Germany gave €5m; actually France gave €3m")
            or any(one[key] and two[key] and one[key] != two[key] for key in ("donor", "recipient"))
            or _end(text, one["end"], two["start"]) is not None
            or note_of(one["start"]) is not None
        ):
            continue
        words = found["words"].split()
        if not _names_right_figure(" ".join(words).casefold()):
            continue
        lead = next(
            (
                n
                for n in range(3)
                if any(
                    _names_right_figure(" ".join(words[n:m]).casefold())
                    for m in range(n + 1, len(words) + 1)
                )
            ),
            None,
        )
        # the phrase within the first three words, at most three words after its end
        if lead is None or not any(
            _names_right_figure(" ".join(words[lead:m]).casefold())
            for m in range(len(words) - 3, len(words) + 1)
            if m > lead
        ):
            continue
        end = _end(text, two.get("end", two["start"]))
        turned[first] = (
            _sentence_start(text, one["start"]),
            end.end() if end else _paragraph_end(text, two["start"]),
        )
    return turned


def _reach(text: str, ordered: list[dict[str, Any]], low: int, high: int) -> tuple[int, int]:
    """The note ``low``–``high`` cut after the sentence of its first right figure (rule 4):
    the first amount of the rows ``ordered`` by their start in it that is not retracted."""
    for at in range(bisect_left(ordered, low, key=lambda r: r["start"]), len(ordered)):
        row = ordered[at]
        if row["start"] >= high:
            break
        if not _retracted(text, row, low, high):
            end = _end(text, row.get("end", row["start"]), high)
            return low, end.end() if end else high
    return low, high


def _note(row: dict[str, Any], words: str) -> None:
    row["evidence"] = f"{row['evidence']}; {words}" if row.get("evidence") else words
