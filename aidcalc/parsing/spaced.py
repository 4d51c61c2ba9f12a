"""Plain shapes read off their words, each word read once: a speed-up, never a reading.

``parse_amount`` (without ``lang`` or ``currency_hint``) reads most of its texts in a few words
that recur from text to text ("mehr als 500 Millionen Euro", "2 mln euro", "plus de 3
milliards d'euros"). After the simplest shapes (``parsing._simple_amount``) and before a
``Reader`` is built, ``word_amount`` splits the text at its spaces and looks each run of
words between two spaces (a *unit*) up in a table filled the first time the unit is met,
with the atoms ``atoms.atomize`` gives for the unit alone and what ``plain``'s rules ask of
them. It reads a text only when two things hold.

The atoms put together unit by unit (``joined_atoms``) are those of the whole text, since
what each unit's atoms are depends on the unit alone:

1. the text is words parted by single spaces: no other space character, no space at its
   ends or twice in a row; a unit holding a digit is a number alone, or one after a sign
   glued to it ("5m" is left to the general way); a number grouped by spaces ("1 234,56")
   is one token across them: ``joined_atoms`` leaves a text with a unit ending in a digit
   before one starting with one, and ``word_amount`` takes the number as the scan's own
   number token reads it from where it starts in the text;
2. every token of a unit is a number, or a token where no form can start (its atom is the
   plain one), or one where only the tokens from it decide the form (``atoms._token_info``:
   not a name that is an ordinary word of some language, a code that is a word, a single
   letter opening a symbol, an SI prefix before a sign), or an ISO code that is no word;
   none is a count word (whether "bir" is the birr depends on the scale word after it), a
   CJK word (cut into pieces) or a sign after one letter glued to it ("XY$": the token before
   decides), but letters and a sign the lexicon lists as one symbol ("R$", "HK$":
   ``_letters_sign``), a scale word that is an ordinary word only of other languages than
   English ("Mio.": ``_scale_apart``) and a sign without letters glued to its number
   ("¥1,980": ``_glued_unit``);
3. no form started in a unit can go on into the next unit: the most tokens of a form starting
   at a token (``Lexicon.first_tokens``, two for a country word before its currency's name)
   fit in what is left of its unit, or a number or the text's end comes first. Otherwise
   the unit takes in the next words ("mehr" + "als", "bis" + "zu"), up to three;
4. a dotted word ("Mrd.", "mln.") is checked by the reader's own cut of a sentence's full
   stop (``grammar._split_sentence_stops``); when that cuts the stop off the text's last
   word ("Fr. 50 Mio.": the bare "Mio" and a full stop) the amount is weighed on the cut
   atoms (``_weighed_words``), and the text is left when it cuts anything else; a dotted
   scale or currency word that the cut's rules never cut (one before a currency, a dotted
   currency before its number: ``_stop_may_end``) needs no check.

And the atoms make a plain shape as ``plain._plain_reading`` reads it: [qualifier] number
[scale] [up to three linking words] currency, or [qualifier] currency number [scale], then
plain words or none (after a currency that leads its number, only when a scale word ends the
amount: "€50 billion Ukraine Facility"), nothing else; no article and no word the grammar
weighs (``plain._WEIGHED``).
``_read_items`` applies those rules in ``plain``'s order, and reads the value off the table
when the currency form is of one code in use (``plain._code``), the scale word of one power
(``plain._one_power``) and the number's marks tell themselves (not
``numbers.is_ambiguous``). Otherwise ("über 2 Mrd. Dollar": which dollar?) the amount's
languages decide, and ``_weighed_words`` weighs them by ``plain``'s own steps
(``plain._weighed``) on the small context of ``weighing.Weighing``, built from the atoms put
together here: no ``atomize``, no ``Reader``. Those atoms are ``joined_atoms``', put together
from the units the reading has looked up, each where it starts (``_placed_atoms``), without
splitting the text again. A weighing that reads nothing ("75 milliarder kroner": which
crown?), a qualifier of other languages than the amount's words, and anything else go on to
the ``Reader``, which says why.

tests/parsing/test_spaced.py checks that ``joined_atoms`` gives ``atomize``'s atoms, that
``_placed_atoms`` gives ``joined_atoms``' and ``word_amount`` the general reading on every
form of the lexicon in the shapes amounts take and on random texts of them;
benchmarks/differential.py every reading of the corpora.

>>> from aidcalc.parsing.lexicon import lexicon
>>> text = "rund 2,8 Mrd. Euro"
>>> joined_atoms(text, lexicon()) == atomize(text, lexicon())
True
>>> str(word_amount(text))
'approx EUR 2800000000'
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..amount import Amount
from ..words import COUNT_WORDS, FILLER_LANGS, FILLERS, GATED_QUALIFIERS, LIST_AND
from ..words.currency import CASED_SCALES, CODE_LIKE_WORDS, GLUED_PREFIXES
from .atoms import (
    _ATOM_NEW,
    _NUM_PATTERN,
    _SCAN_RE,
    _SCAN_TOKENS,
    CUR,
    FILLER,
    GLUED_SCALES,
    NUM,
    OTHER,
    PREFIXED_SIGNS,
    PUNCT,
    QUAL,
    SCALE,
    Atom,
    _context_decides,
    _gated,
    _may_be_code,
    _symbol_heads,
    _token_info,
    _triggers,
    atomize,
    code_of,
)
from .characters import clean
from .grammar import _split_sentence_stops, new_amount
from .lexicon import CurrencyForm, Lexicon, lexicon
from .number_spans import _YEAR
from .numbers import NUMBER_WORDS, is_ambiguous, plain_integer, read_number, regular_grouping
from .plain import (
    _ARTICLES,
    _LEADS_WEIGHED,
    _RESOLVE,
    _WEIGHED,
    _WEIGHED_BUT_LEADS,
    _ZERO,
    _code,
    _one_power,
    _weighed,
)
from .side_value import MAX_DIGITS, _scaled, grouped_then_three
from .sides import Side, _curated, _scale_langs
from .tokens import strip_accents
from .weighing import Weighing

# {unit without a digit: (its atoms relative to its start, whether a form may go on after it)
# or None when its atoms depend on more than the unit}, per lexicon
_UNITS: dict[str, tuple[tuple[tuple, ...], bool] | None] = {}
_UNITS_LEX: list = [None]
_UNITS_MAX = 100_000  # units remembered before the table starts afresh
_MAX_WORDS = 3  # words a unit may take in
# a word starting with one of these starts with a number token, where no form goes on
_DIGITS = frozenset("0123456789")
# the scan's number alternative alone: at a digit, where no space or word token can match,
# the scan's token (``_SCAN_TOKENS``) is this one, found without trying the others first
_NUMBER_TOKEN = re.compile(_NUM_PATTERN, _SCAN_TOKENS.flags)


def _hold(lex: Lexicon) -> None:
    """Start the unit tables afresh for another lexicon, or when they have grown too long."""
    if _UNITS_LEX[0] is not lex or len(_UNITS) + len(_ITEMS) > _UNITS_MAX:
        _UNITS.clear()
        _ITEMS.clear()
        _COUNTED.clear()
        _TAILS.clear()
        _UNITS_LEX[0] = lex


def _append_shifted(atoms: list[Atom], fields, at: int) -> None:
    """Append to ``atoms`` an atom for each tuple of ``fields`` (an atom's seven fields, its
    offsets counted from its unit), its offsets moved by ``at``: ``Atom(kind, at + start, ...)``
    without the call (slot stores on a bare object, about 1,500 instructions an atom against
    about 2,400 through ``__init__``)."""
    for kind, start, end, key, data, adjacent, is_name in fields:
        atom = _ATOM_NEW(Atom)
        atom.kind = kind
        atom.start = at + start
        atom.end = at + end
        atom.text = key
        atom.data = data
        atom.adjacent = adjacent
        atom.is_name = is_name
        atoms.append(atom)


def joined_atoms(text: str, lex: Lexicon) -> list[Atom] | None:
    """Return ``atoms.atomize(text, lex)`` put together unit by unit, or None when that might
    not give the same atoms (see the module)."""
    if not text.isprintable():
        return None
    _hold(lex)
    words = text.split(" ")
    count = len(words)
    atoms: list[Atom] = []
    at = 0  # where the unit starts in the text
    i = 0
    while i < count:
        word = words[i]
        if not word:
            return None  # a space at an end or twice in a row
        j = i + 1
        unit = word
        read = _unit(unit, lex)
        while read is not None and read[1] and j < count and words[j][:1] not in _DIGITS:
            if j - i >= _MAX_WORDS or not words[j]:
                return None
            unit = f"{unit} {words[j]}"
            j += 1
            read = _unit(unit, lex)
        if read is None and j == i + 1 and j < count and words[j][:1] in _DIGITS:
            read = _counted_unit(unit, lex)  # "iki 10 mln. eurų": a count word before a number
        if read is None:
            return None
        if j < count and unit[-1].isdigit() and words[j][:1].isdigit():
            return None  # "5 000": one number across the space
        _append_shifted(atoms, read[0], at)
        at += len(unit) + 1
        i = j
    return atoms


def word_amount(text: str) -> Amount | None:
    """The amount of ``word_reading``, or None (also for a refusal).

    >>> str(word_amount("plus de 3 milliards d'euros"))
    'over EUR 3000000000'
    """
    found = word_reading(text)
    return found if isinstance(found, Amount) else None


def word_reading(text: str) -> Amount | tuple[str, int | None] | None:
    """Return the amount ``parse_amount(text)`` gives, without a language or hint, for a text
    of a plain shape (``plain``: [qualifier] number [scale] [linking words] currency, or
    [qualifier] currency number [scale], and nothing else) whose units ``joined_atoms`` reads
    alone ("mehr als 500 Millionen Euro", "50 million zlotys"); None otherwise. It reads by
    the rules of ``plain._plain_reading``, off each unit's atoms, remembered with what those
    rules ask of them (``_items``); a currency, scale word or number the amount's languages
    decide is weighed by ``_weighed_words``.

    >>> str(word_amount("plus de 3 milliards d'euros"))
    'over EUR 3000000000'
    >>> str(word_amount("5 billion dollars"))  # "billion" and "dollars": weighed
    'USD 5000000000'
    >>> word_reading("75 milliarder kroner")[0]  # which crown: the Reader's own reason
    "'kroner' is ambiguous (DKK, ISK, NOK, SEK): pass currency_hint= or lang="

    A plain shape whose one currency the weighing refuses gives (message, position), the
    reason and place ``plain.plain_refusal`` gives on the ``Reader`` (``Weighing.refusal``),
    which ``parse_amount`` raises as its ``ParseError``; not for a name before a year ("Euro
    2024"), which the grammar's event rule reads first.
    """
    if "(" in text or "$" in text and _LONE_DOLLAR.search(text):
        return None  # a bracket, or a dollar sign (several codes) but after letters ("R$")
    original = text
    text, offsets = clean(text)
    if not text.isprintable():
        return None
    words = text.split(" ")
    count = len(words)
    if count > _MAX_SHAPE_WORDS:
        return None
    lex = lexicon()
    _hold(lex)
    items: list[tuple] = []
    # (the unit, or the atom fields of a number or of a glued sign, where it starts): the
    # atoms ``joined_atoms`` would put together, kept for a reading that needs them
    placed: list[tuple] = []
    number = None
    i = 0
    at = 0  # where the word starts in the text
    while i < count:
        word = words[i]
        if not word:
            return None
        sign = None
        if number is None and word[-1] in _DIGITS and word[0] not in _DIGITS:
            sign = _GLUED_SIGN.match(word)  # no call for a word that ends in no digit
        if sign is not None:
            # a sign glued to its number ("¥1,980", "₹10"): the sign's unit, then the number
            found = _ITEMS.get(sign.group())
            if found is None:
                found = _items(sign.group(), lex)
            if found[0] is None or len(found[0]) != 1 or found[0][0][0] != CUR:
                return None
            items.extend(found[0])
            placed.append((sign.group(), at))
            at += sign.end()
            word = word[sign.end() :]
        if word[0] in _DIGITS:
            if number is not None:
                return None  # a second number
            # the number token the scan reads here, which may go on across spaces ("1 234,56")
            start = at
            end = _NUMBER_TOKEN.match(text, start).end()
            while end > at + len(word) and i + 1 < count and words[i + 1]:
                at += len(word) + 1
                i += 1
                word = words[i]
            if end != at + len(word):
                return None  # a number with more ("5m"), or glued to what follows
            number = text[start:end]
            items.append(_NUMBER_ITEM)
            placed.append(((NUM, start, end, number, None, sign is not None, False), None))
            at = end + 1
            i += 1
            continue
        unit = word
        j = i + 1
        found = _ITEMS.get(unit)
        if found is None:
            found = _items(unit, lex)
        while found[1] and j < count and words[j][:1] not in _DIGITS:
            if j - i >= _MAX_WORDS or not words[j]:
                return None
            unit = f"{unit} {words[j]}"
            j += 1
            found = _ITEMS.get(unit)
            if found is None:
                found = _items(unit, lex)
        if found[0] is None:
            if j != count or j != i + 1 or not _after_scaled(items, lex):
                return None
            # "300 milioane lei": the last word, a currency name that is an ordinary word of
            # some language, right after a scaled number: money in every language
            found = _tail_items(unit, lex)
            if found is None:
                return None
        items.extend(found[0])
        placed.append((unit, at))
        at += len(unit) + 1
        i = j
    if number is None:
        return None
    amount = _read_items(items, number)
    if amount is None:
        return None
    atoms = cut = None
    if amount is not _WEIGH and "." in text and _stop_may_end(items):
        # a dotted word may end a sentence: the reading's own cut decides; a word it cuts
        # ("Fr. 50 Mio.": the bare "Mio" and a full stop) is weighed on the cut atoms below
        atoms = _placed_atoms(placed, number)
        if atoms is None:
            return None
        cut = _split_sentence_stops(atoms, text, lex)
        if cut is not atoms:
            amount = _WEIGH
    if amount is _WEIGH:
        # a currency, scale word or decimal mark the amount's languages decide, or a word the
        # sentence-stop cut cuts: weighed off the atoms of the words remembered, with the
        # ``Reader``'s own cut; a number across a space ("kr 1 234,50") is the scan's one
        # token, whose atom the reading kept (``_placed_atoms``)
        if atoms is None:
            atoms = _placed_atoms(placed, number)
            if atoms is None:
                return None
        if len(atoms) != len(items):
            return None
        if "." in text:
            if cut is None:  # else the cut made above, of the same atoms
                cut = _split_sentence_stops(atoms, text, lex)
            if cut is not atoms:
                # only the full stop ending the text, cut off the last word ("2,3 mia. kr.")
                if len(cut) != len(atoms) + 1 or cut[-1].kind != PUNCT or cut[-1].text != ".":
                    return None
                atoms = cut
        context = Weighing(text, offsets, original, atoms)
        amount = _weighed_words(context)
        if amount is None:
            if len(number) == 4 and _year_value(number) is not None and _names_year(text):
                return None  # "Kronen 2024": the event rule may read it first
            if items[-1][0] == OTHER:
                return None  # plain words after the amount: the ``Reader`` says why
            return context.refusal()
    year = _year_value(number) if len(number) == 4 else None
    if year is not None and amount.value == year and _names_year(text):
        # "Euro 2024": a name and its year, the grammar's event rule decides (a Decimal is
        # never compared with None: that asks numbers.Rational's isinstance, slowly)
        return None
    return amount


def _placed_atoms(placed: list[tuple], number: str) -> list[Atom] | None:
    """The atoms ``atomize`` gives for the text ``word_reading`` has read, put together
    from what it kept (``placed``: each unit with where it starts, its number's atom fields)
    without splitting the text again: each unit's atoms are those ``_unit`` remembers for it,
    moved to where it starts, and the number's atom is the scan's number token, across the
    spaces that group its digits too ("kr 1 234,50", which ``joined_atoms`` leaves); None
    where a unit is not remembered. tests/parsing/test_spaced.py checks that they are
    ``joined_atoms``' (and ``atomize``'s) on the texts it reads."""
    atoms: list[Atom] = []
    for unit, at in placed:
        if at is None:  # the number's own fields
            atoms.append(Atom(*unit))
            continue
        # (a count word before its number; a name ending the text after a scaled number)
        read = _UNITS.get(unit) or _COUNTED.get(unit) or _TAILS.get(unit)
        if read is None:
            return None
        _append_shifted(atoms, read[0], at)
    return atoms


def _stop_may_end(items: list[tuple]) -> bool:
    """False when no dotted word of ``items`` can be cut from its dot by
    ``grammar._split_sentence_stops``, by the rules of ``grammar._ends_sentence``: the cut
    looks only at a dotted scale or currency word, and never cuts one that a currency follows
    ("683 mln. €", "дол. США") unless a number is glued after that currency (here a number is
    a word of its own, never glued), nor a dotted currency that a number follows with no
    currency after it ("Fr. 50 Mio."). Any other dotted scale or currency word (at the end,
    before a linking word or a number) is left to the cut itself."""
    count = len(items)
    for k, item in enumerate(items):
        if not item[6] or item[0] not in _CUT_KINDS:
            continue
        following = items[k + 1][0] if k + 1 < count else None
        after = items[k + 2][0] if k + 2 < count else None
        if following == CUR or (following == NUM and item[0] == CUR and after != CUR):
            continue
        return True
    return False


# the kinds of atom the sentence-stop cut looks at
_CUT_KINDS = frozenset({SCALE, CUR})


# a capitalised word right before a year ("Euro 2024", "EURO 2016", "Евро 2024", "Ευρώ
# 2024"): an event's name, or an amount the grammar reads ("EUR 2024", a code)
_NAME_YEAR = re.compile(r"(?<![\w$€£¥])([^\W\d_]{2,})\s(?:19|20)\d\d(?![\d.,])")


def _names_year(text: str) -> bool:
    """True when a word of any script with a capital first letter, the rest lower case or four
    letters or more in capitals ("EURO", not the code "EUR"), stands right before a year."""
    for found in _NAME_YEAR.finditer(text):
        word = found.group(1)
        if word[0].isupper() and (word[1:].islower() or len(word) > 3 and word.isupper()):
            return True
    return False


def _year_value(number: str) -> int | None:
    """The year a number is written as ("2024"), or None."""
    return int(number) if _YEAR.fullmatch(number) else None


def _weighed_words(context: Weighing) -> Amount | None:
    """The amount of a plain shape whose atoms (``context.atoms``: [qualifier] [currency]
    number [scale] [linking words] [currency], as ``_read_items`` found them) leave its
    currency, scale or decimal mark to the amount's languages, weighed as
    ``plain._plain_reading`` weighs them (``plain._weighed``: ``resolve.resolve_currency``,
    ``SideValue.value_of``) on the small ``weighing.Weighing`` context instead of a
    ``Reader``; None when the weighing reads no amount (the ``Reader`` then says why), or when
    the qualifier's language might not be the amount's (``Reader.qualifier_fits`` decides that
    on the general path).

    >>> from aidcalc.parsing.characters import clean
    >>> text = "über 2 Mrd. Dollar"
    >>> str(_weighed_words(Weighing(text, None, text, joined_atoms(text, lexicon()))))
    'over USD 2000000000'
    """
    atoms = context.atoms
    count = len(atoms)
    if atoms[-1].kind == PUNCT:
        count -= 1  # the full stop the sentence-stop cut leaves at the end ends the amount
    while atoms[count - 1].kind == OTHER:
        count -= 1  # plain words after the amount (``_read_items``)
    k = 0
    qualifier = atoms[0] if atoms[0].kind == QUAL else None
    if qualifier is not None:
        k = 1
    pre = atoms[k] if atoms[k].kind == CUR else None
    if pre is not None:
        k += 1
    number = atoms[k]
    k += 1
    scale = atoms[k] if k < count and atoms[k].kind == SCALE else None
    if scale is not None:
        k += 1
    fillers = atoms[k : count - 1] if pre is None else ()
    currency = pre or atoms[count - 1]
    post = None if pre is not None else currency
    code = _code(currency)
    if code is None:
        return None
    own = [] if scale is None else [_scale_langs(scale.data)]
    form = post.data if post is not None and post.is_name else None
    if isinstance(form, CurrencyForm) and form.langs:
        own.append(form.langs)
    if qualifier is not None and "en" not in qualifier.data[1]:
        # ``Reader.qualifier_fits``' second test, without its last resort (the sentence's
        # language): a qualifier of other languages than the amount's words goes the general way
        words = _curated(frozenset.intersection(*own)) if own else None
        if words and "en" not in words and not words & qualifier.data[1]:
            return None
    langs = own + [FILLER_LANGS[f.text] for f in fillers if f.text in FILLER_LANGS]
    if qualifier is not None and qualifier.text in GATED_QUALIFIERS:
        # "do 5 mld zł": the gated qualifier bounds the amount where it fits the amount's
        # words, by ``Reader.qualifier_fits`` itself, asked as ``plain._plain_reading`` asks it
        # (the words with the currency name before or after the number; then the words with
        # the currency and the linking words)
        named = [] if scale is None else [_scale_langs(scale.data)]
        if currency.is_name and isinstance(currency.data, CurrencyForm) and currency.data.langs:
            named.append(currency.data.langs)
        told = qualifier.data[1]
        if "en" not in told and (
            any(not langs & told for langs in named)
            or not context.qualifier_fits(qualifier, Side(langs=named))
        ):
            return None
        if not context.qualifier_fits(qualifier, Side(currency=[currency], langs=list(langs))):
            return None
    if qualifier is not None:
        langs.append(qualifier.data[1])
    common = frozenset.intersection(*langs) if langs else None
    context.word_langs = common or None  # the words' own (``Reader.languages``)
    # a scale word of one power (or none) and a number whose mark tells itself: the value is
    # the one ``Reader.value_of`` reads (its other steps record assumptions only, which this
    # reading drops, or refuse what ``_read_items`` has refused: a number grouped then three,
    # irregular or too long), so only the currency is weighed ("über 2 Mrd. Dollar")
    if scale is None:
        power = 0
    else:
        data = scale.data
        power = _one_power(data) if type(data) is dict else None  # not a dotted ``StopScale``
    if power is not None and not is_ambiguous(number.text):
        if code is _RESOLVE:
            code = _weighed(context, currency, code, scale, common or None, number, [], True)[0]
            if code is None:
                return None
        value = _plain_value(number.text, power)  # None where ``value_of`` refuses the digits
    else:
        code, value = _weighed(context, currency, code, scale, common or None, number, [])
    if value is None:
        return None
    return new_amount(value, code, qualifier.data[0] if qualifier is not None else None)


# the kinds of item whose second field is the languages writing it (a second qualifier's is
# its kind: "ab a maximum of 5 euro" has no room for it, and once raised a TypeError here)
_TOLD = frozenset({SCALE, CUR})
_WEIGH = "weigh"  # ``_read_items``: a plain shape to weigh (``_weighed_words``)
# a qualifier's item (``_items``): a gated qualifier, weighed; a count word, before a number
_GATED = "gated"
_COUNTED_LEAD = "counted"
# the item of the number (its text is the word itself)
_NUMBER_ITEM = (NUM, None, None, None, None, None, False)
_NO = (None, False)  # a unit the tier does not read
_MAX_SHAPE_WORDS = 12


def _read_items(items: list[tuple], number: str) -> Amount | str | None:
    """The amount of a plain shape of ``items`` (``_items``), by ``plain._plain_reading``'s
    rules where they weigh nothing, or None; ``_WEIGH`` for a plain shape whose currency
    (several codes in use), scale word (several powers) or number (a mark that needs evidence)
    the amount's languages decide (``_weighed_words``)."""
    count = len(items)
    if count < 2 or count > 12:
        return None
    k = 0
    qualifier = None
    lead = None
    if items[0][0] == QUAL:
        qualifier = items[0][1]
        told = items[0][2]
        lead = items[0][4]
        if lead is _COUNTED_LEAD and items[1][0] != NUM:
            # a count word is read only right before the number: there the grammar reads no
            # amount from it (``plain._counts_nothing_here``: ``Reader.number_at`` reads a
            # count word only before a scale word, a filler and a scale word, a range joiner,
            # or a word for "and" or a half, never before a number), and its atom is the one it
            # has alone (``_counted_unit``)
            return None
        if told is not None and any(
            item[1] is not None and not item[1] & told for item in items[1:] if item[0] in _TOLD
        ):
            return None  # "ab 5 miljoner kronor": another language's word, the grammar's
        k = 1
    pre = post = None
    if k < count and items[k][0] == CUR:
        pre = items[k]
        k += 1
    if k >= count or items[k][0] != NUM:
        return None
    k += 1
    exponent = 0
    scaled = k < count and items[k][0] == SCALE
    if scaled:
        exponent = items[k][2]
        k += 1
    if pre is None:
        fillers = 0
        while k < count and items[k][0] == FILLER and fillers < 3:
            fillers += 1
            k += 1
        if k < count and items[k][0] == CUR:
            post = items[k]
            k += 1
        if post is None or fillers and post[4]:
            return None  # "5 de eur": a code only right after
    elif pre[5]:
        return None  # "che 5": a lower-case code leads only a symbol
    if k < count and pre is not None and not scaled:
        return None  # a word right after the number: the grammar checks what is glued to it
    while k < count and items[k][0] == OTHER:
        k += 1  # plain words after the amount ("€50 billion Ukraine Facility")
    if k != count:
        return None
    code = (pre or post)[2]
    if code is None or number in _WEIGHED:
        return None
    if len(number) > MAX_DIGITS or not regular_grouping(number) or grouped_then_three(number):
        return None  # "1.234,567 €": the grammar weighs the currency's minor units
    if (
        code is _RESOLVE
        or exponent is None
        or lead is _GATED
        or ("." in number or "," in number)
        and is_ambiguous(number)
    ):
        # "über 2 Mrd. Dollar", "1.500 millones de euros", "do 5 mld zł": ``_weighed_words``
        return _WEIGH
    value = _plain_value(number, exponent)
    if value is None:
        return None
    return new_amount(value, code, qualifier)


def _plain_value(number: str, exponent: int) -> Decimal | None:
    """The value of a plain ``number`` (its mark tells itself, its groups are regular) times
    ``10**exponent``, as ``Reader.value_of`` reads it; None for more digits than a value
    keeps."""
    value = _scaled(read_number(number) + _ZERO, exponent)
    if value.adjusted() >= MAX_DIGITS or (
        value.adjusted() > 20 and len(value.as_tuple().digits) > MAX_DIGITS
    ):
        return None
    return plain_integer(value)


def _items(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...] | None, bool]:
    """(the unit's atoms as the tier reads them, or None when it does not read them; whether
    a form may go on after the unit), or ``_NO`` when ``joined_atoms`` would not read the
    unit alone; remembered per unit.

    An item is (kind, qualifier kind or None, code / power of ten or None, text, whether the
    currency is a code, whether a code is written in lower case, whether the atom's text ends
    in a dot): a qualifier, a scale word of one power (``plain._one_power``; else None, which
    the tier does not read), a linking word or a currency of one code in use
    (``plain._code``; else None). A unit holding another atom, an article or a word the
    grammar weighs (``plain._WEIGHED``; a linking word only as "and") is not read, but a
    qualifier the grammar weighs only where it leads the amount (``plain._LEADS_WEIGHED``):
    its item's fifth field is ``_GATED`` for a gated qualifier ("do": ``_weighed_words``
    weighs it by ``Reader.qualifier_fits``), ``_COUNTED_LEAD`` for a count word ("iki":
    Lithuanian "up to", Turkish "two"; ``_read_items`` reads it only right before the
    number), else None."""
    found = _unit(unit, lex)
    if found is None:
        found = _counted_unit(unit, lex)  # read only right before a number (``_read_items``)
    if found is None:
        if not any(c.isdigit() for c in unit):  # a word with a digit is no recurring word
            _ITEMS[unit] = _NO
        return _NO
    read = _items_of(unit, found)
    if not found[0] or found[0][-1][0] != NUM:  # a sign glued to a number ("¥1,980") is not kept
        _ITEMS[unit] = read
    return read


