"""Reading amounts off atoms: sides (number, scale, currency), ranges, qualifiers, coins.

A small grammar looks only a few atoms around each number: [qualifier] [opener] side [joiner
side], where a side is [currency] number [scale words] [currency] [minor units]. Nothing
backtracks, so time grows linearly with the text.

>>> [str(m.amount) for m in Reader("between $1bn and $2bn", None, None).mentions()]
['USD 1000000000-2000000000']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext
from functools import lru_cache

from ..amount import QUALIFIERS, Amount, html_span, known_currencies, markdown_text
from ..words import (
    AMOUNT_ADJECTIVES,
    AND_A_HALF,
    APOSTROPHES,
    BREAKDOWN_LINKS,
    CLOSED_RANGE_JOINERS,
    CONJUNCTIONS,
    COUNT_WORDS,
    DASHES,
    DECIMAL_WORDS,
    FILLER_LANGS,
    FRACTION_LINKS,
    GATED_QUALIFIERS,
    LANGUAGES,
    LIST_AND,
    LIST_OR,
    MINOR_UNIT_SIGNS,
    MULTIPLIERS,
    NAME_MAY_FOLLOW_WORDS,
    ORDINARY_NAMES,
    QUALIFIERS_AFTER,
    RANGE_ALONE_LANGS,
    RANGE_ARTICLES,
    RANGE_CLOSERS,
    RANGE_FROM,
    RANGE_JOINER_LANGS,
    RANGE_JOINERS,
    RANGE_JOINERS_ALONE,
    RANGE_OPENER_LANGS,
    RANGE_OPENERS,
    SIGN_QUALIFIERS,
    STOP_WORDS,
    TRAILING_SIGN_QUALIFIERS,
    UNITS,
    UNREAD_FRACTIONS,
    WHOLE_SCALES,
)
from ..words.currency import (
    COINS,
    CONTEXT_NAMES,
    COUNTED_ONLY,
    MINOR_UNITS,
    POUND_MONEY_NOUNS,
    WEIGHT_ATTRIBUTIVE,
    WEIGHT_BEFORE_NOUN,
    WEIGHT_GOODS,
    WEIGHT_LINKS,
    WEIGHT_NAMES,
    WEIGHT_STEMS,
    WEIGHT_VERBS,
    WORD_SCALES,
)
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
    RPAREN,
    SCALE,
    WORDS,
    Atom,
    atomize,
)  # fmt: skip
from .characters import clean
from .explain import explain_missing
from .language import text_language
from .lexicon import CurrencyForm, lexicon
from .numbers import (
    GROUP_ONLY,
    NUMBER_WORDS,
    is_ambiguous,
    plain_integer,
    read_number,
    read_number_words,
    regular_grouping,
)
from .rates import is_pair, states_rate
from .resolve import agreed_codes, candidates, is_scaled_code, resolve_currency
from .restatements import link_restatements
from .shared import borrow_shared, lists_on
from .tokens import strip_accents


@dataclass(frozen=True, slots=True)
class Mention:
    """One money amount found in a text.

    ``start``/``end`` are character offsets (``text[start:end]`` is the mention, qualifier
    included); ``equivalent_of`` is the index of the mention this one restates in another
    currency, as in "10 million euros ($11 million)"; ``deviation`` is filled in by
    ``aidcalc.news.candidates`` when a date is known (restated / reference-converted - 1);
    ``assumptions`` are the codes of the defaults the reading rests on
    (``explain.ASSUMPTIONS``), empty when the text decides everything.
    """

    amount: Amount
    start: int
    end: int
    equivalent_of: int | None = None
    deviation: Decimal | None = None
    assumptions: tuple[str, ...] = ()

    # the fields of ``record``, in the order tables show them
    FIELDS = (
        "start",
        "end",
        "text",
        "amount",
        "value",
        "currency",
        "qualifier",
        "high",
        "equivalent_of",
        "assumptions",
    )

    def record(self, text: str, offset: int = 0) -> dict:
        """Return the mention as one table row, keyed by ``FIELDS``: offsets (plus ``offset``,
        where ``text`` starts in a larger file), the mention as written, ``amount``
        (``str(Amount)``, exact), ``value`` and ``high`` (``Decimal``), ``currency``,
        ``qualifier``, ``equivalent_of`` and ``assumptions`` (codes, spaces apart).

        >>> text = "Aid: $11 million"
        >>> row = Mention(Amount(Decimal("11000000"), "USD"), 5, 16, None, None, ("dollar-usd",))
        >>> row.record(text, offset=100)["start"], row.record(text)["text"]
        (105, '$11 million')
        """
        amount = self.amount
        return {
            "start": offset + self.start,
            "end": offset + self.end,
            "text": text[self.start : self.end],
            "amount": str(amount),
            "value": amount.value,
            "currency": amount.currency,
            "qualifier": amount.qualifier,
            "high": amount.high,
            "equivalent_of": self.equivalent_of,
            "assumptions": " ".join(self.assumptions),
        }

    def display(self) -> str:
        """Return the mention as a notebook shows it: amount, offsets, restatement, defaults.

        >>> Mention(Amount(Decimal("11000000"), "USD"), 17, 30, 0, None, ("dollar-usd",)).display()
        '$11 million [17:30] restates #0; assumes dollar-usd'
        """
        text = f"{self.amount.display()} [{self.start}:{self.end}]"
        if self.equivalent_of is not None:
            text += f" restates #{self.equivalent_of}"
        if self.assumptions:
            text += f"; assumes {', '.join(self.assumptions)}"
        return text

    def _repr_markdown_(self) -> str:
        """Jupyter's Markdown view of ``display()``."""
        return markdown_text(self.display())

    def _repr_html_(self) -> str:
        """Jupyter's HTML view of ``display()``; the exact amount (``str``) as tooltip."""
        return html_span(self.display(), str(self.amount), "aidcalc-mention")


SIGNS = ("-",)  # the minus sign U+2212 is "-" once the text is cleaned
# glued between two numbers: a power or a fraction ("10^30", "5×10^6", "1/2"), no amount
ARITHMETIC_SIGNS = ("^", "/", "×", "*")


@dataclass(slots=True)
class _Side:
    """One end of an amount while it is being read."""

    value: Decimal | None = None
    number_text: str = ""
    scales: tuple[dict[str, int], ...] = ()
    minor: Decimal | None = None  # "20 dollars 43 cents": the 43 cents, in main units
    currency: list = field(default_factory=list)
    langs: list = field(default_factory=list)
    number_start: int = -1  # character offset of the number, for the symbol's position
    exponent: int = 0  # written power of ten: "2.5E6"
    negative: bool = False  # "-€3 million", "€ -15.00"
    addends: list = field(default_factory=list)  # "2 billion 300 million": the 300 million
    split: bool = False  # "118, 99 TL": a number split by a space after its decimal mark
    magnitude: int = 0  # "two billion" in words: the last magnitude word's value (10**9)
    plus: Decimal = Decimal(0)  # "un milione e mezzo", "£2½m": a fraction added to the count


# a sentence's stop glued to the next sentence's capitalised word, after a lower-case word of
# two letters or more ("bereitstellen.In December"; not "U.S.", "Mio.Euro" after a capital)
GLUED_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?](?=[^\W\d_]{2})")

# words for one that are no count word before a scale ("eins" stands alone) but may end a list
OTHER_END = ("eins",)
_OTHER_END_WORDS = frozenset(OTHER_END)

THOUSAND = {"en": 3}  # "grand" after a currency and its number: thousands of it

# quotation marks a press puts around quoted words ("up to", «jusqu'à», „bis zu“)
QUOTE_MARKS = frozenset("\"'“”„‟«»‘’‚‹›")


