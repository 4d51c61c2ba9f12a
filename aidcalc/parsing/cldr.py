"""The only reader of babel's data: currency names, symbols and scale words of every CLDR locale.

Everything the parser knows from CLDR is read here: names with their plural and case forms
(babel's private ``_data``), symbols, compact-format scale words, home currencies, the decimal
mark of each language, territory names straight from the locale files; plus number words through
num2words. ``aidcalc.parsing.lexicon`` keeps what this builds; ``aidcalc.countries`` reads
territory names through ``territory_names``.

>>> home_currencies()["lt"], sorted(scale_forms_of("de"))[:2]
('EUR', ['Billion', 'Billionen'])
"""

from __future__ import annotations

import datetime
import marshal
import re
from collections import defaultdict
from functools import lru_cache

from .._paths import MARSHAL_VERSION
from ..words import (
    ABBREVIATIONS,
    COMMON_NOUNS,
    LANGUAGES,
    NUMBER_WORDS,
    PLACE_SHORT_FORMS,
    QUALIFIER_FORMS,
    STOP_WORDS,
)
from ..words.currency import (
    DEFAULT_PRIORITY,
    NAME_ALIASES,
    NAME_ALSO,
    NAME_SUPPLEMENT,
    NUMBER_WORD_LANGUAGES,
    OWN_SCALE_ABBREVIATIONS,
    SCALE_SUPPLEMENT,
    SHARED_NAME_SUPPLEMENT,
    SHARED_SYMBOL_SUPPLEMENT,
    SINGLE_LETTER_SCALES,
    SYMBOL_SUPPLEMENT,
)
from .characters import clean
from .tokens import first_pairs, first_tokens, form_key, strip_accents


def territory_names(identifiers=None):
    """Yield (locale identifier, {territory code: name}) of each locale (every one if None).

    Each CLDR file is read once, unmerged (a regional locale holds only the names it changes),
    straight from its pickle: ``localedata.load(merge_inherited=False)`` would leave unmerged
    data in babel's shared cache for every other user of that locale.
    """
    import pickle

    from babel import localedata

    for identifier in localedata.locale_identifiers() if identifiers is None else identifiers:
        with open(localedata.resolve_locale_filename(identifier), "rb") as handle:
            yield identifier, pickle.load(handle).get("territories", {})


def scale_forms_of(identifier: str) -> dict[str, int]:
    """Return {scale word: power of ten} of one locale's compact formats."""
    from babel import Locale

    return _scale_forms(Locale.parse(identifier))


@lru_cache(maxsize=1)
def month_abbreviations() -> frozenset[str]:
    """Return the abbreviated month names of the curated languages, casefolded, without their
    dot (CLDR's format and stand-alone abbreviations: "jan", "sept", "févr", "окт"): the words
    a full stop may follow inside a date ("Nov. 4, 2024", "janv. 2005"), so the stop ends no
    sentence there (``context.sentence_year``).

    >>> {"nov", "sept", "févr", "окт"} <= month_abbreviations(), "euro" in month_abbreviations()
    (True, False)
    """
    from babel import Locale

    found = set()
    for language in LANGUAGES:
        try:
            locale = Locale.parse(language)
        except (ValueError, LookupError):
            continue
        for context in ("format", "stand-alone"):
            for name in locale.months[context]["abbreviated"].values():
                found.add(name.rstrip(".").casefold())
    found.add("sept")  # English writes "Sept." beside CLDR's "Sep"
    return frozenset(found)


@lru_cache(maxsize=1)
def month_day_names() -> frozenset[str]:
    """Return the month names, wide and abbreviated (CLDR's format and stand-alone forms, as
    written and in capitals, an abbreviation also without its dot), of the curated languages
    whose long date writes the day after the month (CLDR's long date pattern: English "MMMM
    d, y", Lithuanian "y 'm'. MMMM d 'd'."): after one of them a number of one or two digits
    is a day ("On March 15 250 million dollars", ``numbered.split_numbered``). Languages
    that write the day first ("15 mars", "15. März") give none: after their month a number is
    a year or an amount.

    >>> {"March", "Mar", "MARCH", "kovo"} <= month_day_names(), "mars" in month_day_names()
    (True, False)
    """
    from babel import Locale

    found = set()
    for language in LANGUAGES:
        try:
            locale = Locale.parse(language)
        except (ValueError, LookupError):
            continue
        pattern = re.sub("'[^']*'", "", locale.date_formats["long"].pattern)
        if "M" not in pattern or "d" not in pattern or pattern.find("M") > pattern.find("d"):
            continue
        if not re.search("M+ +d", pattern):
            continue  # "y年M月d日": the day glued to its unit, no digits of it run on
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in locale.months[context][width].values():
                    if any(c.isdigit() for c in name):
                        continue  # "3월": its digits are a number of their own
                    for form in (name, name.rstrip(".")):
                        found.update((form, form.upper()))
    found.add("Sept")  # English writes "Sept." beside CLDR's "Sep"
    return frozenset(found)


@lru_cache(maxsize=1)
def number_labels() -> frozenset[str]:
    """Return the words after which a number is the word's own (``numbered.numbered_by``): each
    curated language's ``LABEL_NOUNS`` ("article", "phase", "etap") and the dotted forms of
    its ``ID_HEADERS`` ("no.", "nr.", "n°"), casefolded, but a word that is a function word
    (``stopwordsiso``) of a curated language that does not list it ("los", the German lot, is
    the Spanish article: "los 2 500 000 euros" is the amount): the words are looked up in
    every language's text, so one that is ordinary elsewhere proves nothing.

    >>> {"article", "phase", "no.", "nr."} <= number_labels(), "los" in number_labels()
    (True, False)
    """
    import stopwordsiso

    listed: dict[str, set[str]] = {}
    for language, module in LANGUAGES.items():
        words = {w.casefold() for w in getattr(module, "LABEL_NOUNS", ())}
        words.update(
            w.casefold() for w in getattr(module, "ID_HEADERS", ()) if w.endswith(".") or "°" in w
        )
        for word in words:
            listed.setdefault(word, set()).add(language)
    stops = {
        language: stopwordsiso.stopwords("no" if language == "nb" else language)
        for language in LANGUAGES
        if stopwordsiso.has_lang("no" if language == "nb" else language)
    }
    return frozenset(
        word
        for word, languages in listed.items()
        if not any(word in stop for language, stop in stops.items() if language not in languages)
    )


