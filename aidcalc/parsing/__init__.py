"""Finding money amounts in text: ``parse_amount`` and ``extract_amounts``.

The text is cut into tokens once (one regular expression, linear time), the tokens become
*atoms* (number, scale word, currency, qualifier, range word, punctuation) by longest match
against the CLDR lexicon, and a small grammar reads amounts off the atoms, looking only a few
atoms around each number. Nothing backtracks, so time grows linearly with the text.

>>> str(parse_amount("over 683 million euros (approximately $763 million)"))
'over EUR 683000000'
>>> str(parse_amount("between $1bn and $2bn"))
'USD 1000000000-2000000000'
>>> [str(m.amount) for m in extract_amounts("10 million euros ($11 million)")]
['EUR 10000000', 'USD 11000000']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..amount import Amount, known_currencies
from ..errors import ParseError
from .lexicon import (
    CODE_LIKE_WORDS,
    COINS,
    CONJUNCTIONS,
    DEFAULT_PRIORITY,
    FILLER_LANGS,
    FILLERS,
    GATED_QUALIFIERS,
    MAX_FORM_TOKENS,
    MINOR_UNITS,
    NAME_MAY_FOLLOW_WORDS,
    RANGE_JOINERS,
    RANGE_JOINERS_ALONE,
    RANGE_OPENERS,
    RESTATEMENT_LINKS,
    TOKEN_RE,
    WORD_SCALES,
    CurrencyForm,
    Lexicon,
    lexicon,
    strip_accents,
)
from .numbers import NUMBER_WORDS, is_ambiguous, read_number, read_number_words

# Atom kinds
NUM, WORDS, SCALE, CUR, QUAL, JOIN, OPEN, LPAREN, RPAREN, PUNCT, FILLER, PERCENT, OTHER = range(13)

# A currency name may lead its number ("ringgit 42", "at dollar 22.5 million") only at the start
# of a text or after these: never right after a word, which may be an unread number word.
NAME_MAY_FOLLOW = frozenset({PUNCT, LPAREN, QUAL, OPEN})

OPEN_PARENS = "([{"
CLOSE_PARENS = ")]}"
MAX_GAP_ATOMS = 6


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


class Atom(NamedTuple):
    kind: int
    start: int  # character offsets
    end: int
    text: str  # folded key for words, raw text for numbers
    data: object = None  # CurrencyForm / code / scale dict / qualifier / None
    adjacent: bool = False  # no space between this atom and the one before
    is_name: bool = False  # a currency written as a word ("euros"), not a symbol or code


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


def _atomize(text: str, lex: Lexicon, lang: str | None = None) -> list[Atom]:
    """Return the atoms of ``text`` (spaces dropped, adjacency kept).

    Number words other than English ones are read only in the ``lang`` given.
    """
    lang_words = lex.number_words.get(lang) if lang and lang != "en" else None
    lang_first = lex.number_word_starts(lang) if lang_words else {}
    first_tokens = lex.first_tokens()
    atoms: list[Atom] = []
    plain = []  # (kind, token, start, end) without spaces
    spaced = set()  # starts of tokens that follow a space
    previous_end = 0
    for match in TOKEN_RE.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            continue
        start = match.start()
        if start != previous_end:
            spaced.add(start)
        previous_end = match.end()
        plain.append((kind, match.group(), start, previous_end))
    folded = [tok.casefold() if kind == "word" else tok for kind, tok, _, _ in plain]
    count = len(plain)
    index = 0
    while index < count:
        kind, tok, start, end = plain[index]
        adjacent = start not in spaced and index > 0
        if kind == "num":
            atoms.append(Atom(NUM, start, end, tok, None, adjacent))
            index += 1
            continue
        matched = None
        fold = folded[index]
        if kind == "word" and tok[0] in "MK" and 1 < len(tok) < 5 and index + 1 < count:
            # babel writes Spanish compact amounts as "10 mil MUS$": a scale glued to a symbol
            symbol = lex.symbol(f"{tok[1:]} {plain[index + 1][1]}")
            if symbol is not None and plain[index + 1][2] == end:
                exponent = 6 if tok[0] == "M" else 3
                atoms.append(
                    Atom(SCALE, start, start + 1, tok[0].lower(), {"en": exponent}, adjacent)
                )
                atoms.append(Atom(CUR, start + 1, plain[index + 1][3], tok[1:], symbol, True))
                index += 2
                continue
        if kind == "word" and (len(tok) == 3 or len(tok) == 4):
            code = _code(tok)
            if code:
                matched = (CUR, 1, code, False)
        if matched is None:
            longest = first_tokens.get(fold, 0)
            if tok in first_tokens:  # symbols are kept as written
                longest = max(longest, first_tokens[tok])
            if lang_first:
                longest = max(longest, lang_first.get(fold, 0))
            if fold in NUMBER_WORDS:
                longest = max(longest, 1)
            if longest:
                matched = _longest_form(plain, folded, index, lex, lang_words, longest)
        if matched is not None:
            atom_kind, used, data, is_name = matched
            last_end = plain[index + used - 1][3]
            key = " ".join(folded[index : index + used])
            atoms.append(Atom(atom_kind, start, last_end, key, data, adjacent, is_name))
            index += used
            continue
        atoms.append(_plain_atom(kind, tok, folded[index], start, end, adjacent))
        index += 1
    return atoms


def _plain_atom(kind: str, tok: str, fold: str, start: int, end: int, adjacent: bool) -> Atom:
    if kind == "word":
        if fold in NUMBER_WORDS:
            return Atom(WORDS, start, end, fold, None, adjacent)
        if fold in RANGE_OPENERS:
            return Atom(OPEN, start, end, fold, None, adjacent)
        if fold in RANGE_JOINERS:
            return Atom(JOIN, start, end, fold, None, adjacent)
        if fold in FILLERS:
            return Atom(FILLER, start, end, fold, None, adjacent)
        return Atom(OTHER, start, end, fold, None, adjacent)
    if tok in OPEN_PARENS:
        return Atom(LPAREN, start, end, tok, None, adjacent)
    if tok in CLOSE_PARENS:
        return Atom(RPAREN, start, end, tok, None, adjacent)
    if tok in "-–—":
        return Atom(JOIN, start, end, tok, None, adjacent)
    if tok in "%‰":
        return Atom(PERCENT, start, end, tok, None, adjacent)
    if tok in FILLERS:
        return Atom(FILLER, start, end, tok, None, adjacent)
    return Atom(PUNCT, start, end, tok, None, adjacent)


def _longest_form(plain, folded, index, lex: Lexicon, lang_words, longest: int):
    """Return (kind, tokens used, data, is_name) of the longest form starting at ``index``."""
    limit = min(longest, MAX_FORM_TOKENS, len(plain) - index)
    if (
        limit >= 2
        and not lex.adjective(folded[index])
        and not lex.may_continue(
            f"{folded[index]} {folded[index + 1]}", f"{plain[index][1]} {plain[index + 1][1]}"
        )
    ):
        limit = 1  # no entry of two tokens or more starts here: "to" in "to buy"
    best = None
    exact = fold = ""
    for used in range(1, limit + 1):  # keys grow by one token; the longest match wins
        kind, token = plain[index + used - 1][0], plain[index + used - 1][1]
        if kind == "num":
            break
        exact = f"{exact} {token}" if exact else token
        fold = f"{fold} {folded[index + used - 1]}" if fold else folded[index]
        found = _form_of(exact, fold, used, plain, folded, index, lex, lang_words)
        if found is not None:
            best = found
    return best


_NUMBER_WORDS_NOT_SCALES = NUMBER_WORDS - {"thousand", "million", "billion", "trillion"}


def _form_of(exact, fold, used, plain, folded, index, lex: Lexicon, lang_words):
    """Return (kind, used, data, is_name) when the key of ``used`` tokens is a form, else None."""
    form = lex.symbol(exact)
    if form is not None:
        return CUR, used, form, False
    qualifier = lex.qualifiers.get(fold)
    if qualifier is not None:
        return QUAL, used, qualifier, False
    if lang_words is not None and fold in lang_words:
        return WORDS, used, lang_words[fold], False  # the caller's language first: "mille"
    scale = lex.scales.get(fold)
    if scale is not None and fold not in _NUMBER_WORDS_NOT_SCALES:
        return SCALE, used, scale, False
    if used == 1 and plain[index][0] == "word":
        code = _code(plain[index][1])
        if code:
            return CUR, 1, code, False
    form = lex.name(fold)
    if form is None and not fold.isascii():
        form = lex.name(strip_accents(fold))
    if form is not None:
        return CUR, used, form, True
    if used == 2:
        # a country adjective and a currency word CLDR spells otherwise ("svenske kronor")
        adjective = lex.adjective(folded[index])
        head = lex.name(folded[index + 1]) if adjective else None
        if head is not None and adjective & head.codes:
            codes = adjective & head.codes
            return CUR, 2, CurrencyForm(codes, codes, head.langs), True
    return None


def _code(token: str) -> str | tuple[str, int] | None:
    """Return the ISO code a token spells (upper case; lower only when safe).

    ``MUSD``/``KEUR`` (millions/thousands of a currency, finance style) give ``(code, exponent)``.
    """
    if len(token) == 4 and token[0] in "MK" and token[1:].isupper():
        code = token[1:]
        return (code, 6 if token[0] == "M" else 3) if code in known_currencies() else None
    if len(token) != 3:
        return None
    upper = token.upper()
    if upper not in known_currencies() or token.casefold() in CODE_LIKE_WORDS:
        return None
    if token == upper or token.islower():
        return upper
    return None


class _Reader:
    """Reads amounts off a list of atoms."""

    def __init__(self, text: str, lang: str | None, currency_hint: str | None):
        self.text = text
        self.lex = lexicon()
        parts = lang.replace("-", "_").split("_") if lang else []
        self.lang = parts[0].lower() if parts else None
        # a locale such as "en_AU" also names the territory whose currency "grand" or "$" means
        self.territory = parts[-1].upper() if len(parts) > 1 and len(parts[-1]) == 2 else None
        self.hint = currency_hint.upper() if currency_hint else None
        self.atoms = _atomize(text, self.lex, self.lang)
        self.problems: list[tuple[int, str]] = []

    # --- number phrases --------------------------------------------------------------
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

    # --- whole amounts ---------------------------------------------------------------
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
            code = self.resolve(atom, langs)
            if code is None:
                return None
            codes.append(code)
        return codes[0]

    def resolve(self, atom: Atom, langs: frozenset[str] | None) -> str | None:
        """Return the ISO code a currency atom means, or record why it is ambiguous."""
        if isinstance(atom.data, str):
            return atom.data
        if atom.text in COINS:
            return self.local_currency()
        if _is_scaled_code(atom.data):
            return atom.data[0]  # "MUSD"
        form: CurrencyForm = atom.data
        codes = form.codes
        if self.lang and len(codes) > 1:
            codes = self.lex.codes_in(atom.text, self.lang) or codes  # "koruna" in Norwegian
        if len(codes) > 1:
            codes = (codes & self.lex.in_use) or codes  # "kr" is no longer the Estonian kroon
        if len(codes) == 1:
            return next(iter(codes))
        if self.hint and self.hint in codes:
            return self.hint
        # the territory or language: the caller's, else one the amount's words agree on
        if self.territory and _territory_currency(self.territory) in codes:
            return _territory_currency(self.territory)
        language = self.lang or (next(iter(langs)) if langs and len(langs) == 1 else None)
        home = self.lex.home_currency.get(language) if language else None
        if home in codes:
            return home
        if atom.is_name and len(form.home) == 1:  # the word's own language: kronor is Swedish
            return next(iter(form.home))
        for code in DEFAULT_PRIORITY:
            if code in codes:
                return code
        shown = ", ".join(sorted(codes)[:8]) + (", …" if len(codes) > 8 else "")
        self.problems.append(
            (
                atom.start,
                f"{self.text[atom.start : atom.end]!r} is ambiguous "
                f"({shown}): pass currency_hint= or lang=",
            )
        )
        return None

    def local_currency(self) -> str:
        """The currency of coins and "grand": the hint's, the territory's, else the language's."""
        if self.hint:
            return self.hint
        if self.territory and _territory_currency(self.territory):
            return _territory_currency(self.territory)
        return self.lex.home_currency.get(self.lang or "en", "USD")

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
        exponent += sum(a.data[1] for a in side.currency if _is_scaled_code(a.data))
        if exponent:
            value = _plain_integer(value.scaleb(exponent))
        if side.minor is not None:
            value += side.minor
        return value

    # --- the scan ----------------------------------------------------------------------
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
        return [] if first_only else self.link(found, spans)

    def link(self, found: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
        """Mark each mention that restates the one before it in another currency."""
        linked: list[Mention] = []
        for index, mention in enumerate(found):
            if index:
                before = linked[index - 1]
                # "CHF 100 million ($112 million), i.e. roughly €90 million": both restate CHF
                root = before.equivalent_of if before.equivalent_of is not None else index - 1
                currencies = {before.amount.currency, linked[root].amount.currency}
                if mention.amount.currency not in currencies and self.is_restatement(
                    spans[index - 1][1], spans[index][0]
                ):
                    mention = Mention(mention.amount, mention.start, mention.end, root)
            linked.append(mention)
        return linked

    def is_restatement(self, gap_first: int, gap_after: int) -> bool:
        """True when the atoms between two mentions make the second a restatement."""
        if gap_after - gap_first > MAX_GAP_ATOMS:
            return False
        gap = self.atoms[gap_first:gap_after]
        # what follows the last "(" or "," must be a link ("i.e.", "umgerechnet") or nothing
        # after "(": "€400 million for air defence (about $430 million)"
        cut = max((i for i, a in enumerate(gap) if a.kind == LPAREN or a.text == ","), default=-1)
        tail = [
            a.text.replace(" .", "")
            for a in gap[cut + 1 :]
            if a.kind not in (PUNCT, LPAREN, RPAREN)
        ]
        phrase = " ".join(tail)
        if cut >= 0 and gap[cut].kind == LPAREN and not tail:
            return True
        return bool(tail) and phrase in RESTATEMENT_LINKS

    def explain(self) -> tuple[str, int | None]:
        """Return why no amount was found, naming what was missing, and where."""
        if self.problems:
            return self.problems[0][1], self.problems[0][0]
        if not self.text.strip():
            return "empty text: no amount to parse", None
        numbers = [i for i, a in enumerate(self.atoms) if a.kind == NUM]
        numbers += [i for i, a in enumerate(self.atoms) if a.kind == WORDS and self.number_at(i)]
        currencies = [a for a in self.atoms if a.kind == CUR]
        if numbers:
            index = min(numbers)
            atom = self.atoms[index]
            end = atom.end
            for following in self.atoms[index + 1 :]:
                if following.kind == PERCENT:
                    text = self.text[atom.start : following.end]
                    return f"{text!r} is a percentage, not money", atom.start
                if following.kind not in (SCALE, WORDS):
                    break
                end = following.end
            return (
                f"no currency next to the number {self.text[atom.start : end]!r} "
                f"at position {atom.start}"
            ), atom.start
        if currencies:
            atom = currencies[0]
            return (
                f"found the currency {self.text[atom.start : atom.end]!r} at position "
                f"{atom.start} but no number"
            ), atom.start
        return f"no number and no currency in {self.text[:60]!r}", None


@lru_cache(maxsize=256)
def _territory_currency(territory: str) -> str | None:
    """Return the currency in use in an ISO 3166 territory today, per CLDR."""
    from babel.numbers import get_territory_currencies

    try:
        currencies = get_territory_currencies(territory)
    except Exception:  # noqa: BLE001 - a territory CLDR does not know
        return None
    return currencies[0] if currencies else None


def _plain_integer(value: Decimal) -> Decimal:
    """Write a whole scaled value without exponent (5E+6 -> 5000000) where precision allows."""
    if value == value.to_integral_value() and value.adjusted() < 27:
        return value.quantize(Decimal(1))
    return value


def _is_scaled_code(data: object) -> bool:
    """True for the ``(code, exponent)`` of a token such as ``MUSD``."""
    return type(data) is tuple and isinstance(data[0], str)


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


# The commonest shapes ("€5m", "$1.2bn", "EUR 1.4 billion", "1,234.56 EUR") read without the
# general grammar when no hint or language is given; anything else takes the general path.
# tests/test_parsing.py checks that both paths agree on every string of this shape.
_SIMPLE_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "US$": "USD",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
}
_SIMPLE_SCALES = {
    "k": 3,
    "K": 3,
    "m": 6,
    "M": 6,
    "mn": 6,
    "bn": 9,
    "tn": 12,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
}
_SIMPLE_RE = re.compile(
    r" ?(?:(?P<pre>US\$|[€$£₴₹₩]|[A-Z]{3}) ?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?: ?(?P<scale>[kKmM]|mn|bn|tn|thousand|million|billion|trillion))?"
    r"(?: ?(?P<post>[A-Z]{3}|€))? ?"
)


