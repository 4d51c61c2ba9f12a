"""The value of one side of an amount: its decimal mark decided by the evidence, its scale
words' power of ten by the language, in the order docs/parsing.md gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext
from functools import lru_cache

from ..words import STOP_WORDS
from ..words.currency import CASED_SCALES, OWN_SCALE_ABBREVIATIONS, THOUSAND_PREFIXED_CODES
from .atoms import (
    CUR,
    NUM,
    OTHER,
    QUAL,
    SCALE,
)  # fmt: skip
from .cldr import currency_languages
from .context import names_a_country
from .language import (
    SAMPLE_CHARS,
    language_scores,
    leading_languages,
    text_language,
    told_by_one_word,
)
from .lexicon import CurrencyForm
from .numbers import (
    GROUP_ONLY,
    is_ambiguous,
    plain_integer,
    read_number,
    regular_grouping,
)
from .resolve import is_scaled_code
from .sides import CURATED, UNKNOWN, Side, StopScale, _curated, _decimal_shown, _exponent

# a sentence's stop glued to the next sentence's capitalised word, after a lower-case word of
# two letters or more ("bereitstellen.In December"; not "U.S.", "Mio.Euro" after a capital);
# the stop is matched first and the letters before it looked back at from there, so that a
# search tries the look-behind only at stops, not at every character
GLUED_STOP = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])(?=[^\W\d_]{2})")
# a stop with a bracket or quote mark after it, then a space or a word glued on ("Kyiv.) The",
# 'said "no." The', "Kyiv.(La France", "Kyiv.)La France"): ``Reader.sentence_cuts``
MARKED_STOP = re.compile(r"[.!?][()\[\]\"'“”«»‘’](?: |(?=[^\W\d_]{2}))")
MAX_DIGITS = 28  # the default decimal context's precision: more digits would be rounded


_VARIES: dict[int, tuple[dict, bool]] = {}


_POWERS_AMONG: dict[tuple[int, frozenset[str]], tuple[dict, frozenset[int]]] = {}


# a sign followed by its number: the top's own sign in a range ("between $1,500 and $2
# million"), no sign written after the number before it (that continental style tells ",")
_LEADS_NUMBER = re.compile(r"[ \u00a0]?\d")


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


def _doubted(assumptions: list[str], power: int, doubt: int | None) -> int:
    """Return ``power``, the scale word's power read by the hint's steps, recording
    ``scale-default`` when the amount's own words of another language read ``doubt``, another
    power ("5 billion lire" with ``lang="en"``: 10^9, the words' languages 10^12).

    >>> found = []
    >>> _doubted(found, 9, 12), found
    (9, ['scale-default'])
    >>> _doubted(found, 9, 9), _doubted(found, 9, None), found
    (9, 9, ['scale-default'])
    """
    if doubt is not None and doubt != power:
        assumptions.append("scale-default")
    return power


def _home_powers(home: dict[str, str], scale: dict[str, int], among, code: str) -> set[int]:
    """The powers the languages of currency ``code`` give a scale word, among ``among``: the
    languages whose home currency it is (``Lexicon.home_currency``), else, when it is no
    curated language's home, the official languages of the territories using it
    (``cldr.currency_languages``).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> scale = lex.scales["mil"]
    >>> _home_powers(lex.home_currency, scale, CURATED, "CZK")
    {6}
    >>> _home_powers(lex.home_currency, scale, CURATED, "MXN")
    {3}
    >>> sorted(_home_powers(lex.home_currency, scale, CURATED, "EUR"))
    [3, 6]
    """
    return {scale[x] for x in _home_languages(home, among, code) if x in scale}


def _home_languages(home: dict[str, str], among, code: str) -> list[str]:
    """The languages among ``among`` whose home currency is ``code`` (``Lexicon.home_currency``),
    else, when it is no curated language's home, the official languages of the territories
    using it (``cldr.currency_languages``).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> _home_languages(lexicon().home_currency, CURATED, "PLN")
    ['pl']
    """
    langs = [x for x in among if home.get(x) == code]
    if not langs and all(home.get(x) != code for x in CURATED):
        langs = [x for x in currency_languages().get(code, ()) if x in among]
    return langs


# the letters of the alphabets many languages share, where one's scale abbreviation may be
# another's letters ("tr", "md"): Latin, Greek, Cyrillic (with their extensions)
_SHARED_ALPHABETS = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]")


SHORT_SCALE = 4  # letters of a scale abbreviation ("tr", "tys", "mrd", "млрд"), or a dot after it


_HOME_WRITES: dict[tuple, tuple[dict, bool]] = {}


def _home_writes(home: dict, scale: dict[str, int], code: str | None) -> bool:
    """True when a home language of currency ``code`` writes the scale word (``home``:
    ``Lexicon.home_currency``; a currency no curated language calls home: the languages of
    the territories using it), remembered per lexicon dict and code."""
    if code is None:
        return False
    key = (id(scale), code)
    cached = _HOME_WRITES.get(key)
    if cached is not None and cached[0] is scale:
        return cached[1]
    found = any(home.get(x) == code for x in scale) or (
        all(home.get(x) != code for x in CURATED)
        and any(x in scale for x in currency_languages().get(code, ()))
    )
    if len(_HOME_WRITES) >= 4096:
        _HOME_WRITES.clear()
    _HOME_WRITES[key] = (scale, found)
    return found


def _writes(scale: dict[str, int], written: str, lang: str) -> bool:
    """True when language ``lang`` writes the scale word ``scale`` (CLDR's forms, or the
    curated ``OWN_SCALE_ABBREVIATIONS``: the English press's "mil")."""
    return lang in scale or written in OWN_SCALE_ABBREVIATIONS.get(lang, ())


def _varies(scale: dict[str, int]) -> bool:
    """True when the curated languages give a scale word different powers ("billion")."""
    cached = _VARIES.get(id(scale))
    if cached is not None and cached[0] is scale:
        return cached[1]
    varies = len({scale[x] for x in CURATED if x in scale}) > 1
    if len(_VARIES) < 4096:  # the lexicon's own dicts live as long as the process
        _VARIES[id(scale)] = (scale, varies)
    return varies


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
SENTENCE_WORDS = 4  # words a sentence needs before its inferred language counts as evidence
FEW_WORDS_CHARS = 60  # ``SideValue.few_words`` looks at texts shorter than this only
# where a sentence may end (``Reader.sentence_lang``): a stop, "!" or "?" before a space, or a
# line end, as ``[.!?] |\n`` finds them, but written to open with one character class: the
# engine then skips to the next of those characters in C (an alternation of classes has it try
# the whole expression at every character, 16 times slower on news text)
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)| )")


# languages whose main regions write the decimal mark differently, for the language the
# amount's own words tell (CLDR: es_ES "1,5", es_MX "1.5"; pt_BR and pt_PT agree); a ``lang``
# the caller gives is checked against all its regions instead (``split_marks``: de_CH, fr_RW)
_SPLIT_MARK_LANGUAGES = frozenset({"es"})


