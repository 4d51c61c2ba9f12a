"""Which ISO 4217 code a currency atom means: one function, its steps in docs/parsing.md's order.

1. a code or a coin word decides by itself (``MUSD`` too); 2. the caller's language narrows a
shared head word ("koruna" in Norwegian); 3. currencies in use today win over past ones ("kr" is no
longer the Estonian kroon), and when none is, codes withdrawn a decade before the latest never
count ("лева" is BGN); 4. one code left decides; 5. ``currency_hint``; 6. the territory of a locale
such as ``en_AU``; 6b. a name the caller's language does not write, written by one candidate's
language only ("kronor" in a Norwegian text: SEK); 7. the home currency of the caller's language;
8. the word's own language (``own_language_currency``: kronor is Swedish); 9. the country the text
names, for a word none of whose candidates is USD (``aidcalc.parsing.context``: "Norway will give
500 million kroner", "Le Rwanda … 500 millions de francs", "Le Sénégal … FCFA"), countries of two
candidates refusing it unless one of them is written in the possessive before the amount ("India's
Rs 5 million aid to Nepal": INR, ``country-possessive``), and a giving verb in the passive letting
its agent give ("Egypt was given £5 million by Britain": GBP) and, with no agent named, refusing
("Egypt was given £5 million"); 10. the home currency of the language the
amount's words agree on ("50 milioane de lei"), else the one home currency among the languages
writing the word; 10b. the home currency of the language the whole text leads in, when that
language writes the word and the amount's own words do not point elsewhere ("Stortinget vedtok 75
milliarder kroner etter at de ble enige": NOK, recorded as ``home-currency``; a Danish-Norwegian
tie decides nothing, as in "Pengene går til 75 milliarder kroner", refused); 11.
the default priority (``words.currency``), for a symbol, or a name every language writing it
means the code by (``by_default``: never "lire" as GBP), then a shared sign's own default
(``SHARED_SYMBOL_DEFAULTS``: "C$" is CAD unless the text names Nicaragua); otherwise the atom
is ambiguous and the reason is recorded.

``reader`` is the grammar's reader: its ``lex``, ``lang``, ``territory``, ``hint``, ``text`` and
``problems`` are used; a dollar sign with its letter prefix set apart ("C $5 million") adds
"letter-prefix"; steps 7 to 11 add their code to ``reader.assumptions`` ("home-currency",
"country-context", "country-possessive", "default-currency", or "dollar-usd" whenever the code is
USD): a shared name is the same ambiguity as a shared sign (docs/parsing.md, "Ambiguity rules and
defaults").

>>> territory_currency("AU")
'AUD'
"""

from __future__ import annotations

from typing import Any

from ..words import LANGUAGES
from ..words.currency import COINS, DEFAULT_PRIORITY, SHARED_SYMBOL_DEFAULTS
from .atoms import Atom
from .cldr import currency_languages, withdrawn_languages
from .context import (
    named_currency,
    passive_without_giver,
    possessive_currency,
    sentence_year,
    subject_currency,
    successors,
    territory_currency,
)
from .language import leading_languages
from .lexicon import CurrencyForm


def resolve_currency(reader: Any, atom: Atom, langs: frozenset[str] | None) -> str | None:
    """Return the ISO code a currency atom means, or record why it is ambiguous; the steps of
    ``_resolve``, then ``dated_predecessor`` (the code a year of the sentence tells)."""
    code = _resolve(reader, atom, langs)
    if code is None or reader.hint is not None or not isinstance(atom.data, CurrencyForm):
        return code
    code = dated_predecessor(reader, atom, code)
    return code if code is None else withdrawn_dated(reader, atom, code)


