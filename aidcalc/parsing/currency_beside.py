"""The currency written next to a number: names, symbols, codes and coins, and the words
that look like money and are not (weights, identifiers, a name that is an ordinary word
there). Which currency a mark means is ``resolve``'s work.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..words import (
    AMOUNT_ADJECTIVES,
    BREAKDOWN_LINKS,
    CONJUNCTIONS,
    CURRENCY_COMPOUNDS,
    CURRENCY_NAMED_GOODS,
    DETERMINERS,
    EACH_WORDS,
    FILLER_LANGS,
    LIST_OR,
    MINOR_UNIT_SIGNS,
    NAME_MAY_FOLLOW_WORDS,
    ORDINARY_NAMES,
    POSSESSIVE_ENDINGS,
    STOP_WORDS,
    YEAR_ATTRIBUTE_BEFORE,
    YEAR_BASIS_BEFORE,
    YEAR_BASIS_ONLY,
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
)
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    LPAREN,
    NUM,
    OTHER,
    PERCENT,
    PUNCT,
    QUAL,
    RPAREN,
    SCALE,
    WORDS,
    Atom,
)  # fmt: skip
from .changes import PERCENT_WORDS
from .context import named_currency
from .lexicon import CurrencyForm
from .number_spans import _YEAR
from .numbers import (
    NUMBER_WORDS,
    is_ambiguous,
    read_number,
    regular_grouping,
)
from .resolve import candidates
from .sides import SIGNS, Side

# Marks that end a clause: minor units written bare ("15 dollars 50") may stand before them.
CLAUSE_ENDS = frozenset('.,;:!?)]}"”»')


# the small words of every curated language, and those of its breakdown links ("of which"):
# after "of", "de", "di", no weighed noun
# "20.50", "1.2345": cents written already (a group of three after one mark is ambiguous,
# ``is_ambiguous``)
_HAS_DECIMALS = re.compile(r"[.,](?:\d{1,2}|\d{4,})$")


def _same_value(before: str, after: str, scaled: object) -> bool:
    """True when the digit strings ``before`` and ``after`` around a sign, neither with a scale
    (``scaled`` false), read as one value and neither reads otherwise with the other decimal
    mark (``is_ambiguous``: "1.500" may be 1.5 or 1500): the sign's number is then no question
    for the amount's value.

    >>> _same_value("205,68", "205.68", None), _same_value("1.500", "1,500", None)
    (True, False)
    >>> _same_value("205,68", "205.86", None), _same_value("12", "12", None)
    (False, True)
    """
    if scaled or not before[:1].isdigit() or is_ambiguous(before) or is_ambiguous(after):
        return False
    if not regular_grouping(before) or not regular_grouping(after):
        return False
    try:
        return read_number(before) == read_number(after)
    except ArithmeticError:
        return False


_FUNCTION_WORDS = frozenset().union(
    *STOP_WORDS.values(), *(phrase.split()[-1:] for phrase in BREAKDOWN_LINKS)
)


def _is_year(number: str) -> bool:
    """True for four digits from 1900 to 2099 (a year, not an amount)."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


PHRASE_WORDS = 3  # the words of a noun phrase after "pounds of" weighed for goods or money


def _noun_phrase(atoms: list[Atom], text: str, k: int) -> list[str]:
    """The plain lower-case words from atom ``k`` on (at most ``PHRASE_WORDS``), up to a
    function word, a capital or punctuation: the noun phrase after "pounds of" ("aid
    supplies", "new aid", "military equipment")."""
    phrase: list[str] = []
    while k < len(atoms) and len(phrase) < PHRASE_WORDS:
        atom = atoms[k]
        raw = text[atom.start : atom.end]
        if atom.kind not in (OTHER, CUR) or not raw.isalpha() or not raw.islower():
            break
        if atom.text in _FUNCTION_WORDS:
            break
        phrase.append(atom.text)
        k += 1
    return phrase


