"""Finding money amounts in text: ``parse_amount`` and ``extract_amounts``.

The text is cut into tokens once (``tokens``, one regular expression, linear time), the tokens
become *atoms* (number, scale word, currency, qualifier, range word, punctuation) by longest
match against the CLDR lexicon (``atoms``, ``lexicon``), and a small grammar reads amounts off
the atoms (``grammar``), resolving each currency (``resolve``) and linking restatements
(``restatements``); ``explain`` says why a text holds none.

>>> str(parse_amount("over 683 million euros (approximately $763 million)"))
'over EUR 683000000'
>>> str(parse_amount("between $1bn and $2bn"))
'USD 1000000000-2000000000'
>>> [str(m.amount) for m in extract_amounts("10 million euros ($11 million)")]
['EUR 10000000', 'USD 11000000']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..amount import Amount
from ..errors import ParseError
from ..words import COUNT_WORDS, ORDINARY_NAMES, QUALIFIER_FORMS
from ..words.currency import COINS, CONTEXT_NAMES, COUNTED_ONLY, WEIGHT_NAMES
from .atoms import CUR, LPAREN, code_of
from .bracketed import bracket_problems, bracket_shape
from .cells import MINUS, bracketed
from .characters import clean
from .explain import ASSUMPTIONS, Refusal, explain_assumptions, refusals
from .framed import framed_core
from .grammar import NOT_CURRENCIES, Reader, new_amount
from .lexicon import lexicon as _lexicon  # as "lexicon", it would hide the module of that name
from .mention import Mention
from .numbers import is_ambiguous, plain_integer, read_number
from .plain import plain_amount, plain_mention, plain_refusal
from .side_value import MAX_DIGITS, grouped_then_three, minor_digits
from .spaced import word_reading
from .worded import worded_parts

__all__ = [
    "ASSUMPTIONS",
    "Mention",
    "Refusal",
    "extract_amounts",
    "iter_amounts",
    "parse_amount",
    "parse_mention",
]


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
    # a dollar sign with its country's letters glued before it (CLDR's own symbols)
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
}
_LETTERED_DOLLARS = frozenset({"C$", "CA$", "A$", "AU$", "NZ$", "HK$"})
# English qualifiers before the simplest shapes ("about $50 million", "up to €5bn", "~$40bn"):
# the curated forms written as words (``words.QUALIFIER_FORMS``; dotted abbreviations such as
# "approx." take the general path), lower case or with a capital first letter.
_SIMPLE_QUALIFIERS = {
    variant: kind
    for kind, by_language in QUALIFIER_FORMS.items()
    for form in by_language.get("en", ())
    if re.fullmatch(r"[a-z]+(?: [a-z]+)*|[~≈]", form)
    for variant in (form, form[:1].upper() + form[1:])
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


def _qualifier_alternatives(forms) -> str:
    """The alternation of ``forms`` (longest escaped form first), grouped by first character:
    "a(?:bout|pproximately)|o(?:ver)|…". The engine tries alternatives one by one; grouped, it
    tries one per first character, then only the forms starting with the text's character,
    in the same order as the flat alternation, so every match is the same."""
    ordered = sorted(forms, key=lambda form: len(re.escape(form)), reverse=True)
    groups: dict[str, list[str]] = {}
    for form in ordered:
        groups.setdefault(form[0], []).append(re.escape(form[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# the number and what may follow it, in both expressions below. The number is an atomic group:
# what follows it never starts with a digit, a comma or a point, so no shorter number than the
# first found can lead to a match, and a text that does not match fails without trying them
# (tests/parsing/test_parse_speed_16.py compares it with the group as it was)
_SIMPLE_NUMBER_ON = (
    r"(?P<num>(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+))"
    r"(?: ?(?P<scale>[kKmM]|mn|bn|tn|thousand|million|billion|trillion))?"
    r"(?: ?(?P<post>[A-Z]{3}|€))? ?"
)
_SIMPLE_RE = re.compile(
    r" ?(?:(?P<qual>" + _qualifier_alternatives(_SIMPLE_QUALIFIERS) + r") ?)?"
    r"(?:(?P<pre>US ?\$|CA\$|AU\$|NZ\$|HK\$|[CA]\$|[€$£₴₹₩]|[A-Z]{3}) ?)?" + _SIMPLE_NUMBER_ON
)
# ``_SIMPLE_RE`` for a text starting with a sign: no space, qualifier or lettered sign starts
# so, and no number, so the sign is the "pre" group and the rest is matched as in
# ``_SIMPLE_RE``, in the same order (the same groups); without trying the qualifiers and the
# lettered signs first, the engine matches in half the steps
_SIMPLE_SIGNS = "€$£₴₹₩"
_SIGN_FIRST_RE = re.compile(rf"(?P<pre>[{_SIMPLE_SIGNS}]) ?" + _SIMPLE_NUMBER_ON)
assert not any(form[0] in _SIMPLE_SIGNS for form in _SIMPLE_QUALIFIERS)
# and for a text starting with a digit or a point: the number leads, nothing before it
_NUMBER_FIRST = frozenset("0123456789.")
_NUMBER_FIRST_RE = re.compile(_SIMPLE_NUMBER_ON)
assert not any(form[0] in _NUMBER_FIRST for form in _SIMPLE_QUALIFIERS)

# ``_simple_amount`` takes the groups by position
assert _SIMPLE_RE.groupindex == {"qual": 1, "pre": 2, "num": 3, "scale": 4, "post": 5}
assert _SIMPLE_RE.groups == 5
assert _SIGN_FIRST_RE.groupindex == {"pre": 1, "num": 2, "scale": 3, "post": 4}
assert _SIGN_FIRST_RE.groups == 4
assert _NUMBER_FIRST_RE.groupindex == {"num": 1, "scale": 2, "post": 3}
assert _NUMBER_FIRST_RE.groups == 3

_MARKS = (".", ",")  # a decimal or grouping mark (a tuple: "" is none of them)

# the last characters a text of ``_SIMPLE_RE`` may have: a digit, the last letter of a scale
# or code, "€" or a space
_SIMPLE_ENDS = frozenset("0123456789kKmMnd€ ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _simple_amount(text: str) -> Amount | None:
    """Return the amount of a text of the simplest shape, or None to take the general path."""
    if text[-1:] not in _SIMPLE_ENDS:
        return None  # "2,8 Mrd. Euro": no shape of the expression ends so
    # the groups in one call, by position (``groups()`` looks no name up: a call per group was
    # a tenth of this function, the names a third of the call)
    if text[:1] in _SIMPLE_SIGNS:  # "$19.99", "€5m": the sign leads, no qualifier
        match = _SIGN_FIRST_RE.fullmatch(text)
        if match is None:
            return None
        qualifier = None
        pre, number, scale, post = match.groups()
    elif text[:1] in _NUMBER_FIRST:  # "1.5 million EUR", "59.90 €": the number leads
        match = _NUMBER_FIRST_RE.fullmatch(text)
        if match is None:
            return None
        qualifier = pre = None
        number, scale, post = match.groups()
    else:
        match = _SIMPLE_RE.fullmatch(text)
        if match is None:
            return None
        qualifier, pre, number, scale, post = match.groups()
    if (pre is None) == (post is None):
        return None
    if scale and post and post.isalpha() and match.start("post") == match.end("scale"):
        return None  # "5kEUR" is one word to the tokenizer
    if (
        pre
        and pre.isalpha()
        and match.end("pre") == match.start("num")
        and len(number) == 1
        and not scale
    ):
        return None  # "DEM1" may name a thing: the general path's identifier rule decides
    if number[0] == "." and not (pre and not pre[-1].isalpha()):
        return None  # ".5" only after a sign ("$.5 billion"); "EUR.5" is no amount
    if len(number) > MAX_DIGITS or number[-4:-3] in _MARKS and grouped_then_three(number):
        # (a number grouped then three needs a mark right before its last three digits: most
        # numbers are answered without the call)
        return None  # the general path refuses a number longer than a value keeps, or
        # "€1,234.567" unless its currency has three decimals
    mark = "US$" if pre == "US $" else pre or post  # "US $1.2 billion" reads as "US$1.2 billion"
    code = _SIMPLE_SYMBOLS.get(mark) or code_of(mark)
    if not isinstance(code, str) or code in NOT_CURRENCIES:
        return None
    if is_ambiguous(number) and (
        "." in number or scale or minor_digits(code) > 2 or post and not post.isalpha()
    ):
        # "250.000 €", "€1,500 million", "KWD 1,500": the general path weighs the evidence for
        # the decimal mark; "$1,234" groups by the currency's minor units in both; "1,234 €"
        # writes the sign as the comma's decimal style does, and the general path says the
        # units decided (``decimal-default``, as ``parse_mention`` and ``strict`` must too)
        return None
    if (
        qualifier is not None
        and qualifier[-1].isalpha()
        and match.end("qual") == match.start("pre" if pre else "num")
    ):
        return None  # "about$5m", "up toC$5m": a word glued to the amount
    value = read_number(number)
    if scale:
        value = plain_integer(value.scaleb(_SIMPLE_SCALES[scale]))
    elif qualifier is not None or mark in _LETTERED_DOLLARS:
        # as the general path writes a whole value ("190" for "A$190.00"); the shapes read
        # here first ("$190.00") keep the digits as written (Decimal("190.00")), as before
        value = plain_integer(value)
    return new_amount(value, code, _SIMPLE_QUALIFIERS.get(qualifier))


# The simplest ranges ("$1-2 billion", "€300–400 million", "between $1bn and $2bn"): one sign or
# code before the low end (again before the top, or not), a dash or "between … and", and a scale
# word after the top (after the low end too, of the same power); read as the grammar reads
# them: the top's scale shared by the low end. Anything else takes the general path.
_SIMPLE_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SIMPLE_MARK = r"US\$|CA\$|AU\$|NZ\$|HK\$|[CA]\$|[€$£₴₹₩]|[A-Z]{3}(?= )"
_SIMPLE_SCALE = r"[kKmM]|mn|bn|tn|thousand|million|billion|trillion"
_SIMPLE_RANGE_RE = re.compile(
    rf"(?:(?P<between>[Bb]etween) )?(?P<pre>{_SIMPLE_MARK}) ?(?P<low>{_SIMPLE_NUMBER})"
    rf"(?: ?(?P<low_scale>{_SIMPLE_SCALE}))?"
    r"(?P<joiner>[-–]| [-–] | and )"
    rf"(?:(?P<pre2>{_SIMPLE_MARK}) ?)?(?P<high>{_SIMPLE_NUMBER}) ?(?P<scale>{_SIMPLE_SCALE})"
)
# what a text of ``_SIMPLE_RANGE_RE`` starts with: a sign, a code's capital, "between"
_SIMPLE_RANGE_STARTS = frozenset("€$£₴₹₩ABCDEFGHIJKLMNOPQRSTUVWXYZb")


def _simple_range(text: str) -> Amount | None:
    """Return the range of a text of the simplest range shape (``_SIMPLE_RANGE_RE``), or None
    to take the general path. "between" goes with "and" only, a dash without it; the low end
    reads with the top's scale (the grammar's "$1-2 billion": 1 to 2 billion) and must be
    below the top (a range written high to low is reordered by the grammar, which says so).

    >>> str(_simple_range("$1-2 billion")), str(_simple_range("between €1bn and €2bn"))
    ('USD 1000000000-2000000000', 'EUR 1000000000-2000000000')
    >>> _simple_range("$2-1 billion") is None  # high to low: the grammar reorders, and says so
    True
    """
    if text[:1] not in _SIMPLE_RANGE_STARTS or not ("-" in text or "–" in text or " and " in text):
        return None  # no shape of the expression starts so, or has no joiner
    match = _SIMPLE_RANGE_RE.fullmatch(text)
    if match is None:
        return None
    between, pre, low, low_scale, joiner, pre2, high, scale = match.group(
        "between", "pre", "low", "low_scale", "joiner", "pre2", "high", "scale"
    )
    if (between is not None) != (joiner == " and ") or (
        pre2 is not None
        and (
            pre2 != pre
            or pre.isalpha()
            or match.end("pre") != match.start("low")
            or match.end("pre2") != match.start("high")
        )
    ):
        return None  # "EUR 5m-EUR 6m", "€1-€ 6m": the mark before the top starts an amount
    power = _SIMPLE_SCALES[scale]
    if low_scale is not None and _SIMPLE_SCALES[low_scale] != power:
        return None
    for number in (low, high):
        if len(number) > MAX_DIGITS or grouped_then_three(number) or is_ambiguous(number):
            return None  # the general path weighs the decimal mark or refuses the number
    code = _SIMPLE_SYMBOLS.get(pre) or code_of(pre)
    if not isinstance(code, str) or code in NOT_CURRENCIES:
        return None
    value = plain_integer(read_number(low).scaleb(power))
    top = plain_integer(read_number(high).scaleb(power))
    if not value < top or top.adjusted() >= MAX_DIGITS - 1:
        return None  # equal ends, high to low (the grammar decides), or more digits than a
        # value keeps
    return Amount(value, code, high=top)


# The simplest ranges in words ("300 to 400 million euros", "2 to 3 thousand EUR"): two plain
# numbers joined by "to", a scale word of one power in every language writing it, and a code or
# a currency name of one code that is no ordinary word of any language (``Lexicon.gated``,
# ``Lexicon.ordinary_in``); read as the grammar reads them (the top's scale shared by the low
# end). Anything else takes the general path.
_TO_NUMBER = r"(?:0|[1-9]\d*)(?:\.\d+)?"
_TO_RANGE_RE = re.compile(
    rf"(?P<low>{_TO_NUMBER}) to (?P<high>{_TO_NUMBER}) (?P<scale>million|thousand|mn) "
    r"(?P<mark>[A-Z]{3}|[^\W\d_]+)"
)
_TO_SCALES = {"thousand": 3, "million": 6, "mn": 6}
# currency names the grammar reads by their neighbours, never by their form alone
_NAMES_WEIGHED = frozenset().union(
    ORDINARY_NAMES, CONTEXT_NAMES, COUNTED_ONLY, WEIGHT_NAMES, COINS, COUNT_WORDS
)


def _to_range(text: str) -> Amount | None:
    """Return the range of a text of ``_TO_RANGE_RE``'s shape, or None to take the general
    path: the low end must be below the top (equal ends are no range to the grammar, and it
    reorders a falling one, saying so), no number may need its decimal mark weighed, and the
    name must mean one currency wherever it is written.

    >>> str(_to_range("300 to 400 million euros")), str(_to_range("2 to 3 thousand EUR"))
    ('EUR 300000000-400000000', 'EUR 2000-3000')
    >>> _to_range("400 to 300 million euros") is None, _to_range("5 to 6 million dollars")
    (True, None)
    """
    if " to " not in text or not text[:1].isdigit():
        return None
    match = _TO_RANGE_RE.fullmatch(text)
    if match is None:
        return None
    low, high, scale, mark = match.group("low", "high", "scale", "mark")
    if is_ambiguous(low) or is_ambiguous(high):
        return None  # "1.500 to 2.000 million": the grammar weighs the mark
    code = _named_code(mark)
    if code is None:
        return None
    power = _TO_SCALES[scale]
    value = plain_integer(read_number(low).scaleb(power))
    top = plain_integer(read_number(high).scaleb(power))
    if not value < top or top.adjusted() >= MAX_DIGITS - 1:
        return None
    return Amount(value, code, high=top)


# the signs and codes of the simplest shapes whose reading no frame word changes (``framed``)
_FRAMED_MARKS = frozenset({"$", "€", "£", "US$", "US $"})


def _framed_amount(text: str) -> Amount | None:
    """Return the amount of a text of the simplest shape framed by ordinary English words
    (``framed.framed_core``: "a package worth $2.5 billion", "$5.5 billion in military aid"),
    or None to take the general path: the amount's currency must be a sign of
    ``_FRAMED_MARKS`` or a code.

    >>> str(_framed_amount("some $400 million in aid"))
    'approx USD 400000000'
    >>> _framed_amount("package AU$1.1 billion") is None  # the grammar weighs the sign's languages
    True
    """
    core = framed_core(text)
    if core is None:
        return None
    amount = _simple_amount(core)
    if amount is None or _OTHER_SIGNS & set(core):
        return None  # "₹", "₩", "₴": a sign whose reading the frame may change
    dollar = core.find("$")
    if dollar > 0 and core[dollar - 1].isalpha() and core[dollar - 2 : dollar] != "US":
        return None  # "AU$", "C$": the letters' sign is weighed ("AU$" is no code)
    return amount


# The marks of the simplest shapes that are not ``_FRAMED_MARKS`` nor codes: the signs below,
# and a dollar sign with letters glued before it other than "US" (``_LETTERED_DOLLARS``). A
# text the simplest shapes read holds one mark, and only a mark holds a sign, so a core holding
# none of these holds one of ``_FRAMED_MARKS`` or a code (test_parse_speed_16 checks it).
_OTHER_SIGNS = frozenset(_SIMPLE_SIGNS) - {"$", "€", "£"}
assert all(mark[-1] == "$" and mark[-2].isalpha() for mark in _LETTERED_DOLLARS)


def _named_code(mark: str) -> str | None:
    """The code of ``mark``, a code ("EUR") or a lower-case currency name of one currency that
    no rule weighs and that is no ordinary word of any language ("euros"), else None."""
    if mark.isupper():
        code = code_of(mark)
    else:
        if not mark.islower() or mark in _NAMES_WEIGHED:
            return None
        lex = _lexicon()
        form = lex.name(mark)
        if form is None or len(form.codes) != 1:
            return None  # no currency name, or one of several currencies ("dollars")
        if lex.gated(mark) is not None or lex.ordinary_in(mark) != ((), ()):
            return None  # an ordinary word of some language ("aiti", "kip"): weighed
        (code,) = form.codes
    if not isinstance(code, str) or code in NOT_CURRENCIES:
        return None
    return code


# the dollar names the grammar reads as US dollars when nothing else in the text tells which
_DOLLAR_NAMES = frozenset({"dollars", "dollar"})


def _worded_amount(text: str) -> Amount | None:
    """Return the amount of an English count in words before a scale word and a currency
    (``worded``: "two billion euros", "half a billion dollars"), or None to take the general
    path: the currency must be a code, a name of ``_named_code`` or a dollar name, which the
    grammar reads as US dollars here (nothing in such a text names a country).

    >>> str(_worded_amount("three hundred million euros")), str(_worded_amount("a billion USD"))
    ('EUR 300000000', 'USD 1000000000')
    >>> _worded_amount("two billion pounds") is None  # pounds: a weight too, weighed
    True
    """
    parts = worded_parts(text)
    if parts is None:
        return None
    count, power, mark = parts
    code = "USD" if mark in _DOLLAR_NAMES else _named_code(mark)
    if code is None:
        return None
    return Amount(plain_integer(count.scaleb(power)), code)


# The simplest amounts of a scale of two powers before an English currency name ("2 billion
# euros", "at least 1.5 trillion hryvnias"): a number that shows its mark, "billion" or
# "trillion", and a name of one currency (``_named_code``) that English writes; an English
# qualifier only (no other language's list holds it) may lead. English words alone: the grammar
# reads the scale as English does, 10^9 and 10^12, and says so when it rests on that.
_EN_ONLY_FORMS = frozenset(
    form for by_language in QUALIFIER_FORMS.values() for form in by_language.get("en", ())
) - frozenset(
    form
    for by_language in QUALIFIER_FORMS.values()
    for language, forms in by_language.items()
    if language != "en"
    for form in forms
)
_EN_QUALIFIERS = {form: kind for form, kind in _SIMPLE_QUALIFIERS.items() if form in _EN_ONLY_FORMS}
_SCALED_NAME_RE = re.compile(
    r"(?:(?P<qual>" + _qualifier_alternatives(_EN_QUALIFIERS) + r") )?"
    r"(?P<num>(?:0|[1-9]\d*)(?:\.\d+)?) (?P<scale>billion|trillion) (?P<mark>[a-z]+)"
)
_SHORT_SCALES = {"billion": 9, "trillion": 12}


def _scaled_name_amount(text: str) -> Amount | None:
    """Return the amount of a text of ``_SCALED_NAME_RE``'s shape, or None to take the general
    path: the number must show its mark, the name be of one currency that no rule weighs,
    with English among its languages.

    >>> str(_scaled_name_amount("at least 2 billion euros"))
    'over EUR 2000000000'
    >>> _scaled_name_amount("2 billion africains") is None  # French only: the French billion
    True
    """
    if " billion " not in text and " trillion " not in text:
        return None
    match = _SCALED_NAME_RE.fullmatch(text)
    if match is None:
        return None
    qualifier, number, scale, mark = match.group("qual", "num", "scale", "mark")
    if is_ambiguous(number):
        return None  # "1.500 billion": the grammar weighs the mark
    code = _named_code(mark)
    if code is None:
        return None
    form = _lexicon().name(mark)
    if not form.langs or "en" not in form.langs:
        return None  # a name English does not write: the grammar weighs its languages
    value = plain_integer(read_number(number).scaleb(_SHORT_SCALES[scale]))
    if value.adjusted() >= MAX_DIGITS - 1:
        return None
    return new_amount(value, code, _EN_QUALIFIERS.get(qualifier))


# The defaults the simplest shapes rest on, as the general grammar records them (a test checks
# that both agree): a bare $ is USD and a bare £ GBP by the default order; "bn", "tn" and
# "billion" mean 10^12 in some curated languages, so alone they are read in the English short
# scale.
_SIMPLE_ASSUMED_MARKS = {"$": "dollar-usd", "£": "default-currency", "C$": "default-currency"}
_SIMPLE_ASSUMED_SCALES = {"bn": "short-scale", "tn": "short-scale", "billion": "short-scale"}


def _simple_mention(text: str) -> Mention | None:
    """Return the fast path's reading as a ``Mention`` with its assumptions, or None."""
    amount = _simple_amount(text)
    if amount is None:
        return None
    match = _SIMPLE_RE.fullmatch(text)
    scale = match.group("scale")
    if match.group("qual") is not None and scale in _SIMPLE_ASSUMED_SCALES:
        # the value is the short scale's either way ("over $5 billion"), but whether the reading
        # rests on that default depends on the qualifier's languages ("over" is Danish too,
        # "more than" English only): the general path weighs them
        return None
    assumed = (
        _SIMPLE_ASSUMED_MARKS.get(match.group("pre") or match.group("post")),
        _SIMPLE_ASSUMED_SCALES.get(scale),
    )
    start = len(text) - len(text.lstrip(" "))
    end = len(text.rstrip(" "))
    return Mention(amount, start, end, assumptions=tuple(a for a in assumed if a))


