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
from decimal import Decimal

from ..amount import QUALIFIERS, Amount, known_currencies
from ..words import (
    AFTER_PARTICLES,
    APOSTROPHES,
    CJK_DIGIT_UNITS,
    CJK_GROUP_UNITS,
    CLOSED_RANGE_JOINERS,
    COUNT_WORDS,
    DASHES,
    DECIMAL_WORDS,
    FRACTION_LINKS,
    GATED_QUALIFIERS,
    HYPHEN_QUALIFIERS,
    LABEL_NOUNS,
    MINUS_WORDS,
    NAME_MAY_FOLLOW_WORDS,
    ORDINARY_NAMES,
    PLUS_WORDS,
    PRICE_EACH_WORDS,
    PURPOSE_WORDS,
    QUALIFIER_FORMS,
    QUALIFIERS_AFTER,
    RANGE_ALONE_LANGS,
    RANGE_CLOSERS,
    RANGE_FROM,
    RANGE_JOINER_LANGS,
    RANGE_JOINERS,
    RANGE_JOINERS_ALONE,
    RANGE_OPENERS,
    SIGN_QUALIFIERS,
    TRAILING_SIGN_QUALIFIERS,
    UNREAD_FRACTIONS,
    WHOLE_SCALES,
    WORTH_AFTER_NOUNS,
)
from ..words.currency import (
    COINS,
    COUNTED_ONLY,
    WORD_SCALES,
)
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    LPAREN,
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
    range_frame,
)  # fmt: skip
from .cells import accounting_bracket
from .changes import (
    Change,
    before_ends_fitly,
    change_joiner,
    compared_at,
    counts_word,
    joins_change,
    mark_changes,
    to_of_change,
    value_after_languages,
    value_before_at,
)
from .characters import clean
from .currency_beside import CurrencyBeside, names_event
from .explain import explain_missing
from .lexicon import CurrencyForm, lexicon
from .mention import Mention
from .number_spans import _YEAR, VULGAR_FRACTIONS, NumberSpans, fraction_hyphens, spelled_runs
from .numbered import grouped_after_name, split_numbered
from .numbers import (
    GROUP_ONLY,
    NUMBER_WORDS,
    is_ambiguous,
    read_number,
)
from .products import product_before
from .rates import is_pair, states_rate
from .resolve import agreed_codes, candidates, resolve_currency
from .restatements import link_restatements
from .shared import WRITTEN_OUT, borrow_shared, lists_on
from .side_value import SideValue
from .sides import (
    CURATED,
    NO_LANGS,
    SIGNS,
    UNKNOWN,
    Side,
    StopScale,
    _curated,
    _decimal_shown,
    _is_number_word,
    _scale_langs,
    _smaller_part,
    _whole_count,
)

MULTIPLY_SIGNS = frozenset({"x", "×", "*"})  # between a count and an amount: "2 x €50 million"


def _than_after() -> dict[str, frozenset[str]]:
    """{qualifier of two words written after an amount ("or more"): the words after which its
    last word opens a comparison instead}: the second words of the qualifiers of its languages
    that start with that word ("more than": "than"; "mehr als": "als"; "plus de": "de")."""
    table: dict[str, frozenset[str]] = {}
    for phrase, (_, langs) in QUALIFIERS_AFTER.items():
        words = phrase.split()
        if len(words) != 2:
            continue
        table[phrase] = frozenset(
            form.split()[1].rstrip("'’")
            for forms in QUALIFIER_FORMS.values()
            for lang in langs
            for form in forms.get(lang, ())
            if len(form.split()) > 1 and form.split()[0] == words[1]
        )
    return table


_THAN_AFTER = _than_after()
# the most a range's low end read with its top's scale may exceed the top (a range written
# high to low, "€9–6 million"); beyond it the low end keeps its own value when written in full
# ("$500,000 to $2 million") and is refused when nothing tells its own scale ("between €500 and
# €2 million")
RANGE_FALL = 10
THOUSAND = {"en": 3}  # "grand" after a currency and its number: thousands of it

# quotation marks a press puts around quoted words ("up to", «jusqu'à», „bis zu“)
QUOTE_MARKS = frozenset("\"'“”„‟«»‘’‚‹›")


