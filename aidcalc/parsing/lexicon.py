"""The words the parser knows: currency codes, symbols and names, and scale words.

Currency names, symbols and scale words come from CLDR through babel, read from every locale
babel ships (plural and case forms included). A small curated supplement adds what CLDR does not
spell (``bn``, ``mln``, ``crore``, ``C$``, ``Czech crowns``) and the qualifier words, which CLDR
does not have. Building reads ~1,000 locales (about a second), so the result is cached on disk,
keyed by the babel and aidcalc versions, and in memory once loaded.
"""

from __future__ import annotations

import marshal
import os
import re
import unicodedata
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import babel

from .._paths import user_cache_dir
from .._version import __version__

# One token of text: a number (with its grouping and decimal marks), a word, a space run, or any
# other single character. Both the lexicon keys and the parser use this one tokenizer, so a
# multi-token form ("US $", "mln.", "d'euros") is matched the same way wherever it stands.
TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])(?:[.,]\d+)?"
    r"|\d+(?:[.,'\u2019]\d+)*"
    r"|[.,]\d+)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<space>\s+)"
    r"|(?P<sym>.)",
    re.DOTALL,
)

MAX_FORM_TOKENS = 6

# fmt: off
# (the word tables below read best packed, a few entries a line)

# Single letters are too common to take from every locale; only these stand for a scale.
SINGLE_LETTER_SCALES = {"k": 3, "m": 6, "b": 9, "t": 12}

# Scale abbreviations CLDR does not spell in any locale's compact formats (news and finance usage).
SCALE_SUPPLEMENT = {
    "en": {
        "mn": 6, "mln": 6, "mm": 6, "bn": 9, "bln": 9, "bil": 9, "tn": 12,
        "trn": 12, "thousand": 3, "thousands": 3, "millions": 6, "billions": 9, "trillions": 12,
        "crore": 7, "crores": 7, "cr": 7, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5,
    },
}

# Prefixed dollars and other symbols of news text that CLDR gives differently or not at all.
SYMBOL_SUPPLEMENT = {
    "US$": "USD", "U.S.$": "USD", "C$": "CAD", "CAN$": "CAD", "CAD$": "CAD", "AU$": "AUD",
    "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD",
    "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "₴": "UAH", "грн": "UAH", "грн.": "UAH",
    "zł": "PLN", "zl": "PLN", "Kč": "CZK", "R": "ZAR", "€": "EUR", "£": "GBP", "₹": "INR",
    "₩": "KRW", "Rs": "INR", "Rs.": "INR", "руб": "RUB", "руб.": "RUB", "Fr.": "CHF", "SFr": "CHF",
    "stg": "GBP", "лв": "BGN", "лв.": "BGN", "c $": "CAD", "C $": "CAD", "元": "CNY",
    "DM": "DEM", "öS": "ATS", "hfl": "NLG", "Lit.": "ITL", "FF": "FRF", "Pta": "ESP",
    "Ptas": "ESP",
    "ரூ": "LKR",
}

# Names in news English that CLDR spells otherwise.
NAME_SUPPLEMENT = {
    "en": {
        "Czech crowns": "CZK", "Czech crown": "CZK", "Swedish crowns": "SEK",
        "Norwegian crowns": "NOK", "Danish crowns": "DKK", "greenbacks": "USD", "bucks": "USD",
        "quid": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "euro": "EUR",
        "hryvnia": "UAH", "hryvnias": "UAH", "hryvnyas": "UAH", "zloty": "PLN", "zlotys": "PLN",
        "zlotych": "PLN", "renminbi": "CNY", "rmb": "CNY", "yuan": "CNY",
    },
    # news abbreviations: "понад 10 млрд дол. США"
    "uk": {"дол. США": "USD", "дол США": "USD", "дол.": "USD", "доларів США": "USD"},
    "ru": {"долл. США": "USD", "долл США": "USD", "долл.": "USD", "дол. США": "USD"},
}