def parse_amount(
    text: str,
    *,
    lang: str | None = None,
    currency_hint: str | None = None,
    strict: bool = False,
) -> Amount:
    """Return the first money amount ``text`` states.

    A range or a qualified amount counts as one amount; a restatement in another currency
    ("10 million euros ($11 million)") is not a second one. ``lang`` (ISO 639-1) and
    ``currency_hint`` (ISO 4217) resolve ambiguous separators, scale words and currencies.
    Raises ``ParseError`` saying what was missing when the text states no money, and, with
    ``strict=True``, when the reading rests on a default rather than on the text (the codes of
    ``Mention.assumptions``, listed in docs/parsing.md).

    >>> parse_amount("1.500 millones de euros")
    Amount(value=Decimal('1500000000'), currency='EUR', qualifier=None, high=None)
    >>> parse_amount("2,8 Mrd. Euro", lang="de").value
    Decimal('2800000000')
    >>> parse_amount("a country of 2.8 million")
    Traceback (most recent call last):
    ...
    aidcalc.errors.ParseError: no currency next to the number '2.8 million' at position 13
    >>> parse_amount("$5 million", strict=True)
    Traceback (most recent call last):
    ...
    aidcalc.errors.ParseError: '$5 million' at position 0 rests on a default: dollar-usd ...
    >>> parse_amount("$5 million", currency_hint="CAD", strict=True).currency
    'CAD'
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    if text[-1:] == ")" or text.rstrip()[-1:] == ")":
        _refuse_accounting(text, lang, currency_hint)
    if not strict and len(text) <= WINDOW:
        if lang is None and currency_hint is None and len(text) < 40:
            simple = _simple_amount(text) or _simple_range(text) or _to_range(text)
            if simple is None and ("illion " in text or "thousand " in text):
                # an English scale word before a currency: written in words, or "billion"
                simple = _worded_amount(text) or _scaled_name_amount(text)
            if simple is not None:
                return simple
        if lang is None and currency_hint is None:
            # a plain shape whose words mean one thing in every language, read off the words,
            # then the simplest shapes framed by ordinary English words ("$5m in aid"; the words'
            # path declines a "$" at once)
            words = word_reading(text)
            if words.__class__ is tuple:  # the one currency refused: the Reader's own reason
                raise ParseError(words[0], text=text, position=words[1])
            words = words or _framed_amount(text)
            if words is not None:
                return words
        # the plain shapes ("2,8 Mrd. Euro", "ponad 2 mld zł") off the atoms, else the grammar
        # on the same atoms
        reader = Reader(text, lang, currency_hint)
        if _opens_bracket(reader):  # "€5m (€5bn)"
            mention = plain_mention(reader)
            if mention is not None:
                _restated(text, reader, mention, lang, currency_hint, whole=reader)
                return mention.amount
        else:
            plain = plain_amount(reader)
            if plain is not None:
                return plain
        _raise_plain_refusal(text, reader)
        return _read_first(text, reader, lang, currency_hint).amount
    return _checked(text, _first_mention(text, lang, currency_hint), strict).amount


def parse_mention(
    text: str,
    *,
    lang: str | None = None,
    currency_hint: str | None = None,
    strict: bool = False,
) -> Mention:
    """Return the first money amount ``text`` states as a ``Mention``: the amount, its offsets
    and the assumptions its reading rests on (``parse_amount`` without the fast path).

    >>> mention = parse_mention("The fund got $1.500 billion.")
    >>> str(mention.amount), mention.assumptions
    ('USD 1500000000', ('dollar-usd', 'decimal-default'))
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    if text[-1:] == ")" or text.rstrip()[-1:] == ")":
        _refuse_accounting(text, lang, currency_hint)
    mention = None
    if lang is None and currency_hint is None and len(text) < 40:
        mention = _simple_mention(text)
    if mention is None:
        mention = _first_mention(text, lang, currency_hint)
    return _checked(text, mention, strict)