@lru_cache(maxsize=64)
def split_marks(lang: str) -> bool:
    """True when the locales of ``lang`` (CLDR, through babel) write more than one decimal mark:
    Spanish (es_ES "1,5", es_MX "1.5"), Malay (ms "1.5", ms_ID "1,5"), German (de_CH "1.5"),
    and so on; False for a language whose regions all agree (pt, pl, ja) or that CLDR lacks.

    >>> split_marks("es"), split_marks("ms"), split_marks("pl")
    (True, True, False)
    """
    from babel import Locale, localedata

    marks = set()
    for identifier in localedata.locale_identifiers():
        if identifier.split("_")[0] != lang:
            continue
        try:
            symbols = Locale.parse(identifier).number_symbols.get("latn", {})
        except Exception:  # noqa: BLE001 - a locale babel lists but cannot load
            continue
        marks.add(symbols.get("decimal"))
    return len(marks & {".", ","}) > 1


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


@lru_cache(maxsize=512)
def minor_digits(code: str) -> int:
    """The number of decimals of a currency (CLDR, through babel); 2 when unknown."""
    from babel.numbers import get_currency_precision

    try:
        return get_currency_precision(code)
    except Exception:  # noqa: BLE001 - a code CLDR does not know
        return 2


def _has_words(piece: str, least: int) -> bool:
    """True when ``piece`` holds ``least`` words (runs without a space) of two letters or more.

    >>> _has_words("AU$1.1 billion", 4), _has_words("Kyiv got €5m from them", 4)
    (False, True)
    """
    count = 0
    for word in piece.split():
        if (len(word) > 1 and word.isalpha()) or sum(map(str.isalpha, word)) >= 2:
            count += 1
            if count >= least:
                return True
    return False


def _bracketed(text: str, low: int, high: int, offset: int) -> tuple[int, int]:
    """The bounds of the words an amount at ``offset`` of the sentence ``text[low:high]`` is
    read in: the bracket's own words when it stands inside brackets, since a restatement
    there is often in another language ("La France a annoncé 3 milliards d'euros (£1.5
    billion)" is no French), else the sentence."""
    opened = text.rfind("(", low, offset)
    if opened >= 0 and text.find(")", opened, offset) < 0:
        closed = text.find(")", offset, high)
        return opened + 1, closed if closed >= 0 else high
    return low, high


def _bracket_langs(reader, offset: int) -> frozenset[str] | None:
    """The curated languages the words inside the brackets around ``offset`` agree on: the
    languages of each qualifier there ("about": English) and of each frequent function word
    (``words.STOP_WORDS``), intersected; None when the offset stands in no bracket or no word
    there tells a language ("($5.4 billion)"), or the words disagree.

    >>> from aidcalc.parsing.grammar import Reader
    >>> text = "Die Regierung sagte 5 Mrd. Euro (about $5.4 billion) zu."
    >>> sorted(_bracket_langs(Reader(text, "de", None), text.index("$")))
    ['en']
    """
    text = reader.text
    if offset < 0:
        return None
    opened = text.rfind("(", max(0, offset - SENTENCE_WINDOW), offset)
    if opened < 0 or text.find(")", opened, offset) >= 0:
        return None
    closed = text.find(")", offset)
    closed = len(text) if closed < 0 else closed
    told: frozenset[str] | None = None
    atoms = reader.atoms
    first = bisect_left(atoms, opened + 1, key=lambda a: a.start)  # the bracket's atoms
    for atom in atoms[first:]:
        if atom.start >= closed:
            break
        if atom.kind == QUAL and isinstance(atom.data, tuple):
            langs = frozenset(atom.data[1]) & CURATED
        elif atom.kind == OTHER:
            langs = _STOP_LANGS.get(atom.text.casefold(), frozenset())
        else:
            continue
        if langs:
            told = langs if told is None else told & langs
    return told or None


_STOP_LANGS: dict[str, frozenset[str]] = {}
for _lang, _words in STOP_WORDS.items():
    for _word in _words:
        _STOP_LANGS[_word] = _STOP_LANGS.get(_word, frozenset()) | {_lang}


# Quote marks: an opening one, and the closing ones; straight quotes both open and close.
QUOTE_OPEN = '"“„«‹'
QUOTE_CLOSE = '"”“»›'


def _quoted(text: str, low: int, high: int, offset: int) -> tuple[int, int] | None:
    """The bounds of the quote around ``offset`` in the sentence ``text[low:high]`` (the words
    between the nearest opening mark before it and the closing mark after it), else None: a
    quote has the words of its speaker, often in another language than the report around it
    ('„We will give 2 billion dollars“, sagte Biden.').

    >>> text = 'Er sagte: "We will give 2 billion dollars." Dann ging er.'
    >>> text[slice(*_quoted(text, 0, 43, text.index("2")))]
    'We will give 2 billion dollars.'
    >>> _quoted("Sie gab 2 Mrd. Euro.", 0, 20, 8) is None
    True
    """
    opened = max(text.rfind(mark, low, offset) for mark in QUOTE_OPEN)
    if opened < 0:
        return None
    if text[opened] == '"' and text.count('"', low, opened) % 2:
        return None  # that straight mark closes an earlier quote
    found = [at for at in (text.find(mark, offset, high) for mark in QUOTE_CLOSE) if at >= 0]
    if not found or any(text.find(mark, opened + 1, offset) >= 0 for mark in "”»›"):
        return None
    return opened + 1, min(found)


def _one_curated(form: CurrencyForm) -> str | None:
    """The one curated language writing ``form``, else None; remembered per form (kept with
    it, whose id stays its own): ``symbol_language`` asks it of every amount's symbol."""
    held = _ONE_CURATED.get(id(form))
    if held is not None and held[0] is form:
        return held[1]
    own = form.langs & CURATED
    found = next(iter(own)) if len(own) == 1 else None
    if len(_ONE_CURATED) >= 4096:  # forms made while reading fill it: afresh
        _ONE_CURATED.clear()
    _ONE_CURATED[id(form)] = (form, found)
    return found


_ONE_CURATED: dict[int, tuple[CurrencyForm, str | None]] = {}


def writes_scale(lang: str, written: str) -> bool:
    """Whether ``lang`` writes the scale word ``written`` so: False when every form CLDR gives
    the language for that word is capitalised and ``written`` is all lower-case (German
    writes its nouns capitalised: "Billion", "Milliarden"; a lower-case "billion" in a German
    sentence is English), else True. French, Danish and Norwegian write "billion" lower-case
    (10^12): theirs. Read from the locale's compact formats (``cldr.scale_forms_of``).

    >>> writes_scale("de", "billion"), writes_scale("de", "Billion"), writes_scale("fr", "billion")
    (False, True, True)
    """
    if not written or not written.islower():
        return True
    capitals = _capitalised_scales(lang)
    return written.casefold() not in capitals


