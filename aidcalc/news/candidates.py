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

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..countries import EU, organisations
from ..parsing import Mention, extract_amounts
from ..parsing.context import sentence_year
from ..pledges.schema import COLUMNS as PLEDGE_SCHEMA
from ..pledges.schema import DEFAULTS as PLEDGE_DEFAULTS
from ..words import (
    CONTRAST_OPENERS,
    HOME_COUNTRY,
    LEVEL_NOUNS,
    NEWS_AGENCIES,
    NEWS_LANGUAGES,
    ON_TOP,
    PACKAGE_VALUE,
    PASSIVE_AUXILIARIES,
    PREVIOUS_VALUE_CUES,
    RAISE_FRAMES,
    RAISE_FRAMES_AFTER,
    SAME_DAY,
    SPEECH_VERBS,
    TOTAL_FRAMES,
)
from .article_tables import (
    article_table,
    caption_giver,
    caption_recipient,
    label_giver,
    link_to_prose,
    main_giver,
)
from .beside import money_beside
from .budget_lines import budget_line
from .changes import change_after_amount, change_alone, change_evidence, difference_evidence
from .cjk import cjk_language
from .contents_lists import contents_list_parts
from .corrections import mark_corrections
from .country_prefix import giver_start
from .cues import (
    BASIS,
    CATEGORY,
    FUTURE,
    INTENTION,
    MEASURE,
    VERB,
    Cue,
    find_cues,
    phrases_pattern,
)
from .currency import (
    BY_CONTEXT,
    GUESSED,
    crown_of_sentence,
    currency_name_end,
    donor_currency,
    giver_currency,
    issuer_readings,
    own_currency,
    withdrawn_before,
)
from .dates import (
    DATE_LANGUAGES,
    amount_dates,
    anchored_note,
    anchored_year,
    clause_spans,
    explicit_date,
    price_basis_years,
    relative_week,
    week_note,
    weekday_words,
    year_inferred,
)
from .dedup import LEAD_SENTENCES, mark_duplicates, says_further
from .donors import (
    QUOTE_RE,
    dateline_end,
    each_givers,
    find_actors,
    german_clause_name,
    givers,
    likened_clauses,
    opens_with_aid,
    part_source,
    recipient_besides,
    stated_recipient,
)
from .exceeds import exceeding
from .header_tables import header_table_amounts, unread_blocks
from .institutions import find_institutions
from .language import infer_language, sentence_language
from .lists import (
    header_year,
    in_list,
    is_total_label,
    item_label,
    list_amounts,
    list_header,
    other_words,
    row_label,
    row_span,
    row_year,
    span_evidence,
)
from .not_giving import find_not_given, not_given_by, request_roles  # noqa: F401 (re-exported)
from .other_money import other_money
from .own_time import has_own_time, names_year
from .parts import (
    adds_up,
    continues_parts,
    is_part,
    names_contents,
    names_whole,
    opens_breakdown,
    opens_whole,
    within_whole,
)
from .places import find_places
from .reached import REACHED, sum_of_aid
from .restated import copula_restatements
from .sentences import split_sentences
from .shared import shared_evidence, shared_recipients
from .topics import fronted_recipient
from .year_tables import year_table_amounts
from .yearly import (
    per_year,
    per_year_evidence,
    period_end,
    period_end_evidence,
    period_evidence,
    period_start,
    period_totals,
    several_years,
    several_years_evidence,
    year_span,
    year_span_evidence,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

# The pledge schema's columns, as extract_pledges returns them (read_pledges adds the date's
# precision and year), then the review columns of extraction: ``status`` (every row starts as
# ``candidate``), ``donor_from`` (the rule that chose the donor), ``part_of`` and
# ``duplicate_of`` (the index of the row it belongs to or repeats) and ``evidence`` (what else a
# field rests on). ``assumptions`` follows ``high``, as ``aidcalc extract --what pledges`` writes
# it: the documented codes of the defaults the row's reading rests on, ``|`` between them
# (empty when the text decides everything), as ``read_pledges`` reads them back.
REVIEW_COLUMNS = ("status", "donor_from", "part_of", "duplicate_of", "evidence")
_SCHEMA = tuple(column for column in PLEDGE_SCHEMA if column not in ("date_precision", "year"))
COLUMNS = (
    *_SCHEMA[: _SCHEMA.index("high") + 1],
    "assumptions",
    *_SCHEMA[_SCHEMA.index("high") + 1 :],
    *REVIEW_COLUMNS,
)

# When two category cues are as near to the amount, the first of these wins.
CATEGORY_ORDER = ("military", "financial", "humanitarian")

# Between a whole and the parts that follow it: a colon or a dash ("€6bn: Germany (€3bn)").
BREAKDOWN_RE = re.compile(r":|\s[–—-]\s")
# At most this many characters between a whole and its first part ("€5bn in total to Ukraine
# (€3bn)").
BREAKDOWN_REACH = 60
# A first sentence of at most this many words, ended by a stop, may be the headline run into
# its lead ("Germany pledges €3bn. Germany pledged €3bn for Ukraine on Monday, …").
HEADLINE_WORDS = 8
# A sentence's donor is carried to later sentences at most this many sentences on.
CARRY_SENTENCES = 3
# A "sentence" longer than LONG_SENTENCE characters (a long text without full stops) is read in
# pieces of about PIECE characters, so that extraction stays linear in the text.
LONG_SENTENCE = 1000
PIECE = 400


def extract_pledges(
    text: str,
    *,
    published: object = None,
    lang: str | None = None,
    source: str | None = None,
    refused: list | None = None,
) -> pd.DataFrame:
    """Return the pledge candidates of ``text`` as a frame in the pledge schema.

    ``published`` (date or ISO string) resolves "In September" and is the date of rows whose
    sentence states none; without it, the day of a dateline that opens the text ("KYIV, March
    3, 2025 (Reuters) -") is the publication date of the whole article (``dateline_date``).
    ``lang`` (ISO 639-1) is inferred when not given. ``amount`` holds the
    text of the mention and ``value``/``currency``/``qualifier``/``high`` its parsed form;
    ``source`` and ``note`` the sentence (``source=`` puts a citation in ``source`` instead).
    The review columns (``REVIEW_COLUMNS``) follow: ``part_of`` and ``duplicate_of`` are row
    indexes of this frame (nullable integers). ``refused``: a list to which a
    ``parsing.Refusal`` is appended for each amount the parser refused (as
    ``extract_amounts(refused=)``): no row stands for it.
    """
    import pandas as pd

    rows = pledge_candidates(text, published=published, lang=lang, source=source, refused=refused)
    frame = pd.DataFrame([frame_row(row) for row in rows], columns=list(COLUMNS))
    frame["value"] = frame["value"].astype("float64")
    frame["high"] = frame["high"].astype("float64")
    for column in ("part_of", "duplicate_of"):
        frame[column] = frame[column].astype("Int64")
    return frame


def frame_row(row: dict[str, Any]) -> dict[str, Any]:
    """Return the ``COLUMNS`` of a ``pledge_candidates`` row, its ``assumptions`` codes joined
    by ``|`` (empty when none), as ``extract_pledges`` and ``aidcalc extract`` give them.

    >>> frame_row(pledge_candidates("Germany pledged $2bn.")[0])["assumptions"]
    'dollar-usd|short-scale'
    """
    out = {column: row[column] for column in COLUMNS}
    out["assumptions"] = "|".join(row["assumptions"])
    return out


def pledge_candidates(
    text: str,
    *,
    published: object = None,
    lang: str | None = None,
    source: str | None = None,
    refused: list | None = None,
) -> list[dict[str, Any]]:
    """Return the pledge candidates of ``text`` as dicts (the ``COLUMNS`` plus ``parsed``, the
    ``Amount``, ``assumptions``, the codes of the defaults its reading rests on,
    ``start``/``end``, the mention's offsets, and ``restated``, the ``Amount``s of the mentions
    that restate it in another currency); no pandas needed.

    The sentences are read in order: each amount's donor and recipient come from its own
    sentence (``aidcalc.news.donors``); a sentence that names no donor (a pronoun, an office of
    an unnamed country, no subject at all) takes the donor of the latest sentence that named
    one, at most ``CARRY_SENTENCES`` sentences back, with ``donor_from`` ``"earlier sentence"``.
    A sentence without a verb or measure word of its own takes that sentence's measure and basis
    too ("Most of it came in six shipments worth …"), said in ``evidence``. An office of no
    named country with no earlier donor to carry ("Regeringen presenterar …", "Rząd
    przeznaczy …") is the office of the language's home country (``HOME_COUNTRY``), an
    assumption: ``evidence`` says so and ``assumptions`` holds ``home-country``. A row with no
    recipient of its own takes the recipient of the article's latest row within
    ``CARRY_SENTENCES``. A row of a table pasted in the article carries neither: its giver is
    its label's, its caption's or the article's main giver, its recipient its caption's or
    the article's, and its rows restating or breaking down the prose's amounts are their
    duplicates or parts (``aidcalc.news.article_tables``). Parts get ``part_of``
    (``aidcalc.news.parts``) and the basis of
    their whole, repeats ``duplicate_of`` (``aidcalc.news.dedup``). ``refused`` as in
    ``extract_pledges``.
    """
    language = lang or infer_language(text)
    if published is None:  # "KYIV, March 3, 2025 (Reuters) - …": the article's own date
        published = dateline_date(text, language)
    published_date, published_text = _published(published)
    # only the caller's language is the parser's lang: an inferred one is evidence, no more,
    # and the parser weighs the words of each amount and the countries the text names above
    # it ("Norge gir Ukraina 500 millioner kroner" is NOK however the text's language is
    # guessed; an English sentence after a German one keeps its short-scale billion)
    seen: list = [] if refused is None else refused  # the parser's refusals, kept or not
    mentions = extract_amounts(text, lang=lang, refused=seen)
    # "UK announces …" over a text naming Sudan too: a "£" left split is the issuer's pound
    mentions, issuer_notes = issuer_readings(text, mentions, seen, language)
    # a pasted table with years across: each cell its row's pledge in its column's year
    mentions, cell_years, cell_labels = year_table_amounts(text, mentions, language, refused)
    # a table under a header row ("Land  Zusage"): its value column in its unit, no row dropped
    mentions = header_table_amounts(text, mentions, language, refused)
    # a list's bare numbers in the currency its header or first item states ("in € bn")
    mentions = list_amounts(text, mentions, language, refused)
    unread_blocks(text, mentions, refused)  # "Niederlande     500" with no currency: said
    if not mentions:
        return []
    own_languages: list[tuple[int, int, str]] = []  # sentences in another language
    sentences = split_sentences(text)  # split once: both readings below walk them
    if lang is None:  # "… 5 Milliarden Euro zu. The United States pledged $2 billion."
        mentions, own_languages = _own_language_sentences(
            text, language, mentions, refused, sentences
        )
    # "C$40 million is roughly US$28 million": one amount, stated twice
    mentions = copula_restatements(text, mentions, language)
    text_language = language
    starts = [m.start for m in mentions]
    first_at: dict[int, int] = {}  # a start: the index of the first mention there
    for index, start in enumerate(starts):
        first_at.setdefault(start, index)
    # the sentences of a language of their own, sorted and apart: each piece's is looked up
    own_starts = [start for start, _, _ in own_languages]
    restated: dict[int, list] = {}  # a mention's index: the amounts restating it
    for mention in mentions:
        if mention.equivalent_of is not None:
            restated.setdefault(mention.equivalent_of, []).append(mention.amount)
    rows: list[dict[str, Any]] = []
    context: dict[str, Any] | None = None
    # the sentences without amounts since the latest row: read for who gives only when a later
    # sentence needs them (most sentences name their own donor)
    waiting: list[tuple[int, str]] = []
    quiet: list[tuple[int, str]] = []  # every sentence without amounts (the article's recipient)
    quiet_recipients: dict[int, str | None] = {}  # the recipient each of them states, once read
    # an office of no named country is the article's country: its national agency's when the
    # dateline names one ("OSLO (NTB)", "[서울=연합뉴스]"), else the language's press's own
    home = agency_country(text) or HOME_COUNTRY.get(language)
    last_recipient: tuple[int, str] | None = None  # (sentence, code) of the latest row's
    first_recipient: str | None = None  # the recipient of the article's first row with one
    # "For Ukraine, …": (sentence, code, donor) of the latest row whose recipient a fronted
    # topic phrase names
    topic: tuple[int, str, str | None] | None = None
    reference = published_date  # relative dates count back from it (a dateline's day)
    dateline_alone: tuple[int, str] | None = None  # (sentence, day) of a dateline standing alone
    for number, (sentence_start, sentence_end) in enumerate(_pieces(text, mentions, sentences)):
        sentence = text[sentence_start:sentence_end]
        at = bisect_right(own_starts, sentence_start) - 1  # the last one starting by it
        language = (
            own_languages[at][2]
            if at >= 0 and sentence_start < own_languages[at][1]
            else text_language
        )
        here = mentions[bisect_left(starts, sentence_start) : bisect_left(starts, sentence_end)]
        amounts_here = [(m.start - sentence_start, m.end - sentence_start) for m in here]
        # a restatement restates a row; a value before a change ("up from €5bn") is no row
        originals = [m for m in here if m.equivalent_of is None and m.changed_to is None]
        if context is not None and number - context["sentence"] > CARRY_SENTENCES:
            context = None
        if not originals:
            quiet.append((number, sentence))
            waiting = [*waiting[-CARRY_SENTENCES:], (number, sentence)]
            _dated_after(rows, sentence, language, number, reference)
            # "København, 20. januar 2025.": a dateline of its own, the day the text's "i dag"
            # and weekdays count from
            dateline = dateline_sentence_day(sentence, language, published_date)
            if dateline is not None:  # it dates the rows of the sentence after it, as a
                # dateline opening that sentence would ("Київ, 25 лютого 2025 року. Уряд …")
                dateline_alone = (number, dateline.isoformat())
            reference = dateline or reference
            continue
        wheres = [(m.start - sentence_start, m.end - sentence_start) for m in originals]
        # "BERLIN, Feb 20 (Reuters) - … on Thursday" under a headline: the day the story was
        # filed, not the publication, is the day its weekdays and months count back from
        reference = _dateline_day(sentence, language, published_date) or reference
        own_words = _has_own_words(sentence, language)
        # "The UK £2bn and Germany €3bn": the name in the amount's span is its item's giver
        found_givers = givers(
            sentence,
            language,
            [(giver_start(sentence, a, b, language), b) for a, b in wheres],
            # "US$28 million", "доларів США": a currency's name, no country; not the giver
            # before a symbol ("the UK £2bn": ``giver_start``)
            [
                (
                    giver_start(
                        sentence, m.start - sentence_start, m.end - sentence_start, language
                    ),
                    currency_name_end(
                        sentence, m.end - sentence_start, m.amount.currency, language
                    ),
                )
                for m in here
            ],
        )
        if waiting and any(g.recipient is None for g in found_givers):
            last_recipient = _latest_recipient(waiting, language) or last_recipient
        if waiting and (
            not own_words
            or any(g.donor is None or g.donor_from == "genitive" for g in found_givers)
        ):
            context = _latest_context(waiting, language, number) or context
            waiting = []
        if context is not None and number - context["sentence"] > CARRY_SENTENCES:
            context = None
        categories = find_cues(sentence, language, CATEGORY)
        # a date in an amount's own clause is its own (a restatement's or a value before a
        # change's too: not the row's); the others take the sentence's
        # "500 miljoen euro (in 2023: 400 miljoen euro)": the figure of an earlier year, no row,
        # and its year dates no other amount
        kept = [
            not earlier_year_aside(sentence, wheres, i, published_date) for i in range(len(wheres))
        ]
        asides = [(wheres[i - 1][1], wheres[i][1]) for i, keep in enumerate(kept) if not keep]
        # "France pledged €5m, like the aid it sent Ukraine in May": another giving's date
        asides += likened_clauses(sentence, language)
        asides += price_basis_years(sentence)  # "worth $50bn in 2022 dollars": no date
        dates_here = amount_dates(
            sentence,
            reference,
            language,
            amounts_here,
            [*amounts_here, *asides],
            future_from=future_start(sentence, language),
        )
        stated_dates, own_dates = zip(
            *(dates_here[amounts_here.index(where)] for where in wheres), strict=True
        )
        # "že februarja 2023 zbrala 800.000 evrov": "already" before money its own clause dates
        # by a month or a year is one gift of then, no running total
        bases = bases_of(
            sentence,
            language,
            wheres,
            [
                own and len(str(stated or "")) in (len("2025"), len("2025-01"))
                for stated, own in zip(stated_dates, own_dates, strict=True)
            ],
            amounts_here,
        )
        for index in range(1, len(bases)):  # "So far, Germany gave €8bn and the US $5bn"
            if found_givers[index].donor_from == "list" and bases[index - 1] == "cumulative":
                bases[index] = "cumulative"  # a running total's list items are totals too
        if not all(kept):
            originals, wheres, found_givers, bases, stated_dates, own_dates = (
                [item for item, keep in zip(column, kept, strict=True) if keep]
                for column in (originals, wheres, found_givers, bases, stated_dates, own_dates)
            )
        # a first line without a full stop, a blank line under it: the article's headline; a
        # short first sentence with more text after it may be one run into its lead
        headline = None
        if number == 0:
            if (
                not sentence.rstrip().endswith((".", "!", "?"))
                and "\n" in text[sentence_end : sentence_end + 3]
            ):
                headline = "line"
            elif (
                len(sentence.split()) <= HEADLINE_WORDS
                and text[sentence_end:].strip()
                and not _states_time(sentence, language, amounts_here, published_date)
            ):
                headline = "stop"
        whole_row = _whole_row(rows, number)
        previous_end = 0
        previous_amount = None  # the sentence's amount before (a named whole is not smaller)
        unplaced_run = None  # the total the sentence's last part could not be placed in
        # countries whose own money or clause a sentence sets beside its pledge ("the €3bn
        # Germany announced", "€1bn more than France"): no recipient of the sentence's rows
        others: set[str] = set()
        recipient_before = last_recipient
        fronted = fronted_recipient(sentence, language)
        for mention, where, giver, basis, stated_date, own_date in zip(
            originals, wheres, found_givers, bases, stated_dates, own_dates, strict=True
        ):
            donor, recipient, donor_from = giver
            evidence = []
            if donor_from == "genitive" and _supported(
                donor, recipient, context, first_recipient, last_recipient
            ):
                # "Німеччина оголосила … . Підтримка Молдови склала 5 млн євро": the genitive
                # after the aid noun names the one supported, the article's giver gives
                recipient = recipient or donor
                evidence.append(f"{donor} in the genitive after an aid noun: supported, no giver")
                donor, donor_from = None, None
            year = cell_years.get(mention.start)  # "Donor | 2023 | 2024": its column's year
            if year is None:
                year = row_year(sentence, where, wheres)  # "Germany | €3bn | 2024": the row's own
            span = row_span(sentence, where) if year is None else None
            span_assumed = False  # dated by the first year of a span its clause names
            if span is not None:  # "2023–2024 – 5,63 mld zł": the sum of the span's years,
                # dated by the first, as a span of prose is (aidcalc.news.yearly.year_span)
                stated_date, own_date = span[0], True
                evidence.append(span_evidence(span))
            label = cell_labels.get(mention.start) or item_label(sentence, where[0])
            if label is None and in_list(text, mention.start, mention.end):
                label = row_label(sentence, where[0])  # "Total 5" under "Germany 3": an item
            if year is not None and not (own_date and str(stated_date).startswith(year)):
                stated_date, own_date = year, True
                evidence.append(
                    COLUMN_YEAR
                    if mention.start in cell_years
                    else "date from the year cell of its row"
                )
            elif year is None and label is not None and not own_date:
                year = header_year(text, mention.start)  # "Pledges (EUR million), 2024:"
                if year is not None and not str(stated_date or "").startswith(year):
                    stated_date, own_date = year, True
                    evidence.append("date from the year in the header of its list")
            value_date = stated_date or published_text
            # "Il 3 marzo": a month or day whose year the text does not write, the year chosen
            # from the publication (or dateline) date: an assumption, never silent
            inferred = year is None and year_inferred(sentence, stated_date, reference, language)
            if inferred:
                evidence.append(
                    f"the year of {stated_date} is not written: chosen from the date "
                    f"{reference} the article counts from"
                )
            unanchored = anchored_note(sentence, reference, language)
            if unanchored and stated_date == anchored_year(sentence, reference, language):
                evidence.append(unanchored)  # "The year before, …": which year, the text may say
            week = week_note(sentence, reference, language)
            if week and stated_date == relative_week(sentence, reference, language):
                evidence.append(week)  # "last week": approximate, its days said
            total_row = label is not None and is_total_label(label, language)
            # a table pasted in the article: its rows are no sentences of the prose above it
            table = article_table(text, mention.start, mention.end, language)
            if table is not None:
                table_donor, table_recipient = main_giver(rows)
                if not rows and context is not None:  # the article's first sentence, above it
                    table_donor, table_recipient = context["donor"], context["recipient"]
                table_recipient = (
                    caption_recipient(table.caption, language, table.givers) or table_recipient
                )
                if table.receivers and not total_row:  # "Empfänger  Mio. Euro": who receives
                    received = label_giver(text, mention.start, language)
                    donor, donor_from, recipient = None, None, received
                    table_recipient = None  # a label it cannot name is no other's recipient
                    evidence.append(
                        "a row of a pasted table whose labels are its recipients: "
                        + ("the recipient its label names" if received else "its label names none")
                    )
                if donor is None and table.givers and giver.donor_from is None and not total_row:
                    donor = label_giver(text, mention.start, language)  # "Польща | ? | 80"
                    donor_from = "list" if donor else donor_from
                if donor is None and not table.givers and not total_row:  # "Munition  500 €"
                    named = caption_giver(table.caption, language, table_recipient)
                    donor = named or table_donor
                    if donor is not None:
                        donor_from = "caption" if named else "article"
                        evidence.append(
                            "a row of a pasted table: the giver its caption names"
                            if named
                            else "a row of a pasted table whose labels name no giver: the "
                            "article's main giver"
                        )
                if recipient is None and table_recipient and table_recipient != donor:
                    recipient = table_recipient
                    evidence.append(
                        "a row of a pasted table: the recipient of its caption or article"
                    )
            if total_row:  # "Total | €5bn", "- Razem: 5 mld zł": the items' sum, no one's own
                donor, donor_from = None, "total"
            elif (
                donor is None
                and giver.donor_from is None
                and _unknown_label(label, language)
                and not _header_giver(text, mention.start, language, context)
            ):  # "- Scotland: 1", "- Others: 1": no giver the gazetteer knows, not the last one
                donor_from = "others" if label.casefold() in other_words() else "unnamed"
                evidence.append("a list item whose label names no giver the gazetteer knows")
            if donor_from == "speaker" and donor == _text_recipient(last_recipient, context):
                # '"We will spend $5bn," said the Ukrainian president.': the country the text's
                # money goes to never gives it
                donor, recipient, donor_from = None, donor, "quote"
                evidence.append("the speaker's country receives the text's money: no giver")
            if donor_from == "owner":  # "a fraction of Russia's $100bn military budget"
                evidence.append("the money of the country before it, given by no one here")
            if giver.donor_from == "unnamed":  # "…, while Scotland pledged": a giver of its own
                evidence.append("a giver the gazetteer does not know is the subject of its verb")
            if donor_from == "organisation":  # "El Banco Interamericano aprobó …"
                if context is not None and context["donor"] in organisations():
                    donor_from = None  # "The World Bank approved …. The bank also …": its own
                else:
                    donor_from = "unnamed"
                    evidence.append(
                        "an organisation the gazetteer does not know is the subject of its "
                        "verb: no earlier sentence's giver"
                    )
            if (
                donor
                and previous_end
                and german_clause_name(sentence, language, previous_end, where[0])
            ):
                evidence.append(  # "…, während Schottland 300 Mio. Pfund versprach"
                    "the donor before; a capitalised word opening its clause may name another "
                    "giver: check"
                )
            # "Кабмін спрямував 1,2 млрд грн", "Місто Київ виділило 500 мільйонів гривень":
            # the country the text's money goes to spending its own currency, with no receiver
            # of its own: its own budget, no gift (an office of no named country is its own)
            # the article's recipient (its first row's, else the schema's default): never a
            # country a later sentence only names ("Pledges announced in London …")
            receiver = first_recipient or PLEDGE_DEFAULTS["recipient"]
            own_budget = (
                recipient is None
                and (donor == receiver or (donor is None and giver.donor_from == "institution"))
                and mention.amount.currency == own_currency(receiver)
            )
            if own_budget:
                donor, donor_from = receiver, donor_from or "institution"
                evidence.append(
                    f"{receiver}, the country the text's money goes to, spends its own "
                    "currency: its own budget, no gift"
                )
            own_recipient = recipient  # the sentence's own (or its table's), before any carried
            office = donor is None and (
                giver.donor_from == "institution"
                # not a total of several, nor a person of no known country ("Le ministre Cho …")
                or (giver.donor_from is None and _unnamed_office(sentence, language, where))
            )
            # "The EU announced €450m. The government will give $50m a year": the EU, a bank,
            # an agency has no government; the office is no earlier giver's
            officeless = (
                office
                and context is not None
                and (
                    not _has_offices(context["donor"])
                    # "… naar het energiefonds van Oekraïne. Het kabinet stelde 3,5 miljard
                    # euro beschikbaar": the country the text's money goes to owns no office
                    # of the press's home country's giving
                    or (home and context["donor"] == _text_recipient(last_recipient, context))
                )
            )
            if (
                donor is None
                and context is not None
                and not officeless
                and table is None
                and donor_from not in ("collective", "unnamed", "owner", "total", "quote", "others")
            ):
                donor, donor_from = context["donor"], "earlier sentence"
                carried_recipient = None
                if recipient is None and context["recipient"]:
                    recipient = carried_recipient = context["recipient"]  # said: no silent one
                    evidence.append("recipient with the giver from an earlier sentence")
                if giver.donor_from == "institution":
                    evidence.append("an office of the country of an earlier sentence")
            home_assumed = False
            if donor_from != "earlier sentence":
                carried_recipient = None  # the recipient taken from an earlier sentence, if any
            if (
                donor is None
                and (donor_from == "institution" or office)
                and home
                and home != recipient
            ):
                donor, home_assumed = home, True
                donor_from = donor_from or "institution"  # "정부가 …" (rule 0 reads no offices)
                evidence.append(f"an office of no named country: {home}, the press's own")
            carried = last_recipient if recipient is None and table is None else None
            if carried and topic is not None and topic[:2] == carried and donor != topic[2]:
                # "For Ukraine, Greece …. The EU announced €120m": the topic phrase's
                # recipient is its own sentence's, not another giver's: the article's
                carried = None
            if carried and any(r["donor"] == carried[1] for r in rows):
                carried = None  # "Dat zou voor Nederland …": a giver of the article's earlier
                # rows is no recipient to carry to the next giver ("België …")
            if carried and number - carried[0] <= CARRY_SENTENCES and carried[1] != donor:
                recipient = carried_recipient = carried[1]
                evidence.append("recipient from an earlier sentence")
            elif (
                recipient is None
                and first_recipient not in (None, donor)
                and not own_budget
                and not (table is not None and table.receivers)  # its label names its own
            ):
                # no recipient in reach: the article's, the one its first row gives to
                recipient = carried_recipient = first_recipient
                evidence.append("recipient: the article's, of its first row")
            if (
                basis == "cumulative"
                and own_recipient is None
                and recipient is not None
                and table is None
                and (
                    main := _article_recipient(
                        rows, quiet, number, language, donor, quiet_recipients
                    )
                )
                not in (None, recipient, donor)
            ):
                # "De la începutul războiului, România a oferit …" after a sentence on aid to
                # Türkiye: a running total naming no recipient is of the article's recipient
                evidence.append(
                    f"a running total naming no recipient: the article's, {main}, not {recipient} "
                    "of a mention nearer it"
                )
                recipient = main
            if recipient is not None and recipient == donor:  # never aid to oneself
                recipient = recipient_besides(sentence, language, donor, wheres)
                if recipient is None and first_recipient not in (None, donor):
                    # the article's, as for a sentence naming none: an assumption, never silent
                    recipient = carried_recipient = first_recipient
                evidence.append(f"{donor} gives, so not the recipient: {recipient or 'none'}")
            measure = measure_of(sentence, language, where, amounts_here)
            row_basis = basis
            if table is not None:  # never by a word of the sentence above it; a caption's measure
                caption = table.caption or ""
                if find_cues(caption, language, MEASURE):  # "Contribuciones anunciadas"
                    measure = measure_of(caption, language, (len(caption), len(caption)))
            elif (
                not own_words
                and context is not None
                and donor_from != "quote"
                and not _other_giver(donor, donor_from, context)
            ):
                # a quote's amount takes neither donor nor measure from an earlier sentence,
                # nor does another giver's ("Bulgaria has given 200m so far. The EU's new
                # package of 1.5bn …": the EU's money is no part of Bulgaria's giving)
                measure, row_basis = context["measure"], context["basis"]
                evidence.append("measure and basis from an earlier sentence")
                if row_basis == "cumulative" and (own_date or names_year(sentence, where, wheres)):
                    row_basis = "new"  # "Im Haushalt 2025 sind …": money of its own year
                elif row_basis == "cumulative" and (
                    says_further(sentence, language, where) or on_top(sentence, language)
                ):  # "Portugal contribuirá ainda com 5 milhões": new money on top of the total
                    row_basis = "new"
                    evidence.append("new money on top of an earlier sentence's total")
            part_of = None
            breakdown = None
            opened = (
                previous_end == 0 and not total_row and opens_breakdown(sentence, language, where)
            )
            if opened:
                # "Davon entfallen 1,2 Mrd. Euro …", "Tästä 12 miljoonaa …" a sentence or two
                # under the total: the giver's latest total within reach that they fit in
                breakdown = _breakdown_whole(
                    rows,
                    number,
                    mention.amount,
                    None if donor_from == "earlier sentence" else donor,
                    text,
                    mention.start,
                )
                if (
                    breakdown is None
                    and donor is not None
                    and donor_from != "earlier sentence"
                    and part_source(sentence, language, where) == donor
                ):
                    # "The EU pledged €3bn. Of that, €1bn will come from Germany": the phrase
                    # breaks down the total before it, and the part comes from its own giver
                    # (not "Tästä huolimatta Ruotsi antaa …": a giver of its own verb)
                    breakdown = _breakdown_whole(
                        rows, number, mention.amount, None, text, mention.start
                    )
                    if breakdown is not None and rows[breakdown]["donor"] != donor:
                        evidence.append(
                            f"a part of the total of {rows[breakdown]['donor']} it breaks down, "
                            f"given by {donor}"
                        )
                if breakdown is not None:
                    whole_row = breakdown
            if total_row:
                pass  # the sum of the items before it, never a part of one of them
            elif (
                # "W skład pakietu wchodzi … 800 mln zł" a few sentences under the package: the
                # latest row within CARRY_SENTENCES when none is in this sentence or the last
                (
                    part_whole := whole_row
                    if whole_row is not None or not names_contents(sentence, language, where)
                    else _contents_whole(rows, number, mention.amount)
                )
                is not None
                and (
                    givers_whole := breakdown  # the total its opening phrase breaks down
                    if breakdown is not None
                    else _givers_whole(
                        rows,
                        part_whole,
                        number,
                        None if donor_from == "earlier sentence" else donor,
                    )
                )
                is not None
                and (breakdown is not None or is_part(sentence, language, where, previous_end))
            ):
                part_of = givers_whole
                row_basis = rows[part_of]["basis"]  # a part of a running total is one too
                if (
                    donor_from == "earlier sentence" or (donor is None and breakdown is not None)
                ) and (donor != rows[part_of]["donor"]):
                    # the sentence names no giver: the part's is its whole's, not a guess's
                    donor, recipient = rows[part_of]["donor"], rows[part_of]["recipient"]
                    evidence.append("the giver of the whole it is part of")
            elif _goes_on_parts(
                rows,
                whole_row,
                number,
                mention.amount,
                # "Of this amount, €250m … and €150m …": a giverless part after a part that
                # took its whole's giver goes on with that giver
                donor if donor is not None or previous_end == 0 else rows[-1]["donor"],
            ) and continues_parts(sentence, language, where, previous_end):
                # "including €3bn for weapons and €1bn for energy"
                part_of = whole_row
                row_basis = rows[whole_row]["basis"]
                evidence.append("goes on the list of parts before it")
                if donor is None and rows[whole_row]["donor"] is not None:
                    donor, recipient = rows[whole_row]["donor"], rows[whole_row]["recipient"]
                    evidence.append("the giver of the whole it is part of")
            if part_of is not None and (part_giver := part_source(sentence, language, where)):
                # "Of that, €1bn will come from Germany", "w tym 1 mld euro z Polski": the part
                # comes from its own giver, a part of the whole all the same
                if part_giver != donor:
                    donor, donor_from = part_giver, "agent"
                    evidence.append(
                        f"a part of row {part_of}'s total that comes from {part_giver}: its giver"
                    )
                if recipient == part_giver:
                    recipient = rows[part_of]["recipient"]
            unplaced = None  # a breakdown's part whose total it cannot tell: never counted twice
            if (
                part_of is None
                and previous_end
                and unplaced_run is not None
                and continues_parts(sentence, language, where, previous_end)
            ):  # "Of this amount, €250m … and €150m …": the list of parts goes on
                unplaced = unplaced_run
                evidence.append(
                    "goes on a list of parts whose total it cannot tell: not counted on its own"
                )
            elif opened and part_of is None:
                unplaced = _earlier_total(rows, None if donor_from == "earlier sentence" else donor)
                if unplaced is not None:
                    evidence.append(
                        "opens with a phrase breaking down a total said before it, which it "
                        f"cannot tell (row {unplaced} is not in view, or the part does not fit "
                        "in it): a part, not counted on its own"
                    )
            dated = stated_date is not None
            if part_of is not None and not own_date:  # a part is dated with its whole
                value_date, dated = rows[part_of]["date"], rows[part_of]["dated"]
                span_assumed = "year-span" in rows[part_of]["assumptions"]  # a span's part
            elif not dated and (same := same_day(sentence, language, rows, number)) is not None:
                # "België maakte dezelfde dag bekend …": the day of the sentence before
                value_date, dated = same
                evidence.append(f"dated {same[0]}, the day of an earlier sentence: the same day")
            elif not dated and dateline_alone is not None and dateline_alone[0] == number - 1:
                # "Київ, 25 лютого 2025 року." standing alone: the day the story was filed
                value_date, dated = dateline_alone[1], True
                evidence.append(f"dated {value_date} by the dateline standing before it")
            if (
                part_of is None
                and donor_from == "earlier sentence"
                and not office  # "Norge ger stöd. Regeringen lovar …": the office is Norway's
                and home
                and donor != home
                and "home-currency" in mention.assumptions
                and own_currency(home) == mention.amount.currency
                and own_currency(donor) not in (None, mention.amount.currency)
            ):  # "Norge ger 1 miljard norska kronor. … stödpaketet på 18 mdr kr": no Norwegian
                # money; the crown read as the press's own is its home country's (an assumption)
                evidence.append(
                    f"{donor}, of an earlier sentence, gives in {own_currency(donor)}; "
                    f"{mention.amount.currency}, the press's home currency: {home}, the press's own"
                )
                donor, donor_from, home_assumed = home, "home currency", True
            not_given = find_not_given(sentence, language, where)
            if not_given is not None:
                evidence.append(not_given.reason)
                if not_given.kind == "negation":  # "has not yet paid the €140 million promised"
                    measure = "pledge"
                roles = request_roles(sentence, language, not_given, where, donor, recipient)
                if roles is not None:  # "Ukraine asked Germany for …": the asker receives
                    donor, recipient, donor_from = roles
                elif not_given.kind in ("request", "wish") and donor_from == "earlier sentence":
                    # "Germany pledged €50m for Sudan. The UN says it needs $4.1bn": money asked
                    # for is no one's gift yet, least of all an earlier sentence's giver's
                    evidence.append(f"asked for: not {donor}'s, the giver of an earlier sentence")
                    donor, donor_from = None, None
            # "Russia destroyed infrastructure worth €2bn", "Poland, which lost €2bn in trade":
            # damage, losses, trade, debts, whoever's they are, are no pledge
            other = other_money(sentence, language, where) if not not_given else None
            if other is not None:
                evidence.append(other.reason)
                donor, recipient, donor_from = other.code, None, "other clause"
                if other.kind == "need":  # "Ukrainan rahoitustarve on …": the needer's, as a
                    # request's asker's: it would receive; an organisation states the figure
                    # ("Die Weltbank beziffert den Wiederaufbaubedarf der Ukraine …"), no needer
                    needer = other.code not in organisations()
                    donor, recipient = None, (other.code if needer else None)
                if other.attacker and other.code is not None:
                    others.add(other.code)  # the attacker receives none of the sentence's money
            # "€1bn more than France", "the €5bn Kyiv had requested": no pledge of the donor
            beside = (
                money_beside(
                    sentence,
                    language,
                    where,
                    donor,
                    recipient,
                    previous_end,
                    (previous_amount, mention.amount),
                )
                if not not_given and other is None
                else None
            )
            if beside is not None:
                evidence.append(beside.reason)
                if beside.code is not None and (
                    beside.kind in ("giver", "difference")
                    or beside.reason.endswith("no aid given here")
                ):  # a giver, the one compared with, a spender: not an asker, not any verb's
                    others.add(beside.code)
                if beside.kind == "request":  # the one asking receives; no one is asked
                    donor, recipient, donor_from = None, beside.code, "other clause"
                elif beside.kind == "own" and beside.code is None:  # "Its budget is €120bn"
                    donor, recipient, donor_from = None, None, "other clause"
                elif beside.kind in ("own", "giver"):  # "the $3.2bn Washington gave": its giver's
                    donor, donor_from = beside.code, "other clause"
                    if beside.kind == "own" or recipient == donor:  # "the €60bn Russia spends"
                        recipient = None
            # "Im Haushalt 2026 sind … 11,5 Mrd. Euro vorgesehen": the budget's country sets it
            # aside for the budget's year, no pledge of the day (a date of the amount's own kept)
            line = (
                budget_line(sentence, language, where)
                if table is None and not_given is None and other is None and beside is None
                else None
            )
            if line is not None:
                evidence.append(line.evidence)
                measure, row_basis = "allocation", "new"
                if not own_date or not any(line.end <= a < where[0] for a, _ in wheres):
                    value_date, dated = line.year, True  # the first amount after the noun
                if line.owner is not None and line.owner == receiver:
                    # "Ukraine's budget for 2026 includes $20bn for defence": its own money
                    donor, recipient, donor_from, own_budget = line.owner, None, "budget", True
                    evidence.append(
                        f"{receiver}, the country the text's money goes to: its own budget, no gift"
                    )
                elif line.owner is not None and line.owner != recipient:
                    donor, donor_from = line.owner, "budget"  # "Germany's budget for 2026"
                elif (donor is None or donor == recipient) and home and home != recipient:
                    donor, donor_from, home_assumed = home, "budget", True
                    evidence.append(f"the budget of {home}, the press's own country")
            change = change_alone(text[max(0, mention.start - 60) : mention.start])
            difference = change is not None and change_after_amount(
                sentence, previous_end, where[0], where[1]
            )
            if difference:  # "€5m to Ukraine, up €2m on last year": part of the €5m, no row
                evidence.append(difference_evidence(*change))
            elif change is not None:  # "an increase of €800m": added (new); "a cut of": none
                evidence.append(change_evidence(*change))
                row_basis = "new"
            yearly = (  # of a row that gives, not of money beside it ("Russia spends … a year")
                per_year(sentence, language, where)
                if row_basis != "cumulative" and beside is None and not_given is None
                else None
            )
            if yearly is not None:  # "€4bn a year until 2027": one year's instalment
                row_basis = "per-year"
                evidence.append(per_year_evidence(yearly))
                first = (
                    period_start(sentence, language, where, wheres, yearly)
                    if not own_date
                    else None
                )
                if first is not None and part_of is None:  # "für 2026 … pro Jahr bis 2029"
                    value_date, dated = first, True
                    evidence.append(period_evidence(first))
            elif (
                not own_date
                and part_of is None
                and not_given is None
                and row_basis == "new"
                and span is None
                and (several := year_span(sentence, language, where, wheres)) is not None
            ):  # "1,9 miliardy eur na roky 2025 až 2027": several years' money, one date
                value_date, dated, span_assumed = several[0], True, True
                evidence.append(year_span_evidence(*several))
            elif (
                part_of is None
                and not_given is None
                and row_basis == "new"
                and span is None
                and (phrase := several_years(sentence, language, where, wheres)) is not None
            ):  # "2024년부터 중장기적으로 21억 달러": several years' money under one date
                span_assumed = True
                evidence.append(several_years_evidence(phrase, str(value_date)))
            elif not_given is None and (closing := period_end(sentence, language, where, wheres)):
                evidence.append(period_end_evidence(closing))  # "bis 2027 insgesamt 2 Mrd."
            amount, assumed = donor_currency(
                mention.amount, mention.assumptions, donor, text[mention.start : mention.end]
            )
            if amount.qualifier is None and (verb := exceeding(sentence, language, where, wheres)):
                # "Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro": a lower bound
                amount = replace(amount, qualifier="over")
                evidence.append(f"over: a lower bound, '{verb}' in its clause")
            assumptions = mention.assumptions
            amount, giver_note = giver_currency(
                amount,
                assumptions,
                (donor, donor_from),
                recipient,
                text[mention.start : mention.end],
            )
            if mention.start in issuer_notes:
                evidence.append(issuer_notes[mention.start])
            if giver_note:  # "Großbritannien … Pfund" after a sentence about Sudan: GBP
                evidence.append(giver_note)
                kept = (code for code in assumptions if code not in BY_CONTEXT)
                assumptions = (*kept, "donor-currency")
            if lang is None:  # a crown the guessed language chose gives way to the sentence's
                amount, assumptions, crown = crown_of_sentence(sentence, where, amount, assumptions)
                if crown:
                    evidence.append(crown)
            if lang is None and mention.amount.currency == "USD":
                # the language was inferred, not given: a dollar read as USD rests on the dollar
                # default, 'dollar-usd', as extract_amounts(text) records it (docs/parsing.md's
                # table), not on the home currency of a language the caller never named
                codes = ("dollar-usd" if code == "home-currency" else code for code in assumptions)
                assumptions = tuple(dict.fromkeys(codes))
            if assumed:  # the guess the parser recorded gives way to the donor's own dollar
                evidence.append(assumed)
                kept = (code for code in assumptions if code not in GUESSED)
                assumptions = (*kept, "donor-currency")
            if donor_from == "earlier sentence" and donor is not None:
                # the giver of an earlier sentence: an assumption, never silent
                assumptions = (*assumptions, "earlier-donor")
            if carried_recipient is not None and recipient == carried_recipient:
                assumptions = (*assumptions, "earlier-recipient")
            if home_assumed:
                assumptions = (*assumptions, "home-country")
            if inferred and value_date == stated_date:
                assumptions = (*assumptions, "inferred-year")
            sharing = shared_recipients(sentence, language, recipient, donor, where)
            if sharing:  # "pomoć … Turskoj i Siriji": one amount, two receivers
                evidence.append(shared_evidence(recipient, sharing))
                assumptions = (*assumptions, "shared-recipient")
            withdrawn = withdrawn_before(
                amount.currency, value_date, sentence_year(text, mention.start)
            )
            if withdrawn is not None:  # "50 millions de francs" (FRF) in a text of 2025
                evidence.append(withdrawn)
            if span is not None or span_assumed:  # one date for several years' money
                assumptions = (*assumptions, "year-span")
            rows.append(
                {
                    "donor": donor,
                    "recipient": recipient,
                    "date": value_date,
                    "amount": text[mention.start : mention.end],
                    "value": float(amount.value),
                    "currency": amount.currency,
                    "qualifier": amount.qualifier,
                    "high": float(amount.high) if amount.high is not None else None,
                    "category": _nearest_kind(categories, where, CATEGORY_ORDER) or "other",
                    "measure": measure,
                    "basis": row_basis,
                    "source": source if source is not None else sentence,
                    "note": sentence,
                    "status": "rejected"
                    if own_budget
                    or not_given is not None
                    or other is not None
                    or (change is not None and change[0] == "down")
                    or difference
                    or (beside is not None and beside.kind != "giver")
                    or withdrawn is not None
                    or unplaced is not None
                    else "candidate",
                    "donor_from": donor_from,
                    "part_of": part_of,
                    "duplicate_of": None,
                    "evidence": "; ".join(evidence) or None,
                    "parsed": amount,
                    "assumptions": assumptions,  # the defaults its reading rests on
                    "start": mention.start,
                    "end": mention.end,
                    "sentence": number,
                    "further": says_further(sentence, language, where),
                    "dated": dated,
                    "headline": headline,
                    "restated": restated.get(first_at[mention.start], ()),
                    "table": None if table is None else table.start,
                    # the amount opens its sentence, a word or two before it at most ("The €10
                    # million is …", "Suma de 10 milioane de euro este …")
                    "opening": previous_end == 0
                    and _OPENING_AMOUNT.fullmatch(sentence, 0, where[0]) is not None,
                }
            )
            group = each_givers(sentence, language, wheres) if len(originals) == 1 else []
            if group and part_of is None and (donor in group or donor_from == "collective"):
                given = rows.pop()
                for code in group:
                    row = dict(given, donor=code, donor_from="subject")
                    row["recipient"] = given["recipient"] if given["recipient"] != code else None
                    _add_evidence(row, f"each of {len(group)} joined givers gives this amount")
                    rows.append(row)
            if total_row:
                _total_of_items(rows)
            if part_of is None:
                whole_row = len(rows) - 1
            if recipient is not None and part_of is None:
                # a part's own recipient ("includes €200m for Chad") is not the article's
                last_recipient = (number, recipient)
                first_recipient = first_recipient or recipient
                if recipient == fronted:
                    topic = (number, recipient, donor)
            previous_end, previous_amount = where[1], mention.amount
            unplaced_run = unplaced
        given = _whole_from_part(rows, number)
        if given is not None:
            last_recipient = (number, given)
            first_recipient = first_recipient or given
        if others:
            _no_other_recipients(rows, number, others)
            if last_recipient is not None and last_recipient[1] in others:
                last_recipient = recipient_before
        _parts_adding_up(rows, len(rows) - len(originals), text, language)
        # "75 milliarder kroner over fem år, det vil si 15 milliarder kroner i året"
        period_totals(rows, len(rows) - len(originals), text)
        _parts_of_named_whole(rows, len(rows) - len(originals), text, language)
        # the latest row of the sentence's own giver: never another clause's actor
        latest = next((r for r in reversed(rows) if r["donor_from"] != "other clause"), rows[-1])
        if latest["donor"] and latest["sentence"] == number:
            context = {key: latest[key] for key in ("donor", "recipient", "measure", "basis")}
            context["sentence"] = number
            waiting = []
            named = {
                r["donor"]
                for r in _sentence_rows(rows, number)
                if r["donor"] and r["donor_from"] != "other clause"
            }
            if len(named) > 1:  # "Italy gave €30m, Germany €300m. … erano stati promessi 7,5
                # miliardi": a sentence of several givers leaves no one giver to carry
                context = None
    contents_list_parts(rows, text, language)  # "The package includes:" then "- £50m …"
    _headline_sum(rows)
    link_to_prose(rows, text)  # a pasted table's rows: repeats and parts of the prose's
    _restating_openers(rows)
    mark_duplicates(rows)
    mark_corrections(rows, text)  # "Rettelse: …": retracted figures, and restated right ones
    for row in rows:
        for key in ("sentence", "further", "dated", "headline", "table", "opening"):
            del row[key]
    return rows


# a bracket opened right after an amount with a year, a few words before it ("in", "im Jahr")
# and a colon, a comma or an abbreviation ("w 2023 r.") after it
_YEAR_ASIDE = re.compile(
    r"\s*\(\s*(?:[^\W\d_]+\s+){0,3}((?:19|20)\d\d)(?:\s+[^\W\d_]{1,3}\.)?\s*[:,]?\s*"
)
# or the year after the amount, closing the bracket ("(€1.5bn in 2022)")
_YEAR_CLOSES = re.compile(
    r"\s*,?\s*(?:[^\W\d_]+\s+){0,3}((?:19|20)\d\d)(?:\s+[^\W\d_]{1,3}\.)?\s*\)"
)


def earlier_year_aside(
    sentence: str, wheres: Sequence[tuple[int, int]], index: int, published: date | None
) -> bool:
    """Return whether amount ``index`` of ``sentence`` (at ``wheres[index]``) stands alone in a
    bracket opened right after the amount before it with a year before the publication year
    opening or closing the bracket: "500 miljoen euro (in 2023: 400 miljoen euro)", "€2bn
    (2023: €1.5bn)", "€2bn (€1.5bn in 2022)". That is the figure of
    an earlier year, compared with, not a new pledge (the parser reads the words of "last year"
    the same way: ``aidcalc.parsing.changes.previous_period_aside``). A later year ("(2026:
    €3bn)") or no publication date keeps the amount.

    >>> text = "Nederland geeft 500 miljoen euro (in 2023: 400 miljoen euro)."
    >>> earlier_year_aside(text, [(16, 32), (43, 59)], 1, date(2025, 3, 12))
    True
    >>> earlier_year_aside(text.replace("2023", "2026"), [(16, 32), (43, 59)], 1, date(2025, 3, 12))
    False
    """
    if index == 0 or published is None:
        return False
    start, end = wheres[index]
    opened = _YEAR_ASIDE.fullmatch(sentence, wheres[index - 1][1], start)
    if opened is not None:
        return int(opened.group(1)) < published.year and sentence[end:].lstrip().startswith(")")
    closed = _YEAR_CLOSES.match(sentence, end)
    return (
        closed is not None
        and sentence[wheres[index - 1][1] : start].strip() == "("
        and int(closed.group(1)) < published.year
    )


def _dateline_day(sentence: str, lang: str | None, published: date | None) -> date | None:
    """The day a dateline opening ``sentence`` states ("BERLIN, Feb 20 (Reuters) -"), its year
    from ``published`` when it names none, or None: no dateline, no day, or a day after
    ``published``.

    >>> _dateline_day("BERLIN, Feb 20 (Reuters) - Germany pledged €5bn.", "en", date(2025, 3, 1))
    datetime.date(2025, 2, 20)
    """
    head = sentence.lstrip()[:120]
    end = dateline_end(head)
    if not end:
        return None
    found = explicit_date(head[:end], published, lang, [])
    if found is None or len(found) != 10:
        return None
    day = date.fromisoformat(found)
    return day if published is None or day <= published else None


# A sentence that is a dateline alone: a place of one to three words, a comma, the date.
DATELINE_SENTENCE_RE = re.compile(
    r"\s*[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+){0,2},\s*(?P<date>[^,]{4,30}?)[.\s]*"
)


def dateline_sentence_day(sentence: str, lang: str | None, published: date | None) -> date | None:
    """The day a sentence that is a dateline alone states ("København, 20. januar 2025.",
    "Zagreb, 7. veljače 2025."), or None: not such a sentence, no full date, or a day after
    ``published``.

    >>> dateline_sentence_day("København, 20. januar 2025.", "da", date(2025, 3, 1))
    datetime.date(2025, 1, 20)
    >>> dateline_sentence_day("Regeringen, 20. januar 2025, besluttede.", "da", None) is None
    True
    """
    match = DATELINE_SENTENCE_RE.fullmatch(sentence)
    if match is None:
        return None
    found = explicit_date(match["date"], None, lang, [])
    if found is None or len(found) != 10:
        return None
    day = date.fromisoformat(found)
    return day if published is None or day <= published else None


def dateline_date(text: str, lang: str | None) -> str | None:
    """Return the day a dateline opening ``text`` states ("KYIV, March 3, 2025 (Reuters) -",
    "BERLIN, 4. November 2024 (dpa) –"), as ISO text, or None: without ``published`` it is the
    publication date of the whole article, not only of its first sentence. A dateline without
    a full date (no year) gives None.

    >>> dateline_date("KYIV, March 3, 2025 (Reuters) - Germany pledged €500 million.", "en")
    '2025-03-03'
    >>> dateline_date("KYIV (Reuters) - Germany pledged €500 million.", "en") is None
    True
    """
    head = text.lstrip()[:120]
    end = dateline_end(head)
    if not end:
        return None
    found = explicit_date(head[:end], None, lang, [])
    return found if found is not None and len(found) == 10 else None


def donor_and_recipient(
    sentence: str, lang: str | None, amount_at: int
) -> tuple[str | None, str | None]:
    """Return (donor, recipient) as ISO alpha-3 (or ``EU``) for the amount at ``amount_at``.

    The rules of ``aidcalc.news.donors.givers`` for one amount (docs/extraction.md, "Who
    gives"), without the article's context.

    >>> donor_and_recipient("Kyiv will receive 5 million euros from Berlin", "en", 18)
    ('DEU', 'UKR')
    """
    giver = givers(sentence, lang, [(amount_at, amount_at)])[0]
    return giver.donor, giver.recipient


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

    Each amount takes the verb of its own clause (``dates.clause_spans``) first: a cue in the
    clause of another amount of the sentence is that amount's ("50 Milliarden Euro zugesagt,
    davon 4,5 Milliarden Euro … ausgezahlt": the 50bn a pledge, the 4.5bn a disbursement), and
    an intention after the amount in its own clause makes a pledge (German puts the verb
    last), and so does one between the amount and its clause's measure cue after it, the
    cue's tense ("€2m will be paid out": future, a pledge).

    >>> text = "Die EU hat 50 Mrd. Euro zugesagt, davon 4,5 Mrd. Euro ausgezahlt."
    >>> [measure_of(text, "de", w, [(11, 23), (40, 54)]) for w in [(11, 23), (40, 54)]]
    ['pledge', 'disbursement']

    An amount whose clause has no cue keeps the rules above (a list item, "France €2bn",
    shares the verb before it); after another amount of the sentence it takes that amount's
    measure, the verb and tense it shares ("will disburse €1m …, and €0.5m via UNICEF": both
    future, pledges; before, the nearest cue, "disburse", made the second a disbursement).

    >>> text = "Of this, it will disburse €1m via WFP, and €0.5m via UNICEF."
    >>> [measure_of(text, "en", w, [(26, 29), (43, 48)]) for w in [(26, 29), (43, 48)]]
    ['pledge', 'pledge']
    """
    start = max((end for _, end in amounts if end <= where[0]), default=0)
    intentions = find_cues(sentence, lang, INTENTION)
    measures = find_cues(sentence, lang, MEASURE)
    others = sorted({span for span in amounts if span[1] <= where[0] or span[0] >= where[1]})
    wheres = sorted({*others, where})
    spans = clause_spans(sentence, wheres, lang)
    low, high = spans[wheres.index(where)]
    foreign = [span for span, at in zip(spans, wheres, strict=True) if at != where]

    def inside(cue: Cue, first: int, last: int) -> bool:
        return first <= cue.start and cue.end <= last

    def of_another(cue: Cue) -> bool:
        return any(inside(cue, *span) for span in foreign)

    if any(inside(cue, start, where[0]) and not of_another(cue) for cue in intentions):
        return "pledge"
    if sum_of_aid(sentence, lang, where):  # "Germany's aid to Ukraine reached €5bn"
        return "allocation"
    own = [cue for cue in measures if inside(cue, low, high)]
    if own:
        after = [cue for cue in own if cue.start >= where[1]]
        if (
            after
            and not any(cue.end <= where[0] for cue in own)
            and any(inside(cue, where[1], min(c.start for c in after)) for cue in intentions)
        ):  # "€2m will be paid out", "2 mln euro będzie wypłacone": the verb's future tense
            return "pledge"
        return _governed_kind(sentence, own, where) or "pledge"
    if any(inside(cue, low, high) for cue in intentions):
        return "pledge"  # "… 50 Milliarden Euro zugesagt": the verb after, in its clause
    if any(inside(cue, start, where[0]) for cue in intentions):
        return "pledge"
    before = [span for span in others if span[1] == start]
    if start and before and not any(inside(cue, low, high) for cue in measures):
        # "će 1 milijun eura biti isplaćen …, a 500.000 eura preko UNICEF-a": a clause of no
        # verb of its own shares the amount's before it, its tense too (both future: pledges)
        return measure_of(sentence, lang, before[0], amounts)
    return _governed_kind(sentence, measures, where) or "pledge"


# How many words may stand between a verb of commitment and the verb or noun of paying it
# governs ("zobowiązała się do wypłaty", "committed to disburse", "se comprometió a desembolsar").
GOVERNED_WORDS = 3
_GOVERNED_GAP_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _governed_kind(sentence: str, cues: list[Cue], where: tuple[int, int]) -> str | None:
    """Return the kind of the measure cue nearest the amount at ``where`` (``_nearest_kind``),
    or ``commitment`` when that cue is a verb or noun of paying (or giving) governed by a verb
    of commitment right before it: at most ``GOVERNED_WORDS`` words between, no punctuation
    ("zobowiązała się do wypłaty 2,5 mld euro", "committed to disburse €2bn", "зобов'язався
    виплатити"). The commitment is what the sentence states; the payment is its content, still
    to come (docs/extraction.md, "Measure").

    >>> text = "The EU committed to disburse €2bn."
    >>> _governed_kind(text, find_cues(text, "en", MEASURE), (29, 33))
    'commitment'
    >>> text = "The EU disbursed €2bn it had committed."
    >>> _governed_kind(text, find_cues(text, "en", MEASURE), (17, 21))
    'disbursement'
    """
    kind = _nearest_kind(cues, where)
    if kind in (None, "commitment"):
        return kind
    start, end = where
    nearest = min(cues, key=lambda cue: max(start - cue.end, cue.start - end, 0))
    for cue in cues:
        if cue.kind != "commitment" or cue.end > nearest.start or cue.end > start:
            continue
        gap = sentence[cue.end : nearest.start]
        if not any(mark in gap for mark in ",;:.()") and (
            len(_GOVERNED_GAP_RE.findall(gap)) <= GOVERNED_WORDS
        ):
            return "commitment"
    return kind


def bases_of(
    sentence: str,
    lang: str | None,
    wheres: Sequence[tuple[int, int]],
    dated: Sequence[bool] = (),
    others: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """Return the basis of each amount at ``wheres`` in ``sentence`` (docs/extraction.md);
    ``others`` are the spans of the sentence's other amounts (that make no row: the value
    before a change).

    A running-total word ("in total", "since 2022", "insgesamt", "iš viso") makes one amount
    ``cumulative``: the first amount after it in its clause (no comma between), else the last
    one before it in its clause ("had allocated €114bn by the end of 2024, against €132bn"),
    else the amount nearest to it; the other amounts of the sentence are ``new``. "An
    envelope of CAD 60 million, for a total of CAD 120 million" sizes the second amount only.

    >>> bases_of("CAD 60 million now, for a total of CAD 120 million", "en", [(0, 14), (35, 50)])
    ['new', 'cumulative']

    A frame of ``TOTAL_FRAMES`` ending right before an amount, within its clause, makes it
    ``cumulative`` too: "€4bn, bringing their combined aid to more than €12bn". So does a new
    level set for a whole (``RAISE_FRAMES`` with a noun of ``LEVEL_NOUNS`` in the frame: "raise
    the envelope to €135bn", no new money; verb last, ``RAISE_FRAMES_AFTER``: "den Rahmen auf
    135 Mrd. Euro zu erhöhen"); "raised its aid to €8bn, after €5bn last year" names no whole
    and stays new, a year's amount.

    >>> bases_of("€4bn, bringing their combined aid to €12bn", "en", [(0, 4), (37, 42)])
    ['new', 'cumulative']
    >>> bases_of("Sie will den Rahmen auf 9 Mrd. Euro erhöhen", "de", [(24, 35)])
    ['cumulative']
    >>> bases_of("They raised the envelope to €9bn", "en", [(28, 32)])
    ['cumulative']
    >>> bases_of("They raised their aid to €9bn", "en", [(25, 29)])
    ['new']

    A word for "already" (``BASIS`` kind ``already``: "already", "bereits", "že") makes its
    amount a running total only when the amount has no date of its own: ``dated`` says, per
    amount, whether its clause dates it by a month or a year ("že februarja 2023 zbrala
    800.000 evrov" is one collection of that month). A phrase of ``as_of`` ("by the end of
    2024", "as of") sizes a running total at a date only in a sentence of no intention or
    future ("will deliver €5bn by the end of 2025" is a pledge with a deadline). Nor is an
    amount a running total by "already" alone when another running-total word of its sentence
    sizes a later amount with no giving verb between them: that one is the total, this one
    what was added to it ("já havia destinado R$ 18,5 milhões, valor que eleva a ajuda
    acumulada … para R$ 60 milhões").

    >>> text = "Slovenija je že februarja 2023 zbrala 800.000 evrov."
    >>> bases_of(text, "sl", [(38, 51)], [True]), bases_of(text, "sl", [(38, 51)], [False])
    (['new'], ['cumulative'])

    An amount set against a running total of its sentence by a word of comparison or contrast
    (``PREVIOUS_VALUE_CUES``: "against", "compared with"; ``CONTRAST_OPENERS``: "while"), in a
    clause with no giving verb and no time of its own, is a figure of the same kind: a running
    total too ("stood at €16bn, while the UK's €15bn placed it just behind").

    >>> text = "Germany stood at €16bn, while the UK's €15bn placed it behind."
    >>> bases_of(text, "en", [(17, 22), (39, 44)])
    ['cumulative', 'cumulative']
    >>> text = "Germany has given €16bn so far, while France pledged €2bn."
    >>> bases_of(text, "en", [(18, 23), (53, 57)])
    ['cumulative', 'new']
    """
    bases = ["new"] * len(wheres)
    table = lang if lang in NEWS_LANGUAGES else "en"
    frames = _total_frames(table)
    if frames is not None:
        for i, (start, _) in enumerate(wheres):
            opened = max(sentence.rfind(mark, 0, start) for mark in ",;:(")
            if frames.search(sentence[opened + 1 : start]):
                bases[i] = "cumulative"
    raises = _raise_frames(table)
    spans = sorted({*wheres, *others})
    for i, (start, end) in enumerate(wheres):
        opened = max(sentence.rfind(mark, 0, start) for mark in ",;:(")
        clause = sentence[opened + 1 : start]
        # the amounts before it in its clause count as one word each ("raised its pledge to
        # Ukraine by €2m to", "erhöhte seine Zusage um 2 Mio. Euro auf")
        masked = _amounts_as_words(clause, opened + 1, spans)
        found = raises.search(masked) if raises is not None else None
        # the noun in the frame or in the three words before it ("het kader verhogen tot"), five
        # after a passive's auxiliary ("the pledge to Ukraine was raised by €2m to")
        lead = _lead(masked[: found.start()]) if found is not None else ""
        if found is not None and _names_level(f"{lead} {found.group()}", table):
            bases[i] = "cumulative"  # "raise the envelope to €135bn": the envelope's new size
            for j in range(i):  # "raised its pledge of €3m … to €5m": the level before
                if wheres[j][0] > opened and _level_amount(sentence, wheres[j], table):
                    bases[j] = "cumulative"
        for before, after in _raise_frames_after(table):
            if before.search(clause) and after.match(sentence, end) and _names_level(clause, table):
                bases[i] = "cumulative"  # "den Rahmen auf 135 Mrd. Euro zu erhöhen"
    for i, where in enumerate(wheres):
        if sum_of_aid(sentence, lang, where) == REACHED:  # "L'aide de la France … a atteint"
            bases[i] = "cumulative"
    cues = basis_cues(sentence, lang)
    spans = [(cue.start, cue.end) for cue in cues]
    intends = any(c.kind == "as_of" for c in cues) and _intends(sentence, lang)
    targets: list[tuple[str, int]] = []  # (the cue's kind, the amount it makes a running total)
    for cue in cues:
        if cue.kind == "as_of" and intends:
            continue  # "will deliver €5bn by the end of 2025": a deadline, no running total
        following = next((i for i, (start, _) in enumerate(wheres) if start >= cue.end), None)
        # the amount before the cue in its clause ("had allocated €114bn by the end of 2024,
        # against €132bn …"), when no amount follows it there
        before = next(
            (
                i
                for i in reversed(range(len(wheres)))
                if wheres[i][1] <= cue.start
                and not any(mark in sentence[wheres[i][1] : cue.start] for mark in ",;:(")
            ),
            None,
        )
        if following is not None and "," not in sentence[cue.end : wheres[following][0]]:
            target: int | None = following
        elif before is not None:
            target = before
        else:
            target = min(
                range(len(wheres)),
                key=lambda i: max(wheres[i][0] - cue.end, cue.start - wheres[i][1], 0),
                default=None,
            )
        if target is not None and has_own_time(sentence, lang, wheres[target], wheres, spans):
            # "dal 2022 e nel 2025 stanzierà 15 milioni": the amount of its own time is new;
            # the cue sizes the amount right before it in its clause, if any
            target = next(
                (
                    i
                    for i in reversed(range(len(wheres)))
                    if wheres[i][1] <= cue.start
                    and not any(mark in sentence[wheres[i][1] : cue.start] for mark in ",;:(")
                    and not has_own_time(sentence, lang, wheres[i], wheres, spans)
                ),
                None,
            )
        if target is not None and cue.kind == "already" and target < len(dated) and dated[target]:
            continue  # "že februarja 2023 zbrala 800.000 evrov": a collection of its own month
        if target is not None:
            targets.append((cue.kind, target))
    verbs = [c.start for c in find_cues(sentence, lang, VERB) if c.kind != "aux"] if targets else []
    for kind, target in targets:
        if kind == "already" and any(
            k != "already"
            and t > target
            # no giving verb of its own before the later amount: it restates the total this
            # one makes ("Germany has already given €5bn, and in total it has pledged €9bn"
            # is two running totals)
            and not any(wheres[target][1] <= v < wheres[t][0] for v in verbs)
            for k, t in targets
        ):
            # "já havia destinado R$ 18,5 milhões, valor que eleva a ajuda acumulada … para R$
            # 60 milhões": the running total is the later amount's, this one is added to it
            continue
        bases[target] = "cumulative"
    _set_against_totals(sentence, lang, wheres, bases, spans)
    return bases


def _intends(sentence: str, lang: str | None) -> bool:
    """True when ``sentence`` holds a word of intention or of the future (``INTENTION``,
    ``FUTURE``): "by the end of 2025" is then a deadline, no date a running total is sized at."""
    return bool(find_cues(sentence, lang, INTENTION) or find_cues(sentence, lang, FUTURE))


def _set_against_totals(
    sentence: str,
    lang: str | None,
    wheres: Sequence[tuple[int, int]],
    bases: list[str],
    spans: Sequence[tuple[int, int]],
) -> None:
    """Make ``cumulative`` each amount set against the running total right before it in
    ``sentence`` by a word of comparison or contrast of ``lang`` (``PREVIOUS_VALUE_CUES``,
    ``CONTRAST_OPENERS``) when its clause has no giving verb and no time of its own (see
    ``bases_of``)."""
    if len(wheres) < 2 or "cumulative" not in bases[:-1]:
        return
    links = _set_against_pattern(lang if lang in NEWS_LANGUAGES else "en")
    if links is None:
        return
    verbs = [c for c in find_cues(sentence, lang, VERB) if c.kind != "aux"]
    for i in range(1, len(wheres)):
        if bases[i] == "cumulative" or bases[i - 1] != "cumulative":
            continue
        found = links.search(sentence, wheres[i - 1][1], wheres[i][0])
        if found is None:
            continue
        ends = [sentence.find(mark, wheres[i][1]) for mark in ",;:."]
        clause_end = min((e for e in ends if e >= 0), default=len(sentence))
        if any(found.end() <= v.start < clause_end for v in verbs):
            continue  # "…, while France pledged €2bn": a verb of its own
        if has_own_time(sentence, lang, wheres[i], wheres, spans):
            continue
        bases[i] = "cumulative"


@lru_cache(maxsize=32)
def _set_against_pattern(lang: str) -> re.Pattern[str] | None:
    words = [w for w, langs in PREVIOUS_VALUE_CUES.items() if lang in langs]
    words += CONTRAST_OPENERS.get(lang, ())
    if not words:
        return None
    return phrases_pattern(sorted(words, key=len, reverse=True))


def basis_cues(sentence: str, lang: str | None) -> list[Cue]:
    """Return the running-total words of ``sentence`` (``BASIS``) that do not stand inside a
    phrase restating a package's value (``words.PACKAGE_VALUE``: "total value of", "samlet
    værdi af", "Gesamtwert von"): "Pakken har en samlet værdi af 4,2 milliarder kroner" sizes
    the package pledged, not all the aid given so far.

    >>> [c.text for c in basis_cues("Pakken har en samlet værdi af 4,2 mia. kr.", "da")]
    []
    >>> [c.text for c in basis_cues("Danmark har samlet givet 70 mia. kr.", "da")]
    ['samlet']
    """
    cues = find_cues(sentence, lang, BASIS)
    pattern = _phrases(PACKAGE_VALUE, lang) if cues else None
    if pattern is None:
        return cues
    spans = [match.span() for match in pattern.finditer(sentence)]
    return [c for c in cues if not any(s <= c.start and c.end <= e for s, e in spans)]


def on_top(sentence: str, lang: str | None) -> bool:
    """True when ``sentence`` says its money comes on top of an earlier one's (``words.
    ON_TOP``: "will also give", "contribuirá ainda com", "zusätzlich", "desuden"): a row that
    takes its basis from an earlier sentence's running total is new then.

    >>> on_top("Portugal contribuirá ainda com 5 milhões de euros por ano.", "pt")
    True
    >>> on_top("Portugal contribuirá com 5 milhões de euros por ano.", "pt")
    False
    """
    pattern = _phrases(ON_TOP, lang)
    return pattern is not None and pattern.search(sentence) is not None


@lru_cache(maxsize=64)
def _phrases_of(table: tuple[str, ...]) -> re.Pattern[str] | None:
    return phrases_pattern(table) if table else None


def _phrases(tables: dict[str, tuple[str, ...]], lang: str | None) -> re.Pattern[str] | None:
    """The phrases of ``lang`` in ``tables`` (English for an unknown language) as one pattern."""
    return _phrases_of(tuple(tables.get(lang if lang in NEWS_LANGUAGES else "en", ())))


# the most words "…" stands for in a frame of TOTAL_FRAMES ("bringing their combined aid to")
FRAME_WORDS = 5
# the same in a frame of RAISE_FRAMES, each amount one word ("raised its pledge to Ukraine by
# €2m to", "a porté son engagement envers l'Ukraine de 2 millions à"): the frame needs a noun of
# LEVEL_NOUNS as well
RAISE_FRAME_WORDS = 10


@lru_cache(maxsize=32)
def _total_frames(lang: str) -> re.Pattern[str] | None:
    """The frames of ``TOTAL_FRAMES`` of ``lang`` as one pattern at the end of a text."""
    return _frames_pattern(tuple(TOTAL_FRAMES.get(lang, ())))


def _frames_pattern(frames: tuple[str, ...], most: int = FRAME_WORDS) -> re.Pattern[str] | None:
    """Frames ("bringing … to") as one pattern at the end of a text, "…" standing for one to
    ``most`` words; None for no frames."""
    if not frames:
        return None
    # words, or the value before of a change ("raised its aid from €5bn to €8bn"): no mark
    # of a clause in between
    gap = rf"(?:\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?|[^\s,;:()]*\d[^\s,;:()]*)){{1,{most}}}?\s+"
    bodies = [
        gap.join(r"\s+".join(map(re.escape, part.split())) for part in frame.split("…"))
        for frame in frames
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(bodies)})\s+$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _raise_frames(lang: str) -> re.Pattern[str] | None:
    """The frames of ``RAISE_FRAMES`` of ``lang`` as one pattern at the end of a text."""
    return _frames_pattern(tuple(RAISE_FRAMES.get(lang, ())), RAISE_FRAME_WORDS)


_AUXILIARIES = frozenset().union(*PASSIVE_AUXILIARIES.values())  # of every language


def _level_amount(sentence: str, where: tuple[int, int], lang: str) -> bool:
    """True when the amount at ``where`` sizes a whole: a noun of ``LEVEL_NOUNS`` among the
    two words before it or right after it ("its pledge of €3m", "its €3m pledge").

    >>> _level_amount("raised its pledge of €3m to Ukraine", (21, 24), "en")
    True
    """
    before = " ".join(sentence[: where[0]].split()[-2:])
    after = " ".join(sentence[where[1] :].split()[:1])
    return _names_level(before, lang) or _names_level(after, lang)


def _lead(before: str) -> str:
    """The words before a raise frame a noun of the whole may stand among: three, or five when
    the last is a passive's auxiliary (``PASSIVE_AUXILIARIES``: "pledge to Ukraine was").

    >>> _lead("Germany's pledge to Ukraine was"), _lead("After Germany's pledge last week Italy")
    ("Germany's pledge to Ukraine was", 'last week Italy')
    """
    words = before.split()
    passive = bool(words) and words[-1].casefold() in _AUXILIARIES
    return " ".join(words[-5:] if passive else words[-3:])


def _amounts_as_words(clause: str, offset: int, wheres: Sequence[tuple[int, int]]) -> str:
    """``clause`` (which starts at ``offset`` of its sentence) with each amount of ``wheres``
    inside it written as the one word "0", so that a frame counts it as a word whatever its
    spelling ("um 2 Mio. Euro auf": "um 0 auf").

    >>> _amounts_as_words("raised it by €2m to ", 10, [(3, 8), (23, 26)])
    'raised it by 0 to '
    """
    for start, end in reversed(wheres):
        if start >= offset and end <= offset + len(clause):
            clause = f"{clause[: start - offset]}0{clause[end - offset :]}"
    return clause


def _names_level(text: str, lang: str) -> bool:
    """True when a word of ``text`` is a noun of ``LEVEL_NOUNS`` of ``lang`` ("envelope")."""
    nouns = LEVEL_NOUNS.get(lang, ())
    return any(
        word == noun or (noun.endswith("*") and word.startswith(noun[:-1]))
        for word in re.findall(r"[^\W\d_]+", text.casefold())
        for noun in nouns
    )


@lru_cache(maxsize=32)
def _raise_frames_after(lang: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The frames of ``RAISE_FRAMES_AFTER`` of ``lang``: a pattern ending right before the
    amount (searched in its clause) and one starting right after it (matched at its end)."""
    pairs = []
    for frame in RAISE_FRAMES_AFTER.get(lang, ()):
        head, tail = (r"\s+".join(map(re.escape, part.split())) for part in frame.split("…"))
        pairs.append(
            (
                re.compile(rf"(?<!\w){head}\s+\Z", re.IGNORECASE),
                re.compile(rf"\s+{tail}(?!\w)", re.IGNORECASE),
            )
        )
    return tuple(pairs)


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


def _supported(
    code: str | None,
    recipient: str | None,
    context: dict[str, Any] | None,
    first_recipient: str | None,
    last_recipient: tuple[int, str] | None,
) -> bool:
    """Return whether the country named in the genitive after an aid noun ("Підтримка
    Молдови", "Pomoc Mołdawii", "the support of Moldova"; ``donor_from`` ``genitive``) is the
    one supported, an objective genitive, rather than the giver: it is the article's recipient
    (its first row's or its latest), or another giver of the article comes before it
    (``context``) while no one receives yet, in the article or the sentence (``recipient``).
    With a recipient known, the genitive is one more giver ("Österreich sagte 12 Millionen
    Euro für den Sudan zu. Das Paket der Niederlande …").

    >>> _supported("MDA", None, {"donor": "DEU", "recipient": None}, None, None)
    True
    >>> _supported("NLD", None, {"donor": "AUT", "recipient": "SDN"}, "SDN", (0, "SDN"))
    False
    >>> _supported("MDA", None, None, None, (2, "MDA")), _supported("POL", None, None, "UKR", None)
    (True, False)
    """
    if code is None:
        return False
    latest = last_recipient[1] if last_recipient is not None else None
    if code in (first_recipient, latest):
        return True
    known = recipient or first_recipient or latest or (context or {}).get("recipient")
    return context is not None and context.get("donor") not in (None, code) and known is None


def _latest_context(
    waiting: list[tuple[int, str]], lang: str | None, number: int
) -> dict[str, Any] | None:
    """Return the context of the latest of the ``waiting`` sentences (number, text) that names
    a donor, at most ``CARRY_SENTENCES`` before sentence ``number``, or None. One naming no
    recipient takes the recipient of an earlier one of the same giver ("Polska przekazała
    Ukrainie nową pomoc. Pomoc Polski (w mln zł):")."""
    for index in range(len(waiting) - 1, -1, -1):
        earlier, sentence = waiting[index]
        if number - earlier > CARRY_SENTENCES:
            return None
        found = _context(sentence, lang, earlier)
        if found is not None:
            if found.get("recipient") is None:
                older = _latest_context(waiting[:index], lang, number)
                if older is not None and older["donor"] == found["donor"]:
                    found = {**found, "recipient": older["recipient"]}
            return found
    return None


def _article_recipient(
    rows: list[dict[str, Any]],
    quiet: list[tuple[int, str]],
    number: int,
    lang: str | None,
    donor: str | None,
    stated: dict[int, str | None],
) -> str | None:
    """Return the recipient the article is about, for a running total of sentence ``number``
    that names none: the recipient of the latest earlier running total of ``donor`` (any
    giver's when None), else the recipient most sentences before it give to (its rows that are
    no part and not rejected; in the ``quiet`` sentences, without amounts, the recipient they
    state, kept in ``stated`` by sentence number), the earliest named first on a tie; None
    when none is named.

    >>> rows = [{"sentence": 1, "recipient": "TUR", "part_of": None, "status": "candidate",
    ...          "basis": "new", "donor": "ROU"}]
    >>> quiet = [(0, "România a trimis Ucrainei un nou ajutor.")]
    >>> _article_recipient(rows, quiet, 2, "ro", "ROU", {})
    'UKR'
    """
    counted = [r for r in rows if r["part_of"] is None and r["status"] != "rejected"]
    for row in reversed(counted):
        if row["basis"] == "cumulative" and row["recipient"] and donor in (None, row["donor"]):
            return row["recipient"]
    named: dict[int, set[str]] = {}
    for row in counted:
        if row["recipient"] and row["sentence"] < number:
            named.setdefault(row["sentence"], set()).add(row["recipient"])
    for earlier, sentence in quiet:
        if earlier not in stated:  # read once per article, however many totals ask
            stated[earlier] = stated_recipient(sentence, lang)
        if earlier < number and stated[earlier] is not None:
            named.setdefault(earlier, set()).add(stated[earlier])
    tally: dict[str, list[int]] = {}  # a recipient: [sentences naming it, minus its first]
    for earlier in sorted(named):
        for code in named[earlier]:
            tally.setdefault(code, [0, -earlier])[0] += 1
    return max(tally, key=lambda code: tally[code], default=None)


def _text_recipient(last_recipient: tuple[int, str] | None, context) -> str:
    """Return the country the text's money goes to: the latest row's recipient, else the
    recipient of the sentence carried, else the schema's default recipient (``UKR``)."""
    if last_recipient is not None:
        return last_recipient[1]
    if context is not None and context.get("recipient"):
        return context["recipient"]
    return PLEDGE_DEFAULTS["recipient"]


def _latest_recipient(waiting: list[tuple[int, str]], lang: str | None) -> tuple[int, str] | None:
    """Return (number, code) of the latest of the ``waiting`` sentences that names a
    recipient ("Ukraine will get new help."), or None: a country it names in another role
    (compared with: "weniger als Dänemark") is none (``donors.stated_recipient``)."""
    for earlier, sentence in reversed(waiting):
        recipient = stated_recipient(sentence, lang)
        if recipient is not None:
            return earlier, recipient
    return None


def _context(sentence: str, lang: str | None, number: int) -> dict[str, Any] | None:
    """Return who gives in a sentence without amounts (for later sentences), or None: a
    country named only inside a quote is its topic, no giver ('"Wir lassen die Ukraine nicht
    im Stich", sagte Pistorius.').

    >>> _context('"Wir lassen die Ukraine nicht im Stich", sagte Pistorius.', "de", 0) is None
    True
    """
    end = len(sentence)
    giver = givers(sentence, lang, [(end, end)])[0]
    if giver.donor is None:
        return None
    quotes = [(m.start(), m.end()) for m in QUOTE_RE.finditer(sentence)]
    named = [a for a in find_actors(sentence, lang) if a.code == giver.donor]
    if quotes and named and all(any(s < a.start < e for s, e in quotes) for a in named):
        return None
    return {
        "donor": giver.donor,
        # only a recipient the sentence states, never one compared with ("weniger als Dänemark")
        "recipient": giver.recipient and stated_recipient(sentence, lang),
        "measure": measure_of(sentence, lang, (end, end)),
        "basis": "cumulative" if basis_cues(sentence, lang) else "new",
        "sentence": number,
    }


def _dated_after(
    rows: list[dict[str, Any]], sentence: str, lang: str | None, number: int, reference
) -> None:
    """Date the rows of the sentence before ``sentence`` (``number``) that state no date of
    their own when ``sentence`` has no amount, opens with an aid noun (``AID_NOUNS``: "Destek,
    6 Şubat 2025'te … duyuruldu", "The package was announced on 3 March 2025") or says who
    said it, a verb of saying (``SPEECH_VERBS``) and no country of its own ("Das teilte das
    Verteidigungsministerium am Montag, 24. Februar 2025, mit.", "The ministry said so on 24
    February 2025."), and states a day: the day the money it speaks of was announced.
    ``evidence`` says so."""
    last = [
        r for r in _rows_since(rows, number - 1) if r["sentence"] == number - 1 and not r["dated"]
    ]
    if not last or not (opens_with_aid(sentence, lang) or _says_it(sentence, lang)):
        return
    day = explicit_date(sentence, reference, lang)
    if day is None or len(day) != len("2025-01-01"):
        return
    for row in last:
        if row["part_of"] is None:
            row["date"], row["dated"] = day, True
            _add_evidence(row, f"dated {day} by the next sentence, about the same aid")


def _says_it(sentence: str, lang: str | None) -> bool:
    """True when ``sentence`` holds a verb of saying of ``lang`` (``SPEECH_VERBS``) and names no
    country: a sentence saying who announced the money before it ("Das teilte das
    Verteidigungsministerium … mit"), no news of its own.

    >>> _says_it("Das teilte das Verteidigungsministerium am 24. Februar 2025 mit.", "de")
    True
    >>> _says_it("Das teilte Frankreich am 24. Februar 2025 mit.", "de")
    False
    """
    pattern = _speech_pattern(lang if lang in NEWS_LANGUAGES else "en")
    return (
        pattern is not None
        and pattern.search(sentence) is not None
        and not find_places(sentence, lang)
    )


@lru_cache(maxsize=32)
def _speech_pattern(lang: str) -> re.Pattern[str] | None:
    words = SPEECH_VERBS.get(lang, "").split()
    return phrases_pattern(sorted(words, key=len, reverse=True)) if words else None


def same_day(
    sentence: str, lang: str | None, rows: list[dict[str, Any]], number: int
) -> tuple[str, bool] | None:
    """Return (date, True) for a sentence that says its money came "the same day"
    (``SAME_DAY``: "dezelfde dag", "samma dag", "the same day"): the day of the latest row of
    an earlier sentence that states one (a day, not a month or a year), else None.

    >>> rows = [{"date": "2025-02-20", "dated": True, "sentence": 0}]
    >>> same_day("België maakte dezelfde dag 30 miljoen euro bekend.", "nl", rows, 1)
    ('2025-02-20', True)
    >>> same_day("België maakte 30 miljoen euro bekend.", "nl", rows, 1) is None
    True
    """
    pattern = _phrases(SAME_DAY, lang)
    if pattern is None or not pattern.search(sentence):
        return None
    for row in reversed(rows):
        if row["sentence"] < number and row["dated"] and len(str(row["date"])) == len("2025-01-01"):
            return str(row["date"]), True
    return None


def _has_own_words(sentence: str, lang: str | None) -> bool:
    """Return whether the sentence says itself what kind of money it is about."""
    return any(find_cues(sentence, lang, table) for table in (VERB, INTENTION, MEASURE, BASIS))


def _other_giver(donor: str | None, donor_from: str | None, context: dict[str, Any]) -> bool:
    """Return whether a sentence's own named giver ``donor`` is another than the giver of the
    earlier sentence in ``context``: its measure and basis are then not that sentence's (a
    giver carried from it, or none named, is the same)."""
    return (
        donor is not None
        and donor_from != "earlier sentence"
        and context["donor"] is not None
        and donor != context["donor"]
    )


def _same_giver(whole: dict[str, Any], number: int, donor: str | None) -> bool:
    """Return whether an amount of sentence ``number`` with ``donor`` may be a part of
    ``whole``: in the whole's own sentence always (its phrase links them: "The allies pledged
    €6bn, including €3bn from Germany"); in a later sentence only when no other named giver
    has it ("Germany pledged €3bn. France's package includes €2bn" is France's own)."""
    return whole["sentence"] == number or not (whole["donor"] and donor) or whole["donor"] == donor


def _states_time(
    sentence: str, lang: str | None, amounts: list[tuple[int, int]], published: date | None = None
) -> bool:
    """Return whether ``sentence`` names when its money was given: a date (``explicit_date``,
    "in May", "in 2024", "last year") or a day of the week ("on Monday"). A headline names
    none ("Germany pledges €3bn"): a short first sentence that does is the lead's own report,
    not a headline run into it ("Germany pledged €3bn on Monday. On Tuesday, …").

    >>> _states_time("Germany pledged €3bn on Monday.", "en", [(16, 20)])
    True
    >>> _states_time("Germany pledges €3bn.", "en", [(16, 20)])
    False
    """
    if explicit_date(sentence, published, lang, amounts) is not None:
        return True
    days = weekday_words(lang if lang in DATE_LANGUAGES else "en")
    return any(word.casefold() in days for word in re.findall(r"[^\W\d_]{3,}", sentence))


def _givers_whole(rows: list[dict[str, Any]], whole: int, number: int, donor: str | None):
    """Return the row that may be the whole of a part of sentence ``number`` with ``donor``:
    ``whole`` when ``_same_giver`` allows it, else the latest row of ``donor`` in the sentence
    before that is no part ("Germany pledged €4bn, while France promised €3bn. A third of
    Germany's package (€1.3bn) …": Germany's €4bn); None when there is none."""
    if _same_giver(rows[whole], number, donor):
        return whole
    for index in range(whole, -1, -1):
        row = rows[index]
        if row["sentence"] != number - 1:
            break
        if row["part_of"] is None and row["donor"] == donor:
            return index
    return None


def _headline_sum(rows: list[dict[str, Any]]) -> None:
    """Link a headline's amount to the rows of its lead that add up to it, two or more in the
    ``dedup.LEAD_SENTENCES`` sentences under it (``parts.adds_up``): "Allies pledge €6bn for
    Ukraine. Germany gave €3bn, France €2bn and Italy €1bn." The headline states their sum,
    as a total written beside its items does (``_link_sum``): of one giver, the lead's rows
    are its parts ("Germany pledges €3bn" over "€2bn for arms and €1bn for energy"); of
    several, the headline gets ``duplicate_of`` the first of them and no donor of its own, so
    that each giver's row counts. A headline of one giver over others' rows is left alone.
    """
    for whole, head in enumerate(rows):
        if not head["headline"] or head["part_of"] is not None or head["duplicate_of"] is not None:
            continue
        lead = whole + 1
        while lead < len(rows) and rows[lead]["sentence"] == head["sentence"]:
            lead += 1
        end = lead
        while end < len(rows) and rows[end]["sentence"] - head["sentence"] <= LEAD_SENTENCES:
            end += 1
        found = _adding_run(rows, whole, range(lead, end))
        if len(found) < 2:
            continue
        donors = {rows[index]["donor"] for index in found}
        if head["donor"] is not None and donors != {head["donor"]}:
            continue
        _link_sum(rows, whole, found, after=True)


def _parts_of_named_whole(rows, first: int, text: str, lang: str | None) -> None:
    """Link the rows of one sentence (from ``first``) that follow a whole its words name
    (``parts.opens_whole``: "Of the €5bn, …", "Von den deutschen 4 Mrd. Euro sind 1,5 Mrd.
    Euro …") as its parts, even a single one: rows right after it, no part or repeat yet, of
    its named donor and currency, all within it. Runs after ``_parts_adding_up``, so that a sum
    of several givers' rows stays theirs ("Of the €5bn, €3bn came from Germany and €2bn from
    France")."""
    for whole in range(first, len(rows)):
        head = rows[whole]
        if head["part_of"] is not None or head["duplicate_of"] is not None or not head["donor"]:
            continue
        if not opens_whole(text, lang, head["start"]):
            continue
        total = 0
        for index in range(whole + 1, len(rows)):
            row = rows[index]
            if row["part_of"] is not None or row["duplicate_of"] is not None:
                break
            if row["donor"] != head["donor"] or row["parsed"].currency != head["parsed"].currency:
                break
            total += row["parsed"].value
            if total >= head["parsed"].value:
                break
            row["part_of"], row["basis"] = whole, head["basis"]
            _add_evidence(row, "a part of the whole named before it")


def _goes_on_parts(rows, whole_row, number: int, amount, donor) -> bool:
    """Return whether the sentence's last row is a part of ``whole_row`` that ``amount`` may
    follow as one more part: the same currency, the same donor (any, under a whole of no
    donor: "Donors pledged €7bn, led by Germany (€3bn) and France (€2bn)") and all the parts
    within the whole."""
    if whole_row is None or not rows or rows[-1]["part_of"] != whole_row:
        return False
    last, whole = rows[-1], rows[whole_row]
    if last["sentence"] != number:
        return False
    if last["donor"] != donor and whole["donor"] is not None:
        return False  # several givers' parts go on only under a whole of no single giver
    if whole["parsed"].currency != amount.currency:
        return False
    parts = [row["parsed"].value for row in rows if row["part_of"] == whole_row]
    # as written: "1,8 milliard, dont 385 millions … et 1,5 milliard" (``parts.within_whole``)
    return within_whole(whole["parsed"].value, [*parts, amount.value])


def _parts_adding_up(rows: list[dict[str, Any]], first: int, text: str, lang: str | None) -> None:
    """Link the rows of one sentence (from ``first``) that add up to another row of it, when
    no phrase has linked them already (``aidcalc.news.parts.adds_up``) and the text says the
    one is a whole: its parts follow it in brackets or after a colon or dash, or its own words
    make it a total (``basis`` ``cumulative``, or ``parts.names_whole``: "a combined €5bn", "in
    total", "insgesamt", "Of the €5bn, …"). A sum
    by coincidence ("Germany gave €3bn and France €2bn; Italy gave €5bn") has neither.

    - a whole and the amounts right after it of the same donor and currency: those are its
      parts ("Germany gave €5bn in total to Ukraine (€3bn) and Moldova (€2bn)");
    - a whole of no donor or of several givers' amounts, before them or after them ("The
      allies pledged €6bn: Germany (€3bn), France (€2bn) and Italy (€1bn)"; "Germany gave
      €3bn and France gave €2bn, €5bn in total"): the whole is their sum, ``duplicate_of`` the
      first of them, so that each giver's own row counts; a sum of several givers' amounts
      has no donor of its own (``collective``).
    """
    used: set[int] = set()
    for whole in range(first, len(rows)):
        row = rows[whole]
        if whole in used or row["part_of"] is not None or row["duplicate_of"] is not None:
            continue
        total = row["basis"] == "cumulative" or names_whole(text, lang, row["start"], row["end"])
        for run in (range(whole + 1, len(rows)), range(whole - 1, first - 1, -1)):
            found = [i for i in _adding_run(rows, whole, run) if i not in used]
            if not found or len(found) < 2:
                continue
            after = run.step == 1
            shown = after and _breakdown(text, rows[whole]["end"], rows[found[0]]["start"])
            if not (total or shown):
                continue
            if (
                not total
                and _own_item_giver(text, row, lang)
                and any(rows[i]["donor"] != row["donor"] for i in found)
            ):  # "Germany: €3bn; France: €2bn; Poland: €1bn": Germany's item, no whole
                continue
            _link_sum(rows, whole, sorted(found), after=after)
            used.update(found)
            break
        else:
            found = _bracketed_parts(rows, whole, text)
            for part in found:  # "€4bn to Ukraine (€3bn) and Moldova (€2bn)": 5 is not 4
                rows[part]["part_of"] = whole
                rows[part]["basis"] = row["basis"]
                total = sum(rows[i]["parsed"].value for i in found)
                _add_evidence(
                    rows[part],
                    f"in brackets after row {whole} of the same giver, a part of it; but the "
                    f"parts add up to {total:f}, not its {row['parsed'].value:f}: check",
                )
            used.update(found)


def _own_item_giver(text: str, row: dict[str, Any], lang: str | None) -> bool:
    """Return whether ``row`` is a list item or table row whose label names its own giver
    ("Germany: €3bn; …", "- Deutschland: 3 Mrd. Euro"): that giver's item, never the sum of the
    items of other givers, whatever the figures (a whole needs a total word or a label of
    several givers: "Allies: €6bn; …")."""
    label = item_label(text, row["start"], row["end"])
    if not label or row["donor"] is None:
        return False
    return any(
        p.code == row["donor"] and p.start == 0 and p.end == len(label)
        for p in find_places(label, lang)
    )


def _bracketed_parts(rows: list[dict[str, Any]], whole: int, text: str) -> list[int]:
    """Return the rows right after row ``whole``, two or more, each in brackets of its own after
    a name ("€4bn to Ukraine (€3bn) and Moldova (€2bn)") and the first shown as its breakdown
    (``_breakdown``), of its donor and currency and each smaller than it, when they do not add
    up to it: they break it down all the same, and are never counted beside it (their
    ``evidence`` says that the figures disagree); else []."""
    head = rows[whole]
    if head["donor"] is None or head["part_of"] is not None or head["duplicate_of"] is not None:
        return []
    found: list[int] = []
    for index in range(whole + 1, len(rows)):
        row = rows[index]
        if row["sentence"] != head["sentence"] or row["part_of"] is not None:
            break
        if row["duplicate_of"] is not None or row["donor"] != head["donor"]:
            break
        if row["parsed"].currency != head["parsed"].currency or row["parsed"].high is not None:
            break
        if row["parsed"].value >= head["parsed"].value:
            break
        if (
            not text[: row["start"]].rstrip().endswith("(")
            or text[row["end"] :].lstrip()[:1] != ")"
        ):
            break
        found.append(index)
    if len(found) < 2 or not _breakdown(text, head["end"], rows[found[0]]["start"]):
        return []
    return found


def _breakdown(text: str, whole_end: int, part_start: int) -> bool:
    """Return whether the text between a whole and its first part (at most
    ``BREAKDOWN_REACH`` characters) shows a breakdown: a colon or dash ("€6bn: Germany (€3bn)",
    "SEK 9bn for Ukraine: SEK 6bn for arms") or the part in brackets ("€5bn in total to
    Ukraine (€3bn)")."""
    between = text[whole_end:part_start]
    inside = between.rstrip()[:-1]
    if len(between) > BREAKDOWN_REACH or "(" in inside or ")" in inside:
        return False  # "Germany (€3bn), France (€2bn) and Italy (€1bn)": no whole among them
    return bool(BREAKDOWN_RE.search(between)) or between.rstrip().endswith("(")


def _adding_run(rows, whole: int, run: range) -> list[int]:
    """Return the rows of ``run`` (consecutive, nearest first) that add up to row ``whole``,
    or [] when none do."""
    total = rows[whole]["parsed"]
    taken: list[int] = []
    for index in run:
        row = rows[index]
        if row["part_of"] is not None or row["duplicate_of"] is not None:
            break
        if row["parsed"].currency != total.currency or row["parsed"].high is not None:
            break
        taken.append(index)
        values = [rows[i]["parsed"].value for i in taken]
        if adds_up(total.value, values):
            return taken
        if sum(values) > total.value:
            break
    return []


def _link_sum(rows, whole: int, parts: list[int], after: bool) -> None:
    """Mark ``parts`` as parts of row ``whole`` (one donor, the whole first), else row
    ``whole`` as their sum (see ``_parts_adding_up``)."""
    donors = {rows[i]["donor"] for i in parts}
    span = f"rows {parts[0]}–{parts[-1]}"
    if after and donors == {rows[whole]["donor"]}:
        for part in parts:
            rows[part]["part_of"] = whole
            rows[part]["basis"] = rows[whole]["basis"]
            _add_evidence(rows[part], f"with the amounts beside it, adds up to row {whole}")
        return
    rows[whole]["duplicate_of"] = parts[0]
    _add_evidence(rows[whole], f"the sum of {span}, which count instead")
    if len(donors) > 1:
        rows[whole]["donor"], rows[whole]["donor_from"] = None, "collective"


def _header_giver(text: str, start: int, language: str | None, context) -> bool:
    """Return whether the header of the list holding offset ``start`` names the giver carried
    from an earlier sentence ("Germany's aid (in € m):\n- IRIS-T: 300"): its items are then a
    breakdown of that giver's aid, and their labels are no givers."""
    if context is None or not context["donor"]:
        return False
    head = list_header(text, start)
    return bool(head) and any(p.code == context["donor"] for p in find_places(head, language))


def _unknown_label(label: str | None, language: str | None) -> bool:
    """Return whether a list item's ``label`` is words that name no giver: not a year ("- 2023:
    300", dated by its label), not a category of aid ("- Drones: €1bn", a breakdown of the
    giver before), no date or prose ("Sept. 4, 2023: $5m", "Most of it – €2bn"): a label of
    "others" (``lists.other_words``), or at most four words, each capitalised, as a name."""
    if not label:
        return False
    words = label.split()
    named = len(words) <= 4 and all(word[0].isupper() for word in words)
    if not named and label.casefold() not in other_words():
        return False
    if any(c.isdigit() for c in label) or find_cues(label, language, CATEGORY):
        return False
    if find_places(label, language):  # "- Kyiv: 300": a place, read as the gazetteer reads it
        return False
    return not find_cues(label, language, MEASURE)


def _total_of_items(rows: list[dict[str, Any]]) -> None:
    """Mark the last row, a total row of a pasted table or list (``lists.is_total_row``), as
    the sum of the items before it: the rows of the lines right before it (each at most one
    sentence after the one before), no part or repeat, of its currency and without a range,
    nearest first; an earlier total row that is the sum of its own items stands for them (a
    "Total" after a "Subtotal" sums the subtotal and the items after it), one that is not ends
    the items. When some of them add up to it (``parts.adds_up``: a "Subtotal" sums only the
    nearest ones), or the one right before it states it exactly ("Germany | €3bn\nTotal |
    €3bn"), it is their sum, ``duplicate_of`` the first row of them that counts, and the giver
    of them all when they have one; when none do, its ``basis`` is ``cumulative`` (never added
    to new pledges) and its ``evidence`` says that the figures disagree, or that an item is in
    another currency (never added as a sum of 0). Either way it is never counted beside its
    items. In a table with years across, the items are the cells of the total's own column
    (the rows its column's year dates), the other columns' cells are passed over."""
    total = rows[-1]
    column = _column_year(total)  # "Total | 4.2 | 6.5" under "Donor | 2023 | 2024"
    other = None  # the currency of an item not in the total's
    taken: list[int] = []
    first_counted: list[int] = []  # the first counted row each taken row stands for
    sentence = total["sentence"]
    index = len(rows) - 2
    while index >= 0:
        row = rows[index]
        if row["sentence"] < sentence - 1:
            break
        sentence = row["sentence"]
        if column is not None and _column_year(row) != column:  # another column's cell
            index -= 1
            continue
        summed = row["donor_from"] == "total" and row["duplicate_of"] is not None
        if row["donor_from"] == "total" and not summed:
            break
        if not summed and (row["part_of"] is not None or row["duplicate_of"] is not None):
            index -= 1
            continue
        if row["parsed"].currency != total["parsed"].currency:
            other = row["parsed"].currency  # "UK | £2bn" under a total in euros: not added
            break
        if row["parsed"].high is not None:
            break
        taken.append(index)
        first_counted.append(row["duplicate_of"] if summed else index)
        values = [rows[i]["parsed"].value for i in taken]
        if adds_up(total["parsed"].value, values) or values == [total["parsed"].value]:
            first = min(first_counted)
            total["duplicate_of"] = first
            _add_evidence(
                total, f"a total row: the sum of rows {first}–{max(taken)}, which count instead"
            )
            donors = {rows[i]["donor"] for i in taken}
            if len(donors) == 1 and None not in donors:
                total["donor"] = donors.pop()
            return
        # a subtotal stands for its items: go on before the first of them
        index = row["duplicate_of"] - 1 if summed else index - 1
    total["basis"] = "cumulative"
    if other is not None:
        currencies = ", ".join(sorted({other, total["parsed"].currency}))
        _add_evidence(
            total,
            f"a total row: the items before it are in several currencies ({currencies}), "
            "not added up here: not counted beside them; check",
        )
        return
    found = sum((rows[i]["parsed"].value for i in taken), start=0)
    _add_evidence(
        total,
        f"a total row: the items before it add up to {found:f}, not its "
        f"{total['parsed'].value:f}: a running total, not counted beside them; check",
    )


# A dateline's agency in brackets, after a city ("OSLO (NTB) –") or after "=" ("[서울=연합뉴스]").
_AGENCY_RE = re.compile(r"[(\[](?:[^()\[\]=\n]{1,30}=)?\s*([^()\[\]\n]{2,30}?)\s*[)\]]")
# How far into the text the dateline may stand (a headline above it).
DATELINE_REACH = 300


def agency_country(text: str) -> str | None:
    """Return the country of the national news agency (``NEWS_AGENCIES``) the article's
    dateline names in brackets within ``DATELINE_REACH`` characters of its start, or None:
    the country whose press an office of no named country belongs to.

    >>> agency_country("OSLO (NTB) 20. januar 2025: Regjeringen øker støtten.")
    'NOR'
    >>> agency_country("[서울=연합뉴스] 정부가 …"), agency_country("KYIV (Reuters) - …")
    ('KOR', None)
    """
    for match in _AGENCY_RE.finditer(text, 0, DATELINE_REACH):
        code = _agencies().get(match.group(1).casefold())
        if code is not None:
            return code
    return None


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    return {name.casefold(): code for name, code in NEWS_AGENCIES.items()}


def _has_offices(code: str | None) -> bool:
    """Return whether the giver ``code`` is a country, with a government and ministries of its
    own: not the EU nor a multilateral body (``countries.organisations``).

    >>> _has_offices("KOR"), _has_offices("EU"), _has_offices("WBG")
    (True, False, False)
    """
    return code is not None and code != EU and code not in organisations()


def _unnamed_office(sentence: str, lang: str | None, where: tuple[int, int]) -> bool:
    """Return whether an office of no named country (``INSTITUTIONS`` with no code: "the
    government", "정부") stands before the amount at ``where``: in a sentence of Japanese,
    Chinese or Korean, whose givers ``aidcalc.news.cjk`` reads without the offices, anywhere
    before it; in another language as the first office or country the sentence names, the
    subject of a verb of saying whose clause names no giver ("El Gobierno precisó que Siria
    recibirá 10 millones de euros": the government's money, not the earlier sentence's giver's).

    >>> _unnamed_office("정부는 매년 5천만 달러씩 투입할 계획이다.", "ko", (11, 17))
    True
    >>> s = "El Gobierno precisó que Siria recibirá 10 millones de euros."
    >>> t = "Siria recibirá 10 millones."
    >>> _unnamed_office(s, "es", (39, 59)), _unnamed_office(t, "es", (15, 26))
    (True, False)
    """
    if cjk_language(sentence) is not None:
        return any(
            not found.code and found.end <= where[0]
            for found in find_institutions(sentence[: where[0]], cjk_language(sentence))
        )
    offices = find_institutions(sentence[: where[0]], lang)
    if not offices or offices[0].code:
        return False
    return not any(
        actor.code and actor.start < offices[0].start for actor in find_actors(sentence, lang)
    )


def _whole_from_part(rows: list[dict[str, Any]], number: int) -> str | None:
    """Give a row of sentence ``number`` with no recipient, none named for it nor carried
    from an earlier sentence, the recipient of its part in the same sentence ("Germany
    pledged €1bn, of which €400m has been disbursed to Ukraine"): with no other in reach, the
    part's receiver is the whole's. A whole with a recipient of its own or carried keeps it
    ("… for Sudan. Norway's €500m includes €200m for Chad": Sudan's). Return the recipient
    given, or None."""
    given = None
    for row in _sentence_rows(rows, number):
        part_of = row["part_of"]
        if part_of is None or row["recipient"] is None:
            continue
        whole = rows[part_of]
        if (
            whole["sentence"] == number
            and whole["recipient"] is None
            and whole["donor"] != (row["recipient"])
        ):
            whole["recipient"] = given = row["recipient"]
            _add_evidence(whole, "recipient: its part's, none other in reach")
    return given


def _sentence_rows(rows: list[dict[str, Any]], number: int) -> list[dict[str, Any]]:
    """Return the rows of sentence ``number``, the last sentence read: the rows are made in the
    order of their sentences, so they are the rows at the end of ``rows`` (found without
    walking the article's earlier rows, for each sentence again).

    >>> [r["value"] for r in _sentence_rows([{"sentence": 0, "value": 1}, {"sentence": 2,
    ...     "value": 2}, {"sentence": 2, "value": 3}], 2)]
    [2, 3]
    """
    first = len(rows)
    while first and rows[first - 1]["sentence"] == number:
        first -= 1
    return rows[first:]


def _rows_since(rows: list[dict[str, Any]], number: int) -> list[dict[str, Any]]:
    """Return the rows of sentence ``number`` and later: the rows at the end of ``rows`` (made
    in the order of their sentences), found without walking the article's earlier rows.

    >>> [r["value"] for r in _rows_since([{"sentence": 0, "value": 1}, {"sentence": 2,
    ...     "value": 2}, {"sentence": 3, "value": 3}], 1)]
    [2, 3]
    """
    first = len(rows)
    while first and rows[first - 1]["sentence"] >= number:
        first -= 1
    return rows[first:]


def _no_other_recipients(rows: list[dict[str, Any]], number: int, others: set[str]) -> None:
    """Take from the rows of sentence ``number`` a recipient among ``others``: the countries
    whose own money or clause the sentence sets beside its pledge (``aidcalc.news.beside``:
    "on top of the €3bn Germany announced", "€2bn less than Germany", "a fraction of the €60bn
    Russia spends") receive none of it; the row keeps no recipient rather than a wrong one.
    A country asking for money ("the €5bn Kyiv requested") is never among them."""
    for row in _sentence_rows(rows, number):
        if row["recipient"] in others:
            _add_evidence(row, f"{row['recipient']} is named beside the pledge, no recipient")
            row["recipient"] = None


# the evidence of a row dated by the year heading its column in a pasted table
COLUMN_YEAR = "date from the year in the header of its column"


def _column_year(row: dict[str, Any]) -> str | None:
    """Return the year of a year table's column that dates ``row``, else None."""
    return row["date"] if COLUMN_YEAR in (row["evidence"] or "") else None


def _add_evidence(row: dict[str, Any], note: str) -> None:
    row["evidence"] = "; ".join(filter(None, (row["evidence"], note)))


def _contents_whole(rows: list[dict[str, Any]], number: int, amount) -> int | None:
    """Return the row of the package whose contents sentence ``number`` names, no amount
    between (``parts.names_contents``): the latest row within ``CARRY_SENTENCES`` that is no
    part, when it is in ``amount``'s currency and larger; else None."""
    whole = _whole_row(rows, number, CARRY_SENTENCES)
    if whole is None:
        return None
    package = rows[whole]["parsed"]
    same = package.currency == amount.currency and amount.value < package.value
    return whole if same else None


def _breakdown_whole(
    rows: list[dict[str, Any]], number: int, amount, donor, text: str = "", start: int = 0
) -> int | None:
    """Return the total that a sentence opening with a breakdown phrase breaks down
    (``parts.opens_breakdown``: "Davon", "Tästä", "Do montante total", "Bu tutarın"): the
    latest row before it that is no part, has a giver, and is ``donor``'s (any giver's when
    ``donor`` is None), when ``amount`` is in its currency and fits in it with the parts it
    has already (``parts.within_whole``); else None. Sentences with no amount may stand
    between ("… 1,9 Milliarden Euro bereit. Das teilte Pistorius mit. Davon …").

    The total is in view within ``CARRY_SENTENCES`` sentences, or further back in the same
    paragraph (no blank line between it and the part at ``start`` of ``text``) when no other
    total stands between: "The EU announced €400m. … (three sentences) … Of this amount,
    €250m …" breaks down the €400m, never counted beside it."""
    between = False  # another total (no part) stands between the part and the row looked at
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        if row["sentence"] < number - CARRY_SENTENCES and (
            between or _PARAGRAPH_BREAK.search(text, row["end"], start)
        ):
            return None
        if row["part_of"] is not None or row["donor"] is None:
            continue
        if row["donor_from"] == "other clause" or (donor is not None and row["donor"] != donor):
            between = True
            continue
        whole = row["parsed"]
        parts = [other["parsed"].value for other in rows if other["part_of"] == index]
        fits = amount.value < whole.value and within_whole(whole.value, [*parts, amount.value])
        return index if whole.currency == amount.currency and fits else None
    return None


# a blank line: a paragraph ends
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


# Quotes, brackets and at most two words, no digit, before a sentence's first amount.
_OPENING_AMOUNT = re.compile(r"[\s\"'„“”«»(]*(?:[^\W\d_]+['’]?\s*){0,2}")


def _restating_openers(rows: list[dict[str, Any]]) -> None:
    """Give the basis of an earlier row to a row whose amount opens its sentence and is that
    row's amount again: the same giver, recipient, currency and value, no part, not rejected.
    "Romania approved €10 million for Ukraine. The €10 million is the largest sum it has given
    so far": the second sentence names the pledge again and comments on it; its running-total
    words are of the comment, so the row is the same pledge, marked ``duplicate_of`` by
    ``dedup.mark_duplicates``, never a running total of its own."""
    first: dict[tuple, dict[str, Any]] = {}  # a key: the first row with it that may count
    for row in rows:
        if row["part_of"] is not None or row["status"] == "rejected":
            continue
        key = (row["donor"], row["recipient"], row["currency"], row["value"])
        earlier = first.setdefault(key, row)
        if (
            row["opening"]
            and earlier is not row
            and earlier["sentence"] < row["sentence"]
            and earlier["basis"] != row["basis"]
        ):
            row["basis"] = earlier["basis"]
            _add_evidence(
                row,
                "the amount of an earlier row opening its sentence again: the same pledge, "
                "its basis",
            )


def _earlier_total(rows: list[dict[str, Any]], donor: str | None) -> int | None:
    """Return the latest row that a breakdown phrase with no total found may break down: no
    part, not rejected, and ``donor``'s or of no giver (any row when ``donor`` is None); else
    None."""
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        if (
            row["part_of"] is None
            and row["status"] != "rejected"
            and (donor is None or row["donor"] in (donor, None))
        ):
            return index
    return None


def _whole_row(rows: list[dict[str, Any]], number: int, reach: int = 1) -> int | None:
    """Return the index of the latest row that may be the whole of a part in sentence
    ``number``: a row of it or of the ``reach`` sentences before, and no part itself."""
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        if row["sentence"] < number - reach:
            return None
        if row["part_of"] is None:
            return index
    return None


def _own_language_sentences(
    text: str,
    language: str | None,
    mentions: list[Mention],
    refused: list | None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Return the mentions with those of each sentence written in another language than the
    text's (``aidcalc.news.language.sentence_language``) read again by that language's rules,
    and those sentences as (start, end, language). An English "billion" in a German text is a
    thousand million, not a German "Billion" (a million million); the refusals of such a
    sentence are its own reading's. A quote (``donors.QUOTE_RE``) in a sentence of the text's
    language is read so by its own words too ('„We will give 2 billion dollars“, sagte
    Biden.'); the sentence keeps the text's language for who gives. ``sentences``: the
    ``split_sentences`` of ``text`` when the caller has them already."""
    spans = []
    starts = [m.start for m in mentions]
    for start, end in split_sentences(text) if sentences is None else sentences:
        if bisect_left(starts, start) == bisect_left(starts, end):
            continue  # no amount here
        own = sentence_language(text[start:end], language)
        if own is not None:
            spans.append((start, end, own))
            continue
        for quote in QUOTE_RE.finditer(text, start, end):  # '„We will give …“, sagte Biden.'
            low, high = quote.start(1), quote.end(1)
            inside = mentions[bisect_left(starts, low) : bisect_left(starts, high)]
            if not inside or any(m.end > high for m in inside):
                continue  # no amount, or one running past the quote ('„2 Milliarden“ Euro')
            own = sentence_language(text[low:high], language)
            if own is not None:
                spans.append((low, high, own))
    if not spans:
        return mentions, []
    result: list[Mention] = []
    moved: dict[int, int] = {}  # old index -> new index, for the mentions kept
    position = 0
    for start, end, own in spans:
        while position < len(mentions) and mentions[position].start < start:
            moved[position] = len(result)
            result.append(mentions[position])
            position += 1
        while position < len(mentions) and mentions[position].start < end:
            position += 1  # this sentence's mentions are read again below
        if refused is not None:
            refused[:] = [r for r in refused if not start <= r.start < end]
        own_refused: list | None = [] if refused is not None else None
        first = len(result)
        for mention in extract_amounts(text[start:end], lang=own, refused=own_refused):
            result.append(
                replace(
                    mention,
                    start=mention.start + start,
                    end=mention.end + start,
                    equivalent_of=None
                    if mention.equivalent_of is None
                    else mention.equivalent_of + first,
                    changed_to=None if mention.changed_to is None else mention.changed_to + first,
                )
            )
        if refused is not None:
            refused.extend(replace(r, start=r.start + start) for r in own_refused)
    while position < len(mentions):
        moved[position] = len(result)
        result.append(mentions[position])
        position += 1
    for index in moved.values():  # the links of the mentions kept, to their new places
        mention = result[index]
        equivalent, changed = mention.equivalent_of, mention.changed_to
        result[index] = replace(
            mention,
            equivalent_of=None if equivalent is None else moved.get(equivalent),
            changed_to=None if changed is None else moved.get(changed),
        )
    if refused is not None:
        refused.sort(key=lambda r: r.start)
    return result, spans


# The number of a numbered list item alone ("1.", "12)"), as the sentence splitter may cut it.
ITEM_NUMBER_RE = re.compile(r"\s*\d{1,2}[.)]\s*")


def _pieces(
    text: str,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Return the sentences of ``text``, each widened to the end of a mention that crosses it;
    one longer than ``LONG_SENTENCE`` characters is cut into pieces of about ``PIECE``
    characters outside the mentions (after a semicolon, comma or space when one is near). The
    number of a numbered list item ("1.", "2)"), cut off as a sentence of its own, goes with
    the item after it, so that the items of a list are sentences one after the other.
    ``sentences``: the ``split_sentences`` of ``text`` when the caller has them already."""
    pieces: list[tuple[int, int]] = []
    starts = [m.start for m in mentions]
    number_at = None  # the start of a list item's number cut off as a sentence ("1.")
    for start, end in split_sentences(text) if sentences is None else sentences:
        if pieces and start < pieces[-1][1]:  # the previous sentence was widened over it
            start = pieces[-1][1]
        if number_at is not None:
            start, number_at = number_at, None
        if ITEM_NUMBER_RE.fullmatch(text, start, end):  # "1.\nGermany 3": one item, one piece
            number_at = start
            continue
        index = bisect_left(starts, end) - 1
        if index >= 0 and mentions[index].start >= start:
            end = max(end, mentions[index].end)
        while end - start > LONG_SENTENCE:
            cut = _cut(text, start + PIECE, mentions, starts)
            if not start < cut < end:
                break
            pieces.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            pieces.append((start, end))
    return pieces


def _cut(text: str, at: int, mentions: Sequence[Mention], starts: list[int]) -> int:
    """Return a place at or before ``at`` (after it when ``at`` is inside a mention) that is in
    no mention: after a semicolon, comma or space when one is within ``PIECE // 4``."""
    index = bisect_left(starts, at)
    if index > 0 and mentions[index - 1].end > at:
        return mentions[index - 1].end
    window = text[max(0, at - PIECE // 4) : at]
    for mark in (";", ",", " "):
        found = window.rfind(mark)
        if found >= 0:
            cut = at - len(window) + found + 1
            inside = bisect_left(starts, cut)
            if not (inside > 0 and mentions[inside - 1].end > cut):
                return cut
    return at


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


def future_start(sentence: str, lang: str | None) -> int | None:
    """Return where the future of ``sentence`` starts for its months, or None: at its first
    future-tense word (``FUTURE``: "will", "wird", "przekaże", "буде"), or at the sentence's
    start (-1) when no giving or receiving verb stands before that word, so that a month
    fronted before the future verb is ahead too ("Im Dezember will Berlin … zahlen", "W marcu
    przekaże", "In March, Berlin will deliver"); "In September, Germany pledged €5m that will
    come next year" keeps September behind.

    >>> future_start("Im Dezember will Berlin 200 Millionen Euro zahlen.", "de")
    -1
    >>> future_start("In September, Germany pledged €5m that will come in 2025.", "en")
    39
    """
    first = _first_start(sentence, lang, FUTURE)
    if first is None:
        return None
    verbs = find_cues(sentence, lang, VERB)
    if any(v.kind != "aux" and v.end <= first for v in verbs):
        return first
    return -1


def _first_start(sentence: str, lang: str | None, table) -> int | None:
    """Return where the first cue of ``table`` stands in ``sentence``, or None."""
    cues = find_cues(sentence, lang, table)
    return cues[0].start if cues else None