def _refuse_accounting(text: str, lang, currency_hint) -> None:
    """Raise ``ParseError`` when the whole of ``text`` is one amount in brackets, perhaps after
    a minus sign: accounting's way of writing a negative ("(€1,234.56)", "(PLN 8.74)",
    "-(€5)"), which a reading must neither make positive nor guess negative. The same rule as a
    table cell's (``cells.bracketed``); an amount in brackets within other words is a
    restatement or an aside and is read as written ("€10m ($11m)").

    >>> parse_amount("(€1,234.56)")
    Traceback (most recent call last):
    ...
    aidcalc.errors.ParseError: '(€1,234.56)' is a number in brackets, as accounting writes a ...
    """
    cleaned = clean(text)[0].strip()
    signed = cleaned[:1] in MINUS
    body = cleaned[1:].lstrip() if signed else cleaned
    if not body.startswith("(") or body.count("(") != 1 or body.count(")") != 1:
        return
    reason = bracketed(body)
    if reason is None:
        return
    inside = body[1:-1].strip()
    try:
        mention = parse_mention(inside, lang=lang, currency_hint=currency_hint)
    except ParseError:
        return  # no amount inside: the reader's own reason
    if mention.start != 0 or inside[mention.end :].strip(". ") != "":
        return  # "(about €5m in aid)": words around the amount, read as written
    if mention.amount.value < 0 or mention.amount.qualifier is not None:
        return  # "(-€3 million)", "(£40m+)": a sign or a bound of its own, no accounting form
    if signed:
        reason = (
            f"{text.strip()!r} is a minus before a number in brackets, as accounting writes a "
            f"negative: write -{inside} for a correction"
        )
    raise ParseError(reason, text=text, position=0)