def withdrawn_dated(reader: Any, atom: Atom, code: str) -> str | None:
    """Check a withdrawn currency read from a name or sign against the year its sentence
    states (``context.sentence_year``): after its last year of legal tender (CLDR's territory
    history, ``Lexicon.tender_end``), a word other currencies share too ("escudos": PTE, CVE…)
    is refused naming the currency, the year and its last year, as ``withdrawn_named`` refuses
    the francs of France; a word of that currency alone ("DM", "D-Mark") is read, recorded as
    ``withdrawn-currency`` (an old amount restated, or a slip). No year stated, or a year
    before its end, changes nothing: the text's date is the pledge reader's to check
    (``news.candidates``). A code ("DEM") is read as written.

    >>> from aidcalc import extract_amounts
    >>> extract_amounts("Deutschland gab 2005 der Ukraine 50 Millionen DM.")[0].assumptions
    ('withdrawn-currency',)
    >>> extract_amounts("Portugal deu 500 mil escudos em 2010.")
    []
    """
    end = reader.lex.tender_end.get(code)
    everyone = atom.data.codes
    if end is None or "USD" in everyone:
        return code
    year = sentence_year(reader.text, atom.start)
    if year is None or year <= end:
        return code
    if len(everyone) == 1:
        return _assumed(reader, code, "withdrawn-currency")
    others = sorted(everyone - {code})
    shown = ", ".join([code, *others[:7]]) + (", …" if len(others) > 7 else "")
    reader.problems.append(
        (
            atom.start,
            f"{reader.text[atom.start : atom.end]!r} is ambiguous ({shown}): {code} was "
            f"legal tender until {end}, but the text's date is {year}; pass currency_hint=",
        )
    )
    return None


def dated_predecessor(reader: Any, atom: Atom, code: str) -> str | None:
    """Return the currency a word meant in the year its sentence states, when ``code`` (in
    use) replaced another candidate of the word (``context.successors``, CLDR's territory
    history): the old Turkish lira (TRL) for "TL" or "lira" of a year before 2005, the old leu
    (ROL) for "lei" before 2005. A year after the old one's last year of legal tender, or none,
    keeps ``code``; the last year itself, when both were money, refuses the word naming both.
    A word that may be the US dollar is left alone ("$" never follows a year).

    >>> from aidcalc import parse_amount
    >>> parse_amount("Türkiye 2003 yılında 500 trilyon TL harcadı.").currency
    'TRL'
    >>> parse_amount("Türkiye 2023 yılında 500 milyar TL harcadı.").currency
    'TRY'
    """
    everyone = atom.data.codes
    if "USD" in everyone:
        return code
    ends = reader.lex.tender_end
    replaced = successors()
    before = [old for old in everyone if old in ends and code in replaced.get(old, ())]
    if not before:
        return code
    year = sentence_year(reader.text, atom.start)
    if year is None:
        return code
    old = max(before, key=ends.__getitem__)
    if year < ends[old]:
        return old
    if year == ends[old]:
        reader.problems.append(
            (
                atom.start,
                f"{reader.text[atom.start : atom.end]!r} is ambiguous ({old}, {code}): both "
                f"were money in {year}, the year its sentence states; pass currency_hint=",
            )
        )
        return None
    return code


