"""Money beside a pledge: amounts a sentence names next to its giver's pledge that are no pledge
of that giver.

A sentence that states a pledge often sets other money beside it: a difference ("€1bn more
than France"), a sum it falls short of or is a small part of ("short of the €5bn …", "a
fraction of the €60bn …"), or the money of another actor with a verb of its own ("the €5bn
Kyiv had requested", "the $3.2bn Washington gave last year"). Read with the sentence's giver
it would be a second pledge of that giver. The words are data (``aidcalc/words/``:
``COMPARED_AFTER``, ``SET_AGAINST``, ``RELATIVE_PRONOUNS``, ``SPENDING_VERBS``, ``OWN_BUDGETS``,
``OWN_POSSESSIVES``, ``OWN_ENDS``, ``SPENDING_SPLIT``, ``SHARE_OF_LINKS``); the rules,
in the order ``money_beside`` applies them (docs/extraction.md, "Money beside a pledge"):

1. **Another actor's clause**: set off from the giving verb (no giving verb between the last
   comma, dash or bracket and the amount), a determiner of the language right before the
   amount ("the", "die", "les"; a language without articles needs the relative pronoun), then
   right after it a country other than the row's donor, not marked as a recipient or an agent,
   with a word of its clause (its verb) after it; or, after a relative pronoun ("that", ",
   die", "que", ", które"), such a country anywhere in the clause ("que pidió Kiev"). The
   amount is that actor's: a verb of spending (``SPENDING_VERBS``) makes it no aid (``own``);
   a request or wish (``NOT_GIVING``) makes it asked for by that actor (``request``: the actor
   receives); a giving verb makes that actor its giver (``giver``: the row counts, with that
   donor); any other verb makes it that actor's money, not given here (``own``).
2. **Own money**: in the amount's clause (from the last comma, dash or bracket to the next)
   a budget noun (``OWN_BUDGETS``: "military budget", "Verteidigungshaushalt", "budżet
   obronny") stands before it, or a spending verb (``SPENDING_VERBS``, or a split one of
   ``SPENDING_SPLIT``: "gibt … aus") with a possessive of its subject after the amount
   (``OWN_POSSESSIVES``: "its army", "sein Militär", "swoje wojsko") or no recipient at all
   (none named in the clause, none carried), and no giving verb comes between that word and
   the amount. The money is the owner's or subject's (the country before the word in its
   clause, else the one after it there: "le budget militaire de la Russie", else the last one
   before it in the sentence: "Russia, by contrast, spends"; ``own``, perhaps with no
   country): no aid. "Germany spends €3bn on aid to Ukraine" names a recipient: a gift. So
   too, whatever the verb, when right after the amount (two words at most between) a possessive
   of ``OWN_POSSESSIVES`` comes before a noun of the actor's own ends (``OWN_ENDS``: "for its
   army", "für seine Armee", "per il suo esercito", "на свою армію"), the clause naming one
   country, before the amount, and no receiving verb ("…, while Russia announced €2bn for its
   army": Russia's own money; "Germany gave Ukraine €2bn for its army" names two: a gift).
3. **A difference**: a phrase of ``COMPARED_AFTER`` right after the amount ("more than",
   "mehr als", "de plus que", "więcej niż", "більше, ніж", "más que").
4. **Set against**: a phrase of ``SET_AGAINST`` right before the amount, perhaps with a
   determiner between ("short of the", "a fraction of", "compared with", "gegenüber", "loin
   des", "frente a", "wobec"), unless its clause names a country not as a recipient ("versus
   $5bn from the United States": that country's money, as the rules of who gives read it).
5. **The value before a multiplication**: a verb of ``MULTIPLIED_VERBS`` at most four words
   before the amount in its clause ("Germany tripled its €5m pledge"): the value before the
   change, the new one not written (``_multiplied_before``).
6. **A rate per unit**: right after the amount a word of ``PER_UNIT`` of the sentence's
   language and a noun ("€500 per family", "500 Euro pro Familie", "€1,000/family"): a rate,
   no total (``rate``; ``_per_unit``). A yearly phrase is no such rate ("€5m a year"). So is
   each of a count of things ("three tranches of €5m each", "drei Tranchen zu je 5 Mio.
   Euro", "trzy transze po 5 mln zł": ``_unit_of_count``): the total is not written.
7. **The whole of a share**: a share right before the amount, then a word of
   ``SHARE_OF_LINKS`` and perhaps a determiner ("a third of the €9bn", "40% of the", "ein
   Drittel der", "un tiers des", "jedna trzecia z", "третина з"). The share is a number with
   a percent sign or word, a fraction word (``FRACTIONS``, ``UNREAD_FRACTIONS``) or a word of
   ``PART_SHARES``. The amount is the whole the pledge is a share of (``whole``), not a
   second pledge of its giver.
8. **The whole of an amount**: the sentence's amount before it, then only a word of
   ``SHARE_OF_LINKS``, perhaps a determiner and an English possessive ("€3bn of the €9bn",
   "€3bn of the EU's €50bn", "3 mld zł z 9 mld zł"); or a number and one word right before
   that link when no amount was read there ("3 mld z 9 mld euro"). The amount is the whole
   of that share (``whole``).

Every finding but ``giver`` makes the row ``rejected``, the reason in ``evidence``.

>>> money_beside("Germany pledged €3bn to Ukraine, €1bn more than France.", "en", (33, 37),
...              "DEU").reason
'a difference (more than), not a pledge'
>>> found = money_beside("Germany pledged €3bn, short of the €5bn Kyiv had requested.", "en",
...                      (35, 39), "DEU")
>>> found.kind, found.code
('request', 'UKR')
>>> money_beside("Russia spends €120bn a year on its army.", "en", (14, 20), "DEU").reason
"RUS's own money (spends), no aid given here"
>>> money_beside("Germany pledged €3bn to Ukraine.", "en", (16, 20), "DEU") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..words import (
    COMPARED_AFTER,
    COUNT_WORDS,
    DETERMINERS,
    FRACTIONS,
    LIST_AND,
    MULTIPLIED_VERBS,
    NEWS_LANGUAGES,
    OWN_BUDGETS,
    OWN_ENDS,
    OWN_POSSESSIVES,
    PACE_NOUNS,
    PART_SHARES,
    PART_UNIT_NOUNS,
    PER_UNIT,
    PER_UNIT_NOT,
    PER_UNIT_PHRASES,
    PER_YEAR,
    PER_YEAR_NOT_BEFORE,
    RELATIVE_PRONOUNS,
    SET_AGAINST,
    SHARE_OF_LINKS,
    SPENDING_SPLIT,
    SPENDING_VERBS,
    UNITS,
    UNREAD_FRACTIONS,
    WHOLE_FROM,
    WHOLE_NOUNS,
    WHOLE_WORTH,
)
from .cues import NOT_GIVING, VERB, find_cues, phrases_pattern

if TYPE_CHECKING:
    from ..amount import Amount

WORD_RE = re.compile(r"[^\W\d_]+")
# Where another actor's clause ends: a comma, semicolon, dash, bracket or the sentence's end.
CLAUSE_END_RE = re.compile(r"[,;:()]|\s[–—-]\s")
# A digit: an amount of its own between a giving verb and the amount at hand.
DIGIT_RE = re.compile(r"\d")


class Beside(NamedTuple):
    """Money beside a pledge: its kind (``own``, ``request``, ``giver``, ``difference``,
    ``against``, ``whole``), the country whose money it is (for ``difference`` the country
    compared with, or None; None for ``against`` and ``whole``) and the reason shown."""

    kind: str
    code: str | None
    reason: str


def money_beside(
    sentence: str,
    lang: str | None,
    where: tuple[int, int],
    donor: str | None,
    recipient: str | None = None,
    previous_end: int | None = None,
    amounts: tuple[Amount | None, Amount] | None = None,
) -> Beside | None:
    """Return how the amount at ``where`` (offsets in ``sentence``) is money beside the pledge
    of ``donor`` (ISO 3166 alpha-3, or None) rather than that donor's pledge, or None (the
    rules of the module docstring, in their order); ``recipient`` is the row's recipient so
    far (named or carried), which keeps money spent with no possessive a gift;
    ``previous_end`` is the end of the sentence's amount before it (rule 8), or None;
    ``amounts`` that amount (or None) and this one: a whole named by a noun phrase (rule 8) is
    none when it is smaller than the amount before in the same currency.

    >>> money_beside("Deutschland sagte 3 Mrd. Euro zu, 1 Mrd. Euro mehr als Frankreich.",
    ...              "de", (34, 45), "DEU").kind
    'difference'
    >>> found = money_beside("Germany pledged €3bn, a fraction of the €60bn Russia spends.",
    ...                      "en", (40, 45), "DEU")
    >>> found.kind, found.code, found.reason
    ('own', 'RUS', "RUS's own money (spends), no aid given here")
    >>> money_beside("Germany pledged €3bn, 40% of the €7.5bn total.", "en", (33, 39), "DEU")
    Beside(kind='whole', code=None, reason='the whole a share is taken of (40% of), no pledge')
    """
    table = lang if lang in NEWS_LANGUAGES else "en"
    start, end = where
    found = _other_clause(sentence, lang, table, where, donor)
    if found is not None:
        return found
    found = _own_money(sentence, lang, table, where, recipient)
    if found is not None:
        return found
    found = _own_ends(sentence, lang, table, where)
    if found is not None:
        return found
    after = _after_pattern(table)
    if after is not None:
        match = after.match(sentence, end)
        if match:  # the country compared with, named right after the phrase ("than France")
            compared = _compared(sentence, lang, match.end(), donor)
            return Beside("difference", compared, f"a difference ({match.group(1)}), not a pledge")
    before = _before_pattern(table)
    if before is not None:
        match = before.search(sentence[:start])
        if match and not _names_another(sentence, lang, end):
            shown = " ".join(match.group(1).split())
            return Beside("against", None, f"money set against the pledge ({shown}), no pledge")
    multiplied = _multiplied_before(sentence, lang, start)
    if multiplied is not None:
        return Beside(
            "against", None, f"the value before a change ({multiplied}): the new one not written"
        )
    rate = _per_unit(sentence, lang, end)
    if rate is not None:
        return Beside("rate", None, f"a rate ({rate}), no total given: no pledge")
    unit = _unit_of_count(sentence, start, end)
    if unit is not None:
        return Beside("rate", None, f"one of several ({unit}): the total is not written")
    share = _share_pattern(table)
    if share is not None:
        match = share.search(sentence[:start])
        if match:
            shown = " ".join(match.group(1).split())
            return Beside("whole", None, f"the whole a share is taken of ({shown}), no pledge")
    found = _whole_of_amount(sentence, _whole_table(lang), start, end, previous_end, amounts)
    if found is None:
        return None
    shown, read = found
    if read:
        return Beside(
            "whole", None, f"the whole the amount before is taken of ({shown}), no pledge"
        )
    return Beside("whole", None, f"the whole of a share before it not read ({shown}), no pledge")


def _whole_of_amount(
    sentence: str,
    table: str,
    start: int,
    end: int,
    previous_end: int | None,
    amounts: tuple[Amount | None, Amount] | None = None,
) -> tuple[str, bool] | None:
    """Rule 8: the amount before, then only a word of ``SHARE_OF_LINKS`` and perhaps a
    determiner and a possessive ("€3bn of the €9bn", "€3bn of the EU's €50bn", "3 Mrd. Euro
    von 9 Mrd.", "3 mld zł z 9 mld zł", "3 milliards d'euros sur les 9 milliards"); or, when
    no amount was read there, a number and one word right before that link ("3 mld z 9 mld
    euro": the share the parser could not read). The link as written and whether the share
    was read as an amount, or None."""
    patterns = _whole_of_amount_patterns(table)
    if patterns is None:
        return None
    adjacent, unread = patterns
    if previous_end:
        match = adjacent.match(sentence, previous_end, start)
        if match:
            return " ".join(match.group(1).split()), True
        named = _named_whole(sentence, table, start, end, previous_end)
        if named is not None and not _smaller(amounts):
            return named, True
    match = unread.search(sentence, previous_end or 0, start)
    return (" ".join(match.group(1).split()), False) if match else None


def _smaller(amounts: tuple[Amount | None, Amount] | None) -> bool:
    """True when the whole (second) is smaller than the part before it (first), both in one
    currency: "€9bn from the fund worth €3bn" names no whole of that part."""
    if amounts is None or amounts[0] is None:
        return False
    part, whole = amounts
    return part.currency == whole.currency and abs(whole.value) < abs(part.value)


def _whole_table(lang: str | None) -> str:
    """The words rule 8 reads ``lang`` with: its own when it has links of a whole (Russian has,
    though it has no other news words), else English's."""
    return lang if lang in NEWS_LANGUAGES or lang in SHARE_OF_LINKS else "en"


def _named_whole(sentence: str, table: str, start: int, end: int, previous_end: int) -> str | None:
    """Rule 8, a whole named: between the amount before (ending at ``previous_end``) and the one
    at ``start``–``end`` stand only up to three words (its recipient: "to Ukraine", "à
    l'Ukraine"), a link (``SHARE_OF_LINKS``, ``WHOLE_FROM``) and a noun phrase: determiners,
    possessives (``OWN_POSSESSIVES``, "the EU's") and then either a noun of ``WHOLE_NOUNS``
    with up to two words on each side and a word of ``WHOLE_WORTH`` ("sur
    l'enveloppe de", "z pakietu o wartości", "del pacchetto da", "from the package worth"), or
    up to two words when a noun of ``WHOLE_NOUNS`` follows the amount ("out of its €50bn
    facility", "of the promised €9bn package"). No list word ("and", "und", "i") and no giving
    verb stands between. The link and the phrase as written, or None."""
    pattern = _named_whole_pattern(table)
    if pattern is None:
        return None
    match = pattern.match(sentence, previous_end, start)
    if match is None:
        return None
    if match.group("named") is None:
        # a possessive alone after a link of SHARE_OF_LINKS right after the part ("out of its
        # €50bn") names the whole as an article does; any other phrase needs the noun after
        alone = not match.group("words") and not match.group("between")
        alone = alone and match.group("link").casefold() in SHARE_OF_LINKS.get(table, ())
        noun = _noun_after_pattern(table)
        if not alone and (noun is None or not noun.match(sentence, end)):
            return None  # "€3bn of military aid on top of €9bn", "got from €5bn": no whole
    between = sentence[previous_end:start]
    if any(c.kind == "give" for c in find_cues(between, table, VERB)):
        return None  # "€3bn from the budget and pledged €9bn": a clause of its own
    return " ".join(match.group("link").split() + match.group("phrase").split())


@lru_cache(maxsize=32)
def _named_whole_pattern(table: str) -> re.Pattern[str] | None:
    """Rule 8's pattern of a whole named by a noun phrase (``_named_whole``), matched from the
    end of the amount before to the start of the whole's amount."""
    links = (*SHARE_OF_LINKS.get(table, ()), *WHOLE_FROM.get(table, ()))
    nouns = WHOLE_NOUNS.get(table, ())
    if not links or not nouns:
        return None
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    owners = {*DETERMINERS.get(table, ()), *OWN_POSSESSIVES.get(table, ())}
    owner = "|".join(re.escape(w) for w in sorted(owners, key=len, reverse=True))
    lead = rf"(?:(?:{owner})\s+|[dl]['’]|[^\W\d_]+['’]s\s+)*" if owner else r"(?:[dl]['’])?"
    ands = [w for w, langs in LIST_AND.items() if table in langs]
    stop = rf"(?!(?:{'|'.join(map(re.escape, ands))})\b)" if ands else ""
    word = rf"{stop}[^\W\d_]+(?:[-'’][^\W\d_]+)*"
    noun = rf"{stop}[^\W\d_]*(?:{'|'.join(map(re.escape, nouns))})[^\W\d_]*"
    worths = WHOLE_WORTH.get(table, ())
    worth = "|".join(_phrase(w) for w in sorted(worths, key=len, reverse=True))
    named = (
        rf"(?P<named>(?:{word}\s+){{0,2}}?{noun}(?:\s+{word}){{0,2}}?\s+(?:{worth})"
        rf"(?:\s+|(?<=d)['’]))"
        if worth
        else r"(?P<named>(?!))"
    )
    return re.compile(
        rf"(?P<between>(?:\s+{word}){{0,3}}?)\s*(?P<link>{link})(?:\s+|(?<=[dl])['’])"
        rf"(?P<phrase>{lead}(?:{named}|(?P<words>(?:{word}\s+){{1,2}})|))$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _noun_after_pattern(table: str) -> re.Pattern[str] | None:
    """A noun of ``WHOLE_NOUNS`` right after an amount or one word after it, perhaps glued by a
    hyphen ("€50bn facility", "$2bn trust fund", "9-Milliarden-Paket")."""
    nouns = WHOLE_NOUNS.get(table, ())
    if not nouns:
        return None
    body = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?:[\s-]+[^\W\d_]+)?[\s-]+[^\W\d_]*(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=32)
def _whole_of_amount_patterns(table: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Rule 8's patterns: the link alone between two amounts, and a number, a word and the
    link at the end of the text before an amount (group 1: the link as written)."""
    links = SHARE_OF_LINKS.get(table, ())
    if not links:
        return None
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    determiners = "|".join(re.escape(w) for w in sorted(DETERMINERS.get(table, ()), key=len))
    article = rf"(?:(?:{determiners})\s+|l['’])?" if determiners else ""
    owner = r"(?:[^\W\d_]+['’]s\s+)?"
    tail = rf"(?:\s+|(?<=d)['’]){article}{owner}$"
    adjacent = re.compile(rf"\s*({link}){tail}", re.IGNORECASE)
    unread = re.compile(
        rf"(?<![\w.,])\d(?:[\d.,]*\d)?\s*[^\W\d_]{{1,12}}\.?\s+({link}){tail}", re.IGNORECASE
    )
    return adjacent, unread


def _other_clause(sentence: str, lang, table: str, where, donor) -> Beside | None:
    """Rule 1: the amount opens a clause of another actor ("the €5bn Kyiv had requested")."""
    from .donors import find_actors

    start, end = where
    words_before = WORD_RE.findall(sentence, 0, start)
    determiners = DETERMINERS.get(table, ())
    article = bool(words_before) and words_before[-1].casefold() in determiners
    if determiners and not article:
        return None
    opened = max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, start)), default=0)
    if any(
        c.kind == "give" and opened <= c.start and not DIGIT_RE.search(sentence, c.end, start)
        for c in find_cues(sentence[:start], lang, VERB)
    ):
        return None  # "Germany pledged the €3bn Ukraine needs": the object of the giving verb
        # (not when an amount stands between: "pledged €1bn on top of the €3bn Germany …")
    at = end
    head = re.compile(r"\s*,?\s*").match(sentence, at)
    at = head.end() if head else at
    word = WORD_RE.match(sentence, at)
    pronoun = bool(word) and word.group().casefold() in RELATIVE_PRONOUNS.get(table, ())
    if pronoun:
        at = word.end()
        at += len(sentence[at:]) - len(sentence[at:].lstrip(" '’"))
    elif "," in sentence[end:at] or not article:
        return None  # a comma and no relative pronoun: a new clause; no article, no pronoun
    stop = CLAUSE_END_RE.search(sentence, at)
    clause_end = stop.start() if stop else len(sentence)
    # after a relative pronoun the actor may follow its verb ("que pidió Kiev", "które wydaje
    # Rosja"); without one it stands right after the amount ("the €5bn Kyiv had requested")
    actor = next((a for a in find_actors(sentence, lang) if at <= a.start < clause_end), None)
    if actor is None or (actor.start != at and not pronoun):
        return None
    if actor.code is None or actor.code == donor or actor.role is not None:
        return None  # no country, the donor's own, or "… €5bn to Ukraine", "… by Poland"
    verbs = [
        *WORD_RE.findall(sentence, at, actor.start),
        *WORD_RE.findall(sentence, actor.end, clause_end),
    ]
    if not verbs:
        return None
    clause = sentence[at:clause_end]
    code = actor.code
    spending = SPENDING_VERBS.get(table, frozenset())
    spent = next((w for w in verbs if w.casefold() in spending), None)
    if spent:
        return Beside("own", code, f"{code}'s own money ({spent}), no aid given here")
    asked = [c for c in find_cues(clause, lang, NOT_GIVING) if c.kind in ("request", "wish")]
    if asked:
        return Beside("request", code, f"asked for by {code} ({asked[0].text}), not a pledge")
    given = [c for c in find_cues(clause, lang, VERB) if c.kind == "give"]
    if given:
        return Beside("giver", code, f"the giver of its own clause ({given[0].text}): {code}")
    shown = " ".join(verbs[:3])
    return Beside("own", code, f"{code}'s own money ({shown}), not given here")


def _own_money(sentence: str, lang, table: str, where, recipient) -> Beside | None:
    """Rule 2: the amount is a budget noun's value or a spending verb's object, in its own
    clause, and the money stays with the subject ("Russia spends €120bn on its army",
    "Moscow's military budget is €120bn")."""
    from .donors import find_actors

    start, end = where
    opened = max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, start)), default=0)
    stop = CLAUSE_END_RE.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    before = sentence[opened:start]
    gives = [opened + c.start for c in find_cues(before, lang, VERB) if c.kind == "give"]
    word = None
    budget = _budget_pattern(table)
    found = list(budget.finditer(before)) if budget is not None else []
    if found:
        word = found[-1].group(0)
        at = opened + found[-1].start()
    else:
        spending = SPENDING_VERBS.get(table, frozenset())
        words = list(WORD_RE.finditer(before))
        verbs = [w for w in words if w.group().casefold() in spending]
        after_words = WORD_RE.findall(sentence, end, clause_end)
        last = after_words[-1].casefold() if after_words else None
        for verb, particle in SPENDING_SPLIT.get(table, ()):  # "gibt … aus"
            if last == particle:
                verbs += [w for w in words if w.group().casefold() == verb]
        if not verbs:
            return None
        verb = max(verbs, key=lambda w: w.start())
        word, at = verb.group(), opened + verb.start()
        after = {w.casefold() for w in after_words}
        actors = find_actors(sentence, lang)
        received = recipient is not None or any(
            a.role == "recipient" and end <= a.start < clause_end for a in actors
        )
        if received and not after & OWN_POSSESSIVES.get(table, frozenset()):
            return None  # "Germany spends €3bn on aid to Ukraine": a gift
    if any(at < g for g in gives):
        return None  # "From its defence budget Germany pledged €3bn": a giving verb decides
    known = [a for a in find_actors(sentence, lang) if a.code and a.role != "recipient"]
    named = [a for a in known if opened <= a.start and a.end <= start]
    owner = [a for a in named if a.end <= at] or named[::-1]  # "le budget militaire de la Russie"
    owner = owner or [a for a in known if a.end <= at]  # "Russia, by contrast, spends …"
    code = owner[-1].code if owner else None
    whose = f"{code}'s" if code else "its subject's"
    return Beside("own", code, f"{whose} own money ({word}), no aid given here")


# At most this many words between an amount and the possessive of its owner's ends ("€2bn for
# its army", "2 miliardi per il suo esercito"), and between that possessive and the noun ("its
# own army").
OWN_ENDS_GAP = 2


def _own_ends(sentence: str, lang, table: str, where) -> Beside | None:
    """Rule 2, own ends: right after the amount, in its clause, a possessive of the subject
    (``OWN_POSSESSIVES``) and a noun of its own ends (``OWN_ENDS``: "for its army", "für seine
    Armee", "na swoją armię"), the clause naming one country before the amount and no other,
    with no receiving verb: the money stays with that country ("…, while Russia announced €2bn
    for its army"). "Germany gave Ukraine €2bn for its army" names two: a gift."""
    from .donors import find_actors

    start, end = where
    possessives = OWN_POSSESSIVES.get(table, frozenset())
    ends = OWN_ENDS.get(table, frozenset())
    if not possessives or not ends:
        return None
    opened = max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, start)), default=0)
    stop = CLAUSE_END_RE.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    after = [w.casefold() for w in WORD_RE.findall(sentence, end, clause_end)]
    noun = None
    for index, word in enumerate(after[: OWN_ENDS_GAP + 1]):
        if word in possessives:
            tail = after[index + 1 : index + 2 + OWN_ENDS_GAP]
            noun = next((w for w in tail if w in ends), None)
            break
    if noun is None:
        return None
    named = {
        a.code for a in find_actors(sentence, lang) if a.code and opened <= a.start < clause_end
    }
    owners = [
        a
        for a in find_actors(sentence, lang)
        if a.code and a.role is None and opened <= a.start and a.end <= start
    ]
    if len(named) != 1 or not owners:
        return None
    if any(c.kind == "receive" for c in find_cues(sentence[opened:clause_end], lang, VERB)):
        return None  # "Ukraine received €2bn for its people": the receiver's own ends
    code = owners[-1].code
    return Beside("own", code, f"{code}'s own money (for its {noun}), no aid given here")


@lru_cache(maxsize=32)
def _budget_pattern(table: str) -> re.Pattern[str] | None:
    """``OWN_BUDGETS``, any one of them, as whole words."""
    phrases = OWN_BUDGETS.get(table, ())
    if not phrases:
        return None
    body = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _compared(sentence: str, lang: str | None, at: int, donor: str | None) -> str | None:
    """The code of the country named right after a phrase of comparison ending at ``at``
    ("more than France", "mehr als Frankreich", "de moins que l'Allemagne"; determiners may
    stand between), not ``donor``, else None."""
    from .donors import find_actors

    words = "|".join(map(re.escape, _determiners(lang)))
    gap = re.compile(rf"[\s'’]*(?:(?:{words})(?:\s+|['’]\s*))?", re.IGNORECASE)
    start = gap.match(sentence, at).end()
    actor = next((a for a in find_actors(sentence, lang) if at <= a.start <= start), None)
    if actor is None or actor.code is None or actor.code == donor:
        return None
    return actor.code


def _determiners(lang: str | None) -> tuple[str, ...]:
    """The determiners of ``lang`` (English's without a table), longest first."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    return tuple(sorted(DETERMINERS.get(table, ()), key=len, reverse=True)) or ("the",)


def _names_another(sentence: str, lang: str | None, end: int) -> bool:
    """True when the clause after ``end`` names a country not as a recipient: the amount set
    against the pledge is that country's ("versus $5bn from the United States"), as the rules
    of who gives read it (the row's donor may be that country already)."""
    from .donors import find_actors

    stop = CLAUSE_END_RE.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    return any(
        end <= a.start and a.end <= clause_end and a.code and a.role != "recipient"
        for a in find_actors(sentence, lang)
    )


@lru_cache(maxsize=32)
def _after_pattern(table: str) -> re.Pattern[str] | None:
    """``COMPARED_AFTER`` right after an amount (group 1: the phrase as written)."""
    phrases = COMPARED_AFTER.get(table, ())
    if not phrases:
        return None
    body = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\s+({body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _before_pattern(table: str) -> re.Pattern[str] | None:
    """``SET_AGAINST``, perhaps with a determiner after it, at the end of the text before an
    amount (group 1: the phrase as written)."""
    phrases = SET_AGAINST.get(table, ())
    if not phrases:
        return None
    body = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    determiners = "|".join(re.escape(w) for w in sorted(DETERMINERS.get(table, ()), key=len))
    article = rf"(?:(?:{determiners})\s+|l['’])?" if determiners else ""
    return re.compile(rf"(?<!\w)({body})\s+{article}$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _multiplied_before(sentence: str, lang: str | None, start: int) -> str | None:
    """A verb of ``MULTIPLIED_VERBS`` of ``lang`` (every language's when none is told) before
    the amount at ``start`` with at most four words between and no clause mark ("Germany
    tripled its €5m pledge", "Deutschland verdoppelte seine Zusage von 5 Mio. Euro"): the
    verb as written, or None.

    >>> _multiplied_before("Germany doubled its €5m pledge to Ukraine.", "en", 20)
    'doubled'
    """
    clause = CLAUSE_END_RE.split(sentence[max(0, start - 60) : start])[-1]
    pattern = _multiplied_pattern(lang if lang in MULTIPLIED_VERBS else None)
    for word in WORD_RE.findall(clause)[-5:]:
        if pattern.fullmatch(word):
            return word
    return None


@lru_cache(maxsize=32)
def _multiplied_pattern(lang: str | None) -> re.Pattern[str]:
    """The verbs of ``MULTIPLIED_VERBS`` of ``lang``, or of every language (``None``), as the
    news cues write stems ("doubl*": ``cues.phrases_pattern``)."""
    specs = MULTIPLIED_VERBS[lang] if lang else " ".join(MULTIPLIED_VERBS.values())
    return phrases_pattern(specs.split())


def _per_unit(sentence: str, lang: str | None, end: int) -> str | None:
    """Rule 6 (a rate): right after the amount ending at ``end``, a word of ``PER_UNIT`` of
    ``lang`` (none when it has none) and a lower-case word (any noun in German) that is
    no determiner, no "piece" ("€5m a piece": each giver's), no word
    of a PER_YEAR phrase ("per year" is yearly) and not followed by a word of
    ``PER_YEAR_NOT_BEFORE`` ("a week ago"); or a slash glued to the amount and a word
    ("€1,000/family"; a time after the slash is a pace, no rate). The phrase as written, or None.

    >>> _per_unit("Germany pledged €500 per family to Ukraine.", "en", 20)
    'per family'
    >>> _per_unit("Germany pledged €5m a year to Ukraine.", "en", 19) is None
    True
    """
    rest = sentence[end : end + 60]
    phrase = _unit_phrase(rest, lang)
    if phrase is not None:
        return phrase
    pace = _PACE_RE.match(rest)
    if pace is not None:  # "€100 a month per refugee": a rate; "NOK 1bn a month" a pace
        return _unit_after_pace(rest, pace.end(), pace.group().strip())
    if lang not in PER_UNIT:
        return None  # Italian "per" is "for" ("per l'Ucraina"): a language's own words only
    table = lang
    glued = _SLASH_UNIT_RE.match(rest)
    if glued is not None:
        unit = glued.group(1).lstrip("/ ")
        if unit[:1].isupper():
            return None  # "€5m/UAH 200m" restates
        if unit.casefold() in PACE_NOUNS:
            # "€5 million/year" is yearly, "/month" paced, unless a unit follows the pace
            # ("€1,000/month to each family")
            return _unit_after_pace(rest, glued.end(), glued.group(1))
        return glued.group(1)
    found = _PER_UNIT_RE.match(rest)
    if found is None or found.group(1).casefold() not in PER_UNIT[table]:
        return None
    word, after = found.group(2), found.group(3)
    folded = f"{found.group(1)} {word}".casefold()
    yearly = {p.casefold() for p in PER_YEAR.get(table, ())}
    if (
        not (word[0].islower() or table in _NOUNS_CAPITALISED)
        or word.casefold() in DETERMINERS.get(table, ())
        or word.casefold() in _EACH_WORDS
        or folded in yearly
        or any(p.startswith(folded + " ") for p in yearly)
        or word.casefold() in _PERCENT_WORDS
        or word.casefold() in PER_UNIT_NOT.get(table, ())
        or (after or "").casefold() in PER_YEAR_NOT_BEFORE.get(table, ())
    ):
        return None
    return f"{found.group(1)} {word}"


def _unit_of_count(sentence: str, start: int, end: int) -> str | None:
    """Rule 6 (one of several): the amount at ``start``–``end`` is each of a count of things
    named before it, its total not written: a count (digits or a count word of
    ``COUNT_WORDS``, ``UNITS``, two to 999), a noun and "of" or "worth" (French, Spanish,
    Portuguese "de", Italian "di", "da") before it and "each" or "apiece" after it ("three
    tranches of €5m each", "10 shipments worth €1m each"), or no "each" when the noun is a
    part a sum is paid in ("two tranches of €5m", "trois tranches de 5 millions"), or a
    count, a noun and the word for "each" right before it (German "drei Tranchen zu je 5 Mio.
    Euro", Polish "trzy transze po 5 mln zł"). The words before the amount as written, or None.

    >>> _unit_of_count("Germany will send three tranches of €5m each to Ukraine.", 36, 39)
    'three tranches of'
    """
    before = sentence[max(0, start - 60) : start]
    found = _COUNT_OF_RE.search(before)
    if (
        found is not None
        and _counts(found.group(1))
        and (_EACH_AFTER_RE.match(sentence, end) or found.group(2).casefold() in PART_UNIT_NOUNS)
        and not _ITEM_AFTER_RE.match(sentence, end)
    ):
        return " ".join(found.group(0).split())
    found = _COUNT_EACH_RE.search(before)
    if found is not None and _counts(found.group(1)):
        return " ".join(found.group(0).split())
    return None


def _counts(word: str) -> bool:
    """True when ``word`` is a count from two to 999, in digits, as an English number word
    (``UNITS``) or a count word of another language (``COUNT_WORDS``); a year is none ("In
    2024 tranches of €5m each")."""
    if word.isdigit():
        return 2 <= int(word) < 1000
    folded = word.casefold()
    values = [str(UNITS[folded])] if folded in UNITS else []
    values += COUNT_WORDS.get(folded, {}).values()
    return any(value.isdigit() and int(value) >= 2 for value in values)


# "three tranches of", "10 shipments worth", "trois tranches de": a count, a noun, a link,
# then the amount
_COUNT_OF_RE = re.compile(r"(\w+)\s+([^\W\d_]+)\s+(?:of|worth|de|di|da)\s+$", re.IGNORECASE)
# another amount listed right after ("two tranches of €5m and €3m"): the items, each its own
_ITEM_AFTER_RE = re.compile(r"\s*(?:,|and\b|und\b|et\b|y\b|e\b|i\b)[^.;]{0,6}?\d")
# after the amount: "each" (a noun of ``words.PART_UNIT_NOUNS`` needs none: "two tranches of
# €5m", "trois tranches de 5 millions d'euros", "tres tramos de 5 millones")
_EACH_AFTER_RE = re.compile(r"\s+(?:each|apiece)\b", re.IGNORECASE)
# "drei Tranchen zu je", "trzy transze po": a count, a noun and the word for each
_COUNT_EACH_RE = re.compile(r"(\w+)\s+[^\W\d_]+\s+(?:zu\s+je|po)\s+$", re.IGNORECASE)


# a unit after a pace ("€100 a month per refugee", "€2 a day for each refugee"): a rate
_UNIT_AFTER_PACE_RE = re.compile(
    r"\s+(?:per|for\s+(?:each|every)|to\s+each|pro|je|par|por|na)\s+[^\W\d_]+", re.IGNORECASE
)
_PACE_RE = re.compile(r"\s+an?\s+(?:day|week|month)\b", re.IGNORECASE)


def _unit_after_pace(rest: str, at: int, pace: str) -> str | None:
    """The pace and the unit after it when ``rest`` goes on at ``at`` with a word for "per"
    or "for each" and a noun ("/month to each family"), else None (a pace alone)."""
    found = _UNIT_AFTER_PACE_RE.match(rest, at)
    return f"{pace}{found.group()}".strip() if found is not None else None


def _unit_phrase(rest: str, lang: str | None) -> str | None:
    """A phrase of ``PER_UNIT_PHRASES`` of ``lang`` right at the start of ``rest`` (after
    spaces), whole ("500 zł na osobę", "500 euro a famiglia", "€200 for every displaced
    person"), as written; else None."""
    phrases = PER_UNIT_PHRASES.get(lang or "", ())
    text = rest.lstrip()
    folded = text.casefold()
    for phrase in phrases:
        if folded.startswith(phrase) and not folded[len(phrase) : len(phrase) + 1].isalpha():
            return text[: len(phrase)]
    return None


# "per family", "pro Kopf", "par personne": the word, the noun after it, and the word after
# that ("a week ago": a time, no rate)
_PER_UNIT_RE = re.compile(r"\s+([^\W\d_]+\.?)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
# "€1,000/family", "5 €/Kopf": a slash glued to the amount and a word
_SLASH_UNIT_RE = re.compile(r"\s?(/\s?[^\W\d_]+)")
# "per cent", "pro cento": a share, no rate
_PERCENT_WORDS = frozenset({"cent", "centum", "cento", "ciento", "mille"})
# "€5m a piece": each giver's amount, a pledge (as "apiece")
_EACH_WORDS = frozenset({"piece"})
# the languages that write every noun with a capital ("500 Euro pro Familie")
_NOUNS_CAPITALISED = frozenset({"de"})


def _share_pattern(table: str) -> re.Pattern[str] | None:
    """Rule 7: a share, a word of ``SHARE_OF_LINKS`` and perhaps a determiner and an owner (a
    possessive of ``OWN_POSSESSIVES``, a name's "'s") at the end of the text before an amount
    (group 1: the share and its link as written)."""
    links = SHARE_OF_LINKS.get(table, ())
    if not links:
        return None
    words = [w for w, langs in UNREAD_FRACTIONS.items() if table in langs]
    words += list(FRACTIONS) if table == "en" else []
    words += PART_SHARES.get(table, ())
    shares = "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True))
    percent = r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b|percent\b|prozent\b|procent\b|proc\.)"
    share = rf"{percent}|(?<!\w)(?:{shares})" if shares else percent
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    determiners = "|".join(re.escape(w) for w in sorted(DETERMINERS.get(table, ()), key=len))
    article = rf"(?:(?:{determiners})\s+|l['’])?" if determiners else ""
    # and an owner after it ("a fifth of the EU's €5bn fund", "a third of its €9bn"): the
    # whole is still the owner's, no pledge of the subject (it was France's €5bn, counted)
    owners = "|".join(re.escape(w) for w in sorted(OWN_POSSESSIVES.get(table, ()), key=len))
    owner = rf"(?:(?:{owners})\s+|[^\W\d_][\w.-]*['’]s?\s+)?" if owners else ""
    return re.compile(
        rf"((?:{share})\s+(?:{link}))(?:\s+|(?<=d)['’]){article}{owner}$", re.IGNORECASE
    )


def _phrase(phrase: str) -> str:
    """The pattern of a phrase: its words with any spaces between, a comma where it has one."""
    return r"\s*,?\s+".join(re.escape(word.rstrip(",")) for word in phrase.split())