def _capital_of_another(scale: dict[str, int], lang: str, written: str, power: int) -> bool:
    """True when ``written``, a scale word read with ``power`` by the hint ``lang``, is
    capitalised ("Billion") as only another curated language writes it, where that language
    reads another power: German writes its scale nouns capitalised, so "1 Billion Euro" under
    ``lang="en"`` may be the German 10^12. All capitals ("BILLION") tell nothing; nor does a
    word the hint's language capitalises too.

    >>> scale = {"de": 12, "en": 9, "fr": 12}
    >>> _capital_of_another(scale, "en", "Billion", 9)
    True
    >>> _capital_of_another(scale, "en", "billion", 9)
    False
    >>> _capital_of_another(scale, "de", "Billion", 12)
    False
    >>> _capital_of_another(scale, "en", "BILLION", 9)
    False
    """
    if not written[:1].isupper() or written.isupper():
        return False
    fold = written.casefold()
    if fold in _capitalised_scales(lang):
        return False
    return any(
        other in CURATED and scale[other] != power and fold in _capitalised_scales(other)
        for other in scale
        if other != lang
    )


@lru_cache(maxsize=64)
def _capitalised_scales(lang: str) -> frozenset[str]:
    """The casefolded scale words ``lang`` writes only with a capital (CLDR compact formats)."""
    from .cldr import scale_forms_of

    try:
        forms = scale_forms_of(lang)
    except Exception:  # noqa: BLE001 - a language CLDR does not know
        return frozenset()
    written: dict[str, set[bool]] = {}
    for form in forms:
        written.setdefault(form.casefold(), set()).add(form[:1].isupper())
    return frozenset(key for key, capital in written.items() if capital == {True})


def _piece_lang(reader, low: int, high: int) -> str | None:
    """The language of the words of ``reader.text[low:high]`` (``SideValue.sentence_lang``'s
    sentence), remembered per reader."""
    bounds = (low, high)
    known = reader._sentence_langs
    reader._sentence_piece = bounds  # the sentence last asked about (``_told_alone``)
    if bounds not in known:
        piece = reader.text[low:high]
        # a guess from fewer words is no evidence ("AU$1.1 billion" scores as French)
        known[bounds] = text_language(piece) if _has_words(piece, SENTENCE_WORDS) else None
    return known[bounds]


def _told_alone(reader, scale: dict[str, int]) -> bool:
    """True when every language leading the words of the sentence ``sentence_lang`` last read
    (``language.leading_languages``) writes ``scale``: where languages tie for the lead and
    some of them do not write the word at all, the word may be foreign to the sentence, and
    the first of them, which ``text_language`` names, tells nothing of its power ("€1.00 do 1
    bln € about €1 thousand": "do" scores one point for Polish, Portuguese, Czech, Slovak and
    Croatian alike, and only Polish writes "bln", its 10^12). Nor does a lead of one point
    that a one-letter word scores ("k €1.00 1 mil US$": the Czech "k", a letter any text may
    hold): it would decide the power of a scale word the amount alone reads otherwise."""
    bounds = reader._sentence_piece
    if bounds is None:
        return False
    piece = reader.text[slice(*bounds)]
    if _one_letter_lead(piece):
        return False
    return all(x in scale for x in leading_languages(piece))


def _one_letter_lead(text: str) -> bool:
    """True when the language ``text``'s Latin words lead with rests on one point that a
    one-letter word scores ("k €1.00 1 mil US$": the Czech "k"; "o 2 mil US$": the Portuguese
    "o"), a letter any text may hold: no evidence of a language.

    >>> _one_letter_lead("k €1.00 1 mil US$"), _one_letter_lead("Die EU gibt 1 Billion Euro")
    (True, False)
    """
    sample = text[:SAMPLE_CHARS].casefold()
    found = language_scores(sample)
    if found.cyrillic_words > found.latin_words or max(found.latin.values(), default=0) != 1:
        return False
    longer = " ".join(word for word in sample.split() if len(word) > 1)
    return not any(language_scores(longer).latin.values())


def _close_rival(reader, scale: dict[str, int], power: int) -> bool:
    """True when a curated language that gives ``scale`` another power than ``power`` scores
    within one point of the lead in the sentence ``sentence_lang`` last read: the guess from a
    few words is weak, and the power it chose is a default to record ("O Brasil doou à Ucrânia
    5 mil reais.": Romanian leads Portuguese by one point, and "mil" is 10^6 in Romanian,
    10^3 in Portuguese)."""
    bounds = reader._sentence_piece
    if bounds is None:
        return False
    points = language_scores(reader.text[slice(*bounds)][:SAMPLE_CHARS].casefold()).latin
    lead = max(points.values(), default=0)
    return any(
        score and score >= lead - 1 and scale.get(lang, power) != power
        for lang, score in points.items()
    )


def _sign_style(side: Side, signs) -> str | None:
    """The decimal mark the place of the amount's sign suggests: "," for a sign written after
    the number (the continental "1,50 €"), "." for one written before it ("€1.50"), None for a
    name or no sign."""
    places = {
        a.start > side.number_start
        for a in signs
        if not a.is_name and isinstance(a.data, CurrencyForm)
    }
    if len(places) != 1:
        return None
    return "," if places.pop() else "."


def _grouping_written(reader, decimal: str) -> bool:
    """True when the text's language, or the one mark its unambiguous numbers show, writes
    ``decimal`` as the decimal mark (so the other mark groups, as the minor units read it)."""
    if reader.told_mark((reader.lang or reader.text_lang(),)) == decimal:
        return True
    marks = reader.text_marks()
    return len(marks) == 1 and decimal in marks


def _wordless(reader) -> bool:
    """True when the text holds no word but the amount's and the amount's currency is a name
    English writes too ("5 mil euros", "5 mil dollars"): nothing tells the language of a scale
    word beside it; "Portugal deu 500 mil escudos" has words of its own, "5 mil dólares" a
    name English does not write; number words read in their one language (``spelled_runs``:
    "quinientos mil euros") are words of their own too. Words of its own that tell no
    sentence's language ("Portugal deu") are weighed by ``_other_words``."""
    spelled = getattr(reader, "spelled", None)
    return (
        not spelled
        and all(atom.kind != OTHER for atom in reader.atoms)
        and any(
            atom.is_name and isinstance(atom.data, CurrencyForm) and "en" in atom.data.langs
            for atom in reader.amount_currency
        )
    )


def _english_point_around(reader) -> bool:
    """True when the text's words are English, which write a point as the decimal mark, and
    no other number of the text shows the comma as its decimal mark (the point then groups):
    the words read "1.500" as 1.5 (issue 9 item 1, silent18)."""
    return reader.text_lang() == "en" and reader.text_marks() != {","}


def _other_words(reader) -> bool:
    """True when the text holds words of its own besides the amount's ("They spent 5 mil
    reais": "They", "spent"), whose language, when its sentence tells none, may give the
    amount's scale word another power, and names no country, whose place tells the amount's
    language as its words do ("Portugal deu 500 mil escudos", "Chequia dio 5 mil korun")."""
    return any(atom.kind == OTHER for atom in reader.atoms) and not names_a_country(
        reader.text, reader.lex
    )


