"""Country names in any CLDR language, alpha-2 and alpha-3 codes to ISO 3166 alpha-3.

The names are babel's territory names in every CLDR locale. The alpha-2 → alpha-3 table is
CLDR's own "overlong" territory aliases (``AFG`` → ``AF``), read through babel; where CLDR lists
a withdrawn code beside the current one (``DDR``/``DEU`` → ``DE``), the code the World Bank uses
in the shipped metadata decides. World Bank economy codes and names (``XKX`` Kosovo,
``Korea, Rep.``) are accepted too, and so are the official and field names CLDR lacks (ISO
3166-1 ``Korea, Republic of``, UN M49 ``Republic of Moldova``, OCHA ``occupied Palestinian
territory``; ``data/geo/official_names.csv``). The European Union and its institutions are
``EU``, as the Kiel tracker writes them; multilateral donors have documented codes of their own
(``EIB``, ``EBRD``, ``WBG`` for the World Bank Group, ``IMF``, ``IDA``, ``NATO``, UN agencies
such as ``UNICEF``; ``data/geo/organisations.csv`` and ``aidcalc/words/en.py``). Nothing here
is guessed: an unknown name is an error naming the closest known names, an ambiguous one an
error naming its countries.

>>> resolve_country("Lietuva")
'LTU'
>>> resolve_country("Allemagne")
'DEU'
>>> resolve_country("U.S.")
'USA'
>>> resolve_country("European Commission")
'EU'
>>> resolve_country("World Bank"), resolve_country("EIB")
('WBG', 'EIB')
>>> resolve_country("Korea, Republic of"), resolve_country("occupied Palestinian territory")
('KOR', 'PSE')
"""

from __future__ import annotations

import csv
import marshal
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from ._paths import MARSHAL_VERSION, built, data_file, source_stamp
from .errors import UnknownCountry
from .words import COUNTRY_SHORT_FORMS, EU_INSTITUTIONS, MULTILATERAL_DONORS, PLACE_SHORT_FORMS

EU = "EU"
_ASCII_PUNCTUATION = re.compile(r"[^a-z0-9]+")

# Names of EU bodies that give aid as "the EU" (CLDR names the union itself, not its bodies) and
# short forms that are neither ISO codes nor CLDR names: English data in aidcalc/words/en.py.
SHORT_FORMS = COUNTRY_SHORT_FORMS


def normalize_name(name: str) -> str:
    """Return ``name`` folded for lookup: case, accents, dots, quotes and dashes ignored.

    >>> normalize_name("  Côte d’Ivoire ")
    'cote d ivoire'
    >>> normalize_name("U.S.")
    'us'
    """
    if name.isascii():
        text = " ".join(_ASCII_PUNCTUATION.sub(" ", name.casefold().replace(".", "")).split())
        return text[4:] if text.startswith("the ") else text
    chars = []
    strip_marks = False
    for char in unicodedata.normalize("NFKD", name.casefold()):
        category = unicodedata.category(char)
        if category == "Mn" and strip_marks:
            continue  # an accent on a Latin, Greek or Cyrillic letter; Indic vowel signs stay
        if char == ".":
            continue
        if category[0] in "PSZC":
            chars.append(" ")
        else:
            chars.append(char)
            strip_marks = category[0] == "L" and ord(char) < 0x530
    text = " ".join(unicodedata.normalize("NFC", "".join(chars)).split())
    return text[4:] if text.startswith("the ") else text


def _read_csv(*parts: str) -> list[dict[str, str]]:
    with data_file(*parts).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def world_bank_economies() -> dict[str, str]:
    """Return World Bank economy code → name (aggregates such as ``WLD`` left out)."""
    rows = _read_csv("worldbank", "wb_country_metadata.csv")
    return {row["iso3"]: row["country"] for row in rows if row["is_aggregate"] != "1"}