# When a bare form names several currencies and neither a hint nor the language decides, the
# first of these it names wins ("$" and "dollars" are USD, "£" and "pounds" GBP, "¥" JPY).
DEFAULT_PRIORITY = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR")

# Qualifiers are not in CLDR: the words of news text, per language.
QUALIFIER_FORMS = {
    "approx": {
        "en": ["about", "approximately", "approx.", "approx", "around", "roughly", "some",
               "circa", "c.", "ca.", "~", "≈", "an estimated", "estimated", "close to",
               "nearly about", "some estimated"],
        "de": ["rund", "etwa", "ca.", "circa", "ungefähr", "zirka"],
        "fr": ["environ", "près de", "quelque", "autour de", "approximativement", "env."],
        "lt": ["apie", "maždaug", "apytiksliai", "per apie"],
        "uk": ["близько", "приблизно", "орієнтовно", "майже близько"],
        "pl": ["około", "ok.", "blisko", "mniej więcej", "szacunkowo"],
        "ru": ["около", "примерно", "порядка"],
        "es": ["unos", "unas", "alrededor de", "aproximadamente", "cerca de"],
        "it": ["circa", "quasi circa", "intorno a"],
        "pt": ["cerca de", "aproximadamente", "por volta de"],
        "nl": ["ongeveer", "circa", "zo'n"],
    },
    "over": {
        "en": ["over", "more than", "at least", "upwards of", "in excess of", "above",
               "exceeding", "no less than", "not less than", "over and above"],
        "de": ["über", "mehr als", "mindestens", "knapp über", "ueber"],
        "fr": ["plus de", "au moins", "au-delà de", "plus d'"],
        "lt": ["daugiau nei", "daugiau negu", "daugiau kaip", "virš", "ne mažiau kaip",
               "ne mažiau nei"],
        "uk": ["понад", "більше ніж", "більш ніж", "більше", "щонайменше", "не менше ніж",
               "понад як"],
        "pl": ["ponad", "więcej niż", "co najmniej", "przeszło", "powyżej"],
        "ru": ["более", "свыше", "больше", "не менее"],
        "es": ["más de", "al menos", "por encima de"],
        "it": ["oltre", "più di", "almeno"],
        "pt": ["mais de", "pelo menos"],
        "nl": ["meer dan", "ruim", "minstens"],
    },
    "under": {
        "en": ["less than", "below", "under", "nearly", "almost", "just under", "fewer than",
               "not quite"],
        "de": ["weniger als", "unter", "fast", "beinahe", "knapp", "nahezu"],
        "fr": ["moins de", "presque", "moins d'", "près d'"],
        "lt": ["mažiau nei", "mažiau negu", "beveik", "mažiau kaip"],
        "uk": ["менше ніж", "менш ніж", "майже", "менше"],
        "pl": ["mniej niż", "prawie", "niespełna", "poniżej"],
        "ru": ["менее", "почти", "меньше"],
        "es": ["menos de", "casi"],
        "it": ["meno di", "quasi"],
        "pt": ["menos de", "quase"],
        "nl": ["minder dan", "bijna", "nagenoeg"],
    },
    "up_to": {
        "en": ["up to", "as much as", "as many as", "a maximum of", "maximum of"],
        "de": ["bis zu", "maximal", "höchstens"],
        "fr": ["jusqu'à", "jusqu'a", "au maximum", "au plus"],
        "lt": ["iki", "net iki"],
        "uk": ["до", "аж до"],
        "pl": ["do", "nawet", "maksymalnie"],
        "ru": ["до", "вплоть до"],
        "es": ["hasta"],
        "it": ["fino a"],
        "pt": ["até"],
        "nl": ["tot", "maximaal"],
    },
}

# Qualifiers that are ordinary words in English: read only when the amount's language is theirs.
GATED_QUALIFIERS = frozenset({"do", "tot", "per", "a"})

