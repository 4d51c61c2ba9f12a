"""Money asked for, wished for, denied, refused or not given: amounts that are no pledge.

The words are data (``NOT_GIVING`` in ``aidcalc/words/``, one table per language), in five
kinds; the rules, in the order they are applied (docs/extraction.md, "Money not given"):

1. **Contrast** ("not only", "nicht nur", "nie tylko") is no negation: it is skipped; so is a
   phrase holding a wish word that asks for nothing ("in need": "Ukrainians in need"); and so
   is a cue in a relative clause closed before the amount ("Kyiv, which has asked for $5bn,
   got $2bn": ``RELATIVE_CLAUSE_WORDS``), which governs only its own clause.
2. **Request** ("asked", "called for", "bat", "попросила"): the cue nearest before the amount
   decides, unless a giving verb stands between them other than in the two words of its clause
   right after the cue ("Ukraine asked Germany to give …" is still asked for; "Responding to
   Kyiv's request, Norway sent …" is not).
3. **Wish** ("wants", "needs", "braucht", "potrzebuje"; the first person plural too: "need",
   "brauchen", "potrzebujemy", "necesitamos", as a quote's speaker says it; the past and
   subjunctive of reported speech: "needed", "brauche", "bräuchte", "potrzebowała",
   "потребувала", "necesitaba"): a request unless a
   giving verb stands anywhere between the cue and the amount, or after the amount in its
   clause ("wants to give …" and "… will … zahlen" are intentions to give).
4. **Denial** ("denied", "dementierte", "zaprzeczył"): scopes over the rest of its sentence up to
   the amount, unless after the last comma between them a country or office is followed by a
   giving verb, a main clause of its own ("Denying reports of a cut, Germany pledged …").
5. **Refusal** ("refused", "weigerte sich", "odmówiła"): as a request.
6. **Request after the amount** ("Die Ukraine hat um 2 Mrd. Euro gebeten", "heeft om …
   gevraagd"): a request or wish word after the amount in its clause governs it when the
   sentence holds no giving or intention verb at all.
7. **Negation** ("not", "won't", "nicht", "pas", "nie", "не"): it scopes over a giving or
   intention verb among the three words after it in its clause (the one nearest the amount:
   "não vai enviar"), else, when it stands before the amount, over the last giving verb of its
   clause before it ("zahlt der Ukraine nicht 500 Millionen", "n'accordera pas"). The negated
   verb governs the amount when no other giving verb and no semicolon stand between them (a
   verb before the amount), or, when verb and negation follow the amount ("… 500 Millionen
   Euro nicht zahlen") or the negation stands before it and the verb after, when no comma
   stands between the amount and them.

A request or a wish has the receiver as its subject: ``asker`` finds it, so the row names the
asker as recipient and the one asked (if any) as donor, never the asker as donor.

>>> not_given_by("The UK will not send £100 million to Ukraine.", "en", (25, 37))
'a negation, not a pledge (not send)'
>>> not_given_by("Germany not only pledged €5 billion but sent it.", "en", (25, 36)) is None
True
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from ..words import (
    ASKED_AFTER,
    GIVING_WORDS,
    PURPOSE_AFTER,
    RECIPIENT_AFTER,
    RELATIVE_CLAUSE_WORDS,
    REQUEST_ANSWERED,
    REQUEST_LINKS,
    SCRIPTS,
)
from .cues import INTENTION, NOT_GIVING, UNSPACED_SCRIPTS, VERB, Cue, find_cues

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# How many words after a negation its verb may stand ("n'a pas promis", "did not yet pledge").
NEGATION_REACH = 3
# How many words after a request or refusal still belong to it ("refused to give").
TAIL_WORDS = 2

KIND_NAMES = {
    "request": "a request",
    "wish": "a request",
    "denial": "a denial",
    "refusal": "a refusal",
    "negation": "a negation",
}


class NotGiven(NamedTuple):
    """Why an amount is not given: the cue's kind, where it stands and the words shown."""

    kind: str
    start: int
    end: int
    shown: str

    @property
    def reason(self) -> str:
        return f"{KIND_NAMES[self.kind]}, not a pledge ({self.shown})"