class Reader:
    """Reads amounts off the atoms of one text.

    The text is cleaned first (``characters.clean``: invisible characters dropped, look-alike
    digits made ASCII); every offset the reader reports points into the text as given.
    """

    # what a new reader starts with, unless its text, lang or hint says otherwise (values no
    # step changes in place, so shared by every reader until one assigns its own)
    lang: str | None = None
    territory: str | None = None  # a locale such as "en_AU" also names the territory whose
    # currency "grand" or "$" means
    hint: str | None = None
    refused_to = 0  # atoms before this index were refused as one number
    amount_start = -1  # where the (low) number of the amount being read starts
    range_mark = None
    high_mark: str | None = None
    range_low: Decimal | None = None  # a range's low end while its top is read
    plain_refused: tuple[int, str] | None = None  # (offset, reason) ``plain`` found the one
    # currency of a plain shape refused for

    def __init__(self, text: str, lang: str | None, currency_hint: str | None):
        self.original = text
        text, self.offsets = clean(text)
        self.text = text
        self.lex = lex = lexicon()
        if lang:
            parts = lang.replace("-", "_").split("_")
            self.lang = parts[0].lower()
            if len(parts) > 1 and len(parts[-1]) == 2:
                self.territory = parts[-1].upper()
        self._sentence_langs: dict[tuple[int, int], str | None] = {}
        if currency_hint:
            self.hint = currency_hint.upper()
        self.atoms = _split_sentence_stops(atomize(text, lex, self.lang), text, lex)
        self.problems: list[tuple[int, str]] = []
        self.assumptions: list[str] = []  # of the amount being read (``resolve`` adds to it)
        self.amount_currency: list[Atom] = []  # the currency atoms of the amount being read
        self._text_lang: object = _UNKNOWN
        self._text_marks: object = _UNKNOWN

    def in_arithmetic(self, k: int) -> bool:
        """True (the reason recorded) when the number at ``k`` is one term of a power or a
        fraction written with a sign glued to it ("10^30", "5×10^6", "1/2 million"): the text
        states no single number there, so no part of it is read as the amount."""
        atoms = self.atoms
        if not (
            (k > 0 and atoms[k - 1].text in ARITHMETIC_SIGNS)
            or (k + 1 < len(atoms) and atoms[k + 1].text in ARITHMETIC_SIGNS)
        ):
            return False  # no sign next to the number

        def term_across(sign: int, other: int) -> bool:  # number, glued sign, glued number
            return (
                0 <= other < len(atoms)
                and atoms[sign].text in ARITHMETIC_SIGNS
                and atoms[other].kind == NUM
                and atoms[max(sign, k)].adjacent
                and atoms[max(sign, other)].adjacent
            )

        glued = [atoms[j].text for j, o in ((k - 1, k - 2), (k + 1, k + 2)) if term_across(j, o)]
        if not glued:
            return False
        atom = atoms[k]
        self.problems.append(
            (
                atom.start,
                f"the number {atom.text!r} at position {self.position(atom.start)} is a term of "
                f"a power or a fraction ({'/'.join(glued)}): write the value in digits",
            )
        )
        return True

    def split_number(self, k: int) -> str | None:
        """The number at ``k`` when it is the head of a number split by a space after its mark
        ("$ 8. 94", "118, 99 TL", "€ 1, 5 million"), else None: a currency before the head or
        right after the tail (a scale word between) claims the pieces as one amount, and either
        piece alone would be its head or its tail for the whole. A tail of two digits is the
        decimal part (a price's cents), so the whole is returned joined ("118,99"; ``value_of``
        records ``split-number``); any other tail is refused: "" with the reason recorded and
        both pieces kept from being read. A word after the tail makes it the next clause's count
        ("$8. 94 people came"); with no currency before the head, a tail after a comma followed
        by a scale word, or a head that is a year, is the next clause's amount ("Of the 120, 45
        million euros", "In 2024, 50 million euros", "Since 2022, 99 € a month")."""
        atoms = self.atoms
        if not (
            k + 2 < len(atoms)
            and atoms[k + 1].kind == PUNCT
            and atoms[k + 1].text in (".", ",")
            and atoms[k + 1].adjacent
            and atoms[k + 2].kind == NUM
            and not atoms[k + 2].adjacent
            and atoms[k + 2].text.isdigit()
            and len(atoms[k + 2].text) <= 3
            and atoms[k].text[-1:].isdigit()
        ):
            return None
        j = k + 3
        while j < len(atoms) and atoms[j].kind == SCALE:
            j += 1
        currency_after = j < len(atoms) and atoms[j].kind == CUR
        ends = j >= len(atoms) or atoms[j].kind in (PUNCT, RPAREN) or currency_after
        currency_before = k > 0 and atoms[k - 1].kind == CUR
        if not (currency_after or currency_before and ends):
            return None
        head, mark, tail = atoms[k].text, atoms[k + 1].text, atoms[k + 2].text
        if not currency_before and (j > k + 3 and mark == "," or _YEAR.fullmatch(head)):
            # a clause comma: "By March 2024, 50 million euros", "Of the 120, 45 million
            # euros", "Since 2022, 99 € a month": the tail, with its scale, is the amount
            return None
        if len(tail) == 2 and mark not in head and regular_grouping(head):
            return f"{head}{mark}{tail}"  # "118, 99 TL": the cents after the decimal mark
        where = self.position(atoms[k].start)
        shown = self.text[atoms[k].start : atoms[k + 2].end]
        self.problems.append(
            (
                atoms[k].start,
                f"the number {shown!r} at position {where} is split by a space after its "
                f"mark {mark!r}: write it as one number",
            )
        )
        self.refused_to = max(self.refused_to, k + 3)
        return ""

    def number_at(self, k: int) -> tuple[_Side, int] | None:
        """Read the number and its scale words at atom ``k``; return the side and next index."""
        atoms = self.atoms
        side = _Side(number_start=atoms[k].start)
        first = k
        whole_half = self.whole_and_half(k)  # "dva a půl miliardy": 2.5, not the half alone
        if whole_half is not None:
            side.value, langs, scale = whole_half
            side.langs.append(langs)
            return self.scaled(side, scale, first)
        half = self.one_before_half(k)  # "een half miljard", "en halv milliard": a half
        one_read, k = half != k, half
        atom = atoms[k]
        if atom.kind == NUM:
            if self.in_arithmetic(k):
                return None
            joined = self.split_number(k)
            if joined == "":
                return None
            side.number_text = joined or atom.text
            side.split = bool(joined)
            k += 3 if joined else 1
            k = self.e_notation(k, side)
            k = self.glued_after_number(k, side)
            if k < 0:
                return None
        elif atom.kind == WORDS and atom.data is not None:
            if self.lang and self.after_number_word(k, frozenset({self.lang})):
                return None  # "douăzeci și un miliard": a count the lexicon does not spell
            if self.hyphen_joined(k):
                return None  # "zwei-und-vierzig": never the "vierzig" alone
            side.value = Decimal(atom.data)  # a number word of the caller's language
            count = self.count_before_spelled_scale(k)
            if count is not None:  # "půl miliarda": the count multiplies the spelled scale
                side.value *= count
                side.number_start = atoms[k - 1].start
            k += 1
        elif atom.kind == WORDS or (atom.kind == SCALE and atom.text in NUMBER_WORDS):
            words, spans = [], []
            j = k
            while j < len(atoms) and j - k < 12:
                a = atoms[j]
                if a.kind in (WORDS, SCALE, JOIN, FILLER, OTHER) and (
                    a.text in NUMBER_WORDS or a.text in ("-", "and", "of", "point")
                ):
                    words.append(a.text)
                    spans.append(j)
                    j += 1
                else:
                    break
            read = read_number_words(words)
            if read is None and not self.count_word(k):
                following = atoms[k + 1] if k + 1 < len(atoms) else None
                if atom.text in ("a", "an") and following is not None and following.is_name:
                    side.value = Decimal(1)  # "a dollar"
                    return side, k + 1
                return None
            if read is None:  # "half miljard": no English number, a count of the scale's language
                langs = self.count_langs(k)
                side.value = Decimal(COUNT_WORDS[atom.text][next(iter(langs))])
                side.langs.append(langs)
                return self.scaled(side, self.count_scale(k), first)
            side.value, used = read
            if words[used - 1] in MULTIPLIERS and MULTIPLIERS[words[used - 1]] >= 1000:
                side.magnitude = int(MULTIPLIERS[words[used - 1]])  # "one to two billion"
            if used < len(words) and words[used] in UNITS:
                # "two three million euros": two counts in a row are not one number
                self.refused_to = max(self.refused_to, spans[-1] + 1)
                where = atoms[spans[used]].end
                self.problems.append(
                    (
                        atom.start,
                        f"two numbers in a row, {self.text[atom.start : where]!r} at position "
                        f"{self.position(atom.start)}: not one amount",
                    )
                )
                return None
            k = spans[used - 1] + 1
        elif atom.kind == SCALE and atom.text in WHOLE_SCALES:
            if self.after_number_word(k, frozenset(atom.data)):
                return None  # "dois mil milhões": the count before it was not read
            side.value = Decimal(1)  # "mil millones": the scale phrase is the number
        elif self.count_word(k):
            langs = self.count_langs(k)
            if not one_read and self.after_number_word(k, langs):
                return None  # "treinta y un millones" is 31 million, not one
            side.value = Decimal(COUNT_WORDS[atom.text][next(iter(langs))])  # "un miliardo"
            side.langs.append(langs)
            scale = self.count_scale(k)
            k = k + 1 if scale is None else scale  # a range's low end: its top has the scale
        else:
            return None
        return self.scaled(side, k, first)

    def scaled(self, side: _Side, k: int, first: int) -> tuple[_Side, int] | None:
        """Read the scale words from atom ``k`` on into ``side``, and the smaller magnitudes
        that add to it (not after a currency before the number at atom ``first``); return the
        side and the next index."""
        atoms = self.atoms
        k = self.scales_at(k, side)
        if side.scales is None:
            return None
        k = self.half_after_scale(k, side)
        # "2 billion 300 million", "3 mlrd. 200 mln.": a smaller magnitude adds to the larger
        while side.scales:
            j = self.addend_at(k, side)
            if j is None:
                break
            part = _Side(number_text=atoms[j].text, number_start=atoms[j].start)
            after = self.scales_at(j + 1, part) if atoms[j + 1].kind == SCALE else j + 1
            smallest = side.addends[-1].scales if side.addends else side.scales
            if part.scales is None or (
                part.scales and not _smaller_part(smallest[-1], part.scales[0])
            ):
                break
            if not part.scales and first > 0 and atoms[first - 1].kind == CUR:
                break  # "GEL 40 million and 5 ALL": the amount's currency came first
            side.addends.append(part)
            side.langs.extend(part.langs)
            k = after
        return side, k

    def addend_at(self, k: int, side: _Side) -> int | None:
        """The index of a smaller magnitude that adds to the scaled number ending at ``k``,
        else None: "2 billion 300 million", "2 miliardi e 146 milioni di euro" (a conjunction
        between, when a currency follows the smaller scale: the whole is then one amount), and
        "10 bin 800 dolar" (a bare number under a thousand after "thousand", right before the
        currency: Turkish writes 10,800 so)."""
        atoms = self.atoms
        j = k
        if j < len(atoms) and atoms[j].text in CONJUNCTIONS and not atoms[j].adjacent:
            j += 1
        if j + 1 >= len(atoms) or atoms[j].kind != NUM:
            return None
        if not atoms[j].text.isdigit():
            # "2 millions 500 000 euros", "2 Millionen 500.000 Euro": a grouped bare number
            # right before the currency; ``value_of`` checks it is below the scale
            grouped = atoms[j + 1].kind == CUR and _whole_count(atoms[j])
            return j if grouped and not atoms[j + 1].adjacent else None
        if atoms[j + 1].kind == SCALE:
            if j == k:
                return j
            end = j + 2  # after a conjunction the currency must follow the smaller scale
            while end < len(atoms) and atoms[end].kind in (SCALE, FILLER):
                end += 1
            return j if end < len(atoms) and atoms[end].kind == CUR else None
        return j if atoms[j + 1].kind == CUR else None

    def count_cut(self, k: int) -> bool:
        """True (the reason recorded) when the number word at ``k`` follows another number word
        and a joiner ("one or two billion dollars", "un o due miliardi", "ein oder zwei
        Milliarden Euro", "von eins bis zwei Milliarden"): the first word is the other end of a
        list or range the scale word is shared with, and reading from ``k`` alone would take
        one end for the whole. A glued compound of another language is refused so too
        ("twee-en-veertig": its "en" is no count here, and "veertig" alone is a part)."""
        atoms = self.atoms
        if k < 2:
            return False
        joiner, before = atoms[k - 1], atoms[k - 2]
        if not (joiner.text in RANGE_JOINERS or joiner.text in LIST_OR or joiner.text in LIST_AND):
            return False
        if not (
            before.text in COUNT_WORDS
            or before.text in NUMBER_WORDS
            and before.text not in ("a", "an")
            or before.kind == WORDS
            and before.data is not None
            or before.text in _OTHER_END_WORDS
        ):
            return False
        shown = self.text[before.start : atoms[k].end]
        self.problems.append(
            (
                before.start,
                f"the number words {shown!r} at position {self.position(before.start)} are "
                "read as neither one number nor a range: write the values in digits",
            )
        )
        return True

    def count_word(self, k: int) -> bool:
        """True when atom ``k`` is a word for one or a half (``COUNT_WORDS``: "un", "en",
        "půl") right before a scale word of the same language ("un miliardo", "en milliard",
        "půl miliardy"); a word in capitals ("UN") is a name."""
        atom = self.atoms[k]
        if atom.text not in COUNT_WORDS:
            return False
        if self.count_scale(k) is None and self.range_scale(k) is None:
            return False
        raw = self.text[atom.start : atom.end]
        return not (raw.isupper() and len(raw) > 1) and bool(self.count_langs(k))

    def count_scale(self, k: int) -> int | None:
        """The index of the scale word a count word at ``k`` counts: the next atom, or the one
        after a filler ("jumătate de miliard"), else None."""
        atoms = self.atoms
        j = k + 1
        if j + 1 < len(atoms) and atoms[j].kind == FILLER and not atoms[j].adjacent:
            j += 1
        return j if j < len(atoms) and atoms[j].kind == SCALE else None

    def range_article(self, opener: int, k: int) -> bool:
        """True when atom ``k`` is an article of the language of the range opener at atom
        ``opener`` (``RANGE_ARTICLES``: "tra i 5 e i 10 milioni", "tussen de 3 en 5 miljoen",
        "entre los 3 y 5 millones"), followed by a number: skipped at either end of the range,
        which would else be two amounts, or its top alone."""
        atoms = self.atoms
        if not (0 <= opener < k < len(atoms) - 1) or atoms[opener].kind != OPEN:
            return False
        langs = RANGE_ARTICLES.get(atoms[k].text)
        if not langs or atoms[k + 1].kind not in (NUM, WORDS):
            return False
        return bool(langs & set(RANGE_OPENER_LANGS.get(atoms[opener].text, ())))

    def glued_after_number(self, k: int, side: _Side) -> int:
        """Check what is glued to the end of a number at atom ``k``; return the next index, or
        -1 (the reason recorded) when the number cannot be read alone.

        - a vulgar fraction after whole digits is added to them ("£2½m", "€5¾ million");
          one with no exact decimal ("⅓") or after a number with a mark is refused;
        - a combining mark ("5\u0301"), letters running on into digits ("0x10") or digits of
          another kind ("5〇〇"), or a mark glued between the number and a scale word ("€5.m")
          is refused: read alone the number would drop what follows it (issue 9 item 6).
        """
        atoms = self.atoms
        if k >= len(atoms):
            return k
        atom = atoms[k]
        start = side.number_start
        shown = self.text[start : atom.end]
        if not atom.adjacent:
            if atom.kind != OTHER or not _mixed_script(self.text[atom.start : atom.end]):
                return k
            reason = "is followed by a word mixing scripts (a look-alike letter)"
        elif atom.text in VULGAR_FRACTIONS:
            fraction = VULGAR_FRACTIONS[atom.text]
            if fraction is not None and side.number_text.isdigit():
                side.plus = fraction
                return k + 1
            reason = "has a fraction no decimal writes exactly or a mark before its fraction"
        elif all(unicodedata.combining(c) for c in atom.text):
            reason = "carries a combining mark"
        elif (atom.kind == OTHER or atom.text == "_") and (
            any(c.isnumeric() for c in atom.text)
            or k + 1 < len(atoms)
            and atoms[k + 1].adjacent
            and atoms[k + 1].kind == NUM
        ):  # "0x10", "5〇〇", and digits grouped by an underscore as code writes them ("5_000")
            if k + 1 < len(atoms) and atoms[k + 1].adjacent:
                shown = self.text[start : atoms[k + 1].end]
            reason = "runs on into other digits or letters"
        elif (
            atom.kind == PUNCT
            and atom.text in ".,"
            and k + 1 < len(atoms)
            and atoms[k + 1].adjacent
            and atoms[k + 1].kind == SCALE
        ):
            reason = "ends in a mark glued to a scale word"
        else:
            return k
        where = self.position(start)
        self.problems.append((start, f"the number {shown!r} at position {where} {reason}: refused"))
        after = k + 1
        while atom.text == "_" and after < len(atoms) and atoms[after].adjacent:
            after += 1  # the digits grouped by underscores go too: "1_000_000 USD" is no "000 USD"
        self.refused_to = max(self.refused_to, after)
        return -1

    def half_after_scale(self, k: int, side: _Side) -> int:
        """The index after "and a half" written after the scale word ("un milione e mezzo",
        "dos millones y medio": the word for "and" and the word for a half, both of the scale's
        language), ``side.plus`` set; else ``k``."""
        atoms = self.atoms
        if not side.scales or k + 1 >= len(atoms) or atoms[k].text not in LIST_AND:
            return k
        if side.value is not None and side.value != side.value.to_integral_value():
            return k
        if side.value is None and not side.number_text.isdigit():
            return k  # "2,5 milioni e mezzo" is no number
        half = COUNT_WORDS.get(atoms[k + 1].text, {})
        langs = {x for x, v in half.items() if v == "0.5"} & set(LIST_AND[atoms[k].text])
        langs &= set(side.scales[-1])
        if self.lang:
            langs &= {self.lang}
        if not langs:
            return k
        side.plus = Decimal("0.5")
        side.langs.append(frozenset(langs))
        return k + 2

    def whole_and_half(self, k: int) -> tuple[Decimal, frozenset[str], int] | None:
        """(value, languages, index of the scale word) when atom ``k`` starts a whole count,
        a word for "and" of its language (``LIST_AND``), the word for a half (with the word
        for one before it where the language writes so: "to og en halv milliard") and a
        scale word of that language: "dva a půl miliardy" is 2.5 billion, "kaksi ja puoli
        miljardia" too; else None. Read from the half alone, the whole count was lost."""
        atoms = self.atoms
        if k + 2 >= len(atoms):
            return None
        counts = COUNT_WORDS.get(atoms[k].text)
        if not counts or (k > 0 and atoms[k - 1].kind in (NUM, WORDS)):
            return None
        after = AND_A_HALF.get(atoms[k + 1].text)
        if after is not None:  # "iki buçuk milyar": one word for "and a half" after the count
            scale = self.count_scale(k + 1)
            if scale is None:
                return None
            langs = {x for x in after if x in counts and x in (atoms[scale].data or ())}
            if self.lang:
                langs &= {self.lang}
            values = {counts[x] for x in langs}
            if len(values) != 1 or "." in next(iter(values)):
                return None
            return Decimal(values.pop()) + Decimal("0.5"), frozenset(langs), scale
        if k + 3 >= len(atoms) or atoms[k + 1].text not in LIST_AND:
            return None
        j = k + 2
        ones = COUNT_WORDS.get(atoms[j].text, {})
        halves = COUNT_WORDS.get(atoms[j + 1].text, {}) if j + 1 < len(atoms) else {}
        if any(v == "1" for v in ones.values()) and any(v == "0.5" for v in halves.values()):
            j += 1  # "og en halv", "och en halv", "en een half"
        else:
            ones = {}
        half = COUNT_WORDS.get(atoms[j].text, {})
        scale = self.count_scale(j)
        if scale is None:
            return None
        langs = {
            x
            for x, v in counts.items()
            if "." not in v
            and half.get(x) == "0.5"
            and x in LIST_AND[atoms[k + 1].text]
            and (not ones or ones.get(x) == "1")
            and x in (atoms[scale].data or ())
        }
        if self.lang:
            langs &= {self.lang}
        values = {counts[x] for x in langs}
        if len(values) != 1:
            return None
        return Decimal(values.pop()) + Decimal("0.5"), frozenset(langs), scale

    def one_before_half(self, k: int) -> int:
        """The index of the word for a half when atom ``k`` is the word for one of the same
        language before it, and a scale word follows ("een half miljard", "en halv milliard":
        a half, not one), else ``k``."""
        atoms = self.atoms
        if k + 2 >= len(atoms) or atoms[k + 2].kind != SCALE:
            return k
        if k > 0 and atoms[k - 1].kind in (NUM, WORDS):
            return k  # "tjugo en halv": the word for one ends another number
        one = COUNT_WORDS.get(atoms[k].text, {})
        half = COUNT_WORDS.get(atoms[k + 1].text, {})
        langs = {x for x, v in one.items() if v == "1" and half.get(x) == "0.5"}
        if self.lang:
            langs &= {self.lang}
        else:
            langs &= set(atoms[k + 2].data or ())
        return k + 1 if langs else k

    def hyphen_joined(self, k: int) -> bool:
        """True (the reason recorded) when the number word at atom ``k`` is glued by a hyphen to
        the word before it: a compound the lexicon does not spell ("zwei-und-vierzig"), whose
        last part alone would lose its head (42 read as 40)."""
        atoms = self.atoms
        if k < 2 or not atoms[k].adjacent or atoms[k - 1].text not in DASHES:
            return False
        if not atoms[k - 1].adjacent or atoms[k - 2].kind == NUM:
            return False
        where = self.position(atoms[k - 2].start)
        self.problems.append(
            (
                atoms[k - 2].start,
                f"the number word {self.text[atoms[k].start : atoms[k].end]!r} is joined by a "
                f"hyphen to the word before it at position {where}: write the value in digits",
            )
        )
        return True

    def count_before_spelled_scale(self, k: int) -> Decimal | None:
        """The count ("půl", "pola", "половин") of the caller's language right before atom
        ``k``, a number word of that language that is a scale alone ("miliarda", "хиляда":
        a thousand, a million, a billion…), else None. Without it the count was lost and
        "půl miliarda" read as a whole billion."""
        atoms = self.atoms
        value = atoms[k].data
        if k == 0 or not self.lang or int(value) not in (10**3, 10**6, 10**9, 10**12):
            return None
        before = atoms[k - 1].text
        count = COUNT_WORDS.get(before, {}).get(self.lang)
        return None if count is None or atoms[k - 1].kind == NUM else Decimal(count)

    def range_scale(self, k: int) -> int | None:
        """The index of the scale word the count word at ``k`` shares at the low end of a range
        written in words: the scale after the top's count word ("un à deux
        milliards", "jeden až dva miliony", "von einer bis zwei Milliarden": the scale is
        written once for both ends, whose joiner must be of the count words' language)."""
        atoms = self.atoms
        if not (
            k + 3 < len(atoms)
            and atoms[k + 1].text in RANGE_JOINERS
            and atoms[k + 2].text in COUNT_WORDS
            and atoms[k + 3].kind == SCALE
        ):
            return None
        langs = RANGE_JOINER_LANGS.get(atoms[k + 1].text, NO_LANGS)
        both = set(COUNT_WORDS[atoms[k].text]) & set(COUNT_WORDS[atoms[k + 2].text])
        return k + 3 if langs & both & set(atoms[k + 3].data) else None

    def count_langs(self, k: int) -> frozenset[str]:
        """The languages of a count word before a scale word: the ``lang`` given, else those
        the two words share (empty when none, or when they give the word different values)."""
        values = COUNT_WORDS[self.atoms[k].text]
        if self.lang:
            return frozenset({self.lang}) if self.lang in values else NO_LANGS
        scale = self.count_scale(k)
        ranged = scale is None
        if ranged:
            scale = self.range_scale(k)
        if scale is None:
            return NO_LANGS
        shared = frozenset(x for x in values if x in self.atoms[scale].data)
        if ranged:  # a range's low end: the languages of its joiner too
            shared &= RANGE_JOINER_LANGS.get(self.atoms[k + 1].text, NO_LANGS)
        return shared if len({values[x] for x in shared}) == 1 else NO_LANGS

    def after_number_word(self, k: int, langs: frozenset[str]) -> bool:
        """True (the reason recorded) when a number word of ``langs`` that was not read stands
        before atom ``k`` ("treinta y un millones", "dois mil milhões"): reading from ``k``
        would lose its count, so the text is refused unless ``lang`` is given."""
        atoms = self.atoms
        j = k - 1
        if j < 0 or atoms[j].kind == NUM:
            return False
        if not (
            _is_number_word(atoms[j].text, langs)
            or j > 0
            and _is_number_link(atoms[j].text, langs)
            and _is_number_word(atoms[j - 1].text, langs)
        ):
            return False
        if not _is_number_word(atoms[j].text, langs):
            j -= 1  # "treinta y un": the count, its link, then the word for one
        where = self.position(atoms[j].start)
        self.problems.append(
            (
                atoms[j].start,
                f"the number words {self.text[atoms[j].start : atoms[k].end]!r} at position "
                f"{where} "
                + (
                    "do not read as one number: write the value in digits"
                    if self.lang
                    else "are read only in their language: pass lang="
                ),
            )
        )
        return True

    def e_notation(self, k: int, side: _Side) -> int:
        """Read a written power of ten glued to the number ("2.5E6", "1e-3")."""
        atoms = self.atoms
        if k + 1 >= len(atoms) or atoms[k].text != "e" or not atoms[k].adjacent:
            return k
        j = k + 1
        sign = 1
        if atoms[j].text in ("+", "-") and atoms[j].adjacent and j + 1 < len(atoms):
            sign = -1 if atoms[j].text == "-" else 1
            j += 1
        if atoms[j].kind == NUM and atoms[j].adjacent and atoms[j].text.isdigit():
            side.exponent = sign * int(atoms[j].text)
            return j + 1
        return k

    def scales_at(self, k: int, side: _Side) -> int:
        """Read the scale words after a number into ``side.scales``; return the next index.

        A scale may be joined by a hyphen ("$6-billion", "two-billion-dollar"). Two scale words
        in a row multiply only when the first counts units of the second, a thousand or a lakh
        before a larger scale ("mil millones", "mil milhões", "thousand crore", "lakh crore");
        any other pair is refused, ``side.scales`` is then None: a repeat or a smaller one ("5 bn
        bn", "million thousand") and a million or more before another ("€5 mio mrd", "$10bn
        trillion"), which no language writes for one amount.
        """
        atoms = self.atoms
        scales: list = []
        exponents: list[int] = []
        start = k
        while k < len(atoms) and len(scales) < 3:
            atom = atoms[k]
            if (
                atom.text == "-"
                and atom.adjacent
                and k + 1 < len(atoms)
                and atoms[k + 1].adjacent
                and atoms[k + 1].kind == SCALE
                and not scales
            ):
                k += 1  # "$6-billion"
                continue
            if atom.kind == SCALE:
                if not scales and self.unit_leads_next(k):
                    break  # "In 2024 M€ 5 were spent": the unit is the number after's
                scale = atom.data
                side.langs.append(_scale_langs(scale))
            elif atom.kind == WORDS and atom.data in WORD_SCALES:
                scale = {self.lang: WORD_SCALES[atom.data]}  # "deux mille"
            else:
                break
            if scales and not exponents:  # only a second scale word needs the powers
                exponents.append(_exponent(scales[0], None))
            exponent = _exponent(scale, None) if scales else 0
            if exponents and (exponent <= exponents[-1] or exponents[-1] >= 6):
                self.problems.append(
                    (
                        atoms[start].start,
                        f"scale words stacked, {self.text[atoms[start].start : atom.end]!r} at "
                        f"position {self.position(atoms[start].start)}: not one amount",
                    )
                )
                self.refused_to = max(self.refused_to, k + 1)
                side.scales = None  # type: ignore[assignment]
                return k
            if exponents:
                exponents.append(exponent)
            scales.append(scale)
            k += 1
        side.scales = tuple(scales)
        return k

    def currency_after(self, k: int, side: _Side) -> int:
        """Attach a currency written after the number (and scale); return the next index.

        A symbol or code set apart from this number and glued to a number of its own is that
        number's ("three $200 million loans": the $ belongs to 200; "10 $ 30 cent" keeps it).
        """
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
        if (
            j == k
            and side.scales
            and j + 1 < len(atoms)
            and atoms[j].text in AMOUNT_ADJECTIVES
            and atoms[j + 1].kind == CUR
            and atoms[j + 1].is_name
        ):
            j += 1  # "900 million emergency euros": a curated word, then a currency name
        adjective = self.adjective_narrows(j) if j == k else None
        narrowed = adjective[0] if adjective is not None else None
        if adjective is not None:
            j += adjective[1]  # "10 svenske kr", "to danske kr 23": the adjective tells which
        if j < len(atoms) and atoms[j].kind == CUR:
            atom = atoms[j]
            raw = self.text[atom.start : atom.end]
            if isinstance(atom.data, str) and raw.islower() and j != k:
                return k  # a lower-case code counts only right after the number
            if not atom.is_name and (j > k or not atom.adjacent) and self.leads_number(j):
                return k
            if atom.is_name and adjective is None and not self.name_is_money(atom, j):
                return k  # after an adjective of money ("convertible marks") a name is money
            if atom.is_name and self.weighs(atom, j, scaled=bool(side.scales)):
                return k  # "in 5 Pfund schweren Paketen": the weight, not the money
            if (
                side.currency
                and not candidates(atom) & candidates(side.currency[0])
                and j + 1 < len(atoms)
                and atoms[j + 1].kind == NUM
            ):
                return k  # "EUR 5 million USD 6 million": the code leads the next amount
            if adjective is not None:
                atom = atom._replace(start=atoms[k].start, data=narrowed or atom.data)
            side.currency.append(atom)
            if atom.is_name and isinstance(atom.data, CurrencyForm) and atom.data.langs:
                side.langs.append(atom.data.langs)
            for filler in atoms[k:j]:
                if filler.text in FILLER_LANGS:
                    side.langs.append(FILLER_LANGS[filler.text])
            return j + 1
        return k

    def amount_language(self, offset: int) -> str:
        """The language an amount at ``offset`` is read in: ``lang``, else its sentence's,
        else the text's, else English."""
        return self.lang or self.sentence_lang(offset) or self.text_lang() or "en"

    def adjective_narrows(self, j: int) -> tuple[str | None, int] | None:
        """The one code a country adjective before a currency word leaves ("svenske kr": SEK,
        "danske kroner": DKK, "sør-afrikanske rand": ZAR), and how many atoms the adjective
        takes, when atom ``j`` starts such an adjective; else None.

        The adjective is one CLDR starts a currency's name with (``Lexicon.adjective``; a
        hyphen inside it is optional), and the word after it must name that currency, alone or
        among others ("kr" is the Danish, Norwegian, Swedish and Icelandic crown): the
        adjective then decides, before any language default. A word that is a currency name
        only in other languages than the amount's (``amount_language``) and stands before a
        currency name that is no country's name is that name's adjective ("convertible", CUC's name
        in Spanish and French, in "convertible marks"): it may only narrow the noun to codes
        among the noun's own candidates ("convertible pesos": CUC); naming none of them it
        tells nothing, and the code is None: the noun is money, read as if alone, the country
        named deciding ("Bosnia … convertible marks": BAM, never CUC).
        """
        atoms = self.atoms
        if (
            j + 1 < len(atoms)
            and atoms[j].kind == CUR
            and atoms[j].is_name
            and atoms[j + 1].kind == CUR
            and atoms[j + 1].is_name
            and not atoms[j + 1].adjacent
            and isinstance(atoms[j].data, CurrencyForm)
            and isinstance(atoms[j + 1].data, CurrencyForm)
            and self.lex.gated(atoms[j + 1].text) is None  # no country name ("Ukrainos")
            and self.amount_language(atoms[j].start) not in atoms[j].data.langs
        ):
            left = atoms[j].data.codes & atoms[j + 1].data.codes
            if not left:
                return None, 1
            return (next(iter(left)), 1) if len(left) == 1 else None
        word, width = atoms[j].text if j < len(atoms) else "", 1
        if (
            j + 3 < len(atoms)
            and atoms[j + 1].text == "-"
            and atoms[j + 1].adjacent
            and atoms[j + 2].adjacent
        ):
            word, width = word + atoms[j + 2].text, 3  # "sør-afrikanske"
        if j + width >= len(atoms) or atoms[j].kind == CUR or atoms[j + width].kind != CUR:
            return None
        currency = atoms[j + width]
        form = currency.data
        if not isinstance(form, CurrencyForm) or not currency.is_name and len(form.codes) < 2:
            return None
        codes = self.lex.adjective(word)
        left = codes & form.codes if codes else frozenset()
        return (next(iter(left)), width) if len(left) == 1 else None

    def name_is_money(self, atom: Atom, j: int) -> bool:
        """False for a currency name after a number that is an ordinary word there: "real"
        before another word ("5 real problems"), "mark" outside a text in a language that
        writes it as money ("a 10 mark"); a name set apart from its number and joined by a
        hyphen to the next word, an adjective compound ("5 yen-denominated bonds", "5
        euro-area loans"; glued to its number, "700-Euro-Scheine", it stays money)."""
        atoms = self.atoms
        if (
            not atom.adjacent
            and j + 2 < len(atoms)
            and atoms[j + 1].text == "-"
            and atoms[j + 1].adjacent
            and atoms[j + 2].adjacent
            and atoms[j + 2].kind not in (NUM, CUR, SCALE)
        ):
            return False
        if atom.text in CONTEXT_NAMES:
            told = self.lang or self.text_lang()
            return told in CONTEXT_NAMES[atom.text]
        if atom.text in ORDINARY_NAMES and self.lang in (None, "en"):
            atoms = self.atoms
            following = atoms[j + 1] if j + 1 < len(atoms) else None
            return not (
                following is not None
                and following.kind in (OTHER, CUR, WORDS)
                and following.text.isalpha()
                and following.text not in NAME_MAY_FOLLOW_WORDS
            )
        return True

    def weighs(self, atom: Atom, j: int, scaled: bool = False) -> bool:
        """True when a pound name after a number is the unit of weight.

        In the order tested: a word of the goods aid is weighed in follows, directly or after
        a partitive link, scaled or not ("2 million pounds of food", "2 millones de libras de
        trigo", "5 funtów mąki"; ``WEIGHT_GOODS``); the name is joined to its number by a
        hyphen and a noun other than a money noun follows ("a 100-pound bomb", "a 50-pound
        sack"; "a 5-pound note" is money, ``POUND_MONEY_NOUNS``). With no scale word also: a
        word of weight follows ("5 Pfund schweren", "a 5 pound heavy box"), or a partitive
        link and a word other than a money noun ("5 pounds of flour", "5 livres de farine";
        "5 pounds of aid money" is money), or, after German
        "Pfund", a noun ("5 Pfund Mehl"), or, after English "pound", a noun other than a money
        noun, plural or after an article before the number ("2000 pound bombs", "a 500 pound
        bomb"; "a 20 pound note" and "nine pound today" are money). First of all, scaled or not and
        whatever follows: a verb of weighing before the number ("He weighs 180 pounds", "Er wog
        180 Pfund", "Il pesait 180 livres"; ``WEIGHT_VERBS``). ``words.currency.WEIGHT_NAMES``.
        """
        if atom.text not in WEIGHT_NAMES:
            return False
        if self.weighed_number(j):
            return True
        atoms = self.atoms
        following = atoms[j + 1] if j + 1 < len(atoms) else None
        if following is None or following.kind in (NUM, CUR, SCALE):
            return False
        word = following.text
        goods = atoms[j + 2].text if word in WEIGHT_LINKS and j + 2 < len(atoms) else word
        if goods.startswith(WEIGHT_GOODS):
            return True
        if (
            j > 0
            and atoms[j - 1].text == "-"
            and atom.adjacent
            and atoms[j - 1].adjacent
            and following.kind == OTHER
            and word.isalpha()
            and word not in _FUNCTION_WORDS
            and word not in POUND_MONEY_NOUNS
        ):
            return True  # "a 100-pound bomb"
        if scaled:
            return False
        if word.startswith(WEIGHT_STEMS):
            return True
        if (
            word in WEIGHT_LINKS
            and j + 2 < len(atoms)
            and atoms[j + 2].kind == OTHER
            and atoms[j + 2].text[:1].isalpha()
            and atoms[j + 2].text not in _FUNCTION_WORDS
            and atoms[j + 2].text not in POUND_MONEY_NOUNS
        ):
            return True  # "5 pounds of flour"; "5 pounds of which" is no noun, "of aid" money
        raw = self.text[following.start : following.end]
        if (
            atom.text in WEIGHT_ATTRIBUTIVE
            and following.kind == OTHER
            and raw.isalpha()
            and raw.islower()
            and word not in _FUNCTION_WORDS
            and word not in POUND_MONEY_NOUNS
            and (len(word) > 3 and word.endswith("s") or self.after_article(j))
        ):
            return True  # "2000 pound bombs", "a 500 pound bomb"; "nine pound today" is money
        return (
            atom.text in WEIGHT_BEFORE_NOUN
            and following.kind == OTHER
            and raw[:1].isupper()
            and raw.isalpha()
        )

    def after_article(self, j: int) -> bool:
        """True when an article stands before the number whose unit is at ``j`` ("a 500
        pound bomb"): the number, its unit and the next word are one noun phrase."""
        atoms = self.atoms
        i = j - 1
        articles = ("a", "an", "the")
        while (
            i >= 0
            and atoms[i].text not in articles
            and (atoms[i].kind in (NUM, WORDS, SCALE) or atoms[i].text == ",")
        ):
            i -= 1
        return i >= 0 and i < j - 1 and atoms[i].text in articles

    def weighed_number(self, j: int) -> bool:
        """True when a verb of weighing stands before the number whose unit is at ``j``.

        Back from the unit over the number, its scale words, a hyphen and qualifiers ("weighs
        about 180 pounds", "waży ponad 180 funtów"), the word before them is one of
        ``words.currency.WEIGHT_VERBS``."""
        atoms = self.atoms
        i = j - 1
        while i >= 0 and (
            atoms[i].kind in (NUM, WORDS, SCALE, QUAL, FILLER) or atoms[i].text in ("-", ",")
        ):
            i -= 1
        return i >= 0 and i < j - 1 and atoms[i].text in WEIGHT_VERBS

    def leads_number(self, j: int) -> bool:
        """True when the currency sign or code at ``j`` is followed by a number of its own."""
        atoms = self.atoms
        j += 1
        if j < len(atoms) and atoms[j].kind == CUR and atoms[j].adjacent:
            j += 1  # "US $"
        if j < len(atoms) and atoms[j].text in SIGNS and j + 1 < len(atoms):
            j += 1  # "€ -15.00"
        return (
            j < len(atoms)
            and atoms[j].kind == NUM
            and atoms[j].adjacent
            and atoms[j].text[0].isdigit()
        )

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
        if count is None and not article and atoms[index].text in COUNTED_ONLY:
            return None  # "grand" alone: an adjective, not a thousand
        if (
            atoms[index].text in COUNTED_ONLY
            and count is not None
            and not count.number_text
            and atoms[k - 1].text not in NUMBER_WORDS
        ):
            return None  # "deux grands contrats": English slang counts in English only
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
        if j < len(atoms) and (atoms[j].text in MINOR_UNITS or atoms[j].text in MINOR_UNIT_SIGNS):
            side.minor = cents / 100
            return j + 1
        if (
            j < len(atoms)
            and atoms[j].text.endswith(" .")
            and atoms[j].text[:-2] in MINOR_UNITS
            and (j + 1 == len(atoms) or atoms[j + 1].kind not in (NUM, CUR, SCALE))
        ):
            side.minor = cents / 100  # "$20 43c." at a sentence end: not "c." (circa)
            return j + 1
        if (
            j == len(atoms)
            or (atoms[j].kind == PUNCT and j + 1 == len(atoms))  # "43¢" ending the text
            or (atoms[j].kind in (PUNCT, RPAREN) and atoms[j].text in CLAUSE_ENDS)
        ):
            # "15 dollars 50" at the end of the text or of a clause ("($20 43)", "… 50, said")
            side.minor = cents / 100
            return j
        return k

    def side_at(self, k: int, signed: bool = False) -> tuple[_Side, int, int] | None:
        """Read one end of an amount starting at ``k``: [currency] number [scale] [currency].

        With ``signed``, a minus sign written right before the currency or the number makes
        the value negative ("-€3 million", "€ -15.00", "USD -1,000,000"); a hyphen glued to
        a word before it joins words and is no sign. Returns (side, first atom index, next
        index).
        """
        atoms = self.atoms
        first = k
        pre = None
        scale_before = None
        negative = signed and self.sign_before(k)
        if negative:
            first = k - 1
        if atoms[k].kind == CUR:
            lower_code = isinstance(atoms[k].data, str) and self.text[atoms[k].start].islower()
            if lower_code and not (
                k + 1 < len(atoms) and atoms[k + 1].kind == CUR and atoms[k + 1].adjacent
            ):
                return None  # a lower-case code ("che") leads only a symbol ("aud$ 15")
            if atoms[k].is_name and self.range_word_not_money(atoms[k]):
                return None  # "von 2 bis 3 Millionen Euro": a range word, not the won
            if (
                atoms[k].is_name
                and k > 0
                and atoms[k - 1].kind not in NAME_MAY_FOLLOW
                and (atoms[k - 1].text not in NAME_MAY_FOLLOW_WORDS)
            ):
                return None  # "twenty dollars 43 cents" is not "dollars 43"
            if is_pair(atoms, k):
                return None  # "EUR/USD 1.08": a currency pair's rate
            pre = atoms[k]
            if self.scale_glued_before(k):
                scale_before = atoms[k - 1]  # "Mds€ 2", "M€ 5", "k€ 500": 2 milliards…
                first = k - 1
            k += 1
            if (
                k < len(atoms)
                and atoms[k].kind == CUR
                and (atoms[k].adjacent or _code_names_sign(pre, atoms[k]))
            ):
                k += 1  # "US $" read as two forms; "NZD $100.70": the code tells the sign
            if (
                signed
                and not negative
                and k + 1 < len(atoms)
                and atoms[k].text in SIGNS
                and atoms[k + 1].kind == NUM
                and atoms[k + 1].adjacent
            ):
                negative = True  # "€ -15.00"
                k += 1
            if k >= len(atoms):
                return None
        coin = self.coin_at(k, pre)
        if coin is not None:
            return coin[0], first, coin[1]
        read = self.number_at(k)
        if read is None:
            return None
        side, after = read
        side.negative = negative
        if pre is not None and self.is_identifier(pre, k, side, after):
            return None
        if scale_before is not None:
            if side.scales or side.magnitude or side.exponent:
                self.refuse_two_scales(scale_before, atoms[after - 1].end, after)
                return None  # "M€ 5 Mrd": which scale?
            side.scales = (scale_before.data,)
        if pre is None and after < len(atoms) and atoms[after].text in COINS and not side.scales:
            counted = self.coin_at(after, None, count=side)
            if counted is not None:
                return counted[0], first, counted[1]
        if pre is not None:
            side.currency.append(pre)
            if not side.scales and after < len(atoms) and atoms[after].text in COUNTED_ONLY:
                side.scales = (THOUSAND,)  # "$5 grand": slang for thousands of that currency
                after += 1
        written = len(side.currency)
        after = self.currency_after(after, side)
        if (
            len(side.currency) > written
            and after < len(atoms)
            and atoms[after].kind == CUR
            and not (
                isinstance(atoms[after].data, str)
                and self.text[atoms[after].start : atoms[after].end].islower()
            )
            and self.second_name_fits(side.currency[-1], atoms[after])
            and not (after + 1 < len(atoms) and atoms[after + 1].kind in (NUM, WORDS))
        ):
            # "100 zł EUR": a second sign, upper-case code or name, to weigh against the first
            # ("10 Millionen Euro Dollar", "5 miliardi di euro dollari", "5 mln euro zł")
            after = self.currency_after(after, side)
        after = self.minor_units(after, side)
        if after < len(atoms) and atoms[after].kind == SCALE and side.currency and not side.scales:
            side.scales = (atoms[after].data,)  # "5 € Mio."
            after += 1
        if (
            not side.scales
            and after < len(atoms)
            and atoms[after].text in INDIAN_GLUED
            and atoms[after].adjacent
            and any(_is_rupee(a) for a in side.currency)
        ):
            side.scales = ({"en": INDIAN_GLUED[atoms[after].text]},)  # "₹12.5L"
            after += 1
        return side, first, after

    def second_name_fits(self, first: Atom, second: Atom) -> bool:
        """True when a currency name after another currency mark is weighed against it: a
        name that a language writing the name before it writes too, in the same case ("Euro
        Dollar", "euro dollari"), or, after a sign or code, a name of the text's language. A
        capitalised name after a lower-case one is most often a proper noun that CLDR also
        writes in a currency's name (Lithuanian "eurų Ukrainos dronams": "of Ukraine", the
        first word of "Ukrainos grivina"); a name of other languages only is a word of this
        one ("eurų oro gynybai": "air", the Spanish and Italian name of gold)."""
        if not second.is_name:
            return True
        if first.end == second.start:
            return False  # one word the lexicon cut in two
        writers = second.data.langs if isinstance(second.data, CurrencyForm) else frozenset()
        if first.is_name and isinstance(first.data, CurrencyForm):
            if not first.data.langs & writers:
                return False  # "1 mlrd. eurų oro gynybai": Lithuanian "air", Spanish "gold"
        else:
            told = self.lang or self.text_lang()
            return told is None or told in writers  # not "5 mln. € oro gynybai"
        initial = self.text[second.start]
        return initial.isupper() == self.text[first.start].isupper() or not initial.isalpha()

    def scale_glued_before(self, k: int) -> bool:
        """True when a scale word right before the currency atom ``k`` scales the number after
        that currency: the unit of a finance table written ahead of its number, which it
        scales as it does after one ("2 Mds€").

        1. Glued to the sign, with no number before the scale ("Mds€ 2", "M€ 5", "G€ 1,2",
           "k€ 500", "Mio€ 3"): always.
        2. Set apart from the currency by a space, a word of its own (not the end of a longer
           one), with no number before the scale and a number right after the currency
           ("Mio. € 5,2", "mln USD 5", "млн грн 500"): the header's unit, never dropped.
        3. Glued to the sign between two numbers, set apart from the one before ("In 2024 M€
           5", "Exercice 2024 k€ 500"): the number after takes it, unless that one is a year
           and the one before is not ("5 M€ 2024"); see ``unit_leads_next``.
        """
        atoms = self.atoms
        if k < 1 or atoms[k - 1].kind != SCALE or k - 1 < self.refused_to:
            return False
        number_before = k >= 2 and atoms[k - 2].kind in (NUM, WORDS)
        if atoms[k].adjacent:
            if not number_before:
                return True
            return not atoms[k - 1].adjacent and self.number_takes_unit(k)  # not "5M€ 3"
        if number_before or k + 1 >= len(atoms) or atoms[k + 1].kind != NUM:
            return False
        start = atoms[k - 1].start  # a word of its own, not the end of one ("संपत्ति £ 8.10")
        return start == 0 or not (
            self.text[start - 1].isalnum() or unicodedata.category(self.text[start - 1])[0] == "M"
        )

    def number_takes_unit(self, k: int) -> bool:
        """True when a number stands after the scale-and-sign unit whose sign is atom ``k``
        (a number stands before its scale too) and takes it: the number after, unless it is a
        year (four digits, 1900 to 2099) and the number before is not."""
        atoms = self.atoms
        if k + 1 >= len(atoms) or atoms[k + 1].kind != NUM:
            return False
        before, after = atoms[k - 2], atoms[k + 1]
        return not _is_year_text(after.text) or (before.kind == NUM and _is_year_text(before.text))

    def unit_leads_next(self, k: int) -> bool:
        """True when the scale atom ``k``, read after a number, is glued to a sign that the
        number after it takes ("In 2024 M€ 5": 5 M€, and 2024 is no amount)."""
        atoms = self.atoms
        return (
            k + 1 < len(atoms)
            and atoms[k + 1].kind == CUR
            and atoms[k + 1].adjacent
            and k >= 1
            and atoms[k - 1].kind in (NUM, WORDS)
            and self.scale_glued_before(k + 1)
        )

    def refuse_two_scales(self, scale: Atom, end: int, after: int) -> None:
        """Record that an amount writes a scale both before its currency and after its number
        ("M€ 5 Mrd"), and refuse every atom up to ``after``."""
        self.problems.append(
            (
                scale.start,
                f"{self.text[scale.start : end]!r} at position {self.position(scale.start)} "
                "writes a scale before the currency and another with the number: refused",
            )
        )
        self.refused_to = max(self.refused_to, after)

    def is_identifier(self, code: Atom, k: int, side: _Side, after: int) -> bool:
        """True when an upper-case code glued to a one-digit number names a thing, not an
        amount ("DEM1", "the USD2 tranche", "EUR3-class"): no scale follows, and either the code
        is no longer in use or a word other than a preposition follows, set apart or glued by a
        hyphen. The reason is recorded."""
        atoms = self.atoms
        raw = self.text[code.start : code.end]
        number = atoms[k]
        if (
            not isinstance(code.data, str)
            or not raw.isupper()
            or number.kind != NUM
            or not number.adjacent
            or not number.text.isdigit()
            or len(number.text) > 1
            or side.scales
            or side.exponent
        ):
            return False
        following = atoms[after] if after < len(atoms) else None
        noun = (
            following is not None
            and following.kind == OTHER
            and following.text.isalpha()
            and following.text not in NAME_MAY_FOLLOW_WORDS
        )
        if (
            following is not None
            and following.text in ("-", "_", "/")
            and following.adjacent
            and after + 1 < len(atoms)
            and atoms[after + 1].adjacent
            and atoms[after + 1].text[:1].isalpha()
        ):
            following, noun = atoms[after + 1], True  # "EUR3-class", "USD2-A": one name
        if code.data in self.lex.in_use and not noun:
            return False
        end = following.end if noun else number.end
        self.problems.append(
            (
                code.start,
                f"{self.text[code.start : end]!r} at position {self.position(code.start)} looks "
                "like a name (a code glued to a one-digit number), not an amount",
            )
        )
        return True

    def sign_before(self, k: int) -> bool:
        """True when a minus sign stands right before atom ``k`` (a currency or a number) and
        is neither glued to a word, number or sign before it ("post-€3m") nor the dash after
        another amount ("$5m -$3m" is left to the range reading)."""
        atoms = self.atoms
        if k == 0 or atoms[k - 1].text not in SIGNS or not atoms[k].adjacent:
            return False
        if atoms[k].kind != CUR and atoms[k].kind != NUM:
            return False
        sign = atoms[k - 1]
        if k == 1:
            return True
        before = self.text[sign.start - 1]
        if not before.isspace():
            return not (before.isalnum() or atoms[k - 2].kind == CUR)
        return atoms[k - 2].kind not in (NUM, SCALE, CUR)

    def amount_at(self, k: int) -> tuple[Amount, int, int] | None:
        """Read an amount whose number or currency is atom ``k``; return (amount, start, next)."""
        atoms = self.atoms
        self.assumptions = []
        read = self.side_at(k, signed=True)
        if read is None:
            return None
        low, first, after = read
        if after < len(atoms) and atoms[after].kind == PERCENT and atoms[after].adjacent:
            return None
        if self.part_after_word(low, after):
            return None  # "zwei Komma fünf Milliarden", "a third of a billion": refused
        if agreed_codes(_marks(low.currency)) == frozenset():
            self.refuse_conflict(low, after)  # "€100 USD": which one is meant?
            return None
        if not low.number_text and atoms[k].start == low.number_start and self.count_cut(k):
            return None
        start_index = first
        qualifier = None
        opened = False
        from_word = None  # "de 2 a 3 millones": opens the range only if one is read
        j = first - 1
        article = self.range_article(j - 1, j)  # "tra i 5 e i 10", "tussen de 3 en 5"
        if article:
            j -= 1
        if j >= 0 and (atoms[j].kind == OPEN or self.opener_named(j)):
            opened = True
            start_index = j
            j -= 1
        elif j >= 0 and atoms[j].text in RANGE_FROM:
            from_word = j
        if (
            from_word is None
            and j >= 0
            and atoms[j].kind == QUAL
            and self.qualifier_fits(atoms[j], low)
        ):
            qualifier = atoms[j].data[0]
            low.langs.append(atoms[j].data[1])
            start_index = j
        elif from_word is None and self.sign_qualifies(j):
            qualifier = SIGN_QUALIFIERS[atoms[j].text]  # "> €5m", "≥ $2bn"
            start_index = j
        elif from_word is None and self.quoted_qualifier(j, low):
            qualifier = atoms[j - 1].data[0]  # 'pledged "up to" £5 million'
            low.langs.append(atoms[j - 1].data[1])
            start_index = j - 2
        elif from_word is None and self.qualifier_before_quote(j, low):
            qualifier = atoms[j - 1].data[0]  # 'up to "€2 billion"', 'bis zu „2 Mrd. Euro“'
            low.langs.append(atoms[j - 1].data[1])
            start_index = j - 1
        high = high_value = None
        plain_start = start_index
        joiner = atoms[after] if after + 1 < len(atoms) else None
        # "до"/"do" are also qualifiers ("up to"), "a" a number word: between two numbers they
        # join a range, in their own language
        if (
            joiner is not None
            and joiner.text in RANGE_JOINERS
            and joiner.kind in (JOIN, QUAL, WORDS)
            and not self.ends_number_range(first, low)
        ):
            alone = joiner.text in RANGE_JOINERS_ALONE
            by_from = (
                not opened
                and from_word is not None
                and bool(
                    RANGE_FROM[atoms[from_word].text]
                    & RANGE_JOINER_LANGS.get(joiner.text, NO_LANGS)
                )
            )
            high_at = (
                after + 2 if opened and self.range_article(start_index, after + 1) else after + 1
            )
            closed = joiner.text in CLOSED_RANGE_JOINERS  # "5 ile 10 milyon dolar arasında"
            ranged = opened or by_from or alone or closed
            read_high = self.side_at(high_at) if ranged else None
            if read_high is not None:
                high, _, after_range = read_high
                if closed and not (opened or by_from or alone):
                    closer = atoms[after_range].text if after_range < len(atoms) else ""
                    langs = RANGE_CLOSERS.get(closer, NO_LANGS)
                    if not langs & CLOSED_RANGE_JOINERS[joiner.text]:
                        high = None  # "1,5 milyon lira ile 12 bin dolar": two amounts
                elif _is_year(low) and high.scales:
                    high = None  # "in 2023 – 4,4 mld zł": a year, then an amount
                elif not opened and self.dash_not_range(joiner, first, low, high):
                    high = None  # "Tranche 2 – €500 million", "12:30 – 5 Mio. €": a label
                elif not opened and not self.joiner_fits(
                    joiner,
                    low,
                    high,
                    RANGE_JOINER_LANGS.get(joiner.text, frozenset())
                    & RANGE_FROM.get(atoms[from_word].text, frozenset())
                    if by_from
                    else RANGE_ALONE_LANGS.get(joiner.text),
                ):
                    high = None  # "a" between numbers of an English text joins nothing
                elif from_word is not None and self.joiner_fits(
                    atoms[from_word], low, high, RANGE_FROM[atoms[from_word].text]
                ):
                    start_index = from_word  # "van 2 tot 3 miljoen"
        if high is not None and self.ends_name_two_currencies(low, high):
            high = None  # "$5m-€10m": two amounts, each its own currency, never one's range
            start_index = first if opened else plain_start  # the opener opened no range
        currency = self.currency_of(low, high)
        if currency is None:
            return None
        self.amount_currency = low.currency + (high.currency if high is not None else [])
        self.amount_start = low.number_start
        # the mark the top of a range shows, for an ambiguous low end ("118,105 – 236,21 mln")
        self.high_mark = (
            _decimal_shown(high.number_text)
            if high is not None and high.number_text and not is_ambiguous(high.number_text)
            else None
        )
        self.range_mark: str | None = None  # the decimal mark the low end was read with
        langs = self.languages(low, high)
        low_value = self.value_of(low, langs, currency)
        if low_value is None:
            # the number is refused whole: the scan must not restart inside it ("1e30 EUR"
            # was read as EUR 30 from its exponent)
            self.refused_to = max(self.refused_to, after)
            return None
        if high is not None:
            if self.range_mark is None and low.number_text:
                self.range_mark = _decimal_shown(low.number_text)  # "€1.08–3.241 million"
            high_scaled = bool(high.scales)  # by its own scale word, not the low end's
            if not high.scales and low.scales:
                high.scales = low.scales
            scaled = None
            if not low.scales and high.scales:
                # the low end read with the top's scale first, so that the top takes the mark
                # of this reading ("€1.075–1.613 million": both ends 1.0xx million)
                shared = _Side(
                    value=low.value,
                    number_text=low.number_text,
                    scales=high.scales,
                    number_start=low.number_start,
                    negative=low.negative,
                )
                scaled = self.value_of(shared, langs, currency)
                if scaled is None:
                    return None
            self.range_low = low_value if low.scales and high.scales else None
            high_value = self.value_of(high, langs, currency)
            self.range_low = None
            if high_value is None:
                return None
            if (
                not low.scales
                and not high.scales
                and high.magnitude
                and not low.magnitude
                and 0 < abs(low_value) < 1000
                and high_value >= 1000 * abs(low_value)
            ):
                low_value *= high.magnitude  # "one to two billion dollars": 1 to 2 billion
            if scaled is not None and (scaled <= high_value or high_value >= 1000 * abs(low_value)):
                low_value = scaled  # "$1-2 billion"; "€9–6 million" too: 9 to 6 million
            own_sign = any(a.start < high.number_start for a in high.currency)  # "and €2m"
            if low.negative and not (high.negative or own_sign) and high_value > 0:
                # "-€1-2 million": a sign before a range whose bare top has none applies to
                # both ends (a correction of 1 to 2 million), read low to high
                low_value, high_value = -high_value, low_value
            if high_value < low_value and high_scaled and high_value > 0:
                # a range written high to low ("€9–6 million"): read low to high, and say so
                low_value, high_value = high_value, low_value
                self.assumptions.append("range-reordered")
            if high_value > low_value and self.ends_agree(low, high, langs, currency):
                after = after_range
            elif not low.currency:
                return None  # no range, and the currency was only the other number's
            else:  # "$5 million - 10 tanks": no range, and nothing of the high end counts
                high_value = None
                self.assumptions = []
                currency = self.currency_of(low, None)
                if currency is None:
                    return None
                low_value = self.value_of(low, self.languages(low, None), currency)
                if low_value is None:
                    return None
        if (
            high_value is None
            and after < len(atoms)
            and atoms[after].text in TRAILING_SIGN_QUALIFIERS
            and atoms[after].adjacent
            and not (
                after + 1 < len(atoms)
                and atoms[after + 1].adjacent
                and atoms[after + 1].kind in (NUM, CUR, WORDS, SCALE, OTHER)
            )
        ):
            # "€5m+", "5 mln zł+": a plus glued to the amount's end, not a sum ("€5m+€3m")
            qualifier = qualifier or TRAILING_SIGN_QUALIFIERS[atoms[after].text]
            after += 1
        elif high_value is None and qualifier is None and after < len(atoms):
            qualifier, after = self.qualifier_after(after, self.languages(low, None))
        if currency in NOT_CURRENCIES:
            atom = (low.currency + (high.currency if high else []))[0]
            self.problems.append(
                (
                    atom.start,
                    f"{self.text[atom.start : atom.end]!r} at position "
                    f"{self.position(atom.start)} names no currency ({currency})",
                )
            )
            return None
        if high_value is None:
            return new_amount(low_value, currency, qualifier), start_index, after
        return Amount(low_value, currency, qualifier=qualifier, high=high_value), start_index, after

    def qualifier_after(
        self, after: int, langs: frozenset[str] | None = None
    ) -> tuple[str | None, int]:
        """The qualifier a word right after the amount gives, in a text of its language
        (``QUALIFIERS_AFTER``: "1 milyar doları aşkın" is over a billion), or, when ``lang``
        is not given, after an amount whose own words are of that language only (``langs``,
        curated: "milyar"), whatever the words around it ("a package worth 3 milyar euro
        aşkın"); and the next atom."""
        found = QUALIFIERS_AFTER.get(self.atoms[after].text)
        if found is None:
            return None, after
        own = _curated(langs) if not self.lang else None
        if (self.lang or self.text_lang()) not in found[1] and not (
            own and "en" not in own and own <= found[1]
        ):
            return None, after
        return found[0], after + 1

    def ends_agree(self, low: _Side, high: _Side, langs, code: str) -> bool:
        """False when the two ends of a range are read with different decimal marks: the low
        end shows one ("1.1990") and the high end's ambiguous number ("1.015") was read with
        the other; such a pair is no range ("1.1990 a 1.015 francos" is 1,015 francs)."""
        if not (low.number_text and high.number_text and is_ambiguous(high.number_text)):
            return True
        if is_ambiguous(low.number_text):
            return True  # "1.075 – 1.613 million €": both ends take one decision
        shown = _decimal_shown(low.number_text)
        if shown is None:
            return True
        mark = "." if "." in high.number_text else ","
        assumed = list(self.assumptions)
        decided = self._decimal_mark(high, langs, code)
        self.assumptions = assumed
        return (mark == decided) == (mark == shown)

    def quoted_qualifier(self, j: int, low) -> bool:
        """True when a qualifier in quotes stands right before the amount, as a press quotes
        the words of a statement ('pledged "up to" £5 million', '«jusqu'à» 5 millions'): the
        atoms at ``j - 2 .. j`` are a quote, a qualifier that fits the number, a quote."""
        atoms = self.atoms
        return (
            j >= 2
            and atoms[j].text in QUOTE_MARKS
            and atoms[j - 2].text in QUOTE_MARKS
            and atoms[j - 1].kind == QUAL
            and self.qualifier_fits(atoms[j - 1], low)
        )

    def qualifier_before_quote(self, j: int, low) -> bool:
        """True when the amount itself is quoted and a qualifier that fits it stands right
        before the opening quote ('up to "€2 billion"', 'more than «5 millions d'euros»',
        'bis zu „2 Mrd. Euro“'): the quote marks the words a source said, the qualifier is the
        writer's and still bounds the amount."""
        atoms = self.atoms
        return (
            j >= 1
            and atoms[j].text in QUOTE_MARKS
            and atoms[j - 1].kind == QUAL
            and self.qualifier_fits(atoms[j - 1], low)
        )

    def sign_qualifies(self, j: int) -> bool:
        """True when atom ``j``, right before an amount, is a comparison sign that qualifies it
        (``SIGN_QUALIFIERS``: "> €5m", "≥ $2bn", "<€1m"), not part of an arrow or a formula
        ("=> €5m", "x<€5m", "<b>€5m")."""
        atoms = self.atoms
        if j < 0 or atoms[j].kind != PUNCT or atoms[j].text not in SIGN_QUALIFIERS:
            return False
        if j == 0 or not atoms[j].adjacent:
            return True
        before = self.text[atoms[j].start - 1]
        return not (before.isalnum() or before in "=-<>≤≥")

    def opener_named(self, j: int) -> bool:
        """True for a range opener the lexicon took for a currency name before a number ("von
        2 bis 3 Millionen Euro": "von" is also the won in Bosnian), which ``side_at`` refused
        as a currency."""
        atom = self.atoms[j]
        return atom.kind == CUR and atom.is_name and self.range_word_not_money(atom)

    def range_word_not_money(self, atom: Atom) -> bool:
        """True for a currency name that is a curated range word ("von", "od") in a text not
        given in one of the languages that write it as money."""
        return (atom.text in RANGE_OPENERS or atom.text in RANGE_FROM) and not (
            self.lang and isinstance(atom.data, CurrencyForm) and self.lang in atom.data.langs
        )

    def joiner_fits(
        self, word: Atom, low: _Side, high: _Side, langs: frozenset[str] | None
    ) -> bool:
        """True when a range word of ``langs`` (None: a dash, or a joiner of English, which
        keep the reading they always had) is one of the amount's language: the ``lang`` given,
        else the languages the amount's words agree on (curated ones first), else its scale
        words', else the language of the text. A word joiner that is also another word ("a",
        "tot", "do") and that nothing places in a language joins nothing."""
        if langs is None or "en" in langs:
            return True
        if self.lang:
            return self.lang in langs
        scales = [_scale_langs(scale) for scale in (*low.scales, *high.scales)]
        scale_langs = frozenset.intersection(*scales) if scales else None
        for told in (_curated(self.languages(low, high)), _curated(scale_langs)):
            if told and "en" not in told:
                return bool(told & langs)  # "milhões de reais": the scale word tells
        text_lang = self.text_lang()
        if text_lang is None:
            return word.kind == JOIN  # "€2 bis €3": a word that is only a range word
        return text_lang in langs

    def part_after_word(self, low: _Side, after: int) -> bool:
        """True, a problem recorded and the atoms up to ``after`` refused, when the number of
        ``low`` is only the part of a number written in words after a word that makes it so:

        1. the decimal mark of a spelled number (``words.DECIMAL_WORDS``: "zwei Komma fünf
           Milliarden", "uno virgola cinque miliardi", "dvě celá pět miliardy") between
           another number and this one: the whole count would be lost (English "one point
           five billion" is read whole by ``read_number_words`` and never gets here);
        2. a fraction that is not read (``words.UNREAD_FRACTIONS``, with a link of its
           language or none: "a third of a billion", "two-fifths of a billion", "ein Drittel
           einer Milliarde", "een derde van een miljard") before a number in words: a third
           is no Decimal, and the number after it alone is three times the amount.
        """
        atoms = self.atoms
        j = next((i for i in range(after) if atoms[i].start == low.number_start), -1)
        if j < 2:
            return False
        word, before = atoms[j - 1], atoms[j - 2]
        decimal = DECIMAL_WORDS.get(word.text)
        if decimal is not None:
            if not (
                before.kind in (NUM, WORDS)
                or before.text in NUMBER_WORDS
                or before.text in COUNT_WORDS
                or _is_number_word(before.text, decimal)
            ):
                return False
            what = "writes a decimal in words"
        elif not low.number_text and self.fraction_before(j) is not None:
            what = "is a fraction in words (a third is no decimal number)"
            j = self.fraction_before(j) + 2
        else:
            return False
        start = atoms[j - 2].start
        self.problems.append(
            (
                start,
                f"{self.text[start : atoms[after - 1].end]!r} at position "
                f"{self.position(start)} {what}: write it in digits",
            )
        )
        self.refused_to = max(self.refused_to, after)
        return True

    def fraction_before(self, j: int) -> int | None:
        """The index of the first word of an unread fraction (``words.UNREAD_FRACTIONS``, its
        count and article included: "two-thirds", "ein Drittel", "die Hälfte") that stands
        right before atom ``j`` or before a link of its language there ("a third of", "een
        derde van"); None when there is none."""
        atoms = self.atoms
        at = j - 1
        if at >= 2 and atoms[at].kind == FILLER and atoms[at].text in APOSTROPHES:
            at -= 1  # "un tiers d'un milliard": the elided link
        langs = UNREAD_FRACTIONS.get(atoms[at].text)
        link = FRACTION_LINKS.get(atoms[at].text)
        if langs is None and link is not None and at >= 1:
            langs = UNREAD_FRACTIONS.get(atoms[at - 1].text, frozenset()) & link or None
            at -= 1
        if langs is None:
            return None
        while at >= 1 and (
            atoms[at - 1].text in NUMBER_WORDS
            or atoms[at - 1].text in COUNT_WORDS
            or atoms[at - 1].text in ("-", "die", "la", "le", "el", "het")
        ):
            at -= 1
        return at

    def dash_not_range(self, joiner: Atom, first: int, low: _Side, high: _Side) -> bool:
        """True when a dash after a bare number (no currency, no scale word) ends a label, a
        time or a heading rather than a range's low end:

        1. the top writes its currency before its own number ("Tranche 2 – €500 million",
           "Article 12 - EUR 5m"): a writer who puts the sign before the top puts it before
           the low end too ("€2–€5 million", "$1-$2 billion") or writes it once there
           ("€2–5 million");
        2. the number is the minutes of a clock time ("12:30 – €5 million", "Stand 09:15 –
           3,5 Mrd. €"), digits glued after a colon glued after digits.

        Range words keep their meaning ("between 2 and €5 million", "2 to $5m")."""
        atoms = self.atoms
        if joiner.text not in DASHES or low.currency or low.scales:
            return False
        if first > 0 and atoms[first - 1].kind == CUR:
            return False  # "€ 10.00 € 8.00 – € 10.00": the sign before was read with another
        if (
            first >= 2
            and atoms[first].kind == NUM
            and atoms[first].adjacent
            and atoms[first - 1].text == ":"
            and atoms[first - 1].adjacent
            and atoms[first - 2].kind == NUM
        ):
            return True
        return any(a.start < high.number_start for a in high.currency)

    def ends_number_range(self, first: int, low: _Side) -> bool:
        """True when the low end's number closes a range of bare numbers ("2022–2023 – …")."""
        atoms = self.atoms
        return (
            not low.currency
            and first >= 2
            and atoms[first - 1].kind == JOIN
            and atoms[first - 2].kind == NUM
        )

    def qualifier_fits(self, atom: Atom, side: _Side) -> bool:
        """A qualifier that is an ordinary English word ("do") needs its own language."""
        if atom.text not in GATED_QUALIFIERS:
            return True
        langs = atom.data[1]
        if self.lang:
            return self.lang in langs
        words = self.languages(side, None)
        symbols = [
            a.data.langs
            for a in side.currency
            if not a.is_name and isinstance(a.data, CurrencyForm) and a.data.langs
        ]
        if words and symbols:  # "do 5 mln zł": "mln" is English too, but "zł" is not
            narrowed = _curated(frozenset.intersection(words, *symbols))
            words = narrowed if narrowed else words
        return bool(words and words & langs and "en" not in words)

    def refuse_conflict(self, side: _Side, after: int) -> None:
        """Record that one amount writes marks of two currencies ("€100 USD", "$5 million
        EUR"), naming both, and refuse every atom up to ``after``."""
        marks = side.currency
        starts = [a.start for a in marks] + ([side.number_start] if side.number_start >= 0 else [])
        start, end = min(starts), max(a.end for a in marks)
        shown = " and ".join(repr(self.text[a.start : a.end]) for a in marks)
        self.problems.append(
            (
                start,
                f"{self.text[start:end]!r} at position {self.position(start)} names two "
                f"currencies ({shown}): write one, or the other amount in brackets",
            )
        )
        self.refused_to = max(self.refused_to, after)

    def ends_name_two_currencies(self, low: _Side, high: _Side) -> bool:
        """True when both ends of a would-be range write a currency of their own and no code
        is a candidate of both ("$5m-€10m", "£2bn to €3bn", "5 млн доларів – 10 млн євро"):
        that is two amounts, never a range in the first end's currency. Ends that share a
        candidate ("€5m–€10m", "$5m–C$10m") stay one range; the resolution of a shared
        mark is then ``currency_of``'s."""
        if not (low.currency and high.currency):
            return False
        ends = [
            frozenset().union(*(candidates(a) or frozenset() for a in _marks(side.currency)))
            for side in (low, high)
        ]
        return bool(ends[0] and ends[1]) and not ends[0] & ends[1]

    def currency_of(self, low: _Side, high: _Side | None) -> str | None:
        atoms = _marks(low.currency + (high.currency if high is not None else []))
        if not atoms:
            return None
        agreed = agreed_codes(atoms)
        if agreed is not None and len(agreed) == 1:
            return next(iter(agreed))  # "¥100 yuan": CNY; "£5m sterling": GBP
        written = [a for a in atoms if isinstance(a.data, str)]
        if (
            written
            and len(written) < len(atoms)
            and all(_code_names_sign(written[0], a) for a in atoms)
        ):
            return written[0].data  # "$1,190.00 AUD": the code tells the sign
        langs = self.languages(low, high)
        self.amount_start = low.number_start  # where the amount starts, for the subject rule
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

    def value_of(self, side: _Side, langs: frozenset[str] | None, code: str) -> Decimal | None:
        """Return the value of one end in units of ``code``, or None (a problem recorded) when
        it has more digits than a Decimal keeps."""
        if side.split:
            self.assumptions.append("split-number")
        if side.value is not None:
            value = side.value
        else:
            decimal = None
            text = side.number_text
            if ("." in text or "," in text) and is_ambiguous(text):
                decimal = self.decimal_mark(side, langs, code)
            if not regular_grouping(text):
                self.problems.append(
                    (
                        side.number_start,
                        f"the number {text!r} at position {self.position(side.number_start)} "
                        "groups its digits as no writing system does: not one amount",
                    )
                )
                return None
            value = read_number(side.number_text, decimal=decimal)
        value += side.plus  # "2 milioni e mezzo", "£2½m": a whole count and a fraction
        ambiguous = side.value is None and is_ambiguous(side.number_text)
        if side.addends and (value != value.to_integral_value() or ambiguous):
            # "1,5 mlrd. 200 mln. eurų": only a whole count of a scale has smaller parts; an
            # ambiguous one ("€1.295 billion 25 millions") may be a fraction, and the smaller
            # part must not decide its mark (it read 1,295 billion, a thousand times more)
            self.problems.append(
                (
                    side.number_start,
                    f"the number {side.number_text!r} at position "
                    f"{self.position(side.number_start)} has "
                    + ("a fraction" if not ambiguous else "a fraction or a thousands mark")
                    + " and a smaller part after its scale word: not one amount",
                )
            )
            last = side.addends[-1].number_start
            at = next(i for i, a in enumerate(self.atoms) if a.start == last)
            self.refused_to = max(self.refused_to, at + 1)
            return None
        exponent = side.exponent
        own = self.symbol_language(side, langs) if side.scales else None
        for scale in side.scales:
            exponent += self.exponent_of(scale, langs, own)
        for atom in side.currency:
            if is_scaled_code(atom.data):
                exponent += atom.data[1]  # "MUSD": millions
        value = _scaled(value, exponent)
        for part in side.addends:
            more = self.value_of(part, langs, code)
            if more is None:
                return None
            if not part.scales and not (more == more.to_integral_value() and more < 10**exponent):
                # "2 million 3 500 000 euros", "2 million 1.5 euros": no part of one amount
                self.problems.append(
                    (
                        part.number_start,
                        f"the number {part.number_text!r} at position "
                        f"{self.position(part.number_start)} after a scale word is not a "
                        "smaller part of the same amount: write it as one number",
                    )
                )
                at = next(i for i, a in enumerate(self.atoms) if a.start == part.number_start)
                self.refused_to = max(self.refused_to, at + 1)  # nor is it an amount alone
                return None
            exponent = min(exponent, sum(self.exponent_of(x, langs) for x in part.scales))
            value = _exact_sum(value, more)
        if side.minor is not None:
            value = _exact_sum(value, side.minor)
        if (
            value.adjusted() >= MAX_DIGITS
            or len(side.number_text) > MAX_DIGITS
            or value.adjusted() > 20
            and len(value.as_tuple().digits) > MAX_DIGITS
        ):
            shown = self.original[self.position(side.number_start) :][:40]
            self.problems.append(
                (
                    side.number_start,
                    f"the number at position {self.position(side.number_start)} ({shown!r}) has "
                    f"more digits than a value keeps ({MAX_DIGITS})",
                )
            )
            return None
        value = plain_integer(value)
        return -value if side.negative else value

    def symbol_language(self, side: _Side, langs: frozenset[str] | None) -> str | None:
        """The one curated language that writes the side's currency symbol ("zł": Polish;
        "Kč": Czech), when ``lang`` is not given and the amount's words name no single
        curated language: the symbol is the amount's own word for its scale ("5 bln zł" is
        the Polish 10^12). A code or a symbol many languages write ("$", "€") tells none."""
        if self.lang or (langs and len(langs & CURATED) == 1):
            return None
        found = {
            next(iter(own))
            for a in side.currency
            if not a.is_name
            and isinstance(a.data, CurrencyForm)
            and len(own := a.data.langs & CURATED) == 1
        }
        return found.pop() if len(found) == 1 else None

    def exponent_of(
        self, scale: dict[str, int], langs: frozenset[str] | None, own: str | None = None
    ) -> int:
        """Return the power of ten of a scale word, recording the default it rests on, if any;
        ``own`` is the language of the amount's currency symbol (``symbol_language``)."""
        exponent = _exponent(scale, langs)
        if not _varies(scale):
            return exponent
        if not self.lang and own in scale:
            return scale[own]  # "5 bln zł": the Polish symbol tells the Polish scale
        if self.lang:
            # the caller's language decides, but a word whose power differs by language and
            # that the text's own words do not confirm is recorded ("€5 billion" with
            # lang="de": the German Billion, 10^12, though the word may be English)
            if self.lang in scale and scale.get("en", exponent) != exponent:
                told = self.text_lang()
                if told != self.lang:
                    self.assumptions.append("scale-default")
            return exponent
        # the languages the amount may be in, of those aidcalc curates ("m" is 10^9 in
        # Javanese, which tells nothing about "$5m")
        among = _curated(langs) if langs else CURATED
        # with its English power: an English scale word ("billion") read in another
        # language's scale because the currency word is not English ("5 billion lire"): the
        # text must confirm it
        if len(_powers_among(scale, among)) > 1:
            sentence = self.sentence_lang(self.amount_start)
            if sentence in scale and sentence in among and sentence != "en":
                # the sentence's language tells the scale: "Die EU gibt 1 Billion Euro" is
                # 10^12 (issue 9 numfix item 8)
                return scale[sentence]
            told = self.text_lang()
            if told is None or scale.get(told) != exponent:
                default = "short-scale" if scale.get("en") == exponent else "scale-default"
                self.assumptions.append(default)
        return exponent

    def decimal_mark(self, side: _Side, langs: frozenset[str] | None, code: str) -> str:
        """Return the decimal mark of an ambiguous number ("1.500", "1,500"), by evidence.

        In this order, the amount's own writing before the text around it:

        0. a regional ``lang`` ("de_CH", "es_MX"): that locale's own mark (CLDR);
        1. the caller's ``lang`` ("12,345 $" in French);
        2. the currency's minor units: with no scale word, three digits after the mark of a
           currency with two decimals or fewer are no fraction of it ("250.000 €", "48.500 zł",
           "about €1.500", "NOK 1.500"), unless an ISO code leads a number with a point that
           ends in no zero, as ``str(Amount)`` writes it ("EUR 1.001": decimal, recorded);
        3. the language the amount's own words agree on (the curated languages of
           ``aidcalc.words`` first; English among others tells nothing): "1.500 Millionen";
           where the regions of that language disagree (``_SPLIT_MARK_LANGUAGES``: Spanish
           "1,500 millones" is 1.5 million in Spain, 1,500 million in Mexico), the currency's
           own territory decides, else ``decimal-default`` is recorded (``regional_told``);
        4. a currency sign written after the number, the continental style ("1.500 million €");
           for the top of a range whose ends both write a scale word, the mark that makes it
           rise above its low end when only one does (``rising_mark``);
        5. the language of the words around the amount (``language.text_language``);
        6. the other amounts of the text, when their numbers show one mark ("2,5 Mio. € und
           1.500 Mio. €");
        7. the default, a decimal point, recorded as ``decimal-default``.

        The high end of a range takes the low end's decision ("€1.075–1.613 million"), or the
        mark the low end shows ("€1.08–3.241 million"); an ambiguous low end takes the mark the
        top shows ("118,105 mln USD – 236,21 mln USD"), both after step 1. Two ends read with
        different marks are no range (``ends_agree``).
        """
        decided = self._decimal_mark(side, langs, code)
        if side.number_start == self.amount_start:
            self.range_mark = decided
        return decided

    def _decimal_mark(self, side: _Side, langs: frozenset[str] | None, code: str) -> str:
        mark = "." if "." in side.number_text else ","
        other = "," if mark == "." else "."
        if self.lang and self.territory:  # "de_CH" writes "171.932 Mrd." with a point
            regional = _regional_mark(self.lang, self.territory)
            if regional:
                return regional
        if self.lang:  # the caller's word first: "12,345 $" in French is 12.345 dollars
            told = self.told_mark((self.lang,))
            if told:
                return told
        signs = side.currency or self.amount_currency  # its own sign, else the shared one
        # str(Amount) writes "EUR 1.001" (a point, never a trailing zero): that is no grouping
        machine = (
            mark == "."
            and not side.number_text.rstrip().endswith("0")
            and any(isinstance(a.data, str) and a.start < side.number_start for a in signs)
        )
        if not side.scales and not side.exponent and not machine and minor_digits(code) < 3:
            return other  # three digits after the mark are no cents, whatever the language
        words = _curated(langs)  # the language the amount's own words agree on
        told = None if self.lang else self.told_mark(words)
        if told:
            return self.regional_told(told, words, code, mark)
        if self.range_mark is not None and side.number_start != self.amount_start:
            return self.range_mark  # the high end of a range is written like its low end
        if side.number_start == self.amount_start and self.high_mark is not None:
            return self.high_mark  # and the low end like its top, when only the top shows it
        if any(
            a.start > side.number_start and not a.is_name and isinstance(a.data, CurrencyForm)
            for a in signs
        ):
            return ","
        rising = self.rising_mark(side, langs)
        if rising:
            return rising
        told = self.told_mark((self.text_lang(),))
        if told:
            return told
        marks = self.text_marks()
        if len(marks) == 1:
            return next(iter(marks))
        self.assumptions.append("decimal-default")
        return "."

    def rising_mark(self, side: _Side, langs: frozenset[str] | None) -> str | None:
        """The mark that makes the top of a range, both ends with their own scale words, rise
        above its low end when only one does ("501 Mld USD – 1,002 Bln USD": 1,002 billion,
        not 1.002): the range itself is nearer evidence than the other amounts of the text."""
        low = self.range_low
        if low is None or side.number_start == self.amount_start:
            return None
        exponent = sum(_exponent(scale, langs) for scale in side.scales)
        rises = [
            mark
            for mark in (".", ",")
            if _scaled(read_number(side.number_text, decimal=mark), exponent) > low
        ]
        return rises[0] if len(rises) == 1 else None

    def regional_told(self, told: str, langs, code: str, mark: str) -> str:
        """The mark a language tells, checked against its regions: Spanish writes "1,500
        millones" with a decimal comma in Spain and a grouping comma in Mexico (CLDR es_ES and
        es_MX), while "8.500 millones" is 8,500 million in both (no one writes 8.5 with two
        trailing zeros). So for a comma in a language whose regions disagree, the currency's
        own territory (the first two letters of its ISO code: MXN, Mexico; USD, the United
        States) decides, when CLDR knows that locale; else the language's mark is kept and
        recorded as ``decimal-default`` ("1,500 millones de euros"). A ``lang`` the caller
        gives is taken as written (babel's "es" writes "1,001 mil US$")."""
        if self.lang or len(langs) != 1 or mark != ",":
            return told
        lang = next(iter(langs))
        if lang not in _SPLIT_MARK_LANGUAGES:
            return told
        regional = _regional_mark(lang, code[:2]) if code else None
        if regional:
            return regional
        self.assumptions.append("decimal-default")
        return told

    def told_mark(self, langs) -> str | None:
        """The decimal mark the languages agree on (English among others tells nothing)."""
        if not langs or None in langs or ("en" in langs and len(langs) > 1):
            return None
        marks = {self.lex.decimal_symbol.get(x) for x in langs} - {None}
        return marks.pop() if len(marks) == 1 and marks <= {".", ","} else None

    def sentence_lang(self, offset: int) -> str | None:
        """The language of the words of the sentence around ``offset`` (a text may quote
        amounts in two languages: "£1.5 billion" in an English sentence beside a German one),
        None when the sentence has fewer than ``SENTENCE_WORDS`` words or tells none."""
        text = self.text
        if offset < 0:
            return None
        # within a window, so that a text without sentence ends costs no more per amount
        low, high = max(0, offset - SENTENCE_WINDOW), min(len(text), offset + SENTENCE_WINDOW)
        # a stop, "!" or "?" before a space ends a sentence unless a lower-case word follows:
        # that stop ends an abbreviation ("1 bln. euro aan Oekraïne", "U.S. officials")
        cuts = [
            m.start()
            for m in SENTENCE_END.finditer(text, low, high)
            if m.group() == "\n" or m.end() >= len(text) or not text[m.end()].islower()
        ]
        start = max([-1, *(i for i in cuts if i < offset)])
        # a stop glued to the next sentence's first word ("bereitstellen.In December")
        glued = [
            m.start()
            for m in GLUED_STOP.finditer(text, low, high)
            if text[m.start() - 1].islower()
            and text[m.end()].isupper()
            and text[m.end() + 1].islower()
        ]
        start = max([start, *(i for i in glued if i < offset)])
        start = low - 1 if start < 0 and low > 0 else start
        stops = [i for i in cuts if i >= offset]
        stops += [i for i in glued if i >= offset]
        bounds = (start + 1, min(stops) if stops else high)
        if bounds not in self._sentence_langs:
            piece = text[bounds[0] : bounds[1]]
            # a guess from fewer words is no evidence ("AU$1.1 billion" scores as French)
            told = text_language(piece) if _has_words(piece, SENTENCE_WORDS) else None
            self._sentence_langs[bounds] = told
        return self._sentence_langs[bounds]

    def text_lang(self) -> str | None:
        """The language of the words of the whole text (computed once, when needed)."""
        if self._text_lang is _UNKNOWN:
            self._text_lang = text_language(self.text)
        return self._text_lang  # type: ignore[return-value]

    def text_marks(self) -> frozenset[str]:
        """The decimal marks the unambiguous numbers next to a currency or scale show."""
        if self._text_marks is _UNKNOWN:
            marks = set()
            atoms = self.atoms
            for index, atom in enumerate(atoms):
                if atom.kind != NUM or is_ambiguous(atom.text):
                    continue
                near = (index + 1 < len(atoms) and atoms[index + 1].kind in (CUR, SCALE)) or (
                    index > 0 and atoms[index - 1].kind == CUR
                )
                if near:
                    shown = _decimal_shown(atom.text)
                    if shown:
                        marks.add(shown)
            self._text_marks = frozenset(marks)
        return self._text_marks  # type: ignore[return-value]

    def position(self, offset: int) -> int:
        """Return the offset in the original text of an offset in the cleaned one."""
        if self.offsets is None:
            return offset
        return self.offsets[min(offset, len(self.offsets) - 1)]

    def end_position(self, offset: int) -> int:
        """Return the original offset just past the cleaned character before ``offset``."""
        if self.offsets is None or offset == 0:
            return offset
        return self.offsets[offset - 1] + 1

    def mentions(self, first_only: bool = False, skip_before: int = 0) -> list[Mention]:
        """Return the mentions in order; with ``first_only``, the first starting at or after
        ``skip_before`` (offsets in the original text)."""
        atoms = self.atoms
        found: list[Mention] = []
        spans: list[tuple[int, int]] = []  # atom index range of each mention
        k = 0
        consumed = 0
        for index in _amount_starts(atoms):
            if index < k:
                continue  # inside an amount or a rate read before
            k = index
            read = self.amount_at(k) if k >= consumed and not _counts_nothing(atoms, k) else None
            if read is None:  # "two three million euros": "three million euros" is no amount
                consumed = max(consumed, self.refused_to)
            else:
                amount, start_index, after = read
                start_index = max(start_index, consumed)
                rate_end = self.rate_end(amount, start_index, after)
                if rate_end is not None:  # "€1 = $1.09" states a rate, not money
                    consumed = k = rate_end
                    continue
                found.append(
                    Mention(
                        amount,
                        self.position(atoms[start_index].start),
                        self.end_position(atoms[after - 1].end),
                        assumptions=(
                            tuple(dict.fromkeys(self.assumptions)) if self.assumptions else ()
                        ),
                    )
                )
                spans.append((start_index, after))
                if (
                    first_only
                    and found[-1].start >= skip_before
                    and not lists_on(atoms, start_index, after)
                ):
                    # a number listed before it may borrow its currency ("8 and 12 million")
                    found, spans = borrow_shared(self, found, spans)
                    return [m for m in found if m.start >= skip_before][:1]
                consumed = after
                k = after
        if first_only:
            found, spans = borrow_shared(self, found, spans)  # a list ran to the text's end
            return [m for m in found if m.start >= skip_before][:1]
        found, spans = borrow_shared(self, found, spans)
        return link_restatements(atoms, found, spans)

    def rate_end(self, amount: Amount, first: int, after: int) -> int | None:
        """When the amount read over atoms [first, after) is the left side of an exchange rate
        ("€1 = $1.09", "1 EUR = 1.08 USD"), record why and return the atom after its right
        side; else None."""
        if not states_rate(self.atoms, after) or after + 1 >= len(self.atoms):
            return None
        saved = self.assumptions
        right = self.amount_at(after + 1)
        self.assumptions = saved
        if right is None or right[0].currency == amount.currency:
            return None
        start, end = self.atoms[first].start, self.atoms[right[2] - 1].end
        self.problems.append(
            (
                start,
                f"{self.text[start:end]!r} at position {self.position(start)} states an "
                "exchange rate, not an amount",
            )
        )
        return right[2]

    def explain(self) -> tuple[str, int | None]:
        """Return why no amount was found, naming what was missing, and where (in the original
        text)."""
        message, position = explain_missing(self)
        if position is None or self.offsets is None:
            return message, position
        original = self.position(position)
        return message.replace(f"at position {position}", f"at position {original}"), original