def _items_of(
    unit: str, found: tuple[tuple[tuple, ...], bool]
) -> tuple[tuple[tuple, ...] | None, bool]:
    """``_items`` of a unit whose atoms (as field tuples) and whether a form may go on after
    it are ``found``."""
    items = []
    for kind, start, _end, key, data, _adjacent, _is_name in found[0]:
        lead = None  # a qualifier the grammar weighs, read only where it leads the amount
        if kind == QUAL and key in _LEADS_WEIGHED and key not in _WEIGHED_BUT_LEADS:
            lead = _GATED if key in GATED_QUALIFIERS else _COUNTED_LEAD
        elif key in _ARTICLES or key in (LIST_AND if kind == FILLER else _WEIGHED):
            items = None
            break
        dotted = key.endswith(" .")
        if kind == QUAL:
            if len(key) <= 3 and unit[start:_end].isupper():
                items = None  # "AB 5 Mrd. Euro": an acronym, or shouting; the grammar weighs it
                break
            # a qualifier of no English: its languages, which the amount's words must write
            told = None if "en" in data[1] else data[1]
            items.append((QUAL, data[0], told, key, lead, False, dotted))
        elif kind == SCALE:
            items.append((SCALE, frozenset(data), _one_power(data), key, False, False, dotted))
        elif kind == FILLER:
            items.append((FILLER, None, None, key, False, False, dotted))
        elif kind == OTHER:  # a plain word, read only after the amount (``_read_items``)
            items.append((OTHER, None, None, key, False, False, dotted))
        elif kind == CUR:
            code = _code(Atom(kind, start, _end, key, data))  # or _RESOLVE: weighed
            is_code = isinstance(data, str)
            lower = is_code and unit[start].islower()
            langs = data.langs if _is_name and isinstance(data, CurrencyForm) else None
            items.append((CUR, langs or None, code, key, is_code, lower, dotted))
        else:
            items = None
            break
    if items is not None and any(item[2] is None for item in items if item[0] == CUR):
        # a currency word that is no money here ("MUSD", a withdrawn look-alike): the unit is
        # not read, and the text is left to the ``Reader`` before its other words are looked
        # up; a scale word of several powers (its power None) and a currency of several codes
        # (``plain._RESOLVE``) are read, and weighed (``_weighed_words``)
        items = None
    return (None if items is None else tuple(items), found[1])