def grouped_then_three(text: str) -> bool:
    """True when a number groups its thousands (a space, an apostrophe or one mark) and ends
    with three digits after the other mark: "1,234.567", "1.234,567", "1 234,567"; not
    "1,234,567" (one mark only) nor "1.500" (no grouping before the mark).

    >>> [grouped_then_three(text) for text in ("1,234.567", "1,234,567", "1.500")]
    [True, False, False]
    """
    if len(text) < 5 or text[-4] not in ".,":
        # the shortest is a grouping sign, the other mark and three digits; and the last mark
        # stands right before the three digits that end the text
        return False
    last = max(text.rfind("."), text.rfind(","))
    fraction = text[last + 1 :]
    if last < 0 or len(fraction) != 3 or not fraction.isdigit() or text[last] in text[:last]:
        return False
    return any(c in GROUP_ONLY or c in ".," for c in text[:last])


def _cents_beyond_minor(side: Side, code: str) -> bool:
    """True when an unscaled number groups its thousands and ends with three digits after
    its decimal mark (``grouped_then_three``: "€1,234.567", "€1.234,567", "1 234,567 zł"),
    for a currency with fewer than three decimals: the last group is no fraction of it, and
    no writing system groups so; the number is refused rather than read as 1234.567 or
    1234567 (issue 9 faults6 A4).

    >>> _cents_beyond_minor(Side(number_text="1,234.567"), "EUR")
    True
    >>> _cents_beyond_minor(Side(number_text="1,234.567"), "KWD")
    False
    """
    if side.scales or side.exponent or not grouped_then_three(side.number_text):
        return False
    if any(is_scaled_code(atom.data) for atom in side.currency):
        return False  # "MUSD 1,234.567": millions
    return minor_digits(code) < 3