_STARTS_ALWAYS = frozenset({NUM, WORDS, CUR})
_START_WORDS = frozenset(COINS) | frozenset(COUNT_WORDS)  # start an amount whatever their kind
_NUMBER_SCALES = NUMBER_WORDS | frozenset(WHOLE_SCALES)  # scale words that are numbers alone


def _amount_starts(atoms: list[Atom]) -> list[int]:
    """Return the indices of the atoms an amount may start at, in order: a number, a number
    word or a currency, a coin, a count word, or a scale word that is a number on its own ("a
    million", "miljoona"). One pass over the atoms, so that ``Reader.mentions`` visits only
    these."""
    always, words, scale, numbers = _STARTS_ALWAYS, _START_WORDS, SCALE, _NUMBER_SCALES
    return [
        k
        for k, atom in enumerate(atoms)
        if atom[0] in always or atom[3] in words or (atom[0] == scale and atom[3] in numbers)
    ]


_NOT_COUNT_ONLY = frozenset({NUM, WORDS, CUR, SCALE})


def _counts_nothing(atoms: list[Atom], k: int) -> bool:
    """True when the atom at ``k`` may start an amount only as a count word (``COUNT_WORDS``:
    "to" is Norwegian for two, "on" Turkish for ten) and no scale word stands in the five
    atoms after it: every reading ``Reader.number_at`` has for a count word alone (a count
    before its scale, a whole and a half, one before a half, the low end of a spelled range)
    needs a scale word there, so ``Reader.amount_at`` would find nothing and record nothing.
    ``Reader.mentions`` skips the call (most such atoms are ordinary words: "to", "on").
    A number, number word, currency, scale word, coin or the article before a coin ("a
    dime") is never skipped."""
    atom = atoms[k]
    if atom[0] in _NOT_COUNT_ONLY or atom[3] in COINS or atom[3] in ("a", "an"):
        return False
    return not any(after[0] == SCALE for after in atoms[k + 1 : k + 6])


