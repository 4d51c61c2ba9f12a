"""Who gives and who receives: the donor and recipient of each amount of one sentence.

The rules, in the order they are applied (docs/extraction.md, "Who gives"):

1. **Actors.** The sentence's countries (``aidcalc.news.places``) and institutions
   (``aidcalc.news.institutions``) become actors. An office takes the country written beside
   it: a demonym or possessive before it ("the Dutch defence ministry", "Portugal's cabinet"), a
   genitive after it ("Уряд Японії", "Rząd Kanady", "the government of Canada"), or the capital
   it sits in ("das Verteidigungsministerium in Wien"); a named institution has its own code
   ("Pentagon" -> ``USA``). A country written as the possessor or adjective of an aid noun
   ("the EU's funding", "Greek aid", "l'aide grecque", "Norweska pomoc") is an actor too, and
   so is a name right after one in an ending only the genitive has ("Pomoc Polski", "допомога
   Литви": ``NAME_ENDINGS["owner"]``; not the default recipient, an objective genitive:
   "wsparcie Ukrainy"). After a fund's noun a genitive link names the fund's owner, a
   recipient ("het energiefonds van Oekraïne": ``FUND_NOUNS``). A bare
   demonym ("Russian strikes", "Ukrainian drones") or possessive ("Russia's invasion",
   "Ukraine's energy system") is not a subject, only a possible recipient.
2. **Roles from the word before.** An agent word ("by", "von", "par", "від", "przez") makes the
   actor the giver, a recipient word ("to", "for", "der", "à", "для", "dla") the recipient;
   determiners may stand between ("to the Netherlands", "à l'Ukraine").
3. **The subject of the first amount**: the last unmarked actor before the sentence's giving
   verb (in Lithuanian, Ukrainian and Polish one in the nominative). In German and the
   inflected languages, when none stands before the verb, the first unmarked one after it
   ("Im Februar sagte Deutschland der Ukraine …"). Else an actor marked as agent ("supplied by
   Slovakia"). When another giving verb stands between that verb and the first amount, a
   subject of its own before it wins ("România a livrat …, iar Germania va plăti 200 de
   milioane"). With a receiving or thanking verb the subject is the recipient and the
   agent ("from Berlin", wherever it stands: "Від Швеції надійшло …") or the next other actor
   after the verb the donor ("Kyiv thanked Berlin for …": the one thanked gives; in the
   verb-second languages the one right after a thanking verb is never its subject:
   "Selenskyj dankte Berlin für …", ``THANKING``). Without
   any verb, an agent, else the first unmarked actor before the amount (the sentence's
   topic), else an office before it. An actor that opens a relative clause holding the
   amount and closing with a giving verb comes first ("…, sagte Deutschland, das der
   Ukraine 1 Mrd. Euro zusagte": ``_relative_giver``). An agent after the first amount
   behind a phrase of parts ("…, led by Germany with €4bn") gives the later amount it leads,
   and the first is ``collective``. A subject of givers of a country (``ALLY_WORDS``:
   "Ukraine's allies", "die Verbündeten der Ukraine") gives collectively to that country
   (``_allies_of``).
4. **Each further amount** of the sentence keeps the donor before it unless its own stretch of
   text (from the previous amount) names a new one: an actor followed by a giving verb ("…,
   while Australia pledged A$100 million"), or right after a word of ``CONTRAST_OPENERS``
   with its own verb, known or not ("…, tandis que la France envisage …",
   ``_opened_subject``), standing right before the amount in a list
   ("Norway €80 million", "Latvija – 3 mln. eurų"; a word of more may stand between: "Japan
   weitere 2 Mrd. Dollar", ``FURTHER_AMOUNT``; not a name right after a giving verb, its
   indirect object, nor one after "and" following such an object's amount: "give Ukraine €3bn
   and Moldova €1bn" names two receivers, ``_indirect_object``) or opening a list item
   ("Germany, €8bn; Japan, ¥100bn": also the first amount when no donor stands before it;
   after the first amount joined by a word of ``ITEM_WITH``: "…, Germany leading with €4bn"),
   or opening a relative clause that holds the amount and ends with its giving verb
   ("…, sagte Deutschland, das der Ukraine 1 Mrd. Euro zusagte": ``_relative_giver``).
   An agent just after the amount ("$5bn from the United States"), a possessive just before it
   ("Norway's NOK 7.5bn") or an actor it follows in brackets ("Germany (€3bn), France
   (€2bn)"; a recipient's bracket is its share: "to Ukraine (€3bn) and Moldova (€2bn)") wins,
   for that amount only (``_beside``). A clause whose giving verb has a capitalised subject the
   gazetteer does not know ("…, while Scotland pledged") gives no donor (``unnamed``).
   An amount inside a quote in the first person plural ("we", "wir", "Przekażemy") is the
   gift of the country of the speaker named right after the quote ("…," said the Japanese
   prime minister), unless the quote names its own giver (``_quoted``: ``speaker``). A
   first-person quote that asks ("We need …", "Potrzebujemy …") or receives makes the speaker's
   country the recipient and the agent it names the giver, else none (``quote``); a speaker
   marked as receiving, or one said by a person of no known country ("sagte Biden"), gives
   none either (``quote``: no earlier sentence's donor is carried to it).
5. **Recipient**: an actor marked as recipient that is no donor of the sentence, else the first
   other actor after the verb (in inflected languages, a non-nominative one before it). In a
   sentence of several amounts, one marked as recipient right before an amount is that
   amount's own ("à l'Ukraine 3 milliards d'euros et à la Moldavie 1 milliard"), else one
   between an amount and the next ("145 millions d'euros pour l'Ukraine et 8 millions d'euros
   pour la Moldavie"), else a country that clause places its aid in ("…, and £15 million for
   aid in Sudan": ``located``).

6. **Collective money**: after a phrase such as "pledges from", "together with other",
   "Zusagen von" (``COLLECTIVE_DONORS``), the amounts that keep the sentence's first donor
   have none: the money is several givers' ("together with other lenders, Japan will provide
   $3 billion"), and the article's donor is not carried to them either. So too when that
   donor is one of several subjects joined by "and" ("Japonia și Coreea de Sud au
   promis …", "Roma e Berlino hanno annunciato …"), or a word of joint giving
   (``JOINT_DONORS``: "jointly", "gemeinsam", "tillsammans") stands between it and the amount;
   not when the sentence pairs givers and amounts ("respectively", ``RESPECTIVELY``): as
   many joined givers as amounts are paired in order (the amounts on both sides when the word
   stands among them: "3 respektive 2 miljarder"), and an unknown capitalised name among the
   givers gives its amount no donor (``unnamed``: "Germany, Scotland and France … respectively";
   one opening or closing the list too, "Scotland and Germany … respectively");
   givers and amounts that do not pair leave the amounts ``collective``.

``donor_from`` tells which rule chose the donor: ``subject``, ``list``, ``agent``,
``institution``, ``possessive``, ``adjective``, ``nearest`` or ``speaker``; ``unnamed`` (no
donor) for the last case of rule 4, ``quote`` (no donor) for a quote's amount of its last
sentences, ``owner`` (no donor) for a possessive before an amount
that is no gift ("Russia's $100bn military budget"); ``collective`` for rule 6;
``None`` with no donor. An office
whose country the sentence does not name gives donor ``None`` and ``donor_from``
``"institution"``: ``aidcalc.news.candidates`` then carries the article's donor.

>>> [tuple(g) for g in givers("Spain announced €200 million, while Australia pledged A$100 "
...                            "million for Ukraine.", "en", [(16, 28), (53, 67)])]
[('ESP', 'UKR', 'subject'), ('AUS', 'UKR', 'subject')]
>>> tuple(givers("Ammunition worth €90 million was supplied by Slovakia to Ukraine.", "en",
...              [(17, 28)])[0])
('SVK', 'UKR', 'agent')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..countries import EU, organisations
from ..pledges.schema import DEFAULTS
from ..words import (
    AGENT_MARKERS,
    AID_NOUNS,
    ALLY_WORDS,
    CASE_SUFFIXES,
    CHANNEL_AFTER,
    CHANNEL_WORDS,
    COLLECTIVE_DONORS,
    COMPARED_WORDS,
    CONTRAST_OPENERS,
    DETERMINERS,
    EACH_WORDS,
    EVENT_TOPICS,
    FROM_US,
    FUND_NOUNS,
    FURTHER_AMOUNT,
    GENITIVE_LINKS,
    INFLECTED,
    INSTRUMENTAL_LINKS,
    ITEM_WITH,
    JOINT_DONORS,
    LIKENESS_OPENERS,
    LIST_AND,
    MEANS_MARKERS,
    MEETING_WORDS,
    NAME_ENDINGS,
    NEGATION_WORDS,
    NEWS_LANGUAGES,
    ORGANISATION_NOUNS,
    PART_BEFORE,
    PART_SOURCES,
    POSSESSIVE_ENDINGS,
    PURPOSE_BY_LANGUAGE,
    PURPOSE_WORDS,
    RECIPIENT_MARKERS,
    RELATIVE_CLAUSE_WORDS,
    RESPECTIVELY,
    SEAT_LINKS,
    SPEECH_VERBS,
    STATE_NOUNS,
    SUBJECT_PRONOUNS,
    SUBJECT_RECEIVES,
    THANKING,
    VENUE_WORDS,
    VERB_SECOND,
    WAR_NOUNS,
    WAR_PARTICIPLES,
    WE_ENDINGS,
    WE_WORDS,
    WHOLE_WORTH,
)
from .cjk import cjk_givers
from .cues import CATEGORY, NOT_GIVING, VERB, Cue, find_cues, phrase_pattern, phrases_pattern
from .dates import month_words, weekday_words
from .institutions import find_institutions
from .language import sentence_language
from .parts import is_part, names_whole
from .places import Place, find_places

WORD_RE = re.compile(r"[^\W\d_]+")
# A dateline: a city in capitals, a short date after a comma, an agency in brackets, a dash.
DATELINE_RE = re.compile(
    r"\s*([^\W\d_][^\W\d_' .-]*?)"  # the city
    r"\s*(?:,[^\n()–—-]{1,30}?)?"  # a date
    r"\s*(?:\([^)\n]{1,40}\))?"  # the agency
    r"\s*\.?\s*(?:[-–—]\s+|$)"
)
# What may stand between a list's donor and its amount ("Norway €80 million", "Latvija – 3").
LIST_GAP_RE = re.compile(r"[\s:–—-]*")
# Between a list item's giver and its amount: also a comma ("Germany, €8bn; Japan, ¥100bn").
ITEM_GAP_RE = re.compile(r"\s*[,:–—-]?\s*")
# What ends a clause between an amount and a later subject ("…, and France said").
CLAUSE_MARK_RE = re.compile(r"[,;:]")
# What ends a list item before the next one's giver.
ITEM_SEPARATOR_RE = re.compile(r"[,;:]")
# Between one bracketed item and the next giver ("Germany (€3bn), France", ") and Italy").
BRACKET_LIST_RE = re.compile(r"\s*,?\s*(?:\w+\s+)?")
# A possessive right before an amount ("Britain's £2bn", "Norway’s NOK 7.5bn").
POSSESSIVE_GAP_RE = re.compile(r"['’]s?\s*")
# A word; one written with a capital may be a name the gazetteer does not know ("Scotland").
NAME_RE = re.compile(r"\b[^\W\d_]{2,}")
LAST_WORD_RE = re.compile(r"\b[^\W\d_]{2,}$")
# A hyphen joining a country's name to the noun after it, a compound ("Ukraine-Hilfe").
COMPOUND_HEAD_RE = re.compile(r"-[^\W\d_]{3,}")
# A case ending written after an apostrophe on a name ("Ukrayna'ya"), group 1 (``CASE_SUFFIXES``).
APOSTROPHE_ENDING_RE = re.compile(r"['’]([^\W\d_]+)")
# A comma or semicolon, perhaps one short word (an article) after it, right before a later
# list item's giver (", la Francia con 50 milioni"; "Die Schweiz hilft Moldau mit" is none).
ITEM_OPENS_RE = re.compile(r"[,;]\s*(?:[^\W\d_]{1,3}['’]?\s*)?$")
# A digit: an amount between a subject and its verb is the verb's own subject ("€5bn was sent").
DIGIT_RE = re.compile(r"\d")
# At most this many words between an amount and the agent that gives it ("pledged last week by").
OWN_AGENT_WORDS = 5
# Words after an amount read for what follows a possessive before it ("…'s €3bn aid package").
OWNED_WORDS = 3
# Languages whose genitive after an amount names its giver ("3 milliards d'euros de l'Allemagne").
GENITIVE_AFTER = frozenset({"fr", "es", "it", "pt"})
# Languages that may put the subject after the verb (verb second, or free order with cases).
SUBJECT_AFTER_VERB = VERB_SECOND | INFLECTED
# Languages whose genitive is an ending on the name ("Polens", "Danmarks", "Японії", "Kanady").
GENITIVE_ENDINGS = frozenset({"de", "sv"}) | INFLECTED


class Giver(NamedTuple):
    """The donor and recipient of one amount and the rule that chose the donor."""

    donor: str | None
    recipient: str | None
    donor_from: str | None


@dataclass(frozen=True, slots=True)
class Actor:
    """A country, institution or owner of aid named in a sentence, with its role marks."""

    start: int
    end: int
    code: str | None  # None: an office whose country the sentence does not name
    how: str  # "name", "institution", "possessive", "adjective", "genitive", "demonym", "owner"
    role: str | None = None  # "agent" or "recipient", from the word before it
    nominative: bool = True  # may be a subject in a language with cases
    subject: bool = True  # may be a subject at all (not a bare demonym or possessive)
    case_form: bool = False  # a country's name in a case other than the nominative ("Ukrainie")


def givers(
    sentence: str,
    lang: str | None,
    amounts: Sequence[tuple[int, int]],
    money: Sequence[tuple[int, int]] = (),
) -> list[Giver]:
    """Return a ``Giver`` per amount (offsets in ``sentence``, in order). ``money``: the spans
    of every amount the parser read in the sentence, restatements too; a country named inside
    one is part of a currency's name, no actor ("US$28 million", "20 Mrd. US-Dollar", "1,4 млрд
    доларів США", "2 mld dolarów amerykańskich").

    >>> s = "Kanada gibt der Ukraine 2 Mrd. kanadische Dollar (1,4 Mrd. US-Dollar)."
    >>> [tuple(g) for g in givers(s, "de", [(24, 48)], [(24, 48), (50, 67)])]
    [('CAN', 'UKR', 'subject')]
    """
    if not amounts:
        return []
    cjk = cjk_givers(sentence, amounts, money)
    if cjk is not None:  # "日本政府はウクライナに…": rule 0, words without spaces
        return [Giver(*found) for found in cjk]
    # a country's short form inside an amount is its currency's prefix ("pledged US$10m",
    # "NZ$10m"), no actor; one opening a list item stands before the amount's span already
    # (``country_prefix.giver_start``); a country inside any amount the parser read, a
    # restatement too, is part of a currency's name ("US$28 million", "доларів США")
    actors = [
        a
        for a in _actors(sentence, lang)
        if not any(s <= a.start < e for s, e in amounts)
        and not any(start <= a.start and a.end <= end for start, end in money)
    ]
    verbs = find_cues(sentence, lang, VERB)
    if lang in VERB_SECOND:  # "I Syria ga Norge …": the fronted place is where, not who
        actors = _fronted_places(sentence, lang, actors, verbs, amounts[0][0])
    said = _attribution(sentence, lang, actors, verbs, amounts[-1][1])
    if said is not None:  # "Donors pledged $1.5bn for Sudan, the British Foreign Office said."
        actors = [actor for actor in actors if actor.start < said]
    # "The package amounted to €500m, Germany said": a speaker is the source, and may give,
    # but never receives
    speaking = _attribution_begin(sentence, lang, verbs, amounts[-1][1]) if said is None else None
    speakers = {a.code for a in actors if speaking is not None and a.start >= speaking and a.code}
    speakers -= {a.code for a in actors if speaking is not None and a.end <= speaking}
    first, recipient_code = _first_donor(sentence, lang, actors, verbs, amounts[0][0])
    gives = [v for v in verbs if v.kind == "give" and v.end <= amounts[0][0]]
    if (first[0] is not None or first[1] is None) and recipient_code is None and len(gives) > 1:
        later = _clause_donor(sentence, lang, actors, verbs, gives[0].end, amounts[0][0])
        if later[0] is not None and (first[0] is None or later[0].code != first[0].code):
            # "…, iar Germania va plăti 200 de milioane"; "Na conferência de doadores …, a
            # União Europeia comprometeu-se com …": a giving noun of no subject before it
            first = later
    subject = first[0]
    if first[1] == "subject" and _unnamed_subject(
        sentence, lang, actors, verbs, subject.end, amounts[0][0], clause=True
    ):
        first = (None, "unnamed")  # "Ukraine needs more, and Scotland pledged …"
    if (
        first[1] in (None, "institution")
        and (first[0] is None or not first[0].code)
        and _unnamed_opening(sentence, lang, actors, verbs, amounts[0][0])
    ):
        first = (None, "unnamed")  # "Scotland pledged £300m", "Mr Starmer promised"
    if (
        first[1] in (None, "institution", "subject")
        and (first[0] is None or not first[0].code or first[1] == "subject")
        and (verb := _organisation_subject(sentence, lang, actors, verbs, amounts[0][0]))
        and (first[1] != "subject" or first[0].start >= verb.end)
    ):
        # "El Banco Interamericano aprobó …": not the EU's; "Карибський банк розвитку надав
        # 10 млн доларів Гаїті": the name after the verb is no subject
        first = (None, "organisation")
    if first[0] is None and first[1] not in ("unnamed", "collective", "organisation"):
        # "Pledges: Germany, €8bn"
        first = _item_donor(sentence, lang, actors, 0, amounts[0][0])
    elif first[1] == "subject" and first[0] is not None and first[0].start >= amounts[0][1]:
        # "The UK £2bn and Germany €3bn were pledged": a subject named after the first amount
        # is a later item's giver when the first amount opens an item of its own
        opening = _item_donor(sentence, lang, actors, 0, amounts[0][0])
        first = opening if opening[0] is not None else first
    # a thanking verb before the first amount whose giver is the one thanked ("Zelensky thanked
    # Germany for …"): the later amounts are not that giver's by default
    main = [v for v in verbs if v.kind != "aux"]
    thanking = (
        main[0]
        if main
        and first[1] == "agent"
        and main[0].kind == "receive"
        and main[0].end <= amounts[0][0]
        and _is_thanking(main[0], lang)
        else None
    )
    led = None
    if (
        first[1] == "agent"
        and first[0] is not None
        and len(amounts) > 1
        and amounts[0][1] <= first[0].start < amounts[1][0]
        and _part_phrase(lang).search(sentence, amounts[0][1], first[0].start) is not None
    ):  # "Donors pledged €9bn, led by Germany with €4bn": the agent leads a part, not the whole
        led, first = first[0], (None, "collective")
    allied = _allies_of(sentence, lang, actors, verbs, amounts[0][0])
    if allied is not None and (
        first[0] is None or first[0].code == allied.code or first[0].start >= allied.end
    ):
        # "Ukraine's allies pledged €9bn", "Les alliés de l'Ukraine ont promis …": several
        # givers' money, which that country receives
        first, recipient_code = (None, "collective"), allied.code
    elif (
        allied is None
        and first[0] is None
        and first[1] in (None, "institution")
        and _generic_subject(sentence, lang, actors, amounts[0][0])
    ):
        # "Загалом … партнери передали Україні понад 120 млрд доларів", "In total, partners
        # have provided …": several givers, none named; never the donor of an earlier sentence
        first = (None, "collective")
    chosen: list[tuple[Actor | None, str | None]] = [first]
    for index in range(1, len(amounts)):
        begin, at = amounts[index - 1][1], amounts[index][0]
        new = _clause_donor(sentence, lang, actors, verbs, begin, at)
        if new[0] is None and led is not None and begin <= led.start < at:
            new = (led, "agent")  # "…, led by Germany with €4bn"
        if new[0] is None and new[1] != "unnamed":
            new = _item_donor(sentence, lang, actors, begin, at)
        if new[0] is None and _unnamed_subject(sentence, lang, actors, verbs, begin, at):
            new = (None, "unnamed")  # "…, while Scotland pledged £300m": not Japan's
        if new[0] is None and new[1] != "unnamed":  # "thanked Berlin for €300m and Paris for …"
            new = _parallel_item(sentence, lang, actors, amounts, index, chosen[0])
        if new[0] is None and new[1] != "unnamed" and thanking is not None:
            new = _thanked_item(sentence, lang, actors, verbs, thanking, begin, at)
        if new[0] is None and new[1] != "unnamed":  # "…, who thanked Berlin for the new money
            # and Paris for €500m": a thanking verb of this amount's own clause
            own = [v for v in verbs if begin <= v.start < at and v.kind == "receive"]
            if own and _is_thanking(own[-1], lang):
                after = [a for a in actors if own[-1].end <= a.start and a.end <= at and a.code]
                giver = _thanked_for(sentence, after, at)
                new = (giver, "agent") if giver is not None else new
        chosen.append(new if new[0] is not None or new[1] == "unnamed" else chosen[-1])
    # the words right beside an amount name its own giver, for that amount only
    sentence_first = chosen[0]
    own_recipients = _beside(sentence, lang, actors, verbs, amounts, chosen)
    own_recipients.update(_quoted(sentence, lang, actors, verbs, amounts, chosen))
    for index, (at, _) in enumerate(amounts):  # "give Ukraine €3bn and Moldova €1bn"
        begin = amounts[index - 1][1] if index else 0
        named = [a for a in actors if begin <= a.start and a.end <= at and a.code]
        if (
            named
            and LIST_GAP_RE.fullmatch(sentence, named[-1].end, at)
            and _indirect_object(sentence, lang, actors, verbs, named[-1], begin)
            and named[-1].code != (chosen[index][0].code if chosen[index][0] else None)
        ):
            own_recipients.setdefault(index, named[-1].code)
    chosen = _speakers_give(sentence, actors, chosen, speaking)
    donors = {actor.code for actor, _ in chosen if actor is not None}
    thanks = [v for v in verbs if v.kind == "receive" and _is_thanking(v, lang)]
    if thanks:  # "thanked Berlin for the new money and Paris for €500m": each one thanked by
        # name before the last amount gives, none receives
        donors |= {
            a.code
            for a in actors
            if thanks[0].end <= a.start and a.end <= amounts[-1][0] and a.how == "name"
        }
    # the owner of money given by no one here ("a fraction of Russia's $100bn military budget")
    # receives nothing in the sentence either
    owners = {
        id(actor)
        for actor in actors
        for (at, _), (_, rule) in zip(amounts, chosen, strict=True)
        if rule == "owner"
        and actor.how == "owner"
        and actor.end <= at
        and POSSESSIVE_GAP_RE.fullmatch(sentence, actor.end, at)
    }
    # "…, la Francia con 50 milioni": a later item's giver, its amount read or not, receives
    # nothing ("con", "with", "mit" and a number right after it: ``ITEM_WITH``)
    with_pattern = _with_pattern(lang)
    # a subject whose amount the genitive owner beside it gives only welcomes or reports it
    # ("Frankreich begrüßte die Zusage Deutschlands von 5 Mio. Euro"): it receives nothing
    if chosen[0][1] == "genitive" and sentence_first[1] in ("subject", "nearest"):
        owners.add(id(sentence_first[0]))
    receivers = [
        actor
        for actor in actors
        if id(actor) not in owners
        and actor.code not in speakers
        # "…, matching the pledge of Germany", "…, more than Germany": compared with
        and not (actor.role != "recipient" and _likened(sentence, lang, actor.start))
        and not (
            with_pattern is not None
            and actor.role is None
            and ITEM_OPENS_RE.search(sentence, 0, actor.start)
            and (item := with_pattern.match(sentence, actor.end)) is not None
            and DIGIT_RE.match(sentence, item.end())
        )
    ]
    if recipient_code in speakers:
        recipient_code = None
    recipient = recipient_code or _recipient(receivers, verbs, lang, donors)
    collective = _collective_end(sentence, lang)
    joint = first[0] in actors and _joint(sentence, lang, actors, first[0], amounts[0][0])
    group = []
    if first[0] in actors and _respectively(sentence, lang):
        # "Germany, Korea and France": a name the gazetteer does not know holds its place, and
        # so do such names opening or closing the list ("Scotland and Germany", "Germany and
        # Narnia"): every name of the list counts
        group = _joined_subjects(sentence, lang, actors, first[0], unknown=True)
        lead, trail = _unknown_ends(sentence, lang, actors, group)
        group = [None] * lead + group + [None] * trail
    respectively = (joint or len(group) > 1) and bool(group)
    if joint and not respectively:
        collective = 0 if collective is None else collective
    if respectively:  # "Portugal y Noruega anunciaron 20 y 30 millones, respectivamente"
        opening = next(actor for actor in group if actor is not None).start
        paired = _paired(sentence, lang, amounts, len(group), opening)
        if paired is None:  # "Germany, Italy and France … €3bn and €2bn respectively": which?
            for index in range(len(amounts)):
                if chosen[index] is sentence_first:
                    chosen[index] = (None, "collective")
        elif all(chosen[i] is sentence_first for i in paired):
            for index, actor in zip(paired, group, strict=True):
                chosen[index] = (actor, "subject") if actor is not None else (None, "unnamed")
            for index in range(len(amounts)):  # "a combined €5bn, €3bn and €2bn respectively"
                if index not in paired and chosen[index] is sentence_first:
                    chosen[index] = (None, "collective")
    result = []
    for index, (choice, (amount_at, amount_end)) in enumerate(zip(chosen, amounts, strict=True)):
        actor, rule = choice
        donor = actor.code if actor is not None else None
        if collective is not None and collective <= amount_at and choice is sentence_first:
            donor, rule = None, "collective"  # "together with other lenders, Japan …"
        own = recipient
        if len(amounts) > 1:  # "145 millions pour l'Ukraine et 8 millions pour la Moldavie"
            until = amounts[index + 1][0] if index + 1 < len(amounts) else len(sentence)
            begin = amounts[index - 1][1] if index else 0
            # "à l'Ukraine 3 milliards d'euros et à la Moldavie 1 milliard": a marked one
            # right before an amount is that amount's own, not the one's before it; a place
            # after a word of place too, in a language with cases: "30 mil. Kč na humanitární
            # pomoc v Gaze"
            marked = [
                a.code
                for a in actors
                if (a.role == "recipient" or (a.role is None and a.case_form and not a.nominative))
                and amount_end <= a.start < until
                and a.code
                and not (index + 1 < len(amounts) and LIST_GAP_RE.fullmatch(sentence, a.end, until))
                # "300 000 eur, Gaze pôjde 250-tisíc eur": a case form past a comma opens the
                # next amount's clause
                and not (
                    a.role is None
                    and index + 1 < len(amounts)
                    and CLAUSE_MARK_RE.search(sentence, amount_end, a.start)
                )
            ]
            # "… ja Sudania 4,5 miljoonalla eurolla": a case form other than the nominative
            # right before an item's amount, in a language with cases, is its receiver
            leading = [
                a.code
                for a in actors
                if (
                    a.role == "recipient"
                    or (a.role is None and lang in INFLECTED and a.case_form and not a.nominative)
                )
                and begin <= a.start
                and a.end <= amount_at
                and a.code
                and (
                    LIST_GAP_RE.fullmatch(sentence, a.end, amount_at)
                    or _opens_clause(sentence, lang, a, begin, amount_at)
                )
            ]
            # "…, and £15 million for life-saving aid in Sudan": a country the clause of the
            # amount places its aid in (``located``: after a word of place that follows a word
            # of the clause, no comma between) receives it, when no name is marked as receiver
            located = [
                a.code
                for a in actors
                if a.role == "located"
                and amount_end <= a.start < until
                and a.code
                and not CLAUSE_MARK_RE.search(sentence, amount_end, a.start)
            ]
            if leading and leading[-1] not in donors:
                own = leading[-1]
            elif marked and marked[0] not in donors:
                own = marked[0]
            elif located and located[0] not in donors:
                own = located[0]
            elif not _part_recipient(sentence, lang, actors, amounts, index, recipient):
                own = recipient
            else:  # "€500m includes €200m for Chad": Chad receives the part, not the whole
                own = None
        own = own_recipients.get(index, own)
        if index:  # "…, og Libanon får 150 millioner kroner": the clause's receiver is its own
            own = _receiving_subject(sentence, lang, actors, verbs, begin, amount_at) or own
        result.append(Giver(donor, own if own != donor else None, rule))
    return result


def _fronted_places(sentence: str, lang: str | None, actors, verbs, amount_at: int) -> list:
    """Return ``actors`` with the countries of a fronted adverbial of place made ``located``,
    in a verb-second language (``VERB_SECOND``): when the words before the clause's finite verb
    do not open with an actor, hold a word of place (``SEAT_LINKS``) before the country and a
    country stands right after the finite verb (two words at most between, no punctuation),
    the words before the verb are one adverbial ("I Syria ga Norge …", "In Syrien gibt
    Deutschland …", "Etter jordskjelvet i Tyrkia og Syria ga Norge …"): its countries are
    where the money goes, the one after the verb is the subject that gives.

    >>> s = "I Syria ga Norge 40 millioner kroner til skoler."
    >>> [(a.code, a.role) for a in _fronted_places(s, "nb", find_actors(s, "nb"),
    ...                                            find_cues(s, "nb", VERB), 16)]
    [('SYR', 'located'), ('NOR', None)]
    """
    if not verbs or verbs[0].start >= amount_at or all(cue.kind == "aux" for cue in verbs):
        return actors
    finite = verbs[0]  # "hat" in "… hat Deutschland 50 Mio. Euro gegeben"
    front = [a for a in actors if a.end <= finite.start]
    # "in der Türkei": a determiner that is also a recipient's word may mark one already
    if not front or any(a.how != "name" or a.role == "agent" for a in front):
        return actors
    words = [w for w in _words(sentence) if w[1] <= finite.start]
    opening = dateline_end(sentence)
    words = [w for w in words if w[0] >= opening]
    if not words or any(a.start <= words[0][0] < a.end for a in front):
        return actors  # "Norge ga i Syria …": the front is the subject
    seats = _table(SEAT_LINKS, lang)
    first_seat = next((w for w in words if w[2] in seats), None)
    if first_seat is None or first_seat[1] > front[0].start:
        return actors
    inverted = next(
        (
            a
            for a in actors
            if finite.end <= a.start < amount_at
            and a.role is None
            and a.subject
            and a.nominative
            and a.code
        ),
        None,
    )
    if inverted is None:
        return actors
    gap = sentence[finite.end : inverted.start]
    if NOT_WORDS_RE.search(gap) or len(WORD_RE.findall(gap)) > 2:
        return actors
    return [_replace(a, role="located") if a in front and a.role is None else a for a in actors]


def _opens_clause(sentence: str, lang: str | None, actor: Actor, begin: int, at: int) -> bool:
    """Return whether ``actor``, a name in a case other than the nominative (a language with
    cases), opens the clause of the amount at ``at``: after the previous amount's comma (from
    ``begin``), only a verb between it and the amount, no comma ("…, Gaze pôjde 250-tisíc
    eur": Gaza receives the 250 thousand)."""
    if actor.role is not None or lang not in INFLECTED or not actor.case_form:
        return False
    before = sentence[begin : actor.start]
    return (
        bool(CLAUSE_MARK_RE.search(before))
        and not WORD_RE.search(before[before.rfind(",") + 1 :])
        and not CLAUSE_MARK_RE.search(sentence, actor.end, at)
        and len(WORD_RE.findall(sentence, actor.end, at)) <= 1
    )


def _receiving_subject(sentence, lang, actors, verbs, begin: int, at: int) -> str | None:
    """Return the code of the country named right before a receiving verb (no comma between,
    not a verb of thanking) in the stretch ``begin``..``at`` before an amount: the subject
    of its own clause's receiving, that amount's recipient ("…, og Libanon får 150 millioner
    kroner", "…, and Moldova gets €1bn"), or None.

    >>> s = "Norway gives Syria €3m, and Lebanon gets €1m."
    >>> _receiving_subject(s, "en", _actors(s, "en"), find_cues(s, "en", VERB), 22, 41)
    'LBN'
    """
    for verb in verbs:
        if not (begin <= verb.start and verb.end <= at and verb.kind == "receive"):
            continue
        if _is_thanking(verb, lang):
            continue
        named = [a for a in actors if begin <= a.start and a.end <= verb.start and a.code]
        if named and not CLAUSE_MARK_RE.search(sentence, named[-1].end, verb.start):
            words = WORD_RE.findall(sentence, named[-1].end, verb.start)
            if len(words) <= 1:  # "Moldova gets", "Moldova also gets"
                return named[-1].code
    return None


def _part_recipient(
    sentence: str,
    lang: str | None,
    actors: Sequence[Actor],
    amounts: Sequence[tuple[int, int]],
    index: int,
    recipient: str | None,
) -> bool:
    """Return whether every name of the sentence's ``recipient`` stands inside the item of a
    later amount that is a part of an earlier one (``parts.is_part``: "includes", "of which",
    "darunter"): the recipient of that part, never of the amount at ``index``.

    >>> s = "Norway's €500m includes €200m for Chad."
    >>> a = _actors(s, "en")
    >>> _part_recipient(s, "en", a, [(9, 14), (24, 29)], 0, "TCD")
    True
    >>> t = "Norway gives €500m and €200m for Chad."
    >>> _part_recipient(t, "en", _actors(t, "en"), [(13, 18), (23, 28)], 0, "TCD")
    False
    """
    if recipient is None:
        return False
    names = [a for a in actors if a.code == recipient]
    if not names:
        return False
    for later in range(index + 1, len(amounts)):
        begin = amounts[later][1]
        until = amounts[later + 1][0] if later + 1 < len(amounts) else len(sentence)
        if is_part(sentence, lang, amounts[later], amounts[later - 1][1]):
            names = [a for a in names if not begin <= a.start < until]
    return not names


# At most this many words between a part and the country it comes from ("€1bn will come from
# Germany", "1 Mrd. Euro kommen aus Deutschland")
SOURCE_WORDS = 4


def part_source(sentence: str, lang: str | None, where: tuple[int, int]) -> str | None:
    """Return the code of the country a part of a whole comes from, named after the part's
    amount at ``where`` by a word of ``PART_SOURCES`` ("from", "aus", "z", "від"), determiners
    between ("de la France"), within ``SOURCE_WORDS`` words and no clause mark, no word of
    ``PURPOSE_WORDS`` before it ("für Waffen aus Deutschland" buys German arms): that country
    gives the part, whoever gives the whole ("The EU pledged €3bn. Of that, €1bn will come
    from Germany"; docs/extraction.md, "Parts and duplicates"). None when the words after the
    amount name none.

    >>> part_source("Of that, €1 billion will come from Germany.", "en", (9, 19))
    'DEU'
    >>> part_source("W tym 1 mld euro z Polski.", "pl", (6, 16))
    'POL'
    >>> part_source("Davon gehen 1 Mrd. Euro für Waffen aus Deutschland.", "de", (12, 23)) is None
    True
    """
    sources = _table(PART_SOURCES, lang)
    if not sources:
        return None
    determiners = _table(DETERMINERS, lang)
    for actor in _actors(sentence, lang):
        if not actor.code or actor.start < where[1]:
            continue
        gap = sentence[where[1] : actor.start]
        words = [word.casefold() for word in WORD_RE.findall(gap)]
        if any(mark in gap for mark in ",;:()") or len(words) > SOURCE_WORDS:
            return None
        while words and words[-1] in determiners and words[-1] not in sources:
            words.pop()  # "de la France", "from the Netherlands"
        if not words or words[-1] not in sources:
            return None
        if any(word in PURPOSE_WORDS for word in words[:-1]):
            return None
        return actor.code
    return None


def stated_recipient(sentence: str, lang: str | None) -> str | None:
    """Return the recipient a sentence without amounts names for the money of the next ones
    (rule 5 with no amount: "Ukraine will get new help.", "Sweden has backed Kyiv since
    2022."; else a capital visited: "O primeiro-ministro esteve em Kiev"), or None; never a
    country the sentence compares with, one right after a word of comparison
    (``COMPARED_WORDS`` that mark no giver or receiver: "deutlich weniger als Dänemark", "more
    than France", "moins que la France"), determiners between.

    >>> stated_recipient("Ukraine will get new help.", "en")
    'UKR'
    >>> stated_recipient("Die deutsche Hilfe ist deutlich weniger als Dänemark.", "de") is None
    True
    """
    end = len(sentence)
    code = givers(sentence, lang, [(end, end)])[0].recipient
    if code is None:  # "O primeiro-ministro esteve em Kiev": a visit names where money goes
        words = _words(sentence)
        # not where an event happens ("announced at a ceremony in Paris", "the London
        # conference"): donors meet there, it receives nothing
        venues = [
            p
            for p in find_places(sentence, lang)
            if _venue(sentence, p, lang, words)
            and not _event_venue(sentence, p, lang, words)
            and not _meeting_place(sentence, p, lang)
        ]
        return venues[0].code if venues else None
    actor = next(a for a in _actors(sentence, lang) if a.code == code)
    return None if _compared(sentence, lang, actor.start) else code


def recipient_besides(
    sentence: str, lang: str | None, donor: str, amounts: Sequence[tuple[int, int]] = ()
) -> str | None:
    """Return the recipient of ``sentence`` other than ``donor`` (rule 5 with the donor left
    out: a marked one, else the first other country after the giving verb, else a dative
    before it), or None. Aid never goes from a country to itself: "Lietuvos karinė parama
    Ukrainai viršija 800 mln. eurų", its donor Lithuania carried from an earlier sentence,
    gives to ``Ukrainai`` (a dative), not to the genitive ``Lietuvos``. A country named inside
    one of ``amounts`` is part of a currency's name, no recipient.

    >>> recipient_besides("Lietuvos karinė parama Ukrainai viršija 800 mln. eurų.", "lt", "LTU")
    'UKR'
    >>> recipient_besides("Pakken har en samlet værdi af 4,2 mia. kr.", "da", "DNK") is None
    True
    """
    actors = [
        a
        for a in _actors(sentence, lang)
        if a.code != donor
        and not any(s <= a.start < e for s, e in amounts)
        and not (a.role != "recipient" and _likened(sentence, lang, a.start))
    ]
    return _recipient(actors, find_cues(sentence, lang, VERB), lang, {donor})


def _compared(sentence: str, lang: str | None, start: int) -> bool:
    """Return whether a word of comparison stands right before ``start`` (determiners
    between): "als Dänemark", "than France", "que la France"; not a word that also marks a
    giver or receiver ("from", "to")."""
    markers = _table(AGENT_MARKERS, lang) | _table(RECIPIENT_MARKERS, lang)
    phrases = [p for p in _table(COMPARED_WORDS, lang) if p.split()[-1] not in markers]
    words = [w.casefold() for w in WORD_RE.findall(sentence[max(0, start - 40) : start])]
    determiners = _table(DETERMINERS, lang)
    while words and words[-1] in determiners:
        words.pop()
    text = " ".join(words)
    return any(text == p or text.endswith(" " + p) for p in phrases)


def _likened(sentence: str, lang: str | None, start: int) -> bool:
    """Return whether the country at ``start`` is one the sentence compares its giving with: a
    word of comparison right before it (``_compared``: "more than Germany"), or a word of
    ``LIKENESS_OPENERS`` opening its clause after a comma, semicolon or dash ("France pledged
    €5m, matching the pledge of Germany", "…, as did Germany", "…, so viel wie Deutschland");
    such a country receives nothing (until session 24 it was made the recipient).

    >>> _likened("France pledged €5m, matching the pledge of Germany.", "en", 44)
    True
    >>> _likened("France pledged €5m, a package for Germany.", "en", 34)
    False
    """
    if _compared(sentence, lang, start):
        return True
    opened = max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS)
    return opened >= 0 and _opens_likeness(sentence[opened + 1 : start], lang)