def not_given_by(sentence: str, lang: str | None, where: tuple[int, int]) -> str | None:
    """Return why the amount at ``where`` (offsets in ``sentence``) is asked for, denied,
    refused or negated rather than given (the row is then ``rejected``), else None.

    >>> not_given_by("Ukraine asked Germany for €5 billion.", "en", (26, 37))
    'a request, not a pledge (asked)'
    >>> not_given_by("Germany refused to give Ukraine €5 billion.", "en", (32, 43))
    'a refusal, not a pledge (refused)'
    >>> not_given_by("Asked about it, Germany pledged €5 billion.", "en", (32, 43)) is None
    True
    >>> not_given_by("Ukraine wants $3 billion more.", "en", (14, 24))
    'a request, not a pledge (wants)'
    >>> not_given_by("Poland denied it had promised €20 million.", "en", (30, 41))
    'a denial, not a pledge (denied)'
    """
    found = find_not_given(sentence, lang, where)
    return found.reason if found is not None else None


def find_not_given(sentence: str, lang: str | None, where: tuple[int, int]) -> NotGiven | None:
    """Return the ``NotGiven`` cue that governs the amount at ``where``, or None (the rules of
    the module docstring)."""
    cues = [c for c in find_cues(sentence, lang, NOT_GIVING) if c.kind != "contrast"]
    if not cues:
        return None
    if SCRIPTS.get(lang or "") in UNSPACED_SCRIPTS:
        return _unspaced_request(sentence, lang, cues, where)
    giving = [c for c in find_cues(sentence, lang, VERB) if c.kind == "give"]
    intending = find_cues(sentence, lang, INTENTION)
    before = [
        c
        for c in cues
        if c.end <= where[0]
        and c.kind != "negation"
        and not _closed_relative(sentence, lang, c, where)
    ]
    if before:
        cue = before[-1]
        found = _governs(sentence, lang, cue, where, giving)
        if found is not None:
            return found
    found = _closing_request(sentence, cues, where, giving, intending)
    if found is not None:
        return found
    for cue in cues:
        if cue.kind == "negation":
            found = _negated(sentence, cue, where, giving, intending)
            if found is not None:
                return found
    return None


# The marks that close a clause in a text written without spaces (its words are no guide).
UNSPACED_CLAUSE_MARKS = ",;，；。、"
# How many characters after a request its answering word may stand ("要請に応じ": one particle).
ANSWER_REACH = 3


def _unspaced_request(sentence: str, lang, cues: list[Cue], where: tuple[int, int]):
    """Rule 8, Japanese and Chinese (written without spaces, so no word counts): a request cue
    in the amount's clause (between ``UNSPACED_CLAUSE_MARKS``) governs it, unless a word that
    answers it (``REQUEST_ANSWERED``: "要請に応じ", "应乌克兰要求") stands before it in the
    clause or right after it; in Japanese, whose verb closes the clause, also unless a word of
    giving (``GIVING_WORDS``) follows it there ("支援を要請した" asks; "要請し、…供与した" has
    its own clause). Chinese puts what is asked for after the cue ("要求欧盟提供20亿欧元").

    >>> text = "乌克兰要求欧盟提供20亿欧元。"
    >>> find_not_given(text, "zh", (9, 14)).shown
    '要求'
    >>> find_not_given("美国应乌克兰要求提供20亿美元。", "zh", (10, 15)) is None
    True
    >>> find_not_given("ウクライナはEUに20億ユーロの支援を要請した。", "ja", (9, 15)).kind
    'request'
    """
    start, end = where
    opened = max(sentence.rfind(mark, 0, start) for mark in UNSPACED_CLAUSE_MARKS) + 1
    ends = [i for i in (sentence.find(mark, end) for mark in UNSPACED_CLAUSE_MARKS) if i >= 0]
    closed = min(ends, default=len(sentence))
    answers = REQUEST_ANSWERED.get(lang, ())
    giving = GIVING_WORDS.get(lang, ())
    verb_last = SCRIPTS.get(lang) == "Jpan"
    for cue in cues:
        if cue.kind not in ("request", "wish") or cue.start < opened or cue.end > closed:
            continue
        if any(w in sentence[opened : cue.start] for w in answers):
            continue  # "应乌克兰要求": at the request of
        if any(w in sentence[cue.end : cue.end + ANSWER_REACH + 2] for w in answers):
            continue  # "要請に応じ", "要請を受け"
        if verb_last and any(w in sentence[cue.end : closed] for w in giving):
            continue
        return NotGiven(cue.kind, cue.start, cue.end, cue.text)
    return None