# Marks that end a clause: minor units written bare ("15 dollars 50") may stand before them.
CLAUSE_ENDS = frozenset('.,;:!?)]}"”»')

_UNKNOWN = object()
NO_LANGS: frozenset[str] = frozenset()
MAX_DIGITS = 28  # the default decimal context's precision: more digits would be rounded

# ISO 4217 codes that name no currency: "XXX" (no currency, also the generic sign ¤) and
# "XTS" (reserved for tests).
NOT_CURRENCIES = frozenset({"XXX", "XTS"})

# Indian abbreviations glued to a rupee amount ("₹12.5L", "Rs 3Cr"): lakh and crore.
INDIAN_GLUED = {"l": 5, "lac": 5, "lacs": 5, "cr": 7}


# the small words of every curated language, and those of its breakdown links ("of which"):
# after "of", "de", "di", no weighed noun
_FUNCTION_WORDS = frozenset().union(
    *STOP_WORDS.values(), *(phrase.split()[-1:] for phrase in BREAKDOWN_LINKS)
)


def _marks(currency: list[Atom]) -> list[Atom]:
    """The currency marks of one side, a sign glued to a code before it ("MOP$", "CUC$")
    counted as that code: the code tells which dollar the sign is."""
    return [
        atom
        for i, atom in enumerate(currency)
        if not (
            i
            and atom.adjacent
            and not atom.is_name
            and isinstance(currency[i - 1].data, str)
            and currency[i - 1].end == atom.start
        )
    ]