# Number words of the caller's language that multiply what comes before ("deux mille").
WORD_SCALES = {1000: 3, 10**6: 6, 10**9: 9}

# Three-letter words that are also currency codes, never read as codes.
CODE_LIKE_WORDS = frozenset({"all", "try", "top", "cup", "pen", "mad", "bob", "mop", "sos",
                             "gel", "cop", "lak", "bam", "mur", "kes", "lei", "php", "mga"})

# Coins and slang counted in main units of the local currency ("ten dimes", "10 grand").
COINS = {"nickel": Decimal("0.05"), "nickels": Decimal("0.05"), "dime": Decimal("0.1"),
         "dimes": Decimal("0.1"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25"),
         "grand": Decimal(1000), "grands": Decimal(1000)}

# "20 dollars and 43 cents": the words that join main and minor units.
CONJUNCTIONS = frozenset({"and", "og", "und", "et", "y", "e", "i", "ir", "och", "en", "și", "si",
                          "и", "con"})

# What may stand between an amount and its restatement in another currency, besides "(" and ",".
RESTATEMENT_LINKS = frozenset({
    "or", "or about", "i e", "ie", "that is", "equivalent to", "equal to", "the equivalent of",
    "worth", "umgerechnet", "oder", "d h", "das sind", "soit", "ou", "tai", "arba", "tai yra",
    "або", "тобто", "що становить", "czyli", "lub", "to jest", "ok", "approximately", "t y",
    "i.e", "soit environ", "c'est-à-dire", "c est à dire", "das heißt", "also",
})

# Words between a scale and a currency name that tell the language ("2 billions d'euros").
FILLER_LANGS = {
    "of": frozenset({"en"}), "d": frozenset({"fr", "it"}),
    "de": frozenset({"fr", "es", "pt", "ro"}),
    "di": frozenset({"it"}), "af": frozenset({"da", "sv"}), "av": frozenset({"sv", "nb"}),
    "van": frozenset({"nl"}),
}

# Words after which a currency name may lead its number ("at dollar 22.5 million").
NAME_MAY_FOLLOW_WORDS = frozenset({"at", "of", "for", "by", "to", "from", "in", "en", "em", "di",
                                   "de", "à", "a", "bei", "von", "für"})

# Words that join the low and high ends of a range; "between"-words open one.
RANGE_JOINERS = {"-", "–", "—", "to", "and", "bis", "à", "a", "et", "y", "e", "iki", "ir", "до",
                 "і", "й", "do", "i", "tot", "en", "och", "og", "und", "or"}
# Joiners that make a range without an opener ("$1-2 billion", "300 to 400 million").
RANGE_JOINERS_ALONE = {"-", "–", "—", "to", "bis", "à", "iki", "до", "a"}
RANGE_OPENERS = {"between", "from", "zwischen", "von", "entre", "tarp", "nuo", "між", "від",
                 "od", "pomiędzy", "między", "от", "tra", "fra", "tussen", "mellan", "mellom"}

# Words allowed between a scale word and the currency name ("millions d'euros", "millions of").
FILLERS = {"of", "de", "d", "'", "’", "di", "del", "dei", "degli", "af", "av", "van"}


# Languages whose number words (0-999 and 1 with each scale) the lexicon spells through
# num2words; English number words are read by ``aidcalc.parsing.numbers`` and always on.
NUMBER_WORD_LANGUAGES = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl",
                         "sv": "sv", "da": "da", "nb": "no", "no": "no", "lt": "lt", "uk": "uk",
                         "pl": "pl", "ru": "ru", "ro": "ro", "cs": "cs", "sk": "sk", "tr": "tr",
                         "id": "id", "vi": "vi", "ca": "ca", "fi": "fi", "lv": "lv", "hu": "hu",
                         "sr": "sr", "hr": "sr", "bs": "sr"}  # Latin Serbian reads as Croatian

