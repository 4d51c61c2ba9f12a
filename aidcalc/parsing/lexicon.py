"""The words the parser knows, as look-up tables: currency codes, symbols, names, scale words.

``aidcalc.parsing.cldr`` builds the tables from every CLDR locale plus the curated supplements
of ``aidcalc.words``; building reads ~1,000 locales (seconds), so the result is cached on disk,
keyed by the babel and aidcalc versions and the recipe, and kept in memory once loaded.

>>> lexicon().symbol("€").codes
frozenset({'EUR'})
"""

from __future__ import annotations

import marshal
import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import babel

from .._paths import user_cache_dir
from .._version import __version__
from .tokens import first_tokens


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


def build_lexicon() -> Lexicon:
    """Return the lexicon built from CLDR and the curated words (slow: use ``lexicon()``)."""
    from .cldr import build_tables

    return Lexicon(*build_tables())


def cache_path() -> Path:
    """Return where the built lexicon is cached (``AIDCALC_CACHE_HOME`` overrides)."""
    return (
        user_cache_dir()
        / f"lexicon-{__version__}-babel{babel.__version__}-{_source_stamp()}.marshal"
    )


def _source_stamp() -> str:
    """A stamp of the recipe's sources, so a changed recipe never reads an old cache."""
    import zlib

    here = Path(__file__).parent
    recipe = [here / "cldr.py", here / "tokens.py", here / "lexicon.py"]
    recipe += sorted((here.parent / "words").glob("*.py"))
    stamp = 0
    for path in recipe:
        stamp = zlib.crc32(path.read_bytes(), stamp)
    return format(stamp, "08x")


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