def _code_names_sign(one: Atom, other: Atom) -> bool:
    """True when two currency atoms may be one currency, an ISO code telling which one a shared
    sign means ("NZD $100.70", "$1,190.00 AUD"): equal codes, or a code among the other's
    candidates. A code the sign cannot mean ("€100 USD") tells nothing."""
    if isinstance(one.data, str) and isinstance(other.data, str):
        return one.data == other.data
    code, form = (one.data, other.data) if isinstance(one.data, str) else (other.data, one.data)
    return isinstance(code, str) and isinstance(form, CurrencyForm) and code in form.codes


def _curated(langs: frozenset[str] | None) -> frozenset[str] | None:
    """The languages aidcalc curates words for among ``langs``, else ``langs``: "Millionen" is
    German, though Colognian (``ksh``, decimal point in CLDR) spells it too."""
    if not langs:
        return langs
    return langs & CURATED or langs


CURATED = frozenset(LANGUAGES)


def _is_rupee(atom: Atom) -> bool:
    data = atom.data
    codes = {data} if isinstance(data, str) else getattr(data, "codes", ())
    return "INR" in codes


_VARIES: dict[int, tuple[dict, bool]] = {}
_SCALE_LANGS: dict[int, tuple[dict, frozenset[str]]] = {}


def _scale_langs(scale: dict[str, int]) -> frozenset[str]:
    """The languages that write a scale word (its dict's keys), remembered per lexicon dict."""
    cached = _SCALE_LANGS.get(id(scale))
    if cached is not None and cached[0] is scale:
        return cached[1]
    langs = frozenset(scale)
    if len(_SCALE_LANGS) >= 4096:  # scales made while reading ("deux mille") fill it: afresh
        _SCALE_LANGS.clear()
    _SCALE_LANGS[id(scale)] = (scale, langs)  # kept with the dict, whose id stays its own
    return langs