def _governs(sentence: str, lang, cue: Cue, where: tuple[int, int], giving: list[Cue]):
    """Rules 2 to 5 for the cue nearest before the amount."""
    start, end = where
    if cue.kind == "denial":
        comma = sentence.rfind(",", cue.end, start)
        if comma >= 0 and _new_subject(sentence, lang, comma, start, giving):
            return None
        return NotGiven(cue.kind, cue.start, cue.end, cue.text)
    if cue.kind == "wish":
        clause_end = _clause_end(sentence, end)
        if any(cue.end <= c.start and c.end <= clause_end for c in giving):
            return None
        return NotGiven(cue.kind, cue.start, cue.end, cue.text)
    clause = min(start, _clause_end(sentence, cue.end))
    words = [m for m in WORD_RE.finditer(sentence, cue.end, clause)][:TAIL_WORDS]
    reach = words[-1].end() if words else cue.end
    if any(
        reach <= c.start and c.end <= start and not _asked_to_give(sentence, lang, cue, c)
        for c in giving
    ):
        return None
    return NotGiven(cue.kind, cue.start, cue.end, cue.text)


# How many words after a request its link word may stand ("asked the German government to")
LINK_REACH = 4


def _asked_to_give(sentence: str, lang, cue: Cue, verb: Cue) -> bool:
    """Return whether the giving ``verb`` after the request ``cue`` is what is asked for: a
    word of ``REQUEST_LINKS`` ("to", "zu", "aby", "чтобы") among the ``LINK_REACH`` words
    right after the cue, before the verb, and no semicolon or full stop between ("Poland asked
    Germany to give Ukraine €2bn", "Polska poprosiła Niemcy, aby przekazały …"; not "Ukraine
    asked for help, and Germany pledged to give €2bn": the link is too far), nor a comma
    between the link and the verb ("En réponse à l'appel de l'ONU, la Norvège a promis …":
    the "de" opens the appeal's complement, the comma a clause of its own).

    >>> text = "Poland asked Germany to give Ukraine €2bn."
    >>> find_not_given(text, "en", (36, 41)).shown
    'asked'
    >>> find_not_given("Ukraine asked for help, and Germany pledged to give €2bn.", "en",
    ...                (52, 57)) is None
    True
    >>> text = "En réponse à l'appel de l'ONU, la Norvège a promis 20 millions de dollars."
    >>> find_not_given(text, "fr", (51, 73)) is None
    True
    """
    links = REQUEST_LINKS.get(lang if lang in REQUEST_LINKS else "en", frozenset())
    between = sentence[cue.end : verb.start]
    if ";" in between or "." in between:
        return False
    words = list(islice(WORD_RE.finditer(sentence, cue.end, verb.start), LINK_REACH))
    # a comma between the link and the verb closes what the link opened: "l'appel de l'ONU,
    # la Norvège a promis" (the "de" of a noun's complement; the verb is a new clause's)
    return any(
        w.group().casefold() in links and "," not in sentence[w.end() : verb.start] for w in words
    )


def _closing_request(sentence, cues: list[Cue], where, giving: list[Cue], intending: list[Cue]):
    """Rule 6: a request or wish after the amount in its clause, in a sentence with no giving
    or intention verb at all ("Die Ukraine hat um 2 Mrd. Euro gebeten", "Oekraïne heeft om
    500 miljoen euro gevraagd"), governs it; else None (a sentence that also gives leaves the
    money asked for by another clause to ``aidcalc.news.beside``)."""
    end = where[1]
    closed = _clause_end(sentence, end)
    after = [c for c in cues if c.kind in ("request", "wish") and end <= c.start < closed]
    if not after or giving or intending:
        return None
    cue = after[0]
    return NotGiven(cue.kind, cue.start, cue.end, cue.text)


def _negated(sentence, cue: Cue, where, giving: list[Cue], intending: list[Cue]):
    """Rule 7: the negation ``cue`` when it governs the amount at ``where``, else None."""
    start, end = where
    verbs = sorted({*giving, *intending}, key=lambda c: c.start)
    after = list(islice(WORD_RE.finditer(sentence, cue.end), NEGATION_REACH))
    limit = min(after[-1].end() if after else cue.end, _clause_end(sentence, cue.end))
    scoped = [v for v in verbs if cue.end <= v.start and v.end <= limit]
    if not scoped and cue.end <= start:  # "zahlt der Ukraine nicht 500 Millionen Euro"
        clause = max(sentence.rfind(mark, 0, cue.start) for mark in ",;")
        scoped = [v for v in giving if clause < v.start and v.end <= cue.start][-1:]
    if not scoped:
        return None
    verb = scoped[-1]  # "não vai enviar": the giving verb nearest the amount
    if cue.end <= start and verb.end <= start:  # "will not send £100 million"
        between = sentence[verb.end : start]
        if ";" in between or any(verb.end <= c.start and c.end <= start for c in giving):
            return None
    elif cue.end <= start:  # "wird nicht 500 Millionen Euro zahlen"
        if any(mark in sentence[end : verb.start] for mark in ",;"):
            return None
    elif cue.start >= end:  # "… 500 Millionen Euro nicht zahlen", "… nicht frei"
        if any(mark in sentence[end : cue.start] for mark in ",;"):
            return None
    else:
        return None
    first, last = min(cue.start, verb.start), max(cue.end, verb.end)
    shown = " ".join(sentence[first:last].split()) if last - first < 40 else cue.text
    return NotGiven("negation", cue.start, cue.end, shown)