_CLAUSE_MARKS = ",;–—"


def _opens_likeness(text: str, lang: str | None) -> bool:
    """True when ``text`` opens with a phrase of ``LIKENESS_OPENERS`` of ``lang`` or of English
    (a short English sentence may be told as another language: "France pledged €5m, as did
    Germany" as Portuguese)."""
    words = " ".join(w.casefold() for w in WORD_RE.findall(text))
    phrases = (*LIKENESS_OPENERS.get(lang or "en", ()), *LIKENESS_OPENERS["en"])
    return any(words == phrase or words.startswith(phrase + " ") for phrase in phrases)


def likened_clauses(sentence: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans of the clauses that a word of ``LIKENESS_OPENERS`` opens after a comma,
    semicolon or dash, to the next such mark or the sentence's end: they tell of another
    giving, and date none of the sentence's rows ("France pledged €5m, like the aid it sent
    Ukraine in May": not May; until session 24 the row took it).

    >>> likened_clauses("France pledged €5m, like the aid it sent Ukraine in May.", "en")
    [(18, 56)]
    """
    marks = [i for i, ch in enumerate(sentence) if ch in _CLAUSE_MARKS]
    spans: list[tuple[int, int]] = []
    for at, end in zip(marks, [*marks[1:], len(sentence)], strict=False):
        if _opens_likeness(sentence[at + 1 : end], lang):
            spans.append((at, end))
    return spans


# How far from an amount a word of EACH_WORDS may stand ("jeweils 20 Millionen", "€20m each").
EACH_REACH = 16


def each_givers(sentence: str, lang: str | None, amounts: Sequence[tuple[int, int]]) -> list[str]:
    """Return the codes of the joined givers that each give the sentence's one amount, or []:
    the sentence has a single amount, a word of ``EACH_WORDS`` stands within ``EACH_REACH``
    characters before or after it, and its subject is two or more givers joined by "and" or
    commas ("Spanien und Italien sagten jeweils 20 Millionen Euro zu", "Spain and Italy
    pledged €20 million each"). The caller makes one row per giver.

    >>> each_givers("Spanien und Italien sagten jeweils 20 Millionen Euro zu.", "de", [(34, 52)])
    ['ESP', 'ITA']
    >>> each_givers("Spanien und Italien sagten 20 Millionen Euro zu.", "de", [(27, 45)])
    []
    """
    if len(amounts) != 1:
        return []
    pattern = _each_pattern(lang if lang in NEWS_LANGUAGES else "en")
    start, end = amounts[0]
    near = sentence[max(0, start - EACH_REACH) : start] + " | " + sentence[end : end + EACH_REACH]
    if pattern is None or not pattern.search(near):
        return []
    actors = list(_actors(sentence, lang))
    verbs = find_cues(sentence, lang, VERB)
    first, _ = _first_donor(sentence, lang, actors, verbs, start)
    if first[0] is None or first[1] != "subject" or first[0] not in actors:
        return []
    group = [a.code for a in _joined_subjects(sentence, lang, actors, first[0]) if a.code]
    return group if len(set(group)) >= 2 else []


@lru_cache(maxsize=32)
def _each_pattern(table: str) -> re.Pattern[str] | None:
    """The ``EACH_WORDS`` of ``table`` as one case-blind alternation, compiled once (None when
    the language has none)."""
    words = EACH_WORDS.get(table, ())
    if not words:
        return None
    return re.compile("|".join(phrase_pattern(w) for w in words), re.IGNORECASE)


@lru_cache(maxsize=32)
def _collective_pattern(lang: str | None) -> re.Pattern[str] | None:
    phrases = COLLECTIVE_DONORS.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not phrases:
        return None
    return phrases_pattern(phrases)


def _joint(sentence: str, lang: str | None, actors: list[Actor], donor: Actor, at: int) -> bool:
    """Return whether ``donor`` gives together with others (rule 6): a subject joined to it by
    "and" just before it ("Spain, Italy and Greece pledged"), or a word of joint giving between
    it and the amount at ``at``. A comma alone joins nothing: "In Kyiv, Germany pledged"."""
    index = actors.index(donor)
    if index > 0:
        other = actors[index - 1]
        gap = sentence[other.end : donor.start].strip().casefold()
        table = lang if lang in NEWS_LANGUAGES else "en"
        words = gap.replace("'", " ").replace("’", " ").split()  # "et la", "e l'"
        ands = [w for w in words if table in LIST_AND.get(w, ())]
        rest = [w for w in words if w not in ands and w not in _table(DETERMINERS, lang)]
        joined = gap == "&" or (len(ands) == 1 and not rest)  # not a comma: "In Kyiv, Germany"
        if joined and other.code and other.subject and other.role is None:
            return True
    pattern = _joint_pattern(lang)
    return pattern is not None and pattern.search(sentence, donor.end, at) is not None


def _paired(
    sentence: str, lang: str | None, amounts, count: int, opening: int = 0
) -> list[int] | None:
    """Return the indexes of the ``count`` amounts that "respectively" pairs with as many
    givers: the last ``count`` before the word ("€20 million and €30 million respectively,
    bringing their total to €50 million"), else the first ``count`` after it ("rispettivamente
    8 e 9 milioni"); None when there are not so many, or when more stand between the list of
    givers (from ``opening``) and the word than it has names, the extra ones not sums of the
    others ("a combined €5bn, €3bn and €2bn respectively" pairs; "Germany and France pledged
    €3bn, €2bn and €1bn respectively" does not: which two?)."""
    pattern = _joint_pattern(lang, "RESPECTIVELY")
    word = pattern.search(sentence) if pattern is not None else None
    if word is None or count < 2:
        return None
    before = [i for i, (start, _) in enumerate(amounts) if start < word.start()]
    after = [i for i, (start, _) in enumerate(amounts) if start >= word.start()]
    extra = [i for i in before[:-count] if amounts[i][0] > opening]
    if any(not names_whole(sentence, lang, *amounts[i]) for i in extra):
        return None
    if len(before) >= count:
        return before[-count:]
    if len(after) >= count:
        return after[:count]
    if before and len(before) + len(after) >= count:  # "3 respektive 2 miljarder euro"
        return (before + after)[len(before) - min(len(before), count - 1) :][:count]
    return None


def _joined_subjects(
    sentence: str, lang: str | None, actors: list[Actor], last: Actor, unknown: bool = False
) -> list[Actor | None]:
    """Return the subjects joined by "and" or commas that end with ``last`` ("Spain, Italy and
    Greece"), in order. With ``unknown``, a capitalised name the gazetteer does not know
    between two of them is a subject too, as None ("Germany, Korea and France": the caller
    gives its amount no donor, never the next giver's)."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    group: list[Actor | None] = [last]
    head = last.start
    index = actors.index(last)
    while index > 0:
        other = actors[index - 1]
        raw = sentence[other.end : head]
        gap = raw.strip().casefold()
        words = gap.replace("'", " ").replace("’", " ").replace(",", " , ").split()
        # "Deutschland bzw. Frankreich": an abbreviated "and" word keeps its dot
        rest = [w for w in words if w != "," and table not in LIST_AND.get(w.rstrip("."), ())]
        rest = [w for w in rest if w not in _table(DETERMINERS, lang)]
        if not (other.code and other.subject and other.role is None) or not words:
            break
        if rest:
            names = _unknown_items(raw, other.end, actors, lang) if unknown else None
            if names is None:
                break
            group[:0] = [None] * names
        group.insert(0, other)
        head = other.start
        index -= 1
    return group


def _unknown_ends(
    sentence: str, lang: str | None, actors: list[Actor], group: list[Actor | None]
) -> tuple[int, int]:
    """Return how many names the gazetteer does not know open and close the list of joined
    givers ``group`` ("Scotland and Germany", "Germany, France and Scotland"): capitalised
    words, no actor, month or weekday, joined to the list by commas and an "and" word, the
    last joiner an "and" word ("On Monday, Germany and France": "Monday" is no item, nor is
    "Reuters" in "Germany and France, Reuters reported, …"). The opening names reach back to
    the sentence start."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    ands = [w for w, langs in LIST_AND.items() if table in langs]
    if not ands:
        return 0, 0
    joiner = r"(?:\s*,\s*|\s+)(?:(?:" + "|".join(map(re.escape, ands)) + r")\s+)?"
    name = r"[^\W\d_]{2,}"

    def unknown(at: int, word: str) -> bool:
        folded = word.casefold()
        return (
            word[0].isupper()
            and not any(a.start <= at < a.end for a in actors)
            and folded not in month_words(table).keys() | weekday_words(table)
            and folded not in _table(DETERMINERS, lang)
        )

    def joined_by_and(text: str) -> bool:
        return any(table in LIST_AND.get(w.casefold(), ()) for w in text.split())

    first = next(a for a in group if a is not None)
    last = next(a for a in reversed(group) if a is not None)
    lead = 0
    opening = re.fullmatch(rf"((?:{name}{joiner})+)", sentence[: first.start])
    if opening is not None:
        items = list(re.finditer(rf"({name})({joiner})", opening[1]))
        if items and joined_by_and(items[-1][2]) and all(unknown(m.start(1), m[1]) for m in items):
            lead = len(items)
    item = re.compile(rf"({joiner})({name})")
    trail, at = 0, last.end
    while (match := item.match(sentence, at)) is not None and unknown(match.start(2), match[2]):
        trail, at = trail + 1, match.end()
        if joined_by_and(match[1]):
            return lead, trail
    return lead, 0  # no "and" closes them: no items of the list


def _unknown_items(gap: str, offset: int, actors, lang: str | None) -> int | None:
    """Return how many list items the text ``gap`` between two joined subjects holds when each
    is a capitalised name the gazetteer does not know (", Korea and", ", Scotland, Wales and"),
    else None. The items are split by commas and "and"; determiners may stand before a name."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    items, current = 0, False
    for match in re.finditer(r",|[^\W\d_]+", gap):
        word = match.group()
        if word == "," or table in LIST_AND.get(word.casefold(), ()):
            items += current
            current = False
            continue
        if word.casefold() in _table(DETERMINERS, lang) and not current:
            continue
        name = NAME_RE.fullmatch(word)
        if name is None or not _unknown_name(match, offset, actors, lang):
            return None
        current = True
    if current or not items:
        return None  # an item must be closed by a comma or "and" before the next subject
    return items


def _respectively(sentence: str, lang: str | None) -> bool:
    """Return whether the sentence pairs its givers with its amounts ("respectively")."""
    pattern = _joint_pattern(lang, "RESPECTIVELY")
    return pattern is not None and pattern.search(sentence) is not None


@lru_cache(maxsize=32)
def _joint_pattern(lang: str | None, table: str = "JOINT_DONORS") -> re.Pattern[str] | None:
    words = (JOINT_DONORS if table == "JOINT_DONORS" else RESPECTIVELY).get(
        lang if lang in NEWS_LANGUAGES else "en", ()
    )
    if not words:
        return None
    return re.compile("|".join(phrase_pattern(w) for w in words), re.IGNORECASE)


def _collective_end(sentence: str, lang: str | None) -> int | None:
    """Return where the first phrase of collective money ends in ``sentence``, or None."""
    pattern = _collective_pattern(lang)
    match = pattern.search(sentence) if pattern is not None else None
    return match.end() if match else None


def _negated_aside(sentence: str, place, lang: str | None) -> bool:
    """True when ``place`` stands in an aside after a negation of its language and a comma
    before it, a comma or bracket after it ("The EU, not Germany, pledged €5m": no actor; it
    was the donor, DEU)."""
    before = sentence[max(0, place.start - 20) : place.start]
    found = _NEGATED_RE.search(before)
    if found is None or found.group(1).casefold() not in _negations(lang):
        return False
    return sentence[place.end : place.end + 1] in (",", ")", ";")


_NEGATED_RE = re.compile(r"[,(]\s*([^\W\d_]+)\s+(?:the\s+)?$", re.IGNORECASE)


def _negations(lang: str | None) -> frozenset[str]:
    """The negation words of ``lang``, or of every language when none is told."""
    if lang in NEGATION_WORDS:
        return frozenset(w.casefold() for w in NEGATION_WORDS[lang])
    return frozenset(w.casefold() for words in NEGATION_WORDS.values() for w in words)


@lru_cache(maxsize=64)
def _actors(sentence: str, lang: str | None) -> tuple[Actor, ...]:
    """The actors of ``sentence``, remembered for a few sentences: an article's sentence
    without amounts is read for its donor and again for its recipient."""
    return tuple(find_actors(sentence, lang))


def find_actors(sentence: str, lang: str | None) -> list[Actor]:
    """Return the actors of ``sentence`` in order (rules 1 and 2 of the module docstring)."""
    words = _words(sentence)
    places = find_places(sentence, lang)
    offices = find_institutions(sentence, lang)
    places = [p for p in places if not any(o.start <= p.start and p.end <= o.end for o in offices)]
    dateline = dateline_end(sentence)
    places = [p for p in places if p.start >= dateline]
    used: set[Place] = set()
    actors: list[Actor] = []
    for office in offices:
        owner = None if office.code else _owner(sentence, lang, places, used, office, True)
        if owner is not None:
            used.add(owner)
            start, end = min(owner.start, office.start), max(owner.end, office.end)
            actors.append(Actor(start, end, owner.code, "institution"))
        else:
            actors.append(Actor(office.start, office.end, office.code or None, "institution"))
    for noun in _aid_nouns(sentence, lang):
        owner = _owner(sentence, lang, places, used, noun, False)
        if owner is not None:
            used.add(owner)
            how = (
                "adjective"
                if owner.kind == "demonym"
                # "Pomoc Polski", "the support of Moldova": a genitive after the noun may name
                # the one supported (an objective genitive): ``donor_from`` says so, and the
                # article decides (aidcalc.news.candidates)
                else "genitive"
                if owner.start >= noun.end
                else "possessive"
            )
            actors.append(
                Actor(min(owner.start, noun.start), max(owner.end, noun.end), owner.code, how)
            )
    for place in places:
        if (
            place in used
            or _venue(sentence, place, lang, words)
            or aggressor(sentence, place, lang)
            or _opens_name(sentence, place, lang)
            or _negated_aside(sentence, place, lang)
        ):
            continue
        possessive = sentence[place.end : place.end + 2] in POSSESSIVE_ENDINGS
        bare = place.kind == "demonym" or possessive
        # in a language with cases a short form after a word of place is in a case of its own,
        # however it is listed ("v Gaze", "w Strefie Gazy", "у Газі"): no subject (a name
        # keeps its nominative: Romanian "la" takes one, and "La France" may be misread so)
        located = (
            lang in INFLECTED
            and place.kind == "short"
            and _seat_word(place, lang, words) is not None
        )
        nominative = lang not in INFLECTED or (
            place.whole and place.kind in ("name", "short") and not located
        )
        how = "demonym" if place.kind == "demonym" else "owner" if possessive else "name"
        case_form = (
            lang in INFLECTED and place.kind in ("name", "short") and (not place.whole or located)
        )
        actors.append(
            Actor(
                place.start,
                place.end,
                place.code,
                how,
                nominative=nominative,
                subject=not bare,
                case_form=case_form,
            )
        )
    actors.sort(key=lambda actor: actor.start)
    marked = [
        _located(_marked(actor, sentence, lang, words), sentence, lang, words) for actor in actors
    ]
    # a way of giving ("through the Danish model") or a place ("Ankara'da", in Ankara): no actor
    kept = [actor for actor in marked if actor.role not in ("means", "place")]
    channels = [actor for actor in kept if _channel(sentence, actor, lang, words)]
    if not channels:
        return kept
    # an organisation paying the money out ("via UNDP and the EU") gives nothing and receives
    # nothing; in a sentence of receiving ("Kyiv got $2bn via the IMF") it is where the money
    # comes from, the giver as far as the sentence tells
    if any(cue.kind == "receive" for cue in find_cues(sentence, lang, VERB)):
        return [
            _replace(actor, role="agent") if actor in channels and actor.role is None else actor
            for actor in kept
        ]
    return [actor for actor in kept if actor not in channels]


def _channel(sentence: str, actor: Actor, lang: str | None, words) -> bool:
    """Return whether ``actor``, an organisation (the EU, the World Bank, …), stands after a
    word of ``CHANNEL_WORDS`` ("via", "through", "über", "za pośrednictwem"), at most
    ``CHANNEL_REACH`` words between and among them no giver's or receiver's word, no giving
    verb and no end of a clause but a list's comma: it pays the money out for the giver, and
    neither gives nor receives it ("Sverige ger 50 miljoner kronor via UNDP och EU").

    >>> text = "Canada gives $20 million through the UN World Food Programme and the EU."
    >>> [a.code for a in find_actors(text, "en")]
    ['CAN']
    >>> [a.code for a in find_actors("The EU gives €20 million through UNICEF.", "en")]
    ['EU']
    >>> text = "Japonya, Dünya Bankası aracılığıyla Ukrayna'ya 10 milyon dolar verdi."
    >>> [a.code for a in find_actors(text, "tr")]
    ['JPN', 'UKR']

    With a verb of receiving it is where the money comes from, an agent ("Kyiv got $2bn via
    the IMF": ``find_actors``).
    """
    if actor.code is None or (actor.code != EU and actor.code not in _organisations()):
        return False
    after = CHANNEL_AFTER_RE.match(sentence, actor.end)
    if after is not None and after.group(1).casefold() in _table_phrases(CHANNEL_AFTER, lang):
        return True  # "Dünya Bankası aracılığıyla", "Maailmanpankin kautta", "EU:n kautta"
    phrases = _table_phrases(CHANNEL_WORDS, lang)
    if not phrases:
        return False
    count = bisect_right(words, actor.start, key=itemgetter(1))
    before = [w for _, _, w in words[max(0, count - CHANNEL_REACH - 4) : count]]
    markers = (_table(AGENT_MARKERS, lang) | _table(RECIPIENT_MARKERS, lang)) - _table(
        DETERMINERS, lang
    )
    for phrase in phrases:
        parts = tuple(WORD_RE.findall(phrase))
        size = len(parts)
        for at in range(len(before) - size, -1, -1):
            if tuple(before[at : at + size]) != parts:
                continue
            gap = before[at + size :]
            if len(gap) > CHANNEL_REACH or any(word in markers for word in gap):
                break
            start = words[max(0, count - CHANNEL_REACH - 4) + at][0]
            between = sentence[start : actor.start]
            if CHANNEL_STOP_RE.search(between) or any(
                cue.kind == "give" for cue in find_cues(between, lang, VERB)
            ):
                break
            return True
    return False


# A case ending glued to an organisation's name ("EU:n", "BM'nin"), then the next word: a
# postposition of ``CHANNEL_AFTER`` there makes it a channel
CHANNEL_AFTER_RE = re.compile(r"(?:['’:]?[^\W\d_]{1,4})?\s+([^\W\d_]+)")
# Words that may stand between a channel word and the organisation ("through the UN World Food
# Programme and the EU": seven), and what ends the reach (a digit, an end of clause).
CHANNEL_REACH = 8
CHANNEL_STOP_RE = re.compile(r"[\d.;:!?()]")


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """The codes of the multilateral donors (``aidcalc.countries.organisations``)."""
    return frozenset(organisations())


# the languages whose genitive follows its noun ("inwazji Rosji", "вторгнення Росії")
CASE_AFTER_WAR = INFLECTED - {"fi", "lt"}
_SPACES = re.compile(r"\s+")


def aggressor(sentence: str, place: Place, lang: str | None) -> bool:
    """True when ``place`` names the side that wages a war, no actor of aid: a demonym right
    before or after a noun of war (``words.WAR_NOUNS``, only spaces between: "the Russian
    invasion", "invasão russa", "russischen Angriffskrieg", "rosyjskiej inwazji",
    "російського вторгнення"), or a name in a case of its own (not as listed) right after
    one in a language whose genitive follows its noun ("od inwazji Rosji", "після
    вторгнення Росії"). A name before a war noun is kept: "the Ukraine war" is where the
    war is, and "Ukraine-Krieg" too.

    >>> from aidcalc.places import find_places
    >>> text = "Desde o início da invasão russa, o apoio português totaliza 600 milhões."
    >>> [aggressor(text, place, "pt") for place in find_places(text, "pt")]
    [True, False]
    """
    if _war_agent(sentence, place, lang):
        return True
    nouns = _table(WAR_NOUNS, lang)
    if not nouns or not (place.kind == "demonym" or (lang in CASE_AFTER_WAR and not place.whole)):
        return False  # a name as listed is in the nominative: "od inwazji Polska przekazała"
    if place.kind == "demonym":  # "Russian invasion": the noun after it
        after = _SPACES.match(sentence, place.end)
        if after is not None and _war_noun(WORD_RE.match(sentence, after.end()), nouns):
            return True
    head = sentence[: place.start]
    gap = len(head) - len(head.rstrip())
    if not gap:
        return False  # "Ukraine-Krieg", a name opening the sentence
    if place.kind != "demonym" and sentence[place.start : place.end].casefold().endswith(
        NAME_ENDINGS.get(lang or "", {}).get("dative", ())
    ):
        return False  # "od početka rata Ukrajini … pružila": a dative, no genitive
    before = list(WORD_RE.finditer(head, max(0, place.start - gap - 40), place.start - gap))
    return bool(before) and before[-1].end() == place.start - gap and _war_noun(before[-1], nouns)


def _war_agent(sentence: str, place: Place, lang: str | None) -> bool:
    """True when ``place`` is the agent of a participle of an act of war
    (``words.WAR_PARTICIPLES``): right after one, an agent's word (``AGENT_MARKERS``) and
    determiners between ("territories occupied by Russia", "оккупированные Россией
    территории", "tereny okupowane przez Rosję", "occupés par la Russie"), or after an
    agent's word with one right after it ("die von Russland besetzten Gebiete"). It wages the
    war; it gives nothing and receives nothing of the sentence's money.

    >>> from aidcalc.places import find_places
    >>> text = "Оккупированные Россией территории получат 5 млн евро от Японии."
    >>> [(p.code, _war_agent(text, p, "ru")) for p in find_places(text, "ru")]
    [('RUS', True), ('JPN', False)]
    """
    participles = _table(WAR_PARTICIPLES, lang)
    if not participles:
        return False
    agents, determiners = _table(AGENT_MARKERS, lang), _table(DETERMINERS, lang)
    before = list(WORD_RE.finditer(sentence, max(0, place.start - 60), place.start))
    if before and NOT_WORDS_RE.search(sentence, before[-1].end(), place.start):
        return False  # a comma, a stop between
    index = len(before) - 1
    while index >= 0 and before[index].group().casefold() in determiners - agents:
        index -= 1
    marked = index >= 0 and before[index].group().casefold() in agents
    if marked:
        index -= 1
    if index >= 0 and _war_noun(before[index], participles):
        return True  # "occupied by Russia", "оккупированные Россией"
    after = (
        WORD_RE.match(sentence, place.end + 1)
        if sentence[place.end : place.end + 1] == " "
        else None
    )
    return marked and _war_noun(after, participles)  # "von Russland besetzten"


def _war_noun(match: re.Match[str] | None, nouns: frozenset[str]) -> bool:
    """True when the word ``match`` found is one of ``nouns`` ("*" ends a stem)."""
    if match is None:
        return False
    word = match.group().casefold()
    return word in nouns or any(n.endswith("*") and word.startswith(n[:-1]) for n in nouns)


# the languages that write every noun with a capital: a capitalised word after a country's
# name opens no name there ("… hat Deutschland Waffen geliefert")
CAPITAL_NOUNS = frozenset({"de", "lb"})
# the words after a country's name, spaces between
NAME_WORDS_RE = re.compile(r"(?:[ ]+[^\W\d_][\w-]*)+")


def _opens_name(sentence: str, place: Place, lang: str | None) -> bool:
    """Return whether ``place`` opens the proper name of an organisation: a country's name
    followed by two or more capitalised words, then a word in lower case ("Polska Akcja
    Humanitarna otrzyma …", the Polish Humanitarian Action; "the Ukraine Recovery Conference
    in …"): a name, no actor. Not in a language that capitalises its nouns (German), and
    not in a title written in capitals throughout (no lower-case word after the run).

    >>> s = "Polska Akcja Humanitarna otrzyma 5 mln zł na pomoc."
    >>> _opens_name(s, find_places(s, "pl")[0], "pl")
    True
    >>> s = "Polska przekaże Ukrainie 100 mln zł."
    >>> _opens_name(s, find_places(s, "pl")[0], "pl")
    False
    """
    if place.kind not in ("name", "short") or not place.whole or lang in CAPITAL_NOUNS:
        return False  # "Syrian Arab Republic": a country's own long name
    after = NAME_WORDS_RE.match(sentence, place.end)
    words = after.group().split() if after else []
    capitalised = 0
    for word in words:
        if not word[0].isupper():
            break
        capitalised += 1
    if capitalised < 2 or capitalised == len(words):
        return False
    end = place.end + len(" ".join(words[:capitalised])) + 1
    return not any(place.end <= other.start < end for other in find_places(sentence, lang))


def _venue(sentence: str, place: Place, lang: str | None, words) -> bool:
    """Return whether ``place`` is a city where something happens, no actor: a capital right
    after a word of place (``SEAT_LINKS``: "in", "a", "à", "у", "w"), determiners between
    ("Donors meeting in London pledged …", "I donatori riuniti a Bruxelles …", "Донори у
    Лондоні …"); where that word also marks a receiver ("à", "a"), only before the giving
    verb ("Paris a fourni à Kiev …" gives to Kyiv). An office's seat ("the defence ministry
    in Berlin") is taken by the office before this is asked.

    >>> [a.code for a in find_actors("Donors meeting in London pledged $1bn for Sudan.", "en")]
    ['SDN']
    """
    if _event_venue(sentence, place, lang, words):
        return True  # "at a ceremony in Paris", "na konferencji w Warszawie"
    if place.kind != "capital":
        return False
    if _meeting_place(sentence, place, lang):
        return True  # "the Paris conference", "Conferenza di Parigi, promessi …"
    word = _seat_word(place, lang, words)
    if word is None:
        return False
    if word not in _table(RECIPIENT_MARKERS, lang):
        return True
    # "à", "a" also mark a receiver ("Paris a fourni à Kiev …"): a place only before the giving
    # verb ("I donatori riuniti a Bruxelles hanno promesso …")
    return any(v.kind == "give" and v.start >= place.end for v in find_cues(sentence, lang, VERB))


def _event_venue(sentence: str, place: Place, lang: str | None, words) -> bool:
    """Return whether ``place`` (any kind: a capital, a country) is where an event happens: a
    word of place (``SEAT_LINKS``; none in a language without one) right before it,
    determiners between, and a noun of an event (``VENUE_WORDS``: "ceremony", "conference",
    "summit", "meeting") at most ``VENUE_REACH`` words before that, with no end of a clause
    ("at a ceremony in Paris", "bei einer Feier in Berlin", "podczas konferencji w
    Warszawie"). Such a place never gives nor receives, nor is it the place a visit names.

    >>> text = "The package was announced at a ceremony in Paris."
    >>> _event_venue(text, find_places(text, "en")[0], "en", _words(text))
    True
    >>> text = "Germany will give €5m to Ukraine."
    >>> _event_venue(text, find_places(text, "en")[1], "en", _words(text))
    False
    """
    stems = _table_phrases(VENUE_WORDS, lang)
    if not stems:
        return False
    count = bisect_right(words, place.start, key=itemgetter(1))
    determiners = _table(DETERMINERS, lang)
    seats = _table(SEAT_LINKS, lang)
    at = count - 1
    while at >= 0 and words[at][2] in determiners:
        at -= 1
    if seats:
        if at < 0 or words[at][2] not in seats:
            return False
        at -= 1
    for index in range(at, max(-1, at - VENUE_REACH), -1):
        word = words[index][2]
        if VENUE_STOP_RE.search(sentence, words[index][1], place.start):
            return False
        if word.startswith(stems):
            return True
    return False


# Words that may stand between an event's noun and the word of place before the place ("at the
# donors' conference held in London"), and what ends the reach.
VENUE_REACH = 4
VENUE_STOP_RE = re.compile(r"[\d.;:!?]")


def _meeting_place(sentence: str, place: Place, lang: str | None) -> bool:
    """Return whether a capital names a meeting (``MEETING_WORDS``): the word right after it
    ("the Paris conference", "the London summit"), or the one before it, genitive links and
    determiners between ("Conferenza di Parigi", "la conférence de Paris", "konferencja w
    Warszawie" is a seat: ``SEAT_LINKS``), one noun and its links too ("conferenza dei
    donatori di Londra")."""
    meetings = _table(MEETING_WORDS, lang)
    if not meetings:
        return False
    after = WORD_RE.search(sentence, place.end)
    if (
        after
        and not sentence[place.end : after.start()].strip()
        and after.group().casefold() in (meetings)
    ):
        return True
    links = _table(GENITIVE_LINKS, lang) | _table(DETERMINERS, lang)
    before = [
        w.group().casefold()
        for w in WORD_RE.finditer(sentence, max(0, place.start - 40), place.start)
    ]
    while before and before[-1] in links:
        before.pop()
    if before and before[-1] not in meetings and len(before) > 1 and before[-2] in links:
        # "conferenza dei donatori di Londra": one noun of the meeting between
        before.pop()
        while before and before[-1] in links:
            before.pop()
    return bool(before) and before[-1] in meetings


def _seat_word(place: Place, lang: str | None, words) -> str | None:
    """Return the word of place (``SEAT_LINKS``) right before ``place``, determiners between,
    or None."""
    count = bisect_right(words, place.start, key=itemgetter(1))
    determiners = _table(DETERMINERS, lang)
    for _, _, word in reversed(words[max(0, count - 3) : count]):
        if word in _table(SEAT_LINKS, lang):
            return word
        if word not in determiners:
            return None
    return None


def dateline_end(sentence: str) -> int:
    """Return where a dateline that opens ``sentence`` ends ("MADRID (Reuters) - ", "BERLIN,
    4. November (dpa) – ", "ROMA - "), or 0: the city is where the story was filed, not who
    gives. A dateline is a word or words in capitals, then at most a short date after a comma
    and an agency in brackets, then a dash (or the sentence's end: "MADRID (EFE). - …").

    >>> dateline_end("MADRID (Reuters) - Pledges from 14 governments")
    19
    >>> dateline_end("MADRID (EFE).")
    13
    >>> dateline_end("Madrid pledged €5 million - a first")
    0
    """
    match = DATELINE_RE.match(sentence)
    if match is None or not match.group(1).isupper() or len(match.group(1)) < 3:
        return 0
    return match.end()


def _first_donor(sentence, lang, actors, verbs, amount_at):
    """Return ((actor, rule), recipient code or None) for the first amount (rule 3)."""
    opening = [
        a
        for a in actors
        if a.code
        and a.role is None
        and a.end <= amount_at
        and _relative_giver(sentence, lang, verbs, a, amount_at)
    ]
    if opening:  # "Russland zerstörte viel, sagte Deutschland, das … 1 Mrd. Euro zusagte"
        return (opening[-1], _rule(opening[-1], "subject")), None
    main = [cue for cue in verbs if cue.kind != "aux"]
    if main:
        verb = main[0]
        split = verb
        if lang in VERB_SECOND:
            helpers = [cue for cue in verbs if cue.kind == "aux" and cue.end <= verb.start]
            split = helpers[-1] if helpers else verb
        kind = verb.kind
    elif verbs:
        split, kind = verbs[0], "give"
    else:
        before = [a for a in actors if a.end <= amount_at and a.code and a.role != "recipient"]
        agent = [a for a in before if a.role == "agent"]
        subjects = [a for a in before if a.subject]
        if lang in INFLECTED:  # "Rząd … Ukrainie 40 mln zł": a dative is no topic
            subjects = [a for a in subjects if a.nominative]
        actor = (agent or subjects or [None])[0]
        if actor is None:
            offices = [a for a in actors if a.how == "institution" and a.end <= amount_at]
            if offices:  # "Regeringen presenterar … 1,1 miljarder kronor": no giving verb
                return (offices[0], "institution"), None
            return (None, None), None
        return (actor, "agent" if actor.role == "agent" else _rule(actor, "nearest")), None
    subject = _subject(actors, lang, split, amount_at, sentence)
    if (
        main
        and kind == "give"
        and subject is not None
        and subject.end <= verb.start
        and verb.end <= amount_at
        and not DIGIT_RE.search(sentence, subject.end, verb.start)
        and _receiving_passive(sentence, lang, verb)
    ):
        # "Ukraine was promised $2bn by Germany", "l'Ukraine s'est vu promettre …": the subject
        # receives, the agent gives; with no agent the sentence names no giver
        agents = [a for a in actors if a.role == "agent" and a.code and a.code != subject.code]
        if agents:
            return (agents[0], "agent"), subject.code
        allies = _ally_pattern(lang)
        if allies is not None and allies.search(sentence, verb.end):
            return (None, "collective"), subject.code  # "… by its allies": several givers
        return (None, None), subject.code
    after = split.start >= amount_at and lang not in SUBJECT_AFTER_VERB
    later = subject is not None and subject.start >= amount_at
    if (
        kind == "give"
        and later
        and split.start >= amount_at
        and CLAUSE_MARK_RE.search(sentence, amount_at, subject.start)
    ):
        # "Tyskland kunngjorde 50 millioner euro til Gaza, mens EU-kommisjonen lovet …": the
        # first giving verb and its subject stand in a later clause; the amount's own clause
        # is opened by its own subject, a name before it that no word marks
        own = _clause_opener(sentence, lang, actors, amount_at)
        if own is not None:
            return (own, _rule(own, "subject")), None
    if (
        after
        and kind == "give"
        and later
        and CLAUSE_MARK_RE.search(sentence, amount_at, subject.start)
    ):
        # "The Warsaw conference raised €6.1bn …, and France said it would …": the verb and
        # its subject both follow the amount past a clause's end, so they are another
        # clause's ("Of the $2.5 billion Washington announced, …" is Washington's)
        subject = None
    if kind == "receive" and _thanked(sentence, lang, actors, verb, subject, amount_at):
        subject = None  # "Selenskyj dankte Berlin für 3 Mrd. Euro": Berlin is thanked
    if kind == "receive":
        subject_code = subject.code if subject is not None else None
        after = [a for a in actors if a.start >= split.end and a is not subject and a.code]
        # an agent anywhere ("Від Швеції надійшло …", "… soll von Schweden … erhalten")
        agents = [a for a in actors if a.role == "agent" and a is not subject and a.code]
        others = [
            a for a in after if a.role is None and (subject is None or a.code != subject.code)
        ]
        # "Kiev agradeció a Madrid …": the one thanked may carry a recipient word
        thanked = [a for a in after if a.role == "recipient" and a.code not in (subject_code,)]
        thanking = _is_thanking(verb, lang)
        # a country marked as receiving gives only when it is thanked ("Kiev agradeció a
        # Madrid …"); after "otrzyma … na pomoc dla Libanu" it is where the money goes
        giver = (agents or others or (thanked if thanking else []) or [None])[0]
        if not agents and thanking:  # "thanked Berlin for … and Paris for €500m"
            giver = _thanked_for(sentence, [*others, *thanked], amount_at) or giver
        recipient = subject.code if subject is not None else None
        if recipient is None and not thanking and thanked and giver is not thanked[0]:
            recipient = thanked[0].code
        if giver is None:
            return (None, None), recipient
        return (giver, "agent"), recipient
    if subject is not None:
        return (subject, _rule(subject, "subject")), None
    agents = [a for a in actors if a.role == "agent" and a.code]
    if agents:
        return (agents[0], "agent"), None
    offices = [a for a in actors if a.how == "institution" and a.end <= split.start]
    if offices:  # an office of a country the sentence does not name
        return (offices[-1], "institution"), None
    return (None, None), None


# A word right before a giving verb that keeps it active: the infinitive's mark ("is to give").
NOT_PASSIVE_WORDS = frozenset({"to"})


def _clause_opener(sentence: str, lang: str | None, actors, amount_at: int) -> Actor | None:
    """Return the actor that opens the amount's clause as its subject, or None: the first
    unmarked actor with a code before ``amount_at`` (in the languages with cases a nominative)
    with no comma, semicolon or colon between it and the amount, the verb the tables lack
    between them ("Deutschland reservierte 50 Millionen Euro", "L'Allemagne a réservé …").

    >>> s = "Tyskland øremerket 50 millioner euro til Gaza, mens EU-kommisjonen lovet 120."
    >>> _clause_opener(s, "nb", list(_actors(s, "nb")), 19).code
    'DEU'
    """
    for actor in actors:
        if actor.end > amount_at:
            return None
        if (
            actor.code
            and actor.role is None
            and actor.subject
            and (lang not in INFLECTED or actor.nominative)
            and not CLAUSE_MARK_RE.search(sentence, actor.end, amount_at)
        ):
            return actor
    return None


def _receiving_passive(sentence: str, lang: str | None, verb: Cue) -> bool:
    """Return whether a word of ``SUBJECT_RECEIVES`` stands right before the giving verb
    ``verb``, or one word before it ("was also promised"), making its subject the receiver
    ("Ukraine was promised $2bn", "l'Ukraine s'est vu promettre", "Ukraina ble lovet"); never
    before a gerund ("is giving") or an infinitive ("is to give"), nor a verb followed by "to"
    ("is committed to").

    >>> text = "Ukraine was promised $2 billion by Germany."
    >>> _receiving_passive(text, "en", find_cues(text, "en", VERB)[1])
    True
    >>> text = "Germany is to provide $2 billion."
    >>> _receiving_passive(text, "en", find_cues(text, "en", VERB)[1])
    False
    """
    pattern = _receives_pattern(lang)
    if pattern is None or verb.text.casefold().endswith("ing"):
        return False
    if re.match(r"\s+to\b", sentence[verb.end :], re.IGNORECASE):
        return False
    match = pattern.search(sentence[: verb.start])
    return match is not None and (match.group(1) or "").casefold() not in NOT_PASSIVE_WORDS


@lru_cache(maxsize=32)
def _receives_pattern(lang: str | None) -> re.Pattern[str] | None:
    """``SUBJECT_RECEIVES`` of ``lang`` at the end of a text, one word perhaps after it (group
    1)."""
    words = SUBJECT_RECEIVES.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})\s+(?:([^\W\d_]+)\s+)?$", re.IGNORECASE)


def _is_thanking(verb: Cue, lang: str | None) -> bool:
    """Return whether the verb cue ``verb`` is a thanking one (``THANKING``)."""
    words = THANKING.get(lang if lang in NEWS_LANGUAGES else "en", ())
    return bool(words) and bool(
        re.fullmatch("|".join(phrase_pattern(w) for w in words), verb.text, re.I)
    )


# At most this many words between the one thanked and the amount it is thanked for ("Paris for
# €500m", "Berlin für die 3 Mrd. Euro")
THANKED_LINK_WORDS = 3


def _thanked_for(sentence: str, candidates: list[Actor], amount_at: int) -> Actor | None:
    """Return the one of ``candidates`` (actors after a thanking verb) thanked for the amount at
    ``amount_at``: the last before it, with at most ``THANKED_LINK_WORDS`` words and no comma
    between ("thanked Berlin for the new money and Paris for €500m": Paris); else None.

    >>> text = "Zelensky thanked Berlin for the new money and Paris for €500m."
    >>> _thanked_for(text, [Actor(17, 23, "DEU", "name"), Actor(46, 51, "FRA", "name")], 56).code
    'FRA'
    """
    before = [a for a in candidates if a.end <= amount_at]
    if not before:
        return None
    last = max(before, key=lambda actor: actor.start)
    link = sentence[last.end : amount_at]
    if "," in link or len(link.split()) > THANKED_LINK_WORDS:
        return None
    return last


def _thanked_item(sentence, lang, actors, verbs, thanking: Cue, begin: int, at: int):
    """Return (actor, rule) for a later amount of a sentence whose first amount's giver is the
    one a verb ``thanking`` thanks, when no rule named its giver: a new giving verb between the
    previous amount and it makes it the thanker's own ("Selenskyj dankte Berlin für 3 Mrd.
    Euro und kündigte an, 2 Mrd. Euro selbst aufzubringen": Ukraine's money, never Berlin's;
    its actor before the thanking verb, else ``unnamed``); another one thanked, joined by "and"
    or a comma and right before it, gives it ("thanked Germany, which pledged €3bn, and France
    for €2bn": France's); else (None, None): the previous giver goes on."""
    if any(v.kind != "aux" and begin <= v.start < at for v in verbs):
        thankers = [a for a in actors if a.end <= thanking.start and a.code and a.subject]
        return (thankers[-1], "subject") if thankers else (None, "unnamed")
    inside = [a for a in actors if begin <= a.start and a.end <= at and a.code]
    giver = _thanked_for(sentence, inside, at)
    if giver is None:
        return None, None
    table = lang if lang in NEWS_LANGUAGES else "en"
    joins = sentence[begin : giver.start].replace(",", " , ").casefold().split()
    if any(
        w != "," and table not in LIST_AND.get(w, ()) and w not in _table(DETERMINERS, lang)
        for w in joins
    ):
        return None, None
    return giver, "agent"


def _thanked(sentence, lang, actors, verb: Cue, subject: Actor | None, amount_at: int) -> bool:
    """Return whether ``subject``, found after a receiving verb (verb second), is rather the one
    that verb thanks: the verb is a thanking one (``THANKING``) and no other giver stands
    between that actor and the amount ("Selenskyj dankte Berlin für 3 Mrd. Euro": Berlin gives;
    "Dafür dankte die Ukraine Deutschland für …": the Ukraine thanks, Deutschland gives)."""
    if subject is None or subject.start < verb.end:
        return False
    words = THANKING.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words or not re.fullmatch("|".join(phrase_pattern(w) for w in words), verb.text, re.I):
        return False
    return not any(
        subject.end <= a.start and a.end <= amount_at and a.code and a.role is None for a in actors
    )


def _subject(actors, lang, split: Cue, amount_at: int, sentence: str = "") -> Actor | None:
    """Return the subject of the verb at ``split``: before it, else (verb second) after it.

    After an office of no named country, a name written right before the amount (or before a
    word saying it is more: ``FURTHER_AMOUNT``, "ytterligare") is the verb's indirect object,
    the receiver, when no other word marks one ("Regeringen ger Ukraina 15 miljarder kronor",
    "Riksdagen beslutade att ge Ukraina …"), or right after the verb, words between it and
    the amount ("Regeringen har gett Ukraina humanitärt stöd på 2,5 miljarder kronor"): the
    office stays the subject. A name there with a receiver marked after the amount ("… maakte
    bekend dat Nederland 150 miljoen euro aan Oekraïne …") is the subject.
    """
    able = [a for a in actors if a.subject and a.role is None]
    # a possessive holding the verb's noun owns it ("Canada's contribution of C$40 million")
    before = [
        a
        for a in able
        if a.end <= split.start
        or (a.how in POSSESSED and a.start < split.start and split.end <= a.end)
    ]
    if lang in INFLECTED:
        # a country's name in another case ("Ukrajini") is never the subject; a capital in a
        # form of its own ("Bucureștiul") may be
        before = [a for a in before if a.nominative] or [a for a in before if not a.case_form]
    if before and before[-1].code is not None:
        return before[-1]
    if lang in SUBJECT_AFTER_VERB:  # also after an office of no named country ("… maakte
        # bekend dat Nederland …")
        after = [a for a in able if split.end <= a.start and a.end <= amount_at and a.nominative]
        between = sentence[after[-1].end : amount_at].strip().casefold() if after else ""
        if (
            before
            and before[-1].how == "institution"
            and after
            and (
                not between
                or between in _table_phrases(FURTHER_AMOUNT, lang)
                # right after a giving verb: "Regeringen har … gett Ukraina humanitärt stöd …"
                or any(
                    c.kind != "aux" and not sentence[c.end : after[-1].start].strip()
                    for c in find_cues(sentence, lang, VERB)
                )
            )
            and not any(a.role == "recipient" for a in actors)
        ):
            after = after[:-1]  # the office gives to the name before the amount
        if after:
            return after[0]
    if lang in INFLECTED:  # "Vybavení … dodalo Ukrajině Dánsko": a nominative name at the end
        last = [a for a in able if a.start >= amount_at and a.how == "name" and a.nominative]
        if last:
            return last[0]
    return before[-1] if before else None


def _clause_donor(sentence, lang, actors, verbs, begin: int, amount_at: int):
    """Return (actor, rule) when the text from ``begin`` to ``amount_at`` names a new donor."""
    inside = [
        a
        for a in actors
        if begin <= a.start
        and a.end <= amount_at
        and a.subject
        and a.role is None
        and a.code
        and (lang not in INFLECTED or a.nominative or a.how != "name")
    ]
    if not inside:
        return None, None
    gives = [v for v in verbs if v.kind == "give" and begin <= v.start < amount_at]
    if not any(v.kind == "receive" and v.start >= begin for v in verbs):
        # "…, und Dänemark will … 1 Mrd. EUR sammeln", "…, and France said it would lift its
        # aid by €284m": the auxiliary stands for a verb the tables may lack
        gives += [v for v in verbs if v.kind == "aux" and begin <= v.start < amount_at]
        gives.sort(key=lambda v: v.start)
    if gives:
        before = [a for a in inside if a.end <= gives[-1].start]
        if (
            before
            and gives[-1].kind == "give"
            and not DIGIT_RE.search(sentence, before[-1].end, gives[-1].start)
            and _receiving_passive(sentence, lang, gives[-1])
        ):
            # "…, while Ukraine was promised €1bn by Japan": the subject receives
            stop = CLAUSE_MARK_RE.search(sentence, gives[-1].end)
            clause_end = stop.start() if stop else len(sentence)
            agents = [
                a
                for a in actors
                if a.role == "agent" and a.code and gives[-1].end <= a.start < clause_end
            ]
            return (agents[0], "agent") if agents else (None, "unnamed")
        if before:
            return before[-1], _rule(before[-1], "subject")
    opened = _opened_subject(sentence, lang, inside, begin, amount_at)
    if opened is not None:  # "…, tandis que la France envisage 2 milliards d'euros"
        return opened, _rule(opened, "subject")
    last = inside[-1]
    if _relative_giver(sentence, lang, verbs, last, amount_at):
        return last, _rule(last, "subject")  # "…, sagte Deutschland, das … 1 Mrd. Euro zusagte"
    if LIST_GAP_RE.fullmatch(sentence, last.end, amount_at):
        if _indirect_object(sentence, lang, actors, verbs, last, begin):
            return None, None  # "give Ukraine €3bn and Moldova €1bn": the receivers
        return last, _rule(last, "list")
    further = _table_phrases(FURTHER_AMOUNT, lang)
    gap = sentence[last.end : amount_at].strip(" :–—-").casefold()
    # a giving verb before the name in the same clause makes it the verb's object ("gave
    # Ukraine another €1bn"); one before a comma closes the last clause ("… bereitstellen,
    # Frankreich weitere 2 Mrd. EUR")
    objects = [
        v
        for v in verbs
        if begin <= v.start < last.start and "," not in sentence[v.end : last.start]
    ]
    if gap in further and not objects:
        return last, _rule(last, "list")  # "…, Japan weitere 2 Mrd. Dollar"
    return None, None


def _relative_giver(sentence, lang, verbs, actor: Actor, amount_at: int) -> bool:
    """Return whether ``actor`` opens a relative clause that holds the amount at ``amount_at``
    and closes with its giving verb: a comma and a word of ``RELATIVE_CLAUSE_WORDS`` follow
    it, no comma stands between them and the amount, and a giving verb follows the amount in
    its clause (", das der Ukraine 1 Mrd. Euro zusagte", ", die 2 Mrd. Euro bereitstellte").
    The actor is the subject of that verb, whoever the sentence's subject is."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    words = RELATIVE_CLAUSE_WORDS.get(table, frozenset())
    match = re.match(r"\s*,\s*([^\W\d_]+)", sentence[actor.end : amount_at])
    if not match or match.group(1).casefold() not in words:
        return False
    if CLAUSE_MARK_RE.search(sentence, actor.end + match.end(), amount_at):
        return False
    stop = CLAUSE_MARK_RE.search(sentence, amount_at)
    clause_end = stop.start() if stop else len(sentence)
    return any(v.kind == "give" and amount_at <= v.start < clause_end for v in verbs)


def _opened_subject(sentence, lang, inside: list[Actor], begin: int, amount_at: int):
    """Return the actor of ``inside`` that opens a clause of its own between ``begin`` (the
    previous amount's end) and the amount at ``amount_at``: right after a word of
    ``CONTRAST_OPENERS`` that follows that amount or a comma after it ("…, while France will
    consider", "…, tandis que la France envisage", "…, mentre la Francia valuterà", "…, podczas gdy
    Francja rozważy", "…, a Francja rozważy"), only articles between, and a word (its verb)
    between it and the amount; else None.

    >>> text = "L'Allemagne a promis 3 milliards, tandis que la France envisage 2 milliards."
    >>> actors = find_actors(text, "fr")
    >>> _opened_subject(text, "fr", actors[1:], 32, 63).code
    'FRA'
    """
    pattern = _opener_pattern(lang)
    if pattern is None:
        return None
    determiners = _table(DETERMINERS, lang)
    for match in pattern.finditer(sentence, begin, amount_at):
        before = sentence[begin : match.start()].rstrip()
        if before and not before.endswith(","):  # "… für Kiew, während …", not "a" in a name
            continue
        for actor in inside:
            if actor.start < match.end():
                continue
            gap = sentence[match.end() : actor.start].replace("'", " ").replace("’", " ")
            if any(w.casefold() not in determiners for w in WORD_RE.findall(gap)):
                break
            words = {w.casefold() for w in WORD_RE.findall(sentence, actor.end, amount_at)}
            if words - {w.casefold() for w in _table_phrases(FURTHER_AMOUNT, lang)}:
                return actor  # a verb; "…, a Japonia kolejne 2 mld" is a list item's
            break
    return None


@lru_cache(maxsize=32)
def _opener_pattern(lang: str | None) -> re.Pattern[str] | None:
    words = CONTRAST_OPENERS.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words:
        return None
    body = "|".join(phrase_pattern(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE)


def _indirect_object(sentence, lang, actors, verbs, actor: Actor, begin: int) -> bool:
    """Return whether ``actor``, written right before an amount, is the indirect object of a
    giving verb, the receiver, not a list item's giver: the verb stands right before it (only
    determiners between: "would give Ukraine €3bn", "send the Netherlands €1bn"), or it
    follows "and" (no comma) right after an earlier amount (from ``begin``, that amount's end)
    whose own name is such an object ("give Ukraine €3bn and Moldova €1bn": the second
    receiver; with a comma, "…, and Norway €1bn" stays a list item's giver)."""
    determiners = _table(DETERMINERS, lang)
    table = lang if lang in NEWS_LANGUAGES else "en"

    def after_verb(name: Actor) -> bool:
        gives = [v for v in verbs if v.kind == "give" and v.end <= name.start]
        return bool(gives) and _only_determiners(sentence, gives[-1].end, name.start, determiners)

    if after_verb(actor):
        return True
    words = [w.casefold() for w in WORD_RE.findall(sentence, begin, actor.start)]
    if "," in sentence[begin : actor.start] or any(
        w not in determiners and table not in LIST_AND.get(w, ()) for w in words
    ):
        return False
    earlier = [a for a in actors if a.end <= begin and a.code]
    if not earlier or any(v.start >= earlier[-1].end and v.end <= begin for v in verbs):
        return False
    between = sentence[earlier[-1].end : begin]
    return "," not in between and after_verb(earlier[-1])


def _only_determiners(sentence: str, start: int, end: int, determiners) -> bool:
    """Whether only spaces and determiners stand from ``start`` to ``end``."""
    gap = sentence[start:end]
    return (
        not gap.strip(" ")
        or all(w.casefold() in determiners for w in WORD_RE.findall(gap))
        and not re.search(r"[^\w\s'’]", gap)
    )


def _parallel_item(sentence, lang, actors, amounts, index: int, first):
    """Return (actor, the first amount's rule) when the amount ``index`` repeats the first
    amount's pattern with another giver: the first amount's giver stands right before it with
    one to three words between ("thanked Berlin for €300 million"), and between the previous
    amount's words and this one only "and", commas or determiners stand before an actor
    followed by the same words ("… and Paris for €200 million", "… Winterhilfe und Rom für
    600 Millionen Euro"); else (None, None)."""
    actor, rule = first
    if actor is None or not actor.code or actor.end > amounts[0][0]:
        return None, None
    link = sentence[actor.end : amounts[0][0]].strip().casefold()
    if len(link.split()) > 3 or not WORD_RE.fullmatch(link.replace(" ", "") or "x"):
        return None, None
    determiners = _table(DETERMINERS, lang)
    # the word that leads the first giver, past its determiners ("sich bei Berlin", "a Berlín")
    lead = [w for _, end, w in _words(sentence) if end <= actor.start and w not in determiners]
    lead = lead[-1:]
    begin, at = amounts[index - 1][1], amounts[index][0]
    inside = [a for a in actors if begin <= a.start and a.end <= at and a.code]
    if not inside or sentence[inside[-1].end : at].strip().casefold() != link:
        return None, None
    table = lang if lang in NEWS_LANGUAGES else "en"
    words = sentence[begin : inside[-1].start].replace(",", " , ").casefold().split()
    # the first amount's own words may end its item ("für 4 Mrd. Euro Winterhilfe und Rom für")
    joins = [i for i, w in enumerate(words) if w == "," or table in LIST_AND.get(w, ())]
    words = words[joins[-1] :] if joins else words
    if not words or any(
        w != "," and table not in LIST_AND.get(w, ()) and w not in determiners and w not in lead
        for w in words
    ):
        return None, None
    if not link and not any(w in lead for w in words):
        return None, None  # "a Berlín 3.000 millones y a París 2.000": no link, the lead repeats
    return inside[-1], rule


def _item_donor(sentence, lang, actors, begin: int, amount_at: int):
    """Return (actor, "list") when the amount at ``amount_at`` is an item of a list that names
    its giver first ("Germany, €8bn; the United States, $5bn", "Japan: ¥100bn"): the actor
    opens the item (only determiners or "and" stand between it and the start of the stretch,
    a comma, a colon or a semicolon) and only a comma, colon or dash stands between it and
    the amount."""
    inside = [
        a
        for a in actors
        if begin <= a.start and a.end <= amount_at and a.subject and a.role is None and a.code
    ]
    if not inside:
        return None, None
    last = inside[-1]
    tail = ITEM_SEPARATOR_RE.split(sentence[begin : last.start])[-1]
    if not ITEM_GAP_RE.fullmatch(sentence, last.end, amount_at):
        # "…, Germany leading with €4bn", "…, darunter Deutschland mit 4 Mrd. Euro": a later
        # item joined by a word of ITEM_WITH, perhaps after a phrase of parts
        with_pattern = _with_pattern(lang) if begin else None
        if with_pattern is None or not with_pattern.fullmatch(sentence, last.end, amount_at):
            return None, None
        tail = _after_part_phrase(tail, lang)
    table = lang if lang in NEWS_LANGUAGES else "en"
    words = [w.casefold() for w in WORD_RE.findall(tail)]
    if any(w not in _table(DETERMINERS, lang) and table not in LIST_AND.get(w, ()) for w in words):
        return None, None  # "… to Ukraine and Moldova, €1bn": words of the last item before it
    if _indirect_object(sentence, lang, actors, find_cues(sentence, lang, VERB), last, begin):
        return None, None  # "give Ukraine €3bn and Moldova €1bn": Moldova receives
    if lang in INFLECTED and last.case_form and not last.nominative:
        return None, None  # "… ja Sudania 4,5 miljoonalla eurolla": a partitive receives
    return last, "list"


def _allies_of(sentence, lang, actors, verbs, amount_at: int) -> Actor | None:
    """Return the country whose givers (``ALLY_WORDS``: "allies", "Verbündeten", "alliés",
    "sojusznicy", "союзники") are the subject of the sentence's first verb, a giving one before
    the first amount at ``amount_at``: the country is their possessor ("Ukraine's allies") or
    follows them as a genitive ("the allies of Ukraine", "die Verbündeten der Ukraine", "les
    alliés de l'Ukraine", "sojusznicy Ukrainy"); None otherwise.

    >>> text = "Ukraine's allies pledged €9bn on Wednesday."
    >>> found = _allies_of(text, "en", find_actors(text, "en"), find_cues(text, "en", VERB), 25)
    >>> found.code
    'UKR'
    """
    main = [cue for cue in verbs if cue.kind != "aux"]
    if not main or main[0].kind != "give" or main[0].start >= amount_at:
        return None
    pattern = _ally_pattern(lang)
    if pattern is None:
        return None
    links = _table(DETERMINERS, lang) | _table(GENITIVE_LINKS, lang)
    for match in pattern.finditer(sentence, 0, main[0].start):
        for actor in actors:
            if not actor.code or actor.role == "agent":
                continue
            gap = sentence[actor.end : match.start()]
            if actor.end <= match.start() and POSSESSIVE_GAP_RE.fullmatch(gap) and gap.strip():
                return actor  # "Ukraine's allies"
            if actor.start >= match.end():
                gap = sentence[match.end() : actor.start].replace("'", " ").replace("’", " ")
                words = gap.casefold().split()
                if all(w in links for w in words) and (words or actor.case_form):
                    return actor  # "the allies of Ukraine", "sojusznicy Ukrainy"
                break
    return None


def _generic_subject(sentence: str, lang: str | None, actors, amount_at: int) -> bool:
    """Return whether a word for givers of no named country (``ALLY_WORDS``: "partners",
    "donors", "партнери", "les bailleurs", "die Geber", "los donantes") is the subject of the
    clause of the amount at ``amount_at``: it stands before the amount with no comma, colon or
    semicolon between, after no marker of another role ("to partners", "from donors", "with"),
    and no known giver stands before it in that clause. The money is several givers': no one
    gives it alone (``collective``), and no earlier sentence's donor is carried to it.

    >>> _generic_subject("In total, partners have provided Ukraine with $120bn.", "en", [], 42)
    True
    >>> text = "Germany told its partners it would send $2bn."
    >>> _generic_subject(text, "en", find_actors(text, "en"), 39)
    False
    >>> _generic_subject("Aid was sent to partners worth $2bn.", "en", [], 31)
    False
    """
    pattern = _ally_pattern(lang)
    if pattern is None:
        return False
    head = max(0, *(sentence.rfind(mark, 0, amount_at) + 1 for mark in ",;:"))
    table = lang if lang in NEWS_LANGUAGES else "en"
    markers = frozenset().union(
        *(
            words.get(table, ())
            for words in (AGENT_MARKERS, RECIPIENT_MARKERS, MEANS_MARKERS, INSTRUMENTAL_LINKS)
        )
    )
    for match in pattern.finditer(sentence, head, amount_at):
        if any(head <= a.start < match.start() and a.code for a in actors):
            return False  # "Germany and its partners": Germany's, with others (rule 6)
        before = LAST_WORD_RE.search(sentence, head, match.start())
        if before is not None and before.group().casefold() in markers:
            continue
        words = NAME_RE.findall(sentence, head, match.start())
        # "Germany told its partners …": a verb before it makes it an object
        if any(c.kind != "aux" for word in words for c in find_cues(word, lang, VERB)):
            continue
        return True
    return False


def _uncoded_subject(sentence: str, actors, verbs, amount_at: int):
    """Return (start of its clause, verb) for the first giving verb before the amount at
    ``amount_at`` when no actor with a code stands between the clause's start (after the last
    ",", ";" or ":" before the verb) and the verb: a subject the gazetteer does not name, for
    the rules that read it (an organisation's name, a subject of unknown name); else None."""
    gives = [v for v in verbs if v.kind == "give" and v.end <= amount_at]
    if not gives:
        return None
    verb = gives[0]
    head = max(0, *(sentence.rfind(mark, 0, verb.start) + 1 for mark in ",;:"))
    if any(head <= a.start < verb.start and a.code for a in actors):
        return None
    return head, verb


def _organisation_subject(
    sentence: str, lang: str | None, actors, verbs, amount_at: int
) -> Cue | None:
    """Return the giving verb whose subject of the sentence's first giving verb before the amount at
    ``amount_at`` (the words from the last comma, colon or semicolon before the verb) holds the
    head noun of an organisation's name (``ORGANISATION_NOUNS``: "Banco", "Bank", "Fund",
    "agencia", "Entwicklungsbank") and no known giver: an organisation the gazetteer does not
    know gives ("El Banco Interamericano aprobó …", "The Nordic Green Fund approved …"), no
    country of an earlier sentence (``donor_from`` ``organisation``); else None.

    >>> text = "The Caribbean Resilience Fund approved $20m for Haiti."
    >>> _organisation_subject(text, "en", [], find_cues(text, "en", VERB), 39).text
    'approved'
    """
    pattern = _organisation_pattern(lang)
    if pattern is None:
        return None
    found = _uncoded_subject(sentence, actors, verbs, amount_at)
    if found is None:
        return None
    head, verb = found
    words = NAME_RE.finditer(sentence, head, verb.start)
    return verb if any(pattern.fullmatch(word.group()) for word in words) else None


@lru_cache(maxsize=32)
def _organisation_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The ``ORGANISATION_NOUNS`` of ``lang`` as one case-blind pattern of a whole word ("*"
    ending a prefix, a leading "*" a compound's head: "Entwicklungsbank")."""
    nouns = ORGANISATION_NOUNS.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not nouns:
        return None
    forms = [
        (r"\w*" if noun.startswith("*") else "")
        + re.escape(noun.strip("*"))
        + (r"\w*" if noun.endswith("*") else "")
        for noun in nouns
    ]
    return re.compile("|".join(forms), re.IGNORECASE)


@lru_cache(maxsize=32)
def _ally_pattern(lang: str | None) -> re.Pattern[str] | None:
    words = ALLY_WORDS.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _part_phrase(lang: str | None) -> re.Pattern[str]:
    """A phrase of ``PART_BEFORE`` ("led by", "including", "angeführt von")."""
    phrases = PART_BEFORE.get(lang if lang in NEWS_LANGUAGES else "en", ()) or ("led by",)
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(body, re.IGNORECASE)


@lru_cache(maxsize=32)
def _with_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A word of ``ITEM_WITH`` between spaces: all the text between an item's giver and its
    amount."""
    phrases = ITEM_WITH.get(lang if lang in NEWS_LANGUAGES else "en", ())
    if not phrases:
        return None
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\s+(?:{body})\s+", re.IGNORECASE)


def _after_part_phrase(tail: str, lang: str | None) -> str:
    """``tail`` without a phrase of ``PART_BEFORE`` or ``ITEM_WITH`` that opens it
    ("including", "darunter", "dont", "con Alemania a la cabeza con"): the words left must be
    determiners or "and" for the item to open there."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    phrases = (*PART_BEFORE.get(table, ()), *ITEM_WITH.get(table, ()))
    if not phrases:
        return tail
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.sub(rf"^\s*(?:{body})(?!\w)", "", tail, flags=re.IGNORECASE)


def _unnamed_subject(
    sentence, lang, actors, verbs, begin: int, amount_at: int, clause: bool = False
) -> bool:
    """Return whether the clause of the amount at ``amount_at`` has a giver of its own that the
    gazetteer does not know, a capitalised name: the subject of a giving verb ("…, while Scotland
    pledged £300 million": no country of the gazetteer), or a name opening a list item ("…,
    and Scotland another £2bn"): that amount is not the earlier donor's. With ``clause``, only
    when a comma, colon or semicolon after ``begin`` opens that clause ("Ukraine needs more,
    and Scotland pledged …"; not "Germany's Chancellor Scholz pledged"). Month and weekday names
    are no giver; German capitalises every noun, so there the rule does not apply."""
    if lang == "de":
        return False
    gives = [v for v in verbs if v.kind == "give" and begin <= v.start < amount_at]
    if not gives:  # "…, and Scotland another £2bn": an unknown name opening a list item
        if sentence[begin:amount_at].rstrip().endswith(","):
            return False  # "… til FNs UNRWA, 125 millioner til WFP": the item before ends there
        item = sentence[begin:amount_at].rstrip(" :–—-,")
        for phrase in sorted(_table_phrases(FURTHER_AMOUNT, lang), key=len, reverse=True):
            if item.casefold().endswith(" " + phrase):
                item = item[: -len(phrase)].rstrip(" :–—-,")  # "а Корея – ще 300 млн"
                break
        last = LAST_WORD_RE.search(item)
        return last is not None and _unknown_name(last, begin, actors, lang)
    verb = gives[-1]
    head = max(begin, *(sentence.rfind(mark, begin, verb.start) + 1 for mark in ",;:"))
    if clause and head == begin:
        return False
    return any(
        _unknown_name(match, 0, actors, lang)
        for match in NAME_RE.finditer(sentence, head, verb.start)
    )


def _unnamed_opening(sentence, lang, actors, verbs, amount_at: int) -> bool:
    """Return whether the subject of the sentence's first giving verb before the amount at
    ``amount_at`` (the words from the last comma, colon or semicolon before the verb) holds a
    name the gazetteer does not know, when no known giver stands there: a capitalised word
    after the first ("Foreign Minister Cho Tae-yul promised", "Mr Starmer promised", "The
    Scottish government promised"), or the sentence's first word, right before the verb (one
    lower-case auxiliary between at most: "Scotland has pledged", "Séoul a promis") or a
    possessive ending ("Scotland's government promised"), unless it is a word of
    ``SUBJECT_PRONOUNS`` ("It pledged"). Such money is that giver's, not the donor of an
    earlier sentence: ``donor_from`` ``unnamed``. Only in the languages that list those words:
    those whose sentences open with their subject (English, French; German capitalises every
    noun, Spanish or Polish drop the subject: "Allí prometió")."""
    table = lang if lang in NEWS_LANGUAGES else "en"
    pronouns = SUBJECT_PRONOUNS.get(table)
    if not pronouns:
        return False
    found = _uncoded_subject(sentence, actors, verbs, amount_at)
    if found is None:
        return False
    head, verb = found
    for match in NAME_RE.finditer(sentence, head, verb.start):
        if sentence[: match.start()].strip():
            if _unknown_name(match, 0, actors, lang):
                return True
            continue
        rest = sentence[match.end() : verb.start]
        word = match.group().casefold()
        if word in pronouns or word in _table(DETERMINERS, lang):
            continue
        if any(a.start <= match.start() < a.end for a in actors):
            continue
        if len(rest.split()) <= 1 and rest == rest.casefold() or re.match(r"['’]s?\b", rest):
            return True
    return False


def german_clause_name(sentence: str, lang: str | None, begin: int, amount_at: int) -> bool:
    """Return whether, in German, the clause of the amount at ``amount_at`` opens after a
    comma with a lower-case word (a conjunction: "während", "und", "wobei") and then a
    capitalised word that is no known actor nor determiner ("…, während Schottland 300 Mio.
    Dollar versprach"). German capitalises every noun, so the word
    may name an unknown giver or be a noun: the donor before is kept, and the caller says in
    ``evidence`` that it should be checked.

    >>> german_clause_name(
    ...     "Deutschland sagte 2 Mrd. Euro zu, während Schottland 300 Mio. Dollar versprach.",
    ...     "de", 29, 53)
    True
    >>> german_clause_name(
    ...     "Deutschland sagte 2 Mrd. Euro zu, während Frankreich 300 Mio. Euro versprach.",
    ...     "de", 29, 53)
    False
    """
    if lang != "de":
        return False
    comma = sentence.rfind(",", begin, amount_at)
    if comma < 0:
        return False
    words = list(NAME_RE.finditer(sentence, comma + 1, amount_at))
    if len(words) < 2 or not words[0].group().islower() or not words[1].group()[0].isupper():
        return False
    actors = _actors(sentence, lang)
    name = words[1]
    if any(a.start <= name.start() < a.end for a in actors):
        return False
    return name.group().casefold() not in _table(DETERMINERS, lang)


def _unknown_name(match: re.Match, offset: int, actors, lang: str | None) -> bool:
    """Return whether the word ``match`` found (at ``offset`` + its start in the sentence) is
    capitalised, not the sentence's first word, no actor, no month or weekday, no determiner."""
    word, at = match.group(), offset + match.start()
    if not word[0].isupper() or at == 0 or any(a.start <= at < a.end for a in actors):
        return False
    table = lang if lang in NEWS_LANGUAGES else "en"
    folded = word.casefold()
    dates = month_words(table).keys() | weekday_words(table)  # "and on Monday pledged"
    return folded not in dates and folded not in _table(DETERMINERS, lang)


def _beside(sentence, lang, actors, verbs, amounts, chosen) -> dict[int, str]:
    """Replace in ``chosen`` the donor of each amount whose own neighbours name its giver (rule
    4's last part): a possessive just before it or an agent just after it (``_own_donor``),
    an actor it follows in brackets (``_bracket_donor``). Return {amount index: recipient} for
    amounts in brackets after a recipient ("to Ukraine (€3bn) and Moldova (€2bn)")."""
    beside: dict[int, tuple[Actor, str]] = {}
    for index, amount in enumerate(amounts):
        until = amounts[index + 1][0] if index + 1 < len(amounts) else len(sentence)
        if index == 0:  # the first amount's neighbours weigh less than its subject
            own = None
            if chosen[0][0] is None and chosen[0][1] != "unnamed":  # "Finland's €200m …"
                own = _own_donor(sentence, lang, actors, verbs, amount, until, first=True)
            elif chosen[0][1] != "unnamed":  # "the €500m offered by the Netherlands"
                own = _own_donor(
                    sentence, lang, actors, verbs, amount, until, first=True, after=chosen[0][0]
                )
                # an agent after it outweighs the subject; so does a possessive before it when
                # the donor is only the nearest name, or a subject with no giving verb before
                # the amount ("Kyiv welcomed Britain's £2.3bn", "France welcomed Germany's €5m
                # pledge": the giving word is the possessor's noun after it)
                weak = (
                    chosen[0][1] == "nearest"
                    and (
                        _giving_noun_after(sentence, lang, verbs, amount[1])
                        or _CLAUSE_END_RE.match(sentence, amount[1]) is not None
                        or _recipient_marker_after(sentence, lang, amount[1])
                    )
                ) or (
                    chosen[0][1] == "subject"
                    and not any(v.kind == "give" and v.end <= amount[0] for v in verbs)
                    and _giving_noun_after(sentence, lang, verbs, amount[1])
                )
                own = (
                    own
                    if own is not None and (own[1] == "agent" or weak and own[1] == "possessive")
                    else None
                )
                if own is None and chosen[0][1] in ("subject", "nearest"):
                    # "France welcomed the pledge of Germany of €5m", "Frankreich begrüßte die
                    # Zusage Deutschlands von 5 Mio. Euro": no giving verb before the amount,
                    # and an aid noun's genitive owner right beside it gives it
                    owner = _genitive_beside(sentence, lang, actors, verbs, amount)
                    own = None if owner is None else (owner, "genitive")
        else:  # "versus $5bn from the United States", "compared with Norway's NOK 7.5bn"
            own = _own_donor(sentence, lang, actors, verbs, amount, until, first=False)
        if own is not None:
            beside[index] = own
    recipients: dict[int, str] = {}
    previous: tuple[int, Actor] | None = None  # the last bracketed amount and its actor
    for index, amount in enumerate(amounts):
        actor = _bracketed_after(sentence, actors, amount)
        if actor is None:
            continue
        joined = previous is not None and BRACKET_LIST_RE.fullmatch(
            sentence, sentence.index(")", amounts[previous[0]][1]) + 1, actor.start
        )
        received = actor.role == "recipient" or _object_of_giving(sentence, lang, verbs, actor)
        if received or (joined and previous[1].role == "recipient"):
            actor = _replace(actor, role="recipient")  # "to Ukraine (€3bn) and Moldova (€2bn)"
            recipients[index] = actor.code
        else:  # "Germany (€3bn), France (€2bn) and Italy (€1bn)", "from Japan ($1bn)"
            beside[index] = (actor, "list")
        previous = (index, actor)
    bracketed = {id(own[0]) for index, own in beside.items() if index and own[1] == "list"}
    if chosen[0][1] == "agent" and 0 not in beside and id(chosen[0][0]) in bracketed:
        chosen[0] = (None, None)  # "Donors pledged €7bn, led by Germany (€3bn) and …"
    for index, own in beside.items():
        chosen[index] = own
    return recipients


# A quote: an opening mark, the quoted words, a closing mark ("…", „…“, «…», "…").
QUOTE_RE = re.compile(r'["“„«‹]([^"“”„«»‹›]+)["”“»›]')
# What may stand between a quote and the speech verb or speaker after it (", said", "» – a dit").
QUOTE_TAIL_WORDS = 6


def _quoted(sentence, lang, actors, verbs, amounts, chosen) -> dict[int, str]:
    """Replace in ``chosen`` the donor of each amount inside a quote in the first person
    plural ("we", "wir", "nous", "my", ``WE_WORDS``; in a language that drops the pronoun, a
    giving verb or a verb of needing or asking with a ``WE_ENDINGS`` ending: "Przekażemy",
    "Potrzebujemy", "Necesitamos") and return {amount index: recipient} for the amounts whose
    speaker receives. The speaker is the country named right after the quote with a verb of
    saying (``SPEECH_VERBS``) ("said the Japanese prime minister", "sagte der deutsche
    Kanzler", "the Japanese prime minister said", "– powiedział polski premier").

    - A quote that asks (a request or wish word of ``NOT_GIVING`` before the amount: "We
      need", "Wir brauchen", "Potrzebujemy") or receives ("We have received …") makes the
      speaker's country the recipient; the giver is an agent the quote names ("… from
      Germany"), else there is none (``donor_from`` ``quote``).
    - A quote that receives from its speakers ("from us", "von uns", "od nas", "від нас":
      ``_from_us``) makes the speaker's country the giver (``speaker``) and the quote's other
      country the recipient ('"Ukraine will get €2bn from us," said the German chancellor').
    - Otherwise the speaker's country gives, ``donor_from`` ``speaker``; not when the quote
      names a giver of its own before its "we" or as an agent ("… from the EU"), nor when the
      sentence marks the speaker's country as the one receiving ("to Ukraine").
    - A quote that goes on after its speaker ('"…," said the German minister, "and we will add
      €1bn."') has that speaker.
    - An amount of such a quote that no rule gives a donor (the speaker holds no country: "said
      Biden") has none, ``donor_from`` ``quote``: "we" is the speaker, never the giver of an
      earlier sentence.

    >>> text = '"We will give €3bn to Ukraine," said the Japanese prime minister.'
    >>> [tuple(g) for g in givers(text, "en", [(14, 18)])]
    [('JPN', 'UKR', 'speaker')]
    >>> text = '"We need $5bn from Germany," said the Ukrainian president.'
    >>> [tuple(g) for g in givers(text, "en", [(9, 13)])]
    [('DEU', 'UKR', 'agent')]
    """
    recipients: dict[int, str] = {}
    if not QUOTE_RE.search(sentence):
        return recipients
    table = lang if lang in NEWS_LANGUAGES else "en"
    pattern = _speech_pattern(table)
    asks = [c for c in find_cues(sentence, lang, NOT_GIVING) if c.kind in ("request", "wish")]
    for quote in QUOTE_RE.finditer(sentence):
        inside = [i for i, (s, e) in enumerate(amounts) if quote.start() < s and e < quote.end()]
        if not inside:
            continue
        words = sentence[quote.start() : quote.end()]
        we = _first_person(words, table, [*verbs, *asks], quote.start())
        if we is None:  # '„We will give 2 billion dollars“, sagte Biden.': the quote's own words
            own = sentence_language(words, table)
            if own in NEWS_LANGUAGES:
                we = _first_person(words, own, [], quote.start())
        if we is None:
            continue
        speaker = _speaker(sentence, actors, pattern, quote.end()) if pattern else None
        earlier = list(QUOTE_RE.finditer(sentence, 0, quote.start())) if pattern else []
        if speaker is None and earlier:
            # '"…," said the German minister, "and we will add €1bn."': a quote going on
            # after its speaker is that speaker's
            speaker = _speaker(sentence, actors, pattern, earlier[-1].end())
        received = any(v.kind == "receive" and quote.start() < v.start < quote.end() for v in verbs)
        for index in inside:
            actor = chosen[index][0]
            asked = any(quote.start() < c.start and c.end <= amounts[index][0] for c in asks)
            if received and not asked and speaker is not None and _from_us(words, table):
                # '"Ukraine will get €2bn from us," said the German chancellor': "from us"
                # names the speaker the giver; the quote's other country receives
                chosen[index] = (speaker, "speaker")
                taker = [
                    a
                    for a in actors
                    if a.code
                    and a.code != speaker.code
                    and a.role != "agent"
                    and quote.start() < a.start < quote.end()
                ]
                if taker:
                    recipients[index] = taker[0].code
                continue
            if received or asked:  # "We need $5bn", "We have received $5bn from our partners"
                agent = [
                    a
                    for a in actors
                    if a.role == "agent"
                    and a.code
                    and quote.start() < a.start < quote.end()
                    and (speaker is None or a.code != speaker.code)
                ]
                chosen[index] = (agent[0], "agent") if agent else (None, "quote")
                if speaker is not None:
                    recipients[index] = speaker.code
                continue
            # a giver the quote names before its "we" is its own ("Germany and we will give …");
            # one after it is an object ("Wij geven Oekraïne 3 miljard euro")
            own = actor is not None and quote.start() <= actor.start < quote.start() + we
            own = own or (actor is not None and actor.role == "agent")  # "… from the EU"
            if own and actor.code is not None:
                continue
            receiving = speaker is not None and any(  # "to Ukraine," said the Ukrainian …
                a.role == "recipient" and a.code == speaker.code and a.end <= quote.end()
                for a in actors
            )
            if speaker is not None and not receiving:
                chosen[index] = (speaker, "speaker")
            elif receiving or (
                actor is None
                and chosen[index][1] is None
                and pattern is not None
                and _named_speaker(sentence, actors, pattern, quote.end())
            ):  # "…", sagte Biden: a person of no known country, not an earlier sentence's
                chosen[index] = (None, "quote")
    return recipients


@lru_cache(maxsize=32)
def _from_us_pattern(table: str) -> re.Pattern[str] | None:
    phrases = FROM_US.get(table, ())
    if not phrases:
        return None
    return re.compile(
        "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)), re.I
    )


def _from_us(quote: str, table: str) -> bool:
    """Return whether ``quote`` names its speakers as the givers of its money: a phrase of
    ``FROM_US`` ("from us", "von uns", "od nas", "від нас"; not "from our partners").

    >>> _from_us('"Ukraine will get €2bn from us,"', "en")
    True
    >>> _from_us('"We have received $5bn from our partners,"', "en")
    False
    """
    pattern = _from_us_pattern(table)
    return pattern is not None and pattern.search(quote) is not None


def _first_person(quote: str, table: str, verbs, offset: int) -> int | None:
    """Return where ``quote`` first speaks in the first person plural (an offset in it): a word
    of ``WE_WORDS``, or a giving verb or a word of asking or needing inside it with an ending of
    ``WE_ENDINGS``; else None."""
    found = []
    words = WE_WORDS.get(table, "").split()
    if words:
        match = re.search("|".join(phrase_pattern(w) for w in words), quote, re.I)
        found += [match.start()] if match else []
    endings = WE_ENDINGS.get(table, ())
    found += [
        v.start - offset
        for v in verbs
        if endings
        and v.kind in ("give", "request", "wish")
        and offset <= v.start < offset + len(quote)
        and v.text.casefold().endswith(endings)
    ]
    return min(found) if found else None


def _speaker(sentence, actors, pattern, end: int) -> Actor | None:
    """Return the speaker named right after a quote that ends at ``end``: a verb of saying and
    an office or demonym of a country within ``QUOTE_TAIL_WORDS`` words of the quote, before
    the next quote or the sentence's end; else None."""
    tail_end = min([m.start() for m in QUOTE_RE.finditer(sentence, end)] + [len(sentence)])
    words = list(WORD_RE.finditer(sentence, end, tail_end))[:QUOTE_TAIL_WORDS]
    if not words:
        return None
    reach = words[-1].end()
    verb = pattern.search(sentence, end, reach)
    if verb is None:
        return None
    speakers = [
        a
        for a in actors
        if end <= a.start < reach and a.code and a.how in ("institution", "demonym")
    ]
    return speakers[0] if speakers else None


def _named_speaker(sentence, actors, pattern, end: int) -> bool:
    """Return whether a quote that ends at ``end`` is followed by a verb of saying and a
    capitalised name that is no actor the sentence knows, within ``QUOTE_TAIL_WORDS`` words
    ("…", sagte Biden; "…," said Mr Rutte): a person whose country the text does not give; not
    a pronoun ("…," he said: the one of the sentences before)."""
    tail_end = min([m.start() for m in QUOTE_RE.finditer(sentence, end)] + [len(sentence)])
    words = list(WORD_RE.finditer(sentence, end, tail_end))[:QUOTE_TAIL_WORDS]
    if not words:
        return False
    verb = pattern.search(sentence, end, words[-1].end())
    if verb is None:
        return False
    spans = [(a.start, a.end) for a in actors]
    return any(
        word.group()[:1].isupper()
        and not verb.start() <= word.start() < verb.end()
        and not any(start <= word.start() < stop for start, stop in spans)
        for word in words
    )


# At most this many words in an attribution closing a sentence ("…, the British Foreign Office
# said", "…, повідомили в Міністерстві закордонних справ Німеччини").
ATTRIBUTION_WORDS = 8
# Where a closing attribution may begin: a comma, a semicolon or a dash after the last amount.
ATTRIBUTION_MARK_RE = re.compile(r"\s*[,;–—]\s*")


def _attribution(sentence, lang, actors, verbs, last_end: int) -> int | None:
    """Return where an attribution that closes ``sentence`` begins, when its clause has a
    subject of its own; else None. An attribution is a stretch after the last amount, opened
    by a comma, semicolon or dash, of at most ``ATTRIBUTION_WORDS`` words, holding a verb of
    saying (``SPEECH_VERBS``: "said", "sagte", "a indiqué", "powiedział", "повідомили") and
    no giving verb. Its countries name who speaks, not who gives or receives ("Donors
    pledged $1.5bn for Sudan, the British Foreign Office said": no British gift; "Die
    Verbündeten sagten 2 Mrd. Euro zu, teilte Berlin mit": no German receipt). The clause
    has a subject of its own when a word that is no actor stands before its first verb
    ("Donors", "Sojusznicy", "Die Verbündeten"); with none ("$2bn went to Sudan last year,
    Britain said") the speaker may be the giver, and nothing changes. A quote has its own
    rule (``_quoted``).

    >>> s = "Sojusznicy obiecali Ukrainie 2 mld euro, poinformowała Polska."
    >>> [tuple(g) for g in givers(s, "pl", [(29, 39)])]
    [(None, 'UKR', 'collective')]
    """
    begin = _attribution_begin(sentence, lang, verbs, last_end)
    if begin is None:
        return None
    givers_noun = _ally_pattern(lang)
    for mark in ATTRIBUTION_MARK_RE.finditer(sentence, last_end):
        if mark.group().strip() and len(WORD_RE.findall(sentence, mark.end())) <= (
            ATTRIBUTION_WORDS
        ):
            begin = mark.start()
            break
    main = [
        v
        for v in verbs
        if v.kind != "aux"
        and v.start < begin
        # "I donatori … hanno promesso": a word for givers is the subject, no verb
        and not (givers_noun and givers_noun.match(sentence, v.start))
    ]
    if not main:
        return None
    start = dateline_end(sentence)
    words = [
        w
        for w in WORD_RE.finditer(sentence, start, main[0].start)
        if len(w.group()) > 1 and not any(a.start <= w.start() < a.end for a in actors)
    ]
    return begin if words else None


def _attribution_begin(sentence, lang, verbs, last_end: int) -> int | None:
    """Return where an attribution that closes ``sentence`` begins (``_attribution``: a comma,
    semicolon or dash after the last amount, at most ``ATTRIBUTION_WORDS`` words after it, a
    verb of saying and no giving verb among them), its clause's subject aside; else None.

    >>> s = "The new package amounted to €500m, Germany said."
    >>> s[_attribution_begin(s, "en", find_cues(s, "en", VERB), 33):]
    ', Germany said.'
    """
    if QUOTE_RE.search(sentence):
        return None
    pattern = _speech_pattern(lang if lang in NEWS_LANGUAGES else "en")
    if pattern is None:
        return None
    begin = None
    for mark in ATTRIBUTION_MARK_RE.finditer(sentence, last_end):
        if mark.group().strip() and len(WORD_RE.findall(sentence, mark.end())) <= (
            ATTRIBUTION_WORDS
        ):
            begin = mark.start()
            break
    if begin is None or not pattern.search(sentence, begin):
        return None
    if any(v.kind == "give" and v.start >= begin and not pattern.match(sentence, v.start)
           for v in verbs):  # fmt: skip
        return None  # "…, said Germany, which pledged …": a clause of giving ("announced"
        # is a verb of saying there: "…, ha annunciato la Francia")
    return begin


def _speakers_give(sentence, actors, chosen, speaking: int | None):
    """Return ``chosen`` (an (actor, rule) per amount) with the speaker of a closing
    attribution as the giver of every amount, when ``speaking`` (where it begins) is given,
    no rule chose any giver and every country named before it is marked as the one given to
    ("The new package amounted to €500m, Germany said": Germany's; "The package for Moldova
    comes to €60m, Romania said": Romania's; "Moldova's package comes to €60m, Romania said"
    names another country that may give: none).
    """
    if speaking is None or any(actor is not None or rule for actor, rule in chosen):
        return chosen
    speakers = [a for a in actors if a.start >= speaking and a.code]
    if not speakers or any(a.code and a.end <= speaking and a.role != "recipient" for a in actors):
        return chosen
    return [(speakers[0], "speaker")] * len(chosen)


@lru_cache(maxsize=32)
def _speech_pattern(table: str) -> re.Pattern[str] | None:
    words = SPEECH_VERBS.get(table, "").split()
    if not words:
        return None
    return re.compile("|".join(phrase_pattern(w) for w in words), re.IGNORECASE)


def _object_of_giving(sentence, lang, verbs, actor: Actor) -> bool:
    """Return whether ``actor`` is the one given to: a name in a case other than the
    nominative ("Ukrainie (3 mld euro)"), or the object right after a giving verb ("will give
    Ukraine (€3bn)", only determiners between)."""
    if actor.case_form or not actor.nominative:
        return True
    gives = [v for v in verbs if v.kind == "give" and v.end <= actor.start]
    if not gives:
        return False
    words = [w.casefold() for w in WORD_RE.findall(sentence[gives[-1].end : actor.start])]
    return all(w in _table(DETERMINERS, lang) for w in words)


def _bracketed_after(sentence, actors, amount: tuple[int, int]) -> Actor | None:
    """Return the actor with a country code that an amount in brackets follows, or None."""
    start, end = amount
    opening = sentence[:start].rstrip()
    if not opening.endswith("(") or not sentence[end:].lstrip().startswith(")"):
        return None
    before = len(opening[:-1].rstrip())
    return next((a for a in actors if a.end == before and a.code), None)


def _own_donor(
    sentence, lang, actors, verbs, amount: tuple[int, int], until: int, first: bool, after=None
) -> tuple[Actor, str] | None:
    """Return (actor, rule) when the words right beside an amount name its own giver, else None:

    - an agent just after it ("$5bn from the United States", "$1bn given by Hungary", "5 Mrd.
      Euro von Japan", "$5bn pledged last week by the United States"; at most
      ``OWN_AGENT_WORDS`` words between, no comma);
    - in a further amount, a genitive just after it ("3 milliards d'euros de l'Allemagne",
      "3.000 millones de euros de Alemania": only the genitive words and determiners between);
    - a possessive just before it ("Britain's £2bn", "compared with Norway's NOK 7.5bn"), when
      the amount ends its clause or an aid noun, a recipient word or a verb follows it ("Russia's
      $100bn military budget" and "Ukraine's €5bn loan from the EU" are no giving: ``_owned``).

    For a sentence's ``first`` amount the agent counts only after a giving participle ("the
    €500m offered by the Netherlands") or when the sentence's subject ``after`` stands after
    the amount ("The $1bn package from Washington comes as Berlin pledged …"), and the
    genitive not at all."""
    start, end = amount
    for actor in actors:
        if not actor.code or not end <= actor.start < until or actor.role == "recipient":
            continue
        gap = sentence[end : actor.start]
        if any(mark in gap for mark in ",;:()") or len(gap.split()) > OWN_AGENT_WORDS:
            break
        if actor.role != "agent":
            words = [w.casefold() for w in WORD_RE.findall(gap)]
            links = _table(GENITIVE_LINKS, lang) | _table(DETERMINERS, lang)
            if (
                first
                or lang not in GENITIVE_AFTER
                or not words
                or any(w not in links for w in words)
            ):
                continue
            return actor, "agent"  # "3 milliards d'euros de l'Allemagne"
        if first:
            participle = any(v.kind == "give" and end <= v.start < actor.start for v in verbs)
            if not participle and (after is None or after.start < end):
                break
        return actor, "agent"
    for actor in actors:
        owner = actor.how == "owner" and actor.code and actor.end <= start
        if owner and POSSESSIVE_GAP_RE.fullmatch(sentence, actor.end, start):
            agent = _agent_after(sentence, actors, end, until)
            if agent is not None:
                # "Ukraine's €5bn loan from the EU": the owner receives, the agent gives (the
                # loan was Ukraine's pledge)
                return agent, "agent"
            # "Russia's $100bn military budget": the owner's money, given by no one here
            return (actor, "possessive") if _owned(sentence, lang, verbs, end) else (None, "owner")
    return None


# the end of a clause right after an amount ("Kyiv welcomed Britain's £2.3bn."), not a word
# saying what the money is ("Hungary's €10bn in funds": the owner's)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;,!?)]|$)")


def _word_after(sentence: str, end: int) -> re.Match[str] | None:
    """The word right after an amount ending at ``end`` (spaces only between), or None."""
    word = WORD_RE.search(sentence, end)
    return word if word is not None and not sentence[end : word.start()].strip() else None


def _recipient_marker_after(sentence: str, lang: str | None, end: int) -> bool:
    """True when the word right after an amount ending at ``end`` marks where it goes
    (``RECIPIENT_MARKERS``: "£2.3bn for drones", "to Kyiv")."""
    word = _word_after(sentence, end)
    return word is not None and word.group().casefold() in _table(RECIPIENT_MARKERS, lang)


def _giving_noun_after(sentence: str, lang: str | None, verbs, end: int) -> bool:
    """True when the word right after an amount ending at ``end`` is a giving word ("€5m
    pledge": a cue of giving) or an aid noun ("€5m package", ``AID_NOUNS``): the amount is the
    possessor's gift ("France welcomed Germany's €5m pledge"), not money the possessor owns
    ("The EU unfroze Hungary's €10bn in funds")."""
    word = _word_after(sentence, end)
    if word is None:
        return False
    if any(v.kind == "give" and v.start == word.start() for v in verbs):
        return True
    pattern = _aid_pattern(lang)
    return pattern is not None and pattern.fullmatch(word.group().casefold()) is not None


def _genitive_beside(sentence: str, lang: str | None, actors, verbs, amount) -> Actor | None:
    """The country owning an aid noun in the genitive right beside an amount at ``amount``
    (start, end) when no giving verb stands before the amount: before it with only a word of
    ``WHOLE_WORTH`` between ("the pledge of Germany of €5m", "die Zusage Deutschlands von 5
    Mio. Euro", "la promesse de l'Allemagne de 5 millions d'euros"), or right after it ("the
    €5m pledge of Germany"). Such an amount is the owner's gift, which the sentence's subject
    only welcomes or reports (it was the subject's until session 23); else None."""
    start, end = amount
    worth = {" ".join(p.casefold().split()) for p in _table_phrases(WHOLE_WORTH, lang)}
    for actor in actors:
        if (
            actor.how != "genitive"
            or not actor.code
            or actor.role is not None
            or actor.code == DEFAULTS["recipient"]  # "the €5m support of Ukraine": objective
        ):
            continue
        if any(
            v.kind == "give" and v.end <= start and not actor.start <= v.start < actor.end
            for v in verbs
        ):
            return None  # a giving verb before the amount (not the pledge noun itself)
        if actor.end <= start:
            if " ".join(sentence[actor.end : start].casefold().split()) in worth:
                return actor
        elif actor.start >= end and not sentence[end : actor.start].strip():
            return actor
    return None


def _agent_after(sentence: str, actors, end: int, until: int):
    """The actor marked as an agent ("from the EU", "by Germany") after an amount ending at
    ``end``, in its clause (no comma or bracket between) and within ``OWN_AGENT_WORDS`` words,
    before ``until``; else None."""
    for actor in actors:
        if actor.role != "agent" or not actor.code or not end <= actor.start < until:
            continue
        gap = sentence[end : actor.start]
        if any(mark in gap for mark in ",;:()") or len(gap.split()) > OWN_AGENT_WORDS:
            return None
        return actor
    return None


def _owned(sentence, lang, verbs, end: int) -> bool:
    """Return whether what follows an amount after a possessive lets the possessor be its giver:
    the clause ends, or an aid noun ("Germany's €3bn package"), a recipient word ("for") or a
    verb follows within ``OWNED_WORDS`` words."""
    clause = re.split(r"[,;:.()]", sentence[end:], maxsplit=1)[0]
    words = [w.casefold() for w in WORD_RE.findall(clause)][:OWNED_WORDS]
    if not words or words[0] in _table(RECIPIENT_MARKERS, lang):
        return True
    stop = end + len(clause)
    if any(end <= v.start < stop and v.start - end < 40 for v in verbs):
        return True
    pattern = _aid_pattern(lang)
    return pattern is not None and pattern.search(" ".join(words)) is not None


def _recipient(actors, verbs, lang, donors: set[str]) -> str | None:
    """Return the recipient (rule 5): a marked one, else the first other after the verb."""
    others = [a for a in actors if a.code and a.code not in donors and a.role != "agent"]
    marked = [a for a in others if a.role == "recipient"]
    if marked:
        return marked[0].code
    main = [cue for cue in verbs if cue.kind != "aux"] or list(verbs)
    if not main:  # no verb: the first other country named
        return next((a.code for a in others if a.subject or a.how == "demonym"), None)
    verb = main[0]
    if lang in VERB_SECOND or lang in INFLECTED:
        # "Nederland heeft Oekraïne … toegezegd", "Slovenija bo Moldaviji dala …": from the
        # auxiliary on (a dative between it and the verb is the receiver, no name after)
        helpers = [cue for cue in verbs if cue.kind == "aux" and cue.end <= verb.start]
        verb = helpers[0] if helpers else verb
    after = [a for a in others if a.start >= verb.end]
    if after:
        return after[0].code
    if lang in INFLECTED:  # "Lietuva Ukrainai suteikė": a dative before the verb
        dative = [a for a in others if not a.nominative]
        if dative:
            return dative[0].code
    # "I Syria ga Norge …", "Etter jordskjelvet i Tyrkia ga Norge …": the place named before
    # the verb, where the money goes
    located = [a for a in others if a.role == "located" and a.end <= verb.start]
    if located:
        return located[0].code
    return None


def _rule(actor: Actor, default: str) -> str:
    """Return the ``donor_from`` of an actor chosen by the rule ``default``."""
    return actor.how if actor.how in ("institution", *POSSESSED) else default


# The ways an aid noun names its owner: "the EU's funding", "Greek aid", "Pomoc Polski".
POSSESSED = ("possessive", "adjective", "genitive")


class _Span(NamedTuple):
    start: int
    end: int


def _words(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().casefold()) for m in WORD_RE.finditer(sentence)]


def _table_phrases(tables: dict[str, tuple[str, ...]], lang: str | None) -> tuple[str, ...]:
    """Return the phrases of ``lang`` in a table of phrases (English for an unknown one)."""
    return tables.get(lang if lang in NEWS_LANGUAGES else "en", ())


def _table(tables: dict[str, frozenset[str]], lang: str | None) -> frozenset[str]:
    """Return the words of ``lang`` (none if it has none), English for an unknown language."""
    if lang in NEWS_LANGUAGES:
        return tables.get(lang, frozenset())
    return tables["en"]


def _marked(actor: Actor, sentence: str, lang: str | None, words) -> Actor:
    """Return the actor with its role from the word before it, or before its determiners
    ("der Ukraine": "der" is a dative there; "to the Netherlands"); an article that is also a
    recipient word follows the agent word before it ("von der Europäischen Kommission"). A
    nationality adjective after a word of means ("through the Danish model", "via de Deense
    constructie": ``MEANS_MARKERS``) gets the role ``means``: it names a way of giving, no
    actor."""
    endings = NAME_ENDINGS.get(lang or "", {})
    if actor.how == "name" and sentence[actor.start : actor.end].casefold().endswith(
        endings.get("recipient", ())
    ):  # "Ukrainalle": its case ending marks the one given to
        return _replace(actor, role="recipient")
    if (
        actor.how == "name"
        and sentence[actor.start : actor.end].casefold().endswith(endings.get("agent", ()))
        and not _after_instrumental_link(words, actor.start, lang)
    ):  # "Поддержка Украины Германией", "Підтримка України Німеччиною": by Germany
        return _replace(actor, role="agent")
    if actor.how == "name" and COMPOUND_HEAD_RE.match(sentence, actor.end):
        # "Ukraine-Hilfe", "Ukraina-programmet": the first part of a compound names the
        # topic, the one the aid or programme is for, never a giver
        return _replace(actor, role="recipient")
    suffixes = CASE_SUFFIXES.get(lang or "", {})
    if suffixes:  # "Ukrayna'ya", "Japonya'dan", "Türkiye'nin": the ending after the apostrophe
        ending = APOSTROPHE_ENDING_RE.match(sentence, actor.end)
        found = ending.group(1).casefold() if ending else None
        if found in suffixes.get("recipient", ()):
            return _replace(actor, role="recipient")
        if found in suffixes.get("agent", ()):
            return _replace(actor, role="agent")
        if found in suffixes.get("owner", ()):
            return _replace(actor, subject=False)
        if found in suffixes.get("place", ()):  # "Ankara'da düzenlenen tören": where, no one
            return _replace(actor, role="place")
    # the words end in order (``WORD_RE`` matches never overlap): the last three that end
    # before the actor are found by bisection, not by walking the whole sentence
    count = bisect_right(words, actor.start, key=itemgetter(1))
    before = [w for _, _, w in words[max(0, count - 3) : count]]
    agents, recipients = _table(AGENT_MARKERS, lang), _table(RECIPIENT_MARKERS, lang)
    determiners = _table(DETERMINERS, lang)
    means = _table(MEANS_MARKERS, lang) if actor.how == "demonym" else frozenset()
    at = max((i for i, word in enumerate(before) if word in means), default=None)
    if (
        at is not None
        and not any(  # "selon le modèle danois": the noun may come between
            word in agents or (word in recipients and word not in determiners)
            for word in before[at + 1 :]
        )
    ):
        return _replace(actor, role="means")
    if actor.how == "name" and _event_topic(sentence, words, count, lang):
        return _replace(actor, role="recipient")  # "la conférence de Paris sur le Liban"
    if (
        actor.how in POSSESSED
        and before
        and before[-1] in _table(GENITIVE_LINKS, lang)
        and before[-1] not in agents
    ):
        # "общата стойност на помощта на България": a genitive word before an aid noun ties
        # it to the noun before it ("the value of the aid"), no recipient's word
        return actor
    while before:
        word = before.pop()
        if word in agents and _purpose_owner(words, max(0, count - 3) + len(before), lang):
            return _replace(actor, role="recipient")  # "voor de wederopbouw van Oekraïne"
        if word in agents:
            return _replace(actor, role="agent")
        if word in recipients and word in determiners and before and before[-1] in agents:
            if _purpose_owner(words, max(0, count - 3) + len(before) - 1, lang):
                return _replace(actor, role="recipient")  # "Energiefonds von der Ukraine"
            return _replace(actor, role="agent")  # "von der Kommission": the word before rules
        if word in recipients:
            return _replace(actor, role="recipient")
        if word not in determiners:
            break
    return actor


def _event_topic(sentence: str, words, count: int, lang: str | None) -> bool:
    """Return whether the ``count`` words before a country (``words``, as ``_words`` gives
    them) end with a noun of an event (``VENUE_WORDS``, ``MEETING_WORDS``), at most
    ``VENUE_REACH`` words before a word of what it is about (``EVENT_TOPICS``: "on", "sur",
    "zum", "sobre", "sul"), determiners between that word and the country, no end of a clause
    or number between: "the Paris conference on Lebanon", "la conférence de Paris sur le
    Liban", "alla conferenza di Parigi sul Libano". The country is the one the event's money
    goes to.

    >>> text = "At the Paris conference on Lebanon, donors pledged $1bn."
    >>> _event_topic(text, _words(text), 5, "en")
    True
    >>> text = "Germany gave $1bn to Lebanon on Monday."
    >>> _event_topic(text, _words(text), 4, "en")
    False
    """
    topics = _table(EVENT_TOPICS, lang)
    if not topics:
        return False
    determiners = _table(DETERMINERS, lang)
    at = count - 1
    while at >= 0 and words[at][2] in determiners and words[at][2] not in topics:
        at -= 1
    if at < 0 or words[at][2] not in topics:
        return False
    stems = _table_phrases(VENUE_WORDS, lang)
    meetings = _table(MEETING_WORDS, lang)
    for index in range(at - 1, max(-1, at - 1 - VENUE_REACH), -1):
        word = words[index][2]
        if VENUE_STOP_RE.search(sentence, words[index][1], words[at][0]):
            return False
        if word in meetings or (stems and word.startswith(stems)):
            return True
    return False


def _after_instrumental_link(words, start: int, lang: str | None) -> bool:
    """Return whether the word right before ``start`` is a preposition that takes the
    instrumental (``INSTRUMENTAL_LINKS``: "вместе с Германией", together with Germany; "між
    Україною", between Ukraine): a name in the instrumental there is no agent. ``words`` are
    the sentence's (start, end, folded word), in order.

    >>> text = "вместе с Германией"
    >>> found = [(m.start(), m.end(), m.group().casefold()) for m in WORD_RE.finditer(text)]
    >>> _after_instrumental_link(found, 9, "ru"), _after_instrumental_link(found, 0, "ru")
    (True, False)
    """
    count = bisect_right(words, start, key=itemgetter(1))
    return count > 0 and words[count - 1][2] in _table(INSTRUMENTAL_LINKS, lang)


def _purpose_owner(words, at: int, lang: str | None) -> bool:
    """Return whether the agent word ``words[at]`` before an actor is a genitive link
    (``GENITIVE_LINKS``) after a noun that a recipient word opens, determiners between ("voor
    de wederopbouw van Oekraïne", "naar het energiefonds van Oekraïne"): the country whose
    rebuilding or fund it is receives, it gives nothing. So too after a fund's noun
    (``FUND_NOUNS``), with no recipient word before it ("Het energiefonds van Oekraïne
    ontving …").

    >>> [(a.code, a.role) for a in find_actors("Het energiefonds van Oekraïne ontving", "nl")]
    [('UKR', 'recipient')]
    """
    if words[at][2] not in _table(GENITIVE_LINKS, lang):
        return False
    if at >= 1 and any(stem in words[at - 1][2] for stem in _table_phrases(FUND_NOUNS, lang)):
        return True  # "het energiefonds van Oekraïne": the fund's owner, whatever comes before
    determiners = _table(DETERMINERS, lang)
    index = at - 2  # past the noun before the link
    while index >= 0 and words[index][2] in determiners:
        index -= 1
    return index >= 0 and words[index][2] in _table(RECIPIENT_MARKERS, lang)


# anything but letters and spaces (a digit, a stop, a comma) between two words
NOT_WORDS_RE = re.compile(r"[^\w\s'’]|\d")


def _located(actor: Actor, sentence: str, lang: str | None, words) -> Actor:
    """Return the actor with the role ``located`` when it is a country's name right after a
    word of place (``SEAT_LINKS``, determiners between) that follows a word of the same clause
    ("victims of the earthquake in Turkey", "slachtoffers van de aardbeving in Turkije",
    "victimele cutremurului din Turcia", "ofiar trzęsienia ziemi w Turcji"): the country where
    something happens, maybe where the money goes (``_recipient`` reads it so), never who
    gives it. A place opening the sentence or its clause is kept ("In Kyiv, Germany pledged":
    a seat's office took its place before: "the government in Berlin").

    >>> [(a.code, a.role) for a in find_actors("Aid for victims of the flood in Poland.", "en")]
    [('POL', 'located')]
    """
    if actor.role is not None or actor.how != "name" or not actor.code:
        return actor
    count = bisect_right(words, actor.start, key=itemgetter(1))
    seats, determiners = _table(SEAT_LINKS, lang), _table(DETERMINERS, lang)
    index = count - 1
    while index >= 0 and words[index][2] in determiners and words[index][2] not in seats:
        index -= 1
    if index < 1 or words[index][2] not in seats or not actor.nominative:
        return actor  # "v Gaze": a case of its own makes no subject already
    if NOT_WORDS_RE.search(sentence, words[index][1], actor.start):
        return actor  # "France €2bn in 2024; Italy €1bn": the seat word is no longer its own
    before = words[index - 1][2]
    if before in _table(AGENT_MARKERS, lang) or before in _table(RECIPIENT_MARKERS, lang):
        return actor  # "de la Uniunea Europeană": from the EU
    if sentence[words[index - 1][1] : words[index][0]].strip():  # "…, in Kyiv": a comma between
        return actor
    return _replace(actor, role="located")


def _replace(actor: Actor, **changes) -> Actor:
    from dataclasses import replace

    return replace(actor, **changes)


@lru_cache(maxsize=32)
def _aid_pattern(lang: str | None) -> re.Pattern[str] | None:
    spec = AID_NOUNS.get(lang, "") if lang in NEWS_LANGUAGES else AID_NOUNS["en"]
    if not spec:
        return None
    return phrases_pattern(spec.split())


def opens_with_aid(sentence: str, lang: str | None) -> bool:
    """Return whether ``sentence`` opens with an aid noun (``AID_NOUNS``), an article before
    it at most: "Destek, … duyuruldu", "The package was announced …", "Die Hilfe wurde …".

    >>> opens_with_aid("Destek, 6 Şubat 2025'te duyuruldu.", "tr")
    True
    >>> opens_with_aid("Germany announced the package.", "en")
    False
    """
    pattern = _aid_pattern(lang)
    words = WORD_RE.findall(sentence[:40])
    if pattern is None or not words:
        return False
    first = (
        words[1]
        if words[0].casefold() in _table(DETERMINERS, lang) and len(words) > 1
        else words[0]
    )
    return pattern.fullmatch(first) is not None


def _aid_nouns(sentence: str, lang: str | None) -> list[_Span]:
    """The aid nouns of ``sentence``; a word that is also a giving verb and stands right
    before a number or a currency sign is that verb ("Ukraine's allies pledged €9bn": no
    pledge of Ukraine's)."""
    pattern = _aid_pattern(lang)
    if not pattern:
        return []
    verbs = {(v.start, v.end) for v in find_cues(sentence, lang, VERB) if v.kind == "give"}
    return [
        _Span(m.start(), m.end())
        for m in pattern.finditer(sentence)
        if (m.start(), m.end()) not in verbs or not AMOUNT_NEXT_RE.match(sentence, m.end())
    ]


# A number or a currency sign right after a word: the word is a verb with its amount.
AMOUNT_NEXT_RE = re.compile(r"\s*(?:\d|[$€£¥₴₽₹¢])")


def _owner(sentence, lang, places, used, noun, office: bool) -> Place | None:
    """Return the country that owns ``noun`` (an office or aid noun), written beside it."""
    before = [p for p in places if p not in used and p.end <= noun.start]
    if before:  # "Dutch defence ministry", "the EU's funding", "Vokietijos vyriausybė"
        place = before[-1]
        gap = sentence[place.end : noun.start]
        between = gap[2:].split()  # "the EU's new package": two words at most between
        possessive = (
            gap[:2] in POSSESSIVE_ENDINGS
            and len(between) <= 2
            and WORD_RE.fullmatch("".join(between) or "x")
        )
        next_to = bool(gap) and not gap.strip()
        # "dla Ukrainy rząd przeznaczy", "Na odbudowę Ukrainy rząd": a country inside a fronted
        # purpose phrase is the one given to, never the owner of the office after it ("для
        # України уряд Польщі": a genitive after the office may still be)
        # "Ukrainai vyriausybė skirs", "Ukrainie rząd przekaże", "Украине правительство
        # выделит": a name in a dative ending (``NAME_ENDINGS["dative"]``) before the office
        # is the one given to, never its owner
        if (
            (possessive or (next_to and (place.kind == "demonym" or _genitive(place, lang))))
            and (place.kind == "demonym" or not _in_purpose_phrase(sentence, lang, place))
            and (possessive or place.kind == "demonym" or not _dative_form(sentence, place, lang))
            # "Mołdawii rząd Niemiec", "Молдавии правительство Японии": an office owned by the
            # case form right after it has no owner before it (a case form there, genitive and
            # dative alike, is the one given to)
            and (
                possessive
                or place.kind == "demonym"
                or not _owned_after(sentence, lang, places, used, noun, office)
            )
        ):
            return place
    if not office and before:
        owner = _suffixed_owner(sentence, lang, before, noun)
        if owner is not None:  # "Almanya'nın Ukrayna'ya askeri yardımı"
            return owner
    after = [p for p in places if p not in used and p.start >= noun.end]
    if not after:
        return None
    place = after[0]  # "Уряд Японії", "government of Canada", "l'aide grecque", "… in Wien"
    gap = sentence[noun.end : place.start]
    if "," in gap or "." in gap:
        return None
    words = [w.casefold() for w in WORD_RE.findall(gap)]
    links = _table(GENITIVE_LINKS, lang)
    states = _table(STATE_NOUNS, lang)
    if office and any(w in states for w in words):
        # "Vlada Republike Slovenije", "Government of the Republic of Poland": the state's form
        # between, the country still owns the office
        words = [w for w in words if w not in states]
    if not words:
        if place.kind == "demonym" or (office and _genitive(place, lang)):
            return place
        # "Pomoc Polski", "допомога Литви", "ajutorul României": a name in the genitive right
        # after an aid noun is its giver; a dative ("pomoc Ukrainie", "допомога Україні")
        # is not, so only the endings of the genitive alone count (``NAME_ENDINGS["owner"]``)
        # (not the schema's default recipient: "wsparcie Ukrainy", "program podpory Ukrajiny",
        # "sprijinul Ucrainei" name the one supported, an objective genitive)
        owner = (
            (
                _genitive_owner(sentence, place, lang)
                or _before_dative(sentence, place, places, lang)
            )
            and place.code != DEFAULTS["recipient"]
            and not _for_purpose(sentence, lang, noun.start)
        )
        return place if owner else None
    if words[0] in links and all(w in links | _table(DETERMINERS, lang) for w in words):
        return place
    seat = all(w in _table(SEAT_LINKS, lang) for w in words)
    if office and seat and place.kind == "capital":
        return place
    if office and len(words) == 1 and place.kind == "demonym":
        return place  # "gouvernement fédéral allemand": one word between
    return None


def _suffixed_owner(sentence: str, lang: str | None, before: list[Place], noun) -> Place | None:
    """Return the country written with an ending of the owner after an apostrophe
    (``CASE_SUFFIXES[lang]["owner"]``: "Almanya'nın") that owns the aid noun after it, with
    at most ``SUFFIXED_REACH`` words between and each of them a name in an ending of the one
    given to ("Ukrayna'ya") or a word of a category ("askeri", "insani": ``CATEGORY``):
    "Almanya'nın Ukrayna'ya askeri yardımı" (Germany's military aid to Ukraine). Any other
    word between ("Rusya'nın saldırılarına karşı yardım") leaves the noun unowned.

    >>> text = "Almanya'nın Ukrayna'ya askeri yardımı"
    >>> _suffixed_owner(text, "tr", find_places(text, "tr"), _Span(30, 37)).code
    'DEU'
    >>> text = "Rusya'nın saldırılarına karşı yardım"
    >>> _suffixed_owner(text, "tr", find_places(text, "tr"), _Span(30, 36)) is None
    True
    """
    suffixes = CASE_SUFFIXES.get(lang or "", {})
    if not suffixes.get("owner"):
        return None
    for place in reversed(before):
        ending = APOSTROPHE_ENDING_RE.match(sentence, place.end)
        found = ending.group(1).casefold() if ending else None
        if found in suffixes.get("recipient", ()):
            continue  # "Ukrayna'ya": the one given to may stand between
        if found not in suffixes["owner"]:
            return None
        if NOT_WORDS_RE.search(sentence, ending.end(), noun.start):
            return None  # a comma, a stop, a number between
        words = [  # past the names between and their endings
            m
            for m in WORD_RE.finditer(sentence, ending.end(), noun.start)
            if not any(p.start <= m.start() < p.end for p in before)
            and sentence[m.start() - 1] not in "'’"
        ]
        if len(words) > SUFFIXED_REACH or any(
            not find_cues(m.group(), lang, CATEGORY) for m in words
        ):
            return None
        return place
    return None


# At most this many words of a category between an owner's ending and its aid noun
SUFFIXED_REACH = 3


def _in_purpose_phrase(sentence: str, lang: str | None, place: Place) -> bool:
    """Return whether the country ``place`` stands in a phrase of the one given to: right
    after a word of ``RECIPIENT_MARKERS`` that is no determiner ("dla Ukrainy", "для
    України", "pro Ukrajinu", determiners between: "für die Ukraine"), in an ending of the one
    given to (``NAME_ENDINGS[lang]["recipient"]``: "Ukrainai"), or as the last word of a phrase
    that opens its clause with a word of purpose or a recipient's (``PURPOSE_WORDS``,
    ``RECIPIENT_MARKERS``; a word of place, ``SEAT_LINKS``, only with a noun between) and
    holds at most ``PURPOSE_REACH`` words ("Na odbudowę Ukrainy", "На восстановление
    Украины"): a fronted purpose phrase names who receives, never the office after it.

    >>> place = find_places("Na odbudowę Ukrainy rząd", "pl")[0]
    >>> _in_purpose_phrase("Na odbudowę Ukrainy rząd", "pl", place)
    True
    >>> place = find_places("На Украине правительство", "ru")[0]
    >>> _in_purpose_phrase("На Украине правительство", "ru", place)
    False
    """
    endings = NAME_ENDINGS.get(lang or "", {}).get("recipient", ())
    if endings and sentence[place.start : place.end].casefold().endswith(endings):
        return True
    determiners = _table(DETERMINERS, lang)
    markers = _table(RECIPIENT_MARKERS, lang) - determiners
    begin = max(sentence.rfind(mark, 0, place.start) for mark in CLAUSE_MARKS) + 1
    before = [w.casefold() for w in WORD_RE.findall(sentence, begin, place.start)]
    if NOT_WORDS_RE.search(sentence, begin, place.start) is not None:
        return False
    for word in reversed(before):
        if word in markers:
            return True
        if word not in determiners:
            break
    purpose = markers | set(_table_phrases(PURPOSE_BY_LANGUAGE, lang))
    if not 0 < len(before) <= PURPOSE_REACH or before[0] not in purpose:
        return False
    # "W Polsce rząd", "На Украине правительство": a word of place right before the country
    # names where the office sits; "На восстановление Украины": a noun between, a purpose
    return before[0] not in _table(SEAT_LINKS, lang) or any(
        word not in determiners for word in before[1:]
    )


# At most this many words from a purpose word opening a clause to the country ending its phrase
# ("Na odbudowę szkół Ukrainy"); the marks after which a clause opens
PURPOSE_REACH = 4
CLAUSE_MARKS = ",;:()[]–—"


def _owned_after(sentence: str, lang: str | None, places, used, noun, office: bool) -> bool:
    """Return whether the office ``noun`` is followed right after (spaces alone between) by a
    country's name in a case form ("rząd Niemiec", "правительство Японии", "uряд Польщі"):
    that name owns it (pledges18).

    >>> text = "Mołdawii rząd Niemiec przekazał 20 mln euro."
    >>> from aidcalc.news.institutions import find_institutions
    >>> office = find_institutions(text, "pl")[0]
    >>> _owned_after(text, "pl", find_places(text, "pl"), set(), office, True)
    True
    """
    if not office:
        return False
    after = [p for p in places if p not in used and p.start >= noun.end]
    if not after:
        return False
    gap = sentence[noun.end : after[0].start]
    return (
        bool(gap)
        and not gap.strip()
        and lang in GENITIVE_ENDINGS
        and after[0].kind in ("name", "short")
        and (_genitive(after[0], lang) or after[0].whole)  # "Niemiec": a listed case form
    )


def _dative_form(sentence: str, place: Place, lang: str | None) -> bool:
    """Return whether a country's name is written in an ending of the dative
    (``NAME_ENDINGS[lang]["dative"]``) and in none of the genitive's alone ("owner"):
    "Ukrainai", "Ukrainie", "Украине", "Україні", "Ukrajině".

    >>> place = find_places("Ukrainie rząd", "pl")[0]
    >>> _dative_form("Ukrainie rząd", place, "pl"), _dative_form("Polski rząd", place, "pl")
    (True, False)
    """
    endings = NAME_ENDINGS.get(lang or "", {})
    written = sentence[place.start : place.end].casefold()
    return (
        place.kind in ("name", "short")
        and not place.whole
        and written.endswith(endings.get("dative", ()))
        and not written.endswith(endings.get("owner", ()))
    )


def _genitive_owner(sentence: str, place: Place, lang: str | None) -> bool:
    """Return whether a country's name is inflected with an ending of the genitive that no
    other case shares (``NAME_ENDINGS[lang]["owner"]``: "Polski", "Литви", "Slovenije",
    "României"; not "Francji" or "Франції", a genitive or a dative alike).

    >>> place = find_places("Pomoc Polski", "pl")[0]
    >>> _genitive_owner("Pomoc Polski", place, "pl")
    True
    """
    endings = NAME_ENDINGS.get(lang or "", {}).get("owner", ())
    return (
        bool(endings)
        and place.kind in ("name", "short")
        and not place.whole
        and sentence[place.start : place.end].casefold().endswith(endings)
    )


def _before_dative(sentence: str, place: Place, places, lang: str | None) -> bool:
    """Return whether a country's name in a case form (genitive and dative alike: "Франції",
    "Francji", "Франции") stands right before another in a case form, only spaces between:
    after an aid noun the first is the genitive, the giver, the second the dative, the one
    given to ("Допомога Франції Україні", "Pomoc Francji Ukrainie", "Помощь Германии
    Украине"); a noun takes its genitive first. So too before a recipient's word and a name
    ("Pomoc Szwecji dla Ukrainy", "Допомога Франції для України": ``RECIPIENT_MARKERS``): the
    one given to is named there, and the first is the genitive.

    >>> text = "Помощь Германии Украине"
    >>> _before_dative(text, find_places(text, "ru")[0], find_places(text, "ru"), "ru")
    True
    >>> text = "Pomoc Szwecji dla Ukrainy"
    >>> _before_dative(text, find_places(text, "pl")[0], find_places(text, "pl"), "pl")
    True
    """
    if lang not in INFLECTED or place.kind not in ("name", "short") or place.whole:
        return False
    after = next((p for p in places if p.start >= place.end), None)
    if after is None or after.kind not in ("name", "short"):
        return False
    gap = sentence[place.end : after.start].split()
    if not gap:
        return not after.whole
    markers = _table(RECIPIENT_MARKERS, lang) - _table(DETERMINERS, lang)
    return len(gap) == 1 and gap[0].casefold() in markers


def _for_purpose(sentence: str, lang: str | None, start: int) -> bool:
    """Return whether the word before ``start`` (determiners skipped) is a word of purpose
    or a recipient's ("На підтримку Молдови", "na pomoc Litwy", for the support of):
    the genitive after the noun there names the one helped (``PURPOSE_WORDS`` of the
    language, ``RECIPIENT_MARKERS``).

    >>> _for_purpose("Na pomoc Litwy", "pl", 3), _for_purpose("a pomoc Polski", "pl", 2)
    (True, False)
    """
    words = [w.casefold() for w in WORD_RE.findall(sentence[:start])]
    determiners = _table(DETERMINERS, lang)
    while words and words[-1] in determiners:
        words.pop()
    return bool(words) and (
        words[-1] in _table_phrases(PURPOSE_BY_LANGUAGE, lang)
        or words[-1] in _table(RECIPIENT_MARKERS, lang)
    )


def _genitive(place: Place, lang: str | None) -> bool:
    """Return whether a country name is written in a case ending ("Polens", "Японії")."""
    return lang in GENITIVE_ENDINGS and place.kind == "name" and not place.whole