def _checked(text: str, mention: Mention, strict: bool) -> Mention:
    """Return ``mention``, or raise ``ParseError`` when ``strict`` and it rests on a default."""
    if strict and mention.assumptions:
        message = explain_assumptions(text, mention)
        raise ParseError(message, text=text, position=mention.start)
    return mention


def _read_first(text: str, reader: Reader, lang=None, currency_hint=None) -> Mention:
    """The first mention ``reader`` (made over the whole of ``text``) finds, or ParseError;
    also when extraction leaves it out as a thousandfold restatement pair (``_restated``)."""
    found = reader.mentions(first_only=True)
    if not found:
        message, position = reader.explain()
        raise ParseError(message, text=text, position=position)
    _restated(text, reader, found[0], lang, currency_hint)
    return found[0]


def _opens_bracket(reader: Reader) -> bool:
    """True when an atom of ``reader`` opens a bracket. Such an atom is one of the characters
    ``atoms.OPEN_PARENS`` ("(", "[", "{"), so a text holding none of them (most) is answered
    without a pass over its atoms."""
    text = reader.text
    if "(" not in text and "[" not in text and "{" not in text:
        return False
    return any(atom.kind == LPAREN for atom in reader.atoms)


def _restated(
    text: str, reader: Reader, first: Mention, lang, currency_hint, whole: Reader | None = None
) -> None:
    """Raise ``ParseError`` when ``first`` and a restatement of it are a thousandfold apart
    ("€5 million (€5 billion)", ``restatements.link_restatements``): ``extract_amounts`` and a
    table cell leave both out with that reason, and ``parse_amount`` must not return the
    first as if the text had said nothing more. Only a text with a currency after the first
    amount is read whole for it: by ``whole`` when given (a reader of the same text, lang and
    hint that has read nothing yet, as ``plain`` leaves it), else by a new ``Reader``."""
    if not any(a.kind == CUR and reader.position(a.start) >= first.end for a in reader.atoms):
        return
    # "10 million euros ($11 million)": the bracket's one amount read alone, then the reading
    # loop's own last steps (``bracketed``); any other shape is read whole
    shape = None if whole is None else bracket_shape(whole, first)
    problems = None if shape is None else bracket_problems(whole, first, shape)
    if problems is None:
        if whole is None or shape is not None:  # ``bracket_problems`` read with ``whole``
            whole = Reader(text, lang, currency_hint)
        whole.mentions()
        problems = whole.problems
    for offset, message in problems:
        if "thousandfold apart" in message and first.start <= whole.position(offset) < first.end:
            raise ParseError(message, text=text, position=first.start)