# {unit: ``_items``}, emptied with ``_UNITS``
_ITEMS: dict[str, tuple[tuple[tuple, ...] | None, bool]] = {}


def _unit(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...], bool] | None:
    """(the atoms of ``unit`` alone as field tuples, whether a form may go on after it), or
    None when they may depend on the words around it; remembered for a unit without a digit.
    A number alone is its plain atom; a number with more ("€5m") is left to ``atomize``."""
    found = _UNITS.get(unit, _UNITS)
    if found is not _UNITS:
        return found
    if unit[0] in _DIGITS and _SCAN_TOKENS.match(unit).end() == len(unit):
        return ((NUM, 0, len(unit), unit, None, False, False),), False
    if any(c.isdigit() for c in unit):
        return _glued_unit(unit, lex)
    found = _UNITS[unit] = _read_unit(unit, lex)
    return found


def _counted_unit(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...], bool] | None:
    """(the atoms of ``unit``, a count word that is a qualifier, as ``_unit`` gives them,
    whether a form may go on after it) for where a number follows it, else None; remembered
    per unit. ``_unit`` leaves a count word to the words around it, since whether it is a
    number or another form depends on the scale word after it (``atoms._counts_a_scale``:
    "bir milyar" is Turkish one billion, "bir" alone the birr); before a number no scale word
    follows, so its atom is the one it has alone ("iki 10 mln. eurų": the Lithuanian "up
    to"). ``joined_atoms`` and ``_read_items`` read it only there.

    >>> _counted_unit("iki", lexicon())[0][0][:4]
    (4, 0, 3, 'iki')
    >>> _counted_unit("mln", lexicon()) is None  # no count word
    True
    """
    found = _COUNTED.get(unit, _COUNTED)
    if found is not _COUNTED:
        return found
    found = None
    if unit.casefold() in COUNT_WORDS and unit.isalpha():
        read = _read_unit(unit, lex, counted=True)
        if read is not None and len(read[0]) == 1 and read[0][0][0] == QUAL:
            found = read
    elif _letter_head(unit, lex):
        read = _read_unit(unit, lex, counted=True)
        if read is not None and len(read[0]) == 1 and read[0][0][0] == CUR:
            found = read  # (a word after it that is no number goes on with it: ``_unit``'s)
    _COUNTED[unit] = found
    return found