def _number_words() -> dict[str, dict[str, int]]:
    """Return {language: {form key: value}} for cardinal numbers in the languages above.

    num2words spells each language it knows; the curated ``NUMBER_WORDS`` of a language module
    come on top and win (Croatian "dvije", "milijun", which num2words spells the Serbian way),
    and give the languages num2words lacks (Bulgarian, Greek) their number words.
    """
    table: dict[str, dict[str, int]] = {}
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - num2words is a dependency; tolerate its absence
        return _curated_number_words(table)
    values = list(range(1000)) + [10**3, 10**6, 10**9]
    for language, code in NUMBER_WORD_LANGUAGES.items():
        words: dict[str, int] = {}
        for value in values:
            try:
                spelled = num2words(value, lang=code)
            except Exception:  # noqa: BLE001 - a value num2words cannot spell in that language
                continue
            key = form_key(spelled)
            if key and not any(c.isdigit() for c in key):
                words.setdefault(key, value)
        table[language] = words
    return _curated_number_words(table)


def _curated_number_words(table: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Add each language's curated ``NUMBER_WORDS`` to ``table`` (they win over num2words)."""
    for language, curated in NUMBER_WORDS.items():
        words = table.setdefault(language, {})
        for spelled, value in curated.items():
            words[form_key(spelled)] = value
    return table


def home_currencies() -> dict[str, str]:
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    likely = get_global("likely_subtags")
    homes: dict[str, str] = {}
    for language, full in likely.items():
        if "_" in language:
            continue
        territory = full.split("_")[-1]
        if len(territory) != 2:
            continue
        try:
            currencies = get_territory_currencies(territory)
        except Exception:  # noqa: BLE001 - a territory babel has no currency for
            continue
        if currencies:
            homes[language] = currencies[0]
    return homes


@lru_cache(maxsize=1)
def currency_languages() -> dict[str, frozenset[str]]:
    """Return {ISO code: the official languages of the territories using it today}, per CLDR.

    Languages in official use count too (``de_facto``: English in the United States). The
    currency of a territory is the first CLDR lists as in use there.

    >>> sorted(currency_languages()["SEK"]), "fr" in currency_languages()["XOF"]
    (['sv'], True)
    """
    from babel.core import get_global
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    spoken: dict[str, set[str]] = defaultdict(set)
    for territory in get_global("territory_currencies"):
        try:
            currencies = get_territory_currencies(territory)
        except Exception:  # noqa: BLE001 - a territory babel has no currency for
            continue
        if currencies:
            spoken[currencies[0]].update(get_official_languages(territory, de_facto=True))
    return {code: frozenset(langs) for code, langs in spoken.items()}


@lru_cache(maxsize=1)
def tender_history() -> dict[str, tuple[tuple[str, int, int | None], ...]]:
    """Return {territory: ((code, first year, last year or None while in use), …)}: every
    currency CLDR lists as legal tender in each territory, past and present."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    territories = sorted(get_global("territory_currencies"))
    since, today = datetime.date(1800, 1, 1), datetime.date.today()
    history = {}
    for territory in territories:
        try:
            entries = get_territory_currencies(
                territory, start_date=since, end_date=today, include_details=True
            )
        except Exception:  # noqa: BLE001 - a territory CLDR does not know
            continue
        history[territory] = tuple(
            (
                entry["currency"],
                entry["from"].year if entry["from"] else 0,
                entry["to"].year if entry["to"] else None,
            )
            for entry in entries
            if entry["tender"]
        )
    return history


@lru_cache(maxsize=1)
def withdrawn_languages() -> dict[str, frozenset[str]]:
    """Return {withdrawn ISO code: the official languages of the territories that used it}.

    >>> "de" in withdrawn_languages()["DEM"], "ko" in withdrawn_languages()["SVC"]
    (True, False)
    """
    from babel.languages import get_official_languages

    spoken: dict[str, set[str]] = defaultdict(set)
    for territory, entries in tender_history().items():
        for code, _first, last in entries:
            if last is not None:
                spoken[code].update(get_official_languages(territory, de_facto=True))
    return {code: frozenset(langs) for code, langs in spoken.items()}


def _currencies_in_use(ever: bool = False) -> set[str]:
    """Return the codes some territory uses as legal tender today (or ever, per CLDR)."""
    from babel.core import get_global

    in_use = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if tender and (ever or end is None):
                in_use.add(code)
    return in_use


def _tender_ends() -> dict[str, int]:
    """Return {code: the year it last stopped being legal tender} for codes no longer in use."""
    from babel.core import get_global

    ends: dict[str, int] = {}
    in_use = _currencies_in_use()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if tender and end is not None and code not in in_use:
                ends[code] = max(ends.get(code, 0), end[0])
    return ends


def _scale_forms(locale) -> dict[str, int]:
    forms: dict[str, int] = {}
    for length in ("long", "short"):
        try:
            by_plural = locale.compact_decimal_formats[length]
        except KeyError:
            continue
        for patterns in by_plural.values():
            for magnitude, pattern in patterns.items():
                text = pattern.pattern.split(";")[0]
                zeros = text.count("0")
                surface = text.replace("'", "").replace("0", "").replace("¤", "")
                surface = surface.strip(" \xa0\u202f")
                if not surface or zeros == 0 or not any(c.isalpha() for c in surface):
                    continue
                exponent = len(magnitude) - 1 - (zeros - 1)
                forms[surface] = exponent
    return forms


class _Tables:
    """The lexicon's tables while they are built (mutable; ``_pack`` freezes them)."""

    def __init__(self) -> None:
        from ..amount import known_currencies

        self.homes = home_currencies()
        self.known = known_currencies()
        self.name_codes: dict[str, set[str]] = defaultdict(set)
        self.name_langs: dict[str, set[str]] = defaultdict(set)
        self.name_home: dict[str, set[str]] = defaultdict(set)
        self.symbol_codes: dict[str, set[str]] = defaultdict(set)
        self.symbol_langs: dict[str, set[str]] = defaultdict(set)
        self.symbol_home: dict[str, set[str]] = defaultdict(set)
        self.scales: dict[str, dict[str, int]] = defaultdict(dict)
        self.decimal_symbol: dict[str, str] = {}
        self.name_keys: set[tuple[str, str]] = set()
        # a language's words of CLDR's territory, month, weekday and language names
        self.place_words: dict[str, set[str]] = defaultdict(set)
        # a language's territory names less their last letter: the stem of their case forms
        # and adjectives ("lietuv" of "Lietuva": "Lietuvos"; "polsk" of "Polska": "polskiego")
        self.territory_stems: dict[str, set[str]] = defaultdict(set)
        # the head words left out as forms of a territory name: {(language, word): codes}
        self.territory_heads: dict[tuple[str, str], set[str]] = {}
        # whether a language writes a currency's noun before its country word ("złoty polski")
        # or after it ("Lietuvos litas"), as ``_demonyms`` counts it
        self.noun_first: dict[str, bool] = defaultdict(bool)
        # those and the language's stop words: its ordinary words (see ``ordinary_words``)
        self.common_words: dict[str, set[str]] = defaultdict(set)
        # names and letter symbols that are ordinary words of a language not writing them as
        # money: {key: those languages}
        self.gated_names: dict[str, set[str]] = {}
        self.gated_symbols: dict[str, set[str]] = {}
        # names that are ordinary words of a curated language (``aidcalc.words``) whose home
        # currency they do not name: {key: (languages of a name or noun, of a function word)}
        self.ordinary_names: dict[str, tuple[set[str], set[str]]] = {}
        self.adjectives: dict[str, set[str]] = defaultdict(set)
        # words beside a currency noun in two-word names ("lebanese"): {word: those languages}
        self.demonyms: dict[str, set[str]] = {}
        self.heads_by_language: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
        # the words of CLDR's dated names ("Brazilian Cruzeiro (1990–1993)"): {word: codes}
        self.dated: dict[str, set[str]] = defaultdict(set)
        self.qualifiers: dict[str, tuple[str, frozenset[str]]] = {}

    def add_name(self, surface: str, code: str, language: str) -> None:
        """Add one CLDR currency name; historic names ("Dollar (1980–2008)") are left out,
        their words kept in ``dated`` ("cruzeiro": the cruzeiros of 1942, 1967, 1990, 1993)."""
        if any(c.isdigit() or c == "(" for c in surface):
            # a historic name such as "Zimbabwean Dollar (1980–2008)"
            words = form_key(surface.split("(")[0]).split(" ")
            for word in {words[0], words[-1]} if words[0] else ():
                self.dated[word].add(code)
            return
        key = form_key(surface)
        if not key:
            return
        self.name_codes[key].add(code)
        self.name_langs[key].add(language)
        self.name_keys.add((language, key))
        if self.homes.get(language) == code:
            self.name_home[key].add(code)


def _read_locales(t: _Tables) -> None:
    """Read every locale's currency names, symbols, scale words, decimal mark, territory words."""
    from babel import Locale, localedata

    for identifier in localedata.locale_identifiers():
        try:
            locale = Locale.parse(identifier)
        except Exception:  # noqa: BLE001 - a locale babel lists but cannot load
            continue
        language = locale.language
        is_base = locale.territory is None and locale.script is None and locale.variant is None
        if is_base and "latn" in locale.number_symbols:
            t.decimal_symbol[language] = locale.number_symbols["latn"].get("decimal", ".")
        if is_base:
            t.place_words[language].update(_name_words(locale))
            t.territory_stems[language].update(_territory_stems(locale))
        if locale.territory is None:  # regional locales repeat their language's names
            for code, name in locale.currencies.items():
                if code in t.known:
                    t.add_name(name, code, language)
            for code, plurals in locale._data["currency_names_plural"].items():
                if code in t.known:
                    for name in plurals.values():
                        t.add_name(name, code, language)
        _read_symbols(t, locale, language, is_base)
        for surface, exponent in _scale_forms(locale).items():
            for variant in {surface, surface.rstrip(".")}:
                key = form_key(variant)
                if len(key) == 1 and key.upper() != key.lower() and key not in SINGLE_LETTER_SCALES:
                    continue
                t.scales[key].setdefault(language, exponent)


def _read_symbols(t: _Tables, locale, language: str, is_base: bool) -> None:
    """Add one locale's currency symbols (a lone letter only when the supplement lists it).

    A symbol is keyed as the reader sees it, its format characters dropped (``characters``):
    CLDR ends the Arabic ones with a right-to-left mark ("ر.س.\u200f", SAR), which the text
    the reader tokenizes no longer holds."""
    for code, symbol in locale.currency_symbols.items():
        symbol = clean(symbol)[0].strip() if symbol else symbol
        if code not in t.known or symbol == code or not symbol:
            continue
        if len(symbol) == 1 and symbol.isalpha() and symbol not in SYMBOL_SUPPLEMENT:
            continue
        key = form_key(symbol, fold=False)
        t.symbol_codes[key].add(code)
        if is_base:
            t.symbol_langs[key].add(language)
            if t.homes.get(language) == code:
                t.symbol_home[key].add(code)


def _add_bare_heads(t: _Tables) -> None:
    """Add head words shared by several names ("dollars") as names of all; collect adjectives.

    A head word shared by the names of several currencies in one language ("dollars" of
    "Canadian dollars" and "US dollars", "доларів" of "доларів США") names all of them; a word
    of the language's territory, month, weekday or language names ("new" of "New Zealand",
    "ukrainian") is never a bare form. A head that is a full name elsewhere ("rand") keeps its
    codes but records the language, so the gate of ordinary words knows who writes it, and
    takes the other currencies in use it heads here ("rubles", the full name of RUB in
    some locales, heads "Belarusian rubles" in English: RUB and BYN); unless that name is
    only a unit never legal tender ("sucres", XSU), which leaves the head its currencies too
    (ECS).
    """
    full_names = set(t.name_codes)
    ever_tender = _currencies_in_use(ever=True)
    in_use = _currencies_in_use()
    widened: set[str] = set()  # full names of one currency that head the names of others
    for _language, key in t.name_keys:
        words = key.split(" ")
        if len(words) == 2 and words[0].isalpha() and len(words[0]) > 2:
            t.adjectives[words[0]] |= t.name_codes[key]
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    last_words: set[tuple[str, str]] = set()
    first_words: set[tuple[str, str]] = set()
    for language, key in sorted(t.name_keys):  # sorted: the order decides accent-free twins
        words = key.split(" ")
        if len(words) < 2:
            continue
        for word in dict.fromkeys((words[0], words[-1])):
            if word.isalpha() and (len(word) >= 3 or len(word) == 2 and word[0] >= "\u2e80"):
                heads[language, word] |= t.name_codes[key]
                (last_words if word == words[-1] else first_words).add((language, word))
    demonyms = _demonyms(t, heads)
    for (language, word), codes in sorted(heads.items()):
        if word in t.place_words.get(language, ()) or not codes & ever_tender:
            continue  # a country's or people's word, or heading only funds and units ("unit")
        if word in demonyms:
            continue  # "lebanese" of Yoruba "pọ́n-ùn lebanese": a people's word, not a noun
        if len(codes) < 2 and (language, word) not in last_words:
            continue  # a lone first word is an adjective ("canadian"), a lone last one a noun
        if (
            word not in full_names
            and territory_form(word, t.territory_stems.get(language, ()))
            and (language, word) not in (first_words if t.noun_first[language] else last_words)
        ):
            t.territory_heads[language, word] = codes
            continue  # "lietuvos" of "Lietuvos litas": a case of "Lietuva", no currency alone
        full = t.name_codes.get(word, set()) if word in full_names else set()
        if full & ever_tender and not _shares_a_default_sign(full, codes):
            t.name_langs[word].add(language)  # "rand" of "South African rand": English too
            others = (codes - full) & in_use
            if (
                others
                and len(full & in_use) == 1
                and (language, word) in last_words
                and (language in LANGUAGES or language == "en")
            ):
                # a full name of one currency in use in some locales that heads, here, the
                # names of others in use: "rubles" (RUB; "Belarusian rubles"), "dirham" (AED;
                # "Moroccan dirham"), "rial", "kwacha", "som": shared, as "dollars" is, so
                # the country the text names decides (issue 9 faults6 A5); in the languages
                # aidcalc curates only (Interlingue's "iranesi real" makes no "real" the rial)
                t.name_codes[word] |= others
                widened.add(word)
            continue
        # a full name of a currency read by the default order ("dollar", USD in some locales)
        # that heads the names of others in this language ("Kanadischer Dollar"): shared,
        # as "dollars" is, so that reading it as USD says so ("dollar-usd")
        # a full name of a unit that was never money ("sucres", the ALBA unit XSU) is also
        # the head of the currencies it is named after ("Ecuadorian sucres": ECS)
        t.name_codes[word] |= codes
        t.name_langs[word].add(language)
        t.heads_by_language[word][language] = frozenset(codes)
        if t.homes.get(language) in codes:
            t.name_home[word].add(t.homes[language])
    for (language, word), codes in sorted(heads.items()):
        if word in widened and (language in LANGUAGES or language == "en"):
            # what the widened word names in each curated language heading it: Swedish
            # "som" is the Kyrgyz som alone ("uzbekisk sum"), English "som" KGS or UZS
            t.heads_by_language[word][language] = frozenset(codes & in_use) or frozenset(codes)


def _demonyms(t: _Tables, heads: dict[tuple[str, str], set[str]]) -> set[str]:
    """Return the country words of CLDR's two-word currency names: its demonyms.

    A two-word name pairs a noun with a country word: "lebanese pound", "libra libanese",
    "dinar irakian", "afghan afghani". A noun is a word heading names of currencies of several
    countries ("pound", "libra", "marco"; a code's first two letters are its country) or a
    currency's whole name somewhere ("afghani", "sucre"). Each language writes its country word
    on one side (English before the noun, Romanian after it), found by counting which side its
    nouns stand on; the word on that side is a demonym when more languages pair it so than
    write it as a whole name ("bolivian" is Occitan money, but English and eight more pair it
    with "boliviano"). "sterling" of French "livre sterling" is one; a curated name brings it
    back (``words.currency``). A demonym is never a currency by itself ("A Lebanese soldier",
    "200 Iraqi families"), only before or after its noun, whose codes it then narrows
    (``adjectives``; "israeli" of "israeli pound", withdrawn, takes the shekel of "israeli new
    shekel", in use). Source: CLDR currency names, plural forms included.
    """
    in_use, ever = _currencies_in_use(), _currencies_in_use(ever=True)
    countries: dict[str, set[str]] = defaultdict(set)
    countries_ever: dict[str, set[str]] = defaultdict(set)
    for (_language, word), codes in heads.items():
        countries[word].update(code[:2] for code in codes & in_use)
        countries_ever[word].update(code[:2] for code in codes & ever)
    shared = {word for word, places in countries.items() if len(places) > 1}
    # a noun: shared by several countries once ("marco": Germany's, Finland's, Bosnia's) or a
    # currency's whole name somewhere ("euro", "cedi", "afghani")
    nouns = {word for word, places in countries_ever.items() if len(places) > 1}
    nouns |= set(t.name_codes)
    pairs = [(language, key.split(" ")) for language, key in t.name_keys if key.count(" ") == 1]
    order: dict[str, int] = defaultdict(int)  # > 0: the language writes the noun last
    for language, (first, last) in pairs:
        order[language] += (last in nouns) - (first in nouns)
    beside: dict[str, set[str]] = defaultdict(set)  # {word: languages pairing it with a noun}
    for language, (first, last) in pairs:
        # the word on the language's adjective side: "sterling" of "pound sterling" is not
        noun, other = (last, first) if order[language] > 0 else (first, last)
        # a plural noun counts as its singular ("takas bangladeshis", "bolívares venezolanos",
        # "meticais moçambicanos": the people's word beside it is a demonym, never money)
        if _is_noun(noun, nouns) and other not in shared and other.isalpha():
            beside[other].add(language)
    # a word some languages write as a whole name ("bolivian" in Occitan) is still a demonym
    # when more languages pair it with a noun ("bolivian boliviano" in English and eight more)
    found = {w for w, langs in beside.items() if len(langs) > len(t.name_langs.get(w, ()))}
    t.demonyms = {word: beside[word] for word in found}
    t.noun_first.update((language, count <= 0) for language, count in order.items())
    for _language, first, last in sorted((lang, *w) for lang, w in pairs):
        for word in {first, last} & found:
            t.adjectives[word] |= t.name_codes[f"{first} {last}"]
    longer = sorted((key, key.split(" ")) for _language, key in t.name_keys if key.count(" ") > 1)
    for word in sorted(found):  # "israeli" of "israeli pound", withdrawn, and of "israeli new
        if not t.adjectives[word] & in_use:  # shekel", in use: the one in use narrows too
            for key, words in longer:
                if word in (words[0], words[-1]):
                    t.adjectives[word] |= t.name_codes[key] & in_use
    # a plural or accented form of a demonym heading a longer name is one too (Galician
    # "novos shequeis israelís": "israelí", "israeli"), unless it is a currency's noun
    variants = {
        word
        for _language, word in heads
        if word not in found and not _is_noun(word, nouns) and _is_noun(word, found)
    }
    return found | variants


def _is_noun(word: str, nouns: set[str]) -> bool:
    """True when ``word`` or its singular (``-s``, ``-es``, Portuguese ``-ais`` for ``-al``,
    Catalan ``-es`` for ``-a``), with or without accents, is one of ``nouns``: "takas",
    "bolívares", "meticais", "naires".

    >>> _is_noun("meticais", {"metical"}), _is_noun("bolívares", {"bolivar"})
    (True, True)
    """
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("ais"):
        forms.add(word[:-3] + "al")
    if word.endswith("es"):
        forms.add(word[:-2] + "a")  # Catalan "naires": "naira"
    return any(form in nouns or strip_accents(form) in nouns for form in forms)


def _shares_a_default_sign(full: set[str], heads: set[str]) -> bool:
    """True when a word one locale gives as the full name of a currency of the default order
    (``DEFAULT_PRIORITY``: "dollar" for USD, "pfund" for GBP) heads, in another language, the
    names of other currencies too ("Kanadischer Dollar", "Ägyptisches Pfund")."""
    return len(full) == 1 and bool(full & set(DEFAULT_PRIORITY)) and len(heads - full) > 0


def _add_dated_namesakes(t: _Tables) -> None:
    """Give a name of withdrawn currencies only the other withdrawn currencies its word names
    in CLDR's dated names: Swedish "cruzeiro" is one cruzeiro (BRR) in CLDR, yet the word
    names four (BRZ, BRB, BRE, BRR, each named "… Cruzeiro (1990–1993)" in English), so it is
    ambiguous among them, never the one CLDR happened to name without its dates. A name of a
    currency in use is left alone ("ruble" stays RUB, not the rouble of 1991–1998)."""
    in_use = _currencies_in_use()
    for key, codes in t.name_codes.items():
        more = t.dated.get(key)
        if more and not codes & in_use and not more <= codes:
            codes |= more


def _add_acronym_names(t: _Tables) -> None:
    """Add a country's acronym before its currency's head noun as an English name: "UK
    pounds", "U.K. pound", "HK dollars", "UAE dirhams" (breaker18: "9,110,000 UK pounds" was
    refused). The acronyms are the all-capital short forms of ``words.en.PLACE_SHORT_FORMS``;
    the currencies those of the country today (CLDR's territory currencies, its alpha-3 code
    made alpha-2 by CLDR's territory aliases); the head the last word of CLDR's English name
    of two words or more, singular and plural ("British pound(s)": "pound(s)"). A form
    already known keeps its codes ("US dollars")."""
    from babel import Locale
    from babel.core import get_global

    english = Locale.parse("en")
    aliases = get_global("territory_aliases")
    territory_currencies = get_global("territory_currencies")
    plurals = english._data["currency_names_plural"]
    for short, alpha3 in PLACE_SHORT_FORMS.get("en", {}).items():
        letters = short.replace(".", "")
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 4):
            continue
        for alpha2 in aliases.get(alpha3, ()):
            for code, _start, end, tender in territory_currencies.get(alpha2, ()):
                if not tender or end is not None or code not in t.known:
                    continue
                names = {english.currencies.get(code), *plurals.get(code, {}).values()}
                for name in names - {None}:
                    words = name.split()
                    if len(words) < 2 or not words[-1].isalpha():
                        continue
                    key = form_key(f"{short} {words[-1]}")
                    if key not in t.name_codes:
                        t.name_codes[key] = {code}
                        t.name_langs[key].add("en")