_POWERS_AMONG: dict[tuple[int, frozenset[str]], tuple[dict, frozenset[int]]] = {}


def _powers_among(scale: dict[str, int], among: frozenset[str]) -> frozenset[int]:
    """The powers a scale word has in the languages ``among``, and in English when English
    writes it (remembered per lexicon dict and set of languages, like ``_varies``)."""
    key = (id(scale), among)
    cached = _POWERS_AMONG.get(key)
    if cached is not None and cached[0] is scale:
        return cached[1]
    powers = {scale[x] for x in among if x in scale}
    if "en" in scale:
        powers.add(scale["en"])
    found = frozenset(powers)
    if len(_POWERS_AMONG) >= 4096:  # scales made while reading fill it: afresh
        _POWERS_AMONG.clear()
    _POWERS_AMONG[key] = (scale, found)  # kept with the dict, whose id stays its own
    return found


def _varies(scale: dict[str, int]) -> bool:
    """True when the curated languages give a scale word different powers ("billion")."""
    cached = _VARIES.get(id(scale))
    if cached is not None and cached[0] is scale:
        return cached[1]
    varies = len({scale[x] for x in CURATED if x in scale}) > 1
    if len(_VARIES) < 4096:  # the lexicon's own dicts live as long as the process
        _VARIES[id(scale)] = (scale, varies)
    return varies


