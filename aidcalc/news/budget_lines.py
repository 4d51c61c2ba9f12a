"""A budget line: money a country's budget of a year sets aside, not a pledge made that day.

"Im Haushalt 2026 sind für die Ukraine-Hilfe 11,5 Milliarden Euro vorgesehen", "the budget for
2026 includes €2bn for Ukraine", "w budżecie na 2026 r. zapisano 1 mld zł", "rammen for 2025
er 22,5 milliarder kroner": the amount is an allocation of the country whose budget it is,
dated by the budget's year, whatever day the article appeared. The words are data
(``BUDGET_NOUNS`` in ``aidcalc/words/``, per language; a word ending in "*" stands for every
word it begins). The rules, in the order ``budget_line`` applies them (docs/extraction.md,
"Budget lines"):

1. **A budget noun before the amount**: the last word of ``BUDGET_NOUNS`` before the amount in
   its sentence, unless a clause of another giver stands between them: a giving or receiving
   verb and a country named not as a recipient, both between the noun and the amount ("Im
   Haushalt 2026 ist nichts vorgesehen, doch Deutschland sagte der Ukraine 1 Mrd. Euro zu": a
   pledge as written). A verb of allotting alone keeps the line ("i budgeten för 2026 avsatt 2
   miljarder kronor").
2. **Its year**: a four-digit year within ``YEAR_REACH`` words after the noun, with only
   short links of four letters or fewer between ("Haushalt 2026", "budget for 2026", "rammen
   for 2025"; not "budget support in 2025"), or right before it ("the 2026 budget", "vuoden
   2026 talousarviossa"); a noun with no year names no budget line.

The owner is the country named right before the noun ("Germany's budget for 2026"); when that
is the country the text's money goes to ("Ukraine's budget for 2026 includes $20bn for
defence"), the row is its own budget, no gift (``rejected``). Else the owner is the country
the row already names as its giver when that is no recipient of it; else the caller takes
the press's own country (``HOME_COUNTRY``), the one whose budget the language's news
reports, and records it as an assumption. The first amount after the noun is
dated by the budget's year, whatever date the sentence states ("Stortinget vedtok i fjor å øke
rammen for 2025 til …": the decision was last year, the frame is 2025's); a later amount keeps
a date of its own ("…, nach rund 8 Mrd. Euro im laufenden Jahr").

>>> budget_line("Im Haushalt 2026 sind für die Ukraine-Hilfe 11,5 Mrd. Euro vorgesehen.",
...             "de", (44, 58))
BudgetLine(word='Haushalt', year='2026', end=11, owner=None)
>>> budget_line("The 2026 budget includes $2bn for Ukraine.", "en", (25, 29))
BudgetLine(word='budget', year='2026', end=15, owner=None)
>>> budget_line("Germany pledged €2bn from its budget.", "en", (16, 20)) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..words import BUDGET_NOUNS, NEWS_LANGUAGES
from .cues import VERB, find_cues

# How many words after a budget noun its year may stand ("Haushalt für das Jahr 2026").
YEAR_REACH = 4
WORD_RE = re.compile(r"[^\W\d_]+|\d{4}(?!\d)")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# How many words may stand between a budget's owner and the budget noun ("Germany's budget":
# the possessive "s"; "Germany's federal budget")
OWNER_GAP = 2


class BudgetLine(NamedTuple):
    """A budget noun as written, the budget's year (``YYYY``), where the noun ends and the
    country named right before it as its owner ("Germany's budget for 2026"), or None."""

    word: str
    year: str
    end: int
    owner: str | None = None

    @property
    def evidence(self) -> str:
        return f"a budget line ({self.word} {self.year}): an allocation of its year"


def budget_line(sentence: str, lang: str | None, where: tuple[int, int]) -> BudgetLine | None:
    """Return the budget line of the amount at ``where`` (offsets in ``sentence``), or None
    (the rules of the module docstring; English words when ``lang`` has none).

    >>> budget_line("W budżecie na 2026 r. zapisano 1 mld zł dla Ukrainy.", "pl", (31, 39))
    BudgetLine(word='budżecie', year='2026', end=10, owner=None)
    >>> budget_line("Stortinget økte rammen for 2025 til 22,5 milliarder kroner.", "nb",
    ...             (36, 58))
    BudgetLine(word='rammen', year='2025', end=22, owner='NOR')
    """
    table = lang if lang in BUDGET_NOUNS else ("en" if lang not in NEWS_LANGUAGES else None)
    pattern = _pattern(table) if table is not None else None
    if pattern is None:
        return None
    start = where[0]
    found = list(pattern.finditer(sentence, 0, start))
    if not found:
        return None
    noun = found[-1]
    verbs = [c for c in find_cues(sentence, lang, VERB) if c.kind in ("give", "receive")]
    if any(noun.end() <= c.start < start for c in verbs) and _giver_between(
        sentence, lang, noun.end(), start
    ):
        return None  # rule 1: "…, doch Deutschland sagte der Ukraine 1 Mrd. Euro zu"
    after = WORD_RE.findall(sentence, noun.end(), start)[:YEAR_REACH]
    at = next((i for i, w in enumerate(after) if YEAR_RE.fullmatch(w)), None)
    # only short links between the noun and its year ("für das Jahr", "for", "na"): "budget
    # support in 2025" is aid of a kind, no budget of a year
    year = after[at] if at is not None and all(len(w) <= 4 for w in after[:at]) else None
    if year is None:
        before = WORD_RE.findall(sentence, 0, noun.start())[-1:]
        year = before[0] if before and YEAR_RE.fullmatch(before[0]) else None
    if year is None:
        return None  # rule 2: a budget with no year is no line of one
    return BudgetLine(noun.group(), year, noun.end(), _owner(sentence, lang, noun.start()))


def _owner(sentence: str, lang: str | None, at: int) -> str | None:
    """The country named right before the budget noun at ``at`` (at most ``OWNER_GAP`` words
    between: "Germany's budget", "Polands statsbudget"), not as a recipient, or None."""
    from .donors import find_actors

    named = [a for a in find_actors(sentence, lang) if a.code and a.end <= at]
    if not named or named[-1].role == "recipient":
        return None
    gap = WORD_RE.findall(sentence, named[-1].end, at)
    return named[-1].code if len(gap) <= OWNER_GAP else None


def _giver_between(sentence: str, lang: str | None, start: int, end: int) -> bool:
    """True when a country is named between ``start`` and ``end``, not as a recipient."""
    from .donors import find_actors

    return any(
        a.code and a.role != "recipient" and start <= a.start < end
        for a in find_actors(sentence, lang)
    )


@lru_cache(maxsize=32)
def _pattern(table: str) -> re.Pattern[str] | None:
    """Every word of ``BUDGET_NOUNS`` of ``table`` as a whole word (a "*" word as its start)."""
    words = BUDGET_NOUNS.get(table, ())
    if not words:
        return None
    body = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
        for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