def request_roles(
    sentence: str,
    lang: str | None,
    found: NotGiven,
    where: tuple[int, int],
    donor: str | None,
    recipient: str | None = None,
) -> tuple[str | None, str | None, str | None] | None:
    """Return (donor, recipient, donor_from) of an amount asked or wished for by ``donor``
    (``recipient``: the one the sentence's reading found).

    The subject of a request is the one who would receive: when ``donor`` is named before the
    request cue ``found``, it becomes the recipient, and the donor is the one asked: a country
    named after the cue, before the amount or after an agent word ("from Sweden"), with
    ``donor_from`` ``"asked"``; else None. Returns None when the rule does not apply, or when
    ``donor`` is named before the cue only as an agent ("from": "Ukrayna AB'den 2 milyar euro
    istedi", Turkish puts the verb last): it is the one asked, its row is right.

    In a language whose verb closes the clause (``ASKED_AFTER``: ja, ko, tr) the one asked
    stands before the cue, after the asker, marked by its particle or case ending
    (``_asked_before``: "우크라이나는 독일에 10억 달러 지원을 요청했다", Ukraine asked Germany):
    it is the donor, the asker the recipient; with no asker named, the one asked is still the
    donor, never the recipient ("독일에 … 요청했다고 …": the recipient is the reading's other
    one, or none).

    >>> text = "Ukraine asked Germany for €5 billion."
    >>> request_roles(text, "en", find_not_given(text, "en", (26, 37)), (26, 37), "UKR")
    ('DEU', 'UKR', 'asked')
    >>> text = "Ukrayna AB'den 2 milyar euro istedi."
    >>> request_roles(text, "tr", find_not_given(text, "tr", (15, 28)), (15, 28), "EU") is None
    True
    >>> text = "우크라이나는 독일에 10억 달러 지원을 요청했다."
    >>> request_roles(text, "ko", find_not_given(text, "ko", (11, 17)), (11, 17), "UKR", "DEU")
    ('DEU', 'UKR', 'asked')
    """
    from .donors import find_actors

    if found.kind not in ("request", "wish"):
        return None
    if donor is None and lang not in ASKED_AFTER:
        return None
    actors = find_actors(sentence, lang)
    named = [a for a in actors if donor is not None and a.code == donor and a.end <= found.start]
    before = _asked_before(sentence, lang, actors, found, donor, named)
    if before is not None and named:  # "우크라이나는 독일에 … 요청했다": the verb last
        return before.code, donor, "asked"
    opening = before is not None and not WORD_RE.search(
        sentence, _part_start(sentence, found), before.start
    )
    if before is not None and opening:
        # "독일에 … 요청했다고 …": no asker named, the one asked opens the sentence; not so
        # after a subject of another kind ("유니세프는 수단에 … 호소했다": asked for Sudan)
        return before.code, (None if recipient == before.code else recipient), "asked"
    if donor is None or not named or all(a.role == "agent" for a in named):
        return None
    asked = [
        a
        for a in actors
        if a.code
        and a.code != donor
        and a.start >= found.end
        and (a.end <= where[0] or a.role == "agent")  # "pidió a España": asked, not receiving
    ]
    if asked:
        receiving = _asked_for(sentence, lang, actors, asked[0], donor, where)
        return asked[0].code, receiving or donor, "asked"
    return None, donor, None