def _resolve(reader: Any, atom: Atom, langs: frozenset[str] | None) -> str | None:
    """The steps of ``resolve_currency`` in docs/parsing.md's order."""
    if isinstance(atom.data, str):
        return atom.data
    if is_spaced_prefix(reader.text[atom.start : atom.end]) and reader.hint is None:
        # "C $5 million": the letter set apart may label something else ("Option C"); the
        # reading assumes it is the sign's prefix, and says so
        reader.assumptions.append("letter-prefix")
    if atom.text in COINS:
        return local_currency(reader)
    if is_scaled_code(atom.data):
        return atom.data[0]  # "MUSD"
    form: CurrencyForm = atom.data
    codes = form.codes
    if reader.lang and len(codes) > 1:
        codes = reader.lex.codes_in(atom.text, reader.lang) or codes  # "koruna" in Norwegian
    if len(codes) > 1:
        everyone = codes
        codes = current_codes(codes, reader.lex.in_use, reader.lex.tender_end)
        codes = _namesakes_told(reader, form, codes, atom.start)
        if everyone != codes and "USD" not in everyone and reader.hint is None:
            # "La France a versé 50 millions de francs": the named country's own withdrawn
            # franc, which the francs in use left out
            past, refused = withdrawn_named(reader, atom, everyone, codes)
            if past is not None or refused:
                return past
    if len(codes) == 1:
        return next(iter(codes))
    if reader.hint and reader.hint in codes:
        return reader.hint
    # the caller's territory or language
    if reader.territory and territory_currency(reader.territory) in codes:
        return territory_currency(reader.territory)
    if reader.lang and atom.is_name and reader.lang not in form.langs:
        own = own_language_currency(atom, form, codes)
        if own is not None:  # "kronor" in a Norwegian text: a Swedish word, SEK
            return _assumed(reader, own, "home-currency")
    home = reader.lex.home_currency.get(reader.lang) if reader.lang else None
    if reader.territory and home != territory_currency(reader.territory):
        home = None  # "£5" with lang="ar_AE": Arabic's home (EGP) is not the Emirates' money
    if home in codes:
        reader.assumptions.append("home-currency")
        return home
    own = own_language_currency(atom, form, codes)
    if own is not None:  # the word's own language: kronor is Swedish
        return _assumed(reader, own, "home-currency")
    named: frozenset[str] = frozenset()
    if "USD" not in codes:  # "$" and "dollars" stay USD in a text naming Canada
        code, named = named_currency(reader.text, atom.start, codes, reader.lex)
        start = reader.amount_start  # the number before a name ("10 million crowns")
        begin = start if start >= 0 and 0 <= atom.start - start < NEAR_NUMBER else atom.start
        if code is not None and passive_without_giver(
            reader.text, begin, codes, reader.lex, reader.lang
        ):  # "Egypt was given £5 million": the one country named receives
            _ambiguous(reader, atom, codes, named)
            return None
        if code is not None:  # "Norway will give 500 million kroner", "Rwanda … francs"
            return _assumed(reader, code, "country-context")
        owner = possessive_currency(reader.text, atom.start, codes, reader.lex) if named else None
        if owner is not None:  # "India's Rs 5 million aid to Nepal": the possessive's
            return _assumed(reader, owner, "country-possessive")
        giver = (
            subject_currency(reader.text, begin, codes, reader.lex, reader.lang) if named else None
        )
        if giver is not None:  # "Britain gave Egypt £5 million": the subject gives
            return _assumed(reader, giver, "country-subject")
        if named:  # countries of two candidates: "Norway and Denmark … kroner"
            # unless the language the whole text leads in has one of them as its home, as a
            # ``lang`` given would decide: a Swedish article's bare "kr" stays SEK when it later
            # names Norway's and Denmark's kroner, which write their own ("norska kronor")
            code = None
            if not reader.lang:
                code = text_home_currency(reader.text, form, codes, langs, reader.lex.home_currency)
            if code is not None:
                return _assumed(reader, code, "home-currency")
            _ambiguous(reader, atom, codes, named)
            return None
    # the language the amount's words agree on ("50 milioane de lei": RON), else the one home
    # currency among the languages writing the word ("francs": CHF, "rupees": INR)
    inferred = next(iter(langs)) if not reader.lang and langs and len(langs) == 1 else None
    home = reader.lex.home_currency.get(inferred) if inferred else None
    if home in codes:
        return _assumed(reader, home, "home-currency")
    if (
        atom.is_name
        and len(form.home) == 1
        and form.home <= codes
        and words_allow_home(
            reader.word_langs, form, next(iter(form.home)), reader.lex.home_currency
        )
    ):
        return _assumed(reader, next(iter(form.home)), "home-currency")
    if not reader.lang and not _lead_reads_default(reader.lex, atom, form, codes, langs):
        # the language the whole text leads in ("Stortinget vedtok … kroner")
        code = text_home_currency(reader.text, form, codes, langs, reader.lex.home_currency)
        if code is not None:
            return _assumed(reader, code, "home-currency")
    if (
        reader.territory
        and not atom.is_name
        and not codes & _DEFAULTS
        and codes not in SHARED_SYMBOL_DEFAULTS  # "C$" keeps its own default (CAD)
    ):
        # a shared sign outside the default order, no country named, and a regional locale:
        # the one candidate whose countries speak the locale's language ("50 SR" with
        # lang="ar_AE": the Saudi riyal, not the Seychelles rupee; CLDR's official languages
        # of the territories using each code)
        spoken = currency_languages()
        speaking = [code for code in codes if reader.lang in spoken.get(code, ())]
        if len(speaking) == 1:
            return _assumed(reader, speaking[0], "home-currency")
    for code in DEFAULT_PRIORITY:
        if code in codes and by_default(reader.lex, atom, form, code, reader.lang):
            reader.assumptions.append("dollar-usd" if code == "USD" else "default-currency")
            return code
    if not atom.is_name and codes in SHARED_SYMBOL_DEFAULTS:  # "C$ 500 million": CAD, said so
        return _assumed(reader, SHARED_SYMBOL_DEFAULTS[codes], "default-currency")
    _ambiguous(reader, atom, codes, named)
    return None


