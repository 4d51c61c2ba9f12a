"""A restatement written as a sentence: "Canada's contribution of C$40 million is roughly
US$28 million" states one amount twice.

The parser links a restatement in brackets, after a comma or a link word
(``aidcalc.parsing.restatements``). In news text the same money is also restated by a verb of
being (``words.COPULAS``: "is", "ist", "est", "è", "to jest", "становить"): a mention that
follows the one before with only such a verb between, or two words of the table ("is
equivalent to", "echivalează cu": a short preposition may follow; its qualifier, "roughly", is
part of the mention), in another currency, and at a value a rate of the shipped data could give
(``parsing.rates.plausible_restatement``) restates it: its ``equivalent_of`` points to it
(or to the mention that one restates), so it is no second pledge, never a pledge to the
country its currency's name holds.

>>> from aidcalc.parsing import extract_amounts
>>> text = "Canada's contribution of C$40 million is roughly US$28 million."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "en")]
[None, 0]
>>> text = "Suma de 10 milioane de euro echivalează cu aproximativ 49,7 milioane de lei."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "ro")]
[None, 0]

A sentence may restate the money of the sentence before it with no amount of its own in the
same currency: it opens with a subject naming that money (``words.RESTATING_SUBJECTS``: "This
sum", "Această sumă", "Ta kwota") and a verb of being, its amount right after. A verb-final
language closes the clause with the verb instead (``words.COPULAS_AFTER``: Turkish "… denk
geliyor"), after a subject or the first amount and a noun.

>>> text = "România a dat 10 milioane de euro. Această sumă reprezintă circa 49,7 milioane de lei."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "ro")]
[None, 0]
>>> text = "Almanya 10 milyon avro verdi. Bu tutar yaklaşık 10,8 milyon dolara denk geliyor."
>>> [m.equivalent_of for m in copula_restatements(text, extract_amounts(text), "tr")]
[None, 0]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..parsing import Mention
from ..parsing.rates import plausible_restatement
from ..words import COPULAS, COPULAS_AFTER, NEWS_LANGUAGES, RESTATING_SUBJECTS

# The gap between the two mentions: a verb of being, perhaps a second word of the table or a
# short word ("is equivalent to", "echivalează cu", "komt overeen met"), then perhaps a short
# preposition ("est d'environ …", "è di circa …"), no comma or bracket.
GAP_RE = re.compile(
    r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+[^\W\d_]{1,3}\s+|\s+[^\W\d_]{1,2}['’]|\s+)"
)
# The longest short word that may stand as the gap's second word ("cu", "met", "to").
SHORT_WORD = 3


def copula_restatements(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Return ``mentions`` with each one that restates the one before by a verb of being
    linked to it (see the module docstring); the others unchanged."""
    # a language with tables of its own (Serbian, Macedonian: no news language yet) uses them
    own = lang in NEWS_LANGUAGES or lang in COPULAS or lang in RESTATING_SUBJECTS
    table = lang if own else "en"
    words = COPULAS.get(table, frozenset())
    after = COPULAS_AFTER.get(table, frozenset())
    if not (words or after) or len(mentions) < 2:
        return mentions
    result = list(mentions)
    for index in range(1, len(result)):
        before, mention = result[index - 1], result[index]
        if mention.equivalent_of is not None or mention.amount.currency == before.amount.currency:
            continue
        if not (
            _copula_between(text, before.end, mention.start, words)
            or _subject_sentence(text, before.end, mention, table, words, after)
            or _closing_copula(text, before.end, mention, after)
        ):
            continue
        if not plausible_restatement(before.amount, mention.amount):
            continue
        root = before.equivalent_of if before.equivalent_of is not None else index - 1
        result[index] = replace(mention, equivalent_of=root)
    return result


def _copula_between(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True when only a verb of being (and perhaps a second one or a short word) stands
    between ``start`` and ``end``: "C$40 million is roughly US$28 million"."""
    gap = GAP_RE.fullmatch(text, start, end)
    if gap is None or gap.group(1).casefold() not in words:
        return False
    second = gap.group(2)
    # "is roughly": a qualifier the mention holds; "is already": no link
    return second is None or second.casefold() in words or len(second) <= SHORT_WORD


# the end of a sentence between two amounts: the last one opens the sentence after it (a
# full stop of Chinese or Japanese needs no space after it)
_SENTENCE_END = re.compile(r"[.!?…][\"'”»)]*\s+|[。！？]\s*")
# a letter of a script written without spaces between words (Chinese, Japanese, Korean)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _subject_sentence(
    text: str,
    start: int,
    mention: Mention,
    table: str,
    words: frozenset[str],
    after: frozenset[str],
) -> bool:
    """True when a sentence after ``start`` opens with a subject of ``RESTATING_SUBJECTS`` and
    a verb of being right before ``mention`` ("Această sumă reprezintă circa 49,7 milioane de
    lei"), or, in a verb-final language, with the subject right before it and the verb of
    ``COPULAS_AFTER`` right after it ("Bu tutar yaklaşık 10,8 milyon dolara denk geliyor")."""
    ends = list(_SENTENCE_END.finditer(text, start, mention.start))
    subject = _subject(table)
    if not ends or subject is None:
        return False
    opening = subject.match(text, ends[-1].end(), mention.start)
    if opening is None:
        return False
    rest = text[opening.end() : mention.start].strip()
    if not rest:
        # "这笔资金约合4.5亿欧元": the verb of being opens the amount (its qualifier)
        opens = next(iter(re.findall(r"[^\W\d_]+", text[mention.start : mention.end])), "")
        return opens in words or (
            bool(after) and _closing_copula(text, mention.start, mention, after)
        )
    if _UNSPACED.match(rest):  # "这笔资金相当于约4.5亿欧元": no space around the verb
        return rest in words
    return _copula_between(text, opening.end() - 1, mention.start, words)


@lru_cache(maxsize=32)
def _subject(table: str) -> re.Pattern[str] | None:
    phrases = RESTATING_SUBJECTS.get(table, ())
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    spaced = "|".join(re.escape(p) for p in ordered if not _UNSPACED.search(p)) or "(?!)"
    unspaced = "|".join(re.escape(p) for p in ordered if _UNSPACED.search(p)) or "(?!)"
    # a subject in a script written without spaces may run into the amount ("これは約4億…")
    return re.compile(rf"[\"'„“«(]?(?:(?:{spaced})(?!\w)\s|(?:{unspaced})\s*)", re.IGNORECASE)


def _closing_copula(text: str, start: int, mention: Mention, after: frozenset[str]) -> bool:
    """True when at most two words (no punctuation) stand between ``start`` and ``mention``
    and a verb of ``COPULAS_AFTER`` right after it closes the clause: "10 milyon avroluk tutar
    yaklaşık 10,8 milyon dolara denk geliyor"."""
    if not after or not re.fullmatch(r"\s*(?:[^\W\d_]+\s+){0,2}", text[start : mention.start]):
        return False
    tail = text[mention.end : mention.end + 40]
    word = re.match(r"\s+([^\W\d_]+)", tail)
    if word is not None and word.group(1).casefold() in after:
        return True
    # Japanese and Korean: a particle of one letter, then the verb ("…ユーロに相当する",
    # "… 유로에 해당한다")
    return any(
        re.match(rf"\s*[^\W\d_]?\s*{re.escape(verb)}", tail)
        for verb in after
        if _UNSPACED.search(verb)
    )
