"""The plain shapes read off the atoms without the general grammar: a speed-up, never a reading.

``parse_amount`` and ``parse_mention`` (so the CLI, ``read_pledges`` and ``parse_amounts``)
read most short amounts of news, tables and price tags as one sequence of atoms: plain words,
an optional qualifier, a currency before or after the number, an optional scale word, the
words that link a scale to its currency ("de", "di", "d'"), plain words, and an optional full
stop ending the text::

    [WORDS] [QUAL] CUR NUM [SCALE] [WORDS] [.]       "Kyiv got €5m in aid"
    [WORDS] [QUAL] NUM [SCALE] [FILLER…] CUR [WORDS] [.]     "rund 5 Mrd. €"

A bracket closing the text may follow either shape ("10 million euros ($11 million)"): the
grammar returns the first amount before it reads the bracket. Among the words before, an
English article may stand before a plain word ("an additional $425 million").

On such a text the grammar's sides, ranges, qualifiers, lists and restatements decide nothing
the atoms do not already say, when no word is one the grammar weighs by its neighbours: a
gated qualifier ("do") anywhere but leading the amount, a range word, a count word (but a
qualifier leading the amount), a coin, weight or context name, a code glued to one digit
("DEM1"), a lower-case code before the number, a sign, a fraction or an exponent next to the
number, "and" after the scale. A gated qualifier that
leads the amount ("do 5 mld zł") is read when it fits the amount's languages by the grammar's
own test (``Reader.qualifier_fits``), else the grammar reads the text; a qualifier that is also
a count word ("iki": Lithuanian "up to", Turkish "two") when the grammar's reading at the count
word (``Reader.amount_at``) finds nothing and records nothing there. ``plain_amount`` then
reads it at about a third of the cost, and otherwise returns None and the grammar reads the
same atoms.

The value is computed as the grammar computes it (``read_number``, the scale's power,
``plain_integer``) when the number shows its decimal mark ("2,8", "1.234,56", "683"), the scale
word means one power of ten in every language writing it ("Mrd.", "млн"), and the currency is
a code or a form that leaves one currency in use today ("€", "eurų", "лева"). A number whose
mark needs evidence ("1.500"), a scale word of several powers ("billion", "mil") or a
currency of several ("$", "kr", "lei") is decided by the grammar's own steps
(``resolve.resolve_currency``, ``Reader.value_of``) with the languages the grammar gathers
from the same words (the scale's, the currency name's, the linking words', the qualifier's);
with a ``lang``, ``currency_hint`` or locale given, those steps decide every currency form and
value, since they weigh what the caller said. The mention's offsets and assumptions are the
grammar's too (``letter-prefix``, ``dollar-usd``, ``decimal-default``…), so ``strict`` holds.
When the grammar's resolution refuses the shape's one currency ("kr 499"), ``plain_refusal``
gives the grammar's own reason and position, and ``parse_amount`` raises it.

tests/parsing/test_plain.py checks that both readings agree on every scale word, qualifier and
symbol of the lexicon and on random texts built of them; benchmarks/differential.py on every
corpus line.

>>> from aidcalc.parsing.grammar import Reader
>>> str(plain_amount(Reader("rund 2,8 Mrd. Euro", None, None)))
'approx EUR 2800000000'
>>> str(plain_amount(Reader("do 5 mld zł", None, None)))  # "do" fits Polish "mld", "zł"
'up to PLN 5000000000'
>>> plain_amount(Reader("do 5 million dollars", None, None)) is None  # English "do"
True
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from ..amount import Amount
from ..words import (
    CLOSED_RANGE_JOINERS,
    CONJUNCTIONS,
    COUNT_WORDS,
    FILLER_LANGS,
    GATED_QUALIFIERS,
    LIST_AND,
    LIST_OR,
    MINUS_WORDS,
    ORDINARY_NAMES,
    QUALIFIERS_AFTER,
    RANGE_FROM,
    RANGE_JOINER_LANGS,
    RANGE_JOINERS_ALONE,
    RANGE_OPENERS,
    STOP_WORDS,
    TRAILING_SIGN_QUALIFIERS,
)
from ..words.currency import COINS, CONTEXT_NAMES, COUNTED_ONLY, WEIGHT_NAMES
from ..words.en import PLUS_AFTER_AMOUNT
from .atoms import CUR, FILLER, JOIN, LPAREN, NUM, OTHER, PUNCT, QUAL, RPAREN, SCALE, Atom
from .changes import to_of_change
from .currency_beside import names_event, names_no_money, year_before_noun
from .grammar import INDIAN_GLUED, NOT_CURRENCIES, QUOTE_MARKS, Reader, new_amount
from .lexicon import CurrencyForm, lexicon
from .mention import Mention
from .number_spans import ARITHMETIC_SIGNS, VULGAR_FRACTIONS
from .numbered import grouped_after_name
from .numbers import is_ambiguous, plain_integer, read_number, regular_grouping
from .products import product_before
from .rates import RATE_SIGNS
from .resolve import current_codes, is_scaled_code, is_spaced_prefix, resolve_currency
from .side_value import MAX_DIGITS, _scaled, grouped_then_three
from .sides import SIGNS, Side, _scale_langs

_ZERO = Decimal(0)  # the grammar adds a side's fraction ("e mezzo"), zero here, as it does

# the list words a plain shape weighs: not an English function word that is another
# language's list word alone (Slovenian "in"): a plain shape holds one number, which such a
# word joins to no other ("$5.5 billion in military aid")
_LIST_WEIGHED = frozenset(
    word for word, langs in LIST_AND.items() if "en" in langs or word not in STOP_WORDS["en"]
)
# the qualifiers written after an amount, and the first word of those of two ("or more")
_AFTER_WORDS = frozenset(QUALIFIERS_AFTER) | {phrase.split()[0] for phrase in QUALIFIERS_AFTER}
# words the grammar reads by their neighbours: a text holding one goes the general way
_WEIGHED = frozenset().union(
    COUNT_WORDS, CONJUNCTIONS, COINS, COUNTED_ONLY, RANGE_FROM, RANGE_OPENERS, GATED_QUALIFIERS,
    _LIST_WEIGHED, CONTEXT_NAMES, ORDINARY_NAMES, WEIGHT_NAMES, _AFTER_WORDS,
    TRAILING_SIGN_QUALIFIERS, INDIAN_GLUED, SIGNS, ARITHMETIC_SIGNS, VULGAR_FRACTIONS,
    LIST_OR, QUOTE_MARKS, RATE_SIGNS, ("e",), (PLUS_AFTER_AMOUNT,), MINUS_WORDS,
)  # fmt: skip
# the qualifiers the grammar weighs that may lead a plain shape: a gated qualifier, read when
# it fits the amount's languages (``Reader.qualifier_fits``: "do 5 mld zł" is Polish "up to"),
# and a count word ("iki": Lithuanian "up to", Turkish "two"), read when the grammar reads no
# amount from it (``_counts_nothing_here``); and the words weighed but those
_LEADS_WEIGHED = frozenset(GATED_QUALIFIERS) | frozenset(COUNT_WORDS)
_WEIGHED_BUT_LEADS = frozenset().union(
    CONJUNCTIONS, COINS, COUNTED_ONLY, RANGE_FROM, RANGE_OPENERS,
    _LIST_WEIGHED, CONTEXT_NAMES, ORDINARY_NAMES, WEIGHT_NAMES, _AFTER_WORDS,
    TRAILING_SIGN_QUALIFIERS, INDIAN_GLUED, SIGNS, ARITHMETIC_SIGNS, VULGAR_FRACTIONS,
    LIST_OR, QUOTE_MARKS, RATE_SIGNS, ("e",), (PLUS_AFTER_AMOUNT,), MINUS_WORDS,
)  # fmt: skip
# the English articles, number words to the lexicon ("a billion", "a dollar"): plain only among
# the words before the amount and before a plain word ("an additional $425 million")
_ARTICLES = frozenset({"a", "an"})


def _opened_joiner(atom: Atom) -> bool:
    """True for a range joiner that joins only after an opener of its language (Slovenian
    "in", the English word): after the amount, no opener before it, it is a plain word."""
    return (
        atom.kind == JOIN
        and atom.text in RANGE_JOINER_LANGS
        and atom.text not in RANGE_JOINERS_ALONE
        and atom.text not in CLOSED_RANGE_JOINERS
        and atom.text not in _WEIGHED
    )


def plain_amount(reader: Reader) -> Amount | None:
    """Return the amount of a text of a plain shape (see the module), or None."""
    reading = _plain_reading(reader)
    return None if reading is None else reading[0]


def plain_mention(reader: Reader) -> Mention | None:
    """Return the mention of a text of a plain shape (see the module), or None: the amount,
    offsets and assumptions ``reader.mentions(first_only=True)`` gives.

    ``reader`` is the ``grammar.Reader`` of the whole text (with the caller's language and
    hint, if any); what this reads leaves it as it was, so the same reader can go on to
    ``mentions`` when this returns None.

    >>> mention = plain_mention(Reader("Kyiv got C $5 million.", None, None))
    >>> str(mention.amount), mention.start, mention.end, mention.assumptions
    ('CAD 5000000', 9, 21, ('letter-prefix', 'default-currency'))
    """
    reading = _plain_reading(reader)
    if reading is None:
        return None
    amount, first, last, assumed = reading
    return Mention(
        amount,
        reader.position(first.start),
        reader.end_position(last.end),
        assumptions=tuple(dict.fromkeys(assumed)) if assumed else (),
    )


def plain_inside(reader: Reader, lo: int, hi: int) -> Amount | None:
    """Return the amount of the plain shape that atoms ``lo`` to ``hi`` of ``reader`` make
    (the inside of a bracket: "(approximately $763 million)" without its brackets), read as
    ``plain_amount`` reads a whole text, with the whole text's languages and countries; None
    for any other shape. ``reader`` is left as it was (``bracketed.bracket_problems`` may go
    on to read the same atoms with the grammar).

    >>> reader = Reader("10 million euros ($11 million)", None, None)
    >>> str(plain_inside(reader, 4, 7))
    'USD 11000000'
    """
    kept = reader.word_langs, reader.plain_refused
    try:
        reading = _plain_reading(reader, lo, hi)
    finally:
        reader.word_langs, reader.plain_refused = kept
    return None if reading is None else reading[0]


def _plain_reading(
    reader: Reader, lo: int = 0, hi: int | None = None
) -> tuple[Amount, Atom, Atom, list[str]] | None:
    """(amount, its first atom, its last atom, the assumptions recorded) of a plain shape: the
    whole text's atoms, or those from ``lo`` to ``hi`` (the inside of a bracket,
    ``bracketed.bracket_problems``)."""
    atoms = reader.atoms
    if hi is not None:
        count = hi
        weighed = atoms[lo:hi]
    else:
        count = len(atoms)
        if count and atoms[-1].kind == PUNCT and atoms[-1].text == ".":
            count -= 1  # a full stop ending the text ends the amount
        weighed = atoms  # the atoms no word the grammar weighs may be
        if count > 2 and atoms[count - 1].kind == RPAREN:
            # a bracket closing the text ("10 million euros ($11 million)"): the grammar returns
            # the first amount before it reads what the bracket holds, so the shape ends at its
            # opening (what it holds still counts for the text's language and countries)
            count = next((k for k in range(count) if atoms[k].kind == LPAREN), count)
            weighed = atoms[:count]
    if count - lo < 2 or count - lo > 12:
        return None
    i = lo
    while i < count and (
        atoms[i].kind == OTHER
        or atoms[i].text in _ARTICLES
        and i + 1 < count
        and atoms[i + 1].kind == OTHER
    ):
        i += 1  # plain words before the amount ("Kyiv got €5m", "a package worth $2.5bn")
    words_before = first = i
    if product_before(atoms, first) is not None:
        return None  # "dreimal 50 Mio. Euro": a product the grammar refuses
    qualifier = None
    if i < count and atoms[i].kind == QUAL:
        if to_of_change(atoms, i):
            return None  # "went up to €8bn": a change's "to", which the grammar reads
        if reader.worth_after_noun(i):
            return None  # "ein Paket über 1 Mrd.": a worth, no bound (the grammar reads it)
        qualifier = atoms[i]
        i += 1
    pre = post = scale = None
    if i < count and atoms[i].kind == CUR:
        if names_event(reader.text, atoms, i):
            return None  # "Euro 2024": a name and its year, no amount (the grammar refuses)
        pre = atoms[i]
        i += 1
    if i >= count or atoms[i].kind != NUM:
        return None
    if pre is None and qualifier is None and grouped_after_name(reader.text, atoms, i):
        return None  # "sent Zuzana 2 500 million euros": the grammar says what it assumed
    number = atoms[i]
    glued = atoms[i + 1] if i + 1 < len(atoms) and atoms[i + 1].adjacent else None
    i += 1
    if i < count and atoms[i].kind == SCALE:
        scale = atoms[i]
        i += 1
    fillers = []
    if pre is None:
        while i < count and atoms[i].kind == FILLER and len(fillers) < 3:
            fillers.append(atoms[i])
            i += 1
        if i < count and atoms[i].kind == CUR:
            if names_no_money(reader.text, atoms, i, scale is not None) or (
                scale is None and year_before_noun(atoms, i, reader.text)
            ):
                return None  # "the 20 euro area states", "the 2024 EUR figure": the grammar
            post = atoms[i]
            i += 1
        if post is None or fillers and isinstance(post.data, str):
            return None  # no currency; "5 de eur": a lower-case code only right after
    if qualifier is not None and "en" not in qualifier.data[1]:
        # "AB 3 milyar avro", "ab 5 miljoner kronor": an acronym, or another language's word,
        # as the grammar's ``qualifier_fits`` weighs it against the amount's words
        own = [] if scale is None else [_scale_langs(scale.data)]
        named = (pre or post).data if (pre or post) is not None else None
        if isinstance(named, CurrencyForm) and named.langs and (pre or post).is_name:
            own.append(named.langs)
        told = qualifier.data[1]
        if any(not langs & told for langs in own) or not reader.qualifier_fits(
            qualifier, Side(langs=own)
        ):
            return None  # a word of another language: the grammar weighs it
    last = atoms[i - 1]  # the amount's last atom
    if i < count and pre is not None and scale is None:
        return None  # a word right after the number: the grammar checks what is glued to it
    while i < count and (atoms[i].kind == OTHER or _opened_joiner(atoms[i])):
        i += 1  # plain words after the amount ("€5m in aid")
    if i != count:
        return None
    if words_before and pre is not None and pre.is_name:
        return None  # "gave kroner 10": a name leads its number only after a sign or a break
    gated = counted = False  # a gated qualifier or a count word leads the amount (below)
    for index, atom in enumerate(weighed, lo):
        if atom.text in _ARTICLES:
            if index < words_before:
                continue  # "a package worth $2.5bn": "a" is no list word or qualifier there
            return None  # "€5m a year", "a $5m grant": an article the grammar weighs
        if atom is qualifier and atom.text in _LEADS_WEIGHED:
            if atom.text in _WEIGHED_BUT_LEADS:
                return None
            gated = atom.text in GATED_QUALIFIERS
            counted = atom.text in COUNT_WORDS
        elif atom.text in (LIST_AND if atom.kind == FILLER else _WEIGHED):
            return None  # a filler is read only as "and" ("e mezzo"), any other word so
    currency = pre or post
    # with a language, hint or locale given, the grammar's own steps decide every currency form
    # and value (they weigh what the caller said)
    told = reader.lang is not None or reader.hint is not None
    code = _code(currency)
    if code is None:
        return None
    if told and not isinstance(currency.data, str):
        code = _RESOLVE
    raw = reader.text
    if pre is not None and isinstance(pre.data, str):
        if raw[pre.start].islower():
            return None  # "che 5": a lower-case code leads only a symbol
        if number.adjacent and scale is None and len(number.text) == 1 and raw[pre.start].isupper():
            return None  # "DEM1": a code glued to one digit may name a thing
    if glued is not None and all(map(unicodedata.combining, glued.text)):
        return None  # a combining mark glued to the number
    text = number.text
    if len(text) > MAX_DIGITS or not regular_grouping(text) or grouped_then_three(text):
        return None  # "€1,234.567": the grammar weighs the currency's minor units
    ambiguous = ("." in text or "," in text) and is_ambiguous(text)
    exponent = 0 if scale is None else _one_power(scale.data)
    assumed = []
    if (
        code is not _RESOLVE
        and not isinstance(currency.data, str)
        and is_spaced_prefix(raw[currency.start : currency.end])
    ):
        assumed.append("letter-prefix")  # as resolve_currency records it ("C $5 million")
    if gated or code is _RESOLVE or exponent is None or ambiguous or told:
        # a currency, scale or decimal mark the amount's languages decide: the grammar's own
        # steps, with the languages it gathers from these words
        langs = [] if scale is None else [_scale_langs(scale.data)]
        form = post.data if post is not None and post.is_name else None
        if isinstance(form, CurrencyForm) and form.langs:
            langs.append(form.langs)
        langs += [FILLER_LANGS[f.text] for f in fillers if f.text in FILLER_LANGS]
        if gated and not reader.qualifier_fits(qualifier, Side(currency=[currency], langs=langs)):
            return None  # "do 5 million dollars": English "do", no qualifier: the grammar
        if qualifier is not None:
            langs.append(qualifier.data[1])
        common = frozenset.intersection(*langs) if langs else None
        reader.word_langs = common or None  # the words' own, weighed against ``lang``
        if reader.lang:
            common = frozenset({reader.lang})  # as ``Reader.languages`` gives it
        code, value = _weighed(reader, currency, code, scale, common or None, number, assumed)
        if value is None:
            if weighed is not atoms:
                reader.plain_refused = None  # the grammar may read an amount in the bracket
            return None
    else:
        if scale is not None and "en" not in scale.data:
            shown = raw[scale.start : scale.end]
            if reader.foreign_scale([currency], scale.data, code, shown):
                assumed.append("foreign-scale")  # as ``Reader.value_of`` records it
        value = _scaled(read_number(text) + _ZERO, exponent)
        if value.adjusted() >= MAX_DIGITS or (
            value.adjusted() > 20 and len(value.as_tuple().digits) > MAX_DIGITS
        ):
            return None
        value = plain_integer(value)
    if counted and not _counts_nothing_here(reader, first):
        return None
    amount = new_amount(value, code, qualifier.data[0] if qualifier is not None else None)
    return amount, atoms[first], last, assumed


def _counts_nothing_here(reader: Reader, k: int) -> bool:
    """True when the grammar reads no amount from the count word at atom ``k`` that is also
    the qualifier leading a plain shape ("iki 10 mln. eurų"), records nothing there, and goes
    on to the amount right after it: ``Reader.amount_at`` at ``k`` returns None, adds no
    reason and refuses no atom past ``k + 1`` (its reading loop then reads the next start,
    the amount's currency or number, with the qualifier before it). What ``amount_at``
    changes in the reader is put back, as ``_weighed`` does."""
    problems, assumptions, change = len(reader.problems), reader.assumptions, reader.change
    state = (
        reader.amount_currency,
        reader.amount_start,
        reader.high_mark,
        reader.range_mark,
        reader.range_low,
        reader.refused_to,
    )
    try:
        read = reader.amount_at(k)
        return read is None and len(reader.problems) == problems and reader.refused_to <= k + 1
    finally:
        del reader.problems[problems:]
        reader.assumptions, reader.change = assumptions, change
        (
            reader.amount_currency,
            reader.amount_start,
            reader.high_mark,
            reader.range_mark,
            reader.range_low,
            reader.refused_to,
        ) = state


def plain_refusal(reader: Reader) -> tuple[str, int | None] | None:
    """(message, position) of the ``ParseError`` the grammar gives for a text of a plain shape
    whose one currency the grammar's resolution refuses ("kr 499", "75 milliarder kroner": no
    language or country tells the crown), after ``plain_amount`` or ``plain_mention`` declined
    it; None otherwise. The grammar, reading the same atoms, meets no other currency and records
    this reason first, so ``parse_amount`` raises it without reading the text again.

    >>> reader = Reader("kr 499", None, None)
    >>> plain_amount(reader) is None
    True
    >>> plain_refusal(reader)
    ("'kr' is ambiguous (DKK, NOK, SEK): pass currency_hint= or lang=", 0)
    """
    refused = reader.plain_refused
    if refused is None or reader.problems:
        return None
    reader.problems.append(refused)
    try:
        return reader.explain()
    finally:
        reader.problems.pop()


def _weighed(
    reader: Reader,
    currency: Atom,
    code,
    scale,
    langs,
    number: Atom,
    assumed: list,
    currency_only: bool = False,
):
    """(code, value) as the grammar decides them, for a currency form of several codes
    (``resolve.resolve_currency``), a scale word of several powers or a number whose decimal
    mark needs evidence (``Reader.value_of``), given the amount's languages ``langs``;
    (None, None) when the grammar reads no amount there. The assumptions those steps record are
    added to ``assumed``; what else the reader records meanwhile (reasons, the amount being
    read) is undone: the grammar records it again if it reads the text. With
    ``currency_only``, (code, None): only the currency is weighed, for a caller that reads the
    value as ``Reader.value_of`` would and wants no assumption of the value's
    (``spaced._weighed_words``)."""
    problems, assumptions = len(reader.problems), reader.assumptions
    # the amount state (``_AMOUNT_STATE``), read and put back one attribute at a time (a
    # generator and ``setattr`` per name were a tenth of this function)
    state = (
        reader.amount_currency,
        reader.amount_start,
        reader.high_mark,
        reader.range_mark,
        reader.range_low,
        reader.refused_to,
    )
    reader.assumptions = []
    # the amount being read, as the grammar sets it before resolving its currency (the subject
    # rule looks for the giving verb before where the amount starts)
    reader.amount_currency, reader.amount_start = [currency], number.start
    try:
        if code is _RESOLVE:
            code = resolve_currency(reader, currency, langs)
            if code is None and len(reader.problems) > problems:
                # the text's one currency is refused ("'kr' is ambiguous …"): the reason is
                # kept for ``plain_refusal``, as the grammar would find no other amount there
                reader.plain_refused = reader.problems[problems]
            if code is None or code in NOT_CURRENCIES:
                return None, None
        if currency_only:
            assumed += reader.assumptions
            return code, None
        side = Side(
            number_text=number.text,
            scales=() if scale is None else (scale.data,),
            currency=[currency],
            number_start=number.start,
        )
        reader.high_mark = reader.range_mark = reader.range_low = None
        value = reader.value_of(side, langs, code)
        assumed += reader.assumptions
        return code, value
    finally:
        del reader.problems[problems:]
        reader.assumptions = assumptions
        (
            reader.amount_currency,
            reader.amount_start,
            reader.high_mark,
            reader.range_mark,
            reader.range_low,
            reader.refused_to,
        ) = state


# what ``Reader`` keeps about the amount it is reading, saved and put back by ``_weighed``
_AMOUNT_STATE = (
    "amount_currency",
    "amount_start",
    "high_mark",
    "range_mark",
    "range_low",
    "refused_to",
)


_RESOLVE = "resolve"  # a form of several codes: the grammar's resolution decides


def _code(atom: Atom) -> str | None:
    """The code a currency atom means whatever its context; ``_RESOLVE`` for a form that
    leaves several currencies in use (``resolve.current_codes``), which ``resolve_currency``
    decides; None for no money."""
    data = atom.data
    if isinstance(data, str):
        code = data
    elif isinstance(data, CurrencyForm) and not is_scaled_code(data):
        codes = data.codes
        if len(codes) > 1:
            lex = lexicon()
            codes = current_codes(codes, lex.in_use, lex.tender_end)
        if len(codes) != 1:
            return _RESOLVE
        (code,) = codes
    else:
        return None
    return None if code in NOT_CURRENCIES else code


_POWERS: dict[int, tuple[dict, int | None]] = {}


def _one_power(scale: object) -> int | None:
    """The power of ten of a scale word that means the same in every language writing it,
    else None (remembered per scale dict of the lexicon)."""
    if not isinstance(scale, dict) or not scale:
        return None
    held = _POWERS.get(id(scale))
    if held is not None and held[0] is scale:
        return held[1]
    powers = set(scale.values())
    power = next(iter(powers)) if len(powers) == 1 else None
    if len(_POWERS) >= 4096:  # scales made while reading fill it: afresh
        _POWERS.clear()
    _POWERS[id(scale)] = (scale, power)
    return power