def _letter_head(tok: str, lex: Lexicon) -> bool:
    """True for a single letter that opens a symbol of two tokens ("R" of "R $", "C" of
    "C $") and whose form only the tokens from it decide otherwise: ``atoms._token_info``
    leaves it to its neighbours for the sign that may follow it ("R $ 5" is the real, "R 5"
    the rand; ``atoms._letter_set_apart``, which weighs the word before it, only when the
    sign follows); before a number its form is the one it has alone, a symbol of its own
    when the lexicon lists one ("R": ZAR), which no form of more tokens can go on from.

    >>> _letter_head("R", lexicon()), _letter_head("Rs", lexicon())
    (True, False)
    """
    return (
        len(tok) == 1
        and tok.isalpha()
        and tok in _symbol_heads(lex)
        and tok not in GLUED_PREFIXES
        and tok.casefold() not in GLUED_SCALES
        and tok.casefold() not in COUNT_WORDS
        and not _context_decides(tok.casefold(), lex)
    )


# {count word: ``_counted_unit``}, emptied with ``_UNITS``
_COUNTED: dict[str, tuple[tuple[tuple, ...], bool] | None] = {}


def _after_scaled(items: list[tuple], lex: Lexicon) -> bool:
    """True when the items read so far end with a number, a scale word of one token (a full
    stop after it or not) and one linking word or none: the tokens before a word that
    ``atoms._after_scaled_number`` finds "after a scaled number" ("300 milioane", "5 mln.
    de")."""
    k = len(items) - 1
    if k >= 0 and items[k][0] == FILLER and items[k][3] in FILLERS:
        k -= 1
    if k < 1 or items[k][0] != SCALE or items[k - 1][0] != NUM:
        return False
    key = items[k][3]
    bare = key[:-2] if key.endswith(" .") else key
    return " " not in bare and (bare in lex.scales or f"{bare} ." in lex.scales)


