"""Pledge candidates from a news text: one row per money amount that is not a restatement.

Each amount found by ``extract_amounts`` is read with its sentence: the donor is the country
named before the sentence's giving verb ("Vilnius announced"), the recipient the first other
country after it ("… for Kyiv"; none rather than a guess), the date the one the sentence states
or the publication date, and the category, basis and measure come from the sentence's words
(``aidcalc.news.cues``). ``source`` and ``note`` hold the sentence so a person can check every row.

>>> text = ("In September, Vilnius announced plans to allocate 10 million euros ($11 million) "
...         "to buy new Ukrainian-made Palianytsia missile-drones for Kyiv.")
>>> row = pledge_candidates(text, published="2024-11-04")[0]
>>> row["donor"], row["recipient"], row["date"], str(row["parsed"]), row["category"]
('LTU', 'UKR', '2024-09', 'EUR 10000000', 'military')
>>> row["measure"], row["basis"]
('pledge', 'new')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..parsing import Mention, extract_amounts
from ..pledges.schema import COLUMNS as PLEDGE_SCHEMA
from ..words import INFLECTED, POSSESSIVE_ENDINGS
from .cues import BASIS, CATEGORY, FUTURE, INTENTION, MEASURE, VERB, Cue, find_cues
from .dates import explicit_date
from .language import infer_language
from .places import Place, find_places
from .sentences import split_sentences

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# The pledge schema's columns, as extract_pledges returns them (read_pledges adds the date's
# precision and year).
COLUMNS = tuple(column for column in PLEDGE_SCHEMA if column not in ("date_precision", "year"))

# INFLECTED: languages whose case endings tell the subject ("Lietuva") from the recipient
# ("Ukrainai"); POSSESSIVE: endings of a possessor ("Russia's"). Both are data in aidcalc/words/.
POSSESSIVE = POSSESSIVE_ENDINGS

# When two category cues are as near to the amount, the first of these wins.
CATEGORY_ORDER = ("military", "financial", "humanitarian")


def extract_pledges(
    text: str, *, published: object = None, lang: str | None = None, source: str | None = None
) -> pd.DataFrame:
    """Return the pledge candidates of ``text`` as a frame in the pledge schema.

    ``published`` (date or ISO string) resolves "In September" and is the date of rows whose
    sentence states none. ``lang`` (ISO 639-1) is inferred when not given. ``amount`` holds the
    text of the mention and ``value``/``currency``/``qualifier``/``high`` its parsed form;
    ``source`` and ``note`` the sentence (``source=`` puts a citation in ``source`` instead).
    """
    import pandas as pd

    rows = pledge_candidates(text, published=published, lang=lang, source=source)
    frame = pd.DataFrame(
        [{column: row[column] for column in COLUMNS} for row in rows], columns=list(COLUMNS)
    )
    frame["value"] = frame["value"].astype("float64")
    frame["high"] = frame["high"].astype("float64")
    return frame


def pledge_candidates(
    text: str, *, published: object = None, lang: str | None = None, source: str | None = None
) -> list[dict[str, Any]]:
    """Return the pledge candidates of ``text`` as dicts (the ``COLUMNS`` plus ``parsed``, the
    ``Amount``, and ``start``/``end``, the mention's offsets); no pandas needed."""
    published_date, published_text = _published(published)
    language = lang or infer_language(text)
    mentions = extract_amounts(text, lang=lang)
    spans = split_sentences(text)
    starts = [start for start, _ in spans]
    rows = []
    for mention in mentions:
        if mention.equivalent_of is not None:
            continue
        sentence_start, sentence_end = _sentence_of(mention, spans, starts, len(text))
        sentence = text[sentence_start:sentence_end]
        at = mention.start - sentence_start
        where = (at, mention.end - sentence_start)
        amounts_here = [
            (m.start - sentence_start, m.end - sentence_start)
            for m in mentions
            if sentence_start <= m.start < sentence_end
        ]
        donor, recipient = donor_and_recipient(sentence, language, at)
        amount = mention.amount
        rows.append(
            {
                "donor": donor,
                "recipient": recipient,
                "date": explicit_date(
                    sentence,
                    published_date,
                    language,
                    amounts_here,
                    future_from=_first_start(sentence, language, FUTURE),
                )
                or published_text,
                "amount": text[mention.start : mention.end],
                "value": float(amount.value),
                "currency": amount.currency,
                "qualifier": amount.qualifier,
                "high": float(amount.high) if amount.high is not None else None,
                "category": _nearest_kind(
                    find_cues(sentence, language, CATEGORY), where, CATEGORY_ORDER
                )
                or "other",
                "measure": measure_of(sentence, language, where, amounts_here),
                "basis": "cumulative" if find_cues(sentence, language, BASIS) else "new",
                "source": source if source is not None else sentence,
                "note": sentence,
                "parsed": amount,
                "start": mention.start,
                "end": mention.end,
            }
        )
    return rows


def donor_and_recipient(
    sentence: str, lang: str | None, amount_at: int
) -> tuple[str | None, str | None]:
    """Return (donor, recipient) as ISO alpha-3 (or ``EU``) for the amount at ``amount_at``.

    The sentence is split at its first giving or receiving verb: the country just before it is
    the subject (the donor, or the recipient of "receive"), the first other country after it the
    other party. German verbs at the end split at their auxiliary ("hat … zugesagt"). Without a
    verb the last country before the amount is the donor and the recipient stays None.

    >>> donor_and_recipient("Kyiv will receive 5 million euros from Berlin", "en", 18)
    ('DEU', 'UKR')
    """
    places = find_places(sentence, lang)
    if not places:
        return None, None
    verbs = find_cues(sentence, lang, VERB)
    main = [cue for cue in verbs if cue.kind != "aux"]
    if main:
        verb = main[0]
        split = verb
        if lang == "de":
            helpers = [cue for cue in verbs if cue.kind == "aux" and cue.end <= verb.start]
            split = helpers[-1] if helpers else verb
        kind = verb.kind
    elif verbs:
        split, kind = verbs[0], "give"
    else:
        before = [place for place in places if place.end <= amount_at]
        return (before[-1].code if before else None), None
    before = [place for place in places if place.end <= split.start]
    after = [place for place in places if place.start >= split.end]
    subject = _subject(sentence, before, lang)
    code = subject.code if subject else None
    other = _first_other(after, code)
    if other is None and lang in INFLECTED:  # "Lietuva Ukrainai suteikė": a dative before
        other = _first_other([p for p in before if p is not subject and not p.whole], code)
    return (code, other) if kind == "give" else (other, code)


def measure_of(
    sentence: str, lang: str | None, where: tuple[int, int], amounts: Sequence[tuple[int, int]] = ()
) -> str:
    """Return the measure of the amount at ``where`` in ``sentence`` (docs/extraction.md).

    An announcement, plan, promise or future ("announced plans to allocate", "will give",
    "zugesagt", "skirs") between the previous amount of the sentence (or its start) and this
    amount makes a ``pledge``; otherwise the measure cue nearest the amount decides
    ("has provided", "allocated" -> ``allocation``, "disbursed" -> ``disbursement``,
    "committed" -> ``commitment``); without one it is a ``pledge``.

    >>> measure_of("Vilnius announced plans to allocate 10 million euros", "en", (36, 52))
    'pledge'
    >>> measure_of("Lithuania has provided support worth over 683 million euros", "en", (37, 59))
    'allocation'
    """
    start = max((end for _, end in amounts if end <= where[0]), default=0)
    if any(
        start <= cue.start and cue.end <= where[0] for cue in find_cues(sentence, lang, INTENTION)
    ):
        return "pledge"
    return _nearest_kind(find_cues(sentence, lang, MEASURE), where) or "pledge"


def _subject(sentence: str, before: list[Place], lang: str | None) -> Place | None:
    """Return the place that is the verb's subject: the last one before the verb that is not a
    possessive ("Russia's invasion"); in inflected languages, the last one in the nominative."""
    candidates = [p for p in before if sentence[p.end : p.end + 2] not in POSSESSIVE] or before
    if lang in INFLECTED:
        nominative = [p for p in candidates if p.whole and p.kind in ("name", "short")]
        candidates = nominative or candidates
    return candidates[-1] if candidates else None


def _first_other(places: list[Place], code: str | None) -> str | None:
    return next((place.code for place in places if place.code != code), None)


def _nearest_kind(cues: list[Cue], where: tuple[int, int], order: Sequence[str] = ()) -> str | None:
    """Return the kind of the cue nearest to the span ``where`` (ties: earlier in ``order``)."""
    if not cues:
        return None
    start, end = where

    def distance(cue: Cue) -> tuple[int, int]:
        gap = max(start - cue.end, cue.start - end, 0)
        rank = order.index(cue.kind) if cue.kind in order else len(order)
        return gap, rank

    return min(cues, key=distance).kind


def _sentence_of(
    mention: Mention, spans: list[tuple[int, int]], starts: list[int], length: int
) -> tuple[int, int]:
    """Return the span of the sentence holding the mention (widened if the mention crosses)."""
    index = bisect_right(starts, mention.start) - 1
    if index < 0:
        return 0, max(mention.end, spans[0][1] if spans else length)
    start, end = spans[index]
    return start, max(end, mention.end)


def _published(published: object) -> tuple[date | None, str | None]:
    """Return the publication date (its first day) and its ISO text as the source gives it."""
    if published is None:
        return None, None
    from ..dates import parse_value_date

    value_date = parse_value_date(published)
    return value_date.start, str(value_date)


def link_deviations(mentions: Sequence[Mention], on: object, rates: Any = None) -> list[Mention]:
    """Return the mentions with each restatement's ``deviation`` filled in.

    ``deviation`` is how far the source's restatement is from the original converted at the
    reference rate of ``on`` (``aidcalc.conversion.deviation``); it stays None when no rate covers
    the currencies or the date.

    >>> found = link_deviations(extract_amounts("683 million euros ($763 million)"), "2024-11-04")
    >>> round(found[1].deviation, 3)
    Decimal('0.025')
    """
    from ..conversion import deviation

    linked = []
    for mention in mentions:
        if mention.equivalent_of is not None:
            original = mentions[mention.equivalent_of]
            try:
                gap = deviation(original.amount, mention.amount, on, rates=rates)
            except (LookupError, ValueError):  # RateNotAvailable, UnknownCurrency, a zero amount
                gap = None
            mention = replace(mention, deviation=gap)
        linked.append(mention)
    return linked


def _first_start(sentence: str, lang: str | None, table) -> int | None:
    """Return where the first cue of ``table`` stands in ``sentence``, or None."""
    cues = find_cues(sentence, lang, table)
    return cues[0].start if cues else None