class CurrencyBeside:
    """Part of ``grammar.Reader`` (a base class of it): its methods read the reader's state
    (``self.atoms``, ``self.text``, ``self.lex``, the language and hint given) that
    ``Reader.__init__`` sets."""

    def currency_after(self, k: int, side: Side) -> int:
        """Attach a currency written after the number (and scale); return the next index.

        A symbol or code set apart from this number and glued to a number of its own is that
        number's ("three $200 million loans": the $ belongs to 200; "10 $ 30 cent" keeps it).
        """
        atoms = self.atoms
        if k >= len(atoms):
            return k
        if (
            atoms[k].kind != CUR
            and atoms[k].kind != FILLER
            and (k + 1 == len(atoms) or atoms[k + 1].kind != CUR and atoms[k + 1].text != "-")
        ):
            # no currency, filler, hyphen or adjective before one here: nothing below reads
            # a currency (the usual word after an amount: "in", "for", a stop)
            return k
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
            if (
                not atom.is_name
                and self.text[atom.end : atom.end + 1].isalpha()
                and "\n" in self.text[atoms[k - 1].end : atom.start]
            ):
                # "2,5\n$Deutschland": a sign opening the next line glued to its first word is
                # not this number's; a wrapped line's end stays ("5 Mio.\nEUR", "5 million\neuros")
                return k
            raw = self.text[atom.start : atom.end]
            if isinstance(atom.data, str) and raw.islower() and j != k:
                return k  # a lower-case code counts only right after the number
            if not atom.is_name and (j > k or not atom.adjacent) and self.leads_number(j):
                return k
            if (
                j == k
                and not atom.is_name
                and not side.currency
                and not self.sign_keeps_number_before(j, side, glued=atom.adjacent)
            ):
                # "In 2024 € 5 million", "2024€5m": the sign between two numbers is the 5's
                return k
            if names_no_money(self.text, atoms, j, bool(side.scales)):
                return k  # "the 20 euro area states", "50 Euro 6 trucks": no money
            if atom.is_name and adjective is None and not self.name_is_money(atom, j):
                return k  # after an adjective of money ("convertible marks") a name is money
            if atom.is_name and self.weighs(atom, j, scaled=bool(side.scales)):
                return k  # "in 5 Pfund schweren Paketen": the weight, not the money
            if j == k and not side.scales and year_before_noun(atoms, k, self.text):
                # "The 2024 euro budget", "Its 2023 dollar pledges": the budget's year, or
                # 2,024 euros? (read as the amount, silently, until session 23)
                where = self.position(side.number_start)
                self.problems.append(
                    (
                        side.number_start,
                        f"the number {side.number_text!r} at position {where} is a year before "
                        f"{self.text[atom.start : atoms[min(j + 1, len(atoms) - 1)].end]!r}: "
                        "the year of what it names or of its prices, or an amount? write the "
                        "amount with its sign or a scale word",
                    )
                )
                self.refused_to = max(self.refused_to, j + 1)
                return k
            if (
                side.currency
                and (not candidates(atom) & candidates(side.currency[0]) or not atom.is_name)
                and j + 1 < len(atoms)
                and atoms[j + 1].kind == NUM
            ):
                # "EUR 5 million USD 6 million": the code leads the next amount; so does a sign
                # or code repeating the one before the number ("€1.00 € 1,00 – € 1,50")
                return k
            if adjective is not None:
                atom = atom.replace(start=atoms[k].start, data=narrowed or atom.data)
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
        if j + 1 >= len(atoms) or atoms[j + 1].kind != CUR and atoms[j + 1].text != "-":
            return None  # both readings below need a currency, or a hyphen, after the word
        if (
            atoms[j].kind == CUR
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
        before another word, a number with a percent or a scale, or a sign ("5 real
        problems", "a real 5% rise", "a real £5m boost"), "mark" outside a text in a language
        that writes it as money ("a 10 mark") unless the text names a country that paid in marks
        ("Bosnia got 20 million marks"); a name set apart from its number and joined by a
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
            if told in CONTEXT_NAMES[atom.text]:
                return True
            # a country the text names whose money the word is ("Bosnia got 20 million
            # marks": BAM; issue 9 faults6 B)
            return named_currency(self.text, atom.start, candidates(atom), self.lex)[0] is not None
        if atom.text in ORDINARY_NAMES and self.lang in (None, "en"):
            atoms = self.atoms
            following = atoms[j + 1] if j + 1 < len(atoms) else None
            if following is None:
                return True  # "20 real"
            if following.kind == NUM:
                # "a real 5% rise", "a real 5 million boost"; "one real 50" is 1.50
                after = atoms[j + 2] if j + 2 < len(atoms) else None
                return not (
                    after is not None
                    and (after.kind in (PERCENT, SCALE) or after.text in PERCENT_WORDS)
                )
            if following.kind == CUR and not following.text.isalpha():
                return False  # "a real £5m boost": the sign leads the amount
            if j >= 1 and atoms[j - 1].text in ("a", "an") and following.text not in ".!?":
                return False  # "a real, €5m increase", "a real – if modest – rise"
            return not (
                following.kind in (OTHER, CUR, WORDS)
                and following.text.isalpha()
                and following.text not in NAME_MAY_FOLLOW_WORDS
                and following.text not in ("per", "a", "each")  # "5 million sum per month"
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
        phrase = _noun_phrase(atoms, self.text, j + 2) if word in WEIGHT_LINKS else []
        if any(noun.startswith(WEIGHT_GOODS) for noun in phrase):
            return True  # "5 million pounds of aid supplies", "of humanitarian cargo"
        if scaled and phrase and not any(noun in POUND_MONEY_NOUNS for noun in phrase):
            # "5 million pounds of equipment": a weight or a sum, which the text does not say
            self.problems.append(
                (
                    atom.start,
                    f"{self.text[atom.start : atoms[j + 1 + len(phrase)].end]!r} at position "
                    f"{self.position(atom.start)} may be a weight or a sum of money: "
                    "write the currency's sign or code",
                )
            )
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

    def sign_keeps_number_before(self, j: int, side: Side, glued: bool = False) -> bool:
        """True when the currency sign or code at ``j``, set apart by spaces from the number
        before it (read into ``side``) and from a number after it, or ``glued`` to both, is the
        number before's.

        A sign between two numbers belongs to one of them (issue 9, trialfixa17: "In 2024 € 5
        million" was EUR 2024, the 5 million lost). The evidence, in this order:

        1. a year (four digits, 1900 to 2099, no scale) before the sign and none after: the
           number after ("op 27 februari 2025 € 3,5 miljoen"); one after and none before: the
           number before ("3,5 € 2025");
        2. a currency written after the number after (and its scale): the number before
           ("5 € 10 €", "69 TL 41.90 TL");
        3. a scale word or a decimal part (``_HAS_DECIMALS``) on one number only, the
           number before counting as marked too when it has four digits or more (an amount's
           size, not an article's): that one ("Article 12 € 5 millions", "12 € 5.5" the
           number after; "5 Mio. € 3" the one before; "1 500 000 Kč 2bn" goes on); else a
           number after of one or two digits (cents: "12 € 50"): the number before;
        4. the text's own placement of the same sign elsewhere, only before numbers or only
           after them (``_sign_placement``);
        5. two numbers of no scale that read as the same value, each with no doubt about its
           decimal mark (``_same_value``: "205,68 € 205.68", "1.500,00 € 1,500.00"): the
           amount is that value whichever number the sign belongs to, and the number before
           keeps it (issue 9 item 17);
        6. nothing decides: the reading is refused, the reason naming both numbers
           (``self.refused_to`` past the number after, so neither is read alone).

        A sign glued to both numbers is weighed the same way ("2024€5m", "FY2025$3bn": the
        number after, a year before it; "12€50": cents; each read as the number before's,
        silently, until session 23). A sign with no number after it, glued to one of the
        numbers only, written with a full stop
        that may end the sentence ("Kč. 2"), or written as a name ("2024 Euro 5") is not
        weighed here: it stays the number before's.
        """
        atoms = self.atoms
        b = j + 1
        if b < len(atoms) and atoms[b].kind == CUR and atoms[b].adjacent:
            b += 1  # "US $"
        if b >= len(atoms) or atoms[b].kind != NUM:
            return True
        # glued to the number before only ("3,5€ 2025"), the sign is its number's, but for a
        # year before it and a scaled number after ("In 2024€ 5m went to Kyiv": EUR 2,024 until
        # session 23, the 5 million lost)
        lopsided = glued and not atoms[b].adjacent
        if atoms[b].adjacent != glued and not lopsided:
            return True
        if self.text[atoms[j].start : atoms[b - 1].end].endswith("."):
            return True  # "1 500 000 Kč. 2bn more": the stop may end the sentence
        after = atoms[b]
        if not after.text[:1].isdigit():
            return True
        scaled_after = b + 1 < len(atoms) and atoms[b + 1].kind == SCALE
        year_before = not (side.scales or side.magnitude or side.exponent) and _is_year(
            side.number_text or ""
        )
        year_after = not scaled_after and _is_year(after.text)
        if lopsided:
            return not (year_before and scaled_after)
        if year_before != year_after:
            return year_after
        end = b + 2 if scaled_after else b + 1
        if not (year_before or year_after):
            if end < len(atoms) and atoms[end].kind == CUR:
                return True  # "5 € 10 €", "69 TL 41.90 TL": the number after has its own
            digits = sum(c.isdigit() for c in side.number_text or "")
            before_marked = bool(
                side.scales
                or side.magnitude
                or side.exponent
                or _HAS_DECIMALS.search(side.number_text or "")
                or digits > 3  # "1 500 000 Kč 2bn": a number of an amount's size
            )
            after_marked = scaled_after or bool(_HAS_DECIMALS.search(after.text))
            if before_marked != after_marked:
                return before_marked
            if not after_marked and after.text.isdigit() and len(after.text) <= 2:
                return True  # "12 € 50": cents (``minor_units``), or nothing at all
            placed = self._sign_placement(j)
            if placed is not None:
                return placed
            if _same_value(side.number_text or "", after.text, scaled_after or side.magnitude):
                return True  # "205,68 € 205.68": either way the amount is 205.68
        number_before = self.text[side.number_start : atoms[j - 1].end]
        self.problems.append(
            (
                atoms[j].start,
                f"the currency {self.text[atoms[j].start : atoms[j].end]!r} at position "
                f"{self.position(atoms[j].start)} stands between the numbers {number_before} "
                f"and {self.text[after.start : atoms[end - 1].end]}, and nothing tells which "
                "it belongs to: refused",
            )
        )
        self.refused_to = max(self.refused_to, end)
        return False

    def _sign_placement(self, j: int) -> bool | None:
        """Where the text writes the sign at ``j`` elsewhere: True when every other time it
        stands after a number (and before none: "5 €"), False when every other time before a
        number (and after none: "€ 5"), None when it does both, neither, or is not written
        again."""
        atoms = self.atoms
        sign = atoms[j].text
        sides = set()
        for i, atom in enumerate(atoms):
            if i == j or atom.kind != CUR or atom.text != sign:
                continue
            before = i > 0 and (
                atoms[i - 1].kind == NUM
                or (atoms[i - 1].kind == SCALE and i > 1 and atoms[i - 2].kind == NUM)
            )
            after = i + 1 < len(atoms) and atoms[i + 1].kind == NUM
            if before != after:
                sides.add(before)
        return sides.pop() if len(sides) == 1 else None

    def coin_at(self, k: int, pre: Atom | None, count: Side | None = None):
        """Read "a dime", "four quarters", "10 grand" (count read already); None if not a coin.

        A coin word alone ("a quarter") counts only when it is the whole text, and a counted
        one never before "of" ("three quarters of the aid") nor before an amount set off by a
        bracket, comma, colon or dash ("a quarter (€750m)", "three quarters, or $2bn"): there
        it is a share, and the amount after it says how much.
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
        if _amount_set_off(atoms, index + 1):
            return None  # "a quarter (€750m) to drones": a share of the money, not a coin
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
        side = Side(value=value * COINS[atoms[index].text])
        side.currency.append(atoms[index])
        return side, index + 1

    def minor_units(self, k: int, side: Side) -> int:
        """Read "43 cents" after "20 dollars" into ``side.minor``; return the next index.
        A number with a decimal part already has its cents: "$20.50 43" adds nothing; nor
        does one whose mark may be a decimal one ("EUR 1.001 5": 1.001 with cents is no
        amount, and 1001.05 would rest on the mark read elsewhere)."""
        atoms = self.atoms
        if not side.currency or side.scales or k >= len(atoms):
            return k
        if _HAS_DECIMALS.search(side.number_text or ""):
            return k
        # a mark that may be a decimal one: only cents named as such follow ("$1,250 and 43
        # cents"), and the value must then be whole (``SideValue.value_of``)
        ambiguous = is_ambiguous(side.number_text or "")
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
        if ambiguous:
            return k
        if (
            atom is atoms[k]
            and atom.kind == NUM
            and atom.adjacent
            and atoms[k - 1].kind == CUR
            and atoms[k - 1].adjacent
            and not atoms[k - 1].is_name
            # nothing glued after the digits but a stop ("5€10€": a sign of their own; "50元6角":
            # a unit of their own)
            and (j >= len(atoms) or not atoms[j].adjacent or atoms[j].kind == PUNCT)
        ):
            # "3€50 et 9€90": a sign glued between the euros and two digits is the French
            # price's, cents wherever the clause goes on (read EUR 3 until session 23)
            side.minor = cents / 100
            return j
        if (
            j == len(atoms)
            or (atoms[j].kind == PUNCT and j + 1 == len(atoms))  # "43¢" ending the text
            or (atoms[j].kind in (PUNCT, RPAREN) and atoms[j].text in CLAUSE_ENDS)
        ):
            # "15 dollars 50" at the end of the text or of a clause ("($20 43)", "… 50, said")
            side.minor = cents / 100
            return j
        return k

    def is_identifier(self, code: Atom, k: int, side: Side, after: int) -> bool:
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


# Words that may stand between a mark and the amount it sets off ("a quarter, or €750m").
_SET_OFF_WORDS = frozenset({"or", "some", "about", "roughly", "around", "i.e.", "that", "is"})


def _amount_set_off(atoms: list[Atom], k: int) -> bool:
    """True when ``atoms[k]`` is a bracket, comma, colon or dash followed, perhaps after a few
    linking words ("or", "about"), by a currency or a digit with a scale or currency: an amount
    set off after the word before ``k`` ("a quarter (€750m)", "a quarter – 750 million
    euros")."""
    if k >= len(atoms) or atoms[k].kind not in (LPAREN, PUNCT, JOIN):
        return False
    if atoms[k].kind != LPAREN and atoms[k].text not in (",", ":", ";", "-", "–", "—"):
        return False
    j = k + 1
    while j < len(atoms) and j <= k + 2 and atoms[j].text.casefold() in _SET_OFF_WORDS:
        j += 1
    if j >= len(atoms):
        return False
    if atoms[j].kind == CUR:
        return True
    return (
        atoms[j].kind == NUM
        and atoms[j].text[:1].isdigit()
        and j + 1 < len(atoms)
        and atoms[j + 1].kind in (SCALE, CUR)
    )


def names_no_money(text: str, atoms: list[Atom], j: int, scaled: bool) -> bool:
    """True when the currency atom ``j``, right after a number, is no money of it: the first
    part of a compound noun (``compound_after``), or a name before an event's year or an
    emission class and a noun (``names_event``: "50 Euro 6 trucks", "50 Euro 2024 tickets"),
    single spaces between; a scaled number (``scaled``) takes its currency all the same ("300
    Mio. Euro 2025 gegeben"), and so does a table's cell ("300 Euro<TAB>2025")."""
    if compound_after(atoms, j):
        return True
    if scaled or not atoms[j].is_name or j + 2 >= len(atoms):
        return False
    between = text[atoms[j].end : atoms[j + 2].start]
    return (
        names_event(text, atoms, j)
        and plain_noun(atoms[j + 2])
        and between.count(" ") == 2
        and between.strip(" ").isalnum()
    )


def compound_after(atoms: list[Atom], j: int) -> bool:
    """True when the currency atom ``j`` is the first part of a compound noun: a word of
    ``words.CURRENCY_NAMED_GOODS`` after it ("300 Euro pallets"), one of
    ``words.CURRENCY_COMPOUNDS`` joined by a hyphen ("20 euro-area members"), an emission
    class joined by hyphens ("50 Euro-6-Lkw"), or a compound word after a space when one of
    the same language's ``DETERMINERS`` stands right before the number ("the 20 euro area
    states", "die 20 Euro Länder", "de 20 euro landen"). The number before counts the
    compound: no money (each read as money, silently, until session 23). Without the
    determiner the number may be a price ("Admission: 10 euro members, 15 euro non-members",
    "Das Ticket kostet 3 Euro Zone A"): money, as written."""
    if j + 1 >= len(atoms):
        return False
    following = atoms[j + 1]
    hyphen = following.text == "-" and following.adjacent
    if hyphen:
        if j + 2 >= len(atoms) or not atoms[j + 2].adjacent:
            return False
        following = atoms[j + 2]
        if (
            following.kind == NUM
            and len(following.text) == 1
            and j + 4 < len(atoms)
            and atoms[j + 3].text == "-"
            and atoms[j + 3].adjacent
            and atoms[j + 4].adjacent
            and atoms[j + 4].kind == OTHER
        ):
            return True  # "50 Euro-6-Lkw": an emission class joined to its vehicles
    elif following.adjacent:
        return False
    if following.text in CURRENCY_NAMED_GOODS:
        return True  # "300 Euro pallets", "300 Euro Paletten": goods, not a price
    before = atoms[j - 2].text if j >= 2 and atoms[j - 1].kind == NUM else None
    return any(
        following.text in words and (hyphen or before in DETERMINERS.get(lang, ()))
        for lang, words in CURRENCY_COMPOUNDS.items()
    )


# the emission classes written in Roman numerals ("Euro VI"), in capitals
_ROMAN_CLASSES = frozenset({"I", "II", "III", "IV", "V", "VI", "VII"})
# words after "Euro 6" that keep it an amount ("Euro 6 for each", "Euro 6 each")
_FUNCTION_OR_EACH = frozenset().union(*STOP_WORDS.values(), *EACH_WORDS.values())


def names_event(text: str, atoms: list[Atom], k: int) -> bool:
    """True when the currency atom ``k`` is a capitalised name, in any script, before a number
    that makes it a name: a year with no scale word or number word after it, an event ("Euro
    2024", "EURO 2016", "Евро 2024"), or one digit before a plain word, an emission class
    ("Euro 6 trucks", "Euro 6 Lkw"; each read EUR 6 until session 23); no amount ("EUR 2024",
    "euro 2024", "Euro 2000 Millionen" and, opening a text, "Euro 6 each" stay amounts). A
    currency after the year names no amount either ("Euro 2024 EUR": a table's currency column
    written after the event's name); the year is not read as its number (``Reader.side_at``),
    and a bare number before the name takes no currency of it when a noun follows ("50 Euro 6
    trucks", "50 Euro 2024 tickets": ``names_no_money``; not a table's next line, "1,5 Mrd.
    Euro\n2023-2024 | 4 Mrd. Euro")."""
    if not (atoms[k].is_name and text[atoms[k].start].isupper() and k + 1 < len(atoms)):
        return False
    after = atoms[k + 2] if k + 2 < len(atoms) else None
    if atoms[k + 1].kind != NUM:
        # "Euro VI trucks": the class in Roman numerals
        mark = text[atoms[k + 1].start : atoms[k + 1].end]
        return mark in _ROMAN_CLASSES and plain_noun(after)
    number = atoms[k + 1].text
    if _YEAR.fullmatch(number) is not None:
        return after is None or after.kind not in (SCALE, WORDS)
    return len(number) == 1 and plain_noun(after)


def plain_noun(atom: Atom | None) -> bool:
    """True when ``atom`` is a plain word that may be a noun: no function word of a curated
    language, nor "each" ("Euro 6 trucks", "50 Euro 2024 tickets"; not "Euro 6 each")."""
    return (
        atom is not None
        and atom.kind == OTHER
        and atom.text.isalpha()
        and atom.text not in _FUNCTION_OR_EACH
    )


# the years a word of time before a currency makes a time ("Since 2022 euros have flowed");
# others after it are as often amounts ("until 1950 euros a month")
TIME_YEARS = (1990, 2039)
# "and" and "or" of every language, between two currencies ("the 2024 dollar and euro pledges")
_AND_OR = CONJUNCTIONS | frozenset(LIST_OR)


def year_before_noun(atoms: list[Atom], k: int, text: str) -> bool:
    """True when the number at atom ``k - 1`` is a year (four bare digits, 1900 to 2099) after
    a word of ``words.YEAR_ATTRIBUTE_BEFORE`` or a possessive ("The", "Its", "In",
    "Germany's"), and the currency at atom ``k`` right after it, a code, a sign or a name in
    the singular, is followed by a plain noun (``plain_noun``): the currency, as an
    adjective, names what the noun is counted in, and the year is that thing's ("The 2024 euro
    budget is 5 billion", "Its 2023 dollar pledges", "The 2025 EUR budget line"), or it is an
    amount used as an adjective; the text does not say, so the reading is refused
    (``CurrencyBeside``; ``plain`` leaves it to the grammar). Without such a word before it
    the number is an amount ("Familien erhalten 2000 Euro Soforthilfe", "2000 zł zasiłku",
    "a 2000 euro fine"), and so is a plural name after it ("the 2000 euros compensation").
    A second currency joined by "and" or "or" may stand before the noun ("The 2024 dollar and
    euro pledges").
    After a word of ``words.YEAR_BASIS_BEFORE`` the year is a time or a price basis whatever
    follows the currency ("worth $50bn in 2022 dollars", "in constant 2015 euros", "Since 2022
    dollars have flowed"): True too; but after a word of time a round hundred or a year
    outside ``TIME_YEARS`` is an amount as often ("until 2000 euros of income", "until 1950
    euros a month"), while "constant", "real" and "nominal" make any year a basis ("in
    constant 2000 dollars")."""
    if not (k >= 2 and atoms[k - 1].kind == NUM and _is_year(atoms[k - 1].text)):
        return False
    if atoms[k - 2].text in YEAR_BASIS_BEFORE:
        # "worth $50bn in 2022 dollars", "Since 2022 euros have flowed"; after "constant",
        # "real" or "nominal" any year is a basis, but after a word of time a round hundred or
        # a year far from the news is as often an amount ("until 2000 euros of income", "the
        # current 1950 euro allowance", "after 2040 euros proved too high")
        year = int(atoms[k - 1].text)
        return atoms[k - 2].text in YEAR_BASIS_ONLY or (
            year % 100 != 0 and TIME_YEARS[0] <= year <= TIME_YEARS[1]
        )
    after = k + 1
    if after + 1 < len(atoms) and atoms[after].text in _AND_OR and atoms[after + 1].kind == CUR:
        after += 2  # "The 2024 dollar and euro pledges": two currencies before the noun
    if not plain_noun(atoms[after] if after < len(atoms) else None):
        return False
    currency = atoms[k]
    if currency.is_name and text[currency.start : currency.end].endswith(("s", "S")):
        return False  # "the 2000 euros compensation": a plural, so an amount
    if text[: atoms[k - 1].start].rstrip().endswith(POSSESSIVE_ENDINGS):
        return True  # "Germany's 2024 euro contribution"
    return atoms[k - 2].text in YEAR_ATTRIBUTE_BEFORE  # a word's atom holds it folded