def _add_supplements(t: _Tables) -> None:
    """Add the curated names, symbols and scale words of ``aidcalc.words`` (they replace CLDR's)."""
    for language, forms in NAME_SUPPLEMENT.items():
        for surface, code in forms.items():
            key = form_key(surface)
            t.name_codes[key] = {code}
            t.name_langs[key].add(language)
    for language, shared in SHARED_NAME_SUPPLEMENT.items():
        for surface, codes in shared.items():
            key = form_key(surface)
            t.name_codes[key] = set(codes)
            t.name_langs[key].add(language)
    for language, also in NAME_ALSO.items():
        for surface, codes in also.items():
            key = form_key(surface)
            t.name_codes[key] |= set(codes)
            t.name_langs[key].add(language)
    for language, aliases in NAME_ALIASES.items():
        for surface, of in aliases.items():
            key, known = form_key(surface), form_key(of)
            if known in t.name_codes:  # a form other languages write keeps their codes too
                t.name_codes[key] |= t.name_codes[known]  # (Italian "sterline": any pound)
                t.name_langs[key].add(language)
    for surface, code in SYMBOL_SUPPLEMENT.items():
        key = form_key(surface, fold=False)
        t.symbol_codes[key] = {code}
    for surface, codes in SHARED_SYMBOL_SUPPLEMENT.items():
        t.symbol_codes[form_key(surface, fold=False)] = set(codes)
    for letter, exponent in SINGLE_LETTER_SCALES.items():
        t.scales[letter]["en"] = exponent
    for language, forms in SCALE_SUPPLEMENT.items():
        for surface, exponent in forms.items():
            t.scales[form_key(surface)][language] = exponent
    # An abbreviation's point changes no word: a language writing "bln" (Polish, 10^12) means
    # the same by "bln." (CLDR spells the dotted form only for Dutch, the supplement for
    # English), so each language of the plain form gives the dotted one its power, when the
    # dotted form already has that power in some language and none of its own in this one:
    # Spanish "mil" (a thousand, a whole word) gives nothing to the Czech "mil." (a million).
    # Single letters stay as they are ("m.", "t.").
    for key in [key for key in t.scales if key.endswith(" .")]:
        plain, powers = key[:-2], set(t.scales[key].values())
        if len(plain) > 1 and plain in t.scales:
            for language, exponent in t.scales[plain].items():
                if exponent in powers:
                    t.scales[key].setdefault(language, exponent)
    # A dotted form no locale spells ("5 md. EUR", "5 mn. EUR", "Rs 5 cr."): an abbreviation
    # of consonants only, which no language writes as a whole word, is the same word with its
    # point, when its curated languages agree on one power; one that is a title or other
    # abbreviation of the sentence rules ("Mr.") is left out.
    for plain in [key for key in t.scales if _CONSONANTS.fullmatch(key)]:
        if f"{plain} ." in t.scales or plain in ABBREVIATIONS:
            continue
        powers = {e for language, e in t.scales[plain].items() if language in _SCALE_CURATED}
        if len(powers) == 1:
            t.scales[f"{plain} ."] = dict(t.scales[plain])


