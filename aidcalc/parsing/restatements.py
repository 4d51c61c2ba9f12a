"""Restatements: "10 million euros ($11 million)" states one amount twice, in two currencies.

A mention restates the one before it when only a bracket, a comma or a link word
(``words.RESTATEMENT_LINKS``: "i.e.", "umgerechnet", "тобто"; a comma after it changes nothing,
and so does a qualifier after it, "ovvero circa", "eli noin"; with no comma, one noun of aid of
``words.AID_NOUNS`` may stand before it: "1 miljardin euron paketin eli noin …")
stands between them and its currency differs (a bracket after another bracket has closed
holds the next item's own amount: "Norway (NOK 7.5bn), Sweden (SEK 3bn)"), or, when it starts
with a qualifier, only a comma, a dash or an "or" word (``words.LIST_OR``): "C$500 million,
about US$365 million",
"€10 million – roughly $11 million –", "$100 million, or about US$65 million" (a bare dollar
read as USD by default and a written US dollar differ too); a chain ("CHF 100 million ($112
million), i.e. roughly €90 million") points back to the first. The two values must also be a
plausible conversion (``rates.plausible_restatement``: within the range of rates the shipped
data spans for the pair, widened threefold): "NOK 1.25 million, roughly $115m" links nothing.

>>> from aidcalc.parsing import extract_amounts
>>> [m.equivalent_of for m in extract_amounts("CHF 100 million ($112 million), i.e. €90 million")]
[None, 0, 0]
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import compress, count
from operator import attrgetter

from ..amount import Amount
from ..words import (
    AID_NOUNS,
    FACTOR_WORDS,
    LIST_AND,
    LIST_OR,
    PREVIOUS_VALUE_CUES,
    RATE_PHRASES,
    RESTATEMENT_LINKS,
)
from .atoms import CUR, FILLER, JOIN, LPAREN, OPEN, OTHER, PUNCT, QUAL, RPAREN, WORDS, Atom
from .rates import plausible_restatement, thousandfold_restatement

MAX_GAP_ATOMS = 6
# "or about", "oder etwa", "ou environ", "lub około"; not Dutch "of", an English word of another
# kind ("€5 million of about $6 million sought")
_OR_WORDS = [[word] for word in LIST_OR if word != "of"]
DASHES = (
    "–",
    "—",
)  # a dash opens an aside as a bracket does: "€10 million – roughly $11 million –"
_CUT_TEXTS = frozenset({",", *DASHES})  # a comma or a dash: where an aside is cut
_TEXT_OF = attrgetter("text")  # an atom's text
# The nouns of aid of every language (``words.AID_NOUNS``, folded; "*" ends a prefix): the one
# word that may stand between an amount and its link word with no comma, the noun the amount
# sizes ("1 miljardin euron paketin eli noin 1,1 miljardia dollaria")
_AID_NOUN_SPECS = [word.casefold() for spec in AID_NOUNS.values() for word in spec.split()]
_AID_NOUNS = frozenset(word for word in _AID_NOUN_SPECS if not word.endswith("*"))
_AID_NOUN_STEMS = tuple(sorted(word[:-1] for word in _AID_NOUN_SPECS if word.endswith("*")))


OFF_RATE_ASSUMPTION = "restatement-off-rate"


def link_restatements(
    atoms: list[Atom],
    found: list,
    spans: list[tuple[int, int]],
    problems: list | None = None,
    text: str | None = None,
) -> list:
    """Mark each mention that restates the one before it in another currency.

    A mention written as a restatement at a rate no shipped data spans, but not a thousandfold
    off, is linked and records ``restatement-off-rate`` ("SEK 1bn (€880m)": a slip in the
    text). A mention written as a restatement of the one before whose value is off by a factor of a
    thousand or a million from any plausible rate (``rates.thousandfold_restatement``), or,
    in the same currency, from the amount itself (``same_currency_thousandfold``: "€5
    million (€5 billion)"), is dropped with the one it restates, and, when ``problems`` is
    given, the reasons are appended to it: one of the two read a scale word wrong, and
    returning them would give a silent wrong value. ``text`` is the text the atoms' offsets
    point into, as written (its case tells "the US" from "us": ``is_restatement``).
    """
    told: dict[tuple[int, int], bool] = {}  # ``_restates`` per gap, asked by both steps
    found, spans = _drop_thousandfold(atoms, found, spans, problems, told, text)
    linked: list = []
    for index, mention in enumerate(found):
        if index:
            before = linked[index - 1]
            # "CHF 100 million ($112 million), i.e. roughly €90 million": both restate CHF
            root = before.equivalent_of if before.equivalent_of is not None else index - 1
            currencies = {before.amount.currency, linked[root].amount.currency}
            if _differs(mention, before, currencies) and _restates(atoms, spans, index, told, text):
                if plausible_restatement(linked[root].amount, mention.amount):
                    mention = replace(mention, equivalent_of=root)
                else:
                    # "SEK 1bn (€880m)": written as a restatement, at a rate no shipped data
                    # spans (a slip in the text); linked, so that a total counts it once, and
                    # the doubt said (unlinked, it was a second amount given, silently)
                    assumed = (*mention.assumptions, OFF_RATE_ASSUMPTION)
                    mention = replace(mention, equivalent_of=root, assumptions=assumed)
        linked.append(mention)
    return _pair_lists(atoms, linked, spans)


def thousandfold_problems(
    atoms: list[Atom], found: list, spans: list[tuple[int, int]], text: str | None = None
) -> list[tuple[int, str]]:
    """The reasons (offset, message) ``link_restatements`` records for ``found``: those of the
    pairs a thousandfold apart (``_drop_thousandfold``), its only reasons, without linking the
    rest (``parsing.bracketed`` needs the reasons alone)."""
    problems: list[tuple[int, str]] = []
    _drop_thousandfold(atoms, found, spans, problems, {}, text)
    return problems


def _restates(
    atoms: list[Atom], spans: list, index: int, told: dict, text: str | None = None
) -> bool:
    """``is_restatement`` of the gap before mention ``index``, remembered in ``told`` by the
    gap's atoms (the thousandfold check and the linking ask about the same gaps)."""
    gap = (spans[index - 1][1], spans[index][0])
    found = told.get(gap)
    if found is None:
        qualified = atoms[gap[1]].kind == QUAL
        found = told[gap] = is_restatement(atoms, *gap, qualified, text) or restates_aside(
            atoms, *gap, spans[index][1], qualified
        )
    return found


def _drop_thousandfold(
    atoms: list[Atom],
    found: list,
    spans: list,
    problems: list | None,
    told: dict,
    text: str | None = None,
):
    """``found`` and ``spans`` without the pairs whose restatement is off by a thousandfold
    (see ``link_restatements``): the text does not say which of the two read its scale wrong,
    so both are left out, each with its reason in ``problems``."""
    pairs = [
        index
        for index in range(1, len(found))
        if (
            _restates(atoms, spans, index, told, text)
            and thousandfold_restatement(found[index - 1].amount, found[index].amount)
            if found[index].amount.currency != found[index - 1].amount.currency
            # in one currency the values are compared first: two amounts a thousandfold
            # apart are rare, and the gap between them (which the linking below does not ask
            # about for a pair in one currency) is then read only for them
            else same_currency_thousandfold(found[index - 1].amount, found[index].amount)
            and _fills_aside(atoms, spans[index - 1][1], spans[index])
            and _restates(atoms, spans, index, told, text)
        )
    ]
    if not pairs:
        return found, spans
    dropped: set[int] = set()
    for index in pairs:
        amount, restated = found[index - 1].amount, found[index].amount
        for one in (index - 1, index):
            dropped.add(one)
            if problems is not None:
                first, after = spans[one]
                marks = [a.start for a in atoms[first:after] if a.kind == CUR]
                reason = (
                    f"{amount} and its restatement {restated} are a thousandfold apart "
                    "at any plausible rate: one read its scale wrong, both refused"
                    if amount.currency != restated.currency
                    else f"{amount} and its restatement {restated} in the same currency are a "
                    "thousandfold apart: the text has one scale wrong, both refused"
                )
                problems.append((marks[0] if marks else atoms[first].start, reason))
    kept = [i for i in range(len(found)) if i not in dropped]
    return [found[i] for i in kept], [spans[i] for i in kept]


SAME_CURRENCY_SLACK = Decimal("1.2")  # a restatement in its own currency rounds, no more


def same_currency_thousandfold(amount: Amount, restated: Amount) -> bool:
    """True when ``restated``, in the currency of ``amount``, is it a thousand or a million
    times smaller or larger, within ``SAME_CURRENCY_SLACK`` of rounding: "€5 million (€5
    billion)" restates one amount with one scale word wrong, a correction or a typo of the
    source, and the text does not say which is right.

    >>> from decimal import Decimal as D
    >>> from aidcalc.amount import Amount
    >>> same_currency_thousandfold(Amount(D(5000000), "EUR"), Amount(D(5000000000), "EUR"))
    True
    >>> same_currency_thousandfold(Amount(D(5000000), "EUR"), Amount(D(2000000), "EUR"))
    False
    """
    if amount.value <= 0 or restated.value <= 0:
        return False
    ratio = restated.value / amount.value
    return any(
        1 / SAME_CURRENCY_SLACK <= ratio.scaleb(-power) <= SAME_CURRENCY_SLACK
        for power in (-6, -3, 3, 6)
    )


def _fills_aside(atoms: list[Atom], gap_first: int, span: tuple[int, int]) -> bool:
    """True when the second amount of a same-currency pair is all its aside holds: a bracket
    opened in the gap closes right after it ("€5 million (€5 billion)"; not "€5 billion (€5
    million for demining)", a part of the whole)."""
    opened = any(a.kind == LPAREN for a in atoms[gap_first : span[0]])
    return not opened or (span[1] < len(atoms) and atoms[span[1]].kind == RPAREN)


def _pair_lists(atoms: list[Atom], linked: list, spans: list[tuple[int, int]]) -> list:
    """Restate a list by a list, item by item: "€500 million in 2024 and €300 million in
    2025, or $540 million and $324 million" links $540 million to the first euro amount and
    $324 million to the second (a list's restatement was linked to its last item, and the
    items after it counted as new amounts).

    A restatement that starts a run of amounts of its currency joined by list words only
    (",", "and", "und", "i"…) is paired with the same number of amounts before it, of one
    currency and each joined to the next by a gap holding a list word, each pair at a rate no
    shipped data spans recording ``restatement-off-rate``; runs of unequal length keep the
    single link.
    """
    for index, mention in enumerate(linked):
        if mention.equivalent_of is None or mention.equivalent_of != index - 1:
            continue
        after = [index]
        while (
            after[-1] + 1 < len(linked)
            and linked[after[-1] + 1].equivalent_of is None
            and linked[after[-1] + 1].amount.currency == mention.amount.currency
            and _joined(atoms, spans[after[-1]][1], spans[after[-1] + 1][0], strict=True)
        ):
            after.append(after[-1] + 1)
        if len(after) < 2:
            continue
        before = [index - 1]
        currency = linked[index - 1].amount.currency
        while (
            len(before) < len(after)
            and before[0] > 0
            and linked[before[0] - 1].equivalent_of is None
            and linked[before[0] - 1].amount.currency == currency
            and _joined(atoms, spans[before[0] - 1][1], spans[before[0]][0], strict=False)
        ):
            before.insert(0, before[0] - 1)
        if len(before) != len(after) or (
            before[0] > 0
            and _joined(atoms, spans[before[0] - 1][1], spans[before[0]][0], strict=False)
        ):
            continue  # a longer list before: which items are restated is not told
        pairs = list(zip(before, after, strict=True))
        for source, restating in pairs:
            # item by item, as written; a pair at a rate no shipped data spans says so (the
            # first link, made to the last item before, is taken back: "or $54m and $324m"
            # after "€500m … and €300m …" restates €500m by $54m, off the rates)
            assumed = tuple(
                code for code in linked[restating].assumptions if code != OFF_RATE_ASSUMPTION
            )
            if not plausible_restatement(linked[source].amount, linked[restating].amount):
                assumed = (*assumed, OFF_RATE_ASSUMPTION)
            linked[restating] = replace(
                linked[restating], equivalent_of=source, assumptions=assumed
            )
    return linked


def _joined(atoms: list[Atom], gap_first: int, gap_after: int, strict: bool) -> bool:
    """True when the atoms between two amounts join them as list items: only a comma or a
    list word (``strict``), or, in the listed amounts, at most ``MAX_GAP_ATOMS`` atoms holding
    one ("in 2024 and")."""
    if gap_after - gap_first > MAX_GAP_ATOMS or gap_after <= gap_first:
        return False
    texts = [a.text for a in atoms[gap_first:gap_after]]
    if strict:
        return all(t == "," or t in LIST_AND for t in texts)
    return any(t == "," or t in LIST_AND for t in texts)


def _differs(mention, before, currencies: set[str]) -> bool:
    """True when ``mention`` is in another currency than the amount it may restate, or when
    the one before is a bare dollar read as USD by default (``dollar-usd``) and this one writes
    its code: "Australia will give $100 million, or about US$65 million" restates the local
    dollar in US dollars."""
    if mention.amount.currency not in currencies:
        return True
    return (
        mention.amount.currency == "USD"
        and "dollar-usd" in before.assumptions
        and "dollar-usd" not in mention.assumptions
    )


def is_restatement(
    atoms: list[Atom],
    gap_first: int,
    gap_after: int,
    qualified: bool = False,
    text: str | None = None,
) -> bool:
    """True when the atoms between two mentions make the second a restatement.

    A comma after the link word changes nothing ("es decir, 3,3 millones"); a lone comma
    links a second amount that starts with a qualifier ("C$500 million, about US$365
    million"). A bracket right after a country named in a comparison holds that country's
    own amount (``_compared_country``: "€8bn, nearly double the US ($5bn)"); ``text``, the
    text as written that the atoms' offsets point into, lets that be seen.
    """
    if (
        gap_after - gap_first > MAX_GAP_ATOMS
        and _gap_words(atoms, gap_first, gap_after, MAX_GAP_ATOMS) > MAX_GAP_ATOMS
    ):
        return False
    gap = atoms[gap_first:gap_after]
    if len(gap) > 1 and gap[-1].text == "," and gap[-2].text not in (",", "(", ")"):
        gap = gap[:-1]  # "es decir, 3,3 millones": the comma after the link
    texts = [a.text for a in gap]
    if qualified and (texts in ([","], *([d] for d in DASHES)) or texts[-1:] in _OR_WORDS):
        return True  # "€10 million – roughly $11 million", "$100 million, or about US$65 million"
    # what follows the last "(" or "," must be a link ("i.e.", "umgerechnet") or nothing
    # after "(": "€400 million for air defence (about $430 million)"
    cut = max(
        (i for i, a in enumerate(gap) if a.kind == LPAREN or a.text == "," or a.text in DASHES),
        default=-1,
    )
    kept = [a for a in gap[cut + 1 :] if a.kind not in (PUNCT, LPAREN, RPAREN)]
    while kept and kept[-1].kind == QUAL and len(kept) > 1:
        kept.pop()  # a qualifier after the link that the amount did not take ("ovvero circa")
    tail = [a.text.replace(" .", "") for a in kept]
    if cut >= 0 and gap[cut].kind == LPAREN and not tail:
        return not _names_another(gap[:cut]) and not _compared_country(text, gap[:cut])
    if cut < 0 and len(tail) > 1 and is_aid_noun(tail[0]):
        tail = tail[1:]  # "1 miljardin euron paketin eli …": the noun the amount sizes
    return bool(tail) and " ".join(tail) in RESTATEMENT_LINKS


# a letter of a script written without spaces (Chinese, Japanese): each is an atom of its own
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _gap_words(atoms: list[Atom], gap_first: int, gap_after: int, most: int | None = None) -> int:
    """The words of a gap of atoms: a run of letters of a script written without spaces counts
    one word per two letters (a Chinese word has two characters mostly), so the noun phrase
    before a bracket weighs the same as in a spaced language ("1.2亿欧元人道主义援助（约合…）"
    as "€120m in humanitarian aid (about …)"). With ``most``, the count stops as soon as it
    is above ``most`` (the count so far, never more than the whole count, is returned): a
    caller that only asks whether a gap is longer than ``most`` words walks no further (a gap
    between two amounts in sentences apart is dozens of atoms).

    >>> from aidcalc.parsing import extract_amounts
    >>> text = "德国提供1.2亿欧元人道主义援助（约合9.1亿元人民币）"
    >>> [m.equivalent_of for m in extract_amounts(text)]
    [None, 0]
    >>> atoms = [Atom(OTHER, i * 2, i * 2 + 1, "w", None) for i in range(20)]
    >>> _gap_words(atoms, 0, 20), _gap_words(atoms, 0, 20, 5), _gap_words(atoms, 0, 20, 30)
    (20, 6, 20)
    """
    words = run = 0
    for atom in atoms[gap_first:gap_after]:
        if len(atom.text) == 1 and _UNSPACED_LETTER.match(atom.text):
            run += 1
            continue
        words += (run + 1) // 2 + 1
        run = 0
        if most is not None and words > most:
            return words  # the whole count is at least this
    return words + (run + 1) // 2


def is_aid_noun(word: str) -> bool:
    """True when a folded word is a noun of aid of some language (``words.AID_NOUNS``:
    "package", "paketin", "Hilfspaket"), which the amount before it sizes.

    >>> is_aid_noun("paketin"), is_aid_noun("tukipaketin"), is_aid_noun("people")
    (True, True, False)
    """
    return word in _AID_NOUNS or word.startswith(_AID_NOUN_STEMS)


MAX_CLAUSE_WORDS = 5  # words of the amount's clause before the aside ("to Ukraine on Monday")
_ASIDE_ENDS = frozenset({",", ".", ";", ":", ")", *DASHES})


def restates_aside(
    atoms: list[Atom], gap_first: int, gap_after: int, mention_after: int, qualified: bool
) -> bool:
    """True when the second of two mentions is an aside that restates the first after a few
    words of its clause: up to ``MAX_CLAUSE_WORDS`` words (no mark, bracket or number), then a
    dash or a comma, then a qualifier opening the mention, an "or" word (``words.LIST_OR``)
    before one, or a link word (``words.RESTATEMENT_LINKS``), and the aside closes right after
    the mention, by a dash, a comma, a stop or the end ("€3bn to Ukraine – roughly $3.2bn –
    on Monday", "3 Mrd. Euro für Kiew, etwa 3,2 Mrd. Dollar, am Montag", "3 mld zł dla
    Ukrainy – czyli 750 mln dolarów."), or after a phrase of the rate it was converted at
    (``words.RATE_PHRASES``: "roughly $3.2bn at current rates –", "unos 3.200 millones de
    dólares al cambio actual,"). ``mention_after`` is the atom after the second
    mention. An aside that goes on ("€3bn to Ukraine, about $3.2bn to Moldova") holds an
    amount of its own.

    >>> from aidcalc.parsing import extract_amounts
    >>> text = "Berlin gave €3bn to Kyiv – roughly $3.2bn – on Monday."
    >>> [m.equivalent_of for m in extract_amounts(text)]
    [None, 0]
    """
    # the first comma or dash is looked for among the first atoms only: one further on is
    # too far (a long gap is not walked through)
    near = atoms[gap_first : min(gap_after, gap_first + MAX_CLAUSE_WORDS + 1)]
    cut = next(compress(count(), map(_CUT_TEXTS.__contains__, map(_TEXT_OF, near))), None)
    if not cut or cut > MAX_CLAUSE_WORDS:
        return False  # none, or at once after the amount (``is_restatement``'s own case)
    gap = atoms[gap_first:gap_after]
    if any(a.kind not in _CLAUSE_KINDS for a in gap[:cut]):
        return False
    mention_after = _past_rate(atoms, mention_after)  # "roughly $3.2bn at current rates –"
    closes = mention_after >= len(atoms) or atoms[mention_after].text in _ASIDE_ENDS
    if not closes or (
        gap[cut].text in DASHES
        and mention_after < len(atoms)  # the text may end with the aside
        and atoms[mention_after].text == ")"
    ):
        return False
    tail = [a.text.replace(" .", "") for a in gap[cut + 1 :] if a.kind != PUNCT]
    if not tail:
        return qualified
    if qualified and [tail[-1]] in _OR_WORDS and len(tail) == 1:
        return True
    return " ".join(tail) in RESTATEMENT_LINKS


# the words of the amount's clause; WORDS: "a Ucrania" (Spanish "a" is also a number word)
_CLAUSE_KINDS = frozenset({OTHER, JOIN, OPEN, FILLER, WORDS})
# the most words a phrase of ``RATE_PHRASES`` holds
_RATE_WORDS = max((len(phrase.split()) for phrase in RATE_PHRASES), default=0)


def _past_rate(atoms: list[Atom], at: int) -> int:
    """The atom after a phrase of the rate a restatement was converted at (``RATE_PHRASES``:
    "at current rates", "al cambio actual", "zum aktuellen Kurs") starting at atom ``at``, or
    ``at`` when none starts there: the phrase is part of the aside, not a clause of its own."""
    for size in range(_RATE_WORDS, 1, -1):
        words = atoms[at : at + size]
        if len(words) == size and " ".join(a.text for a in words) in RATE_PHRASES:
            return at + size
    return at


def _compared_country(text: str | None, before: list[Atom]) -> bool:
    """True when the atoms ``before`` a bracket end with a country's name (``aidcalc.places``,
    read in ``text`` as written, so "the US" is a country and "us" a pronoun; a demonym is
    none) and hold a comparison: a qualifier ("more than", "nearly"), a factor
    (``FACTOR_WORDS``: "twice") or a cue of ``PREVIOUS_VALUE_CUES`` ("compared with"). The
    bracket then states that country's amount ("€8bn, nearly double the US ($5bn)"), not the
    amount before again; a country without a comparison is the amount's receiver or giver
    ("€10 million to Ukraine ($11 million)" restates)."""
    if text is None or not before:
        return False
    words = " ".join(a.text for a in before)
    if not (
        any(a.kind == QUAL or a.text in FACTOR_WORDS for a in before)
        or any(f" {cue} " in f" {words} " for cue in PREVIOUS_VALUE_CUES)
    ):
        return False
    from ..places import find_places

    piece = text[before[0].start : before[-1].end]
    return any(p.kind != "demonym" and p.end == len(piece) for p in find_places(piece))


def _names_another(before: list[Atom]) -> bool:
    """True when a bracket closed before the bracket that holds the amount ("Norway (NOK
    7.5bn), Sweden (SEK 3bn)"): the new bracket states the next item's own amount, not the
    one before again ("€400 million for air defence (about $430 million)" restates)."""
    return any(a.kind == RPAREN for a in before)