def withdrawn_named(
    reader: Any, atom: Atom, everyone: frozenset[str], current: frozenset[str]
) -> tuple[str | None, bool]:
    """Return (the withdrawn currency of the country the text names, refused): the
    candidates in use (``current``) leave out the withdrawn ones of the word (``everyone``);
    when the text names a country whose currency that word was (``context.named_currency``,
    by its past currencies: France FRF, Belgium BEF, Luxembourg LUF, Italy ITL, Austria ATS),
    that currency is read, recorded as ``country-context``, unless the year its sentence
    states nearest the amount is after its last year of legal tender (CLDR's territory
    history): then the word is refused naming it among the candidates (``(None, True)``).
    ``(None, False)`` when no named country's withdrawn currency is among the candidates.

    >>> from aidcalc import parse_amount
    >>> parse_amount("En 2001, la France a versé 50 millions de francs.").currency
    'FRF'
    >>> parse_amount("L'Italia ha dato 500 miliardi di lire.").currency
    'ITL'
    """
    dropped = everyone - current
    code, _named = named_currency(reader.text, atom.start, everyone, reader.lex)
    if code is None or code not in dropped:
        return None, False
    end = reader.lex.tender_end.get(code)
    year = sentence_year(reader.text, atom.start)
    if end is not None and year is not None and year > end:
        shown = ", ".join([code, *sorted(current)[:7]]) + (", …" if len(current) > 7 else "")
        reader.problems.append(
            (
                atom.start,
                f"{reader.text[atom.start : atom.end]!r} is ambiguous ({shown}): the country "
                f"named used {code} until {end}, but the text's date is {year}; pass "
                "currency_hint=",
            )
        )
        return None, True
    return _assumed(reader, code, "country-context"), False


# How far before a currency name its amount's number may start (characters), for the subject
# rule: the number and scale words between ("10 million", "2,5 Milliarden").
NEAR_NUMBER = 40


def by_default(
    lex: Any, atom: Atom, form: CurrencyForm, code: str, lang: str | None = None
) -> bool:
    """True when the default order may read this form as ``code``.

    The order (USD, EUR, GBP…) reads a bare sign (``$``, ``£``, ``¥``) and a name that means
    ``code`` among others in every language writing it (``dollars``, ``dólares``, ``pounds``,
    ``libras``). A name some language writes for other currencies only is not read by it:
    ``lire`` is the Italian lira in Danish, German, French, Dutch or Swedish text (``ITL``,
    withdrawn in 2002) and the pound only in Romanian, so it is never GBP by default; it is
    refused unless a hint, a language or a country tells which. The per-language meanings are
    CLDR's (``Lexicon.codes_in``); a language with no such entry tells nothing. With the
    caller's ``lang``, only that language counts (Romanian "lire" with ``lang="ro"``: GBP).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> lire, pounds = lex.name("lire"), lex.name("pounds")
    >>> by_default(lex, Atom(3, 0, 4, "lire", lire, is_name=True), lire, "GBP")
    False
    >>> by_default(lex, Atom(3, 0, 6, "pounds", pounds, is_name=True), pounds, "GBP")
    True
    """
    if not atom.is_name:
        return True
    key = (atom.text, id(form), code, lang)
    held = _BY_DEFAULT.get(key)
    if held is not None and held[0] is form and held[1] is lex:
        return held[2]
    languages = {lang} if lang else form.langs & CURATED_LANGUAGES
    found = True
    for language in languages:
        meant = lex.codes_in(atom.text, language)
        if meant and code not in meant:
            found = False
            break
    if len(_BY_DEFAULT) >= 4096:  # forms made while reading fill it: afresh
        _BY_DEFAULT.clear()
    _BY_DEFAULT[key] = (form, lex, found)
    return found