@lru_cache(maxsize=1)
def alpha2_to_alpha3() -> dict[str, str]:
    """Return ISO 3166 alpha-2 → alpha-3, from CLDR's overlong territory aliases.

    >>> alpha2_to_alpha3()["LT"], alpha2_to_alpha3()["DE"], alpha2_to_alpha3()["TW"]
    ('LTU', 'DEU', 'TWN')
    """
    from babel import Locale
    from babel.core import get_global

    candidates: dict[str, list[str]] = defaultdict(list)
    for alias, replacement in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(replacement) == 1:
            candidates[replacement[0]].append(alias)
    economies = world_bank_economies()
    wb_by_name = {normalize_name(name): code for code, name in economies.items()}
    english = Locale("en").territories
    table = {}
    for alpha2, name in english.items():
        if not (len(alpha2) == 2 and alpha2.isalpha()):
            continue
        codes = candidates.get(alpha2, [])
        in_world_bank = [code for code in codes if code in economies]
        if len(in_world_bank) == 1:  # DEU, not the withdrawn DDR
            table[alpha2] = in_world_bank[0]
        elif normalize_name(name) in wb_by_name:  # Kosovo: the World Bank's XKX
            table[alpha2] = wb_by_name[normalize_name(name)]
        elif len(codes) == 1:  # Taiwan: no World Bank economy
            table[alpha2] = codes[0]
    return table


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Return folded alpha-2 and alpha-3 codes, World Bank codes and short forms → alpha-3."""
    from babel.core import get_global

    table = alpha2_to_alpha3()
    codes: dict[str, str] = {}
    for alpha2, alpha3 in table.items():
        codes[alpha2.casefold()] = alpha3
        codes[alpha3.casefold()] = alpha3
    for code in world_bank_economies():
        codes[code.casefold()] = code
    for alias, replacement in get_global("territory_aliases").items():
        target = replacement[0] if len(replacement) == 1 else None
        if len(alias) == 2 and alias.isalpha() and target in table:
            codes.setdefault(alias.casefold(), table[target])  # UK -> GB -> GBR
    for short, code in SHORT_FORMS.items():
        codes[normalize_name(short)] = code
    for name in EU_INSTITUTIONS:
        codes[normalize_name(name)] = EU
    return codes


INDEX = "countries"  # the shipped or cached name index: data/cldr/countries-babel<version>.marshal


def _build_index() -> bytes:
    """Read every CLDR locale's territory names; return the name index as marshal bytes (~1 s).

    The index is (every: {folded name: {alpha-2: "languages"}}, english: {folded name:
    "alpha-2 codes"}) of the territories with a two-letter code, each locale file read unmerged
    (``english`` from the ``en`` file alone); sorted, so the same babel gives the same bytes.
    """
    from .parsing.cldr import territory_names

    every: dict[str, dict[str, set[str]]] = {}
    english: dict[str, set[str]] = {}
    folded: dict[str, str] = {}
    for identifier, territories in territory_names():
        language = identifier.split("_")[0]
        for alpha2, name in territories.items():
            if not (len(alpha2) == 2 and alpha2.isalpha()):
                continue  # a region ("001"); alpha2_to_alpha3 maps only letter codes
            key = folded.get(name)
            if key is None:
                key = folded[name] = normalize_name(name)
            every.setdefault(key, {}).setdefault(alpha2, set()).add(language)
            if identifier == "en":
                english.setdefault(key, set()).add(alpha2)
    index = (
        {
            key: {alpha2: " ".join(sorted(found)) for alpha2, found in sorted(by_code.items())}
            for key, by_code in sorted(every.items())
        },
        {key: " ".join(sorted(codes)) for key, codes in sorted(english.items())},
    )
    return marshal.dumps(index, MARSHAL_VERSION)


def index_key() -> str:
    """Return the version of the library the name index is built from, e.g. ``babel2.19.0``."""
    import babel

    return f"babel{babel.__version__}"


def _index_recipe() -> str:
    """The aidcalc version and a stamp of the index's code, for the user's cache only."""
    from ._version import __version__

    here = Path(__file__).parent
    return f"{__version__}-{source_stamp([here / 'countries.py', here / 'parsing' / 'cldr.py'])}"


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Return the name index: shipped when babel matches, else cached, else built and cached."""
    return built(INDEX, index_key(), _index_recipe, _build_index, marshal.loads)