_CONSONANTS = re.compile("[bcdfghjklmnpqrstvwxz]{2,4}")
_SCALE_CURATED = frozenset(LANGUAGES) | {"en"}


def _add_german_adjective_cases(t: _Tables) -> None:
    """Give German names led by an adjective of a place their other case endings.

    CLDR spells the nominative ("Kanadischer Dollar", plural "Kanadische Dollar"); a sentence
    writes the dative and the weak forms too ("mit 40 Mio. kanadischen Dollar", "dem
    australischen Dollar"). A German name whose first word ends in "-ischer" or "-ische" gets
    that word with "-ischen" and "-ischem", with the codes, languages and homes of the form it
    comes from, unless a name already has that spelling.

    >>> t = _Tables()
    >>> t.name_codes["kanadischer dollar"] = {"CAD"}
    >>> t.name_langs["kanadischer dollar"] = {"de"}
    >>> _add_german_adjective_cases(t)
    >>> sorted(t.name_codes["kanadischen dollar"]), sorted(t.name_codes["kanadischem dollar"])
    (['CAD'], ['CAD'])
    """
    for key in [key for key, langs in t.name_langs.items() if "de" in langs and " " in key]:
        words = key.split(" ")
        # the adjective: the word before the noun ("us - amerikanischer dollar")
        at = len(words) - 2
        for ending in ("ischer", "ische"):
            if words[at].endswith(ending):
                stem = words[at][: -len(ending)]
                for case in ("ischen", "ischem"):
                    other = " ".join([*words[:at], stem + case, *words[at + 1 :]])
                    if other not in t.name_codes:
                        t.name_codes[other] = set(t.name_codes[key])
                        t.name_langs[other] = {"de"}
                        t.name_home[other] = set(t.name_home.get(key, ()))
                break


