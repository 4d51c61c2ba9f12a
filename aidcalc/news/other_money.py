"""Money that is no gift, whoever's it is: damage, weapons fired, losses, costs of a war, trade,
revenues and debts, and figures stated rather than given (estimates, reserves, hypotheticals).

News of pledges sets other sums beside the money given: what an attack destroyed ("Russia
destroyed infrastructure worth €2bn"), what missiles cost ("fired missiles worth €30m"), what
a country lost ("Poland, which lost 2 billion euros in trade, pledged …"), sold, earned or owes.
Read with the sentence's giver each was a pledge of that giver; it is none, whoever is the
subject of its clause. The words are data (``OTHER_MONEY`` in ``aidcalc/words/``, by kind and
language; a word ending in "*" stands for every word it begins, as "zniszczy*" for
"zniszczył", "zniszczyła"). The rules, in the order ``other_money`` applies them
(docs/extraction.md, "Money not given", rule 8):

1. **Before the amount**: in the amount's clause (from the last comma, semicolon, colon,
   bracket or dash before it to the next after it), the last word of ``OTHER_MONEY`` before
   the amount decides, unless a giving or receiving verb stands between that word and the
   amount ("Damaged schools will receive €50m from Japan"; "To repair the damage, Germany
   pledged €500m" has a comma).
2. **After the amount**: when the clause holds no giving or receiving verb at all, a word of
   ``OTHER_MONEY`` right after the amount or after one word of ``OTHER_MONEY_LINKS`` ("€2bn
   in damage", "2 mld zł strat", "2 milliards d'euros de dégâts"; not "€500m for damage
   repair"), or, in a language that may close a clause with
   its verb (``VERB_SECOND``), as the clause's last word ("das 2 Mrd. Euro im Handel
   verlor", "hat Infrastruktur im Wert von 2 Mrd. Euro zerstört").

3. **Figures stated**: an estimate or cost ("estimated at", "will cost", "kostet",
   "odhadují"), the price of a thing (``price``: "the bridge costs", "die Kosten der
   Brücke", "koszt mostu", "köprünün maliyeti"), a stock or total of an economy (reserves,
   GDP, a deficit, external financing received: "резерви", "rezerwy", "зовнішнього
   фінансування"), a hypothetical ("would mean", "zou … betekenen", "représenterait") and a
   valuation verb ("stands at", "beläuft sich", "wynoszą", "становлять"), the kinds of
   ``KINDS_STATED``, count only in a clause with no
   giving or receiving verb ("Germany has given an estimated €12bn" is a gift). A need or an
   appeal stated as a noun (``need``: "Finanzbedarf", "financing gap", "rahoitustarve",
   "ανάγκες") is such a figure too; a verb cue inside the matched word itself ("déficit de
   financement") is no giving verb. An estimate
   or valuation verb takes the kind of an earlier word of its clause of another kind
   ("Rezerwy … wynoszą": a reserve; "Škody … se odhadují": damage).
4. **A valuation verb alone** states no gift only when two words or more of its clause stand
   before it and no aid noun (``AID_NOUNS``), word of a sum (``SUM_WORDS``) or giving verb
   stands before it in the sentence: "Germany's aid now stands at €12bn" is a running total,
   "It amounts to €1bn" and "The total amounts to €1bn" may be an earlier sentence's package.

5. **A clause with no verb** continues the figure before it: when the amount's clause holds
   no verb, no aid noun and no country, the last word of ``OTHER_MONEY`` before it in the
   sentence (after its last giving or receiving verb; not a valuation verb) decides, if
   another amount follows that word and no aid noun stands between ("обсяг зовнішнього
   фінансування склав 41,7 млрд доларів, у 2023 році – 42,5 млрд доларів": both are totals
   received).

Revenues with a recipient marked after the amount in its clause are passed on, a gift
("€3bn of revenues from frozen Russian assets for Ukraine": ``FOR_A_RECIPIENT``).

A sentence written in hangul or kana is read with its script's words (``cjk_language``;
Korean: "비용", "추산", "필요", "호소") whatever the text's language: its clause closes with the
verb, so the word closing it counts after the amount (rule 2), and a word of giving
(``GIVING_WORDS``) closing the clause makes its money a gift whatever word stands before
("지진 피해 복구를 위해서는 300만 달러를 지원한다"); elsewhere it is a noun ("지원을
요청했다" asks for support). A word of purpose (``PURPOSE_AFTER``: "위해", "のため") between
the word and the amount makes the word what the money is for, never the money ("지진 피해
복구를 위해 1,550만 달러를 지원한 바 있다": for the recovery from the damage). No subject is
read there.

>>> other_money("유엔은 26억 달러가 필요하다고 호소했다.", None, (4, 10)).reason
'a need or appeal (필요하다고), not a pledge'
>>> other_money("지진 피해 복구를 위해서는 300만 달러를 지원한다.", None, (15, 22)) is None
True
>>> other_money("지진 피해 복구를 위해 1,550만 달러를 지원한 바 있다.", None, (13, 22)) is None
True

The subject is the country named last before the word (for rule 2, before the amount), not
as a recipient, else none. Damage and weapons fired are the attacker's acts: their subject
is then no recipient of any row of the sentence (``attacker``).

>>> other_money("Russia destroyed infrastructure worth €2bn.", "en", (38, 42))
OtherMoney(kind='damage', word='destroyed', code='RUS')
>>> other_money("Poland, which lost 2 billion euros, pledged €100m.", "en", (19, 34)).reason
'losses (lost), not a pledge'
>>> other_money("Germany pledged €500m to repair damage.", "en", (16, 21)) is None
True
>>> other_money("Reconstruction will cost $486bn.", "en", (25, 31)).reason
'an estimate or cost (will cost), not a pledge'
>>> other_money("Germany's aid now stands at €12bn.", "en", (28, 33)) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..words import (
    AID_NOUNS,
    GIVING_WORDS,
    NEWS_LANGUAGES,
    OTHER_MONEY,
    OTHER_MONEY_LINKS,
    PURPOSE_AFTER,
    SUM_WORDS,
    VERB_SECOND,
)
from .cjk import cjk_language
from .cues import VERB, find_cues, phrases_pattern

# Where a clause ends: a comma, semicolon, colon, bracket or a dash between spaces.
CLAUSE_END_RE = re.compile(r"[,;:()]|\s[–—-]\s")
WORD_RE = re.compile(r"[^\W\d_]+")

KIND_NAMES = {
    "damage": "damage or destruction",
    "fire": "the price of weapons fired",
    "loss": "losses",
    "cost": "a cost of war",
    "trade": "trade",
    "revenue": "revenues",
    "debt": "a debt",
    "estimate": "an estimate or cost",
    "price": "a price or cost",
    "stock": "a reserve, output or deficit",
    "conditional": "a hypothetical",
    "valuation": "a figure stated",
    "need": "a need or appeal",
}
# The kinds whose subject attacks: it receives no money of the sentence.
ATTACKS = frozenset({"damage", "fire"})
# The kinds that are a gift when a recipient is named after the amount in its clause (revenues
# of frozen assets passed on: "€3bn of revenues from frozen Russian assets for Ukraine").
FOR_A_RECIPIENT = frozenset({"revenue"})
# The kinds that state a figure rather than an act (an estimate or cost, a stock or total of the
# economy, a hypothetical): they count only in a clause with no giving or receiving verb, whose
# subject is then no giving act ("Germany has given an estimated €12bn" is a gift).
KINDS_STATED = frozenset({"estimate", "price", "stock", "conditional", "valuation", "need"})
# The kinds of verbs stating a figure: an earlier word of another kind in their clause is the
# subject and names the kind ("Škody … se odhadují na": damage, "Rezerwy … wynoszą": a reserve).
VERB_KINDS = frozenset({"estimate", "valuation"})


class OtherMoney(NamedTuple):
    """An amount that is no gift: its kind (a key of ``KIND_NAMES``), the word that says so as
    written and the country of its clause (ISO 3166 alpha-3, or None)."""

    kind: str
    word: str
    code: str | None

    @property
    def reason(self) -> str:
        return f"{KIND_NAMES[self.kind]} ({self.word}), not a pledge"

    @property
    def attacker(self) -> bool:
        """True when the subject damaged or fired: the attacker, no recipient."""
        return self.kind in ATTACKS


def other_money(sentence: str, lang: str | None, where: tuple[int, int]) -> OtherMoney | None:
    """Return why the amount at ``where`` (offsets in ``sentence``) is damage, losses, trade,
    revenues, a cost of war or a debt rather than a gift, or None (the rules of the module
    docstring, in their order; English words when ``lang`` is no news language).

    >>> other_money("Russland zerstörte Infrastruktur im Wert von 2 Mrd. Euro.", "de", (45, 56))
    OtherMoney(kind='damage', word='zerstörte', code='RUS')
    >>> other_money("Polen, das 2 Mrd. Euro im Handel verlor, sagte 100 Mio. Euro zu.", "de",
    ...             (11, 22)).reason
    'losses (verlor), not a pledge'
    >>> other_money("L'Italia ha speso 2 miliardi di euro per l'Ucraina.", "it", (18, 36)) is None
    True
    """
    # a language of no giving verbs may still name money that is no gift ("maliyeti": its cost);
    # a sentence in hangul or kana is read with its script's words whatever the text's language
    script = cjk_language(sentence)
    table = lang if lang in NEWS_LANGUAGES or lang in OTHER_MONEY else script
    table = table if table in NEWS_LANGUAGES or table in OTHER_MONEY else "en"
    pattern = _pattern(table)
    if pattern is None:
        return None
    start, end = where
    opened = max((m.end() for m in CLAUSE_END_RE.finditer(sentence, 0, start)), default=0)
    stop = CLAUSE_END_RE.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    verbs = [
        opened + c.start
        for c in find_cues(sentence[opened:clause_end], lang, VERB)
        if c.kind in ("give", "receive")  # "Damaged schools will receive €50m from Japan"
    ]
    if table == script and _closing_gift(sentence, table, opened, clause_end):
        return None  # "피해 복구를 위해서는 300만 달러를 지원한다": the closing verb gives
    found = list(pattern.finditer(sentence, opened, start))
    # a verb cue inside a word of its own ("déficit de financement") is no giving verb
    verbs = [g for g in verbs if not any(m.start() <= g < m.end() for m in found)]
    word = None
    # "지진 피해 복구를 위해 1,550만 달러를": a word of purpose after the word names what the
    # money is for, never the money (``PURPOSE_AFTER``)
    purpose = PURPOSE_AFTER.get(table, ()) if table == script else ()
    if found and any(w in sentence[found[-1].end() : start] for w in purpose):
        found = []
    if found and not any(found[-1].end() <= g < start for g in verbs):
        word, at = found[-1], found[-1].start()  # rule 1: the last word before, no verb between
    elif not verbs:
        after = list(pattern.finditer(sentence, end, clause_end))
        links = OTHER_MONEY_LINKS.get(table, frozenset())
        between = WORD_RE.findall(sentence, end, after[0].start()) if after else []
        if after and len(between) <= 1 and all(w.casefold() in links for w in between):
            word, at = after[0], start  # rule 2: "€2bn in damage", "2 mld zł strat"
        elif (
            after
            and (table in VERB_SECOND or table == script)  # hangul, kana: the verb closes
            and not WORD_RE.search(sentence, after[-1].end(), clause_end)
        ):
            word, at = after[-1], start  # "das 2 Mrd. Euro im Handel verlor": the closing verb
    if word is None and opened > 0:  # rule 5: "… склав 41,7 млрд доларів, у 2023 році – 42,5 …"
        word = _continued(sentence, lang, table, pattern, opened, start, clause_end)
        at = word.start() if word is not None else start
    if word is None:
        return None
    kind = _kind(table, word.group())
    if kind in VERB_KINDS and at == word.start():
        named = [m for m in found[:-1] if _kind(table, m.group()) not in VERB_KINDS]
        if named:  # "Rezerwy walutowe wynoszą 40 mld dolarów": the subject names the kind
            word, at = named[-1], named[-1].start()
            kind = _kind(table, word.group())
    if kind in KINDS_STATED and verbs:
        return None  # rule 3: "Denmark has given 0.3% of its GDP, €200m" stays a gift
    if kind == "valuation" and not _figure_subject(sentence, lang, opened, word.start()):
        return None  # rule 4: "Germany's aid now stands at €12bn", "It amounts to €1bn"
    if kind in FOR_A_RECIPIENT and _recipient_after(sentence, lang, end, clause_end):
        return None  # "€3bn of revenues from frozen Russian assets for Ukraine": a gift
    if kind == "price" or table == script:  # "köprünün maliyeti": a thing's price
        return OtherMoney(kind, word.group(), None)  # (in hangul or kana: no subject read)
    return OtherMoney(kind, word.group(), _subject(sentence, lang, at))


def _continued(
    sentence: str,
    lang: str | None,
    table: str,
    pattern: re.Pattern[str],
    opened: int,
    start: int,
    clause_end: int,
) -> re.Match[str] | None:
    """The word of ``OTHER_MONEY`` an amount's clause with no verb continues: its clause (from
    ``opened`` to ``clause_end``) holds no verb cue, no aid noun and no country, and the last
    such word before it in the sentence (not a valuation verb: the subject's word), after the
    last giving or receiving verb, is followed by another amount (a digit) and by no aid noun up
    to the amount at ``start``; else None."""
    nouns = _aid_nouns(table)
    clause = sentence[opened:clause_end]
    if find_cues(clause, lang, VERB) or (nouns is not None and nouns.search(clause)):
        return None
    gives = [c.end for c in find_cues(sentence[:opened], lang, VERB) if c.kind != "aux"]
    found = list(pattern.finditer(sentence, max(gives, default=0), opened))
    named = [m for m in found if _kind(table, m.group()) != "valuation"]  # the subject's word
    if not named:
        return None
    word = named[-1]
    between = sentence[word.end() : start]
    if not re.search(r"\d", sentence[word.end() : opened]):
        return None
    if nouns is not None and nouns.search(between):
        return None
    from .donors import find_actors

    if any(a.code and opened <= a.start < clause_end for a in find_actors(sentence, lang)):
        return None  # "Russia destroyed infrastructure worth €2bn, and Germany €1bn"
    return word


def _figure_subject(sentence: str, lang: str | None, opened: int, at: int) -> bool:
    """True when a valuation verb at ``at`` states a figure of no giving act: two words or more
    of its clause (opened at ``opened``) stand before it (not a pronoun alone: "It amounts to"
    may take an earlier sentence's aid), and neither an aid noun (``AID_NOUNS``), a word of a
    sum (``SUM_WORDS``: "The total amounts to") nor a giving, receiving or intention verb
    stands before it in the sentence."""
    if len(WORD_RE.findall(sentence, opened, at)) < 2:
        return False
    table = lang if lang in NEWS_LANGUAGES else "en"
    nouns = _aid_nouns(table)
    if nouns is not None and nouns.search(sentence, 0, at):
        return False
    return not find_cues(sentence[:at], lang, VERB)


@lru_cache(maxsize=32)
def _aid_nouns(table: str) -> re.Pattern[str] | None:
    """The aid nouns of ``table`` ("aid", "Hilfe*", "pomoc*") and its words of a sum ("the
    total", "insgesamt": ``SUM_WORDS``, the sum of money named before) as one pattern, or
    None."""
    spec = [*AID_NOUNS.get(table, "").split(), *SUM_WORDS.get(table, ())]
    return phrases_pattern(spec) if spec else None


def _recipient_after(sentence: str, lang: str | None, end: int, clause_end: int) -> bool:
    """True when a recipient is marked after ``end`` in the clause ending at ``clause_end``."""
    from .donors import find_actors

    return any(
        a.role == "recipient" and end <= a.start < clause_end for a in find_actors(sentence, lang)
    )


def _subject(sentence: str, lang: str | None, at: int) -> str | None:
    """The code of the last country named before ``at``, not as a recipient, else None."""
    from .donors import find_actors

    named = [a for a in find_actors(sentence, lang) if a.code and a.role != "recipient"]
    before = [a for a in named if a.end <= at]
    return before[-1].code if before else None


def _kind(table: str, word: str) -> str:
    """The kind of ``OTHER_MONEY`` of ``table`` whose words hold ``word``."""
    folded = " ".join(word.casefold().split())
    for kind, words in OTHER_MONEY[table].items():
        for entry in words:
            if folded == entry or (entry.endswith("*") and folded.startswith(entry[:-1])):
                return kind
    return "loss"  # not reached: the pattern is made of these words


def _closing_gift(sentence: str, table: str, opened: int, clause_end: int) -> list[int]:
    """Where the last word of a clause of hangul or kana (from ``opened`` to ``clause_end``)
    holds a word of giving (``GIVING_WORDS``: "지원한다", it supports), as a one-item list; else
    empty. Such a word elsewhere is a noun ("지원을 요청했다": asked for support): only the verb
    that closes the clause says what the money is."""
    last = list(WORD_RE.finditer(sentence, opened, clause_end))
    if not last:
        return []
    word = last[-1]
    found = [word.start() for w in GIVING_WORDS.get(table, ()) if w in word.group()]
    return found[:1]


@lru_cache(maxsize=32)
def _pattern(table: str) -> re.Pattern[str] | None:
    """Every word of ``OTHER_MONEY`` of ``table`` as a whole word (a "*" word as its start,
    then any letters), longest first; None when the language has none."""
    kinds = OTHER_MONEY.get(table)
    if not kinds:
        return None
    entries = sorted({w for words in kinds.values() for w in words}, key=len, reverse=True)
    body = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else r"\s+".join(map(re.escape, w.split()))
        for w in entries
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
