"""The one tokenizer: numbers, words, spaces and single characters, in one linear pass.

The lexicon's keys and the parser's scan both use it, so a multi-token form ("US $", "mln.",
"d'euros") matches the same way wherever it stands.

>>> form_key("US $"), form_key("Mln. EUR")
('us $', 'mln . eur')
"""

from __future__ import annotations

import re
import unicodedata

# One token of text: a number (with its grouping and decimal marks), a word, a space run, or any
# other single character. A mark glued after a word opens no number: in "Rs.10 crore" and
# "SFr.5 million" the dot closes the abbreviation, and the number is 10, not .10. Groups parted by
# spaces end where a mark (or an apostrophe) and a digit follow their decimal part or their last
# group: "Phase 2 829,000.74" is 2 and 829,000.74, never "2 829,000" and ".74", and "Phase 2
# 213'000" 2 and 213'000 (no number is grouped by spaces and by marks). Both the
# lexicon keys and the parser use this one tokenizer, so a multi-token form ("US $", "mln.",
# "d'euros") is matched the same way wherever it stands.
TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])(?:[.,]\d+(?!\d))?(?![.,'\u2019]\d)"
    r"|\d+(?:[.,'\u2019]\d+)*"
    r"|(?<![^\W\d_])[.,]\d+)"  # a leading mark (".5"), never one glued after a word ("Rs.10")
    r"|(?P<word>[^\W\d_\u00bc-\u00be\u2150-\u215f]+)"  # a vulgar fraction ("2½m") is no letter
    r"|(?P<space>\s+)"
    r"|(?P<sym>.)",
    re.DOTALL,
)

MAX_FORM_TOKENS = 6


def tokenize(text: str) -> list[tuple[str, str, int, int]]:
    """Return ``(kind, text, start, end)`` for every token of ``text``, spaces included."""
    return [
        (match.lastgroup or "sym", match.group(), match.start(), match.end())
        for match in TOKEN_RE.finditer(text)
    ]


def form_key(text: str, fold: bool = True) -> str:
    """Return the lookup key of a surface form: its non-space tokens joined by one space."""
    tokens = [t for kind, t, _, _ in tokenize(text.strip()) if kind != "space"]
    key = " ".join(tokens)
    return key.casefold() if fold else key


def strip_accents(text: str) -> str:
    """Return ``text`` without combining marks (``eurų`` -> ``euru``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def first_tokens(keys) -> dict[str, int]:
    """Return {first token: most tokens of a key starting with it}."""
    first: dict[str, int] = {}
    for key in keys:
        tokens = key.split(" ")
        first[tokens[0]] = max(first.get(tokens[0], 0), len(tokens))
    return first


def first_pairs(keys) -> frozenset[str]:
    """Return the first two tokens of every key of two tokens or more."""
    return frozenset(" ".join(key.split(" ")[:2]) for key in keys if " " in key)