def _is_year(side: _Side) -> bool:
    """A bare four-digit number from 1900 to 2099, without currency or scale."""
    return not side.currency and not side.scales and _is_year_text(side.number_text)


def _is_year_text(text: str) -> bool:
    """True for four digits from 1900 to 2099."""
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


_new_object = object.__new__
_set_field = object.__setattr__


def new_amount(value: Decimal, currency: str, qualifier: str | None = None) -> Amount:
    """Return ``Amount(value, currency, qualifier)`` without its checks when the reading has
    made them already (a finite Decimal, an ISO 4217 code CLDR knows, a documented
    qualifier): the same frozen value at a third of the cost. Anything else goes through
    ``Amount``, whose checks raise as before.

    >>> new_amount(Decimal("5E+6"), "EUR", "over") == Amount(Decimal("5E+6"), "EUR", "over")
    True
    """
    if (
        type(value) is not Decimal
        or not value.is_finite()
        or currency not in known_currencies()
        or (qualifier is not None and qualifier not in QUALIFIERS)
    ):
        return Amount(value, currency, qualifier=qualifier)
    amount = _new_object(Amount)
    _set_field(amount, "value", value)
    _set_field(amount, "currency", currency)
    _set_field(amount, "qualifier", qualifier)
    _set_field(amount, "high", None)
    return amount