def _tail_items(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...], bool] | None:
    """``_items`` of ``unit`` as the last word of a text, right after a scaled number
    (``_after_scaled``), for a word ``_unit`` leaves to the words around only because it is
    a currency name that is an ordinary word of some language ("lei": Italian "she"): there
    ``atoms.is_ordinary_here`` finds it no ordinary word in any language (a noun after a
    scaled number is money; a function word too, with no word after it), so its atom is the
    one it has after any scaled number at a text's end, as ``atomize`` gives it in
    "1 million lei"; None for any other word. The atom is remembered for ``_placed_atoms``.

    >>> kind, langs, code, key = _tail_items("lei", lexicon())[0][0][:4]
    >>> kind == CUR, "ro" in langs, code, key
    (True, True, 'resolve', 'lei')
    >>> _tail_items("bill", lexicon()) is None  # a scale word that is an ordinary word
    True
    """
    found = _TAILS.get(unit, _TAILS)
    if found is _TAILS:
        found = _TAILS[unit] = _tail_unit(unit, lex)
    if found is None:
        return None
    items = _items_of(unit, found)
    if items[0] is None or len(items[0]) != 1 or items[0][0][0] != CUR:
        return None
    return items


def _tail_unit(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...], bool] | None:
    """The atoms of ``_tail_items``' word, or None."""
    tokens = _SCAN_TOKENS.findall(unit)
    if len(tokens) != 1 or not unit.isalpha():
        return None
    kind, fold, plain_kind, ideographs, longest = _triggers(lex).get(unit) or _info(unit, lex)
    if kind != "word" or plain_kind >= 0 or ideographs or longest or fold in COUNT_WORDS:
        return None  # a form only the word decides (``_unit`` reads it), or a count word
    heads = _symbol_heads(lex)
    if (
        (unit[0] in "MK" and 1 < len(unit) < 5 and unit[1:] in heads)
        or unit in GLUED_PREFIXES
        or fold in GLUED_SCALES
        or (len(unit) in (3, 4) and _may_be_code(unit))
        or (len(unit) == 1 and unit in heads)
        or lex.ordinary_scale_in(fold)
        or CASED_SCALES.get(unit)
        or fold in lex.scales
    ):
        return None  # decided by the words around for another reason than an ordinary name
    probe = f"1 million {unit}"
    at = len(probe) - len(unit)
    atoms = atomize(probe, lex)
    if len(atoms) != 3 or atoms[2].kind != CUR or not atoms[2].is_name:
        return None
    if atoms[2].start != at or atoms[2].end != len(probe):
        return None  # not the word alone
    kind, start, end, key, data, adjacent, is_name = atoms[2].fields()
    return ((kind, start - at, end - at, key, data, adjacent, is_name),), False


