"""Where a number is and how far it reaches: digits, number words, scale words, counts,
halves and added parts, and the numbers that are no amount (arithmetic, years in
identifiers).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from ..words import (
    AND_A_HALF,
    CJK_DATE_UNITS,
    CJK_DIGIT_UNITS,
    COIN_NOUNS,
    CONJUNCTIONS,
    COUNT_WORDS,
    DASHES,
    GLUED_THOUSANDS,
    HYPHEN_QUALIFIERS,
    LIST_AND,
    LIST_OR,
    MULTIPLIERS,
    NUMBER_OVER_SUFFIXES,
    RANGE_ARTICLES,
    RANGE_JOINER_LANGS,
    RANGE_JOINERS,
    RANGE_OPENER_LANGS,
    TRAILING_SIGN_QUALIFIERS,
    UNITS,
    WHOLE_SCALES,
    YEAR_ABBREVIATION_LANGS,
)
from ..words.currency import (
    WORD_SCALES,
)
from ..words.en import PLUS_AFTER_AMOUNT, PLUS_THEN
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    NUM,
    OPEN,
    OTHER,
    PUNCT,
    RPAREN,
    SCALE,
    WORDS,
    Atom,
)  # fmt: skip
from .cjk_groups import group_count
from .lexicon import CurrencyForm, lexicon
from .numbered import numbered_by
from .numbers import (
    NUMBER_WORDS,
    read_number_words,
    regular_grouping,
)
from .sides import (
    NO_LANGS,
    Side,
    _exponent,
    _is_number_word,
    _number_tokens,
    _scale_langs,
    _smaller_part,
    _whole_count,
)
from .tokens import strip_accents

# glued between two numbers: a power or a fraction ("10^30", "5×10^6", "1/2"), no amount
ARITHMETIC_SIGNS = ("^", "/", "×", "*")

# the counts below one that the word for one may stand before ("een half", "un cuarto")
_PARTS = frozenset({"0.5", "0.25"})

# words for one that are no count word before a scale ("eins" stands alone) but may end a list
OTHER_END = ("eins",)
_OTHER_END_WORDS = frozenset(OTHER_END)


def _leads_number(atoms, k: int) -> bool:
    """True when the currency atom ``k`` is glued to a number right after it ("€1.00"): it
    leads that number, and ends no amount before it."""
    return k + 1 < len(atoms) and atoms[k + 1].kind == NUM and atoms[k + 1].adjacent


_LIST_NUMBER = re.compile(r"[1-9]\d{0,2}")  # "1. 50 млн евро": a list item's number
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # as str.splitlines parts lines
_YEAR = re.compile(r"(?:19|20)\d\d")  # a head that is a year: "In 2024, 50 million euros"
# a number token of digits and grouping marks only, and the one space that may part two groups
_DIGIT_GROUPS = re.compile(r"\d(?:[\d.,'\u2019\u00a0\u202f\u2009 ]*\d)?")
_GROUP_SPACES = (" ", "\u00a0", "\u202f", "\u2009")
# "year" written short after a year, and the languages that write it so: the Lithuanian
# "2024 m." (metai), which no words module lists (its dot ends no sentence), and the words
# of ``words.YEAR_ABBREVIATION_LANGS`` ("2024 р.", "2024 г.")
_YEAR_LETTERS = {"m": frozenset({"lt"}), **YEAR_ABBREVIATION_LANGS}
# a number grouped by spaces: one to three digits, then groups of three after single spaces
_SPACED_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")
_DECIMAL_END = re.compile(r"[.,](?:\d{1,2}|\d{4,})$")  # "$2.00 100 - $2.75": a price ends there

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


@lru_cache(maxsize=4096)
def _mixed_script(word: str) -> bool:
    """True when ``word`` mixes letters of the Latin, Cyrillic and Greek scripts ("mіllion"
    with a Cyrillic "і"): a look-alike, never a word of any language. Remembered per word
    (the words after numbers recur); an ASCII word has one script at most, told at once.

    >>> _mixed_script("mіllion"), _mixed_script("million"), _mixed_script("мільйон")
    (True, False, False)
    """
    if word.isascii():
        return False
    scripts = {
        unicodedata.name(c, "?").split(" ")[0] for c in word if c.isalpha() and not c.isascii()
    }
    if any(c.isascii() and c.isalpha() for c in word):
        scripts.add("LATIN")
    return len(scripts & {"LATIN", "CYRILLIC", "GREEK"}) > 1


def _is_number_link(word: str, langs: frozenset[str]) -> bool:
    """True when ``word`` joins number words in one of ``langs`` ("y" in "treinta y uno")."""
    bare = strip_accents(word)
    return any(bare in _number_tokens(x)[1] for x in langs)


# A date's year and month run into the number after them ("2024-05-06,5"): its day.
_ISO_DATE_HEAD = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\Z")


def _units_in_a_row(first: str, second: str, langs: frozenset[str]) -> bool:
    """True when the number words ``first`` and ``second`` are both units (1 to 9) in a
    language of ``langs`` that writes both ("zwei drei", "deux trois", "two three"): a unit
    after a unit starts no compound in any language.

    >>> _units_in_a_row("zwei", "drei", frozenset({"de"}))
    True
    >>> _units_in_a_row("treinta", "un", frozenset({"es"}))
    False
    """
    words = lexicon().number_words
    for language in langs:
        table = words.get(language, {})
        a, b = table.get(first), table.get(second)
        if a is not None and b is not None and 0 < a < 10 and 0 < b < 10:
            return True
    return False


class NumberSpans:
    """Part of ``grammar.Reader`` (a base class of it): its methods read the reader's state
    (``self.atoms``, ``self.text``, ``self.lex``, the language and hint given) that
    ``Reader.__init__`` sets."""

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
        million euros", "In 2024, 50 million euros", "Since 2022, 99 € a month"). A head that
        opens a line, with a full stop, numbers a list item (``list_number``): "1. 50 млн евро"
        is EUR 50 million, unless its tail has three digits ("1. 500 €" is refused)."""
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
        if mark == "," and j == k + 3 and _list_goes_on(atoms, j):
            # "€5, 10, and 20 million", "€ 5, 10, 20": a list of numbers, each its own item
            # (a scale written once at its end is shared: ``shared._scaled_after_signed``)
            return None
        if mark == "." and len(tail) < 3 and self.list_number(k):
            # "\n1. 50 млн евро": the list item's number, then its amount (a currency before
            # it ends the line above: "евро\n2. 30 млн долларов"); a tail of three digits may
            # be a thousands group split off ("1. 500 €"), refused below as before
            return None
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

    def list_number(self, k: int) -> bool:
        """True when the number at ``k`` (one to three digits, no leading zero) opens a line
        (the text's start, or only spaces after a line break): with its full stop and a space
        after it, it numbers a list item ("1. 50 млн евро", "2. 40 million euros") and is no
        part of the amount that follows."""
        atom = self.atoms[k]
        if _LIST_NUMBER.fullmatch(atom.text) is None:
            return False
        text, i = self.text, atom.start
        while i > 0 and text[i - 1].isspace() and text[i - 1] not in _LINE_BREAKS:
            i -= 1  # the spaces that indent the item
        return i == 0 or text[i - 1] in _LINE_BREAKS

    def spaced_run(self, k: int) -> bool:
        """True (the reason recorded, the run refused whole) when the number at ``k`` is one
        of several digit groups parted by single spaces that group as no writing system does
        ("1 234 5678 €", "12 34 €", "1 23 456 €", "1,234 567 zł"): the tokenizer joins a
        regular spaced grouping ("1 234 567") into one number, so a run it left in pieces is
        no number, and neither its head nor its tail is the amount. A year before the run is
        the clause's date ("In 2024 5 million euros" is EUR 5 million), and a tail of one or
        two digits after a currency and its number is read by ``currency_beside.minor_units``
        ("$20 43" is USD 20.43); a count before a value naming notes or coins ("50 50 dollar
        bills": fifty 50-dollar bills) reads the value as before. A number with a decimal part
        ends a run ("$2.00 100 - $2.75" lists prices), and a run whose last group starts a
        fraction ("3 1/2 million") is left to ``in_arithmetic``; but a number itself grouped
        by spaces goes on after its decimal part ("1 234,5 678 €", "€1 234,56 7"): no price
        list writes its prices so, and the run is refused as well."""
        atoms = self.atoms
        count = len(atoms)
        if (k == 0 or atoms[k - 1].kind != NUM) and (k + 1 >= count or atoms[k + 1].kind != NUM):
            return False  # no digit group beside it (as ``parted`` needs): no run
        text = self.text

        def parted(j: int) -> bool:  # atoms j - 1 and j are digit groups one space apart
            return (
                atoms[j].kind == NUM
                and atoms[j - 1].kind == NUM
                and text[atoms[j - 1].end : atoms[j].start] in _GROUP_SPACES
                and _DIGIT_GROUPS.fullmatch(atoms[j].text) is not None
                and _DIGIT_GROUPS.fullmatch(atoms[j - 1].text) is not None
                and (
                    _DECIMAL_END.search(atoms[j - 1].text) is None
                    # a number grouped by spaces goes on after its decimal part: "1 234,5 678"
                    or any(space in atoms[j - 1].text for space in _GROUP_SPACES)
                )
            )

        first = last = k
        while first > 0 and parted(first):
            first -= 1
        while last + 1 < count and parted(last + 1):
            last += 1
        if first == last or (last + 1 < count and atoms[last + 1].text in ARITHMETIC_SIGNS):
            return False  # "3 1/2 million", "7 3 / 4 %": ``in_arithmetic`` refuses the fraction
        if _YEAR.fullmatch(atoms[first].text) or numbered_by(atoms, first, text):
            # "In 2024 5 million euros": the year, then the amount; "Article 3 250 euros",
            # "On March 15 250 million": the label's number or the day (``numbered``)
            first += 1
        if k < first or first == last:
            return False
        tail = atoms[last].text
        if (
            last == first + 1
            and len(tail) <= 2
            and first > 0
            and atoms[first - 1].kind == CUR
            and _DECIMAL_END.search(atoms[first].text) is None
        ):
            return False  # "$20 43": the cents after the dollars (not after "€1 234,56")
        after = last + 1
        if (
            last == first + 1
            and after + 1 < count
            and atoms[after].kind == CUR
            and atoms[after].is_name
            and atoms[after + 1].kind == OTHER
        ):
            return False  # "50 50 dollar bills": a count of notes named by their value
        shown = text[atoms[first].start : atoms[last].end]
        self.problems.append(
            (
                atoms[first].start,
                f"the digits {shown!r} at position {self.position(atoms[first].start)} are "
                "grouped by spaces as no number is: write it as one number",
            )
        )
        self.refused_to = max(self.refused_to, last + 1)
        return True

    def dash_glued_group(self, k: int) -> bool:
        """True, the number refused with its position, when the number at ``k`` is grouped by a
        space and its first group is glued to a dash glued to digits before it ("Ref. 12-34
        500 million euros"): a range from 12 to 34,500 million, or a reference 12-34 and 500
        million? The text does not say (read as a range it was EUR 12–34,500 million,
        silently); so is the low end before such a top ("€10-16 500" read EUR 10). A spaced
        dash ("12 – 34 500 euros"), an unglued group or a range whose low end is grouped so too
        ("1 000-2 000 €") reads as before."""
        atoms = self.atoms
        top = k if _dash_glued(atoms, k) else k + 2 if _dash_glued(atoms, k + 2) else None
        if top is None:
            return False  # the number is neither such a top nor the low end before one
        atom = atoms[top]
        where = self.position(atom.start)
        self.problems.append(
            (
                atom.start,
                f"the number {atom.text!r} at position {where} is grouped by a space right "
                f"after the {atoms[top - 1].text!r} glued to {atoms[top - 2].text!r}: a range's "
                "top, a ratio's or a reference's and a number? write spaces around the dash "
                "or colon, or the number whole",
            )
        )
        self.refused_to = max(self.refused_to, top + 1)
        return True

    def year_word_after(self, k: int) -> bool:
        """True when the number at ``k`` is a year followed, after a space, by a one-letter
        abbreviation of "year" with its dot that is also a scale word or a currency's sign:
        Lithuanian "2024 m." (metai; "m." is a million in Afrikaans and Icelandic),
        Ukrainian "2024 р." (рік; "р." is the rouble's sign), and the other words of
        ``words.YEAR_ABBREVIATION_LANGS``. The year reading stands unless the sentence's
        language, or the ``lang`` given, is one of the scale's or sign's own and writes no such
        year: the number is then no amount, and the scan goes on after it ("Per 2024 m. € 5
        mln." is EUR 5 million, not EUR 2,024 million; "У 2024 р. 5 млн грн" UAH 5 million,
        not 2,024 roubles). Polish "2024 r." (rok) holds no scale word and needs no rule."""
        atoms = self.atoms
        if not (
            k + 1 < len(atoms)
            and atoms[k + 1].kind in (SCALE, CUR)
            and not atoms[k + 1].adjacent
            and _YEAR.fullmatch(atoms[k].text)
        ):
            return False
        word = atoms[k + 1].text
        if word.endswith(" ."):  # "2024 m. parama": the atom holds its dot
            letter = word[:-2]
        elif k + 2 < len(atoms) and atoms[k + 2].text == "." and atoms[k + 2].adjacent:
            letter = word  # "… 2024 m." ending the sentence: its dot is apart
        else:
            return False
        year_langs = _YEAR_LETTERS.get(letter)
        if year_langs is None:
            return False
        data = atoms[k + 1].data
        own = data.langs | data.home if isinstance(data, CurrencyForm) else frozenset(data)
        lang = self.lang or self.sentence_lang(atoms[k].start)
        if lang in own and lang not in year_langs:
            return False  # "2024 m. rand" in an Afrikaans sentence: 2,024 million
        self.refused_to = max(self.refused_to, k + 2)
        return True

    def number_at(self, k: int) -> tuple[Side, int] | None:
        """Read the number and its scale words at atom ``k``; return the side and next index."""
        atoms = self.atoms
        side = Side(number_start=atoms[k].start)
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
            if (
                self.in_arithmetic(k)
                or self.spaced_run(k)
                or self.year_word_after(k)
                or self.dash_glued_group(k)
            ):
                return None
            # (the expression ends with the hyphen right before the number: looked for first)
            if (
                atom.start
                and self.text[atom.start - 1] == "-"
                and _ISO_DATE_HEAD.search(self.text, max(0, atom.start - 9), atom.start)
            ):
                # a date's day is no number of an amount; run into digits after it ("2024-05-06,5
                # млн гривень": a date and an amount run together in a CSV line) it is refused,
                # never read as 6.5 million
                if not atom.text.isdigit():
                    reason = "is the day of a date before it run into other digits: refused"
                    self.refuse_number(side, atom.end, reason, k + 1)
                return None
            group = self.cjk_group(k, side)
            if group is not None:  # "5천240억": the whole group counts the 억
                return None if group < 0 else self.scaled(side, group, first)
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
            if self.continues_number(k):
                return None  # "… million, four hundred thousand euros": never the tail alone
            if self.lang and self.after_number_word(k, frozenset({self.lang})):
                return None  # "douăzeci și un miliard": a count the lexicon does not spell
            if k in self.spelled and self.after_number_word(k, self.spelled[k]):
                return None  # "femhundre og tretti millioner": never the "tretti" alone
            if self.hyphen_joined(k):
                return None  # "zwei-und-vierzig": never the "vierzig" alone
            side.value = Decimal(atom.data)  # a number word of the caller's language
            if k in self.spelled:  # … or of the one language its words are (``spelled_runs``)
                side.langs.append(self.spelled[k])
            count = self.count_before_spelled_scale(k)
            if count is not None:  # "půl miliarda": the count multiplies the spelled scale
                side.value *= count
                side.number_start = atoms[k - 1].start
            k += 1
        elif atom.kind == WORDS or (atom.kind == SCALE and atom.text in NUMBER_WORDS):
            if atom.text in UNITS and self.continues_number(k):
                return None  # "one million, four hundred thousand dollars": not the tail
            words, spans = [], []
            j = k
            while j < len(atoms):  # the whole run, however long: never its head alone
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

    def scaled(self, side: Side, k: int, first: int) -> tuple[Side, int] | None:
        """Read the scale words from atom ``k`` on into ``side``, and the smaller magnitudes
        that add to it (not after a currency before the number at atom ``first``); return the
        side and the next index."""
        atoms = self.atoms
        k = self.plus_after(k, side, first)  # "5+ million euros", "5-plus million euros"
        k = self.scales_at(k, side)
        if side.scales is None:
            return None
        k = self.half_after_scale(k, side)
        if self.over_suffix_splits(k, side):
            return None  # "3억여 6000만 원": refused, never the smaller part alone
        # "2 billion 300 million", "3 mlrd. 200 mln.": a smaller magnitude adds to the larger;
        # after a range opener a word for "and" joins the range's ends ("between 5 billion and
        # 700 million euros" is no 5.7 billion)
        conjunction = not self.opened_before(first)
        while side.scales:
            j = self.addend_at(k, side, conjunction)
            if j is None:
                break
            part = Side(number_text=atoms[j].text, number_start=atoms[j].start)
            if atoms[j].kind == WORDS:
                part.value = Decimal(atoms[j].data)  # "trois cents" with lang="fr"
            group = self.cjk_group(j, part)  # "1억 2천5백만": the group's count
            if group is not None and group < 0:
                return None
            after = j + 1 if group is None else group
            if side.qualifier is None:
                after = self.over_suffix(after, part)  # "5억 6000여만원": over 560 million
            if after < len(atoms) and atoms[after].kind == SCALE:
                after = self.scales_at(after, part)
            smallest = side.addends[-1].scales if side.addends else side.scales
            if part.scales is None or (
                part.scales and not _smaller_part(smallest[-1], part.scales[0])
            ):
                break
            if not part.scales and first > 0 and atoms[first - 1].kind == CUR:
                break  # "GEL 40 million and 5 ALL": the amount's currency came first
            if not part.scales and group is None and self.face_value_after(j, smallest[-1]):
                return None  # "1 million 2 euro coins": a count and a face value, or a sum?
            side.addends.append(part)
            side.langs.extend(part.langs)
            side.qualifier = side.qualifier or part.qualifier
            k = after
        if side.scales and side.qualifier is None:
            k = self.plus_after(k, side, first)  # "5 billion-plus euros", "€5bn plus to Kyiv"
        return side, k

    def over_suffix_splits(self, k: int, side: Side) -> bool:
        """True, the number refused, when a Korean, Japanese or Chinese "more than" suffix
        (``words.NUMBER_OVER_SUFFIXES``) glued to the group unit ending at atom ``k`` stands
        between it and a number with a unit of its own ("3억여 6000만 원"): the suffix belongs
        after the last group ("3억6000여만 원", over 360 million), and the smaller part read
        alone lost the larger (60 million; issue 9, amounts17b).

        >>> from aidcalc import parse_amount
        >>> parse_amount("3억여 6000만 원")
        Traceback (most recent call last):
        ...
        aidcalc.errors.ParseError: ...
        """
        atoms = self.atoms
        if not side.scales or k + 2 >= len(atoms) or side.qualifier is not None:
            return False
        suffix, number, unit = atoms[k], atoms[k + 1], atoms[k + 2]
        if not (
            suffix.text in NUMBER_OVER_SUFFIXES
            and suffix.kind == OTHER
            and suffix.adjacent
            and number.kind == NUM
            and unit.kind == SCALE
            and unit.adjacent
        ):
            return False
        reason = (
            f"has the suffix {suffix.text!r} (more than) between the parts of one number: "
            "write it after the last group, or the parts as one number"
        )
        self.refuse_number(side, unit.end, reason, k + 3)
        return True

    def plus_after(self, k: int, side: Side, first: int) -> int:
        """Read a "plus" after the number or its scale word into ``side.qualifier`` (over);
        return the next index. A "+" or "-plus" glued to it before a scale word or a
        currency written apart ("5+ million euros", "5-plus million euros", "5 billion-plus
        euros", "5bn-plus EUR"; a sign leading a number of its own is another amount's, and
        after a currency before the number only a scale word may follow: "€5m+ €3m" is a
        sum); or, after a scale word and a currency before the number, the word "plus"
        written apart before the clause's end or a function word (``words.en.PLUS_THEN``:
        "It gave €5bn plus to Kyiv"; "€5bn plus €2bn", "€5bn plus interest" add)."""
        atoms = self.atoms
        count = len(atoms)
        if k >= count:
            return k
        suffixed = self.over_suffix(k, side)
        if suffixed != k:
            return suffixed  # "300多万美元", "5亿多元": more than the figure
        priced = first > 0 and atoms[first - 1].kind == CUR  # "€5bn": a currency before
        j = k
        if atoms[j].adjacent and atoms[j].text in TRAILING_SIGN_QUALIFIERS:
            kind, j = TRAILING_SIGN_QUALIFIERS[atoms[j].text], j + 1
        elif (
            j + 1 < count
            and atoms[j].adjacent
            and atoms[j].text in DASHES
            and atoms[j + 1].adjacent
            and atoms[j + 1].text in HYPHEN_QUALIFIERS
        ):
            kind, j = HYPHEN_QUALIFIERS[atoms[j + 1].text], j + 2
        elif (
            priced
            and side.scales
            and not atoms[j].adjacent
            and atoms[j].text == PLUS_AFTER_AMOUNT
            and (
                j + 1 == count
                or atoms[j + 1].kind in (PUNCT, RPAREN)
                and atoms[j + 1].text not in "+-"
                or atoms[j + 1].text in PLUS_THEN
            )
        ):
            side.qualifier = "over"
            return j + 1
        else:
            return k
        if j >= count or atoms[j].adjacent:
            return k
        if atoms[j].kind == SCALE and not side.scales:
            side.qualifier = kind
            return j
        leads = j + 1 < count and atoms[j + 1].kind == NUM and atoms[j + 1].adjacent
        if atoms[j].kind == CUR and not priced and not leads:
            side.qualifier = kind
            return j
        return k

    def over_suffix(self, k: int, side: Side) -> int:
        """Read a Korean, Japanese or Chinese suffix of "more than" (``words.NUMBER_OVER_SUFFIXES``)
        at atom ``k`` into ``side.qualifier`` (over); return the index after it, else ``k``.

        The suffix is glued to the number before a group unit of its language ("300多万美元":
        over 3 million dollars; "1000여억 원": over 100 billion won; "10余万円"), or glued to
        the unit before the currency ("5亿多元", "500억여 원"); the figure is the number times
        the unit, as written. Anywhere else it is a letter of a word ("3여단", a brigade).

        >>> from aidcalc.parsing.grammar import Reader
        >>> reader = Reader("300多万美元", None, None)
        >>> side = Side()
        >>> reader.over_suffix(1, side), side.qualifier
        (2, 'over')
        >>> reader = Reader("3여단에 5억 달러", None, None)
        >>> reader.over_suffix(1, Side())
        1
        """
        atoms = self.atoms
        if k + 1 >= len(atoms) or side.qualifier is not None:
            return k
        suffix, after = atoms[k], atoms[k + 1]
        langs = NUMBER_OVER_SUFFIXES.get(suffix.text)
        if langs is None or not suffix.adjacent or suffix.kind != OTHER:
            return k
        if not side.scales and after.kind == SCALE and isinstance(after.data, dict):
            fits = langs & set(after.data)  # glued to the number, before its unit
        elif side.scales and after.kind == CUR and isinstance(side.scales[-1], dict):
            fits = langs & set(side.scales[-1])  # glued to the unit, before the currency
        else:
            return k
        if not fits:
            return k
        side.qualifier = "over"
        return k + 1

    def addend_at(self, k: int, side: Side, conjunction: bool = True) -> int | None:
        """The index of a smaller magnitude that adds to the scaled number ending at ``k``,
        else None: "2 billion 300 million", "2 miliardi e 146 milioni di euro" (a conjunction
        between, when a currency follows the smaller scale: the whole is then one amount;
        not with ``conjunction`` false), and "10 bin 800 dolar" (a bare number under a
        thousand after "thousand", right before the currency: Turkish writes 10,800 so)."""
        atoms = self.atoms
        j = k
        if j < len(atoms) and atoms[j].text in CONJUNCTIONS and not atoms[j].adjacent:
            if not conjunction:
                return None
            j += 1
        if j + 1 < len(atoms) and atoms[j].kind == WORDS and atoms[j].data is not None:
            # "deux milliards trois cents millions", "zwei Milliarden dreihundert Millionen"
            # with their ``lang``: a number word of the caller's language and a smaller scale
            # word add as digits do; read alone, the first scale was dropped silently (issue
            # 9, amountfaults16)
            if atoms[j + 1].kind == CUR and j in self.spelled and not _leads_number(atoms, j + 1):
                # "cent vingt-trois millions quatre cent cinquante-six mille euros": the last
                # part, a run spelled with its thousand (``spelled_runs``), before the currency
                return j
            if atoms[j + 1].kind != SCALE:
                return None
            return _scale_ends_part(atoms, j, k)
        if j + 1 >= len(atoms) or atoms[j].kind != NUM:
            return None
        if j == k and atoms[j + 1].adjacent and atoms[j + 1].text in CJK_DIGIT_UNITS:
            return j  # "1억2천5백만": a group with digit units
        if not atoms[j].text.isdigit():
            # "2 millions 500 000 euros", "2 Millionen 500.000 Euro": a grouped bare number
            # right before the currency; ``value_of`` checks it is below the scale
            grouped = atoms[j + 1].kind == CUR and _whole_count(atoms[j])
            if _leads_number(atoms, j + 1):
                return None  # the sign leads the number after it
            return j if grouped and not atoms[j + 1].adjacent else None
        if atoms[j + 1].kind == SCALE:
            return _scale_ends_part(atoms, j, k)
        if (
            j + 2 < len(atoms)
            and atoms[j + 1].text in NUMBER_OVER_SUFFIXES
            and atoms[j + 2].kind == SCALE
        ):
            return _scale_ends_part(atoms, j, k)  # "5억 6000여만원": ``over_suffix`` reads it
        if atoms[j + 1].kind != CUR or _leads_number(atoms, j + 1):
            return None  # "EUR 1-2 k 1 €1.00": the sign glued to "1.00" is that number's
        return j

    def face_value_after(self, j: int, scale: dict[str, int]) -> bool:
        """True, the number refused with its position, when the bare number at ``j`` (digits,
        no scale word) stands right before its currency after a scale above a thousand:
        "Slovakia issued 1 million 2 euro coins" is a count and a coin's face value, and "2
        мільйони 500 гривень" 2,000,500 only as speech says it; news writes the sum whole
        ("2 000 500"). It read EUR 1,000,002 silently until session 23. After a thousand the
        addend stands ("10 bin 800 dolar", "3 mila 500 euro": Turkish and Italian write 10,800
        and 3,500 so) unless a coin or note follows the currency (``words.COIN_NOUNS``: "10
        thousand 2 euro coins", "5 tys. 2 zł monet", EUR 10,002 until session 24), and so do
        a grouped rest ("2 millions 500 000 euros") and a Korean,
        Japanese or Chinese group after a myriad ("30만9천381엔")."""
        atoms = self.atoms
        atom = atoms[j]
        if (
            atom.kind != NUM
            or not atom.text.isdigit()
            or j + 1 >= len(atoms)
            or atoms[j + 1].kind != CUR
        ):
            return False
        if min(scale.values()) < 6 and not (  # a thousand, or a myriad ("30만9천381엔")
            min(scale.values()) == 3
            and j + 2 < len(atoms)
            and atoms[j + 2].text in COIN_NOUNS  # "10 thousand 2 euro coins": a face value
        ):
            return False
        self.problems.append(
            (
                atom.start,
                f"the number {atom.text!r} at position {self.position(atom.start)} follows a "
                "scale word without one of its own: a count and a face value ('1 million 2 "
                "euro coins'), or one sum? write the sum whole ('2 000 500'), or the count "
                "and the value apart",
            )
        )
        self.refused_to = max(self.refused_to, j + 2)
        return True

    def cjk_group(self, k: int, side: Side) -> int | None:
        """Read into ``side.value`` the count of a Korean, Japanese or Chinese number group
        that the digits at atom ``k`` start with digit units (``cjk_groups.group_count``:
        "5천240억", "3千5百万"), and return the index of the atom after it (its group unit's,
        if any); None for a plain number, and a digit and one unit read as a scale word
        ("5천억": the scale words multiply); -1 when the group is no number (refused)."""
        atoms = self.atoms
        atom = atoms[k]
        if k + 1 >= len(atoms) or not atom.text.isdigit():
            return None
        before = atoms[k - 1] if k else None
        if (
            before is not None
            and before.text in CJK_DIGIT_UNITS
            and atom.start - before.end <= 1
            and self.text[before.end : atom.start] in ("", " ")
        ):
            # a group is never read from its middle: "9천381" was read from its 9 (no amount
            # there, none here); "천 4백만" starts with a unit without its digit, refused (4
            # million for 14 million)
            if k > 1 and atoms[k - 2].kind == NUM and before.adjacent:
                return -1
            reason = (
                f"is part of a number group that starts with {before.text!r} alone: write its digit"
            )
            end = k + 1
            while (
                end < len(atoms)
                and atoms[end].kind in (NUM, SCALE)
                and atoms[end].start - atoms[end - 1].end <= 1
            ):
                end += 1
            return self.refuse_number(side, atoms[end - 1].end, reason, end)
        unit = atoms[k + 1]
        if not unit.adjacent or unit.text not in CJK_DIGIT_UNITS:
            return None
        try:
            read = group_count(self.text, atom.start)
        except ValueError as reason:
            end = k + 2
            while end < len(atoms) and atoms[end].adjacent and atoms[end].kind in (NUM, SCALE):
                end += 1
            return self.refuse_number(side, atoms[end - 1].end, str(reason), end)
        if read is None:
            return None
        count, end = read
        after = next((j for j in range(k + 1, len(atoms)) if atoms[j].start >= end), len(atoms))
        if atoms[after - 1].end != end:
            return None  # the group ends inside a token: not this reading
        if after == k + 2 and unit.kind == SCALE and not self.over_before_unit(after):
            return None
        side.value = Decimal(count)
        side.number_text = self.text[atom.start : end]
        return after

    def over_before_unit(self, k: int) -> bool:
        """True when atom ``k`` is a "more than" suffix (``words.NUMBER_OVER_SUFFIXES``) glued
        between a digit and its unit ("2천", "2千") and a group unit glued after it ("2천여만
        원", "1亿2千多万元": more than 20 million): the digit and its unit are then the group's
        count, the suffix its qualifier (``over_suffix``), never a scale word multiplying the
        group unit after a word that stops it (issue 9 item 15)."""
        atoms = self.atoms
        return (
            k + 1 < len(atoms)
            and atoms[k].text in NUMBER_OVER_SUFFIXES
            and atoms[k].kind == OTHER
            and atoms[k].adjacent
            and atoms[k + 1].kind == SCALE
            and atoms[k + 1].adjacent
        )

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
        counts = COUNT_WORDS[atom.text]
        if "0.25" in counts.values() and not (
            k > 0 and "1" in COUNT_WORDS.get(self.atoms[k - 1].text, {}).values()
        ):
            return False  # "el cuarto millón": the fourth, a quarter only after "un"
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

    def opened_before(self, first: int) -> bool:
        """True when a range opener (an ``OPEN`` atom: "between", "zwischen", "entre") stands
        right before the number or currency at atom ``first``, perhaps before an article of
        its range ("entre los"): the number is a range's low end."""
        atoms = self.atoms
        k = first - 1
        if k < 0:
            return False
        if atoms[k].kind == OPEN:
            return True
        return k > 0 and atoms[k - 1].kind == OPEN and self.range_article(k - 1, k)

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

    def spaced_fraction(self, k: int) -> Decimal | None:
        """The fraction of a mixed number that starts at atom ``k``, a space after whole digits:
        a vulgar fraction ("5 ½", "2 ¾") or digits, a slash and digits glued ("5 1/2", "2 3/4",
        a numerator below its denominator, the denominator at most 100, nothing glued after
        it: "5 1/2/2024" is no fraction). ``Decimal(0)`` for a fraction no decimal writes
        exactly ("5 1/3", "5 ⅓"), to refuse; None when no fraction stands there.

        >>> from aidcalc import parse_amount
        >>> str(parse_amount("€5 1/2 million")), str(parse_amount("$2 ¾ billion"))
        ('EUR 5500000', 'USD 2750000000')
        """
        atoms = self.atoms
        atom = atoms[k]
        if atom.text in VULGAR_FRACTIONS:
            if k + 1 < len(atoms) and atoms[k + 1].adjacent and atoms[k + 1].kind == NUM:
                return None
            return VULGAR_FRACTIONS[atom.text] or Decimal(0)
        if not (
            atom.kind == NUM
            and atom.text.isdigit()
            and k + 2 < len(atoms)
            and atoms[k + 1].text == "/"
            and atoms[k + 1].adjacent
            and atoms[k + 2].kind == NUM
            and atoms[k + 2].adjacent
            and atoms[k + 2].text.isdigit()
            and (k + 3 == len(atoms) or not atoms[k + 3].adjacent or atoms[k + 3].kind != PUNCT)
        ):
            return None
        numerator, denominator = int(atom.text), int(atoms[k + 2].text)
        if not 0 < numerator < denominator <= 100:
            return None
        while denominator % 2 == 0:
            denominator //= 2
        while denominator % 5 == 0:
            denominator //= 5
        if denominator != 1:
            return Decimal(0)  # "1/3": no decimal writes it exactly
        return Decimal(numerator) / Decimal(int(atoms[k + 2].text))

    def glued_after_number(self, k: int, side: Side) -> int:
        """Check what is glued to the end of a number at atom ``k``; return the next index, or
        -1 (the reason recorded) when the number cannot be read alone.

        - a mark and a dash after whole digits write no cents ("5,- €", "100.- CHF", as
          German and Swiss prices are written): the number is whole, read with its currency
          after the dash (they were refused as "no currency next to the number");
        - a vulgar fraction after whole digits is added to them ("£2½m", "€5¾ million"), and
          so is one after a space, or digits, a slash and digits glued after a space ("€5 1/2
          million", "€1 ½ million": ``spaced_fraction``); one with no exact decimal ("⅓", "5
          1/3") or glued after a number with a mark is refused;
        - a combining mark ("5\u0301"), letters running on into digits ("0x10") or digits of
          another kind ("5〇〇"), or a mark glued between the number and a scale word ("€5.m")
          is refused: read alone the number would drop what follows it (issue 9 item 6);
        - but whole digits, a unit of a date (``CJK_DATE_UNITS``) and digits are a date
          ("2025年2月18日"): the number is read alone, a year or a month, no amount.
        """
        atoms = self.atoms
        if k >= len(atoms):
            return k
        atom = atoms[k]
        if (
            atom.adjacent
            and atom.text in (",", ".")
            and k + 1 < len(atoms)
            and atoms[k + 1].adjacent
            and atoms[k + 1].text in DASHES
            and (side.number_text.isdigit() or atom.text not in side.number_text)
            and (k + 2 == len(atoms) or atoms[k + 2].kind not in (NUM, WORDS, SCALE))
        ):
            # "5,- €", "5.- CHF", "1.000,- €": a dash for no cents; the mark before it is the
            # decimal mark, so the number's own marks group its thousands
            if not side.number_text.isdigit():
                if not regular_grouping(side.number_text + atom.text + "00"):
                    # "1.5,- €": quoted as written, not with the cents the dash stands for
                    return self.refuse_number(
                        side,
                        atoms[k + 1].end,
                        "groups its digits as no writing system does: not one amount",
                        k + 2,
                    )
                side.number_text += atom.text + "00"
            return k + 2
        if (
            atom.adjacent
            and atom.text in (",", ".")
            and k + 2 < len(atoms)
            and atoms[k + 1].adjacent
            and atoms[k + 1].text in DASHES
            and atoms[k + 2].adjacent
            and atoms[k + 2].kind == NUM
        ):
            # "5,-5 €": a no-cents dash run on into digits is neither cents nor a minus sign
            return self.refuse_number(
                side, atoms[k + 2].end, "runs a dash on into other digits: refused", k + 3
            )
        shown_end = atom.end
        if not atom.adjacent and side.number_text.isdigit():
            fraction = self.spaced_fraction(k)  # "€5 1/2 million", "€1 ½ million"
            if fraction is not None:
                used = 1 if atom.text in VULGAR_FRACTIONS else 3
                if fraction:
                    side.plus = fraction
                    return k + used
                return self.refuse_number(
                    side,
                    atoms[k + used - 1].end,
                    "has a fraction no decimal writes exactly: write the value in digits",
                    k + used,
                )
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
        elif (
            atom.kind == OTHER
            and atom.text.startswith(CJK_DATE_UNITS)
            and side.number_text.isdigit()
        ):
            return k  # "2025年2月18日": a year and a month, no number running on
        elif (atom.kind == OTHER or atom.text == "_") and (
            any(c.isnumeric() for c in atom.text)
            or k + 1 < len(atoms)
            and atoms[k + 1].adjacent
            and atoms[k + 1].kind == NUM
        ):  # "0x10", "5〇〇", and digits grouped by an underscore as code writes them ("5_000")
            if k + 1 < len(atoms) and atoms[k + 1].adjacent:
                shown_end = atoms[k + 1].end
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
        after = k + 1
        while atom.text == "_" and after < len(atoms) and atoms[after].adjacent:
            after += 1  # the digits grouped by underscores go too: "1_000_000 USD" is no "000 USD"
        return self.refuse_number(side, shown_end, f"{reason}: refused", after)

    def refuse_number(self, side: Side, shown_end: int, reason: str, after: int) -> int:
        """Record that the number of ``side``, quoted up to ``shown_end``, is refused for
        ``reason``, refuse every atom up to ``after``, and return -1 (no number)."""
        start = side.number_start
        shown = self.text[start:shown_end]
        self.problems.append(
            (start, f"the number {shown!r} at position {self.position(start)} {reason}")
        )
        self.refused_to = max(self.refused_to, after)
        return -1

    def half_after_scale(self, k: int, side: Side) -> int:
        """The index after "and a half" written after the scale word ("un milione e mezzo",
        "dos millones y medio": the word for "and" and the word for a half, both of the scale's
        language), ``side.plus`` set; else ``k``."""
        atoms = self.atoms
        if not side.scales or k + 1 >= len(atoms) or atoms[k].text not in LIST_AND:
            return k
        half = COUNT_WORDS.get(atoms[k + 1].text)
        if not half:
            return k  # no count word after the "and" ("5 million and more"): no half
        if side.value is not None and side.value != side.value.to_integral_value():
            return k
        if side.value is None and not side.number_text.isdigit():
            return k  # "2,5 milioni e mezzo" is no number
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
        """The index of the word for a half (or a quarter) when atom ``k`` is the word for one
        of the same language before it, and a scale word follows, a filler between or not
        ("een half miljard", "en halv milliard": a half, not one; "un cuarto de millón", "un
        quart de million": a quarter), else ``k``."""
        atoms = self.atoms
        scale = self.count_scale(k + 1) if k + 2 < len(atoms) else None
        if scale is None:
            return k
        if k > 0 and atoms[k - 1].kind in (NUM, WORDS):
            return k  # "tjugo en halv": the word for one ends another number
        one = COUNT_WORDS.get(atoms[k].text, {})
        half = COUNT_WORDS.get(atoms[k + 1].text, {})
        langs = {x for x, v in one.items() if v == "1" and half.get(x) in _PARTS}
        if self.lang:
            langs &= {self.lang}
        else:
            langs &= set(atoms[scale].data or ())
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
        if j == k - 1 and _units_in_a_row(atoms[j].text, atoms[k].text, langs):
            # "zwei drei Millionen": two numbers in a row, no one number in any language, so
            # no ``lang`` would read them (issue 9, amountfaults16)
            reason = (
                "are two numbers in a row, one number in no language: write the value in digits"
            )
        elif self.lang:
            reason = "do not read as one number: write the value in digits"
        else:
            reason = "are read only in their language: pass lang="
        self.problems.append(
            (
                atoms[j].start,
                f"the number words {self.text[atoms[j].start : atoms[k].end]!r} at position "
                f"{where} {reason}",
            )
        )
        return True

    def continues_number(self, k: int) -> bool:
        """True (the reason recorded) when the number word at atom ``k`` stands right after a
        scale word, a comma between or not, that a number word or digits count ("one hundred
        million, four hundred thousand dollars", "25 thousand five hundred dollars", "cent
        millions quatre cents euros" when the head was not read as one number with it): the
        words from ``k`` are the tail of a longer number, and reading them alone would keep the
        tail and lose the head (issue 9, item 5)."""
        atoms = self.atoms
        j = k - 1
        if j >= 0 and atoms[j].text == ",":
            j -= 1
        if j < 1 or atoms[j].kind != SCALE or atoms[j].adjacent and atoms[j - 1].kind == NUM:
            return False
        head = atoms[j - 1]
        tokens = _spelled_tables(self.lex)[0]
        if not (
            head.kind == NUM  # "25 thousand five hundred dollars": digits count the scale
            or head.kind == WORDS
            and head.data is not None
            or head.text in UNITS
            or head.text in MULTIPLIERS
            or head.kind in (OTHER, WORDS)
            and head.text in tokens
        ):
            return False
        self.refused_to = max(self.refused_to, k + 1)
        self.problems.append(
            (
                head.start,
                f"the number words {self.text[head.start : atoms[k].end]!r} at position "
                f"{self.position(head.start)} are one number whose head was not read with its "
                "tail: write the value in digits",
            )
        )
        return True

    def e_notation(self, k: int, side: Side) -> int:
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

    def scales_at(self, k: int, side: Side) -> int:
        """Read the scale words after a number into ``side.scales``; return the next index.

        A scale may be joined by a hyphen ("$6-billion", "two-billion-dollar"), and so may a
        number word that is also a scale, read in its language ("400-tisíc eur", "400-mil
        euros": 400 thousand, never the range 400 to 1000). Two scale words
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
                and (
                    atoms[k + 1].kind == SCALE
                    # a number word that is also a scale ("400-tisíc", "400-mil" read with
                    # their language): the number's scale, never a range's bare top
                    or (atoms[k + 1].kind == WORDS and atoms[k + 1].data in WORD_SCALES)
                )
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
                spelled = self.lex.scales.get(atom.text)
                if spelled is not None and spelled.get(self.lang) == scale[self.lang]:
                    # a number word of the hint's language that other languages write as a
                    # scale word of another power ("5 mil korun" with lang="es": the Czech
                    # million): the value's steps weigh the amount's own words against the
                    # hint (``side_value.SideValue.exponent_of``)
                    scale = spelled
                    side.langs.append(_scale_langs(scale))
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


def _scale_ends_part(atoms, j: int, k: int) -> int | None:
    """Return ``j`` when the scale word after atom ``j`` ends a smaller part of the number
    read from ``k``: at once when ``j`` is ``k``, else (after a conjunction) only when the
    currency follows the scale words ("2 milliards et 300 millions d'euros"); else None."""
    if j == k:
        return j
    end = j + 2
    while end < len(atoms) and atoms[end].kind in (SCALE, FILLER):
        end += 1
    return j if end < len(atoms) and atoms[end].kind == CUR else None


# A spelled number's run of words, read with no ``lang`` (``spelled_runs``): at most this many
# atoms before its scale word ("dos mil trescientos", "cent cinquante et un", "quatre cent
# quatre - vingt - dix - neuf"); a longer run is refused by ``after_number_word``, never read
# from its middle
_SPELLED_MAX = 16
# the marks inside a number word that the tokenizer cuts apart ("cinquante-six", "п'ятдесят")
_SPELLED_MARKS = frozenset({"-", "'", "\u2019"})


@lru_cache(maxsize=4)
def _spelled_tables(lex) -> tuple[frozenset[str], dict[str, tuple[tuple[str, dict], ...]]]:
    """(every token of any language's number words, {token: ((language, its table), …)} of the
    languages whose number words hold the token), for ``spelled_runs``."""
    by_token: dict[str, list] = {}
    for language, table in lex.number_words.items():
        tokens = {token for key in table for token in key.split(" ")}
        for token in tokens:
            by_token.setdefault(token, []).append((language, table))
    return frozenset(by_token), {token: tuple(found) for token, found in by_token.items()}


def _spelled_value(
    words: list[str],
    table: dict[str, int],
    glued: tuple[str, ...] = (),
    links: frozenset[str] = frozenset(),
) -> int | None:
    """The value of ``words`` in one language's number words (``table``: 0..999 and the round
    thousand, million and billion, each key its tokens joined by a space): the longest keys
    first, then at most [count] thousand [rest], each part under a thousand ("dos mil
    trescientos": 2300). A word of no key that writes one of ``glued``, the language's word for
    a thousand inside a compound, between parts of the table ("duemilacinquecento",
    "zweitausendfünfhundert"), is read as those parts; one of ``links``, the words that join
    the language's number words, may stand right after the thousand ("três mil e quinhentos").
    None when the words are no one number there (two numbers in a row, "zwei drei"; a word of
    no key).

    >>> _spelled_value(["dos", "mil", "trescientos"], {"dos": 2, "mil": 1000, "trescientos": 300})
    2300
    >>> _spelled_value(["zwei", "drei"], {"zwei": 2, "drei": 3}) is None
    True
    >>> _spelled_value(["duemilacinquecento"], {"due": 2, "cinquecento": 500}, ("mila",))
    2500
    >>> _spelled_value(["mil", "e", "cem"], {"mil": 1000, "cem": 100}, (), frozenset({"e"}))
    1100
    """
    values: list[int] = []
    at = 0
    while at < len(words):
        for end in range(len(words), at, -1):  # the longest key first
            value = table.get(" ".join(words[at:end]))
            if value is not None:
                values.append(value)
                at = end
                break
        else:
            parts = _glued_parts(words[at], table, glued)
            if parts is not None:
                values.extend(parts)
            elif not (values and values[-1] == 1000 and words[at] in links and at + 1 < len(words)):
                return None
            at += 1
    if 1000 in values:  # [count] thousand [rest]
        cut = values.index(1000)
        before, after = values[:cut], values[cut + 1 :]
    else:
        before, after = [], values
    if len(before) > 1 or len(after) > 1 or any(not 0 < v < 1000 for v in before + after):
        return None
    return (before[0] if before else 1) * 1000 * (1000 in values) + (after[0] if after else 0)


def _run_after(atoms, s: int, run_word, glued) -> int | None:
    """The end of a run of number words right after the scale word at ``s`` and right before
    a currency ("mille sept cent euros": the run "sept cent"), else None."""
    end = s + 1
    while end < len(atoms) and run_word(atoms[end]) and not glued(end):
        end += 1
    if end == s + 1 or end >= len(atoms) or atoms[end].kind != CUR:
        return None
    if atoms[s + 1].kind in (JOIN, FILLER) or any(a.kind == SCALE for a in atoms[s + 1 : end]):
        return None
    return end


def _add_run(
    runs: dict, lex, by_token: dict, atoms, start: int, end: int, scale_langs: set
) -> bool:
    """Record in ``runs`` the words ``atoms[start:end]`` as one number when they read as one
    and the same in every language whose number words hold them all, or that writes one of
    them as a glued compound with its thousand (``_glued_langs``), and that writes the scale
    word (``scale_langs``); return whether they do."""
    words = [a.text for a in atoms[start:end]]
    if len(words) == 1 and words[0] in COUNT_WORDS:
        return False  # "dos millones": ``count_word`` reads it
    langs = set(scale_langs)
    for word in words:  # a glued compound counts in its languages ("zweitausendfünfhundert")
        langs &= {language for language, _ in by_token.get(word, ())} | _glued_langs(word, lex)
    values = {
        _spelled_value(words, lex.number_words[language], GLUED_THOUSANDS.get(language, ()))
        for language in langs
    }
    if len(values) == 1 and None not in values:  # one number, the same in each language
        runs[start] = (end, values.pop(), frozenset(langs))
        return True
    return False


def _glued_parts(word: str, table: dict[str, int], glued: tuple[str, ...]) -> list[int] | None:
    """The parts of one glued compound number ("duemilacinquecento": [2, 1000, 500];
    "milleduecento": [1000, 200]): a form of ``glued`` (the word for a thousand) with a count
    of the table before it, a rest after it, or both, each under a thousand; else None."""
    for form in glued:
        at = word.find(form)
        if at < 0 or len(word) == len(form):
            continue
        count, rest = word[:at], word[at + len(form) :]
        parts = [table.get(count, 0)] if count else []
        parts.append(1000)
        if rest:
            parts.append(table.get(rest, 0))
        if all(0 < v < 1000 for v in parts if v != 1000) and parts.count(1000) == 1:
            return parts
    return None


def _run_kept(value: int, glued: bool, end) -> bool:
    """True when a spelled run ending at ``end`` is made one number-word atom: always before a
    scale word; before a currency only when the run is one the grammar does not read itself,
    a glued compound ("duemila euro") or a thousand with a rest ("dos mil quinientos euros"),
    never a round thousand ("dos mil euros") or a number under a thousand ("cinq cents euros"),
    which read as they always did."""
    return end.kind != CUR or glued or value > 1000 and value % 1000 != 0


@lru_cache(maxsize=64)
def _run_links(lang: str) -> frozenset[str]:
    """The words that may join the word for a thousand to the rest of a spelled number in
    ``lang``: those its number words hold ("y", "e", "et", "i") and its list's "and" ("und",
    "og": "duemila e cinquecento")."""
    return _number_tokens(lang)[1] | {word for word, langs in LIST_AND.items() if lang in langs}


@lru_cache(maxsize=4096)
def _thousand(word: str, lex) -> bool:
    """True when ``word`` is the word for a thousand in some language ("mil", "mille"), or a
    glued compound ending in it ("duemila")."""
    if any(table.get(word) == 1000 for table in lex.number_words.values()):
        return True
    return any(word.endswith(form) for forms in GLUED_THOUSANDS.values() for form in forms)


@lru_cache(maxsize=4096)
def _glued_langs(word: str, lex) -> frozenset[str]:
    """The languages in which ``word`` is one glued compound number with a thousand inside it
    (``words.GLUED_THOUSANDS``: "duemilacinquecento", "zweitausendfünfhundert")."""
    if not any(form in word for forms in GLUED_THOUSANDS.values() for form in forms):
        return NO_LANGS
    return frozenset(
        language
        for language, forms in GLUED_THOUSANDS.items()
        if language in lex.number_words
        and _glued_parts(word, lex.number_words[language], forms) is not None
    )


# The words English joins by hyphens into a fraction written as one ("one-and-a-half",
# "three-quarters", "half-a-billion"): a hyphen beside one of them parts words as a space does
# (kept, "one-and-a-half billion" was read from "a-half": 500 million, and "three-quarters of
# a billion" a range of 3 to 250 million)
_FRACTION_HYPHEN_WORDS = frozenset({"and", "a", "an", "half", "quarter", "quarters"})
# a hyphen beside one of those words: every branch opens with the hyphen, so the search skips
# from hyphen to hyphen (a text with none such keeps its atoms at once)
_FRACTION_HYPHEN_RE = re.compile(
    "-(?:(?=(?:"
    + "|".join(sorted(_FRACTION_HYPHEN_WORDS, key=len, reverse=True))
    + r")\b)|"
    + "|".join(rf"(?<=\b{word}-)" for word in sorted(_FRACTION_HYPHEN_WORDS))
    + ")",
    re.IGNORECASE,
)


def fraction_hyphens(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` without the hyphens glued between two words of which one is of
    ``_FRACTION_HYPHEN_WORDS``, a scale word soon after (``_scale_soon``; the word after such
    a hyphen no longer ``adjacent``); the same list when the text holds no hyphen beside one
    of those words.

    >>> from aidcalc import parse_amount
    >>> str(parse_amount("one-and-a-half billion dollars"))
    'USD 1500000000'
    >>> str(parse_amount("three-quarters of a billion euros"))
    'EUR 750000000'
    """
    if "-" not in text or _FRACTION_HYPHEN_RE.search(text) is None:
        return atoms
    out: list[Atom] = []
    loose = False  # the atom after a hyphen dropped: no longer glued
    for k, atom in enumerate(atoms):
        if (
            atom.text == "-"
            and atom.adjacent
            and 0 < k < len(atoms) - 1
            and atoms[k + 1].adjacent
            and atoms[k - 1].text.isalpha()
            and atoms[k + 1].text.isalpha()
            and (
                atoms[k - 1].text in _FRACTION_HYPHEN_WORDS
                or atoms[k + 1].text in _FRACTION_HYPHEN_WORDS
            )
            and _scale_soon(atoms, k + 1)
        ):
            loose = True
            continue
        out.append(atom.replace(adjacent=False) if loose else atom)
        loose = False
    return out