def _add_accent_free(t: _Tables) -> None:
    """Add accent-free spellings ("milhoes", "zlotych"); drop scale words that are names."""
    for key in list(t.scales):  # "milhoes" for "milhões", as text without accents writes it
        bare = strip_accents(key)
        if bare != key and bare not in t.scales:
            t.scales[bare] = dict(t.scales[key])
    # Keep scale words off words that are currency names, and vice versa.
    for key in list(t.scales):
        if key in t.name_codes and len(key) > 1:
            del t.scales[key]
    for key in list(t.name_codes):
        bare = strip_accents(key)
        if bare != key and bare not in t.name_codes:
            t.name_codes[bare] = t.name_codes[key]
            t.name_langs[bare] = t.name_langs[key]
            t.name_home[bare] = t.name_home[key]


def _join_dotted_symbols(t: _Tables) -> None:
    """Give an abbreviated symbol with a full stop the currencies of the one without.

    Danish and Icelandic write ``kr.``, Norwegian and Swedish ``kr``; a sentence that ends on
    ``kr`` writes ``kr.`` too, so ``kr.`` may be any of them (the text's country or language
    decides, ``aidcalc.parsing.resolve``). Only a pair sharing a currency is joined: ``Bs.``
    (the Venezuelan bolívar) and ``Bs`` (the Bolivian boliviano) stay apart. The curated
    symbols of ``SYMBOL_SUPPLEMENT`` are left as they are.
    """
    curated = {form_key(surface, fold=False) for surface in SYMBOL_SUPPLEMENT}
    for key in list(t.symbol_codes):
        bare = key[:-2]
        if not key.endswith(" .") or key in curated or bare not in t.symbol_codes:
            continue
        if t.symbol_codes[key] & t.symbol_codes[bare]:
            t.symbol_codes[key] |= t.symbol_codes[bare]
            t.symbol_langs[key] |= t.symbol_langs[bare]
            t.symbol_home[key] |= t.symbol_home[bare]