# {word: ``_tail_unit``}, emptied with ``_UNITS``
_TAILS: dict[str, tuple[tuple[tuple, ...], bool] | None] = {}


# a dollar sign not glued after a letter, or glued to what follows it ("$5", "R$5")
_LONE_DOLLAR = re.compile(r"(?<![^\W\d_])\$|\$(?=\S)")

# signs glued before a digit ("¥1,980", "₹10"): no letter, which may be a code ("DEM1") or a
# prefix the token before decides ("R$", "XY$")
_GLUED_SIGN = re.compile(r"[^\w\s]+(?=\d)")


def _glued_unit(unit: str, lex: Lexicon) -> tuple[tuple[tuple, ...], bool] | None:
    """The atoms of a sign glued to a number that ends the unit ("¥1,980": the sign's own
    atom, one currency, then the number's, glued to it), or None. A number stops every form,
    so the sign's atom is the one it has alone; tests/parsing/test_spaced.py checks it against
    ``atomize`` for every symbol of the lexicon."""
    sign = _GLUED_SIGN.match(unit)
    if sign is None:
        return None
    at = sign.end()
    if _SCAN_TOKENS.match(unit, at).end() != len(unit):
        return None  # "€5m": a number with more
    read = _unit(unit[:at], lex)
    if read is None or len(read[0]) != 1 or read[0][0][0] != CUR or read[0][0][2] != at:
        return None
    return (read[0][0], (NUM, at, len(unit), unit[at:], None, True, False)), False