# {(name, id of its form, code, lang): (the form, the lexicon, ``by_default``)}: the answer
# depends on those and the lexicon's tables alone; the form and lexicon are kept to check that
# they are the ones asked about
_BY_DEFAULT: dict[tuple, tuple[CurrencyForm, Any, bool]] = {}


def is_spaced_prefix(raw: str) -> bool:
    """True for a dollar sign with a one-letter prefix written apart from it ("C $", "R $",
    "S $"): the space leaves room for another reading of the letter ("Option C $5 million").
    A prefix of two letters or more ("US $", "HK $") is a country's, spaced or not.

    >>> is_spaced_prefix("C $"), is_spaced_prefix("C$"), is_spaced_prefix("US $")
    (True, False, False)
    """
    if "$" not in raw or not any(ch.isspace() for ch in raw):
        return False
    return sum(ch.isalpha() for ch in raw) == 1


def candidates(atom: Atom) -> frozenset[str]:
    """Return every code a currency atom may mean (a coin word: none).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> sorted(candidates(Atom(3, 0, 1, "¥", lexicon().symbol("¥"))))
    ['CNY', 'JPY']
    """
    data = atom.data
    if isinstance(data, str):
        return frozenset({data})
    if is_scaled_code(data):
        return frozenset({data[0]})
    return data.codes if isinstance(data, CurrencyForm) else frozenset()


def agreed_codes(atoms: list[Atom]) -> frozenset[str] | None:
    """Return the codes every currency mark of one amount may mean together (None when fewer
    than two marks are written); empty when they name different currencies.

    "¥100 yuan" leaves CNY, "$1,190.00 AUD" AUD, "€5 million euros" EUR; "€100 USD",
    "$5 million EUR" and "£20 EUR" leave nothing: the amount is refused (docs/parsing.md,
    "Conflicting currency marks"), never read by its first mark.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> agreed_codes([Atom(3, 0, 1, "¥", lex.symbol("¥")), Atom(3, 5, 9, "yuan", lex.name("yuan"))])
    frozenset({'CNY'})
    >>> agreed_codes([Atom(3, 0, 1, "€", lex.symbol("€")), Atom(3, 5, 8, "USD", "USD")])
    frozenset()
    """
    if len(atoms) < 2:
        return None  # one mark or none (most amounts): no candidates to gather
    marks = [codes for codes in map(candidates, atoms) if codes]
    if len(marks) < 2:
        return None
    return frozenset.intersection(*marks)


def words_allow_home(
    langs: frozenset[str] | None, form: CurrencyForm, home: str, home_currency: dict[str, str]
) -> bool:
    """False when the amount's own words (``langs``: its scale word, currency name and
    qualifier, whatever ``lang`` is given) tell languages that write the currency word, none
    of which has ``home`` as its home currency: the word's one home among its languages is
    then another language's. "300 mil pesos" is Spanish (or
    Portuguese): the Philippine peso is Cebuano's home, and the Spanish peso is the money of
    many countries, so the word stays ambiguous, as "528 millions de francs" (French francs
    are the money of Switzerland and of twenty African countries, CHF only Romansh's home);
    "500 pesos" alone tells no language and keeps the one home (``home-currency``), and
    English words tell none either ("5 million lei": RON, Romanian's home, recorded).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> pesos = lex.name("pesos")
    >>> words_allow_home(frozenset({"es", "pt"}), pesos, "PHP", lex.home_currency)
    False
    >>> words_allow_home(pesos.langs, pesos, "PHP", lex.home_currency)
    True
    """
    told = (langs or frozenset()) & form.langs
    if not told or "en" in told:
        return True  # English, the news's common language, writes every country's money
    return any(home_currency.get(x) == home for x in told)


