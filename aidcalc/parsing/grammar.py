"""Reading amounts off atoms: sides (number, scale, currency), ranges, qualifiers, coins.

A small grammar looks only a few atoms around each number: [qualifier] [opener] side [joiner
side], where a side is [currency] number [scale words] [currency] [minor units]. Nothing
backtracks, so time grows linearly with the text.

>>> [str(m.amount) for m in Reader("between $1bn and $2bn", None, None).mentions()]
['USD 1000000000-2000000000']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from ..amount import Amount
from ..words import (
    CONJUNCTIONS,
    FILLER_LANGS,
    GATED_QUALIFIERS,
    NAME_MAY_FOLLOW_WORDS,
    RANGE_JOINERS,
    RANGE_JOINERS_ALONE,
)
from ..words.currency import COINS, MINOR_UNITS, WORD_SCALES
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    NAME_MAY_FOLLOW,
    NUM,
    OPEN,
    OTHER,
    PERCENT,
    PUNCT,
    QUAL,
    SCALE,
    WORDS,
    Atom,
    atomize,
)  # fmt: skip
from .explain import explain_missing
from .lexicon import lexicon
from .numbers import NUMBER_WORDS, is_ambiguous, plain_integer, read_number, read_number_words
from .resolve import is_scaled_code, resolve_currency
from .restatements import link_restatements


@dataclass(frozen=True, slots=True)
class Mention:
    """One money amount found in a text.

    ``start``/``end`` are character offsets (``text[start:end]`` is the mention, qualifier
    included); ``equivalent_of`` is the index of the mention this one restates in another
    currency, as in "10 million euros ($11 million)"; ``deviation`` is filled in by
    ``aidcalc.news.candidates`` when a date is known (restated / reference-converted - 1).
    """

    amount: Amount
    start: int
    end: int
    equivalent_of: int | None = None
    deviation: Decimal | None = None


@dataclass(slots=True)
class _Side:
    """One end of an amount while it is being read."""

    value: Decimal | None = None
    number_text: str = ""
    scales: tuple[dict[str, int], ...] = ()
    minor: Decimal | None = None  # "20 dollars 43 cents": the 43 cents, in main units
    currency: list = None  # type: ignore[assignment]
    langs: list = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.currency = []
        self.langs = []


class Reader:
    """Reads amounts off the atoms of one text."""

    def __init__(self, text: str, lang: str | None, currency_hint: str | None):
        self.text = text
        self.lex = lexicon()
        parts = lang.replace("-", "_").split("_") if lang else []
        self.lang = parts[0].lower() if parts else None
        # a locale such as "en_AU" also names the territory whose currency "grand" or "$" means
        self.territory = parts[-1].upper() if len(parts) > 1 and len(parts[-1]) == 2 else None
        self.hint = currency_hint.upper() if currency_hint else None
        self.atoms = atomize(text, self.lex, self.lang)
        self.problems: list[tuple[int, str]] = []

    def number_at(self, k: int) -> tuple[_Side, int] | None:
        """Read the number and its scale words at atom ``k``; return the side and next index."""
        atoms = self.atoms
        atom = atoms[k]
        side = _Side()
        if atom.kind == NUM:
            side.number_text = atom.text
            k += 1
        elif atom.kind == WORDS and atom.data is not None:
            side.value = Decimal(atom.data)  # a number word of the caller's language
            k += 1
        elif atom.kind == WORDS or (atom.kind == SCALE and atom.text in NUMBER_WORDS):
            words, spans = [], []
            j = k
            while j < len(atoms) and j - k < 12:
                a = atoms[j]
                if a.kind in (WORDS, SCALE, JOIN, FILLER, OTHER) and (
                    a.text in NUMBER_WORDS or a.text in ("-", "and")
                ):
                    words.append(a.text)
                    spans.append(j)
                    j += 1
                else:
                    break
            read = read_number_words(words)
            if read is None:
                following = atoms[k + 1] if k + 1 < len(atoms) else None
                if atom.text in ("a", "an") and following is not None and following.is_name:
                    side.value = Decimal(1)  # "a dollar"
                    return side, k + 1
                return None
            side.value, used = read
            k = spans[used - 1] + 1
        else:
            return None
        scales = []
        while k < len(atoms) and len(scales) < 3:
            if atoms[k].kind == SCALE:
                scales.append(atoms[k].data)
                side.langs.append(frozenset(atoms[k].data))
            elif atoms[k].kind == WORDS and atoms[k].data in WORD_SCALES:
                scales.append({self.lang: WORD_SCALES[atoms[k].data]})  # "deux mille"
            else:
                break
            k += 1
        side.scales = tuple(scales)
        return side, k

    def currency_after(self, k: int, side: _Side) -> int:
        """Attach a currency written after the number (and scale); return the next index."""
        atoms = self.atoms
        j = k
        fillers = 0
        while j < len(atoms) and atoms[j].kind == FILLER and fillers < 3:
            j += 1
            fillers += 1
        if (
            j == k
            and j + 1 < len(atoms)
            and atoms[j].text == "-"
            and atoms[j].adjacent
            and atoms[j + 1].adjacent
            and atoms[j + 1].kind == CUR
        ):
            j += 1  # "one-yen", "700-Euro"
        if j < len(atoms) and atoms[j].kind == CUR:
            atom = atoms[j]
            raw = self.text[atom.start : atom.end]
            if isinstance(atom.data, str) and raw.islower() and j != k:
                return k  # a lower-case code counts only right after the number
            side.currency.append(atom)
            if atom.is_name and atom.data.langs:
                side.langs.append(atom.data.langs)
            for filler in atoms[k:j]:
                if filler.text in FILLER_LANGS:
                    side.langs.append(FILLER_LANGS[filler.text])
            return j + 1
        return k

    def coin_at(self, k: int, pre: Atom | None, count: _Side | None = None):
        """Read "a dime", "four quarters", "10 grand" (count read already); None if not a coin.

        A coin word alone ("a quarter") counts only when it is the whole text, and a counted
        one never before "of" ("three quarters of the aid").
        """
        atoms = self.atoms
        if pre is not None or k >= len(atoms):
            return None
        article = atoms[k].text in ("a", "an") and count is None
        index = k + 1 if article else k
        if index >= len(atoms) or atoms[index].text not in COINS:
            return None
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if following is not None and (
            following.text in ("of", "million", "billion", "thousand")
            or following.kind in (CUR, SCALE)
        ):
            return None
        if (
            count is not None
            and count.number_text
            and (
                len(count.number_text) == 4
                and count.number_text[:2] in ("19", "20")
                or k >= 2
                and atoms[k - 2].text in ("the", "in", "of")
            )
        ):
            return None  # "the 1988 quarter": a year, not a count
        if count is None:
            rest = [a for a in atoms[index + 1 :] if a.kind != PUNCT]
            if rest or any(a.kind != PUNCT for a in atoms[:k]):
                return None
            value = Decimal(1)
        else:
            value = count.value if count.value is not None else read_number(count.number_text)
        side = _Side(value=value * COINS[atoms[index].text])
        side.currency.append(atoms[index])
        return side, index + 1

    def minor_units(self, k: int, side: _Side) -> int:
        """Read "43 cents" after "20 dollars" into ``side.minor``; return the next index."""
        atoms = self.atoms
        if not side.currency or side.scales or k >= len(atoms):
            return k
        j = k
        if atoms[j].text in CONJUNCTIONS:
            j += 1
        if j >= len(atoms):
            return k
        atom = atoms[j]
        if atom.kind == NUM and atom.text.isdigit() and len(atom.text) <= 2:
            cents = Decimal(atom.text)
            j += 1
        elif atom.kind == WORDS:
            read = self.number_at(j)
            if read is None or read[0].value is None or read[0].scales or read[0].value >= 100:
                return k
            cents, j = read[0].value, read[1]
        else:
            return k
        if j + 1 < len(atoms) and atoms[j].text == "de" and atoms[j + 1].text in MINOR_UNITS:
            j += 1  # "23 de cenți"
        if j < len(atoms) and atoms[j].text in MINOR_UNITS:
            side.minor = cents / 100
            return j + 1
        if j == len(atoms) or (atoms[j].kind == PUNCT and j + 1 == len(atoms)):
            side.minor = cents / 100  # "15 dollars 50" at the end of the text
            return j
        return k

    def side_at(self, k: int) -> tuple[_Side, int, int] | None:
        """Read one end of an amount starting at ``k``: [currency] number [scale] [currency].

        Returns (side, first atom index, next index).
        """
        atoms = self.atoms
        first = k
        pre = None
        if atoms[k].kind == CUR:
            lower_code = isinstance(atoms[k].data, str) and self.text[atoms[k].start].islower()
            if lower_code and not (
                k + 1 < len(atoms) and atoms[k + 1].kind == CUR and atoms[k + 1].adjacent
            ):
                return None  # a lower-case code ("che") leads only a symbol ("aud$ 15")
            if (
                atoms[k].is_name
                and k > 0
                and atoms[k - 1].kind not in NAME_MAY_FOLLOW
                and (atoms[k - 1].text not in NAME_MAY_FOLLOW_WORDS)
            ):
                return None  # "twenty dollars 43 cents" is not "dollars 43"
            pre = atoms[k]
            k += 1
            if k < len(atoms) and atoms[k].kind == CUR and atoms[k].adjacent:
                k += 1  # "US $" read as two forms
            if k >= len(atoms):
                return None
        coin = self.coin_at(k, pre)
        if coin is not None:
            return coin[0], first, coin[1]
        read = self.number_at(k)
        if read is None:
            return None
        side, after = read
        if pre is None and after < len(atoms) and atoms[after].text in COINS and not side.scales:
            counted = self.coin_at(after, None, count=side)
            if counted is not None:
                return counted[0], first, counted[1]
        if pre is not None:
            side.currency.append(pre)
        after = self.currency_after(after, side)
        after = self.minor_units(after, side)
        if after < len(atoms) and atoms[after].kind == SCALE and side.currency and not side.scales:
            side.scales = (atoms[after].data,)  # "5 € Mio."
            after += 1
        return side, first, after

    def amount_at(self, k: int) -> tuple[Amount, int, int] | None:
        """Read an amount whose number or currency is atom ``k``; return (amount, start, next)."""
        atoms = self.atoms
        read = self.side_at(k)
        if read is None:
            return None
        low, first, after = read
        if after < len(atoms) and atoms[after].kind == PERCENT and atoms[after].adjacent:
            return None
        start_index = first
        qualifier = None
        opened = False
        j = first - 1
        if j >= 0 and atoms[j].kind == OPEN:
            opened = True
            start_index = j
            j -= 1
        if j >= 0 and atoms[j].kind == QUAL and self.qualifier_fits(atoms[j], low):
            qualifier = atoms[j].data[0]
            low.langs.append(atoms[j].data[1])
            start_index = j
        high = high_value = None
        joiner = atoms[after] if after + 1 < len(atoms) else None
        # "до"/"do" are also qualifiers ("up to"); between two numbers they join a range
        if (
            joiner is not None
            and (joiner.kind == JOIN or (joiner.kind == QUAL and joiner.text in RANGE_JOINERS))
            and (opened or joiner.text in RANGE_JOINERS_ALONE)
        ):
            read_high = self.side_at(after + 1)
            if read_high is not None:
                high, _, after_range = read_high
        currency = self.currency_of(low, high)
        if currency is None:
            return None
        langs = self.languages(low, high)
        low_value = self.value_of(low, langs)
        if high is not None:
            if not high.scales and low.scales:
                high.scales = low.scales
            high_value = self.value_of(high, langs)
            if not low.scales and high.scales:
                scaled = self.value_of(
                    _Side(value=low.value, number_text=low.number_text, scales=high.scales), langs
                )
                if scaled <= high_value:
                    low_value = scaled
            if high_value > low_value:
                after = after_range
            elif not low.currency:
                return None  # no range, and the currency was only the other number's
            else:  # "$5 million - 10 tanks": no range, and nothing of the high end counts
                high_value = None
                currency = self.currency_of(low, None)
                if currency is None:
                    return None
                low_value = self.value_of(low, self.languages(low, None))
        return Amount(low_value, currency, qualifier=qualifier, high=high_value), start_index, after

    def qualifier_fits(self, atom: Atom, side: _Side) -> bool:
        """A qualifier that is an ordinary English word ("do") needs its own language."""
        if atom.text not in GATED_QUALIFIERS:
            return True
        langs = atom.data[1]
        if self.lang:
            return self.lang in langs
        words = self.languages(side, None)
        return bool(words and words & langs and "en" not in words)

    def currency_of(self, low: _Side, high: _Side | None) -> str | None:
        atoms = low.currency + (high.currency if high is not None else [])
        if not atoms:
            return None
        langs = self.languages(low, high)
        codes = []
        for atom in atoms:
            code = resolve_currency(self, atom, langs)
            if code is None:
                return None
            codes.append(code)
        return codes[0]

    def languages(self, low: _Side, high: _Side | None) -> frozenset[str] | None:
        """Return the languages the amount's words agree on (the ``lang`` hint wins)."""
        if self.lang:
            return frozenset({self.lang})
        sets = low.langs + (high.langs if high is not None else [])
        common: frozenset[str] | None = None
        for langs in sets:
            common = langs if common is None else common & langs
        return common or None

    def value_of(self, side: _Side, langs: frozenset[str] | None) -> Decimal:
        if side.value is not None:
            value = side.value
        else:
            decimal = None  # read_number's default: "," groups, "." is decimal, as in English
            if langs and is_ambiguous(side.number_text):
                marks = {self.lex.decimal_symbol.get(x) for x in langs} - {None}
                if len(marks) == 1 and ("en" not in langs or self.lang):
                    decimal = marks.pop() if marks <= {".", ","} else None
            value = read_number(side.number_text, decimal=decimal)
        exponent = sum(_exponent(scale, langs) for scale in side.scales)
        exponent += sum(a.data[1] for a in side.currency if is_scaled_code(a.data))
        if exponent:
            value = plain_integer(value.scaleb(exponent))
        if side.minor is not None:
            value += side.minor
        return value

    def mentions(self, first_only: bool = False, skip_before: int = 0) -> list[Mention]:
        """Return the mentions in order; with ``first_only``, the first starting at or after
        ``skip_before``."""
        atoms = self.atoms
        found: list[Mention] = []
        spans: list[tuple[int, int]] = []  # atom index range of each mention
        k = 0
        consumed = 0
        while k < len(atoms):
            atom = atoms[k]
            if (
                atom.kind in (NUM, WORDS, CUR)
                or atom.text in COINS
                or (atom.kind == SCALE and atom.text in NUMBER_WORDS)
            ):
                read = self.amount_at(k) if k >= consumed else None
                if read is not None:
                    amount, start_index, after = read
                    start_index = max(start_index, consumed)
                    found.append(Mention(amount, atoms[start_index].start, atoms[after - 1].end))
                    spans.append((start_index, after))
                    if first_only and found[-1].start >= skip_before:
                        return found[-1:]
                    consumed = after
                    k = after
                    continue
            k += 1
        return [] if first_only else link_restatements(atoms, found, spans)

    def explain(self) -> tuple[str, int | None]:
        """Return why no amount was found, naming what was missing, and where."""
        return explain_missing(self)


def _exponent(scale: dict[str, int], langs: frozenset[str] | None) -> int:
    """Return the power of ten a scale word means in the amount's language."""
    if langs:
        values = {scale[x] for x in langs if x in scale}
        if len(values) == 1:
            return values.pop()
        if "en" in langs and "en" in scale:
            return scale["en"]
    if "en" in scale:
        return scale["en"]
    return Counter(scale.values()).most_common(1)[0][0]