class SideValue:
    """Part of ``grammar.Reader`` (a base class of it): its methods read the reader's state
    (``self.atoms``, ``self.text``, ``self.lex``, the language and hint given) that
    ``Reader.__init__`` sets."""

    # the languages the amount's own words agree on, whatever ``lang`` is given
    # (``Reader.languages`` sets it; a reader that never reads words keeps None)
    word_langs: frozenset[str] | None = None

    def value_of(self, side: Side, langs: frozenset[str] | None, code: str) -> Decimal | None:
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
            if _cents_beyond_minor(side, code):
                self.problems.append(
                    (
                        side.number_start,
                        f"the number {text!r} at position {self.position(side.number_start)} "
                        f"groups its thousands and has three digits after its decimal mark, "
                        f"more than {code} has: write it as one number with one mark",
                    )
                )
                return None
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
            exponent += self.exponent_of(scale, langs, own, code)
            if "en" not in scale and self.foreign_scale(side.currency, scale, code):
                self.assumptions.append("foreign-scale")  # "$5 tr": the Vietnamese million
        for atom in side.currency:
            if is_scaled_code(atom.data):
                exponent += self.code_scale(atom)  # "MUSD": millions, or Chilean thousands
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
            if value != value.to_integral_value():
                # "1.250 dollars 43 cents" read with a decimal point: cents after a fraction
                self.problems.append(
                    (
                        side.number_start,
                        f"the number {side.number_text!r} at position "
                        f"{self.position(side.number_start)} has a fraction and cents after "
                        "it: not one amount",
                    )
                )
                return None
            value = _exact_sum(value, side.minor)
        if (
            value.adjusted() >= MAX_DIGITS
            or len(side.number_text) > MAX_DIGITS
            and not side.number_text[:1].isalpha()  # a part spelled in words has no digits
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

    def symbol_language(self, side: Side, langs: frozenset[str] | None) -> str | None:
        """The one curated language that writes the side's currency symbol ("zł": Polish;
        "Kč": Czech), when ``lang`` is not given and the amount's words name no single
        curated language: the symbol is the amount's own word for its scale ("5 bln zł" is
        the Polish 10^12). A code or a symbol many languages write ("$", "€") tells none.

        When the amount's words name one curated language and the symbol another, whose
        scale word has another power ("around 8,15 Bn £GB": the English qualifier and the
        French symbol "£GB", the English 10^9 against the French 10^12), the words' language
        is read, as before, but the evidence disagrees, so ``scale-default`` is recorded, as
        it is for the same amount without the qualifier ("8,15 Bn £GB", read in the symbol's
        scale): the qualifier never silences a doubt the rest of the amount leaves."""
        if self.lang:
            return None
        one = langs & CURATED if langs else None
        found = {
            own
            for a in side.currency
            if not a.is_name
            and isinstance(a.data, CurrencyForm)
            and (own := _one_curated(a.data)) is not None
        }
        if one is not None and len(one) == 1:
            (told,) = one
            if len(found) == 1 and "scale-default" not in self.assumptions:
                (own,) = found
                if any(
                    own in scale and told in scale and scale[own] != scale[told]
                    for scale in side.scales
                ):
                    self.assumptions.append("scale-default")
            return None
        return found.pop() if len(found) == 1 else None

    def exponent_of(
        self,
        scale: dict[str, int],
        langs: frozenset[str] | None,
        own: str | None = None,
        code: str | None = None,
    ) -> int:
        """Return the power of ten of a scale word, recording the default it rests on, if any;
        ``own`` is the language of the amount's currency symbol (``symbol_language``), ``code``
        the amount's currency."""
        exponent = _exponent(scale, langs)
        if not _varies(scale):
            return exponent
        written = self.scale_written(scale)
        if not self.lang and own in scale:
            if (
                scale[own] != scale.get("en", scale[own])
                and writes_scale("en", written)
                and self.text_lang() != own
            ):
                # "$AU1.1 billion": French alone writes the sign "$ AU", but the word is
                # English too, with another power, and no word of the text is French
                self.assumptions.append("scale-default")
            return scale[own]  # "5 bln zł": the Polish symbol tells the Polish scale
        if self.lang:
            foreign = self.foreign_words()
            # their own powers only: "bln" is English too, but "5 bln zł" is Polish words
            powers = frozenset(scale[x] for x in foreign if x in scale) if foreign else ()
            doubt = None
            english = self.lang == "en" or "en" in (foreign or ())
            if len(powers) == 1 and self.lang in scale and not english:
                # the hint's language writes the scale word too, with another power, but the
                # amount's own words are of another language ("5 mil korun" with lang="es":
                # Czech, a million, not the Spanish thousand): their power is read, and the
                # contradiction of the hint recorded. English words are weighed by the steps
                # below, as for the decimal mark ("about $5.4 billion" with lang="de")
                power = next(iter(powers))
                if power != scale[self.lang]:
                    self.assumptions.append("own-language")
                return power
            if len(powers) == 1 and self.lang in scale:
                # English writes the scale word too ("5 billion lire" with lang="en": English
                # press writes "lire" that CLDR's English lacks, and "bln" before "zł"): the
                # steps below read it, and where the amount's other words read another power,
                # that is recorded (``_doubted``)
                doubt = next(iter(powers))
            elif len(powers) == 1:
                # the amount's own words are of another language than the hint, one power
                # among them ("5 mil lei" with lang="en": Romanian, a million): their power
                # is read, and where the hint's language reads another, that is recorded
                power = next(iter(powers))
                if written.casefold().rstrip(".") in OWN_SCALE_ABBREVIATIONS.get(self.lang, ()):
                    # "5 mil euros" with lang="en": the English press writes "mil" too, for
                    # a million; the other languages' power is read, and the doubt recorded
                    self.assumptions.append("scale-default")
                else:
                    # the hint's language writes no such word: the power rests on the
                    # amount's own words, not on the hint ("5 mil lei" with lang="de")
                    self.assumptions.append("own-language")
                return power
            if self.lang not in scale:
                # the hint's language writes no such word ("5 mil euros" with lang="de"; "EUR
                # bn" with lang="ro"): the power read rests on the other languages that write
                # it, recorded as the same word is without a ``lang`` (English's: short-scale)
                self.assumptions.append(
                    "short-scale" if scale.get("en") == exponent else "scale-default"
                )
                return exponent
            # the words around the amount: its quote's, else its sentence's
            around = None
            if self.lang in scale and scale.get("en", exponent) != exponent:
                offset = self.amount_start
                around = self.quote_lang(offset) or self.sentence_lang(offset)
                if around == self.lang and not writes_scale(self.lang, written):
                    # "Die USA kündigten $2 billion an." with lang="de": German writes its scale
                    # nouns capitalised ("Billion"), so a lower-case "billion" among German
                    # words is no German word: English, a short scale recorded (French and
                    # Danish write it too)
                    self.assumptions.append("short-scale")
                    return _doubted(self.assumptions, scale["en"], doubt)
            # a restatement in brackets whose own words are of another language is read in
            # that language's scale: "5 Mrd. Euro (about $5.4 billion)" with lang="de" is the
            # English billion, 10^9 (issue 9, faults8 item 1)
            bracket = _bracket_langs(self, self.amount_start)
            if bracket and self.lang not in bracket:
                powers = {scale[x] for x in bracket if x in scale}
                if len(powers) == 1:
                    return _doubted(self.assumptions, powers.pop(), doubt)
            # the caller's language decides, but a word whose power differs by language and
            # that the text's own words do not confirm is recorded ("€5 billion" with
            # lang="de": the German Billion, 10^12, though the word may be English)
            if self.lang in scale and scale.get("en", exponent) != exponent:
                told = self.text_lang()
                if told != self.lang or around not in (None, self.lang):
                    # ... or the amount's quote or sentence is of another language ('Laut
                    # Reuters: "Germany will provide 1.5 billion euros more."'): the caller's
                    # language decides the power, a default, recorded
                    self.assumptions.append("scale-default")
            elif _capital_of_another(scale, self.lang, written, exponent):
                # "1 Billion Euro" with lang="en": a capital mid-phrase is how German writes
                # its nouns, and its Billion is 10^12: the hint's power, recorded
                self.assumptions.append("scale-default")
            return _doubted(self.assumptions, exponent, doubt)
        # the languages the amount may be in, of those aidcalc curates ("m" is 10^9 in
        # Javanese, which tells nothing about "$5m")
        among = _curated(langs) if langs else CURATED
        # a dotted word at a sentence end has the English power of its bare word only when the
        # dotted word has one too ("EUR 5 t." is the Finnish thousand "5 t. EUR" is)
        english = "en" in (scale.dotted if type(scale) is StopScale else scale)
        if english and not any(writes_scale(x, written) for x in among):
            # "über $5 billion": the amount's words are German only, but German writes its
            # scale nouns capitalised ("Billion"): a lower-case "billion" is the English word,
            # its short scale recorded (as with lang="de", above)
            self.assumptions.append("short-scale")
            return scale["en"]
        # with its English power: an English scale word ("billion") read in another
        # language's scale because the currency word is not English ("5 billion lire"): the
        # text must confirm it
        powers = _powers_among(scale, among)
        if len(powers) == 1:
            # the power of the curated languages, not of every language CLDR spells the word
            # in: "5 mil lei" is Romanian, Slovak and Czech (a million) and Interlingua (a
            # thousand); counting Interlingua's thousand read "Guvernul României a alocat
            # 5 mil lei" as RON 5,000
            exponent = next(iter(powers))
            # one power among the amount's languages, but the word's power differs by language:
            # in a sentence told to be English, whose press writes "mil" for a million, the
            # value rests on another language's scale ("They spent 5 mil euros on the bridge":
            # the Spanish thousand). English only: the guess of other languages from one short
            # sentence is too weak to add a doubt ("as much as €1bn" scores as Portuguese).
            # With no sentence language and no word but the amount's, a currency name English
            # writes too ("5 mil euros") tells no language either: the value rests on the
            # scale's languages as much as "$5 mil" does (issue 9, trial 7 item 4).
            # Nor do other words that tell no sentence's language ("They spent 5 mil reais":
            # English words, too few to tell, against a name of one language): the value rests
            # on the amount's own words, recorded (issue 9, silent18).
            sentence = None if "en" in scale else self.sentence_lang(self.amount_start)
            if "en" not in scale and (
                sentence == "en" or sentence is None and (_wordless(self) or _other_words(self))
            ):
                self.assumptions.append("scale-default")
        else:
            sentence = self.sentence_lang(self.amount_start)
            if sentence is not None and not writes_scale(sentence, written):
                sentence = None  # "Die USA kündigten $2 billion an.": no German word
            if sentence in scale and sentence in among and _told_alone(self, scale):
                # the sentence's language tells the scale: "Die EU gibt 1 Billion Euro" is
                # 10^12 (issue 9 numfix item 8); languages tied for the lead tell none
                if _close_rival(self, scale, scale[sentence]):
                    self.assumptions.append("scale-default")
                return scale[sentence]
            told = self.text_lang()
            if (
                told in scale
                and "en" not in scale
                and told in among
                and not _one_letter_lead(self.text)
            ):
                # nothing above decided, but the text's language writes the word: its power,
                # not the default of ``sides._exponent_of`` ("España dona €5 mil": the
                # Spanish thousand, whatever a full stop after "mil" may be)
                exponent = scale[told]
            elif "en" not in scale and code is not None:
                # else the languages whose home currency the amount's is, when they agree
                # ("CZK 800 mil": Czech, a million; "R$ 5 mil": Portuguese, a thousand), or,
                # for a currency no curated language calls home, the languages of the
                # territories using it (CLDR: "300 mil pesos" in Mexico, Spanish), the default
                # still recorded; the euro's many languages tell none, nor English's dollar
                homes = _home_powers(self.lex.home_currency, scale, among, code)
                if len(homes) == 1:
                    exponent = homes.pop()
            if told is None or scale.get(told) != exponent or _one_letter_lead(self.text):
                default = "short-scale" if scale.get("en") == exponent else "scale-default"
                self.assumptions.append(default)
        return exponent

    def decimal_mark(self, side: Side, langs: frozenset[str] | None, code: str) -> str:
        """Return the decimal mark of an ambiguous number ("1.500", "1,500"), by evidence.

        In this order, the amount's own writing before the text around it:

        0. a regional ``lang`` ("de_CH", "es_MX"): that locale's own mark (CLDR);
        1. the caller's ``lang`` ("12,345 $" in French, recorded as ``decimal-default``
           because French's regions write both marks: ``split_marks``); but English, written
           by many who group with a point, gives way to step 2 for a number with no scale
           word ("312.000 EUR" with ``lang="en"`` is 312,000), and for a currency with three
           decimals keeps its point as ``decimal-default`` ("1.500 JOD": fils or thousands);
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
        5. the language of the words around the amount (``language.text_language``); English
           there gives an unscaled number its point as ``decimal-default`` ("The fund got
           1.500 KWD."); a language told by one word alone gives no grouping point
           (``language.told_by_one_word``: "…, as Germany did" is no Portuguese);
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

    def _decimal_mark(self, side: Side, langs: frozenset[str] | None, code: str) -> str:
        mark = "." if "." in side.number_text else ","
        other = "," if mark == "." else "."
        signs = side.currency or self.amount_currency  # its own sign, else the shared one
        # str(Amount) writes "EUR 1.001" (a point, never a trailing zero): that is no grouping
        machine = (
            mark == "."
            and not side.number_text.rstrip().endswith("0")
            and any(isinstance(a.data, str) and a.start < side.number_start for a in signs)
        )
        unscaled = not side.scales and not side.exponent and not machine
        # English is written by many who group with a point ("312.000 EUR" in an English
        # sentence): for an unscaled number its point tells less than the currency's minor units
        english = self.lang == "en" and unscaled
        foreign = self.foreign_words()
        if foreign == {"en"} and not (unscaled and minor_digits(code) < 3):
            # English words under another hint ("1,500 million US dollars" with lang="de"):
            # the hint's mark is read, and the doubt recorded where English reads it otherwise
            if self.told_mark(foreign) != self.told_mark((self.lang,)):
                self.assumptions.append("decimal-default")
        elif foreign and "en" not in foreign and not (unscaled and minor_digits(code) < 3):
            # the amount's own words are of another language than the hint, and write
            # another mark ("1.500 Millionen Euro" with lang="en": German, 1.5 billion): their
            # language reads the number, and the contradiction of the hint is recorded. Not
            # English words (above: "about NOK 1.250 million" with lang="nb"): English is
            # written by many who group with a point, so their point tells less than the hint;
            # nor a number the currency's minor units read (step 2: "about 1.000 JPY")
            own = self.told_mark(foreign)
            if own and own != self.told_mark((self.lang,)):
                self.assumptions.append("own-language")
                return own
        if self.lang and self.territory and not english:  # "de_CH" writes "171.932 Mrd."
            regional = _regional_mark(self.lang, self.territory)
            if regional:
                return regional
        # a language whose regions write both marks (``split_marks``: "948,000 dólares" is
        # 948 dollars in Spain, 948,000 in Mexico) tells no mark for certain: the language's
        # grouping or the currency's own region decides, else the language's mark is read
        # with ``decimal-default`` (below, and ``regional_told`` for a scaled number); a mark
        # after four digits or more groups nothing ("1000,001 CHF"): the language reads it
        head = side.number_text.strip().lstrip("-").split(mark)[0]
        split = (
            self.lang is not None
            and self.lang != "en"
            and len(head) <= 3
            and split_marks(self.lang)
        )
        told = self.told_mark((self.lang,)) if split else None
        if told and unscaled and minor_digits(code) < 3:
            # three digits after the mark are no cents: a grouping the language or the
            # currency's own region writes is read so ("CHF 1.500" in German; "US$948,000" in
            # Spanish is es_US's, "Rp57.700" in Malay ms_ID's); the language's decimal mark
            # that no region contradicts stays, with the doubt recorded ("12,345 $" in French)
            regional = _regional_mark(self.lang, code[:2]) if code else None
            if mark != told or regional == other:
                return other
            self.assumptions.append("decimal-default")
            return told
        if told and unscaled:
            # a currency with three decimals, whose minor unit three digits may be: the
            # currency's own region writes it ("13,740 د.ل." in Arabic is ar_LY's 13.740
            # dinars), else the language's mark, the doubt recorded
            regional = _regional_mark(self.lang, code[:2]) if code else None
            if regional:
                return regional
            self.assumptions.append("decimal-default")
            return told
        if self.lang and not (english and minor_digits(code) < 3):
            told = self.told_mark((self.lang,))  # the caller's word first: "12,345 $" in
            if told:  # French is 12.345 dollars
                if english:  # "1.500 JOD": fils or thousands, the point is only English's
                    self.assumptions.append("decimal-default")
                elif self.lang == "en" and mark == ".":
                    return self.english_point()
                elif split:
                    return self.regional_told(told, (self.lang,), code, mark, given=True)
                return told
        if unscaled and minor_digits(code) < 3:
            # three digits after the mark are no cents, whatever the language; but when the
            # sign's place tells the other style (a comma before a sign written after, the
            # continental "1,599 €"; a point after a sign written first, "€1.599") and neither
            # the text's language nor its other numbers write the mark this way, the reading
            # rests on the units and says so ("1,500 €" alone: 1500, ``decimal-default``); a
            # currency with no minor unit in use ("Rp 31.500", "3,990 Ft") has no such price
            styled = minor_digits(code) and _sign_style(side, signs) == mark
            if styled and not _grouping_written(self, other):
                self.assumptions.append("decimal-default")
            elif (
                mark == "."
                and minor_digits(code)
                and side.minor is None  # "EUR 1.250 and 43 cents": the cents tell the grouping
                and not self.lang
                and _english_point_around(self)
            ):
                # nor when the words around are English, which write the point as the decimal
                # mark ("In 2023 1.500 € were raised": 1500 by the units, 1.5 by the words):
                # the evidence disagrees, the units decide, and the reading says so
                self.assumptions.append("decimal-default")
            return other
        words = _curated(langs)  # the language the amount's own words agree on
        told = None if self.lang else self.told_mark(words)
        if told:
            return self.regional_told(told, words, code, mark)
        if self.range_mark is not None and side.number_start != self.amount_start:
            return self.range_mark  # the high end of a range is written like its low end
        if side.number_start == self.amount_start and self.high_mark is not None:
            return self.high_mark  # and the low end like its top, when only the top shows it
        if any(
            a.start > side.number_start
            and not a.is_name
            and isinstance(a.data, CurrencyForm)
            and _LEADS_NUMBER.match(self.text, a.end) is None
            for a in signs
        ):
            if unscaled and minor_digits(code) >= 3:
                # "87.270 د.ب.": a currency with three decimals, whose minor unit three digits
                # may be: the continental style tells less than the doubt, which is recorded
                self.assumptions.append("decimal-default")
            return ","
        rising = self.rising_mark(side, langs)
        if rising:
            return rising
        told = self.told_mark((self.text_lang(),))
        if told and told != "." and told_by_one_word(self.text):
            # "France pledged $1.500 million, as Germany did.": one word ("as") told
            # Portuguese, which would read 1,500 million (session 24: read so, silently);
            # too little to go against the point English writes: the steps below decide
            told = None
        if told:
            if unscaled and self.text_lang() == "en":  # "The fund got 1.500 JOD.": English
                self.assumptions.append("decimal-default")  # words, fils or thousands
            elif self.text_lang() == "en" and mark == ".":
                return self.english_point()
            return told
        marks = self.text_marks()
        if len(marks) == 1:
            return next(iter(marks))
        self.assumptions.append("decimal-default")
        return "."

    def english_point(self) -> str:
        """The mark of a scaled number with three digits after a point ("1.500 million
        euros") among English words: English writes the point as its decimal mark, but the
        continental writers of English news group with it ("1.500 million" for 1,500
        million), so the point alone tells nothing. The other numbers of the text decide when
        they show one mark ("1,200,000", "2,5 million"); else the point is read as a decimal
        mark and ``decimal-default`` recorded."""
        marks = self.text_marks()
        if len(marks) == 1:
            return next(iter(marks))
        self.assumptions.append("decimal-default")
        return "."

    def rising_mark(self, side: Side, langs: frozenset[str] | None) -> str | None:
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

    def regional_told(self, told: str, langs, code: str, mark: str, given: bool = False) -> str:
        """The mark a language tells, checked against its regions: Spanish writes "1,500
        millones" with a decimal comma in Spain and a grouping comma in Mexico (CLDR es_ES and
        es_MX), while "8.500 millones" is 8,500 million in both (no one writes 8.5 with two
        trailing zeros). So for a comma in a language whose regions disagree, the currency's
        own territory (the first two letters of its ISO code: MXN, Mexico; USD, the United
        States) decides, when CLDR knows that locale; else the language's mark is kept and
        recorded as ``decimal-default`` ("1,500 millones de euros"). With ``given``, the
        language is the caller's ``lang``, whose mark is read as written (babel's "es" and
        "it" write "1,001 mil US$", "1,201 mila CHF"), for every language whose regions write
        both marks (``split_marks``) with ``decimal-default`` recorded ("1,500 millones de
        dólares" with ``lang="es"``: es_US reads 1,500 million); as for Spanish, a number
        showing the language's grouping mark keeps it ("1.500 Millionen Euro" with
        ``lang="de"``)."""
        if given:
            if mark == told:
                self.assumptions.append("decimal-default")
            return told
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

    def foreign_words(self) -> frozenset[str] | None:
        """The curated languages the amount's own words (scale word, currency name,
        qualifier: ``Reader.word_langs``) agree on, when a ``lang`` is given and none of them
        is that language: "1.500 Millionen Euro" with ``lang="en"`` is German, "5 mil lei"
        Romanian, "2.500 mln zł" Polish (a sign one curated language writes narrows the
        words' languages to it, as ``symbol_language`` does without a ``lang``); None when
        no ``lang`` is given, when the words tell no curated language or when ``lang`` is
        among theirs ("1.500 million euros" with ``lang="fr"``)."""
        own = self.word_langs
        if not self.lang:
            return None
        # a currency sign of one curated language is the amount's word too ("2.500 mln zł")
        signs = {
            langs
            for a in self.amount_currency
            if not a.is_name
            and isinstance(a.data, CurrencyForm)
            and len(langs := a.data.langs & CURATED) == 1
        }
        if len(signs) == 1:
            (sign,) = signs
            if not own or sign <= own:
                own = sign
        if not own:
            return None
        own = own & CURATED
        if not own or self.lang in own:
            return None
        return own

    def told_mark(self, langs) -> str | None:
        """The decimal mark the languages agree on (English among others tells nothing)."""
        if not langs or None in langs or ("en" in langs and len(langs) > 1):
            return None
        marks = {self.lex.decimal_symbol.get(x) for x in langs} - {None}
        return marks.pop() if len(marks) == 1 and marks <= {".", ","} else None

    def code_scale(self, atom) -> int:
        """Return the power of ten of the letter before a scaled code ("MUSD", "KEUR"): K a
        thousand; M a million, but a thousand in a text of a language whose accounts write it
        so (``words.currency.THOUSAND_PREFIXED_CODES``: Chilean "MUSD 500", USD 500,000, as
        "MUS$ 500"); the ``lang`` given, else the sentence's, else the text's language decides,
        and with none told the million is read and ``scale-default`` recorded.

        >>> from aidcalc import parse_amount
        >>> str(parse_amount("MUSD 500", lang="es")), str(parse_amount("MUSD 500", lang="sv"))
        ('USD 500000', 'USD 500000000')
        """
        code, power = atom.data
        if power != 6:
            return power
        told = (self.lang or "").split("_")[0] or self.sentence_lang(atom.start) or self.text_lang()
        if told is None:
            if any(code in codes for codes in THOUSAND_PREFIXED_CODES.values()):
                self.assumptions.append("scale-default")
            return power
        return 3 if code in THOUSAND_PREFIXED_CODES.get(told, ()) else power

    def sentence_lang(self, offset: int) -> str | None:
        """The language of the words of the sentence around ``offset`` (a text may quote
        amounts in two languages: "£1.5 billion" in an English sentence beside a German one),
        None when the sentence has fewer than ``SENTENCE_WORDS`` words or tells none. An
        amount inside brackets has the bracket's words for its sentence: a restatement there
        is often in another language ("3 milliards d'euros (£1.5 billion)").

        The sentence is bounded within ``SENTENCE_WINDOW`` characters either side (so that a
        text without sentence ends costs no more per amount) by the nearest sentence ends
        (``sentence_cuts``) that lie whole in that window, as a search of the window alone
        finds them.

        A text of fewer than ``SENTENCE_WORDS`` words (``_has_words``) tells no sentence
        language anywhere: every sentence, quote or bracket is a piece of it, and a piece has
        no more such words than the text (a word cut at a piece's bound keeps its letters
        from the word it was cut from). So such a text ("Kč 1 billion") is answered None
        without looking for its sentence (``few_words``, for a short text).
        """
        text = self.text
        if offset < 0 or self.few_words():
            return None
        low, high = max(0, offset - SENTENCE_WINDOW), min(len(text), offset + SENTENCE_WINDOW)
        start = -1
        stop = high
        for cuts, reach in self.sentence_cuts():
            at = bisect_left(cuts, offset)
            if at and cuts[at - 1] >= low:
                start = max(start, cuts[at - 1])  # the last end before the amount
            if at < len(cuts) and cuts[at] + reach <= high:
                stop = min(stop, cuts[at])  # the first at or after it, seen whole in the window
        start = low - 1 if start < 0 and low > 0 else start
        quoted = _quoted(text, start + 1, stop, offset)
        if quoted is not None:  # '„We will give 2 billion dollars“, sagte Biden.': English
            own = _piece_lang(self, *quoted)
            if own is not None:
                return own
        return _piece_lang(self, *_bracketed(text, start + 1, stop, offset))

    def sentence_cuts(self) -> tuple[tuple[list[int], int], ...]:
        """The offsets where a sentence of the text may end, in three lists, each with the
        characters a search must see from such an offset to find it: (stops, 2), a stop, "!"
        or "?" before a space, unless a lower-case word follows (that stop ends an
        abbreviation: "1 bln. euro aan Oekraïne", "U.S. officials"); (lines, 1), a line end;
        (glued, 3), a stop glued to the next sentence's first word ("bereitstellen.In
        December"); (marked, 4), a stop with one bracket or quote mark after it, then a space
        before a word that is not lower-case ("Kyiv.) The", 'said "no." Then'), or glued to
        the next sentence's first word as in ``glued`` ("Kyiv.(La France", "Kyiv.)La France"):
        a mark between the stop and the next word hides neither. Found once per text, when
        first needed.

        >>> from aidcalc.parsing.grammar import Reader
        >>> Reader("Kyiv got €5m. Then aid.Berlin gave\\nU.S. funds", None, None).sentence_cuts()
        (([12], 2), ([34], 1), ([22], 3), ([], 4))
        >>> Reader("Kyiv got €5m (in loans.) Then aid.(La France", None, None).sentence_cuts()[3]
        ([22, 33], 4)
        """
        if self._sentence_cuts is None:
            text = self.text
            stops = [
                m.start()
                for m in SENTENCE_END.finditer(text)
                if m.group() == "\n" or m.end() >= len(text) or not text[m.end()].islower()
            ]
            glued = [
                m.start()
                for m in GLUED_STOP.finditer(text)
                if text[m.start() - 1].islower()
                and text[m.end()].isupper()
                and text[m.end() + 1].islower()
            ]
            marked = [
                m.start()
                for m in MARKED_STOP.finditer(text)
                if (
                    not text[m.end() :][:1].islower()
                    if text[m.end() - 1] == " "
                    else text[m.start() - 1 : m.start()].islower()
                    and text[m.end()].isupper()
                    and text[m.end() + 1].islower()
                )
            ]
            lines = [at for at in stops if text[at] == "\n"]
            if lines:
                stops = [at for at in stops if text[at] != "\n"]
            self._sentence_cuts = ((stops, 2), (lines, 1), (glued, 3), (marked, 4))
        return self._sentence_cuts

    _sentence_cuts: tuple | None = None  # ``sentence_cuts``, once found

    def few_words(self) -> bool:
        """True when the whole text, shorter than ``FEW_WORDS_CHARS``, has fewer than
        ``SENTENCE_WORDS`` words (``_has_words``): then no sentence, quote or bracket of it
        tells a language (``sentence_lang``, ``quote_lang``). A longer text is searched as
        before (False), so the test costs a short text's few words only and the reader keeps
        no attribute for it.

        >>> from aidcalc.parsing.grammar import Reader
        >>> Reader("Kč 1 billion", None, None).few_words()
        True
        >>> Reader("Die EU gibt 1 Billion Euro", None, None).few_words()
        False
        """
        text = self.text
        return len(text) < FEW_WORDS_CHARS and not _has_words(text, SENTENCE_WORDS)

    def foreign_scale(
        self, currency: list, scale: dict[str, int], code: str | None, shown: str | None = None
    ) -> bool:
        """True when no language the amount may be read in writes the scale word ``scale``
        (written ``shown``, else as ``scale_written`` finds it; ``currency``, the amount's
        currency atoms): neither the text's (the ``lang`` given, else the one its words point
        to), nor a language whose home currency is the amount's ``code``, nor the language of
        the amount's currency name ("$5 tr" in English: "tr" is Vietnamese for a million; "$5 tys"
        Polish for a thousand). English words are read anywhere (the press writes "$5m" in
        every language): the caller skips them. Only a word of the alphabets that many
        languages share (Latin, Cyrillic, Greek) is weighed: there the short forms of one
        language are letters of another's words; a word of another script ("亿") is that
        script's languages' own. And only an abbreviation (``SHORT_SCALE`` letters or fewer, or
        a full stop after it: "tr", "mrd", "Mio."): a whole word ("milioni", "Millionen") names
        its power in every language that writes it, an abbreviation may be another word's; a
        form whose letter case tells its language (``CASED_SCALES``: the Portuguese "mM") is
        that language's own."""
        if self.lang in scale or _home_writes(self.lex.home_currency, scale, code):
            return False  # the text's, or the currency's home language's ("5 tys. zł")
        for atom in currency:  # "5 Mio. Dollar": the name is German too
            form = atom.data
            if atom.is_name and isinstance(form, CurrencyForm) and not form.langs.isdisjoint(scale):
                return False
        if shown is None:
            shown = self.scale_written(scale)
        written = shown.casefold().rstrip(".")
        if not (shown.endswith(".") or len(written) <= SHORT_SCALE) or not _SHARED_ALPHABETS.search(
            written
        ):
            return False  # a whole word ("milioni"), or a word of another script ("亿")
        if any(written in own for own in OWN_SCALE_ABBREVIATIONS.values()):
            return False  # "EUR 5 or 8 mill": the English press's own (as "mil")
        if shown in CASED_SCALES:
            # "2,5 mM€", "Portugal dá 1,2 mM EUR.": a form whose letter case tells its one
            # language is that language's word, whatever a short text's words are guessed to
            # be (that sentence scores Spanish)
            return False
        if not self.lang:
            told = self.text_lang()
            return not (told and _writes(scale, written, told))
        return True

    def scale_written(self, scale: dict[str, int]) -> str:
        """The scale word ``scale`` as the text writes it (the first scale atom of the amount
        holding it), or "" when it is not found."""
        at = bisect_left(self.atoms, self.amount_start, key=lambda a: a.start)
        for atom in self.atoms[at : at + 8]:
            if atom.kind == SCALE and atom.data is scale:
                return self.text[atom.start : atom.end]  # the atom's own text is casefolded
        return ""

    def quote_lang(self, offset: int) -> str | None:
        """The language of the words of the quote around ``offset`` (``_quoted``), or None when
        it stands in no quote or its words tell none (nor in a text of few words:
        ``few_words``)."""
        if self.few_words():
            return None
        text = self.text
        low, high = max(0, offset - SENTENCE_WINDOW), min(len(text), offset + SENTENCE_WINDOW)
        quoted = _quoted(text, low, high, offset)
        return _piece_lang(self, *quoted) if quoted is not None else None

    def text_lang(self) -> str | None:
        """The language of the words of the whole text (computed once, when needed)."""
        if self._text_lang is UNKNOWN:
            self._text_lang = text_language(self.text)
        return self._text_lang  # type: ignore[return-value]

    def text_marks(self) -> frozenset[str]:
        """The decimal marks the unambiguous numbers next to a currency or scale show."""
        if self._text_marks is UNKNOWN:
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