def _read_unit(
    unit: str, lex: Lexicon, counted: bool = False
) -> tuple[tuple[tuple, ...], bool] | None:
    """``_unit`` of a unit without a digit, read afresh; with ``counted``, a count word
    and a single letter opening a symbol are read as any other word (``_counted_unit``:
    before a number)."""
    tokens = [tok for _, tok in _SCAN_TOKENS.findall(unit)]
    if len(tokens) == 2 and _letters_sign(tokens, lex):
        fields = tuple(atom.fields() for atom in atomize(unit, lex))
        if len(fields) == 1 and fields[0][0] == CUR and fields[0][2] == len(unit):
            return fields, False
        return None
    table = _triggers(lex)
    first = lex.first_tokens()
    infos = []
    for tok in tokens:
        info = table.get(tok)
        if info is None:
            info = _info(tok, lex)
        infos.append(info)
    goes_on = False
    count = len(tokens)
    for index, (tok, info) in enumerate(zip(tokens, infos, strict=True)):
        kind, fold, plain_kind, ideographs, longest = info
        if kind == "num" or plain_kind >= 0:
            continue
        if ideographs or fold in COUNT_WORDS and not counted:
            return None
        if index == 1 and tok in PREFIXED_SIGNS and infos[0][0] == "word":
            return None  # "XY$": whether the letters name a dollar depends on the token before
        if (
            not longest
            and not _plain_code(kind, tok, fold)
            and not _scale_apart(tok, fold, lex)
            and not (counted and count == 1 and _letter_head(tok, lex))
        ):
            return None  # the words around decide the form starting here
        most = max(first.get(fold, 0), first.get(tok, 0), 1 if fold in NUMBER_WORDS else 0)
        if _gated(lex, fold) is not None or lex.adjective(fold):
            most = max(most, 2)  # a country word before its currency's name ("malaysia ringgit")
        if any(infos[k][0] == "num" for k in range(index + 1, count)):
            continue  # a form stops at a number
        if most > count - index:
            goes_on = True
    fields = tuple(atom.fields() for atom in atomize(unit, lex))
    return fields, goes_on