def _add_dotted_twins(t: _Tables) -> None:
    """Give a letter symbol its spelling with a full stop when no locale has one.

    News text closes an abbreviated symbol with a full stop ("Ksh. 5 million", "Rp. 5 juta",
    "Kč." at a sentence's end); CLDR spells ``Ksh``, ``Rp``, ``Kč`` without it. A symbol of two
    letters or more, capitalised and not all capitals (a code is no abbreviation), that is no
    ordinary word (``gated_symbols``: "Le", "Ar") gets the twin ``Ksh .`` with its currencies.
    A twin a locale spells already keeps its own (``_join_dotted_symbols``).
    """
    for key in list(t.symbol_codes):
        if (
            key.isalpha()
            and len(key) > 1
            and key[0].isupper()
            and not key.isupper()
            and key not in t.gated_symbols
            and f"{key} ." not in t.symbol_codes
        ):
            t.symbol_codes[f"{key} ."] = set(t.symbol_codes[key])
            t.symbol_langs[f"{key} ."] = set(t.symbol_langs[key])
            t.symbol_home[f"{key} ."] = set(t.symbol_home[key])


_STEM_LEAST = 4  # letters a territory stem keeps: shorter ones ("per" of "Perú") match too much


def _territory_stems(locale) -> set[str]:
    """Return the stems of one locale's one-word territory names: the name less its last letter,
    when at least ``_STEM_LEAST`` letters remain ("lietuv" of "Lietuva", "ukrain" of "Ukraina",
    "polsk" of "Polska"), folded as lexicon keys are."""
    stems: set[str] = set()
    for name in locale.territories.values():
        key = form_key(name)
        if key.isalpha() and len(key) > _STEM_LEAST:
            stems.update((key[:-1], strip_accents(key[:-1])))
    return stems


def territory_form(word: str, stems) -> bool:
    """True when ``word`` is a case form or adjective of a territory name whose stem is one of
    ``stems`` (``_territory_stems``): it starts with the stem and goes on past it ("lietuvos",
    "ukrainos", "polskiego"). A head word of CLDR's currency names that is such a form names a
    country, not money: Lithuanian writes "Lietuvos litas" (the litas of Lithuania), and
    "Lietuvos 500 karių" (Lithuania's 500 soldiers) holds no litas.

    >>> territory_form("lietuvos", {"lietuv"}), territory_form("litas", {"lietuv"})
    (True, False)
    """
    return any(word[:end] in stems for end in range(_STEM_LEAST, len(word)))


def _name_words(locale) -> set[str]:
    """Return the words of one locale's territory, month, weekday and language names.

    Language names stand in for demonyms, which CLDR does not list: English "Ukrainian" and
    "Polish" name a language and its people alike. Accent-free twins are added ("iran").
    """
    names = [*locale.territories.values(), *locale.languages.values()]
    for table in (locale.months, locale.days):
        for widths in table.values():  # format and stand-alone: "marca" and "marzec"
            names.extend(widths.get("wide", {}).values())
    words: set[str] = set()
    plural = _DEMONYM_PLURALS.get(locale.language)
    for name in names:
        for word in form_key(name).split(" "):
            if len(word) > 1 and word.isalpha():
                words.update((word, strip_accents(word)))
    if plural is not None:  # "ucranianos", "españoles": the people, in the plural
        for name in locale.languages.values():
            word = form_key(name)
            if word.isalpha() and len(word) > 3:
                words.update((plural(word), strip_accents(plural(word))))
    return words