def text_home_currency(
    text: str,
    form: CurrencyForm,
    codes: frozenset[str],
    langs: frozenset[str] | None,
    home_currency: dict[str, str],
) -> str | None:
    """Return the one candidate that is the home currency of a language the text leads in.

    The text's words are scored per language (``language.leading_languages``); of the leading
    languages, those that write the word (``form.langs``) and that the amount's own words
    allow (``langs``, when they tell) must all have the same home currency, and it must be a
    candidate. A tie between Danish and Norwegian, or a word the leading language does not
    write, decides nothing: the word stays ambiguous. The text is scored only when one of the
    languages that may lead has its home currency among the candidates; otherwise no score
    could decide ("Dollar" in German: the euro is no dollar).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> word = lex.name("kroner")
    >>> text_home_currency("Stortinget vedtok 75 milliarder kroner etter debatten.", word,
    ...                    word.codes, None, lex.home_currency)
    'NOK'
    >>> text_home_currency("75 milliarder kroner", word, word.codes, None, lex.home_currency)
    """
    key = (id(form), codes, langs)
    held = _MAY_LEAD.get(key)
    if held is None or held[0] is not form or held[1] is not home_currency:
        allowed = form.langs & langs if langs else form.langs
        if not any(home_currency.get(lang) in codes for lang in allowed):
            allowed = None
        if len(_MAY_LEAD) >= 4096:  # forms made while reading fill it: afresh
            _MAY_LEAD.clear()
        held = _MAY_LEAD[key] = (form, home_currency, allowed)
    allowed = held[2]
    if allowed is None:
        return None  # whichever of them leads, its home currency is no candidate: no scoring
    leading = leading_languages(text) & allowed
    homes = {home_currency.get(lang) for lang in leading}
    return homes.pop() if len(homes) == 1 and homes <= codes else None


# {(id of a currency form, candidates, the amount's languages): (the form, the home currency
# table, the languages that may lead, or None when none of them has a candidate as its home
# currency)}: what ``text_home_currency`` finds before it reads the text, a pure function of
# its key; the form and the table are kept to check that the id is still the form's own
_MAY_LEAD: dict[tuple, tuple[CurrencyForm, dict, frozenset[str] | None]] = {}


def _lead_reads_default(
    lex: Any, atom: Atom, form: CurrencyForm, codes: frozenset[str], langs: frozenset[str] | None
) -> bool:
    """True when step 10b (``text_home_currency``, without ``lang``) cannot change the reading:
    the only home currency among the candidates of the languages that may lead is the default
    order's first code, USD, and that order reads this form as USD (``by_default``). Whatever
    the text leads in, the dollar is then USD, recorded as ``dollar-usd``: by 10b when English
    leads, by step 11 when another language (or none) does; so the text is not scored ("The
    U.S. has provided $61 billion": the text's scores were read for every such dollar).

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> lex = lexicon()
    >>> dollar = lex.symbol("$")
    >>> sign = Atom(2, 0, 1, "$", dollar)
    >>> codes = current_codes(dollar.codes, lex.in_use, lex.tender_end)
    >>> _lead_reads_default(lex, sign, dollar, codes, frozenset({"en"}))
    True
    >>> kroner = lex.name("kroner")
    >>> word = Atom(2, 0, 6, "kroner", kroner, is_name=True)
    >>> _lead_reads_default(lex, word, kroner, kroner.codes, None)
    False
    """
    if DEFAULT_PRIORITY[0] not in codes:
        return False
    home = lex.home_currency
    key = (id(form), codes, langs)
    held = _LEAD_HOMES.get(key)
    if held is None or held[0] is not form or held[1] is not home:
        allowed = form.langs & langs if langs else form.langs
        homes = frozenset(home.get(lang) for lang in allowed) & codes
        if len(_LEAD_HOMES) >= 4096:  # forms made while reading fill it: afresh
            _LEAD_HOMES.clear()
        held = _LEAD_HOMES[key] = (form, home, homes)
    return held[2] == {DEFAULT_PRIORITY[0]} and by_default(lex, atom, form, DEFAULT_PRIORITY[0])


# {(id of a currency form, candidates, the amount's languages): (the form, the home currency
# table, the candidates that are the home currency of a language that may lead)}, for
# ``_lead_reads_default``
_LEAD_HOMES: dict[tuple, tuple[CurrencyForm, dict, frozenset[str]]] = {}

_DEFAULTS = frozenset(DEFAULT_PRIORITY)


def _assumed(reader: Any, code: str, assumption: str) -> str:
    """Record the assumption a reading rests on (``dollar-usd`` for the US dollar); return code."""
    reader.assumptions.append("dollar-usd" if code == "USD" else assumption)
    return code