def _scale_soon(atoms: list[Atom], k: int) -> bool:
    """True when a scale word stands at atom ``k`` or within three atoms after the hyphened
    words from ``k`` on ("three-quarters of a billion"): a fraction of a number, not of
    anything else ("about three-quarters above the previous budget")."""
    end = k
    while end + 2 < len(atoms) and atoms[end + 1].text == "-" and atoms[end + 1].adjacent:
        end += 2  # "one-and-a-half": to the last of the hyphened words
    return any(atom.kind == SCALE for atom in atoms[k : end + 4])


_RUN_END_KINDS = frozenset({CUR, SCALE})  # the atoms ``spelled_runs`` reads a run at
_RUN_END_KINDS_LANG = _RUN_END_KINDS | {WORDS}  # … and with a ``lang``, its thousand


def spelled_runs(
    atoms: list, lex, lang: str | None = None
) -> tuple[list, dict[int, frozenset[str]]]:
    """Without a ``lang``: each run of number words right before a scale word that reads as
    one number in every language whose number words spell it and whose scale word it is
    ("dos mil trescientos millones": Spanish alone, 2300; "dreihundert Millionen": German,
    300; "trois cents millions": French, 300) made one number-word atom of that value, as
    ``lang`` would read it (``atomize``); return the atoms and {atom index: the languages}.
    With a ``lang``, a run of its number words of more than one atom ("dos mil trescientos"
    with ``lang="es"``: each word an atom of its own) is read so in that language alone.

    The language is evident from the words themselves, so no ``lang`` is needed and nothing
    is assumed. A run that is no one number in them (``_spelled_value``: "zwei drei
    Millionen", two numbers in a row), whose languages disagree on its value, or that is a
    single count word ("dos millones", read by ``count_word`` already) is left as it was.

    Right before a currency, with or without a ``lang``, a run that holds the word for a
    thousand and a rest, or a glued compound of it (``_run_kept``: "dos mil quinientos euros",
    "três mil e quinhentos reais", "duemilacinquecento euro"), is one number-word atom too:
    the longest run that reads, then shorter ones, back to a scale word other than the
    thousand, a link only right after the thousand, never after digits that count the
    thousand ("25 mil quinientos euros" is left as it was).

    >>> from aidcalc.parsing.atoms import atomize
    >>> from aidcalc.parsing.lexicon import lexicon
    >>> text = "dos mil trescientos millones de euros"
    >>> found, langs = spelled_runs(atomize(text, lexicon()), lexicon())
    >>> found[0].text, found[0].data, sorted(langs[0])
    ('dos mil trescientos', 2300, ['es'])
    >>> found, langs = spelled_runs(atomize("três mil e quinhentos reais", lexicon()), lexicon())
    >>> found[0].text, found[0].data, sorted(langs[0])
    ('três mil e quinhentos', 3500, ['pt'])
    """
    tokens, by_token = _spelled_tables(lex)
    spelled: dict[int, frozenset[str]] = {}
    out: list = []
    runs: dict[int, tuple[int, int, frozenset[str]]] = {}  # run start: (scale index, value, langs)

    links = _run_links(lang) if lang is not None else frozenset()

    def run_word(a) -> bool:  # a word apart that a number word of some language holds
        if a.kind in (JOIN, FILLER):  # "cinquante-six", "п'ятдесят", "cincuenta y seis"
            return a.text in tokens
        if lang is not None:  # the caller's number words, each read alone by ``atomize``
            return (
                a.kind == WORDS
                or a.kind == SCALE
                and a.text in tokens
                or a.kind == OTHER
                and lang in _glued_langs(a.text, lex)
            )
        if a.text in tokens:
            return a.kind == SCALE or a.kind in (OTHER, WORDS) and a.data is None
        return a.kind == OTHER and bool(_glued_langs(a.text, lex))  # "duemilacinquecento"

    def currency_word(b: int) -> bool:  # atom ``b`` may stand in a run before a currency
        a = atoms[b]
        if a.kind == SCALE and not _thousand(a.text, lex):
            return False  # "deux milliards et trois cents euros": a part of its own
        if a.kind == JOIN and a.text not in tokens:  # a link only right after the thousand:
            # "duemila e cinquecento", never "deux milliards et trois cents"
            return b > 0 and _thousand(atoms[b - 1].text, lex) and a.text in LIST_AND
        return run_word(a) or a.kind == JOIN and a.text in links

    def run_value(start: int, s: int) -> tuple[int, frozenset[str]] | None:
        """(value, languages) of the words of atoms ``start`` to ``s``, right before the
        currency at ``s``, as one number held by ``_run_kept``, else None."""
        words = [a.text for a in atoms[start:s]]
        glued_word = any(a.kind == OTHER and a.text not in tokens for a in atoms[start:s])
        if lang is not None:
            table = lex.number_words.get(lang)
            if not table:
                return None
            value = _spelled_value(words, table, GLUED_THOUSANDS.get(lang, ()), links)
            if value is not None and _run_kept(value, glued_word, atoms[s]):
                return value, frozenset({lang})
            return None
        langs: set[str] | None = None
        for word in words:
            found = {language for language, _ in by_token.get(word, ())}
            found |= _glued_langs(word, lex) | LIST_AND.get(word, NO_LANGS)
            langs = found if langs is None else langs & found
        values = {
            _spelled_value(
                words,
                lex.number_words[language],
                GLUED_THOUSANDS.get(language, ()),
                _run_links(language),
            )
            for language in langs or ()
        }
        if len(values) == 1 and None not in values:  # one number, the same in each language
            value = values.pop()
            if _run_kept(value, glued_word, atoms[s]):
                return value, frozenset(langs or ())
        return None

    def glued(b: int) -> bool:  # atom ``b`` glued to the one before, not by a mark of a word
        return atoms[b].adjacent and not (
            atoms[b].text in _SPELLED_MARKS or atoms[b - 1].text in _SPELLED_MARKS
        )

    # a run ends before a currency or at a scale word, or (with a ``lang``) at a number word
    # (its thousand): the other atoms, most of a text, are passed over in one comprehension
    ends = _RUN_END_KINDS if lang is None else _RUN_END_KINDS_LANG
    for s in [s for s, atom in enumerate(atoms) if atom.kind in ends]:
        atom = atoms[s]
        if s > 0 and atom.kind == CUR:  # "dos mil quinientos euros": no scale word after
            start = s
            while (
                start > 0
                and s - start < _SPELLED_MAX
                and not glued(start)
                and currency_word(start - 1)
            ):
                start -= 1
            # the longest run that reads, then shorter ones: "deu dois mil e duzentos euros"
            # is no one number (Catalan "deu", ten, before Portuguese words), "dois mil e
            # duzentos" is
            for first in range(start, s):
                if atoms[first].kind in (JOIN, FILLER) or any(
                    b < first < end for b, (end, _, _) in runs.items()
                ):
                    continue
                if atoms[first - 1].kind == NUM and _thousand(atoms[first].text, lex):
                    break  # "25 mil quinientos euros": the digits count the thousand, never
                    # 1,500 without them (refused as it was)
                read = run_value(first, s)
                if read is not None:
                    for b in [b for b in runs if first <= b < s]:
                        del runs[b]  # the parts read before: "deux | mille | cinq cents"
                    runs[first] = (s, *read)
                    break
            continue
        thousand = lang is not None and (  # the word for a thousand of the caller's language
            atom.kind == WORDS
            and atom.data == 1000
            or atom.kind == SCALE
            and isinstance(atom.data, dict)
            and atom.data.get(lang) == 3
        )
        if s == 0 or not (thousand or atom.kind == SCALE and isinstance(atom.data, dict)):
            continue
        start = s
        while (
            start > 0
            and s - start < _SPELLED_MAX
            and not glued(start)
            and run_word(atoms[start - 1])
        ):
            start -= 1
        while start < s and atoms[start].kind in (JOIN, FILLER):
            start += 1  # a run starts with a word, never a mark or a link
        if start == s or all(a.kind == SCALE for a in atoms[start:s]):
            continue
        words = [a.text for a in atoms[start:s]]
        if lang is not None:
            table = lex.number_words.get(lang)
            if thousand:  # "quatre cent cinquante-six mille [sept cent]": the thousand and
                # the rest after it are the run's own
                end = s + 1
                while end < len(atoms) and run_word(atoms[end]) and not glued(end):
                    end += 1
                for stop in range(end, s, -1):
                    value = _spelled_value([a.text for a in atoms[start:stop]], table or {})
                    if value is not None:
                        runs[start] = (stop, value, frozenset({lang}))
                        break
                continue
            value = _spelled_value(words, table) if table and lang in atom.data else None
            if s - start > 1 and value is not None:
                runs[start] = (s, value, frozenset({lang}))
            continue
        after = _run_after(atoms, s, run_word, glued)
        if after is not None:  # "… quatre cent cinquante-six mille sept cent euros": the last
            # part, after the last scale word, right before the currency
            _add_run(runs, lex, by_token, atoms, s + 1, after, set(atom.data))
        for begin in range(start, s):  # the whole run, else from a scale word inside it on
            # ("ciento veintitrés millones | cuatrocientos cincuenta y seis mil"), else from a
            # link on, which ``after_number_word`` refuses ("femhundre og | tretti millioner")
            if atoms[begin].kind in (SCALE, JOIN, FILLER):
                continue
            if (begin == start or atoms[begin - 1].kind in (SCALE, JOIN, FILLER)) and _add_run(
                runs, lex, by_token, atoms, begin, s, set(atom.data)
            ):
                break
    if not runs:
        return atoms, spelled
    k = 0
    while k < len(atoms):
        run = runs.get(k)
        if run is None:
            out.append(atoms[k])
            k += 1
            continue
        scale, value, langs = run
        first, last = atoms[k], atoms[scale - 1]
        words = " ".join(a.text for a in atoms[k:scale])
        spelled[len(out)] = langs
        out.append(Atom(WORDS, first.start, last.end, words, value, first.adjacent))
        k = scale
    return out, spelled