# Minor units: the hundredth of the main unit, as news and shop text write it (not in CLDR).
MINOR_UNITS = frozenset({
    "cent", "cents", "c", "ct", "cts", "penny", "pence", "p", "øre", "öre", "ore", "rp", "rappen",
    "centime", "centimes", "centesimo", "centesimi", "céntimo", "céntimos", "centavo", "centavos",
    "fen", "haleru", "haléřů", "paise", "paisa", "sen", "kopiykas", "kopecks", "kopeks",
    "копійок", "копійки", "копеек", "копейки", "коп", "grosz", "groszy", "grosze", "gr",
    "euro-cent", "eurocent", "eurocents", "ct.", "centai", "centų", "mao", "sens", "cenți",
    "centi", "bani", "lipa", "lipe", "centa", "stotinki", "стотинки", "ст", "цента",
    "ц", "пени", "satang", "halerzy",
})


# fmt: on


def _number_words() -> dict[str, dict[str, int]]:
    """Return {language: {form key: value}} for cardinal numbers in the languages above."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - num2words is a dependency; tolerate its absence
        return {}
    table: dict[str, dict[str, int]] = {}
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
    return table


def tokenize(text: str) -> list[tuple[str, str, int, int]]:
    """Return ``(kind, text, start, end)`` for every token of ``text``, spaces included."""
    return [
        (match.lastgroup or "sym", match.group(), match.start(), match.end())
        for match in TOKEN_RE.finditer(text)
    ]


def form_key(text: str, fold: bool = True) -> str:
    """Return the lookup key of a surface form: its non-space tokens joined by one space."""
    tokens = [t for kind, t, _, _ in tokenize(text.strip()) if kind != "space"]
    key = " ".join(tokens)
    return key.casefold() if fold else key


def strip_accents(text: str) -> str:
    """Return ``text`` without combining marks (``eurų`` -> ``euru``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class CurrencyForm(NamedTuple):
    """A currency name or symbol: the codes it can mean and who writes it."""

    codes: frozenset[str]
    # home currencies of the languages that write this form, among ``codes`` (kronor -> SEK)
    home: frozenset[str]
    langs: frozenset[str]


class Lexicon:
    """Lookup tables keyed by ``form_key``.

    The small tables (symbols, scales, qualifiers) load at once; the ~100,000 currency names
    load on first use, so parsing ``€5m`` never reads them.
    """

    # the small tables, in the order the cache stores them
    CORE_FIELDS = (
        "symbols", "scales", "qualifiers", "home_currency", "decimal_symbol",
        "core_first_tokens", "number_words", "in_use", "core_pairs",
    )  # fmt: skip

    def __init__(self, core: tuple, names_blob: bytes) -> None:
        for field, value in zip(self.CORE_FIELDS, core, strict=True):
            setattr(self, field, value)
        self.symbols: dict[str, CurrencyForm] = {
            k: CurrencyForm(*v) for k, v in self.symbols.items()
        }
        self._names_blob = names_blob
        self._names: dict[str, int] | None = None
        self._forms: tuple = ()
        self._number_starts: dict[str, dict[str, int]] = {}
        self._pairs: frozenset[str] = frozenset()
        self._first: dict[str, int] = {}
        self._adjectives: dict[str, frozenset[str]] = {}
        self._by_language: dict[str, dict[str, frozenset[str]]] = {}

    def _load_names(self) -> dict[str, int]:
        if self._names is None:
            (
                self._names,
                self._forms,
                self._first,
                self._adjectives,
                self._by_language,
                name_pairs,
            ) = marshal.loads(self._names_blob)
            self._pairs = self.core_pairs | name_pairs
        return self._names

    def name(self, key: str) -> CurrencyForm | None:
        """Return the currency form of a casefolded name key, or None."""
        index = self._load_names().get(key)
        if index is None:
            return None
        codes, home, langs = self._forms[index]  # space-separated: strings load fastest
        return CurrencyForm(
            frozenset(codes.split()), frozenset(home.split()), frozenset(langs.split())
        )

    def number_word_starts(self, language: str) -> dict[str, int]:
        """Return {first token: most tokens} of the number words of one language."""
        starts = self._number_starts.get(language)
        if starts is None:
            starts = self._number_starts[language] = _first_tokens(self.number_words[language])
        return starts

    def adjective(self, word: str) -> frozenset[str] | None:
        """Return the codes whose names start with this word ("svenske" -> SEK), or None."""
        self._load_names()
        return self._adjectives.get(word)

    def codes_in(self, key: str, language: str) -> frozenset[str] | None:
        """Return what a shared head word ("koruna") names in one language, when known."""
        self._load_names()
        return self._by_language.get(key, {}).get(language)

    def symbol(self, key: str) -> CurrencyForm | None:
        """Return the currency form of a symbol key (case kept), or None."""
        return self.symbols.get(key)

    def first_tokens(self) -> dict[str, int]:
        """Return {first token: most tokens of an entry starting with it} over every table."""
        self._load_names()
        return self._first

    def may_continue(self, pair: str, exact_pair: str) -> bool:
        """True when some entry of two or more tokens starts with these two tokens."""
        self._load_names()
        return pair in self._pairs or exact_pair in self._pairs

    def to_bytes(self) -> bytes:
        """Return the lexicon as ``marshal`` bytes for the disk cache."""
        core = tuple(getattr(self, field) for field in self.CORE_FIELDS)
        symbols = {k: tuple(v) for k, v in self.symbols.items()}
        core = (symbols, *core[1:])
        return marshal.dumps((core, self._names_blob))

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon:
        """Return the lexicon from ``to_bytes`` output."""
        core, names_blob = marshal.loads(data)
        return cls(core, names_blob)


def _home_currencies() -> dict[str, str]:
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


def _currencies_in_use(ever: bool = False) -> set[str]:
    """Return the codes some territory uses as legal tender today (or ever, per CLDR)."""
    from babel.core import get_global

    in_use = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if tender and (ever or end is None):
                in_use.add(code)
    return in_use


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


def build_lexicon() -> Lexicon:
    """Read every babel locale and return the lexicon (slow: use ``lexicon()``)."""
    from babel import Locale, localedata

    from ..amount import known_currencies

    homes = _home_currencies()
    name_codes: dict[str, set[str]] = defaultdict(set)
    name_langs: dict[str, set[str]] = defaultdict(set)
    name_home: dict[str, set[str]] = defaultdict(set)
    symbol_codes: dict[str, set[str]] = defaultdict(set)
    symbol_langs: dict[str, set[str]] = defaultdict(set)
    symbol_home: dict[str, set[str]] = defaultdict(set)
    scales: dict[str, dict[str, int]] = defaultdict(dict)
    decimal_symbol: dict[str, str] = {}
    known = known_currencies()
    name_keys: set[tuple[str, str]] = set()
    territory_words: dict[str, set[str]] = defaultdict(set)

    def add_name(surface: str, code: str, language: str) -> None:
        if any(c.isdigit() or c == "(" for c in surface):
            return  # a historic name such as "Zimbabwean Dollar (1980–2008)"
        key = form_key(surface)
        if not key:
            return
        name_codes[key].add(code)
        name_langs[key].add(language)
        name_keys.add((language, key))
        if homes.get(language) == code:
            name_home[key].add(code)

    for identifier in localedata.locale_identifiers():
        try:
            locale = Locale.parse(identifier)
        except Exception:  # noqa: BLE001 - a locale babel lists but cannot load
            continue
        language = locale.language
        is_base = locale.territory is None and locale.script is None and locale.variant is None
        if is_base and "latn" in locale.number_symbols:
            decimal_symbol[language] = locale.number_symbols["latn"].get("decimal", ".")
        if is_base:
            for territory in locale.territories.values():
                territory_words[language].update(form_key(territory).split(" "))
        if locale.territory is None:  # regional locales repeat their language's names
            for code, name in locale.currencies.items():
                if code in known:
                    add_name(name, code, language)
            for code, plurals in locale._data["currency_names_plural"].items():
                if code in known:
                    for name in plurals.values():
                        add_name(name, code, language)
        for code, symbol in locale.currency_symbols.items():
            if code not in known or symbol == code or not symbol:
                continue
            if len(symbol) == 1 and symbol.isalpha() and symbol not in SYMBOL_SUPPLEMENT:
                continue
            key = form_key(symbol, fold=False)
            symbol_codes[key].add(code)
            if is_base:
                symbol_langs[key].add(language)
                if homes.get(language) == code:
                    symbol_home[key].add(code)
        for surface, exponent in _scale_forms(locale).items():
            for variant in {surface, surface.rstrip(".")}:
                key = form_key(variant)
                if len(key) == 1 and key.upper() != key.lower() and key not in SINGLE_LETTER_SCALES:
                    continue
                scales[key].setdefault(language, exponent)

    # Bare forms: the head word of a multi-word name ("dollars" of "Canadian dollars",
    # "доларів" of "доларів США") names every currency whose name it heads.
    # Bare forms: a head word shared by the names of several currencies in one language
    # ("dollars" of "Canadian dollars" and "US dollars", "доларів" of "доларів США") names all
    # of them; a word of a country's name ("new" of "New Zealand") is never a bare form.
    full_names = set(name_codes)
    in_use = _currencies_in_use()
    ever_tender = _currencies_in_use(ever=True)
    heads_by_language: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    adjectives: dict[str, set[str]] = defaultdict(set)
    for _language, key in name_keys:
        words = key.split(" ")
        if len(words) == 2 and words[0].isalpha() and len(words[0]) > 2:
            adjectives[words[0]] |= name_codes[key]
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    last_words: set[tuple[str, str]] = set()
    for language, key in name_keys:
        words = key.split(" ")
        if len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            if len(word) >= 3 and word.isalpha() and word not in full_names:
                heads[language, word] |= name_codes[key]
                if word == words[-1]:
                    last_words.add((language, word))
    for (language, word), codes in heads.items():
        if word in territory_words.get(language, ()) or not codes & ever_tender:
            continue  # a country's word, or heading only funds and units of account ("unit")
        if len(codes) < 2 and (language, word) not in last_words:
            continue  # a lone first word is an adjective ("canadian"), a lone last one a noun
        name_codes[word] |= codes
        name_langs[word].add(language)
        heads_by_language[word][language] = frozenset(codes)
        if homes.get(language) in codes:
            name_home[word].add(homes[language])

    for language, forms in NAME_SUPPLEMENT.items():
        for surface, code in forms.items():
            key = form_key(surface)
            name_codes[key] = {code}
            name_langs[key].add(language)
    for surface, code in SYMBOL_SUPPLEMENT.items():
        key = form_key(surface, fold=False)
        symbol_codes[key] = {code}
    for letter, exponent in SINGLE_LETTER_SCALES.items():
        scales[letter]["en"] = exponent
    for language, forms in SCALE_SUPPLEMENT.items():
        for surface, exponent in forms.items():
            scales[form_key(surface)][language] = exponent
    for key in list(scales):  # "milhoes" for "milhões", as text without accents writes it
        bare = strip_accents(key)
        if bare != key and bare not in scales:
            scales[bare] = dict(scales[key])
    # Keep scale words off words that are currency names, and vice versa.
    for key in list(scales):
        if key in name_codes and len(key) > 1:
            del scales[key]

    # Accent-free spellings of names ("zlotych", "euru") find the same currencies.
    for key in list(name_codes):
        bare = strip_accents(key)
        if bare != key and bare not in name_codes:
            name_codes[bare] = name_codes[key]
            name_langs[bare] = name_langs[key]
            name_home[bare] = name_home[key]

    qualifiers: dict[str, tuple[str, frozenset[str]]] = {}
    qualifier_langs: dict[str, set[str]] = defaultdict(set)
    for kind, by_language in QUALIFIER_FORMS.items():
        for language, surfaces in by_language.items():
            for surface in surfaces:
                key = form_key(surface)
                qualifier_langs[key].add(language)
                qualifiers.setdefault(key, (kind, frozenset()))
    qualifiers = {k: (kind, frozenset(qualifier_langs[k])) for k, (kind, _) in qualifiers.items()}

    forms: dict[tuple, int] = {}
    names = {}
    for key, codes in name_codes.items():
        form = tuple(" ".join(sorted(x)) for x in (codes, name_home[key], name_langs[key]))
        names[key] = forms.setdefault(form, len(forms))
    symbols = {
        k: (frozenset(v), frozenset(symbol_home[k]), frozenset(symbol_langs[k]))
        for k, v in symbol_codes.items()
    }
    form_list = tuple(sorted(forms, key=forms.__getitem__))
    name_first = _first_tokens(names)
    core_first = _first_tokens([*symbols, *scales, *qualifiers])
    number_words = _number_words()  # their first tokens are looked up per language
    core = (
        symbols,
        {k: dict(v) for k, v in scales.items()},
        qualifiers,
        homes,
        decimal_symbol,
        core_first,
        number_words,
        frozenset(in_use),
        _first_pairs(
            [*symbols, *scales, *qualifiers, *(k for w in number_words.values() for k in w)]
        ),
    )
    adjective_codes = {
        word: frozenset(codes)
        for word, codes in adjectives.items()
        if word not in name_codes and len(codes) <= 3
    }
    by_language_plain = {k: v for k, v in heads_by_language.items() if len(set(v.values())) > 1}
    # one table of first tokens over names, symbols, scales, qualifiers and adjectives
    first = dict(name_first)
    for token, length in core_first.items():
        first[token] = max(first.get(token, 0), length)
    for token in adjective_codes:
        first[token] = max(first.get(token, 0), 2)
    names_blob = marshal.dumps(
        (names, form_list, first, adjective_codes, by_language_plain, _first_pairs(names))
    )
    return Lexicon(core, names_blob)


def _first_tokens(keys) -> dict[str, int]:
    """Return {first token: most tokens of a key starting with it}."""
    first: dict[str, int] = {}
    for key in keys:
        tokens = key.split(" ")
        first[tokens[0]] = max(first.get(tokens[0], 0), len(tokens))
    return first


def _first_pairs(keys) -> frozenset[str]:
    """Return the first two tokens of every key of two tokens or more."""
    return frozenset(" ".join(key.split(" ")[:2]) for key in keys if " " in key)


def cache_path() -> Path:
    """Return where the built lexicon is cached (``AIDCALC_CACHE_HOME`` overrides)."""
    return (
        user_cache_dir()
        / f"lexicon-{__version__}-babel{babel.__version__}-{_source_stamp()}.marshal"
    )


def _source_stamp() -> str:
    """A stamp of this module's source, so a changed lexicon recipe never reads an old cache."""
    import zlib

    return format(zlib.crc32(Path(__file__).read_bytes()), "08x")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the lexicon, from the disk cache when it is there, else built and cached."""
    path = cache_path()
    try:
        return Lexicon.from_bytes(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    built = build_lexicon()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".tmp{os.getpid()}")
        temporary.write_bytes(built.to_bytes())
        temporary.replace(path)
        for old in path.parent.glob("lexicon-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)  # a lexicon of another version or recipe
    except OSError:
        pass  # a read-only home still parses, only slower at start
    return built