def _ambiguous(reader: Any, atom: Atom, codes: frozenset[str], named: frozenset[str]) -> None:
    """Record why a currency atom is ambiguous: its candidates, and the countries named."""
    shown = ", ".join(sorted(codes)[:8]) + (", …" if len(codes) > 8 else "")
    why = f"the text names countries of {', '.join(sorted(named))}; " if named else ""
    reader.problems.append(
        (
            atom.start,
            f"{reader.text[atom.start : atom.end]!r} is ambiguous "
            f"({shown}): {why}pass currency_hint= or lang=",
        )
    )


def own_language_currency(atom: Atom, form: CurrencyForm, codes: frozenset[str]) -> str | None:
    """Return the one candidate whose countries speak a language that writes this word.

    CLDR lists the official languages of each territory and the currency in use there
    (``cldr.currency_languages``); a word such as "kronor" is written (among the languages of
    the countries its candidates are the money of) only by Swedish, so it is SEK. "kroner"
    (Danish and Norwegian), "francs" (French is official where CHF, XOF, RWF… are in use) and
    "dollars" have no such single language. The one candidate must also be the home currency
    of a language writing the word (``CurrencyForm.home``): English is official in Cameroon,
    yet "CFA francs" is not English for the Central African franc alone. Names only: a symbol
    has no language.

    >>> from aidcalc.parsing.lexicon import lexicon
    >>> word = lexicon().name("kronor")
    >>> own_language_currency(Atom(3, 0, 6, "kronor", word, is_name=True), word, word.codes)
    'SEK'
    """
    if not atom.is_name:
        return None
    held = _OWN.get((id(form), codes))
    if held is not None and held[0] is form:
        return held[1]
    spoken = currency_languages()
    owners = {code for code in codes if spoken.get(code, frozenset()) & form.langs}
    found = owners.pop() if len(owners) == 1 and owners <= form.home else None
    if len(_OWN) >= 4096:  # forms made while reading fill it: afresh
        _OWN.clear()
    _OWN[(id(form), codes)] = (form, found)
    return found


# {(id of a currency form, candidates): (the form, ``own_language_currency``)}: the answer
# depends on the form and the candidates alone (CLDR's tables); the form is kept to check that
# the id is still its own
_OWN: dict[tuple[int, frozenset[str]], tuple[CurrencyForm, str | None]] = {}


# the languages aidcalc curates words for, and English
CURATED_LANGUAGES = frozenset(LANGUAGES) | {"en"}

# Codes that stopped being legal tender this many years before the latest of a word's
# candidates did never make the word ambiguous ("лева": BGN, not the lev of 1952).
WITHDRAWN_LONG_AGO = 10


def current_codes(codes: frozenset[str], in_use, tender_end: dict[str, int]) -> frozenset[str]:
    """Return the candidates a word means today: those in use, else the latest withdrawn.

    "kr" is no longer the Estonian kroon (EEK, 2011): SEK, NOK and DKK are in use. When none is
    in use (the Bulgarian lev, replaced by the euro in 2026), the codes withdrawn within
    ``WITHDRAWN_LONG_AGO`` years of the latest one stay: BGN, not BGL (1999) or BGM (1962).
    When only one is in use, it is not the word's meaning by itself: the withdrawn candidates
    it did not replace (``context.successors``, from CLDR's territory history) stay, and the
    text decides or the word is refused naming them. "markkaa" is the Finnish markka, the
    German mark or the Bosnian mark (BAM, FIM, DEM, DDM); "korunas" is CZK or the Slovak
    koruna (SKK), never the Czechoslovak one (CSK), which CZK replaced; "lei" keeps RON and MDL,
    two in use, so ROL is dropped as before.

    >>> sorted(current_codes(frozenset({"BGN", "BGL", "BGM"}), set(), {"BGN": 2026, "BGL": 1999}))
    ['BGN']
    >>> sorted(current_codes(frozenset({"BAM", "FIM"}), {"BAM"}, {"FIM": 2002}))
    ['BAM', 'FIM']
    >>> sorted(current_codes(frozenset({"CZK", "CSK"}), {"CZK"}, {"CSK": 1993}))
    ['CZK']
    """
    held = _CURRENT.get(codes)
    if held is not None and held[0] is in_use and held[1] is tender_end:
        return held[2]
    found = _current_codes(codes, in_use, tender_end)
    if len(_CURRENT) < 4096:
        _CURRENT[codes] = (in_use, tender_end, found)
    return found


