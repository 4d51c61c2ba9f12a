"""The simplest shapes framed by ordinary English words: a speed-up, never a reading.

News writes many amounts inside a few words of their own ("a package worth $2.5 billion",
"$5.5 billion in military aid", "an additional $425 million"). Those words decide nothing
about the amount: the grammar reads the same value, currency, qualifier and range for the text
as for the amount alone. ``framed_core`` cuts such words off both ends of a text, so that
``parsing._simple_amount`` can read the middle without building a ``grammar.Reader``.

The rule, in the order ``framed_core`` applies it:

1. the text is words parted by single spaces, at most ``MAX_WORDS`` of them;
2. the words before the amount and after it are all ``FRAME_WORDS``: lower-case English words
   that name no currency, scale, qualifier, country or language cue, and that no rule of the
   grammar weighs (``plain._WEIGHED``); at least one such word frames the amount;
3. an article ("a", "an") stands only before another frame word ("a package worth $2.5bn"),
   never right before the amount ("a $5m grant") nor after it ("€5m a year"): the grammar
   weighs those.

What is left is the amount's text; ``parse_amount`` reads it by the simplest path only when
its currency is a sign or code whose reading no word changes (``parsing._FRAMED_MARKS``, a
code): "package AU$1.1 billion" the grammar reads in the long scale (the sign is CLDR's for
languages that write it so), as it reads "AU$1.1 billion" alone in the short one.
tests/parsing/test_framed.py checks each frame word, alone and in pairs, around the simplest
shapes against the general path.

>>> framed_core("a package worth $2.5 billion")
'$2.5 billion'
>>> framed_core("$5.5 billion in military aid")
'$5.5 billion'
>>> framed_core("a $5m grant") is None, framed_core("€5m") is None
(True, True)
"""

from __future__ import annotations

# lower-case English words of aid news that frame an amount and decide nothing about it (each
# checked against the grammar: tests/parsing/test_framed.py)
FRAME_WORDS = frozenset({
    "a", "an", "in", "worth", "package", "packages", "aid", "military", "humanitarian",
    "financial", "economic", "additional", "assistance", "support", "funding", "fund", "loan",
    "loans", "grant", "grants", "total", "budget", "budgetary", "reconstruction", "defence",
    "defense", "weapons", "energy", "programme", "program", "pledge", "pledges", "deal",
    "contract", "spending", "investment", "tranche", "extra", "further", "emergency", "relief",
    "direct", "bilateral", "security", "development", "credit", "guarantee", "guarantees",
})  # fmt: skip
ARTICLES = frozenset({"a", "an"})
MAX_WORDS = 10


def framed_core(text: str) -> str | None:
    """Return the text of the amount that ``FRAME_WORDS`` frame in ``text`` (see the module),
    or None when no frame word starts or ends the text, or the frame breaks a rule."""
    if text.partition(" ")[0] not in FRAME_WORDS and text.rpartition(" ")[2] not in FRAME_WORDS:
        return None  # most texts: no frame, answered before the text is split
    words = text.split(" ")
    count = len(words)
    if count < 2 or count > MAX_WORDS:
        return None
    first = 0
    while first < count and words[first] in FRAME_WORDS:
        first += 1
    last = count
    while last > first and words[last - 1] in FRAME_WORDS:
        last -= 1
    if last == first or (first == 0 and last == count):
        return None  # all frame words, or none
    if first and words[first - 1] in ARTICLES:
        return None  # "a $5m grant": an article the grammar weighs
    for word in words[last:]:
        if word in ARTICLES:
            return None  # "€5m a year"
    core = words[first:last]
    if "" in core:
        return None  # spaces twice in a row, or at an end
    return " ".join(core)
