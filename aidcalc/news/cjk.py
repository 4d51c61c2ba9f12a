"""Who gives and who receives in a sentence of Japanese, Chinese or Korean, written without
spaces between words (docs/extraction.md, "Who gives", rule 0).

The rules of ``aidcalc.news.donors`` read words between spaces; these languages glue their
particles onto the noun ("ウクライナに", to Ukraine; "우크라이나에") and set no space before the
verb. So a sentence with such writing is read by its own rules, in this order; the words are
data (``GIVING_WORDS``, ``RECIPIENT_AFTER``, ``RECIPIENT_BEFORE`` and ``PLACE_SHORT_FORMS``
in ``aidcalc/words/ja.py``, ``zh.py``, ``ko.py``):

1. **The language** is the script's: kana makes it Japanese, hangul Korean, else Chinese.
2. **A word of giving** ("表明", "拠出", "承诺", "提供", "지원") must stand in the sentence;
   without one it names no giver and no receiver.
2b. **An institution of its own** (``INSTITUTIONS`` with a code: "世界银行", "세계은행",
   "世界銀行", the World Bank) is an actor as a country is, in the rules below.
3. **The receiver** of an amount is the last country (``aidcalc.places``) between the
   amount before it and this one, else the sentence's first, that stands right after a word
   of ``RECIPIENT_BEFORE`` ("向乌克兰", "给") or right before a particle of
   ``RECIPIENT_AFTER`` ("ウクライナに", "우크라이나에"): "수단에 500만 달러, 가자지구에
   1천만 달러" gives Sudan the first amount and Gaza the second.
4. **The giver** of an amount is the last country between the amount before it and this one
   right before a particle of ``SUBJECT_AFTER`` (the topic or subject: "미국은 5천400만
   달러, 일본은 1억 달러" names a giver per amount); else the first other country before the
   sentence's first amount that is not inside an amount the parser read ("45億ドル"); else
   none.
4b. **A country opening a phrase** that a particle of ``RECIPIENT_AFTER`` ends, before the
   next comma ("スーダンの人道危機に対し、", for the humanitarian crisis of Sudan; "トルコ地震
   の被災地復興には、"), is the receiver of the amounts after it when no country between the
   amount before and this one stands right before such a particle.
4c. **A country owning the noun after it**, right before a particle of ``GENITIVE_AFTER``
   ("ウクライナの要請を受け", at Ukraine's request; "应乌克兰的要求"; "スーダンの人道危機"),
   is never the giver by rule 4's fallback (the first country before the amount): it asked,
   or it is where the need is; the giver is a subject of rule 4 ("日本は"), or none.
5. **A country in a compound noun**, joined to another by a mark of ``COMPOUND_MARKS``
   ("튀르키예·시리아 지진", the Türkiye–Syria earthquake), is never a giver: it names the
   place of the aid, the receiver when no particle marks one.

>>> cjk_givers("日本政府はウクライナに45億ドルの追加支援を表明した。", [(12, 17)])
[('JPN', 'UKR', 'subject')]
>>> cjk_givers("中国宣布向乌克兰提供1亿美元援助。", [(10, 15)])
[('CHN', 'UKR', 'subject')]
>>> cjk_givers("미국은 5천400만 달러, 일본은 1억 달러의 지원을 약속했다.", [(4, 14), (20, 26)])
[('USA', None, 'subject'), ('JPN', None, 'subject')]
>>> cjk_givers("튀르키예·시리아 지진 피해 복구를 위해 300만 달러를 지원한다.", [(23, 30)])
[(None, 'TUR', None)]
>>> cjk_givers("외교부는 가자지구 주민을 위해 500만 달러를 지원한다.", [(17, 24)])
[(None, 'PSE', None)]
>>> cjk_givers("Germany pledged €1bn.", [(16, 20)]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..places import CJK_RE, Place, find_places
from ..words import (
    COMPOUND_MARKS,
    GENITIVE_AFTER,
    GIVING_WORDS,
    INSTITUTIONS,
    PURPOSE_AFTER,
    RECIPIENT_AFTER,
    RECIPIENT_BEFORE,
    SUBJECT_AFTER,
)
from .institutions import find_institutions

KANA_RE = re.compile(r"[\u3040-\u30ff]")
HANGUL_RE = re.compile(r"[\uac00-\ud7af]")


def cjk_language(sentence: str) -> str | None:
    """Return "ja", "ko" or "zh" for a sentence with such writing (rule 1), else None.

    >>> cjk_language("한국 정부는 우크라이나에 지원을 발표했다"), cjk_language("Kyiv")
    ('ko', None)
    """
    if not CJK_RE.search(sentence):
        return None
    if KANA_RE.search(sentence):
        return "ja"
    return "ko" if HANGUL_RE.search(sentence) else "zh"


def cjk_givers(
    sentence: str, amounts: Sequence[tuple[int, int]], money: Sequence[tuple[int, int]] = ()
) -> list[tuple[str | None, str | None, str | None]] | None:
    """Return (donor, recipient, rule) per amount of a Japanese, Chinese or Korean sentence
    (the rules of the module docstring), or None for a sentence of other writing. ``money``:
    the spans of every amount read, whose currency names hold no actor ("日本円")."""
    lang = cjk_language(sentence)
    if lang is None:
        return None
    nothing = [(None, None, None)] * len(amounts)
    if not any(word in sentence for word in GIVING_WORDS.get(lang, ())):
        return nothing
    spans = [*amounts, *money]
    places = [
        p
        for p in find_places(sentence, lang)
        if not any(start <= p.start < end for start, end in spans)
    ]
    # "世界银行向摩尔多瓦…", "세계은행은": an institution of its own code is an actor (rule 2b)
    places = sorted(
        [
            *places,
            *(
                p
                for p in map(_institution_place, find_institutions(sentence, lang))
                if p is not None
                and not any(o.start < p.end and p.start < o.end for o in places)
                and not any(start <= p.start < end for start, end in spans)
            ),
        ],
        key=lambda p: p.start,
    )
    after = RECIPIENT_AFTER.get(lang, ())
    before = RECIPIENT_BEFORE.get(lang, ())
    marks = COMPOUND_MARKS.get(lang, ())
    compound = [  # "튀르키예·시리아 지진": the place of the aid, never its giver (rule 5)
        p
        for p in places
        if any(sentence.startswith(m, p.end) or sentence.endswith(m, 0, p.start) for m in marks)
    ]
    receivers = [
        p
        for p in places
        if any(sentence.startswith(word, p.end) for word in after)
        or any(sentence.endswith(word, 0, p.start) for word in before)
    ]
    subjects = [
        p
        for p in places
        if p not in receivers
        and p not in compound
        and any(sentence.startswith(word, p.end) for word in SUBJECT_AFTER.get(lang, ()))
    ]
    # "ウクライナの要請を受け", "苏丹的人道危机": a country owning the noun after it (rule 4c)
    owners = [
        p
        for p in places
        if any(sentence.startswith(word, p.end) for word in GENITIVE_AFTER.get(lang, ()))
    ]
    first = amounts[0][0] if amounts else len(sentence)
    # "スーダンの人道危機に対し、1000万ドル": the phrase the country opens (rule 4b)
    purpose = PURPOSE_AFTER.get(lang, ())
    phrases = [
        p
        for p in places
        if p not in subjects
        and p not in receivers
        and (
            _opens_receiver(sentence, p, after)
            # "튀르키예·시리아 지진 … 위해": a compound's place is rule 5's
            or (p not in compound and _opens_purpose(sentence, p, places, purpose))
        )
    ]
    found: list[tuple[str | None, str | None, str | None]] = []
    begin = 0
    for start, end in amounts:
        own = [p for p in receivers if begin <= p.start < start] or [
            p for p in phrases if begin <= p.start < start
        ]
        receiver = own[-1] if own else ([*receivers, *phrases] or [None])[0]
        if receiver is None and compound:
            receiver = compound[0]
        recipient = receiver.code if receiver else None
        giver = [p for p in subjects if begin <= p.start and p.end <= start]
        donors = giver[-1:] or [
            p
            for p in places
            if p.end <= first
            and p.code != recipient
            and p not in compound
            and p not in receivers
            and p not in owners
        ]
        donor = donors[0].code if donors else None
        found.append((donor, recipient, "subject" if donor else None))
        begin = end
    return found


def _opens_purpose(sentence: str, place, places, purpose: Sequence[str]) -> bool:
    """Return whether a word of ``purpose`` stands after ``place`` before the next comma, stop
    or digit, with no other country between (rule 4b: "가자지구 주민을 위해").

    >>> from aidcalc.places import find_places
    >>> s = "정부는 수단 난민을 위해 200만 달러를 지원한다."
    >>> _opens_purpose(s, find_places(s, "ko")[0], find_places(s, "ko"), ("위해",))
    True
    """
    if not purpose:
        return False
    stop = PHRASE_END_RE.search(sentence, place.end)
    end = stop.start() if stop else len(sentence)
    end = min([p.start for p in places if place.end <= p.start < end] or [end])
    return any(word in sentence[place.end : end] for word in purpose)


def _institution_place(institution) -> Place | None:
    """Return an institution of its own code as a ``Place`` over its name alone, the particles
    and words glued after it left out ("세계은행은": "세계은행"); None for an office of any
    country ("政府").

    >>> from aidcalc.news.institutions import find_institutions
    >>> _institution_place(find_institutions("세계은행은 몰도바에", "ko")[0])
    Place(start=0, end=4, code='WBG', kind='short', whole=False)
    """
    if not institution.code:
        return None
    names = [
        form.rstrip("*")
        for table in INSTITUTIONS.values()
        for form in table.get(institution.code, ())
        if institution.text.startswith(form.rstrip("*"))
    ]
    if not names:
        return None
    end = institution.start + max(map(len, names))
    return Place(institution.start, end, institution.code, "short")


# where the phrase a country opens ends: a comma, a full stop or a digit
PHRASE_END_RE = re.compile(r"[、，,。.\d]")


def _opens_receiver(sentence: str, place, after: Sequence[str]) -> bool:
    """Return whether the phrase ``place`` opens, up to the next comma, stop or digit, ends
    with a particle of ``after`` (rule 4b) and names no other country.

    >>> from aidcalc.places import find_places
    >>> s = "スーダンの人道危機に対し、1000万ドルを供与する。"
    >>> _opens_receiver(s, find_places(s, "ja")[0], ("に対し",))
    True
    """
    stop = PHRASE_END_RE.search(sentence, place.end)
    phrase = sentence[place.end : stop.start() if stop else len(sentence)]
    return bool(phrase) and phrase.endswith(tuple(after))