def _info(tok: str, lex: Lexicon) -> tuple[str, str, int, bool, int]:
    """``atoms._token_info`` of a token, kept in the atomizer's own table."""
    info = _triggers(lex)[tok] = _token_info(tok, _SCAN_RE.match(tok).lastgroup, lex)
    return info


def _scale_apart(tok: str, fold: str, lex: Lexicon) -> bool:
    """True for a word whose form only the tokens from it decide in a text read without a
    language, though ``atoms._token_info`` leaves it to the words around: a scale word that is
    an ordinary word of some languages, none of them English ("Mio.", "mia.": Italian and
    Spanish "mio", "mia"). ``atoms._scale_word_here`` weighs such a word by its neighbours only
    in a language that writes it as an ordinary word, the ``lang`` given, else English; so with
    no ``lang`` it is a scale wherever it stands. A word with any other reason of
    ``_token_info``'s (a currency name that is an ordinary word, a glued scale, a code, a
    letter opening a symbol) stays with the words around.

    >>> _scale_apart("Mio", "mio", lexicon()), _scale_apart("bill", "bill", lexicon())
    (True, False)
    """
    ordinary = lex.ordinary_scale_in(fold)
    if not ordinary or "en" in ordinary or not tok.isalpha():
        return False
    if any(lex.ordinary_in(fold)) or any(lex.ordinary_in(strip_accents(fold))):
        return False  # a currency name that is an ordinary word: the text's language decides
    return not (
        (tok[0] in "MK" and 1 < len(tok) < 5 and tok[1:] in _symbol_heads(lex))
        or tok in GLUED_PREFIXES
        or fold in GLUED_SCALES
        or (len(tok) in (3, 4) and _may_be_code(tok))
        or (len(tok) == 1 and tok in _symbol_heads(lex))
    )


def _letters_sign(tokens: list[str], lex: Lexicon) -> bool:
    """True for a unit of letters glued to a sign that the lexicon lists together as a symbol
    ("R$", "US$", "HK$", "CN¥"): glued, the letters are the symbol's prefix wherever the unit
    stands (``atoms._letter_set_apart`` weighs a letter set apart, ``atoms._unknown_prefix``
    letters no symbol starts with). Not letters that may be a scale glued before a sign ("M$",
    "MUS$", ``atoms.GLUED_SCALES``, ``GLUED_PREFIXES``) or an ISO code ("MOP$"): a number
    before decides those.

    >>> _letters_sign(["R", "$"], lexicon()), _letters_sign(["M", "$"], lexicon())
    (True, False)
    """
    letters, sign = tokens
    if not letters.isalpha() or not letters[0].isupper() or sign.isalnum() or sign == ".":
        return False
    if lex.symbol(f"{letters} {sign}") is None:
        return False
    return not (
        letters in GLUED_PREFIXES
        or letters.casefold() in GLUED_SCALES
        or (len(letters) in (3, 4) and _may_be_code(letters))  # "MOP$": after a number, "MOP"
        or (letters[0] in "MK" and 1 < len(letters) < 5 and letters[1:] in _symbol_heads(lex))
    )


def _plain_code(kind: str, tok: str, fold: str) -> bool:
    """True for an ISO code that is no word (``atoms.code_of``): its atom is the code wherever
    it stands."""
    return (
        kind == "word"
        and len(tok) in (3, 4)
        and isinstance(code_of(tok), str)
        and not (tok.isupper() and fold in CODE_LIKE_WORDS)
        and tok not in GLUED_PREFIXES
    )