def _raise_plain_refusal(text: str, reader: Reader) -> None:
    """Raise the grammar's ``ParseError`` for a plain shape whose one currency it refuses."""
    refused = plain_refusal(reader)
    if refused is not None:
        raise ParseError(refused[0], text=text, position=refused[1])


def _first_mention(text: str, lang: str | None, currency_hint: str | None) -> Mention:
    if len(text) <= WINDOW:
        reader = Reader(text, lang, currency_hint)
        # the plain shapes ("2,8 Mrd. Euro", "ponad 2 mld zł") off the atoms, else the grammar
        # on the same atoms
        plain = plain_mention(reader)
        if plain is not None:
            if _opens_bracket(reader):  # "€5m (€5bn)"
                _restated(text, reader, plain, lang, currency_hint, whole=reader)
            return plain
        _raise_plain_refusal(text, reader)
        return _read_first(text, reader, lang, currency_hint)
    # A long text is read window by window, so that finding its first amount costs what the
    # text before that amount costs (and memory stays flat).
    first_reason = None
    for start, stop, accept_from, accept_to in _windows(text):
        reader = Reader(text[start:stop], lang, currency_hint)
        found = reader.mentions(first_only=True, skip_before=accept_from - start)
        if found and start + found[0].start < accept_to:
            return replace(found[0], start=start + found[0].start, end=start + found[0].end)
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
    text: str,
    *,
    lang: str | None = None,
    currency_hint: str | None = None,
    refused: list[Refusal] | None = None,
) -> list[Mention]:
    """Return every money amount in ``text``, in order, restatements linked.

    A text longer than ``BLOCK`` characters is read block by block (``iter_amounts``), so
    memory follows the block, not the text. An amount the text writes but that cannot be
    read without a guess ("5 million kroner" in a text naming Norway and Denmark, "€100 USD")
    is left out; pass a list as ``refused`` to have a ``Refusal`` (offset, reason) appended
    to it for each one, in order.

    >>> [(m.start, m.end, m.equivalent_of) for m in extract_amounts("over €5m (about $6m)")]
    [(0, 8, None), (10, 19, 0)]
    >>> left_out = []
    >>> [str(m.amount) for m in extract_amounts("€5m and €100 USD", refused=left_out)]
    ['EUR 5000000']
    >>> [(r.start, r.reason[:32]) for r in left_out]
    [(8, "'€100 USD' at position 8 names t")]
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text, not {type(text).__name__}")
    return list(iter_amounts(text, lang=lang, currency_hint=currency_hint, refused=refused))


BLOCK = 1 << 16  # characters read at a time by iter_amounts (about 5 MB of working memory)
READ = 1 << 14  # characters asked of a file at a time
# where a block may end, best first: a paragraph, a line, a sentence, a space
_CUTS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?。！？][\"')\]»”’]*\s"))


def iter_amounts(
    text_or_file,
    *,
    lang: str | None = None,
    currency_hint: str | None = None,
    refused: list[Refusal] | None = None,
) -> Iterator[Mention]:
    """Yield the money amounts of a text, or of a text file object, in order, one at a time.

    The input is read in blocks of at most ``BLOCK`` characters (a text up to that size is
    one block, read exactly as ``extract_amounts`` reads it). A block ends at the last
    paragraph break in it, else the last line end, else the last sentence end, else the last
    space. Only a paragraph break is sure to end every amount ("10 mln. eurų" has a stop
    inside, "€5\\nmillion" a line end), so after any other cut the amounts that end within
    ``MARGIN`` characters of it are left to the next block, which starts where the first of
    them starts: a cut never splits an amount. ``start`` and ``end`` are offsets in the whole
    input (characters, as the file object yields them); ``equivalent_of`` counts mentions
    from the start of the input. What the reader infers from a text as a whole (its language,
    its decimal marks, the countries it names) it infers from each block: one article or a
    few paragraphs, never more than ``BLOCK`` characters. A restatement is linked only within
    its block; the amounts near a cut move to the next block together, so that one and its
    restatement stay together unless more than ``MARGIN`` characters part them.

    ``refused``: a list to which a ``Refusal`` is appended for each amount left out, as
    ``extract_amounts`` does, offsets in the whole input; it fills as the mentions are yielded.

    Raises ``ParseError`` when the input is neither text nor a text file (bytes are refused:
    decode them first).

    >>> import io
    >>> mentions = iter_amounts(io.StringIO("Latvia gave €5m.\\n\\nEstonia gave $2m (€1.8m)."))
    >>> [(str(m.amount), m.start, m.equivalent_of) for m in mentions]
    [('EUR 5000000', 12, None), ('USD 2000000', 31, None), ('EUR 1800000', 36, 1)]
    """
    if isinstance(text_or_file, str):
        text = text_or_file
        chunks: Iterator[str] = (text[at : at + BLOCK] for at in range(0, len(text), BLOCK))
    elif hasattr(text_or_file, "read"):
        chunks = _read_chunks(text_or_file)
    else:
        raise ParseError(f"expected text or a text file, not {type(text_or_file).__name__}")
    return _iter_blocks(chunks, lang, currency_hint, refused)


def _read_chunks(file) -> Iterator[str]:
    while True:
        chunk = file.read(READ)
        if not chunk:
            return
        if not isinstance(chunk, str):
            raise ParseError(f"expected text or a text file, not a file of {type(chunk).__name__}")
        yield chunk


def _iter_blocks(chunks: Iterator[str], lang, currency_hint, refused=None) -> Iterator[Mention]:
    buffer = ""
    offset = 0  # of buffer[0] in the whole input
    count = 0  # mentions yielded so far
    done = False
    while True:
        while not done and len(buffer) <= BLOCK:
            chunk = next(chunks, None)
            if chunk is None:
                done = True
            else:
                buffer += chunk
        if done and len(buffer) <= BLOCK:
            cut, carry = len(buffer), False
        else:
            cut, carry = _block_end(buffer)
        reader = Reader(buffer[:cut], lang, currency_hint)
        found = reader.mentions()
        if carry:  # give the amounts near the cut to the next block, whole
            first = _carried(found, cut)
            if first < len(found):
                cut = found[first].start
                found = found[:first]
        if refused is not None:  # problems, and counts left unread (``unread_counts``)
            left_out = refusals(reader, found)
            if carry:  # the next block starts at the cut and reads what is after it again
                left_out = [r for r in left_out if r.start < cut]
            refused.extend(replace(r, start=offset + r.start) for r in left_out)
        if offset == 0 and count == 0:  # the first block: offsets and links stand as read
            yield from found
        else:
            for mention in found:
                linked = mention.equivalent_of
                yield replace(
                    mention,
                    start=offset + mention.start,
                    end=offset + mention.end,
                    equivalent_of=None if linked is None else count + linked,
                )
        count += len(found)
        if cut >= len(buffer) and done:
            return
        offset += cut
        buffer = buffer[cut:]


def _carried(found: list[Mention], cut: int) -> int:
    """Return the index of the first mention to read again in the next block: the first that
    ends within ``MARGIN`` of ``cut``, or an amount one of those restates; ``len(found)`` when
    none is (or when that would leave nothing in this block: then only the last, if it can)."""
    first = len(found)
    while first > 0 and found[first - 1].end >= cut - MARGIN:
        first -= 1
    linked = [m.equivalent_of for m in found[first:] if m.equivalent_of is not None]
    while linked and min(linked) < first:  # a restatement goes with the amount it restates
        first = min(linked)
        linked = [m.equivalent_of for m in found[first:] if m.equivalent_of is not None]
    if first < len(found) and found[first].start == 0:
        first = len(found) - 1 if found[-1].start > 0 else len(found)
    return first


def _block_end(buffer: str) -> tuple[int, bool]:
    """Return (where the block in ``buffer`` ends, whether an amount may go on across it:
    anywhere but at a paragraph break)."""
    low = BLOCK // 4
    for number, pattern in enumerate(_CUTS):
        last = None
        for last in pattern.finditer(buffer, low, BLOCK):  # noqa: B007 (the last one is kept)
            pass
        if last is not None:
            return last.end(), number > 0
    at = buffer.rfind(" ", low, BLOCK)
    if at >= 0:
        return at + 1, True
    return BLOCK, True  # no space in a quarter of a block: cut anyway, amounts kept whole