# {candidates: (in_use, tender_end, current_codes)}: the lexicon's tables, kept to check that
# an answer was found with the same ones
_CURRENT: dict[frozenset[str], tuple[object, dict, frozenset[str]]] = {}


def _current_codes(codes: frozenset[str], in_use, tender_end: dict[str, int]) -> frozenset[str]:
    current = codes & in_use
    if len(current) == 1:
        # one currency in use does not stand for withdrawn namesakes it did not replace:
        # "markkaa" is no BAM, "escudos" no CVE, unless the text says which
        replaced = successors()
        return current | frozenset(
            code
            for code in codes - in_use
            if code in tender_end and not replaced.get(code, frozenset()) & current
        )
    if current:
        return current
    latest = max(tender_end.get(code, 0) for code in codes)
    return frozenset(c for c in codes if tender_end.get(c, 0) >= latest - WITHDRAWN_LONG_AGO)


def _namesakes_told(
    reader: Any, form: CurrencyForm, codes: frozenset[str], position: int = -1
) -> frozenset[str]:
    """Return ``codes`` without the withdrawn namesakes of the one candidate in use that no
    language writing the word was spoken with (``withdrawn-namesake``, said so).

    Korean "콜론" names the Costa Rican colón (CRC, in use) and the Salvadoran one (SVC,
    withdrawn in 2001), but Korean was never spoken where the SVC was money: CRC, assumed. A
    word that a language of the withdrawn currency's countries writes ("Mark": German, DEM;
    "markkaa": Finnish, FIM; "escudos": Portuguese, PTE; "colones": Spanish, SVC) keeps them:
    the text (a hint, a country named) decides, or the word is refused naming them. The
    caller's ``lang`` counts as a language writing the word ("marks" with ``lang="de"``), and
    a country the text names that used one of them keeps them ("Finland paid 5 million marks
    in 1995": FIM). A hint naming a withdrawn candidate keeps it.
    """
    in_use = reader.lex.in_use
    held = _IN_USE_SPLIT.get(codes)
    if held is None or held[0] is not in_use:
        held = (in_use, codes & in_use, codes - in_use)
        if len(_IN_USE_SPLIT) >= 4096:  # sets made while reading fill it: afresh
            _IN_USE_SPLIT.clear()
        _IN_USE_SPLIT[codes] = held
    _, current, past = held
    if len(current) != 1 or not past or reader.hint in past:
        return codes
    writers = form.langs | {reader.lang} if reader.lang else form.langs
    if writers & frozenset().union(*(withdrawn_languages().get(c, ()) for c in past)):
        return codes
    if position >= 0 and named_currency(reader.text, position, past, reader.lex)[1]:
        return codes  # "Finland paid 5 million marks in 1995": the country keeps its FIM
    reader.assumptions.append("withdrawn-namesake")
    return current


# {candidates: (the lexicon's codes in use, those of the candidates in use, the others)}: a
# pure function of the candidates and the lexicon's table, which is kept to check that the
# split was made with the same one (``_namesakes_told`` runs for every weighed currency word)
_IN_USE_SPLIT: dict[frozenset[str], tuple[object, frozenset[str], frozenset[str]]] = {}


def local_currency(reader: Any) -> str:
    """The currency of coins and "grand": the hint's, the territory's, else the language's home
    currency, recorded as the assumption ``home-currency`` (the text itself names none)."""
    if reader.hint:
        return reader.hint
    if reader.territory and territory_currency(reader.territory):
        return territory_currency(reader.territory)
    reader.assumptions.append("home-currency")  # "5 grand": the text names no currency
    return reader.lex.home_currency.get(reader.lang or "en", "USD")


def is_scaled_code(data: object) -> bool:
    """True for the ``(code, exponent)`` of a token such as ``MUSD``."""
    return type(data) is tuple and isinstance(data[0], str)