def _list_goes_on(atoms, j: int) -> bool:
    """True when a comma at atom ``j`` is followed by a number or a list word
    (``words.LIST_AND``, ``LIST_OR``): the numbers before it are items of a list ("5, 10,
    and 20"), not one number split by a space after its decimal mark ("118, 99 TL")."""
    if j + 1 >= len(atoms) or atoms[j].text != ",":
        return False
    after = atoms[j + 1]
    return after.kind == NUM or after.text in LIST_AND or after.text in LIST_OR


def _dash_glued(atoms: list[Atom], k: int) -> bool:
    """True when atom ``k`` is a number grouped by spaces glued to a dash or a colon glued to
    a number not so grouped ("12-34 500", "3:2 500 million": a ratio and 500 million, or 2,500
    million? "Lot 2:1 250 000 €" the other way round; a time's two digits are split off
    before: ``numbered.designated``; "1 000-2 000 €" is a range written in one style)."""
    if not 2 <= k < len(atoms):
        return False
    atom, dash, low = atoms[k], atoms[k - 1], atoms[k - 2]
    return (
        atom.kind == NUM
        and atom.adjacent
        and (dash.text in DASHES or dash.text == ":")
        and dash.adjacent
        and low.kind == NUM
        and _SPACED_GROUPS.fullmatch(atom.text) is not None
        and _SPACED_GROUPS.fullmatch(low.text) is None
        # a second group of zeros starts no number: "Phase 2:1 000 000" can only be 1,000,000
        and not atom.text[len(atom.text.split()[0]) + 1 :].startswith("0")
    )