def _asked_before(sentence: str, lang: str | None, actors, found: NotGiven, donor, named):
    """Return the actor asked before the request cue ``found`` in a language whose verb closes
    the clause (``ASKED_AFTER``), else None: the last country before the cue, after the asker
    (``named``, the reading's ``donor``) and in the cue's sentence part (after the last ``;``
    or full stop), that is no asker, named in the agent case ("Almanya'dan": from Germany) or
    right before a particle of ``ASKED_AFTER`` ("독일에", "ドイツに", "Almanya'ya") that opens
    no longer receiving form of ``RECIPIENT_AFTER`` ("우크라이나에 대한", "ウクライナに対し":
    for Ukraine, not asked)."""
    particles = ASKED_AFTER.get(lang or "", ())
    if not particles:
        return None
    longer = [
        form
        for form in (*RECIPIENT_AFTER.get(lang or "", ()), *PURPOSE_AFTER.get(lang or "", ()))
        if form not in particles and form.startswith(particles)
    ]
    begin = max(max((a.end for a in named), default=0), _part_start(sentence, found))
    fits = [
        a
        for a in actors
        if a.code
        and a.code != donor
        and begin <= a.start
        and a.end <= found.start
        and (
            a.role == "agent"
            or (
                sentence.startswith(particles, a.end)
                and not sentence.startswith(tuple(longer), a.end)
            )
        )
    ]
    agents = [a for a in fits if a.role == "agent"]
    return (agents or fits or [None])[-1]


def _part_start(sentence: str, found: NotGiven) -> int:
    """Return where the sentence part holding the cue ``found`` begins (after a ``;`` or stop)."""
    return max(sentence.rfind(mark, 0, found.start) + 1 for mark in ";.。；")


def _asked_for(sentence: str, lang: str | None, actors, asked, asker: str, where) -> str | None:
    """Return the country a request asks ``asked`` to give to, when it is not the asker:
    an actor named after the one asked, up to the end of the amount's clause, that no list
    word, comma or article alone joins to the one asked ("Poland asked Germany to give Ukraine
    €2bn", "Polska zwróciła się do Niemiec, aby przekazały Ukrainie …": Ukraine receives),
    or one read as receiving there ("… der Ukraine 2 Mrd. Euro zu geben"). None when no one
    else is named ("Ukraine asked Germany for €2bn": the asker receives), or when the next
    actor is listed with the one asked ("asked Germany and France for €2bn") or is an agent.
    """
    from ..words import DETERMINERS, LIST_AND, NEWS_LANGUAGES

    table = lang if lang in NEWS_LANGUAGES else "en"
    end = _clause_end(sentence, where[1])
    previous = asked
    for actor in actors:
        if actor.start < asked.end or actor.start >= end or actor.role == "agent":
            continue
        if actor.code in (None, asker, asked.code):
            previous = actor
            continue
        between = WORD_RE.findall(sentence[previous.end : actor.start])
        listed = all(
            table in LIST_AND.get(w.casefold(), ()) or w.casefold() in DETERMINERS.get(table, ())
            for w in between
        )
        if actor.role == "recipient" or not listed:
            return actor.code
        previous = actor
    return None


def _new_subject(sentence: str, lang: str | None, begin: int, end: int, giving: list[Cue]) -> bool:
    """Return whether a country or office between ``begin`` and ``end`` is followed there by a
    giving verb: a main clause of its own ("Denying reports of a cut, Germany pledged …"), not
    the denied clause ("dementierte, 20 Millionen Euro zugesagt zu haben")."""
    from .donors import find_actors

    actors = [a for a in find_actors(sentence, lang) if begin < a.start and a.end <= end]
    return any(a.end <= c.start and c.end <= end for a in actors for c in giving)


def _closed_relative(sentence: str, lang: str | None, cue: Cue, where: tuple[int, int]) -> bool:
    """Return whether ``cue`` stands in a relative clause (a comma, then a word of
    ``RELATIVE_CLAUSE_WORDS``: ", which has asked for", ", die … braucht") that a comma closes
    before the amount at ``where``: the cue governs that clause only ("Kyiv, which has asked
    for $5bn, got $2bn from Washington": the $2bn is no request)."""
    opened = sentence.rfind(",", 0, cue.start)
    if opened < 0:
        return False
    first = WORD_RE.search(sentence, opened + 1, cue.start)
    table = lang if lang in RELATIVE_CLAUSE_WORDS else "en"
    if first is None or first.group().casefold() not in RELATIVE_CLAUSE_WORDS.get(table, ()):
        return False
    closed = sentence.find(",", cue.end, where[0])
    return closed >= 0


def _clause_end(sentence: str, at: int) -> int:
    """Return where the clause that runs on from ``at`` ends (a comma, semicolon or the end)."""
    ends = [i for i in (sentence.find(mark, at) for mark in ",;") if i >= 0]
    return min(ends, default=len(sentence))