def _scaled(value: Decimal, exponent: int) -> Decimal:
    """Return value * 10**exponent exactly: ``Decimal.scaleb`` in a context of the largest
    precision and exponent range, which never rounds (the default context's 28 digits would);
    the same digits and exponent as rebuilding the Decimal from its tuple, ten times faster."""
    if not exponent:
        return value
    return value.scaleb(exponent, _EXACT)


_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def _exact_sum(value: Decimal, more: Decimal) -> Decimal:
    """Return value + more without the context's rounding (the caller refuses too many digits)."""
    with localcontext() as context:
        context.prec = 2 * MAX_DIGITS + 4
        return value + more


SENTENCE_WINDOW = 400  # characters either side of an amount searched for its sentence's ends
_YEAR = re.compile(r"(?:19|20)\d\d")  # a head that is a year: "In 2024, 50 million euros"
SENTENCE_WORDS = 4  # words a sentence needs before its inferred language counts as evidence
SENTENCE_END = re.compile(r"[.!?] |\n")  # where a sentence may end (``Reader.sentence_lang``)

# Vulgar fractions (Unicode "No" characters) and their exact decimal values; None for those no
# decimal writes exactly ("⅓"), which are refused after a number.
VULGAR_FRACTIONS: dict[str, Decimal | None] = {
    char: (
        Decimal(str(unicodedata.numeric(char)))
        if unicodedata.numeric(char) * 1000 == int(unicodedata.numeric(char) * 1000)
        else None
    )
    for char in "\u00bc\u00bd\u00be" + "".join(chr(c) for c in range(0x2150, 0x215F))
}


def _mixed_script(word: str) -> bool:
    """True when ``word`` mixes letters of the Latin, Cyrillic and Greek scripts ("mіllion"
    with a Cyrillic "і"): a look-alike, never a word of any language."""
    scripts = {
        unicodedata.name(c, "?").split(" ")[0] for c in word if c.isalpha() and not c.isascii()
    }
    if any(c.isascii() and c.isalpha() for c in word):
        scripts.add("LATIN")
    return len(scripts & {"LATIN", "CYRILLIC", "GREEK"}) > 1


# languages whose main regions write the decimal mark differently (CLDR: es_ES "1,5", es_MX
# "1.5"; pt_BR and pt_PT agree, as do the regions of the other curated languages but English,
# whose "." the regions that write "," (en_ZA) rarely use for money in news)
_SPLIT_MARK_LANGUAGES = frozenset({"es"})


@lru_cache(maxsize=64)
def _regional_mark(lang: str, territory: str) -> str | None:
    """The decimal mark of a regional locale (CLDR, through babel): "de_CH" writes ".", though
    German writes ","; None when the locale is unknown or its mark is neither."""
    from babel.numbers import get_decimal_symbol

    try:
        mark = get_decimal_symbol(f"{lang}_{territory}")
    except Exception:  # noqa: BLE001 - a locale CLDR does not know
        return None
    return mark if mark in (".", ",") else None


@lru_cache(maxsize=64)
def _number_tokens(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return (number words, links) of ``lang`` in the lexicon, without accents ("și" and "şi"
    alike): the words that are a number alone ("treinta", "dois"), with the first five letters
    of the longer ones so that a form the lexicon lacks ("veintiún") is known too; and the
    other words of its number phrases, which join numbers ("y", "și", "de")."""
    words = lexicon().number_words.get(lang, {})
    alone = {strip_accents(phrase) for phrase in words if " " not in phrase}
    alone |= {word[:5] for word in alone if len(word) >= 5}
    links = {strip_accents(token) for phrase in words for token in phrase.split()} - alone
    return frozenset(alone), frozenset(links)


def _is_number_word(word: str, langs: frozenset[str]) -> bool:
    """True when ``word`` is, or starts like, a number word of one of ``langs``."""
    bare = strip_accents(word)
    return any(bare in _number_tokens(x)[0] or bare[:5] in _number_tokens(x)[0] for x in langs)


def _is_number_link(word: str, langs: frozenset[str]) -> bool:
    """True when ``word`` joins number words in one of ``langs`` ("y" in "treinta y uno")."""
    bare = strip_accents(word)
    return any(bare in _number_tokens(x)[1] for x in langs)


@lru_cache(maxsize=512)
def minor_digits(code: str) -> int:
    """The number of decimals of a currency (CLDR, through babel); 2 when unknown."""
    from babel.numbers import get_currency_precision

    try:
        return get_currency_precision(code)
    except Exception:  # noqa: BLE001 - a code CLDR does not know
        return 2


@lru_cache(maxsize=50_000)
def _decimal_shown(number: str) -> str | None:
    """Return the decimal mark an unambiguous number shows ("1.234,5" and "15,5": ","), or
    None when it shows none (remembered per number text)."""
    if any(c in GROUP_ONLY for c in number) or number.startswith((".", ",")):
        return None
    marks = [c for c in number if c in ".,"]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    groups = number.split(marks[0])
    if len(marks) > 1:  # "1.234.567": the mark groups, so the other one is decimal
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return "," if marks[0] == "." else "."
        return None  # "04.11.2024" is a date, not a number
    return marks[0]  # one mark, not three digits after it: "15,5", "2.25"


def _has_words(piece: str, least: int) -> bool:
    """True when ``piece`` holds ``least`` words (runs without a space) of two letters or more.

    >>> _has_words("AU$1.1 billion", 4), _has_words("Kyiv got €5m from them", 4)
    (False, True)
    """
    count = 0
    for word in piece.split():
        if (len(word) > 1 and word.isalpha()) or sum(c.isalpha() for c in word) >= 2:
            count += 1
            if count >= least:
                return True
    return False


def _split_sentence_stops(atoms: list[Atom], text: str, lex) -> list[Atom]:
    """Cut the full stop off a scale or currency word that ends a sentence ("£4.1bn. The …").

    A dotted abbreviation ("bn.", "mil.") may mean another power of ten than the same word
    without the dot in some language; at a sentence end the dot is the full stop, so the word
    means what it means without the dot (any language the dotted form adds joins it). A
    dotted currency abbreviation ("грн.") keeps its meaning and loses only the stop, so that
    the mention ends where the amount does.
    """
    out = atoms
    if "." not in text:
        return out
    kinds = _SCALE_OR_CURRENCY
    for index in reversed([k for k, atom in enumerate(atoms) if atom[0] in kinds]):
        atom = atoms[index]
        if not atom.text.endswith(" ."):
            continue
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        after = atoms[index + 2] if index + 2 < len(atoms) else None
        scale = atom.data if atom.kind == SCALE else None
        if (
            scale is not None
            and index > 1
            and not _whole_count(atoms[index - 1])
            and atoms[index - 2].kind == CUR
        ):
            scale = {}  # "EUR 6.4 bil. 2 mld": a fraction with its currency is a whole amount
        if not _ends_sentence(following, text, atom.end, after, scale):
            continue
        if atom.kind == SCALE:
            bare = lex.scales.get(atom.text[:-2])
            if bare is None:
                continue
            data = {**bare, **atom.data}
        else:  # "300 млн грн.": the currency keeps its meaning; the stop is not part of it
            data = atom.data
        if out is atoms:
            out = list(atoms)
        dot = text.rindex(".", atom.start, atom.end)
        word_end = len(text[atom.start : dot].rstrip()) + atom.start
        out[index : index + 1] = [
            atom._replace(end=word_end, text=atom.text[:-2], data=data),
            Atom(PUNCT, dot, dot + 1, ".", None, word_end == dot),
        ]
    return out


_SCALE_OR_CURRENCY = frozenset({SCALE, CUR})


def _ends_sentence(
    following: Atom | None,
    text: str,
    end: int,
    after: Atom | None = None,
    scale: dict[str, int] | None = None,
) -> bool:
    """True when what follows a dot ends a sentence: nothing, a capital, a quote or bracket, a
    new line, a currency sign glued to a number of its own ("€1 bln. €1.00"), a number with its
    own sign after it ("€1 bln. 1,00 €"), a dash before words ("€1 bln. – more"), and after a
    dotted ``scale`` word (its powers of ten by language) a number without a smaller scale word
    of the same language ("€5bn. 2 more came", "$5bn. 2024 will", "$5bn. 2bn more": a repeat of
    the magnitude is a new amount); never another currency ("5 Mrd. Euro"), a number after a
    dotted currency prefix ("Bs. 100", "Rs. 500") or a number that carries the next, smaller
    part of the same amount ("3 mlrd. 200 mln.", "2 Mrd. 300 Mio. Euro")."""
    if following is None:
        return True
    if following.kind == CUR and after is not None and after.kind == NUM and after.adjacent:
        return True  # "€1 bln. €1.00": the sign leads an amount of its own, a new item
    if following.kind == NUM and after is not None and after.kind == CUR and not after.is_name:
        return True  # "€1 bln. 1,00 €": a number with its own sign after it, a new item
    if following.kind == NUM and scale is not None:
        return after is None or after.kind != SCALE or not _smaller_part(scale, after.data)
    if following.kind in (CUR, NUM):
        return False
    if following.kind == JOIN and following.text in DASHES:
        # "€1 bln. – more": a dash before words is a pause, not a range to a second number
        return after is None or not (
            after.kind in (NUM, CUR, SCALE)
            or after.kind == WORDS
            and after.text in NUMBER_WORDS
            and after.text not in ("a", "an")
        )
    first = text[following.start]
    if following.kind == PUNCT and first in ".!?;:,…":  # "bn.." or "Mrd.," : the dot was the
        return True  # abbreviation's, and what follows ends or breaks the sentence
    return first.isupper() or first in "\"'“”«»)]}" or "\n" in text[end : following.start]


def _whole_count(atom: Atom) -> bool:
    """True unless ``atom`` is a number with a fractional part ("6.4", "1,5"): only a whole
    count of a scale has a smaller part written after it ("3 mlrd. 200 mln.", "1.500 Mrd. …")."""
    if atom.kind != NUM:
        return True
    text = atom.text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    parts = text.replace(",", ".").split(".")
    return all(len(p) == 3 for p in parts[1:]) and regular_grouping(text)


def _smaller_part(scale: dict[str, int], part: dict[str, int]) -> bool:
    """True when the scale word ``part`` is a smaller power of ten than ``scale`` in a language
    both belong to: "2 billion 300 million" (English 10⁹ then 10⁶) and "3 mlrd. 200 mln."
    (Lithuanian) are one amount; "$5bn. 2bn" (a repeat) and "$5bn. 2 bln" (no language writes
    both: the first word is read as Afrikaans 10¹² only because of its dot) are two."""
    return any(part[x] < scale[x] for x in part if x in scale)


_EXPONENTS: dict[tuple[int, frozenset[str] | None], tuple[dict, int]] = {}


def _exponent(scale: dict[str, int], langs: frozenset[str] | None) -> int:
    """Return the power of ten a scale word means in the amount's language (remembered per
    scale dict of the lexicon and set of languages, like ``_varies``)."""
    key = (id(scale), langs)
    cached = _EXPONENTS.get(key)
    if cached is not None and cached[0] is scale:
        return cached[1]
    exponent = _exponent_of(scale, langs)
    if len(_EXPONENTS) >= 4096:  # scales made while reading ("deux mille") fill it: afresh
        _EXPONENTS.clear()
    _EXPONENTS[key] = (scale, exponent)  # kept with the dict, whose id stays its own
    return exponent


def _exponent_of(scale: dict[str, int], langs: frozenset[str] | None) -> int:
    if langs:
        values = {scale[x] for x in langs if x in scale}
        if len(values) == 1:
            return values.pop()
        if "en" in langs and "en" in scale:
            return scale["en"]
    if "en" in scale:
        return scale["en"]
    return Counter(scale.values()).most_common(1)[0][0]