def _plural_es(word: str) -> str:
    """The plural of a Spanish or Portuguese demonym: "ucraniano" -> "ucranianos", "español"
    -> "españoles" (Portuguese "espanhol" -> "espanhóis" is not made: no currency is spelled so)."""
    return word + ("s" if word[-1] in "aeiouáéó" else "es")


def _plural_it(word: str) -> str:
    """The plural of an Italian demonym: "ucraino" -> "ucraini", "polacca" -> "polacche"."""
    return word[:-1] + {"o": "i", "a": "e", "e": "i"}.get(word[-1], word[-1])


# The plural of a language name is its people in the Romance languages ("236.570 ucranianos"
# are Ukrainians, not hryvnias): {language: how its plural is made}.
_DEMONYM_PLURALS = {
    "es": _plural_es,
    "pt": _plural_es,
    "ca": _plural_es,
    "fr": lambda word: word if word.endswith(("s", "x")) else word + "s",
    "it": _plural_it,
}


def _add_stop_words(words: dict[str, set[str]]) -> None:
    """Add each language's stop words (``stopwordsiso`` and ``aidcalc.words``) to ``words``."""
    import stopwordsiso
    from babel import Locale

    # some lists hold every ISO 3166 alpha-2 code ("kr", "sr"): those are not words
    country_codes = {code.casefold() for code in Locale("en").territories if code.isalpha()}
    lists = {code: stopwordsiso.stopwords(code) for code in sorted(stopwordsiso.langs())}
    for code in ("nb", "nn"):
        lists[code] = lists.get("no", set())
    for code, own in STOP_WORDS.items():
        lists[code] = set(lists.get(code, ())) | own
    for code, stop in lists.items():
        for surface in stop:
            for word in form_key(surface).split(" "):
                if len(word) > 1 and word.isalpha() and word not in country_codes:
                    words[code].update((word, strip_accents(word)))


def _gate_ordinary_words(t: _Tables) -> None:
    """Record the names and letter symbols that are ordinary words of other languages.

    A form is gated when it is an ordinary word (``ordinary_words``) of some language that does
    not write it as money: "or" (French gold, English "or"), "den" (a Macedonian denar symbol,
    the Danish and German article), "marca" (Romanian, the Polish "of March"), "canada" (a
    Swahili name, an English country). ``aidcalc.parsing.atoms`` reads a gated form as money
    only in one of the languages that write it so.
    """
    for language, words in t.place_words.items():
        t.common_words[language] |= words
    _add_stop_words(t.common_words)
    where: dict[str, set[str]] = defaultdict(set)
    for language, words in t.common_words.items():
        for word in words:
            where[word].add(language)
    for key, langs in t.name_langs.items():
        others = where.get(key, set()) - langs
        if others and len(others) >= len(langs):
            t.gated_names[key] = others
    for key, langs in t.demonyms.items():  # "bolivian": Occitan money, an English demonym
        others = langs - t.name_langs.get(key, set())
        if key in t.name_langs and len(others) > len(t.name_langs[key]):
            t.gated_names[key] = t.gated_names.get(key, set()) | others
    for key in t.symbol_codes:  # "Le", "den"; an upper-case symbol ("DA", "KM") is no word
        if key.isalpha() and len(key) > 1 and key[1:].islower() and key.casefold() in where:
            others = where[key.casefold()] - t.symbol_langs[key]
            if others and len(others) >= len(t.symbol_langs[key]):
                t.gated_symbols[key] = others


def _one_word_names(language: str) -> set[str]:
    """Return one language's names that are one word: territories, languages, months, weekdays,
    and cities (CLDR's time zones: a zone's city as its identifier spells it, ``Cordoba``, and as
    the locale writes it, ``Córdoba``). Words of longer names ("euro" of "strefa euro", "new" of
    "New Zealand") are not names of their own here.
    """
    from babel import Locale
    from babel.core import get_global

    locale = Locale.parse(language)
    names = [*locale.territories.values(), *locale.languages.values()]
    for table in (locale.months, locale.days):
        for widths in table.values():
            names.extend(widths.get("wide", {}).values())
    names += [zone.rsplit("/", 1)[-1].replace("_", " ") for zone in get_global("zone_territories")]
    names += [zone["city"] for zone in locale.time_zones.values() if zone.get("city")]
    found: set[str] = set()
    for name in names:
        key = form_key(name)
        if key.isalpha() and len(key) > 2:
            found.update((key, strip_accents(key)))
    return found


def _mark_ordinary_names(t: _Tables) -> None:
    """Record the currency names that are ordinary words of a curated language (``LANGUAGES``).

    Two kinds, each per language:

    * a **function word** (``stopwordsiso`` and ``aidcalc.words`` stop words: Swedish "som",
      Polish "taka", Italian "lei"), unless the language itself writes it for a currency of the
      default order ("won": KRW in English; German "von" stays a function word): money there
      only right after a number and with no word after it ("5 000 som.",
      never "som 5" or "2 miljoner som bidrag");
    * a **name or noun**: a one-word name of the language (``_one_word_names``: territories,
      languages, months, weekdays, cities) or one of its ``COMMON_NOUNS`` ("kip", Dutch for
      chicken; "pula", a Polish stake; "Córdoba", a Spanish city): money there only after a
      scaled number ("2 Millionen Rand", "3 mln kina").

    The language's own home currency is never such a word there ("real" in Portuguese, "lei"
    in Romanian). ``aidcalc.parsing.atoms`` applies the rules in the text's language.
    """
    import stopwordsiso

    for language in LANGUAGES:
        nouns = set(_one_word_names(language))
        stop = set(stopwordsiso.stopwords("no" if language == "nb" else language))
        functions: set[str] = set()
        for words, into in ((stop | STOP_WORDS.get(language, set()), functions),
                            (COMMON_NOUNS.get(language, ()), nouns)):  # fmt: skip
            for word in words:
                key = form_key(word)
                if key.isalpha() and len(key) > 1:
                    into.update((key, strip_accents(key)))
        home = t.homes.get(language)
        curated = {form_key(word) for word in COMMON_NOUNS.get(language, ())}
        for key in (nouns | functions) & t.name_codes.keys():
            codes = t.name_codes[key]
            if home in codes:
                continue
            entry = t.ordinary_names.setdefault(key, (set(), set()))
            # "won" stays money in English, which writes it so; German "von" (the won in
            # Croatian, Serbian, Slovenian) is a German function word all the same
            # a curated noun is one whatever the stop-word lists say (Polish "lat", years,
            # listed as a function word: "na 5 lat" read LVL 5 until session 24)
            listed = key in curated
            if (
                key in functions
                and not listed
                and (not codes.intersection(DEFAULT_PRIORITY) or language not in t.name_langs[key])
            ):
                entry[1].add(language)
            elif key in nouns:
                entry[0].add(language)


