"""Why a text holds no amount: the message of ``ParseError``, naming what was missing and where;
and, for ``parse_amount(strict=True)``, which defaults a reading rests on.

>>> from aidcalc.parsing import parse_amount
>>> parse_amount("found €")
Traceback (most recent call last):
...
aidcalc.errors.ParseError: found the currency '€' at position 6 but no number
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ..amount import known_currencies
from ..words import NUMBER_OVER_SUFFIXES, STOP_WORDS
from ..words.currency import CODE_LIKE_WORDS
from .atoms import CUR, FILLER, JOIN, NUM, OTHER, PERCENT, SCALE, WORDS

# The defaults a reading may rest on; docs/parsing.md explains each one.
ASSUMPTIONS = {
    "decimal-default": "a number such as 1.500 or 312.000 whose mark may be a decimal point or "
    "a thousands separator, read one way by a default or against other evidence: the text did "
    "not settle its decimal mark",
    "dollar-usd": "a bare $ or 'dollars' read as the US dollar",
    "default-currency": "a currency sign or name several currencies share read by the default "
    "order (USD, EUR, GBP, JPY, CHF, CNY, INR)",
    "home-currency": "a shared currency sign or name, or a coin or slang word with no currency "
    "(5 grand, a dime), read as the home currency of the language",
    "short-scale": "a scale word whose power of ten differs between languages (billion) read in "
    "the English short scale",
    "scale-default": "a scale word whose power of ten differs between languages read as most of "
    "them use it, or as the lang given though the text's words do not show that language",
    "own-language": "an amount whose own words (scale word, currency name) are of another "
    "language than the lang given read in their language (1.500 Millionen Euro with lang='en': "
    "1.5 billion)",
    "foreign-scale": "a scale word that neither the text's language nor the currency's home "
    "language writes read in the language that does ($5 tr: the Vietnamese million)",
    "range-reordered": "a range written high to low read low to high",
    "restatement-off-rate": "an amount written as the restatement of the one before in another "
    "currency (SEK 1bn (EUR 880m)) at a rate no shipped rate data spans: linked as its "
    "restatement, so that totals count it once, though one of the two is likely a slip",
    "split-number": "a number split by a space after its decimal mark (118, 99 TL) read whole, "
    "the two digits after the space as its decimal part",
    "shared-currency": "a number written without a currency read in the currency (and scale) "
    "written once for a list or breakdown of amounts (8 and 12 million dollars; EUR 90 million, "
    "of which 60 million)",
    "shared-scale": "an amount with its own currency sign but no scale read in the scale the "
    "last item of its list writes (EUR 5, EUR 10 and EUR 20 million)",
    "scale-unshared": "an amount with its currency sign but no scale, listed before a bare "
    "number with a scale word, read without that scale: the word after the scale made the "
    "number a count (EUR 5 and 10 million people), or is one the tables do not know",
    "country-context": "a currency name several countries share (kroner, kr., crowns) read as "
    "the currency of the country the text names around it",
    "country-subject": "a currency sign or name the currencies of several countries named in "
    "its sentence share read as that of the country that gives: the subject of a giving verb "
    "(Britain gave Egypt £5 million), or the country after a receiving one",
    "withdrawn-namesake": "a name of one currency in use and of withdrawn ones read as the one "
    "in use: no language writing the name was spoken where the withdrawn ones were money",
    "withdrawn-currency": "a name or sign of one currency only read as that currency though it "
    "was withdrawn before the year its sentence states (50 Millionen DM in 2005)",
    "letter-prefix": "a letter written apart from a dollar sign read as the sign's country "
    "prefix (C $5 million: CAD)",
    "grouped-after-name": "a number of one digit and one group of three parted by a space, "
    "with a scale word, after a capitalised name (Zuzana 2 500 million euros) or a month after "
    "'in' (in June 2 500 million euros) read whole, 2,500 million, though the digit may be the "
    "name's model number or the month's day",
    "country-possessive": "a currency sign or name the currencies of several countries named "
    "around it share read as that of the country written in the possessive before it (India's "
    "Rs 5 million aid to Nepal)",
}


def explain_missing(reader: Any) -> tuple[str, int | None]:
    """Return why no amount was found, naming what was missing, and where."""
    if reader.problems:
        return reader.problems[0][1], reader.problems[0][0]
    unread = unread_counts(reader)
    if unread:
        return unread[0][1], unread[0][0]
    if not reader.text.strip():
        return "empty text: no amount to parse", None
    numbers = [i for i, a in enumerate(reader.atoms) if a.kind == NUM]
    numbers += [i for i, a in enumerate(reader.atoms) if a.kind == WORDS and reader.number_at(i)]
    currencies = [a for a in reader.atoms if a.kind == CUR]
    if numbers:
        index = min(numbers)
        atom = reader.atoms[index]
        end = atom.end
        for following in reader.atoms[index + 1 :]:
            if following.kind == PERCENT:
                text = reader.text[atom.start : following.end]
                return f"{text!r} is a percentage, not money", atom.start
            if following.kind not in (SCALE, WORDS):
                break
            end = following.end
        code = _code_word_before(reader, index)
        if code is not None:
            return (
                f"{code!r} before the number {reader.text[atom.start : end]!r} at position "
                f"{atom.start} may be the word {code.lower()!r} in capitals or the currency "
                f"code {code}: refused (write the code after the number, or the number with "
                "a scale word or a decimal mark)"
            ), atom.start
        return (
            f"no currency next to the number {reader.text[atom.start : end]!r} "
            f"at position {atom.start}"
        ), atom.start
    if currencies:
        atom = currencies[0]
        return (
            f"found the currency {reader.text[atom.start : atom.end]!r} at position "
            f"{atom.start} but no number"
        ), atom.start
    return f"no number and no currency in {reader.text[:60]!r}", None


def _code_word_before(reader: Any, index: int) -> str | None:
    """The upper-case word right before the number atom ``index`` when it is an ISO 4217 code
    that is also a word (``words.currency.CODE_LIKE_WORDS``: "ALL 500", "BAM 100"), which
    ``atoms`` reads as a code before a number only with a scale word or a mark ("TRY 250
    million", "GEL 1,250.5"), since a heading writes "TOP 10"; else None.

    >>> from aidcalc.parsing.grammar import Reader
    >>> _code_word_before(Reader("ALL 500", None, None), 1)
    'ALL'
    >>> _code_word_before(Reader("all 500", None, None), 1) is None
    True
    """
    if index < 1:
        return None
    before = reader.atoms[index - 1]
    word = reader.text[before.start : before.end]
    if not (word.isupper() and len(word) == 3 and word.casefold() in CODE_LIKE_WORDS):
        return None
    return word if word in known_currencies() else None


_STOP = frozenset().union(*STOP_WORDS.values())


def unread_counts(reader: Any) -> list[tuple[int, str]]:
    """Return (offset, reason) for each scale word of a language other than English written
    right before a currency (up to three fillers between) after a word that was not read as
    its number ("hundretalls millioner kroner", "mnoho milionů korun"):
    the amount is written, but its count is a word aidcalc does not read as a number
    there, and leaving it out must be said (a frequent function word before the scale, "die
    Millionen Euro", is no count). English scale words are left alone: English number words
    are always read, and "several million euros" states no number.

    >>> from aidcalc.parsing.grammar import Reader
    >>> unread_counts(Reader("hundretalls millioner kroner", None, None))[0][1][:38]
    "the scale word 'millioner' at position"
    """
    atoms = reader.atoms
    found = []
    for index in range(1, len(atoms) - 1):
        atom = atoms[index]
        if atom.kind != SCALE or not isinstance(atom.data, dict) or "en" in atom.data:
            continue
        before = atoms[index - 1]
        word = reader.text[before.start : before.end]
        if before.kind not in (OTHER, WORDS) or not word.isalpha() or word.casefold() in _STOP:
            continue
        after = index + 1
        while after < len(atoms) and atoms[after].kind == FILLER and after - index <= 3:
            after += 1
        if after >= len(atoms) or atoms[after].kind != CUR:
            continue
        where = reader.position(before.start)
        shown = reader.original[where : reader.end_position(atoms[after].end)]
        number = atoms[index - 2] if index >= 2 else None
        if word in NUMBER_OVER_SUFFIXES and number is not None and number.end == before.start:
            # "5억 6000여만원", "3000余万元": "more than" a figure, no figure of its own
            shown = reader.original[
                reader.position(number.start) : reader.end_position(atoms[after].end)
            ]
            found.append(
                (
                    before.start,
                    f"{word!r} in {shown!r} at position {where} makes the figure a "
                    "lower bound (more than it), glued inside a number group aidcalc does not "
                    "read so: write the figure "
                    "with a qualifier "
                    '("5억 6000만원 이상", "3000万元以上")',
                )
            )
            continue
        found.append(
            (
                before.start,
                f"the scale word {reader.text[atom.start : atom.end]!r} at position "
                f"{reader.position(atom.start)} has no number read before it ({shown!r}): "
                + (
                    "write the number in digits"
                    if reader.lang
                    else "write the number in digits, or pass lang= when it is a number word"
                ),
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class Refusal:
    """An amount a text writes that was left out, and why.

    ``start``: the offset (characters, in the text as given) where the refused form starts;
    ``reason``: the ``ParseError`` message ``parse_amount`` would give for it alone, naming the
    form, its position and what would decide it ("'kroner' is ambiguous (DKK, ISK, NOK, SEK):
    pass currency_hint= or lang=").
    """

    start: int
    reason: str


# what the reader records about a form that states no amount by design, not a refusal
_NOT_REFUSALS = ("states an exchange rate", "names an event")
_SCALE_WORDS_SKIPPED = 3  # scale and number words between a refused number and its currency


def refusals(reader: Any, mentions: list) -> list[Refusal]:
    """Return the amounts the reader refused in its text, in order: each problem it recorded
    (``reader.problems``) that lies outside every amount read and is about money, with offsets
    and positions in the text as given. A form refused twice, or the numbers of one glued form
    ("10^30 EUR"), are reported once.

    A problem is about money when it is at a currency ("'kroner' is ambiguous", "'€100 USD'
    names two currencies"), or at a number whose own currency is written right before it or
    after it and its scale words ("1e30 EUR", "€5_000"). A number refused with no currency of
    its own ("24/7 support costs €5m": the "€" leads its own number) was never money, and an
    exchange rate ("€1 = $1.09") is no amount by design. A scale word before a currency with
    no number read before it is refused too (``unread_counts``), unless the scale word was
    read as an amount of its own ("milijun eura": one million).

    >>> from aidcalc.parsing.grammar import Reader
    >>> reader = Reader("Oslo and Copenhagen gave 5 million kroner; Riga gave €2m.", None, None)
    >>> [(r.start, reader.original[r.start :][:6]) for r in refusals(reader, reader.mentions())]
    [(35, 'kroner')]
    """
    atoms = reader.atoms
    ends = [atom.end for atom in atoms]
    spans = [(m.start, m.end) for m in mentions]
    found: dict[int, Refusal] = {}
    quoted: list[tuple[int, int]] = []  # the forms reported: "2 × 50 Mio. €" once
    for offset, message in reader.problems:
        if any(phrase in message for phrase in _NOT_REFUSALS):
            continue
        if any(low <= offset < high for low, high in quoted):
            continue
        index = bisect_right(ends, offset)  # the first atom ending after the offset
        end = offset + _quoted_length(message)
        if not _about_money(atoms, index, end) and not _continues_amount(
            reader, atoms, index, spans
        ):
            continue
        start = reader.position(offset)
        if any(low <= start < high for low, high in spans):
            continue
        run = index  # the terms of one glued form ("10^30 EUR") are one refusal
        while 0 < run < len(atoms) and atoms[run].adjacent and atoms[run - 1].kind != CUR:
            run -= 1
        key = atoms[run].start if run < len(atoms) else offset
        if key not in found:
            found[key] = Refusal(
                start, message.replace(f"at position {offset}", f"at position {start}")
            )
            quoted.append((offset, end))
    for offset, message in unread_counts(reader):  # "femhundre millioner kroner"
        start = reader.position(offset)
        # the scale word after the unread word, read as an amount of its own ("daje milijun
        # eura": a million), is no refusal: the amount is in the rows
        scale = bisect_right(ends, offset) + 1
        scale_at = reader.position(atoms[scale].start) if scale < len(atoms) else start
        if offset not in found and not any(
            low <= start < high or low <= scale_at < high for low, high in spans
        ):
            found[offset] = Refusal(start, message)
    return sorted(found.values(), key=lambda refusal: refusal.start)


def _quoted_length(message: str) -> int:
    """The length of the form a problem quotes before "at position" ("the number words 'uno y
    dos' at position 6": 9), 0 when it quotes none.

    >>> _quoted_length("the number '1, 500' at position 0 is split by a space")
    6
    """
    found = _QUOTED.search(message)
    if not found:
        return 0
    return len(found.group(1) if found.group(1) is not None else found.group(2))


_QUOTED = re.compile(r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)") at position""")


def _about_money(atoms: list, index: int, end: int = 0) -> bool:
    """True when the atom at ``index`` is a currency, or a number with its own currency: right
    before it, or among the atoms of the form the problem quotes (up to ``end``: "un tiers
    d'un milliard d'euros"), or after that form and the atoms glued to it (up to a currency
    glued to a filler: "millions d'euros"), the other digit groups of a spaced run ("1 234
    5678 €") and up to three scale or number words or fillers, or counts of a smaller scale
    ("1,5 mlrd. 200 mln. eurų"), and not leading a number of its own; or a scale word after
    such a signed number ("€5 million million"). The quoted form is the refused number as
    written, so a split one ("1, 500 €"), number words joined by "and" ("between one and two
    billion dollars") or words of a language not given ("treinta y un millones de euros")
    reach their currency too."""
    if index >= len(atoms):
        return False
    if atoms[index].kind == CUR or index > 0 and atoms[index - 1].kind == CUR:
        return True
    last = index  # the last atom of the quoted form
    while last + 1 < len(atoms) and atoms[last + 1].start < end:
        last += 1
        if atoms[last].kind == CUR:  # the refused form holds its currency: "Mio. € 5 Mrd"
            return True
    if last > index:
        index = last
    back = index
    while back > 0 and atoms[back].kind == SCALE and atoms[back - 1].kind in (SCALE, NUM):
        back -= 1
    if back < index and atoms[back].kind == NUM and back > 0 and atoms[back - 1].kind == CUR:
        return True  # "€5 million million": a scale refused after a signed number
    after = index + 1
    skipped = 0
    while (
        after < len(atoms)
        and atoms[after].kind != CUR  # glued after a filler too: "millions d'euros"
        and (
            atoms[after].adjacent
            or atoms[after].kind in (SCALE, WORDS, FILLER)  # "millions d'euros", "of dollars"
            and skipped < _SCALE_WORDS_SKIPPED
            or atoms[after].kind == NUM  # a count of a smaller scale: "1,5 mlrd. 200 mln."
            and atoms[after - 1].kind == SCALE
            and after + 1 < len(atoms)
            and atoms[after + 1].kind in (SCALE, CUR)  # "1.500 Millionen 300.000 Euro"
            and skipped < _SCALE_WORDS_SKIPPED
            or _spaced_group(atoms, after)
        )
    ):
        skipped += not atoms[after].adjacent
        after += 1
    if after >= len(atoms) or atoms[after].kind != CUR:
        return False
    leads = after + 1 < len(atoms) and atoms[after + 1].kind == NUM and atoms[after + 1].adjacent
    return not leads


def _continues_amount(reader: Any, atoms: list, index: int, spans: list) -> bool:
    """True when the refused atom at ``index`` goes on from an amount begun before it that was
    not read: back over the number, its scale words, range joiners and signs (at most
    ``_BACK_ATOMS``), a currency that leads the number ("$5 trill": a word cut short after the
    signed number; "EUR 5 to 3": a range's top lower than its low end; "EUR -5 to -3": a
    range of signed values), and no amount read holds that currency (issue 9 item 13: these
    were refused by ``parse_amount`` and dropped by extraction without a word).

    >>> from aidcalc.parsing.grammar import Reader
    >>> reader = Reader("Riga gave EUR 5 to 3.", None, None)
    >>> [r.start for r in refusals(reader, reader.mentions())]
    [10]
    """
    back = index - 1
    numbers = 0
    while back >= 0 and index - back <= _BACK_ATOMS:
        atom = atoms[back]
        if atom.kind == CUR:
            break
        if atom.kind == NUM:
            numbers += 1
        elif not (atom.kind in (SCALE, JOIN) or atom.text in _SIGNS_AND_DASHES):
            return False
        back -= 1
    if back < 0 or atoms[back].kind != CUR or not numbers:
        return False
    lead = back + 1
    if atoms[lead].text in _SIGNS_AND_DASHES:
        lead += 1  # "EUR -5"
    if atoms[lead].kind != NUM:
        return False  # the currency ends an amount before: "5 € – 3 bis 2"
    where = reader.position(atoms[back].start)
    return not any(low <= where < high for low, high in spans)


_BACK_ATOMS = 6  # "EUR -5 million to -3": currency, sign, number, scale, joiner, sign
_SIGNS_AND_DASHES = frozenset("-–—+−")


def _spaced_group(atoms: list, index: int) -> bool:
    """True when the atom at ``index`` is a number one space after another number: a group of
    digits of one refused run ("1 234 5678 €"), which ends at its currency as a number does."""
    return (
        index > 0
        and atoms[index].kind == NUM
        and atoms[index - 1].kind == NUM
        and atoms[index].start - atoms[index - 1].end == 1
    )


def explain_assumptions(text: str, mention: Any) -> str:
    """Return why a strict reading refuses ``mention``: the defaults it rests on, and what would
    decide them instead.

    >>> from aidcalc.parsing import parse_amount
    >>> parse_amount("€9–6 million", strict=True)
    Traceback (most recent call last):
    ...
    aidcalc.errors.ParseError: '€9–6 million' at position 0 rests on a default: range-reordered ...
    """
    codes = mention.assumptions
    shown = "; ".join(f"{code} ({ASSUMPTIONS[code]})" for code in codes)
    remedies = []
    if any(code in _CURRENCY_CODES for code in codes):
        remedies.append("pass currency_hint= or lang=")
    if any(code in _LANGUAGE_CODES for code in codes) and "pass currency_hint= or lang=" not in (
        remedies
    ):
        remedies.append("pass lang=")
    if "scale-default" in codes or "short-scale" in codes:
        # the lang given may itself be what was assumed: digits decide in every language
        remedies = [r for r in remedies if r != "pass lang="]
        remedies.append("pass lang= or write the value in digits")
    if "own-language" in codes:
        remedies.append("pass the lang= of the amount's own words")
    if "range-reordered" in codes:
        remedies.append("write the range low to high")
    if "split-number" in codes:
        remedies.append("write the number without the space")
    if "foreign-scale" in codes:
        remedies.append("write the scale word in the text's language or the value in digits")
    kind = "a default" if len(codes) == 1 else "defaults"
    return (
        f"{text[mention.start : mention.end]!r} at position {mention.start} rests on {kind}: "
        f"{shown}; {' and '.join(remedies)}"
    )


_CURRENCY_CODES = frozenset({"dollar-usd", "default-currency", "home-currency"})
_LANGUAGE_CODES = frozenset({"decimal-default", "short-scale", "scale-default"})
