"""The words the parser knows, as look-up tables: currency codes, symbols, names, scale words.

``aidcalc.parsing.cldr`` builds the tables from every CLDR locale plus the curated supplements
of ``aidcalc.words``; building reads ~1,000 locales (seconds), so the build ships in
``data/cldr`` keyed by the babel and num2words versions it was made with. ``lexicon()`` loads
that file when the running versions match, else the user's cache, else builds and caches
(``aidcalc._paths.built``); the result is kept in memory once loaded.

>>> lexicon().symbol("€").codes
frozenset({'EUR'})
"""

from __future__ import annotations

import marshal
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import babel

from .._paths import (
    MARSHAL_VERSION,
    built,
    cached_build,
    distribution_version,
    shipped_build,
    source_stamp,
)
from .._version import __version__
from .tokens import first_tokens

NAME = "lexicon"


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
        "core_first_tokens", "number_words", "in_use", "core_pairs", "gated_symbols",
        "tender_end",
    )  # fmt: skip

    def __init__(self, core: tuple, names_blob: bytes) -> None:
        """Unpack ``aidcalc.parsing.cldr.build_tables`` output (sets stored as sorted tuples)."""
        self._core = core
        for field, value in zip(self.CORE_FIELDS, core, strict=True):
            setattr(self, field, value)
        self.symbols: dict[str, CurrencyForm] = {
            k: CurrencyForm(frozenset(codes), frozenset(home), frozenset(langs))
            for k, (codes, home, langs) in self.symbols.items()
        }
        self.qualifiers = {
            k: (kind, frozenset(langs)) for k, (kind, langs) in self.qualifiers.items()
        }
        self.in_use = frozenset(self.in_use)
        self.core_pairs = frozenset(self.core_pairs)
        # letter symbols that are ordinary words ("Le", "den"): {symbol: those languages}
        self.gated_symbols = {k: frozenset(v) for k, v in self.gated_symbols.items()}
        self._names_blob = names_blob
        self._names: dict[str, int] | None = None
        self._forms: tuple = ()
        self._number_starts: dict[str, dict[str, int]] = {}
        self._pairs: frozenset[str] = frozenset()
        self._first: dict[str, int] = {}
        self._adjectives: dict[str, frozenset[str]] = {}
        self._by_language: dict[str, dict[str, frozenset[str]]] = {}
        self._gated: dict[str, tuple[str, ...]] = {}
        self._ordinary: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._ordinary_scales: dict[str, frozenset[str]] = {}

    def _load_names(self) -> dict[str, int]:
        if self._names is None:
            (
                names,
                self._forms,
                self._first,
                adjectives,
                by_language,
                name_pairs,
                self._gated,
                self._ordinary,
                ordinary_scales,
            ) = marshal.loads(self._names_blob)
            self._ordinary_scales = {k: frozenset(v) for k, v in ordinary_scales.items()}
            self._adjectives = {word: frozenset(codes) for word, codes in adjectives.items()}
            self._by_language = {
                key: {language: frozenset(codes) for language, codes in by.items()}
                for key, by in by_language.items()
            }
            self._pairs = self.core_pairs.union(name_pairs)
            self._names = names
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

    def gated(self, key: str) -> frozenset[str] | None:
        """Return the languages a currency name is an ordinary word of, when it is gated.

        A gated name ("or", "canada", "marca") is an ordinary word (a stop word or a word of a
        territory, language, month or weekday name) in at least as many languages that do not
        write it as money as there are languages that do; ``None`` for any other name.
        """
        self._load_names()
        found = self._gated.get(key)
        return frozenset(found) if found is not None else None

    def ordinary_in(self, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the curated languages a currency name is an ordinary word of, as (those where
        it is a name or noun, those where it is a function word): "kip" is a Dutch noun, "som"
        a Swedish function word (``aidcalc.parsing.cldr._mark_ordinary_names``).
        """
        self._load_names()
        return self._ordinary.get(key, ((), ()))

    def ordinary_scale_in(self, key: str) -> frozenset[str]:
        """Return the curated languages a scale key is an ordinary word of, not a scale: "bill"
        is an English word and a Norwegian scale (``cldr.ordinary_scale_words``, built with the
        lexicon)."""
        self._load_names()
        return self._ordinary_scales.get(key, frozenset())

    def ordinary_names(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        """Return every name ``ordinary_in`` knows, with its languages."""
        self._load_names()
        return dict(self._ordinary)

    def gated_names(self) -> dict[str, frozenset[str]]:
        """Return every gated name with the languages it is an ordinary word of."""
        self._load_names()
        return {key: frozenset(langs) for key, langs in self._gated.items()}

    def number_word_starts(self, language: str) -> dict[str, int]:
        """Return {first token: most tokens} of the number words of one language."""
        starts = self._number_starts.get(language)
        if starts is None:
            starts = self._number_starts[language] = first_tokens(self.number_words[language])
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
        """Return the lexicon as ``marshal`` bytes: the shipped and cached file (deterministic)."""
        return marshal.dumps((self._core, self._names_blob), MARSHAL_VERSION)

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon:
        """Return the lexicon from ``to_bytes`` output."""
        core, names_blob = marshal.loads(data)
        return cls(core, names_blob)


def build_lexicon() -> Lexicon:
    """Return the lexicon built from CLDR and the curated words (slow: use ``lexicon()``)."""
    from .cldr import build_tables

    return Lexicon(*build_tables())


def library_key() -> str:
    """Return what the lexicon is built from: the library versions and a stamp of the recipe.

    babel gives the CLDR names, symbols and scale words, num2words the number words,
    stopwordsiso the stop words that gate currency names which are ordinary words, and the
    recipe is this package's code and curated words (``cldr``, ``tokens``, ``lexicon``,
    ``characters``, whose cleaning keys the symbols, and ``aidcalc/words``). A checkout whose
    words changed therefore never reads a stale shipped build: it builds into the user's cache
    until ``tools/write_cldr_builds.py`` ships a new one.
    """
    here = Path(__file__).parent
    recipe = [here / "cldr.py", here / "tokens.py", here / "lexicon.py", here / "characters.py"]
    recipe += sorted((here.parent / "words").rglob("*.py"))
    versions = (
        f"babel{babel.__version__}-num2words{distribution_version('num2words')}"
        f"-stopwordsiso{distribution_version('stopwordsiso')}"
    )
    return f"{versions}-{source_stamp(recipe)}"


def shipped_path() -> Path:
    """Return where the lexicon built for the running libraries and recipe ships (may not exist)."""
    return shipped_build(NAME, library_key())


def cache_path() -> Path:
    """Return where the user's cache keeps the lexicon (``AIDCALC_CACHE_HOME`` overrides)."""
    return cached_build(NAME, library_key(), _recipe())


def _recipe() -> str:
    """The aidcalc version, for the user's cache only (the key holds the recipe's stamp)."""
    return __version__


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the lexicon: the shipped build, else the user's cache, else built and cached."""
    return built(
        NAME,
        library_key(),
        _recipe,
        lambda: build_lexicon().to_bytes(),
        Lexicon.from_bytes,
    )
