"""The donor's currency: a dollar sign the parser had to guess is the donor's dollar.

A bare ``$`` is shared by many currencies. When the parser read one as the US dollar only by
assumption (its ``assumptions`` hold ``home-currency``, ``dollar-usd`` or
``default-currency``; "US$", "$US" and "USD" are no assumption) and the row's donor is a
country whose own currency is another dollar (CLDR's territory currency: Canada ``CAD``,
Australia ``AUD``, New Zealand ``NZD``, …), the amount is that country's dollar. The change is
never silent: the row's ``evidence`` says which currency was assumed and why. The word
"dollars" is left as the parser read it: outside the donor's own press ("500 мільйонів
доларів" from Canada in a Ukrainian outlet) it usually is the US dollar. Kroner, kronor
and krone follow the words and the country of the sentence as the parser reads them without a
language (``home-currency`` of the words' language, else ``country-context``): when the text's
language was only guessed and the parser read a crown as the guessed language's own, the
sentence's own reading stands (``crown_of_sentence``).

>>> from decimal import Decimal
>>> from aidcalc.amount import Amount
>>> amount, note = donor_currency(Amount(Decimal(5e7), "USD"), ("dollar-usd",), "CAN", "$50m")
>>> str(amount), note
('CAD 50000000', 'a dollar amount read as CAD, the currency of the donor CAN')
>>> donor_currency(Amount(Decimal(5e7), "USD"), ("dollar-usd",), "CAN", "50 mln dollars")[1]
>>> donor_currency(Amount(Decimal(5e7), "USD"), (), "CAN", "US$50m")[1] is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..amount import Amount
from ..words.currency import CROWNS

# The parser's marks of a currency it assumed rather than read (aidcalc.parsing.explain).
GUESSED = frozenset({"home-currency", "dollar-usd", "default-currency"})


def donor_currency(
    amount: Amount, assumptions: Sequence[str], donor: str | None, written: str
) -> tuple[Amount, str | None]:
    """Return ``amount`` in the donor's dollar when its US dollar was a guess from a ``$``
    sign in ``written`` (the mention's text), with the note for ``evidence`` (None when
    nothing changed)."""
    guessed = GUESSED & set(assumptions) and "$" in written
    if amount.currency != "USD" or donor is None or not guessed:
        return amount, None
    own = _dollars().get(donor)
    if own is None:
        return amount, None
    note = f"a dollar amount read as {own}, the currency of the donor {donor}"
    return replace(amount, currency=own), note


# The donor rules that find the giver in the amount's own sentence (``donor_from``): its
# subject, a list item's label, an agent, an institution, a possessive or an adjective.
OWN_GIVER = frozenset(
    {"subject", "list", "agent", "institution", "possessive", "adjective", "genitive", "nearest"}
)
# The parser's marks of a shared name read by a country the text names, by the subject its word
# order suggests ("Für den Irak sagte Kuwait …": a verb-second clause puts the giver after the
# verb), or by the default order.
BY_CONTEXT = frozenset({"country-context", "country-subject", "default-currency"})


def giver_currency(
    amount: Amount,
    assumptions: Sequence[str],
    giver: tuple[str | None, str | None],
    recipient: str | None,
    written: str,
) -> tuple[Amount, str | None]:
    """Return ``amount`` in the currency of its giver (``giver``: the row's donor and its
    ``donor_from``) when the parser read a currency name shared by several countries ("Pfund",
    "funti", "livres", "kroner", "francs", "dinars") by a country the text names, by the
    parser's guess at the subject or by the default order (``country-context``,
    ``country-subject``, ``default-currency``), the giver's own currency (CLDR)
    is one the name can mean (``written``, the mention, read again with it as the hint) and it
    differs; with the note for ``evidence`` (None when nothing changed).

    The order: a giver found in the amount's own sentence (``OWN_GIVER``: its subject, an
    agent, a list label) decides first, for the text's other countries may be recipients or
    places ("Für den Sudan stellt Berlin 40 Millionen Euro bereit. Großbritannien will der
    Ukraine jährlich 3 Mrd. Pfund geben": GBP, not the Sudanese pound of the sentence before);
    a giver carried from an earlier sentence decides only over the currency of the row's own
    recipient ("… 5 millions de livres pour le Liban" after "Le Royaume-Uni annonce …": GBP);
    else the parser's reading stands, and a recipient's currency is read only when no giver's
    is. A currency written with its own country ("ägyptische Pfund") is never a guess.

    >>> from decimal import Decimal
    >>> sdg = Amount(Decimal(3e9), "SDG")
    >>> amount, note = giver_currency(
    ...     sdg, ("country-context",), ("GBR", "subject"), "UKR", "3 Mrd. Pfund")
    >>> str(amount), note[-29:]
    ('GBP 3000000000', 'the currency of the giver GBR')
    >>> carried = ("GBR", "earlier sentence")
    >>> giver_currency(sdg, ("country-context",), carried, "UKR", "3 Mrd. Pfund")[1]
    """
    donor, donor_from = giver
    own = own_currency(donor)
    if own is None or own == amount.currency or not BY_CONTEXT & set(assumptions):
        return amount, None
    if donor_from not in OWN_GIVER and own_currency(recipient) != amount.currency:
        return amount, None
    from ..parsing import parse_amount

    try:
        read = parse_amount(written, currency_hint=own)
    except ValueError:  # ParseError included
        return amount, None
    if read.currency != own:  # the name cannot mean the giver's currency ("Euro", "dollars")
        return amount, None
    note = (
        f"a currency name several countries share read as {own}, the currency of the giver {donor}"
    )
    return replace(amount, currency=own), note


def crown_of_sentence(
    sentence: str, where: tuple[int, int], amount: Amount, assumptions: Sequence[str]
) -> tuple[Amount, tuple[str, ...], str | None]:
    """Return ``amount`` with the crown the parser reads at ``where`` in ``sentence`` without a
    language, its assumptions and the note for ``evidence``, when ``amount`` is a crown
    (``words.currency.CROWNS``) read as a guessed language's own (``home-currency``) and that
    reading differs; else ``amount``, ``assumptions`` and None. "Norge har så langt gitt
    Ukraina 30 milliarder kroner" reads Swedish by its "har" and SEK by that guess; its own
    words ("milliarder kroner": Danish or Norwegian) and its country read NOK.

    >>> from decimal import Decimal
    >>> text = "Norge har så langt gitt Ukraina 30 milliarder kroner."
    >>> guessed = Amount(Decimal(3e10), "SEK")
    >>> amount, codes, note = crown_of_sentence(text, (32, 52), guessed, ("home-currency",))
    >>> str(amount), codes
    ('NOK 30000000000', ('country-context',))
    """
    if amount.currency not in CROWNS or "home-currency" not in assumptions:
        return amount, tuple(assumptions), None
    from ..parsing import extract_amounts

    for mention in extract_amounts(sentence):
        if (mention.start, mention.end) != where:
            continue
        own = mention.amount.currency
        if own == amount.currency or own not in CROWNS:
            break
        note = f"a crown amount read as {own}, as the sentence's words and country say"
        return replace(amount, currency=own), mention.assumptions, note
    return amount, tuple(assumptions), None


@lru_cache(maxsize=1)
def _dollars() -> dict[str, str]:
    """Return {alpha-3: its dollar} for the countries whose current currency (CLDR,
    ``_own_currencies``) is a dollar other than the US dollar."""
    from babel.numbers import get_currency_name

    return {
        alpha3: own
        for alpha3, own in _own_currencies().items()
        if own != "USD" and "dollar" in get_currency_name(own, locale="en").casefold()
    }


def withdrawn_before(code: str, value_date: str | None, year: int | None = None) -> str | None:
    """The reason a row in ``code`` dated ``value_date`` cannot stand, when ``code`` was
    withdrawn before that date's year (its last year of legal tender, CLDR's territory history
    through ``Lexicon.tender_end``), else None. The date is the one the sentence states, else
    the text's publication date: "La France a versé 50 millions de francs", published in 2025
    and stating no year, reads FRF by the country named, a currency gone since 2002; the row
    is rejected with this reason rather than counted as a pledge of 2025 (issue 12, item 2).
    ``year``, the year written nearest the amount in its sentence (``parsing.context.
    sentence_year``), when the currency was still money then, keeps the row ("1995 … 50
    Millionen DM": the row's date may have missed it, the currency is right).

    >>> withdrawn_before("FRF", "2025-03-01")
    'FRF was legal tender until 2002, the row dated 2025-03-01 rejected'
    >>> withdrawn_before("FRF", "1999"), withdrawn_before("EUR", "2025-03-01")
    (None, None)
    >>> withdrawn_before("DEM", "2025-03-01", 1995) is None
    True
    """
    from ..parsing.lexicon import lexicon

    end = lexicon().tender_end.get(code)
    if end is None or not value_date or not value_date[:4].isdigit():
        return None
    if year is not None and year <= end:
        return None
    if int(value_date[:4]) <= end:
        return None
    return f"{code} was legal tender until {end}, the row dated {value_date} rejected"


@lru_cache(maxsize=1)
def _own_currencies() -> dict[str, str]:
    """Return {alpha-3: its current currency} (CLDR's territory currencies)."""
    from babel.numbers import get_territory_currencies

    from ..countries import alpha2_to_alpha3

    found = {}
    for alpha2, alpha3 in alpha2_to_alpha3().items():
        try:
            currencies = get_territory_currencies(alpha2, date(2024, 1, 1))
        except Exception:  # noqa: BLE001 - a territory babel does not know
            continue
        if currencies:
            found[alpha3] = currencies[0]
    return found


def own_currency(country: str | None) -> str | None:
    """Return the current currency of ``country`` (ISO 3166 alpha-3; CLDR's territory
    currency), or None.

    >>> own_currency("UKR"), own_currency("EU")
    ('UAH', None)
    """
    return _own_currencies().get(country) if country else None


def currency_name_end(sentence: str, end: int, currency: str, lang: str | None) -> int:
    """Return where the name of an amount's currency ends when a country's short form or
    demonym right after the amount (only spaces or a hyphen between) is that currency's
    country (never the euro's): "28 millions de
    dollars américains", "28 milioni di dollari USA" (the parser's mention ends before it);
    else ``end``.

    >>> text = "environ 28 millions de dollars américains."
    >>> currency_name_end(text, 30, "USD", "fr")
    41
    """
    from .places import find_places

    match = re.match(r"[\s-]{1,2}", sentence[end:])
    if match is None:
        return end
    after = end + match.end()
    places = find_places(sentence[after : after + 40], lang)
    if (
        places
        and places[0].start == 0
        and places[0].kind in ("short", "demonym")  # "USA", "américains"; not "€2bn France
        # announced": the euro is many countries' and a name after it is a clause's subject
        and currency != "EUR"
        and own_currency(places[0].code) == currency
    ):
        return after + places[0].end
    return end


# A refusal of a shared sign or name the whole text leaves split ("'£' is ambiguous (…): the
# text names countries of GBP, SDG; …", ``parsing.explain``): the codes of the countries named
_SPLIT_RE = re.compile(
    r"is ambiguous \(.*?\): the text names countries of ([A-Z]{3}(?:, [A-Z]{3})*)"
)
HEAD_LINES = 4  # lines of a text's head at most: an issuer's line, a dateline, a headline


def issuer_readings(
    text: str, mentions: list, refused: list | None, lang: str | None
) -> tuple[list, dict[int, str]]:
    """Return ``mentions`` with the amounts the parser refused as split between the countries a
    text names read in the currency of the text's issuer, and {start: note for ``evidence``}.

    A press release or article headed by its giver ("UK announces new support package for
    Ukraine") that later names a recipient sharing the currency's sign or name (Sudan: "£") is
    still the giver's money where no sentence says otherwise: the parser, reading each amount
    alone, refuses "£120 million" as GBP or SDG. The issuer is the one country of those the
    refusal names that the text's head names with a verb of giving or announcing after it
    (``words.VERB``): the lines before the first amount, ``HEAD_LINES`` at most. A head naming
    two of them, or none, or naming one without such a verb ("Sudan crisis deepens") decides
    nothing, and the refusal stands. A re-read amount records ``donor-currency``. ``refused``
    loses the refusals re-read.

    >>> from aidcalc.parsing import extract_amounts
    >>> text = "UK announces aid\\n\\nThe minister announced £5m. Sudan gets £15m for food aid."
    >>> refused = []
    >>> mentions = extract_amounts(text, refused=refused)
    >>> read, notes = issuer_readings(text, mentions, refused, "en")
    >>> [(str(m.amount), m.assumptions) for m in read][:1], refused
    ([('GBP 5000000', ('donor-currency',))], [])
    """
    if not refused:
        return mentions, {}
    split = {
        r.start: set(found[1].split(", ")) for r in refused if (found := _SPLIT_RE.search(r.reason))
    }
    if not split:
        return mentions, {}
    first = min([m.start for m in mentions] + [r.start for r in refused])
    head = "\n".join(line for line in text[:first].splitlines() if line.strip()).splitlines()[
        :HEAD_LINES
    ]
    issuer = _issuer(head, lang, set().union(*split.values()))
    if issuer is None:
        return mentions, {}
    code, country = issuer
    from ..parsing import extract_amounts

    hinted = {m.start: m for m in extract_amounts(text, lang=lang, currency_hint=code)}
    notes: dict[int, str] = {}
    added = []
    for start, codes in split.items():
        mention = hinted.get(start)
        if code not in codes or mention is None or mention.amount.currency != code:
            continue
        added.append(replace(mention, assumptions=(*mention.assumptions, "donor-currency")))
        notes[start] = (
            f"a currency sign or name the text's countries share read as {code}, the currency of"
            f" {country}, the giver its head names"
        )
    if not added:
        return mentions, {}
    refused[:] = [r for r in refused if r.start not in notes]
    return sorted([*mentions, *added], key=lambda m: m.start), notes


def _issuer(head: list[str], lang: str | None, codes: set[str]) -> tuple[str, str] | None:
    """(currency, alpha-3) of the one country of ``codes`` the lines of ``head`` name as giver:
    a verb of giving or announcing after it in its line (see ``issuer_readings``)."""
    from ..places import find_places
    from ..words import VERB
    from .cues import find_cues

    named: dict[str, str] = {}  # a country of ``codes`` named in the head: its currency
    givers: set[str] = set()
    for line in head:
        cues = [c for c in find_cues(line, lang, VERB) if c.kind == "give"]
        for place in find_places(line, lang):
            own = own_currency(place.code)
            if place.kind == "demonym" or own not in codes:
                continue
            named[place.code] = own
            if any(c.start >= place.end for c in cues):
                givers.add(place.code)
    if len(named) != 1 or len(givers) != 1:
        return None
    country = givers.pop()
    return named[country], country