def _simple_amount(text: str) -> Amount | None:
    """Return the amount of a text of the simplest shape, or None to take the general path."""
    match = _SIMPLE_RE.fullmatch(text)
    if match is None:
        return None
    pre, post, scale = match.group("pre"), match.group("post"), match.group("scale")
    if (pre is None) == (post is None):
        return None
    if scale and post and post.isalpha() and match.start("post") == match.end("scale"):
        return None  # "5kEUR" is one word to the tokenizer
    mark = pre or post
    code = _SIMPLE_SYMBOLS.get(mark) or _code(mark)
    if not isinstance(code, str):
        return None
    value = read_number(match.group("num"))
    if scale:
        value = _plain_integer(value.scaleb(_SIMPLE_SCALES[scale]))
    return Amount(value, code)


def parse_amount(text: str, *, lang: str | None = None, currency_hint: str | None = None) -> Amount:
    """Return the first money amount ``text`` states.

    A range or a qualified amount counts as one amount; a restatement in another currency
    ("10 million euros ($11 million)") is not a second one. ``lang`` (ISO 639-1) and
    ``currency_hint`` (ISO 4217) resolve ambiguous separators, scale words and currencies.
    Raises ``ParseError`` saying what was missing when the text states no money.

    >>> parse_amount("1.500 millones de euros")
    Amount(value=Decimal('1500000000'), currency='EUR', qualifier=None, high=None)
    >>> parse_amount("2,8 Mrd. Euro", lang="de").value
    Decimal('2800000000')
    >>> parse_amount("a country of 2.8 million")
    Traceback (most recent call last):
    ...
    aidcalc.errors.ParseError: no currency next to the number '2.8 million' at position 13
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    if lang is None and currency_hint is None and len(text) < 40:
        simple = _simple_amount(text)
        if simple is not None:
            return simple
    if len(text) <= WINDOW:
        reader = _Reader(text, lang, currency_hint)
        found = reader.mentions(first_only=True)
        if not found:
            message, position = reader.explain()
            raise ParseError(message, text=text, position=position)
        return found[0].amount
    # A long text is read window by window, so that finding its first amount costs what the
    # text before that amount costs (and memory stays flat).
    first_reason = None
    for start, stop, accept_from, accept_to in _windows(text):
        reader = _Reader(text[start:stop], lang, currency_hint)
        found = reader.mentions(first_only=True, skip_before=accept_from - start)
        if found and start + found[0].start < accept_to:
            return found[0].amount
        message, position = reader.explain()
        if position is not None:  # positions in the text, not in the window
            message = message.replace(f"at position {position}", f"at position {start + position}")
            position += start
        if first_reason is None or (first_reason[1] is None and position is not None):
            first_reason = (message, position)
    message, position = first_reason
    raise ParseError(message, text=text, position=position)


WINDOW = 4000  # characters read at a time in a long text
MARGIN = 100  # context kept on each side of a window's own stretch


def _windows(text: str):
    """Yield (start, stop, accept_from, accept_to): overlapping windows cut at spaces.

    Each window owns the mentions that start in [accept_from, accept_to); the margins give
    every such mention its qualifier before and its currency after.
    """
    start = 0
    accept_from = 0
    while True:
        stop = len(text) if len(text) - start <= WINDOW else _cut(text, start, start + WINDOW)
        if stop <= start + 4 * MARGIN:  # no space to cut at: read the rest whole
            stop = len(text)
        accept_to = len(text) if stop == len(text) else stop - MARGIN
        yield start, stop, accept_from, accept_to
        if stop == len(text):
            return
        accept_from = accept_to
        start = max(_cut(text, start, accept_to - MARGIN), start + 1)


def _cut(text: str, low: int, high: int) -> int:
    """Return a place in [low, high) where no token goes on across: a space, else a bracket,
    dash or stop; -1 if the last stretch has none."""
    at = text.rfind(" ", low, high)
    if at >= 0:
        return at
    for at in range(high - 1, max(low, high - 2 * MARGIN) - 1, -1):
        if text[at] in "\n\t-–—()[];:!?$€£":
            return at
    return -1


def extract_amounts(
    text: str, *, lang: str | None = None, currency_hint: str | None = None
) -> list[Mention]:
    """Return every money amount in ``text``, in order, restatements linked.

    >>> [(m.start, m.end, m.equivalent_of) for m in extract_amounts("over €5m (about $6m)")]
    [(0, 8, None), (10, 19, 0)]
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    return _Reader(text, lang, currency_hint).mentions()
