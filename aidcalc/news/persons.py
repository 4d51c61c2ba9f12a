"""Country names that name a person: a surname that is also a country ("Luís Montenegro",
"Prime Minister Jordan") is no place, so it gives and receives nothing.

The rules, in the order the code applies them (``person_places``), for a country written in
full as the gazetteer lists it (``Place.whole``: an inflected form, "der Präsident
Frankreichs", is a genitive, never a name):

1. **After a title**: a person's title (``PERSON_TITLES`` in ``aidcalc/words/``: "prime
   minister", "primeiro-ministro", "Kanzler", "President", "Mr"), perhaps a comma, and at most
   two capitalised first names, right before it ("o primeiro-ministro, Luís Montenegro",
   "Prime Minister Montenegro").
2. **After a first name**: a capitalised word right before it (one space) that is no place, no
   title and does not open its sentence, after a word in lower case or a comma
   ("anunciou Luís Montenegro"); a run of capitalised words ("Aid To Ukraine", a headline in
   title case) is no name, nor is the word right after a noun of an event (``VENUE_WORDS``:
   "meeting", "conference", "kokous", the head of a compound too: "avunantajakokouksessa")
   and the language's word of place (``SEAT_LINKS``: "in", "w"; none in Finnish, whose case
   ending says it): that is the event's place, a city the gazetteer may not list ("at the
   donors' meeting in Ramstein Germany pledged …", "avunantajakokouksessa Brysselissä Suomi
   lupasi …": the country gives).
3. **Speaking after a quote**: the subject of a verb of saying (``SPEECH_VERBS``) right after a
   closing quote ('…", afirmou Montenegro.', '…," Montenegro said'); after the verb, the
   name must end its clause ('…," said Japan's foreign minister' is a country's minister).

>>> from aidcalc.places import find_places
>>> text = "anunciou o primeiro-ministro, Luís Montenegro. A Ucrânia recebe."
>>> places = find_places(text, "pt")
>>> [places[i].code for i in sorted(person_places(text, places, "pt"))]
['MNE']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..words import NEWS_LANGUAGES, PERSON_TITLES, SEAT_LINKS, SPEECH_VERBS, VENUE_WORDS

# words (never the letters after a number: "€300m"), and each mark on its own
_WORD_RE = re.compile(r"(?<!\w)[^\W\d_][\w'’.-]*|[^\w\s]")
_QUOTE_CLOSE = '"”»“«'


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word titles, and the two-word ones as "first second"."""
    one = frozenset(t for t in PERSON_TITLES if " " not in t)
    two = frozenset(t for t in PERSON_TITLES if " " in t)
    return one, two


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    words: set[str] = set()
    for forms in SPEECH_VERBS.values():
        words.update(w.casefold() for w in forms.split())
    return frozenset(words)


def _is_title(words: list[str]) -> bool:
    """Whether the words before (last first) end with a title."""
    one, two = _titles()
    if words and words[-1].casefold().rstrip(".") in one:
        return True
    return len(words) >= 2 and f"{words[-2]} {words[-1]}".casefold() in two


# At most this many words between an event's noun and its word of place ("at the donors'
# conference held in Ramstein"), for a capitalised word not yet known as a place; a known place
# after an event's noun is ``aidcalc.news.donors._event_venue``'s (its own reach,
# ``donors.VENUE_REACH``, also passes determiners).
NAME_VENUE_REACH = 3


def _after_venue(words: list[str], lang: str | None) -> bool:
    """Whether the words before a capitalised word (in text order) end with a noun of an event
    (``VENUE_WORDS``; a stem of five letters or more also as the head of a compound) and the
    language's word of place (``SEAT_LINKS``), so that the word is the event's place.

    >>> _after_venue(["at", "the", "meeting", "in"], "en")
    True
    >>> _after_venue(["Syyrian", "avunantajakokouksessa"], "fi")
    True
    >>> _after_venue(["announced", "in"], "en")
    False
    """
    code = lang if lang in NEWS_LANGUAGES else "en"
    stems = VENUE_WORDS.get(code, ())
    if not stems:
        return False
    seats = SEAT_LINKS.get(code, frozenset())
    rest = words
    if seats:
        if not rest or rest[-1].casefold() not in seats:
            return False
        rest = rest[:-1]
    for word in reversed(rest[-NAME_VENUE_REACH:]):
        if not word[:1].isalpha():
            return False  # a mark ends the reach: "…, in Ramstein"
        folded = word.casefold()
        if any(folded.startswith(s) or (len(s) >= 5 and s in folded) for s in stems):
            return True
        if not seats:
            return False  # no word of place: the noun itself is right before
    return False


def _name(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper() and word[1:].islower()


def person_places(text: str, places: Sequence[Any], lang: str | None = None) -> set[int]:
    """Return the indexes of ``places`` (``Place``s found in ``text``) that name a person by
    the module's rules."""
    found: set[int] = set()
    starts = {p.start for p in places}
    for index, place in enumerate(places):
        if (
            not place.whole
            or place.kind != "name"
            or not text[place.start : place.end][:1].isupper()
        ):
            continue
        before = _WORD_RE.findall(text, max(0, place.start - 80), place.start)
        # rule 1: a title, a comma perhaps, at most two first names
        names = 0
        while names < 2 and before[: len(before) - names] and _name(before[-1 - names]):
            names += 1
        titled = False
        for count in range(names + 1):  # "President Jordan", "Prime Minister Luís Montenegro"
            rest = before[: len(before) - count]
            if rest and rest[-1] == ",":
                rest = rest[:-1]
            titled = titled or _is_title(rest)
        if titled:
            found.add(index)
            continue
        # rule 2: a first name in lower-case prose
        gap = text[place.start - 1 : place.start] if place.start else ""
        if names and gap == " " and len(before) > names:
            first_at = text.rfind(before[-1], 0, place.start)
            if (
                first_at not in starts
                and (before[-2] == "," or before[-2][:1].islower())
                and not _after_venue(before[:-1], lang)
            ):
                ahead = text[max(0, first_at - 3) : first_at]
                if not re.search(r"[.!?]\s*$", ahead):
                    found.add(index)
                    continue
        # rule 3: a speaker after a quote
        after = _WORD_RE.findall(text, place.end, min(len(text), place.end + 30))
        closes = not text[place.end : place.end + 1].strip() or text[place.end] in ".,;:!?"
        said_before = (
            closes  # "…", afirmou Montenegro.'; not '…," said Japan's foreign minister'
            and len(before) >= 2
            and before[-1].casefold().rstrip(".") in _speech()
            and (
                before[-2][-1] in _QUOTE_CLOSE
                or (before[-2] == "," and len(before) >= 3 and before[-3][-1] in _QUOTE_CLOSE)
            )
        )
        said_after = (
            bool(after)
            and after[0].casefold().rstrip(".") in _speech()
            and bool(before)
            and (
                before[-1][-1] in _QUOTE_CLOSE
                or (before[-1] == "," and len(before) >= 2 and before[-2][-1] in _QUOTE_CLOSE)
            )
        )
        if said_before or said_after:
            found.add(index)
    return found