class Reader(SideValue, NumberSpans, CurrencyBeside):
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
    change: Change | None = None  # the amount just read is a change of value, two amounts
    plain_refused: tuple[int, str] | None = None  # (offset, reason) ``plain`` found the one
    # currency of a plain shape refused for

    def __init__(self, text: str, lang: str | None, currency_hint: str | None):
        # every attribute a reader has is set here, in one order, the defaults above included:
        # the interpreter then keeps each reader's attributes in one shared layout, which makes
        # reading them cheaper than reading a default off the class
        self.lang = self.territory = self.hint = None
        self.refused_to = 0
        self.amount_start = -1
        self.range_mark = self.high_mark = self.range_low = None
        self.change = self.plain_refused = None
        self.word_langs: frozenset[str] | None = None  # ``languages`` without the hint
        self._sentence_cuts = None
        self.original = text
        text, self.offsets = clean(text)
        self.text = text
        self.gapped = _has_gap(text)  # ``_cut_by_gap`` can find a cut number
        self.lex = lex = lexicon()
        if lang:
            parts = lang.replace("-", "_").split("_")
            self.lang = parts[0].lower()
            if len(parts) > 1 and len(parts[-1]) == 2:
                self.territory = parts[-1].upper()
        self._sentence_langs: dict[tuple[int, int], str | None] = {}
        self._sentence_piece: tuple[int, int] | None = None  # ``side_value._told_alone``
        self.shared_assumed: tuple[str, ...] = ()  # ``shared._value``'s defaults, not yet kept
        if currency_hint:
            self.hint = currency_hint.upper()
        dotted: list[int] = []  # the atoms the full stop may be cut off (``atomize``)
        self.atoms = _split_sentence_stops(atomize(text, lex, self.lang, dotted), text, lex, dotted)
        self.atoms = fraction_hyphens(self.atoms, text)  # "one-and-a-half billion"
        # number words of the one language they and their scale word are, or of ``lang``
        # ("dos mil trescientos millones"): {atom index: those languages}
        self.atoms, self.spelled = spelled_runs(self.atoms, lex, self.lang)
        # "Article 3 250 euros", "On March 15 250 million dollars": the label's number or the
        # day, then the amount (aidcalc.parsing.numbered)
        self.atoms = split_numbered(self.atoms, text)
        self.problems: list[tuple[int, str]] = []
        self.assumptions: list[str] = []  # of the amount being read (``resolve`` adds to it)
        self.amount_currency: list[Atom] = []  # the currency atoms of the amount being read
        self._text_lang: object = UNKNOWN
        self._text_marks: object = UNKNOWN

    def side_at(self, k: int, signed: bool = False) -> tuple[Side, int, int] | None:
        """Read one end of an amount starting at ``k``: [currency] number [scale] [currency].

        With ``signed``, a minus sign written right before the currency or the number makes
        the value negative ("-€3 million", "€ -15.00", "USD -1,000,000"); a hyphen glued to
        a word before it joins words and is no sign. Returns (side, first atom index, next
        index).
        """
        atoms = self.atoms
        first = k
        pre = second = None
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
            if names_event(self.text, atoms, k):
                self.problems.append(_event_named(self, k))
                return None  # "Euro 2024: 5 million fans": a name and its year, no amount
            if (
                atoms[k].is_name
                and k > 0
                and atoms[k - 1].kind not in NAME_MAY_FOLLOW
                and (atoms[k - 1].text not in NAME_MAY_FOLLOW_WORDS)
                and not _capital_name_scaled(self.text, atoms, k)
            ):
                return None  # "twenty dollars 43 cents" is not "dollars 43"
            if atoms[k].text in ORDINARY_NAMES and self.lang in (None, "en"):
                return None  # "in real 2020 terms", "real 2020 GDP": an English adjective
            if is_pair(atoms, k):
                return None  # "EUR/USD 1.08": a currency pair's rate
            pre = atoms[k]
            glued_before = self.scale_glued_before(k)
            if glued_before is None:
                return None  # "billion €3": the scale of "€3" or the end of what went before
            if glued_before:
                scale_before = atoms[k - 1]  # "Mds€ 2", "M€ 5", "k€ 500": 2 milliards…
                first = k - 1
            k += 1
            if (
                k < len(atoms)
                and atoms[k].kind == CUR
                and (atoms[k].adjacent or _code_names_sign(pre, atoms[k]))
            ):
                # "US $" read as two forms; "NZD $100.70": the code tells the sign; a sign
                # that shares no currency with the mark before it ("€$5 million") is a second
                # currency, kept to be refused as two
                if not _code_names_sign(pre, atoms[k]) and not candidates(pre) & candidates(
                    atoms[k]
                ):
                    second = atoms[k]
                k += 1
            if (
                signed
                and not negative
                and k + 1 < len(atoms)
                and atoms[k].text in SIGNS
                and atoms[k + 1].kind == NUM
                and atoms[k + 1].adjacent
                # a hyphen glued to a currency word's letter joins a compound ("Euro-2024",
                # "EUR-2024"): no minus sign
                and not (atoms[k].adjacent and self.text[atoms[k].start - 1].isalpha())
            ):
                negative = True  # "€ -15.00"
                k += 1
            if k >= len(atoms):
                return None
        coin = self.coin_at(k, pre)
        if coin is not None:
            return coin[0], first, coin[1]
        if (
            pre is None
            and k > 0
            and atoms[k - 1].kind == CUR
            and names_event(self.text, atoms, k - 1)
        ):
            self.problems.append(_event_named(self, k - 1))
            return None  # "Euro 2024 EUR": the event's year, not a number of the code after it
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
            if second is not None:
                side.currency.append(second)  # "€$5": two currencies, refused by amount_at
            if not side.scales and after < len(atoms) and atoms[after].text in COUNTED_ONLY:
                side.scales = (THOUSAND,)  # "$5 grand": slang for thousands of that currency
                after += 1
            elif not (side.scales or side.magnitude or side.exponent):
                cut = self.clipped_scale_after(atoms[after - 1].end, after)
                if cut is None:
                    return None  # "$5 trill", "€5 milli": a scale word cut short, refused
                if cut:
                    side.scales = (cut,)  # "Kč 5 tis": "tis." without its point
                    after += 1
                elif self.letter_glued_after(side, after) < 0:
                    return None  # "€5G", "US$ 2.5J": a unit read in no language, refused
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
            and side.currency
        ):
            # "₹12.5L", "Rs 3Cr", and after any sign as babel's en_IN compact format writes
            # them: "$25L" is 2.5 million dollars, never 25
            side.scales = ({"en": INDIAN_GLUED[atoms[after].text]},)
            after += 1
        return side, first, after

    def letter_glued_after(self, side: Side, after: int) -> int:
        """Refuse (-1, the reason recorded) a number written after its sign with one letter
        glued after it that no step read as a scale, a lakh or crore letter (``INDIAN_GLUED``)
        or a currency: a compact format's unit of some locale ("US$ 2.5G", Malay "USD25J",
        Javanese "US$ 250È"), whose number read alone drops its unit, a factor of a thousand
        or more off. Else return ``after``."""
        atoms = self.atoms
        if after >= len(atoms):
            return after
        atom = atoms[after]
        if (
            not atom.adjacent
            or atom.kind in (NUM, SCALE, CUR)
            or atom.text in INDIAN_GLUED
            or len(atom.text) != 1
            or not atom.text.isalpha()
            or after + 1 < len(atoms)
            and atoms[after + 1].adjacent
            and atoms[after + 1].kind in (NUM, OTHER, WORDS)
        ):
            return after
        shown = self.text[atom.start : atom.end]
        reason = f"has the letter {shown!r} glued after it, a unit read in no language here"
        return self.refuse_number(side, atom.end, f"{reason}: refused", after + 1)

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

    def scale_glued_before(self, k: int) -> bool | None:
        """True when a scale word right before the currency atom ``k`` scales the number after
        that currency: the unit of a finance table written ahead of its number, which it
        scales as it does after one ("2 Mds€").

        1. Glued to the sign, with no number before the scale ("Mds€ 2", "M€ 5", "G€ 1,2",
           "k€ 500", "Mio€ 3"): always.
        2. Set apart from the currency by a space, a word of its own (not the end of a longer
           one), with no number before the scale, nor a number and its currency ("5 € million
           EUR 2": the first amount's), and a number right after the currency ("Mio. € 5,2",
           "mln USD 5", "млн грн 500"): the header's unit, never dropped. A number glued to
           the currency after a scale set apart ("billion €3 in aid", "Mio. €5") is refused
           (None, the reason recorded): the sign binds its number as an amount of its own,
           and the scale before may scale it or end the words before it, not told; read
           either way the value could be a thousand million times off.
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
        if k >= 3 and atoms[k - 2].kind == CUR and atoms[k - 3].kind in (NUM, WORDS):
            return False  # "5 € million EUR 2": the scale ends the amount before it
        start = atoms[k - 1].start  # a word of its own, not the end of one ("संपत्ति £ 8.10")
        own = start == 0 or not (
            self.text[start - 1].isalnum() or unicodedata.category(self.text[start - 1])[0] == "M"
        )
        if own and atoms[k + 1].adjacent and not (k >= 2 and atoms[k - 2].kind == CUR):
            # "billion €3 in aid": "€3" is written as an amount; the scale apart before it
            # (after a currency it ends the amount before: "2 $ dollars m $3", read alone)
            end = atoms[k + 1].end
            self.problems.append(
                (
                    atoms[k].start,
                    f"the scale word {self.text[start : atoms[k - 1].end]!r} before "
                    f"{self.text[atoms[k].start : end]!r} at position {self.position(start)} "
                    "may scale it or end the words before it: write the scale after the number",
                )
            )
            self.refused_to = max(self.refused_to, k + 2)
            return None
        return own

    def number_takes_unit(self, k: int) -> bool:
        """True when a number stands after the scale-and-sign unit whose sign is atom ``k``
        (a number stands before its scale too) and takes it: the number after, unless it is a
        year (four digits, 1900 to 2099) and the number before is not."""
        atoms = self.atoms
        if k + 1 >= len(atoms) or atoms[k + 1].kind != NUM:
            return False
        before, after = atoms[k - 2], atoms[k + 1]
        return not _is_year_text(after.text) or (before.kind == NUM and _is_year_text(before.text))

    def sum_word_before(self, k: int) -> bool:
        """True when the atom before ``k`` is a word for "plus" (``words.PLUS_WORDS``: "plus",
        "más", "più", "плюс") after a number that is no year: "2 plus 3 million euros" is a
        sum, refused as "2 + 3 million euros" is, never "3 million euros" alone with the 2
        dropped (issue 9, amountfaults16). "In 2024 plus 3 million" is no sum."""
        atoms = self.atoms
        if k < 2 or atoms[k - 1].text not in PLUS_WORDS:
            return False
        number = atoms[k - 2]
        return number.kind != NUM or not _YEAR.fullmatch(number.text)

    def clipped_scale_after(self, end: int, after: int) -> dict[str, int] | None:
        """Read the word right after a number that has its currency before it (glued or one
        space on) when it is a scale word cut short: a dotted scale abbreviation written
        without its point whose languages agree on one power is that scale (``Kč 5 tis``, the
        Czech and Slovak ``tis.``: returns its powers, the word an atom of its own); the
        start of a scale word of English or of the ``lang`` given, three letters or more
        (``trill``, ``milli``, ``thousa``), which no table reads as a scale, refuses the
        amount (returns None, the problem recorded). Read as nothing, such a word left ``$5
        trill`` at USD 5 (issue 9, amountfaults16). A word that is an ordinary word of that
        language and no scale there stays unread (``a $5 bill``, the banknote:
        ``Lexicon.ordinary_scale_in``), as does every other word (returns ``{}``); a word that
        is an atom (a currency, a scale, ``grand``) was read before this step.
        """
        found = _WORD_AFTER.match(self.text, end)
        if found is None:
            return {}
        atom_here = after < len(self.atoms) and self.atoms[after].start == found.start(1)
        if atom_here and self.atoms[after].kind != OTHER:
            return {}  # a word the atoms read: "$5 bn", "$5 grand", "5 € EUR"
        word = found.group(1).casefold()
        lex = self.lex
        langs = {"en", self.lang} if self.lang else {"en"}
        if lex.ordinary_scale_in(word) & langs:
            return {}
        dotted = lex.scales.get(f"{word} .")
        if dotted and atom_here and len(set(dotted.values())) == 1:
            return dotted  # "Kč 5 tis", "5 tis. Kč" alike
        if not dotted and not (len(word) > 2 and any(word in _scale_starts(lex, x) for x in langs)):
            return {}
        self.problems.append(
            (
                found.start(1),
                f"the word {found.group(1)!r} at position {self.position(found.start(1))} "
                "after the number may be a scale word cut short: refused (write the scale "
                "word in full, or its abbreviation with its point)",
            )
        )
        self.refused_to = max(self.refused_to, after)
        return None

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

    def sign_before(self, k: int) -> bool:
        """True when a minus sign stands right before atom ``k`` (a currency or a number) and
        is neither glued to a word, number or sign before it ("post-€3m") nor the dash after
        another amount ("$5m -$3m" is left to the range reading)."""
        atoms = self.atoms
        if k > 0 and atoms[k - 1].text in MINUS_WORDS and not atoms[k].adjacent:
            # "minus €5 million", "минус 3 млн рублей": the word is the sign, unless an
            # amount, number, scale or currency stands right before it ("€10m minus €2m")
            return atoms[k].kind in (CUR, NUM) and (
                k == 1 or atoms[k - 2].kind not in (NUM, SCALE, CUR)
            )
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
        self.change = None
        read = self.side_at(k, signed=True)
        if read is None:
            return None
        low, first, after = read
        if after < len(atoms) and atoms[after].kind == PERCENT and atoms[after].adjacent:
            return None
        cut = _cut_by_gap(self.text, atoms, first, after) if self.gapped else None
        if cut is not None:
            # "12  500 zł", "EUR 5  000 000", "2\t000 EUR": one number cut by a gap of
            # spaces or a tab, whose pieces are no amounts of their own (EUR 0, EUR 5)
            at = self.position(cut[0])
            self.problems.append(
                (
                    low.number_start,
                    f"{self.original[at : self.end_position(cut[1])]!r} at position {at} is a "
                    "number cut by several spaces or a tab: write it with one space (or none) "
                    "between its digit groups, or one amount a cell",
                )
            )
            self.refused_to = max(self.refused_to, after)
            return None
        count_before = (
            first > 1 and atoms[first - 1].text in MULTIPLY_SIGNS and atoms[first - 2].kind == NUM
        )
        if count_before or (
            after + 1 < len(atoms)
            and atoms[after].text in MULTIPLY_SIGNS
            and atoms[after + 1].kind == NUM
        ):
            # "2 x €50 million", "€50 million × 3": a count of amounts, whose total the text
            # leaves unwritten
            lo, hi = (first - 2, after - 1) if count_before else (first, after + 1)
            at = self.position(atoms[lo].start)
            shown = self.original[at : self.end_position(atoms[hi].end)]
            self.problems.append(
                (
                    low.number_start,
                    f"{shown!r} at position {at} multiplies an amount: the total is not "
                    "written, nor read",
                )
            )
            self.refused_to = max(self.refused_to, after)
            return None
        sum_to = None  # "€5 + €3 million": the first addend's scale may be the last one's
        if (
            low.currency
            and not low.scales
            and after + 1 < len(atoms)
            and (atoms[after].text == "+" or self.sum_word_before(after + 1))
            and atoms[after + 1].kind in (NUM, CUR)
        ):
            addend = self.side_at(after + 1)
            if addend is not None and addend[0].scales:
                sum_to = addend[2]
        if sum_to is not None or (
            first >= 2
            and (atoms[first - 1].text == "+" or self.sum_word_before(first))
            and atoms[first - 2].kind == NUM
        ):
            # "5 + 3 million euros", "5+€3m", "€5 + €3 million": a sum whose total the text
            # leaves unwritten, as a cell "€5m + €3m" is refused (never one addend alone)
            at = self.position(atoms[first if sum_to else first - 2].start)
            after = sum_to or after
            shown = self.original[at : self.end_position(atoms[after - 1].end)]
            self.problems.append(
                (
                    low.number_start,
                    f"{shown!r} at position {at} adds amounts: the total is not written, nor read",
                )
            )
            self.refused_to = max(self.refused_to, after)
            return None
        factor = product_before(atoms, first)
        if factor is not None:
            # "3 times £50m", "dreimal 50 Mio. Euro", "twice as much as €5bn": a product or a
            # comparison whose amount the text leaves unwritten (aidcalc.parsing.products)
            at = self.position(atoms[factor[0]].start)
            shown = self.original[at : self.end_position(atoms[after - 1].end)]
            # at the currency when words stand between it and the number ("50 millions
            # d'euros"), so that the refusal is reported as about money
            where = max([low.number_start, *(a.start for a in low.currency[:1])])
            self.problems.append((where, f"{shown!r} at position {at} {factor[1]}"))
            self.refused_to = max(self.refused_to, after)
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
        qualified = from_word is None and j >= 0 and atoms[j].kind == QUAL
        fits = qualified and self.qualifier_fits(atoms[j], low)
        if qualified and not fits and self.qualifier_undecided(atoms[j], low):
            # "tot 300 euro": Dutch "up to" or an English word, no word tells; a range's top
            # goes with its low end ("do 232,00 CHF – 464,00 CHF"), never read alone
            top = self.side_at(after + 1) if _joiner_at(atoms, after) else None
            self.refused_to = max(self.refused_to, after if top is None else top[2])
            return None
        if qualified and self.joined_before_undecided(j, low, after):
            return None  # "30 bis 50 CHF": a range or not, no word tells
        if (
            fits
            and not self.worth_after_noun(j)
            # "went up to €8bn", "wzrosła do 3 mld zł": the word for "to" of a change, the
            # value after, no ceiling
            and not (to_of_change(atoms, j) and self.text[atoms[j].start].islower())
            # a joiner right after an amount joins it ("von 2 Mio. Franken bis 3 Mio. Euro");
            # after a year it qualifies ("W 2024 do 6 mln zł": up to)
            and not (
                atoms[j].text in RANGE_JOINERS
                and j
                and atoms[j - 1].kind in (NUM, CUR, SCALE)
                and not _is_year_text(atoms[j - 1].text)
            )
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
        # "rose from €5bn to €8bn": a change of value, two amounts (aidcalc.parsing.changes);
        # "grew from €5bn, to €8bn", "by €3bn, or 60%, to €8bn": its "to" after an aside
        to_at = change_joiner(atoms, after) if qualifier is None else None
        changed = to_at is not None and joins_change(atoms, first, atoms[to_at], to_at > after)
        if changed and to_at is not None and to_at > after:
            joiner = atoms[to_at]
        if (
            opened
            and not changed
            and joiner is not None
            and joiner.text in RANGE_JOINERS
            and not range_frame(
                atoms[start_index].text, joiner.text, told=self.lang or self.text_lang()
            )
        ):
            # "med 2 och 3 miljoner kronor": an opener of one language ("med", Slovenian
            # "between") and a joiner of another (Swedish "och") frame no range; the joiner
            # may still join alone ("med 2 til 5 milliarder")
            opened = False
            start_index = plain_start = first
        # "до"/"do" are also qualifiers ("up to"), "a" a number word: between two numbers they
        # join a range, in their own language
        if changed or (
            joiner is not None
            and joiner.text in RANGE_JOINERS
            and joiner.kind in (JOIN, QUAL, WORDS)
            and not self.ends_number_range(first, low)
            and not self.bullet_dash(joiner, after)
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
            if changed and to_at is not None:
                high_at = to_at + 1
            closed = joiner.text in CLOSED_RANGE_JOINERS  # "5 ile 10 milyon dolar arasında"
            ranged = opened or by_from or alone or closed or changed
            read_high = self.side_at(high_at) if ranged else None
            if read_high is not None:
                high, _, after_range = read_high
                if changed:
                    pass  # the verb, "from" and "to" agree on a language: no range to check
                elif closed and not (opened or by_from or alone):
                    closer = atoms[after_range].text if after_range < len(atoms) else ""
                    langs = RANGE_CLOSERS.get(closer, NO_LANGS)
                    if not langs & CLOSED_RANGE_JOINERS[joiner.text]:
                        high = None  # "1,5 milyon lira ile 12 bin dolar": two amounts
                elif not opened and joiner.text in DASHES and self.bare_scale_top(high_at):
                    # "400 – tisíc eur": 400 thousand or 400 to 1000, not told: refused
                    self.refuse_bare_scale_top(first, high, after_range)
                    return None
                elif _is_year(low) and high.scales:
                    high = None  # "in 2023 – 4,4 mld zł": a year, then an amount
                elif _years_span(low, high):
                    # "Between 2022 and 2024 euros flowed east": a span of years before a
                    # currency, or a range of amounts? (read EUR 2,022-2,024 until session 24)
                    start, end = atoms[first].start, atoms[after_range - 1].end
                    self.problems.append((low.number_start, _years_span_reason(self, start, end)))
                    self.refused_to = max(self.refused_to, after_range)
                    return None
                elif low.scales and low.currency and _is_year(high):
                    high = None  # "€5bn to 2027", "5 Mrd. Euro bis 2027": a year, the end date
                elif not opened and self.dash_not_range(joiner, first, low, high):
                    high = None  # "Tranche 2 – €500 million", "12:30 – 5 Mio. €": a label
                elif (
                    not opened
                    and joiner.text in DASHES
                    and (year_first := self.year_dash(low, high)) is not False
                ):
                    if year_first is None:  # "2024 – 2,500 euros": not told
                        self.refuse_year_dash(first, high, after_range)
                        return None
                    high = None  # "Budget 2024 – 2,500,000 euros": a year, then an amount
                elif (
                    not opened
                    and joiner.text in DASHES
                    and low.scales
                    and not (high.scales or high.currency)
                    and after_range < len(atoms)
                    and atoms[after_range].kind == OTHER
                ):
                    # "$5 million - 10 tanks": a bare number after an amount with its own
                    # scale, counting the word after it, is no range's top ("$5-10 million",
                    # "€5m-€10m" and "€5m–10m" are ranges)
                    high = None
                elif (
                    not changed
                    and (low.scales or low.currency)
                    and not (high.scales or high.currency)
                    and counts_word(atoms, after_range)
                ):
                    # "Germany gave €2m to 5 regions", "€5 to 10 families", "2 milioni di euro
                    # a 3 Paesi": the bare number counts the word after it, no range's top
                    # (read EUR 2-5 million and the like until session 24; "€5 to 10 per
                    # person" stays a range)
                    high = None
                elif not opened and not self.joiner_fits(
                    joiner,
                    low,
                    high,
                    joiner_langs := (
                        RANGE_JOINER_LANGS.get(joiner.text, frozenset())
                        & RANGE_FROM.get(atoms[from_word].text, frozenset())
                        if by_from
                        else RANGE_ALONE_LANGS.get(joiner.text)
                    ),
                ):
                    if self.joiner_undecided(joiner, low, high, joiner_langs, first, after_range):
                        return None  # "CHF 50 bis 30": a range or not, no word tells
                    high = None  # "a" between numbers of an English text joins nothing
                elif from_word is not None and self.joiner_fits(
                    atoms[from_word], low, high, RANGE_FROM[atoms[from_word].text]
                ):
                    start_index = from_word  # "van 2 tot 3 miljoen"
        turned = False  # the value before written after the value after
        if high is None and not changed and qualifier is None:
            # "зросла до 3 млрд грн з 2 млрд": a value before with no currency of its own
            # after the value after takes its currency (one with its own is linked by
            # ``mark_changes``, as "raised its aid to €8bn from €5bn" is)
            before_at = value_before_at(atoms, after, value_after_languages(atoms, first))
            if before_at is None:  # "(contre 5 milliards l'an dernier)", "up 20% from 5bn"
                before_at = compared_at(self.text, atoms, after)
            read_before = self.side_at(before_at) if before_at is not None else None
            if (
                read_before is not None
                and not read_before[0].currency
                # its own scale, and no noun it counts after it ("from 27 member states",
                # "compared with 5 million people": no money)
                and read_before[0].scales
                and before_ends_fitly(atoms, read_before[2])
            ):
                high, _, after_range = read_before
                high_at = before_at
                changed = turned = True
        if high is None and not changed and low.negative and self.negative_range(after):
            return None  # "EUR -5 to -3": refused, never its first end alone
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
            # "€5 million to €700,000": a top written in full takes no scale (it was 700
            # billion, silently); it is as complete as one with its own scale word
            high_full = not high.scales and bool(WRITTEN_OUT.search(high.number_text or ""))
            if not high.scales and low.scales and not high_full:
                high.scales = low.scales
            scaled = None
            if not low.scales and high.scales:
                # the low end read with the top's scale first, so that the top takes the mark
                # of this reading ("€1.075–1.613 million": both ends 1.0xx million)
                shared = Side(
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
            # the low end shares the top's scale or magnitude unless its own currency follows
            # it ("zwischen 500 Euro und 2 Mio. Euro": 500 euros) or sharing makes the range
            # fall more than ``RANGE_FALL`` times: then it is refused unless written in full
            # ("between €500 and €2 million" was read from 2 to 500 million until session 22)
            complete = any(a.start > low.number_start for a in low.currency)
            magnitude_shared = (
                not complete
                and not low.scales
                and not high.scales
                and high.magnitude
                and not low.magnitude
                and 0 < abs(low_value) < 1000
                and high_value >= 1000 * abs(low_value)
            )
            if magnitude_shared and abs(low_value) * high.magnitude <= RANGE_FALL * high_value:
                low_value *= high.magnitude  # "one to two billion dollars": 1 to 2 billion
            elif magnitude_shared and not WRITTEN_OUT.search(low.number_text or ""):
                # "between 500 and two million euros": 500 euros, 500 thousand or 500 million?
                scaled = abs(low_value) * high.magnitude  # the refusal below says why
            if (
                scaled is not None
                and not complete
                and (
                    scaled <= high_value
                    or high_value >= 1000 * abs(low_value)
                    and scaled <= RANGE_FALL * high_value
                )
            ):
                low_value = scaled  # "$1-2 billion"; "€9–6 million" too: 9 to 6 million
            elif (
                scaled is not None
                and not complete
                and is_ambiguous(low.number_text)
                and scaled / 1000 <= high_value
            ):
                # "EUR 1.001 - 1,711 Mio. €", "$1,500-2 million": read with the text's mark,
                # the low end in the top's scale would far exceed the top, and with the other
                # mark it would count that scale (1.5 million): no reading is told ("$500,000
                # to $2 million" has one: 500 million would exceed the top too)
                self.problems.append(
                    (
                        low.number_start,
                        f"the range's low end {low.number_text!r} at position "
                        f"{self.position(low.number_start)} may be a count of its top's scale "
                        "or a value in full: write its scale word, or the number in full with "
                        "its cents",
                    )
                )
                self.refused_to = max(self.refused_to, after_range)
                return None
            elif (
                scaled is not None
                and not complete
                and not WRITTEN_OUT.search(low.number_text or "")
                and high_value >= 1000 * abs(low_value)
            ):
                # "between €500 and €2 million", "between 800 and 1.2 billion euros": in its
                # top's scale the low end would far exceed the top, and as written it is a
                # thousandth of it or less: 500 euros, or 500 thousand, or 800 million? The
                # text does not say (read as written, 800 euros, silently; before RANGE_FALL,
                # 800 billion reordered). Its own currency after it ("500 Euro und 2 Mio.
                # Euro") or digits in full ("$500,000 to $2 million") tell it.
                self.problems.append(
                    (
                        low.number_start,
                        f"the range's low end {low.number_text!r} at position "
                        f"{self.position(low.number_start)} is no count of its top's scale "
                        "(it would exceed the top), and nothing tells its own scale: write its "
                        "scale word, the number in full, or its currency after it",
                    )
                )
                self.refused_to = max(self.refused_to, after_range)
                return None
            low_scales = low.scales or (high.scales if low_value == scaled else None)
            own_sign = any(a.start < high.number_start for a in high.currency)  # "and €2m"
            if (
                low.negative
                and not (high.negative or own_sign)
                and high_value > 0
                and (-low_value > high_value or _is_year(high))
                and self.negative_range(after)
            ):
                return None  # "€-5 – 3": neither -(3 to 5) nor -5 to 3 is told
            if low.negative and not (high.negative or own_sign) and high_value > 0:
                # "-€1-2 million": a sign before a range whose bare top has none applies to
                # both ends (a correction of 1 to 2 million), read low to high
                low_value, high_value = -high_value, low_value
            broken = False
            if (
                high_value < low_value
                and not (changed or opened or by_from)
                and self.spaced_dash_breaks(joiner, high_at, low, high, high_scaled, after_range)
            ):
                broken = True  # "€3bn — €2bn for air defence": a part after a break
            elif (
                high_value < low_value
                and (high_scaled or high_full and low.scales)  # not "In 2023 - 1,500 euros"
                and high_value > 0
                and not changed
            ):
                # a range written high to low ("€9–6 million"): read low to high, and say so
                low_value, high_value = high_value, low_value
                self.assumptions.append("range-reordered")
            if (
                not broken
                and (high_value > low_value or changed)
                and self.ends_agree(low, high, langs, currency)
            ):
                if changed:  # the value before and the value after: two amounts
                    self.change = Change(
                        low_value,
                        high_value,
                        (first, after),
                        (high_at, after_range),
                        _borrowed(low.scales, low.currency, low_scales, high.currency),
                        _borrowed(high_scaled, high.currency, high.scales, low.currency),
                    )
                    if turned:  # the text gave the value after first
                        self.change = Change(*(self.change[i] for i in (1, 0, 3, 2, 5, 4)))
                elif high.qualifier or low.qualifier:
                    # "2-3+ million euros": "more than" one end of a range only, which no
                    # Amount states (a qualifier is the whole amount's): refused, not dropped
                    at = self.position(atoms[first].start)
                    shown = self.original[at : self.end_position(atoms[after_range - 1].end)]
                    where = min(a.start for a in self.amount_currency)  # at money
                    self.problems.append(
                        (
                            min(low.number_start, where) if low.currency else where,
                            f"{shown!r} at position {at} qualifies one end of a range only: "
                            "not one amount",
                        )
                    )
                    self.refused_to = max(self.refused_to, after_range)
                    return None
                after = after_range
            elif not low.currency:
                label = _is_year(low) and not joiner.adjacent  # "In 2023 – 500 EUR"
                if high_value < low_value and not label:  # "20-10 EUR", "2024-10 EUR"
                    self.refuse_high_to_low(first, high, after_range)
                return None  # no range, and the currency was only the other number's
            else:  # "$5 million - 10 tanks": no range, and nothing of the high end counts
                if (
                    not broken
                    and high_value < low_value
                    and not (high.currency or high.scales or _is_year(high))
                    and (after_range >= len(atoms) or atoms[after_range].kind == PUNCT)
                ):
                    # "EUR 5 to 3", "EUR 5-3.": a lower bare number ending the clause, no
                    # noun it counts: a range written high to low, or a score; refused, never
                    # its first end alone (issue 9, amounts17b)
                    self.refuse_high_to_low(first, high, after_range)
                    return None
                high_value = None
                self.assumptions = []
                currency = self.currency_of(low, None)
                if currency is None:
                    return None
                low_value = self.value_of(low, self.languages(low, None), currency)
                if low_value is None:
                    return None
        if opened and high_value is None and start_index == j + 1:
            # "between €5bn in March", "entre 5 milliards d'euros selon Paris": an opener
            # after which no range is read is no part of the amount (nor its article)
            start_index = first
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
        elif (
            high_value is None
            and after + 1 < len(atoms)
            and atoms[after].text in DASHES
            and atoms[after].adjacent
            and atoms[after + 1].adjacent
            and atoms[after + 1].text in HYPHEN_QUALIFIERS
            and not (  # "€5 million-plus-VAT": plus a tax, not more than
                after + 2 < len(atoms)
                and atoms[after + 2].adjacent
                and atoms[after + 2].kind != PUNCT
            )
        ):
            # "€5bn-plus", "a $2 billion-plus package": more than the amount
            qualifier = qualifier or HYPHEN_QUALIFIERS[atoms[after + 1].text]
            after += 2
        elif (
            high_value is not None
            and self.change is None
            and after < len(atoms)
            and atoms[after].adjacent
            and (
                atoms[after].text in TRAILING_SIGN_QUALIFIERS
                or after + 1 < len(atoms)
                and atoms[after].text in DASHES
                and atoms[after + 1].adjacent
                and atoms[after + 1].text in HYPHEN_QUALIFIERS
            )
        ):
            # "€2–3 million+", "€2bn-€3bn-plus": a plus glued after a range's top qualifies
            # that end only, as "2-3+ million" does: refused, not dropped
            at = self.position(atoms[start_index].start)
            plus = after + (0 if atoms[after].text in TRAILING_SIGN_QUALIFIERS else 1)
            shown = self.original[at : self.end_position(atoms[plus].end)]
            where = min(a.start for a in self.amount_currency)  # reported at money
            self.problems.append(
                (
                    min(low.number_start, where) if low.currency else where,
                    f"{shown!r} at position {at} qualifies one end of a range only: not one amount",
                )
            )
            self.refused_to = max(self.refused_to, plus + 1)
            return None
        elif high_value is None and qualifier is None and after < len(atoms):
            qualifier, after = self.qualifier_after(after, self.languages(low, None))
        if high_value is None and qualifier is None and low.qualifier:
            qualifier = low.qualifier  # "5 billion-plus euros", "€5bn plus to Kyiv"
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
        if self.change is not None and high_value < low_value:  # a fall: ``mentions`` splits it
            low_value, high_value = high_value, low_value
        return Amount(low_value, currency, qualifier=qualifier, high=high_value), start_index, after

    def qualifier_after(
        self, after: int, langs: frozenset[str] | None = None
    ) -> tuple[str | None, int]:
        """The qualifier a word or two right after the amount give, in a text of its language
        (``QUALIFIERS_AFTER``: "1 milyar doları aşkın" is over a billion, "€5 million or
        more" over €5 million), or, when ``lang``
        is not given, after an amount whose own words are of that language only (``langs``,
        curated: "milyar"), whatever the words around it ("a package worth 3 milyar euro
        aşkın"); and the next atom."""
        atoms, start = self.atoms, after
        found = QUALIFIERS_AFTER.get(atoms[after].text)
        if found is None and after + 1 < len(atoms) and not atoms[after + 1].adjacent:
            # "€5 million or more", "5 Mio. Euro oder mehr": two words not followed by the
            # word that makes their last a comparison ("or more than the UK gave": ``_THAN_AFTER``)
            # the phrase is of one language, as no single word is: read unless the ``lang``
            # given tells another, or the text does and the amount's own words are not of
            # the phrase's ("5 millones de euros o más" in a text told Portuguese by "o")
            phrase = f"{atoms[after].text} {atoms[after + 1].text}"
            pair = QUALIFIERS_AFTER.get(phrase)
            if pair is not None:
                end = after + 2
                told = self.lang or self.text_lang()
                fits = (
                    told in pair[1]
                    if self.lang
                    else told is None or told in pair[1] or bool(_curated(langs) & pair[1])
                )
                if fits and (
                    end >= len(atoms)
                    or atoms[end].text not in _THAN_AFTER[phrase]
                    and not (atoms[end].text.endswith("ly") and "en" in pair[1])
                ):
                    # (nor before an English adverb: "€5 million or more exactly €5.2
                    # million", "or more likely €6 billion" say "or rather")
                    return pair[0], end
                return None, after
        if found is None and after + 1 < len(atoms) and atoms[after].adjacent:
            # "5억 달러가 넘는": a particle glued to the amount, then the word apart
            found = QUALIFIERS_AFTER.get(atoms[after + 1].text)
            glued = atoms[after + 1].adjacent
            if found is None or glued or not _particle_of(atoms[after].text, found[1]):
                return None, after
            after += 1
        if found is None:
            return None, after
        own = _curated(langs) if not self.lang else None
        if (self.lang or self.text_lang()) not in found[1] and not (
            own and "en" not in own and own <= found[1]
        ):
            return None, start
        return found[0], after + 1

    def ends_agree(self, low: Side, high: Side, langs, code: str) -> bool:
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

    def bare_scale_top(self, k: int) -> bool:
        """True when the would-be top of a dashed range at atom ``k`` is a number word that is
        also a scale, alone ("400 – tisíc eur", "400 – mil euros" read in their language): the
        dash may join the number to its scale or two numbers, and the reading is not told, so
        no range is read (the same text without ``lang`` reads no range either). Words join a
        range to a bare "thousand" as they mean it ("entre 400 y mil euros")."""
        atoms = self.atoms
        return (
            atoms[k].kind == WORDS
            and atoms[k].data in WORD_SCALES
            and not (k + 1 < len(atoms) and atoms[k + 1].kind in (NUM, WORDS))
        )

    def range_word_not_money(self, atom: Atom) -> bool:
        """True for a currency name that is a curated range word ("von", "od") in a text not
        given in one of the languages that write it as money."""
        return (atom.text in RANGE_OPENERS or atom.text in RANGE_FROM) and not (
            self.lang and isinstance(atom.data, CurrencyForm) and self.lang in atom.data.langs
        )

    def joiner_fits(self, word: Atom, low: Side, high: Side, langs: frozenset[str] | None) -> bool:
        """True when a range word of ``langs`` (None: a dash, or a joiner of English, which
        keep the reading they always had) is one of the amount's language: the ``lang`` given,
        else the languages the amount's words agree on (curated ones first), else its scale
        words', else the language of the text. A word joiner that is also another word ("a",
        "tot", "do") and that nothing places in a language joins nothing."""
        if langs is None or "en" in langs or not any(c.isalpha() for c in word.text):
            return True  # a sign ("~", "～") joins as a dash does, in every language
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

    def joiner_undecided(
        self, word: Atom, low: Side, high: Side, langs, first: int, after: int
    ) -> bool:
        """True (the reason recorded, the atoms up to ``after`` refused) when a range word
        that is also another word ("bis", "tot", "a") between an amount and a bare number
        joins nothing only for want of evidence: no ``lang``, no word of the amount and no
        language of the text to place it (``joiner_fits``). Read without its top, the range
        would lose it silently ("CHF 30 bis 50" was CHF 30; "CHF 50 bis 30" CHF 50); refused,
        "pass lang=" (issue 9, item 6)."""
        if self.lang or not langs or high.currency or self.text_lang() is not None:
            return False
        scales = [_scale_langs(scale) for scale in (*low.scales, *high.scales)]
        scale_langs = frozenset.intersection(*scales) if scales else None
        for told in (_curated(self.languages(low, high)), _curated(scale_langs)):
            if told and "en" not in told:
                return False  # the amount's own words placed it already
        start = self.atoms[first].start
        end = self.atoms[after - 1].end
        self.problems.append(
            (
                start,
                f"{self.text[start:end]!r} at position {self.position(start)} joins two numbers "
                f"by {word.text!r}, a range word of {', '.join(sorted(langs))} and a word of "
                "other languages, and no word tells which: pass lang=",
            )
        )
        self.refused_to = max(self.refused_to, after)
        return True

    def joined_before_undecided(self, j: int, low: Side, after: int) -> bool:
        """True (the reason recorded, the atoms up to ``after`` refused) when the word at
        ``j`` before the amount, a qualifier form, is a range word of its language alone
        (``RANGE_ALONE_LANGS``: "bis") after a bare number that is no year, with no ``lang``
        and no language of the text to place it: "30 bis 50 CHF" was CHF 50, the low end
        lost, "50 bis 30 CHF" CHF 30; refused, "pass lang=", as ``joiner_undecided`` refuses
        "CHF 30 bis 50" (issue 9, item 6)."""
        atoms = self.atoms
        word = atoms[j]
        langs = RANGE_ALONE_LANGS.get(word.text)
        if (
            self.lang
            or not langs
            or "en" in langs
            or j == 0
            or atoms[j - 1].kind != NUM
            or _is_year_text(atoms[j - 1].text)
            or j > 1
            and atoms[j - 2].kind == CUR  # "€1.00 iki 1,00 €": an amount of its own before
            or self.text_lang() is not None
        ):
            return False
        start = atoms[j - 1].start
        end = atoms[after - 1].end
        self.problems.append(
            (
                start,
                f"{self.text[start:end]!r} at position {self.position(start)} joins two numbers "
                f"by {word.text!r}, a range word of {', '.join(sorted(langs))} and a word of "
                "other languages, and no word tells which: pass lang=",
            )
        )
        self.refused_to = max(self.refused_to, after)
        return True

    def part_after_word(self, low: Side, after: int) -> bool:
        """True, a problem recorded and the atoms up to ``after`` refused, when the number of
        ``low`` is only the part of a number written in words after a word that makes it so:

        1. the decimal mark of a spelled number (``words.DECIMAL_WORDS``: "zwei Komma fünf
           Milliarden", "uno virgola cinque miliardi", "dvě celá pět miliardy") between
           another number and this one: the whole count would be lost (English "one point
           five billion" is read whole by ``read_number_words`` and never gets here);
        2. a fraction that is not read (``words.UNREAD_FRACTIONS``, with a link of its
           language or none: "a third of a billion", "two-fifths of a billion", "ein Drittel
           einer Milliarde", "een derde van een miljard") before a number in words: a third
           is no Decimal, and the number after it alone is three times the amount; and a
           fraction sign so ("¾ of a billion euros", "½ a billion").
        """
        atoms = self.atoms
        j = after - 1  # the number's atom, found back from the amount's end (not from 0)
        while j >= 0 and atoms[j].start > low.number_start:
            j -= 1
        if j < 1 or atoms[j].start != low.number_start:
            return False
        word = atoms[j - 1]
        decimal = DECIMAL_WORDS.get(word.text)
        if decimal is not None:
            if j < 2:
                return False
            before = atoms[j - 2]
            if not (
                before.kind in (NUM, WORDS)
                or before.text in NUMBER_WORDS
                or before.text in COUNT_WORDS
                or _is_number_word(before.text, decimal)
            ):
                return False
            what = "writes a decimal in words"
        elif not low.number_text and self.fraction_before(j) is not None:
            j = self.fraction_before(j) + 2
            if atoms[j - 2].text in VULGAR_FRACTIONS:
                # "¾ of a billion euros", "½ a billion": a fraction of a number in words
                # (read alone "a billion" was the whole, silently)
                what = "is a fraction of a number in words"
            else:
                what = "is a fraction in words (a third is no decimal number)"
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
        if atoms[at].text in VULGAR_FRACTIONS and atoms[at].kind == PUNCT:
            return at  # "½ a billion": a fraction sign, of no language
        langs = UNREAD_FRACTIONS.get(atoms[at].text)
        link = FRACTION_LINKS.get(atoms[at].text)
        if langs is None and link is not None and at >= 1:
            if atoms[at - 1].text in VULGAR_FRACTIONS and atoms[at - 1].kind == PUNCT:
                return at - 1  # "¾ of a billion": a fraction sign and a link of any language
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

    def dash_not_range(self, joiner: Atom, first: int, low: Side, high: Side) -> bool:
        """True when a dash after a bare number (no currency, no scale word) ends a label, a
        time or a heading rather than a range's low end:

        1. the top writes its currency before its own number ("Tranche 2 – €500 million",
           "Article 12 - EUR 5m"): a writer who puts the sign before the top puts it before
           the low end too ("€2–€5 million", "$1-$2 billion") or writes it once there
           ("€2–5 million");
        2. the number is the minutes of a clock time ("12:30 – €5 million", "Stand 09:15 –
           3,5 Mrd. €"), digits glued after a colon glued after digits;
        3. a noun that labels a numbered part stands right before the number ("Tranche 2 –
           500 Mio. €", "Phase 3 – 2 million euros", "Étape 2 – 40 millions d'euros";
           ``words.LABEL_NOUNS``).

        A range word that also gives the price of each (``words.PRICE_EACH_WORDS``: the Dutch
        and French "à") is asked rule 1 only: "50 à € 2 miljoen per stuk" is fifty at two
        million each, while "2 à 3 miljard euro" and "€ 2 à € 3 miljoen" stay ranges. Other
        range words keep their meaning ("between 2 and €5 million", "2 to $5m")."""
        atoms = self.atoms
        if low.currency or low.scales:
            return False
        if joiner.text in PRICE_EACH_WORDS:
            return any(a.start < high.number_start for a in high.currency)
        if joiner.text not in DASHES:
            return False
        if (
            first >= 2
            and atoms[first].kind == NUM
            and atoms[first].adjacent
            and atoms[first - 1].text == ":"
            and atoms[first - 1].adjacent
            and atoms[first - 2].kind == NUM
        ):
            return True
        if first >= 1 and atoms[first - 1].text in LABEL_NOUNS and low.value is None:
            return True  # "Tranche 2 – 500 Mio. €", "Paket 4 - 3 Mrd. Euro"
        return any(a.start < high.number_start for a in high.currency)

    def year_dash(self, low: Side, high: Side) -> bool | None:
        """True when a dash joins a year to an amount rather than to a range's top: the low end
        is a year (``_is_year``: four digits from 1900 to 2099, no currency, no scale word), the
        top has no scale word of its own, and its whole part has at least seven digits, three
        orders of magnitude above the year's four, however its marks are read ("Budget 2024 –
        2,500,000 euros", "In 2023 - 81.000.000 euro", "2024 – 2500000 USD": the amount alone;
        no range runs from two thousand to millions). When the top writes thousands groups
        that the ungrouped year does not, and some reading of it lies above the year but below
        that magnitude ("2024 – 2,500 euros", "2023 - 250 000 €"), a year then an amount and a
        range from 2,024 are both written so: None, and the amount is refused
        (``refuse_year_dash``), never read either way silently. An ungrouped top
        ("1900–2500 euros") and a top below the year ("In 2023 – 500 EUR", read by the label
        rule of ``amount_at``) are left to the other rules. With a scale word on the top the
        year rule above reads the amount alone ("in 2023 – 4,4 mld zł").

        >>> from aidcalc import extract_amounts
        >>> [str(m.amount) for m in extract_amounts("Budget 2024 – 2,500,000 euros")]
        ['EUR 2500000']
        >>> [str(m.amount) for m in extract_amounts("between 1900–2500 euros")]
        ['EUR 1900-2500']
        """
        if high.scales or not high.number_text or not _is_year(low):
            return False
        text = high.number_text
        try:
            readings = (
                [read_number(text, "."), read_number(text, ",")]
                if is_ambiguous(text)
                else [read_number(text)]
            )
        except ArithmeticError:
            return False
        wholes = [len(str(int(abs(value)))) for value in readings]
        if min(wholes) >= 7:
            return True
        grouped = max(wholes) >= 4 and any(c in text for c in ",." + GROUP_ONLY)
        if grouped and max(readings) > int(low.number_text):
            return None
        return False

    def refuse_year_dash(self, first: int, high: Side, after: int) -> None:
        """Record that a dash joins a year to a grouped number of less than three orders of
        magnitude more ("2024 – 2,500 euros": a year then 2,500 euros, or a range from 2,024;
        ``year_dash``) and refuse every atom up to ``after``, at the top's number."""
        atoms = self.atoms
        start, end = atoms[first].start, atoms[after - 1].end
        self.problems.append(
            (
                high.number_start,
                f"{self.text[start:end]!r} at position {self.position(start)} joins a year to "
                "a grouped number by a dash: a year then an amount, or a range from the year, "
                "not told; write the range's low end grouped, or the amount alone",
            )
        )
        self.refused_to = max(self.refused_to, after)

    def spaced_dash_breaks(
        self, joiner: Atom, high_at: int, low: Side, high: Side, high_scaled: bool, end: int
    ) -> bool:
        """True when a dash with a space on both sides, between a low end and a lower top
        ending at atom ``end``, is a break between two amounts rather than a range written
        high to low. The low end must write its currency, and either

        1. the top writes its own currency too, each end with or each without its own scale
           word ("Germany pledged €3bn — €2bn for air defence, €1bn for ammunition", "3 Mrd.
           Euro – 2 Mrd. Euro für …", "£9.95 – £6.95"): two full amounts; or
        2. both ends have their own scale word and a purpose word follows the top
           (``words.PURPOSE_WORDS``: "€3bn – 2bn for air defence, 1bn for ammunition"): the
           first part of a breakdown, which ``shared`` reads in the first amount's currency.

        A rising pair stays a range however it is spaced ("£6.95 - £9.95", "$45,000 -
        $70,000"), and so does a glued falling one ("€9–6 million", "€3bn–€2bn"), read low to
        high with the assumption ``range-reordered``; a range opened by a word ("between €3bn –
        €2bn") is not asked about.

        >>> from aidcalc import extract_amounts
        >>> [str(m.amount) for m in extract_amounts("€3bn — €2bn for air defence")]
        ['EUR 3000000000', 'EUR 2000000000']
        >>> [str(m.amount) for m in extract_amounts("€2bn – €3bn")]
        ['EUR 2000000000-3000000000']
        """
        atoms = self.atoms
        if joiner.text not in DASHES or joiner.adjacent or not low.currency:
            return False
        if high_at >= len(atoms) or atoms[high_at].adjacent:
            return False
        if high.currency:
            return bool(low.scales) == high_scaled
        return (
            bool(low.scales)
            and high_scaled
            and end < len(atoms)
            and (atoms[end].text in PURPOSE_WORDS)
        )

    def bullet_dash(self, joiner: Atom, at: int) -> bool:
        """True when the dash at atom ``at`` opens a line, a list's bullet ("- Germany: €3bn\\n-
        2024: €2bn"): a line break between the low end and the dash ends the amount, so no
        range runs on into the next item. A dash closing a line ("€3bn –\\n5bn") still joins.

        >>> from aidcalc import extract_amounts
        >>> [str(m.amount) for m in extract_amounts("- 2023: €3bn\\n- 2024: €2bn")]
        ['EUR 3000000000', 'EUR 2000000000']
        """
        return (
            joiner.text in DASHES
            and at > 0
            and "\n" in self.text[self.atoms[at - 1].end : joiner.start]
        )

    def ends_number_range(self, first: int, low: Side) -> bool:
        """True when the low end's number closes a range of bare numbers ("2022–2023 – …")."""
        atoms = self.atoms
        return (
            not low.currency
            and first >= 2
            and atoms[first - 1].kind == JOIN
            and atoms[first - 2].kind == NUM
        )

    def worth_after_noun(self, j: int) -> bool:
        """True when the qualifier atom ``j`` stands right after a noun that it links to its
        worth (``WORTH_AFTER_NOUNS``; a compound ending in the noun, or its plural, counts),
        written with a capital as German nouns are: then it bounds nothing ("ein Paket über
        1,4 Mrd. Euro" is a package of 1.4 billion; "im Wert von über 1 Mrd." stays over).

        >>> from aidcalc import parse_amount
        >>> str(parse_amount("ein neues Hilfspaket über 1,4 Mrd. Euro"))
        'EUR 1400000000'
        >>> str(parse_amount("ein Paket im Wert von über 1 Mrd. Euro"))
        'over EUR 1000000000'
        """
        nouns = WORTH_AFTER_NOUNS.get(self.atoms[j].text)
        if not nouns or j == 0 or self.atoms[j - 1].kind != OTHER:
            return False
        before = self.atoms[j - 1]
        written = self.text[before.start : before.end]
        if not written[:1].isupper():
            return False
        word = written.casefold()
        return any(
            word.endswith((noun, noun + "e", noun + "en", noun + "n", noun + "s")) for noun in nouns
        )

    def qualifier_fits(self, atom: Atom, side: Side) -> bool:
        """True when the qualifier ``atom`` bounds the amount of ``side``:

        1. a short qualifier written in capitals in a text that is not shouting is an acronym
           ("AB 3 milyar avro": the Turkish for the EU, not the German "ab", from);
        2. a qualifier of other languages than all the amount's own words agree on (curated
           languages, English not among them) is another language's word ("ab" before
           "3 milyar avro"), unless the sentence is in the qualifier's language ("alrededor de
           $ 2 bilhões" in Spanish);
        3. a qualifier that is an ordinary English word ("do") needs its own language.

        >>> from aidcalc import parse_amount
        >>> str(parse_amount("AB 3 milyar avro yardım yapacak."))
        'EUR 3000000000'
        >>> str(parse_amount("ab 3 Milliarden Euro"))
        'over EUR 3000000000'
        """
        langs = atom.data[1]
        written = self.text[atom.start : atom.end]
        if (
            1 < len(written) <= 3
            and written.isupper()
            and any(c.islower() for c in self.text[atom.end : atom.end + 40])
        ):
            return False
        if not self.lang and "en" not in langs:
            words = _curated(self.languages(side, None))
            if (
                words
                and "en" not in words
                and not words & langs
                # "alrededor de $ 2 bilhões" in a Spanish sentence: the writer's own qualifier
                and self.sentence_lang(atom.start) not in langs
            ):
                return False
        if atom.text not in GATED_QUALIFIERS:
            return True
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
        if words and words & langs and "en" not in words:
            return True
        if words and not words & langs:
            return False  # "do 5 million dollars": the amount's words are of no such language
        # the amount's words are English too ("do 300 mln euro", "tot 300 euro"): the other
        # words of its sentence decide ("Rząd przekaże do 300 mln euro": Polish, up to)
        return self.sentence_lang(atom.start) in langs

    def qualifier_undecided(self, atom: Atom, side: Side) -> bool:
        """True (the reason recorded) when a gated qualifier right before the amount does not
        fit it (``qualifier_fits``) for want of evidence alone: no ``lang``, amount words that
        are English and of the qualifier's language alike ("tot 300 euro": Dutch "up to" or
        the English word; "do 300 mln euro"), and no sentence language to decide (a text of
        fewer than four words). Read plain, the bound would be dropped silently (issue 9,
        silent18); the amount is refused, "pass lang="."""
        if self.lang or atom.text not in GATED_QUALIFIERS or atom.data[1] & {"en"}:
            return False
        words = self.languages(side, None)
        if words and not words & atom.data[1]:
            return False
        if self.sentence_lang(atom.start) is not None:
            return False
        start = atom.start
        self.problems.append(
            (
                start,
                f"the word {self.text[start : atom.end]!r} at position {self.position(start)} "
                f"before the amount is a qualifier in {', '.join(sorted(atom.data[1]))} and a "
                "word of English, and no other word tells which: pass lang=",
            )
        )
        return True

    def negative_range(self, after: int) -> bool:
        """True, a problem recorded and the atoms up to the next number refused, when a
        negative amount ends at atom ``after`` and a range joiner joins it to another number
        ("EUR -5 to -3", "EUR -5--3", "€-5 – 3"): a range of signed values is not read, and
        its first end alone lost the other (issue 9, amounts17b).

        >>> from aidcalc import parse_amount
        >>> parse_amount("EUR -5 to -3")
        Traceback (most recent call last):
        ...
        aidcalc.errors.ParseError: ...
        """
        atoms = self.atoms
        if after + 1 >= len(atoms) or atoms[after].text not in RANGE_JOINERS:
            return False
        joiner = atoms[after].text
        if any(c.isalpha() for c in joiner):  # a word joins alone in its own language only
            told = self.lang or self.text_lang() or "en"
            if told not in RANGE_ALONE_LANGS.get(joiner, NO_LANGS):
                return False  # "EUR -5 million in 2023": the Slovenian "in" joins nothing
        k = after + 1
        if atoms[k].text in SIGNS and k + 1 < len(atoms) and atoms[k + 1].adjacent:
            k += 1
        if atoms[k].kind != NUM:
            return False
        start = atoms[after].start
        self.problems.append(
            (
                start,
                f"{self.text[start : atoms[k].end]!r} at position {self.position(start)} joins "
                "a negative amount to another number: a range of signed values is not read; "
                "write each end with its currency",
            )
        )
        self.refused_to = max(self.refused_to, k + 1)
        return True

    def refuse_high_to_low(self, first: int, high: Side, after: int) -> None:
        """Record that a number and a lower one that alone writes the currency are joined
        ("20-10 EUR", "2024-10 EUR", "5 to 3 euros"): no range (that needs a scale word to
        reorder, "€9–6 million"), and the lower alone is no reading of it (a score, a date, a
        typo); refuse every atom up to ``after``. The problem is recorded where the form it
        quotes starts, so that extraction reports it there, its currency before ("EUR 5 to
        3") or after ("5 to 3 euros")."""
        atoms = self.atoms
        start, end = atoms[first].start, atoms[after - 1].end
        self.problems.append(
            (
                start,
                f"{self.text[start:end]!r} at position {self.position(start)} joins a number to "
                "a lower one: write a range low to high, or the amount alone",
            )
        )
        self.refused_to = max(self.refused_to, after)

    def refuse_bare_scale_top(self, first: int, high: Side, after: int) -> None:
        """Record that a dash joins a number to a number word that is also a scale, spaced
        ("400 – tisíc eur"): the scale of the number or the top of a range, not told; refuse
        every atom up to ``after``, the currency with it (so that "tisíc eur" is not read as
        1000 alone)."""
        atoms = self.atoms
        start, end = atoms[first].start, atoms[after - 1].end
        self.problems.append(
            (
                high.number_start,
                f"{self.text[start:end]!r} at position {self.position(start)} joins a number to "
                "a scale word by a dash: a scale or the top of a range, not told; write the "
                "amount in digits",
            )
        )
        self.refused_to = max(self.refused_to, after)

    def refuse_conflict(self, side: Side, after: int) -> None:
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

    def ends_name_two_currencies(self, low: Side, high: Side) -> bool:
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

    def currency_of(self, low: Side, high: Side | None) -> str | None:
        atoms = _marks(low.currency + (high.currency if high is not None else []))
        if not atoms:
            return None
        agreed = agreed_codes(atoms)
        if agreed is not None and len(agreed) == 1:
            return next(iter(agreed))  # "¥100 yuan": CNY; "£5m sterling": GBP
        written = [a for a in atoms if isinstance(a.data, str)] if len(atoms) > 1 else []
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

    def languages(self, low: Side, high: Side | None) -> frozenset[str] | None:
        """Return the languages the amount's words agree on (the ``lang`` hint wins); the
        languages of the words themselves are kept in ``word_langs`` for the value's steps,
        which weigh them against the hint (``side_value.SideValue.foreign_words``)."""
        sets = low.langs + (high.langs if high is not None else [])
        if len(sets) < 2:
            common = sets[0] if sets else None
        else:
            key = tuple(sets)  # the same sets recur from amount to amount: their meet remembered
            try:
                common = _COMMON.get(key)
            except TypeError:  # a set that is no frozenset: not remembered
                common = key = None
            if common is None:
                for langs in sets:
                    common = langs if common is None else common & langs
                if key is not None:
                    if len(_COMMON) >= _COMMON_MAX:
                        _COMMON.clear()
                    _COMMON[key] = common
        self.word_langs = common or None
        if self.lang:
            return frozenset({self.lang})
        return common or None

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
        changes: list[tuple[int, int]] = []  # the starts of a change's values, before and after
        k = 0
        consumed = 0
        starts = _amount_starts(atoms)
        # extraction skips a number with no currency near it (``_far_from_money``); the
        # first-only reading does not, as ``explain`` words its refusals from every start
        money = None if first_only else _money_starts(atoms, starts)
        nearest = 0  # the first of ``money`` not before the number's reach back
        for index in starts:
            if index < k:
                continue  # inside an amount or a rate read before
            k = index
            if money is not None and atoms[k].kind == NUM:
                while nearest < len(money) and money[nearest] < k - _MONEY_BEFORE:
                    nearest += 1
                if (
                    nearest == len(money)
                    or money[nearest] > k + _MONEY_AFTER
                    or _money_past_stops(self.text, atoms, money, nearest, k)
                ) and not _cjk_units_after(atoms, k):
                    # "in 2022", "12th", "10:04": no currency within reach; "on 12 December
                    # 2023. The U.S. gave $61 billion": none on this side of a sentence end
                    continue
            read = (
                self.amount_at(k)
                if k >= consumed
                and not _counts_nothing(atoms, k)
                and not _article_before_word(atoms, k)
                else None
            )
            if read is not None and read[1] < consumed:
                # the reading reaches back into atoms an amount before took ("0 $ $ k EUR 1":
                # the "k" of "0 $ $ k"): a word inside one mention's span never scales
                # another, so read again without them
                read = self.amount_after(k, consumed)
            if read is None:  # "two three million euros": "three million euros" is no amount
                consumed = max(consumed, self.refused_to)
            else:
                amount, start_index, after = read
                change = self.change
                rate_end = self.rate_end(amount, start_index, after)
                if rate_end is not None:  # "€1 = $1.09" states a rate, not money
                    consumed = k = rate_end
                    continue
                assumed = tuple(dict.fromkeys(self.assumptions)) if self.assumptions else ()
                if change is not None:  # "rose from €5bn to €8bn": the value before, after
                    for value, (first, end), own in sorted(
                        (
                            (change.before, change.before_atoms, change.before_assumed),
                            (change.after, change.after_atoms, change.after_assumed),
                        ),
                        key=lambda part: part[1],
                    ):
                        found.append(
                            Mention(
                                new_amount(value, amount.currency),
                                self.position(atoms[first].start),
                                self.end_position(atoms[end - 1].end),
                                assumptions=tuple(dict.fromkeys(assumed + own)),
                            )
                        )
                        spans.append((first, end))
                    pair = (found[-2].start, found[-1].start)
                    turned = change.before_atoms > change.after_atoms
                    changes.append(pair[::-1] if turned else pair)
                elif (
                    amount.qualifier is None
                    and amount.value > 0
                    and not (
                        spans and _restates_before(self.text, atoms, spans[-1][1], start_index)
                    )
                    and (refused := self.accounting(start_index, after)) is not None
                ):
                    self.problems.append((atoms[start_index].start, refused))
                    consumed = k = after
                    continue  # "Net change: (€1,000,000)": a negative, or an aside?
                else:
                    if atoms[start_index].kind == NUM and grouped_after_name(
                        self.text, atoms, start_index
                    ):
                        assumed = (*assumed, "grouped-after-name")  # "Zuzana 2 500 million"
                    found.append(
                        Mention(
                            amount,
                            self.position(atoms[start_index].start),
                            self.end_position(atoms[after - 1].end),
                            assumptions=assumed,
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
        found, spans = borrow_shared(self, found, spans, starts)
        linked = link_restatements(atoms, found, spans, self.problems, self.text)
        return mark_changes(self.original, linked, changes)

    def accounting(self, first: int, after: int) -> str | None:
        """Why the amount of atoms ``first`` to ``after`` is refused when it stands alone in
        brackets as accounting writes a negative (``cells.accounting_bracket``: "Net change:
        (€1,000,000)", "(€5m)" on a line of its own), else None. The caller asks only for a
        positive amount with no qualifier ("(-€3m)", "(£40m+)" say what they are) that does
        not follow another right before the bracket ("€5m\t($6m)": a restatement)."""
        atoms = self.atoms
        if not (
            first > 0
            and after < len(atoms)
            and atoms[first - 1].kind == LPAREN
            and atoms[after].kind == RPAREN
        ):
            return None
        opened = atoms[first - 1].start
        where = f" at position {self.position(opened)}"
        return accounting_bracket(self.text, opened, atoms[after].end, where)

    def amount_after(self, k: int, consumed: int) -> tuple[Amount, int, int] | None:
        """``amount_at(k)`` read as if the atoms before ``consumed`` (those of the amounts
        read before) were not there, its atom indices those of the whole text; None when
        no amount is read so."""
        atoms = self.atoms
        refused_to, self.refused_to = self.refused_to, 0
        self.atoms = atoms[consumed:]
        try:
            read = self.amount_at(k - consumed)
            change = self.change
        finally:
            self.atoms = atoms
            inner, self.refused_to = self.refused_to, refused_to
        if inner:
            self.refused_to = max(refused_to, inner + consumed)
        if read is None:
            return None
        if change is not None:
            self.change = change._replace(
                before_atoms=tuple(i + consumed for i in change.before_atoms),
                after_atoms=tuple(i + consumed for i in change.after_atoms),
            )
        amount, first, after = read
        return amount, first + consumed, after + consumed

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


# ``Reader.languages``: {the language sets of an amount's words: their meet}, bounded
_COMMON: dict[tuple, frozenset[str]] = {}
_COMMON_MAX = 4096

_STARTS_ALWAYS = frozenset({NUM, WORDS, CUR})
_START_WORDS = frozenset(COINS) | frozenset(COUNT_WORDS)  # start an amount whatever their kind
_NUMBER_SCALES = NUMBER_WORDS | frozenset(WHOLE_SCALES)  # scale words that are numbers alone
_START_OR_NUMBER_WORDS = _START_WORDS | _NUMBER_SCALES  # (``_amount_starts``: words to test)


def _restates_before(text: str, atoms: list[Atom], previous_end: int, first: int) -> bool:
    """True when only marks and spaces stand between the amount that ends before atom
    ``previous_end`` and the bracket before atom ``first``: the bracket restates that amount
    ("€5m\t($6m)", "Germany pledged €5m.\n($5.4m)"), no accounting negative."""
    gap = text[atoms[previous_end - 1].end : atoms[first - 1].start]
    return not any(ch.isalnum() for ch in gap)


def _amount_starts(atoms: list[Atom]) -> list[int]:
    """Return the indices of the atoms an amount may start at, in order: a number, a number
    word or a currency, a coin, a count word, or a scale word that is a number on its own ("a
    million", "miljoona"). One pass over the atoms, so that ``Reader.mentions`` visits only
    these."""
    always, may, words, scale = _STARTS_ALWAYS, _START_OR_NUMBER_WORDS, _START_WORDS, SCALE
    # a plain word (most atoms) is passed over after two tests: its kind, and one set that
    # holds every word that may start an amount (a coin or count word, a number's scale word)
    return [
        k
        for k, atom in enumerate(atoms)
        if atom.kind in always or atom.text in may and (atom.text in words or atom.kind == scale)
    ]


# How far from a number its amount's currency can stand, in atoms: before it (a currency
# leading the number is a start of its own, read first; the margin is kept) and after it (the
# number, its scale words, a range's top, up to three fillers or an adjective, then the
# currency; the longest reading from a number in the corpora and the benchmark spans 8 atoms,
# its currency at most 6 after the number)
# a gap that cuts a number: two spaces or more, or a tab among spaces ("2  000", "5\t000")
_GAP = r"(?:[ \u00a0]{2,}|[ \u00a0]*\t[ \t\u00a0]*)"
_GAP_RE = re.compile(_GAP)
_GAP_BEFORE_RE = re.compile(rf"\d{_GAP}$")
_GAP_AFTER_RE = re.compile(rf"{_GAP}(\d{{3}}(?:[ ,.]\d{{3}})*)(?![\d.,])")
_GROUPS_RE = re.compile(r"\d{3}(?:[ ,.\u00a0]\d{3})*")


def _has_gap(text: str) -> bool:
    """False when ``text`` holds no gap (``_GAP``: a tab, or two spaces or no-break spaces
    side by side), so that ``_cut_by_gap`` finds no cut number anywhere in it: both its
    expressions need one. Asked once per text, not at every amount."""
    return "\t" in text or "  " in text or ("\u00a0" in text and _GAP_RE.search(text) is not None)


def _cut_by_gap(text: str, atoms: list, first: int, after: int) -> tuple[int, int] | None:
    """(start, end) of the whole cut number when a number of the amount over atoms [first,
    after) is a piece of one number cut by a gap of two spaces or more, or a tab: digits, the
    gap, then digit groups of three ("12  500 zł": the amount's "500" is the tail; "EUR 5  000
    000", "USD 1,250  000": the amount's number is the head); else None. A number after a
    gap that is no such tail ("2024\t5,000 EUR", one cell after another) is its own."""
    for k in range(first, after):
        atom = atoms[k]
        if atom.kind != NUM or not atom.text[:1].isdigit():
            continue
        before = _GAP_BEFORE_RE.search(text, max(0, atom.start - 12), atom.start)
        if before is not None and _GROUPS_RE.fullmatch(atom.text):
            head = before.start()
            while head > 0 and (text[head - 1].isdigit() or text[head - 1] in ",. "):
                head -= 1
            while text[head] == " ":
                head += 1
            return head, atom.end
        tail = _GAP_AFTER_RE.match(text, atom.end)
        if tail is not None and atom.text[-1:].isdigit():
            return atom.start, tail.end()
    return None


_MONEY_BEFORE = 3
_MONEY_AFTER = 16


def _money_past_stops(text: str, atoms: list[Atom], money: list[int], nearest: int, k: int) -> bool:
    """True when every currency or coin word of ``money`` (``_money_starts``, in order) within
    reach of the number at atom ``k`` (the first of them at index ``nearest``, none more than
    ``_MONEY_BEFORE`` atoms before it) stands across a sentence stop from it
    (``_sentence_stop``): the one nearest before it and the one nearest after it, within
    ``_MONEY_AFTER`` atoms, are each parted from it by one. No reading of a number takes a
    currency over a full stop before a capitalised plain word ("on 12 December 2023. The
    U.S. has provided $61 billion": "12" and "2023" read no amount, and record nothing), so
    ``Reader.mentions`` skips ``amount_at`` there, as it skips a number with no currency
    within reach; ``tests/parsing/test_fast_paths.py`` checks the premise at every number so
    skipped in the corpora and the benchmark's articles. Only a number followed by a plain
    word or a punctuation mark is skipped so: one with a scale word, number word, link or
    another number after it ("2014 m. Lietuva …": 2014 million, refused, the scan then goes
    on after the scale word) is read as before.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> atoms = atomize("Paid on 12 May 2023. The EU gave €5m in 2024. Oslo: NOK 3m.", lexicon())
    >>> starts = _amount_starts(atoms)
    >>> money = _money_starts(atoms, starts)
    >>> [atoms[k].text for k in starts if atoms[k].kind == NUM
    ...  and _money_past_stops("Paid on 12 May 2023. The EU gave €5m in 2024. Oslo: NOK 3m.",
    ...                        atoms, money, 0, k)]
    ['12', '2023']
    """
    if k + 1 < len(atoms) and atoms[k + 1].kind not in _PLAIN_AFTER:
        return False
    before = -1  # the last currency before the number
    index = nearest
    while index < len(money) and money[index] < k:
        before = money[index]
        index += 1
    if before >= 0 and not _stop_between(text, atoms, before, k):
        return False
    if index < len(money) and money[index] <= k + _MONEY_AFTER:
        return _stop_between(text, atoms, k, money[index])
    return True


_STOPS = frozenset({".", "!", "?"})
_PLAIN_AFTER = frozenset({OTHER, PUNCT})


def _stop_between(text: str, atoms: list[Atom], low: int, high: int) -> bool:
    """True when an atom between atoms ``low`` and ``high`` (both left out) is a sentence stop:
    a full stop, "!" or "?" standing alone, then a space and a plain word (no number, number
    word, scale, currency, qualifier or link) written with a capital ("2023. The"; not "5.
    Milliarde", "U.S. $5", "1. EUR 5m")."""
    for at in range(low + 1, min(high, len(atoms) - 1)):
        atom = atoms[at]
        if atom.kind == PUNCT and atom.text in _STOPS:
            following = atoms[at + 1]
            if (
                following.kind == OTHER
                and not following.adjacent
                and text[following.start].isupper()
            ):
                return True
    return False


def _money_starts(atoms: list[Atom], starts: list[int]) -> list[int]:
    """Return the starts (``_amount_starts``) that are a currency or a coin word, in order:
    the atoms without which no amount is read (``Reader.currency_of`` finds no currency and
    ``Reader.amount_at`` returns None).

    ``Reader.mentions`` (extraction) does not ask ``amount_at`` at a number with none of them
    from ``_MONEY_BEFORE`` atoms before it to ``_MONEY_AFTER`` after it ("in 2022", "the 12th
    package", "10:04 AM", "38 million people"): such a number reads no amount, and what it
    may record (a number refused for its own form, "5476 8", "1/3") names no currency, so it
    is no refusal of an amount (``explain.refusals``). About two thirds of the numbers that
    read nothing in news text; ``tests/parsing/test_fast_paths.py`` checks the premise at
    every skipped number of the corpora and the benchmark's articles.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> atoms = atomize("In 2022, 3 dimes and €5m", lexicon())
    >>> [atoms[k].text for k in _money_starts(atoms, _amount_starts(atoms))]
    ['dimes', '€']
    """
    return [k for k in starts if atoms[k].kind == CUR or atoms[k].text in COINS]


def _particle_of(text: str, langs: frozenset[str]) -> bool:
    """True when ``text`` is a particle of one of ``langs`` that a qualifier written after an
    amount may follow (``AFTER_PARTICLES``: Korean "가" in "5억 달러가 넘는")."""
    return any(text in AFTER_PARTICLES.get(lang, ()) for lang in langs)


def _cjk_units_after(atoms: list[Atom], k: int) -> bool:
    """True when the number at ``k`` has a Korean, Japanese or Chinese unit glued after it
    ("1억2천3백4십5만6천7백8십9원"): its groups may put the currency further than
    ``_MONEY_AFTER`` atoms away, so it is never skipped."""
    return k + 1 < len(atoms) and atoms[k + 1].text in _CJK_UNITS and atoms[k + 1].adjacent


_CJK_UNITS = frozenset(CJK_DIGIT_UNITS) | frozenset(CJK_GROUP_UNITS)
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
    if atom.kind in _NOT_COUNT_ONLY or atom.text in COINS or atom.text in ("a", "an"):
        return False
    for after in atoms[k + 1 : k + 6]:  # noqa: SIM110 (a loop: cheaper than a generator)
        if after.kind == SCALE:
            return False
    return True


# what may follow an article that ``Reader.number_at`` reads ("a billion", "a dime", "a
# hundred and ten"); any other plain word after it ends the article's reading
_AFTER_ARTICLE = NUMBER_WORDS | frozenset(COINS) | frozenset({"-", "and", "of", "point"})


def _article_before_word(atoms: list[Atom], k: int) -> bool:
    """True when the atom at ``k`` is the English article "a" or "an" (a number word to the
    lexicon: "a billion", "a dollar") right before a plain word that is no number word,
    coin, currency name or number link ("a joint statement", "an army", "a débloqué"):
    ``Reader.number_at`` reads the article alone, which ``read_number_words`` reads as no
    number, and returns None, as the word after it is no currency name; ``Reader.amount_at``
    finds nothing there and records nothing, so ``Reader.mentions`` skips the call (about a
    fifth of the starts that read nothing in news text). An article that is a count word of
    some language (``COUNT_WORDS``) or a number word of the caller's (its atom has a value)
    is never skipped.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> from aidcalc.parsing.atoms import atomize
    >>> atoms = atomize("a joint fund of a billion and a dime", lexicon())
    >>> [atoms[k].text for k in range(len(atoms)) if _article_before_word(atoms, k)]
    ['a']
    """
    atom = atoms[k]
    if atom.kind != WORDS or atom.data is not None or (atom.text != "a" and atom.text != "an"):
        return False
    if k + 1 >= len(atoms) or atom.text in COUNT_WORDS:
        return False
    following = atoms[k + 1]
    return (
        following.kind == OTHER and not following.is_name and following.text not in _AFTER_ARTICLE
    )


# ISO 4217 codes that name no currency: "XXX" (no currency, also the generic sign ¤) and
# "XTS" (reserved for tests).
NOT_CURRENCIES = frozenset({"XXX", "XTS"})

# Indian abbreviations glued to a rupee amount ("₹12.5L", "Rs 3Cr"): lakh and crore.
# A lakh and a crore glued after a number with any sign (babel's en_IN compact format writes
# "$25L", "€2.5Cr", "$2.5KCr" and "$2.5LCr": a thousand and a lakh crore).
INDIAN_GLUED = {"l": 5, "lac": 5, "lacs": 5, "cr": 7, "kcr": 10, "lcr": 12}


def _capital_name_scaled(text: str, atoms: list[Atom], k: int) -> bool:
    """True when the currency name at atom ``k`` is written with a capital and leads a number
    with a scale word after it: "Italy pledged Euro 500 million", "Japan gave US Dollar 5
    million", "It gave Yen 5 billion", as some news agencies write a currency before its
    amount (none of them was read until session 23, and nothing said so); "twenty dollars 43
    cents" leads no number, and a capitalised noun before an amount with its own currency after
    it is no currency of it ("am Rand 5 Millionen Euro": German "Rand", an edge)."""
    return (
        text[atoms[k].start].isupper()
        and k + 2 < len(atoms)
        and atoms[k + 1].kind == NUM
        and atoms[k + 2].kind == SCALE
        and not (k + 3 < len(atoms) and atoms[k + 3].kind == CUR)
    )


EVENT_NAMED = (
    "names an event or a class (a currency's name and a year, or one digit before a noun: "
    "'Euro 2024', 'Euro 6 trucks'), not an amount"
)


def _event_named(reader, k: int) -> tuple[int, str]:
    """The problem recorded for the event at currency atom ``k`` (``names_event``), which
    ``explain`` gives when the text holds no amount; no refusal of an amount."""
    atoms = reader.atoms
    start = atoms[k].start
    shown = reader.text[start : atoms[k + 1].end]
    return start, f"{shown!r} at position {reader.position(start)} {EVENT_NAMED}"


def _borrowed(scales, currency, read_scales, other_currency) -> tuple[str, ...]:
    """The assumptions of one value of a change written with the other's scale or currency:
    ``scales`` and ``currency`` its own, ``read_scales`` those it was read with."""
    return (*(("shared-scale",) if read_scales and not scales else ()),) + (
        ("shared-currency",) if other_currency and not currency else ()
    )


def _marks(currency: list[Atom]) -> list[Atom]:
    """The currency marks of one side, a sign glued to a code before it ("MOP$", "CUC$")
    counted as that code: the code tells which dollar the sign is."""
    if len(currency) < 2:
        return currency[:]  # one mark or none: nothing before it to be glued to
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


def _is_rupee(atom: Atom) -> bool:
    data = atom.data
    codes = {data} if isinstance(data, str) else getattr(data, "codes", ())
    return "INR" in codes


def _years_span(low: Side, high: Side) -> bool:
    """True when two bare numbers joined as a range are years of the news, 1990 to 2039, the
    top later by at most twenty years and neither a round hundred ("between 2022 and 2024",
    not "between 2000 and 2500 euros"), the currency after the top: a span of years."""
    if not (
        _is_year(low) and high.currency and not high.scales and _is_year_text(high.number_text)
    ):
        return False
    first, last = int(low.number_text), int(high.number_text)
    return 1990 <= first < last <= min(first + 20, 2039) and first % 100 != 0 and last % 100 != 0


def _years_span_reason(reader, start: int, end: int) -> str:
    """Why a span of years before a currency is refused (``_years_span``)."""
    return (
        f"{reader.text[start:end]!r} at position {reader.position(start)} joins two years "
        "before a currency: a span of years, or a range of amounts? write the amounts with "
        "their sign or a scale word"
    )


def _is_year(side: Side) -> bool:
    """A bare four-digit number from 1900 to 2099, without currency or scale."""
    return not side.currency and not side.scales and _is_year_text(side.number_text)


def _joiner_at(atoms: list[Atom], k: int) -> bool:
    """True when atom ``k`` is a range word or dash with an atom after it."""
    return k + 1 < len(atoms) and atoms[k].text in RANGE_JOINERS


def _is_year_text(text: str) -> bool:
    """True for four digits from 1900 to 2099."""
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


_new_object = object.__new__
# the slots of ``Amount`` (a frozen dataclass with slots), set directly: a slot's own setter
# costs half of ``object.__setattr__``, which looks the slot up by name first
_set_value = Amount.value.__set__
_set_currency = Amount.currency.__set__
_set_qualifier = Amount.qualifier.__set__
_set_high = Amount.high.__set__


# ``known_currencies()``, held here the first time ``new_amount`` asks (a frozen set that never
# changes; asked through its cache for every amount read, the call cost more than the test)
_KNOWN: list[frozenset[str]] = []


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
        or currency not in (_KNOWN[0] if _KNOWN else _known_codes())
        or (qualifier is not None and qualifier not in QUALIFIERS)
    ):
        return Amount(value, currency, qualifier=qualifier)
    amount = _new_object(Amount)
    _set_value(amount, value)
    _set_currency(amount, currency)
    _set_qualifier(amount, qualifier)
    _set_high(amount, None)
    return amount


def _known_codes() -> frozenset[str]:
    """Return ``known_currencies()`` and hold it in ``_KNOWN`` for ``new_amount``."""
    codes = known_currencies()
    if not _KNOWN:
        _KNOWN.append(codes)
    return codes


def _split_sentence_stops(
    atoms: list[Atom], text: str, lex, dotted: list[int] | None = None
) -> list[Atom]:
    """Cut the full stop off a scale or currency word that ends a sentence ("£4.1bn. The …").

    ``dotted``: the indices of the scale and currency atoms whose key ends with a dot, as
    ``atomize`` notes them (else every scale and currency atom is looked at).

    A dotted abbreviation ("bn.", "mil.") may mean another power of ten than the same word
    without the dot in some language; at a sentence end the dot is the full stop, so the word
    means what it means without the dot (any language the dotted form adds joins it). A
    dotted currency abbreviation ("грн.") keeps its meaning and loses only the stop, so that
    the mention ends where the amount does.
    """
    out = atoms
    if "." not in text:
        return out
    if dotted is None:
        kinds = _SCALE_OR_CURRENCY
        dotted = [k for k, atom in enumerate(atoms) if atom.kind in kinds]
    for index in reversed(dotted):
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
        if scale and _scale_rest(atoms, index):
            continue  # "5 tys. 300 zł", "5 тис. 300 грн": 5,300, the dot the abbreviation's
        if atom.kind == SCALE:
            bare = lex.scales.get(atom.text[:-2])
            if bare is None:
                continue
            # a single letter keeps its bare meaning ("$2.174T.": the English trillion, not
            # the Finnish "t.", a thousand)
            data = {**bare, **atom.data} if len(atom.text) == 3 else _stop_scale(bare, atom.data)
        else:  # "300 млн грн.": the currency keeps its meaning; the stop is not part of it
            data = atom.data
        if out is atoms:
            out = list(atoms)
        dot = text.rindex(".", atom.start, atom.end)
        word_end = len(text[atom.start : dot].rstrip()) + atom.start
        if following is not None and following.kind == PUNCT and text[following.start] in ",;:":
            # "5 Mio., 6 Mio. und 7 Mio. Euro": the dot is the abbreviation's and the comma
            # the list's; no full stop is left to end the list (its first item was lost,
            # silently, until session 23)
            out[index : index + 1] = [atom.replace(text=atom.text[:-2], data=data)]
            continue
        # a dotted word of its own read as such keeps its dot, so that the mention, read
        # alone, is read the same ("CZK 800 mil." is not "CZK 800 mil", a Spanish thousand)
        end = atom.end if type(data) is StopScale else word_end
        out[index : index + 1] = [
            atom.replace(end=end, text=atom.text[:-2], data=data),
            Atom(PUNCT, dot, dot + 1, ".", None, word_end == dot),
        ]
    return out


def _scale_rest(atoms: list[Atom], index: int) -> bool:
    """True when the dotted scale word at ``index`` follows a bare number, and a number of at
    most three digits follows it right before its currency: the rest of one amount, not a
    sentence's end and a new amount. After a thousand it adds ("5 tys. 300 zł", "5 тис. 300
    грн", "5 tis. 300 Kč": 5,300, as Polish, Czech, Ukrainian and Russian write a price; it
    read PLN 300, silently, until session 23); after a million or more the reading is refused
    (``number_spans.face_value_after``: "Vybrali 1 mil. 300 Kč" read CZK 300, the million
    lost). After a currency that leads the first number ("€1 tys. 300 zł") the number after
    is an item of its own."""
    if index < 1 or index + 2 >= len(atoms):
        return False
    rest, currency = atoms[index + 1], atoms[index + 2]
    return (
        rest.kind == NUM
        and rest.text.isdigit()
        and len(rest.text) <= 3
        and currency.kind == CUR
        and not (index > 1 and atoms[index - 2].kind == CUR)
    )


_SCALE_OR_CURRENCY = frozenset({SCALE, CUR})
# a word right after a number, glued or one space on ("$5 trill", "Kč 5 tis")
_WORD_AFTER = re.compile(r"[ \u00a0]?([^\W\d_]+)(?![\w'’-])")
_SCALE_STARTS: dict[str, frozenset[str]] = {}


def _scale_starts(lex, language: str) -> frozenset[str]:
    """The beginnings (three letters or more, shorter than the word) of the scale words of
    ``language`` that are words of four letters or more, less the scale keys themselves:
    ``trill``, ``milli``, ``thousa`` in English. Made once per language."""
    starts = _SCALE_STARTS.get(language)
    if starts is None:
        words = [k for k, v in lex.scales.items() if language in v and k.isalpha() and len(k) > 3]
        starts = frozenset(
            w[:n] for w in words for n in range(3, len(w)) if w[:n] not in lex.scales
        )
        _SCALE_STARTS[language] = starts
    return starts


_STOP_SCALES: dict[tuple[int, int], tuple[dict, dict, StopScale]] = {}


def _stop_scale(bare: dict[str, int], dotted: dict[str, int]) -> StopScale:
    """The powers of a dotted scale word at a sentence end, the bare word's and the dotted
    one's, made once per pair of lexicon dicts: a ``sides.StopScale`` when the bare word has
    a power, in a curated language or English, that the dotted one has in none ("mil.")."""
    key = (id(bare), id(dotted))
    known = _STOP_SCALES.get(key)
    if known is None or known[0] is not bare or known[1] is not dotted:
        merged = {**bare, **dotted}
        told = CURATED | {"en"}
        if {p for x, p in bare.items() if x in told} - set(dotted.values()):
            merged = StopScale(merged, dotted)  # "mil.": the bare "mil" is also a thousand
        known = (bare, dotted, merged)
        _STOP_SCALES[key] = known
    return known[2]


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