def _add_names(names: dict, found: dict[str, dict[str, str]]) -> None:
    """Add index entries {folded name: {alpha-2: "languages"}} to ``names`` under alpha-3."""
    table = alpha2_to_alpha3()
    for key, by_code in found.items():
        for alpha2, languages in by_code.items():
            alpha3 = EU if alpha2 == EU else table.get(alpha2)
            if alpha3:
                names.setdefault(key, {}).setdefault(alpha3, set()).update(languages.split())


@lru_cache(maxsize=1)
def _english_names() -> dict[str, dict[str, set[str]]]:
    """Return folded English CLDR names and World Bank names → {alpha-3: {sources}}."""
    names: dict[str, dict[str, set[str]]] = {}
    for code, name in world_bank_economies().items():
        names.setdefault(normalize_name(name), {}).setdefault(code, set()).add("worldbank")
    english = _name_index()[1]
    _add_names(names, {key: dict.fromkeys(codes.split(), "en") for key, codes in english.items()})
    return names


@lru_cache(maxsize=32)
def _locale_names(lang: str) -> dict[str, str]:
    """Return folded names → alpha-3 in one locale, with what it inherits (``nb`` from ``no``)."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return {}
    table = alpha2_to_alpha3()
    names = {}
    for alpha2, name in territories.items():
        alpha3 = EU if alpha2 == EU else table.get(alpha2)
        if alpha3:
            names[normalize_name(name)] = alpha3
    return names


class _AllNames(Mapping):
    """Folded name → {alpha-3: {languages}}: the English and World Bank names merged with every
    locale's, each name converted from the index when first looked up (a process resolving one
    donor converts one entry, not 33,000)."""

    def __init__(self, english: dict, every: dict[str, dict[str, str]]) -> None:
        self._english = english
        self._every = every
        self._converted: dict[str, dict[str, set[str]]] = {}

    def __getitem__(self, key: str) -> dict[str, set[str]]:
        found = self._converted.get(key)
        if found is None:
            entry = {key: {code: set(s) for code, s in self._english.get(key, {}).items()}}
            if key in self._every:
                _add_names(entry, {key: self._every[key]})
            found = self._converted[key] = entry[key]
        if not found:
            raise KeyError(key)  # a name only of regions without an alpha-3 code
        return found

    def __iter__(self):
        for key in dict.fromkeys([*self._english, *self._every]):
            if key in self:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=1)
def _all_names() -> Mapping[str, dict[str, set[str]]]:
    """Return folded names in every CLDR locale and World Bank names → {alpha-3: {languages}}."""
    return _AllNames(_english_names(), _name_index()[0])


@lru_cache(maxsize=1)
def organisations() -> dict[str, tuple[str, ...]]:
    """Return code → names of the multilateral donors (``data/geo/organisations.csv`` and the
    lenders of ``aidcalc/words/en.py``).

    >>> organisations()["IDA"]
    ('International Development Association',)
    """
    found = {row["code"]: tuple(row["names"].split("|")) for row in _read_csv("geo", ORGS)}
    for code, names in MULTILATERAL_DONORS.items():
        found[code] = tuple(dict.fromkeys([*found.get(code, ()), *names]))
    return found


ORGS = "organisations.csv"
OFFICIAL = "official_names.csv"


@lru_cache(maxsize=1)
def _multilateral() -> dict[str, str]:
    """Return folded codes and names of the multilateral donors → their documented code."""
    return {
        normalize_name(name): code
        for code, names in organisations().items()
        for name in (code, *names)
    }


@lru_cache(maxsize=1)
def official_names() -> dict[str, str]:
    """Return folded ISO 3166-1, UN M49 and OCHA names CLDR lacks → alpha-3
    (``data/geo/official_names.csv``).

    >>> official_names()[normalize_name("Iran (Islamic Republic of)")]
    'IRN'
    """
    return {normalize_name(row["name"]): row["iso3"] for row in _read_csv("geo", OFFICIAL)}


def closest_names(name: str, n: int = 3) -> list[str]:
    """Return up to ``n`` known names closest to ``name`` (difflib ratio ≥ 0.75), each with its
    code: English CLDR and World Bank names, official names and the multilateral donors.

    >>> closest_names("Germny")
    ['Germany (DEU)']
    """
    import difflib

    key = normalize_name(name)
    known: dict[str, str] = {}
    for folded, by_code in _english_names().items():
        if len(by_code) == 1:
            known[folded] = next(iter(by_code))
    known.update(official_names())
    known.update(_multilateral())
    found = []
    for match in difflib.get_close_matches(key, list(known), n=n * 3, cutoff=0.75):
        code = known[match]
        label = f"{_display(match, code)} ({code})"
        if label not in found:
            found.append(label)
    return found[:n]


def _display(folded: str, code: str) -> str:
    """Return the name a folded key stands for, as written: CLDR English, or as listed."""
    for names in (organisations().get(code, ()),):
        for written in names:
            if normalize_name(written) == folded:
                return written
    for row in _read_csv("geo", OFFICIAL):
        if normalize_name(row["name"]) == folded:
            return row["name"]
    for written in (country_name(code), world_bank_economies().get(code, "")):
        if normalize_name(written) == folded:
            return written
    return folded


def resolve_country(name: str, lang: str | None = None) -> str:
    """Return the ISO 3166 alpha-3 code (or ``EU``) that ``name`` names.

    ``name`` may be a country name in any CLDR language (``Lithuania``, ``Lietuva``,
    ``Deutschland``), an alpha-2 or alpha-3 code, a short form (``UK``, ``U.S.``) or a World
    Bank name. Case and accents are ignored. The names of ``lang`` (a CLDR locale such as
    ``nb``) come first, then English and World Bank names, then every other locale; a name two
    languages give to different countries without ``lang`` raises ``UnknownCountry``.

    >>> resolve_country("deutschland"), resolve_country("LT"), resolve_country("UK")
    ('DEU', 'LTU', 'GBR')
    >>> resolve_country("Atlantis")
    Traceback (most recent call last):
    ...
    aidcalc.errors.UnknownCountry: unknown country 'Atlantis' (no CLDR, ISO or World Bank name)
    """
    if not isinstance(name, str) or not name.strip():
        raise UnknownCountry(str(name), f"empty country name {name!r}")
    key = normalize_name(name)
    codes = _codes()
    if key in codes:
        return codes[key]
    if key in _multilateral():  # a lender, not a country: not in country_names()
        return _multilateral()[key]
    if key in official_names():
        return official_names()[key]
    if lang and key in _locale_names(lang):
        return _locale_names(lang)[key]
    by_code = _english_names().get(key)  # English and World Bank names: no need to load all
    if by_code and len(by_code) == 1:
        return next(iter(by_code))
    by_code = _all_names().get(key)
    if not by_code and (place := place_name(name, lang)) is not None:
        return place
    if not by_code:
        close = closest_names(name)
        if close:
            raise UnknownCountry(
                name,
                f"unknown country {name!r} (no CLDR, ISO, UN or World Bank name); "
                f"closest known: {', '.join(close)}",
            )
        raise UnknownCountry(name)
    if len(by_code) == 1:
        return next(iter(by_code))
    for preferred in ("en", "worldbank"):
        matches = [code for code, locales in by_code.items() if preferred in locales]
        if len(matches) == 1:
            return matches[0]
    raise UnknownCountry(
        name, f"ambiguous country name {name!r}: could be {', '.join(sorted(by_code))}"
    )


@lru_cache(maxsize=1)
def _place_forms() -> dict[str, str]:
    """Return {folded short form: code} of every news language's ``PLACE_SHORT_FORMS`` (the
    forms ``aidcalc.places`` finds in a text), leaving out a form two languages give to
    different codes."""
    found: dict[str, set[str]] = defaultdict(set)
    for forms in PLACE_SHORT_FORMS.values():
        for form, code in forms.items():
            found[normalize_name(form)].add(code)
    return {form: next(iter(codes)) for form, codes in found.items() if len(codes) == 1}


def place_name(name: str, lang: str | None = None) -> str | None:
    """Return the code of ``name`` when it is a short form the news extractor finds in a text
    (``PLACE_SHORT_FORMS`` of ``lang``, else of any news language: "Gaza", "Gaza Strip",
    "Großbritannien", "Strefa Gazy"), else None. The table's country names and the text's
    places are then one source: whatever a text names as a country, a table may name too.
    Capitals and demonyms ("Kyiv", "Ukrainian") are a text's metonyms, not a table's names.

    >>> place_name("Gaza Strip"), place_name("Großbritannien"), place_name("Kyiv")
    ('PSE', 'GBR', None)
    """
    key = normalize_name(name)
    if lang in PLACE_SHORT_FORMS:
        own = {normalize_name(form): code for form, code in PLACE_SHORT_FORMS[lang].items()}
        if key in own:
            return own[key]
    return _place_forms().get(key)


@lru_cache(maxsize=1)
def territory_name_index() -> dict[str, frozenset[str]]:
    """Return {folded name: alpha-2 codes} of the territory names of every CLDR locale.

    Folded with ``normalize_name``; a name some locales give to several territories keeps them
    all. ``aidcalc.parsing.context`` reads it to find the countries a text names.

    >>> sorted(territory_name_index()["norge"])
    ['NO']
    """
    every = _name_index()[0]
    return {key: frozenset(by_code) for key, by_code in every.items()}


def country_names() -> dict[str, str]:
    """Return every unambiguous folded name and code → alpha-3 (for searching text).

    Keys are folded with ``normalize_name``: fold a text the same way before matching.
    """
    names = _all_names()
    result = {name: next(iter(by_code)) for name, by_code in names.items() if len(by_code) == 1}
    result.update(_codes())
    return result


def country_name(code: str, locale: str = "en") -> str:
    """Return the CLDR name of an alpha-3 code (or ``EU``) in ``locale``; the code if none.

    A multilateral donor's code (``IMF``, ``IDA``, …) gives its documented name, the first of
    ``organisations()`` (in English: CLDR names no organisations); a code CLDR lacks, its
    World Bank name. ``locale`` is a CLDR locale (``en``, ``de``, ``pt_BR``); an unknown one
    raises babel's ``UnknownLocaleError``, a malformed one ``ValueError``.

    >>> country_name("LTU"), country_name("LTU", "lt"), country_name("EU")
    ('Lithuania', 'Lietuva', 'European Union')
    >>> country_name("DEU", "de"), country_name("EU", "fr"), country_name("IDA", "de")
    ('Deutschland', 'Union européenne', 'International Development Association')
    """
    from babel import Locale

    territories = Locale.parse(locale).territories
    if code == EU:
        return territories.get(EU, EU)
    for alpha2, alpha3 in alpha2_to_alpha3().items():
        if alpha3 == code:
            return territories.get(alpha2, code)
    documented = organisations().get(code)
    if documented:
        return documented[0]
    return world_bank_economies().get(code, code)


@lru_cache(maxsize=512)
def home_currency(code: str) -> str:
    """Return the one legal-tender currency (ISO 4217) of an alpha-3 code today, per CLDR's
    territory currencies; ``EUR`` for ``EU``; ``''`` for a multilateral donor, an unknown code
    or a territory with several tenders (the caller then has no home currency to assume).

    >>> home_currency("CAN"), home_currency("NOR"), home_currency("EU"), home_currency("IMF")
    ('CAD', 'NOK', 'EUR', '')
    """
    import datetime as dt

    from babel.numbers import get_territory_currencies

    if code == EU:
        return "EUR"
    alpha2 = next((a2 for a2, a3 in alpha2_to_alpha3().items() if a3 == code), None)
    if alpha2 is None:
        return ""
    found = get_territory_currencies(alpha2, dt.date.today(), tender=True)
    return found[0] if len(found) == 1 else ""