def ordinary_scale_words(scales: dict[str, dict[str, int]]) -> dict[str, frozenset[str]]:
    """Return the scale keys that are ordinary words of a curated language not writing them as a
    scale, with those languages: English "bill" (a Norwegian "billion"), German "bin",
    Swedish and Danish "min", "mig", Italian "mio", "mia".

    The words are the language's stop words (``stopwordsiso`` and ``aidcalc.words``) and its
    ``COMMON_NOUNS``, of three letters or more (a letter scale such as "m" or "k" is kept), except
    the language's own scale abbreviations (``OWN_SCALE_ABBREVIATIONS``: English "mil", "mill").
    ``aidcalc.parsing.atoms`` reads such a key as a scale only when the text's language writes
    it so ("5 bill. kroner" in Norwegian; "a $95bn bill" is a bill in English).

    >>> ordinary_scale_words({"bill": {"nb": 12}, "mln": {"en": 6}})
    {'bill': frozenset({'en'})}
    """
    import stopwordsiso

    found: dict[str, set[str]] = defaultdict(set)
    for language in LANGUAGES:
        words = set(stopwordsiso.stopwords("no" if language == "nb" else language))
        words |= STOP_WORDS.get(language, set()) | set(COMMON_NOUNS.get(language, ()))
        for word in words:
            key = form_key(word)
            if len(key) > 2 and key in scales and language not in scales[key]:
                found[key].add(language)
    for language, keys in OWN_SCALE_ABBREVIATIONS.items():
        for key in keys:
            found[key].discard(language)  # "$5 mil": the language's own abbreviation
    found = {key: langs for key, langs in found.items() if langs}
    return {key: frozenset(langs) for key, langs in sorted(found.items())}


def _add_qualifiers(t: _Tables) -> None:
    """Fill the qualifier table: form key -> (kind, languages) from ``QUALIFIER_FORMS``."""
    kinds: dict[str, str] = {}
    qualifier_langs: dict[str, set[str]] = defaultdict(set)
    for kind, by_language in QUALIFIER_FORMS.items():
        for language, surfaces in by_language.items():
            for surface in surfaces:
                key = form_key(surface)
                qualifier_langs[key].add(language)
                kinds.setdefault(key, kind)
    t.qualifiers = {k: (kind, frozenset(qualifier_langs[k])) for k, kind in kinds.items()}


def _sorted(values) -> tuple:
    """A set as a sorted tuple: marshal writes sets in hash order, which changes per process."""
    return tuple(sorted(values))


def _by_key(table: dict) -> dict:
    """A dict with its keys inserted in sorted order, so marshal writes it the same each time."""
    return {key: table[key] for key in sorted(table)}


def _pack(t: _Tables) -> tuple[tuple, bytes]:
    """Freeze the tables into the lexicon's (core tables, names blob), sorted, sets as tuples.

    Every set becomes a sorted tuple and every dict is keyed in sorted order, so the same
    babel, num2words and word tables give the same bytes (``Lexicon`` turns the tuples back
    into frozensets when it loads).
    """
    name_codes, name_home, name_langs = t.name_codes, t.name_home, t.name_langs
    form_of = {
        key: tuple(" ".join(sorted(x)) for x in (codes, name_home[key], name_langs[key]))
        for key, codes in name_codes.items()
    }
    form_list = tuple(sorted(set(form_of.values())))
    index = {form: i for i, form in enumerate(form_list)}
    names = {key: index[form_of[key]] for key in sorted(form_of)}
    symbols = {
        k: (_sorted(v), _sorted(t.symbol_home[k]), _sorted(t.symbol_langs[k]))
        for k, v in sorted(t.symbol_codes.items())
    }
    scales = {k: _by_key(v) for k, v in sorted(t.scales.items())}
    qualifiers = {k: (kind, _sorted(langs)) for k, (kind, langs) in sorted(t.qualifiers.items())}
    name_first = first_tokens(names)
    core_first = first_tokens([*symbols, *scales, *qualifiers])
    number_words = {k: _by_key(v) for k, v in sorted(_number_words().items())}
    core = (
        symbols,
        scales,
        qualifiers,
        _by_key(t.homes),
        _by_key(t.decimal_symbol),
        _by_key(core_first),
        number_words,  # their first tokens are looked up per language
        _sorted(_currencies_in_use()),
        _sorted(
            first_pairs(
                [*symbols, *scales, *qualifiers, *(k for w in number_words.values() for k in w)]
            )
        ),
        {k: _sorted(v) for k, v in sorted(t.gated_symbols.items())},
        _by_key(_tender_ends()),
    )
    adjective_codes = {
        word: _sorted(codes)
        for word, codes in sorted(t.adjectives.items())
        if word not in name_codes and len(codes) <= 3
    }
    by_language_plain = {
        k: {language: _sorted(codes) for language, codes in sorted(v.items())}
        for k, v in sorted(t.heads_by_language.items())
        if len(set(v.values())) > 1
    }
    # one table of first tokens over names, symbols, scales, qualifiers and adjectives
    first = dict(name_first)
    for token, length in core_first.items():
        first[token] = max(first.get(token, 0), length)
    for token in adjective_codes:
        first[token] = max(first.get(token, 0), 2)
    gated = {k: _sorted(v) for k, v in sorted(t.gated_names.items())}
    ordinary = {
        k: (_sorted(nouns), _sorted(functions))
        for k, (nouns, functions) in sorted(t.ordinary_names.items())
        if nouns or functions
    }
    # built here, not at the first parse: it reads every language's stop words (~0.1 s)
    ordinary_scales = {k: _sorted(v) for k, v in ordinary_scale_words(scales).items()}
    names_blob = marshal.dumps(
        (names, form_list, _by_key(first), adjective_codes, by_language_plain,
         _sorted(first_pairs(names)), gated, ordinary, ordinary_scales),
        MARSHAL_VERSION,
    )  # fmt: skip
    return core, names_blob


def build_tables() -> tuple[tuple, bytes]:
    """Read every babel locale; return the lexicon's (core tables, names blob) (slow, ~5 s)."""
    tables = _Tables()
    _read_locales(tables)
    _add_bare_heads(tables)
    _add_dated_namesakes(tables)
    _add_supplements(tables)
    _add_acronym_names(tables)
    _add_german_adjective_cases(tables)
    _add_accent_free(tables)
    _join_dotted_symbols(tables)
    _gate_ordinary_words(tables)
    _add_dotted_twins(tables)
    _mark_ordinary_names(tables)
    _add_qualifiers(tables)
    return _pack(tables)
